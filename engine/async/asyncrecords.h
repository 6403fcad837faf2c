// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/awsaccount.h"
#include "engine/invocation/invocationresult.h"
#include "engine/project/functionconfig.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

#include <memory>

namespace Bullpen {

// Lambda's words for how an asynchronous invocation ended (requestContext.condition).
namespace AsyncCondition {
inline QString success()
{
    return QStringLiteral("Success");
}
inline QString retriesExhausted()
{
    return QStringLiteral("RetriesExhausted");
}
inline QString eventAgeExceeded()
{
    return QStringLiteral("EventAgeExceeded");
}
} // namespace AsyncCondition

// What the queue remembers of an event's last attempt that reached the
// function: enough to write Lambda's records after a restart.
struct AsyncAttemptResult
{
    bool ran = false; // the function ran (a response or a function error)
    QString functionError; // "Unhandled" or empty
    QString errorType;
    QString errorMessage;
    QByteArray payload; // the function's response or error document

    static AsyncAttemptResult from(const InvocationResult &result);
    QJsonObject toJson() const;
    static AsyncAttemptResult fromJson(const QJsonObject &json);
};

// Lambda's destination record (the invocation record sent to OnSuccess /
// OnFailure): version, timestamp, requestContext {requestId, functionArn,
// condition, approximateInvokeCount}, requestPayload, responseContext
// {statusCode, executedVersion, functionError}, responsePayload. The payloads
// are the JSON values themselves (a text that is not JSON as a string);
// responseContext and responsePayload are left out when the function never ran.
QJsonObject asyncDestinationRecord(const FunctionConfig &function, const QByteArray &requestId,
                                   const QByteArray &eventPayload, const QString &condition, int invokeCount,
                                   const AsyncAttemptResult &last, const QDateTime &timestamp,
                                   const AwsAccount &account = {}, const QString &qualifier = {});
// The message a dead-letter queue receives, in SQS's shape: the original event
// as the body, with the attributes RequestID, ErrorCode and ErrorMessage.
QJsonObject asyncDeadLetterMessage(const QByteArray &requestId, const QByteArray &eventPayload,
                                   const AsyncAttemptResult &last, const QString &condition,
                                   const QDateTime &timestamp);
// "arn:aws:lambda:REGION:ACCOUNT:function:NAME:QUALIFIER" (the engine's region
// and account; the alias or version the event was sent to, $LATEST where none)
QString asyncFunctionArn(const FunctionConfig &function, const AwsAccount &account = {}, const QString &qualifier = {});

// One record of an on-disk destination queue as Bullpen keeps it.
struct AsyncQueueRecord
{
    QString queue; // "SQS/orders-failed"
    QByteArray requestId; // of the invocation it tells about
    QString condition; // Success, RetriesExhausted, EventAgeExceeded
    QDateTime queuedAt;
    QJsonObject message; // Lambda's record or the dead-letter message

    QJsonObject toJson() const;
    static AsyncQueueRecord fromJson(const QString &queue, const QJsonObject &json);
};

// The on-disk queues that stand in for SQS, SNS and EventBridge destinations
// and dead-letter queues: one file of JSON lines per queue under
// <folder>/<Type>/<name>.jsonl, appended to, never rewritten (a user may
// read or empty them). Written after the journal that orders them, so that
// a restart can finish what a crash interrupted (contains() says what is
// there already).
class AsyncDestinationStore final
{
public:
    explicit AsyncDestinationStore(QString folder);
    ~AsyncDestinationStore();

    const QString &folder() const { return m_folder; }
    static QString queueKey(const AsyncDestination &destination); // "SQS/name"
    bool append(const AsyncQueueRecord &record, QString *error = nullptr);
    bool contains(const QString &queue, const QByteArray &requestId);
    bool sync(QString *error = nullptr);
    // Every queue there is on disk, and a queue's records in order.
    QStringList queues() const;
    QList<AsyncQueueRecord> records(const QString &queue) const;

private:
    QString fileOf(const QString &queue) const;
    QFile *fileFor(const QString &queue, QString *error);
    void loadIds(const QString &queue);

    QString m_folder;
    QHash<QString, std::shared_ptr<QFile>> m_files;
    QSet<QFile *> m_dirty;
    QHash<QString, QSet<QByteArray>> m_ids; // per queue, loaded on first contains()
};

} // namespace Bullpen
