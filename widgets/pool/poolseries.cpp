// SPDX-License-Identifier: MIT
#include "widgets/pool/poolseries.h"

#include <QLocale>

#include <array>

namespace Bullpen {

namespace {

// Lower bounds in milliseconds: 1-2-5 steps from 1 ms to 10 s.
constexpr std::array<double, 14> bounds = { 0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000 };

} // namespace

PoolSeries::PoolSeries()
{
    clear();
}

void PoolSeries::clear()
{
    m_cold = QList<int>(bucketCount(), 0);
    m_warm = QList<int>(bucketCount(), 0);
    m_samples.clear();
    m_current = {};
    m_started = false;
    m_intervalMs = 1000;
    m_busyInstances.clear();
    m_instances = m_busy = 0;
}

int PoolSeries::bucketCount()
{
    return int(bounds.size());
}

double PoolSeries::bucketLowerMs(int bucket)
{
    return bounds.at(size_t(bucket));
}

int PoolSeries::bucketOf(double latencyMs)
{
    int bucket = 0;
    while (bucket + 1 < bucketCount() && latencyMs >= bounds.at(size_t(bucket) + 1))
        ++bucket;
    return bucket;
}

QString PoolSeries::bucketLabel(int bucket)
{
    const auto text = [](double ms) -> QString {
        return ms >= 1000 ? QString::number(ms / 1000) + QStringLiteral(" s")
                          : QString::number(ms) + QStringLiteral(" ms");
    };
    // Ranges, not "< 1 ms": chart labels are read as rich text, where "<" opens a tag.
    if (bucket + 1 >= bucketCount())
        return QStringLiteral("≥ ") + text(bucketLowerMs(bucket));
    const double lower = bucketLowerMs(bucket), upper = bucketLowerMs(bucket + 1);
    if (lower >= 1000 || upper < 1000)
        return text(lower).section(QLatin1Char(' '), 0, 0) + QStringLiteral("–") + text(upper);
    return text(lower) + QStringLiteral("–") + text(upper);
}

void PoolSeries::closeInterval()
{
    m_samples.append(m_current);
    m_current = {};
    m_current.startMs = m_samples.constLast().startMs + m_intervalMs;
    m_current.instances = m_instances;
    m_current.peakBusy = m_busy;
    if (m_samples.size() < maxSamples)
        return;
    // Halve the resolution: pairs of intervals become one.
    QList<Sample> merged;
    merged.reserve(m_samples.size() / 2 + 1);
    for (qsizetype i = 0; i + 1 < m_samples.size(); i += 2) {
        Sample s = m_samples.at(i);
        const Sample &n = m_samples.at(i + 1);
        s.instances = n.instances;
        s.peakBusy = qMax(s.peakBusy, n.peakBusy);
        s.coldStarts += n.coldStarts;
        s.warmHits += n.warmHits;
        merged.append(s);
    }
    const bool odd = m_samples.size() % 2;
    const Sample last = m_samples.constLast();
    m_intervalMs *= 2;
    if (odd) {
        // The odd one out begins the (now twice as long) open interval.
        m_current.startMs = last.startMs;
        m_current.peakBusy = qMax(m_current.peakBusy, last.peakBusy);
        m_current.coldStarts += last.coldStarts;
        m_current.warmHits += last.warmHits;
    }
    m_samples = merged;
}

void PoolSeries::advanceTo(qint64 poolTimeMs)
{
    if (!m_started) {
        m_started = true;
        m_current.startMs = poolTimeMs - poolTimeMs % m_intervalMs;
        return;
    }
    // Quiet stretches close their intervals too (bounded by the merging).
    while (poolTimeMs >= m_current.startMs + m_intervalMs)
        closeInterval();
}

void PoolSeries::apply(const QList<PoolEvent> &events)
{
    for (const PoolEvent &e : events) {
        if (e.type == PoolEventType::MemorySample || e.type == PoolEventType::ClockSpeedChanged)
            continue;
        advanceTo(e.poolTimeMs);
        switch (e.type) {
        case PoolEventType::InstanceStarting:
            if (!m_busyInstances.contains(e.instanceId)) {
                m_busyInstances.insert(e.instanceId, false);
                ++m_instances;
            }
            break;
        case PoolEventType::InstanceBusy: {
            auto it = m_busyInstances.find(e.instanceId);
            if (it != m_busyInstances.end() && !*it) {
                *it = true;
                ++m_busy;
            }
            break;
        }
        case PoolEventType::InstanceIdle: {
            auto it = m_busyInstances.find(e.instanceId);
            if (it != m_busyInstances.end() && *it) {
                *it = false;
                --m_busy;
            }
            break;
        }
        case PoolEventType::InstanceStopped: {
            auto it = m_busyInstances.find(e.instanceId);
            if (it != m_busyInstances.end()) {
                m_busy -= *it ? 1 : 0;
                --m_instances;
                m_busyInstances.erase(it);
            }
            break;
        }
        case PoolEventType::InvocationDispatched:
            if (e.coldStart)
                ++m_current.coldStarts;
            else
                ++m_current.warmHits;
            break;
        case PoolEventType::InvocationFinished:
            if (e.durationMs >= 0) {
                // What the caller waited: a cold start's init is on its path.
                const double latency = e.durationMs + (e.coldStart && e.initDurationMs > 0 ? e.initDurationMs : 0.0);
                (e.coldStart ? m_cold : m_warm)[bucketOf(latency)] += 1;
            }
            break;
        default:
            break;
        }
        m_current.instances = m_instances;
        m_current.peakBusy = qMax(m_current.peakBusy, m_busy);
    }
}

} // namespace Bullpen
