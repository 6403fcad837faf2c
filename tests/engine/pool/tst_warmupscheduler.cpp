// SPDX-License-Identifier: MIT
// Schedules and the keep-warm pinger fire on the pool clock, at the times
// their expressions say, only while turned on, with EventBridge's event.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include "engine/core/clock.h"
#include "engine/pool/warmupscheduler.h"

using namespace Bullpen;

namespace {

FunctionConfig scheduled()
{
    FunctionConfig f;
    f.logicalId = f.functionName = QStringLiteral("Nightly");
    f.schedules = { ScheduleSource { QStringLiteral("Noon"), QStringLiteral("cron(0 12 * * ? *)"), {}, true },
                    ScheduleSource { QStringLiteral("Often"), QStringLiteral("rate(10 minutes)"),
                                     QStringLiteral("{\"ping\": true}"), true },
                    ScheduleSource { QStringLiteral("Broken"), QStringLiteral("cron(0 12 * * * *)"), {}, true } };
    return f;
}

const qint64 Minute = 60 * 1000;

} // namespace

class TestWarmupScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Off until turned on; then at noon, to the millisecond of pool time, and
    // every day after.
    void cronFiresAtItsTimeOnThePoolClock()
    {
        ManualClock clock;
        WarmupScheduler scheduler(&clock, QDateTime(QDate(2026, 1, 5), QTime(11, 58), QTimeZone::UTC));
        QSignalSpy fired(&scheduler, &WarmupScheduler::fired);
        clock.advance(3 * 24 * 60 * Minute);
        QCOMPARE(fired.count(), 0); // nothing is on by default
        QCOMPARE(clock.pendingTimers(), 0);

        ManualClock fresh;
        WarmupScheduler s(&fresh, QDateTime(QDate(2026, 1, 5), QTime(11, 58), QTimeZone::UTC));
        QSignalSpy spy(&s, &WarmupScheduler::fired);
        QVERIFY(s.setScheduleEnabled(scheduled(), QStringLiteral("Noon"), true));
        QCOMPARE(s.nextFire(QStringLiteral("Nightly"), QStringLiteral("Noon")),
                 QDateTime(QDate(2026, 1, 5), QTime(12, 0), QTimeZone::UTC));
        fresh.advance(2 * Minute - 1);
        QCOMPARE(spy.count(), 0);
        fresh.advance(1);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("Noon"));
        QCOMPARE(spy.at(0).at(2).toDateTime(), QDateTime(QDate(2026, 1, 5), QTime(12, 0), QTimeZone::UTC));
        const QJsonObject event = QJsonDocument::fromJson(spy.at(0).at(3).toByteArray()).object();
        QCOMPARE(event.value(QStringLiteral("detail-type")).toString(), QStringLiteral("Scheduled Event"));
        QCOMPARE(event.value(QStringLiteral("source")).toString(), QStringLiteral("aws.events"));
        QCOMPARE(event.value(QStringLiteral("time")).toString(), QStringLiteral("2026-01-05T12:00:00Z"));
        QVERIFY(event.value(QStringLiteral("resources"))
                    .toArray()
                    .first()
                    .toString()
                    .startsWith(QStringLiteral("arn:aws:events:us-east-1:123456789012:rule/")));
        QVERIFY(event.value(QStringLiteral("detail")).isObject());
        fresh.advance(24 * 60 * Minute);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(2).toDateTime(), QDateTime(QDate(2026, 1, 6), QTime(12, 0), QTimeZone::UTC));

        // Turned off: never again.
        QVERIFY(s.setScheduleEnabled(scheduled(), QStringLiteral("Noon"), false));
        fresh.advance(7 * 24 * 60 * Minute);
        QCOMPARE(spy.count(), 2);
    }

    // A rate counts from when it was turned on; its Input replaces the event.
    void rateWithInput()
    {
        ManualClock clock;
        clock.advance(Minute * 3);
        WarmupScheduler s(&clock, QDateTime(QDate(2026, 1, 5), QTime(0, 0), QTimeZone::UTC));
        QSignalSpy spy(&s, &WarmupScheduler::fired);
        QVERIFY(s.setScheduleEnabled(scheduled(), QStringLiteral("Often"), true));
        clock.advance(10 * Minute - 1);
        QCOMPARE(spy.count(), 0);
        clock.advance(1);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(3).toByteArray(), QByteArray("{\"ping\": true}"));
        clock.advance(30 * Minute);
        QCOMPARE(spy.count(), 4);
    }

    void keepWarmPings()
    {
        ManualClock clock;
        WarmupScheduler s(&clock, QDateTime(QDate(2026, 1, 5), QTime(0, 0), QTimeZone::UTC));
        QSignalSpy spy(&s, &WarmupScheduler::fired);
        QString error;
        QVERIFY(!s.setKeepWarm(scheduled(), true, QStringLiteral("cron(0 12 * * ? *)"), &error));
        QVERIFY(error.contains(QStringLiteral("rate")));
        QVERIFY(s.setKeepWarm(scheduled(), true, QStringLiteral("rate(5 minutes)"), &error));
        clock.advance(15 * Minute);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(0).at(1).toString(), WarmupScheduler::keepWarmName());
        s.clear();
        clock.advance(15 * Minute);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(clock.pendingTimers(), 0);
    }

    // The engine's region and account name the rule, as its functions' ARNs do.
    void scheduledEventNamesTheEnginesAccount()
    {
        ManualClock clock;
        WarmupScheduler s(&clock, QDateTime(QDate(2026, 1, 5), QTime(0, 0), QTimeZone::UTC));
        AwsAccount account;
        account.region = QStringLiteral("eu-central-1");
        account.accountId = QStringLiteral("210987654321");
        s.setAccount(account);
        QSignalSpy spy(&s, &WarmupScheduler::fired);
        QVERIFY(s.setKeepWarm(scheduled(), true, QStringLiteral("rate(5 minutes)")));
        clock.advance(5 * Minute);
        QCOMPARE(spy.count(), 1);
        const QJsonObject event = QJsonDocument::fromJson(spy.at(0).at(3).toByteArray()).object();
        QCOMPARE(event.value(QStringLiteral("account")).toString(), QStringLiteral("210987654321"));
        QCOMPARE(event.value(QStringLiteral("region")).toString(), QStringLiteral("eu-central-1"));
        QCOMPARE(event.value(QStringLiteral("resources")).toArray().first().toString(),
                 QStringLiteral("arn:aws:events:eu-central-1:210987654321:rule/Nightly-keep-warm"));
    }

    void refusesWhatEventBridgeRefuses()
    {
        ManualClock clock;
        WarmupScheduler s(&clock, QDateTime::currentDateTimeUtc());
        QString error;
        QVERIFY(!s.setScheduleEnabled(scheduled(), QStringLiteral("Broken"), true, &error));
        QVERIFY(error.contains(u'?'));
        QVERIFY(!s.setScheduleEnabled(scheduled(), QStringLiteral("Missing"), true, &error));
        QVERIFY(error.contains(QStringLiteral("Missing")));
    }
};

QTEST_GUILESS_MAIN(TestWarmupScheduler)
#include "tst_warmupscheduler.moc"
