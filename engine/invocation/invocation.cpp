// SPDX-License-Identifier: MIT
#include "engine/invocation/invocation.h"

#include <QUuid>

namespace Bullpen {

Invocation::Invocation(FunctionConfig function, QByteArray payload, QObject *parent)
    : QObject(parent)
    , m_function(std::move(function))
    , m_payload(std::move(payload))
{
    m_elapsed.start();
    m_result.requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_result.functionId = m_function.logicalId;
    m_result.memorySizeMb = m_function.memorySizeMb;
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    m_result.eventPayload = m_payload;
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

} // namespace Bullpen
