// SPDX-License-Identifier: MIT
// The warm pool with real containers (runc or crun, else the test is skipped
// with the reason) and the runtimes Bullpen ships: cold and warm starts,
// scale-out, keep-alive, timeouts, crashes, limits, errors, environment.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "engine/core/clock.h"
#include "engine/invocation/invocation.h"
#include "engine/pool/warmpool.h"
#include "engine/sandbox/containerbackend.h"
#include "engine/sandbox/docker/dockerbackend.h"
#include "tests/support/ciskip.h"
#include "tests/support/pooltestsupport.h"

using namespace Bullpen;
using namespace Bullpen::TestSupport;

namespace {

QString functionsDir()
{
    return QStringLiteral(BULLPEN_TEST_DATA_DIR "/functions");
}

FunctionConfig makeFunction(const QString &handler, const QString &runtime = QStringLiteral("python3.12"),
                            const QString &dir = QStringLiteral("python"))
{
    FunctionConfig f;
    f.logicalId = handler.section(u'.', -1);
    f.functionName = f.logicalId;
    f.handler = handler;
    f.runtime = runtime;
    f.codeDirectory = functionsDir() + u'/' + dir;
    f.memorySizeMb = 256;
    f.timeoutSeconds = 10;
    return f;
}

} // namespace

class TestWarmPool : public QObject
{
    Q_OBJECT

    QString m_backendName = qEnvironmentVariable("BULLPEN_TEST_BACKEND", QStringLiteral("oci"));
    ContainerBackend *m_backend = nullptr;
    ManualClock *m_clock = nullptr; // the pool clock: keep-alive
    ManualClock *m_realClock = nullptr; // real time: handler timeouts
    WarmPool *m_pool = nullptr;
    QTemporaryDir m_cache;

    InvocationResult invoke(const FunctionConfig &f, const QByteArray &payload = "{}", int timeoutMs = 30000)
    {
        return waitFor(m_pool->invoke(f, payload), timeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_backend = createBackend(m_backendName, &error, this);
        if (!m_backend)
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("no container backend here: ") + error);
        logImageProgress(m_backend);
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

    void coldThenWarm()
    {
        const FunctionConfig f = makeFunction(QStringLiteral("app.counter"));
        const InvocationResult first = invoke(f);
        QVERIFY2(first.succeeded(), qPrintable(describe(first)));
        QVERIFY(first.coldStart);
        QVERIFY(first.initDurationMs > 0);
        QCOMPARE(payloadJson(first)[QStringLiteral("count")].toInt(), 1);
        const InvocationResult second = invoke(f);
        QVERIFY2(second.succeeded(), qPrintable(describe(second)));
        QVERIFY(!second.coldStart);
        QCOMPARE(second.initDurationMs, -1.0);
        QCOMPARE(second.instanceId, first.instanceId);
        QCOMPARE(payloadJson(second)[QStringLiteral("count")].toInt(), 2); // module state kept
        QVERIFY(second.logs.first().startsWith(QStringLiteral("START RequestId: ")
                                               + QString::fromLatin1(second.requestId)));
        QVERIFY(second.logs.last().startsWith(QStringLiteral("REPORT RequestId: ")));
        QVERIFY(first.logs.last().contains(QStringLiteral("\tInit Duration: ")));
        // INIT_START names the runtime image's own versions on every backend
        // (runc: the unpacked image's record; Docker: the image's labels).
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^INIT_START Runtime Version: python:3\\.\\d+\\.\\d+\\.bullpen-debian\\d"))
                     .match(first.logs.first())
                     .hasMatch(),
                 qPrintable(first.logs.first()));
        QVERIFY(!second.logs.last().contains(QStringLiteral("Init Duration")));
        QCOMPARE(m_pool->instanceCount(), 1);
    }

