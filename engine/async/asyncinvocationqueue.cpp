// SPDX-License-Identifier: MIT
#include "engine/async/asyncinvocationqueue.h"

#include "engine/async/asyncjournal.h"
#include "engine/core/jsonvalue.h"
#include "engine/invocation/invocation.h"
#include "engine/invoke/invoker.h"
#include "engine/pool/poolevent.h"
#include "engine/project/lambdalimits.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QMetaMethod>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <deque>
#include <optional>

namespace Bullpen {

namespace {

const int asyncEventInfoMetaTypeId = qRegisterMetaType<Bullpen::AsyncEventInfo>();
const int asyncQueueRecordMetaTypeId = qRegisterMetaType<Bullpen::AsyncQueueRecord>();

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// Attempts a destroyed queue left running, held for the next queue opened on
// the same folder in this process: their results are neither lost (the event
// would be run again) nor taken by nobody.
class AsyncHandover final : public QObject
{
    Q_OBJECT
public:
    QHash<QByteArray, std::optional<InvocationResult>> results;

    void take(Invocation *invocation)
    {
        const QByteArray id = invocation->requestId();
        results.insert(id, std::nullopt);
        connect(invocation, &Invocation::finished, this, [this, id](const InvocationResult &r) { settle(id, r); });
        connect(invocation, &QObject::destroyed, this, [this, id] {
            if (results.contains(id) && !results.value(id)) {
                InvocationResult lost;
                lost.requestId = id;
                lost.outcome = InvocationOutcome::EngineError;
                lost.engineErrorKind = EngineErrorKind::InstanceStopped;
                lost.engineError = QStringLiteral("the attempt's engine went away before it ended");
                settle(id, lost);
            }
        });
    }
    void settle(const QByteArray &id, const InvocationResult &r)
    {
        if (!results.contains(id) || results.value(id))
            return;
        results[id] = r;
        Q_EMIT resultReady(id, r);
    }

Q_SIGNALS:
    void resultReady(const QByteArray &id, const Bullpen::InvocationResult &result);
};

QHash<QString, QPointer<AsyncHandover>> &handovers()
{
    static QHash<QString, QPointer<AsyncHandover>> all;
    return all;
}

} // namespace

QString asyncEventStatusName(AsyncEventStatus status)
{
    switch (status) {
    case AsyncEventStatus::Queued:
        return QStringLiteral("queued");
    case AsyncEventStatus::InFlight:
        return QStringLiteral("inFlight");
    case AsyncEventStatus::Retrying:
        return QStringLiteral("retrying");
    case AsyncEventStatus::WaitingForFunction:
        return QStringLiteral("waitingForFunction");
    }
    return {};
}

struct AsyncInvocationQueue::Event
{
    QByteArray requestId;
    QString functionId;
    QString qualifier; // the alias or version it was sent to; empty: $LATEST
    QByteArray payload;
    QDateTime acceptedAt;
    quint64 serial = 0; // acceptance order (times tie)
    qint64 ageBaseMs = 0; // the event's age at sinceMs
    qint64 sinceMs = 0; // on the current engine's pool clock
    int attempts = 0;
    int invokeCount = 0;
    int systemRetries = 0; // consecutive throttles and engine errors
    AsyncEventStatus status = AsyncEventStatus::Queued;
    qint64 dueAtAgeMs = -1;
    quint64 timer = 0;
    quint64 token = 0; // the running attempt's
    AsyncAttemptResult last;
    QString lastError;
    bool recoveredInFlight = false;
};

AsyncInvocationQueue::AsyncInvocationQueue(const QString &folder, Invoker *invoker, QObject *parent)
    : QObject(parent)
    , m_folder(QDir::cleanPath(QDir(folder).absolutePath()))
    , m_invoker(invoker)
{
    if (!QDir().mkpath(m_folder)) {
        m_error = QStringLiteral("cannot create the asynchronous queue's folder %1").arg(m_folder);
        return;
    }
    // Two queues appending to one journal would deliver its events twice: one owner at a time
    // (a lock left by a crashed process is taken over: QLockFile checks its pid).
    m_lock = std::make_unique<QLockFile>(m_folder + QStringLiteral("/lock"));
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, application;
        m_lock->getLockInfo(&pid, &host, &application);
        m_error = QStringLiteral("the asynchronous queue in %1 is in use by another program (%2, pid %3)")
                      .arg(m_folder, application)
                      .arg(pid);
        return;
    }
    m_journal = std::make_unique<AsyncJournal>(m_folder + QStringLiteral("/journal.jsonl"));
    m_store = std::make_unique<AsyncDestinationStore>(m_folder + QStringLiteral("/queues"));
    QList<QJsonObject> records;
    int dropped = 0;
    if (!m_journal->open(&records, &dropped, &m_error))
        return;
    m_valid = true;
    recover(records);
    // Ready at once, so that the journal holds live events only from here on.
    compactIfWorthIt(true);
    adoptHandedOver();
    if (m_invoker)
        connect(m_invoker, &QObject::destroyed, this, [this] { setInvoker(nullptr); });
    for (const auto &e : std::as_const(m_events))
        if (e->status == AsyncEventStatus::Retrying)
            armTimer(*e, e->dueAtAgeMs);
    scheduleSync();
}

