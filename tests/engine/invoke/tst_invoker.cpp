// SPDX-License-Identifier: MIT
// The engine's front door with real containers: it refuses what Lambda's API
// refuses before a function sees it, keeps handler timeouts real however fast
// its pool clock runs, reports the pool through its own signals, and drives
// N invocations with C in flight.
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

#include "engine/core/jsonvalue.h"
#include "engine/invocation/invocation.h"
#include "engine/invoke/invocationdriver.h"
#include "engine/invoke/invoker.h"
#include "engine/pool/warmupscheduler.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

FunctionConfig pythonFunction(const QString &handler, int timeoutSeconds = 10)
{
    FunctionConfig f;
    // Names of its own: tst_warmpool counts the processes of its functions by name.
    f.logicalId = f.functionName = u"invoker-"_s + handler.section(u'.', -1);
    f.handler = handler;
    f.runtime = u"python3.12"_s;
    f.codeDirectory = QStringLiteral(BULLPEN_SOURCE_DIR "/tests/engine/pool/functions/python");
    f.memorySizeMb = 256;
    f.timeoutSeconds = timeoutSeconds;
    return f;
}

InvocationResult wait(Invocation *invocation)
{
    QSignalSpy spy(invocation, &Invocation::finished);
    if (!spy.wait(60000)) {
        InvocationResult r;
        r.outcome = InvocationOutcome::EngineError;
        r.engineError = u"the test gave up waiting"_s;
        return r;
    }
    return spy.first().first().value<InvocationResult>();
}

QString describe(const InvocationResult &r)
{
    return u"outcome=%1 engineError=%2 errorType=%3 errorMessage=%4 payload=%5"_s.arg(
        invocationOutcomeName(r.outcome), r.engineError, r.errorType, r.errorMessage,
        QString::fromUtf8(r.payload.left(500)));
}

// Runs the event loop until `poolMs` of the invoker's pool clock have passed
// (a pool timer of its own, the sentinel the order is checked against).
bool passPoolTime(Invoker *invoker, qint64 poolMs)
{
    QEventLoop loop;
    bool passed = false;
    invoker->schedulePoolTimer(poolMs, &loop, [&] {
        passed = true;
        loop.quit();
    });
    QTimer giveUp;
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, &loop, &QEventLoop::quit);
    giveUp.start(60000);
    loop.exec();
    return passed;
}

} // namespace

