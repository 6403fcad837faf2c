// SPDX-License-Identifier: MIT
#pragma once

#include "engine/async/asyncrecords.h"
#include "engine/invocation/invocationresult.h"
#include "engine/pool/poolevent.h"
#include "engine/project/functionconfig.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>
#include <memory>

class QLockFile;

namespace Bullpen {

class AsyncJournal;
class Invocation;
class Invoker;

// Where an event stands in the asynchronous queue.
enum class AsyncEventStatus : quint8 {
    Queued, // waiting for its turn (the per-function in-flight cap, or no engine yet)
    InFlight, // an attempt is running
    Retrying, // an attempt failed; the next is due at dueAtMs
    WaitingForFunction, // its function is not (or no longer) in the project
};
QString asyncEventStatusName(AsyncEventStatus status); // "queued", "inFlight", "retrying", "waitingForFunction"

// One event of the queue as a view lists it.
struct AsyncEventInfo
{
    QByteArray requestId;
    QString functionId;
    QString qualifier; // the alias or version it was sent to; empty: $LATEST
    AsyncEventStatus status = AsyncEventStatus::Queued;
    int attempts = 0; // attempts that reached the function and failed (MaximumRetryAttempts counts these)
    int invokeCount = 0; // attempts started, throttled and lost ones included (approximateInvokeCount)
    qint64 ageMs = 0; // pool time since it was accepted
    qint64 dueAtMs = -1; // Retrying: the next attempt (pool time)
    QString lastError; // the last attempt's error type and message
    qsizetype payloadBytes = 0;
};

// Lambda's asynchronous invocations (X-Amz-Invocation-Type: Event): an event is
// accepted at once (its request id is the 202's), kept on disk until it is
// delivered, and run through the Invoker like any other invocation, with its
// request id kept through every attempt. A function error (or timeout) is
// retried up to the function's MaximumRetryAttempts (Lambda's default 2), one
// minute after the first attempt and two after the second; throttles and
// engine errors are retried with back-off (1 s doubling to 5 min) without
// counting, until MaximumEventAgeInSeconds (default 6 h) has passed. Then the
// invocation record goes to the OnSuccess or OnFailure destination (another
// function of the project, invoked asynchronously in turn, or an on-disk queue
// for SQS, SNS and EventBridge) and a failed event to the DeadLetterQueue.
// Back-off and event age are measured on the pool clock (decisions §2), so a
// fast clock speeds them up; time while Bullpen is not running does not age
// an event (there is no pool clock then).
//
// Durability: every change is a line of the journal (<folder>/journal.jsonl)
// before it takes effect; the lines of one event-loop turn are synced together
// (AsyncJournal). A record goes to its destination in the same line that ends
// its event, so that an event is either still queued or delivered with its
// record, never both or neither; on-disk queues are written after that line
// and repaired from it at the next start. A queue destroyed while attempts run
// hands them to the next queue made on the same folder in this process (they
// are neither lost nor run again); after a crash, an attempt that was running
// is started again (the function may see it twice, as Lambda warns it can).
// Owns its journal and destination store; the Invoker is the caller's.
class AsyncInvocationQueue final : public QObject
{
    Q_OBJECT
public:
    // Opens (or creates) the queue kept in folder; events found there are
    // delivered once an Invoker is set and their functions are known. On
    // failure isValid() is false and errorString() says why.
    explicit AsyncInvocationQueue(const QString &folder, Invoker *invoker = nullptr, QObject *parent = nullptr);
    ~AsyncInvocationQueue() override;

    // Where a project's queue lives: the data folder, keyed by the project's
    // canonical path, shared by the window and `bullpen serve` (one owner at a time).
    static QString folderForProject(const QString &projectDirectory);

    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }
    QString folder() const { return m_folder; }

