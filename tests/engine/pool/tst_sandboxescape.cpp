// SPDX-License-Identifier: MIT
// A hostile handler against the sandbox (issue 15, decisions §3): each test
// invokes a real Python handler (functions/python/hostile.py) that tries one
// way out, on a real backend (runc by default; Docker with
// BULLPEN_TEST_BACKEND=docker), and fails if the way out works. Each also
// checks that the handler could tell (the same call inside the sandbox's
// rules succeeds), so that a handler that reports nothing cannot pass.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "engine/sandbox/docker/dockerbackend.h"
#include "engine/sandbox/ocibackend.h"
#include "engine/sandbox/sandboxnetwork.h"
#include "tests/support/ciskip.h"
#include "tests/support/pooltestsupport.h"

#include <unistd.h>

using namespace Bullpen;
using namespace Qt::StringLiterals;
using namespace Bullpen::TestSupport;

namespace {

FunctionConfig hostile(const QString &action, int memoryMb = 128)
{
    FunctionConfig f = poolFunction(QStringLiteral("hostile.") + action);
    f.memorySizeMb = memoryMb;
    f.timeoutSeconds = 60;
    return f;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Host processes whose command line contains marker (the test sees every
// container's processes: they run in its PID namespace's descendants).
QList<qint64> hostProcessesWith(const QByteArray &marker)
{
    QList<qint64> found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(marker))
            found << pid;
    }
    return found;
}

// This process's children whose command is name.
QList<qint64> childrenNamed(const QByteArray &name)
{
    QList<qint64> found;
    const QByteArray us = QByteArray::number(QCoreApplication::applicationPid());
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        QFile status(QStringLiteral("/proc/%1/status").arg(entry));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        QByteArray command, parent;
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("Name:"))
                command = line.mid(5).trimmed();
            else if (line.startsWith("PPid:"))
                parent = line.mid(5).trimmed();
        }
        if (command == name && parent == us)
            found << entry.toLongLong();
    }
    return found;
}

// A service of the user's on the host: it greets whoever connects.
class HostService : public QTcpServer
{
public:
    static inline const QString Greeting = QStringLiteral("hello from the host");
    int accepted = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        ++accepted;
        socket->write(Greeting.toLatin1());
        socket->disconnectFromHost();
    }
};

} // namespace

class TestSandboxEscape : public QObject, private PoolFixture
{
    Q_OBJECT

    InvocationResult invoke(const FunctionConfig &f, const QJsonObject &event = {})
    {
        Invocation *inv = m_pool->invoke(f, json(event));
        inv->setParent(this);
        const InvocationResult r = waitFor(inv, 120000);
        delete inv;
        return r;
    }
    QJsonObject answer(const FunctionConfig &f, const QJsonObject &event = {})
    {
        const InvocationResult r = invoke(f, event);
        if (!r.succeeded()) {
            qWarning().noquote() << describe(r);
            return {};
        }
        return payloadJson(r).toObject();
    }
    bool isDocker() const { return qobject_cast<const DockerBackend *>(m_backend) != nullptr; }
    bool isPodman() const
    {
        const auto *docker = qobject_cast<const DockerBackend *>(m_backend);
        return docker && docker->isPodman();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = startBackend(this);
        if (!why.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(why);
        if (m_backend->name() == QLatin1String("process"))
            QSKIP("the process backend isolates nothing (docs/reliability.md)");
        if (!m_backend->runtimeApiReach().ownNamespace)
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("the %1 backend gives no instance a network namespace of its own "
                                                  "here (the engine is not root)")
                                       .arg(m_backend->name()));
    }
    void init() { startPool(this); }
    void cleanup() { stopPool(); }

