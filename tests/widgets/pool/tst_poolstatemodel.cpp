// SPDX-License-Identifier: MIT
// PoolStateModel fed a recorded stream (data/burst.jsonl: two functions, a
// provisioned instance, scale-out, reuse, a throttle, an out-of-memory kill,
// a fast clock and a keep-alive expiry): the rows, the tiles' states and the
// counters it must arrive at, incremental row signals under
// QAbstractItemModelTester, and stopped instances leaving after their fade.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <tuple>

#include "poolrecording.h"
#include "widgets/pool/poolstatemodel.h"
#include "widgets/pool/poolsummarybar.h"
#include "widgets/pool/poolview.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

using State = InstanceTile::State;

QList<PoolEvent> upTo(const QList<PoolEvent> &events, quint64 sequence)
{
    QList<PoolEvent> head;
    for (const PoolEvent &e : events) {
        if (e.sequence <= sequence)
            head.append(e);
    }
    return head;
}

} // namespace

class TestPoolStateModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedStreamGivesRows_data()
    {
        QTest::addColumn<int>("batchSize");
        QTest::newRow("one event per frame") << 1;
        QTest::newRow("five per frame") << 5;
        QTest::newRow("all in one frame") << 1000;
    }
    void recordedStreamGivesRows()
    {
        QFETCH(int, batchSize);
        const QList<PoolEvent> events = loadRecording(u"burst.jsonl"_s);
        QCOMPARE(events.size(), 49);
        PoolStateModel model;
        model.setFadeOutMs(3600000); // nothing leaves during the test
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy frames(&model, &PoolStateModel::frameApplied);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        applyInBatches(model, events, batchSize);
        QCOMPARE(frames.size(), int((events.size() + batchSize - 1) / batchSize));
        QCOMPARE(reset.size(), 0); // live: rows are inserted, never reset

        QCOMPARE(model.rowCount(), 2);
        const QModelIndex worker = model.index(0, 0);
        const QModelIndex hello = model.index(1, 0);
        QCOMPARE(worker.data().toString(), u"Worker"_s);
        QCOMPARE(hello.data().toString(), u"Hello"_s);
        QCOMPARE(model.rowCount(hello), 2);
        QCOMPARE(model.rowCount(worker), 2);
        QCOMPARE(model.index(0, 0, hello).data().toString(), u"hello-1"_s);
        QCOMPARE(model.index(1, 0, hello).data().toString(), u"hello-2"_s);
        QCOMPARE(model.index(0, 0, hello).parent(), hello);
        QCOMPARE(model.index(1, PoolStateModel::StateColumn, hello).data().toString(), u"Expired"_s);
        QCOMPARE(model.index(1, PoolStateModel::StateColumn, worker).data().toString(), u"Out of memory"_s);
        QCOMPARE(model.index(0, 0, worker).data(PoolStateModel::ProvisionedRole).toBool(), true);
        QCOMPARE(model.index(1, 0, worker).data(PoolStateModel::ProvisionedRole).toBool(), false);
    }

    void tilesFollowTheStream_data()
    {
        QTest::addColumn<quint64>("sequence"); // applied up to and including
        QTest::addColumn<QString>("instance");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("initDone");
        QTest::addColumn<int>("served");
        QTest::addColumn<QByteArray>("requestId");

        QTest::newRow("cold start, before init")
            << quint64(5) << u"hello-1"_s << int(State::Busy) << false << 1 << QByteArray("r1");
        QTest::newRow("init done, still busy")
            << quint64(6) << u"hello-1"_s << int(State::Busy) << true << 1 << QByteArray("r1");
        QTest::newRow("idle after r1") << quint64(8) << u"hello-1"_s << int(State::Idle) << true << 1 << QByteArray();
        QTest::newRow("provisioned starting")
            << quint64(2) << u"worker-p1"_s << int(State::Starting) << false << 0 << QByteArray();
        QTest::newRow("provisioned ready before any call")
            << quint64(10) << u"worker-p1"_s << int(State::Idle) << true << 0 << QByteArray();
        QTest::newRow("warm reuse") << quint64(12) << u"hello-1"_s << int(State::Busy) << true << 2 << QByteArray("r2");
        QTest::newRow("scale-out: second instance busy cold")
            << quint64(20) << u"hello-2"_s << int(State::Busy) << false << 1 << QByteArray("r4");
        QTest::newRow("out of memory") << quint64(44) << u"worker-2"_s << int(State::Gone) << true << 1 << QByteArray();
        QTest::newRow("expired") << quint64(49) << u"hello-2"_s << int(State::Gone) << true << 1 << QByteArray();
        QTest::newRow("schedule ping reused hello-1")
            << quint64(49) << u"hello-1"_s << int(State::Idle) << true << 4 << QByteArray();
    }
    void tilesFollowTheStream()
    {
        QFETCH(quint64, sequence);
        QFETCH(QString, instance);
        QFETCH(int, state);
        QFETCH(bool, initDone);
        QFETCH(int, served);
        QFETCH(QByteArray, requestId);
        PoolStateModel model;
        model.setFadeOutMs(3600000);
        model.apply(upTo(loadRecording(u"burst.jsonl"_s), sequence));
        const InstanceTile *t = model.instance(instance);
        QVERIFY(t);
        QCOMPARE(int(t->state), state);
        QCOMPARE(t->initDone, initDone);
        QCOMPARE(t->served, served);
        QCOMPARE(t->requestId, requestId);
    }

    void countersPerFunctionAndInTotal()
    {
        PoolStateModel model;
        model.setFadeOutMs(3600000);
        model.apply(loadRecording(u"burst.jsonl"_s));
        const FunctionCounters hello = model.counters(u"Hello"_s);
        QCOMPARE(hello.instances, 1);
        QCOMPARE(hello.idle, 1);
        QCOMPARE(hello.busy, 0);
        QCOMPARE(hello.coldStarts, 2);
        QCOMPARE(hello.warmHits, 3);
        QCOMPARE(hello.throttles, 1);
        QCOMPARE(hello.invocations, 5);
        QCOMPARE(model.waiting(u"Hello"_s), 0);
        QCOMPARE(hello.memoryReservedMb, 128);
        QCOMPARE(hello.memoryUsedBytes, 41943040);
        QCOMPARE(hello.coldStartRatio(), 0.4);
        const FunctionCounters worker = model.counters(u"Worker"_s);
        QCOMPARE(worker.instances, 1);
        QCOMPARE(worker.provisioned, 1);
        QCOMPARE(worker.coldStarts, 1);
        QCOMPARE(worker.warmHits, 2);
        QCOMPARE(worker.invocations, 3);
        QCOMPARE(worker.memoryReservedMb, 512);
        const FunctionCounters total = model.totals();
        QCOMPARE(total.instances, 2);
        QCOMPARE(total.coldStarts, 3);
        QCOMPARE(total.warmHits, 5);
        QCOMPARE(total.throttles, 1);
        QCOMPARE(total.invocations, 8);
        QCOMPARE(total.memoryReservedMb, 640);
        // The function rows carry the engine's PoolCounters for item views.
        const QModelIndex helloRow = model.index(model.laneOf(u"Hello"_s), 0);
        QCOMPARE(helloRow.data(PoolStateModel::ColdStartsRole).toInt(), 2);
        QCOMPARE(helloRow.data(PoolStateModel::ThrottlesRole).toInt(), 1);
    }

    void waitingInvocationsAreCounted()
    {
        PoolStateModel model;
        // Up to r4 queued (seq 18): r1 was queued and dispatched, r4 waits.
        model.apply(upTo(loadRecording(u"burst.jsonl"_s), 18));
        QCOMPARE(model.waiting(u"Hello"_s), 1);
        model.apply(upTo(loadRecording(u"burst.jsonl"_s), 19).mid(18));
        QCOMPARE(model.waiting(u"Hello"_s), 0);
    }

    void stoppedInstancesLeaveAfterTheirFade()
    {
        PoolStateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFadeOutMs(0);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.apply(loadRecording(u"burst.jsonl"_s));
        // Both stopped instances are gone; their lanes and the live ones stay.
        QCOMPARE(removed.size(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        QCOMPARE(model.rowCount(model.index(1, 0)), 1);
        QVERIFY(!model.instance(u"hello-2"_s));
        QVERIFY(!model.instance(u"worker-2"_s));
        QCOMPARE(model.instance(u"hello-1"_s)->served, 4);
        QCOMPARE(model.instanceRow(u"hello-1"_s), 0);
        // The counters are unchanged by the removal.
        QCOMPARE(model.totals().coldStarts, 3);
    }

    void clockFollowsTheFastClock()
    {
        PoolStateModel model;
        model.apply(upTo(loadRecording(u"burst.jsonl"_s), 33)); // ends with the ×60 speed change
        QCOMPARE(model.clockSpeed(), 60.0);
        const qint64 pool = model.poolNowMs(), real = model.realNowMs();
        // Pool time moves sixty times as far as real time between events.
        QTRY_VERIFY(model.realNowMs() > real + 20);
        const qint64 dReal = model.realNowMs() - real;
        const qint64 dPool = model.poolNowMs() - pool;
        QVERIFY2(dPool >= 55 * dReal, qPrintable(u"pool %1 ms, real %2 ms"_s.arg(dPool).arg(dReal)));
    }

    // A cold start in its two phases as the stream tells them: the sandbox
    // being made, then (pid known) the runtime's init; busy, the tile measures
    // against the function's timeout that the stream carries.
    void tileTellsSandboxInitAndTimeout()
    {
        PoolStateModel model;
        PoolView view;
        view.setModel(&model);
        view.resize(600, 300);
        auto event = [](quint64 seq, PoolEventType type) {
            PoolEvent e;
            e.sequence = seq;
            e.type = type;
            e.functionId = u"Hello"_s;
            e.instanceId = u"hello-9"_s;
            e.memorySizeMb = 128;
            return e;
        };
        PoolEvent starting = event(1, PoolEventType::InstanceStarting);
        starting.timeoutMs = 3000;
        PoolEvent dispatched = event(2, PoolEventType::InvocationDispatched);
        dispatched.requestId = "req-cold";
        dispatched.coldStart = true;
        model.apply({ starting, dispatched });
        QCOMPARE(view.tileText(u"hello-9"_s).at(2), u"sandbox"_s);
        QVERIFY(view.toolTipFor(u"hello-9"_s).contains(u"not started yet"_s));
        QCOMPARE(model.index(0, 0, model.index(0, 0)).data(PoolStateModel::PidRole).toLongLong(), -1);

        PoolEvent sandbox = event(3, PoolEventType::InstanceSandboxReady);
        sandbox.pid = 4242;
        sandbox.sandboxDurationMs = 61.5;
        model.apply({ sandbox });
        QCOMPARE(view.tileText(u"hello-9"_s).at(2), u"init"_s);
        const QString tip = view.toolTipFor(u"hello-9"_s);
        QVERIFY2(tip.contains(u"pid 4242"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"Sandbox made on demand in: 61.5 ms"_s), qPrintable(tip));
        QCOMPARE(model.index(0, 0, model.index(0, 0)).data(PoolStateModel::PidRole).toLongLong(), 4242);

        PoolEvent init = event(4, PoolEventType::InstanceInitDone);
        init.initDurationMs = 150;
        PoolEvent busy = event(5, PoolEventType::InstanceBusy);
        busy.requestId = "req-cold";
        busy.timeoutMs = 3000;
        model.apply({ init, busy });
        const QStringList text = view.tileText(u"hello-9"_s);
        QCOMPARE(text.at(1), u"req-cold"_s);
        QVERIFY2(text.at(2).endsWith(u" of 3.0 s"_s), qPrintable(text.join(u'|')));
        QCOMPARE(model.index(0, 0, model.index(0, 0)).data(PoolStateModel::TimeoutRole).toLongLong(), 3000);
        QVERIFY(view.toolTipFor(u"hello-9"_s).contains(u"Running: req-cold"_s));
        QVERIFY(view.toolTipFor(u"hello-9"_s).contains(u"Timeout: 3.0 s"_s));
    }

    // A cold start from a sandbox made ahead of need: its tile is marked and
    // says so, and once its invocation finishes the function's counters tell
    // it apart from a cold start that made its sandbox on demand.
    void tileAndCountersTellAPreparedSandbox()
    {
        PoolStateModel model;
        PoolView view;
        view.setModel(&model);
        view.resize(600, 300);
        quint64 seq = 0;
        auto event = [&seq](PoolEventType type, const QString &instance, const QByteArray &request = {}) {
            PoolEvent e;
            e.sequence = ++seq;
            e.type = type;
            e.functionId = u"Hello"_s;
            e.instanceId = instance;
            e.requestId = request;
            e.memorySizeMb = 128;
            return e;
        };
        QList<PoolEvent> events;
        // hello-1: on demand; hello-2: prepared; then a warm call on hello-1.
        for (const auto &[instance, request, prepared] : { std::tuple(u"hello-1"_s, QByteArray("r-1"), false),
                                                           std::tuple(u"hello-2"_s, QByteArray("r-2"), true) }) {
            events << event(PoolEventType::InstanceStarting, instance);
            PoolEvent d = event(PoolEventType::InvocationDispatched, instance, request);
            d.coldStart = true;
            events << d;
            PoolEvent s = event(PoolEventType::InstanceSandboxReady, instance);
            s.pid = 100;
            s.sandboxDurationMs = prepared ? 9.5 : 80.0;
            s.preparedSandbox = prepared;
            events << s << event(PoolEventType::InstanceInitDone, instance)
                   << event(PoolEventType::InstanceBusy, instance, request);
            PoolEvent f = event(PoolEventType::InvocationFinished, instance, request);
            f.coldStart = true;
            f.preparedSandbox = prepared;
            f.durationMs = 5;
            events << f << event(PoolEventType::InstanceIdle, instance);
        }
        // hello-3: SnapStart, restored from a snapshot (a kind of its own).
        events << event(PoolEventType::InstanceStarting, u"hello-3"_s);
        PoolEvent restoredSandbox = event(PoolEventType::InstanceSandboxReady, u"hello-3"_s);
        restoredSandbox.pid = 101;
        restoredSandbox.sandboxDurationMs = 2.0;
        restoredSandbox.restoredFromSnapshot = true;
        PoolEvent restoredInit = event(PoolEventType::InstanceInitDone, u"hello-3"_s);
        restoredInit.initDurationMs = 150.0;
        restoredInit.restoredFromSnapshot = true;
        PoolEvent restoredDone = event(PoolEventType::InvocationFinished, u"hello-3"_s, "r-4");
        restoredDone.coldStart = true;
        restoredDone.restoredFromSnapshot = true;
        events << restoredSandbox << restoredInit << restoredDone;
        PoolEvent warm = event(PoolEventType::InvocationDispatched, u"hello-1"_s, "r-3");
        events << warm;
        PoolEvent warmDone = event(PoolEventType::InvocationFinished, u"hello-1"_s, "r-3");
        warmDone.durationMs = 1;
        events << warmDone;
        model.apply(events);

        const QModelIndex lane = model.index(0, 0);
        QCOMPARE(lane.data(PoolStateModel::PreparedColdStartsRole).toInt(), 1);
        QCOMPARE(lane.data(PoolStateModel::OnDemandColdStartsRole).toInt(), 1);
        QCOMPARE(lane.data(PoolStateModel::ColdStartsRole).toInt(), 2);
        QCOMPARE(lane.data(PoolStateModel::WarmHitsRole).toInt(), 1);
        QVERIFY(!model.index(0, 0, lane).data(PoolStateModel::PreparedSandboxRole).toBool());
        QVERIFY(model.index(1, 0, lane).data(PoolStateModel::PreparedSandboxRole).toBool());
        const QString onDemand = view.toolTipFor(u"hello-1"_s);
        QVERIFY2(onDemand.contains(u"Sandbox made on demand in: 80.0 ms"_s), qPrintable(onDemand));
        const QString prepared = view.toolTipFor(u"hello-2"_s);
        QVERIFY2(prepared.contains(u"Sandbox prepared ahead of need; taken and started in: 9.5 ms"_s),
                 qPrintable(prepared));
        const QString restored = view.toolTipFor(u"hello-3"_s);
        QVERIFY2(restored.contains(u"Restored from a SnapStart snapshot in: 150.0 ms"_s), qPrintable(restored));
        QVERIFY2(!restored.contains(u"Init: "_s), qPrintable(restored));
    }

    // SnapStart's restored cold starts are counted as a kind of their own,
    // once there are any.
    void summaryCountsRestoredStarts()
    {
        QLocale::setDefault(QLocale::c());
        PoolSummaryBar bar;
        FunctionCounters c;
        c.coldStarts = 3;
        c.onDemandColdStarts = 1;
        bar.setCounters(c);
        QVERIFY2(!bar.countersText().contains(u"restored"_s), qPrintable(bar.countersText()));
        c.restoredColdStarts = 2;
        bar.setCounters(c);
        QVERIFY2(bar.countersText().contains(u" · restored from snapshot 2"_s), qPrintable(bar.countersText()));
    }

    // The keyboard moves through the tiles lane by lane, opens one with
    // Return, stops one with Delete (when someone carries it out), and the
    // menu key opens the current tile's menu.
    void keyboardReachesEveryTile()
    {
        PoolStateModel model;
        model.setFadeOutMs(3600000);
        PoolView view;
        view.setModel(&model);
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model.apply(loadRecording(u"burst.jsonl"_s));
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setFocus();
        QTRY_VERIFY(view.hasFocus());
        QCOMPARE(view.currentInstance(), u"worker-p1"_s); // the first tile on focus
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.currentInstance(), u"worker-2"_s);
        QTest::keyClick(&view, Qt::Key_Right); // on into the next lane
        QCOMPARE(view.currentInstance(), u"hello-1"_s);
        QTest::keyClick(&view, Qt::Key_Up); // back up to the last tile of the lane above
        QCOMPARE(view.currentInstance(), u"worker-2"_s);
        QTest::keyClick(&view, Qt::Key_End);
        QCOMPARE(view.currentInstance(), u"hello-2"_s);
        QSignalSpy activated(&view, &PoolView::instanceActivated);
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), u"hello-2"_s);
        QSignalSpy stop(&view, &PoolView::stopInstanceRequested);
        QTest::keyClick(&view, Qt::Key_Home);
        QTest::keyClick(&view, Qt::Key_Delete);
        QCOMPARE(stop.size(), 1);
        QCOMPARE(stop.at(0).at(0).toString(), u"worker-p1"_s);
        QTest::keyClick(&view, Qt::Key_End);
        QTest::keyClick(&view, Qt::Key_Delete); // hello-2 is gone already: nothing to stop
        QCOMPARE(stop.size(), 1);
        // The menu key: the current tile's menu, with the stop action in it.
        QTest::keyClick(&view, Qt::Key_Home);
        QStringList texts;
        QTimer::singleShot(0, [&texts] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                for (QAction *a : menu->actions())
                    texts << a->text();
                menu->close();
            }
        });
        QContextMenuEvent keyboardMenu(QContextMenuEvent::Keyboard, QPoint(), QPoint());
        QApplication::sendEvent(&view, &keyboardMenu);
        QVERIFY2(texts.contains(u"Stop Instance (the next call is cold)"_s), qPrintable(texts.join(u'|')));
    }

    void viewPaintsAndHitsTiles()
    {
        PoolStateModel model;
        model.setFadeOutMs(3600000);
        PoolView view;
        view.setModel(&model);
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model.apply(loadRecording(u"burst.jsonl"_s));
        QTRY_VERIFY(view.framesPainted() > 0);
        const QRect r = view.tileRect(u"hello-1"_s);
        QVERIFY(!r.isEmpty());
        QCOMPARE(view.instanceAt(r.center()), u"hello-1"_s);
        QCOMPARE(view.functionAt(r.center()), u"Hello"_s);
        QVERIFY(view.instanceAt(r.bottomRight() + QPoint(2, 2)) != u"hello-1"_s);
        QVERIFY(view.toolTipFor(u"hello-1"_s).contains(u"Invocations served: 4"_s));
        QVERIFY(view.toolTipFor(u"worker-p1"_s).contains(u"provisioned"_s));
        QSignalSpy activated(&view, &PoolView::instanceActivated);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), u"hello-1"_s);
        // Clicking between tiles activates nothing.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(activated.size(), 1);
    }
};

QTEST_MAIN(TestPoolStateModel)
#include "tst_poolstatemodel.moc"
