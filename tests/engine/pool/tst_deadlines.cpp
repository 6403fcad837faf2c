// SPDX-License-Identifier: MIT
// Both sides of every deadline the warm pool keeps, on a manual clock and real
// containers: the handler timeout (still busy one millisecond before, timed out
// at it, on the real-time clock), the keep-alive (still warm one millisecond
// before, expired at it, on the pool clock), the
// deadline the runtime is given (Lambda-Runtime-Deadline-Ms), and which idle
// instance a warm invocation lands on. Each test here kills a mutation in
// tests/mutation/mutations.py.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "engine/core/clock.h"
#include "engine/invocation/invocation.h"
#include "engine/pool/warmpool.h"
#include "engine/sandbox/containerbackend.h"
#include "tests/support/ciskip.h"
#include "tests/support/pooltestsupport.h"

#include <chrono>

using namespace Bullpen;
using namespace Bullpen::TestSupport;

namespace {

// Epoch milliseconds, truncated as the engine and runtimes read them
// (QDateTime::currentMSecsSinceEpoch() rounds, which can put "before" a
// millisecond after the engine's own reading).
qint64 epochMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

// m_poolClock moves keep-alive and timestamps; m_realClock the handler timeout.
class TestDeadlines : public QObject, public PoolFixture
{
    Q_OBJECT

