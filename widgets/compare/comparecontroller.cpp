// SPDX-License-Identifier: MIT
#include "widgets/compare/comparecontroller.h"

#include "engine/build/functionpreparer.h"
#include "engine/events/savedeventstore.h"
#include "engine/project/project.h"
#include "engine/targets/comparerun.h"
#include "engine/targets/projecttargets.h"
#include "engine/targets/targetsfile.h"
#include "engine/targets/targetsubject.h"
#include "widgets/compare/compareview.h"

#include <memory>

namespace Bullpen {

CompareController::CompareController(CompareView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    connect(view, &CompareView::compareRequested, this, &CompareController::compare);
    connect(view, &CompareView::stopRequested, this, &CompareController::stop);
    connect(view, &CompareView::functionChosen, this, [this](const QString &function) {
        m_function = function;
        reload();
    });
}

CompareController::~CompareController()
{
    stop();
}

void CompareController::setProject(Project *project, const QString &function)
{
    if (project != m_project) {
        stop();
        tearDown();
        if (m_project)
            disconnect(m_project, nullptr, this, nullptr);
        m_project = project;
        if (project) {
            // The targets file or an event changed on disk: offer what is there now.
            connect(project, &Project::fileChangedOnDisk, this, [this](const QString &) { reload(); });
            connect(project, &Project::directoryChanged, this, [this](const QString &) { reload(); });
            connect(project, &Project::templateChanged, this, &CompareController::reload);
        }
    }
    m_function = function;
    reload();
}

void CompareController::setFunction(const QString &function)
{
    m_function = function;
    reload();
}

void CompareController::setEngineSettings(const EngineSettings &settings)
{
    m_settings = settings;
}

bool CompareController::isRunning() const
{
    return (m_run && m_run->isRunning()) || (m_preparer && m_preparer->isBuilding());
}

void CompareController::reload()
{
    if (!m_project) {
        m_view->setFunctions({}, {});
        m_view->setEvents({});
        m_view->setTargets({}, {});
        return;
    }
    QStringList functions;
    for (const FunctionConfig &f : m_project->functions())
        functions << f.logicalId;
    if (!functions.contains(m_function))
        m_function = functions.value(0);
    m_view->setFunctions(functions, m_function);
    SavedEventStore store(m_project->directory());
    store.reload();
    QStringList events;
    for (const SavedEvent &e : store.events(m_function))
        events << e.name;
    m_view->setEvents(events);
    ProjectError error;
    const auto file = TargetsFile::load(m_project->templatePath(), &error);
    QStringList names;
    QStringList kinds;
    if (file) {
        for (const TargetSpec &spec : file->targets()) {
            names << spec.name;
            kinds << targetKindTitle(spec.kind);
        }
    } else {
        m_view->showProgress(tr("The targets file cannot be used: %1").arg(error.toString()));
    }
    m_view->setTargets(names, kinds);
}

ProjectTargets *CompareController::targets(QString *error)
{
    ProjectError projectError;
    const auto file = TargetsFile::load(m_project->templatePath(), &projectError);
    if (!file) {
        *error = projectError.toString();
        return nullptr;
    }
    // An edited file or other engine settings: the targets are made again.
    if (m_targets && (!(m_targets->file() == *file) || !(m_targets->context().engine == m_settings)))
        tearDown();
    if (!m_targets) {
        m_targets = ProjectTargets::open(m_project->templatePath(), m_settings, &projectError, this);
        if (!m_targets)
            *error = projectError.toString();
    }
    return m_targets;
}

void CompareController::compare(const QString &functionId, const QString &eventName, const QStringList &targets,
                                int repeat)
{
    if (!m_project || isRunning())
        return;
    const auto function = m_project->function(functionId);
    if (!function) {
        m_view->failed(tr("The template has no function %1.").arg(functionId));
        return;
    }
    QByteArray event = "{}";
    if (!eventName.isEmpty()) {
        SavedEventStore store(m_project->directory());
        store.reload();
        QString error;
        const auto payload = store.load(eventName, &error);
        if (!payload) {
            m_view->failed(tr("The event %1 cannot be read: %2").arg(eventName, error));
            return;
        }
        event = *payload;
    }
    // The build first, when the function has one and its inputs changed.
    auto *preparer = new FunctionPreparer({}, this);
    m_preparer = preparer;
    m_view->showProgress(tr("Preparing %1…").arg(functionId));
    connect(preparer, &FunctionPreparer::logLine, m_view,
            [this](const QString &, const QString &line) { m_view->showProgress(line); });
    connect(preparer, &FunctionPreparer::ready, this,
            [this, preparer, event, targets, repeat](const FunctionConfig &f) {
                preparer->deleteLater();
                run(f, event, targets, repeat);
            });
    connect(preparer, &FunctionPreparer::failed, this, [this, preparer](const QString &error) {
        preparer->deleteLater();
        m_view->failed(tr("The build failed: %1").arg(error));
    });
    preparer->prepare(*function, m_project->templatePath());
}

void CompareController::run(const FunctionConfig &function, const QByteArray &event, const QStringList &names,
                            int repeat)
{
    QString error;
    ProjectTargets *all = targets(&error);
    if (!all) {
        m_view->failed(error);
        return;
    }
    QList<CompareSubject *> subjects;
    QStringList kinds;
    for (const QString &name : names) {
        Target *target = all->target(name);
        if (!target) {
            qDeleteAll(subjects);
            m_view->failed(tr("%1 has no target '%2'").arg(TargetsFile::pathFor(m_project->templatePath()), name));
            return;
        }
        auto *subject = new TargetSubject(target, function, true);
        connect(subject, &TargetSubject::progress, m_view,
                [this, name](const QString &line) { m_view->showProgress(QStringLiteral("[%1] %2").arg(name, line)); });
        subjects << subject;
        kinds << subject->kind();
    }
    auto *run = new CompareRun(function.logicalId, event, subjects, repeat, CompareOptions(), this);
    m_run = run;
    connect(run, &CompareRun::targetChecked, m_view, &CompareView::targetChecked);
    connect(run, &CompareRun::callFinished, m_view, &CompareView::addCall);
    connect(run, &CompareRun::finished, this, [this, run, subjects](const CompareReport &report) {
        for (CompareSubject *s : subjects) {
            auto *ts = static_cast<TargetSubject *>(s);
            if (ts->deployedHere() && !m_deployed.contains(ts->name()))
                m_deployed << ts->name();
        }
        m_view->finished(report);
        run->deleteLater();
        Q_EMIT comparisonFinished(report.exitCode());
    });
    m_view->started(names, kinds, repeat);
    run->start();
}

void CompareController::stop()
{
    if (m_preparer) {
        m_preparer->disconnect(this);
        m_preparer->deleteLater();
        m_preparer = nullptr;
        m_view->failed(tr("Stopped."));
    }
    if (m_run && m_run->isRunning()) {
        m_run->cancel();
        m_run->deleteLater();
        m_view->failed(tr("Stopped."));
    }
}

void CompareController::tearDown()
{
    ProjectTargets *old = m_targets;
    m_targets = nullptr;
    if (!old)
        return;
    // What comparisons deployed and the local pool's instances go; the rest
    // (a swarm service the user deployed) stays. The old targets are deleted
    // once every take-down has answered.
    QList<Target *> going;
    for (Target *t : old->targets())
        if (t->kind() == TargetKind::LocalPool || m_deployed.contains(t->name()))
            going << t;
    auto remaining = std::make_shared<int>(int(going.size()));
    for (Target *t : std::as_const(going)) {
        connect(t, &Target::tearDownFinished, old, [old, remaining](bool, const QString &) {
            if (--*remaining == 0)
                old->deleteLater();
        });
        t->tearDown();
    }
    if (going.isEmpty())
        old->deleteLater();
    m_deployed.clear();
}

} // namespace Bullpen
