// SPDX-License-Identifier: MIT
#include "engine/load/loadrunner.h"

#include "engine/invocation/invocation.h"
#include "engine/invoke/invoker.h"
#include "engine/pool/warmpool.h"

namespace Bullpen {

LoadRunner::LoadRunner(Invoker *invoker, QObject *parent)
    : QObject(parent)
{
    QPointer<Invoker> engine(invoker);
    m_now = [engine] { return engine ? engine->poolNowMs() : 0; };
    m_schedule = [engine](qint64 ms, QObject *context, std::function<void()> fn) -> Clock::TimerId {
        return engine ? engine->schedulePoolTimer(ms, context, std::move(fn)) : 0;
    };
    m_cancel = [engine](Clock::TimerId id) {
        if (engine)
            engine->cancelPoolTimer(id);
    };
    m_invoke
        = [engine](const FunctionConfig &f, const QByteArray &payload, const InvokeOptions &options) -> Invocation * {
        return engine ? engine->invoke(f, payload, options) : nullptr;
    };
    m_speed = [engine] { return engine ? engine->clockSpeed() : 1.0; };
    m_subscribe = [this, engine] {
        return engine ? connect(engine, &Invoker::poolEvent, this, &LoadRunner::onPoolEvent)
                      : QMetaObject::Connection();
    };
    // The window replaces its engine when the settings change: its clock and
    // its invocations go with it, so the load ends there (stopped early).
    connect(invoker, &QObject::destroyed, this, &LoadRunner::abandon);
}

LoadRunner::LoadRunner(WarmPool *pool, QObject *parent)
    : QObject(parent)
{
    QPointer<WarmPool> engine(pool);
    m_now = [engine] { return engine && engine->poolClock() ? engine->poolClock()->nowMs() : 0; };
    m_schedule = [engine](qint64 ms, QObject *context, std::function<void()> fn) -> Clock::TimerId {
        return engine && engine->poolClock() ? engine->poolClock()->schedule(ms, context, std::move(fn)) : 0;
    };
    m_cancel = [engine](Clock::TimerId id) {
        if (engine && engine->poolClock())
            engine->poolClock()->cancel(id);
    };
    m_invoke
        = [engine](const FunctionConfig &f, const QByteArray &payload, const InvokeOptions &options) -> Invocation * {
        return engine ? engine->invoke(f, payload, options) : nullptr;
    };
    m_speed = [engine] { return engine && engine->poolClock() ? engine->poolClock()->speed() : 1.0; };
    m_subscribe = [this, engine] {
        return engine ? connect(engine, &WarmPool::poolEvent, this, &LoadRunner::onPoolEvent)
                      : QMetaObject::Connection();
    };
    connect(pool, &QObject::destroyed, this, &LoadRunner::abandon);
}

void LoadRunner::abandon()
{
    if (!m_running)
        return;
    m_timer = 0; // the clock is gone with the engine
    m_stoppedEarly = true;
    m_arrivalsDone = true;
    m_queue.clear();
    m_inFlight = 0; // their results will not come
    checkDone();
}

LoadRunner::~LoadRunner()
{
    if (m_timer)
        m_cancel(m_timer);
    disconnect(m_stream);
}

bool LoadRunner::start(const LoadPlan &plan, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_running)
        return fail(QStringLiteral("a load is running already; stop it first"));
    if (plan.functions.isEmpty())
        return fail(QStringLiteral("the load has no function to call"));
    if (plan.maxConcurrency < 0)
        return fail(QStringLiteral("the concurrency cap is a whole number, 0 (none) or more"));
    for (qsizetype i = 0; i < plan.arrivals.size(); ++i) {
        const Arrival &a = plan.arrivals.at(i);
        if (a.function < 0 || a.function >= plan.functions.size())
            return fail(
                QStringLiteral("arrival %1 names function %2 of %3").arg(i).arg(a.function).arg(plan.functions.size()));
        if (i > 0 && a.offsetMs < plan.arrivals.at(i - 1).offsetMs)
            return fail(QStringLiteral("the arrivals are not in time order (arrival %1)").arg(i));
    }
    m_plan = plan;
    m_functionIds.clear();
    for (const FunctionConfig &f : plan.functions)
        m_functionIds.insert(f.logicalId);
    m_running = true;
    m_arrivalsDone = false;
    m_stoppedEarly = false;
    m_next = m_inFlight = m_peakInFlight = m_maxQueue = 0;
    m_finished = m_queuedTotal = 0;
    m_queue.clear();
    m_records.clear();
    m_records.reserve(plan.arrivals.size());
    m_firstArrivalNs = m_lastArrivalNs = -1;
    m_maxLagMs = 0;
    m_cost.clear();
    for (const FunctionConfig &f : plan.functions) {
        if (f.architectures.contains(QStringLiteral("arm64")))
            m_cost.setArchitecture(f.logicalId, CostMeter::Architecture::Arm64);
    }
    m_instances.clear();
    m_peakInstances = 0;
    disconnect(m_stream);
    m_stream = m_subscribe();
    m_speedAtStart = m_speed();
    m_startPoolMs = m_now();
    m_lastResultPoolMs = 0;
    m_real.start();
    m_lastResultNs = 0;
    // From the event loop: the caller connects to the signals first.
    m_timer = m_schedule(0, this, [this] {
        m_timer = 0;
        tick();
    });
    return true;
}

