// SPDX-License-Identifier: MIT
// A recorded pool event stream, folded by PoolCounters and CostMeter, gives
// known counters and cost totals: the pool view's counters and the cost meter
// depend on the stream alone, so a trace file reproduces what the live pool
// showed. The figures below are worked out by hand from the file.
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include "engine/pool/costmeter.h"
#include "engine/pool/poolcounters.h"

using namespace Bullpen;

namespace {

QList<PoolEvent> readStream(const QString &path)
{
    QList<PoolEvent> events;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return events;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        bool ok = false;
        const PoolEvent event = PoolEvent::fromJson(QJsonDocument::fromJson(line).object(), &ok);
        if (!ok)
            return {};
        events.append(event);
    }
    return events;
}

bool near(double a, double b)
{
    return qAbs(a - b) <= 1e-12 + 1e-9 * qAbs(b);
}

} // namespace

class TestPoolGolden : public QObject
{
    Q_OBJECT

    QList<PoolEvent> m_stream;

private Q_SLOTS:
    void initTestCase()
    {
        m_stream = readStream(QStringLiteral(BULLPEN_TEST_DATA_DIR "/data/recorded-stream.jsonl"));
        QCOMPARE(m_stream.size(), 31);
        for (qsizetype i = 0; i < m_stream.size(); ++i)
            QCOMPARE(m_stream.at(i).sequence, quint64(i + 1));
    }

    // Halfway: two instances of HelloFunction (one busy, one idle) and the
    // provisioned one of OrdersFunction idle; memory used is the latest sample of each.
    void countersMidStream()
    {
        PoolCounters counters;
        counters.addAll(m_stream.mid(0, 22));
        const FunctionCounters hello = counters.function(QStringLiteral("HelloFunction"));
        QCOMPARE(hello.instances, 2);
        QCOMPARE(hello.busy, 1);
        QCOMPARE(hello.idle, 1);
        QCOMPARE(hello.starting, 0);
        QCOMPARE(hello.provisioned, 0);
        QCOMPARE(hello.memoryReservedMb, qint64(1024));
        QCOMPARE(hello.memoryUsedBytes, qint64(100) * 1024 * 1024);
        QCOMPARE(hello.coldStarts, qint64(2));
        QCOMPARE(hello.warmHits, qint64(1));
        // Of the two cold starts, r-1 has finished (its sandbox made on
        // demand); r-3 still runs, so it is in neither kind yet.
        QCOMPARE(hello.onDemandColdStarts, qint64(1));
        QCOMPARE(hello.preparedColdStarts, qint64(0));
        QCOMPARE(hello.throttles, qint64(1));
        const FunctionCounters orders = counters.function(QStringLiteral("OrdersFunction"));
        QCOMPARE(orders.instances, 1);
        QCOMPARE(orders.idle, 1);
        QCOMPARE(orders.provisioned, 1);
        QCOMPARE(orders.memoryReservedMb, qint64(1024));
        const FunctionCounters total = counters.total();
        QCOMPARE(total.instances, 3);
        QCOMPARE(total.memoryReservedMb, qint64(2048));
        QCOMPARE(counters.functionIds(),
                 (QStringList { QStringLiteral("HelloFunction"), QStringLiteral("OrdersFunction") }));
    }

    void countersAtTheEnd()
    {
        PoolCounters counters;
        counters.addAll(m_stream);
        const FunctionCounters hello = counters.function(QStringLiteral("HelloFunction"));
        QCOMPARE(hello.instances, 0);
        QCOMPARE(hello.busy + hello.idle + hello.starting, 0);
        QCOMPARE(hello.memoryReservedMb, qint64(0));
        QCOMPARE(hello.memoryUsedBytes, qint64(0));
        QCOMPARE(hello.coldStarts, qint64(2));
        QCOMPARE(hello.warmHits, qint64(1));
        QVERIFY(near(hello.coldStartRatio(), 2.0 / 3.0));
        // r-3's cold start found a sandbox made ahead of need (its result says
        // preparedSandbox); r-1 made its sandbox on demand.
        QCOMPARE(hello.preparedColdStarts, qint64(1));
        QCOMPARE(hello.onDemandColdStarts, qint64(1));
        QCOMPARE(hello.throttles, qint64(1));
        QCOMPARE(hello.invocations, qint64(4));
        QCOMPARE(hello.errors, qint64(2));
        const FunctionCounters total = counters.total();
        QCOMPARE(total.instances, 0);
        QCOMPARE(total.invocations, qint64(5));
        QCOMPARE(total.coldStarts, qint64(2));
        QCOMPARE(total.warmHits, qint64(2));
        QCOMPARE(total.preparedColdStarts, qint64(1));
        QCOMPARE(total.onDemandColdStarts, qint64(1));
        QVERIFY(near(total.coldStartRatio(), 0.5));
    }

    // HelloFunction: 3 billed requests (the throttled one is not), (0.1 + 1 + 3) s x 0.5 GB.
    // OrdersFunction: 1 request, 2 s x 1 GB on a provisioned instance, and
    // 1 GB of provisioned concurrency on for one hour of pool time.
    void costTotals()
    {
        CostMeter meter;
        meter.addAll(m_stream);
        const CostTotals hello = meter.function(QStringLiteral("HelloFunction"));
        QCOMPARE(hello.requests, qint64(3));
        QVERIFY(near(hello.gbSeconds, 2.05));
        QVERIFY(near(hello.provisionedGbSeconds, 0));
        QVERIFY(near(hello.durationCost, 2.05 * 0.0000166667));
        const CostTotals orders = meter.function(QStringLiteral("OrdersFunction"));
        QCOMPARE(orders.requests, qint64(1));
        QVERIFY(near(orders.gbSeconds, 0));
        QVERIFY(near(orders.provisionedDurationGbSeconds, 2.0));
        QVERIFY(near(orders.provisionedGbSeconds, 3600.0));
        QVERIFY(near(orders.provisionedCost, 3600.0 * 0.0000041667));
        const CostTotals total = meter.total();
        QCOMPARE(total.requests, qint64(4));
        QVERIFY(near(total.requestCost, 4 * 0.20 / 1e6));
        QVERIFY(near(total.durationCost, 2.05 * 0.0000166667 + 2.0 * 0.0000097222));
        QVERIFY(near(total.totalCost(), 0.0000008 + 0.000053611135 + 0.01500012));
    }

    // Provisioned concurrency accrues while it is on, also between events; an
    // idle on-demand pool costs nothing however long it stays idle.
    void costAccruesOnlyForProvisioned()
    {
        CostMeter meter;
        meter.addAll(m_stream.mid(0, 26));
        QVERIFY(near(meter.functionAt(QStringLiteral("OrdersFunction"), 1800000).provisionedGbSeconds, 1800.0));
        const double helloNow = meter.functionAt(QStringLiteral("HelloFunction"), 10000).totalCost();
        QCOMPARE(meter.functionAt(QStringLiteral("HelloFunction"), 50000000).totalCost(), helloNow);
    }

    void armPrices()
    {
        CostMeter meter;
        meter.setArchitecture(QStringLiteral("HelloFunction"), CostMeter::Architecture::Arm64);
        meter.addAll(m_stream);
        QVERIFY(near(meter.function(QStringLiteral("HelloFunction")).durationCost, 2.05 * 0.0000133334));
        LambdaPrices prices;
        prices.arm64PerGbSecond = 1.0;
        meter.setPrices(prices);
        QVERIFY(near(meter.function(QStringLiteral("HelloFunction")).durationCost, 2.05));
    }
};

QTEST_GUILESS_MAIN(TestPoolGolden)
#include "tst_poolgolden.moc"
