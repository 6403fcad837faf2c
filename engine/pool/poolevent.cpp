// SPDX-License-Identifier: MIT
#include "engine/pool/poolevent.h"

#include <QJsonValue>

namespace Bullpen {

namespace {

// Registered once when the engine is loaded, so queued connections and
// QSignalSpy can carry events without every user registering them first.
const int poolEventMetaTypeId = qRegisterMetaType<Bullpen::PoolEvent>();

// The name tables are the JSON vocabulary: index = enum value. Appending is
// fine; reordering or renaming breaks recorded traces.
const char *const typeNames[] = {
    "instanceStarting",  "instanceInitDone",     "instanceBusy",        "instanceIdle",        "instanceStopped",
    "invocationQueued",  "invocationDispatched", "invocationThrottled", "invocationFinished",  "memorySample",
    "clockSpeedChanged", "instanceSandboxReady", "asyncEventQueued",    "asyncRetryScheduled", "asyncEventDone",
};
const char *const stopReasonNames[] = {
    "none", "expired", "stopped", "crashed", "timedOut", "outOfMemory", "initFailed",
};
const char *const sourceNames[] = { "direct", "schedule", "load", "api" };
const InvocationOutcome outcomes[] = {
    InvocationOutcome::Succeeded, InvocationOutcome::FunctionError, InvocationOutcome::TimedOut,
    InvocationOutcome::Cancelled, InvocationOutcome::Refused,       InvocationOutcome::EngineError,
};

template<typename Enum, std::size_t N> QString nameOf(Enum value, const char *const (&names)[N])
{
    const auto index = static_cast<std::size_t>(value);
    return index < N ? QString::fromLatin1(names[index]) : QString();
}

template<typename Enum, std::size_t N> bool valueOf(const QString &name, const char *const (&names)[N], Enum *value)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == QLatin1StringView(names[i])) {
            *value = static_cast<Enum>(i);
            return true;
        }
    }
    return false;
}

bool outcomeOf(const QString &name, InvocationOutcome *outcome)
{
    for (const InvocationOutcome candidate : outcomes) {
        if (invocationOutcomeName(candidate) == name) {
            *outcome = candidate;
            return true;
        }
    }
    return false;
}

bool isInstanceEvent(PoolEventType type)
{
    return type == PoolEventType::InstanceStarting || type == PoolEventType::InstanceInitDone
        || type == PoolEventType::InstanceBusy || type == PoolEventType::InstanceIdle
        || type == PoolEventType::InstanceStopped || type == PoolEventType::InstanceSandboxReady;
}

bool isInvocationEvent(PoolEventType type)
{
    return type == PoolEventType::InvocationQueued || type == PoolEventType::InvocationDispatched
        || type == PoolEventType::InvocationThrottled || type == PoolEventType::InvocationFinished;
}

} // namespace

QString poolEventTypeName(PoolEventType type)
{
    return nameOf(type, typeNames);
}

QString instanceStopReasonName(InstanceStopReason reason)
{
    return nameOf(reason, stopReasonNames);
}

QString invocationSourceName(InvocationSource source)
{
    return nameOf(source, sourceNames);
}

QJsonObject PoolEvent::toJson() const
{
    QJsonObject object {
        { QStringLiteral("seq"), static_cast<qint64>(sequence) },
        { QStringLiteral("type"), poolEventTypeName(type) },
        { QStringLiteral("poolTimeMs"), poolTimeMs },
        { QStringLiteral("realTimeMs"), realTimeMs },
    };
    if (!functionId.isEmpty())
        object.insert(QStringLiteral("functionId"), functionId);
    if (!instanceId.isEmpty())
        object.insert(QStringLiteral("instanceId"), instanceId);
    if (!requestId.isEmpty())
        object.insert(QStringLiteral("requestId"), QString::fromLatin1(requestId));
    if (!detail.isEmpty())
        object.insert(QStringLiteral("detail"), detail);

    const bool instanceEvent = isInstanceEvent(type);
    const bool invocationEvent = isInvocationEvent(type);
    if (invocationEvent || type == PoolEventType::InstanceBusy)
        object.insert(QStringLiteral("source"), invocationSourceName(source));
    if (instanceEvent || invocationEvent || type == PoolEventType::MemorySample)
        object.insert(QStringLiteral("memorySizeMb"), memorySizeMb);
    if (instanceEvent || type == PoolEventType::MemorySample)
        object.insert(QStringLiteral("provisioned"), provisioned);

    switch (type) {
    case PoolEventType::InstanceStarting:
    case PoolEventType::InstanceBusy:
        if (timeoutMs >= 0)
            object.insert(QStringLiteral("timeoutMs"), timeoutMs);
        break;
    case PoolEventType::InstanceSandboxReady:
        object.insert(QStringLiteral("pid"), pid);
        object.insert(QStringLiteral("sandboxDurationMs"), sandboxDurationMs);
        if (preparedSandbox)
            object.insert(QStringLiteral("preparedSandbox"), true);
        if (restoredFromSnapshot)
            object.insert(QStringLiteral("restoredFromSnapshot"), true);
        break;
    case PoolEventType::InvocationQueued:
    case PoolEventType::InvocationThrottled:
        break;
    case PoolEventType::InstanceInitDone:
        object.insert(QStringLiteral("initDurationMs"), initDurationMs);
        if (restoredFromSnapshot)
            object.insert(QStringLiteral("restoredFromSnapshot"), true);
        if (phases.isKnown())
            object.insert(QStringLiteral("phases"), phases.toJson());
        break;
    case PoolEventType::InstanceIdle:
        object.insert(QStringLiteral("expiresAtMs"), expiresAtMs);
        break;
    case PoolEventType::InstanceStopped:
        object.insert(QStringLiteral("stopReason"), instanceStopReasonName(stopReason));
        break;
    case PoolEventType::InvocationDispatched:
        object.insert(QStringLiteral("coldStart"), coldStart);
        break;
    case PoolEventType::InvocationFinished:
        object.insert(QStringLiteral("coldStart"), coldStart);
        if (preparedSandbox)
            object.insert(QStringLiteral("preparedSandbox"), true);
        if (restoredFromSnapshot)
            object.insert(QStringLiteral("restoredFromSnapshot"), true);
        if (!snapStartNote.isEmpty())
            object.insert(QStringLiteral("snapStart"), snapStartNote);
        object.insert(QStringLiteral("outcome"), invocationOutcomeName(outcome));
        object.insert(QStringLiteral("durationMs"), durationMs);
        object.insert(QStringLiteral("billedDurationMs"), billedDurationMs);
        if (initDurationMs >= 0)
            object.insert(QStringLiteral("initDurationMs"), initDurationMs);
        break;
    case PoolEventType::MemorySample:
        object.insert(QStringLiteral("memoryBytes"), memoryBytes);
        break;
    case PoolEventType::ClockSpeedChanged:
        object.insert(QStringLiteral("speed"), speed);
        break;
    case PoolEventType::AsyncEventQueued:
        object.insert(QStringLiteral("queueDepth"), queueDepth);
        break;
    case PoolEventType::AsyncRetryScheduled:
        object.insert(QStringLiteral("attempt"), attempt);
        object.insert(QStringLiteral("retryAtMs"), retryAtMs);
        break;
    case PoolEventType::AsyncEventDone:
        object.insert(QStringLiteral("queueDepth"), queueDepth);
        object.insert(QStringLiteral("attempt"), attempt);
        break;
    }
    if (type == PoolEventType::InvocationThrottled)
        object.insert(QStringLiteral("throttleReason"), throttleReason);
    return object;
}