    void cannotWriteOutsideTmp()
    {
        const QStringList paths { u"/var/task/escaped"_s, u"/var/runtime/escaped"_s, u"/opt/escaped"_s,
                                  u"/etc/escaped"_s,      u"/usr/escaped"_s,         u"/escaped"_s,
                                  u"/home/escaped"_s,     u"/var/escaped"_s,         u"/run/escaped"_s,
                                  u"/root/escaped"_s };
        const QJsonObject o = answer(hostile(QStringLiteral("write_outside_tmp")),
                                     { { u"paths"_s, QJsonArray::fromStringList(paths) } });
        QVERIFY(!o.isEmpty());
        QVERIFY2(o.value(u"/tmp/inside").isNull(), "writing /tmp must work");
        for (const QString &path : paths)
            QVERIFY2(o.value(path).isString(), qPrintable(path + QStringLiteral(" was written")));
        // Nothing reached the host's copy of the code.
        QVERIFY(!QFileInfo::exists(QStringLiteral(BULLPEN_SOURCE_DIR "/tests/engine/pool/functions/python/escaped")));
    }

    void cannotReadHostFiles()
    {
        // The host's secrets and anything beyond the function's own code: the
        // test's own home, the repository around the function, the engine's
        // state, the Docker socket, /etc/shadow.
        const QString home = QDir::homePath();
        const QStringList paths { home + QStringLiteral("/.aws/credentials"),
                                  home + QStringLiteral("/.bash_history"),
                                  QStringLiteral(BULLPEN_SOURCE_DIR "/CMakeLists.txt"),
                                  QStringLiteral("/etc/shadow"),
                                  QStringLiteral("/run/docker.sock"),
                                  QStringLiteral("/var/run/docker.sock"),
                                  QStringLiteral("/proc/1/root/etc/shadow") };
        const QStringList folders { home, QStringLiteral(BULLPEN_SOURCE_DIR), QStringLiteral("/run/bullpen"),
                                    QStringLiteral("/root"), QStringLiteral("/var/task") };
        const QJsonObject o = answer(hostile(QStringLiteral("read_host_files")),
                                     { { u"paths"_s, QJsonArray::fromStringList(paths) },
                                       { u"folders"_s, QJsonArray::fromStringList(folders) } });
        QVERIFY(!o.isEmpty());
        for (const QString &path : paths)
            QVERIFY2(!o.value(path).toObject().value(u"read").toBool(),
                     qPrintable(path + QStringLiteral(" was read: ")
                                + o.value(path).toObject().value(u"content").toString().left(80)));
        // The function's own code is there (the handler can list what it may).
        const QJsonObject task = o.value(u"/var/task").toObject();
        QVERIFY(task.value(u"listed").toBool());
        QVERIFY(task.value(u"entries").toArray().contains(QStringLiteral("hostile.py")));
        for (const QString &folder : folders.mid(0, 4)) {
            const QJsonObject seen = o.value(folder).toObject();
            // Absent, or an empty mount point of the runtime's own root file system.
            QVERIFY2(!seen.value(u"listed").toBool() || seen.value(u"entries").toArray().isEmpty(),
                     qPrintable(folder + QStringLiteral(" is visible: ")
                                + QString::fromUtf8(QJsonDocument(seen).toJson(QJsonDocument::Compact))));
        }
    }

