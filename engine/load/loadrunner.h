// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/clock.h"
#include "engine/load/arrivals.h"
#include "engine/load/loadsummary.h"
#include "engine/pool/costmeter.h"
#include "engine/pool/poolevent.h"
#include "engine/project/samtemplate.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace Bullpen {

class Invocation;
class Invoker;
class WarmPool;
struct InvokeOptions;

// What to run: functions, when each call arrives, and how.
struct LoadPlan
{
    QList<FunctionConfig> functions; // Arrival::function indexes this
    QList<Arrival> arrivals; // in time order, pool ms from the start
    qint64 durationMs = 0; // pool ms
    QByteArray payload = QByteArrayLiteral("{}");
    int maxConcurrency = 0; // calls beyond this many in flight wait (are queued); 0: no cap
    QString description;
};

// Drives the engine open-loop: every call is sent when the pool clock reaches
// its arrival time, whatever the calls before it are doing (a slow function
// does not slow the arrivals; only the optional cap holds calls back, and
// those are counted as queued). Arrivals are timed on the pool clock, so a
// fast clock compresses them (and the summary says the result is not real
// time); latencies are real time. Results, throttles included, are folded into
// a LoadSummary; the GB-seconds and the cost come from the pool's event stream
// through a CostMeter, as the pool view's do. One timer at a time: each
// firing sends every call that is due, then waits for the next.
class LoadRunner final : public QObject
{
    Q_OBJECT
public:
    // The window and the command line: through the engine's front door.
    explicit LoadRunner(Invoker *invoker, QObject *parent = nullptr);
    // A pool on clocks of the caller's (tests, with a ManualClock).
    explicit LoadRunner(WarmPool *pool, QObject *parent = nullptr);
    ~LoadRunner() override;

    // Starts at the pool clock's now; false (and nothing started) when the plan cannot run.
    bool start(const LoadPlan &plan, QString *error = nullptr);
    // Sends no more calls (the queued ones are dropped); those in flight still
    // report, then finished() follows.
    void stop();

    bool isRunning() const { return m_running; }
    int inFlight() const { return m_inFlight; }
    int queuedNow() const { return int(m_queue.size()); }
    qint64 arrivedCount() const { return m_next; }
    qint64 finishedCount() const { return m_finished; }
    const LoadPlan &plan() const { return m_plan; }
    const QList<LoadRecord> &records() const { return m_records; }
    // The summary so far (final after finished()).
    LoadSummary summary() const;

Q_SIGNALS:
    void arrived(int index, qint64 poolOffsetMs);
    void recordReady(const Bullpen::LoadRecord &record);
    void finished(const Bullpen::LoadSummary &summary);

private:
    qint64 offsetNow() const { return m_now() - m_startPoolMs; }
    void tick();
    void scheduleNext();
    struct Waiting
    {
        int index = 0; // into the plan's arrivals
        qint64 realNs = 0; // when it arrived, real ns since the start
        qint64 poolMs = 0; // likewise, pool ms
    };
    void arrive(int index);
    void send(const Waiting &call, bool queued);
    void finishOne(const Waiting &call, bool queued, const InvocationResult &result);
    void checkDone();
    void abandon(); // the engine is gone: end with what has come back
    void onPoolEvent(const PoolEvent &event);

    // The engine, whichever front it has.
    std::function<qint64()> m_now;
    std::function<Clock::TimerId(qint64, QObject *, std::function<void()>)> m_schedule;
    std::function<void(Clock::TimerId)> m_cancel;
    std::function<Invocation *(const FunctionConfig &, const QByteArray &, const InvokeOptions &)> m_invoke;
    std::function<double()> m_speed;
    std::function<QMetaObject::Connection()> m_subscribe;
    QMetaObject::Connection m_stream;

    LoadPlan m_plan;
    QSet<QString> m_functionIds;
    bool m_running = false;
    bool m_arrivalsDone = false;
    bool m_stoppedEarly = false;
    qint64 m_startPoolMs = 0;
    QElapsedTimer m_real;
    Clock::TimerId m_timer = 0;
    int m_next = 0;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    qint64 m_finished = 0;
    qint64 m_queuedTotal = 0;
    int m_maxQueue = 0;
    QList<Waiting> m_queue; // calls held back by the cap, oldest first
    qint64 m_firstArrivalNs = -1;
    qint64 m_lastArrivalNs = -1;
    qint64 m_lastResultPoolMs = 0;
    qint64 m_lastResultNs = 0;
    double m_maxLagMs = 0;
    QList<LoadRecord> m_records;
    CostMeter m_cost;
    QSet<QString> m_instances; // of the load's functions, alive now
    int m_peakInstances = 0;
    double m_speedAtStart = 1.0;
};

} // namespace Bullpen