AsyncInvocationQueue::~AsyncInvocationQueue()
{
    if (!m_valid)
        return;
    syncNow();
    // Attempts still running go on in the engine: the next queue on this folder takes their results.
    AsyncHandover *handover = nullptr;
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        Invocation *invocation = it.value().data();
        if (!invocation || invocation->isFinished())
            continue;
        if (!handover) {
            handover = handovers().value(m_folder);
            if (!handover) {
                handover = new AsyncHandover;
                handovers().insert(m_folder, handover);
            }
        }
        handover->take(invocation);
    }
}

// ---- the journal ----

QJsonObject AsyncInvocationQueue::acceptRecord(const Event &e) const
{
    QJsonObject record { { key("op"), key("accept") },
                         { key("id"), QString::fromLatin1(e.requestId) },
                         { key("fn"), e.functionId },
                         { key("payload"), QString::fromUtf8(e.payload) },
                         { key("at"), e.acceptedAt.toMSecsSinceEpoch() },
                         { key("seq"), qint64(e.serial) },
                         { key("age"), ageOf(e) } };
    if (!e.qualifier.isEmpty()) // journals from before it have none: $LATEST
        record.insert(key("qualifier"), e.qualifier);
    if (e.attempts)
        record.insert(key("attempts"), e.attempts);
    if (e.invokeCount)
        record.insert(key("invokes"), e.invokeCount);
    if (e.systemRetries)
        record.insert(key("sys"), e.systemRetries);
    if (e.last.ran || !e.last.errorType.isEmpty())
        record.insert(key("last"), e.last.toJson());
    if (!e.lastError.isEmpty())
        record.insert(key("error"), e.lastError);
    if (e.status == AsyncEventStatus::InFlight)
        record.insert(key("inFlight"), true);
    if (e.status == AsyncEventStatus::Retrying)
        record.insert(key("due"), e.dueAtAgeMs);
    return record;
}

AsyncInvocationQueue::Event *AsyncInvocationQueue::eventFromRecord(const QJsonObject &r)
{
    auto e = std::make_shared<Event>();
    e->requestId = r.value(key("id")).toString().toLatin1();
    e->functionId = r.value(key("fn")).toString();
    e->qualifier = r.value(key("qualifier")).toString();
    e->payload = r.value(key("payload")).toString().toUtf8();
    e->acceptedAt = QDateTime::fromMSecsSinceEpoch(r.value(key("at")).toInteger(), QTimeZone::UTC);
    e->serial = quint64(r.value(key("seq")).toInteger());
    m_nextSerial = qMax(m_nextSerial, e->serial);
    e->ageBaseMs = r.value(key("age")).toInteger();
    e->sinceMs = poolNowMs();
    e->attempts = r.value(key("attempts")).toInt();
    e->invokeCount = r.value(key("invokes")).toInt();
    e->systemRetries = r.value(key("sys")).toInt();
    e->last = AsyncAttemptResult::fromJson(r.value(key("last")).toObject());
    e->lastError = r.value(key("error")).toString();
    e->recoveredInFlight = r.value(key("inFlight")).toBool();
    if (r.contains(key("due"))) {
        e->status = AsyncEventStatus::Retrying;
        e->dueAtAgeMs = r.value(key("due")).toInteger();
    }
    if (e->requestId.isEmpty())
        return nullptr;
    m_events.insert(e->requestId, e);
    return e.get();
}

