// SPDX-License-Identifier: MIT
#include "engine/load/arrivals.h"

#include <QStringList>

#include <cmath>
#include <random>

namespace Bullpen {

namespace {

constexpr double Pi = 3.14159265358979323846;
constexpr double DaySeconds = 86400.0;

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

} // namespace

double ArrivalShape::rateAt(double t, double durationSeconds) const
{
    double r = 0;
    switch (kind) {
    case Kind::Constant:
        r = rate;
        break;
    case Kind::Steps: {
        if (rates.isEmpty())
            return 0;
        const qsizetype i = stepSeconds > 0 ? qsizetype(std::floor(t / stepSeconds)) : 0;
        r = rates.at(qBound<qsizetype>(0, i, rates.size() - 1));
        break;
    }
    case Kind::Ramp:
        r = durationSeconds > 0 ? from + (to - from) * qBound(0.0, t / durationSeconds, 1.0) : from;
        break;
    case Kind::Burst:
        r = (t >= atSeconds && t < atSeconds + lengthSeconds) ? peak : base;
        break;
    case Kind::Sine:
        r = mean + amplitude * std::sin(2 * Pi * t / periodSeconds);
        break;
    case Kind::Diurnal:
        r = mean - amplitude * std::cos(2 * Pi * t / DaySeconds);
        break;
    }
    return r > 0 ? r : 0;
}

QString ArrivalShape::describe() const
{
    QString text;
    switch (kind) {
    case Kind::Constant:
        text = QStringLiteral("constant %1/s").arg(number(rate));
        break;
    case Kind::Steps: {
        QStringList list;
        for (double r : rates)
            list.append(number(r));
        text = QStringLiteral("steps %1/s, %2 s each").arg(list.join(QStringLiteral(" → ")), number(stepSeconds));
        break;
    }
    case Kind::Ramp:
        text = QStringLiteral("ramp %1 → %2/s").arg(number(from), number(to));
        break;
    case Kind::Burst:
        text = QStringLiteral("%1/s with a burst of %2/s at %3 s for %4 s")
                   .arg(number(base), number(peak), number(atSeconds), number(lengthSeconds));
        break;
    case Kind::Sine:
        text
            = QStringLiteral("sine %1 ± %2/s, period %3 s").arg(number(mean), number(amplitude), number(periodSeconds));
        break;
    case Kind::Diurnal:
        text = QStringLiteral("diurnal %1 ± %2/s (a day's period, night first)").arg(number(mean), number(amplitude));
        break;
    }
    if (poisson)
        text += QStringLiteral(", Poisson arrivals (seed %1)").arg(seed);
    return text;
}

QString ArrivalShape::spec() const
{
    switch (kind) {
    case Kind::Constant:
        return QStringLiteral("%1:%2").arg(poisson ? QStringLiteral("poisson") : QStringLiteral("constant"),
                                           number(rate));
    case Kind::Steps: {
        QStringList list;
        for (double r : rates)
            list.append(number(r));
        return QStringLiteral("steps:%1:%2").arg(list.join(u','), number(stepSeconds));
    }
    case Kind::Ramp:
        return QStringLiteral("ramp:%1,%2").arg(number(from), number(to));
    case Kind::Burst:
        return QStringLiteral("burst:%1,%2,%3,%4")
            .arg(number(base), number(peak), number(atSeconds), number(lengthSeconds));
    case Kind::Sine:
        return QStringLiteral("sine:%1,%2,%3").arg(number(mean), number(amplitude), number(periodSeconds));
    case Kind::Diurnal:
        return QStringLiteral("diurnal:%1,%2").arg(number(mean), number(amplitude));
    }
    return {};
}

QString ArrivalShape::syntaxHelp()
{
    return QStringLiteral(
        "constant:RATE, poisson:RATE, steps:R1,R2,...:SECONDS, ramp:FROM,TO, burst:BASE,PEAK,AT,LENGTH, "
        "sine:MEAN,AMPLITUDE,PERIOD, diurnal:MEAN,AMPLITUDE (rates in calls per pool second, times in pool "
        "seconds)");
}

std::optional<ArrivalShape> ArrivalShape::parse(const QString &text, QString *error)
{
    auto fail = [error, &text](const QString &why) -> std::optional<ArrivalShape> {
        if (error)
            *error = QStringLiteral("the load shape '%1' %2; shapes are %3").arg(text, why, syntaxHelp());
        return std::nullopt;
    };
    const QStringList parts = text.trimmed().split(u':');
    const QString name = parts.first().toLower();
    auto numbers = [&](const QString &list, QList<double> *out) -> bool {
        for (const QString &item : list.split(u',')) {
            bool ok = false;
            const double v = item.trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(v))
                return false;
            out->append(v);
        }
        return true;
    };
    QList<double> v;
    if (parts.size() < 2 || !numbers(parts.at(1), &v))
        return fail(QStringLiteral("needs numbers after '%1:'").arg(name));
    for (double x : v) {
        if (x < 0 && name != u"sine" && name != u"diurnal")
            return fail(QStringLiteral("has a negative number (%1)").arg(number(x)));
    }
    auto count = [&](int n) { return v.size() == n && parts.size() == 2; };
    ArrivalShape s;
    if (name == u"constant" || name == u"poisson") {
        if (!count(1))
            return fail(QStringLiteral("takes one rate"));
        s.kind = Kind::Constant;
        s.rate = v.at(0);
        s.poisson = name == u"poisson";
    } else if (name == u"steps") {
        if (parts.size() != 3)
            return fail(QStringLiteral("takes rates and the seconds of each step, as steps:10,50,100:30"));
        bool ok = false;
        s.stepSeconds = parts.at(2).toDouble(&ok);
        if (!ok || s.stepSeconds <= 0)
            return fail(QStringLiteral("needs a step length in seconds above 0"));
        s.kind = Kind::Steps;
        s.rates = v;
    } else if (name == u"ramp") {
        if (!count(2))
            return fail(QStringLiteral("takes two rates, FROM,TO"));
        s.kind = Kind::Ramp;
        s.from = v.at(0);
        s.to = v.at(1);
    } else if (name == u"burst") {
        if (!count(4))
            return fail(QStringLiteral("takes BASE,PEAK,AT,LENGTH"));
        s.kind = Kind::Burst;
        s.base = v.at(0);
        s.peak = v.at(1);
        s.atSeconds = v.at(2);
        s.lengthSeconds = v.at(3);
    } else if (name == u"sine") {
        if (!count(3))
            return fail(QStringLiteral("takes MEAN,AMPLITUDE,PERIOD"));
        if (v.at(2) <= 0)
            return fail(QStringLiteral("needs a period above 0 seconds"));
        s.kind = Kind::Sine;
        s.mean = v.at(0);
        s.amplitude = v.at(1);
        s.periodSeconds = v.at(2);
    } else if (name == u"diurnal") {
        if (!count(2))
            return fail(QStringLiteral("takes MEAN,AMPLITUDE"));
        s.kind = Kind::Diurnal;
        s.mean = v.at(0);
        s.amplitude = v.at(1);
    } else {
        return fail(QStringLiteral("is not a shape I know"));
    }
    if (s.kind == Kind::Sine || s.kind == Kind::Diurnal) {
        if (s.mean < 0)
            return fail(QStringLiteral("has a negative mean rate"));
    }
    return s;
}

