// SPDX-License-Identifier: MIT
// The pool actions a user takes in the pool view, with real containers on
// ManualClocks: stopping an instance (the next call is cold), expiring the
// idle ones now (provisioned ones stay), pre-warming instances (their init on
// no caller's path, their first call warm). Each is told in the event stream
// with its reason, which is what the view shows.
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
using namespace Bullpen::TestSupport;

namespace {

FunctionConfig function()
{
    FunctionConfig f = poolFunction(QStringLiteral("app.counter"));
    f.logicalId = f.functionName = QStringLiteral("ActionsFunction");
    return f;
}

} // namespace

class TestPoolActions : public QObject, public PoolFixture
{
    Q_OBJECT

    InvocationResult run(const FunctionConfig &f, const InvokeOptions &options = {})
    {
        return waitFor(m_pool->invoke(f, "{}", options), 60000);
    }

    int live() const
    {
        int n = 0;
        for (const InstanceInfo &i : m_pool->instances())
            n += i.state != InstanceState::Expired && i.state != InstanceState::Failed;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = startBackend(this); !why.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(why);
    }

    void init() { startPool(this, 60 * 1000); }
    void cleanup() { stopPool(); }

    // A stopped instance is gone with reason "stopped"; the next call of its
    // function has no idle instance left and starts a new one: cold.
    void stoppedInstanceMakesTheNextCallCold()
    {
        const FunctionConfig f = function();
        const InvocationResult first = run(f);
        QVERIFY2(first.succeeded(), qPrintable(describe(first)));
        QVERIFY(waitUntilAllIdle(*m_pool));
        QVERIFY(!run(f).coldStart); // warm while it lives
        QVERIFY(waitUntilAllIdle(*m_pool));

        QVERIFY(m_pool->stopInstance(first.instanceId));
        const QList<PoolEvent> stopped = eventsOf(PoolEventType::InstanceStopped, first.instanceId);
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(stopped.first().stopReason, InstanceStopReason::Stopped);
        QCOMPARE(stopped.first().detail, QStringLiteral("stopped by the user"));
        QVERIFY(!m_pool->stopInstance(first.instanceId)); // not twice
        QVERIFY(!m_pool->stopInstance(QStringLiteral("no-such-instance")));
        QTRY_COMPARE_WITH_TIMEOUT(m_pool->instanceCount(), 0, 30000);

        const InvocationResult next = run(f);
        QVERIFY2(next.succeeded(), qPrintable(describe(next)));
        QVERIFY(next.coldStart);
        QVERIFY(next.instanceId != first.instanceId);
        QVERIFY(eventsOf(PoolEventType::InvocationDispatched).last().coldStart);
    }

    // Stopped between its answer and its runtime's next /next (the moment a
    // user sees the result and clicks Stop): it stays stopped, never idle again,
    // and its end is told once, as stopped.
    void stoppedWhileItsRuntimeAnswers()
    {
        const FunctionConfig f = function();
        QVERIFY(run(f).succeeded());
        QVERIFY(waitUntilAllIdle(*m_pool));
        const InvocationResult warm = run(f); // returns as the result arrives, before the runtime asks again
        QVERIFY(warm.succeeded());
        const qsizetype mark = m_events.size();
        QVERIFY(m_pool->stopInstance(warm.instanceId));
        QTRY_COMPARE_WITH_TIMEOUT(m_pool->instanceCount(), 0, 30000);
        QList<PoolEventType> after;
        for (qsizetype i = mark; i < m_events.size(); ++i) {
            if (m_events.at(i).instanceId == warm.instanceId && m_events.at(i).type != PoolEventType::MemorySample)
                after << m_events.at(i).type;
        }
        QCOMPARE(after, QList<PoolEventType> { PoolEventType::InstanceStopped });
        QCOMPARE(eventsOf(PoolEventType::InstanceStopped, warm.instanceId).first().stopReason,
                 InstanceStopReason::Stopped);
    }

    // Stopping a busy instance ends its invocation with an engine error that
    // says so, rather than leaving it waiting.
    void stoppingABusyInstanceEndsItsInvocation()
    {
        FunctionConfig f = function();
        f.handler = QStringLiteral("app.sleep");
        Invocation *inv = m_pool->invoke(f, R"({"seconds": 20})");
        QTRY_VERIFY_WITH_TIMEOUT(!eventsOf(PoolEventType::InstanceBusy).isEmpty(), 60000);
        QVERIFY(m_pool->stopInstance(eventsOf(PoolEventType::InstanceBusy).first().instanceId));
        const InvocationResult r = waitFor(inv, 30000);
        QCOMPARE(r.outcome, InvocationOutcome::EngineError);
        QCOMPARE(r.engineErrorKind, EngineErrorKind::InstanceStopped);
        QCOMPARE(r.engineError, QStringLiteral("stopped by the user"));
    }

