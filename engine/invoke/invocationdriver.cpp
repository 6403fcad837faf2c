// SPDX-License-Identifier: MIT
#include "engine/invoke/invocationdriver.h"

#include "engine/invocation/invocation.h"
#include "engine/invoke/invoker.h"

namespace Bullpen {

InvocationDriver::InvocationDriver(Invoker *invoker, FunctionConfig function, QByteArray payload, QObject *parent)
    : QObject(parent)
    , m_invoker(invoker)
    , m_function(std::move(function))
    , m_payload(std::move(payload))
{ }

void InvocationDriver::start(int count, int concurrency)
{
    m_count = count;
    m_started = m_finished = 0;
    m_stopping = m_done = false;
    if (count <= 0 || !m_invoker) {
        m_done = true;
        Q_EMIT finished();
        return;
    }
    for (int i = 0; i < qMin(qMax(1, concurrency), count); ++i)
        startOne();
}

void InvocationDriver::startOne()
{
    InvokeOptions options;
    options.qualifier = m_qualifier;
    Invocation *invocation = m_invoker->invoke(m_function, m_payload, options);
    ++m_started;
    // Results arrive from the event loop, never inside invoke(): starting the
    // next one from here does not recurse.
    connect(invocation, &Invocation::finished, this, [this, invocation](const InvocationResult &result) {
        ++m_finished;
        Q_EMIT resultReady(result, invocation->elapsedNs());
        if (m_started < m_count && !m_stopping && m_invoker) {
            startOne();
        } else if (m_finished == m_started && !m_done) {
            m_done = true;
            Q_EMIT finished();
        }
    });
}

} // namespace Bullpen