void AsyncInvocationQueue::recover(const QList<QJsonObject> &records)
{
    QList<AsyncQueueRecord> written; // by the lines that ended events: make sure each is in its queue
    for (const QJsonObject &r : records) {
        const QString op = r.value(key("op")).toString();
        const QByteArray id = r.value(key("id")).toString().toLatin1();
        if (op == u"accept") {
            eventFromRecord(r);
            continue;
        }
        const auto it = m_events.find(id);
        if (it == m_events.end())
            continue;
        Event &e = **it;
        if (op == u"attempt") {
            e.invokeCount = r.value(key("n")).toInt();
            e.ageBaseMs = r.value(key("age")).toInteger(e.ageBaseMs);
            e.recoveredInFlight = true;
            e.status = AsyncEventStatus::Queued;
        } else if (op == u"retry") {
            e.attempts = r.value(key("attempts")).toInt();
            e.invokeCount = r.value(key("invokes")).toInt();
            e.systemRetries = r.value(key("sys")).toInt();
            e.ageBaseMs = r.value(key("age")).toInteger(e.ageBaseMs);
            e.dueAtAgeMs = r.value(key("due")).toInteger();
            e.last = AsyncAttemptResult::fromJson(r.value(key("last")).toObject());
            e.lastError = r.value(key("error")).toString();
            e.recoveredInFlight = false;
            e.status = AsyncEventStatus::Retrying;
        } else if (op == u"done") {
            m_events.erase(it);
            for (const QJsonValue &v : r.value(key("records")).toArray()) {
                const QJsonObject o = v.toObject();
                written.append(AsyncQueueRecord::fromJson(o.value(key("queue")).toString(), o));
            }
            for (const QJsonValue &v : r.value(key("then")).toArray())
                eventFromRecord(v.toObject());
        }
    }
    for (const AsyncQueueRecord &record : std::as_const(written))
        if (!m_store->contains(record.queue, record.requestId))
            m_store->append(record);
    m_store->sync();
    // Events that wait go back in line in the order they were accepted.
    QList<std::shared_ptr<Event>> waiting;
    for (const auto &e : std::as_const(m_events))
        if (e->status == AsyncEventStatus::Queued && !e->recoveredInFlight)
            waiting.append(e);
    std::sort(waiting.begin(), waiting.end(), [](const auto &a, const auto &b) { return a->serial < b->serial; });
    for (const auto &e : std::as_const(waiting))
        m_ready[e->functionId].push_back(e->requestId);
}

void AsyncInvocationQueue::adoptHandedOver()
{
    AsyncHandover *handover = handovers().value(m_folder);
    for (const auto &shared : std::as_const(m_events)) {
        Event &e = *shared;
        if (!e.recoveredInFlight)
            continue;
        e.recoveredInFlight = false;
        const QByteArray id = e.requestId;
        if (!handover || !handover->results.contains(id)) {
            // The attempt died with the process that ran it: run it again (after a crash Lambda may, too).
            e.status = AsyncEventStatus::Queued;
            e.lastError = QStringLiteral("the attempt was interrupted (Bullpen stopped); it runs again");
            m_ready[e.functionId].push_front(id);
            continue;
        }
        e.status = AsyncEventStatus::InFlight;
        e.token = ++m_nextToken;
        ++m_inFlight[e.functionId];
        const quint64 token = e.token;
        auto deliver = [this, id, token](const InvocationResult &r) {
            if (AsyncHandover *h = handovers().value(m_folder)) {
                h->results.remove(id);
                if (h->results.isEmpty()) {
                    handovers().remove(m_folder);
                    h->deleteLater();
                }
            }
            finishAttempt(id, token, r);
        };
        if (const auto result = handover->results.value(id)) {
            QMetaObject::invokeMethod(this, [deliver, r = *result] { deliver(r); }, Qt::QueuedConnection);
        } else {
            connect(handover, &AsyncHandover::resultReady, this,
                    [id, deliver](const QByteArray &which, const InvocationResult &r) {
                        if (which == id)
                            deliver(r);
                    });
        }
    }
}

