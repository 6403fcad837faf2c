// SPDX-License-Identifier: MIT
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include "engine/core/clock.h"

using namespace Bullpen;

class TestClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void manualClockFiresInOrderAtTheRightTime()
    {
        ManualClock clock;
        QList<int> fired;
        clock.schedule(300, nullptr, [&] { fired.append(300); });
        clock.schedule(100, nullptr, [&] { fired.append(100); });
        clock.schedule(200, nullptr, [&] { fired.append(200); });
        clock.advance(99);
        QVERIFY(fired.isEmpty());
        clock.advance(101);
        QCOMPARE(fired, (QList<int> { 100, 200 }));
        QCOMPARE(clock.nowMs(), 200);
        clock.advance(1000);
        QCOMPARE(fired, (QList<int> { 100, 200, 300 }));
        QCOMPARE(clock.pendingTimers(), 0);
    }

    void timerSeesItsOwnDueTime()
    {
        ManualClock clock;
        qint64 seenAt = -1;
        clock.schedule(45 * 60 * 1000, nullptr, [&] { seenAt = clock.nowMs(); });
        clock.advance(60 * 60 * 1000);
        QCOMPARE(seenAt, 45 * 60 * 1000);
    }

    void cancelledAndOrphanedTimersDoNotFire()
    {
        ManualClock clock;
        int fired = 0;
        const auto id = clock.schedule(10, nullptr, [&] { ++fired; });
        clock.cancel(id);
        auto *context = new QObject;
        clock.schedule(10, context, [&] { ++fired; });
        delete context;
        clock.advance(100);
        QCOMPARE(fired, 0);
        QCOMPARE(clock.pendingTimers(), 0);
    }

    void timerScheduledFromATimerFiresInTheSameAdvance()
    {
        ManualClock clock;
        QList<qint64> at;
        clock.schedule(10, nullptr, [&] {
            at.append(clock.nowMs());
            clock.schedule(10, nullptr, [&] { at.append(clock.nowMs()); });
        });
        clock.advance(25);
        QCOMPARE(at, (QList<qint64> { 10, 20 }));
    }

    void systemClockRunsFasterWhenAsked()
    {
        // 45 minutes of keep-alive at 100,000 times real speed: 27 ms of real time.
        SystemClock clock(100000.0);
        bool fired = false;
        QElapsedTimer real;
        real.start();
        clock.schedule(45 * 60 * 1000, nullptr, [&] { fired = true; });
        QTRY_VERIFY_WITH_TIMEOUT(fired, 5000);
        QVERIFY(clock.nowMs() >= 45 * 60 * 1000);
        QVERIFY2(real.elapsed() < 4000, "a sped-up clock took real time");
        QCOMPARE(clock.toRealMs(100000), 1);
    }

    // Changing the speed while a timer is pending: the time reached so far
    // stays (nowMs() never goes back) and the timer re-arms at the new rate.
    // An hour of clock time at x3600 fires long before the sentinel of 20 s;
    // at real speed it would not.
    void systemClockSpeedChangeRearmsPendingTimers()
    {
        SystemClock clock(1.0);
        QSignalSpy speed(&clock, &Clock::speedChanged);
        bool fired = false;
        clock.schedule(3600 * 1000, this, [&fired] { fired = true; });
        QTest::qWait(10);
        const qint64 before = clock.nowMs();
        clock.setSpeed(3600);
        QCOMPARE(speed.count(), 1);
        QCOMPARE(speed.first().first().toDouble(), 3600.0);
        QCOMPARE(clock.speed(), 3600.0);
        QVERIFY(clock.nowMs() >= before);
        QTRY_VERIFY_WITH_TIMEOUT(fired, 20000);
        QVERIFY(clock.nowMs() >= 3600 * 1000);
        const qint64 fast = clock.nowMs();
        clock.setSpeed(1.0);
        QVERIFY(clock.nowMs() >= fast);
        clock.setSpeed(1.0);
        QCOMPARE(speed.count(), 2); // no change, no signal
    }

    void systemClockCancel()
    {
        SystemClock clock;
        bool fired = false;
        const auto id = clock.schedule(20, nullptr, [&] { fired = true; });
        clock.cancel(id);
        bool later = false;
        clock.schedule(60, nullptr, [&] { later = true; });
        QTRY_VERIFY(later);
        QVERIFY(!fired);
    }
    // The real clock, asserted by order, never by duration (decisions §1): each
    // test races the clock's timer against a plain QTimer "sentinel" at twice
    // (or half) the deadline. A sentinel runs outside the clock, so a clock that
    // forgets to re-arm cannot delay it along with the timer under test.

    void systemClockReArmsForAnEarlierDeadline()
    {
        // A warm invocation's keep-alive is armed first (late), then its
        // timeout (early): the early one must not wait for the late one.
        SystemClock clock;
        QList<QString> order;
        clock.schedule(3000, nullptr, [&] { order.append(QStringLiteral("late")); });
        clock.schedule(100, nullptr, [&] { order.append(QStringLiteral("early")); });
        QTimer::singleShot(200, Qt::PreciseTimer, this, [&] { order.append(QStringLiteral("sentinel")); });
        QTRY_VERIFY_WITH_TIMEOUT(order.contains(QStringLiteral("sentinel")), 10000);
        QCOMPARE(order.value(0), QStringLiteral("early"));
        QTRY_VERIFY_WITH_TIMEOUT(order.contains(QStringLiteral("late")), 10000);
        QCOMPARE(order,
                 (QList<QString> { QStringLiteral("early"), QStringLiteral("sentinel"), QStringLiteral("late") }));
        QCOMPARE(clock.pendingTimers(), 0);
    }

    void systemClockNeverFiresBeforeItsDeadline()
    {
        SystemClock clock;
        QList<QString> order;
        clock.schedule(300, nullptr, [&] { order.append(QStringLiteral("timer")); });
        QTimer::singleShot(150, Qt::PreciseTimer, this, [&] { order.append(QStringLiteral("half")); });
        QTimer::singleShot(600, Qt::PreciseTimer, this, [&] { order.append(QStringLiteral("twice")); });
        QTRY_VERIFY_WITH_TIMEOUT(order.size() == 3, 10000);
        QCOMPARE(order, (QList<QString> { QStringLiteral("half"), QStringLiteral("timer"), QStringLiteral("twice") }));
    }

    void systemClockCancelOfTheArmedTimerStillFiresTheNext()
    {
        // The armed QTimer stays armed on cancel; the next timer must still come
        // in time, and the cancelled one never.
        SystemClock clock;
        QList<QString> order;
        const auto first = clock.schedule(50, nullptr, [&] { order.append(QStringLiteral("cancelled")); });
        clock.schedule(150, nullptr, [&] { order.append(QStringLiteral("next")); });
        clock.cancel(first);
        clock.cancel(first); // twice is harmless
        QCOMPARE(clock.pendingTimers(), 1);
        QTimer::singleShot(300, Qt::PreciseTimer, this, [&] { order.append(QStringLiteral("sentinel")); });
        QTRY_VERIFY_WITH_TIMEOUT(order.contains(QStringLiteral("sentinel")), 10000);
        QCOMPARE(order, (QList<QString> { QStringLiteral("next"), QStringLiteral("sentinel") }));
        QCOMPARE(clock.pendingTimers(), 0);
    }

    void systemClockForgetsTimersOfADeadContext()
    {
        SystemClock clock;
        QList<QString> order;
        auto *context = new QObject;
        clock.schedule(50, context, [&] { order.append(QStringLiteral("orphan")); });
        clock.schedule(60, context, [&] { order.append(QStringLiteral("orphan")); });
        QObject survivor;
        clock.schedule(100, &survivor, [&] { order.append(QStringLiteral("survivor")); });
        QCOMPARE(clock.pendingTimers(), 3);
        delete context;
        QCOMPARE(clock.pendingTimers(), 1);
        QTimer::singleShot(200, Qt::PreciseTimer, this, [&] { order.append(QStringLiteral("sentinel")); });
        QTRY_VERIFY_WITH_TIMEOUT(order.contains(QStringLiteral("sentinel")), 10000);
        QCOMPARE(order, (QList<QString> { QStringLiteral("survivor"), QStringLiteral("sentinel") }));
        QCOMPARE(clock.pendingTimers(), 0);
    }

    void systemClockSpeedFactorShortensRealTime()
    {
        // At ten times real speed 2,000 clock ms are 200 real ms: the timer
        // comes after a sentinel at 100 real ms and before one at 400.
        SystemClock clock(10.0);
        QCOMPARE(clock.speed(), 10.0);
        QCOMPARE(clock.toRealMs(2000), 200);
        QList<QString> order;
        clock.schedule(2000, nullptr, [&] {
            order.append(QStringLiteral("timer"));
            QVERIFY(clock.nowMs() >= 2000);
        });
        QTimer::singleShot(100, Qt::PreciseTimer, this, [&] { order.append(QStringLiteral("half")); });
        QTimer::singleShot(400, Qt::PreciseTimer, this, [&] { order.append(QStringLiteral("twice")); });
        QTRY_VERIFY_WITH_TIMEOUT(order.size() == 3, 10000);
        QCOMPARE(order, (QList<QString> { QStringLiteral("half"), QStringLiteral("timer"), QStringLiteral("twice") }));
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
