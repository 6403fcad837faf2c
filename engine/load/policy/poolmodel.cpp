// SPDX-License-Identifier: MIT
#include "engine/load/policy/poolmodel.h"

#include <QJsonArray>

#include <algorithm>
#include <vector>

namespace Bullpen {

QJsonObject PolicyResult::toJson() const
{
    return { { QStringLiteral("policy"), policy },
             { QStringLiteral("invocations"), invocations },
             { QStringLiteral("coldStarts"), coldStarts },
             { QStringLiteral("coldStartPercent"), coldStartPercent },
             { QStringLiteral("functionColdStartPercentP75"), coldStartPercentP75 },
             { QStringLiteral("wastedGbSeconds"), wastedGbSeconds },
             { QStringLiteral("peakInstances"), peakInstances } };
}

namespace {

struct ModelInstance
{
    qint64 busyUntil = 0; // end of its current or last execution
    bool idleDecided = false; // its window after busyUntil is set
    qint64 loadAt = 0; // loaded again from here (pre-warm over)
    qint64 expiresAt = 0; // unloaded from here
    qint64 loadedSince = 0; // start of its current stretch in memory
};

// The peak from the stretches in memory, the per-function CDF's third quartile, the totals.
void finishResult(PolicyResult &result, std::vector<std::pair<qint64, int>> &changes, double wastedMbMs)
{
    std::sort(changes.begin(), changes.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second < b.second; // ends first at the same time
    });
    int alive = 0;
    for (const auto &c : changes) {
        alive += c.second;
        result.peakInstances = qMax(result.peakInstances, alive);
    }

    std::sort(result.functionColdStartPercents.begin(), result.functionColdStartPercents.end());
    if (!result.functionColdStartPercents.isEmpty()) {
        const qsizetype n = result.functionColdStartPercents.size();
        result.coldStartPercentP75
            = result.functionColdStartPercents.at(qBound<qsizetype>(0, (3 * n + 3) / 4 - 1, n - 1));
    }
    result.coldStartPercent
        = result.invocations > 0 ? 100.0 * double(result.coldStarts) / double(result.invocations) : 0;
    result.wastedGbSeconds = wastedMbMs / 1024.0 / 1000.0;
}

// One container per application: the paper's simulation. The container is
// loaded at the first call (cold) and serves every call while it is loaded,
// overlapping ones too; when its last execution ends, the policy's windows
// (decided with what it has seen by then: no call arrives in between) say
// when it unloads and when a pre-warm loads it again.
PolicyResult simulatePerApplication(const ModelTrace &trace, const KeepAlivePolicy &prototype, bool keepColdFlags,
                                    qint64 measureFromMs)
{
    const int functionCount = int(trace.functions.size());
    auto policy = prototype.fresh(functionCount);
    PolicyResult result;
    result.policy = prototype.name();
    if (keepColdFlags)
        result.coldFlags.resize(trace.arrivals.size());
    struct App
    {
        bool started = false;
        qint64 busyUntil = 0; // the end of its latest execution
        qint64 loadedSince = 0; // the start of its current stretch in memory
        qint64 calls = 0;
        qint64 cold = 0;
    };
    std::vector<App> apps(size_t(qMax(0, functionCount)));
    double wastedMbMs = 0;
    // Idle loaded time counts from measureFromMs on (before it, the warm-up).
    auto waste = [&wastedMbMs, measureFromMs](qint64 from, qint64 to, qint64 memoryMb) {
        from = qMax(from, measureFromMs);
        if (to > from)
            wastedMbMs += double(to - from) * double(memoryMb);
    };
    std::vector<std::pair<qint64, int>> changes;
    auto loaded = [&changes](qint64 from, qint64 to) {
        if (to > from) {
            changes.push_back({ from, +1 });
            changes.push_back({ to, -1 });
        }
    };
    // The idle period after a's latest execution, up to t: whether the
    // container is loaded at t (warm), and the memory it held idle until then.
    auto idleUntil = [&](App &a, int f, qint64 t) {
        const KeepAliveWindow w = policy->window(f);
        const qint64 memory = trace.functions.at(f).memoryMb;
        const qint64 loadAt = a.busyUntil + w.prewarmMs;
        const qint64 expiresAt = loadAt + w.keepAliveMs;
        const bool warm = t >= loadAt && t < expiresAt;
        const qint64 idleEnd = qMin(t, expiresAt);
        waste(loadAt, idleEnd, memory);
        if (w.prewarmMs > 0) {
            // Unloaded when the execution ended; loaded again at loadAt.
            loaded(a.loadedSince, a.busyUntil);
            if (warm)
                a.loadedSince = loadAt;
            else
                loaded(loadAt, idleEnd);
        } else if (!warm) {
            loaded(a.loadedSince, idleEnd);
        }
        return warm;
    };
    for (int index = 0; index < int(trace.arrivals.size()); ++index) {
        const Arrival &arrival = trace.arrivals.at(index);
        const int f = arrival.function;
        if (f < 0 || f >= functionCount)
            continue;
        App &a = apps[size_t(f)];
        const ModelFunction &fn = trace.functions.at(f);
        const qint64 t = arrival.offsetMs;
        bool warm = false;
        if (a.started) {
            // The windows were set when the last execution ended, from what
            // the policy had seen then: this idle time is shown it afterwards.
            warm = t < a.busyUntil || idleUntil(a, f, t);
            policy->observeIdle(f, qMax<qint64>(0, t - a.busyUntil));
        }
        const bool measured = t >= measureFromMs;
        a.calls += measured;
        qint64 finish = t + fn.durationMs;
        if (!warm) {
            a.cold += measured;
            if (keepColdFlags)
                result.coldFlags[index] = true;
            a.loadedSince = t;
            finish += fn.coldStartMs;
        }
        a.started = true;
        a.busyUntil = qMax(a.busyUntil, finish);
    }
    for (int f = 0; f < functionCount; ++f) {
        App &a = apps[size_t(f)];
        if (!a.started)
            continue;
        // The trace ends: the last idle period counts up to its end.
        const qint64 end = qMax(trace.durationMs, a.busyUntil);
        const KeepAliveWindow w = policy->window(f);
        const qint64 loadAt = a.busyUntil + w.prewarmMs;
        const qint64 idleEnd = qMin(end, loadAt + w.keepAliveMs);
        waste(loadAt, idleEnd, trace.functions.at(f).memoryMb);
        if (w.prewarmMs > 0) {
            loaded(a.loadedSince, a.busyUntil);
            loaded(loadAt, idleEnd);
        } else {
            loaded(a.loadedSince, qMax(idleEnd, a.busyUntil));
        }
        if (a.calls == 0)
            continue; // no call in the measured part
        result.invocations += a.calls;
        result.coldStarts += a.cold;
        result.functionColdStartPercents.append(100.0 * double(a.cold) / double(a.calls));
    }
    finishResult(result, changes, wastedMbMs);
    return result;
}

} // namespace