bool AsyncInvocationQueue::write(const QJsonObject &record)
{
    QString why;
    if (!m_journal->append(record, &why)) {
        m_error = why;
        Q_EMIT storageFailed(why);
        return false;
    }
    scheduleSync();
    return true;
}

void AsyncInvocationQueue::scheduleSync()
{
    if (std::exchange(m_syncQueued, true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_syncQueued = false;
            syncNow();
            compactIfWorthIt(false);
            pumpAll();
        },
        Qt::QueuedConnection);
}

void AsyncInvocationQueue::syncNow()
{
    QString why;
    if (!m_journal->sync(&why)) {
        m_error = why;
        Q_EMIT storageFailed(why);
    }
    // The journal has the lines that ended these events: now their queues get the records.
    const QList<AsyncQueueRecord> records = std::exchange(m_pendingRecords, {});
    for (const AsyncQueueRecord &record : records) {
        if (!m_store->append(record, &why)) {
            m_error = why;
            Q_EMIT storageFailed(why);
        }
    }
    m_store->sync();
    for (const AsyncQueueRecord &record : records)
        Q_EMIT destinationRecordAdded(record);
}

void AsyncInvocationQueue::compactIfWorthIt(bool force)
{
    // The journal grows by a few lines per event; rewritten when most of it tells of finished events.
    const qsizetype lines = m_journal->linesSinceRewrite();
    if (!force && (lines < 4096 || lines < 4 * (m_events.size() + 1)))
        return;
    syncNow();
    QList<std::shared_ptr<Event>> live = m_events.values();
    std::sort(live.begin(), live.end(), [](const auto &a, const auto &b) { return a->serial < b->serial; });
    QList<QJsonObject> records;
    records.reserve(live.size());
    for (const auto &e : std::as_const(live))
        records.append(acceptRecord(*e));
    QString why;
    if (!m_journal->rewrite(records, &why)) {
        m_error = why;
        Q_EMIT storageFailed(why);
    }
}

// ---- accepting ----

QByteArray AsyncInvocationQueue::enqueue(const FunctionConfig &function, const QByteArray &payload, QString *error,
                                         const QString &qualifier)
{
    if (!m_valid) {
        *error = m_error;
        return {};
    }
    const QByteArray event = payload.isEmpty() ? QByteArrayLiteral("{}") : payload;
    if (event.size() > LambdaLimits::MaxAsyncRequestBytes) {
        // Lambda's own words (RequestEntityTooLargeException, 413).
        *error = QStringLiteral("%1 byte payload is too large for the Event invocation type (limit %2 bytes)")
                     .arg(event.size())
                     .arg(LambdaLimits::MaxAsyncRequestBytes);
        return {};
    }
    JsonValueError fault;
    if (parseJsonValue(event, &fault).isUndefined()) {
        *error = QStringLiteral("Could not parse request body into json: Could not parse payload into json: %1")
                     .arg(fault.message());
        return {};
    }
    m_functions.insert(function.logicalId, function);
    auto e = std::make_shared<Event>();
    e->requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    e->functionId = function.logicalId;
    e->qualifier = qualifier;
    e->payload = event;
    e->acceptedAt = QDateTime::currentDateTimeUtc();
    e->serial = ++m_nextSerial;
    e->sinceMs = poolNowMs();
    if (!write(acceptRecord(*e))) {
        *error = QStringLiteral("the asynchronous queue cannot keep the event: %1").arg(m_error);
        return {};
    }
    m_events.insert(e->requestId, e);
    m_ready[e->functionId].push_back(e->requestId);
    announce(*e);
    publish(PoolEventType::AsyncEventQueued, *e, {});
    return e->requestId;
}

void AsyncInvocationQueue::setFunctions(const QList<FunctionConfig> &functions)
{
    m_functions.clear();
    for (const FunctionConfig &f : functions)
        m_functions.insert(f.logicalId, f);
    pumpAll();
}

