// SPDX-License-Identifier: MIT
#include "engine/core/scheduleexpression.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace Bullpen {

namespace {

constexpr int FirstYear = 1970;
constexpr int LastYear = 2199;

// EventBridge's weekday numbers: 1 = Sunday ... 7 = Saturday.
int eventBridgeWeekday(const QDate &date)
{
    return date.dayOfWeek() % 7 + 1; // Qt: 1 = Monday ... 7 = Sunday
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

int valueOf(const QString &token, const QStringList &names, int nameBase, bool *ok)
{
    const int index = names.indexOf(token.toUpper());
    if (index >= 0) {
        *ok = true;
        return index + nameBase;
    }
    return token.toInt(ok);
}

// One field of a cron expression: lists of values, ranges and steps.
bool parseField(const QString &field, const QString &what, int min, int max, const QStringList &names, int nameBase,
                QList<bool> *allowed, QString *error)
{
    allowed->fill(false, max + 1);
    const QStringList items = field.split(u',');
    for (const QString &item : items) {
        QString range = item;
        int step = 1;
        const qsizetype slash = item.indexOf(u'/');
        if (slash >= 0) {
            bool ok = false;
            step = item.mid(slash + 1).toInt(&ok);
            if (!ok || step < 1)
                return fail(error, QStringLiteral("%1: '%2' has no valid step").arg(what, item));
            range = item.left(slash);
        }
        int from = min, to = max;
        if (range != u"*") {
            const qsizetype dash = range.indexOf(u'-');
            bool ok1 = false, ok2 = true;
            from = valueOf(dash >= 0 ? range.left(dash) : range, names, nameBase, &ok1);
            to = from;
            if (dash >= 0)
                to = valueOf(range.mid(dash + 1), names, nameBase, &ok2);
            else if (slash >= 0)
                to = max; // "5/15": from 5, every 15
            if (!ok1 || !ok2)
                return fail(error, QStringLiteral("%1: '%2' is not a value").arg(what, item));
            if (from < min || to > max || from > to)
                return fail(error, QStringLiteral("%1: '%2' is outside %3-%4").arg(what, item).arg(min).arg(max));
        }
        for (int v = from; v <= to; v += step)
            (*allowed)[v] = true;
    }
    return true;
}

} // namespace

std::optional<ScheduleExpression> ScheduleExpression::parse(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    ScheduleExpression e;
    e.m_text = text;
    static const QRegularExpression rate(QStringLiteral("^rate\\(\\s*(\\d+)\\s+(\\w+)\\s*\\)$"));
    static const QRegularExpression cron(QStringLiteral("^cron\\((.*)\\)$"));
    if (const auto m = rate.match(text); m.hasMatch()) {
        const qint64 value = m.captured(1).toLongLong();
        const QString unit = m.captured(2);
        if (value < 1) {
            fail(error, QStringLiteral("a rate must be a positive whole number: %1").arg(text));
            return std::nullopt;
        }
        // EventBridge wants the singular for 1 and the plural otherwise.
        const QString singular = unit.endsWith(u's') ? unit.chopped(1) : unit;
        const bool plural = unit.endsWith(u's');
        qint64 unitMs = 0;
        if (singular == u"minute")
            unitMs = 60 * 1000;
        else if (singular == u"hour")
            unitMs = 3600 * 1000;
        else if (singular == u"day")
            unitMs = 24 * 3600 * 1000;
        if (unitMs == 0) {
            fail(error, QStringLiteral("the unit of a rate is minute(s), hour(s) or day(s), not '%1'").arg(unit));
            return std::nullopt;
        }
        if (plural != (value != 1)) {
            fail(error,
                 QStringLiteral("write rate(1 %1) for one, rate(%2 %1s) for more")
                     .arg(singular)
                     .arg(qMax<qint64>(2, value)));
            return std::nullopt;
        }
        e.m_rateMs = value * unitMs;
        return e;
    }
    const auto m = cron.match(text);
    if (!m.hasMatch()) {
        fail(error, QStringLiteral("a schedule is rate(...) or cron(...), not '%1'").arg(text));
        return std::nullopt;
    }
    const QStringList f = m.captured(1).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (f.size() != 6) {
        fail(error,
             QStringLiteral("cron takes six fields (minutes hours day-of-month month day-of-week year), "
                            "this has %1")
                 .arg(f.size()));
        return std::nullopt;
    }
    static const QStringList months { QStringLiteral("JAN"), QStringLiteral("FEB"), QStringLiteral("MAR"),
                                      QStringLiteral("APR"), QStringLiteral("MAY"), QStringLiteral("JUN"),
                                      QStringLiteral("JUL"), QStringLiteral("AUG"), QStringLiteral("SEP"),
                                      QStringLiteral("OCT"), QStringLiteral("NOV"), QStringLiteral("DEC") };
    static const QStringList days { QStringLiteral("SUN"), QStringLiteral("MON"), QStringLiteral("TUE"),
                                    QStringLiteral("WED"), QStringLiteral("THU"), QStringLiteral("FRI"),
                                    QStringLiteral("SAT") };
    QString why;
    if (!parseField(f[0], QStringLiteral("minutes"), 0, 59, {}, 0, &e.m_minutes, &why)
        || !parseField(f[1], QStringLiteral("hours"), 0, 23, {}, 0, &e.m_hours, &why)
        || !parseField(f[3], QStringLiteral("month"), 1, 12, months, 1, &e.m_months, &why)
        || !parseField(f[5], QStringLiteral("year"), FirstYear, LastYear, {}, 0, &e.m_years, &why)) {
        fail(error, why);
        return std::nullopt;
    }
    const QString dom = f[2].toUpper();
    const QString dow = f[4].toUpper();
    if ((dom == u"?") == (dow == u"?")) {
        fail(error,
             QStringLiteral("one of day-of-month and day-of-week must be ? (and only one): "
                            "cron(0 12 * * ? *) or cron(0 12 ? * MON-FRI *)"));
        return std::nullopt;
    }
    e.m_dayOfMonthAny = dom == u"?";
    static const QRegularExpression nearest(QStringLiteral("^(\\d+)W$"));
    static const QRegularExpression lastOf(QStringLiteral("^(\\w+)L$"));
    static const QRegularExpression nth(QStringLiteral("^(\\w+)#(\\d)$"));
    if (!e.m_dayOfMonthAny) {
        if (dom == u"L") {
            e.m_lastDayOfMonth = true;
        } else if (dom == u"LW") {
            e.m_lastWeekdayOfMonth = true;
        } else if (const auto w = nearest.match(dom); w.hasMatch()) {
            e.m_nearestWeekdayTo = w.captured(1).toInt();
            if (e.m_nearestWeekdayTo < 1 || e.m_nearestWeekdayTo > 31) {
                fail(error, QStringLiteral("day-of-month: '%1' is outside 1-31").arg(f[2]));
                return std::nullopt;
            }
        } else if (dom.contains(u'L') || dom.contains(u'W')) {
            fail(error, QStringLiteral("day-of-month: '%1' is not supported (L, LW and nW are; L-n is not)").arg(f[2]));
            return std::nullopt;
        } else if (!parseField(dom, QStringLiteral("day-of-month"), 1, 31, {}, 0, &e.m_days, &why)) {
            fail(error, why);
            return std::nullopt;
        }
    } else {
        bool ok = true;
        if (dow == u"L") {
            e.m_weekdays.fill(false, 8);
            e.m_weekdays[7] = true; // the last day of the week
        } else if (const auto l = lastOf.match(dow); l.hasMatch()) {
            e.m_lastWeekdayOf = valueOf(l.captured(1), days, 1, &ok);
            ok = ok && e.m_lastWeekdayOf >= 1 && e.m_lastWeekdayOf <= 7;
        } else if (const auto n = nth.match(dow); n.hasMatch()) {
            e.m_nthWeekday = valueOf(n.captured(1), days, 1, &ok);
            e.m_nth = n.captured(2).toInt();
            ok = ok && e.m_nthWeekday >= 1 && e.m_nthWeekday <= 7 && e.m_nth >= 1 && e.m_nth <= 5;
        } else if (!parseField(dow, QStringLiteral("day-of-week"), 1, 7, days, 1, &e.m_weekdays, &why)) {
            fail(error, why);
            return std::nullopt;
        }
        if (!ok) {
            fail(error,
                 QStringLiteral("day-of-week: '%1' is not a weekday (1-7 or SUN-SAT) with L or #1-#5").arg(f[4]));
            return std::nullopt;
        }
    }
    return e;
}

bool ScheduleExpression::matchesDay(const QDate &date) const
{
    const int day = date.day();
    const int last = date.daysInMonth();
    if (!m_dayOfMonthAny) {
        if (m_lastDayOfMonth)
            return day == last;
        if (m_lastWeekdayOfMonth) {
            QDate d(date.year(), date.month(), last);
            while (d.dayOfWeek() > 5)
                d = d.addDays(-1);
            return day == d.day();
        }
        if (m_nearestWeekdayTo > 0) {
            if (m_nearestWeekdayTo > last)
                return false;
            // The nearest weekday, without leaving the month.
            const QDate target(date.year(), date.month(), m_nearestWeekdayTo);
            int fire = m_nearestWeekdayTo;
            if (target.dayOfWeek() == 6)
                fire = m_nearestWeekdayTo == 1 ? 3 : m_nearestWeekdayTo - 1;
            else if (target.dayOfWeek() == 7)
                fire = m_nearestWeekdayTo == last ? m_nearestWeekdayTo - 2 : m_nearestWeekdayTo + 1;
            return day == fire;
        }
        return m_days.value(day);
    }
    const int weekday = eventBridgeWeekday(date);
    if (m_lastWeekdayOf > 0)
        return weekday == m_lastWeekdayOf && day + 7 > last;
    if (m_nth > 0)
        return weekday == m_nthWeekday && (day - 1) / 7 + 1 == m_nth;
    return m_weekdays.value(weekday);
}

QDateTime ScheduleExpression::nextFire(const QDateTime &after, const QDateTime &anchor) const
{
    const QDateTime from = after.toUTC();
    if (isRate()) {
        const QDateTime start = anchor.isValid() ? anchor.toUTC() : from;
        const qint64 elapsed = start.msecsTo(from);
        const qint64 periods = elapsed < 0 ? 0 : elapsed / m_rateMs + 1;
        return start.addMSecs(periods * m_rateMs);
    }
    if (m_minutes.isEmpty())
        return {};
    // The next whole minute after `after`.
    QDateTime t = QDateTime(from.date(), QTime(from.time().hour(), from.time().minute()), QTimeZone::UTC).addSecs(60);
    for (QDate date = t.date(); date.year() <= LastYear; date = date.addDays(1)) {
        if (!m_years.value(date.year())) {
            date = QDate(date.year(), 12, 31); // skip the year
            continue;
        }
        if (!m_months.value(date.month())) {
            date = QDate(date.year(), date.month(), date.daysInMonth()); // skip the month
            continue;
        }
        if (!matchesDay(date))
            continue;
        const bool today = date == t.date();
        for (int h = today ? t.time().hour() : 0; h < 24; ++h) {
            if (!m_hours.value(h))
                continue;
            const int firstMinute = today && h == t.time().hour() ? t.time().minute() : 0;
            for (int m = firstMinute; m < 60; ++m) {
                if (m_minutes.value(m))
                    return QDateTime(date, QTime(h, m), QTimeZone::UTC);
            }
        }
    }
    return {};
}

} // namespace Bullpen