class TestInvoker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_cache;

    std::unique_ptr<Invoker> makeInvoker(double clockSpeed = 1.0, qint64 keepAliveMs = 45 * 60 * 1000)
    {
        EngineSettings settings;
        settings.backend = qEnvironmentVariable("BULLPEN_TEST_BACKEND", u"oci"_s);
        settings.cacheDirectory = m_cache.path();
        settings.clockSpeed = clockSpeed;
        settings.keepAliveMs = keepAliveMs;
        QString error;
        auto invoker = Invoker::create(settings, &error);
        if (!invoker)
            qWarning("no engine: %s", qPrintable(error));
        return invoker;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid());
        if (!makeInvoker())
            QSKIP("no container backend works here");
    }

    void settingsHaveOneEqualityRule()
    {
        EngineSettings a, b;
        QVERIFY(a == b);
        b.clockSpeed = 60;
        QVERIFY(a != b);
        b = a;
        b.maxInstancesPerFunction = 2;
        QVERIFY(a != b);
    }

    void malformedEventIsRefusedBeforeTheFunction()
    {
        auto invoker = makeInvoker();
        QSignalSpy started(invoker.get(), &Invoker::invocationStarted);
        QSignalSpy finished(invoker.get(), &Invoker::invocationFinished);
        const InvocationResult r = wait(invoker->invoke(pythonFunction(u"app.echo"_s), "{\n  \"a\": 1,\n  x\n}"));
        QCOMPARE(r.outcome, InvocationOutcome::Refused);
        QCOMPARE(r.errorType, u"InvalidRequestContentException"_s);
        QVERIFY2(
            r.errorMessage.startsWith(u"Could not parse request body into json: Could not parse payload into json: "
                                      "unexpected character 'x'"_s),
            qPrintable(r.errorMessage));
        QVERIFY2(r.errorMessage.endsWith(u"at line 3, column 3"_s), qPrintable(r.errorMessage));
        QVERIFY(!r.ran());
        QVERIFY(r.logs.isEmpty());
        QCOMPARE(invoker->instanceCount(), 0); // no instance ever started for it
        QCOMPARE(started.count(), 1);
        QCOMPARE(finished.count(), 1);
        const QJsonObject json = r.toJson();
        QCOMPARE(json[u"outcome"_s].toString(), u"refused"_s);
        QCOMPARE(json[u"errorType"_s].toString(), u"InvalidRequestContentException"_s);
    }

    void fastPoolClockKeepsTimeoutsReal()
    {
        // 60 s of keep-alive pass in 60 ms here; the handler's 1 s timeout does not shrink with them.
        auto invoker = makeInvoker(1000.0, 60 * 1000);
        QSignalSpy removed(invoker.get(), &Invoker::instanceRemoved);
        const InvocationResult slept = wait(invoker->invoke(pythonFunction(u"app.sleep"_s, 1), R"({"seconds": 0.3})"));
        QVERIFY2(slept.succeeded(), qPrintable(describe(slept)));
        // The deadline the runtime sees is real time too.
        const InvocationResult env = wait(invoker->invoke(pythonFunction(u"app.environment"_s, 10), "{}"));
        QVERIFY2(env.succeeded(), qPrintable(describe(env)));
        const int remaining = QJsonDocument::fromJson(env.payload)[u"context"_s][u"remaining_ms"_s].toInt();
        QVERIFY2(remaining > 5000 && remaining <= 10000, qPrintable(QString::number(remaining)));
        // Meanwhile the idle instances expire on the fast pool clock.
        QTRY_COMPARE_WITH_TIMEOUT(invoker->instanceCount(), 0, 20000);
        QCOMPARE(removed.count(), 2);
    }

    void reportsThePoolThroughItsOwnSignals()
    {
        auto invoker = makeInvoker();
        QVERIFY(!invoker->backendInfo().id.isEmpty());
        QVERIFY(!invoker->backendInfo().displayName.isEmpty());
        QSignalSpy changed(invoker.get(), &Invoker::instanceChanged);
        const InvocationResult r = wait(invoker->invoke(pythonFunction(u"app.counter"_s), "{}"));
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        QCOMPARE(invoker->instanceCount(), 1);
        // Idle once its runtime asks for the next event (Lambda releases it then).
        QTRY_COMPARE(invoker->instanceCount(InstanceState::Idle), 1);
        const InstanceInfo info = invoker->instances().first();
        QCOMPARE(info.instanceId, r.instanceId);
        QVERIFY(info.expiresAtMs > invoker->poolNowMs());
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().first().value<InstanceInfo>().state, InstanceState::Idle);
        QVERIFY(invoker->instanceMemoryBytes(r.instanceId) != 0);
        invoker->shutdown();
        QCOMPARE(invoker->instanceCount(), 0);
        QCOMPARE(invoker->instanceMemoryBytes(r.instanceId), -1);
    }

    // A template's schedule and the keep-warm pinger, turned on as the window
    // turns them on (the project file's settings through
    // applyFunctionSettings), fire real invocations through the Invoker on a
    // fast pool clock (600x: five minutes of rate pass in half a second), with
    // EventBridge's scheduled event, as source Schedule; off (the default, and
    // again after) nothing fires. Order only: a pool timer is the sentinel.
    void schedulesFireInvocationsThroughTheInvoker()
    {
        auto invoker = makeInvoker(600.0);
        FunctionConfig f = pythonFunction(u"app.echo"_s);
        f.logicalId = f.functionName = u"invoker-scheduled"_s;
        f.schedules = { ScheduleSource { u"Tick"_s, u"rate(5 minutes)"_s, {}, true } };
        QList<PoolEvent> dispatched;
        QObject context;
        connect(invoker.get(), &Invoker::poolEvent, &context, [&](const PoolEvent &e) {
            if (e.type == PoolEventType::InvocationDispatched)
                dispatched.append(e);
        });
        QSignalSpy started(invoker.get(), &Invoker::invocationStarted);
        QSignalSpy finished(invoker.get(), &Invoker::invocationFinished);

        // Off until turned on: half an hour of pool time (six periods) passes with nothing fired.
        QString error;
        QVERIFY2(invoker->applyFunctionSettings(f, FunctionRunSettings(), &error), qPrintable(error));
        QVERIFY(passPoolTime(invoker.get(), 30 * 60 * 1000));
        QCOMPARE(started.count(), 0);

        // The first finished invocation fired by the rule whose ARN ends so
        // (an earlier rule's call may still finish after a switch).
        const auto firedBy = [&](const QString &ruleSuffix) -> std::optional<InvocationResult> {
            for (int spins = 0; spins < 20; ++spins) {
                for (const QList<QVariant> &args : std::as_const(finished)) {
                    const auto r = args.first().value<InvocationResult>();
                    const QJsonObject event = QJsonDocument::fromJson(r.payload).object(); // echo: its event
                    if (event[u"resources"_s].toArray().first().toString().endsWith(ruleSuffix))
                        return r;
                }
                if (!finished.wait(60000))
                    break;
            }
            return std::nullopt;
        };

        // The schedule on: its invocation arrives with the scheduled event.
        FunctionRunSettings on;
        on.enabledSchedules = { u"Tick"_s };
        QVERIFY2(invoker->applyFunctionSettings(f, on, &error), qPrintable(error));
        std::optional<InvocationResult> r = firedBy(u":rule/invoker-scheduled-Tick"_s);
        QVERIFY(r);
        QVERIFY2(r->succeeded(), qPrintable(describe(*r)));
        QCOMPARE(r->functionId, f.logicalId);
        QJsonObject event = QJsonDocument::fromJson(r->payload).object();
        QCOMPARE(event[u"detail-type"_s].toString(), u"Scheduled Event"_s);
        QCOMPARE(event[u"source"_s].toString(), u"aws.events"_s);
        QTRY_VERIFY(!dispatched.isEmpty());
        for (const PoolEvent &e : std::as_const(dispatched))
            QCOMPARE(e.source, InvocationSource::Schedule);

        // The keep-warm pinger instead of the schedule.
        FunctionRunSettings warm;
        warm.keepWarm = true;
        warm.keepWarmRate = u"rate(5 minutes)"_s;
        QVERIFY2(invoker->applyFunctionSettings(f, warm, &error), qPrintable(error));
        r = firedBy(u"-"_s + WarmupScheduler::keepWarmName());
        QVERIFY(r);
        QVERIFY2(r->succeeded(), qPrintable(describe(*r)));
        event = QJsonDocument::fromJson(r->payload).object();
        QCOMPARE(event[u"detail-type"_s].toString(), u"Scheduled Event"_s);
        for (const PoolEvent &e : std::as_const(dispatched))
            QCOMPARE(e.source, InvocationSource::Schedule);

        // Both off: another half hour passes with nothing more started.
        QVERIFY2(invoker->applyFunctionSettings(f, FunctionRunSettings(), &error), qPrintable(error));
        const qsizetype before = started.count();
        QVERIFY(passPoolTime(invoker.get(), 30 * 60 * 1000));
        QCOMPARE(started.count(), before);
    }

    void driverKeepsConcurrencyInFlight()
    {
        auto invoker = makeInvoker();
        int busy = 0, mostBusy = 0;
        QHash<QString, InstanceState> states;
        // Dies before what the lambda captures: the engine's last words at its
        // destruction (instances expiring) must not reach them.
        QObject context;
        connect(invoker.get(), &Invoker::instanceChanged, &context, [&](const InstanceInfo &info) {
            states.insert(info.instanceId, info.state);
            busy = 0;
            for (const InstanceState s : std::as_const(states))
                busy += s == InstanceState::Busy || s == InstanceState::Starting;
            mostBusy = qMax(mostBusy, busy);
        });
        InvocationDriver driver(invoker.get(), pythonFunction(u"app.sleep"_s), R"({"seconds": 0.2})");
        QList<InvocationResult> results;
        connect(&driver, &InvocationDriver::resultReady, this, [&](const InvocationResult &r, qint64 elapsedNs) {
            QVERIFY(elapsedNs > 0);
            results.append(r);
        });
        QSignalSpy finished(&driver, &InvocationDriver::finished);
        driver.start(6, 2);
        QVERIFY(finished.wait(120000));
        QCOMPARE(results.size(), 6);
        for (const InvocationResult &r : std::as_const(results))
            QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        QCOMPARE(mostBusy, 2);
        QCOMPARE(invoker->instanceCount(), 2);
        QVERIFY(driver.isDone());
        // The invoker outlives the locals the slots write to: its shutdown
        // still reports instances changing.
        invoker->disconnect(this);
    }
};

QTEST_GUILESS_MAIN(TestInvoker)
#include "tst_invoker.moc"
