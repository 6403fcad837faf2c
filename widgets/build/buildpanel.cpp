// SPDX-License-Identifier: MIT
#include "widgets/build/buildpanel.h"

#include <QAction>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace Bullpen {

BuildPanel::BuildPanel(QWidget *parent)
    : QWidget(parent)
{
    m_buildAction = new QAction(QIcon::fromTheme(QStringLiteral("run-build")), tr("&Build"), this);
    m_buildAction->setObjectName(QStringLiteral("buildAction"));
    m_buildAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_buildAction->setToolTip(tr("Build the project's functions and layers into .aws-sam/build (Ctrl+B)"));
    connect(m_buildAction, &QAction::triggered, this, [this] { build(); });

    auto *button = new QToolButton(this);
    button->setDefaultAction(m_buildAction);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_status = new QLabel(tr("Not built in this session"), this);
    m_status->setObjectName(QStringLiteral("buildStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("buildLog"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Tools print a lot (npm's tree, pip's wheels); the log keeps the end.
    m_log->setMaximumBlockCount(5000);

    auto *top = new QHBoxLayout;
    top->addWidget(button);
    top->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_log, 1);
    updateAction();
}

void BuildPanel::setTemplatePath(const QString &templatePath)
{
    m_templatePath = templatePath;
    updateAction();
}

QString BuildPanel::logText() const
{
    return m_log->toPlainText();
}

QString BuildPanel::statusText() const
{
    return m_status->text();
}

void BuildPanel::build(const QStringList &logicalIds)
{
    if (m_templatePath.isEmpty() || isBuilding())
        return;
    if (m_builder)
        m_builder->deleteLater();
    auto *builder = new ProjectBuilder(m_templatePath, m_options, this);
    m_builder = builder;
    m_log->clear();
    connect(builder, &ProjectBuilder::logLine, this,
            [this](const QString &id, const QString &line) { appendLine(QStringLiteral("[%1] %2").arg(id, line)); });
    connect(builder, &ProjectBuilder::finished, this, [this, builder](bool ok) {
        const QString message = ok ? tr("Built %n function(s) or layer(s)", nullptr, builder->rebuiltCount())
                + tr(", %n up to date", nullptr, builder->upToDateCount())
                                   : tr("Build failed: %1").arg(builder->errorString());
        m_status->setText(ok ? message : message.section(u'\n', 0, 0));
        appendLine(message);
        updateAction();
        Q_EMIT buildFinished(ok, message);
    });
    QString error;
    if (!builder->start(logicalIds, &error)) {
        m_status->setText(tr("Cannot build: %1").arg(error));
        appendLine(m_status->text());
        Q_EMIT buildFinished(false, m_status->text());
        return;
    }
    m_status->setText(tr("Building…"));
    updateAction();
    Q_EMIT buildStarted();
}

void BuildPanel::appendLog(const QString &logicalId, const QString &line)
{
    appendLine(QStringLiteral("[%1] %2").arg(logicalId, line));
}

void BuildPanel::appendLine(const QString &line)
{
    m_log->appendPlainText(line);
}

void BuildPanel::updateAction()
{
    m_buildAction->setEnabled(!m_templatePath.isEmpty() && !isBuilding());
}

} // namespace Bullpen
