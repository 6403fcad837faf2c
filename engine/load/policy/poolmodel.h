// SPDX-License-Identifier: MIT
#pragma once

#include "engine/load/arrivals.h"
#include "engine/load/policy/keepalivepolicy.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Bullpen {

struct ModelFunction
{
    QString name;
    int memoryMb = 128;
    qint64 durationMs = 0; // each execution's length (pool time)
    qint64 coldStartMs = 0; // added to an execution that needed a new instance
};

// A trace for the model: functions with their execution figures, and arrivals.
struct ModelTrace
{
    QList<ModelFunction> functions;
    QList<Arrival> arrivals; // in time order
    qint64 durationMs = 0;
};

// How a policy did on a trace.
struct PolicyResult
{
    QString policy;
    qint64 invocations = 0;
    qint64 coldStarts = 0;
    double coldStartPercent = 0; // of all invocations
    // Per function (those with calls), the share of its calls that were cold,
    // in percent, sorted: the CDF the paper draws, and its third quartile.
    QList<double> functionColdStartPercents;
    double coldStartPercentP75 = 0;
    // Memory kept loaded while idle: instance-milliseconds idle and warm x memory.
    double wastedGbSeconds = 0;
    int peakInstances = 0; // loaded or busy, all functions
    QList<bool> coldFlags; // per arrival, in trace order (only when asked for)
    QJsonObject toJson() const;
};

// The warm pool's logic without containers, on a simulated clock: per
// function, a call takes the idle loaded instance that went idle last; with
// none, a new instance starts (a cold start); an instance runs one call at a
// time; when it goes idle the policy decides its pre-warm and keep-alive
// windows. A call arriving exactly when an instance's keep-alive runs out
// finds it gone, as in the pool. Each call shows the policy the idle time it
// ends: from the function's latest execution end before it (0 while the
// function has been running since before its latest end: concurrency).
PolicyResult simulatePolicy(const ModelTrace &trace, const KeepAlivePolicy &policy, bool keepColdFlags = false);

// The policy lab's line-up: no keep-alive, fixed 1, 5, 10, 45 minutes, hybrid histogram.
QList<std::shared_ptr<const KeepAlivePolicy>> standardPolicies();

} // namespace Bullpen
