// SPDX-License-Identifier: MIT
// The Docker backend against the real daemon, with the test runtime image
// (fixture docker_test_image): Lambda's limits inside the container, exits,
// OOM, spare containers, the stale clean-up after an engine killed with
// SIGKILL, and a shutdown that leaves nothing behind.
#include "engine/sandbox/docker/dockerbackend.h"
#include "engine/sandbox/docker/dockerimages.h"
#include "engine/sandbox/docker/dockerinstance.h"
#include "engine/sandbox/sandboxfiles.h"
#include "tests/support/ciskip.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    bool started = false;
    QString failed;
    InstanceExit exit;
    bool exited = false;
    QStringList stdoutLines;
    QStringList stderrLines;
};

InstanceSpec pythonSpec(const QString &id, const QString &code)
{
    InstanceSpec spec;
    spec.instanceId = id;
    spec.codeDirectory = QStringLiteral(BULLPEN_SOURCE_DIR "/tests/engine/pool/functions/python");
    spec.runtime = QStringLiteral("python3.12");
    spec.command = { u"python3"_s, u"-u"_s, u"-c"_s, code };
    spec.memoryMb = 256;
    spec.tmpSizeMb = 64;
    return spec;
}

// Synchronous helper of the test (not of the code under test): one API call.
DockerResponse call(DockerBackend *backend, const QByteArray &verb, const QString &path, const QByteArray &body = {})
{
    DockerResponse result;
    bool done = false;
    backend->client()->call(verb, path, body, nullptr, [&](const DockerResponse &r) {
        result = r;
        done = true;
    });
    // The test's own wait (the client never blocks): until the answer, or 30 s.
    QDeadlineTimer deadline(30000);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    if (!done)
        result.error = QStringLiteral("the test gave up waiting for the daemon");
    return result;
}

QString processIdentity(qint64 pid)
{
    QFile boot(u"/proc/sys/kernel/random/boot_id"_s);
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!boot.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray s = stat.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    return QString::fromLatin1(boot.readAll().trimmed() + '/' + QByteArray::number(pid) + '/' + fields.value(19));
}

// The child mode: an engine that makes a labelled container, says its id and
// waits to be killed (SIGKILL: no clean-up of its own runs).
int holdContainer()
{
    DockerBackend backend;
    QString why;
    if (!backend.isAvailable(&why))
        return 2;
    InstanceSpec spec = pythonSpec(u"held"_s, u"import time; time.sleep(600)"_s);
    DockerIoFolder io;
    io.path = backend.newIoPath(u"held"_s);
    QString error;
    if (!io.make(&error))
        return 3;
    backend.createContainer(
        backend.containerConfig(spec, nullptr), io, u"instance"_s,
        [&](const QString &id, const QStringList &, const DockerResponse &response, const DockerIoFolder &made) {
            io = made; // its /tmp device stays held while the container lives
            if (id.isEmpty()) {
                std::fprintf(stderr, "%s\n", qPrintable(response.error));
                QCoreApplication::exit(4);
                return;
            }
            std::printf("%s\n", qPrintable(id));
            std::fflush(stdout);
        },
        &backend);
    return QCoreApplication::exec();
}

} // namespace

class TestDockerBackend : public QObject
{
    Q_OBJECT

    DockerBackend *m_backend = nullptr;

