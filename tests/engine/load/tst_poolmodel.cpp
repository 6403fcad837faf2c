// SPDX-License-Identifier: MIT
// The pool's model under keep-alive policies, on traces with known answers:
// a function called every 10 minutes, bursts, and the hybrid histogram
// policy learning a period; then the synthetic day of 1,000 applications
// drawn from the paper's published distributions (checked here too), where
// the paper's claim is checked (decisions §4) in the paper's model, one
// container per application: the hybrid policy's cold-start rate is within 2
// points of fixed 10 minutes' (it holds: far fewer), it beats the fixed
// policy of its own cold-start rate (it holds), and it wastes less memory than
// fixed 10 minutes (it does not: an expected failure, with the figures and
// the reason).
#include <QTest>

#include "engine/load/policy/keepalivepolicy.h"
#include "engine/load/policy/poolmodel.h"
#include "engine/load/policy/synthetictrace.h"

#include <cmath>
#include <vector>

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

// Each function's call times, in order.
std::vector<std::vector<qint64>> callsPerFunction(const ModelTrace &trace)
{
    std::vector<std::vector<qint64>> calls(size_t(trace.functions.size()));
    for (const Arrival &x : trace.arrivals)
        calls[size_t(x.function)].push_back(x.offsetMs);
    return calls;
}

// The mean and the coefficient of variation of the gaps between calls (at least two calls).
std::pair<double, double> gapMeanAndCv(const std::vector<qint64> &calls)
{
    double sum = 0, squares = 0;
    for (size_t i = 1; i < calls.size(); ++i) {
        const double gap = double(calls[i] - calls[i - 1]);
        sum += gap;
        squares += gap * gap;
    }
    const double n = double(calls.size() - 1);
    const double mean = sum / n;
    return { mean, mean > 0 ? std::sqrt(qMax(0.0, squares / n - mean * mean)) / mean : 0.0 };
}

