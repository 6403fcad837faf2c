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
    connect(m_invoker.get(), &Invoker::instanceRemoved, this, [this](const QString &id) {
        m_instances.remove(id);
        Q_EMIT poolChanged();
    });
    Q_EMIT engineChanged();
    return m_invoker.get();
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

bool InvocationController::invoke(const FunctionConfig &function, const QByteArray &payload, int codeRevision,
                                  const QString &eventName)
{
    if (isRunning())
        return false;
    if (m_templatePath.isEmpty())
        return start(function, payload, codeRevision, eventName);
    // The build first, asynchronously; the invocation waits for it.
    m_preparing = true;
    auto *preparer = new FunctionPreparer(BuildOptions(), this);
    connect(preparer, &FunctionPreparer::logLine, this, &InvocationController::buildLogLine);
    connect(preparer, &FunctionPreparer::ready, this,
            [this, preparer, payload, codeRevision, eventName](const FunctionConfig &built) {
                preparer->deleteLater();
                m_preparing = false;
                // A rebuilt folder is new code under the same path: warm instances must not serve it.
                if (preparer->lastPrepareRebuilt())
                    ++m_rebuilds;
                start(built, payload, codeRevision + m_rebuilds * 1000000, eventName);
            });
    connect(preparer, &FunctionPreparer::failed, this,
            [this, preparer, function, payload, codeRevision, eventName](const QString &error) {
                preparer->deleteLater();
                m_preparing = false;
                InvocationResult result;
                result.functionId = function.logicalId;
                result.memorySizeMb = function.memorySizeMb;
                result.startedAt = QDateTime::currentDateTimeUtc();
                result.eventPayload = payload;
                result.outcome = InvocationOutcome::EngineError;
                result.engineErrorKind = EngineErrorKind::BuildFailed;
                result.engineError = tr("The build failed: %1").arg(error);
                Q_EMIT started(function);
                complete(function, codeRevision, eventName, payload, result);
                Q_EMIT runningChanged(false);
            });
    // started() follows with the function as it will run (built or not).
    Q_EMIT runningChanged(true);
    preparer->prepare(function, m_templatePath);
    return true;
}

bool InvocationController::start(const FunctionConfig &function, const QByteArray &payload, int codeRevision,
                                 const QString &eventName)
{
    QString error;
    Invoker *invoker = ensureInvoker(&error);
    if (!invoker) {
        InvocationResult result;
        result.functionId = function.logicalId;
        result.memorySizeMb = function.memorySizeMb;
        result.startedAt = QDateTime::currentDateTimeUtc();
        result.eventPayload = payload;
        result.outcome = InvocationOutcome::EngineError;
        result.engineErrorKind = EngineErrorKind::NoBackend;
        result.engineError = tr("The %1 backend cannot run functions here: %2").arg(m_settings.backend, error);
        Q_EMIT started(function);
        complete(function, codeRevision, eventName, payload, result);
        return true;
    }
    Invocation *invocation = invoker->invoke(function, payload, codeRevision);
    m_running = invocation;
    connect(invocation, &Invocation::logLine, this, &InvocationController::logLine);
    connect(invocation, &Invocation::finished, this,
            [this, function, codeRevision, eventName, payload](const InvocationResult &result) {
                m_running = nullptr;
                complete(function, codeRevision, eventName, payload, result);
                Q_EMIT runningChanged(false);
            });
    Q_EMIT started(function);
    Q_EMIT runningChanged(true);
    // Defensive: the pool delivers every result from the event loop, refusals
    // included, but a result that is already there must not be lost.
    if (invocation->isFinished() && m_running) {
        m_running = nullptr;
        complete(function, codeRevision, eventName, payload, invocation->result());
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

void InvocationController::complete(const FunctionConfig &function, int codeRevision, const QString &eventName,
                                    const QByteArray &payload, const InvocationResult &result)
{
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTime();
    entry.function = function;
    entry.codeRevision = codeRevision;
    entry.eventName = eventName;
    entry.payload = payload;
    entry.result = result;
    const int row = m_history->append(entry);
    Q_EMIT finished(result, function, row);
}

} // namespace Bullpen