PoolEvent PoolEvent::fromJson(const QJsonObject &object, bool *ok)
{
    PoolEvent event;
    bool valid = valueOf(object.value(QStringLiteral("type")).toString(), typeNames, &event.type);
    event.sequence = static_cast<quint64>(object.value(QStringLiteral("seq")).toInteger());
    event.poolTimeMs = object.value(QStringLiteral("poolTimeMs")).toInteger();
    event.realTimeMs = object.value(QStringLiteral("realTimeMs")).toInteger();
    event.functionId = object.value(QStringLiteral("functionId")).toString();
    event.instanceId = object.value(QStringLiteral("instanceId")).toString();
    event.requestId = object.value(QStringLiteral("requestId")).toString().toLatin1();
    event.detail = object.value(QStringLiteral("detail")).toString();
    event.throttleReason = object.value(QStringLiteral("throttleReason")).toString();
    event.coldStart = object.value(QStringLiteral("coldStart")).toBool();
    event.preparedSandbox = object.value(QStringLiteral("preparedSandbox")).toBool();
    event.restoredFromSnapshot = object.value(QStringLiteral("restoredFromSnapshot")).toBool();
    event.snapStartNote = object.value(QStringLiteral("snapStart")).toString();
    event.provisioned = object.value(QStringLiteral("provisioned")).toBool();
    event.memorySizeMb = object.value(QStringLiteral("memorySizeMb")).toInt();
    event.memoryBytes = object.value(QStringLiteral("memoryBytes")).toInteger(-1);
    event.expiresAtMs = object.value(QStringLiteral("expiresAtMs")).toInteger(-1);
    event.initDurationMs = object.value(QStringLiteral("initDurationMs")).toDouble(-1);
    event.durationMs = object.value(QStringLiteral("durationMs")).toDouble(-1);
    event.billedDurationMs = object.value(QStringLiteral("billedDurationMs")).toInteger(-1);
    event.speed = object.value(QStringLiteral("speed")).toDouble(1.0);
    event.pid = object.value(QStringLiteral("pid")).toInteger(-1);
    event.sandboxDurationMs = object.value(QStringLiteral("sandboxDurationMs")).toDouble(-1);
    event.timeoutMs = object.value(QStringLiteral("timeoutMs")).toInteger(-1);
    event.phases = ColdStartPhases::fromJson(object.value(QStringLiteral("phases")).toObject());
    event.queueDepth = int(object.value(QStringLiteral("queueDepth")).toInteger(-1));
    event.attempt = int(object.value(QStringLiteral("attempt")).toInteger(-1));
    event.retryAtMs = object.value(QStringLiteral("retryAtMs")).toInteger(-1);

    // Enumerations that are present must be known names; absent ones keep their defaults.
    const QJsonValue source = object.value(QStringLiteral("source"));
    if (!source.isUndefined())
        valid = valueOf(source.toString(), sourceNames, &event.source) && valid;
    const QJsonValue stopReason = object.value(QStringLiteral("stopReason"));
    if (!stopReason.isUndefined())
        valid = valueOf(stopReason.toString(), stopReasonNames, &event.stopReason) && valid;
    const QJsonValue outcome = object.value(QStringLiteral("outcome"));
    if (!outcome.isUndefined())
        valid = outcomeOf(outcome.toString(), &event.outcome) && valid;

    if (ok)
        *ok = valid;
    return event;
}

} // namespace Bullpen
