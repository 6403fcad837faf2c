// SPDX-License-Identifier: MIT
// The load runner against the real pool (real containers) on manual clocks:
// calls arrive per pool-clock interval as the shape says; the load is open
// loop (calls keep arriving while a slow function holds the earlier ones);
// the concurrency cap queues and counts; and the pool's model, given the same
// short trace, predicts the real pool's cold starts call by call.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "engine/core/clock.h"
#include "engine/invocation/invocation.h"
#include "engine/load/loadrunner.h"
#include "engine/load/policy/keepalivepolicy.h"
#include "engine/load/policy/poolmodel.h"
#include "engine/pool/warmpool.h"
#include "engine/sandbox/containerbackend.h"
#include "tests/support/ciskip.h"
#include "tests/support/pooltestsupport.h"

using namespace Bullpen;
using namespace Bullpen::TestSupport;

class TestLoadRunner : public QObject, public PoolFixture
{
    Q_OBJECT

    // The pool tests' Python functions (tests/engine/pool/functions/python).
    static FunctionConfig function(const QString &name, const QString &handler)
    {
        FunctionConfig f = poolFunction(handler);
        f.logicalId = f.functionName = name;
        return f;
    }
    static FunctionConfig counter() { return function(QStringLiteral("LoadCounter"), QStringLiteral("app.counter")); }
    static FunctionConfig sleeper() { return function(QStringLiteral("LoadSleeper"), QStringLiteral("app.sleep")); }