    // Accepts an event for function and returns its request id, or an empty
    // id with *error set when Lambda would refuse it: over the 1 MB
    // asynchronous limit (RequestEntityTooLargeException's message) or not
    // JSON (InvalidRequestContentException's). The function's configuration
    // is remembered for its later attempts and for events found at the next start.
    // qualifier: the alias or version the event was sent to (every attempt
    // runs it, its destination records name it); empty: $LATEST.
    QByteArray enqueue(const FunctionConfig &function, const QByteArray &payload, QString *error,
                       const QString &qualifier = {});
    // The project's functions: Lambda destinations are found among them, and
    // events of a function that is no longer there wait for it.
    void setFunctions(const QList<FunctionConfig> &functions);
    // The engine that runs the attempts; nullptr holds deliveries (a new
    // engine after a settings change picks them up).
    void setInvoker(Invoker *invoker);
    Invoker *invoker() const;
    // At most this many attempts of one function run at a time (default 8):
    // 10,000 queued events must not ask the pool for 1,000 instances at once.
    void setMaxInFlightPerFunction(int n);

    QList<AsyncEventInfo> events() const;
    int depth() const { return int(m_events.size()); }
    int inFlightCount() const;
    // The on-disk destination queues and their records.
    QStringList destinationQueues() const;
    QList<AsyncQueueRecord> destinationRecords(const QString &queue) const;

    // Lambda's back-off for a function error after attempt n (1-based): 1 min, then 2 min.
    static qint64 retryDelayMs(int failedAttempts);
    // Back-off for throttles and engine errors: 1 s, doubling, at most 5 min.
    static qint64 systemRetryDelayMs(int consecutive);

Q_SIGNALS:
    void eventChanged(const Bullpen::AsyncEventInfo &info);
    void eventRemoved(const QByteArray &requestId, const QString &condition);
    void destinationRecordAdded(const Bullpen::AsyncQueueRecord &record);
    // A journal or queue file could not be written: nothing new is accepted.
    void storageFailed(const QString &message);

private:
    struct Event;
    void recover(const QList<QJsonObject> &records);
    Event *eventFromRecord(const QJsonObject &record);
    QJsonObject acceptRecord(const Event &e) const;
    bool write(const QJsonObject &record);
    void scheduleSync();
    void syncNow();
    void compactIfWorthIt(bool force);
    void adoptHandedOver();
    void pumpAll();
    void pump(const QString &functionId);
    void dispatch(Event &e);
    void finishAttempt(const QByteArray &requestId, quint64 token, const InvocationResult &result);
    void scheduleRetry(Event &e, qint64 delayMs, const QString &why);
    void armTimer(Event &e, qint64 atAgeMs);
    void finish(Event &e, const QString &condition);
    qint64 poolNowMs() const;
    qint64 ageOf(const Event &e) const;
    const FunctionConfig *functionOf(const QString &functionId) const;
    const FunctionConfig *destinationFunction(const QString &target) const;
    AsyncEventInfo infoOf(const Event &e) const;
    void announce(const Event &e);
    void publish(PoolEventType type, const Event &e, const QString &detail, qint64 retryAtMs = -1);

    QString m_folder;
    bool m_valid = false;
    QString m_error;
    QPointer<Invoker> m_invoker;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<AsyncJournal> m_journal;
    std::unique_ptr<AsyncDestinationStore> m_store;
    QHash<QString, FunctionConfig> m_functions; // by logical id
    QHash<QByteArray, std::shared_ptr<Event>> m_events;
    QHash<QString, std::deque<QByteArray>> m_ready; // per function, in the order they became ready
    QHash<QByteArray, QPointer<Invocation>> m_running; // the attempts running now
    QHash<QString, int> m_inFlight; // per function
    int m_maxInFlight = 8;
    quint64 m_nextToken = 0;
    quint64 m_nextSerial = 0;
    int m_doneSinceCompaction = 0;
    bool m_syncQueued = false;
    QList<AsyncQueueRecord> m_pendingRecords; // for their queues once the journal has the lines that send them
};

} // namespace Bullpen

Q_DECLARE_METATYPE(Bullpen::AsyncEventInfo)
Q_DECLARE_METATYPE(Bullpen::AsyncQueueRecord)
