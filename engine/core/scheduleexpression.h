// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Bullpen {

// An EventBridge schedule expression, read as EventBridge reads it:
// `rate(value unit)` (minute/minutes, hour/hours, day/days; the singular for 1,
// the plural otherwise) and `cron(minutes hours day-of-month month day-of-week
// year)` in UTC with `*`, `,`, `-`, `/`, month and weekday names (day-of-week
// 1-7 = SUN-SAT), `?` in exactly one of the two day fields, and the special
// days `L` (last day of the month; in day-of-week, `L` alone is Saturday and
// `5L` the last Thursday), `LW` and `15W` (the weekday nearest the 15th, within
// the month) and `3#2` (the second Tuesday). Not supported: `L-n` offsets.
// A value type; nextFire() answers when it fires next.
class ScheduleExpression
{
public:
    static std::optional<ScheduleExpression> parse(const QString &text, QString *error = nullptr);

    QString text() const { return m_text; }
    bool isRate() const { return m_rateMs > 0; }
    qint64 rateMs() const { return m_rateMs; }

    // The first time strictly after `after` that the schedule fires (UTC;
    // cron expressions fire on whole minutes). A rate fires every period from
    // `anchor` (when it was turned on; `after` when not given). Invalid when
    // it never fires again (a cron whose years are over).
    QDateTime nextFire(const QDateTime &after, const QDateTime &anchor = {}) const;

private:
    bool matchesDay(const QDate &date) const;

    QString m_text;
    qint64 m_rateMs = 0;
    // cron: allowed values, indexed by value
    QList<bool> m_minutes, m_hours, m_days, m_months, m_weekdays, m_years;
    bool m_dayOfMonthAny = false; // day-of-month is ?
    bool m_lastDayOfMonth = false; // L
    bool m_lastWeekdayOfMonth = false; // LW
    int m_nearestWeekdayTo = 0; // 15W
    int m_lastWeekdayOf = 0; // 5L (1-7)
    int m_nthWeekday = 0; // 3#2: weekday 3 ...
    int m_nth = 0; // ... the 2nd in the month
};

} // namespace Bullpen