void AsyncInvocationQueue::setInvoker(Invoker *invoker)
{
    if (invoker == m_invoker)
        return;
    // Age so far is kept; from now on it grows on the new engine's pool clock.
    for (const auto &e : std::as_const(m_events)) {
        e->ageBaseMs = ageOf(*e);
        if (e->timer && m_invoker)
            m_invoker->cancelPoolTimer(e->timer);
        e->timer = 0;
    }
    if (m_invoker)
        disconnect(m_invoker, nullptr, this, nullptr);
    m_invoker = invoker;
    for (const auto &e : std::as_const(m_events)) {
        e->sinceMs = poolNowMs();
        if (e->status == AsyncEventStatus::Retrying)
            armTimer(*e, e->dueAtAgeMs);
    }
    if (m_invoker) {
        connect(m_invoker, &QObject::destroyed, this, [this] { setInvoker(nullptr); });
        pumpAll();
    }
}

Invoker *AsyncInvocationQueue::invoker() const
{
    return m_invoker;
}

void AsyncInvocationQueue::setMaxInFlightPerFunction(int n)
{
    m_maxInFlight = qMax(1, n);
    pumpAll();
}

// ---- delivering ----

qint64 AsyncInvocationQueue::poolNowMs() const
{
    return m_invoker ? m_invoker->poolNowMs() : 0;
}

qint64 AsyncInvocationQueue::ageOf(const Event &e) const
{
    return e.ageBaseMs + qMax<qint64>(0, poolNowMs() - e.sinceMs);
}

const FunctionConfig *AsyncInvocationQueue::functionOf(const QString &functionId) const
{
    const auto it = m_functions.constFind(functionId);
    return it == m_functions.cend() ? nullptr : &*it;
}

const FunctionConfig *AsyncInvocationQueue::destinationFunction(const QString &target) const
{
    if (const FunctionConfig *f = functionOf(target))
        return f;
    for (const FunctionConfig &f : m_functions)
        if (f.functionName == target)
            return &f;
    return nullptr;
}

void AsyncInvocationQueue::pumpAll()
{
    const QStringList functions = m_ready.keys();
    for (const QString &f : functions)
        pump(f);
}

void AsyncInvocationQueue::pump(const QString &functionId)
{
    if (!m_invoker)
        return;
    // Looked up again each time round: a dispatch can end an event at once
    // (too old), and its destination function's event joins m_ready.
    while (m_inFlight.value(functionId) < m_maxInFlight) {
        const auto ready = m_ready.find(functionId);
        if (ready == m_ready.end())
            return;
        if (ready->empty()) {
            m_ready.erase(ready);
            return;
        }
        const QByteArray id = ready->front();
        const auto it = m_events.constFind(id);
        if (it == m_events.cend()
            || ((*it)->status != AsyncEventStatus::Queued && (*it)->status != AsyncEventStatus::WaitingForFunction)) {
            ready->pop_front();
            continue;
        }
        if (!functionOf(functionId)) {
            for (const QByteArray &waiting : *ready) {
                if (const auto w = m_events.value(waiting); w && w->status == AsyncEventStatus::Queued) {
                    w->status = AsyncEventStatus::WaitingForFunction;
                    announce(*w);
                }
            }
            return;
        }
        ready->pop_front();
        const std::shared_ptr<Event> e = *it;
        if (e->status == AsyncEventStatus::WaitingForFunction)
            e->status = AsyncEventStatus::Queued;
        dispatch(*e);
    }
}