    // Keeps the invocation alive after it finishes (the pool would delete it).
    Invocation *start(const FunctionConfig &f, const QByteArray &payload = "{}")
    {
        Invocation *inv = m_pool->invoke(f, payload);
        inv->setParent(this);
        return inv;
    }
    InvocationResult invoke(const FunctionConfig &f, const QByteArray &payload = "{}")
    {
        Invocation *inv = start(f, payload);
        const InvocationResult r = waitFor(inv);
        delete inv;
        return r;
    }
    // Waits on the pool's change signal until count instances are busy.
    bool waitUntilBusy(int count = 1)
    {
        QSignalSpy changed(m_pool, &WarmPool::instanceChanged);
        auto busy = [this] {
            int n = 0;
            for (const InstanceInfo &i : m_pool->instances())
                n += i.state == InstanceState::Busy;
            return n;
        };
        while (busy() < count) {
            if (!changed.wait(30000))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = startBackend(this); !why.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(why);
    }

    void init() { startPool(this, 10 * 60 * 1000); }
    void cleanup() { stopPool(); }

    void timeoutBothSides()
    {
        FunctionConfig f = poolFunction(QStringLiteral("app.sleep"));
        f.timeoutSeconds = 3;
        Invocation *inv = start(f, R"({"seconds": 60})");
        // The timeout is scheduled when the event is handed over, in real
        // time: however far the pool clock runs, it does not fall due.
        QVERIFY(waitUntilBusy());
        m_poolClock->advance(24 * 3600 * 1000);
        QVERIFY2(!inv->isFinished(), qPrintable(describe(inv->result())));
        m_realClock->advance(2999);
        QVERIFY2(!inv->isFinished(), qPrintable(describe(inv->result())));
        QCOMPARE(onlyState(*m_pool), InstanceState::Busy);
        m_realClock->advance(1);
        QVERIFY(inv->isFinished());
        const InvocationResult r = inv->result();
        QCOMPARE(r.errorType, QStringLiteral("Sandbox.Timedout"));
        QVERIFY2(r.errorMessage.endsWith(QStringLiteral("Task timed out after 3.00 seconds")),
                 qPrintable(r.errorMessage));
        QCOMPARE(r.durationMs, 3000.0);
        QCOMPARE(onlyState(*m_pool), InstanceState::Failed);
        QCOMPARE(m_pool->instances().first().detail, QStringLiteral("timed out"));
    }

    void keepAliveBothSides()
    {
        const FunctionConfig f = poolFunction(QStringLiteral("app.counter"));
        const qint64 keepAlive = m_pool->keepAliveMs();
        const InvocationResult first = invoke(f);
        // Real time does not run the keep-alive out; the pool clock does.
        m_realClock->advance(2 * keepAlive);
        QVERIFY2(first.succeeded(), qPrintable(describe(first)));
        QVERIFY(waitUntilAllIdle(*m_pool));
        QCOMPARE(onlyState(*m_pool), InstanceState::Idle);
        QCOMPARE(m_pool->instances().first().expiresAtMs, m_poolClock->nowMs() + keepAlive);
        m_poolClock->advance(keepAlive - 1);
        QCOMPARE(onlyState(*m_pool), InstanceState::Idle);
        m_poolClock->advance(1);
        QCOMPARE(onlyState(*m_pool), InstanceState::Expired);
        QCOMPARE(m_pool->instances().first().detail, QStringLiteral("idle for the whole keep-alive"));
        QSignalSpy removed(m_pool, &WarmPool::instanceRemoved);
        QVERIFY(removed.wait(10000));
        QCOMPARE(m_pool->instanceCount(), 0);
    }

    void warmInvocationRestartsTheKeepAlive()
    {
        const FunctionConfig f = poolFunction(QStringLiteral("app.counter"));
        const qint64 keepAlive = m_pool->keepAliveMs();
        QVERIFY(invoke(f).coldStart);
        QVERIFY(waitUntilAllIdle(*m_pool));
        m_poolClock->advance(keepAlive / 2);
        const InvocationResult warm = invoke(f);
        QVERIFY2(warm.succeeded() && !warm.coldStart, qPrintable(describe(warm)));
        QVERIFY(waitUntilAllIdle(*m_pool));
        // Counted from the warm invocation's end, not the first one's.
        m_poolClock->advance(keepAlive - 1);
        QCOMPARE(onlyState(*m_pool), InstanceState::Idle);
        m_poolClock->advance(1);
        QCOMPARE(onlyState(*m_pool), InstanceState::Expired);
    }

    void deadlineGivenToTheRuntime()
    {
        // Lambda-Runtime-Deadline-Ms is the epoch millisecond the event was
        // handed over plus the timeout: between "before invoke" + timeout and
        // "after the result" + timeout, on the cold and on the warm path.
        FunctionConfig f = poolFunction(QStringLiteral("app.deadline"));
        f.timeoutSeconds = 7;
        for (const bool cold : { true, false }) {
            const qint64 before = epochMs();
            const InvocationResult r = invoke(f);
            const qint64 after = epochMs();
            QVERIFY2(r.succeeded(), qPrintable(describe(r)));
            QCOMPARE(r.coldStart, cold);
            QVERIFY(waitUntilAllIdle(*m_pool));
            const qint64 deadline = payloadJson(r)[QStringLiteral("deadlineMs")].toInteger();
            QVERIFY2(
                deadline >= before + 7000 && deadline <= after + 7000,
                qPrintable(
                    QStringLiteral("deadline %1, invoked between %2 and %3").arg(deadline).arg(before).arg(after)));
            const qint64 remaining = payloadJson(r)[QStringLiteral("remainingMs")].toInteger();
            QVERIFY2(remaining > 0 && remaining <= 7000, qPrintable(QString::number(remaining)));
        }
    }

    void mostRecentlyUsedIdleInstanceIsChosen()
    {
        const FunctionConfig f = poolFunction(QStringLiteral("app.sleep"));
        // Two instances: two overlapping invocations.
        Invocation *a = start(f, R"({"seconds": 1})");
        Invocation *b = start(f, R"({"seconds": 1})");
        const InvocationResult ra = waitFor(a);
        const InvocationResult rb = waitFor(b);
        QVERIFY2(ra.succeeded() && rb.succeeded(), qPrintable(describe(ra) + describe(rb)));
        QVERIFY(ra.instanceId != rb.instanceId);
        QCOMPARE(m_pool->instanceCount(), 2);
        QVERIFY(waitUntilAllIdle(*m_pool));
        // Each warm invocation after that lands on the one used last.
        m_poolClock->advance(1000);
        const InvocationResult first = invoke(f, R"({"seconds": 0})");
        QVERIFY2(first.succeeded() && !first.coldStart, qPrintable(describe(first)));
        QVERIFY(waitUntilAllIdle(*m_pool));
        for (int n = 0; n < 3; ++n) {
            m_poolClock->advance(1000);
            const InvocationResult again = invoke(f, R"({"seconds": 0})");
            QVERIFY2(again.succeeded() && !again.coldStart, qPrintable(describe(again)));
            QCOMPARE(again.instanceId, first.instanceId);
            QVERIFY(waitUntilAllIdle(*m_pool));
        }
        // The other one was left alone and expires first.
        const QString other = first.instanceId == ra.instanceId ? rb.instanceId : ra.instanceId;
        m_poolClock->advance(m_pool->keepAliveMs() - 3000);
        for (const InstanceInfo &i : m_pool->instances())
            QCOMPARE(i.state, i.instanceId == other ? InstanceState::Expired : InstanceState::Idle);
    }

    void busyInstanceIsNeverChosen()
    {
        const FunctionConfig f = poolFunction(QStringLiteral("app.sleep"));
        Invocation *slow = start(f, R"({"seconds": 2})");
        QVERIFY(waitUntilBusy());
        const InvocationResult quick = invoke(f, R"({"seconds": 0})");
        QVERIFY2(quick.succeeded(), qPrintable(describe(quick)));
        QVERIFY(quick.coldStart);
        const InvocationResult rs = waitFor(slow);
        QVERIFY2(rs.succeeded(), qPrintable(describe(rs)));
        QVERIFY(rs.instanceId != quick.instanceId);
    }

    void stateTransitions()
    {
        // One instance's life as the views see it: busy, idle, busy, idle,
        // expired, then removed.
        const FunctionConfig f = poolFunction(QStringLiteral("app.counter"));
        QSignalSpy changes(m_pool, &WarmPool::instanceChanged);
        QSignalSpy removed(m_pool, &WarmPool::instanceRemoved);
        QVERIFY(invoke(f).coldStart);
        QVERIFY(waitUntilAllIdle(*m_pool));
        QVERIFY(!invoke(f).coldStart);
        QVERIFY(waitUntilAllIdle(*m_pool));
        m_poolClock->advance(m_pool->keepAliveMs());
        QVERIFY(removed.count() == 1 || removed.wait(10000));
        QList<InstanceState> states;
        for (const auto &args : std::as_const(changes)) {
            const auto state = args.first().value<InstanceInfo>().state;
            if (state != InstanceState::Starting && (states.isEmpty() || states.last() != state))
                states.append(state);
        }
        QCOMPARE(states,
                 (QList<InstanceState> { InstanceState::Busy, InstanceState::Idle, InstanceState::Busy,
                                         InstanceState::Idle, InstanceState::Expired }));
        QCOMPARE(m_pool->instanceCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
