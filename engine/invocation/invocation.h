// SPDX-License-Identifier: MIT
#pragma once

#include "engine/invocation/invocationresult.h"
#include "engine/project/samtemplate.h"

#include <QElapsedTimer>
#include <QObject>

namespace Bullpen {

// One request to run a function with an event, from the moment it is asked for
// until its result is known. The warm pool hands it to an instance; whoever
// asked connects to finished(). It can be cancelled at any point. Its result is
// settled once: whoever runs it builds an InvocationResult of its own (starting
// from newResult()) and hands it to finish(), after which it never changes.
class Invocation final : public QObject
{
    Q_OBJECT
public:
    Invocation(FunctionConfig function, QByteArray payload, QObject *parent = nullptr);
    // With the request id the caller chose (an asynchronous event's, kept through its retries).
    Invocation(FunctionConfig function, QByteArray payload, QByteArray requestId, QObject *parent = nullptr);

    const QByteArray &requestId() const { return m_requestId; }
    const FunctionConfig &function() const { return m_function; }
    const QByteArray &payload() const { return m_payload; }
    bool isFinished() const { return m_finished; }
    // The settled result; before finished() it is newResult() (nothing ran yet).
    const InvocationResult &result() const { return m_result; }
    // Nanoseconds since the invocation was asked for (queueing and cold start included).
    qint64 elapsedNs() const { return m_elapsed.nsecsElapsed(); }

    // Stops the invocation: the instance running it is killed (its state is
    // unknown afterwards), and the result says it was cancelled.
    void cancel();
    bool isCancelRequested() const { return m_cancelRequested; }

    // For the pool and the instance. A result that knows what the request
    // says (request id, function, memory size, event, start time): the
    // starting point for the one who runs the invocation.
    InvocationResult newResult() const;
    // Completes the invocation with its result, once; later calls are ignored.
    void finish(InvocationResult result);
    // Completes it without running the function: refused, cancelled before it
    // reached an instance, or an engine error. The message goes to engineError
    // and errorMessage; errorType names it for programs (e.g. Lambda's exception).
    void finishUnrun(InvocationOutcome outcome, EngineErrorKind kind, const QString &message,
                     const QString &errorType = {});

Q_SIGNALS:
    void finished(const Bullpen::InvocationResult &result);
    void cancelRequested();
    // A log line as the instance receives it, while the invocation runs (the
    // init logs of a cold start and START included), so that a window can
    // show the logs as they come; result().logs has them all at the end.
    void logLine(const QString &line);

private:
    FunctionConfig m_function;
    QByteArray m_payload;
    QByteArray m_requestId;
    QDateTime m_startedAt;
    InvocationResult m_result;
    QElapsedTimer m_elapsed;
    bool m_finished = false;
    bool m_cancelRequested = false;
};

} // namespace Bullpen
