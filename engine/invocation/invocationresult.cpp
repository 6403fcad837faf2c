// SPDX-License-Identifier: MIT
#include "engine/invocation/invocationresult.h"

#include "engine/core/jsonvalue.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <iterator>

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

std::optional<InvocationOutcome> invocationOutcomeFromName(const QString &name)
{
    for (const InvocationOutcome outcome :
         { InvocationOutcome::Succeeded, InvocationOutcome::FunctionError, InvocationOutcome::TimedOut,
           InvocationOutcome::Cancelled, InvocationOutcome::Refused, InvocationOutcome::EngineError }) {
        if (invocationOutcomeName(outcome) == name)
            return outcome;
    }
    return std::nullopt;
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

constexpr EngineErrorKind AllEngineErrorKinds[] = {
    EngineErrorKind::None,           EngineErrorKind::NoBackend,      EngineErrorKind::SandboxFailed,
    EngineErrorKind::RuntimeMissing, EngineErrorKind::ListenerFailed, EngineErrorKind::InstanceStopped,
    EngineErrorKind::ShuttingDown,   EngineErrorKind::BuildFailed,    EngineErrorKind::Internal,
};

// Reads the fields of a JSON object one by one, remembering the first one that
// is missing or of the wrong type.
class FieldReader
{
public:
    explicit FieldReader(const QJsonObject &object)
        : m_object(object)
    { }

    QString error() const { return m_error; }

    // A string, or null/absent (empty) when optional.
    QString string(const QString &key, bool optional = false)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isString())
            return v.toString();
        if (optional && (v.isNull() || v.isUndefined()))
            return {};
        fail(key, optional ? "a string or null" : "a string");
        return {};
    }
    double number(const QString &key, double whenNull)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isDouble())
            return v.toDouble();
        if (v.isNull())
            return whenNull;
        fail(key, "a number");
        return whenNull;
    }
    bool boolean(const QString &key, bool whenAbsent)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isBool())
            return v.toBool();
        if (v.isUndefined())
            return whenAbsent;
        fail(key, "true or false");
        return whenAbsent;
    }
    QStringList strings(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return {};
        QStringList list;
        if (v.isArray()) {
            for (const QJsonValue item : v.toArray()) {
                if (!item.isString()) {
                    fail(key, "a list of strings");
                    return {};
                }
                list << item.toString();
            }
            return list;
        }
        fail(key, "a list of strings");
        return {};
    }
    void fail(const QString &key, const char *expected)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("\"%1\" is not %2").arg(key, QLatin1StringView(expected));
    }

private:
    const QJsonObject &m_object;
    QString m_error;
};

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
    if (restoreDurationMs >= 0)
        line += QStringLiteral("Restore Duration: %1 ms\tBilled Restore Duration: %2 ms\t")
                    .arg(restoreDurationMs, 0, 'f', 2)
                    .arg(qint64(std::ceil(qMax(0.0, billedRestoreDurationMs))));
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
    if (preparedSandbox)
        o.insert(QStringLiteral("preparedSandbox"), true);
    if (restoredFromSnapshot) {
        o.insert(QStringLiteral("restoredFromSnapshot"), true);
        o.insert(QStringLiteral("restoreDurationMs"), restoreDurationMs);
        o.insert(QStringLiteral("billedRestoreDurationMs"), billedRestoreDurationMs);
    }
    if (!snapStartNote.isEmpty())
        o.insert(QStringLiteral("snapStart"), snapStartNote);
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
    if (coldStartPhases.isKnown())
        o.insert(QStringLiteral("coldStartPhases"), coldStartPhases.toJson());
    if (streamed)
        o.insert(QStringLiteral("streamed"), true);
    if (!streamedBody.isEmpty())
        o.insert(QStringLiteral("streamedBody"), QString::fromUtf8(streamedBody));
    return o;
}

std::optional<InvocationResult> InvocationResult::fromJson(const QJsonObject &json, QString *error)
{
    FieldReader read(json);
    InvocationResult r;
    r.requestId = read.string(QStringLiteral("requestId")).toLatin1();
    r.functionId = read.string(QStringLiteral("functionId"));
    r.instanceId = read.string(QStringLiteral("instanceId"), true);
    const QString outcome = read.string(QStringLiteral("outcome"));
    if (const auto known = invocationOutcomeFromName(outcome))
        r.outcome = *known;
    else if (read.error().isEmpty())
        read.fail(QStringLiteral("outcome"), "a known outcome");
    r.coldStart = read.boolean(QStringLiteral("coldStart"), false);
    r.preparedSandbox = json.value(QStringLiteral("preparedSandbox")).toBool();
    r.restoredFromSnapshot = json.value(QStringLiteral("restoredFromSnapshot")).toBool();
    r.restoreDurationMs = json.value(QStringLiteral("restoreDurationMs")).toDouble(-1);
    r.billedRestoreDurationMs = json.value(QStringLiteral("billedRestoreDurationMs")).toDouble(-1);
    r.snapStartNote = json.value(QStringLiteral("snapStart")).toString();
    r.functionError = read.string(QStringLiteral("functionError"), true);
    r.errorType = read.string(QStringLiteral("errorType"), true);
    r.errorMessage = read.string(QStringLiteral("errorMessage"), true);
    const QJsonValue payloadValue = json.value(QStringLiteral("payload"));
    if (payloadValue.isUndefined())
        read.fail(QStringLiteral("payload"), "there");
    else
        r.payload = serializeJsonValue(payloadValue);
    r.durationMs = read.number(QStringLiteral("durationMs"), 0);
    r.billedDurationMs = qint64(read.number(QStringLiteral("billedDurationMs"), 0));
    r.initDurationMs = read.number(QStringLiteral("initDurationMs"), -1);
    r.coldStartPhases = ColdStartPhases::fromJson(json.value(QStringLiteral("coldStartPhases")).toObject());
    r.memorySizeMb = int(read.number(QStringLiteral("memorySizeMB"), 0));
    r.maxMemoryUsedMb = int(read.number(QStringLiteral("maxMemoryUsedMB"), -1));
    r.memoryLimitEnforced = read.boolean(QStringLiteral("memoryLimitEnforced"), true);
    r.logs = read.strings(QStringLiteral("logs"));
    const QString started = read.string(QStringLiteral("startedAt"), true);
    r.startedAt = QDateTime::fromString(started, Qt::ISODateWithMs);
    if (!started.isEmpty() && !r.startedAt.isValid())
        read.fail(QStringLiteral("startedAt"), "a date and time (ISO 8601)");
    r.stackTrace = read.strings(QStringLiteral("stackTrace"));
    r.engineError = read.string(QStringLiteral("engineError"), true);
    const QString kind = read.string(QStringLiteral("engineErrorKind"), true);
    const auto *found = std::ranges::find_if(AllEngineErrorKinds,
                                             [&kind](EngineErrorKind k) { return engineErrorKindName(k) == kind; });
    if (found != std::end(AllEngineErrorKinds))
        r.engineErrorKind = *found;
    else
        read.fail(QStringLiteral("engineErrorKind"), "a known kind of engine error");
    r.limitationNote = read.string(QStringLiteral("limitation"), true);
    r.streamed = read.boolean(QStringLiteral("streamed"), false);
    r.streamedBody = read.string(QStringLiteral("streamedBody"), true).toUtf8();
    if (!read.error().isEmpty()) {
        if (error)
            *error = read.error();
        return std::nullopt;
    }
    return r;
}

} // namespace Bullpen
