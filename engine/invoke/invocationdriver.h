// SPDX-License-Identifier: MIT
#pragma once

#include "engine/invocation/invocationresult.h"
#include "engine/project/samtemplate.h"

#include <QObject>
#include <QPointer>

namespace Bullpen {

class Invoker;

// Keeps up to C invocations of one function in flight until N have run: each
// result starts the next. The one loop behind `bullpen invoke --repeat
// --concurrency` and `bullpen bench` (and, next, the load lab's closed loops).
class InvocationDriver final : public QObject
{
    Q_OBJECT
public:
    InvocationDriver(Invoker *invoker, FunctionConfig function, QByteArray payload, QObject *parent = nullptr);

    // Starts the first min(count, concurrency) invocations; the rest follow
    // as results arrive. finished() is emitted once all that started are done.
    void start(int count, int concurrency);
    // Starts no more; those in flight still report.
    void stopStarting() { m_stopping = true; }
    // The qualifier each invocation names (InvokeOptions::qualifier); empty: $LATEST.
    void setQualifier(const QString &qualifier) { m_qualifier = qualifier; }

    int startedCount() const { return m_started; }
    int finishedCount() const { return m_finished; }
    bool isDone() const { return m_done; }

Q_SIGNALS:
    // One invocation's result, and the nanoseconds from asking to result (queueing and cold start included).
    void resultReady(const Bullpen::InvocationResult &result, qint64 elapsedNs);
    void finished();

private:
    void startOne();

    QPointer<Invoker> m_invoker;
    FunctionConfig m_function;
    QByteArray m_payload;
    QString m_qualifier;
    int m_count = 0;
    int m_started = 0;
    int m_finished = 0;
    bool m_stopping = false;
    bool m_done = false;
};

} // namespace Bullpen