    Run run(DockerBackend *backend, const InstanceSpec &spec, SandboxInstance **out = nullptr,
            std::function<void(SandboxInstance *)> onStarted = {})
    {
        Run r;
        SandboxInstance *instance = backend->create(spec, this);
        connect(instance, &SandboxInstance::started, this, [&] {
            r.started = true;
            if (onStarted)
                onStarted(instance);
        });
        connect(instance, &SandboxInstance::failed, this, [&](const QString &m) { r.failed = m; });
        connect(instance, &SandboxInstance::output, this, [&](const QByteArray &line, bool err) {
            (err ? r.stderrLines : r.stdoutLines) << QString::fromUtf8(line);
        });
        connect(instance, &SandboxInstance::exited, this, [&](const InstanceExit &e) {
            r.exit = e;
            r.exited = true;
        });
        instance->start();
        QDeadlineTimer deadline(60000);
        while (!r.exited && r.failed.isEmpty() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        if (!r.exited && r.failed.isEmpty())
            r.failed = QStringLiteral("the test gave up waiting for the instance's end");
        if (out)
            *out = instance;
        else
            delete instance;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_backend = new DockerBackend(this);
        QString why;
        if (!m_backend->isAvailable(&why))
            BULLPEN_SKIP_UNLESS_CI(u"no Docker daemon here: "_s + why);
        const DockerResponse image = call(
            m_backend, "GET", QStringLiteral("/images/%1/json").arg(DockerBackend::runtimeImage(u"python3.12"_s)));
        QVERIFY2(image.ok(),
                 qPrintable(u"the test runtime image is missing (ctest fixture docker_test_image): "_s + image.error));
    }

    void registeredInTheRegistry()
    {
        QString error;
        std::unique_ptr<ContainerBackend> backend(createBackend(u"docker"_s, &error));
        QVERIFY2(backend, qPrintable(error));
        QCOMPARE(backend->name(), u"docker"_s);
        QCOMPARE(backend->instanceSource(), InstanceSource::Image);
    }

    void lambdaLimitsInsideTheContainer()
    {
        InstanceSpec spec = pythonSpec(u"limits"_s, uR"(
import json, os, resource
def read(p):
    try:
        return open(p).read().strip()
    except OSError as e:
        return "error: " + e.strerror
caps = [l for l in open("/proc/self/status") if l.startswith(("CapEff", "NoNewPrivs"))]
st = os.statvfs("/tmp")
try:
    open("/rootfs-write", "w"); root = "writable"
except OSError as e:
    root = e.strerror
try:
    open("/var/task/x", "w"); task = "writable"
except OSError as e:
    task = e.strerror
print(json.dumps({"uid": os.getuid(), "gid": os.getgid(), "caps": caps, "nofile": resource.getrlimit(resource.RLIMIT_NOFILE),
    "tmpMb": round(st.f_blocks * st.f_frsize / 1048576), "root": root, "task": task,
    "memory": read("/sys/fs/cgroup/memory/memory.limit_in_bytes"), "swap": read("/sys/fs/cgroup/memory/memory.memsw.limit_in_bytes"),
    "pids": read("/sys/fs/cgroup/pids/pids.max"), "cpu": read("/sys/fs/cgroup/cpu/cpu.cfs_quota_us"),
    "quoted": os.environ.get("QUOTED"), "runtimeApi": os.environ.get("AWS_LAMBDA_RUNTIME_API"),
    "handler": os.path.exists("/var/task/app.py")}))
)"_s);
        spec.environment.insert(u"QUOTED"_s, u"it's \"quoted\" $HOME `x`\nsecond line"_s);
        spec.environment.insert(u"AWS_LAMBDA_RUNTIME_API"_s, u"127.0.0.1:9"_s);
        const Run r = run(m_backend, spec);
        QVERIFY2(r.failed.isEmpty(), qPrintable(r.failed));
        QVERIFY(r.started);
        QCOMPARE(r.exit.exitCode, 0);
        QVERIFY2(!r.stdoutLines.isEmpty(), qPrintable(r.stderrLines.join(u'\n')));
        const QJsonObject o = QJsonDocument::fromJson(r.stdoutLines.last().toUtf8()).object();
        QCOMPARE(o[u"uid"_s].toInt(), 993);
        QCOMPARE(o[u"gid"_s].toInt(), 993);
        const QJsonArray caps = o[u"caps"_s].toArray();
        QVERIFY2(caps.at(0).toString().contains(u"0000000000000000"), qPrintable(caps.at(0).toString()));
        QVERIFY2(caps.at(1).toString().contains(u'1'), qPrintable(caps.at(1).toString())); // NoNewPrivs: 1
        QCOMPARE(o[u"nofile"_s].toArray().at(0).toInt(), 1024);
        QCOMPARE(o[u"nofile"_s].toArray().at(1).toInt(), 1024);
        QCOMPARE(o[u"tmpMb"_s].toInt(), 64);
        QCOMPARE(o[u"root"_s].toString(), u"Read-only file system"_s);
        QCOMPARE(o[u"task"_s].toString(), u"Read-only file system"_s);
        QCOMPARE(o[u"memory"_s].toString(), QString::number(256LL * 1024 * 1024));
        if (!o[u"swap"_s].toString().startsWith(u"error"))
            QCOMPARE(o[u"swap"_s].toString(), QString::number(256LL * 1024 * 1024));
        QCOMPARE(o[u"pids"_s].toString(), u"1024"_s);
        // 256/1769 of a CPU over the default 100 ms period.
        QCOMPARE(o[u"cpu"_s].toString(), QString::number(qint64(256 * 1e9 / 1769) / 10000));
        QCOMPARE(o[u"quoted"_s].toString(), spec.environment.value(u"QUOTED"_s));
        QCOMPARE(o[u"runtimeApi"_s].toString(), u"127.0.0.1:9"_s);
        QVERIFY(o[u"handler"_s].toBool());
    }

    void exitCodesAndStderr()
    {
        const Run r
            = run(m_backend,
                  pythonSpec(u"exit3"_s,
                             u"import sys; print('out line'); print('err line', file=sys.stderr); sys.exit(3)"_s));
        QVERIFY2(r.failed.isEmpty(), qPrintable(r.failed));
        QCOMPARE(r.exit.exitCode, 3);
        QCOMPARE(r.exit.signal, 0);
        QVERIFY(!r.exit.crashed);
        QCOMPARE(r.exit.reason, u"exit status 3"_s);
        QCOMPARE(r.stdoutLines, QStringList { u"out line"_s });
        QCOMPARE(r.stderrLines, QStringList { u"err line"_s });
    }

    void killIsNotACrash()
    {
        const Run r
            = run(m_backend, pythonSpec(u"killed"_s, u"import time; print('up', flush=True); time.sleep(600)"_s),
                  nullptr, [](SandboxInstance *instance) { instance->kill(); });
        QVERIFY2(r.failed.isEmpty(), qPrintable(r.failed));
        QCOMPARE(r.exit.signal, 9);
        QVERIFY(!r.exit.crashed);
        QCOMPARE(r.exit.reason, u"signal: killed"_s);
    }

    void outOfMemoryIsReported()
    {
        // Podman's conmon (before conmon 2.1.13) creates an empty file named
        // "oom" in its working directory when it sees an OOM kill, and it
        // inherits the service's: where `installer/dev test` was started, the
        // source checkout. installer/podman-service starts the service in its
        // own folder; no "oom" may appear in the checkout, in this test's
        // folder or in the service's working directory.
        QStringList watched { QStringLiteral(BULLPEN_SOURCE_DIR), QDir::currentPath() };
        const QString socket = qEnvironmentVariable("BULLPEN_PODMAN_SOCKET");
        if (!socket.isEmpty()) {
            QFile pidFile(QFileInfo(socket).absolutePath() + u"/pid"_s);
            if (pidFile.open(QIODevice::ReadOnly)) {
                const QString cwd = QFileInfo(u"/proc/%1/cwd"_s.arg(QString::fromLatin1(pidFile.readAll().trimmed())))
                                        .symLinkTarget();
                if (!cwd.isEmpty())
                    watched << cwd;
            }
        }
        QStringList oomBefore;
        for (const QString &dir : std::as_const(watched))
            if (QFileInfo::exists(dir + u"/oom"_s))
                oomBefore << dir;

        InstanceSpec spec
            = pythonSpec(u"oom"_s, u"b = bytearray(400 * 1024 * 1024)\nfor i in range(0, len(b), 4096): b[i] = 1"_s);
        spec.memoryMb = 128;
        const Run r = run(m_backend, spec);
        QVERIFY2(r.failed.isEmpty(), qPrintable(r.failed));
        for (const QString &dir : std::as_const(watched))
            QVERIFY2(oomBefore.contains(dir) || !QFileInfo::exists(dir + u"/oom"_s),
                     qPrintable(u"an OOM kill left a file %1/oom"_s.arg(dir)));
        // The kill itself is seen on both; that it was the OOM killer is not on
        // Podman 4.3 (Debian 12, cgroup v1): its inspect never says OOMKilled
        // and the container's cgroup is gone when the wait answers. A known
        // gap, kept visible (an XPASS fails once it is closed).
        QVERIFY(r.exit.crashed);
        QCOMPARE(r.exit.reason, u"signal: killed"_s);
        if (m_backend->isPodman())
            QEXPECT_FAIL("", "Podman 4.3 reports no OOM kill (see above)", Continue);
        QVERIFY(r.exit.oomKilled);
    }

    void missingImageNamesTheBuildCommand()
    {
        qputenv("BULLPEN_DOCKER_RUNTIME_REPO", "bullpen-test-no-such-repo");
        const Run r = run(m_backend, pythonSpec(u"noimage"_s, u"pass"_s));
        qputenv("BULLPEN_DOCKER_RUNTIME_REPO", "bullpen-test-runtime");
        QVERIFY(!r.started);
        QVERIFY2(r.failed.contains(u"bullpen images build python3.12"), qPrintable(r.failed));
    }

    void aSpareServesTheNextColdStart()
    {
        DockerBackend backend;
        const InstanceSpec spec = pythonSpec(u"spare1"_s, u"print('hello')"_s);
        SandboxInstance *first = nullptr;
        const Run r1 = run(&backend, spec, &first);
        QCOMPARE(r1.stdoutLines, QStringList { u"hello"_s });
        QVERIFY(!static_cast<DockerInstance *>(first)->usedSpare());
        delete first;
        QTRY_COMPARE_WITH_TIMEOUT(backend.spareCount(), 1, 30000);
        SandboxInstance *second = nullptr;
        InstanceSpec again = spec;
        again.instanceId = u"spare2"_s;
        const Run r2 = run(&backend, again, &second);
        QCOMPARE(r2.stdoutLines, QStringList { u"hello"_s });
        QVERIFY(static_cast<DockerInstance *>(second)->usedSpare());
        delete second;
        QTRY_COMPARE_WITH_TIMEOUT(backend.spareCount(), 1, 30000);
        const QStringList spares = backend.spareContainerIds();
        QSignalSpy finished(&backend, &ContainerBackend::shutdownFinished);
        backend.shutdown();
        QVERIFY(finished.wait(30000));
        QCOMPARE(backend.spareCount(), 0);
        QCOMPARE(call(&backend, "GET", QStringLiteral("/containers/%1/json").arg(spares.value(0))).errorKind,
                 DockerErrorKind::NotFound);
    }

    void shutdownRemovesRunningContainers()
    {
        DockerBackend backend;
        SandboxInstance *instance = backend.create(pythonSpec(u"running"_s, u"import time; time.sleep(600)"_s), this);
        QSignalSpy started(instance, &SandboxInstance::started);
        instance->start();
        QVERIFY(started.wait(30000));
        const QString id = static_cast<DockerInstance *>(instance)->containerId();
        QVERIFY(call(&backend, "GET", QStringLiteral("/containers/%1/json").arg(id)).ok());
        QSignalSpy finished(&backend, &ContainerBackend::shutdownFinished);
        backend.shutdown();
        QVERIFY(finished.wait(30000));
        QCOMPARE(call(&backend, "GET", QStringLiteral("/containers/%1/json").arg(id)).errorKind,
                 DockerErrorKind::NotFound);
        for (const QString &spare : backend.spareContainerIds())
            QCOMPARE(call(&backend, "GET", QStringLiteral("/containers/%1/json").arg(spare)).errorKind,
                     DockerErrorKind::NotFound);
        delete instance;
    }

    void orphansOfAKilledEngineAreRemovedAndNothingElse()
    {
        // An engine that dies by SIGKILL leaves its container behind.
        QProcess engine;
        engine.start(QCoreApplication::applicationFilePath(), { u"--hold-container"_s });
        QVERIFY(engine.waitForReadyRead(30000));
        const QString orphan = QString::fromUtf8(engine.readLine().trimmed());
        QVERIFY2(orphan.size() == 64, qPrintable(orphan + QString::fromUtf8(engine.readAllStandardError())));
        ::kill(pid_t(engine.processId()), SIGKILL);
        QVERIFY(engine.waitForFinished(10000));

        // A container of another engine that still runs, and one without labels.
        QProcess alive;
        alive.start(u"sleep"_s, { u"600"_s });
        QVERIFY(alive.waitForStarted());
        const QString aliveOwner = processIdentity(alive.processId());
        QVERIFY(!aliveOwner.isEmpty());
        const QString image = DockerBackend::runtimeImage(u"python3.12"_s);
        auto create = [&](const QJsonObject &labels) {
            QJsonObject body { { u"Image"_s, image }, { u"Cmd"_s, QJsonArray { u"true"_s } }, { u"Labels"_s, labels } };
            const DockerResponse r = call(m_backend, "POST", u"/containers/create"_s, QJsonDocument(body).toJson());
            return r.object().value(u"Id").toString();
        };
        const QString others = create({ { QLatin1String(DockerLabels::Engine), aliveOwner },
                                        { QLatin1String(DockerLabels::Kind), u"instance"_s } });
        const QString unlabelled = create({ { u"io.bullpen.test"_s, u"unlabelled"_s } });
        QVERIFY(!others.isEmpty() && !unlabelled.isEmpty());

        DockerBackend next;
        QSignalSpy cleaned(&next, &ContainerBackend::staleCleanupFinished);
        next.cleanupStale();
        QVERIFY(cleaned.wait(30000));
        QCOMPARE(call(&next, "GET", QStringLiteral("/containers/%1/json").arg(orphan)).errorKind,
                 DockerErrorKind::NotFound);
        QVERIFY(call(&next, "GET", QStringLiteral("/containers/%1/json").arg(others)).ok());
        QVERIFY(call(&next, "GET", QStringLiteral("/containers/%1/json").arg(unlabelled)).ok());
        // Only the test's own leftovers go now.
        call(&next, "DELETE", QStringLiteral("/containers/%1?force=1").arg(others));
        call(&next, "DELETE", QStringLiteral("/containers/%1?force=1").arg(unlabelled));
        alive.kill();
        alive.waitForFinished();
    }

    // bullpen images prune / the dock's Prune Stale, the daemon's half: a
    // runtime image no longer tagged as its family's current one goes; the
    // current one and another repository's image with the same labels stay.
    // A repository of this test's own, so that no other run's images are touched.
    void pruneRemovesOnlyStaleRuntimeImages()
    {
        const QString base = DockerBackend::runtimeImage(u"python3.12"_s);
        const QByteArray previous = qgetenv("BULLPEN_DOCKER_RUNTIME_REPO");
        const QString repository = QStringLiteral("bullpen-test-prune-%1").arg(QCoreApplication::applicationPid());
        const QString other = QStringLiteral("bullpen-test-other-%1").arg(QCoreApplication::applicationPid());
        auto commit = [this, &base](const QString &repo, const QString &tag, const QString &inputs) {
            const QJsonObject create { { u"Image"_s, base }, { u"Cmd"_s, QJsonArray { u"true"_s } } };
            const DockerResponse created = call(m_backend, "POST", u"/containers/create"_s,
                                                QJsonDocument(create).toJson(QJsonDocument::Compact));
            const QString id = created.object().value(u"Id"_s).toString();
            const DockerResponse committed = call(
                m_backend, "POST",
                QStringLiteral("/commit?container=%1&repo=%2&tag=%3&changes=%4")
                    .arg(id, repo, tag, DockerClient::percentEncode(u"LABEL io.bullpen.inputs=\""_s + inputs + u'"')),
                "{}"); // Podman's compatible commit wants a body
            call(m_backend, "DELETE", QStringLiteral("/containers/%1?force=1").arg(id));
            return committed.ok();
        };
        QVERIFY(commit(repository, u"python-current"_s, u"current"_s));
        QVERIFY(
            call(m_backend, "POST", QStringLiteral("/images/%1:python-current/tag?repo=%1&tag=python").arg(repository))
                .ok());
        QVERIFY(commit(repository, u"python-stale"_s, u"stale"_s));
        QVERIFY(commit(other, u"python-stale"_s, u"stale"_s));
        qputenv("BULLPEN_DOCKER_RUNTIME_REPO", repository.toUtf8());
        DockerImages images(m_backend->client());
        QStringList removed;
        QString error;
        bool done = false;
        images.pruneRuntimes([&](const QStringList &r, const QString &e) {
            removed = r;
            error = e;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 60000));
        qputenv("BULLPEN_DOCKER_RUNTIME_REPO", previous);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(removed, QStringList { repository + u":python-stale"_s });
        QVERIFY(!call(m_backend, "GET", QStringLiteral("/images/%1:python-stale/json").arg(repository)).ok());
        QVERIFY(call(m_backend, "GET", QStringLiteral("/images/%1:python/json").arg(repository)).ok());
        QVERIFY(call(m_backend, "GET", QStringLiteral("/images/%1:python-stale/json").arg(other)).ok());
        QVERIFY(call(m_backend, "GET", QStringLiteral("/images/%1/json").arg(base)).ok());
        const QStringList made { repository + u":python"_s, repository + u":python-current"_s,
                                 other + u":python-stale"_s };
        for (const QString &name : made)
            call(m_backend, "DELETE", QStringLiteral("/images/%1?force=1").arg(name));
    }

    void cleanupTestCase()
    {
        if (!m_backend)
            return;
        QSignalSpy finished(m_backend, &ContainerBackend::shutdownFinished);
        m_backend->shutdown();
        QVERIFY(finished.wait(30000));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--hold-container") == 0)
        return holdContainer();
    TestDockerBackend test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dockerbackend.moc"
