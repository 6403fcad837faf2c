// SPDX-License-Identifier: MIT
// TimelineModel fed the recorded stream: one row per instance (and one for a
// function's throttled calls), each invocation a bar with its queued time and
// the init it waited for; the bar search the painter relies on agrees with a
// linear scan over 100,000 invocations; TimelineView zooms around the
// pointer, freezes when panned, and a click on a bar names its request.
#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include "poolrecording.h"
#include "widgets/pool/poolpalette.h"
#include "widgets/pool/timelinemodel.h"
#include "widgets/pool/timelineview.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

// The next event of a stream, stamped with both clocks at t.
PoolEvent nextEvent(quint64 &sequence, PoolEventType type, qint64 t, const QString &function, const QString &instance)
{
    PoolEvent e;
    e.sequence = ++sequence;
    e.type = type;
    e.poolTimeMs = e.realTimeMs = t;
    e.functionId = function;
    e.instanceId = instance;
    e.memorySizeMb = 128;
    return e;
}

// A synthetic burst: n invocations spread over `instances` instances, each
// instance serving one at a time, in pool-time order.
QList<PoolEvent> syntheticStream(int n, int instances)
{
    QList<PoolEvent> events;
    events.reserve(n * 2 + instances);
    quint64 seq = 0;
    const auto make = [&seq](PoolEventType type, qint64 t, const QString &instance) {
        return nextEvent(seq, type, t, u"Burst"_s, instance);
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

// One function's pool with the cold start in its two phases, as the real pool
// streams it: c1 arrives cold, waits for the sandbox (100 -> 180) and the
// runtime's init (180 -> 300), runs to 350; p1 is provisioned before any call
// and serves w1 warm; c2 arrives while its instance's sandbox is being made.
QList<PoolEvent> phasedStream()
{
    QList<PoolEvent> events;
    quint64 seq = 0;
    const auto add = [&](PoolEventType type, qint64 t, const QString &instance, const QByteArray &request = {}) {
        PoolEvent e = nextEvent(seq, type, t, u"Hello"_s, instance);
        e.requestId = request;
        e.coldStart = type == PoolEventType::InvocationDispatched && instance != u"p1"_s;
        e.provisioned = instance == u"p1"_s;
        if (type == PoolEventType::InvocationFinished)
            e.durationMs = 50;
        events << e;
    };
    add(PoolEventType::InstanceStarting, 0, u"p1"_s);
    add(PoolEventType::InstanceSandboxReady, 40, u"p1"_s);
    add(PoolEventType::InstanceInitDone, 90, u"p1"_s);
    add(PoolEventType::InstanceStarting, 100, u"i1"_s);
    add(PoolEventType::InvocationQueued, 100, QString(), "c1");
    add(PoolEventType::InvocationDispatched, 100, u"i1"_s, "c1");
    add(PoolEventType::InstanceSandboxReady, 180, u"i1"_s);
    add(PoolEventType::InstanceInitDone, 300, u"i1"_s);
    add(PoolEventType::InvocationFinished, 350, u"i1"_s, "c1");
    add(PoolEventType::InvocationQueued, 400, QString(), "w1");
    add(PoolEventType::InvocationDispatched, 400, u"p1"_s, "w1");
    add(PoolEventType::InvocationFinished, 450, u"p1"_s, "w1");
    add(PoolEventType::InstanceStarting, 500, u"i2"_s);
    add(PoolEventType::InvocationQueued, 520, QString(), "c2");
    add(PoolEventType::InvocationDispatched, 520, u"i2"_s, "c2");
    add(PoolEventType::InstanceSandboxReady, 560, u"i2"_s);
    add(PoolEventType::InstanceInitDone, 600, u"i2"_s);
    add(PoolEventType::InvocationFinished, 700, u"i2"_s, "c2");
    return events;
}

} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT

    static bool show(TimelineView &view, TimelineModel &model)
    {
        view.setModel(&model);
        view.resize(900, 300);
        view.show();
        return QTest::qWaitForWindowExposed(&view);
    }

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

    void coldStartHasItsTwoPhases()
    {
        const QList<PoolEvent> events = phasedStream();
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // Event by event, as a live pool delivers them: c1's phases end as they happen.
        model.apply(events.mid(0, 6)); // c1 dispatched to i1, whose sandbox is being made
        const TimelineBar *c1 = model.bar("c1");
        QVERIFY(c1);
        QVERIFY(c1->running());
        QCOMPARE(c1->initStartMs, 100);
        QCOMPARE(c1->sandboxReadyMs, -1);
        QCOMPARE(c1->initEndMs, -1);
        model.apply(events.mid(6, 1)); // sandbox ready: the runtime's init begins
        QCOMPARE(changed.size(), 1);
        c1 = model.bar("c1");
        QCOMPARE(c1->sandboxReadyMs, 180);
        QCOMPARE(c1->initEndMs, -1);
        model.apply(events.mid(7)); // the rest
        c1 = model.bar("c1");
        QCOMPARE(c1->sandboxReadyMs, 180);
        QCOMPARE(c1->initEndMs, 300);
        QCOMPARE(c1->endMs, 350);
        QCOMPARE(c1->runStartMs(), 300);
        int lane = -1;
        QVERIFY(model.bar("c1", &lane));
        const QModelIndex c1Index = model.index(0, TimelineModel::InitColumn, model.index(lane, 0));
        QCOMPARE(c1Index.data(TimelineModel::SandboxMsRole).toLongLong(), 80);
        QCOMPARE(c1Index.data(TimelineModel::RuntimeInitMsRole).toLongLong(), 120);
        QCOMPARE(c1Index.data().toString(), u"200 ms (sandbox 80 + init 120)"_s);
        // The instance's own row says the same of its start.
        QCOMPARE(model.index(lane, TimelineModel::InitColumn).data().toString(), u"200 ms (sandbox 80 + init 120)"_s);

        // Provisioned ahead of any call: its phases are on no caller's bar.
        const TimelineBar *w1 = model.bar("w1");
        QVERIFY(w1);
        QVERIFY(!w1->cold);
        QCOMPARE(w1->initStartMs, -1);
        QCOMPARE(w1->sandboxReadyMs, -1);
        QCOMPARE(model.index(model.laneOfInstance(u"p1"_s), TimelineModel::InitColumn).data().toString(),
                 u"90 ms (sandbox 40 + init 50)"_s);

        // Arriving after its instance began: it waits only for what is still to come.
        const TimelineBar *c2 = model.bar("c2");
        QVERIFY(c2);
        QCOMPARE(c2->initStartMs, 520);
        QCOMPARE(c2->sandboxReadyMs, 560);
        QCOMPARE(c2->initEndMs, 600);
    }

    void coldStartPhasesAreDrawn()
    {
        TimelineModel model;
        TimelineView view;
        QVERIFY(show(view, model));
        model.apply(phasedStream());
        view.showRange(0, 800);
        QVERIFY(view.legendWidget()->isVisible());
        QVERIFY(view.legendWidget()->geometry().top() > view.viewport()->geometry().bottom()); // under the rows
        QStringList legend;
        for (const TimelineView::LegendEntry &entry : TimelineView::legend())
            legend << entry.text;
        QVERIFY(legend.contains(u"sandbox (on demand)"_s));
        QVERIFY(legend.contains(u"prepared sandbox"_s));
        QVERIFY(legend.contains(u"runtime init"_s));

        const QRect bar = view.barRect("c1");
        QVERIFY(bar.width() > 100);
        const QImage image = view.viewport()->grab().toImage();
        // Pool time to a pixel column, within the bar (arrival 100, end 350).
        const auto columnAt = [&](qint64 t) { return bar.left() + int((t - 100) * bar.width() / 250); };
        const int y = bar.center().y();
        QCOMPARE(image.pixelColor(columnAt(140), y), PoolPalette::color(PoolPalette::Sandbox));
        QCOMPARE(image.pixelColor(columnAt(240), y), PoolPalette::color(PoolPalette::Init));
        QCOMPARE(image.pixelColor(columnAt(325), y), PoolPalette::color(PoolPalette::Warm));
        // A warm bar has neither phase.
        const QRect w1 = view.barRect("w1");
        QCOMPARE(image.pixelColor(w1.center()), PoolPalette::color(PoolPalette::Warm));

        // BULLPEN_SCREENSHOT_DIR=/some/dir: look at it.
        if (const QString dir = qEnvironmentVariable("BULLPEN_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(view.grab().save(dir + u"/timeline-cold-start-phases.png"_s));
    }

    // The three kinds of start side by side: c1 made its sandbox on demand,
    // w1 is a warm call, c2 found a sandbox prepared ahead of need (its
    // instance's InstanceSandboxReady and its result say so). Each has its
    // kind, its words, and c2's sandbox phase its own colour.
    void startKindsSideBySide()
    {
        QList<PoolEvent> events = phasedStream();
        for (PoolEvent &e : events) {
            if (e.instanceId == u"i2"_s
                && (e.type == PoolEventType::InstanceSandboxReady || e.type == PoolEventType::InvocationFinished))
                e.preparedSandbox = true;
        }
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.apply(events);
        const auto kindOf = [&](const QByteArray &request) {
            int lane = -1;
            const TimelineBar *b = model.bar(request, &lane);
            if (!b)
                return -1;
            const QModelIndex laneIndex = model.index(lane, 0);
            for (int row = 0; row < model.rowCount(laneIndex); ++row) {
                const QModelIndex i = model.index(row, 0, laneIndex);
                if (i.data(TimelineModel::RequestIdRole).toByteArray() == request)
                    return i.data(TimelineModel::StartKindRole).toInt();
            }
            return -1;
        };
        QCOMPARE(kindOf("c1"), int(TimelineModel::StartKind::OnDemandCold));
        QCOMPARE(kindOf("w1"), int(TimelineModel::StartKind::Warm));
        QCOMPARE(kindOf("c2"), int(TimelineModel::StartKind::PreparedCold));
        const QModelIndex c2Row
            = model.index(0, TimelineModel::NameColumn, model.index(model.laneOfInstance(u"i2"_s), 0));
        QCOMPARE(c2Row.data(Qt::ToolTipRole).toString(), u"cold start from a prepared sandbox"_s);
        const int i2 = model.laneOfInstance(u"i2"_s);
        QCOMPARE(model.index(i2, 0).data(TimelineModel::StartKindRole).toInt(),
                 int(TimelineModel::StartKind::PreparedCold));
        QCOMPARE(model.index(i2, TimelineModel::InitColumn).data().toString(),
                 u"100 ms (prepared sandbox 60 + init 40)"_s);
        QCOMPARE(model.index(model.laneOfInstance(u"i1"_s), TimelineModel::InitColumn).data().toString(),
                 u"200 ms (sandbox 80 + init 120)"_s);

        // Only the result says so (a stream without the sandbox event's flag).
        QList<PoolEvent> resultOnly = phasedStream();
        for (PoolEvent &e : resultOnly) {
            if (e.instanceId == u"i2"_s && e.type == PoolEventType::InvocationFinished)
                e.preparedSandbox = true;
        }
        TimelineModel fromResult;
        fromResult.apply(resultOnly);
        QVERIFY(fromResult.bar("c2")->preparedSandbox);
        QVERIFY(!fromResult.bar("c1")->preparedSandbox);

        TimelineView view;
        QVERIFY(show(view, model));
        view.showRange(0, 800);
        QVERIFY(view.toolTipFor("c1").contains(u"Cold start, sandbox made on demand, on i1"_s));
        QVERIFY(view.toolTipFor("c2").contains(u"Cold start from a prepared sandbox, on i2"_s));
        QVERIFY(view.toolTipFor("w1").contains(u"Warm, on p1"_s));
        const QImage image = view.viewport()->grab().toImage();
        // c2 (arrival 520, end 700): its sandbox phase 520 -> 560 is teal; c1's is orange.
        const QRect c2 = view.barRect("c2");
        QVERIFY(c2.width() > 40);
        const int y = c2.center().y();
        QCOMPARE(image.pixelColor(c2.left() + int(20 * c2.width() / 180), y),
                 PoolPalette::color(PoolPalette::Prepared));
        QCOMPARE(image.pixelColor(c2.left() + int(60 * c2.width() / 180), y), PoolPalette::color(PoolPalette::Init));
        const QRect c1 = view.barRect("c1");
        QCOMPARE(image.pixelColor(c1.left() + int(40 * c1.width() / 250), c1.center().y()),
                 PoolPalette::color(PoolPalette::Sandbox));
        if (const QString dir = qEnvironmentVariable("BULLPEN_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(view.grab().save(dir + u"/timeline-start-kinds.png"_s));
    }

    // The fourth kind: c2's instance restored from a SnapStart snapshot (its
    // InstanceSandboxReady, init and result say so; the spare it was is also a
    // sandbox made ahead). Its kind, words and restore phase are its own.
    void snapStartRestoreIsAKindOfItsOwn()
    {
        QList<PoolEvent> events = phasedStream();
        for (PoolEvent &e : events) {
            if (e.instanceId == u"i2"_s
                && (e.type == PoolEventType::InstanceSandboxReady || e.type == PoolEventType::InstanceInitDone
                    || e.type == PoolEventType::InvocationFinished)) {
                e.preparedSandbox = true;
                e.restoredFromSnapshot = true;
            }
        }
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.apply(events);
        QVERIFY(model.bar("c2")->restoredFromSnapshot);
        QVERIFY(!model.bar("c1")->restoredFromSnapshot);
        const int i2 = model.laneOfInstance(u"i2"_s);
        const QModelIndex laneIndex = model.index(i2, 0);
        QCOMPARE(laneIndex.data(TimelineModel::StartKindRole).toInt(), int(TimelineModel::StartKind::RestoredCold));
        const QModelIndex c2Row = model.index(0, TimelineModel::NameColumn, laneIndex);
        QCOMPARE(c2Row.data(TimelineModel::StartKindRole).toInt(), int(TimelineModel::StartKind::RestoredCold));
        QCOMPARE(c2Row.data(Qt::ToolTipRole).toString(), u"cold start restored from a SnapStart snapshot"_s);
        QCOMPARE(model.index(i2, TimelineModel::InitColumn).data().toString(),
                 u"100 ms (restore 60 + after-restore 40)"_s);

        // Only the result says so (an older trace): still restored.
        QList<PoolEvent> resultOnly = phasedStream();
        for (PoolEvent &e : resultOnly) {
            if (e.instanceId == u"i2"_s && e.type == PoolEventType::InvocationFinished)
                e.restoredFromSnapshot = true;
        }
        TimelineModel fromResult;
        fromResult.apply(resultOnly);
        QCOMPARE(TimelineModel::startKind(*fromResult.bar("c2")), TimelineModel::StartKind::RestoredCold);

        TimelineView view;
        QVERIFY(show(view, model));
        view.showRange(0, 800);
        QVERIFY(view.toolTipFor("c2").contains(u"Cold start restored from a SnapStart snapshot, on i2"_s));
        QVERIFY2(view.toolTipFor("c2").contains(u"(restore 40 ms, wake and after-restore hooks "_s),
                 qPrintable(view.toolTipFor("c2")));
        const QImage image = view.viewport()->grab().toImage();
        const QRect c2 = view.barRect("c2");
        QVERIFY(c2.width() > 40);
        QCOMPARE(image.pixelColor(c2.left() + int(20 * c2.width() / 180), c2.center().y()),
                 PoolPalette::color(PoolPalette::Restored));
        bool legendNamesIt = false;
        for (const TimelineView::LegendEntry &entry : TimelineView::legend())
            legendNamesIt = legendNamesIt || entry.color == PoolPalette::color(PoolPalette::Restored);
        QVERIFY(legendNamesIt);
        if (const QString dir = qEnvironmentVariable("BULLPEN_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(view.grab().save(dir + u"/timeline-snapstart.png"_s));

        // Its entries wrap where the view is narrow, all of them inside it.
        view.resize(3000, view.height());
        QTRY_COMPARE(view.legendWidget()->width(), view.viewport()->width());
        const int wide = view.legendWidget()->height();
        view.resize(420, view.height());
        QTRY_VERIFY(view.legendWidget()->height() >= 3 * wide / 2);
        QVERIFY(view.legendWidget()->geometry().bottom() < view.height());
        QVERIFY(view.viewport()->geometry().bottom() < view.legendWidget()->geometry().top());
    }

    // The finer phases of a cold start (InstanceInitDone's): listed for the
    // instance and for the invocation that waited for them (not for a warm
    // one), and marked on the bar where they meet, in their proportions.
    void coldStartPhasesAreListedAndMarked()
    {
        QList<PoolEvent> events = phasedStream();
        for (PoolEvent &e : events) {
            if (e.type == PoolEventType::InstanceInitDone && e.instanceId == u"i1"_s) {
                // 200 ms of real time over the 200 ms (100 -> 300) of pool time.
                e.phases.ms = { 40, 40, 60, 20, 30, 10 };
                e.phases.totalMs = 200;
            }
        }
        QLocale::setDefault(QLocale::c());
        TimelineModel model;
        TimelineView view;
        QVERIFY(show(view, model));
        model.apply(events);
        view.showRange(0, 800);
        int lane = -1;
        QVERIFY(model.bar("c1", &lane));
        const QStringList expected { u"Sandbox created: 40.0 ms"_s,
                                     u"Process started: 40.0 ms"_s,
                                     u"Interpreter up: 60.0 ms"_s,
                                     u"Runtime bootstrap ready: 20.0 ms"_s,
                                     u"Handler imported (init code run): 30.0 ms"_s,
                                     u"First /next: 10.0 ms"_s };
        QCOMPARE(model.index(0, 0, model.index(lane, 0)).data(TimelineModel::ColdStartPhasesRole).toStringList(),
                 expected);
        QCOMPARE(model.index(lane, 0).data(TimelineModel::ColdStartPhasesRole).toStringList(), expected);
        int warmLane = -1;
        QVERIFY(model.bar("w1", &warmLane));
        QVERIFY(model.index(0, 0, model.index(warmLane, 0))
                    .data(TimelineModel::ColdStartPhasesRole)
                    .toStringList()
                    .isEmpty());

        const QRect bar = view.barRect("c1");
        QVERIFY(bar.width() > 100);
        const QImage image = view.viewport()->grab().toImage();
        const auto columnAt = [&](qint64 t) { return bar.left() + int((t - 100) * bar.width() / 250); };
        const int y = bar.center().y();
        const QColor mark = PoolPalette::color(PoolPalette::Sandbox).darker(160);
        const auto markNear = [&](qint64 t) {
            for (int x = columnAt(t) - 2; x <= columnAt(t) + 2; ++x) {
                if (image.pixelColor(x, y).rgb() == mark.rgb())
                    return true;
            }
            return false;
        };
        // Where the phases meet: 140, 180 (the sandbox ready), 240, 260, 290.
        for (qint64 t : { 140, 180, 240, 260, 290 })
            QVERIFY2(markNear(t), qPrintable(QString::number(t)));
        // Not inside a phase, nor on the run.
        for (qint64 t : { 120, 160, 210, 275, 325 })
            QVERIFY2(!markNear(t), qPrintable(QString::number(t)));
    }

    // A live burst pictured while instances are still starting (the real
    // burst of docs/screenshots/pool-timeline.png: from the 17th instance on,
    // init under load outlasts the picture): a cold call whose instance has
    // not finished its init shows its sandbox and init phases up to "now",
    // never a run it has not begun. Before the fix the run was painted from
    // the dispatch over both phases, so such rows looked warm.
    void coldStartStillStartingShowsItsPhasesToNow()
    {
        QList<PoolEvent> events;
        quint64 seq = 0;
        const auto add = [&](PoolEventType type, qint64 t, const QString &instance, const QByteArray &request = {}) {
            PoolEvent e = nextEvent(seq, type, t, u"Hello"_s, instance);
            e.requestId = request;
            e.coldStart = type == PoolEventType::InvocationDispatched;
            events << e;
        };
        add(PoolEventType::InstanceStarting, 100, u"i1"_s);
        add(PoolEventType::InvocationQueued, 100, QString(), "s1");
        add(PoolEventType::InvocationDispatched, 100, u"i1"_s, "s1");
        add(PoolEventType::InstanceSandboxReady, 180, u"i1"_s); // init runs from here, not done
        add(PoolEventType::InstanceStarting, 120, u"i2"_s);
        add(PoolEventType::InvocationQueued, 120, QString(), "s2");
        add(PoolEventType::InvocationDispatched, 120, u"i2"_s, "s2"); // its sandbox is still being made

        TimelineModel model;
        TimelineView view;
        qint64 now = 400;
        view.setNowFunction([&now] { return now; });
        QVERIFY(show(view, model));
        model.apply(events);
        view.showRange(0, 500);
        QVERIFY(model.bar("s1")->waitingForInit());
        QCOMPARE(model.runningCount(), 2);

        const QImage image = view.viewport()->grab().toImage();
        const QRect s1 = view.barRect("s1");
        QVERIFY2(s1.width() > 100, qPrintable(u"bar %1 px wide"_s.arg(s1.width())));
        // Pool time to a pixel column within s1's bar (arrival 100, "now" 400).
        const auto columnAt = [&](const QRect &bar, qint64 from, qint64 t) {
            return bar.left() + int((t - from) * bar.width() / (now - from));
        };
        const int y = s1.center().y();
        QCOMPARE(image.pixelColor(columnAt(s1, 100, 140), y), PoolPalette::color(PoolPalette::Sandbox));
        QCOMPARE(image.pixelColor(columnAt(s1, 100, 300), y), PoolPalette::color(PoolPalette::Init));
        QCOMPARE(image.pixelColor(columnAt(s1, 100, 390), y), PoolPalette::color(PoolPalette::Init));
        const QRect s2 = view.barRect("s2");
        QCOMPARE(image.pixelColor(columnAt(s2, 120, 200), s2.center().y()), PoolPalette::color(PoolPalette::Sandbox));
        QCOMPARE(image.pixelColor(columnAt(s2, 120, 390), s2.center().y()), PoolPalette::color(PoolPalette::Sandbox));
        // The table says so too.
        int lane = -1;
        QVERIFY(model.bar("s1", &lane));
        QCOMPARE(model.index(0, TimelineModel::DurationColumn, model.index(lane, 0)).data().toString(), u"starting"_s);

        // Its init done, it runs: from then on the run is drawn.
        PoolEvent done = nextEvent(seq, PoolEventType::InstanceInitDone, 420, u"Hello"_s, u"i1"_s);
        model.apply({ done });
        now = 500;
        view.showRange(0, 500);
        QVERIFY(!model.bar("s1")->waitingForInit());
        const QImage later = view.viewport()->grab().toImage();
        const QRect s1Later = view.barRect("s1");
        QCOMPARE(later.pixelColor(columnAt(s1Later, 100, 470), s1Later.center().y()),
                 PoolPalette::color(PoolPalette::Warm));
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
        QVERIFY(show(view, model));
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