    void concurrentInvocationsScaleOut()
    {
        const FunctionConfig f = makeFunction(QStringLiteral("app.sleep"));
        QList<Invocation *> invocations;
        QList<QSignalSpy *> spies;
        for (int i = 0; i < 4; ++i) {
            invocations.append(m_pool->invoke(f, R"({"seconds": 1.5})"));
            spies.append(new QSignalSpy(invocations.last(), &Invocation::finished));
        }
        QSet<QString> instances;
        for (QSignalSpy *spy : spies) {
            QVERIFY(spy->count() == 1 || spy->wait(30000));
            const auto r = spy->first().first().value<InvocationResult>();
            QVERIFY2(r.succeeded(), qPrintable(describe(r)));
            QVERIFY(r.coldStart);
            instances.insert(r.instanceId);
        }
        qDeleteAll(spies);
        QCOMPARE(instances.size(), 4);
        QCOMPARE(m_pool->instanceCount(), 4);
    }

    void keepAliveExpiresOnTheClock()
    {
        m_pool->setKeepAliveMs(45 * 60 * 1000);
        const FunctionConfig f = makeFunction(QStringLiteral("app.counter"));
        QSignalSpy changes(m_pool, &WarmPool::instanceChanged);
        const InvocationResult first = invoke(f);
        QVERIFY2(first.succeeded(), qPrintable(describe(first)));
        // Idle once its runtime asks for the next event (Lambda releases it then).
        QTRY_COMPARE(m_pool->instances().first().state, InstanceState::Idle);
        QCOMPARE(m_pool->instances().first().expiresAtMs, m_clock->nowMs() + 45 * 60 * 1000);
        m_clock->advance(44 * 60 * 1000);
        QCOMPARE(m_pool->instances().first().state, InstanceState::Idle);
        const InvocationResult warm = invoke(f); // resets the keep-alive
        QVERIFY(!warm.coldStart);
        QTRY_COMPARE(m_pool->instances().first().state, InstanceState::Idle);
        m_clock->advance(44 * 60 * 1000);
        QCOMPARE(m_pool->instances().first().state, InstanceState::Idle);
        QSignalSpy removed(m_pool, &WarmPool::instanceRemoved);
        m_clock->advance(2 * 60 * 1000);
        bool sawExpired = false;
        for (const auto &args : std::as_const(changes))
            sawExpired |= args.first().value<InstanceInfo>().state == InstanceState::Expired;
        QVERIFY(sawExpired);
        QVERIFY(removed.count() == 1 || removed.wait(10000));
        QCOMPARE(m_pool->instanceCount(), 0);
        const InvocationResult cold = invoke(f);
        QVERIFY(cold.coldStart);
        QCOMPARE(payloadJson(cold)[QStringLiteral("count")].toInt(), 1);
    }

    void keepAliveZeroStopsAfterEachInvocation()
    {
        m_pool->setKeepAliveMs(0);
        const FunctionConfig f = makeFunction(QStringLiteral("app.counter"));
        QVERIFY(invoke(f).coldStart);
        QVERIFY(invoke(f).coldStart);
    }

