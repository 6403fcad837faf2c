// SPDX-License-Identifier: MIT
#include "engine/invocation/invocationresult.h"

#include "engine/core/jsonvalue.h"

#include <QJsonArray>

namespace Bullpen {

QString invocationOutcomeName(InvocationOutcome outcome)
{
    switch (outcome) {
    case InvocationOutcome::Succeeded:
        return QStringLiteral("succeeded");
    case InvocationOutcome::FunctionError:
        return QStringLiteral("functionError");
    case InvocationOutcome::TimedOut:
        return QStringLiteral("timedOut");
    case InvocationOutcome::Cancelled:
        return QStringLiteral("cancelled");
    case InvocationOutcome::Refused:
        return QStringLiteral("refused");
    case InvocationOutcome::EngineError:
        return QStringLiteral("engineError");
    }
    return {};
}

namespace {

QString engineErrorKindName(EngineErrorKind kind)
{
    switch (kind) {
    case EngineErrorKind::None:
        return {};
    case EngineErrorKind::NoBackend:
        return QStringLiteral("noBackend");
    case EngineErrorKind::SandboxFailed:
        return QStringLiteral("sandboxFailed");
    case EngineErrorKind::RuntimeMissing:
        return QStringLiteral("runtimeMissing");
    case EngineErrorKind::ListenerFailed:
        return QStringLiteral("listenerFailed");
    case EngineErrorKind::InstanceStopped:
        return QStringLiteral("instanceStopped");
    case EngineErrorKind::ShuttingDown:
        return QStringLiteral("shuttingDown");
    case EngineErrorKind::BuildFailed:
        return QStringLiteral("buildFailed");
    case EngineErrorKind::Internal:
        return QStringLiteral("internal");
    }
    return {};
}

} // namespace

QString InvocationResult::reportLine() const
{
    QString line = QStringLiteral("REPORT RequestId: %1\tDuration: %2 ms\tBilled Duration: %3 ms\tMemory Size: %4 MB\t")
                       .arg(QString::fromLatin1(requestId))
                       .arg(durationMs, 0, 'f', 2)
                       .arg(billedDurationMs)
                       .arg(memorySizeMb);
    if (maxMemoryUsedMb >= 0)
        line += QStringLiteral("Max Memory Used: %1 MB\t").arg(maxMemoryUsedMb);
    if (initDurationMs >= 0)
        line += QStringLiteral("Init Duration: %1 ms\t").arg(initDurationMs, 0, 'f', 2);
    return line;
}

QJsonObject InvocationResult::toJson() const
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    QJsonValue parsedPayload = parseJsonValue(payload);
    if (parsedPayload.isUndefined())
        parsedPayload = QString::fromUtf8(payload);
    QJsonObject o {
        { QStringLiteral("requestId"), QString::fromLatin1(requestId) },
        { QStringLiteral("functionId"), functionId },
        { QStringLiteral("instanceId"), orNull(instanceId) },
        { QStringLiteral("outcome"), invocationOutcomeName(outcome) },
        { QStringLiteral("coldStart"), coldStart },
        { QStringLiteral("functionError"), orNull(functionError) },
        { QStringLiteral("errorType"), orNull(errorType) },
        { QStringLiteral("errorMessage"), orNull(errorMessage) },
        { QStringLiteral("payload"), parsedPayload },
        { QStringLiteral("durationMs"), durationMs },
        { QStringLiteral("billedDurationMs"), billedDurationMs },
        { QStringLiteral("initDurationMs"),
          initDurationMs >= 0 ? QJsonValue(initDurationMs) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("memorySizeMB"), memorySizeMb },
        { QStringLiteral("maxMemoryUsedMB"),
          maxMemoryUsedMb >= 0 ? QJsonValue(maxMemoryUsedMb) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("memoryLimitEnforced"), memoryLimitEnforced },
        { QStringLiteral("logs"), QJsonArray::fromStringList(logs) },
        { QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs) },
    };
    if (!stackTrace.isEmpty())
        o.insert(QStringLiteral("stackTrace"), QJsonArray::fromStringList(stackTrace));
    if (!engineError.isEmpty())
        o.insert(QStringLiteral("engineError"), engineError);
    if (engineErrorKind != EngineErrorKind::None)
        o.insert(QStringLiteral("engineErrorKind"), engineErrorKindName(engineErrorKind));
    if (!limitationNote.isEmpty())
        o.insert(QStringLiteral("limitation"), limitationNote);
    if (!runtimeVersion.isEmpty())
        o.insert(QStringLiteral("runtimeVersion"), runtimeVersion);
    return o;
}

} // namespace Bullpen
