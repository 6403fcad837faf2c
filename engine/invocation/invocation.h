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
    // For the instance: a streamed response's start and chunks, passed on as they come.
    void streamStarted(const QByteArray &contentType);
    void addChunk(const QByteArray &chunk);

    // The caller wants the response as a stream (InvokeWithResponseStream, a
    // function URL in RESPONSE_STREAM mode). Lambda streams from Node.js and
    // custom runtimes only: the pool refuses such an invocation of any other
    // runtime, saying so. A function that streams answers a plain request too
    // (its chunks are collected), as on Lambda.
    void setResponseStreamRequested(bool requested) { m_streamRequested = requested; }
    bool isResponseStreamRequested() const { return m_streamRequested; }

    // The caller's client context (JSON), handed to the runtime with the event
    // (Lambda-Runtime-Client-Context: Python's context.client_context,
    // Node.js's context.clientContext); empty: none.
    void setClientContext(const QByteArray &json) { m_clientContext = json; }
    const QByteArray &clientContext() const { return m_clientContext; }

    // The alias the caller named (the function's AutoPublishAlias); empty for
    // $LATEST. The runtime's invoked function ARN ends with it, as on Lambda
    // (context.invoked_function_arn, Lambda-Runtime-Invoked-Function-Arn).
    void setQualifier(const QString &qualifier) { m_qualifier = qualifier; }
    const QString &qualifier() const { return m_qualifier; }

Q_SIGNALS:
    void finished(const Bullpen::InvocationResult &result);
    void cancelRequested();
    // A log line as the instance receives it, while the invocation runs (the
    // init logs of a cold start and START included), so that a window can
    // show the logs as they come; result().logs has them all at the end.
    void logLine(const QString &line);
    // A streamed response (a Node.js handler wrapped in streamifyResponse, a
    // custom runtime posting in streaming mode): its start, then each chunk as
    // the runtime writes it, before finished(). result().payload (or, after a
    // mid-stream error, result().streamedBody) has them all at the end. Never
    // emitted for a buffered response.
    void responseStreamStarted(const QByteArray &contentType);
    void responseChunk(const QByteArray &chunk);

private:
    FunctionConfig m_function;
    QByteArray m_payload;
    QByteArray m_requestId;
    QDateTime m_startedAt;
    InvocationResult m_result;
    QElapsedTimer m_elapsed;
    bool m_finished = false;
    bool m_cancelRequested = false;
    bool m_streamRequested = false;
    QByteArray m_clientContext;
    QString m_qualifier;
};

} // namespace Bullpen
