// SPDX-License-Identifier: MIT
// The pool's model under keep-alive policies, on traces with known answers:
// a function called every 10 minutes, bursts, and the hybrid histogram
// policy learning a period; then the synthetic day of 1,000 applications
// drawn from the paper's published distributions (checked here too), where
// the paper's claim is checked (decisions §4) in the paper's model, one
// container per application: the hybrid policy's cold-start rate is within 2
// points of fixed 10 minutes' (it holds: far fewer), it beats the fixed
// policy of its own cold-start rate (it holds), and it wastes less memory than
// fixed 10 minutes in one of the set-ups the paper evaluates: its Fig. 15's
// histogram ranges (2, 3, 4 hours), with fresh histograms or with a day of
// warm-up carried over (it does not: an expected failure, with the figures
// and the reason).
#include <QTest>
#include <QtNumeric>

#include "engine/load/policy/keepalivepolicy.h"
#include "engine/load/policy/poolmodel.h"
#include "engine/load/policy/synthetictrace.h"

#include <algorithm>
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

// FNV-1a over the arrivals (offset, function): the trace's fingerprint.
quint64 fingerprint(const ModelTrace &trace)
{
    quint64 h = 1469598103934665603ULL;
    for (const Arrival &a : trace.arrivals) {
        h ^= quint64(a.offsetMs);
        h *= 1099511628211ULL;
        h ^= quint64(a.function);
        h *= 1099511628211ULL;
    }
    return h;
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

    // The paper's Fig. 15 variants: another histogram range is also the
    // standard keep-alive's length and the bound past which idle times are out
    // of bounds; the names tell them apart.
    void hybridRangeVariants()
    {
        QCOMPARE(HybridHistogramPolicy().name(), QStringLiteral("hybrid 4 h"));
        HybridHistogramPolicy two(HybridHistogramPolicy::withRange(2 * 60 * Minute), 1);
        QCOMPARE(two.name(), QStringLiteral("hybrid 2 h"));
        QCOMPARE(two.window(0), (KeepAliveWindow { 0, 2 * 60 * Minute })); // nothing seen: the standard keep-alive
        two.observeIdle(0, 150 * Minute); // in a 4-hour histogram; out of a 2-hour one
        QCOMPARE(two.ruleFor(0), QStringLiteral("predictor"));
        HybridHistogramPolicy four(1);
        four.observeIdle(0, 150 * Minute);
        QCOMPARE(four.ruleFor(0), QStringLiteral("histogram"));
        QCOMPARE(
            four.window(0),
            (KeepAliveWindow { qint64(150 * Minute * 0.9), qint64(151 * Minute * 1.1) - qint64(150 * Minute * 0.9) }));
        // The line-up: the paper's three ranges, after the fixed keep-alives.
        QStringList names;
        for (const auto &policy : standardPolicies())
            names.append(policy->name());
        QCOMPARE(names,
                 (QStringList {
                     QStringLiteral("no keep-alive"), QStringLiteral("fixed 1 min"), QStringLiteral("fixed 5 min"),
                     QStringLiteral("fixed 10 min"), QStringLiteral("fixed 20 min"), QStringLiteral("fixed 45 min"),
                     QStringLiteral("fixed 60 min"), QStringLiteral("fixed 120 min"), QStringLiteral("hybrid 2 h"),
                     QStringLiteral("hybrid 3 h"), QStringLiteral("hybrid 4 h") }));
    }

    // A warm-up: the policy learns from the calls before measureFromMs, and
    // only the calls and idle time after it count. Every 10 minutes, 100 ms
    // each, measured from 55 minutes: the calls at 60 ... 110 minutes.
    void measuredFromAfterAWarmUp_data()
    {
        QTest::addColumn<int>("scope");
        QTest::newRow("per application") << int(ContainerScope::PerApplication);
        QTest::newRow("per instance") << int(ContainerScope::PerInstance);
    }

    void measuredFromAfterAWarmUp()
    {
        QFETCH(int, scope);
        ModelTrace trace = oneFunction(every(10 * Minute, 12), 100);
        trace.durationMs += 45 * Minute;
        // A second function called only in the warm-up: left out of the figures.
        trace.functions.append({ QStringLiteral("early"), 1024, 100, 0 });
        trace.arrivals.append({ 20 * Minute + 1, 1 });
        std::stable_sort(trace.arrivals.begin(), trace.arrivals.end(),
                         [](const Arrival &a, const Arrival &b) { return a.offsetMs < b.offsetMs; });
        const qint64 from = 55 * Minute;
        const PolicyResult five = simulatePolicy(trace, FixedKeepAlive(5 * Minute), true, ContainerScope(scope), from);
        QCOMPARE(five.invocations, qint64(6));
        QCOMPARE(five.coldStarts, qint64(6));
        QCOMPARE(five.functionColdStartPercents, QList<double> { 100.0 });
        QCOMPARE(five.coldFlags.first(), true); // the flags cover the whole trace
        // The idle period after the call at 50 min is loaded until 55 min 0.1 s: 0.1 s of it counts;
        // then 5 minutes after each of the six measured calls.
        QVERIFY2(qAbs(five.wastedGbSeconds - (0.1 + 6 * 300.0)) < 1e-6,
                 qPrintable(QString::number(five.wastedGbSeconds)));
        // The hybrid policy has learnt the period in the warm-up: every measured call warm, each
        // idle period loaded from 8.1 min after the end until the next call (113.9 s), the last
        // one until 11 min (174 s). The early function's one call, at 20 min, has the standard
        // keep-alive (4 h): it straddles 55 min and counts from then to the trace's end at
        // 155 min 0.1 s (6,000.1 s).
        const PolicyResult hybrid = simulatePolicy(trace, HybridHistogramPolicy(), false, ContainerScope(scope), from);
        QCOMPARE(hybrid.invocations, qint64(6));
        QCOMPARE(hybrid.coldStarts, qint64(0));
        QVERIFY2(qAbs(hybrid.wastedGbSeconds - (6 * 113.9 + 174.0 + 6000.1)) < 1e-6,
                 qPrintable(QString::number(hybrid.wastedGbSeconds)));
        // Measured from the start: the whole trace, as without the argument.
        const PolicyResult all = simulatePolicy(trace, FixedKeepAlive(5 * Minute), false, ContainerScope(scope), 0);
        QCOMPARE(all.invocations, qint64(13));
        QCOMPARE(all.coldStarts, qint64(13));
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

    // The day is the same with every compiler and library: its calls and
    // their fingerprint are pinned. (Two random draws used to be the operands
    // of one product, an order the language leaves to the compiler; this
    // check fails if the draws change order or anything else changes the day.)
    void syntheticDayIsPinned()
    {
        const ModelTrace day = generateSyntheticTrace();
        QCOMPARE(day.arrivals.size(), qsizetype(12300712));
        QCOMPARE(fingerprint(day), quint64(0x1f04231ee77ac0e2ULL));
    }

    // A warm-up before the day: the same applications, whose processes run on
    // backwards; the day's calls are the same, shifted by the warm-up.
    void syntheticWarmUpKeepsTheDay()
    {
        SyntheticTraceParameters p;
        p.functions = 80;
        const ModelTrace day = generateSyntheticTrace(p);
        p.warmUpMs = 24 * 60 * Minute;
        const ModelTrace warm = generateSyntheticTrace(p);
        QCOMPARE(warm.durationMs, 2 * 24 * 60 * Minute);
        QCOMPARE(warm.functions.size(), day.functions.size());
        QList<Arrival> shifted;
        qsizetype before = 0;
        for (const Arrival &a : warm.arrivals) {
            QVERIFY(a.offsetMs >= 0);
            if (a.offsetMs >= p.warmUpMs)
                shifted.append({ a.offsetMs - p.warmUpMs, a.function });
            else
                ++before;
        }
        QCOMPARE(shifted, day.arrivals);
        for (qsizetype i = 1; i < warm.arrivals.size(); ++i)
            QVERIFY(warm.arrivals.at(i - 1).offsetMs <= warm.arrivals.at(i).offsetMs);
        // A stationary process: about as many calls the day before as on the day.
        qInfo("calls: %lld in the warm-up day, %lld on the day", qint64(before), qint64(day.arrivals.size()));
        QVERIFY2(qAbs(double(before) / double(day.arrivals.size()) - 1.0) < 0.2,
                 qPrintable(QStringLiteral("%1 against %2").arg(before).arg(day.arrivals.size())));
        // A periodic application (its gaps on the day the same to the millisecond) keeps its
        // period through the warm-up and across the day's start.
        auto constantGaps = [](const std::vector<qint64> &c) {
            for (size_t i = 2; i < c.size(); ++i) {
                if (qAbs((c[i] - c[i - 1]) - (c[1] - c[0])) > 1)
                    return false;
            }
            return true;
        };
        const auto dayCalls = callsPerFunction(day);
        const auto warmCalls = callsPerFunction(warm);
        int periodic = 0;
        for (size_t f = 0; f < dayCalls.size(); ++f) {
            if (dayCalls[f].size() < 3 || !constantGaps(dayCalls[f]))
                continue;
            ++periodic;
            QVERIFY(warmCalls[f].size() > dayCalls[f].size());
            QVERIFY2(constantGaps(warmCalls[f]), qPrintable(QString::number(f)));
        }
        QVERIFY(periodic > 5);
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
    // all calls). Checked for each set-up the paper evaluates that the day
    // can reproduce: the histogram ranges of its Fig. 15 (2, 3 and 4 hours;
    // the standard keep-alive is the range), with histograms that start empty
    // on the day and with a day of warm-up whose statistics they carry into it
    // (the paper's simulation runs over its trace's 14 days).
    void hybridAgainstFixedTenOnTheSyntheticDay()
    {
        const ModelTrace trace = generateSyntheticTrace();
        QCOMPARE(trace.functions.size(), 1000);
        const PolicyResult fixed
            = simulatePolicy(trace, FixedKeepAlive(10 * Minute), false, ContainerScope::PerApplication);
        const PolicyResult hybrid
            = simulatePolicy(trace, HybridHistogramPolicy(), false, ContainerScope::PerApplication);
        const QString figures
            = QStringLiteral("fixed 10: cold %1 % (p75 %2 %), wasted %3 GB-s; hybrid 4 h: cold %4 % (p75 %5 %), "
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
        qInfo("idle warm time alone (all at 1 GB): fixed 10: %.0f s, hybrid 4 h: %.0f s (%.1f %%)", fixedSeconds,
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

        // The paper's set-ups: each range, without and with a day of warm-up,
        // against fixed 10 minutes measured on the same calls.
        SyntheticTraceParameters warmParameters;
        warmParameters.warmUpMs = 24 * 60 * Minute;
        const ModelTrace warm = generateSyntheticTrace(warmParameters);
        struct Setup
        {
            const char *name;
            const ModelTrace *trace;
            qint64 from;
        };
        double best = qInf();
        QString bestName, setups;
        for (const Setup &setup : { Setup { "fresh histograms", &trace, 0 },
                                    Setup { "a day of warm-up", &warm, warmParameters.warmUpMs } }) {
            const PolicyResult ten = simulatePolicy(*setup.trace, FixedKeepAlive(10 * Minute), false,
                                                    ContainerScope::PerApplication, setup.from);
            QCOMPARE(ten.invocations, qint64(trace.arrivals.size())); // the same day's calls are measured
            setups += QStringLiteral("\n%1: fixed 10 min: cold %2 % (p75 %3 %), wasted %4 GB-s")
                          .arg(QLatin1String(setup.name))
                          .arg(ten.coldStartPercent, 0, 'f', 4)
                          .arg(ten.coldStartPercentP75, 0, 'f', 1)
                          .arg(ten.wastedGbSeconds, 0, 'f', 0);
            for (int hours : { 2, 3, 4 }) {
                const HybridHistogramPolicy policy(HybridHistogramPolicy::withRange(hours * 60 * Minute), 0);
                const PolicyResult r
                    = simulatePolicy(*setup.trace, policy, false, ContainerScope::PerApplication, setup.from);
                const double ratio = r.wastedGbSeconds / ten.wastedGbSeconds;
                setups += QStringLiteral("; %1: cold %2 % (p75 %3 %), wasted %4 GB-s = %5 % of fixed 10's")
                              .arg(r.policy)
                              .arg(r.coldStartPercent, 0, 'f', 4)
                              .arg(r.coldStartPercentP75, 0, 'f', 1)
                              .arg(r.wastedGbSeconds, 0, 'f', 0)
                              .arg(100.0 * ratio, 0, 'f', 1);
                // Its cold starts are within 2 points of fixed 10's (far fewer) in every set-up.
                QVERIFY2(r.coldStartPercentP75 <= ten.coldStartPercentP75 + 2.0, qPrintable(setups));
                QVERIFY2(r.coldStartPercent <= ten.coldStartPercent + 2.0, qPrintable(setups));
                if (ratio < best) {
                    best = ratio;
                    bestName = r.policy + QStringLiteral(", ") + QLatin1String(setup.name);
                }
            }
        }
        qInfo("the paper's set-ups:%s", qPrintable(setups));
        qInfo("the least wasteful: %s, %.1f %% of fixed 10's memory", qPrintable(bestName), 100.0 * best);
        // Not met on this trace in any of them (docs/benchmarks.md, "The
        // paper's set-up, reproduced where the day allows"): the least
        // wasteful, the 2-hour range with fresh histograms, wastes about 2 %
        // more memory than fixed 10 minutes; the 4-hour range 11 %; a day of
        // warm-up makes every range MORE wasteful (8 to 17 %), as the
        // histograms it brings catch more calls (the third-quartile
        // application cold on 9 to 18 % of its calls instead of 36 to 46 %;
        // fixed 10: 100 %). The hybrid policy saves half the memory on
        // periodic applications called at least every 4 hours, and loses it
        // on applications with fewer than 3 calls (the standard keep-alive
        // before the histogram knows anything) and on irregular ones called
        // every 10 min to 4 h (the 99th percentile of their idle times is
        // long). Every parameter of the trace and the policy is the paper's
        // (docs/policy-lab-trace.md). This check fails loudly (XPASS) once
        // the model or trace makes it hold.
        QEXPECT_FAIL("",
                     "none of the paper's hybrid set-ups wastes less memory than fixed 10 minutes on the synthetic day",
                     Continue);
        QVERIFY2(best < 1.0, qPrintable(setups));
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
