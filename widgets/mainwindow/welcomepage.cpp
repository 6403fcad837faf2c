// SPDX-License-Identifier: MIT
#include "widgets/mainwindow/welcomepage.h"

#include "widgets/project/recentprojects.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Bullpen {

WelcomePage::WelcomePage(RecentProjects *recent, QWidget *parent)
    : QWidget(parent)
    , m_recent(recent)
    , m_newProject(new QPushButton(tr("&New Project…"), this))
    , m_openProject(new QPushButton(tr("&Open Project…"), this))
    , m_recentList(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("Bullpen"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *line = new QLabel(tr("Write AWS Lambda functions and run them on this machine, in a warm pool of containers "
                               "that speaks Lambda's Runtime API."),
                            this);
    line->setWordWrap(true);

    m_newProject->setIcon(
        QIcon::fromTheme(QIcon::ThemeIcon::FolderNew, style()->standardIcon(QStyle::SP_FileDialogNewFolder)));
    m_newProject->setToolTip(tr("Create a project from a sample (Ctrl+Shift+N)"));
    m_openProject->setIcon(
        QIcon::fromTheme(QIcon::ThemeIcon::FolderOpen, style()->standardIcon(QStyle::SP_DirOpenIcon)));
    m_openProject->setToolTip(tr("Open a SAM project: its folder or template.yaml (Ctrl+Shift+O)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newProject);
    buttons->addWidget(m_openProject);
    buttons->addStretch(1);

    auto *recentLabel = new QLabel(tr("&Recent projects"), this);
    recentLabel->setBuddy(m_recentList);
    m_recentList->setObjectName(QStringLiteral("recentProjects"));
    m_recentList->setFrameShape(QFrame::NoFrame);

    // A readable column in the middle, however wide the window.
    auto *column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(title);
    column->addWidget(line);
    column->addSpacing(16);
    column->addLayout(buttons);
    column->addSpacing(16);
    column->addWidget(recentLabel);
    column->addWidget(m_recentList, 2);
    column->addStretch(1);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);

    connect(m_newProject, &QPushButton::clicked, this, &WelcomePage::newProjectRequested);
    connect(m_openProject, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);
    connect(m_recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT recentProjectChosen(item->data(Qt::UserRole).toString()); });
    connect(m_recent, &RecentProjects::changed, this, &WelcomePage::fillRecent);
    fillRecent();
}

void WelcomePage::fillRecent()
{
    m_recentList->clear();
    const QStringList paths = m_recent->list();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(QFileInfo(folder).fileName(), QDir::toNativeSeparators(folder)), m_recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (paths.isEmpty()) {
        auto *item = new QListWidgetItem(tr("None yet: a new project starts from a sample."), m_recentList);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace Bullpen
