// SPDX-License-Identifier: MIT
#pragma once

#include "engine/invocation/coldstartphases.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Bullpen {

// How an invocation ended, in the words every view and the command line share,
// so that none of them has to read it back out of error strings.
enum class InvocationOutcome {
    Succeeded, // the function returned a response
    FunctionError, // the function (or its runtime) failed: X-Amz-Function-Error
    TimedOut, // the handler ran past the function's timeout (Sandbox.Timedout)
    Cancelled, // the user stopped it
    Refused, // refused at the front door, as Lambda's API would (too large, malformed, throttled)
    EngineError, // Bullpen could not run the function at all
};

// Why the engine could not run a function: the window chooses its advice from it.
enum class EngineErrorKind {
    None,
    NoBackend, // no container backend works here (or the chosen one does not)
    SandboxFailed, // the container or process did not start
    RuntimeMissing, // the function's runtime is unknown or not installed
    ListenerFailed, // the instance's Runtime API listener could not open
    InstanceStopped, // its instance was stopped under it (the engine stopped, a settings change)
    ShuttingDown, // asked for while the engine was shutting down
    BuildFailed, // the automatic build before the invocation failed (pip's, npm's or make's message)
    Internal, // anything else: a bug in Bullpen
};

QString invocationOutcomeName(InvocationOutcome outcome); // "succeeded", "functionError", ... (stable, for JSON)
// The outcome a name of invocationOutcomeName() stands for; nullopt for any other text.
std::optional<InvocationOutcome> invocationOutcomeFromName(const QString &name);

// Everything one invocation produced, as Lambda reports it: the payload or the
// function error, the logs with START/END/REPORT, and the REPORT figures. It is
// built by whoever ran the invocation and handed to Invocation::finish() once;
// afterwards nobody changes it.
struct InvocationResult
{
    QByteArray requestId;
    QString functionId; // the function's logical id
    QString instanceId; // the execution environment that ran it
    InvocationOutcome outcome = InvocationOutcome::Succeeded;
    EngineErrorKind engineErrorKind = EngineErrorKind::None; // set with outcome EngineError
    bool coldStart = false;
    // A cold start that found its sandbox made ahead of need (OciBackend's
    // prepared sandboxes): only the runtime's start was on its path. False
    // for a configuration's first cold start, which made its sandbox.
    bool preparedSandbox = false;
    // SnapStart: the cold start restored a snapshot of the initialised
    // runtime (preparedSandbox too when the copy was restored ahead of need).
    // Its REPORT says Restore Duration (from the restore's start, or from the
    // taking of a copy restored ahead, to the runtime's first /next) and
    // Billed Restore Duration (its after-restore hooks: from the wake on) in
    // place of Init Duration; initDurationMs stays -1.
    bool restoredFromSnapshot = false;
    double restoreDurationMs = -1;
    double billedRestoreDurationMs = -1;
    // A SnapStart function that started cold instead: why ("SnapStart unavailable: ...").
    QString snapStartNote;
    QString functionError; // empty, or "Unhandled" (X-Amz-Function-Error)
    QString errorType; // e.g. "ValueError", "Sandbox.Timedout", "Runtime.ExitError"
    QString errorMessage;
    QStringList stackTrace;
    QByteArray payload; // the function's response, or the error document
    QByteArray contentType;
    // The runtime streamed its response (Lambda-Runtime-Function-Response-Mode:
    // streaming). On success the payload is the whole stream; when the stream
    // ended in an error (its trailers, a timeout, a crash) the payload is the
    // error document, as for every error, and streamedBody keeps what had been
    // streamed before it.
    bool streamed = false;
    QByteArray streamedBody;
    QString engineError; // what the engine says when it did not run the function (engine error, refusal, cancel)
    double durationMs = 0; // around the handler, in real time: event delivered to response received
    qint64 billedDurationMs = 0;
    double initDurationMs = -1; // only on a cold start
    // A cold start's phases, from the request for its sandbox to the end of its
    // init (Init Duration is their part from the process's start on); unknown
    // (isKnown() false) on a warm start.
    ColdStartPhases coldStartPhases;
    int memorySizeMb = 0;
    int maxMemoryUsedMb = -1; // from the instance's cgroup; -1 when unknown
    bool memoryLimitEnforced = true;
    QString limitationNote; // what the sandbox could not enforce, said plainly
    QString runtimeVersion; // the runtime image's interpreter and Debian release; empty on the host's files
    QStringList logs; // START, the function's lines, END, REPORT
    QDateTime startedAt;
    QByteArray eventPayload; // what was sent

    bool succeeded() const { return outcome == InvocationOutcome::Succeeded; }
    // The function's code ran (or was running): its duration and start kind mean something.
    bool ran() const
    {
        return outcome == InvocationOutcome::Succeeded || outcome == InvocationOutcome::FunctionError
            || outcome == InvocationOutcome::TimedOut || outcome == InvocationOutcome::Cancelled;
    }
    QString reportLine() const; // Lambda's REPORT line, tab separated
    // The result as `bullpen invoke --json` prints it: the payload parsed when it is JSON.
    QJsonObject toJson() const;
    // The result toJson() wrote, read back (the invocation history keeps results this way).
    // What toJson() does not write comes back empty: contentType, eventPayload. The payload
    // comes back as compact JSON of the value written (a text payload as a JSON string);
    // keep the bytes beside it where their exact form matters. nullopt, with *error naming
    // the field, when a field is missing or of the wrong type.
    static std::optional<InvocationResult> fromJson(const QJsonObject &json, QString *error = nullptr);
};

} // namespace Bullpen

Q_DECLARE_METATYPE(Bullpen::InvocationResult)
