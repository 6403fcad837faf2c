// SPDX-License-Identifier: MIT
// Arrival processes as numbers: calls per interval follow each shape's rate
// (its integral, to within the one call an interval boundary can split),
// Poisson arrivals come from a seed and look like a Poisson process, and bad
// shapes are refused with the reason.
#include <QTest>

#include "engine/load/arrivals.h"

#include <cmath>

using namespace Bullpen;

namespace {

// Calls in [from, to) ms.
int countIn(const QList<Arrival> &arrivals, qint64 from, qint64 to)
{
    int n = 0;
    for (const Arrival &a : arrivals)
        n += a.offsetMs >= from && a.offsetMs < to;
    return n;
}

ArrivalShape parsed(const QString &spec)
{
    QString error;
    const auto shape = ArrivalShape::parse(spec, &error);
    if (!shape)
        qFatal("%s", qPrintable(error));
    return *shape;
}

// The rate's integral over [from, to) seconds, by small steps.
double expected(const ArrivalShape &s, double from, double to, double duration)
{
    double sum = 0;
    const int steps = 10000;
    for (int i = 0; i < steps; ++i) {
        const double t = from + (to - from) * (i + 0.5) / steps;
        sum += s.rateAt(t, duration) * (to - from) / steps;
    }
    return sum;
}

} // namespace

