// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Bullpen {

// One call of a load: when (pool milliseconds from the load's start) and to
// which of the load's functions (an index into its list).
struct Arrival
{
    qint64 offsetMs = 0;
    int function = 0;
    bool operator==(const Arrival &) const = default;
};

// An open-loop arrival process: a rate (calls per POOL second, decisions §2)
// that follows a shape over the load's duration. Arrivals are placed by the
// rate's integral Λ(t): the k-th call comes when Λ reaches k (evenly spaced
// by the rate), or, for a Poisson process, when Λ reaches the k-th sum of
// unit exponentials from a seeded generator (the time-rescaling theorem: a
// Poisson process whose rate follows the shape). The same shape and seed give
// the same arrivals on every machine (mt19937_64, and the exponentials drawn
// by inversion, not by a library's distribution).
struct ArrivalShape
{
    enum class Kind { Constant, Steps, Ramp, Burst, Sine, Diurnal };
    Kind kind = Kind::Constant;
    // constant: rate; steps: rates, one per stepSeconds (the last one holds);
    // ramp: from -> to over the duration; burst: base, peak from atSeconds for
    // lengthSeconds; sine: mean + amplitude * sin(2 pi t / periodSeconds);
    // diurnal: a sine with a day's period whose trough is at the start (night).
    double rate = 0;
    QList<double> rates;
    double stepSeconds = 0;
    double from = 0, to = 0;
    double base = 0, peak = 0, atSeconds = 0, lengthSeconds = 0;
    double mean = 0, amplitude = 0, periodSeconds = 0;
    bool poisson = false;
    quint64 seed = 1;

    // Calls per pool second at t seconds into a load of durationSeconds (never negative).
    double rateAt(double seconds, double durationSeconds) const;
    // The shape as a person reads it: "constant 100/s", "ramp 0 → 500/s", ...
    QString describe() const;
    // The command line's and the panel's spelling, parse() reads it back.
    QString spec() const;

    // "constant:RATE", "poisson:RATE", "steps:R1,R2,...:SECONDS", "ramp:FROM,TO",
    // "burst:BASE,PEAK,AT,LENGTH", "sine:MEAN,AMPLITUDE,PERIOD",
    // "diurnal:MEAN,AMPLITUDE" (rates per pool second, times in pool seconds).
    // nullopt with a message naming the fault.
    static std::optional<ArrivalShape> parse(const QString &spec, QString *error);
    static QString syntaxHelp();
};

// The arrivals of shape over durationMs, in order, all to function 0.
QList<Arrival> generateArrivals(const ArrivalShape &shape, qint64 durationMs);

} // namespace Bullpen