// Where the two policies' cold starts and memory go, per application class:
// by the CV of its gaps (periodic below 0.05, up to 1.5 about Poisson, bursty
// above) and its mean gap, in the paper's model. Applications are
// independent there, so the classes' sums are the whole trace's.
QString breakdown(const ModelTrace &trace, const KeepAlivePolicy &a, const KeepAlivePolicy &b)
{
    const int n = int(trace.functions.size());
    const auto calls = callsPerFunction(trace);
    std::vector<int> classOf(size_t(n), -1);
    const QStringList names {
        QStringLiteral("fewer than 3 calls"),        QStringLiteral("periodic, gap < 10 min"),
        QStringLiteral("periodic, gap 10 min-4 h"),  QStringLiteral("periodic, gap > 4 h"),
        QStringLiteral("CV 0.05-1.5, gap < 10 min"), QStringLiteral("CV 0.05-1.5, gap 10 min-4 h"),
        QStringLiteral("CV 0.05-1.5, gap > 4 h"),    QStringLiteral("CV > 1.5, gap < 10 min"),
        QStringLiteral("CV > 1.5, gap 10 min-4 h"),  QStringLiteral("CV > 1.5, gap > 4 h")
    };
    for (int f = 0; f < n; ++f) {
        const auto &c = calls[size_t(f)];
        if (c.empty())
            continue;
        if (c.size() < 3) {
            classOf[size_t(f)] = 0;
            continue;
        }
        const auto [mean, cv] = gapMeanAndCv(c);
        const int pattern = cv < 0.05 ? 0 : cv <= 1.5 ? 1 : 2;
        const int gap = mean < 10.0 * Minute ? 0 : mean <= 240.0 * Minute ? 1 : 2;
        classOf[size_t(f)] = 1 + pattern * 3 + gap;
    }
    QString out = QStringLiteral("%1 %2 %3 | %4 %5 | %6 %7 | memory\n")
                      .arg(QStringLiteral("class"), -28)
                      .arg(QStringLiteral("apps"), 5)
                      .arg(QStringLiteral("calls"), 9)
                      .arg(a.name() + QStringLiteral(" cold"), 18)
                      .arg(QStringLiteral("GB-s"), 12)
                      .arg(b.name() + QStringLiteral(" cold"), 22)
                      .arg(QStringLiteral("GB-s"), 12);
    for (int k = 0; k < int(names.size()); ++k) {
        ModelTrace part;
        part.functions = trace.functions;
        part.durationMs = trace.durationMs;
        int apps = 0;
        for (int f = 0; f < n; ++f)
            apps += classOf[size_t(f)] == k;
        for (const Arrival &x : trace.arrivals) {
            if (classOf[size_t(x.function)] == k)
                part.arrivals.append(x);
        }
        if (part.arrivals.isEmpty())
            continue;
        const PolicyResult ra = simulatePolicy(part, a, false, ContainerScope::PerApplication);
        const PolicyResult rb = simulatePolicy(part, b, false, ContainerScope::PerApplication);
        out += QStringLiteral("%1 %2 %3 | %4 %5 | %6 %7 | %8\n")
                   .arg(names.at(k), -28)
                   .arg(apps, 5)
                   .arg(ra.invocations, 9)
                   .arg(ra.coldStarts, 18)
                   .arg(ra.wastedGbSeconds, 12, 'f', 0)
                   .arg(rb.coldStarts, 22)
                   .arg(rb.wastedGbSeconds, 12, 'f', 0)
                   .arg(ra.wastedGbSeconds > 0 ? QStringLiteral("%1 %").arg(
                                                     100.0 * (rb.wastedGbSeconds / ra.wastedGbSeconds - 1), 0, 'f', 0)
                                               : QStringLiteral("-"));
    }
    return out;
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

    // The synthetic day follows the paper's published distributions (its
    // text's own figures where it states them) and realises them: calls per
    // application, and the CV of each application's inter-arrival times.
    void syntheticTraceFollowsThePaper()
    {
        namespace D = SyntheticDistributions;
        // The paper's text: 45 % of applications are invoked at most once an hour, 81 % at most once a minute.
        QVERIFY(qAbs(D::log10CallsPerDay(0.45) - std::log10(24.0)) < 0.1);
        QVERIFY(qAbs(D::log10CallsPerDay(0.81) - std::log10(1440.0)) < 0.1);
        // And: half the functions run for at most about a second on average.
        QVERIFY(qAbs(D::log10ExecutionSeconds(0.5)) < 0.1);
        QCOMPARE(D::interArrivalCv(0.1), 0.0); // Fig. 6: about a fifth strictly periodic
        QVERIFY(qAbs(D::interArrivalCv(0.57) - 1.0) < 0.1); // and 57 % at most as variable as Poisson

        const ModelTrace trace = generateSyntheticTrace();
        const auto calls = callsPerFunction(trace);
        int hourlyOrLess = 0, minutelyOrLess = 0, measured = 0, periodic = 0, poissonOrLess = 0;
        for (const auto &c : calls) {
            hourlyOrLess += c.size() <= 24;
            minutelyOrLess += c.size() <= 1440;
            if (c.size() < 100)
                continue;
            const double cv = gapMeanAndCv(c).second;
            ++measured;
            periodic += cv < 0.05;
            poissonOrLess += cv <= 1.0;
        }
        const QString figures = QStringLiteral("at most 24 calls: %1, at most 1,440: %2 of %3; of %4 with 100 calls or "
                                               "more, CV < 0.05: %5, CV <= 1: %6")
                                    .arg(hourlyOrLess)
                                    .arg(minutelyOrLess)
                                    .arg(calls.size())
                                    .arg(measured)
                                    .arg(periodic)
                                    .arg(poissonOrLess);
        qInfo("%s", qPrintable(figures));
        const double n = double(calls.size());
        QVERIFY2(qAbs(hourlyOrLess / n - 0.45) < 0.05, qPrintable(figures));
        QVERIFY2(qAbs(minutelyOrLess / n - 0.81) < 0.05, qPrintable(figures));
        // Fig. 6, "All Apps": CDF 0.25 at CV 0.05, 0.57 at CV 1.
        QVERIFY2(measured > 300, qPrintable(figures));
        QVERIFY2(qAbs(periodic / double(measured) - 0.25) < 0.07, qPrintable(figures));
        QVERIFY2(qAbs(poissonOrLess / double(measured) - 0.57) < 0.08, qPrintable(figures));
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
        qInfo("per application class:\n%s",
              qPrintable(breakdown(trace, FixedKeepAlive(10 * Minute), HybridHistogramPolicy())));
        // The same day with every application at the same memory: wasted memory TIME alone.
        ModelTrace flat = trace;
        for (ModelFunction &f : flat.functions)
            f.memoryMb = 1024;
        const double fixedSeconds
            = simulatePolicy(flat, FixedKeepAlive(10 * Minute), false, ContainerScope::PerApplication).wastedGbSeconds;
        const double hybridSeconds
            = simulatePolicy(flat, HybridHistogramPolicy(), false, ContainerScope::PerApplication).wastedGbSeconds;
        qInfo("idle warm time alone (all at 1 GB): fixed 10: %.0f s, hybrid: %.0f s (%.1f %%)", fixedSeconds,
              hybridSeconds, 100.0 * hybridSeconds / fixedSeconds);
        QCOMPARE(hybrid.invocations, qint64(trace.arrivals.size()));
        QVERIFY2(hybrid.coldStartPercentP75 <= fixed.coldStartPercentP75 + 2.0, qPrintable(figures));
        QVERIFY2(hybrid.coldStartPercent <= fixed.coldStartPercent + 2.0, qPrintable(figures));
        // On the Pareto frontier the paper draws, it does beat the fixed
        // policies: the shortest fixed keep-alive (of 15, 20, 25, 30, 45 and
        // 60 minutes) with as few cold starts wastes more memory than it.
        QString frontier;
        bool matched = false;
        for (int minutes : { 15, 20, 25, 30, 45, 60 }) {
            const PolicyResult r
                = simulatePolicy(trace, FixedKeepAlive(minutes * Minute), false, ContainerScope::PerApplication);
            frontier += QStringLiteral("; fixed %1: cold %2 %, wasted %3 GB-s")
                            .arg(minutes)
                            .arg(r.coldStartPercent)
                            .arg(r.wastedGbSeconds);
            if (r.coldStartPercent <= hybrid.coldStartPercent) {
                QVERIFY2(hybrid.wastedGbSeconds < r.wastedGbSeconds, qPrintable(figures + frontier));
                matched = true;
                break;
            }
        }
        qInfo("the fixed policies%s", qPrintable(frontier));
        QVERIFY2(matched, qPrintable(figures + frontier));
        // Not met on this trace, even in the paper's model (docs/benchmarks.md,
        // "The hybrid policy on the paper's distributions"): the hybrid policy
        // wastes about 11 % more memory than fixed 10 minutes (11 % more idle
        // warm time alone, memory aside), because it buys far fewer cold
        // starts (0.042 % of calls against 0.102 %; the third-quartile
        // application 36 % against 100 %). It saves half the memory on
        // periodic applications called at least every 4 hours (-52 to -54 %),
        // loses on the others: applications with fewer than 3 calls a day
        // (the 4-hour standard keep-alive before the histogram knows
        // anything), and irregular ones called every 10 min to 4 h (+113 % at
        // a CV up to 1.5, +340 % above: the 99th percentile of their idle
        // times is long). Every parameter of the trace is the paper's
        // (docs/policy-lab-trace.md). This check fails loudly (XPASS) once
        // the model or trace makes it hold.
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