class TestArrivals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constantRateGivesTheRateEverySecond()
    {
        const auto arrivals = generateArrivals(parsed(QStringLiteral("constant:10")), 5000);
        QCOMPARE(arrivals.size(), 50);
        for (int s = 0; s < 5; ++s)
            QCOMPARE(countIn(arrivals, s * 1000, (s + 1) * 1000), 10);
        QCOMPARE(arrivals.first().offsetMs, qint64(0));
        QCOMPARE(arrivals.at(1).offsetMs, qint64(100));
        for (qsizetype i = 1; i < arrivals.size(); ++i)
            QVERIFY(arrivals.at(i).offsetMs >= arrivals.at(i - 1).offsetMs);
    }

    void stepsChangeRateAtTheirBoundaries()
    {
        const auto arrivals = generateArrivals(parsed(QStringLiteral("steps:5,20,50:2")), 8000);
        const QList<int> perSecond { 5, 5, 20, 20, 50, 50, 50, 50 }; // the last step holds
        for (int s = 0; s < 8; ++s)
            QCOMPARE(countIn(arrivals, s * 1000, (s + 1) * 1000), perSecond.at(s));
    }

    void burstRaisesTheRateForItsLength()
    {
        const auto arrivals = generateArrivals(parsed(QStringLiteral("burst:2,40,3,2")), 8000);
        const QList<int> perSecond { 2, 2, 2, 40, 40, 2, 2, 2 };
        for (int s = 0; s < 8; ++s)
            QCOMPARE(countIn(arrivals, s * 1000, (s + 1) * 1000), perSecond.at(s));
    }

    void varyingShapesFollowTheirIntegral_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<qint64>("durationMs");
        QTest::addColumn<qint64>("intervalMs");
        QTest::newRow("ramp") << QStringLiteral("ramp:0,100") << qint64(10000) << qint64(1000);
        QTest::newRow("sine") << QStringLiteral("sine:50,40,4") << qint64(8000) << qint64(500);
        QTest::newRow("diurnal") << QStringLiteral("diurnal:2,1.5") << qint64(86400000) << qint64(3600000);
    }

    void varyingShapesFollowTheirIntegral()
    {
        QFETCH(QString, spec);
        QFETCH(qint64, durationMs);
        QFETCH(qint64, intervalMs);
        const ArrivalShape shape = parsed(spec);
        const auto arrivals = generateArrivals(shape, durationMs);
        const double duration = double(durationMs) / 1000;
        double total = 0;
        for (qint64 from = 0; from < durationMs; from += intervalMs) {
            const double want = expected(shape, double(from) / 1000, double(from + intervalMs) / 1000, duration);
            const int got = countIn(arrivals, from, from + intervalMs);
            total += want;
            // An interval's count is its integral, give or take the one call a boundary splits.
            QVERIFY2(std::abs(double(got) - want) <= 1.0 + 1e-6 * want,
                     qPrintable(
                         QStringLiteral("%1 at %2 ms: %3 calls, expected %4").arg(spec).arg(from).arg(got).arg(want)));
        }
        QVERIFY(std::abs(double(arrivals.size()) - total) <= 1.0);
    }

    void rampRisesAndDiurnalHasItsTroughAtNight()
    {
        const auto ramp = generateArrivals(parsed(QStringLiteral("ramp:0,100")), 10000);
        QVERIFY(countIn(ramp, 0, 1000) < countIn(ramp, 9000, 10000));
        const auto day = generateArrivals(parsed(QStringLiteral("diurnal:2,1.5")), 86400000);
        const int night = countIn(day, 0, 3600000);
        const int noon = countIn(day, 12 * 3600000, 13 * 3600000);
        QVERIFY2(noon > 3 * night, qPrintable(QStringLiteral("night %1, noon %2").arg(night).arg(noon)));
    }

    void poissonArrivalsAreSeededAndPoisson()
    {
        ArrivalShape shape = parsed(QStringLiteral("poisson:100"));
        shape.seed = 42;
        const auto a = generateArrivals(shape, 200000);
        const auto b = generateArrivals(shape, 200000);
        QCOMPARE(a, b); // the same seed, the same arrivals
        shape.seed = 43;
        QVERIFY(generateArrivals(shape, 200000) != a);
        // 20,000 expected: within four standard deviations (sqrt(20000) = 141).
        QVERIFY2(std::abs(double(a.size()) - 20000.0) < 4 * 141.5, qPrintable(QString::number(a.size())));
        // Counts per second vary as a Poisson process's do (variance = mean),
        // which evenly spaced arrivals (variance 0) would not.
        double sum = 0, squares = 0;
        for (int s = 0; s < 200; ++s) {
            const double n = countIn(a, s * 1000, (s + 1) * 1000);
            sum += n;
            squares += n * n;
        }
        const double mean = sum / 200, variance = squares / 200 - mean * mean;
        QVERIFY2(variance / mean > 0.7 && variance / mean < 1.3,
                 qPrintable(QStringLiteral("dispersion %1").arg(variance / mean)));
    }

    void poissonFollowsAShape()
    {
        ArrivalShape shape = parsed(QStringLiteral("steps:10,200:50"));
        shape.poisson = true;
        const auto a = generateArrivals(shape, 100000);
        const int low = countIn(a, 0, 50000), high = countIn(a, 50000, 100000);
        QVERIFY2(std::abs(low - 500) < 4 * 22.4 && std::abs(high - 10000) < 4 * 100,
                 qPrintable(QStringLiteral("%1 and %2").arg(low).arg(high)));
    }

    void specRoundTrips_data()
    {
        QTest::addColumn<QString>("spec");
        for (const char *s : { "constant:12.5", "poisson:3", "steps:1,2,3:10", "ramp:0,500", "burst:1,100,30,5",
                               "sine:10,5,60", "diurnal:10,8" })
            QTest::newRow(s) << QString::fromLatin1(s);
    }

    void specRoundTrips()
    {
        QFETCH(QString, spec);
        const ArrivalShape shape = parsed(spec);
        QCOMPARE(shape.spec(), spec);
        QVERIFY(!shape.describe().isEmpty());
    }

    void badShapesSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown") << QStringLiteral("square:10") << QStringLiteral("is not a shape I know");
        QTest::newRow("no numbers") << QStringLiteral("constant") << QStringLiteral("needs numbers after 'constant:'");
        QTest::newRow("not a number") << QStringLiteral("constant:fast") << QStringLiteral("needs numbers");
        QTest::newRow("negative") << QStringLiteral("constant:-5") << QStringLiteral("negative number (-5)");
        QTest::newRow("too many") << QStringLiteral("ramp:1,2,3") << QStringLiteral("takes two rates");
        QTest::newRow("no step length") << QStringLiteral("steps:1,2") << QStringLiteral("the seconds of each step");
        QTest::newRow("zero period") << QStringLiteral("sine:10,5,0") << QStringLiteral("period above 0");
    }

    void badShapesSayWhatIsWrong()
    {
        QFETCH(QString, spec);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!ArrivalShape::parse(spec, &error));
        QVERIFY2(error.contains(says) && error.contains(spec), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestArrivals)
#include "tst_arrivals.moc"