    void cannotChangeSysOrItsCgroup()
    {
        // /sys and the instance's cgroup are there to be read (the function's
        // real limits, as in a Docker container), never written: not the
        // limits, not the group's members, not a new group, not the kernel's
        // settings. Some files exist only on v1 or v2: a missing one is ENOENT.
        const QStringList files { u"/sys/fs/cgroup/memory.max"_s,
                                  u"/sys/fs/cgroup/memory/memory.limit_in_bytes"_s,
                                  u"/sys/fs/cgroup/cpu.max"_s,
                                  u"/sys/fs/cgroup/cpu/cpu.cfs_quota_us"_s,
                                  u"/sys/fs/cgroup/cgroup.procs"_s,
                                  u"/sys/fs/cgroup/memory/cgroup.procs"_s,
                                  u"/sys/fs/cgroup/pids/pids.max"_s,
                                  u"/sys/kernel/uevent_helper"_s,
                                  u"/sys/kernel/mm/transparent_hugepage/enabled"_s,
                                  u"/sys/class/net/lo/mtu"_s };
        const QStringList folders { u"/sys/fs/cgroup"_s, u"/sys/fs/cgroup/memory"_s, u"/sys/fs/cgroup/pids"_s,
                                    u"/sys"_s, u"/sys/kernel"_s };
        const QJsonObject o = answer(hostile(QStringLiteral("sys_and_cgroups"), 256),
                                     { { u"files"_s, QJsonArray::fromStringList(files) },
                                       { u"folders"_s, QJsonArray::fromStringList(folders) } });
        QVERIFY(!o.isEmpty());
        const QString dump = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        // The handler could tell: it reads its own memory limit, MemorySize.
        QVERIFY2(o.value(u"limit"_s).toObject().value(u"value"_s).toString() == QString::number(256LL * 1024 * 1024),
                 qPrintable(dump));
        for (const QString &file : files)
            QVERIFY2(o.value(u"writes"_s).toObject().value(file).isString(),
                     qPrintable(file + QStringLiteral(" was written: ") + dump));
        for (const QString &folder : folders)
            QVERIFY2(o.value(u"folders"_s).toObject().value(folder).isString(),
                     qPrintable(folder + QStringLiteral("/escaped was made: ") + dump));
        // Its own network's devices (those /proc/net/dev lists in its
        // namespace), none of the host's.
        const QJsonArray devices = o.value(u"devices"_s).toArray();
        QVERIFY2(devices.contains(u"lo"_s), qPrintable(dump));
        QCOMPARE(devices, o.value(u"ownDevices"_s).toArray());
    }

    void cannotSeeOrSignalHostProcesses()
    {
        const qint64 self = QCoreApplication::applicationPid();
        const QJsonObject o = answer(hostile(QStringLiteral("processes")),
                                     { { u"marker"_s, QStringLiteral("tst_sandboxescape") },
                                       { u"hostPids"_s, QJsonArray { self, qint64(getppid()) } } });
        QVERIFY(!o.isEmpty());
        QVERIFY2(o.value(u"seen").toArray().isEmpty(), "the handler sees the test's process");
        // Its own processes only: a handful, its runtime among them.
        const QJsonArray pids = o.value(u"pids").toArray();
        QVERIFY(!pids.isEmpty());
        QVERIFY2(pids.size() < 10, qPrintable(QString::number(pids.size())));
        const QJsonObject kills = o.value(u"signals").toObject();
        QCOMPARE(kills.value(QString::number(self)).toString(), QStringLiteral("ESRCH"));
        QCOMPARE(kills.value(QString::number(getppid())).toString(), QStringLiteral("ESRCH"));
    }

    void cannotGainPrivileges()
    {
        const QJsonObject o = answer(hostile(QStringLiteral("privileges")));
        QVERIFY(!o.isEmpty());
        const QString dump = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        QCOMPARE(o.value(u"uid").toInt(), 993);
        QCOMPARE(o.value(u"euid").toInt(), 993);
        QCOMPARE(o.value(u"CapEff").toString(), QStringLiteral("0000000000000000"));
        QCOMPARE(o.value(u"CapPrm").toString(), QStringLiteral("0000000000000000"));
        // No new privileges: a setuid binary's bit is ignored on exec.
        QCOMPARE(o.value(u"NoNewPrivs").toString(), QStringLiteral("1"));
        QVERIFY2(o.value(u"Seccomp").toString() == QStringLiteral("2"), qPrintable(dump)); // a filter is on
        // ptrace of its own processes is all there is to reach (its PID
        // namespace); Docker's profile allows that, Bullpen's OCI filter not.
        QStringList refused { u"setuid"_s, u"setgid"_s, u"unshareUser"_s, u"unshareNet"_s, u"unshareMount"_s,
                              u"setns"_s,  u"mount"_s,  u"keyctl"_s,      u"bpf"_s,        u"cloneNewUser"_s };
        if (!isDocker())
            refused << u"ptrace"_s;
        for (const QString &key : std::as_const(refused)) {
            QVERIFY2(o.value(key).isString(), qPrintable(QStringLiteral("%1 succeeded: %2").arg(key, dump)));
        }
        // User namespaces are refused by the filter itself (EPERM), not by a
        // missing capability that a user namespace would give back.
        QCOMPARE(o.value(u"unshareUser").toString(), QStringLiteral("EPERM"));
        QCOMPARE(o.value(u"cloneNewUser").toString(), QStringLiteral("EPERM"));
    }

