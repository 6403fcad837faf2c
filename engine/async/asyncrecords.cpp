// SPDX-License-Identifier: MIT
#include "engine/async/asyncrecords.h"

#include "engine/core/jsonvalue.h"
#include "engine/pool/snapstartuse.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUuid>

#include <unistd.h>

namespace Bullpen {

namespace {

QString isoTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// A payload as the JSON value it holds; a text that is not JSON stays a string.
QJsonValue payloadValue(const QByteArray &payload)
{
    if (payload.isEmpty())
        return QJsonValue::Null;
    const QJsonValue value = parseJsonValue(payload);
    return value.isUndefined() ? QJsonValue(QString::fromUtf8(payload)) : value;
}

QJsonObject attribute(const QString &type, const QString &value)
{
    return { { QStringLiteral("DataType"), type }, { QStringLiteral("StringValue"), value } };
}

} // namespace

AsyncAttemptResult AsyncAttemptResult::from(const InvocationResult &result)
{
    AsyncAttemptResult r;
    r.ran = result.outcome == InvocationOutcome::Succeeded || result.outcome == InvocationOutcome::FunctionError
        || result.outcome == InvocationOutcome::TimedOut;
    r.functionError = result.functionError;
    if (r.functionError.isEmpty() && r.ran && !result.succeeded())
        r.functionError = QStringLiteral("Unhandled");
    r.errorType = result.errorType;
    r.errorMessage = result.errorMessage.isEmpty() ? result.engineError : result.errorMessage;
    r.payload = result.payload;
    return r;
}

QJsonObject AsyncAttemptResult::toJson() const
{
    QJsonObject json { { QStringLiteral("ran"), ran } };
    if (!functionError.isEmpty())
        json.insert(QStringLiteral("functionError"), functionError);
    if (!errorType.isEmpty())
        json.insert(QStringLiteral("errorType"), errorType);
    if (!errorMessage.isEmpty())
        json.insert(QStringLiteral("errorMessage"), errorMessage);
    if (!payload.isEmpty())
        json.insert(QStringLiteral("payload"), QString::fromUtf8(payload));
    return json;
}

AsyncAttemptResult AsyncAttemptResult::fromJson(const QJsonObject &json)
{
    AsyncAttemptResult r;
    r.ran = json.value(QStringLiteral("ran")).toBool();
    r.functionError = json.value(QStringLiteral("functionError")).toString();
    r.errorType = json.value(QStringLiteral("errorType")).toString();
    r.errorMessage = json.value(QStringLiteral("errorMessage")).toString();
    r.payload = json.value(QStringLiteral("payload")).toString().toUtf8();
    return r;
}

QString asyncFunctionArn(const FunctionConfig &function, const AwsAccount &account, const QString &qualifier)
{
    // The qualifier the event was sent to is part of the ARN in Lambda's records; none is $LATEST.
    return account.functionArn(function.functionName, qualifier.isEmpty() ? QStringLiteral("$LATEST") : qualifier);
}

QJsonObject asyncDestinationRecord(const FunctionConfig &function, const QByteArray &requestId,
                                   const QByteArray &eventPayload, const QString &condition, int invokeCount,
                                   const AsyncAttemptResult &last, const QDateTime &timestamp,
                                   const AwsAccount &account, const QString &qualifier)
{
    QJsonObject record {
        { QStringLiteral("version"), QStringLiteral("1.0") },
        { QStringLiteral("timestamp"), isoTimestamp(timestamp) },
        { QStringLiteral("requestContext"),
          QJsonObject { { QStringLiteral("requestId"), QString::fromLatin1(requestId) },
                        { QStringLiteral("functionArn"), asyncFunctionArn(function, account, qualifier) },
                        { QStringLiteral("condition"), condition },
                        { QStringLiteral("approximateInvokeCount"), invokeCount } } },
        { QStringLiteral("requestPayload"), payloadValue(eventPayload) },
    };
    if (last.ran) {
        QJsonObject response { { QStringLiteral("statusCode"), 200 },
                               { QStringLiteral("executedVersion"), publishedVersion(function, qualifier) } };
        if (!last.functionError.isEmpty())
            response.insert(QStringLiteral("functionError"), last.functionError);
        record.insert(QStringLiteral("responseContext"), response);
        record.insert(QStringLiteral("responsePayload"), payloadValue(last.payload));
    }
    return record;
}

QJsonObject asyncDeadLetterMessage(const QByteArray &requestId, const QByteArray &eventPayload,
                                   const AsyncAttemptResult &last, const QString &condition, const QDateTime &timestamp)
{
    // Lambda puts the invocation's status code in ErrorCode (200 for a
    // function error: the Invoke call itself succeeded) and the error's
    // message, cut to 1 KB, in ErrorMessage.
    QString message = last.errorMessage;
    if (message.isEmpty())
        message = condition == AsyncCondition::eventAgeExceeded()
            ? QStringLiteral("Event age exceeded the function's MaximumEventAgeInSeconds")
            : last.errorType;
    const int code = last.ran ? 200 : (last.errorType == u"TooManyRequestsException" ? 429 : 500);
    return {
        { QStringLiteral("messageId"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("body"), QString::fromUtf8(eventPayload) },
        { QStringLiteral("attributes"),
          QJsonObject { { QStringLiteral("SentTimestamp"), QString::number(timestamp.toMSecsSinceEpoch()) } } },
        { QStringLiteral("messageAttributes"),
          QJsonObject {
              { QStringLiteral("RequestID"), attribute(QStringLiteral("String"), QString::fromLatin1(requestId)) },
              { QStringLiteral("ErrorCode"), attribute(QStringLiteral("Number"), QString::number(code)) },
              { QStringLiteral("ErrorMessage"), attribute(QStringLiteral("String"), message.left(1024)) } } },
    };
}

QJsonObject AsyncQueueRecord::toJson() const
{
    return { { QStringLiteral("requestId"), QString::fromLatin1(requestId) },
             { QStringLiteral("condition"), condition },
             { QStringLiteral("queuedAt"), isoTimestamp(queuedAt) },
             { QStringLiteral("message"), message } };
}

AsyncQueueRecord AsyncQueueRecord::fromJson(const QString &queue, const QJsonObject &json)
{
    AsyncQueueRecord r;
    r.queue = queue;
    r.requestId = json.value(QStringLiteral("requestId")).toString().toLatin1();
    r.condition = json.value(QStringLiteral("condition")).toString();
    r.queuedAt = QDateTime::fromString(json.value(QStringLiteral("queuedAt")).toString(), Qt::ISODateWithMs);
    r.message = json.value(QStringLiteral("message")).toObject();
    return r;
}

AsyncDestinationStore::AsyncDestinationStore(QString folder)
    : m_folder(std::move(folder))
{ }

AsyncDestinationStore::~AsyncDestinationStore()
{
    sync();
}

QString AsyncDestinationStore::queueKey(const AsyncDestination &destination)
{
    // A name is a file name here: keep what SQS and SNS allow in names.
    QString name = destination.target;
    for (QChar &c : name)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
            c = u'_';
    if (name.startsWith(u'.'))
        name.prepend(u'_');
    return destination.type + u'/' + name;
}

QString AsyncDestinationStore::fileOf(const QString &queue) const
{
    return m_folder + u'/' + queue + QStringLiteral(".jsonl");
}

QFile *AsyncDestinationStore::fileFor(const QString &queue, QString *error)
{
    auto it = m_files.find(queue);
    if (it != m_files.end())
        return it->get();
    const QString path = fileOf(queue);
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered)) {
        if (error)
            *error = QStringLiteral("cannot write the queue %1: %2").arg(path, file->errorString());
        return nullptr;
    }
    // A line torn by a crash is cut off, so that the next record starts a line of its own.
    if (file->size() > 0) {
        QFile in(path);
        if (in.open(QIODevice::ReadOnly)) {
            const QByteArray content = in.readAll();
            const qsizetype lastNewline = content.lastIndexOf('\n');
            if (lastNewline + 1 != content.size())
                file->resize(lastNewline + 1);
        }
    }
    m_files.insert(queue, file);
    return file.get();
}

