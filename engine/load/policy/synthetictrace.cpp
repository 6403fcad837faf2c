// SPDX-License-Identifier: MIT
#include "engine/load/policy/synthetictrace.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace Bullpen {

namespace {

// The paper's curves at CDF 0, 2.5 %, 5 %, ..., 100 % (41 points each), read
// off the figures named in synthetictrace.h as docs/policy-lab-trace.md says.
using Quantiles = std::array<double, 41>;

// Fig. 5(a), applications: log10 of average invocations per day.
constexpr Quantiles CallsPerDay { -1.12, -1.12, -0.85, -0.73, -0.56, -0.36, -0.17, -0.05, -0.01, 0.08, 0.23,
                                  0.34,  0.50,  0.64,  0.80,  0.95,  1.10,  1.27,  1.39,  1.53,  1.69, 1.84,
                                  1.98,  2.14,  2.26,  2.42,  2.44,  2.48,  2.59,  2.67,  2.78,  2.92, 3.09,
                                  3.15,  3.29,  3.45,  3.66,  3.94,  4.33,  4.90,  6.03 };
// Fig. 6, "All Apps": coefficient of variation of the inter-arrival times (0: periodic).
constexpr Quantiles InterArrivalCv { 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.02, 0.04, 0.08, 0.11, 0.16,
                                     0.22, 0.30, 0.37, 0.44, 0.52, 0.61, 0.74, 0.84, 0.94, 1.03, 1.17, 1.29, 1.42, 1.66,
                                     1.85, 2.06, 2.25, 2.49, 2.84, 3.20, 3.71, 4.38, 5.36, 7.12, 9.52, 9.52, 9.52 };
// Fig. 7, "Average": log10 of the average execution time in seconds.
constexpr Quantiles ExecutionSeconds { -2.29, -1.81, -1.58, -1.43, -1.26, -1.12, -0.99, -0.90, -0.82, -0.75, -0.68,
                                       -0.60, -0.53, -0.45, -0.39, -0.33, -0.27, -0.21, -0.15, -0.09, -0.04, 0.00,
                                       0.07,  0.13,  0.19,  0.26,  0.32,  0.40,  0.47,  0.55,  0.63,  0.70,  0.78,
                                       0.93,  1.05,  1.13,  1.28,  1.55,  1.67,  1.98,  2.08 };
// Fig. 8, "Average": log10 of the average allocated memory in MB.
constexpr Quantiles MemoryMb { 1.926, 1.964, 1.978, 1.992, 2.004, 2.019, 2.032, 2.043, 2.051, 2.058, 2.064,
                               2.070, 2.085, 2.093, 2.098, 2.102, 2.108, 2.116, 2.123, 2.133, 2.143, 2.158,
                               2.173, 2.191, 2.208, 2.226, 2.241, 2.251, 2.259, 2.265, 2.271, 2.279, 2.291,
                               2.301, 2.315, 2.333, 2.365, 2.402, 2.406, 2.488, 2.992 };

double quantile(const Quantiles &q, double u)
{
    const double x = qBound(0.0, u, 1.0) * double(q.size() - 1);
    const size_t i = std::min(size_t(x), q.size() - 2);
    return q[i] + (q[i + 1] - q[i]) * (x - double(i));
}

// Random numbers drawn the same way everywhere: mt19937_64 is specified by
// the standard, the library's distributions are not.
class Draw
{
public:
    explicit Draw(quint64 seed)
        : m_rng(seed)
    { }
    double uniform() { return double(m_rng() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
    double normal()
    {
        // Box-Muller, one of the pair.
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * 3.14159265358979323846 * u2);
    }
    // Gamma with this shape and scale 1 (Marsaglia and Tsang; below shape 1 through shape + 1).
    double gamma(double shape)
    {
        if (shape < 1.0)
            return gamma(shape + 1.0) * std::pow(1.0 - uniform(), 1.0 / shape);
        const double d = shape - 1.0 / 3.0;
        const double c = 1.0 / std::sqrt(9.0 * d);
        for (;;) {
            const double x = normal();
            const double v0 = 1.0 + c * x;
            if (v0 <= 0)
                continue;
            const double v = v0 * v0 * v0;
            const double u = 1.0 - uniform();
            if (u < 1.0 - 0.0331 * x * x * x * x || std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
                return d * v;
        }
    }

private:
    std::mt19937_64 m_rng;
};

} // namespace

namespace SyntheticDistributions {
double log10CallsPerDay(double u)
{
    return quantile(CallsPerDay, u);
}
double interArrivalCv(double u)
{
    return quantile(InterArrivalCv, u);
}
double log10ExecutionSeconds(double u)
{
    return quantile(ExecutionSeconds, u);
}
double log10MemoryMb(double u)
{
    return quantile(MemoryMb, u);
}
} // namespace SyntheticDistributions

ModelTrace generateSyntheticTrace(const SyntheticTraceParameters &p)
{
    namespace D = SyntheticDistributions;
    ModelTrace trace;
    const qint64 warmUp = qMax<qint64>(0, p.warmUpMs);
    trace.durationMs = warmUp + p.durationMs;
    Draw draw(p.seed);
    const double day = 24.0 * 3600 * 1000;
    const double end = double(p.durationMs);
    // A call at t of the day (t < 0: in the warm-up before it); the day's calls keep their offsets
    // (shifted by the warm-up), so the day is the same with or without one.
    auto add = [&trace, warmUp](double t, int f) {
        trace.arrivals.append({ (t >= 0 ? qint64(t) : qint64(std::floor(t))) + warmUp, f });
    };
    for (int f = 0; f < p.functions; ++f) {
        ModelFunction fn;
        fn.name = QStringLiteral("synthetic-%1").arg(f + 1, 4, 10, QLatin1Char('0'));
        const double meanGapMs = day / std::pow(10.0, D::log10CallsPerDay(draw.uniform()));
        const double cv = D::interArrivalCv(draw.uniform());
        fn.durationMs
            = qMax<qint64>(1, std::llround(1000.0 * std::pow(10.0, D::log10ExecutionSeconds(draw.uniform()))));
        fn.memoryMb = int(std::lround(std::pow(10.0, D::log10MemoryMb(draw.uniform()))));
        trace.functions.append(fn);

        if (cv <= 0) {
            // Strictly periodic (a timer): a random phase.
            const double first = draw.uniform() * meanGapMs;
            for (double t = first; t < end; t += meanGapMs)
                add(t, f);
            for (double t = first - meanGapMs; t >= -double(warmUp); t -= meanGapMs)
                add(t, f);
            continue;
        }
        // A stationary renewal process with gamma gaps of mean meanGapMs and
        // this CV: shape 1/CV^2, scale mean * CV^2. It has been running
        // before the trace starts, so the first arrival comes after a part of
        // a length-biased gap (gamma with shape + 1). The two draws are
        // sequenced (the operands of one product are not: a compiler could
        // draw them in either order, and the day would differ between
        // compilers).
        const double shape = 1.0 / (cv * cv);
        const double scale = meanGapMs * cv * cv;
        const double share = draw.uniform();
        const double straddling = draw.gamma(shape + 1.0) * scale;
        const double first = share * straddling;
        for (double t = first; t < end; t += draw.gamma(shape) * scale)
            add(t, f);
        if (warmUp > 0) {
            // The same process before the day, from its own generator (the day's draws stay as they
            // are): the call before the first ends the straddling gap; gaps before it are independent
            // gamma draws (a stationary renewal process, seen backwards, is one with the same gaps).
            Draw before(p.seed ^ (0x9e3779b97f4a7c15ULL * quint64(f + 1)));
            for (double t = first - straddling; t >= -double(warmUp); t -= before.gamma(shape) * scale)
                add(t, f);
        }
    }
    std::stable_sort(trace.arrivals.begin(), trace.arrivals.end(),
                     [](const Arrival &a, const Arrival &b) { return a.offsetMs < b.offsetMs; });
    return trace;
}

} // namespace Bullpen
