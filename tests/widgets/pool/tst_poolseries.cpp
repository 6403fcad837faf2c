// SPDX-License-Identifier: MIT
// PoolSeries: the latency histogram split cold/warm from the recorded stream,
// instances and concurrency per interval, and the resolution halving that
// keeps a long session to a bounded number of points without losing a count.
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QTest>

#include "poolrecording.h"
#include "widgets/pool/poolcharts.h"
#include "widgets/pool/poolseries.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

class TestPoolSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buckets_data()
    {
        QTest::addColumn<double>("latency");
        QTest::addColumn<int>("bucket");
        QTest::newRow("0.5 ms") << 0.5 << 0;
        QTest::newRow("1 ms") << 1.0 << 1;
        QTest::newRow("4.9 ms") << 4.9 << 2;
        QTest::newRow("160 ms") << 160.2 << 7;
        QTest::newRow("10 s") << 10000.0 << PoolSeries::bucketCount() - 1;
        QTest::newRow("a minute") << 60000.0 << PoolSeries::bucketCount() - 1;
    }
    void buckets()
    {
        QFETCH(double, latency);
        QFETCH(int, bucket);
        QCOMPARE(PoolSeries::bucketOf(latency), bucket);
    }

    void histogramSplitsColdAndWarm()
    {
        PoolSeries series;
        series.apply(loadRecording(u"burst.jsonl"_s));
        QList<int> cold(PoolSeries::bucketCount(), 0), warm(PoolSeries::bucketCount(), 0);
        // Cold: r1 10.2 + 150 init, r4 9.1 + 179, r8 1.6 + 3.3. Warm: r2 4.5, r3 9.8, r6 100.4, r7 0.8, r9 1.0.
        cold[PoolSeries::bucketOf(160.2)] += 1;
        cold[PoolSeries::bucketOf(188.1)] += 1;
        cold[PoolSeries::bucketOf(4.9)] += 1;
        for (const double ms : { 4.5, 9.8, 100.4, 0.8, 1.0 })
            warm[PoolSeries::bucketOf(ms)] += 1;
        QCOMPARE(series.coldHistogram(), cold);
        QCOMPARE(series.warmHistogram(), warm);
        QCOMPARE(series.instances(), 2); // hello-1 and worker-p1 live on
        QCOMPARE(series.busy(), 0);
    }

    void intervalsCountDispatchesAndPeaks()
    {
        PoolSeries series;
        const QList<PoolEvent> events = loadRecording(u"burst.jsonl"_s);
        series.apply(events.mid(0, 32)); // up to 2600 ms, before the fast clock
        QCOMPARE(series.intervalMs(), 1000);
        QCOMPARE(series.samples().size(), 2); // [0, 1 s) and [1 s, 2 s) closed, [2 s, 3 s) open
        QCOMPARE(series.samples().at(0).coldStarts, 1);
        QCOMPARE(series.samples().at(0).instances, 2);
        QCOMPARE(series.samples().at(1).warmHits, 1);
        QCOMPARE(series.current().startMs, 2000);
        QCOMPARE(series.current().coldStarts, 1); // r4
        QCOMPARE(series.current().warmHits, 2); // r3, r6
        QCOMPARE(series.current().peakBusy, 2); // r3 and r4 at once
        QCOMPARE(series.current().instances, 3);
    }

    void longSessionsStayBounded()
    {
        PoolSeries series;
        // 45 minutes of pool time after the recording's start: without merging
        // that would be 2,700 one-second intervals.
        series.apply(loadRecording(u"burst.jsonl"_s));
        QVERIFY(series.samples().size() < PoolSeries::maxSamples);
        QVERIFY(series.intervalMs() >= 8000);
        int cold = series.current().coldStarts, warm = series.current().warmHits;
        for (const PoolSeries::Sample &s : series.samples()) {
            cold += s.coldStarts;
            warm += s.warmHits;
        }
        QCOMPARE(cold, 3);
        QCOMPARE(warm, 5);
        // Intervals stay contiguous after merging.
        for (qsizetype i = 1; i < series.samples().size(); ++i)
            QCOMPARE(series.samples().at(i).startMs - series.samples().at(i - 1).startMs, series.intervalMs());
    }

    void chartsDrawTheSeries()
    {
        PoolCharts charts;
        charts.resize(600, 400);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        charts.apply(loadRecording(u"burst.jsonl"_s));
        charts.refresh();
        const QList<QChart *> all = charts.charts();
        QCOMPARE(all.size(), 3);
        auto *bars = qobject_cast<QBarSeries *>(all.at(0)->series().at(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 2);
        for (int i = 0; i < PoolSeries::bucketCount(); ++i) {
            QCOMPARE(bars->barSets().at(0)->at(i), qreal(charts.series().coldHistogram().at(i)));
            QCOMPARE(bars->barSets().at(1)->at(i), qreal(charts.series().warmHistogram().at(i)));
        }
        auto *instances = qobject_cast<QLineSeries *>(all.at(1)->series().at(0));
        QVERIFY(instances);
        QCOMPARE(instances->count(), int(charts.series().samples().size()) + 1);
        QCOMPARE(instances->points().constLast().y(), 2.0);
        // After 45 minutes the intervals are 8 s long: the first holds r1..r8
        // (3 cold of 7), the one 45 minutes later r9 (warm); the quiet ones in
        // between have no ratio and no point.
        auto *ratio = qobject_cast<QLineSeries *>(all.at(2)->series().at(0));
        QVERIFY(ratio);
        QCOMPARE(ratio->count(), 2);
        QCOMPARE(ratio->points().at(0).y(), 300.0 / 7.0);
        QCOMPARE(ratio->points().at(1).y(), 0.0);
    }
};

QTEST_MAIN(TestPoolSeries)
#include "tst_poolseries.moc"