    void reachesOnlyItsOwnRuntimeApi()
    {
        // A listener of the engine's on the host's loopback (as the Invoke API
        // and API Gateway are), and a second instance busy meanwhile.
        QTcpServer engineListener;
        QVERIFY(engineListener.listen(QHostAddress::LocalHost));
        const QString port = QString::number(engineListener.serverPort());
        // A service of the user's on the host, listening on all its addresses:
        // the one thing of the host's the handler may reach, by name.
        HostService service;
        QVERIFY(service.listen(QHostAddress::AnyIPv4));
        const QString servicePort = QString::number(service.serverPort());
        m_pool->setMaxInstancesPerFunction(4);
        Invocation *busy = m_pool->invoke(poolFunction(QStringLiteral("app.sleep")), R"({"seconds": 20})");
        busy->setParent(this);
        QTRY_VERIFY_WITH_TIMEOUT(!eventsOf(PoolEventType::InstanceBusy).isEmpty(), 60000);

        const QString reachable = QStringLiteral("host.docker.internal:") + servicePort;
        // The engine's loopback listener under every name the host has in
        // there: 127.0.0.1 (the instance's own loopback), the host's name and
        // the user-mode gateway of runc's link (slirp maps it to the host's
        // loopback unless told not to) or Docker's bridge gateway.
        QStringList targets { QStringLiteral("127.0.0.1:9001"), reachable, QStringLiteral("127.0.0.1:") + port,
                              QStringLiteral("host.docker.internal:") + port };
        if (isDocker())
            targets << QStringLiteral("172.17.0.1:") + port; // Docker's bridge gateway: the host
        else
            targets << QStringLiteral("10.0.2.2:") + port << QStringLiteral("10.0.2.2:") + servicePort;
        const QJsonObject o
            = answer(hostile(QStringLiteral("connect")), { { u"targets"_s, QJsonArray::fromStringList(targets) } });
        QVERIFY(!o.isEmpty());
        const QString dump = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        // Its own Runtime API, at the one address Lambda's runtimes use.
        const QJsonObject own = o.value(u"127.0.0.1:9001").toObject();
        QVERIFY2(own.value(u"connected").toBool(), qPrintable(dump));
        QVERIFY2(own.value(u"answer").toString().startsWith(u"HTTP/1.")
                     && own.value(u"answer").toString().contains(u" 404 "),
                 qPrintable(dump));
        // The user's service on the host, through host.docker.internal.
        QVERIFY2(o.value(reachable).toObject().value(u"answer").toString() == HostService::Greeting, qPrintable(dump));
        QCOMPARE(service.accepted, 1);
        for (const QString &target : targets.mid(2))
            QVERIFY2(!o.value(target).toObject().value(u"connected").toBool(),
                     qPrintable(target + QStringLiteral(" reached: ") + dump));
        // Nothing else listens where it looks: no other instance's Runtime
        // API, none of the engine's listeners.
        QCOMPARE(o.value(u"listening").toArray(), QJsonArray { QStringLiteral("127.0.0.1:9001") });
        QVERIFY(!engineListener.hasPendingConnections());
        // From the host, the fixed address is no instance's either.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, SandboxNetwork::RuntimeApiPort);
        if (probe.waitForConnected(2000)) {
            probe.write("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n");
            probe.waitForReadyRead(2000);
            QVERIFY2(!probe.readAll().contains("Lambda-Runtime-Aws-Request-Id"), "the host reaches a Runtime API");
        }
        busy->cancel();
    }