QString containerScopeName(ContainerScope scope)
{
    return scope == ContainerScope::PerApplication ? QStringLiteral("per application") : QStringLiteral("per instance");
}

PolicyResult simulatePolicy(const ModelTrace &trace, const KeepAlivePolicy &prototype, bool keepColdFlags,
                            ContainerScope scope, qint64 measureFromMs)
{
    if (scope == ContainerScope::PerApplication)
        return simulatePerApplication(trace, prototype, keepColdFlags, measureFromMs);
    const int functionCount = int(trace.functions.size());
    auto policy = prototype.fresh(functionCount);
    PolicyResult result;
    result.policy = prototype.name();
    if (keepColdFlags)
        result.coldFlags.resize(trace.arrivals.size());

    // The calls of each function, in time order.
    std::vector<std::vector<int>> byFunction(size_t(qMax(0, functionCount)));
    for (int i = 0; i < int(trace.arrivals.size()); ++i) {
        const int f = trace.arrivals.at(i).function;
        if (f >= 0 && f < functionCount)
            byFunction[size_t(f)].push_back(i);
    }

    double wastedMbMs = 0;
    // Idle loaded time counts from measureFromMs on (before it, the warm-up).
    auto waste = [&wastedMbMs, measureFromMs](qint64 from, qint64 to, int memoryMb) {
        from = qMax(from, measureFromMs);
        if (to > from)
            wastedMbMs += double(to - from) * double(memoryMb);
    };
    // Stretches instances spend in memory, for the peak: +1 at the start, -1 at the end.
    std::vector<std::pair<qint64, int>> changes;
    auto loaded = [&changes](qint64 from, qint64 to) {
        if (to > from) {
            changes.push_back({ from, +1 });
            changes.push_back({ to, -1 });
        }
    };
    const qint64 end = trace.durationMs;

    for (int f = 0; f < functionCount; ++f) {
        const auto &calls = byFunction[size_t(f)];
        if (calls.empty())
            continue;
        const ModelFunction &fn = trace.functions.at(f);
        std::vector<ModelInstance> instances;
        qint64 lastGoneEnd = -1; // the latest execution end of an instance gone since
        qint64 cold = 0;
        qint64 measuredCalls = 0;
        // An instance went idle at its busyUntil: the policy (as it stands then) sets its windows.
        auto decide = [&](ModelInstance &in) {
            const KeepAliveWindow w = policy->window(f);
            in.loadAt = in.busyUntil + w.prewarmMs;
            in.expiresAt = in.loadAt + w.keepAliveMs;
            in.idleDecided = true;
        };
        enum class Ends { Warm, Cold, Gone };
        // An idle period ends at t: reused warm, started again cold while
        // waiting for its pre-warm, or gone (expired, or the trace's end).
        // Counts its loaded idle time as wasted and its stretches in memory.
        auto resolve = [&](ModelInstance &in, qint64 t, Ends how) {
            const bool prewarm = in.loadAt > in.busyUntil;
            const qint64 idleEnd = qMin(qMax(t, in.busyUntil), in.expiresAt);
            if (prewarm) {
                loaded(in.loadedSince, in.busyUntil);
                waste(in.loadAt, idleEnd, fn.memoryMb);
                if (how == Ends::Warm)
                    in.loadedSince = in.loadAt;
                else if (how == Ends::Cold)
                    in.loadedSince = t;
                else
                    loaded(in.loadAt, idleEnd);
            } else {
                waste(in.busyUntil, idleEnd, fn.memoryMb);
                if (how == Ends::Gone)
                    loaded(in.loadedSince, idleEnd);
                else if (how == Ends::Cold) // (cannot happen without a pre-warm window)
                    in.loadedSince = t;
            }
        };
        std::vector<ModelInstance *> idled;
        for (int index : calls) {
            const qint64 t = trace.arrivals.at(index).offsetMs;
            const bool measured = t >= measureFromMs;
            measuredCalls += measured;
            // Idle transitions up to t, in time order.
            idled.clear();
            bool anyBusy = false;
            for (ModelInstance &in : instances) {
                if (in.busyUntil > t)
                    anyBusy = true;
                else if (!in.idleDecided)
                    idled.push_back(&in);
            }
            std::sort(idled.begin(), idled.end(),
                      [](const ModelInstance *a, const ModelInstance *b) { return a->busyUntil < b->busyUntil; });
            for (ModelInstance *in : idled)
                decide(*in);
            // Instances whose keep-alive ran out are gone.
            for (auto it = instances.begin(); it != instances.end();) {
                if (it->idleDecided && it->expiresAt <= t) {
                    lastGoneEnd = qMax(lastGoneEnd, it->busyUntil);
                    resolve(*it, t, Ends::Gone);
                    it = instances.erase(it);
                } else {
                    ++it;
                }
            }
            // The idle time this call ends: since the function's latest
            // execution end (0 when it has been running all along).
            qint64 latestEnd = lastGoneEnd;
            for (const ModelInstance &in : instances) {
                if (in.busyUntil <= t)
                    latestEnd = qMax(latestEnd, in.busyUntil);
            }
            if (latestEnd >= 0)
                policy->observeIdle(f, t - latestEnd);
            else if (anyBusy)
                policy->observeIdle(f, 0);
            // The idle loaded instance that went idle last.
            ModelInstance *warm = nullptr;
            ModelInstance *waiting = nullptr;
            for (ModelInstance &in : instances) {
                if (in.busyUntil > t)
                    continue;
                if (t >= in.loadAt) {
                    if (!warm || in.busyUntil > warm->busyUntil)
                        warm = &in;
                } else if (!waiting) {
                    waiting = &in;
                }
            }
            qint64 finish = 0;
            if (warm) {
                resolve(*warm, t, Ends::Warm);
                finish = t + fn.durationMs;
                warm->busyUntil = finish;
                warm->idleDecided = false;
            } else {
                cold += measured;
                if (keepColdFlags)
                    result.coldFlags[index] = true;
                finish = t + fn.coldStartMs + fn.durationMs;
                if (waiting) {
                    resolve(*waiting, t, Ends::Cold);
                    waiting->busyUntil = finish;
                    waiting->idleDecided = false;
                } else {
                    ModelInstance in;
                    in.busyUntil = finish;
                    in.loadedSince = t;
                    instances.push_back(in);
                }
            }
        }
        // The trace ends: what is left decides and counts up to its end.
        for (ModelInstance &in : instances) {
            if (!in.idleDecided)
                decide(in);
            resolve(in, qMax(end, in.busyUntil), Ends::Gone);
        }
        if (measuredCalls == 0)
            continue; // no call in the measured part
        result.invocations += measuredCalls;
        result.coldStarts += cold;
        result.functionColdStartPercents.append(100.0 * double(cold) / double(measuredCalls));
    }

    finishResult(result, changes, wastedMbMs);
    return result;
}

QList<std::shared_ptr<const KeepAlivePolicy>> standardPolicies()
{
    QList<std::shared_ptr<const KeepAlivePolicy>> list;
    list.append(std::make_shared<FixedKeepAlive>(0));
    for (int minutes : { 1, 5, 10, 20, 45, 60, 120 })
        list.append(std::make_shared<FixedKeepAlive>(qint64(minutes) * 60000));
    for (int hours : { 2, 3, 4 })
        list.append(std::make_shared<HybridHistogramPolicy>(HybridHistogramPolicy::withRange(hours * 3600000LL), 0));
    return list;
}

} // namespace Bullpen
