// SPDX-License-Identifier: MIT
#include "engine/runtimeapi/runtimeerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Bullpen {

namespace {

QStringList linesOf(const QJsonValue &value)
{
    QStringList lines;
    if (value.isString()) {
        lines = value.toString().split(QLatin1Char('\n'));
        return lines;
    }
    const QJsonArray array = value.toArray();
    lines.reserve(array.size());
    for (const QJsonValue &entry : array) {
        if (entry.isString()) {
            lines.append(entry.toString());
        } else if (entry.isArray()) {
            // Old Python runtimes sent [file, line, function, code] tuples.
            QStringList parts;
            for (const QJsonValue &part : entry.toArray())
                parts.append(part.isDouble() ? QString::number(part.toInteger()) : part.toString());
            lines.append(parts.join(QLatin1String(", ")));
        } else {
            lines.append(QString::fromUtf8(QJsonDocument(QJsonArray { entry }).toJson(QJsonDocument::Compact)));
        }
    }
    return lines;
}

} // namespace

RuntimeError RuntimeError::fromPost(QByteArrayView headerErrorType, const QByteArray &body)
{
    RuntimeError error;
    error.body = body;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    QByteArray bodyType;
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        error.errorMessage = object.value(QLatin1String("errorMessage")).toString();
        bodyType = object.value(QLatin1String("errorType")).toString().toUtf8();
        const QJsonValue stack = object.value(QLatin1String("stackTrace"));
        error.stackTrace
            = linesOf(stack.isUndefined() || stack.isNull() ? object.value(QLatin1String("trace")) : stack);
    }
    const QByteArrayView header = headerErrorType.trimmed();
    if (!header.isEmpty())
        error.errorType = header.toByteArray();
    else if (!bodyType.isEmpty())
        error.errorType = bodyType;
    else
        error.errorType = QByteArrayLiteral("Runtime.Unknown");
    return error;
}

} // namespace Bullpen
