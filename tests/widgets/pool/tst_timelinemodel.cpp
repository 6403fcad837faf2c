// SPDX-License-Identifier: MIT
// TimelineModel fed the recorded stream: one row per instance (and one for a
// function's throttled calls), each invocation a bar with its queued time and
// the init it waited for; the bar search the painter relies on agrees with a
// linear scan over 100,000 invocations; TimelineView zooms around the
// pointer, freezes when panned, and a click on a bar names its request.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "poolrecording.h"
#include "widgets/pool/timelinemodel.h"
#include "widgets/pool/timelineview.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

// A synthetic burst: n invocations spread over `instances` instances, each
// instance serving one at a time, in pool-time order.
QList<PoolEvent> syntheticStream(int n, int instances)
{
    QList<PoolEvent> events;
    events.reserve(n * 2 + instances);
    quint64 seq = 0;
    const auto make = [&seq](PoolEventType type, qint64 t, const QString &instance) {
        PoolEvent e;
        e.sequence = ++seq;
        e.type = type;
        e.poolTimeMs = e.realTimeMs = t;
        e.functionId = u"Burst"_s;
        e.instanceId = instance;
        e.memorySizeMb = 128;
        return e;
    };
    QStringList ids;
    for (int i = 0; i < instances; ++i) {
        ids << u"burst-%1"_s.arg(i);
        events << make(PoolEventType::InstanceStarting, 0, ids.constLast());
    }
    for (int k = 0; k < n; ++k) {
        const int i = k % instances;
        const qint64 t = qint64(k / instances) * 10 + i % 7; // each instance every 10 ms, 3 ms long
        PoolEvent d = make(PoolEventType::InvocationDispatched, t, ids.at(i));
        d.requestId = "req-" + QByteArray::number(k);
        d.coldStart = k < instances;
        events << d;
        PoolEvent f = make(PoolEventType::InvocationFinished, t + 3, ids.at(i));
        f.requestId = d.requestId;
        f.durationMs = 3;
        events << f;
    }
    return events;
}

} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedStreamGivesRowsAndBars()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        applyInBatches(model, loadRecording(u"burst.jsonl"_s), 3);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.invocationCount(), 9); // r1..r9, r5 throttled
        QCOMPARE(model.runningCount(), 0);
        // Rows in the order the instances (and the throttle row) appeared.
        QStringList rows;
        for (int i = 0; i < model.rowCount(); ++i)
            rows << model.index(i, 0).data().toString();
        QCOMPARE(rows,
                 (QStringList { u"worker-p1"_s, u"hello-1"_s, u"hello-2"_s, u"Hello (throttled)"_s, u"worker-2"_s }));
        const QModelIndex hello1 = model.index(1, 0);
        QCOMPARE(model.rowCount(hello1), 4);
        QStringList requests;
        for (int i = 0; i < 4; ++i)
            requests << model.index(i, 0, hello1).data().toString();
        QCOMPARE(requests, (QStringList { u"r1"_s, u"r2"_s, u"r3"_s, u"r9"_s }));
        QCOMPARE(model.index(0, 0, hello1).data(TimelineModel::ColdStartRole).toBool(), true);
        QCOMPARE(model.index(1, 0, hello1).data(TimelineModel::ColdStartRole).toBool(), false);
        QCOMPARE(model.lanes().at(0).provisioned, true);
        QCOMPARE(model.lanes().at(4).stopReason, InstanceStopReason::OutOfMemory);
    }

    void barsHaveTheirSegments_data()
    {
        QTest::addColumn<QByteArray>("requestId");
        QTest::addColumn<qint64>("arrival");
        QTest::addColumn<qint64>("dispatch");
        QTest::addColumn<qint64>("initStart");
        QTest::addColumn<qint64>("initEnd");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<bool>("throttled");
        QTest::addColumn<int>("outcome");

        const int ok = int(InvocationOutcome::Succeeded);
        QTest::newRow("cold, waits for init") << QByteArray("r1") << 1LL << 1LL << 1LL << 151LL << 161LL << false << ok;
        QTest::newRow("warm") << QByteArray("r2") << 1000LL << 1000LL << -1LL << -1LL << 1005LL << false << ok;
        QTest::newRow("queued, then cold on a new instance")
            << QByteArray("r4") << 2000LL << 2001LL << 2000LL << 2180LL << 2190LL << false << ok;
        QTest::newRow("throttled") << QByteArray("r5") << 2100LL << 2100LL << -1LL << -1LL << 2100LL << true
                                   << int(InvocationOutcome::Refused);
        QTest::newRow("killed for memory") << QByteArray("r8") << 4001LL << 4001LL << 4001LL << 4200LL << 4300LL
                                           << false << int(InvocationOutcome::FunctionError);
    }
    void barsHaveTheirSegments()
    {
        QFETCH(QByteArray, requestId);
        QFETCH(qint64, arrival);
        QFETCH(qint64, dispatch);
        QFETCH(qint64, initStart);
        QFETCH(qint64, initEnd);
        QFETCH(qint64, end);
        QFETCH(bool, throttled);
        QFETCH(int, outcome);
        TimelineModel model;
        model.apply(loadRecording(u"burst.jsonl"_s));
        const TimelineBar *b = model.bar(requestId);
        QVERIFY(b);
        QCOMPARE(b->arrivalMs, arrival);
        QCOMPARE(b->dispatchMs, dispatch);
        QCOMPARE(b->initStartMs, initStart);
        QCOMPARE(b->initEndMs, initEnd);
        QCOMPARE(b->endMs, end);
        QCOMPARE(b->throttled, throttled);
        QCOMPARE(int(b->outcome), outcome);
    }

    void runningBarEndsWhenFinished()
    {
        const QList<PoolEvent> events = loadRecording(u"burst.jsonl"_s);
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.apply(events.mid(0, 5)); // r1 dispatched, its instance not initialised yet
        const TimelineBar *b = model.bar("r1");
        QVERIFY(b);
        QVERIFY(b->running());
        QCOMPARE(b->initEndMs, -1);
        QCOMPARE(model.runningCount(), 1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.apply(events.mid(5, 2)); // init done, finished
        QCOMPARE(changed.size(), 2);
        b = model.bar("r1");
        QCOMPARE(b->initEndMs, 151);
        QCOMPARE(b->endMs, 161);
        QCOMPARE(model.runningCount(), 0);
    }

    void searchAgreesWithScanOnALargeStore()
    {
        TimelineModel model;
        model.apply(syntheticStream(100000, 50));
        QCOMPARE(model.invocationCount(), 100000);
        QCOMPARE(model.rowCount(), 50);
        for (const TimelineLane &lane : model.lanes()) {
            QCOMPARE(lane.bars.size(), 2000);
            for (const qint64 t : { -5LL, 0LL, 3LL, 4LL, 9999LL, 10000LL, 19993LL, 20000LL, 50000LL }) {
                qsizetype linear = 0;
                while (linear < lane.bars.size() && lane.bars.at(linear).endMs < t)
                    ++linear;
                QCOMPARE(lane.firstEndingAfter(t), linear);
            }
        }
    }

    void viewZoomsPansAndActivates()
    {
        TimelineModel model;
        TimelineView view;
        view.setModel(&model);
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model.apply(loadRecording(u"burst.jsonl"_s));
        QVERIFY(view.isFollowing());

        // Show the first 2.5 s of pool time: frozen, r4 visible.
        QSignalSpy following(&view, &TimelineView::followingChanged);
        view.showRange(0, 2500);
        QVERIFY(!view.isFollowing());
        QCOMPARE(following.size(), 1);
        const QRect r4 = view.barRect("r4");
        QVERIFY(r4.width() > 10);
        QCOMPARE(view.requestIdAt(r4.center()), QByteArray("r4"));
        QSignalSpy activated(&view, &TimelineView::invocationActivated);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, r4.center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toByteArray(), QByteArray("r4"));

        // Zooming in around r4 keeps the time under the pointer where it was.
        const qint64 before = view.visibleEndMs() - view.visibleStartMs();
        const QPoint anchor = r4.center();
        const QByteArray under = view.requestIdAt(anchor);
        view.zoomAt(4.0, anchor.x());
        QVERIFY(view.visibleEndMs() - view.visibleStartMs() < before / 3);
        QCOMPARE(view.requestIdAt(anchor), under);

        // Dragging pans the past into view.
        const qint64 end = view.visibleEndMs();
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, QPoint(400, 100));
        QTest::mouseMove(view.viewport(), QPoint(420, 100));
        QTest::mouseMove(view.viewport(), QPoint(500, 100));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, QPoint(500, 100));
        QVERIFY(view.visibleEndMs() < end);
        QCOMPARE(activated.size(), 1); // a drag is not a click

        view.setFollowing(true);
        QVERIFY(view.visibleEndMs() >= model.lastMs());
    }
};

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
