// SPDX-License-Identifier: MIT
#pragma once

#include "engine/invocation/invocationresult.h"
#include "engine/pool/costmeter.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Bullpen {

// One call of a load run, as it went.
struct LoadRecord
{
    int index = -1; // in the plan's arrivals
    qint64 scheduledMs = 0; // its arrival offset in the plan (pool ms from the start)
    qint64 arrivedMs = 0; // when the runner sent it or queued it (pool ms from the start)
    QString functionId;
    QByteArray requestId;
    QString instanceId;
    InvocationOutcome outcome = InvocationOutcome::Succeeded;
    bool coldStart = false;
    bool queued = false; // waited for the load's concurrency cap
    double latencyMs = 0; // real time from arrival to result (queueing and cold start included)
    double durationMs = 0; // the handler's duration (REPORT)
    qint64 billedDurationMs = 0;
    QString errorType;

    bool throttled() const { return outcome == InvocationOutcome::Refused && errorType == u"TooManyRequestsException"; }
    static QString csvHeader();
    QString csvLine() const;
};

struct LatencyPercentiles
{
    qint64 count = 0;
    double p50 = 0, p95 = 0, p99 = 0, max = 0; // ms, real time
    QJsonObject toJson() const;
};
// Nearest-rank percentiles of latencies in ms (sorted in place).
LatencyPercentiles latencyPercentiles(QList<double> &latenciesMs);

// What a load run did, at its end (or so far).
struct LoadSummary
{
    QString description; // the shape or the trace, as a person reads it
    QStringList functions;
    qint64 plannedArrivals = 0;
    qint64 arrivals = 0; // sent or queued
    qint64 requests = 0; // with a result
    qint64 coldStarts = 0;
    qint64 warmStarts = 0;
    double coldStartRatio = 0; // of the calls that reached an instance
    LatencyPercentiles latency, coldLatency, warmLatency;
    qint64 throttles = 0; // TooManyRequestsException (reserved or account concurrency)
    qint64 errors = 0; // function errors, timeouts, engine errors, refusals other than throttles
    qint64 queued = 0; // calls that waited for the load's concurrency cap
    int maxQueue = 0;
    int maxConcurrency = 0; // the cap (0: none)
    int peakInFlight = 0;
    int peakInstances = 0; // execution environments of the load's functions alive at once
    CostTotals cost; // GB-seconds and dollars, Lambda's prices (CostMeter over the pool's stream)
    double clockSpeed = 1.0; // pool ms per real ms
    qint64 poolDurationMs = 0; // the plan's duration
    double poolSeconds = 0; // pool seconds from the start to the last result
    double realSeconds = 0; // real seconds, likewise
    double arrivalSpanRealSeconds = 0; // real seconds from the first arrival to the last
    double maxArrivalLagMs = 0; // pool ms an arrival was sent after its time (the runner falling behind)
    bool stoppedEarly = false;

    bool realTime() const { return clockSpeed == 1.0; }
    // The arrivals per real second the runner achieved (over the arrivals' span).
    double achievedArrivalsPerSecond() const;
    // Said on screen and in every summary when the pool clock ran fast (decisions §2).
    QString realTimeNote() const;
    QJsonObject toJson() const;
    QStringList toText() const;
};

// The summary and the records, for the export: a CSV of records, the summary as JSON.
bool writeLoadRecordsCsv(const QString &path, const QList<LoadRecord> &records, QString *error);
bool writeLoadSummaryJson(const QString &path, const LoadSummary &summary, QString *error);

} // namespace Bullpen