QList<Arrival> generateArrivals(const ArrivalShape &shape, qint64 durationMs)
{
    QList<Arrival> out;
    if (durationMs <= 0)
        return out;
    const double durationSeconds = double(durationMs) / 1000.0;
    // The rate is held constant over steps of h ms (evaluated at each step's
    // middle): 1 ms up to about an hour, coarser beyond, so a day stays quick.
    const qint64 h = qMax<qint64>(1, durationMs / 4'000'000);
    std::mt19937_64 rng(shape.seed);
    auto nextTarget = [&](double previous) {
        if (!shape.poisson)
            return previous + 1.0;
        const double u = double(rng() >> 11) * (1.0 / 9007199254740992.0); // [0, 1)
        return previous - std::log1p(-u);
    };
    double target = shape.poisson ? nextTarget(0.0) : 0.0;
    double lambda = 0; // calls expected up to the start of the current step
    for (qint64 t0 = 0; t0 < durationMs; t0 += h) {
        const qint64 step = qMin(h, durationMs - t0);
        const double r = shape.rateAt((double(t0) + double(step) / 2.0) / 1000.0, durationSeconds) / 1000.0; // per ms
        const double end = lambda + r * double(step);
        while (r > 0 && target < end - 1e-9 * qMax(1.0, end)) {
            const double at = double(t0) + (target - lambda) / r;
            // Whole milliseconds, never into the next step (its rate may differ).
            const qint64 ms = qBound<qint64>(t0, qint64(std::floor(at + 1e-6)), t0 + step - 1);
            out.append({ ms, 0 });
            target = nextTarget(target);
        }
        lambda = end;
    }
    return out;
}

} // namespace Bullpen
