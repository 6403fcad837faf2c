// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/jsonvalue.h"
#include "engine/invocation/invocation.h"
#include "engine/pool/warmpool.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

#include <algorithm>

// Helpers shared by the pool's boundary and deadline tests (real containers,
// the Python functions in functions/python).
namespace Bullpen::TestSupport {

inline FunctionConfig poolFunction(const QString &handler)
{
    FunctionConfig f;
    f.logicalId = handler.section(u'.', -1);
    f.functionName = f.logicalId;
    f.handler = handler;
    f.runtime = QStringLiteral("python3.12");
    f.codeDirectory = QStringLiteral(BULLPEN_TEST_DATA_DIR "/functions/python");
    f.memorySizeMb = 128;
    f.timeoutSeconds = 10;
    return f;
}

inline QJsonValue payloadJson(const InvocationResult &r)
{
    return parseJsonValue(r.payload);
}

inline QString describe(const InvocationResult &r)
{
    return QStringLiteral("engineError=%1 errorType=%2 payload=%3 logs:\n%4")
        .arg(r.engineError, r.errorType, QString::fromUtf8(r.payload.left(2000)), r.logs.join(u'\n'));
}

// Waits for an invocation's result (by its signal); an engine error if it
// never comes (never a result that reads as succeeded).
inline InvocationResult waitFor(Invocation *inv, int timeoutMs = 30000)
{
    if (inv->isFinished())
        return inv->result();
    QSignalSpy spy(inv, &Invocation::finished);
    if (!spy.wait(timeoutMs)) {
        InvocationResult r;
        r.outcome = InvocationOutcome::EngineError;
        r.engineError = QStringLiteral("the test gave up waiting");
        return r;
    }
    return spy.first().first().value<InvocationResult>();
}

// Waits on the pool's change signal until every instance is Idle (an instance
// may turn idle after its result is out, once its runtime asks for the next
// event).
inline bool waitUntilAllIdle(WarmPool &pool, int timeoutMs = 30000)
{
    QSignalSpy changed(&pool, &WarmPool::instanceChanged);
    auto allIdle = [&pool] {
        const auto list = pool.instances();
        return !list.isEmpty() && std::all_of(list.cbegin(), list.cend(), [](const InstanceInfo &i) {
            return i.state == InstanceState::Idle;
        });
    };
    while (!allIdle()) {
        if (!changed.wait(timeoutMs))
            return false;
    }
    return true;
}

// The one instance's state, or Expired when there is none.
inline InstanceState onlyState(const WarmPool &pool)
{
    const auto list = pool.instances();
    return list.size() == 1 ? list.first().state : InstanceState::Expired;
}

} // namespace Bullpen::TestSupport
