// SPDX-License-Identifier: MIT
#include "widgets/invoke/invocationcontroller.h"

#include "engine/build/functionpreparer.h"
#include "widgets/invoke/historymodel.h"

#include <QDateTime>

namespace Bullpen {

InvocationController::InvocationController(QObject *parent)
    : QObject(parent)
    , m_history(new HistoryModel(this))
{
    // The engine's one-time work runs in the background now, not on the GUI
    // thread during the first Invoke.
    Invoker::prepareInBackground();
}

InvocationController::~InvocationController()
{
    if (m_running)
        m_running->disconnect(this);
    if (m_invoker) {
        // The windows listening to us are going away: the pool's last words are not for them.
        m_invoker->disconnect(this);
        m_invoker->shutdown();
    }
}

void InvocationController::setEngineSettings(const EngineSettings &settings)
{
    const bool same = settings == m_settings;
    m_settings = settings;
    if (same)
        return;
    if (m_invoker) {
        if (m_running)
            m_running->cancel();
        m_invoker->disconnect(this);
        m_invoker->shutdown();
        // Deleted later: a cancelled invocation may still be delivering its result.
        m_invoker.release()->deleteLater();
        m_instances.clear();
        Q_EMIT poolChanged();
    }
    Q_EMIT engineChanged();
}

Invoker *InvocationController::ensureInvoker(QString *error)
{
    if (m_invoker)
        return m_invoker.get();
    QString why;
    m_invoker = Invoker::create(m_settings, &why, nullptr);
    if (!m_invoker) {
        if (error)
            *error = why;
        return nullptr;
    }
    connect(m_invoker.get(), &Invoker::instanceChanged, this, [this](const InstanceInfo &info) {
        m_instances.insert(info.instanceId, info.state);
        Q_EMIT poolChanged();
    });
    connect(m_invoker.get(), &Invoker::runtimeImageProgress, this,
            [this](const QString &, const QString &message, int percent) {
                Q_EMIT logLine(QStringLiteral("Bullpen: ") + message);
                Q_EMIT runtimeImageProgress(message, percent);
            });
    connect(m_invoker.get(), &Invoker::instanceRemoved, this, [this](const QString &id) {
        m_instances.remove(id);
        Q_EMIT poolChanged();
    });
    Q_EMIT engineChanged();
    // A new engine: every function's settings again (provisioned instances, keep-warm).
    for (const AppliedSettings &applied : std::as_const(m_applied))
        applyToEngine(applied, nullptr);
    return m_invoker.get();
}

bool InvocationController::applyToEngine(const AppliedSettings &applied, QString *error)
{
    FunctionRunSettings settings = applied.settings;
    if (settings.keepAliveMs == FunctionRunSettings().keepAliveMs)
        settings.keepAliveMs = -1; // Lambda's default: the engine's own keep-alive (the preferences')
    return m_invoker->applyFunctionSettings(applied.function, settings, error, applied.codeRevision);
}

bool InvocationController::applyFunctionSettings(const FunctionConfig &function, const FunctionRunSettings &settings,
                                                 int codeRevision, QString *error)
{
    const auto previous = m_applied.constFind(function.logicalId);
    if (previous != m_applied.cend() && previous->function == function && previous->settings == settings
        && previous->codeRevision == codeRevision)
        return true;
    const AppliedSettings applied { function, settings, codeRevision };
    const bool runsAhead = (function.provisionedConcurrentExecutions > 0 && !function.autoPublishAlias.isEmpty())
        || settings.keepWarm || !settings.enabledSchedules.isEmpty();
    if (!m_invoker && !runsAhead) {
        m_applied.insert(function.logicalId, applied); // for the engine when it starts
        return true;
    }
    if (!m_invoker) {
        m_applied.insert(function.logicalId, applied);
        return ensureInvoker(error) != nullptr; // which applies it
    }
    // Another configuration or code is another version: its provisioned
    // instances go (the concurrency settings themselves are not part of it).
    auto identity = [](FunctionConfig f) {
        f.reservedConcurrentExecutions = -1;
        f.provisionedConcurrentExecutions = 0;
        f.autoPublishAlias.clear();
        f.schedules.clear();
        f.line = 0;
        return f;
    };
    if (previous != m_applied.cend()
        && (identity(previous->function) != identity(function) || previous->codeRevision != codeRevision))
        m_invoker->setProvisionedConcurrency(previous->function, 0, previous->codeRevision);
    m_applied.insert(function.logicalId, applied);
    return applyToEngine(applied, error);
}

QString InvocationController::backendName() const
{
    return m_invoker ? m_invoker->backendInfo().id : m_settings.backend;
}

int InvocationController::warmInstances() const
{
    int n = 0;
    for (const InstanceState state : m_instances)
        n += state == InstanceState::Idle;
    return n;
}

int InvocationController::busyInstances() const
{
    int n = 0;
    for (const InstanceState state : m_instances)
        n += state == InstanceState::Busy || state == InstanceState::Starting;
    return n;
}

void InvocationController::setProjectDirectory(const QString &projectDirectory)
{
    if (projectDirectory == m_projectDirectory && projectDirectory == m_history->projectDirectory())
        return;
    m_projectDirectory = projectDirectory;
    m_history->setProjectDirectory(projectDirectory);
}

bool InvocationController::invoke(const FunctionConfig &function, const QByteArray &payload, int codeRevision,
                                  const QString &eventName)
{
    if (isRunning())
        return false;
    const Request request { function, payload, codeRevision, eventName, m_projectDirectory };
    if (m_templatePath.isEmpty())
        return start(request, function, codeRevision);
    // The build first, asynchronously; the invocation waits for it.
    m_preparing = true;
    // The build runs in the sandbox of the backend the function will run on.
    BuildOptions options;
    options.backend = m_settings.backend;
    auto *preparer = new FunctionPreparer(options, this);
    connect(preparer, &FunctionPreparer::logLine, this, &InvocationController::buildLogLine);
    connect(preparer, &FunctionPreparer::ready, this, [this, preparer, request](const FunctionConfig &built) {
        preparer->deleteLater();
        m_preparing = false;
        // A rebuilt folder is new code under the same path: warm instances must not serve it.
        if (preparer->lastPrepareRebuilt())
            ++m_rebuilds;
        start(request, built, request.codeRevision + m_rebuilds * 1000000);
    });
    connect(preparer, &FunctionPreparer::failed, this, [this, preparer, request](const QString &error) {
        preparer->deleteLater();
        m_preparing = false;
        InvocationResult result;
        result.functionId = request.function.logicalId;
        result.memorySizeMb = request.function.memorySizeMb;
        result.startedAt = QDateTime::currentDateTimeUtc();
        result.eventPayload = request.payload;
        result.outcome = InvocationOutcome::EngineError;
        result.engineErrorKind = EngineErrorKind::BuildFailed;
        result.engineError = tr("The build failed: %1").arg(error);
        Q_EMIT started(request.function);
        complete(request, result);
        Q_EMIT runningChanged(false);
    });
    // started() follows with the function as it will run (built or not).
    Q_EMIT runningChanged(true);
    preparer->prepare(function, m_templatePath);
    return true;
}

bool InvocationController::start(const Request &request, const FunctionConfig &run, int codeRevision)
{
    QString error;
    Invoker *invoker = ensureInvoker(&error);
    if (!invoker) {
        InvocationResult result;
        result.functionId = run.logicalId;
        result.memorySizeMb = run.memorySizeMb;
        result.startedAt = QDateTime::currentDateTimeUtc();
        result.eventPayload = request.payload;
        result.outcome = InvocationOutcome::EngineError;
        result.engineErrorKind = EngineErrorKind::NoBackend;
        result.engineError = tr("The %1 backend cannot run functions here: %2").arg(m_settings.backend, error);
        Q_EMIT started(run);
        complete(request, result);
        return true;
    }
    // The window invokes the function's alias when it has one (decisions §4):
    // provisioned concurrency serves it first.
    InvokeOptions options;
    options.codeRevision = codeRevision;
    options.qualifier = run.autoPublishAlias;
    Invocation *invocation = invoker->invoke(run, request.payload, options);
    m_running = invocation;
    connect(invocation, &Invocation::logLine, this, [this, project = request.projectDirectory](const QString &line) {
        // Not into the views of a project opened since.
        if (project == m_history->projectDirectory())
            Q_EMIT logLine(line);
    });
    connect(invocation, &Invocation::finished, this, [this, request](const InvocationResult &result) {
        m_running = nullptr;
        complete(request, result);
        Q_EMIT runningChanged(false);
    });
    Q_EMIT started(run);
    Q_EMIT runningChanged(true);
    // Defensive: the pool delivers every result from the event loop, refusals
    // included, but a result that is already there must not be lost.
    if (invocation->isFinished() && m_running) {
        m_running = nullptr;
        complete(request, invocation->result());
        Q_EMIT runningChanged(false);
    }
    return true;
}

bool InvocationController::rerun(int historyRow)
{
    if (historyRow < 0 || historyRow >= m_history->rowCount())
        return false;
    const HistoryEntry entry = m_history->entry(historyRow);
    return invoke(entry.function, entry.payload, entry.codeRevision, entry.eventName);
}

void InvocationController::cancel()
{
    if (m_running)
        m_running->cancel();
}

void InvocationController::complete(const Request &request, const InvocationResult &result)
{
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTime();
    entry.function = request.function;
    entry.codeRevision = request.codeRevision;
    entry.eventName = request.eventName;
    entry.payload = request.payload;
    entry.result = result;
    if (request.projectDirectory != m_history->projectDirectory()) {
        // Its project was closed while it ran: its history keeps it, this one does not show it.
        QString error;
        if (!request.projectDirectory.isEmpty()
            && !HistoryModel::appendToProject(request.projectDirectory, entry, &error))
            qWarning("bullpen: the invocation of %s could not be kept in the history of %s: %s",
                     qPrintable(request.function.logicalId), qPrintable(request.projectDirectory), qPrintable(error));
        Q_EMIT finished(result, request.function, -1);
        return;
    }
    const int row = m_history->append(entry);
    Q_EMIT finished(result, request.function, row);
}

} // namespace Bullpen