    void timeoutKillsTheInstance()
    {
        FunctionConfig f = makeFunction(QStringLiteral("app.sleep"));
        f.timeoutSeconds = 2;
        // The real-time manual clock decides when the timeout falls due: advance
        // it once the handler is running.
        Invocation *inv = m_pool->invoke(f, R"({"seconds": 60})");
        QSignalSpy done(inv, &Invocation::finished);
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_pool->instances().isEmpty() && m_pool->instances().first().state == InstanceState::Busy, 30000);
        m_realClock->advance(2000);
        QVERIFY(done.count() == 1 || done.wait(10000));
        const auto r = done.first().first().value<InvocationResult>();
        QCOMPARE(r.errorType, QStringLiteral("Sandbox.Timedout"));
        QCOMPARE(r.functionError, QStringLiteral("Unhandled"));
        QVERIFY2(r.errorMessage.endsWith(QStringLiteral("Task timed out after 2.00 seconds")),
                 qPrintable(r.errorMessage));
        QVERIFY(r.logs.join(u'\n').contains(QStringLiteral("Task timed out after 2.00 seconds")));
        const InvocationResult next = invoke(makeFunction(QStringLiteral("app.sleep")), R"({"seconds": 0})");
        QVERIFY(next.coldStart);
    }

    void crashReportsExitError()
    {
        const FunctionConfig f = makeFunction(QStringLiteral("app.crash"));
        const InvocationResult r = invoke(f, R"({"code": 3})");
        QCOMPARE(r.errorType, QStringLiteral("Runtime.ExitError"));
        QVERIFY2(r.errorMessage.endsWith(QStringLiteral("Error: Runtime exited with error: exit status 3")),
                 qPrintable(r.errorMessage));
        QVERIFY(invoke(f, R"({"code": 3})").coldStart);
    }

    void memoryLimitKillsTheRuntime()
    {
        FunctionConfig f = makeFunction(QStringLiteral("app.allocate"));
        f.memorySizeMb = 128;
        const InvocationResult small = invoke(f, R"({"mb": 40})");
        QVERIFY2(small.succeeded(), qPrintable(describe(small)));
        if (!small.memoryLimitEnforced)
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("the memory limit cannot be enforced here: ") + small.limitationNote);
        QVERIFY2(small.maxMemoryUsedMb >= 40 && small.maxMemoryUsedMb <= 128,
                 qPrintable(QString::number(small.maxMemoryUsedMb)));
        const InvocationResult big = invoke(f, R"({"mb": 300})");
        // Lambda's type for an out-of-memory kill; Podman 4.3 (cgroup v1)
        // never reports one (tst_dockerbackend), so there it reads as a crash.
        const auto *docker = qobject_cast<const DockerBackend *>(m_backend);
        QCOMPARE(big.errorType,
                 docker && docker->isPodman() ? QStringLiteral("Runtime.ExitError")
                                              : QStringLiteral("Runtime.OutOfMemory"));
        QVERIFY2(big.errorMessage.contains(QStringLiteral("Runtime exited with error: signal: killed")),
                 qPrintable(big.errorMessage));
    }

    void raisedErrorKeepsTheInstanceWarm()
    {
        const FunctionConfig f = makeFunction(QStringLiteral("app.fail"));
        const InvocationResult r = invoke(f, R"({"x": 42})");
        QCOMPARE(r.functionError, QStringLiteral("Unhandled"));
        QCOMPARE(r.errorType, QStringLiteral("ValueError"));
        QCOMPARE(r.errorMessage, QStringLiteral("bad input: 42"));
        QVERIFY(!r.stackTrace.isEmpty());
        QVERIFY(r.stackTrace.join(QString()).contains(QStringLiteral("/var/task/app.py")));
        const QJsonObject body = payloadJson(r).toObject();
        QCOMPARE(body[QStringLiteral("errorType")].toString(), QStringLiteral("ValueError"));
        QVERIFY(!invoke(f, R"({"x": 1})").coldStart);
    }

    void initErrors_data()
    {
        QTest::addColumn<QString>("handler");
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<QString>("message");
        QTest::newRow("syntax") << "broken_syntax.handler" << "Runtime.UserCodeSyntaxError"
                                << "Syntax error in module 'broken_syntax'";
        QTest::newRow("import")
            << "imports_missing.handler" << "Runtime.ImportModuleError"
            << "Unable to import module 'imports_missing': No module named 'module_that_does_not_exist'";
        QTest::newRow("missing handler") << "app.nothere" << "Runtime.HandlerNotFound"
                                         << "Handler 'nothere' missing on module 'app'";
    }

    void initErrors()
    {
        QFETCH(QString, handler);
        QFETCH(QString, errorType);
        QFETCH(QString, message);
        const InvocationResult r = invoke(makeFunction(handler));
        QCOMPARE(r.functionError, QStringLiteral("Unhandled"));
        QCOMPARE(r.errorType, errorType);
        QVERIFY2(r.errorMessage.startsWith(message), qPrintable(r.errorMessage));
    }

    void filesystem()
    {
        const FunctionConfig f = makeFunction(QStringLiteral("app.files"));
        const InvocationResult first = invoke(f);
        QVERIFY2(first.succeeded(), qPrintable(describe(first)));
        const QJsonObject a = payloadJson(first).toObject();
        QCOMPARE(a[QStringLiteral("taskWritable")].toBool(), false);
        QCOMPARE(a[QStringLiteral("tmpLines")].toInt(), 1);
        QCOMPARE(a[QStringLiteral("tmpSizeMb")].toInt(), 512);
        QCOMPARE(a[QStringLiteral("uid")].toInt(), 993);
        const QJsonObject b = payloadJson(invoke(f)).toObject();
        QCOMPARE(b[QStringLiteral("tmpLines")].toInt(), 2); // /tmp kept while warm
    }

    void environmentVariables()
    {
        FunctionConfig f = makeFunction(QStringLiteral("app.environment"));
        f.environment.insert(QStringLiteral("GREETING"), QStringLiteral("hello"));
        f.memorySizeMb = 512;
        const InvocationResult r = invoke(f);
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        const QJsonObject env = payloadJson(r)[QStringLiteral("env")].toObject();
        const QJsonObject ctx = payloadJson(r)[QStringLiteral("context")].toObject();
        QCOMPARE(env[QStringLiteral("GREETING")].toString(), QStringLiteral("hello"));
        QCOMPARE(env[QStringLiteral("_HANDLER")].toString(), QStringLiteral("app.environment"));
        QCOMPARE(env[QStringLiteral("AWS_LAMBDA_FUNCTION_NAME")].toString(), QStringLiteral("environment"));
        QCOMPARE(env[QStringLiteral("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")].toString(), QStringLiteral("512"));
        QCOMPARE(env[QStringLiteral("AWS_LAMBDA_FUNCTION_VERSION")].toString(), QStringLiteral("$LATEST"));
        QCOMPARE(env[QStringLiteral("AWS_EXECUTION_ENV")].toString(), QStringLiteral("AWS_Lambda_python3.12"));
        QCOMPARE(env[QStringLiteral("LAMBDA_TASK_ROOT")].toString(), QStringLiteral("/var/task"));
        QCOMPARE(env[QStringLiteral("TZ")].toString(), QStringLiteral(":UTC"));
        QCOMPARE(env[QStringLiteral("AWS_LAMBDA_LOG_GROUP_NAME")].toString(),
                 QStringLiteral("/aws/lambda/environment"));
        QVERIFY(env[QStringLiteral("AWS_LAMBDA_RUNTIME_API")].toString().startsWith(QStringLiteral("127.0.0.1:")));
        QVERIFY(env[QStringLiteral("AWS_LAMBDA_LOG_STREAM_NAME")].toString().contains(QStringLiteral("/[$LATEST]")));
        // awslambdaric hands the handler the environment's string; so does Bullpen.
        QCOMPARE(ctx[QStringLiteral("memory_limit_in_mb")].toVariant().toString(), QStringLiteral("512"));
        QCOMPARE(ctx[QStringLiteral("aws_request_id")].toString(), QString::fromLatin1(r.requestId));
        QCOMPARE(ctx[QStringLiteral("invoked_function_arn")].toString(),
                 QStringLiteral("arn:aws:lambda:us-east-1:123456789012:function:environment"));
        const int remaining = ctx[QStringLiteral("remaining_ms")].toInt();
        QVERIFY2(remaining > 5000 && remaining <= 10000, qPrintable(QString::number(remaining)));
    }

    // Lambda runs $LATEST and a published version (the alias's) in execution
    // environments of their own, and each says which it is: the START line,
    // AWS_LAMBDA_FUNCTION_VERSION, the log stream's [version], the invoked ARN.
    void aliasAndLatestRunApartAndSayTheirVersion()
    {
        FunctionConfig f = makeFunction(QStringLiteral("app.environment"));
        f.autoPublishAlias = QStringLiteral("live");
        InvokeOptions alias;
        alias.qualifier = QStringLiteral("live");
        const InvocationResult viaAlias = waitFor(m_pool->invoke(f, "{}", alias), 30000);
        QVERIFY2(viaAlias.succeeded(), qPrintable(describe(viaAlias)));
        const InvocationResult latest = invoke(f);
        QVERIFY2(latest.succeeded(), qPrintable(describe(latest)));
        QVERIFY2(latest.coldStart, "$LATEST was served by the alias's instance");
        QVERIFY(latest.instanceId != viaAlias.instanceId);
        InvokeOptions versionOne;
        versionOne.qualifier = QStringLiteral("1");
        const InvocationResult viaVersion = waitFor(m_pool->invoke(f, "{}", versionOne), 30000);
        QVERIFY2(viaVersion.succeeded(), qPrintable(describe(viaVersion)));
        QVERIFY2(!viaVersion.coldStart, "version 1 is what the alias runs: its instance is warm");
        QCOMPARE(viaVersion.instanceId, viaAlias.instanceId);

        const struct
        {
            const InvocationResult &result;
            QString version, arn;
        } expected[] = {
            { viaAlias, QStringLiteral("1"),
              QStringLiteral("arn:aws:lambda:us-east-1:123456789012:function:environment:live") },
            { latest, QStringLiteral("$LATEST"),
              QStringLiteral("arn:aws:lambda:us-east-1:123456789012:function:environment") },
            { viaVersion, QStringLiteral("1"),
              QStringLiteral("arn:aws:lambda:us-east-1:123456789012:function:environment:1") },
        };
        for (const auto &e : expected) {
            const QJsonObject env = payloadJson(e.result)[QStringLiteral("env")].toObject();
            QCOMPARE(env[QStringLiteral("AWS_LAMBDA_FUNCTION_VERSION")].toString(), e.version);
            QVERIFY2(env[QStringLiteral("AWS_LAMBDA_LOG_STREAM_NAME")].toString().contains(u"/[" + e.version + u']'),
                     qPrintable(env[QStringLiteral("AWS_LAMBDA_LOG_STREAM_NAME")].toString()));
            QVERIFY2(e.result.logs.contains(QStringLiteral("START RequestId: %1 Version: %2")
                                                .arg(QString::fromLatin1(e.result.requestId), e.version)),
                     qPrintable(e.result.logs.join(u'\n')));
            QCOMPARE(payloadJson(e.result)[QStringLiteral("context")]
                         .toObject()[QStringLiteral("invoked_function_arn")]
                         .toString(),
                     e.arn);
        }
    }

    void logsAreAttributedToTheInvocation()
    {
        const InvocationResult r = invoke(makeFunction(QStringLiteral("app.log")));
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        const int start = r.logs.indexOf(
            QStringLiteral("START RequestId: %1 Version: $LATEST").arg(QString::fromLatin1(r.requestId)));
        const int hello = r.logs.indexOf(QStringLiteral("hello from the handler"));
        const int end = r.logs.indexOf(QStringLiteral("END RequestId: %1").arg(QString::fromLatin1(r.requestId)));
        QVERIFY2(start >= 0 && hello > start && end > hello, qPrintable(r.logs.join(u'\n')));
        QVERIFY(r.logs.contains(QStringLiteral("to stderr")));
    }

    void payloadLimits()
    {
        const FunctionConfig echo = makeFunction(QStringLiteral("app.echo"));
        // Just under 6 MB each way works.
        const QByteArray nearLimit = "\"" + QByteArray(6 * 1024 * 1024 - 1000, 'a') + "\"";
        const InvocationResult ok = invoke(echo, nearLimit);
        QVERIFY2(ok.succeeded(), qPrintable(describe(ok)));
        QCOMPARE(ok.payload.size(), nearLimit.size());
        // A request over 6,291,456 bytes is refused before it reaches a runtime.
        const QByteArray tooBig = "\"" + QByteArray(6291456, 'a') + "\"";
        const InvocationResult refused = invoke(echo, tooBig);
        QCOMPARE(refused.errorType, QStringLiteral("RequestEntityTooLargeException"));
        // A response over the limit is refused by the Runtime API.
        const InvocationResult bigResponse = invoke(makeFunction(QStringLiteral("app.big")), R"({"bytes": 7000000})");
        QCOMPARE(bigResponse.errorType, QStringLiteral("Function.ResponseSizeTooLarge"));
        QVERIFY(
            bigResponse.errorMessage.contains(QStringLiteral("exceeded maximum allowed payload size (6291556 bytes)")));
    }

    void customProvidedRuntime()
    {
        FunctionConfig f = makeFunction(QStringLiteral("function.handler"), QStringLiteral("provided.al2023"),
                                        QStringLiteral("provided"));
        const InvocationResult r = invoke(f, R"({"text": "shout"})");
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        QCOMPARE(payloadJson(r)[QStringLiteral("text")].toString(), QStringLiteral("SHOUT"));
        QCOMPARE(payloadJson(r)[QStringLiteral("handler")].toString(), QStringLiteral("function.handler"));
        QVERIFY(!invoke(f, R"({"text": "x"})").coldStart);
    }

    void nodeHandlers_data()
    {
        QTest::addColumn<QString>("handler");
        QTest::addColumn<QString>("style");
        QTest::newRow("esm async") << "index.handler" << "esm";
        QTest::newRow("commonjs callback") << "callback.handler" << "commonjs-callback";
    }

    void nodeHandlers()
    {
        QFETCH(QString, handler);
        QFETCH(QString, style);
        const FunctionConfig f = makeFunction(handler, QStringLiteral("nodejs20.x"), QStringLiteral("node"));
        const InvocationResult first = invoke(f);
        QVERIFY2(first.succeeded(), qPrintable(describe(first)));
        QCOMPARE(payloadJson(first)[QStringLiteral("runtime")].toString(), style);
        const InvocationResult second = invoke(f);
        QVERIFY(!second.coldStart);
        QCOMPARE(payloadJson(second)[QStringLiteral("count")].toInt(), 2);
    }

    void nodeError()
    {
        const InvocationResult r
            = invoke(makeFunction(QStringLiteral("index.fail"), QStringLiteral("nodejs20.x"), QStringLiteral("node")));
        QCOMPARE(r.functionError, QStringLiteral("Unhandled"));
        QCOMPARE(r.errorType, QStringLiteral("TypeError"));
        QCOMPARE(r.errorMessage, QStringLiteral("broken on purpose"));
    }

    void shutdownLeavesNothing()
    {
        FunctionConfig f = makeFunction(QStringLiteral("app.sleep"));
        // Names this test process in the runtime's environment: a Docker
        // container's processes descend from the daemon's shim, not from us.
        f.environment.insert(QStringLiteral("BULLPEN_TEST_OWNER"), QString::number(QCoreApplication::applicationPid()));
        m_pool->invoke(f, R"({"seconds": 30})");
        m_pool->invoke(f, R"({"seconds": 30})");
        QTRY_VERIFY_WITH_TIMEOUT(m_pool->instanceCount() == 2 && m_pool->instances().at(0).state == InstanceState::Busy
                                     && m_pool->instances().at(1).state == InstanceState::Busy,
                                 30000);
        QVERIFY(!runtimeProcesses().isEmpty());
        m_pool->shutdown();
        QCOMPARE(m_pool->instanceCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(runtimeProcesses().isEmpty(), 5000);
    }

private:
    static bool descendsFromUs(QString pid)
    {
        const QString us = QString::number(QCoreApplication::applicationPid());
        for (int depth = 0; depth < 4 && !pid.isEmpty() && pid != u"0"; ++depth) {
            QFile status(QStringLiteral("/proc/") + pid + QStringLiteral("/status"));
            if (!status.open(QIODevice::ReadOnly))
                return false;
            pid.clear();
            const QList<QByteArray> lines = status.readAll().split('\n');
            for (const QByteArray &line : lines) {
                if (line.startsWith("PPid:"))
                    pid = QString::fromLatin1(line.mid(5).trimmed());
            }
            if (pid == us)
                return true;
        }
        return false;
    }

    // Processes running this test's sleeping function, seen from here.
    static QStringList runtimeProcesses()
    {
        QStringList found;
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &pid : pids) {
            QFile cmdline(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
            if (!cmdline.open(QIODevice::ReadOnly) || !cmdline.readAll().contains("/var/runtime/bootstrap.py"))
                continue;
            // This test's own: other engines (other checkouts' tests) run the
            // same function meanwhile. Ours descend from this process (runc
            // run, or the process backend's child, is our child) or, in a
            // Docker container, carry this process's id in their environment.
            QFile environ(QStringLiteral("/proc/") + pid + QStringLiteral("/environ"));
            const QByteArray env = environ.open(QIODevice::ReadOnly) ? environ.readAll() : QByteArray();
            const QByteArray owner
                = "BULLPEN_TEST_OWNER=" + QByteArray::number(QCoreApplication::applicationPid()) + '\0';
            if (!descendsFromUs(pid) && !env.contains(owner))
                continue;
            if (env.contains("AWS_LAMBDA_FUNCTION_NAME=sleep\0"))
                found.append(pid);
        }
        return found;
    }
};

QTEST_GUILESS_MAIN(TestWarmPool)
#include "tst_warmpool.moc"
