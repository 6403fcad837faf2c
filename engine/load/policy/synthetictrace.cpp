// SPDX-License-Identifier: MIT
#include "engine/load/policy/synthetictrace.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace Bullpen {

namespace {

// Random numbers drawn the same way everywhere: mt19937_64 is specified by
// the standard, the library's distributions are not.
class Draw
{
public:
    explicit Draw(quint64 seed)
        : m_rng(seed)
    { }
    double uniform() { return double(m_rng() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
    double exponential(double mean) { return -mean * std::log1p(-uniform()); }
    double normal(double mean, double deviation)
    {
        // Box-Muller, one of the pair.
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return mean + deviation * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * 3.14159265358979323846 * u2);
    }
    int between(int low, int high) { return low + int(uniform() * double(high - low + 1)); }

private:
    std::mt19937_64 m_rng;
};

} // namespace

ModelTrace generateSyntheticTrace(const SyntheticTraceParameters &p)
{
    ModelTrace trace;
    trace.durationMs = p.durationMs;
    Draw draw(p.seed);
    const double day = 24.0 * 3600 * 1000;
    for (int f = 0; f < p.functions; ++f) {
        ModelFunction fn;
        fn.name = QStringLiteral("synthetic-%1").arg(f + 1, 4, 10, QLatin1Char('0'));
        const double perDay = std::pow(10.0, qBound(0.0, draw.normal(1.60, 1.77), 5.0));
        const double seconds = qBound(0.001, std::exp(draw.normal(-0.38, 2.36)), 900.0);
        fn.durationMs = qMax<qint64>(1, qint64(std::llround(seconds * 1000.0)));
        const double m = draw.uniform();
        fn.memoryMb = m < 0.45 ? 128 : m < 0.70 ? 256 : m < 0.85 ? 512 : m < 0.95 ? 1024 : 2048;
        trace.functions.append(fn);

        const double meanGapMs = day / perDay;
        const double kind = draw.uniform();
        if (kind < 0.30) {
            // Periodic, as a timer trigger: a whole number of minutes, a little jitter.
            const double period = qMax(60000.0, std::round(meanGapMs / 60000.0) * 60000.0);
            double t = draw.uniform() * period;
            while (t < double(p.durationMs)) {
                const double jitter = (draw.uniform() - 0.5) * 0.02 * period;
                const double at = qMax(0.0, t + jitter);
                if (at < double(p.durationMs))
                    trace.arrivals.append({ qint64(at), f });
                t += period;
            }
        } else if (kind < 0.80) {
            double t = draw.exponential(meanGapMs);
            while (t < double(p.durationMs)) {
                trace.arrivals.append({ qint64(t), f });
                t += draw.exponential(meanGapMs);
            }
        } else {
            // Bursts of 2-10 calls 1-5 s apart; the bursts keep the daily count.
            const int perBurst = draw.between(2, 10);
            double t = draw.exponential(meanGapMs * perBurst);
            while (t < double(p.durationMs)) {
                double at = t;
                for (int i = 0; i < perBurst && at < double(p.durationMs); ++i) {
                    trace.arrivals.append({ qint64(at), f });
                    at += 1000.0 + draw.uniform() * 4000.0;
                }
                t += draw.exponential(meanGapMs * perBurst);
            }
        }
    }
    std::stable_sort(trace.arrivals.begin(), trace.arrivals.end(),
                     [](const Arrival &a, const Arrival &b) { return a.offsetMs < b.offsetMs; });
    return trace;
}

} // namespace Bullpen