    void fillingTmpGivesEnospcNotOom()
    {
        // 128 MB of memory, 512 MB of /tmp: Lambda gives ENOSPC at the cap.
        const InvocationResult r = invoke(hostile(QStringLiteral("fill_tmp"), 128));
        if (isPodman())
            QEXPECT_FAIL("", "Podman's /tmp is a tmpfs charged to memory (docs/reliability.md)", Abort);
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        const QJsonObject o = payloadJson(r).toObject();
        QCOMPARE(o.value(u"error").toString(), QStringLiteral("ENOSPC"));
        QCOMPARE(o.value(u"tmpSizeMb").toInt(), 512);
        QVERIFY2(o.value(u"writtenMb").toInt() > 480 && o.value(u"writtenMb").toInt() <= 512,
                 qPrintable(QString::number(o.value(u"writtenMb").toInt())));
        // The instance lives on, and serves the next call warm.
        const InvocationResult next = invoke(hostile(QStringLiteral("fill_tmp"), 128));
        QVERIFY2(next.succeeded(), qPrintable(describe(next)));
        QVERIFY(!next.coldStart);
    }

    void forkLoopGetsEagain()
    {
        // MemorySize >= 1,024 MB, so the process limit answers before memory (decisions §4).
        const InvocationResult r = invoke(hostile(QStringLiteral("fork_loop"), 1024));
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        const QJsonObject o = payloadJson(r).toObject();
        QCOMPARE(o.value(u"error").toString(), QStringLiteral("EAGAIN"));
        QVERIFY2(o.value(u"forked").toInt() > 0 && o.value(u"forked").toInt() <= 1024,
                 qPrintable(QString::number(o.value(u"forked").toInt())));
        QVERIFY2(invoke(hostile(QStringLiteral("fork_loop"), 1024)).succeeded(), "the instance did not recover");
    }

    void detachedGrandchildGoesWithTheInstance()
    {
        const QByteArray marker = "bullpen-escape-" + QByteArray::number(QCoreApplication::applicationPid());
        const InvocationResult r
            = invoke(hostile(QStringLiteral("detach")), { { u"marker"_s, QString::fromLatin1(marker) } });
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        QVERIFY(payloadJson(r).toObject().value(u"grandchild").toInt() > 0);
        // It runs (the test can see it), in a session of its own.
        QTRY_VERIFY_WITH_TIMEOUT(!hostProcessesWith(marker).isEmpty(), 10000);
        QVERIFY(m_pool->stopInstance(r.instanceId));
        QTRY_COMPARE_WITH_TIMEOUT(m_pool->instanceCount(), 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(hostProcessesWith(marker).isEmpty(), 30000);
    }

    void outboundLinkEndsWithTheInstance()
    {
        // Each runc instance's namespace is linked to the outside by a
        // slirp4netns of the engine's: one per instance while it lives, none
        // once it has stopped. Docker's bridge links its containers itself.
        const int perInstance = isDocker() ? 0 : 1;
        // Sandboxes made ahead have links of their own (tst_preparedsandbox
        // checks that they go too): none here, so that links count instances.
        auto *oci = qobject_cast<OciBackend *>(m_backend);
        const int prepared = oci ? oci->maxPrepared() : 0;
        if (oci)
            oci->setMaxPrepared(0);
        const auto restore = qScopeGuard([oci, prepared] {
            if (oci)
                oci->setMaxPrepared(prepared);
        });
        m_pool->setMaxInstancesPerFunction(4);
        QList<Invocation *> calls;
        for (int i = 0; i < 2; ++i) {
            calls << m_pool->invoke(poolFunction(QStringLiteral("app.sleep")), R"({"seconds": 20})");
            calls.last()->setParent(this);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_pool->instanceCount(), 2, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(m_pool->instances().at(0).state == InstanceState::Busy
                                     && m_pool->instances().at(1).state == InstanceState::Busy,
                                 60000);
        QCOMPARE(childrenNamed("slirp4netns").size(), 2 * perInstance);
        const QList<qint64> helpers = childrenNamed("slirp4netns");
        for (Invocation *call : std::as_const(calls))
            call->cancel();
        const QList<InstanceInfo> instances = m_pool->instances();
        for (const InstanceInfo &instance : instances)
            m_pool->stopInstance(instance.instanceId);
        QTRY_COMPARE_WITH_TIMEOUT(m_pool->instanceCount(), 0, 30000);
        for (const qint64 pid : helpers)
            QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)), 10000);
        QVERIFY(childrenNamed("slirp4netns").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxEscape)
#include "tst_sandboxescape.moc"