    // Pre-warmed instances are on-demand ones initialised ahead: no
    // invocation waits for their init, the first call each takes is warm, and
    // they idle with the keep-alive like any other.
    void prewarmedInstancesServeTheFirstCallWarm()
    {
        const FunctionConfig f = function();
        QString error;
        QCOMPARE(m_pool->prewarm(f, 2, 0, &error), 2);
        QVERIFY(error.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(eventsOf(PoolEventType::InstanceIdle).size(), 2, 60000);
        const QList<PoolEvent> starting = eventsOf(PoolEventType::InstanceStarting);
        QCOMPARE(starting.size(), 2);
        for (const PoolEvent &e : starting) {
            QCOMPARE(e.detail, QStringLiteral("pre-warmed"));
            QVERIFY(!e.provisioned);
            // Each told its sandbox's making, then its init, before it idles.
            const QList<PoolEvent> sandbox = eventsOf(PoolEventType::InstanceSandboxReady, e.instanceId);
            const QList<PoolEvent> init = eventsOf(PoolEventType::InstanceInitDone, e.instanceId);
            QCOMPARE(sandbox.size(), 1);
            QCOMPARE(init.size(), 1);
            QVERIFY(sandbox.first().pid > 0);
            QVERIFY(sandbox.first().sequence < init.first().sequence);
        }
        QVERIFY(eventsOf(PoolEventType::InvocationDispatched).isEmpty());
        QCOMPARE(eventsOf(PoolEventType::InstanceIdle).first().expiresAtMs, qint64(60 * 1000));

        const InvocationResult r = run(f);
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        QVERIFY(!r.coldStart);
        QCOMPARE(r.initDurationMs, -1.0);
        QVERIFY(r.instanceId == starting.at(0).instanceId || r.instanceId == starting.at(1).instanceId);
        const PoolEvent dispatched = eventsOf(PoolEventType::InvocationDispatched).first();
        QVERIFY(!dispatched.coldStart);
        QCOMPARE(eventsOf(PoolEventType::InvocationFinished).first().initDurationMs, -1.0);
        QCOMPARE(m_pool->instanceCount(), 2);
    }

    // The instance cap holds for pre-warming too.
    void prewarmRespectsTheInstanceCap()
    {
        m_pool->setMaxInstancesPerFunction(1);
        QCOMPARE(m_pool->prewarm(function(), 3), 1);
        QCOMPARE(m_pool->prewarm(function(), 1), 0);
        QCOMPARE(eventsOf(PoolEventType::InstanceStarting).size(), 1);
    }

    // "Expire all idle now": every idle on-demand instance goes at once as if
    // its keep-alive had run out; a busy one and a provisioned one stay, and
    // nothing more happens when the keep-alive would have run out.
    void expireIdleLeavesBusyAndProvisioned()
    {
        const FunctionConfig f = function();
        QCOMPARE(m_pool->prewarm(f, 2), 2);
        FunctionConfig provisioned = function();
        provisioned.autoPublishAlias = QStringLiteral("live");
        provisioned.environment.insert(QStringLiteral("KIND"), QStringLiteral("provisioned"));
        m_pool->setProvisionedConcurrency(provisioned, 1);
        FunctionConfig sleeper = function();
        sleeper.logicalId = QStringLiteral("SleeperFunction");
        sleeper.handler = QStringLiteral("app.sleep");
        QTRY_COMPARE_WITH_TIMEOUT(eventsOf(PoolEventType::InstanceIdle).size(), 3, 60000);
        Invocation *busy = m_pool->invoke(sleeper, R"({"seconds": 3})");
        QTRY_VERIFY_WITH_TIMEOUT(!eventsOf(PoolEventType::InstanceBusy).isEmpty(), 60000);

        // One function only: the other's instances are not touched.
        QCOMPARE(m_pool->expireIdleInstances(QStringLiteral("OtherFunction")), 0);
        QCOMPARE(m_pool->expireIdleInstances(), 2);
        const QList<PoolEvent> stopped = eventsOf(PoolEventType::InstanceStopped);
        QCOMPARE(stopped.size(), 2);
        for (const PoolEvent &e : stopped) {
            QCOMPARE(e.stopReason, InstanceStopReason::Expired);
            QCOMPARE(e.detail, QStringLiteral("expired now on request (its keep-alive cut short)"));
            QVERIFY(!e.provisioned);
            QCOMPARE(e.functionId, QStringLiteral("ActionsFunction"));
        }
        QVERIFY(waitFor(busy, 60000).succeeded());
        QTRY_COMPARE_WITH_TIMEOUT(live(), 2, 30000); // the provisioned one and the sleeper
        QCOMPARE(m_pool->provisionedInstanceCount(provisioned), 1);

        m_poolClock->advance(60 * 1000 - 1);
        QCoreApplication::processEvents();
        QCOMPARE(eventsOf(PoolEventType::InstanceStopped).size(), 2);
    }

    // Stopping a provisioned instance: provisioned concurrency keeps its
    // count, so a new one is initialised ahead at once, and says why.
    void stoppedProvisionedInstanceIsReplaced()
    {
        FunctionConfig f = function();
        f.autoPublishAlias = QStringLiteral("live");
        m_pool->setProvisionedConcurrency(f, 1);
        QTRY_COMPARE_WITH_TIMEOUT(eventsOf(PoolEventType::InstanceIdle).size(), 1, 60000);
        const QString first = eventsOf(PoolEventType::InstanceIdle).first().instanceId;
        QVERIFY(m_pool->stopInstance(first));
        const QList<PoolEvent> starting = eventsOf(PoolEventType::InstanceStarting);
        QCOMPARE(starting.size(), 2);
        QVERIFY(starting.last().provisioned);
        QCOMPARE(starting.last().detail, QStringLiteral("replaces a stopped provisioned instance"));
        QTRY_COMPARE_WITH_TIMEOUT(eventsOf(PoolEventType::InstanceIdle).size(), 2, 60000);
        QCOMPARE(m_pool->provisionedInstanceCount(f), 1);
        InvokeOptions alias;
        alias.qualifier = QStringLiteral("live");
        const InvocationResult r = run(f, alias);
        QVERIFY(r.succeeded());
        QVERIFY(!r.coldStart);
        QCOMPARE(r.instanceId, starting.last().instanceId);
    }
};

QTEST_GUILESS_MAIN(TestPoolActions)
#include "tst_poolactions.moc"
