// SPDX-License-Identifier: MIT
#pragma once

#include "engine/pool/poolevent.h"

#include <QHash>
#include <QList>

namespace Bullpen {

// The charts' figures folded from the pool's event stream: a latency
// histogram split cold/warm (real time: what the caller waited, init
// included for a cold start), and, over pool time, the live instances, the
// peak concurrency and the cold-start ratio per interval. The time series keep
// at most maxSamples points: when they would grow past it, neighbouring
// intervals merge and the interval doubles, so a day-long session costs what a
// minute does. Pure data, no widgets; PoolCharts draws it.
class PoolSeries final
{
public:
    struct Sample
    {
        qint64 startMs = 0; // pool time the interval begins
        int instances = 0; // alive at its end
        int peakBusy = 0; // the most invocations running at once in it
        int coldStarts = 0; // dispatches in it
        int warmHits = 0;
        double coldStartRatio() const
        {
            const int n = coldStarts + warmHits;
            return n ? double(coldStarts) / n : -1.0;
        }
    };
    static constexpr int maxSamples = 600;

    PoolSeries();

    void apply(const QList<PoolEvent> &events);
    void clear();

    // Histogram buckets: [bucketLowerMs(i), bucketLowerMs(i + 1)), the last one open.
    static int bucketCount();
    static double bucketLowerMs(int bucket);
    static int bucketOf(double latencyMs);
    static QString bucketLabel(int bucket);
    const QList<int> &coldHistogram() const { return m_cold; }
    const QList<int> &warmHistogram() const { return m_warm; }

    // Closed intervals, oldest first, and the one still open.
    const QList<Sample> &samples() const { return m_samples; }
    const Sample &current() const { return m_current; }
    qint64 intervalMs() const { return m_intervalMs; }
    int instances() const { return m_instances; }
    int busy() const { return m_busy; }

private:
    void advanceTo(qint64 poolTimeMs);
    void closeInterval();

    QList<int> m_cold;
    QList<int> m_warm;
    QList<Sample> m_samples;
    Sample m_current;
    bool m_started = false;
    qint64 m_intervalMs = 1000;
    QHash<QString, bool> m_busyInstances; // alive instances: busy or not
    int m_instances = 0;
    int m_busy = 0;
};

} // namespace Bullpen
