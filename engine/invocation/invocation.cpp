// SPDX-License-Identifier: MIT
#include "engine/invocation/invocation.h"

#include <QUuid>

namespace Bullpen {

Invocation::Invocation(FunctionConfig function, QByteArray payload, QObject *parent)
    : QObject(parent)
    , m_function(std::move(function))
    , m_payload(std::move(payload))
    , m_requestId(QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
    , m_startedAt(QDateTime::currentDateTimeUtc())
{
    m_elapsed.start();
    m_result = newResult();
}

Invocation::Invocation(FunctionConfig function, QByteArray payload, QByteArray requestId, QObject *parent)
    : Invocation(std::move(function), std::move(payload), parent)
{
    m_requestId = std::move(requestId);
    m_result = newResult();
}

InvocationResult Invocation::newResult() const
{
    InvocationResult r;
    r.requestId = m_requestId;
    r.functionId = m_function.logicalId;
    r.memorySizeMb = m_function.memorySizeMb;
    r.startedAt = m_startedAt;
    r.eventPayload = m_payload;
    return r;
}

void Invocation::cancel()
{
    if (m_finished || m_cancelRequested)
        return;
    m_cancelRequested = true;
    Q_EMIT cancelRequested();
}

void Invocation::finish(InvocationResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    Q_EMIT finished(m_result);
}

void Invocation::streamStarted(const QByteArray &contentType)
{
    if (!m_finished)
        Q_EMIT responseStreamStarted(contentType);
}

void Invocation::addChunk(const QByteArray &chunk)
{
    if (!m_finished)
        Q_EMIT responseChunk(chunk);
}

void Invocation::finishUnrun(InvocationOutcome outcome, EngineErrorKind kind, const QString &message,
                             const QString &errorType)
{
    InvocationResult r = newResult();
    r.outcome = outcome;
    r.engineErrorKind = outcome == InvocationOutcome::EngineError ? kind : EngineErrorKind::None;
    r.engineError = message;
    r.errorType = errorType;
    // An engine error is the engine's, not the function's: no error message of its own.
    if (outcome != InvocationOutcome::EngineError)
        r.errorMessage = message;
    finish(std::move(r));
}

} // namespace Bullpen
