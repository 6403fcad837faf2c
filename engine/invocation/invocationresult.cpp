// SPDX-License-Identifier: MIT
#include "engine/invocation/invocationresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Bullpen {

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
    QJsonValue parsedPayload;
    QJsonParseError parseError;
    // QJsonDocument only takes objects and arrays; wrapping accepts any JSON value.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + payload + "]", &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.array().size() == 1)
        parsedPayload = doc.array().first();
    else
        parsedPayload = QString::fromUtf8(payload);
    QJsonObject o{
        {QStringLiteral("requestId"), QString::fromLatin1(requestId)},
        {QStringLiteral("functionId"), functionId},
        {QStringLiteral("instanceId"), orNull(instanceId)},
        {QStringLiteral("coldStart"), coldStart},
        {QStringLiteral("functionError"), orNull(functionError)},
        {QStringLiteral("errorType"), orNull(errorType)},
        {QStringLiteral("errorMessage"), orNull(errorMessage)},
        {QStringLiteral("payload"), parsedPayload},
        {QStringLiteral("durationMs"), durationMs},
        {QStringLiteral("billedDurationMs"), billedDurationMs},
        {QStringLiteral("initDurationMs"), initDurationMs >= 0 ? QJsonValue(initDurationMs) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("memorySizeMB"), memorySizeMb},
        {QStringLiteral("maxMemoryUsedMB"), maxMemoryUsedMb >= 0 ? QJsonValue(maxMemoryUsedMb) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("memoryLimitEnforced"), memoryLimitEnforced},
        {QStringLiteral("logs"), QJsonArray::fromStringList(logs)},
        {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs)},
    };
    if (!stackTrace.isEmpty())
        o.insert(QStringLiteral("stackTrace"), QJsonArray::fromStringList(stackTrace));
    if (!engineError.isEmpty())
        o.insert(QStringLiteral("engineError"), engineError);
    if (!limitationNote.isEmpty())
        o.insert(QStringLiteral("limitation"), limitationNote);
    return o;
}

} // namespace Bullpen
