// SPDX-License-Identifier: MIT
#include "engine/load/policy/keepalivepolicy.h"

#include <cmath>

namespace Bullpen {

KeepAlivePolicy::~KeepAlivePolicy() = default;

QString FixedKeepAlive::name() const
{
    if (m_keepAliveMs == 0)
        return QStringLiteral("no keep-alive");
    if (m_keepAliveMs % 60000 == 0)
        return QStringLiteral("fixed %1 min").arg(m_keepAliveMs / 60000);
    return QStringLiteral("fixed %1 s").arg(double(m_keepAliveMs) / 1000.0, 0, 'g', 6);
}

HybridHistogramPolicy::HybridHistogramPolicy(int functionCount)
    : HybridHistogramPolicy(Parameters(), functionCount)
{ }

HybridHistogramPolicy::HybridHistogramPolicy(const Parameters &parameters, int functionCount)
    : m_p(parameters)
    , m_bins(int(qMax<qint64>(1, parameters.rangeMs / qMax<qint64>(1, parameters.binMs))))
    , m_states(size_t(qMax(0, functionCount)))
{ }

QString HybridHistogramPolicy::name() const
{
    // Named by the histogram's range, as the paper's Fig. 15 tells its variants apart.
    if (m_p.rangeMs % 3600000 == 0)
        return QStringLiteral("hybrid %1 h").arg(m_p.rangeMs / 3600000);
    return QStringLiteral("hybrid %1 min").arg(double(m_p.rangeMs) / 60000.0, 0, 'g', 6);
}

HybridHistogramPolicy::Parameters HybridHistogramPolicy::withRange(qint64 rangeMs)
{
    Parameters p;
    p.rangeMs = rangeMs;
    return p;
}

std::unique_ptr<KeepAlivePolicy> HybridHistogramPolicy::fresh(int functionCount) const
{
    return std::make_unique<HybridHistogramPolicy>(m_p, functionCount);
}

void HybridHistogramPolicy::observeIdle(int function, qint64 idleMs)
{
    if (function < 0)
        return;
    if (size_t(function) >= m_states.size())
        m_states.resize(size_t(function) + 1);
    State &s = m_states[size_t(function)];
    if (idleMs >= m_p.rangeMs) {
        ++s.outOfBounds;
        s.recentOob.append(idleMs);
        if (s.recentOob.size() > m_p.oobPredictorSamples)
            s.recentOob.removeFirst();
        return;
    }
    if (s.bins.empty())
        s.bins.assign(size_t(m_bins), 0);
    const size_t bin = size_t(qBound<qint64>(0, idleMs / m_p.binMs, qint64(m_bins) - 1));
    const double c = s.bins[bin];
    s.sumSquares += 2 * c + 1; // (c + 1)^2 - c^2
    ++s.bins[bin];
    ++s.inBounds;
}

HybridHistogramPolicy::Rule HybridHistogramPolicy::rule(const State &s) const
{
    const quint64 all = s.inBounds + s.outOfBounds;
    if (all == 0)
        return Rule::Standard;
    if (double(s.outOfBounds) / double(all) > m_p.oobShareThreshold && !s.recentOob.isEmpty())
        return Rule::Predictor;
    if (s.inBounds == 0)
        return Rule::Standard;
    const double n = m_bins;
    const double mean = double(s.inBounds) / n;
    const double variance = qMax(0.0, s.sumSquares / n - mean * mean);
    const double cv = std::sqrt(variance) / mean;
    return cv > m_p.cvThreshold ? Rule::Histogram : Rule::Standard;
}

QString HybridHistogramPolicy::ruleFor(int function) const
{
    if (function < 0 || size_t(function) >= m_states.size())
        return QStringLiteral("standard");
    switch (rule(m_states[size_t(function)])) {
    case Rule::Standard:
        return QStringLiteral("standard");
    case Rule::Histogram:
        return QStringLiteral("histogram");
    case Rule::Predictor:
        return QStringLiteral("predictor");
    }
    return {};
}

KeepAliveWindow HybridHistogramPolicy::window(int function) const
{
    const KeepAliveWindow standard { 0, m_p.rangeMs };
    if (function < 0 || size_t(function) >= m_states.size())
        return standard;
    const State &s = m_states[size_t(function)];
    switch (rule(s)) {
    case Rule::Standard:
        return standard;
    case Rule::Predictor: {
        double sum = 0;
        for (qint64 v : s.recentOob)
            sum += double(v);
        const double predicted = sum / double(s.recentOob.size());
        const double margin = m_p.oobMarginPercent / 100.0;
        const qint64 prewarm = qint64(predicted * (1 - margin));
        return { prewarm, qint64(predicted * (1 + margin)) - prewarm };
    }
    case Rule::Histogram:
        break;
    }
    // The bins holding the head and tail percentiles: the head's lower edge, the tail's upper edge.
    const double headRank = std::ceil(m_p.headPercentile / 100.0 * double(s.inBounds));
    const double tailRank = std::ceil(m_p.tailPercentile / 100.0 * double(s.inBounds));
    quint64 cumulative = 0;
    int head = -1, tail = m_bins - 1;
    for (int i = 0; i < m_bins; ++i) {
        cumulative += s.bins[size_t(i)];
        if (head < 0 && double(cumulative) >= qMax(1.0, headRank))
            head = i;
        if (double(cumulative) >= qMax(1.0, tailRank)) {
            tail = i;
            break;
        }
    }
    const double margin = m_p.marginPercent / 100.0;
    const qint64 prewarm = qint64(double(qMax(0, head) * m_p.binMs) * (1 - margin));
    const qint64 keepUntil = qint64(double((tail + 1) * m_p.binMs) * (1 + margin));
    return { prewarm, qMax<qint64>(0, keepUntil - prewarm) };
}

} // namespace Bullpen
