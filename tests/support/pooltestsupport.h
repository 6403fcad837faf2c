// SPDX-License-Identifier: MIT
#pragma once

#include "engine/core/clock.h"
#include "engine/core/jsonvalue.h"
#include "engine/invocation/invocation.h"
#include "engine/pool/warmpool.h"
#include "engine/sandbox/containerbackend.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

// Helpers shared by the tests that run the warm pool with real containers and
// the Python functions in tests/engine/pool/functions/python, wherever the test
// itself lives.
namespace Bullpen::TestSupport {

inline FunctionConfig poolFunction(const QString &handler)
{
    FunctionConfig f;
    f.logicalId = handler.section(u'.', -1);
    f.functionName = f.logicalId;
    f.handler = handler;
    f.runtime = QStringLiteral("python3.12");
    f.codeDirectory = QStringLiteral(BULLPEN_SOURCE_DIR "/tests/engine/pool/functions/python");
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
// never comes (never a result that reads as succeeded), which says what it
// waited for (the request, its function and runtime) and carries every line
// its instance logged meanwhile (the init's, START), so that describe()
// shows where it stopped.
inline InvocationResult waitFor(Invocation *inv, int timeoutMs = 30000)
{
    if (inv->isFinished())
        return inv->result();
    QStringList lines;
    const QMetaObject::Connection logging
        = QObject::connect(inv, &Invocation::logLine, [&lines](const QString &line) { lines.append(line); });
    QSignalSpy spy(inv, &Invocation::finished);
    const bool finished = spy.wait(timeoutMs);
    QObject::disconnect(logging);
    if (!finished) {
        InvocationResult r;
        r.outcome = InvocationOutcome::EngineError;
        r.engineError = QStringLiteral("the test gave up waiting %1 s for the result of request %2 to %3 (%4, "
                                       "handler %5); %6 lines logged meanwhile (below)")
                            .arg(timeoutMs / 1000)
                            .arg(QString::fromLatin1(inv->requestId()), inv->function().logicalId,
                                 inv->function().runtime, inv->function().handler)
                            .arg(lines.size());
        r.logs = lines;
        return r;
    }
    return spy.first().first().value<InvocationResult>();
}

// A runtime image built or imported while a test waits for an instance is
// the usual reason for a slow first start: say so in the test's output.
inline void logImageProgress(ContainerBackend *backend)
{
    QObject::connect(backend, &ContainerBackend::runtimeImageProgress, backend,
                     [](const QString &runtime, const QString &message, int percent) {
                         qInfo("runtime image %s: %s (%d%%)", qPrintable(runtime), qPrintable(message), percent);
                     });
}

// Waits until every instance is Idle (an instance may turn idle after its
// result is out, once its runtime asks for the next event). An instance on its
// way out (expired, stopped, crashed) counts until the pool removes it, which
// it says by instanceRemoved, not instanceChanged: both are heard.
inline bool waitUntilAllIdle(WarmPool &pool, int timeoutMs = 30000)
{
    auto allIdle = [&pool] {
        const auto list = pool.instances();
        return !list.isEmpty() && std::all_of(list.cbegin(), list.cend(), [](const InstanceInfo &i) {
            return i.state == InstanceState::Idle;
        });
    };
    QEventLoop loop;
    QObject::connect(&pool, &WarmPool::instanceChanged, &loop, &QEventLoop::quit);
    QObject::connect(&pool, &WarmPool::instanceRemoved, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    while (!allIdle()) {
        if (!deadline.isActive())
            return false;
        loop.exec();
    }
    return true;
}

// The one instance's state, or Expired when there is none.
inline InstanceState onlyState(const WarmPool &pool)
{
    const auto list = pool.instances();
    return list.size() == 1 ? list.first().state : InstanceState::Expired;
}

// The fixture of the tests that run a WarmPool on real containers: a container
// backend for the whole test case (BULLPEN_TEST_BACKEND, default oci), and per
// test function a fresh pool on two ManualClocks (pool time and real time, so
// that every assertion is about order) with its event stream recorded. A test
// class derives from it beside QObject and calls startBackend() from
// initTestCase(), startPool() from init() and stopPool() from cleanup().
class PoolFixture
{
protected:
    ContainerBackend *m_backend = nullptr;
    ManualClock *m_poolClock = nullptr;
    ManualClock *m_realClock = nullptr;
    WarmPool *m_pool = nullptr;
    QTemporaryDir m_cache;
    QList<PoolEvent> m_events;

    // The backend, or why there is none here (the caller skips, or fails under CI).
    QString startBackend(QObject *owner)
    {
        if (!m_cache.isValid())
            return QStringLiteral("no temporary folder for the layer cache: ") + m_cache.errorString();
        QString error;
        m_backend = createBackend(qEnvironmentVariable("BULLPEN_TEST_BACKEND", QStringLiteral("oci")), &error, owner);
        if (m_backend)
            logImageProgress(m_backend);
        return m_backend ? QString() : QStringLiteral("no container backend here: ") + error;
    }

    // keepAliveMs < 0 keeps the pool's own.
    void startPool(QObject *owner, qint64 keepAliveMs = -1)
    {
        m_events.clear();
        m_poolClock = new ManualClock(owner);
        m_realClock = new ManualClock(owner);
        m_pool = new WarmPool(m_backend, m_poolClock, m_realClock, m_cache.path(), owner);
        if (keepAliveMs >= 0)
            m_pool->setKeepAliveMs(keepAliveMs);
        // owner as the context: m_pool->disconnect(owner) ends the recording.
        QObject::connect(m_pool, &WarmPool::poolEvent, owner, [this](const PoolEvent &e) { m_events.append(e); });
    }

    void stopPool()
    {
        delete m_pool;
        m_pool = nullptr;
        delete m_poolClock;
        m_poolClock = nullptr;
        delete m_realClock;
        m_realClock = nullptr;
    }

    // The recorded events of one type, of one instance when instanceId is given.
    QList<PoolEvent> eventsOf(PoolEventType type, const QString &instanceId = {}) const
    {
        QList<PoolEvent> list;
        for (const PoolEvent &e : m_events) {
            if (e.type == type && (instanceId.isEmpty() || e.instanceId == instanceId))
                list.append(e);
        }
        return list;
    }
};

} // namespace Bullpen::TestSupport