void AsyncInvocationQueue::dispatch(Event &e)
{
    const FunctionConfig function = *functionOf(e.functionId); // a copy: signals below may change the project
    if (ageOf(e) >= qint64(function.maximumEventAgeSeconds) * 1000) {
        finish(e, AsyncCondition::eventAgeExceeded());
        return;
    }
    ++e.invokeCount;
    write({ { key("op"), key("attempt") },
            { key("id"), QString::fromLatin1(e.requestId) },
            { key("n"), e.invokeCount },
            { key("age"), ageOf(e) } });
    e.status = AsyncEventStatus::InFlight;
    e.token = ++m_nextToken;
    ++m_inFlight[e.functionId];
    InvokeOptions options;
    options.source = InvocationSource::Api;
    options.requestId = e.requestId;
    options.qualifier = e.qualifier;
    Invocation *invocation = m_invoker->invoke(function, e.payload, options);
    m_running.insert(e.requestId, invocation);
    const QByteArray id = e.requestId;
    const quint64 token = e.token;
    connect(invocation, &Invocation::finished, this,
            [this, id, token](const InvocationResult &result) { finishAttempt(id, token, result); });
    connect(invocation, &QObject::destroyed, this, [this, id, token] {
        // Gone without a result: the engine under it was deleted.
        InvocationResult lost;
        lost.requestId = id;
        lost.outcome = InvocationOutcome::EngineError;
        lost.engineErrorKind = EngineErrorKind::InstanceStopped;
        lost.engineError = QStringLiteral("the engine stopped before the attempt ended");
        finishAttempt(id, token, lost);
    });
    announce(e);
}

void AsyncInvocationQueue::finishAttempt(const QByteArray &requestId, quint64 token, const InvocationResult &result)
{
    const auto it = m_events.constFind(requestId);
    if (it == m_events.cend() || (*it)->token != token || (*it)->status != AsyncEventStatus::InFlight)
        return;
    const std::shared_ptr<Event> keep = *it; // finish() takes it out of m_events
    Event &e = *keep;
    const QString functionId = e.functionId;
    e.token = 0;
    m_running.remove(requestId);
    if (--m_inFlight[e.functionId] <= 0)
        m_inFlight.remove(e.functionId);
    const FunctionConfig *function = functionOf(e.functionId);
    const int maxRetries = function ? function->maximumRetryAttempts : 2;
    switch (result.outcome) {
    case InvocationOutcome::Succeeded:
        e.last = AsyncAttemptResult::from(result);
        finish(e, AsyncCondition::success());
        break;
    case InvocationOutcome::FunctionError:
    case InvocationOutcome::TimedOut:
    case InvocationOutcome::Cancelled:
        // The function ran and failed: this counts against MaximumRetryAttempts.
        ++e.attempts;
        e.systemRetries = 0;
        e.last = AsyncAttemptResult::from(result);
        e.lastError = QString(result.errorType + QStringLiteral(": ") + result.errorMessage).trimmed();
        if (e.attempts > maxRetries)
            finish(e, AsyncCondition::retriesExhausted());
        else
            scheduleRetry(e, retryDelayMs(e.attempts), result.errorType);
        break;
    case InvocationOutcome::Refused:
        if (result.errorType != u"TooManyRequestsException") {
            // Refused for what the event is: no attempt would fare better.
            e.last = AsyncAttemptResult::from(result);
            e.lastError = result.errorType + QStringLiteral(": ") + result.errorMessage;
            finish(e, AsyncCondition::retriesExhausted());
            break;
        }
        // Lambda retries throttles without counting them, with back-off, until the event is too old.
        e.lastError = QStringLiteral("throttled: ") + result.engineError;
        scheduleRetry(e, systemRetryDelayMs(++e.systemRetries), QStringLiteral("throttled"));
        break;
    case InvocationOutcome::EngineError:
        e.lastError = QStringLiteral("engine error: ") + result.engineError;
        scheduleRetry(e, systemRetryDelayMs(++e.systemRetries), QStringLiteral("engine error"));
        break;
    }
    pump(functionId);
}

qint64 AsyncInvocationQueue::retryDelayMs(int failedAttempts)
{
    return failedAttempts <= 1 ? 60'000 : 120'000;
}

