// SPDX-License-Identifier: MIT
// The warm pool's boundaries pinned, with real containers: the synchronous
// request limit at exactly 6,291,456 bytes and one byte over, a large event that
// is not JSON (parsed off the calling thread) and one cancelled or orphaned while
// it is parsed, the per-function
// instance cap and its queue (including an invocation cancelled while it waits),
// an out-of-memory kill with the log line that explains it, and Lambda's init
// limit (an init over it retried inside the invocation, within its timeout),
// and an instance SIGKILLed from outside while it runs.
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

#include "engine/core/clock.h"
#include "engine/invocation/invocation.h"
#include "engine/pool/warmpool.h"
#include "engine/project/lambdalimits.h"
#include "engine/sandbox/containerbackend.h"
#include "engine/sandbox/docker/dockerbackend.h"
#include "tests/support/ciskip.h"
#include "tests/support/pooltestsupport.h"

using namespace Bullpen;
using namespace Bullpen::TestSupport;

class TestPoolBoundaries : public QObject
{
    Q_OBJECT

    ContainerBackend *m_backend = nullptr;
    ManualClock *m_clock = nullptr;
    ManualClock *m_realClock = nullptr;
    WarmPool *m_pool = nullptr;
    QTemporaryDir m_cache;

    Invocation *start(const FunctionConfig &f, const QByteArray &payload = "{}")
    {
        Invocation *inv = m_pool->invoke(f, payload);
        inv->setParent(this); // outlives its result, for the assertions
        return inv;
    }
    InvocationResult invoke(const FunctionConfig &f, const QByteArray &payload = "{}")
    {
        Invocation *inv = start(f, payload);
        const InvocationResult r = waitFor(inv);
        delete inv;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_backend = createBackend(qEnvironmentVariable("BULLPEN_TEST_BACKEND", QStringLiteral("oci")), &error, this);
        if (!m_backend)
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("no OCI runtime works here: ") + error);
        QVERIFY(m_cache.isValid());
    }

    void init()
    {
        m_clock = new ManualClock(this);
        m_realClock = new ManualClock(this);
        m_pool = new WarmPool(m_backend, m_clock, m_realClock, m_cache.path(), this);
    }

    void cleanup()
    {
        delete m_pool;
        m_pool = nullptr;
        delete m_clock;
        m_clock = nullptr;
        delete m_realClock;
        m_realClock = nullptr;
    }

    void requestAtTheLimitIsAccepted()
    {
        QCOMPARE(LambdaLimits::MaxRequestBytes, qsizetype(6291456));
        // A JSON string of exactly 6,291,456 bytes, quotes included.
        const QByteArray payload = "\"" + QByteArray(6291456 - 2, 'a') + "\"";
        QCOMPARE(payload.size(), qsizetype(6291456));
        const InvocationResult r = invoke(poolFunction(QStringLiteral("app.echo")), payload);
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        QCOMPARE(r.payload.size(), payload.size());
        QCOMPARE(r.payload, payload);
    }

    void requestOneByteOverIsRefusedAtTheFrontDoor()
    {
        const QByteArray payload = "\"" + QByteArray(6291457 - 2, 'a') + "\"";
        QSignalSpy changes(m_pool, &WarmPool::instanceChanged);
        const InvocationResult r = invoke(poolFunction(QStringLiteral("app.echo")), payload);
        QVERIFY(!r.succeeded());
        QCOMPARE(r.outcome, InvocationOutcome::Refused);
        // Lambda's shape: RequestEntityTooLargeException, naming the limit.
        QCOMPARE(r.errorType, QStringLiteral("RequestEntityTooLargeException"));
        QCOMPARE(r.errorMessage,
                 QStringLiteral("Request must be smaller than 6291456 bytes for the InvokeFunction operation "
                                "(this event has 6291457 bytes)"));
        // Refused before any instance saw it.
        QCOMPARE(changes.count(), 0);
        QCOMPARE(m_pool->instanceCount(), 0);
    }

    // An event too large to parse on the caller's thread is parsed in a worker:
    // a fault near its end is refused as a small one is, with where it is.
    void largeMalformedEventIsRefusedAtTheFrontDoor()
    {
        QByteArray payload = "[";
        while (payload.size() < 2 * 1024 * 1024)
            payload += "{\"id\": 12345, \"body\": \"lorem ipsum\"},\n";
        payload += "x]";
        const int faultLine = int(payload.count('\n')) + 1;
        QSignalSpy changes(m_pool, &WarmPool::instanceChanged);
        Invocation *invocation = start(poolFunction(QStringLiteral("app.echo")), payload);
        QVERIFY(!invocation->isFinished()); // the result comes from the event loop
        const InvocationResult r = waitFor(invocation);
        QCOMPARE(r.outcome, InvocationOutcome::Refused);
        QCOMPARE(r.errorType, QStringLiteral("InvalidRequestContentException"));
        QVERIFY2(r.errorMessage.startsWith(u"Could not parse request body into json: Could not parse payload into "
                                           "json: unexpected character 'x'"),
                 qPrintable(r.errorMessage));
        QVERIFY2(r.errorMessage.endsWith(QStringLiteral("at line %1, column 1").arg(faultLine)),
                 qPrintable(r.errorMessage));
        QCOMPARE(changes.count(), 0);
        QCOMPARE(m_pool->instanceCount(), 0);
    }

    // Cancelled while its event is still being parsed: cancelled, never run.
    void largeEventCancelledWhileParsed()
    {
        const QByteArray payload = "\"" + QByteArray(4 * 1024 * 1024, 'a') + "\"";
        QSignalSpy changes(m_pool, &WarmPool::instanceChanged);
        Invocation *invocation = start(poolFunction(QStringLiteral("app.echo")), payload);
        invocation->cancel();
        const InvocationResult r = waitFor(invocation);
        QCOMPARE(r.outcome, InvocationOutcome::Cancelled);
        QVERIFY(r.instanceId.isEmpty());
        QCOMPARE(changes.count(), 0);
    }

    // The pool deleted while an event is parsed: the invocation, kept by its
    // caller, still gets a result, and nothing touches the deleted pool.
    void poolDeletedWhileLargeEventParsed()
    {
        const QByteArray payload = "\"" + QByteArray(4 * 1024 * 1024, 'a') + "\"";
        Invocation *invocation = start(poolFunction(QStringLiteral("app.echo")), payload);
        delete m_pool;
        m_pool = nullptr;
        const InvocationResult r = waitFor(invocation);
        QCOMPARE(r.outcome, InvocationOutcome::EngineError);
        QVERIFY(!r.ran());
    }

    void instanceCapQueuesAndCancelWhileQueued()
    {
        m_pool->setMaxInstancesPerFunction(1);
        const FunctionConfig f = poolFunction(QStringLiteral("app.sleep"));
        QSignalSpy changes(m_pool, &WarmPool::instanceChanged);
        Invocation *running = start(f, R"({"seconds": 2})");
        Invocation *queued = start(f, R"({"seconds": 0})");
        Invocation *cancelled = start(f, R"({"seconds": 0})");
        // All three are dispatched from the event loop; wait until the first runs.
        QSignalSpy changed(m_pool, &WarmPool::instanceChanged);
        while (m_pool->instanceCount() < 1 || m_pool->instances().first().state != InstanceState::Busy)
            QVERIFY(changed.wait(30000));
        QCOMPARE(m_pool->instanceCount(), 1);
        QVERIFY(!queued->isFinished());
        QVERIFY(!cancelled->isFinished());
        // Cancelling a queued invocation answers it at once and never runs it.
        cancelled->cancel();
        QVERIFY(cancelled->isFinished());
        QCOMPARE(cancelled->result().outcome, InvocationOutcome::Cancelled);
        QCOMPARE(cancelled->result().errorType, QStringLiteral("Bullpen.Cancelled"));
        QVERIFY(cancelled->result().instanceId.isEmpty());
        const InvocationResult first = waitFor(running);
        const InvocationResult second = waitFor(queued);
        QVERIFY2(first.succeeded(), qPrintable(describe(first)));
        QVERIFY2(second.succeeded(), qPrintable(describe(second)));
        // The queued one ran warm, on the one instance the cap allows.
        QVERIFY(!second.coldStart);
        QCOMPARE(second.instanceId, first.instanceId);
        QSet<QString> seen;
        for (const auto &args : std::as_const(changes))
            seen.insert(args.first().value<InstanceInfo>().instanceId);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(m_pool->instanceCount(), 1);
        QVERIFY(waitUntilAllIdle(*m_pool));
    }

    void outOfMemoryIsExplainedInTheLog()
    {
        FunctionConfig f = poolFunction(QStringLiteral("app.allocate"));
        f.memorySizeMb = 128;
        const InvocationResult small = invoke(f, R"({"mb": 16})");
        QVERIFY2(small.succeeded(), qPrintable(describe(small)));
        if (!small.memoryLimitEnforced)
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("the memory limit cannot be enforced here: ") + small.limitationNote);
        const InvocationResult big = invoke(f, R"({"mb": 300})");
        QVERIFY2(big.errorMessage.contains(QStringLiteral("Runtime exited with error: signal: killed")),
                 qPrintable(big.errorMessage));
        // Podman 4.3 (Debian 12, cgroup v1) never says OOMKilled (tst_dockerbackend's
        // outOfMemoryIsReported): the kill is seen, its cause is not. Kept visible.
        const auto *docker = qobject_cast<const DockerBackend *>(m_backend);
        const bool podman = docker && docker->isPodman();
        // Lambda's error type for it (issue 15): Runtime.OutOfMemory, not ExitError.
        if (podman)
            QEXPECT_FAIL("", "Podman 4.3 reports no OOM kill", Continue);
        QCOMPARE(big.errorType, QStringLiteral("Runtime.OutOfMemory"));
        if (podman)
            QEXPECT_FAIL("", "Podman 4.3 reports no OOM kill", Continue);
        QVERIFY2(big.logs.contains(
                     QStringLiteral("Bullpen: the runtime was killed for exceeding its memory limit of 128 MB")),
                 qPrintable(big.logs.join(u'\n')));
    }

    // An instance killed from outside (its process SIGKILLed, as a user's
    // kill or the machine's OOM killer would) while its handler runs: the
    // invocation gets its one answer, Runtime.ExitError with Lambda's
    // "signal: killed" (not an out-of-memory kill), and the next call gets a
    // fresh instance. Killed once the handler says it runs: a runtime killed
    // before it has read its event did not take it, and the call runs
    // elsewhere (callWrittenToARuntimeThatDiesUnreadRunsElsewhere).
    void instanceKilledFromOutsideAnswersExitError()
    {
        const FunctionConfig f = poolFunction(QStringLiteral("app.announced_sleep"));
        Invocation *running = start(f, R"({"seconds": 60})");
        bool delivered = false;
        connect(running, &Invocation::logLine, this,
                [&delivered](const QString &line) { delivered = delivered || line == u"handler running"; });
        qint64 pid = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const InstanceInfo &i : m_pool->instances()) {
                    if (i.lastRequestId == running->requestId() && i.state == InstanceState::Busy && i.pid > 0)
                        pid = i.pid;
                }
                return (delivered && pid > 0) || running->isFinished();
            },
            120000));
        QVERIFY2(!running->isFinished(), qPrintable(describe(running->result())));
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        const InvocationResult r = waitFor(running, 60000);
        QCOMPARE(r.outcome, InvocationOutcome::FunctionError);
        QCOMPARE(r.errorType, QStringLiteral("Runtime.ExitError"));
        QVERIFY2(r.errorMessage.endsWith(QStringLiteral("Runtime exited with error: signal: killed")),
                 qPrintable(r.errorMessage));
        delete running;
        const InvocationResult next = invoke(f, R"({"seconds": 0})");
        QVERIFY2(next.succeeded(), qPrintable(describe(next)));
        QVERIFY(next.coldStart);
    }

    // An idle instance killed from outside: the next call, given to it before
    // the engine has noticed its end, must not die with it (the fault soak
    // found none of these, as it kills only running handlers; this answered
    // Runtime.ExitError 10 times of 10). The event never reached the dead
    // runtime, so it goes to a fresh instance, as on Lambda. The test's own
    // wait for the process to be gone runs no event loop: the engine still
    // sees the instance idle when the call comes.
    void callToAnIdleInstanceKilledFromOutsideRunsElsewhere()
    {
        const FunctionConfig f = poolFunction(QStringLiteral("app.counter"));
        for (int round = 0; round < 3; ++round) {
            const InvocationResult warm = invoke(f);
            QVERIFY2(warm.succeeded(), qPrintable(describe(warm)));
            QVERIFY(waitUntilAllIdle(*m_pool));
            const qint64 pid = m_pool->instances().constFirst().pid;
            QVERIFY(pid > 0);
            QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
            QDeadlineTimer gone(10000);
            while (::kill(pid_t(pid), 0) == 0 && !gone.hasExpired())
                ::usleep(1000);
            QCOMPARE(m_pool->instances().constFirst().state, InstanceState::Idle);
            const InvocationResult next = invoke(f);
            QVERIFY2(next.succeeded(), qPrintable(describe(next)));
            QVERIFY(next.coldStart);
            QVERIFY(QTest::qWaitFor([this] { return m_pool->instanceCount() == 1; }, 30000));
        }
    }

    // The narrower race the fault soak counted (36 of 100,000 calls): the call
    // is written to an idle runtime in the instant between its SIGKILL and its
    // end, so the engine saw a live connection. Made deterministic here: the
    // runtime is stopped (SIGSTOP), the call is written to it and waits unread
    // in its socket's receive queue (read from /proc/PID/net/tcp, in the
    // sandbox's own network namespace), then it is killed. Its kernel resets
    // the connection with the event unread, so the call goes to a fresh
    // instance; it answered Runtime.ExitError before.
    void callWrittenToARuntimeThatDiesUnreadRunsElsewhere()
    {
        const FunctionConfig f = poolFunction(QStringLiteral("app.counter"));
        const InvocationResult warm = invoke(f);
        QVERIFY2(warm.succeeded(), qPrintable(describe(warm)));
        QVERIFY(waitUntilAllIdle(*m_pool));
        const qint64 pid = m_pool->instances().constFirst().pid;
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
        auto unreadBytes = [pid] {
            qint64 most = 0;
            for (const char *table : { "tcp", "tcp6" }) {
                QFile file(QStringLiteral("/proc/%1/net/%2").arg(pid).arg(QLatin1StringView(table)));
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const QList<QByteArray> lines = file.readAll().split('\n');
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    // sl local rem st tx_queue:rx_queue ...
                    const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
                    if (fields.size() > 4) {
                        const QList<QByteArray> queues = fields.at(4).split(':');
                        if (queues.size() == 2)
                            most = qMax(most, queues.at(1).toLongLong(nullptr, 16));
                    }
                }
            }
            return most;
        };
        Invocation *call = start(f);
        const bool written = QTest::qWaitFor([&] { return unreadBytes() > 0; }, 30000);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QVERIFY2(written, "the call never reached the stopped runtime's receive queue");
        const InvocationResult next = waitFor(call);
        QVERIFY2(next.succeeded(), qPrintable(describe(next)));
        QVERIFY(next.coldStart);
        QVERIFY(QTest::qWaitFor([this] { return m_pool->instanceCount() == 1; }, 30000));
    }

    // Lambda's init limit ("suppressed init"): an init phase over the limit is
    // cut there and the function initialised again inside the first
    // invocation, whose timeout covers that init. The handler's module waits
    // at import for a gate file in its code folder; the real clock is manual,
    // so the limit and the timeout fire when the test says, in order.
    void initOverTheLimitIsRetriedInsideTheInvocation()
    {
        QTemporaryDir code(QDir::tempPath() + QStringLiteral("/bullpen-initlimit-XXXXXX"));
        QVERIFY(code.isValid());
        QFile::setPermissions(code.path(),
                              QFile::permissions(code.path()) | QFileDevice::ReadOther | QFileDevice::ExeOther
                                  | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
        {
            QFile module(code.filePath(QStringLiteral("gated.py")));
            QVERIFY(module.open(QIODevice::WriteOnly));
            module.write("import os, time\n"
                         "print('init waits for the gate', flush=True)\n"
                         "while not os.path.exists('/var/task/gate'):\n"
                         "    time.sleep(0.01)\n"
                         "def handler(event, context):\n"
                         "    return {'ran': True}\n");
        }
        FunctionConfig f = poolFunction(QStringLiteral("gated.handler"));
        f.codeDirectory = code.path();
        f.timeoutSeconds = 5;
        m_pool->setInitLimitMs(1000);
        // An instance other than those named whose runtime runs (its pid
        // known): its init is on. Its id, or empty after two minutes.
        Invocation *waiting = nullptr; // the invocation whose instances are looked for
        auto startedInstance = [this, &waiting](const QStringList &others) {
            QString found;
            (void)QTest::qWaitFor(
                [&] {
                    for (const InstanceInfo &i : m_pool->instances()) {
                        if (!others.contains(i.instanceId) && i.state == InstanceState::Starting && i.pid > 0)
                            found = i.instanceId;
                    }
                    return !found.isEmpty() || (waiting && waiting->isFinished());
                },
                120000);
            if (found.isEmpty() && waiting && waiting->isFinished())
                qWarning("%s", qPrintable(describe(waiting->result())));
            return found;
        };
        auto stateOf = [this](const QString &id) {
            for (const InstanceInfo &i : m_pool->instances()) {
                if (i.instanceId == id)
                    return i.state;
            }
            return InstanceState::Failed; // gone
        };

        // 1. The init never ends: cut at the limit, initialised again in the
        // invocation, and that init ends with the invocation's timeout.
        Invocation *hung = start(f);
        waiting = hung;
        const QString first = startedInstance({});
        QVERIFY(!first.isEmpty());
        m_realClock->advance(999);
        QVERIFY(!hung->isFinished());
        QCOMPARE(m_pool->instanceCount(), 1);
        m_realClock->advance(1); // the limit
        QCOMPARE(stateOf(first), InstanceState::Failed);
        QVERIFY(!startedInstance({ first }).isEmpty());
        QVERIFY(!hung->isFinished());
        m_realClock->advance(4999);
        QVERIFY(!hung->isFinished());
        m_realClock->advance(1); // the invocation's timeout, which covers its init
        InvocationResult r = waitFor(hung);
        QCOMPARE(r.outcome, InvocationOutcome::TimedOut);
        QCOMPARE(r.errorType, QStringLiteral("Sandbox.Timedout"));
        QVERIFY(r.coldStart);
        const QString logs = r.logs.join(u'\n');
        const qsizetype initCut = logs.indexOf(u"\tPhase: init\tStatus: timeout");
        const qsizetype secondStart = logs.indexOf(u"INIT_START", logs.indexOf(u"INIT_START") + 1);
        const qsizetype invokeCut = logs.indexOf(u"\tPhase: invoke\tStatus: timeout");
        QVERIFY2(initCut > 0 && secondStart > initCut && invokeCut > secondStart, qPrintable(logs));
        QVERIFY2(logs.indexOf(u"Task timed out after 5.00 seconds") > invokeCut, qPrintable(logs));
        delete hung;
        QVERIFY(QTest::qWaitFor([this] { return m_pool->instanceCount() == 0; }, 30000));

        // 2. The init needs longer than the limit but less than the timeout:
        // the invocation runs after its own init, a cold start.
        Invocation *slow = start(f);
        waiting = slow;
        const QString third = startedInstance({});
        QVERIFY(!third.isEmpty());
        m_realClock->advance(1000);
        QVERIFY(!startedInstance({ third }).isEmpty());
        QFile gate(code.filePath(QStringLiteral("gate")));
        QVERIFY(gate.open(QIODevice::WriteOnly));
        gate.close();
        r = waitFor(slow, 60000);
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        QVERIFY(r.coldStart);
        QVERIFY2(r.logs.join(u'\n').contains(u"\tPhase: init\tStatus: timeout"), qPrintable(r.logs.join(u'\n')));
        QCOMPARE(r.logs.filter(QStringLiteral("INIT_START")).size(), 2);
        delete slow;
    }
};

QTEST_GUILESS_MAIN(TestPoolBoundaries)
#include "tst_poolboundaries.moc"
