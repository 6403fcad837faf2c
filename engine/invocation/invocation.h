// SPDX-License-Identifier: MIT
#pragma once

#include "engine/invocation/invocationresult.h"
#include "engine/project/samtemplate.h"

#include <QElapsedTimer>
#include <QObject>

namespace Bullpen {

// One request to run a function with an event, from the moment it is asked for
// until its result is known. The warm pool hands it to an instance; whoever
// asked connects to finished(). It can be cancelled at any point.
class Invocation final : public QObject
{
    Q_OBJECT
public:
    Invocation(FunctionConfig function, QByteArray payload, QObject *parent = nullptr);

    const QByteArray &requestId() const { return m_result.requestId; }
    const FunctionConfig &function() const { return m_function; }
    const QByteArray &payload() const { return m_payload; }
    bool isFinished() const { return m_finished; }
    const InvocationResult &result() const { return m_result; }
    // Nanoseconds since the invocation was asked for (queueing and cold start included).
    qint64 elapsedNs() const { return m_elapsed.nsecsElapsed(); }

    // Stops the invocation: the instance running it is killed (its state is
    // unknown afterwards), and the result says it was cancelled.
    void cancel();
    bool isCancelRequested() const { return m_cancelRequested; }

    // For the pool and the instance: completes the invocation once.
    void finish(InvocationResult result);
    InvocationResult &pendingResult() { return m_result; }

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
    InvocationResult m_result;
    QElapsedTimer m_elapsed;
    bool m_finished = false;
    bool m_cancelRequested = false;
};

} // namespace Bullpen
