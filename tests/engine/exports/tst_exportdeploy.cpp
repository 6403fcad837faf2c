// SPDX-License-Identifier: MIT
// The exports, checked by the real tools with the real Docker daemon:
// `bullpen export --dockerfile --base offline`'s context is built with
// `docker build` (FROM Bullpen's offline python image, the ctest fixture
// docker_test_image) and run as a plain Docker host runs it, and curl's call
// on its published port gets the function's answer; the official variant is
// the same file but for its FROM (generated, not built here: decisions §4);
// the stack file is deployed with `docker stack deploy` on a single-node
// swarm (made only when the daemon is in none, and left only then), its two
// replicas become healthy through the stack's own health check and each
// answers a call from inside its container (the routing mesh's published
// port does not answer on this machine's daemon: docs/testing.md). Everything the test
// makes is removed. Swarm init/leave is serialised (ctest RESOURCE_LOCK
// swarm, and the flock on /tmp/bullpen-swarm.lock that every worktree's swarm
// tests take, since their suites share the daemon).
#include "engine/exports/deploymentfiles.h"
#include "engine/exports/dockerexport.h"
#include "engine/sandbox/docker/dockerbackend.h"
#include "engine/sandbox/docker/dockerclient.h"
#include "tests/support/ciskip.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

Run runTool(const QString &program, const QStringList &arguments, int timeoutMs = 300000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DOCKER_BUILDKIT"_s, u"0"_s); // the classic builder: no buildx plugin needed
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return { -1, {}, process.errorString() };
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return { -1, QString::fromUtf8(process.readAllStandardOutput()),
                 u"timed out: "_s + QString::fromUtf8(process.readAllStandardError()) };
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

Run docker(const QStringList &arguments, int timeoutMs = 300000)
{
    return runTool(u"docker"_s, arguments, timeoutMs);
}

int freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

// Calls the image's invoke path like a user would, waiting for the emulator
// to listen (connection refused is retried for a while).
Run invoke(int port, const QByteArray &event)
{
    return runTool(u"curl"_s,
                   { u"-sS"_s, u"--max-time"_s, u"60"_s, u"--retry"_s, u"60"_s, u"--retry-connrefused"_s,
                     u"--retry-delay"_s, u"1"_s, u"--retry-all-errors"_s, u"-d"_s, QString::fromUtf8(event),
                     u"http://127.0.0.1:%1%2"_s.arg(port).arg(imageInvokePath()) },
                   180000);
}

} // namespace

