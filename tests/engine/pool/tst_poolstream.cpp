// SPDX-License-Identifier: MIT
// The pool's event stream with real containers, on ManualClocks: what the pool
// view, the counters and --trace see. Keep-alive expiry at exactly the
// configured time, scale-out, reuse of the most recently used idle instance,
// reserved and account concurrency throttling (429), provisioned instances
// ready before the first call, and the clock speed announced.
#include <QJsonDocument>
#include <QJsonObject>
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

FunctionConfig function(const QString &handler)
{
    FunctionConfig f;
    f.logicalId = f.functionName = QStringLiteral("StreamFunction");
    f.handler = QStringLiteral("app.") + handler;
    f.runtime = QStringLiteral("python3.12");
    f.codeDirectory = QStringLiteral(BULLPEN_TEST_DATA_DIR "/functions/python");
    f.memorySizeMb = 256;
    f.timeoutSeconds = 30;
    return f;
}

QList<PoolEventType> typesOf(const QList<PoolEvent> &events, const QString &requestOrInstance = {})
{
    QList<PoolEventType> types;
    for (const PoolEvent &e : events) {
        if (e.type == PoolEventType::MemorySample)
            continue;
        if (requestOrInstance.isEmpty() || e.instanceId == requestOrInstance
            || QString::fromLatin1(e.requestId) == requestOrInstance)
            types.append(e.type);
    }
    return types;
}

} // namespace

class TestPoolStream : public QObject, public TestSupport::PoolFixture
{
    Q_OBJECT

    InvocationResult run(const FunctionConfig &f, const QByteArray &payload, const InvokeOptions &options = {})
    {
        Invocation *inv = m_pool->invoke(f, payload, options);
        QSignalSpy done(inv, &Invocation::finished);
        if (!done.wait(60000))
            return {};
        return done.first().first().value<InvocationResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = startBackend(this); !why.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(why);
    }

    void init() { startPool(this); }
    void cleanup() { stopPool(); }

    // A cold start, told in order; then the keep-alive runs out at exactly
    // the configured pool time, not a millisecond before.
    void keepAliveExpiresAtExactlyTheConfiguredTime()
    {
        m_pool->setKeepAliveMs(60 * 1000);
        m_poolClock->advance(5000);
        const InvocationResult r = run(function(QStringLiteral("counter")), "{}");
        QVERIFY(r.succeeded());
        QVERIFY(r.coldStart);
        QTRY_VERIFY_WITH_TIMEOUT(!eventsOf(PoolEventType::InstanceIdle).isEmpty(), 10000);
        const QList<PoolEventType> expected { PoolEventType::InstanceStarting,     PoolEventType::InvocationDispatched,
                                              PoolEventType::InstanceSandboxReady, PoolEventType::InstanceInitDone,
                                              PoolEventType::InstanceBusy,         PoolEventType::InvocationFinished,
                                              PoolEventType::InstanceIdle };
        QCOMPARE(typesOf(m_events), expected);
        for (qsizetype i = 0; i < m_events.size(); ++i)
            QCOMPARE(m_events.at(i).sequence, quint64(i + 1));
        const PoolEvent dispatched = eventsOf(PoolEventType::InvocationDispatched).first();
        QVERIFY(dispatched.coldStart);
        QCOMPARE(dispatched.requestId, r.requestId);
        QCOMPARE(dispatched.instanceId, r.instanceId);
        const PoolEvent finished = eventsOf(PoolEventType::InvocationFinished).first();
        QVERIFY(finished.coldStart);
        QCOMPARE(finished.outcome, InvocationOutcome::Succeeded);
        QCOMPARE(finished.billedDurationMs, r.billedDurationMs);
        QVERIFY(finished.initDurationMs >= 0);
        QCOMPARE(finished.memorySizeMb, 256);
        QVERIFY(eventsOf(PoolEventType::InstanceInitDone).first().initDurationMs >= 0);
        // The sandbox's making and the runtime's init are two phases: the
        // runtime's process (its pid) runs before the init is over.
        const PoolEvent sandbox = eventsOf(PoolEventType::InstanceSandboxReady).first();
        QCOMPARE(sandbox.instanceId, r.instanceId);
        QVERIFY(sandbox.pid > 0);
        QVERIFY(sandbox.sandboxDurationMs >= 0);
        QCOMPARE(eventsOf(PoolEventType::InstanceStarting).first().timeoutMs, qint64(30000));
        QCOMPARE(eventsOf(PoolEventType::InstanceBusy).first().timeoutMs, qint64(30000));
        const PoolEvent idle = eventsOf(PoolEventType::InstanceIdle).first();
        QCOMPARE(idle.poolTimeMs, qint64(5000));
        QCOMPARE(idle.expiresAtMs, qint64(5000 + 60 * 1000));

        m_poolClock->advance(60 * 1000 - 1);
        QCoreApplication::processEvents();
        QVERIFY(eventsOf(PoolEventType::InstanceStopped).isEmpty());
        m_poolClock->advance(1);
        const QList<PoolEvent> stopped = eventsOf(PoolEventType::InstanceStopped);
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(stopped.first().stopReason, InstanceStopReason::Expired);
        QCOMPARE(stopped.first().poolTimeMs, idle.expiresAtMs);
        QCOMPARE(stopped.first().instanceId, idle.instanceId);
        QCOMPARE(m_events.last().type, PoolEventType::InstanceStopped);
    }

