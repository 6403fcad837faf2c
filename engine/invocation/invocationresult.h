// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Bullpen {

// Everything one invocation produced, as Lambda reports it: the payload or the
// function error, the logs with START/END/REPORT, and the REPORT figures.
struct InvocationResult {
    QByteArray requestId;
    QString functionId;      // the function's logical id
    QString instanceId;      // the execution environment that ran it
    bool coldStart = false;
    QString functionError;   // empty, or "Unhandled" (X-Amz-Function-Error)
    QString errorType;       // e.g. "ValueError", "Sandbox.Timedout", "Runtime.ExitError"
    QString errorMessage;
    QStringList stackTrace;
    QByteArray payload;      // the function's response, or the error document
    QByteArray contentType;
    QString engineError;     // Bullpen could not run the function at all (no runtime, container failed to start)
    double durationMs = 0;   // around the handler: event delivered to response received
    qint64 billedDurationMs = 0;
    double initDurationMs = -1;  // only on a cold start
    int memorySizeMb = 0;
    int maxMemoryUsedMb = -1;    // from the instance's cgroup; -1 when unknown
    bool memoryLimitEnforced = true;
    QString limitationNote;      // what the sandbox could not enforce, said plainly
    QStringList logs;            // START, the function's lines, END, REPORT
    QDateTime startedAt;
    QByteArray eventPayload;     // what was sent

    bool succeeded() const { return functionError.isEmpty() && engineError.isEmpty(); }
    QString reportLine() const;  // Lambda's REPORT line, tab separated
    // The result as `bullpen invoke --json` prints it: the payload parsed when it is JSON.
    QJsonObject toJson() const;
};

} // namespace Bullpen

Q_DECLARE_METATYPE(Bullpen::InvocationResult)
