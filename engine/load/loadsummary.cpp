// SPDX-License-Identifier: MIT
#include "engine/load/loadsummary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace Bullpen {

namespace {

// What `bullpen load` and the load lab print for a person (the JSON summary's
// keys and the CSV stay English: scripts read them).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Bullpen::LoadSummary)
};

} // namespace

QString LoadRecord::csvHeader()
{
    return QStringLiteral("scheduled_ms,arrived_ms,function,request_id,instance_id,outcome,cold_start,queued,"
                          "latency_ms,duration_ms,billed_duration_ms,error_type");
}

QString LoadRecord::csvLine() const
{
    return QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12")
        .arg(scheduledMs)
        .arg(arrivedMs)
        .arg(functionId, QString::fromLatin1(requestId), instanceId, invocationOutcomeName(outcome))
        .arg(coldStart ? 1 : 0)
        .arg(queued ? 1 : 0)
        .arg(latencyMs, 0, 'f', 3)
        .arg(durationMs, 0, 'f', 3)
        .arg(billedDurationMs)
        .arg(errorType);
}

QJsonObject LatencyPercentiles::toJson() const
{
    return { { QStringLiteral("count"), count },
             { QStringLiteral("p50Ms"), p50 },
             { QStringLiteral("p95Ms"), p95 },
             { QStringLiteral("p99Ms"), p99 },
             { QStringLiteral("maxMs"), max } };
}

LatencyPercentiles latencyPercentiles(QList<double> &v)
{
    LatencyPercentiles p;
    p.count = v.size();
    if (v.isEmpty())
        return p;
    std::sort(v.begin(), v.end());
    auto rank = [&v](double q) {
        return v.at(qBound<qsizetype>(0, qsizetype(std::ceil(q * double(v.size()))) - 1, v.size() - 1));
    };
    p.p50 = rank(0.50);
    p.p95 = rank(0.95);
    p.p99 = rank(0.99);
    p.max = v.last();
    return p;
}

double LoadSummary::achievedArrivalsPerSecond() const
{
    if (arrivals < 2 || arrivalSpanRealSeconds <= 0)
        return 0;
    return double(arrivals - 1) / arrivalSpanRealSeconds;
}

QString LoadSummary::realTimeNote() const
{
    if (realTime())
        return {};
    return Text::tr("Not a real-time result: the pool clock ran %1× faster than real time. Arrivals and "
                    "keep-alive follow the pool clock, but handlers still take real time, so concurrency "
                    "and cold starts are higher than the same load would give in real time.")
        .arg(clockSpeed, 0, 'g', 6);
}

QJsonObject LoadSummary::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("functions"), QJsonArray::fromStringList(functions));
    o.insert(QStringLiteral("plannedArrivals"), plannedArrivals);
    o.insert(QStringLiteral("arrivals"), arrivals);
    o.insert(QStringLiteral("requests"), requests);
    o.insert(QStringLiteral("coldStarts"), coldStarts);
    o.insert(QStringLiteral("warmStarts"), warmStarts);
    o.insert(QStringLiteral("coldStartRatio"), coldStartRatio);
    o.insert(QStringLiteral("latency"), latency.toJson());
    o.insert(QStringLiteral("coldLatency"), coldLatency.toJson());
    o.insert(QStringLiteral("warmLatency"), warmLatency.toJson());
    o.insert(QStringLiteral("throttles"), throttles);
    o.insert(QStringLiteral("errors"), errors);
    o.insert(QStringLiteral("queued"), queued);
    o.insert(QStringLiteral("maxQueue"), maxQueue);
    o.insert(QStringLiteral("maxConcurrency"), maxConcurrency);
    o.insert(QStringLiteral("peakInFlight"), peakInFlight);
    o.insert(QStringLiteral("peakInstances"), peakInstances);
    o.insert(QStringLiteral("gbSeconds"), cost.gbSeconds + cost.provisionedDurationGbSeconds);
    o.insert(QStringLiteral("provisionedGbSeconds"), cost.provisionedGbSeconds);
    o.insert(QStringLiteral("costUsd"), cost.totalCost());
    o.insert(QStringLiteral("requestCostUsd"), cost.requestCost);
    o.insert(QStringLiteral("durationCostUsd"), cost.durationCost);
    o.insert(QStringLiteral("provisionedCostUsd"), cost.provisionedCost);
    o.insert(QStringLiteral("clockSpeed"), clockSpeed);
    o.insert(QStringLiteral("realTime"), realTime());
    if (!realTime())
        o.insert(QStringLiteral("note"), realTimeNote());
    o.insert(QStringLiteral("poolDurationMs"), poolDurationMs);
    o.insert(QStringLiteral("poolSeconds"), poolSeconds);
    o.insert(QStringLiteral("realSeconds"), realSeconds);
    o.insert(QStringLiteral("achievedArrivalsPerSecond"), achievedArrivalsPerSecond());
    o.insert(QStringLiteral("maxArrivalLagMs"), maxArrivalLagMs);
    o.insert(QStringLiteral("stoppedEarly"), stoppedEarly);
    return o;
}

