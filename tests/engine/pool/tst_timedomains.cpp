// SPDX-License-Identifier: MIT
// The pool's two time domains with real containers: the pool clock (which may
// run fast) governs keep-alive only; the handler's timeout is real time. Both
// clocks are ManualClocks here, so every assertion is about order: which clock
// moving makes what happen.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "engine/core/clock.h"
#include "engine/invocation/invocation.h"
#include "engine/pool/warmpool.h"
#include "engine/sandbox/containerbackend.h"
#include "tests/support/ciskip.h"
#include "tests/support/pooltestsupport.h"

using namespace Bullpen;

namespace {

FunctionConfig sleeper(int timeoutSeconds)
{
    FunctionConfig f;
    // Not "sleep": tst_warmpool counts the processes of its own function by that name.
    f.logicalId = f.functionName = QStringLiteral("timedomains-sleep");
    f.handler = QStringLiteral("app.sleep");
    f.runtime = QStringLiteral("python3.12");
    f.codeDirectory = QStringLiteral(BULLPEN_TEST_DATA_DIR "/functions/python");
    f.memorySizeMb = 256;
    f.timeoutSeconds = timeoutSeconds;
    return f;
}

} // namespace

class TestTimeDomains : public QObject, public TestSupport::PoolFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = startBackend(this); !why.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(why);
    }

    void init() { startPool(this); }
    void cleanup() { stopPool(); }

    void fastPoolClockDoesNotTimeOutAHandler()
    {
        Invocation *inv = m_pool->invoke(sleeper(3), R"({"seconds": 60})");
        QSignalSpy done(inv, &Invocation::finished);
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_pool->instances().isEmpty() && m_pool->instances().first().state == InstanceState::Busy, 30000);
        // Ten hours of pool time: a fast clock used to cut the timeout with it.
        m_poolClock->advance(10 * 3600 * 1000);
        QCoreApplication::processEvents();
        QCOMPARE(done.count(), 0);
        QCOMPARE(m_pool->instances().first().state, InstanceState::Busy);
        // Three seconds of real time: now it times out.
        m_realClock->advance(3000);
        QVERIFY(done.count() == 1 || done.wait(10000));
        const auto r = done.first().first().value<InvocationResult>();
        QCOMPARE(r.outcome, InvocationOutcome::TimedOut);
        QCOMPARE(r.errorType, QStringLiteral("Sandbox.Timedout"));
        QCOMPARE(r.durationMs, 3000.0);
    }

    void realTimeDoesNotExpireAnIdleInstance()
    {
        m_pool->setKeepAliveMs(60 * 1000);
        Invocation *inv = m_pool->invoke(sleeper(3), R"({"seconds": 0})");
        QSignalSpy done(inv, &Invocation::finished);
        QVERIFY(done.wait(30000));
        QVERIFY(done.first().first().value<InvocationResult>().succeeded());
        // Idle once its runtime asks for the next event (Lambda releases it then).
        QTRY_COMPARE(m_pool->instances().first().state, InstanceState::Idle);
        // Its keep-alive and its timestamps are pool time.
        QCOMPARE(m_pool->instances().first().expiresAtMs, m_poolClock->nowMs() + 60 * 1000);
        m_realClock->advance(10 * 60 * 1000);
        QCOMPARE(m_pool->instances().first().state, InstanceState::Idle);
        QSignalSpy removed(m_pool, &WarmPool::instanceRemoved);
        m_poolClock->advance(60 * 1000);
        QVERIFY(removed.count() == 1 || removed.wait(10000));
        QCOMPARE(m_pool->instanceCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTimeDomains)
#include "tst_timedomains.moc"