    // A cold start phase by phase (issue 16): InstanceInitDone and the result
    // carry the same phases, each known one not negative, in order, adding up
    // to the whole start; the sandbox's two phases are what InstanceSandboxReady
    // measured, and the phases from the process's start on are Lambda's Init
    // Duration. Bullpen's own runtimes say when their interpreter was up,
    // their bootstrap ready and the handler imported; a runtime that does not
    // (a custom one here, as official runtimes) leaves those phases unknown,
    // their time in "first /next".
    void coldStartPhasesAddUpInOrder_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("handler");
        QTest::addColumn<QString>("runtime");
        QTest::addColumn<bool>("reports");
        QTest::newRow("python") << "python" << "app.counter" << "python3.12" << true;
        QTest::newRow("nodejs") << "node" << "index.handler" << "nodejs20.x" << true;
        QTest::newRow("custom runtime") << "provided" << "function.handler" << "provided.al2023" << false;
    }

    void coldStartPhasesAddUpInOrder()
    {
        QFETCH(QString, folder);
        QFETCH(QString, handler);
        QFETCH(QString, runtime);
        QFETCH(bool, reports);
        FunctionConfig f = function(QStringLiteral("counter"));
        f.handler = handler;
        f.runtime = runtime;
        f.codeDirectory = QStringLiteral(BULLPEN_TEST_DATA_DIR "/functions/") + folder;
        const InvocationResult r = run(f, R"({"text": "x"})");
        QVERIFY2(r.succeeded(), qPrintable(TestSupport::describe(r)));
        QVERIFY(r.coldStart);
        QTRY_VERIFY_WITH_TIMEOUT(!eventsOf(PoolEventType::InstanceInitDone).isEmpty(), 10000);
        const PoolEvent init = eventsOf(PoolEventType::InstanceInitDone).first();
        const ColdStartPhases phases = init.phases;
        QVERIFY2(phases.isKnown(), QJsonDocument(init.toJson()).toJson().constData());
        QCOMPARE(r.coldStartPhases, phases);
        // The sandbox is told apart from the process's start on runc and
        // Docker; a plain process has no sandbox of its own.
        QCOMPARE(phases.has(ColdStartPhases::Sandbox), m_backend->name() != u"process");
        QVERIFY(phases.has(ColdStartPhases::Process));
        QCOMPARE(phases.has(ColdStartPhases::Interpreter), reports);
        QCOMPARE(phases.has(ColdStartPhases::Bootstrap), reports);
        QCOMPARE(phases.has(ColdStartPhases::Handler), reports);
        QVERIFY(phases.has(ColdStartPhases::FirstNext));
        double sum = 0;
        for (int p = 0; p < ColdStartPhases::Count; ++p) {
            QVERIFY2(!phases.has(ColdStartPhases::Phase(p)) || phases.ms[p] >= 0, qPrintable(phases.describe()));
            sum += qMax(0.0, phases.ms[p]);
        }
        QVERIFY2(qAbs(sum - phases.totalMs) < 1e-6, qPrintable(phases.describe()));
        const PoolEvent sandbox = eventsOf(PoolEventType::InstanceSandboxReady).first();
        QVERIFY2(qAbs(sandbox.sandboxDurationMs
                      - (qMax(0.0, phases.ms[ColdStartPhases::Sandbox]) + phases.ms[ColdStartPhases::Process]))
                     < 1e-3,
                 qPrintable(QStringLiteral("%1 vs %2").arg(sandbox.sandboxDurationMs).arg(phases.describe())));
        QVERIFY2(qAbs(phases.runtimeMs() - r.initDurationMs) < 1e-3,
                 qPrintable(QStringLiteral("%1 vs %2").arg(r.initDurationMs).arg(phases.describe())));
        // The stream's JSON (--trace) keeps them.
        QCOMPARE(PoolEvent::fromJson(init.toJson()).phases, phases);
        qInfo("%s: %s", qPrintable(runtime), qPrintable(phases.describe()));
    }

    // Concurrent calls scale out (two cold starts); afterwards the next call
    // goes to the instance that became idle last.
    void scaleOutThenReuseTheMostRecentlyUsed()
    {
        const FunctionConfig f = function(QStringLiteral("sleep"));
        Invocation *a = m_pool->invoke(f, R"({"seconds": 0.3})");
        Invocation *b = m_pool->invoke(f, R"({"seconds": 1.5})");
        QSignalSpy doneA(a, &Invocation::finished);
        QSignalSpy doneB(b, &Invocation::finished);
        QVERIFY(doneB.wait(60000));
        QVERIFY(doneA.count() == 1 || doneA.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(eventsOf(PoolEventType::InstanceIdle).size(), 2, 10000);
        QCOMPARE(eventsOf(PoolEventType::InstanceStarting).size(), 2);
        const QList<PoolEvent> dispatched = eventsOf(PoolEventType::InvocationDispatched);
        QCOMPARE(dispatched.size(), 2);
        QVERIFY(dispatched.at(0).coldStart && dispatched.at(1).coldStart);
        QVERIFY(dispatched.at(0).instanceId != dispatched.at(1).instanceId);

        const QString lastIdle = eventsOf(PoolEventType::InstanceIdle).last().instanceId;
        const InvocationResult third = run(f, R"({"seconds": 0})");
        QVERIFY(third.succeeded());
        QVERIFY(!third.coldStart);
        QCOMPARE(third.instanceId, lastIdle);
        const PoolEvent warm = eventsOf(PoolEventType::InvocationDispatched).last();
        QVERIFY(!warm.coldStart);
        QCOMPARE(warm.instanceId, lastIdle);
        QCOMPARE(typesOf(m_events, QString::fromLatin1(third.requestId)),
                 (QList<PoolEventType> { PoolEventType::InvocationDispatched, PoolEventType::InstanceBusy,
                                         PoolEventType::InvocationFinished }));
    }

    // More concurrent calls than ReservedConcurrentExecutions: Lambda's 429.
    void reservedConcurrencyThrottles()
    {
        FunctionConfig f = function(QStringLiteral("sleep"));
        f.reservedConcurrentExecutions = 1;
        Invocation *first = m_pool->invoke(f, R"({"seconds": 1})");
        Invocation *second = m_pool->invoke(f, R"({"seconds": 0})");
        QSignalSpy doneFirst(first, &Invocation::finished);
        QSignalSpy doneSecond(second, &Invocation::finished);
        QVERIFY(doneSecond.wait(60000));
        QCOMPARE(doneFirst.count(), 0); // the throttled one answers at once
        const auto refused = doneSecond.first().first().value<InvocationResult>();
        QCOMPARE(refused.outcome, InvocationOutcome::Refused);
        QCOMPARE(refused.errorType, QStringLiteral("TooManyRequestsException"));
        const QJsonObject document = QJsonDocument::fromJson(refused.payload).object();
        QCOMPARE(document.value(QStringLiteral("Type")).toString(), QStringLiteral("User"));
        QCOMPARE(document.value(QStringLiteral("message")).toString(), QStringLiteral("Rate Exceeded."));
        QCOMPARE(document.value(QStringLiteral("Reason")).toString(),
                 QStringLiteral("ReservedFunctionConcurrentInvocationLimitExceeded"));
        const QList<PoolEvent> throttled = eventsOf(PoolEventType::InvocationThrottled);
        QCOMPARE(throttled.size(), 1);
        QCOMPARE(throttled.first().requestId, second->requestId());
        QCOMPARE(throttled.first().throttleReason, QStringLiteral("ReservedFunctionConcurrentInvocationLimitExceeded"));
        QVERIFY(doneFirst.wait(60000));
        QVERIFY(doneFirst.first().first().value<InvocationResult>().succeeded());
        // Once the first has finished there is room again.
        QVERIFY(run(f, R"({"seconds": 0})").succeeded());
        QCOMPARE(eventsOf(PoolEventType::InvocationThrottled).size(), 1);
    }

    void reservedZeroThrottlesEveryCall()
    {
        FunctionConfig f = function(QStringLiteral("counter"));
        f.reservedConcurrentExecutions = 0;
        const InvocationResult r = run(f, "{}");
        QCOMPARE(r.outcome, InvocationOutcome::Refused);
        QCOMPARE(m_pool->instanceCount(), 0);
        QCOMPARE(typesOf(m_events),
                 (QList<PoolEventType> { PoolEventType::InvocationThrottled, PoolEventType::InvocationFinished }));
    }

    void accountLimitThrottles()
    {
        m_pool->setAccountConcurrencyLimit(1);
        const FunctionConfig f = function(QStringLiteral("sleep"));
        FunctionConfig other = function(QStringLiteral("sleep"));
        other.logicalId = QStringLiteral("OtherFunction");
        Invocation *first = m_pool->invoke(f, R"({"seconds": 1})");
        Invocation *second = m_pool->invoke(other, R"({"seconds": 0})");
        QSignalSpy doneFirst(first, &Invocation::finished);
        QSignalSpy doneSecond(second, &Invocation::finished);
        QVERIFY(doneSecond.wait(60000));
        const auto refused = doneSecond.first().first().value<InvocationResult>();
        QCOMPARE(refused.outcome, InvocationOutcome::Refused);
        QCOMPARE(QJsonDocument::fromJson(refused.payload).object().value(QStringLiteral("Reason")).toString(),
                 QStringLiteral("ConcurrentInvocationLimitExceeded"));
        QVERIFY(doneFirst.wait(60000));
    }

    // Provisioned instances are initialised before any call, kept whatever the
    // keep-alive, say so in their environment, and serve the alias warm;
    // $LATEST never uses them.
    void provisionedInstancesAreReadyBeforeTheFirstCall()
    {
        m_pool->setKeepAliveMs(60 * 1000);
        FunctionConfig f = function(QStringLiteral("environment"));
        f.autoPublishAlias = QStringLiteral("live");
        f.provisionedConcurrentExecutions = 2;
        m_pool->setProvisionedConcurrency(f, 2);
        QTRY_COMPARE_WITH_TIMEOUT(eventsOf(PoolEventType::InstanceIdle).size(), 2, 60000);
        for (const PoolEvent &e : eventsOf(PoolEventType::InstanceStarting))
            QVERIFY(e.provisioned);
        QVERIFY(eventsOf(PoolEventType::InvocationDispatched).isEmpty());
        QCOMPARE(eventsOf(PoolEventType::InstanceIdle).first().expiresAtMs, qint64(-1));
        QCOMPARE(m_pool->provisionedInstanceCount(f), 2);

        // Ten hours later they are still there.
        m_poolClock->advance(10 * 3600 * 1000);
        QCoreApplication::processEvents();
        QVERIFY(eventsOf(PoolEventType::InstanceStopped).isEmpty());

        InvokeOptions alias;
        alias.qualifier = QStringLiteral("live");
        const InvocationResult r = run(f, "{}", alias);
        QVERIFY(r.succeeded());
        QVERIFY(!r.coldStart);
        const QJsonObject env = QJsonDocument::fromJson(r.payload).object().value(QStringLiteral("env")).toObject();
        QCOMPARE(env.value(QStringLiteral("AWS_LAMBDA_INITIALIZATION_TYPE")).toString(),
                 QStringLiteral("provisioned-concurrency"));
        const PoolEvent dispatched = eventsOf(PoolEventType::InvocationDispatched).last();
        QVERIFY(!dispatched.coldStart);

        const InvocationResult latest = run(f, "{}");
        QVERIFY(latest.succeeded());
        QVERIFY(latest.coldStart);
        QCOMPARE(QJsonDocument::fromJson(latest.payload)
                     .object()
                     .value(QStringLiteral("env"))
                     .toObject()
                     .value(QStringLiteral("AWS_LAMBDA_INITIALIZATION_TYPE"))
                     .toString(),
                 QStringLiteral("on-demand"));
        QCOMPARE(m_pool->instanceCount(), 3);

        m_pool->setProvisionedConcurrency(f, 0);
        QTRY_COMPARE_WITH_TIMEOUT(eventsOf(PoolEventType::InstanceStopped).size(), 2, 30000);
        for (const PoolEvent &e : eventsOf(PoolEventType::InstanceStopped)) {
            QVERIFY(e.provisioned);
            QCOMPARE(e.stopReason, InstanceStopReason::Stopped);
        }
    }

    // The speed is announced in the stream; memory is sampled on the real
    // clock only while someone listens.
    void clockSpeedAndMemorySamples()
    {
        QVERIFY(run(function(QStringLiteral("counter")), "{}").succeeded());
        m_poolClock->setSpeed(600);
        const QList<PoolEvent> speed = eventsOf(PoolEventType::ClockSpeedChanged);
        QCOMPARE(speed.size(), 1);
        QCOMPARE(speed.first().speed, 600.0);
        m_realClock->advance(500);
        QTRY_VERIFY_WITH_TIMEOUT(!eventsOf(PoolEventType::MemorySample).isEmpty(), 5000);
        const PoolEvent sample = eventsOf(PoolEventType::MemorySample).first();
        QCOMPARE(sample.functionId, QStringLiteral("StreamFunction"));
        QVERIFY(sample.memoryBytes != 0);

        m_pool->disconnect(this);
        const qsizetype before = m_events.size();
        const int pending = m_realClock->pendingTimers();
        m_realClock->advance(5000);
        QCOMPARE(m_events.size(), before);
        QVERIFY(m_realClock->pendingTimers() < pending); // the sampler stopped
    }
};

QTEST_GUILESS_MAIN(TestPoolStream)
#include "tst_poolstream.moc"