bool AsyncDestinationStore::append(const AsyncQueueRecord &record, QString *error)
{
    QFile *file = fileFor(record.queue, error);
    if (!file)
        return false;
    QByteArray line = QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact);
    line.append('\n');
    if (file->write(line) != line.size()) {
        if (error)
            *error = QStringLiteral("cannot write the queue %1: %2").arg(file->fileName(), file->errorString());
        return false;
    }
    m_dirty.insert(file);
    auto ids = m_ids.find(record.queue);
    if (ids != m_ids.end())
        ids->insert(record.requestId);
    return true;
}

void AsyncDestinationStore::loadIds(const QString &queue)
{
    QSet<QByteArray> &ids = m_ids[queue];
    for (const AsyncQueueRecord &r : records(queue))
        ids.insert(r.requestId);
}

bool AsyncDestinationStore::contains(const QString &queue, const QByteArray &requestId)
{
    if (!m_ids.contains(queue))
        loadIds(queue);
    return m_ids.value(queue).contains(requestId);
}

bool AsyncDestinationStore::sync(QString *error)
{
    bool ok = true;
    for (QFile *file : std::as_const(m_dirty)) {
        if (::fdatasync(file->handle()) != 0) {
            ok = false;
            if (error)
                *error = QStringLiteral("cannot sync the queue %1").arg(file->fileName());
        }
    }
    m_dirty.clear();
    return ok;
}

QStringList AsyncDestinationStore::queues() const
{
    QStringList result;
    QDirIterator it(m_folder, { QStringLiteral("*.jsonl") }, QDir::Files, QDirIterator::Subdirectories);
    const QDir base(m_folder);
    while (it.hasNext()) {
        const QString relative = base.relativeFilePath(it.next());
        result.append(relative.chopped(6)); // ".jsonl"
    }
    result.sort();
    return result;
}

QList<AsyncQueueRecord> AsyncDestinationStore::records(const QString &queue) const
{
    QList<AsyncQueueRecord> result;
    QFile in(fileOf(queue));
    if (!in.open(QIODevice::ReadOnly))
        return result;
    const QList<QByteArray> lines = in.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            result.append(AsyncQueueRecord::fromJson(queue, doc.object()));
    }
    return result;
}

} // namespace Bullpen