    // Waits (on the runner's results) until nothing is in flight.
    static bool waitUntilQuiet(LoadRunner &runner, int timeoutMs = 60000)
    {
        QSignalSpy results(&runner, &LoadRunner::recordReady);
        while (runner.inFlight() > 0 || runner.queuedNow() > 0) {
            if (!results.wait(timeoutMs))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = startBackend(this); !why.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(why);
    }

    void init() { startPool(this, 3600 * 1000); }
    void cleanup() { stopPool(); }

    // steps:2,5,3:1 over 3 s: after each pool second, exactly that second's calls have arrived.
    void arrivalsPerPoolSecondFollowTheShape()
    {
        QString error;
        const auto shape = ArrivalShape::parse(QStringLiteral("steps:2,5,3:1"), &error);
        QVERIFY2(shape, qPrintable(error));
        LoadPlan plan;
        plan.functions = { counter() };
        plan.durationMs = 3000;
        plan.arrivals = generateArrivals(*shape, plan.durationMs);
        LoadRunner runner(m_pool);
        QSignalSpy arrived(&runner, &LoadRunner::arrived);
        QSignalSpy finished(&runner, &LoadRunner::finished);
        QVERIFY(runner.start(plan, &error));
        m_poolClock->advance(0);
        QCOMPARE(arrived.size(), 1); // the call at 0
        const QList<int> total { 2, 7, 10 };
        for (int second = 0; second < 3; ++second) {
            m_poolClock->advance(second == 0 ? 999 : 1000); // to 999, 1999, 2999 ms
            QCOMPARE(arrived.size(), total.at(second));
            for (const auto &args : std::as_const(arrived))
                QVERIFY(args.at(1).toLongLong() <= second * 1000 + 999);
            QVERIFY(waitUntilQuiet(runner));
        }
        QVERIFY(finished.size() == 1 || finished.wait(30000));
        const LoadSummary s = finished.first().first().value<LoadSummary>();
        QCOMPARE(s.requests, qint64(10));
        QCOMPARE(s.errors, qint64(0));
        QCOMPARE(s.coldStarts + s.warmStarts, qint64(10));
        QVERIFY(s.coldStarts >= 1);
        QCOMPARE(s.maxArrivalLagMs, 0.0); // every call was sent at its pool time
        QVERIFY(s.realTime());
        QVERIFY(s.cost.requests == 10 && s.cost.gbSeconds > 0);
        QVERIFY(s.peakInstances >= 1);
    }

    // A function that takes 1.5 s of real time: four calls due within the
    // first pool second all go out at once, none waiting for another.
    void openLoopASlowFunctionDoesNotSlowArrivals()
    {
        LoadPlan plan;
        plan.functions = { sleeper() };
        plan.payload = R"({"seconds": 1.5})";
        plan.durationMs = 1000;
        plan.arrivals = { { 0, 0 }, { 250, 0 }, { 500, 0 }, { 750, 0 } };
        LoadRunner runner(m_pool);
        QSignalSpy records(&runner, &LoadRunner::recordReady);
        QSignalSpy finished(&runner, &LoadRunner::finished);
        QString error;
        QVERIFY(runner.start(plan, &error));
        m_poolClock->advance(1000);
        QCOMPARE(runner.arrivedCount(), qint64(4));
        QCOMPARE(runner.inFlight(), 4);
        QCOMPARE(records.size(), 0); // none has finished, yet all four were sent
        QVERIFY(finished.wait(60000));
        const LoadSummary s = runner.summary();
        QCOMPARE(s.requests, qint64(4));
        QCOMPARE(s.coldStarts, qint64(4)); // each found the others busy
        QCOMPARE(s.peakInFlight, 4);
        QCOMPARE(s.peakInstances, 4);
        QCOMPARE(s.queued, qint64(0));
    }

    // The same with a cap of 2: two in flight, the others queued (counted), sent as places free.
    void theCapQueuesAndCounts()
    {
        LoadPlan plan;
        plan.functions = { sleeper() };
        plan.payload = R"({"seconds": 0.5})";
        plan.durationMs = 1000;
        plan.arrivals = { { 0, 0 }, { 250, 0 }, { 500, 0 }, { 750, 0 }, { 800, 0 } };
        plan.maxConcurrency = 2;
        LoadRunner runner(m_pool);
        QSignalSpy finished(&runner, &LoadRunner::finished);
        QString error;
        QVERIFY(runner.start(plan, &error));
        m_poolClock->advance(1000);
        QCOMPARE(runner.arrivedCount(), qint64(5));
        QCOMPARE(runner.inFlight(), 2);
        QCOMPARE(runner.queuedNow(), 3);
        QVERIFY(finished.wait(60000));
        const LoadSummary s = runner.summary();
        QCOMPARE(s.requests, qint64(5));
        QCOMPARE(s.queued, qint64(3));
        QCOMPARE(s.maxQueue, 3);
        QCOMPARE(s.peakInFlight, 2);
        QCOMPARE(s.coldStarts, qint64(2));
        QCOMPARE(s.warmStarts, qint64(3));
        int queuedRecords = 0;
        for (const LoadRecord &r : runner.records())
            queuedRecords += r.queued;
        QCOMPARE(queuedRecords, 3);
    }

    // Throttles are counted: reserved concurrency 1, two calls at once.
    void throttlesAreCounted()
    {
        FunctionConfig f = sleeper();
        f.reservedConcurrentExecutions = 1;
        LoadPlan plan;
        plan.functions = { f };
        plan.payload = R"({"seconds": 0.5})";
        plan.durationMs = 10;
        plan.arrivals = { { 0, 0 }, { 0, 0 } };
        LoadRunner runner(m_pool);
        QSignalSpy finished(&runner, &LoadRunner::finished);
        QString error;
        QVERIFY(runner.start(plan, &error));
        m_poolClock->advance(10);
        QVERIFY(finished.wait(60000));
        const LoadSummary s = runner.summary();
        QCOMPARE(s.requests, qint64(2));
        QCOMPARE(s.throttles, qint64(1));
        QCOMPARE(s.errors, qint64(0));
        QCOMPARE(s.coldStarts, qint64(1));
    }

    // The engine goes away mid-load (the window makes a new one when its
    // settings change): the load ends, stopped early, with what came back.
    void aLoadEndsWhenItsEngineGoesAway()
    {
        LoadPlan plan;
        plan.functions = { sleeper() };
        plan.payload = R"({"seconds": 5})";
        plan.durationMs = 10000;
        plan.arrivals = { { 0, 0 }, { 5000, 0 } };
        LoadRunner runner(m_pool);
        QSignalSpy finished(&runner, &LoadRunner::finished);
        QString error;
        QVERIFY(runner.start(plan, &error));
        m_poolClock->advance(10);
        QCOMPARE(runner.inFlight(), 1);
        delete m_pool;
        m_pool = nullptr;
        QVERIFY(finished.size() == 1 || finished.wait(10000));
        const LoadSummary s = runner.summary();
        QVERIFY(s.stoppedEarly);
        QCOMPARE(s.arrivals, qint64(1));
        QVERIFY(!runner.isRunning());
    }

    // The model and the real pool, the same trace, keep-alive 60 s: every call
    // cold or warm alike, and as many instances at the peak. Pool time stands
    // still while a call runs (a manual clock); the model's executions take
    // 1 ms, the least that still holds the instance against a call at the same instant.
    void modelAgreesWithThePool()
    {
        m_pool->setKeepAliveMs(60 * 1000);
        const QList<qint64> offsets { 0, 1000, 1000, 30000, 70000, 75000, 75000, 75000, 140000, 201000 };
        LoadPlan plan;
        plan.functions = { counter() };
        for (qint64 o : offsets)
            plan.arrivals.append({ o, 0 });
        plan.durationMs = 201001;
        LoadRunner runner(m_pool);
        QSignalSpy finished(&runner, &LoadRunner::finished);
        QString error;
        QVERIFY(runner.start(plan, &error));
        qint64 now = 0;
        m_poolClock->advance(0);
        for (qint64 o : offsets) {
            if (o == now && o != 0)
                continue;
            m_poolClock->advance(o - now);
            now = o;
            QVERIFY(waitUntilQuiet(runner));
            // Idle (warm) only at the runtime's next /next: wait for it before time moves on.
            // (An expired instance leaves by instanceRemoved, which the
            // shared helper does not wait for: poll the pool's list instead.)
            auto allIdle = [this] {
                const auto list = m_pool->instances();
                return !list.isEmpty() && std::all_of(list.cbegin(), list.cend(), [](const InstanceInfo &i) {
                    return i.state == InstanceState::Idle;
                });
            };
            QTRY_VERIFY_WITH_TIMEOUT(allIdle(), 30000);
        }
        QVERIFY(finished.size() == 1 || finished.wait(30000));
        QList<bool> realCold(offsets.size());
        for (const LoadRecord &r : runner.records()) {
            QVERIFY2(r.outcome == InvocationOutcome::Succeeded, qPrintable(r.errorType));
            realCold[r.index] = r.coldStart;
        }

        ModelTrace trace;
        trace.functions.append({ QStringLiteral("LoadCounter"), 128, 1, 0 });
        trace.arrivals = plan.arrivals;
        trace.durationMs = plan.durationMs;
        const PolicyResult model = simulatePolicy(trace, FixedKeepAlive(60 * 1000), true);
        QCOMPARE(realCold, model.coldFlags);
        QCOMPARE(runner.summary().peakInstances, model.peakInstances);
        // What both say, written out: cold; at 1 s warm and cold (the first
        // is busy); warm at 30 s and 70 s (reused at 30 s, so not yet
        // expired); at 75 s one warm and two cold; all expired by 140 s; 201 s
        // is 61 s after the last use.
        const QList<bool> expected { true, false, true, false, false, false, true, true, true, true };
        QCOMPARE(model.coldFlags, expected);
        QCOMPARE(model.peakInstances, 3);
    }
};

QTEST_GUILESS_MAIN(TestLoadRunner)
#include "tst_loadrunner.moc"