QStringList LoadSummary::toText() const
{
    auto lat = [](const LatencyPercentiles &p) {
        if (p.count == 0)
            return Text::tr("none");
        return Text::tr("p50 %1 ms, p95 %2 ms, p99 %3 ms (%4)")
            .arg(p.p50, 0, 'f', 1)
            .arg(p.p95, 0, 'f', 1)
            .arg(p.p99, 0, 'f', 1)
            .arg(p.count);
    };
    QStringList lines;
    lines << Text::tr("Load: %1 on %2").arg(description, functions.join(QStringLiteral(", ")));
    if (!realTime())
        lines << realTimeNote();
    lines << Text::tr("Requests: %1 of %2 planned arrivals%3")
                 .arg(requests)
                 .arg(plannedArrivals)
                 .arg(stoppedEarly ? Text::tr(" (stopped early)") : QString());
    lines << Text::tr("Cold starts: %1 (%2 % of the calls that reached an instance), warm: %3")
                 .arg(coldStarts)
                 .arg(coldStartRatio * 100, 0, 'f', 1)
                 .arg(warmStarts);
    lines << Text::tr("Latency, all: %1").arg(lat(latency));
    lines << Text::tr("Latency, cold: %1").arg(lat(coldLatency));
    lines << Text::tr("Latency, warm: %1").arg(lat(warmLatency));
    lines << Text::tr("Throttles: %1, errors: %2, queued at the cap: %3 (at most %4 waiting)")
                 .arg(throttles)
                 .arg(errors)
                 .arg(queued)
                 .arg(maxQueue);
    lines << Text::tr("Peak instances: %1, peak in flight: %2").arg(peakInstances).arg(peakInFlight);
    lines << Text::tr("GB-seconds: %1, cost: $%2")
                 .arg(cost.gbSeconds + cost.provisionedDurationGbSeconds, 0, 'f', 4)
                 .arg(cost.totalCost(), 0, 'f', 8);
    lines << Text::tr("Arrivals: %1 per real second achieved, at most %2 ms late (pool)")
                 .arg(achievedArrivalsPerSecond(), 0, 'f', 0)
                 .arg(maxArrivalLagMs, 0, 'f', 0);
    return lines;
}

bool writeLoadRecordsCsv(const QString &path, const QList<LoadRecord> &records, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        file.write(LoadRecord::csvHeader().toUtf8());
        file.write("\n");
        for (const LoadRecord &r : records) {
            file.write(r.csvLine().toUtf8());
            file.write("\n");
        }
        if (file.commit())
            return true;
    }
    if (error)
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return false;
}

bool writeLoadSummaryJson(const QString &path, const LoadSummary &summary, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        file.write(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented));
        if (file.commit())
            return true;
    }
    if (error)
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return false;
}

} // namespace Bullpen