void LoadRunner::stop()
{
    if (!m_running || m_arrivalsDone)
        return;
    if (m_timer)
        m_cancel(m_timer);
    m_timer = 0;
    m_stoppedEarly = m_next < m_plan.arrivals.size() || !m_queue.isEmpty();
    m_queue.clear();
    m_arrivalsDone = true;
    checkDone();
}

void LoadRunner::tick()
{
    const qint64 now = offsetNow();
    const int count = int(m_plan.arrivals.size());
    while (m_next < count && m_plan.arrivals.at(m_next).offsetMs <= now) {
        const int index = m_next++;
        m_maxLagMs = qMax(m_maxLagMs, double(now - m_plan.arrivals.at(index).offsetMs));
        arrive(index);
        if (!m_running || m_arrivalsDone) // stopped from a slot
            return;
    }
    scheduleNext();
}

void LoadRunner::scheduleNext()
{
    if (m_next >= m_plan.arrivals.size()) {
        m_arrivalsDone = true;
        checkDone();
        return;
    }
    const qint64 wait = qMax<qint64>(0, m_plan.arrivals.at(m_next).offsetMs - offsetNow());
    m_timer = m_schedule(wait, this, [this] {
        m_timer = 0;
        tick();
    });
}

void LoadRunner::arrive(int index)
{
    const qint64 ns = m_real.nsecsElapsed();
    if (m_firstArrivalNs < 0)
        m_firstArrivalNs = ns;
    m_lastArrivalNs = ns;
    Q_EMIT arrived(index, offsetNow());
    if (m_plan.maxConcurrency > 0 && m_inFlight >= m_plan.maxConcurrency) {
        m_queue.append({ index, ns, offsetNow() });
        ++m_queuedTotal;
        m_maxQueue = qMax(m_maxQueue, int(m_queue.size()));
        return;
    }
    send({ index, ns, offsetNow() }, false);
}

void LoadRunner::send(const Waiting &call, bool queued)
{
    const int index = call.index;
    const Arrival &a = m_plan.arrivals.at(index);
    InvokeOptions options;
    options.source = InvocationSource::Load;
    options.qualifier = m_plan.functions.at(a.function).autoPublishAlias;
    Invocation *invocation = m_invoke(m_plan.functions.at(a.function), m_plan.payload, options);
    if (!invocation)
        return;
    ++m_inFlight;
    m_peakInFlight = qMax(m_peakInFlight, m_inFlight);
    // Results come from the event loop, never from inside invoke().
    connect(invocation, &Invocation::finished, this,
            [this, call, queued](const InvocationResult &result) { finishOne(call, queued, result); });
}

void LoadRunner::finishOne(const Waiting &call, bool queued, const InvocationResult &result)
{
    if (!m_running) // abandoned: the engine went away first
        return;
    const int index = call.index;
    const qint64 ns = m_real.nsecsElapsed();
    --m_inFlight;
    ++m_finished;
    m_lastResultNs = ns;
    m_lastResultPoolMs = offsetNow();
    const Arrival &a = m_plan.arrivals.at(index);
    LoadRecord r;
    r.index = index;
    r.scheduledMs = a.offsetMs;
    r.arrivedMs = call.poolMs;
    r.functionId = m_plan.functions.at(a.function).logicalId;
    r.requestId = result.requestId;
    r.instanceId = result.instanceId;
    r.outcome = result.outcome;
    r.coldStart = result.coldStart;
    r.queued = queued;
    r.latencyMs = double(ns - call.realNs) / 1e6;
    r.durationMs = result.durationMs;
    r.billedDurationMs = result.billedDurationMs;
    r.errorType = result.errorType;
    m_records.append(r);
    Q_EMIT recordReady(r);
    // A place under the cap: the longest-waiting call goes (also after the last arrival).
    if (!m_queue.isEmpty())
        send(m_queue.takeFirst(), true);
    checkDone();
}

