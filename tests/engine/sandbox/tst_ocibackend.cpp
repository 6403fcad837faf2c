// SPDX-License-Identifier: MIT
// Real runc containers. As root every check runs twice: here, and in a copy of
// this executable re-run as "nobody" (rootless). As an ordinary user only the
// rootless run happens.
#include "engine/sandbox/containerbackend.h"
#include "engine/sandbox/ocibackend.h"
#include "engine/sandbox/ociinstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/ciskip.h"
#include <memory>
#include <unistd.h>

using namespace Bullpen;

namespace {

struct Run
{
    QList<QByteArray> out;
    QList<QByteArray> err;
    InstanceExit exit;
    bool exited = false;
    QString failure;
};

} // namespace

// The OCI runtime under test: runc by default; CMake registers the test once
// per runtime (tst_ocibackend, tst_ocibackend_crun) through this variable.
static QString runtimeName()
{
    return qEnvironmentVariable("BULLPEN_TEST_OCI_RUNTIME", QStringLiteral("runc"));
}

class TestOciBackend : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OciBackend> m_backend;
    QTemporaryDir m_code { QDir::tempPath() + QStringLiteral("/bullpen-tst-XXXXXX") };
    int m_counter = 0;
    QHash<QByteArray, QByteArray> m_facts;

    InstanceSpec spec(const QStringList &command)
    {
        InstanceSpec s;
        s.instanceId = QStringLiteral("tst-%1-%2").arg(QCoreApplication::applicationPid()).arg(++m_counter);
        s.codeDirectory = m_code.path();
        s.command = command;
        s.environment = { { QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin") },
                          { QStringLiteral("HOME"), QStringLiteral("/home/sbx_user1051") } };
        return s;
    }
    InstanceSpec shell(const QString &script)
    {
        return spec({ QStringLiteral("/bin/sh"), QStringLiteral("-c"), script });
    }

    // Starts an instance and collects everything until it has exited.
    Run run(const InstanceSpec &s, int timeoutMs = 30000, SandboxInstance::ListenerSink sink = {})
    {
        Run result;
        std::unique_ptr<SandboxInstance> instance(m_backend->create(s, nullptr));
        if (sink)
            instance->setRuntimeApiListenerSink(std::move(sink));
        connect(instance.get(), &SandboxInstance::output, this, [&result](const QByteArray &line, bool isStderr) {
            (isStderr ? result.err : result.out).append(line);
        });
        connect(instance.get(), &SandboxInstance::failed, this, [&result](const QString &m) { result.failure = m; });
        connect(instance.get(), &SandboxInstance::exited, this, [&result](const InstanceExit &e) {
            result.exit = e;
            result.exited = true;
        });
        instance->start();
        (void)QTest::qWaitFor([&] { return result.exited || !result.failure.isEmpty(); }, timeoutMs);
        return result;
    }

    bool isRootless() const { return geteuid() != 0; }

    void checkNothingLeft(const QString &containerId)
    {
        QProcess list;
        list.start(m_backend->binary(), m_backend->runtimeArguments({ QStringLiteral("list"), QStringLiteral("-q") }));
        QVERIFY(list.waitForFinished(10000));
        QVERIFY2(!list.readAllStandardOutput().contains(containerId.toUtf8()), qPrintable(containerId));
        QVERIFY(!QFileInfo::exists(m_backend->bundleDirectory(containerId)));
        for (const QString &dir : m_backend->cgroupDirectories(containerId))
            QVERIFY2(!QFileInfo::exists(dir), qPrintable(dir));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("BULLPEN_TST_STALE_CHILD"))
            return;
        m_backend = std::make_unique<OciBackend>(runtimeName());
        QString why;
        if (!m_backend->isAvailable(&why)) {
            // crun is the one runtime CI may lack (this machine's hybrid
            // cgroups): it skips with crun's own reason; any other fails in CI.
            if (runtimeName() == QLatin1String("crun"))
                QSKIP(qPrintable(QStringLiteral("crun unavailable: ") + why));
            BULLPEN_SKIP_UNLESS_CI(runtimeName() + QStringLiteral(" unavailable: ") + why);
        }
        QVERIFY(m_code.isValid());
        QFile::setPermissions(m_code.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                  | QFileDevice::ExeGroup);
        QFile marker(m_code.path() + QStringLiteral("/handler.txt"));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.write("code\n");
        marker.close();
        qInfo("%s as uid %u; note: %s", qPrintable(runtimeName()), geteuid(), qPrintable(m_backend->limitationNote()));
    }

    void cleanupTestCase()
    {
        if (m_backend)
            m_backend->shutdownNow(QDeadlineTimer(5000));
    }

    void outputArrivesLineByLine()
    {
        std::unique_ptr<SandboxInstance> instance(
            m_backend->create(shell(QStringLiteral("echo first; echo second >&2; exec sleep 60")), nullptr));
        QSignalSpy started(instance.get(), &SandboxInstance::started);
        QSignalSpy output(instance.get(), &SandboxInstance::output);
        QSignalSpy exited(instance.get(), &SandboxInstance::exited);
        instance->start();
        QVERIFY(started.wait(20000));
        QVERIFY(instance->pid() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(output.size(), 2, 10000);
        QVERIFY(exited.isEmpty()); // lines came while it still runs
        QList<QPair<QByteArray, bool>> lines;
        for (const QList<QVariant> &args : output)
            lines.append({ args.at(0).toByteArray(), args.at(1).toBool() });
        QVERIFY(lines.contains(qMakePair(QByteArray("first"), false)));
        QVERIFY(lines.contains(qMakePair(QByteArray("second"), true)));
        instance->kill();
        QVERIFY(exited.wait(10000));
    }

    void partialLastLineIsFlushed()
    {
        const Run r = run(shell(QStringLiteral("printf 'a\\nb'")));
        QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
        QCOMPARE(r.out, (QList<QByteArray> { "a", "b" }));
    }

    void isolation_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("uid") << QByteArray("uid") << QByteArray("993");
        QTest::newRow("gid") << QByteArray("gid") << QByteArray("990");
        QTest::newRow("no capabilities") << QByteArray("CapEff") << QByteArray("0000000000000000");
        QTest::newRow("no new privileges") << QByteArray("NoNewPrivs") << QByteArray("1");
        QTest::newRow("seccomp filter") << QByteArray("Seccomp") << QByteArray("2");
        QTest::newRow("own pid namespace") << QByteArray("pid") << QByteArray("1");
        QTest::newRow("/var/task read-only") << QByteArray("taskwrite") << QByteArray("refused");
        QTest::newRow("/var/task holds the code") << QByteArray("code") << QByteArray("code");
        QTest::newRow("/tmp writable") << QByteArray("tmpwrite") << QByteArray("ok");
        QTest::newRow("/tmp executable") << QByteArray("tmpexec") << QByteArray("ok");
        QTest::newRow("/tmp size") << QByteArray("tmpsize") << QByteArray("524288");
        QTest::newRow("root read-only") << QByteArray("rootwrite") << QByteArray("refused");
        QTest::newRow("open files") << QByteArray("nofile") << QByteArray("1024");
        QTest::newRow("hostname") << QByteArray("hostname") << QByteArray("localhost");
    }
    void isolation()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, expected);
        if (m_facts.isEmpty()) {
            const Run r = run(shell(QStringLiteral(
                "echo uid=$(id -u); echo gid=$(id -g); grep -E '^(CapEff|NoNewPrivs|Seccomp):' /proc/self/status | tr "
                "-d '\\t' "
                "| tr ':' '='; echo pid=$$; "
                "if touch /var/task/x 2>/dev/null; then echo taskwrite=ok; else echo taskwrite=refused; fi; "
                "echo code=$(cat /var/task/handler.txt); "
                "if touch /tmp/x; then echo tmpwrite=ok; else echo tmpwrite=refused; fi; "
                "cp /bin/true /tmp/t && /tmp/t && echo tmpexec=ok; "
                "echo tmpsize=$(df -k /tmp | awk 'NR==2 {print $2}'); "
                "if touch /x 2>/dev/null; then echo rootwrite=ok; else echo rootwrite=refused; fi; "
                "echo nofile=$(ulimit -n); echo hostname=$(cat /proc/sys/kernel/hostname)")));
            QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
            QCOMPARE(r.exit.reason, QStringLiteral("exit status 0"));
            for (const QByteArray &line : r.out) {
                const qsizetype eq = line.indexOf('=');
                if (eq > 0)
                    m_facts.insert(line.left(eq), line.mid(eq + 1));
            }
            if (!r.err.isEmpty())
                qWarning() << r.err;
        }
        QCOMPARE(m_facts.value(key), expected);
    }

    void environmentIsExact()
    {
        InstanceSpec s = spec({ QStringLiteral("/usr/bin/env") });
        s.environment.insert(QStringLiteral("AWS_LAMBDA_FUNCTION_NAME"), QStringLiteral("fn"));
        s.environment.insert(QStringLiteral("WITH_SPACES"), QStringLiteral("a b  c"));
        s.environment.insert(QStringLiteral("EMPTY"), QString());
        const Run r = run(s);
        QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
        QStringList got;
        for (const QByteArray &line : r.out)
            got << QString::fromUtf8(line);
        QStringList expected;
        for (auto it = s.environment.cbegin(); it != s.environment.cend(); ++it)
            expected << it.key() + QLatin1Char('=') + it.value();
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
    }

    // As root, its own network namespace: the host's loopback is out of reach,
    // and 127.0.0.1:9001 is the listener the instance made inside and handed
    // over; a service on all of the host's addresses is reached through its
    // link, as host.docker.internal. Rootless, the host's network (the runtime
    // dials the engine there; host.docker.internal is the host's loopback).
    void network()
    {
        QTcpServer host;
        QVERIFY(host.listen(QHostAddress::LocalHost));
        QTcpServer inside;
        QTcpServer service;
        QVERIFY(service.listen(QHostAddress::AnyIPv4));
        const QString script = QStringLiteral("import socket\n"
                                              "for name, port in (('127.0.0.1', %1), ('127.0.0.1', 9001),\n"
                                              "                   ('host.docker.internal', %2)):\n"
                                              "    try:\n"
                                              "        s = socket.create_connection((name, port), timeout=5)\n"
                                              "        s.sendall(b'hello from the container')\n"
                                              "        s.close()\n"
                                              "        print(port, 'connected')\n"
                                              "    except OSError:\n"
                                              "        print(port, 'refused')\n")
                                   .arg(host.serverPort())
                                   .arg(service.serverPort());
        const Run r = run(spec({ QStringLiteral("python3"), QStringLiteral("-c"), script }), 30000,
                          [&inside](int fd, QString *error) {
                              if (inside.setSocketDescriptor(fd))
                                  return true;
                              *error = inside.errorString();
                              return false;
                          });
        QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
        QCOMPARE(r.exit.reason, QStringLiteral("exit status 0"));
        const QByteArray hostLine = QByteArray::number(host.serverPort()) + ' ';
        const QByteArray serviceLine = QByteArray::number(service.serverPort()) + " connected";
        QTcpServer &reached = m_backend->ownNetwork() ? inside : host;
        QCOMPARE(m_backend->ownNetwork(), !isRootless());
        if (m_backend->ownNetwork()) {
            QCOMPARE(m_backend->runtimeApiReach().ownNamespace, true);
            QCOMPARE(m_backend->outboundNetwork(), true);
            QCOMPARE(r.out, (QList<QByteArray> { hostLine + "refused", "9001 connected", serviceLine }));
            QVERIFY(!host.hasPendingConnections());
        } else {
            QCOMPARE(r.out.value(0), hostLine + "connected");
            QCOMPARE(r.out.value(2), serviceLine);
        }
        for (QTcpServer *server : { &reached, &service }) {
            QTRY_VERIFY(server->hasPendingConnections());
            QTcpSocket *socket = server->nextPendingConnection();
            QTRY_VERIFY(socket->bytesAvailable() > 0 || socket->state() != QAbstractSocket::ConnectedState);
            QCOMPARE(socket->readAll(), QByteArray("hello from the container"));
        }
    }

    void exits_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("crashed");
        QTest::newRow("success") << QStringList { QStringLiteral("/bin/true") } << 0 << 0
                                 << QStringLiteral("exit status 0") << false;
        QTest::newRow("exit 3") << QStringList { QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                                 QStringLiteral("exit 3") }
                                << 3 << 0 << QStringLiteral("exit status 3") << false;
        QTest::newRow("segfault") << QStringList { QStringLiteral("python3"), QStringLiteral("-c"),
                                                   QStringLiteral("import ctypes; ctypes.string_at(0)") }
                                  << 0 << 11 << QStringLiteral("signal: segmentation fault") << true;
    }
    void exits()
    {
        QFETCH(QStringList, command);
        const Run r = run(spec(command));
        QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
        QVERIFY(r.exited);
        QTEST(r.exit.exitCode, "exitCode");
        QTEST(r.exit.signal, "signal");
        QTEST(r.exit.reason, "reason");
        QTEST(r.exit.crashed, "crashed");
        QVERIFY(!r.exit.oomKilled);
    }

    void missingCommandFails()
    {
        const Run r = run(spec({ QStringLiteral("/var/task/no-such-bootstrap") }));
        if (r.exited) {
            // The container's first program is the shell that hands the
            // runtime its direct output (and, rootless, unshare(1)); it then
            // fails to exec the command: the instance starts and exits at once.
            QCOMPARE(r.exit.reason, QStringLiteral("exit status 127"));
            QVERIFY(r.err.join('\n').contains("no-such-bootstrap"));
            return;
        }
        QVERIFY(!r.exited);
        QVERIFY2(r.failure.contains(runtimeName()) && r.failure.contains(QLatin1String("no-such-bootstrap")),
                 qPrintable(r.failure));
    }

    void killLeavesNothing()
    {
        std::unique_ptr<SandboxInstance> instance(
            m_backend->create(spec({ QStringLiteral("sleep"), QStringLiteral("60") }), nullptr));
        const QString id = qobject_cast<OciInstance *>(instance.get())->containerId();
        QSignalSpy started(instance.get(), &SandboxInstance::started);
        QSignalSpy exited(instance.get(), &SandboxInstance::exited);
        instance->start();
        QVERIFY(started.wait(20000));
        QVERIFY(QFileInfo::exists(m_backend->bundleDirectory(id)));
        instance->kill();
        QVERIFY(exited.wait(10000));
        const auto exit = exited.first().first().value<InstanceExit>();
        QCOMPARE(exit.reason, QStringLiteral("signal: killed"));
        QCOMPARE(exit.signal, 9);
        QVERIFY(!exit.crashed);
        QVERIFY(!exit.oomKilled);
        checkNothingLeft(id);
    }

    void killWhileStarting()
    {
        std::unique_ptr<SandboxInstance> instance(
            m_backend->create(spec({ QStringLiteral("sleep"), QStringLiteral("60") }), nullptr));
        const QString id = qobject_cast<OciInstance *>(instance.get())->containerId();
        QSignalSpy exited(instance.get(), &SandboxInstance::exited);
        QSignalSpy failed(instance.get(), &SandboxInstance::failed);
        instance->start();
        instance->kill();
        QTRY_VERIFY_WITH_TIMEOUT(exited.size() + failed.size() == 1, 20000);
        if (!exited.isEmpty())
            QCOMPARE(exited.first().first().value<InstanceExit>().reason, QStringLiteral("signal: killed"));
        checkNothingLeft(id);
    }

    void shutdownRemovesEverything()
    {
        OciBackend backend(runtimeName());
        QStringList ids;
        QList<SandboxInstance *> instances;
        for (int i = 0; i < 2; ++i) {
            SandboxInstance *instance
                = backend.create(spec({ QStringLiteral("sleep"), QStringLiteral("60") }), &backend);
            ids << qobject_cast<OciInstance *>(instance)->containerId();
            QSignalSpy started(instance, &SandboxInstance::started);
            instance->start();
            QVERIFY(started.wait(20000));
            instances << instance;
        }
        QSignalSpy finished(&backend, &ContainerBackend::shutdownFinished);
        QElapsedTimer timer;
        timer.start();
        backend.shutdown();
        const qint64 returnedAfter = timer.elapsed();
        // Asynchronous: the signal comes from this event loop, once everything has gone.
        QVERIFY(finished.isEmpty());
        QVERIFY(backend.isBusy());
        QVERIFY(finished.wait(20000));
        qInfo("shutdown of two containers: returned after %lld ms, finished after %lld ms", returnedAfter,
              timer.elapsed());
        QVERIFY(!backend.isBusy());
        for (SandboxInstance *instance : std::as_const(instances))
            QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/%1/cmdline").arg(instance->pid()))
                    || QFile(QStringLiteral("/proc/%1/cmdline").arg(instance->pid())).size() == 0);
        for (const QString &id : std::as_const(ids))
            checkNothingLeft(id);
    }

    void maxMemory()
    {
        auto measure = [this](int megabytes) -> qint64 {
            std::unique_ptr<SandboxInstance> instance(m_backend->create(
                spec({ QStringLiteral("python3"), QStringLiteral("-c"),
                       QStringLiteral("import sys, time; b = b'x' * (%1 << 20); print('ready', flush=True); "
                                      "time.sleep(60)")
                           .arg(megabytes) }),
                nullptr));
            QSignalSpy output(instance.get(), &SandboxInstance::output);
            QSignalSpy exited(instance.get(), &SandboxInstance::exited);
            instance->start();
            if (!output.wait(20000))
                return -2;
            const qint64 live = instance->maxMemoryUsedBytes();
            instance->kill();
            if (!exited.wait(10000))
                return -3;
            if (instance->maxMemoryUsedBytes() < live) // the last value is kept after exit
                return -4;
            return live;
        };
        const qint64 idle = measure(0);
        const qint64 busy = measure(60);
        qInfo("max memory used: idle python %lld bytes, with 60 MB %lld bytes", idle, busy);
        QVERIFY2(idle > 2 * 1024 * 1024 && idle < 128 * 1024 * 1024, qPrintable(QString::number(idle)));
        QVERIFY2(busy > 60 * 1024 * 1024 && busy < 128 * 1024 * 1024, qPrintable(QString::number(busy)));
        QVERIFY(busy > idle);
    }

    void memoryLimit()
    {
        if (isRootless()) {
            QVERIFY(!m_backend->memoryLimitEnforced());
            QVERIFY(m_backend->limitationNote().contains(QLatin1String("memory limit not enforced")));
            QSKIP("rootless without a delegated cgroup: the limit is reported as not enforced");
        }
        QVERIFY(m_backend->memoryLimitEnforced());
        InstanceSpec s = spec({ QStringLiteral("python3"), QStringLiteral("-c"),
                                QStringLiteral("b = b'x' * (300 << 20); print('survived')") });
        const Run r = run(s);
        QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
        QVERIFY(!r.out.contains("survived"));
        QVERIFY(r.exit.oomKilled);
        QVERIFY(r.exit.crashed);
        QCOMPARE(r.exit.signal, 9);
        QCOMPARE(r.exit.reason, QStringLiteral("signal: killed"));
    }

    // Lambda's CPU share (decisions §3): the same quota as Docker's NanoCpus,
    // in the config and enforced. Order, not time: a busy loop at 128 MB
    // (0.07 vCPU) is throttled while one at 3,538 MB (2 vCPUs, more than one
    // thread can use) never is.
    void cpuShareFollowsMemory()
    {
        InstanceSpec small = spec({ QStringLiteral("/bin/true") });
        small.memoryMb = 128;
        OciOptions options;
        options.cgroupsPath = QStringLiteral("/bullpen/x");
        const QJsonObject cpu = QJsonDocument::fromJson(OciConfig::build(small, options))
                                    .object()
                                    .value(u"linux")
                                    .toObject()
                                    .value(u"resources")
                                    .toObject()
                                    .value(u"cpu")
                                    .toObject();
        QCOMPARE(cpu.value(u"period").toInteger(), 100000);
        QCOMPARE(cpu.value(u"quota").toInteger(), qint64(128 * 1e9 / 1769) / 10000); // Docker's NanoCpus / 10,000
        if (isRootless())
            QSKIP("rootless without a delegated cgroup: no CPU quota is set");
        auto busy = [this](int memoryMb) {
            InstanceSpec s = spec(
                { QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("echo ready; while :; do :; done") });
            s.memoryMb = memoryMb;
            return s;
        };
        std::unique_ptr<SandboxInstance> slow(m_backend->create(busy(128), nullptr));
        std::unique_ptr<SandboxInstance> fast(m_backend->create(busy(3538), nullptr));
        QSignalSpy slowOut(slow.get(), &SandboxInstance::output);
        QSignalSpy fastOut(fast.get(), &SandboxInstance::output);
        slow->start();
        fast->start();
        QVERIFY(slowOut.wait(20000) || !slowOut.isEmpty());
        QVERIFY(fastOut.wait(20000) || !fastOut.isEmpty());
        auto throttled = [this](SandboxInstance *instance) -> qint64 {
            const QString id = static_cast<OciInstance *>(instance)->containerId();
            for (const QString &dir : m_backend->cgroupDirectories(id)) {
                QFile stat(dir + QStringLiteral("/cpu.stat"));
                if (!stat.open(QIODevice::ReadOnly))
                    continue;
                for (const QByteArray &line : stat.readAll().split('\n')) {
                    if (line.startsWith("nr_throttled "))
                        return line.mid(13).toLongLong();
                }
            }
            return -1;
        };
        QVERIFY2(throttled(slow.get()) >= 0, "no cpu.stat in the container's cgroup");
        QVERIFY(QTest::qWaitFor([&] { return throttled(slow.get()) >= 5; }, 30000));
        QCOMPARE(throttled(fast.get()), 0);
        QSignalSpy slowExit(slow.get(), &SandboxInstance::exited);
        QSignalSpy fastExit(fast.get(), &SandboxInstance::exited);
        slow->kill();
        fast->kill();
        QVERIFY(slowExit.wait(10000) || !slowExit.isEmpty());
        QVERIFY(fastExit.wait(10000) || !fastExit.isEmpty());
    }

    // /sys as a Docker container has it (issue 12: the portability probe
    // reads the local pool's limits): a read-only sysfs of the instance's own
    // network namespace, and over it its own cgroup, read-only, in a cgroup
    // namespace of its own. The instance reads its real memory limit and CPU
    // quota (v1 or v2 files), sees no other group and can change nothing.
    void seesItsOwnLimitsReadOnly()
    {
        if (isRootless() || !m_backend->ownNetwork())
            QSKIP("no network namespace per instance here (rootless or no CAP_SYS_ADMIN): no /sys inside");
        if (!m_backend->memoryLimitEnforced())
            QSKIP("no memory cgroup on this machine");
        InstanceSpec s = shell(QStringLiteral(
            "for f in /sys/fs/cgroup/memory.max /sys/fs/cgroup/memory/memory.limit_in_bytes; do "
            "  [ -r $f ] && { echo memory=$(cat $f); echo memoryfile=$f; break; }; done; "
            "for f in /sys/fs/cgroup/cpu.max /sys/fs/cgroup/cpu/cpu.cfs_quota_us; do "
            "  [ -r $f ] && { echo cpu=$(cat $f); break; }; done; "
            "echo groups=$(cut -d: -f3 /proc/self/cgroup | sort -u | tr '\\n' ' '); "
            "echo net=$(ls /sys/class/net | sort | tr '\\n' ' '); "
            "echo netns=$(tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' ' | sort | tr '\\n' ' '); "
            // the last mount on each point is the one in effect
            "echo writable=$(awk '$2 ~ \"^/sys\" {o[$2] = $4} END {for (m in o) if (o[m] !~ \"^ro\") print m}' "
            "/proc/self/mounts | tr '\\n' ' '); "
            "for f in /sys/fs/cgroup/memory.max /sys/fs/cgroup/memory/memory.limit_in_bytes "
            "         /sys/fs/cgroup/cgroup.procs /sys/fs/cgroup/memory/cgroup.procs /sys/kernel/uevent_helper; do "
            "  [ -e $f ] && { if (echo 1 > $f) 2>/dev/null; then echo written=$f; fi; }; done; "
            "for d in /sys/fs/cgroup /sys/fs/cgroup/memory /sys; do "
            "  [ -d $d ] && { if mkdir $d/escape 2>/dev/null; then echo made=$d/escape; fi; }; done; "
            "echo firmware=$(ls -A /sys/firmware 2>/dev/null | wc -l); echo done=1"));
        s.memoryMb = 256;
        const Run r = run(s);
        QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
        QHash<QByteArray, QByteArray> facts;
        QByteArrayList written;
        for (const QByteArray &line : r.out) {
            const qsizetype eq = line.indexOf('=');
            if (eq <= 0)
                continue;
            if (line.startsWith("written=") || line.startsWith("made="))
                written << line;
            facts.insert(line.left(eq), line.mid(eq + 1).trimmed());
        }
        QVERIFY2(facts.value("done") == "1", qPrintable(QString::fromUtf8(r.out.join('\n') + '\n' + r.err.join('\n'))));
        // The limits the engine set, read where a Docker container reads them.
        QVERIFY2(facts.value("memory") == QByteArray::number(256LL * 1024 * 1024),
                 qPrintable(QString::fromUtf8(r.out.join('\n') + '\n' + r.err.join('\n'))));
        const QByteArray quota = QByteArray::number(lambdaCpuQuotaUs(256));
        QVERIFY2(facts.value("cpu") == quota || facts.value("cpu") == quota + " 100000",
                 facts.value("cpu").constData());
        // Its own group is the root of what it sees; its own network's devices
        // (the loopback, the link out), none of the host's.
        QCOMPARE(facts.value("groups"), QByteArray("/"));
        // /sys/class/net lists exactly the devices of its own namespace (/proc/net/dev).
        QVERIFY2(facts.value("net").split(' ').contains("lo"), facts.value("net").constData());
        QCOMPARE(facts.value("net"), facts.value("netns"));
        // Nothing under /sys is writable, nothing was written or made, firmware masked.
        QCOMPARE(facts.value("writable"), QByteArray());
        QVERIFY2(written.isEmpty(), written.join(", ").constData());
        QCOMPARE(facts.value("firmware"), QByteArray("0"));
    }

    // Helper run by cleanupStale() in a child process: starts a container,
    // says so, and waits to be SIGKILLed.
    void staleChild()
    {
        const QByteArray id = qgetenv("BULLPEN_TST_STALE_CHILD");
        if (id.isEmpty())
            QSKIP("only in the child of cleanupStale()");
        OciBackend backend(runtimeName());
        InstanceSpec s = spec({ QStringLiteral("sleep"), QStringLiteral("600") });
        s.instanceId = QString::fromUtf8(id);
        s.codeDirectory = QDir::tempPath();
        SandboxInstance *instance = backend.create(s, &backend);
        QSignalSpy started(instance, &SandboxInstance::started);
        instance->start();
        QVERIFY(started.wait(20000));
        QTextStream(stdout) << "STARTED " << instance->pid() << Qt::endl;
        (void)QTest::qWaitFor([] { return false; }, 120000); // until killed
    }

    void cleanupStale()
    {
        const QString instanceId = QStringLiteral("stale-%1").arg(QCoreApplication::applicationPid());
        const QString containerId = QStringLiteral("bullpen-") + instanceId;
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BULLPEN_TST_STALE_CHILD"), instanceId);
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("staleChild") });
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += child.readAllStandardOutput()).contains("STARTED"), 30000);
        child.kill();
        QVERIFY(child.waitForFinished(5000));
        QVERIFY(QFileInfo::exists(m_backend->bundleDirectory(containerId)));

        OciBackend fresh(runtimeName());
        QSignalSpy cleaned(&fresh, &ContainerBackend::staleCleanupFinished);
        fresh.cleanupStale();
        // Asynchronous: it returns at once, and the caller's event loop runs it.
        QVERIFY(fresh.isCleaningUp());
        QVERIFY(cleaned.isEmpty());
        // An instance asked for meanwhile waits for the clean-up, then starts.
        SandboxInstance *waiting = fresh.create(spec({ QStringLiteral("sleep"), QStringLiteral("60") }), &fresh);
        QSignalSpy started(waiting, &SandboxInstance::started);
        waiting->start();
        QVERIFY(!QFileInfo::exists(fresh.bundleDirectory(qobject_cast<OciInstance *>(waiting)->containerId())));
        QVERIFY(cleaned.wait(20000));
        checkNothingLeft(containerId);
        QVERIFY(started.wait(20000));
        QSignalSpy finished(&fresh, &ContainerBackend::shutdownFinished);
        fresh.shutdown();
        QVERIFY(finished.wait(20000));
        checkNothingLeft(qobject_cast<OciInstance *>(waiting)->containerId());
    }

    void deletingARunningInstanceHandsItOver()
    {
        OciBackend backend(runtimeName());
        auto *instance = backend.create(spec({ QStringLiteral("sleep"), QStringLiteral("60") }), nullptr);
        const QString id = qobject_cast<OciInstance *>(instance)->containerId();
        QSignalSpy started(instance, &SandboxInstance::started);
        instance->start();
        QVERIFY(started.wait(20000));
        delete instance; // returns at once: the backend's teardown kills and removes the container
        QVERIFY(backend.isBusy());
        QSignalSpy finished(&backend, &ContainerBackend::shutdownFinished);
        backend.shutdown();
        QVERIFY(finished.wait(20000));
        checkNothingLeft(id);
    }

    void shutdownNowIsBounded()
    {
        OciBackend backend(runtimeName());
        SandboxInstance *instance = backend.create(spec({ QStringLiteral("sleep"), QStringLiteral("60") }), &backend);
        const QString id = qobject_cast<OciInstance *>(instance)->containerId();
        QSignalSpy started(instance, &SandboxInstance::started);
        instance->start();
        QVERIFY(started.wait(20000));
        backend.shutdownNow(QDeadlineTimer(5000)); // no event loop: everything is gone when it returns
        QVERIFY(!backend.isBusy());
        checkNothingLeft(id);
    }

    // As root: everything above once more as "nobody", rootless.
    void rootless()
    {
        if (isRootless())
            QSKIP("already running rootless");
        if (qEnvironmentVariableIsSet("BULLPEN_TST_NO_ROOTLESS"))
            QSKIP("disabled");
        // The build folder may not be reachable for nobody: run a copy.
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/bullpen-rootless-XXXXXX"));
        QVERIFY(dir.isValid());
        const QString copy = dir.path() + QStringLiteral("/tst_ocibackend");
        QVERIFY(QFile::copy(QCoreApplication::applicationFilePath(), copy));
        QFile::setPermissions(dir.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadOther | QFileDevice::ExeOther);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        env.insert(QStringLiteral("HOME"), QDir::tempPath());
        child.setProcessEnvironment(env);
        child.setWorkingDirectory(QDir::tempPath());
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QStringLiteral("setpriv"),
                    { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                      QStringLiteral("--clear-groups"), copy });
        QVERIFY(child.waitForFinished(240000));
        const QByteArray log = child.readAll();
        if (child.exitCode() != 0 || child.exitStatus() != QProcess::NormalExit)
            qWarning().noquote() << QString::fromUtf8(log);
        QCOMPARE(child.exitCode(), 0);
        QVERIFY(log.contains("memory limit not enforced"));
    }
};

QTEST_GUILESS_MAIN(TestOciBackend)
#include "tst_ocibackend.moc"