qint64 AsyncInvocationQueue::systemRetryDelayMs(int consecutive)
{
    qint64 delay = 1000;
    for (int i = 1; i < consecutive && delay < 300'000; ++i)
        delay *= 2;
    return qMin<qint64>(delay, 300'000);
}

void AsyncInvocationQueue::scheduleRetry(Event &e, qint64 delayMs, const QString &why)
{
    const FunctionConfig *function = functionOf(e.functionId);
    const qint64 maxAgeMs = qint64(function ? function->maximumEventAgeSeconds : 21600) * 1000;
    const qint64 age = ageOf(e);
    // Never later than the event's maximum age: it ends then, as EventAgeExceeded.
    e.dueAtAgeMs = qMin(age + delayMs, maxAgeMs);
    e.status = AsyncEventStatus::Retrying;
    write({ { key("op"), key("retry") },
            { key("id"), QString::fromLatin1(e.requestId) },
            { key("attempts"), e.attempts },
            { key("invokes"), e.invokeCount },
            { key("sys"), e.systemRetries },
            { key("age"), age },
            { key("due"), e.dueAtAgeMs },
            { key("last"), e.last.toJson() },
            { key("error"), e.lastError } });
    armTimer(e, e.dueAtAgeMs);
    // The delay in words as well: the stream's two pool-time stamps are read a moment apart.
    const QString detail = QStringLiteral("%1; next attempt in %2 s (pool time)")
                               .arg(why.isEmpty() ? QStringLiteral("error") : why)
                               .arg(double(e.dueAtAgeMs - age) / 1000.0);
    publish(PoolEventType::AsyncRetryScheduled, e, detail, poolNowMs() + (e.dueAtAgeMs - age));
    announce(e);
}

void AsyncInvocationQueue::armTimer(Event &e, qint64 atAgeMs)
{
    if (!m_invoker)
        return;
    if (e.timer)
        m_invoker->cancelPoolTimer(e.timer);
    const QByteArray id = e.requestId;
    e.timer = m_invoker->schedulePoolTimer(qMax<qint64>(0, atAgeMs - ageOf(e)), this, [this, id] {
        const auto it = m_events.constFind(id);
        if (it == m_events.cend() || (*it)->status != AsyncEventStatus::Retrying)
            return;
        const std::shared_ptr<Event> due = *it;
        due->timer = 0;
        due->status = AsyncEventStatus::Queued;
        m_ready[due->functionId].push_back(id);
        const QString functionId = due->functionId; // pump() may end the event
        pump(functionId);
        if (m_events.contains(id))
            announce(*due);
    });
}

void AsyncInvocationQueue::finish(Event &e, const QString &condition)
{
    const FunctionConfig *known = functionOf(e.functionId);
    FunctionConfig function;
    if (known)
        function = *known;
    else
        function.logicalId = function.functionName = e.functionId;
    const bool success = condition == AsyncCondition::success();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject record
        = asyncDestinationRecord(function, e.requestId, e.payload, condition, e.invokeCount, e.last, now,
                                 m_invoker ? m_invoker->settings().account : AwsAccount(), e.qualifier);

    // One line ends the event and says where its records go: both happen, or neither.
    QJsonArray queueRecords;
    QJsonArray then;
    QList<AsyncQueueRecord> toWrite;
    QList<std::shared_ptr<Event>> followers;
    QStringList where;
    auto send = [&](const AsyncDestination &destination, const QJsonObject &message) {
        if (!destination.isSet())
            return;
        if (destination.type == u"Lambda") {
            // Lambda invokes a destination function asynchronously, with the record as its event.
            const FunctionConfig *target = destinationFunction(destination.target);
            auto next = std::make_shared<Event>();
            next->requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            next->functionId = target ? target->logicalId : destination.target;
            next->payload = QJsonDocument(message).toJson(QJsonDocument::Compact);
            next->acceptedAt = now;
            next->serial = ++m_nextSerial;
            next->sinceMs = poolNowMs();
            then.append(acceptRecord(*next));
            followers.append(next);
            where << QStringLiteral("Lambda %1").arg(next->functionId);
            return;
        }
        AsyncQueueRecord r;
        r.queue = AsyncDestinationStore::queueKey(destination);
        r.requestId = e.requestId;
        r.condition = condition;
        r.queuedAt = now;
        r.message = message;
        QJsonObject json = r.toJson();
        json.insert(key("queue"), r.queue);
        queueRecords.append(json);
        toWrite.append(r);
        where << r.queue;
    };
    if (success) {
        send(function.onSuccess, record);
    } else {
        send(function.onFailure, record);
        send(function.deadLetterQueue, asyncDeadLetterMessage(e.requestId, e.payload, e.last, condition, now));
    }
    QJsonObject done { { key("op"), key("done") },
                       { key("id"), QString::fromLatin1(e.requestId) },
                       { key("condition"), condition } };
    if (!queueRecords.isEmpty())
        done.insert(key("records"), queueRecords);
    if (!then.isEmpty())
        done.insert(key("then"), then);
    write(done);
    m_pendingRecords.append(toWrite);
    ++m_doneSinceCompaction;

    const std::shared_ptr<Event> keep = m_events.value(e.requestId); // e lives until the end of this function
    if (keep->timer && m_invoker)
        m_invoker->cancelPoolTimer(keep->timer);
    m_events.remove(keep->requestId);
    const QString detail = where.isEmpty() ? condition : condition + QStringLiteral(" -> ") + where.join(u", ");
    publish(PoolEventType::AsyncEventDone, *keep, detail);
    Q_EMIT eventRemoved(keep->requestId, condition);
    for (const auto &next : std::as_const(followers)) {
        m_events.insert(next->requestId, next);
        m_ready[next->functionId].push_back(next->requestId);
        announce(*next);
        publish(PoolEventType::AsyncEventQueued, *next,
                QStringLiteral("destination of %1").arg(QString::fromLatin1(keep->requestId)));
    }
}

// ---- telling ----

int AsyncInvocationQueue::inFlightCount() const
{
    int n = 0;
    for (int count : m_inFlight)
        n += count;
    return n;
}

AsyncEventInfo AsyncInvocationQueue::infoOf(const Event &e) const
{
    AsyncEventInfo info;
    info.requestId = e.requestId;
    info.functionId = e.functionId;
    info.qualifier = e.qualifier;
    info.status = e.status;
    info.attempts = e.attempts;
    info.invokeCount = e.invokeCount;
    info.ageMs = ageOf(e);
    info.dueAtMs = e.status == AsyncEventStatus::Retrying ? poolNowMs() + (e.dueAtAgeMs - ageOf(e)) : -1;
    info.lastError = e.lastError;
    info.payloadBytes = e.payload.size();
    return info;
}

QList<AsyncEventInfo> AsyncInvocationQueue::events() const
{
    QList<AsyncEventInfo> result;
    result.reserve(m_events.size());
    for (const auto &e : m_events)
        result.append(infoOf(*e));
    std::sort(result.begin(), result.end(), [this](const AsyncEventInfo &a, const AsyncEventInfo &b) {
        return m_events.value(a.requestId)->serial < m_events.value(b.requestId)->serial;
    });
    return result;
}

void AsyncInvocationQueue::announce(const Event &e)
{
    if (isSignalConnected(QMetaMethod::fromSignal(&AsyncInvocationQueue::eventChanged)))
        Q_EMIT eventChanged(infoOf(e));
}

void AsyncInvocationQueue::publish(PoolEventType type, const Event &e, const QString &detail, qint64 retryAtMs)
{
    if (!m_invoker)
        return;
    PoolEvent event;
    event.type = type;
    event.functionId = e.functionId;
    event.requestId = e.requestId;
    event.source = InvocationSource::Api;
    event.detail = detail;
    if (type != PoolEventType::AsyncRetryScheduled)
        event.queueDepth = int(m_events.size());
    if (type != PoolEventType::AsyncEventQueued)
        event.attempt = e.invokeCount;
    event.retryAtMs = retryAtMs;
    m_invoker->publishPoolEvent(event);
}

QStringList AsyncInvocationQueue::destinationQueues() const
{
    return m_valid ? m_store->queues() : QStringList();
}

QList<AsyncQueueRecord> AsyncInvocationQueue::destinationRecords(const QString &queue) const
{
    return m_valid ? m_store->records(queue) : QList<AsyncQueueRecord>();
}

QString AsyncInvocationQueue::folderForProject(const QString &projectDirectory)
{
    const QFileInfo info(projectDirectory);
    const QString canonical = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/async/")
        + QString::fromLatin1(hash.left(32));
}

} // namespace Bullpen

#include "asyncinvocationqueue.moc"
