// SPDX-License-Identifier: MIT
#include "widgets/invoke/historyfile.h"

#include "widgets/invoke/historymodel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimeZone>

namespace Bullpen::HistoryFile {

namespace {

const auto FormatName = QStringLiteral("bullpen-history");

// Bytes as text when they are UTF-8 (events and responses are JSON), else base64.
QJsonValue bytesToJson(const QByteArray &bytes)
{
    if (QByteArrayView(bytes).isValidUtf8())
        return QString::fromUtf8(bytes);
    return QJsonObject { { QStringLiteral("base64"), QString::fromLatin1(bytes.toBase64()) } };
}

std::optional<QByteArray> bytesFromJson(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toUtf8();
    if (value.isObject() && value.toObject().value(QStringLiteral("base64")).isString()) {
        const auto decoded
            = QByteArray::fromBase64Encoding(value.toObject().value(QStringLiteral("base64")).toString().toLatin1(),
                                             QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            return *decoded;
    }
    return std::nullopt;
}

QJsonObject functionToJson(const FunctionConfig &f)
{
    QJsonObject environment;
    for (auto it = f.environment.cbegin(); it != f.environment.cend(); ++it)
        environment.insert(it.key(), it.value());
    QJsonArray schedules;
    for (const ScheduleSource &s : f.schedules)
        schedules.append(QJsonObject { { QStringLiteral("name"), s.name },
                                       { QStringLiteral("expression"), s.expression },
                                       { QStringLiteral("input"), s.input },
                                       { QStringLiteral("enabled"), s.enabled } });
    return {
        { QStringLiteral("logicalId"), f.logicalId },
        { QStringLiteral("functionName"), f.functionName },
        { QStringLiteral("handler"), f.handler },
        { QStringLiteral("runtime"), f.runtime },
        { QStringLiteral("codeUri"), f.codeUri },
        { QStringLiteral("codeDirectory"), f.codeDirectory },
        { QStringLiteral("memorySizeMb"), f.memorySizeMb },
        { QStringLiteral("timeoutSeconds"), f.timeoutSeconds },
        { QStringLiteral("ephemeralStorageMb"), f.ephemeralStorageMb },
        { QStringLiteral("environment"), environment },
        { QStringLiteral("architectures"), QJsonArray::fromStringList(f.architectures) },
        { QStringLiteral("layers"), QJsonArray::fromStringList(f.layers) },
        { QStringLiteral("reservedConcurrentExecutions"), f.reservedConcurrentExecutions },
        { QStringLiteral("provisionedConcurrentExecutions"), f.provisionedConcurrentExecutions },
        { QStringLiteral("autoPublishAlias"), f.autoPublishAlias },
        { QStringLiteral("schedules"), schedules },
        { QStringLiteral("line"), f.line },
    };
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue item : value.toArray())
        list << item.toString();
    return list;
}

std::optional<FunctionConfig> functionFromJson(const QJsonObject &o, QString *error)
{
    FunctionConfig f;
    for (const char *required : { "logicalId", "handler", "runtime", "codeDirectory" }) {
        if (!o.value(QLatin1StringView(required)).isString()) {
            *error = QStringLiteral("\"function.%1\" is not a string").arg(QLatin1StringView(required));
            return std::nullopt;
        }
    }
    f.logicalId = o.value(QStringLiteral("logicalId")).toString();
    f.functionName = o.value(QStringLiteral("functionName")).toString(f.logicalId);
    f.handler = o.value(QStringLiteral("handler")).toString();
    f.runtime = o.value(QStringLiteral("runtime")).toString();
    f.codeUri = o.value(QStringLiteral("codeUri")).toString();
    f.codeDirectory = o.value(QStringLiteral("codeDirectory")).toString();
    f.memorySizeMb = o.value(QStringLiteral("memorySizeMb")).toInt(f.memorySizeMb);
    f.timeoutSeconds = o.value(QStringLiteral("timeoutSeconds")).toInt(f.timeoutSeconds);
    f.ephemeralStorageMb = o.value(QStringLiteral("ephemeralStorageMb")).toInt(f.ephemeralStorageMb);
    const QJsonObject environment = o.value(QStringLiteral("environment")).toObject();
    for (auto it = environment.constBegin(); it != environment.constEnd(); ++it)
        f.environment.insert(it.key(), it.value().toString());
    if (o.contains(QStringLiteral("architectures")))
        f.architectures = stringList(o.value(QStringLiteral("architectures")));
    f.layers = stringList(o.value(QStringLiteral("layers")));
    f.reservedConcurrentExecutions
        = o.value(QStringLiteral("reservedConcurrentExecutions")).toInt(f.reservedConcurrentExecutions);
    f.provisionedConcurrentExecutions
        = o.value(QStringLiteral("provisionedConcurrentExecutions")).toInt(f.provisionedConcurrentExecutions);
    f.autoPublishAlias = o.value(QStringLiteral("autoPublishAlias")).toString();
    for (const QJsonValue item : o.value(QStringLiteral("schedules")).toArray()) {
        const QJsonObject s = item.toObject();
        f.schedules.append(ScheduleSource {
            s.value(QStringLiteral("name")).toString(), s.value(QStringLiteral("expression")).toString(),
            s.value(QStringLiteral("input")).toString(), s.value(QStringLiteral("enabled")).toBool(true) });
    }
    f.line = o.value(QStringLiteral("line")).toInt();
    return f;
}

// The file next to path that keeps what could not be read, named for now.
QString asidePath(const QString &path)
{
    return path + QStringLiteral(".unreadable-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

} // namespace

QString pathFor(const QString &projectDirectory)
{
    const QFileInfo info(projectDirectory);
    const QString canonical = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history/")
        + QString::fromLatin1(hash.left(32)) + QStringLiteral(".json");
}

QJsonObject entryToJson(const HistoryEntry &entry)
{
    // toJson() writes the response parsed, which loses its key order and spacing: its bytes
    // are kept once, as "response", in the order the function wrote them.
    QJsonObject result = entry.result.toJson();
    result.insert(QStringLiteral("payload"), QJsonValue::Null);
    QJsonObject o {
        { QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("function"), functionToJson(entry.function) },
        { QStringLiteral("codeRevision"), entry.codeRevision },
        { QStringLiteral("eventName"), entry.eventName },
        { QStringLiteral("event"), bytesToJson(entry.payload) },
        { QStringLiteral("result"), result },
        { QStringLiteral("response"), bytesToJson(entry.result.payload) },
    };
    if (!entry.result.contentType.isEmpty())
        o.insert(QStringLiteral("contentType"), QString::fromLatin1(entry.result.contentType));
    return o;
}

std::optional<HistoryEntry> entryFromJson(const QJsonObject &json, QString *error)
{
    QString why;
    HistoryEntry entry;
    entry.time = QDateTime::fromString(json.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    if (!entry.time.isValid())
        why = QStringLiteral("\"time\" is not a date and time");
    std::optional<FunctionConfig> function;
    if (why.isEmpty())
        function = functionFromJson(json.value(QStringLiteral("function")).toObject(), &why);
    const auto event = bytesFromJson(json.value(QStringLiteral("event")));
    if (why.isEmpty() && !event)
        why = QStringLiteral("\"event\" is not a text");
    const auto response = bytesFromJson(json.value(QStringLiteral("response")));
    if (why.isEmpty() && !response)
        why = QStringLiteral("\"response\" is not a text");
    std::optional<InvocationResult> result;
    if (why.isEmpty()) {
        result = InvocationResult::fromJson(json.value(QStringLiteral("result")).toObject(), &why);
        if (!result)
            why = QStringLiteral("result: ") + why;
    }
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    entry.time = entry.time.toLocalTime();
    entry.function = *function;
    entry.codeRevision = json.value(QStringLiteral("codeRevision")).toInt();
    entry.eventName = json.value(QStringLiteral("eventName")).toString();
    entry.payload = *event;
    entry.result = *result;
    entry.result.payload = *response;
    entry.result.eventPayload = *event;
    entry.result.contentType = json.value(QStringLiteral("contentType")).toString().toLatin1();
    return entry;
}

Loaded load(const QString &path)
{
    Loaded loaded;
    QFile file(path);
    if (!file.exists())
        return loaded;
    loaded.exists = true;
    auto unreadable = [&](const QString &why) {
        loaded.unreadable = true;
        loaded.problem = why;
        return loaded;
    };
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(file.errorString());
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return unreadable(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return unreadable(
            QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject top = document.object();
    if (!document.isObject() || top.value(QStringLiteral("format")).toString() != FormatName)
        return unreadable(QStringLiteral("not a Bullpen history file"));
    const int version = top.value(QStringLiteral("version")).toInt();
    if (version > FormatVersion) {
        loaded.newerFormat = true;
        loaded.problem = QStringLiteral("written by a newer Bullpen (format %1; this one reads %2)")
                             .arg(version)
                             .arg(FormatVersion);
        return loaded;
    }
    if (!top.value(QStringLiteral("entries")).isArray())
        return unreadable(QStringLiteral("\"entries\" is not a list"));
    const QJsonArray entries = top.value(QStringLiteral("entries")).toArray();
    QString firstError;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QString why;
        const QJsonObject json = entries.at(i).toObject();
        auto entry = entryFromJson(json, &why);
        if (!entry) {
            if (firstError.isEmpty())
                firstError = QStringLiteral("entry %1: %2").arg(i + 1).arg(why);
            ++loaded.skipped;
            continue;
        }
        loaded.entries.append(*entry);
        loaded.serialized.append(QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
    if (loaded.skipped > 0)
        loaded.problem = QStringLiteral("%1 of %2 entries could not be read (%3)")
                             .arg(loaded.skipped)
                             .arg(entries.size())
                             .arg(firstError);
    return loaded;
}

int save(const QString &path, const QString &projectDirectory, const QList<QByteArray> &serialized, QString *error)
{
    // The newest entries that fit.
    qsizetype first = serialized.size();
    qint64 bytes = 0;
    while (first > 0 && bytes + serialized.at(first - 1).size() + 1 <= MaxBytes) {
        --first;
        bytes += serialized.at(first).size() + 1;
    }
    const QByteArray project = QJsonDocument(QJsonArray { projectDirectory }).toJson(QJsonDocument::Compact);
    QByteArray text;
    text.reserve(bytes + project.size() + 128);
    text += "{\"format\":\"" + FormatName.toLatin1() + "\",\"version\":" + QByteArray::number(FormatVersion)
        + ",\"project\":" + project.mid(1, project.size() - 2) + ",\"entries\":[\n";
    for (qsizetype i = first; i < serialized.size(); ++i) {
        text += serialized.at(i);
        if (i + 1 < serialized.size())
            text += ",\n";
    }
    text += "\n]}\n";

    const QString directory = QFileInfo(path).absolutePath();
    QSaveFile file(path);
    if (!QDir().mkpath(directory) || !file.open(QIODevice::WriteOnly) || file.write(text) != text.size()
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return -1;
    }
    return int(serialized.size() - first);
}

QString keepAside(const QString &path, bool copy, QString *error)
{
    const QString aside = asidePath(path);
    const bool kept = copy ? QFile::copy(path, aside) : QFile::rename(path, aside);
    if (!kept) {
        if (error)
            *error = (copy ? QStringLiteral("it could not be copied to %1")
                           : QStringLiteral("it could not be renamed to %1"))
                         .arg(aside);
        return {};
    }
    return aside;
}

} // namespace Bullpen::HistoryFile
