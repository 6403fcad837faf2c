// SPDX-License-Identifier: MIT
// Sandboxes made ahead of need on runc (issue 16): real containers, no mocks.
// The backend's checks use the host's files as the root (as tst_ocibackend);
// the pool's run Bullpen's Python runtime image (engine/images, built on
// first use) with the warm pool's test handlers.
#include "engine/pool/warmpool.h"
#include "engine/sandbox/ocibackend.h"
#include "engine/sandbox/ociinstance.h"
#include "tests/support/ciskip.h"
#include "tests/support/pooltestsupport.h"
#include "tests/support/sandboxleftovers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <unistd.h>

using namespace Bullpen;
using namespace Bullpen::TestSupport;

class TestPreparedSandbox : public QObject, private PoolFixture
{
    Q_OBJECT
    std::unique_ptr<OciBackend> m_runc;
    QTemporaryDir m_code { QDir::tempPath() + QStringLiteral("/bullpen-tst-XXXXXX") };
    int m_counter = 0;

    // An instance of function "f" in configuration key: a shell that prints
    // its identity (INSTANCE) and MARK, then waits.
    InstanceSpec spec(const QString &key, const QString &mark, int memoryMb = 128)
    {
        InstanceSpec s;
        // Named as the pool names them, so that sandboxLeftovers() sees them.
        s.instanceId = QString::number(QCoreApplication::applicationPid(), 36) + QStringLiteral("-t")
            + QString::number(++m_counter);
        s.codeDirectory = m_code.path();
        s.command = { QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                      QStringLiteral("echo \"instance=$INSTANCE mark=$MARK\"; exec sleep 60") };
        s.environment = { { QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin") },
                          { QStringLiteral("INSTANCE"), s.instanceId },
                          { QStringLiteral("MARK"), mark } };
        s.memoryMb = memoryMb;
        s.tmpSizeMb = 16;
        s.functionId = QStringLiteral("f");
        s.configurationKey = key;
        return s;
    }

    struct Started
    {
        std::unique_ptr<SandboxInstance> instance;
        QByteArray firstLine;
        int listenerFd = -2; // what the Runtime API listener's sink received; -2: nothing
    };

    Started start(OciBackend &backend, const InstanceSpec &s)
    {
        Started result;
        result.instance.reset(backend.create(s, nullptr));
        Started *r = &result;
        result.instance->setRuntimeApiListenerSink([r](int fd, QString *) {
            r->listenerFd = fd;
            ::close(fd);
            return true;
        });
        QSignalSpy output(result.instance.get(), &SandboxInstance::output);
        QSignalSpy started(result.instance.get(), &SandboxInstance::started);
        QSignalSpy failed(result.instance.get(), &SandboxInstance::failed);
        result.instance->start();
        if (started.isEmpty() && !started.wait(30000))
            qWarning() << "not started:" << failed;
        if (output.isEmpty() && !QTest::qWaitFor([&] { return !output.isEmpty(); }, 20000))
            qWarning() << "no output";
        if (!output.isEmpty())
            result.firstLine = output.constFirst().constFirst().toByteArray();
        return result;
    }

    static bool waitForPrepared(OciBackend &backend, int count = 1)
    {
        return QTest::qWaitFor([&] { return backend.preparedCount() >= count; }, 30000);
    }

    static bool containerListed(const OciBackend &backend, const QString &containerId)
    {
        QProcess list;
        list.start(backend.binary(), backend.runtimeArguments({ QStringLiteral("list"), QStringLiteral("-q") }));
        list.waitForFinished(10000);
        return list.readAllStandardOutput().split('\n').contains(containerId.toUtf8());
    }

    static qint64 memoryLimit(const OciBackend &backend, const QString &containerId)
    {
        const QString cgroup = backend.memoryCgroup(containerId);
        if (cgroup.isEmpty())
            return -1;
        const QString file = cgroup.startsWith(QLatin1String("/sys/fs/cgroup/memory/"))
            ? QStringLiteral("/memory.limit_in_bytes")
            : QStringLiteral("/memory.max");
        return SandboxFiles::readNumber(cgroup + file);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("BULLPEN_TST_PREPARED_CHILD"))
            return;
        m_runc = std::make_unique<OciBackend>(QStringLiteral("runc"));
        QString why;
        if (!m_runc->isAvailable(&why))
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("runc unavailable: ") + why);
        QVERIFY(m_code.isValid());
        QFile::setPermissions(m_code.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                  | QFileDevice::ExeGroup);
    }

    void cleanupTestCase()
    {
        if (m_runc)
            m_runc->shutdownNow(QDeadlineTimer(10000));
    }

    void cleanup()
    {
        if (m_pool)
            stopPool();
    }

    // The second start of a configuration takes the sandbox made after the
    // first: the container made ahead, with the second instance's own
    // environment (its identity) and its Runtime API listener.
    void secondStartTakesThePreparedSandbox()
    {
        OciBackend &runc = *m_runc;
        QSignalSpy ready(&runc, &OciBackend::preparedReady);
        const InstanceSpec first = spec(QStringLiteral("k1"), QStringLiteral("one"));
        Started a = start(runc, first);
        QCOMPARE(a.firstLine, QByteArray("instance=" + first.instanceId.toUtf8() + " mark=one"));
        QVERIFY(!a.instance->fromPreparedSandbox());
        QVERIFY(waitForPrepared(runc));
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.constFirst().constFirst().toString(), QStringLiteral("f"));
        const QStringList ahead = runc.preparedContainerIds();
        QCOMPARE(ahead.size(), 1);
        QVERIFY(containerListed(runc, ahead.constFirst()));
        QVERIFY(ahead.constFirst() != qobject_cast<OciInstance *>(a.instance.get())->containerId());

        const InstanceSpec second = spec(QStringLiteral("k1"), QStringLiteral("two"));
        Started b = start(runc, second);
        QVERIFY(b.instance->fromPreparedSandbox());
        QCOMPARE(qobject_cast<OciInstance *>(b.instance.get())->containerId(), ahead.constFirst());
        QCOMPARE(b.firstLine, QByteArray("instance=" + second.instanceId.toUtf8() + " mark=two"));
        QVERIFY(b.instance->pid() > 0);
        QVERIFY(b.instance->processStartedAtNs() > 0);
        if (runc.ownNetwork())
            QVERIFY(b.listenerFd >= 0); // made ahead, given to the instance that took it
        // Taken, it is no longer prepared; another one is made after it.
        QVERIFY(!runc.preparedContainerIds().contains(ahead.constFirst()));
        QVERIFY(waitForPrepared(runc));
        QVERIFY(!runc.preparedContainerIds().contains(ahead.constFirst()));
        runc.setMaxPrepared(0);
        QCOMPARE(runc.preparedContainerIds().size(), 0);
        runc.setMaxPrepared(4);
    }

    // A changed configuration (here the memory size) drops the sandbox made
    // for the old one: the new instance is made afresh and has the new limit.
    void changedConfigurationDropsThePreparedSandbox()
    {
        OciBackend &runc = *m_runc;
        Started a = start(runc, spec(QStringLiteral("k-128"), QStringLiteral("old"), 128));
        QVERIFY(waitForPrepared(runc));
        const QString old = runc.preparedContainerIds().constFirst();
        const qint64 oldLimit = memoryLimit(runc, old);

        const InstanceSpec changed = spec(QStringLiteral("k-256"), QStringLiteral("new"), 256);
        Started b = start(runc, changed);
        QVERIFY(!b.instance->fromPreparedSandbox());
        const QString id = qobject_cast<OciInstance *>(b.instance.get())->containerId();
        QVERIFY(id != old);
        QCOMPARE(b.firstLine, QByteArray("instance=" + changed.instanceId.toUtf8() + " mark=new"));
        if (runc.memoryLimitEnforced()) {
            QCOMPARE(oldLimit, qint64(128) * 1024 * 1024);
            QCOMPARE(memoryLimit(runc, id), qint64(256) * 1024 * 1024);
        }
        // The old one is removed; one for the new configuration follows.
        QTRY_VERIFY_WITH_TIMEOUT(!containerListed(runc, old) && !QFileInfo::exists(runc.bundleDirectory(old)), 20000);
        QVERIFY(waitForPrepared(runc));
        const QString fresh = runc.preparedContainerIds().constFirst();
        QVERIFY(fresh != old);
        if (runc.memoryLimitEnforced())
            QCOMPARE(memoryLimit(runc, fresh), qint64(256) * 1024 * 1024);
    }

    // Shutdown removes the sandboxes made ahead with the instances: nothing of
    // this process is left (containers, bundles, cgroups, loop devices, links).
    void shutdownLeavesNothing()
    {
        OciBackend runc(QStringLiteral("runc"));
        {
            Started a = start(runc, spec(QStringLiteral("k1"), QStringLiteral("one")));
            QVERIFY(waitForPrepared(runc));
        } // the instance is handed over; the prepared sandbox stays
        QCOMPARE(runc.preparedCount(), 1);
        const SandboxLeftovers before = sandboxLeftovers(runc, QCoreApplication::applicationPid());
        QVERIFY2(before.containers.contains(runc.preparedContainerIds().constFirst()), qPrintable(before.describe()));
        QSignalSpy finished(&runc, &ContainerBackend::shutdownFinished);
        runc.shutdown();
        QVERIFY(finished.wait(30000));
        QCOMPARE(runc.preparedCount(), 0);
        // m_runc may keep prepared sandboxes of its own: only this backend's are looked for.
        m_runc->setMaxPrepared(0);
        QSignalSpy mine(m_runc.get(), &ContainerBackend::shutdownFinished);
        m_runc->shutdown();
        QVERIFY(mine.wait(30000));
        m_runc->setMaxPrepared(4);
        const SandboxLeftovers after = sandboxLeftovers(runc, QCoreApplication::applicationPid());
        QVERIFY2(after.isEmpty(), qPrintable(after.describe()));
    }

    // Only in the child of staleCleanupRemovesPreparedSandboxes(): makes a
    // sandbox ahead, says so, and waits to be SIGKILLed.
    void preparedChild()
    {
        if (!qEnvironmentVariableIsSet("BULLPEN_TST_PREPARED_CHILD"))
            QSKIP("only in the child of staleCleanupRemovesPreparedSandboxes()");
        QVERIFY(m_code.isValid());
        QFile::setPermissions(m_code.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadOther | QFileDevice::ExeOther);
        auto *runc = new OciBackend(QStringLiteral("runc"));
        Started a = start(*runc, spec(QStringLiteral("k1"), QStringLiteral("one")));
        QVERIFY(waitForPrepared(*runc));
        QTextStream(stdout) << "PREPARED " << runc->preparedContainerIds().constFirst() << Qt::endl;
        (void)QTest::qWaitFor([] { return false; }, 120000); // until killed
    }

    // An engine that dies leaves its prepared sandboxes; the next one's stale
    // clean-up removes them like instances.
    void staleCleanupRemovesPreparedSandboxes()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BULLPEN_TST_PREPARED_CHILD"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("preparedChild") });
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += child.readAllStandardOutput()).contains("PREPARED"), 60000);
        const QString containerId = QString::fromUtf8(said.mid(said.indexOf("PREPARED ") + 9).split('\n').first());
        const qint64 childPid = child.processId();
        child.kill();
        QVERIFY(child.waitForFinished(5000));
        QVERIFY(containerListed(*m_runc, containerId));

        OciBackend fresh(QStringLiteral("runc"));
        QSignalSpy cleaned(&fresh, &ContainerBackend::staleCleanupFinished);
        fresh.cleanupStale();
        QVERIFY(cleaned.wait(30000));
        QVERIFY(!containerListed(fresh, containerId));
        QTRY_VERIFY_WITH_TIMEOUT(sandboxLeftovers(fresh, childPid).isEmpty(), 10000);
    }

    // Through the pool: a prepared sandbox is never an instance (neither in
    // instances() nor in the count), the first cold start of a configuration
    // says it made its sandbox, the next one that it found one made ahead,
    // and each instance keeps its own identity (id, log stream).
    void poolTakesPreparedSandboxes()
    {
        const QString why = startBackend(this);
        if (!why.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(why);
        auto *runc = qobject_cast<OciBackend *>(m_backend);
        if (!runc)
            QSKIP("the pool's backend here is not runc");
        startPool(this);
        const FunctionConfig f = poolFunction(QStringLiteral("app.environment"));
        auto invoke = [this](const FunctionConfig &function) {
            Invocation *inv = m_pool->invoke(function, "{}");
            inv->setParent(this);
            const InvocationResult r = waitFor(inv, 300000);
            delete inv;
            return r;
        };
        const InvocationResult first = invoke(f);
        QVERIFY2(first.succeeded(), qPrintable(describe(first)));
        QVERIFY(first.coldStart);
        QVERIFY(!first.preparedSandbox);
        QVERIFY(waitForPrepared(*runc));
        QCOMPARE(m_pool->instanceCount(), 1);
        QCOMPARE(m_pool->instances().size(), 1);

        QVERIFY(waitUntilAllIdle(*m_pool));
        QCOMPARE(m_pool->expireIdleInstances(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_pool->instanceCount(), 0, 20000);
        QCOMPARE(m_pool->instances().size(), 0); // the prepared sandbox is none of them
        QCOMPARE(runc->preparedCount(), 1);

        m_events.clear();
        const InvocationResult second = invoke(f);
        QVERIFY2(second.succeeded(), qPrintable(describe(second)));
        QVERIFY(second.coldStart);
        QVERIFY(second.preparedSandbox);
        QVERIFY(second.instanceId != first.instanceId);
        const QJsonObject env1 = payloadJson(first).toObject().value(u"env").toObject();
        const QJsonObject env2 = payloadJson(second).toObject().value(u"env").toObject();
        QVERIFY(!env2.value(u"AWS_LAMBDA_LOG_STREAM_NAME").toString().isEmpty());
        QVERIFY(env2.value(u"AWS_LAMBDA_LOG_STREAM_NAME") != env1.value(u"AWS_LAMBDA_LOG_STREAM_NAME"));
        QCOMPARE(env2.value(u"AWS_LAMBDA_FUNCTION_MEMORY_SIZE"), env1.value(u"AWS_LAMBDA_FUNCTION_MEMORY_SIZE"));
        const QList<PoolEvent> ready = eventsOf(PoolEventType::InstanceSandboxReady, second.instanceId);
        QCOMPARE(ready.size(), 1);
        QVERIFY(ready.constFirst().preparedSandbox);
        const QList<PoolEvent> finished = eventsOf(PoolEventType::InvocationFinished);
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.constFirst().coldStart);
        QVERIFY(finished.constFirst().preparedSandbox);
        QCOMPARE(m_pool->instanceCount(), 1);

        // A changed environment is a changed configuration: the next cold
        // start makes its own sandbox and sees the new value.
        QVERIFY(waitForPrepared(*runc));
        QVERIFY(waitUntilAllIdle(*m_pool));
        QCOMPARE(m_pool->expireIdleInstances(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_pool->instanceCount(), 0, 20000);
        FunctionConfig changed = f;
        changed.environment.insert(QStringLiteral("BULLPEN_TST_CHANGED"), QStringLiteral("yes"));
        const InvocationResult third = invoke(changed);
        QVERIFY2(third.succeeded(), qPrintable(describe(third)));
        QVERIFY(third.coldStart);
        QVERIFY(!third.preparedSandbox);
        QCOMPARE(payloadJson(third).toObject().value(u"env").toObject().value(u"BULLPEN_TST_CHANGED").toString(),
                 QStringLiteral("yes"));
        stopPool();
        QSignalSpy done(m_backend, &ContainerBackend::shutdownFinished);
        m_backend->shutdown();
        QVERIFY(done.wait(30000));
        QCOMPARE(runc->preparedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPreparedSandbox)
#include "tst_preparedsandbox.moc"