void LoadRunner::checkDone()
{
    if (!m_running || !m_arrivalsDone || m_inFlight > 0 || !m_queue.isEmpty())
        return;
    m_running = false;
    disconnect(m_stream);
    m_stream = {};
    Q_EMIT finished(summary());
}

void LoadRunner::onPoolEvent(const PoolEvent &event)
{
    if (event.type == PoolEventType::ClockSpeedChanged) {
        m_speedAtStart = qMax(m_speedAtStart, event.speed);
        return;
    }
    if (!m_functionIds.contains(event.functionId))
        return;
    m_cost.add(event);
    switch (event.type) {
    case PoolEventType::InstanceStarting:
    case PoolEventType::InstanceInitDone:
    case PoolEventType::InstanceBusy:
    case PoolEventType::InstanceIdle:
        m_instances.insert(event.instanceId);
        m_peakInstances = qMax(m_peakInstances, int(m_instances.size()));
        break;
    case PoolEventType::InstanceStopped:
        m_instances.remove(event.instanceId);
        break;
    default:
        break;
    }
}

LoadSummary LoadRunner::summary() const
{
    LoadSummary s;
    s.description = m_plan.description;
    for (const FunctionConfig &f : m_plan.functions)
        s.functions.append(f.logicalId);
    s.plannedArrivals = m_plan.arrivals.size();
    s.arrivals = m_next;
    s.requests = m_finished;
    QList<double> all, cold, warm;
    for (const LoadRecord &r : m_records) {
        if (r.throttled()) {
            ++s.throttles;
            continue;
        }
        if (r.outcome != InvocationOutcome::Succeeded)
            ++s.errors;
        if (r.outcome == InvocationOutcome::Refused || r.outcome == InvocationOutcome::EngineError)
            continue; // never reached an instance
        all.append(r.latencyMs);
        if (r.coldStart) {
            ++s.coldStarts;
            cold.append(r.latencyMs);
        } else {
            ++s.warmStarts;
            warm.append(r.latencyMs);
        }
    }
    const qint64 reached = s.coldStarts + s.warmStarts;
    s.coldStartRatio = reached > 0 ? double(s.coldStarts) / double(reached) : 0;
    s.latency = latencyPercentiles(all);
    s.coldLatency = latencyPercentiles(cold);
    s.warmLatency = latencyPercentiles(warm);
    s.queued = m_queuedTotal;
    s.maxQueue = m_maxQueue;
    s.maxConcurrency = m_plan.maxConcurrency;
    s.peakInFlight = m_peakInFlight;
    s.peakInstances = m_peakInstances;
    CostTotals total;
    for (const QString &id : m_functionIds) {
        const CostTotals t = m_cost.function(id);
        total.requests += t.requests;
        total.gbSeconds += t.gbSeconds;
        total.provisionedGbSeconds += t.provisionedGbSeconds;
        total.provisionedDurationGbSeconds += t.provisionedDurationGbSeconds;
        total.requestCost += t.requestCost;
        total.durationCost += t.durationCost;
        total.provisionedCost += t.provisionedCost;
    }
    s.cost = total;
    s.clockSpeed = qMax(m_speedAtStart, m_speed());
    s.poolDurationMs = m_plan.durationMs;
    s.poolSeconds = double(m_lastResultPoolMs) / 1000.0;
    s.realSeconds = double(m_lastResultNs) / 1e9;
    s.arrivalSpanRealSeconds
        = m_lastArrivalNs > m_firstArrivalNs ? double(m_lastArrivalNs - m_firstArrivalNs) / 1e9 : 0;
    s.maxArrivalLagMs = m_maxLagMs;
    s.stoppedEarly = m_stoppedEarly;
    return s;
}

} // namespace Bullpen