class TestExportDeploy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FunctionConfig m_function;
    QString m_prefix = u"bullpen-i12port-%1"_s.arg(QCoreApplication::applicationPid());
    QString m_image; // the built export
    QStringList m_containers;
    QString m_stack;
    bool m_swarmCreated = false;
    bool m_hadGatewayBridge = true; // docker_gwbridge was there before the test's swarm
    int m_lock = -1;

    FunctionConfig writeFunction()
    {
        const QString code = m_dir.filePath(u"project/hello"_s);
        QDir().mkpath(code);
        QFile app(code + u"/app.py"_s);
        if (!app.open(QIODevice::WriteOnly))
            return {};
        app.write("import os\n\n\n"
                  "def handler(event, context):\n"
                  "    return {\"greeting\": os.environ.get(\"GREETING\"), \"memory\": context.memory_limit_in_mb,\n"
                  "            \"name\": context.function_name, \"echo\": event, \"uid\": os.getuid()}\n");
        FunctionConfig f;
        f.logicalId = u"HelloFunction"_s;
        f.functionName = u"hello-export"_s;
        f.runtime = u"python3.12"_s;
        f.handler = u"app.handler"_s;
        f.codeDirectory = code;
        f.memorySizeMb = 256;
        f.timeoutSeconds = 10;
        f.environment.insert(u"GREETING"_s, u"hello from the template"_s);
        return f;
    }

    QString exportContext(ExportBase base, const QString &directory, QString *error)
    {
        bool done = false;
        DockerExport::write(m_function, base, {}, directory, this, [&](const QString &e) {
            *error = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            *error = u"the export did not finish"_s;
        return *error;
    }

    void checkAnswer(const Run &call)
    {
        QVERIFY2(call.exitCode == 0, qPrintable(call.all()));
        const QJsonObject answer = QJsonDocument::fromJson(call.out.toUtf8()).object();
        QVERIFY2(!answer.isEmpty(), qPrintable(call.all()));
        QCOMPARE(answer.value(u"greeting"_s).toString(), u"hello from the template"_s);
        QCOMPARE(answer.value(u"memory"_s).toVariant().toString(), u"256"_s); // MemorySize, not the emulator's 3008
        QCOMPARE(answer.value(u"name"_s).toString(), u"hello-export"_s);
        QCOMPARE(answer.value(u"echo"_s).toObject().value(u"n"_s).toInt(), 7);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        if (DockerClient::probe(&error).socketPath.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"no Docker daemon here: "_s + error);
        for (const QString &tool : { u"docker"_s, u"curl"_s }) {
            if (QStandardPaths::findExecutable(tool).isEmpty())
                BULLPEN_SKIP_UNLESS_CI(tool + u" is not installed"_s);
        }
        const Run base = docker({ u"image"_s, u"inspect"_s, DockerBackend::runtimeImage(u"python3.12"_s) });
        QVERIFY2(base.exitCode == 0,
                 qPrintable(u"the test runtime image is missing (fixture docker_test_image): "_s + base.all()));
        m_function = writeFunction();
        QVERIFY(!m_function.logicalId.isEmpty());
    }

    void officialDockerfileDiffersOnlyInItsBase()
    {
        QString error;
        const QString official = m_dir.filePath(u"official"_s);
        QVERIFY2(exportContext(ExportBase::Official, official, &error).isEmpty(), qPrintable(error));
        const QString offline = m_dir.filePath(u"offline-compare"_s);
        QVERIFY2(exportContext(ExportBase::Offline, offline, &error).isEmpty(), qPrintable(error));
        QFile a(official + u"/Dockerfile"_s);
        QFile b(offline + u"/Dockerfile"_s);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QStringList officialLines = QString::fromUtf8(a.readAll()).split(u'\n');
        const QStringList offlineLines = QString::fromUtf8(b.readAll()).split(u'\n');
        QVERIFY2(officialLines.contains(u"FROM public.ecr.aws/lambda/python:3.12"_s),
                 qPrintable(officialLines.join(u'\n')));
        QVERIFY2(offlineLines.contains(u"FROM "_s + DockerBackend::runtimeImage(u"python3.12"_s)),
                 qPrintable(offlineLines.join(u'\n')));
        QCOMPARE(officialLines.size(), offlineLines.size());
        for (qsizetype i = 0; i < officialLines.size(); ++i) {
            if (!officialLines.at(i).startsWith(u"FROM "_s) && !officialLines.at(i).startsWith(u"# Base image"_s))
                QCOMPARE(officialLines.at(i), offlineLines.at(i));
        }
        QVERIFY(QFile::exists(official + u"/code/app.py"_s));
    }

    void exportRefusesAFolderWithFiles()
    {
        const QString busy = m_dir.filePath(u"busy"_s);
        QDir().mkpath(busy);
        QFile keep(busy + u"/notes.txt"_s);
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("mine");
        keep.close();
        QString error;
        exportContext(ExportBase::Offline, busy, &error);
        QVERIFY2(error.contains(u"not empty"_s), qPrintable(error));
        QVERIFY(keep.open(QIODevice::ReadOnly));
        QCOMPARE(keep.readAll(), QByteArray("mine"));
    }

    void offlineExportBuildsAndServes()
    {
        QString error;
        const QString context = m_dir.filePath(u"offline"_s);
        QVERIFY2(exportContext(ExportBase::Offline, context, &error).isEmpty(), qPrintable(error));
        m_image = m_prefix + u"-hello:latest"_s;
        const Run build = docker({ u"build"_s, u"-t"_s, m_image, context }, 600000);
        QVERIFY2(build.exitCode == 0, qPrintable(build.all()));
        // As a plain Docker host runs it: the image alone, its invoke port published.
        const QString name = m_prefix + u"-container"_s;
        const int port = freePort();
        QVERIFY(port > 0);
        const Run run = docker(
            { u"run"_s, u"--detach"_s, u"--name"_s, name, u"--publish"_s, u"127.0.0.1:%1:8080"_s.arg(port), m_image });
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        m_containers << name;
        checkAnswer(invoke(port, "{\"n\": 7}"));
    }

    void stackDeploysOnASingleNodeSwarm()
    {
        QVERIFY2(!m_image.isEmpty(), "the exported image was not built (see offlineExportBuildsAndServes)");
        m_lock = ::open("/tmp/bullpen-swarm.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0666);
        QVERIFY2(m_lock >= 0, "cannot open /tmp/bullpen-swarm.lock");
        QVERIFY(::flock(m_lock, LOCK_EX) == 0); // another worktree's swarm test may hold it for a while
        const Run state = docker({ u"info"_s, u"--format"_s, u"{{.Swarm.LocalNodeState}}"_s });
        QVERIFY2(state.exitCode == 0, qPrintable(state.all()));
        if (state.out.trimmed() == u"inactive") {
            m_hadGatewayBridge = docker({ u"network"_s, u"inspect"_s, u"docker_gwbridge"_s }).exitCode == 0;
            const Run init = docker({ u"swarm"_s, u"init"_s, u"--advertise-addr"_s, u"127.0.0.1"_s, u"--listen-addr"_s,
                                      u"127.0.0.1:2377"_s });
            QVERIFY2(init.exitCode == 0, qPrintable(init.all()));
            m_swarmCreated = true;
        } else {
            QVERIFY2(state.out.trimmed() == u"active", qPrintable(u"the daemon's swarm is "_s + state.out));
        }

        DeploymentOptions options;
        options.image = m_image;
        options.replicas = 2;
        options.publishedPort = freePort();
        QString error;
        const QString text = swarmStackFile(m_function, options, &error);
        QVERIFY2(!text.isEmpty(), qPrintable(error));
        const QString file = m_dir.filePath(u"stack.yaml"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        out.close();
        m_stack = m_prefix + u"-stack"_s;
        // The image is local: no registry is asked for its digest.
        const Run deploy
            = docker({ u"stack"_s, u"deploy"_s, u"--resolve-image"_s, u"never"_s, u"-c"_s, file, m_stack });
        QVERIFY2(deploy.exitCode == 0, qPrintable(deploy.all() + u"\n"_s + text));

        // Both replicas run and their containers pass the stack's health check.
        const QString service = m_stack + u"_hellofunction"_s;
        QStringList healthy;
        const bool ready = QTest::qWaitFor(
            [&] {
                const Run ids = docker(
                    { u"ps"_s, u"--quiet"_s, u"--filter"_s, u"label=com.docker.swarm.service.name="_s + service });
                healthy.clear();
                for (const QString &id : ids.out.split(u'\n', Qt::SkipEmptyParts)) {
                    const Run health = docker({ u"inspect"_s, u"--format"_s, u"{{.State.Health.Status}}"_s, id });
                    if (health.out.trimmed() == u"healthy")
                        healthy << id;
                }
                return healthy.size() == 2;
            },
            240000);
        const Run tasks = docker({ u"service"_s, u"ps"_s, u"--no-trunc"_s, service });
        QVERIFY2(ready, qPrintable(u"healthy replicas: %1\n"_s.arg(healthy.size()) + tasks.all()));
        const Run limits = docker(
            { u"service"_s, u"inspect"_s, u"--format"_s,
              u"{{.Spec.TaskTemplate.Resources.Limits.MemoryBytes}} {{.Spec.Mode.Replicated.Replicas}}"_s, service });
        QCOMPARE(limits.out.trimmed(), u"268435456 2"_s); // MemorySize 256 MB, 2 replicas

        // Each replica serves the function: a call from inside its container
        // (the image's python3) to the emulator, as the routing mesh would send it.
        for (const QString &id : std::as_const(healthy)) {
            const Run call = docker({ u"exec"_s, id, u"python3"_s, u"-c"_s,
                                      u"import sys, urllib.request\n"
                                      "r = urllib.request.Request('http://127.0.0.1:8080%1', data=b'{\"n\": 7}')\n"
                                      "sys.stdout.write(urllib.request.urlopen(r, timeout=60).read().decode())\n"_s.arg(
                                          imageInvokePath()) });
            checkAnswer(call);
        }
        // The routing mesh's published port is not called: this machine's daemon
        // makes an ingress network whose port refuses connections (no ingress
        // rules; docs/testing.md), so the calls above stand for it.
    }

    void cleanupTestCase()
    {
        if (!m_stack.isEmpty()) {
            const Run rm = docker({ u"stack"_s, u"rm"_s, m_stack });
            if (rm.exitCode != 0)
                qWarning("docker stack rm %s: %s", qPrintable(m_stack), qPrintable(rm.all()));
            // The stack's network goes after its tasks; wait for both before a leave.
            const bool gone = QTest::qWaitFor(
                [&] {
                    return docker({ u"service"_s, u"ls"_s, u"--quiet"_s, u"--filter"_s, u"name="_s + m_stack })
                               .out.trimmed()
                               .isEmpty()
                        && docker({ u"network"_s, u"ls"_s, u"--quiet"_s, u"--filter"_s, u"name="_s + m_stack })
                               .out.trimmed()
                               .isEmpty();
                },
                120000);
            if (!gone)
                qWarning("the stack %s is still there", qPrintable(m_stack));
        }
        if (m_swarmCreated) {
            const Run leave = docker({ u"swarm"_s, u"leave"_s, u"--force"_s });
            if (leave.exitCode != 0)
                qWarning("docker swarm leave: %s", qPrintable(leave.all()));
            // Docker keeps the gateway bridge it made with the swarm: the
            // daemon as the test found it.
            if (!m_hadGatewayBridge && docker({ u"network"_s, u"rm"_s, u"docker_gwbridge"_s }).exitCode != 0)
                qWarning("the docker_gwbridge network the test's swarm made could not be removed");
        }
        if (m_lock >= 0)
            ::close(m_lock);
        for (const QString &name : std::as_const(m_containers))
            docker({ u"rm"_s, u"--force"_s, name });
        if (!m_image.isEmpty()) {
            // Containers of a removed stack may still be going; the image goes after them.
            if (!QTest::qWaitFor([&] { return docker({ u"rmi"_s, m_image }).exitCode == 0; }, 60000))
                qWarning("the image %s could not be removed", qPrintable(m_image));
        }
    }
};

QTEST_GUILESS_MAIN(TestExportDeploy)
#include "tst_exportdeploy.moc"
