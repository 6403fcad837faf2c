// SPDX-License-Identifier: MIT
// The pool's model under keep-alive policies, on traces with known answers:
// a function called every 10 minutes, bursts, and the hybrid histogram
// policy learning a period; then the synthetic day of 1,000 functions, where
// the paper's claim is checked (decisions §4) in the paper's model, one
// container per application: the hybrid policy's cold-start rate is within 2
// points of fixed 10 minutes' (it holds), and it wastes less memory (it does
// not on this trace: an expected failure, with the figures and the reason).
#include <QTest>

#include "engine/load/policy/keepalivepolicy.h"
#include "engine/load/policy/poolmodel.h"
#include "engine/load/policy/synthetictrace.h"

using namespace Bullpen;

namespace {

constexpr qint64 Minute = 60 * 1000;

ModelTrace oneFunction(const QList<qint64> &offsets, qint64 durationMs, int memoryMb = 1024)
{
    ModelTrace t;
    t.functions.append({ QStringLiteral("f"), memoryMb, durationMs, 0 });
    for (qint64 o : offsets)
        t.arrivals.append({ o, 0 });
    t.durationMs = offsets.isEmpty() ? 0 : offsets.last() + durationMs;
    return t;
}

QList<qint64> every(qint64 periodMs, int count, qint64 startMs = 0)
{
    QList<qint64> list;
    for (int i = 0; i < count; ++i)
        list.append(startMs + i * periodMs);
    return list;
}

} // namespace

class TestPoolModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every 10 minutes, 100 ms each: an instance idle 9 min 59.9 s.
    void periodicEveryTenMinutes_data()
    {
        QTest::addColumn<qint64>("keepAliveMs");
        QTest::addColumn<qint64>("cold");
        QTest::addColumn<double>("wastedGbSeconds");
        QTest::newRow("none") << qint64(0) << qint64(12) << 0.0;
        QTest::newRow("fixed 1 min") << 1 * Minute << qint64(12) << 12 * 60.0;
        QTest::newRow("fixed 5 min") << 5 * Minute << qint64(12) << 12 * 300.0;
        // Warm from the second call on; 11 idle periods of 599.9 s, none after the last call (the trace ends).
        QTest::newRow("fixed 10 min") << 10 * Minute << qint64(1) << 11 * 599.9;
        QTest::newRow("fixed 45 min") << 45 * Minute << qint64(1) << 11 * 599.9;
    }

    void periodicEveryTenMinutes()
    {
        QFETCH(qint64, keepAliveMs);
        QFETCH(qint64, cold);
        QFETCH(double, wastedGbSeconds);
        ModelTrace trace = oneFunction(every(10 * Minute, 12), 100);
        // For the policies that let the last idle period run out inside the trace, the trace runs on.
        trace.durationMs += 45 * Minute;
        const PolicyResult r = simulatePolicy(trace, FixedKeepAlive(keepAliveMs), true);
        QCOMPARE(r.invocations, qint64(12));
        QCOMPARE(r.coldStarts, cold);
        QCOMPARE(r.coldFlags.first(), true);
        const double tail = qMin<double>(double(keepAliveMs) / 1000, 45 * 60.0); // the last idle period
        const double want = keepAliveMs >= 10 * Minute ? wastedGbSeconds + tail : wastedGbSeconds;
        QVERIFY2(qAbs(r.wastedGbSeconds - want) < 1e-6,
                 qPrintable(QStringLiteral("%1 vs %2").arg(r.wastedGbSeconds).arg(want)));
        QCOMPARE(r.peakInstances, 1);
    }

    // A call arriving exactly when the keep-alive runs out finds the instance gone (as the pool does).
    void arrivalAtTheExpiryIsCold()
    {
        const PolicyResult r = simulatePolicy(oneFunction(every(10 * Minute, 3), 0), FixedKeepAlive(10 * Minute), true);
        QCOMPARE(r.coldStarts, qint64(3));
        const PolicyResult justBefore = simulatePolicy(oneFunction({ 0, 10 * Minute - 1, 20 * Minute - 2 }, 0),
                                                       FixedKeepAlive(10 * Minute), true);
        QCOMPARE(justBefore.coldStarts, qint64(1));
    }

    // The hybrid policy: the first idle period under the standard keep-alive
    // (the 4-hour range), then the learnt period: pre-warm 9 min less 10 %
    // (8.1 min), warm until 10 min plus 10 % (11 min).
    void hybridLearnsThePeriod()
    {
        const ModelTrace trace = oneFunction(every(10 * Minute, 12), 100);
        HybridHistogramPolicy policy;
        const PolicyResult r = simulatePolicy(trace, policy, true);
        QCOMPARE(r.coldStarts, qint64(1));
        // Idle 1: 599.9 s loaded; idles 2-11: loaded from 8.1 min after the end until the next call.
        const double want = 599.9 + 10 * (599.9 - 486.0);
        QVERIFY2(qAbs(r.wastedGbSeconds - want) < 1e-6, qPrintable(QString::number(r.wastedGbSeconds)));
        // Its window, as the policy states it after one idle time of 9.999 min.
        auto fresh = policy.fresh(1);
        fresh->observeIdle(0, 10 * Minute - 100);
        QCOMPARE(fresh->window(0), (KeepAliveWindow { 486000, 11 * Minute - 486000 }));
        HybridHistogramPolicy standard;
        QCOMPARE(standard.fresh(1)->window(0), (KeepAliveWindow { 0, 4 * 60 * Minute }));
    }

    // Idle times spread over the whole range: not representative, the standard keep-alive.
    void hybridFallsBackWhenTheHistogramIsFlat()
    {
        HybridHistogramPolicy policy(1);
        for (int i = 0; i < 240; ++i)
            policy.observeIdle(0, i * Minute + 1000);
        QCOMPARE(policy.ruleFor(0), QStringLiteral("standard"));
        QCOMPARE(policy.window(0), (KeepAliveWindow { 0, 4 * 60 * Minute }));
        // Mostly out of bounds: the predictor (mean of the last three), 15 % either side.
        HybridHistogramPolicy rare(1);
        rare.observeIdle(0, 5 * 60 * Minute);
        rare.observeIdle(0, 6 * 60 * Minute);
        rare.observeIdle(0, 7 * 60 * Minute);
        QCOMPARE(rare.ruleFor(0), QStringLiteral("predictor"));
        const KeepAliveWindow w = rare.window(0);
        QVERIFY2(qAbs(w.prewarmMs - 0.85 * 6 * 60 * Minute) <= 1 && qAbs(w.keepAliveMs - 0.30 * 6 * 60 * Minute) <= 1,
                 qPrintable(QStringLiteral("%1 + %2").arg(w.prewarmMs).arg(w.keepAliveMs)));
    }

    // Five calls at once, five more a minute later, five more 30 minutes later.
    void bursts()
    {
        QList<qint64> offsets;
        for (qint64 at : { qint64(0), Minute, 31 * Minute })
            for (int i = 0; i < 5; ++i)
                offsets.append(at);
        const ModelTrace trace = oneFunction(offsets, 200, 512);
        const PolicyResult ten = simulatePolicy(trace, FixedKeepAlive(10 * Minute), true);
        QCOMPARE(ten.coldStarts, qint64(10)); // 5 + 0 + 5
        QCOMPARE(ten.peakInstances, 5);
        const PolicyResult none = simulatePolicy(trace, FixedKeepAlive(0));
        QCOMPARE(none.coldStarts, qint64(15));
        const PolicyResult long45 = simulatePolicy(trace, FixedKeepAlive(45 * Minute));
        QCOMPARE(long45.coldStarts, qint64(5));
        QCOMPARE(long45.peakInstances, 5);
        // Five instances idle 59.8 s at 0.5 GB, and 10 min after the second burst (the first expiry).
        QVERIFY(qAbs(ten.wastedGbSeconds - (5 * 59.8 * 0.5 + 5 * 600 * 0.5)) < 1e-6);
    }

    // Two functions do not share instances.
    void functionsAreSeparate()
    {
        ModelTrace t;
        t.functions.append({ QStringLiteral("a"), 128, 10, 0 });
        t.functions.append({ QStringLiteral("b"), 128, 10, 0 });
        t.arrivals = { { 0, 0 }, { 1000, 1 }, { 2000, 0 }, { 3000, 1 } };
        t.durationMs = 4000;
        const PolicyResult r = simulatePolicy(t, FixedKeepAlive(10 * Minute));
        QCOMPARE(r.coldStarts, qint64(2));
        QCOMPARE(r.functionColdStartPercents, (QList<double> { 50.0, 50.0 }));
    }

    void syntheticTraceIsFixed()
    {
        SyntheticTraceParameters p;
        p.functions = 50;
        const ModelTrace a = generateSyntheticTrace(p);
        const ModelTrace b = generateSyntheticTrace(p);
        QCOMPARE(a.arrivals, b.arrivals);
        QCOMPARE(a.functions.size(), 50);
        p.seed = 7;
        QVERIFY(generateSyntheticTrace(p).arrivals != a.arrivals);
    }

    // One container per application (the paper's simulation): overlapping
    // calls share it; the windows apply when its last execution ends.
    void perApplicationSharesTheContainer()
    {
        QList<qint64> offsets;
        for (qint64 at : { qint64(0), Minute, 31 * Minute })
            for (int i = 0; i < 5; ++i)
                offsets.append(at + i * 10); // 10 ms apart, each running 200 ms: they overlap
        const ModelTrace trace = oneFunction(offsets, 200, 512);
        const PolicyResult perInstance = simulatePolicy(trace, FixedKeepAlive(10 * Minute), true);
        QCOMPARE(perInstance.coldStarts, qint64(10)); // scales out to 5, twice
        QCOMPARE(perInstance.peakInstances, 5);
        const PolicyResult app
            = simulatePolicy(trace, FixedKeepAlive(10 * Minute), true, ContainerScope::PerApplication);
        QCOMPARE(app.coldStarts, qint64(2)); // the first call of each group after an expiry
        QCOMPARE(app.peakInstances, 1);
        QCOMPARE(app.coldFlags.at(0), true);
        QCOMPARE(app.coldFlags.at(5), false);
        QCOMPARE(app.coldFlags.at(10), true);
        // Idle from 240 ms to 60 s, then 10 min after 60.24 s (the expiry), at 0.5 GB; the trace ends at 31 min 240 ms.
        const double want = (60.0 - 0.24) * 0.5 + 600 * 0.5;
        QVERIFY2(qAbs(app.wastedGbSeconds - want) < 1e-6, qPrintable(QString::number(app.wastedGbSeconds)));
        // The periodic function: the same answers as per instance (one call at a time anyway).
        ModelTrace periodic = oneFunction(every(10 * Minute, 12), 100);
        const PolicyResult hybridApp
            = simulatePolicy(periodic, HybridHistogramPolicy(), true, ContainerScope::PerApplication);
        const PolicyResult hybridInstance = simulatePolicy(periodic, HybridHistogramPolicy(), true);
        QCOMPARE(hybridApp.coldStarts, hybridInstance.coldStarts);
        QVERIFY(qAbs(hybridApp.wastedGbSeconds - hybridInstance.wastedGbSeconds) < 1e-6);
        periodic.durationMs += 45 * Minute;
        for (qint64 keepAlive : { qint64(0), 5 * Minute, 10 * Minute, 45 * Minute }) {
            const PolicyResult a
                = simulatePolicy(periodic, FixedKeepAlive(keepAlive), false, ContainerScope::PerApplication);
            const PolicyResult i = simulatePolicy(periodic, FixedKeepAlive(keepAlive));
            QCOMPARE(a.coldStarts, i.coldStarts);
            QVERIFY2(qAbs(a.wastedGbSeconds - i.wastedGbSeconds) < 1e-6, qPrintable(QString::number(keepAlive)));
        }
    }

    // The paper's claim on the synthetic day, in the paper's model (one
    // container per application): less wasted memory than fixed 10 minutes,
    // at a cold-start rate within 2 points (the third quartile of the
    // functions' cold-start percentages, as the paper compares them, and of
    // all calls).
    void hybridAgainstFixedTenOnTheSyntheticDay()
    {
        const ModelTrace trace = generateSyntheticTrace();
        QCOMPARE(trace.functions.size(), 1000);
        const PolicyResult fixed
            = simulatePolicy(trace, FixedKeepAlive(10 * Minute), false, ContainerScope::PerApplication);
        const PolicyResult hybrid
            = simulatePolicy(trace, HybridHistogramPolicy(), false, ContainerScope::PerApplication);
        const QString figures
            = QStringLiteral("fixed 10: cold %1 % (p75 %2 %), wasted %3 GB-s; hybrid: cold %4 % (p75 %5 %), "
                             "wasted %6 GB-s")
                  .arg(fixed.coldStartPercent)
                  .arg(fixed.coldStartPercentP75)
                  .arg(fixed.wastedGbSeconds)
                  .arg(hybrid.coldStartPercent)
                  .arg(hybrid.coldStartPercentP75)
                  .arg(hybrid.wastedGbSeconds);
        qInfo("%s", qPrintable(figures));
        QCOMPARE(hybrid.invocations, qint64(trace.arrivals.size()));
        QVERIFY2(hybrid.coldStartPercentP75 <= fixed.coldStartPercentP75 + 2.0, qPrintable(figures));
        QVERIFY2(hybrid.coldStartPercent <= fixed.coldStartPercent + 2.0, qPrintable(figures));
        // On the Pareto frontier the paper draws, it does beat the fixed
        // policy with about its cold-start rate: 30 minutes has a few more
        // cold starts and wastes more memory.
        const PolicyResult fixed30
            = simulatePolicy(trace, FixedKeepAlive(30 * Minute), false, ContainerScope::PerApplication);
        const QString thirty = QStringLiteral("; fixed 30: cold %1 %, wasted %2 GB-s")
                                   .arg(fixed30.coldStartPercent)
                                   .arg(fixed30.wastedGbSeconds);
        QVERIFY2(hybrid.coldStartPercent < fixed30.coldStartPercent, qPrintable(figures + thirty));
        QVERIFY2(hybrid.wastedGbSeconds < fixed30.wastedGbSeconds, qPrintable(figures + thirty));
        // Not met on this trace, even in the paper's model (docs/benchmarks.md,
        // "The keep-alive policy lab"): the hybrid policy wastes about 20 %
        // more memory than fixed 10 minutes, because it buys far fewer cold
        // starts (0.14 % of calls against 0.42 %; the third-quartile function
        // 50 % against 100 %). It saves memory on periodic functions (-32 to
        // -50 %), loses it on Poisson-like ones called every 10 min to 4 h
        // (+214 %: the 99th percentile of exponential idle times is long) and
        // on functions with fewer than 3 calls a day (the 4-hour standard
        // keep-alive before the histogram knows anything). Longer synthetic
        // traces widen the gap (3 days: +31 %, 7 days: +41 %). The trace's mix
        // of patterns is Bullpen's choice, not the paper's measurement. This
        // check fails loudly (XPASS) once the model or trace makes it hold.
        QEXPECT_FAIL("", "the hybrid policy wastes more memory than fixed 10 minutes on the synthetic day", Continue);
        QVERIFY2(hybrid.wastedGbSeconds < fixed.wastedGbSeconds, qPrintable(figures));
    }

    // The same day with Lambda's rule (one call per instance, every idle
    // instance with its own windows), for the record: the paper makes no claim
    // about it, and the figures are in docs/benchmarks.md.
    void hybridPerInstanceOnTheSyntheticDay()
    {
        const ModelTrace trace = generateSyntheticTrace();
        const PolicyResult fixed = simulatePolicy(trace, FixedKeepAlive(10 * Minute));
        const PolicyResult hybrid = simulatePolicy(trace, HybridHistogramPolicy());
        qInfo("per instance: fixed 10: cold %.3f %% (p75 %.1f %%), wasted %.0f GB-s; hybrid: cold %.3f %% "
              "(p75 %.1f %%), wasted %.0f GB-s",
              fixed.coldStartPercent, fixed.coldStartPercentP75, fixed.wastedGbSeconds, hybrid.coldStartPercent,
              hybrid.coldStartPercentP75, hybrid.wastedGbSeconds);
        QCOMPARE(hybrid.invocations, fixed.invocations);
        QVERIFY(hybrid.coldStartPercentP75 < fixed.coldStartPercentP75);
    }
};

QTEST_GUILESS_MAIN(TestPoolModel)
#include "tst_poolmodel.moc"
