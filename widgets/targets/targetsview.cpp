// SPDX-License-Identifier: MIT
#include "widgets/targets/targetsview.h"

#include "engine/build/functionpreparer.h"
#include "engine/targets/projecttargets.h"
#include "widgets/targets/targetsmodel.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

#include <memory>

namespace Bullpen {

TargetsView::TargetsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new TargetsModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_check(new QPushButton(tr("&Check"), this))
    , m_up(new QPushButton(tr("&Up"), this))
    , m_down(new QPushButton(tr("&Down"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int column : { TargetsModel::NameColumn, TargetsModel::KindColumn, TargetsModel::StateColumn })
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setObjectName(QStringLiteral("targetsTable"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setPlaceholderText(tr("What Up and Down do shows here."));
    m_check->setToolTip(tr("Check every target's health (never runs a function)"));
    m_up->setToolTip(tr("Build the functions and deploy them on the selected target"));
    m_down->setToolTip(tr("Remove what Bullpen made on the selected target"));
    m_edit->setToolTip(tr("Open bullpen-targets.yaml"));
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : { m_check, m_up, m_down, m_edit })
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_status);
    layout->addWidget(m_log, 2);

    connect(m_check, &QPushButton::clicked, this, &TargetsView::checkAll);
    connect(m_up, &QPushButton::clicked, this, [this] { up(selected()); });
    connect(m_down, &QPushButton::clicked, this, [this] { down(selected()); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        const QString path = TargetsFile::pathFor(m_templatePath);
        if (!QFileInfo::exists(path) && m_targets) {
            ProjectError error;
            if (!m_targets->file().save(m_templatePath, &error)) {
                m_status->setText(error.toString());
                return;
            }
        }
        Q_EMIT editRequested(path);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TargetsView::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TargetsView::updateButtons);
    updateButtons();
}

TargetsView::~TargetsView() = default;

void TargetsView::setProject(const QString &templatePath, const QList<FunctionConfig> &functions,
                             const EngineSettings &engine)
{
    m_model->setTargets(nullptr);
    delete m_targets;
    m_targets = nullptr;
    m_templatePath = templatePath;
    m_functions = functions;
    m_engine = engine;
    m_error.clear();
    if (!templatePath.isEmpty()) {
        ProjectError error;
        m_targets = ProjectTargets::open(templatePath, engine, &error, this);
        if (!m_targets)
            m_error = error.toString();
    }
    if (m_targets) {
        for (Target *target : m_targets->targets()) {
            connect(target, &Target::progress, this,
                    [this, target](const QString &line) { log(target->name() + u": " + line); });
            connect(target, &Target::deployFinished, this, [this, target](bool ok, const QString &message) {
                log(target->name() + u": " + (ok ? QString() : tr("failed: ")) + message);
                target->checkHealth(m_functions);
            });
            connect(target, &Target::tearDownFinished, this, [this, target](bool, const QString &message) {
                log(target->name() + u": " + message);
                target->checkHealth(m_functions);
            });
        }
    }
    m_model->setTargets(m_targets);
    m_status->setText(!m_error.isEmpty() ? m_error
                          : m_targets    ? tr("%n target(s) in %1", nullptr, int(m_targets->targets().size()))
                                            .arg(TargetsFile::pathFor(templatePath))
                                      : tr("No project is open."));
    updateButtons();
}

Target *TargetsView::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->targetAt(rows.constFirst().row());
}

void TargetsView::log(const QString &line)
{
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + line);
}

void TargetsView::updateButtons()
{
    Target *target = selected();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool busy = !rows.isEmpty() && rows.constFirst().data(TargetsModel::BusyRole).toBool();
    m_check->setEnabled(m_targets != nullptr);
    m_up->setEnabled(target && target->isDeployable() && !busy);
    m_down->setEnabled(target && target->isDeployable() && !busy);
    m_edit->setEnabled(!m_templatePath.isEmpty());
}

void TargetsView::checkAll()
{
    if (!m_targets)
        return;
    for (Target *target : m_targets->targets()) {
        m_model->setBusy(target, tr("checking"));
        target->checkHealth(m_functions);
    }
}

void TargetsView::up(Target *target)
{
    if (!target)
        return;
    m_model->setBusy(target, tr("deploying"));
    log(tr("%1: building the functions").arg(target->name()));
    // The functions built first, one after the other, as Invoke builds.
    auto preparer = new FunctionPreparer({}, this);
    auto queue = std::make_shared<QList<FunctionConfig>>(m_functions);
    auto built = std::make_shared<QList<FunctionConfig>>();
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, preparer, queue, built, target, next] {
        if (queue->isEmpty()) {
            preparer->deleteLater();
            target->deploy(*built);
            *next = nullptr;
            return;
        }
        preparer->prepare(queue->takeFirst(), m_templatePath);
    };
    connect(preparer, &FunctionPreparer::logLine, this,
            [this](const QString &id, const QString &line) { log(u"[build " + id + u"] " + line); });
    connect(preparer, &FunctionPreparer::ready, this, [built, next](const FunctionConfig &function) {
        built->append(function);
        const auto step = *next; // a copy runs: the stored one is cleared at the end
        step();
    });
    connect(preparer, &FunctionPreparer::failed, this, [this, preparer, target, next](const QString &error) {
        log(tr("%1: the build failed: %2").arg(target->name(), error));
        m_model->setBusy(target, {});
        preparer->deleteLater();
        *next = nullptr;
    });
    const auto first = *next;
    first();
}

void TargetsView::down(Target *target)
{
    if (!target)
        return;
    m_model->setBusy(target, tr("removing"));
    target->tearDown();
}

} // namespace Bullpen
