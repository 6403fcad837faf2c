// SPDX-License-Identifier: MIT
// EventBridge schedule expressions: when rate() and cron() fire next, worked
// out on a calendar (UTC), and the expressions EventBridge refuses.
#include <QTest>
#include <QTimeZone>

#include "engine/core/scheduleexpression.h"

using namespace Bullpen;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::UTC);
    return t;
}

} // namespace

class TestScheduleExpression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextFire_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QDateTime>("anchor");
        QTest::addColumn<QDateTime>("after");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime none;
        QTest::newRow("rate minutes") << QStringLiteral("rate(5 minutes)") << utc("2026-01-01T00:00:00")
                                      << utc("2026-01-01T00:00:00") << utc("2026-01-01T00:05:00");
        QTest::newRow("rate from its anchor") << QStringLiteral("rate(1 hour)") << utc("2026-01-01T10:00:00")
                                              << utc("2026-01-01T12:30:00") << utc("2026-01-01T13:00:00");
        QTest::newRow("rate strictly after") << QStringLiteral("rate(1 hour)") << utc("2026-01-01T10:00:00")
                                             << utc("2026-01-01T13:00:00") << utc("2026-01-01T14:00:00");
        QTest::newRow("rate days") << QStringLiteral("rate(2 days)") << none << utc("2026-01-01T10:00:00")
                                   << utc("2026-01-03T10:00:00");
        QTest::newRow("noon, before") << QStringLiteral("cron(0 12 * * ? *)") << none << utc("2026-03-10T11:59:30")
                                      << utc("2026-03-10T12:00:00");
        QTest::newRow("noon, strictly after")
            << QStringLiteral("cron(0 12 * * ? *)") << none << utc("2026-03-10T12:00:00") << utc("2026-03-11T12:00:00");
        QTest::newRow("steps") << QStringLiteral("cron(0/15 * * * ? *)") << none << utc("2026-03-10T10:07:00")
                               << utc("2026-03-10T10:15:00");
        QTest::newRow("star steps, hour wraps") << QStringLiteral("cron(*/20 * * * ? *)") << none
                                                << utc("2026-03-10T10:41:00") << utc("2026-03-10T11:00:00");
        QTest::newRow("weekdays range, from a Saturday") << QStringLiteral("cron(0 18 ? * MON-FRI *)") << none
                                                         << utc("2026-01-03T00:00:00") << utc("2026-01-05T18:00:00");
        QTest::newRow("numeric weekday 2 is Monday")
            << QStringLiteral("cron(0 18 ? * 2 *)") << none << utc("2026-01-03T00:00:00") << utc("2026-01-05T18:00:00");
        QTest::newRow("first of the month")
            << QStringLiteral("cron(0 8 1 * ? *)") << none << utc("2026-01-15T00:00:00") << utc("2026-02-01T08:00:00");
        QTest::newRow("day list") << QStringLiteral("cron(0 8 10,20 * ? *)") << none << utc("2026-01-15T00:00:00")
                                  << utc("2026-01-20T08:00:00");
        QTest::newRow("month list and weekday") << QStringLiteral("cron(30 9 ? JAN,JUL MON *)") << none
                                                << utc("2026-02-01T00:00:00") << utc("2026-07-06T09:30:00");
        QTest::newRow("hour range") << QStringLiteral("cron(0 9-17 * * ? *)") << none << utc("2026-01-05T17:30:00")
                                    << utc("2026-01-06T09:00:00");
        QTest::newRow("first Monday (#)") << QStringLiteral("cron(0 9 ? * 2#1 *)") << none << utc("2026-01-01T00:00:00")
                                          << utc("2026-01-05T09:00:00");
        QTest::newRow("last Friday (6L)") << QStringLiteral("cron(15 10 ? * 6L 2026)") << none
                                          << utc("2026-01-01T00:00:00") << utc("2026-01-30T10:15:00");
        QTest::newRow("L in day-of-week is Saturday")
            << QStringLiteral("cron(0 12 ? * L *)") << none << utc("2026-01-05T00:00:00") << utc("2026-01-10T12:00:00");
        QTest::newRow("last day of February")
            << QStringLiteral("cron(0 0 L * ? *)") << none << utc("2026-02-01T00:00:00") << utc("2026-02-28T00:00:00");
        QTest::newRow("last weekday (LW), month ends on a Sunday")
            << QStringLiteral("cron(0 0 LW * ? *)") << none << utc("2026-05-01T00:00:00") << utc("2026-05-29T00:00:00");
        QTest::newRow("15W on a Saturday is the Friday") << QStringLiteral("cron(0 0 15W * ? *)") << none
                                                         << utc("2026-08-01T00:00:00") << utc("2026-08-14T00:00:00");
        QTest::newRow("1W on a Saturday stays in the month: Monday")
            << QStringLiteral("cron(0 0 1W * ? *)") << none << utc("2026-07-31T12:00:00") << utc("2026-08-03T00:00:00");
        QTest::newRow("31st skips short months")
            << QStringLiteral("cron(0 0 31 * ? *)") << none << utc("2026-04-01T00:00:00") << utc("2026-05-31T00:00:00");
        QTest::newRow("years over: never")
            << QStringLiteral("cron(0 10 * * ? 2025)") << none << utc("2026-01-01T00:00:00") << QDateTime();
        QTest::newRow("year range") << QStringLiteral("cron(0 10 1 1 ? 2027-2030)") << none
                                    << utc("2026-06-01T00:00:00") << utc("2027-01-01T10:00:00");
    }

    void nextFire()
    {
        QFETCH(QString, expression);
        QFETCH(QDateTime, anchor);
        QFETCH(QDateTime, after);
        QFETCH(QDateTime, expected);
        QString error;
        const auto e = ScheduleExpression::parse(expression, &error);
        QVERIFY2(e, qPrintable(error));
        const QDateTime next = e->nextFire(after, anchor);
        QCOMPARE(next.isValid(), expected.isValid());
        if (expected.isValid())
            QCOMPARE(next.toUTC(), expected);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("singular for more") << QStringLiteral("rate(2 minute)") << QStringLiteral("rate(2 minutes)");
        QTest::newRow("plural for one") << QStringLiteral("rate(1 minutes)") << QStringLiteral("rate(1 minute)");
        QTest::newRow("zero") << QStringLiteral("rate(0 minutes)") << QStringLiteral("positive");
        QTest::newRow("weeks") << QStringLiteral("rate(2 weeks)") << QStringLiteral("minute(s)");
        QTest::newRow("both day fields") << QStringLiteral("cron(0 12 * * * *)") << QStringLiteral("?");
        QTest::newRow("neither day field") << QStringLiteral("cron(0 12 ? * ? *)") << QStringLiteral("?");
        QTest::newRow("five fields") << QStringLiteral("cron(0 12 * * ?)") << QStringLiteral("six fields");
        QTest::newRow("minute 60") << QStringLiteral("cron(60 * * * ? *)") << QStringLiteral("minutes");
        QTest::newRow("month 13") << QStringLiteral("cron(0 0 1 13 ? *)") << QStringLiteral("month");
        QTest::newRow("L-2 not supported") << QStringLiteral("cron(0 0 L-2 * ? *)") << QStringLiteral("not supported");
        QTest::newRow("#6") << QStringLiteral("cron(0 0 ? * 2#6 *)") << QStringLiteral("day-of-week");
        QTest::newRow("neither") << QStringLiteral("every 5 minutes") << QStringLiteral("rate(...)");
    }

    void refused()
    {
        QFETCH(QString, expression);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!ScheduleExpression::parse(expression, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void rateAccessors()
    {
        const auto e = ScheduleExpression::parse(QStringLiteral(" rate(10 minutes) "));
        QVERIFY(e);
        QVERIFY(e->isRate());
        QCOMPARE(e->rateMs(), qint64(600000));
        QCOMPARE(e->text(), QStringLiteral("rate(10 minutes)"));
        QVERIFY(!ScheduleExpression::parse(QStringLiteral("cron(0 12 * * ? *)"))->isRate());
    }
};

QTEST_GUILESS_MAIN(TestScheduleExpression)
#include "tst_scheduleexpression.moc"
