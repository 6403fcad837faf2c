// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Bullpen {

// What a keep-alive policy decides when an instance of a function goes idle:
// unload it for prewarmMs (0: keep it loaded), then have it loaded (warm) for
// keepAliveMs. Fixed keep-alive is {0, K}; no keep-alive is {0, 0}.
struct KeepAliveWindow
{
    qint64 prewarmMs = 0;
    qint64 keepAliveMs = 0;
    bool operator==(const KeepAliveWindow &) const = default;
};

// A keep-alive policy of the pool model. It may learn from the idle times it
// is shown (per function, in time order) and decides each window from what it
// has seen so far, never from the future.
class KeepAlivePolicy
{
public:
    virtual ~KeepAlivePolicy();
    virtual QString name() const = 0;
    // A policy of the same kind and parameters that has seen nothing, for functionCount functions.
    virtual std::unique_ptr<KeepAlivePolicy> fresh(int functionCount) const = 0;
    // A function was idle for idleMs (from the end of its last execution to
    // the call that ended the idle period).
    virtual void observeIdle(int function, qint64 idleMs)
    {
        Q_UNUSED(function)
        Q_UNUSED(idleMs)
    }
    virtual KeepAliveWindow window(int function) const = 0;
};

// The state of the practice: every idle instance stays warm for the same
// time (Lambda's is about 45 minutes as observed; the paper's baseline is
// 10 minutes). 0 is no keep-alive at all.
class FixedKeepAlive final : public KeepAlivePolicy
{
public:
    explicit FixedKeepAlive(qint64 keepAliveMs)
        : m_keepAliveMs(keepAliveMs)
    { }
    QString name() const override;
    std::unique_ptr<KeepAlivePolicy> fresh(int) const override
    {
        return std::make_unique<FixedKeepAlive>(m_keepAliveMs);
    }
    KeepAliveWindow window(int) const override { return { 0, m_keepAliveMs }; }
    qint64 keepAliveMs() const { return m_keepAliveMs; }

private:
    qint64 m_keepAliveMs;
};

// The hybrid histogram policy of Shahrad et al., "Serverless in the Wild"
// (USENIX ATC 2020), §4.2: per function, a histogram of idle times in 1-minute
// bins over a 4-hour range. When it is representative (the coefficient of
// variation of its bin counts is above 2), the pre-warm window is its head
// (5th percentile) less a 10 % margin and the keep-alive window reaches its
// tail (99th percentile) plus 10 %. When it is not (or has no idle time yet),
// the standard keep-alive: no pre-warm, keep-alive over the histogram's range.
// When most idle times fall out of its range (out of bounds), the paper
// forecasts the next idle time with ARIMA; this model uses a simpler predictor
// instead, named as such: the mean of the last three out-of-bounds idle times,
// pre-warming 15 % before it and keeping warm until 15 % after it.
class HybridHistogramPolicy final : public KeepAlivePolicy
{
public:
    struct Parameters
    {
        qint64 rangeMs = 4 * 3600 * 1000;
        qint64 binMs = 60 * 1000;
        double headPercentile = 5;
        double tailPercentile = 99;
        double marginPercent = 10;
        double cvThreshold = 2;
        double oobShareThreshold = 0.5; // share of idle times out of bounds above which the predictor decides
        int oobPredictorSamples = 3;
        double oobMarginPercent = 15;
    };
    // The paper's parameters with another histogram range (its Fig. 15 plots 2, 3 and 4 hours); the
    // standard keep-alive, used while the histogram is not representative, is the range too.
    static Parameters withRange(qint64 rangeMs);
    explicit HybridHistogramPolicy(int functionCount = 0);
    HybridHistogramPolicy(const Parameters &parameters, int functionCount);
    QString name() const override;
    std::unique_ptr<KeepAlivePolicy> fresh(int functionCount) const override;
    void observeIdle(int function, qint64 idleMs) override;
    KeepAliveWindow window(int function) const override;
    const Parameters &parameters() const { return m_p; }
    // Which rule decided the function's last window, for people: "standard", "histogram", "predictor".
    QString ruleFor(int function) const;

private:
    struct State
    {
        std::vector<quint32> bins;
        quint64 inBounds = 0;
        quint64 outOfBounds = 0;
        double sumSquares = 0; // of the bin counts, for the coefficient of variation
        QList<qint64> recentOob; // the last few out-of-bounds idle times
    };
    enum class Rule { Standard, Histogram, Predictor };
    Rule rule(const State &s) const;
    Parameters m_p;
    int m_bins;
    std::vector<State> m_states;
};

} // namespace Bullpen
