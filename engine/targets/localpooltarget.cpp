// SPDX-License-Identifier: MIT
#include "engine/targets/localpooltarget.h"

#include "engine/invoke/invoker.h"
#include "engine/sandbox/backendregistry.h"

#include <QTimer>

namespace Bullpen {

using namespace Qt::StringLiterals;

LocalPoolTarget::LocalPoolTarget(const TargetSpec &spec, const TargetContext &context, QObject *parent)
    : Target(spec, context, parent)
{ }

LocalPoolTarget::~LocalPoolTarget() = default;

EngineSettings LocalPoolTarget::settings() const
{
    EngineSettings settings = context().engine;
    if (!spec().backend.isEmpty())
        settings.backend = spec().backend;
    return settings;
}

Invoker *LocalPoolTarget::invoker(QString *error)
{
    if (!m_invoker) {
        m_invoker = Invoker::create(settings(), error);
        if (m_invoker)
            connect(m_invoker.get(), &Invoker::runtimeImageProgress, this,
                    [this](const QString &runtime, const QString &message, int) {
                        Q_EMIT progress(u"%1: %2"_s.arg(runtime, message));
                    });
    }
    return m_invoker.get();
}

void LocalPoolTarget::deploy(const QList<FunctionConfig> &functions)
{
    Q_UNUSED(functions)
    QString error;
    const bool ok = invoker(&error) != nullptr;
    const QString message = ok ? u"the local pool starts its instances on demand; nothing to deploy"_s : error;
    QTimer::singleShot(0, this, [this, ok, message] { Q_EMIT deployFinished(ok, message); });
}

void LocalPoolTarget::checkHealth(const QList<FunctionConfig> &functions)
{
    Q_UNUSED(functions)
    TargetHealth health;
    QString error;
    if (!BackendRegistry::isKnown(settings().backend)) {
        health.state = TargetState::Down;
        health.reason
            = u"unknown backend '%1'; known: %2"_s.arg(settings().backend, BackendRegistry::ids().join(u", "_s));
    } else if (!invoker(&error)) {
        health.state = TargetState::Down;
        health.reason = error;
    } else {
        health.state = TargetState::Ready;
        const BackendInfo running = m_invoker->backendInfo();
        health.reason = u"the %1 backend%2"_s.arg(
            running.displayName, running.isolation == Isolation::None ? u" (no isolation)"_s : QString());
        for (const InstanceInfo &instance : m_invoker->instances()) {
            TargetUnit unit;
            unit.function = instance.functionId;
            unit.id = instance.instanceId;
            unit.name = instance.instanceId;
            unit.state = instanceStateName(instance.state);
            unit.running = true;
            health.units << unit;
        }
    }
    QTimer::singleShot(0, this, [this, health] { reportHealth(health); });
}

quint64 LocalPoolTarget::invoke(const FunctionConfig &function, const QByteArray &payload,
                                const TargetCallOptions &options)
{
    const quint64 id = nextCallId();
    TargetCallResult result = newResult(function);
    QString error;
    Invoker *engine = invoker(&error);
    if (!engine) {
        result.status = TargetCallStatus::EngineError;
        result.message = error;
        finishCallLater(id, result);
        return id;
    }
    InvokeOptions invokeOptions;
    invokeOptions.qualifier = options.qualifier; // an AutoPublishAlias; empty: $LATEST
    Invocation *invocation = engine->invoke(function, payload, invokeOptions);
    connect(invocation, &Invocation::finished, this, [this, id, result, invocation](const InvocationResult &r) mutable {
        result.roundTripNs = invocation->elapsedNs();
        result.requestId = r.requestId;
        result.payload = r.payload;
        result.contentType = r.contentType;
        result.functionError = r.functionError;
        result.errorType = r.errorType;
        result.errorMessage = r.errorMessage;
        result.logs = r.logs;
        result.servedBy = r.instanceId;
        switch (r.outcome) {
        case InvocationOutcome::Succeeded:
            result.status = TargetCallStatus::Succeeded;
            break;
        case InvocationOutcome::FunctionError:
        case InvocationOutcome::TimedOut:
            result.status = TargetCallStatus::FunctionError;
            break;
        case InvocationOutcome::Refused:
            result.status = TargetCallStatus::Refused;
            result.message = r.engineError;
            break;
        case InvocationOutcome::Cancelled:
        case InvocationOutcome::EngineError:
            result.status = TargetCallStatus::EngineError;
            result.message = r.engineError;
            break;
        }
        if (r.ran()) {
            result.durationMs = r.durationMs;
            result.billedDurationMs = r.billedDurationMs;
            result.memorySizeMb = r.memorySizeMb;
            if (r.maxMemoryUsedMb >= 0)
                result.maxMemoryUsedMb = r.maxMemoryUsedMb;
            if (r.initDurationMs >= 0)
                result.initDurationMs = r.initDurationMs;
            result.start = r.coldStart ? StartKind::Cold : StartKind::Warm;
        }
        Q_EMIT callFinished(id, result); // the pool deletes the invocation
    });
    return id;
}

void LocalPoolTarget::tearDown()
{
    if (!m_invoker) {
        QTimer::singleShot(0, this, [this] { Q_EMIT tearDownFinished(true, u"the local pool has no instances"_s); });
        return;
    }
    connect(
        m_invoker.get(), &Invoker::shutdownFinished, this,
        [this] { Q_EMIT tearDownFinished(true, u"the local pool's instances are stopped"_s); },
        Qt::SingleShotConnection);
    m_invoker->shutdown();
}

} // namespace Bullpen
