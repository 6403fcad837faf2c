// SPDX-License-Identifier: MIT
#pragma once

#include "engine/invocation/invocationresult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Bullpen {

// What happened in the warm pool, one fact at a time. The pool publishes these
// as one ordered stream (WarmPool::poolEvent, re-emitted by the Invoker); the
// pool view, the timeline, the charts, the counters, the cost meter and
// `bullpen invoke --trace` are all derived from it, and tests assert on it.
// Nothing of the pool's state is read any other way by a view.
enum class PoolEventType : quint8 {
    InstanceStarting, // a new execution environment: the sandbox is being made (cold start begins;
                      // timeoutMs; detail "pre-warmed" when started ahead of any call by Invoker::prewarm)
    InstanceInitDone, // its runtime asked for work for the first time: init is over (initDurationMs, and
                      // phases: the whole start phase by phase, from the request for its sandbox)
    InstanceBusy, // it took an invocation (requestId)
    InstanceIdle, // it is warm and waiting; keep-alive runs out at expiresAtMs (pool time)
    InstanceStopped, // it is gone (stopReason, detail)
    InvocationQueued, // an invocation arrived and waits for an instance (cap reached, or init pending)
    InvocationDispatched, // handed to instanceId: coldStart says whether it waits for that instance's init
    InvocationThrottled, // refused: TooManyRequestsException (throttleReason)
    InvocationFinished, // it has its result (outcome, durationMs, initDurationMs, billedDurationMs)
    MemorySample, // an instance's memory now (memoryBytes)
    ClockSpeedChanged, // the pool clock's speed changed (speed)
    InstanceSandboxReady, // its sandbox is made and the runtime's process runs (pid, sandboxDurationMs):
                          // the cold start's first phase is over, the runtime's init begins
    // Asynchronous invocations (engine/async/AsyncInvocationQueue), published into the same stream:
    AsyncEventQueued, // an Event invocation was accepted (requestId, queueDepth after it)
    AsyncRetryScheduled, // an attempt failed; the next one is due at retryAtMs (pool time); attempt = the failed
                         // one's number; detail: why (the error type, or "throttled"/"engine error", which Lambda
                         // retries without counting them)
    AsyncEventDone, // the event left the queue (queueDepth after it): detail is Lambda's condition ("Success",
                    // "RetriesExhausted", "EventAgeExceeded") and where its record went; attempt = attempts made
};

// Why an instance is gone, as a user would put it.
enum class InstanceStopReason : quint8 {
    None,
    Expired, // idle for the whole keep-alive, or expired ahead of it on request ("expire idle now"; detail says so)
    Stopped, // a user or the engine stopped it (stop instance, settings changed, shutdown)
    Crashed, // its runtime exited or was killed from outside
    TimedOut, // an invocation ran past the function's timeout; the instance was reset
    OutOfMemory, // the memory limit killed it
    InitFailed, // its init phase failed
};

// Where an invocation came from (the lanes of the pool view draw them differently).
enum class InvocationSource : quint8 {
    Direct, // Invoke in the window, `bullpen invoke`
    Schedule, // a Schedule/ScheduleV2 event of the template, or the keep-warm pinger
    Load, // the load lab
    Api, // the Invoke API / API Gateway / function URL servers
};

struct PoolEvent
{
    quint64 sequence = 0; // 1, 2, 3, ... in publication order
    PoolEventType type = PoolEventType::InstanceStarting;
    qint64 poolTimeMs = 0; // pool clock (may run fast): the timeline's axis
    qint64 realTimeMs = 0; // real time since the engine started (never scaled)
    QString functionId; // logical id
    QString instanceId; // empty for invocation events that never reached an instance
    QByteArray requestId; // invocation events, InstanceBusy
    InvocationSource source = InvocationSource::Direct;

    bool coldStart = false; // InvocationDispatched, InvocationFinished
    // InstanceSandboxReady, InvocationFinished: the cold start found its
    // sandbox made ahead of need (InvocationResult::preparedSandbox).
    bool preparedSandbox = false;
    // InstanceSandboxReady, InstanceInitDone, InvocationFinished: the cold
    // start restored a SnapStart snapshot (InvocationResult::restoredFromSnapshot);
    // InvocationFinished: snapStartNote, why a SnapStart function started cold.
    bool restoredFromSnapshot = false;
    QString snapStartNote;
    bool provisioned = false; // InstanceStarting..InstanceStopped of a provisioned-concurrency instance
    int memorySizeMb = 0; // the function's MemorySize (instance and invocation events)
    qint64 memoryBytes = -1; // MemorySample
    qint64 expiresAtMs = -1; // InstanceIdle (pool time)
    double initDurationMs = -1; // InstanceInitDone, InvocationFinished of a cold start
    double durationMs = -1; // InvocationFinished (real time)
    qint64 billedDurationMs = -1; // InvocationFinished
    InvocationOutcome outcome = InvocationOutcome::Succeeded; // InvocationFinished
    InstanceStopReason stopReason = InstanceStopReason::None; // InstanceStopped
    QString throttleReason; // InvocationThrottled: "ReservedFunctionConcurrentInvocationLimitExceeded", ...
    QString detail; // free text for people (why it stopped, the error type, ...)
    double speed = 1.0; // ClockSpeedChanged
    qint64 pid = -1; // InstanceSandboxReady: the runtime's process as the host sees it
    double sandboxDurationMs = -1; // InstanceSandboxReady: from asking for a sandbox to the runtime's process starting
    ColdStartPhases phases; // InstanceInitDone: the start phase by phase (engine/invocation/coldstartphases.h)
    qint64 timeoutMs = -1; // InstanceStarting, InstanceBusy: the function's timeout (real time)
    int queueDepth = -1; // AsyncEventQueued, AsyncEventDone: events in the asynchronous queue afterwards
    int attempt = -1; // AsyncRetryScheduled, AsyncEventDone: attempts made so far
    qint64 retryAtMs = -1; // AsyncRetryScheduled: when the next attempt is due (pool time)

    // One JSON object per event, as `--trace` writes them (one per line); only
    // the fields that mean something for the type are written.
    QJsonObject toJson() const;
    static PoolEvent fromJson(const QJsonObject &object, bool *ok = nullptr);
};

QString poolEventTypeName(PoolEventType type); // "instanceStarting", ... (stable, for JSON)
QString instanceStopReasonName(InstanceStopReason reason); // "expired", ...
QString invocationSourceName(InvocationSource source); // "direct", ...

} // namespace Bullpen

Q_DECLARE_METATYPE(Bullpen::PoolEvent)
