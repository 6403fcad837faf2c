// SPDX-License-Identifier: MIT
// `bullpen export` and `bullpen portability` as users run them: the real
// executable, its files, messages and exit codes. The report runs the probe
// for real in the local pool (runc) and in a Docker container target (the
// Docker daemon, Bullpen's offline image from the docker_test_image fixture):
// a function that writes to /var/task and reads a variable only Lambda sets
// is reported with both differences, their evidence and the lines of its
// code; a target Bullpen did not deploy (AWS Lambda) is "not probed"; the
// probe's container and the image built for it are gone afterwards, also when
// the command is stopped by a signal while the container runs.
#include "engine/targets/target.h"
#include "tests/support/ciskip.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QByteArray Template = R"(AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Writer:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: writer/
      Handler: app.handler
      Runtime: python3.12
      MemorySize: 256
      Timeout: 10
      Environment:
        Variables:
          GREETING: hello
  Other:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: writer/
      Handler: app.handler
      Runtime: python3.12
  NodeWriter:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: nodewriter/
      Handler: app.handler
      Runtime: nodejs20.x
      MemorySize: 256
      Timeout: 10
      Environment:
        Variables:
          GREETING: hello
  Slow:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: slow/
      Handler: app.handler
      Runtime: python3.12
      Timeout: 300
      Environment:
        Variables:
          PYTHONPATH: /var/task
)";

// Imported by every Python start-up that has /var/task on PYTHONPATH (the
// Slow function's): outside Lambda's shape (a plain container, which sets no
// AWS_LAMBDA_INITIALIZATION_TYPE) the runtime takes two minutes to start, so the
// probe's run in a Docker container target is still under way when a signal
// comes. The local pool starts at once.
const QByteArray SlowStart = R"(import os
import time

if "AWS_LAMBDA_INITIALIZATION_TYPE" not in os.environ:
    time.sleep(120)
)";

// Works on Lambda only by accident of neither: /var/task is read-only there,
// and a plain container sets no AWS_LAMBDA_INITIALIZATION_TYPE.
const QByteArray Code = R"(import os


def handler(event, context):
    with open("/var/task/last-event.json", "w") as f:
        f.write("{}")
    return {"kind": os.environ["AWS_LAMBDA_INITIALIZATION_TYPE"]}
)";

// The same in Node.js: the probe there is the Node.js one.
const QByteArray NodeCode = R"(import fs from 'node:fs';

export const handler = async () => {
  fs.writeFileSync('/var/task/last-event.json', '{}');
  return { kind: process.env.AWS_LAMBDA_INITIALIZATION_TYPE };
};
)";

const QByteArray Targets = R"(targets:
  local: {kind: local}
  docker: {kind: docker}
  aws: {kind: lambda, region: eu-west-1}
)";

} // namespace

class TestPortabilityCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void write(const QString &relative, const QByteArray &text)
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

    QString read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    Run run(const QString &program, const QStringList &args, int timeoutMs = 600000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
        env.insert(u"HOME"_s, m_dir.path()); // no ~/.aws of the user's
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(program, args);
        Run r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            r.err = u"timed out: "_s + QString::fromUtf8(p.readAllStandardError());
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    Run bullpen(const QStringList &args, int timeoutMs = 600000)
    {
        return run(QStringLiteral(BULLPEN_BINARY), args, timeoutMs);
    }

    // The key in the names of what this project's targets make (another run
    // of this test may be under way beside this one).
    QString projectKey() const
    {
        Bullpen::TargetContext context;
        context.templatePath = m_dir.filePath(u"template.yaml"_s);
        return context.projectKey();
    }

    QStringList probeContainers()
    {
        const Run ps = run(u"docker"_s, { u"ps"_s, u"--all"_s, u"--format"_s, u"{{.Names}}"_s });
        return ps.out.split(u'\n', Qt::SkipEmptyParts)
            .filter(u"writerbullpenprobe"_s, Qt::CaseInsensitive)
            .filter(projectKey());
    }

    QStringList probeImages(const QString &probe = u"writerbullpenprobe"_s)
    {
        const Run images = run(u"docker"_s, { u"images"_s, u"--format"_s, u"{{.Repository}}:{{.Tag}}"_s });
        return images.out.split(u'\n', Qt::SkipEmptyParts).filter(probe, Qt::CaseInsensitive).filter(projectKey());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write(u"template.yaml"_s, Template);
        write(u"writer/app.py"_s, Code);
        write(u"nodewriter/app.mjs"_s, NodeCode);
        write(u"slow/app.py"_s, "def handler(event, context):\n    return {}\n");
        write(u"slow/sitecustomize.py"_s, SlowStart);
        write(u"bullpen-targets.yaml"_s, Targets);
    }

    void exportUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing to export")
            << QStringList { u"Writer"_s, u"-o"_s, u"x"_s } << u"one of --dockerfile, --stack or --user-data"_s;
        QTest::newRow("two kinds") << QStringList { u"Writer"_s, u"--stack"_s, u"--user-data"_s, u"-o"_s, u"x"_s }
                                   << u"one of --dockerfile, --stack or --user-data"_s;
        QTest::newRow("no output") << QStringList { u"Writer"_s, u"--stack"_s } << u"-o PATH"_s;
        QTest::newRow("several functions") << QStringList { u"--stack"_s, u"-o"_s, u"-"_s }
                                           << u"has 4 functions; name one of: Writer, Other, NodeWriter, Slow"_s;
        QTest::newRow("unknown function")
            << QStringList { u"Nope"_s, u"--stack"_s, u"-o"_s, u"-"_s } << u"no function named \"Nope\""_s;
        QTest::newRow("unknown base") << QStringList { u"Writer"_s, u"--dockerfile"_s, u"--base"_s,
                                                       u"alpine"_s, u"-o"_s,           u"d"_s }
                                      << u"--base is official or offline; got 'alpine'"_s;
        QTest::newRow("bad port") << QStringList { u"Writer"_s, u"--stack"_s, u"--port"_s, u"http"_s, u"-o"_s, u"-"_s }
                                  << u"--port takes a port number; got 'http'"_s;
        QTest::newRow("no replicas") << QStringList { u"Writer"_s, u"--stack"_s, u"--replicas"_s,
                                                      u"0"_s,      u"-o"_s,      u"-"_s }
                                     << u"at least 1 replica"_s;
    }

    void exportUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = bullpen(QStringList { u"export"_s } + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void exportsStackUserDataAndDockerfile()
    {
        const Run stack = bullpen({ u"export"_s, u"Writer"_s, u"--stack"_s, u"--image"_s,
                                    u"registry.example/writer:3"_s, u"--replicas"_s, u"3"_s, u"-o"_s, u"-"_s });
        QCOMPARE(stack.exitCode, 0);
        QVERIFY2(stack.out.contains(u"    image: \"registry.example/writer:3\"\n"_s), qPrintable(stack.out));
        QVERIFY(stack.out.contains(u"      replicas: 3\n"_s));
        QVERIFY(stack.out.contains(u"          memory: 256M\n"_s));

        const Run userData = bullpen({ u"export"_s, u"Writer"_s, u"--user-data"_s, u"-o"_s, u"user-data.yaml"_s });
        QCOMPARE(userData.exitCode, 0);
        QVERIFY2(userData.err.contains(u"cloud-init schema --config-file user-data.yaml"_s), qPrintable(userData.err));
        const QString text = read(m_dir.filePath(u"user-data.yaml"_s));
        QVERIFY(text.startsWith(u"#cloud-config\n"_s));
        QVERIFY(text.contains(u"writer:latest"_s)); // the default image: the function in lower case

        const Run dockerfile
            = bullpen({ u"export"_s, u"Writer"_s, u"--dockerfile"_s, u"--no-build"_s, u"-o"_s, u"context"_s });
        QVERIFY2(dockerfile.exitCode == 0, qPrintable(dockerfile.err));
        QVERIFY2(dockerfile.err.contains(u"docker build -t writer:latest context"_s), qPrintable(dockerfile.err));
        const QString file = read(m_dir.filePath(u"context/Dockerfile"_s));
        QVERIFY2(file.contains(u"\nFROM public.ecr.aws/lambda/python:3.12\n"_s), qPrintable(file));
        QVERIFY(file.contains(u"CMD [\"app.handler\"]"_s));
        QCOMPARE(read(m_dir.filePath(u"context/code/app.py"_s)).toUtf8(), Code);

        // Never over a folder with something in it.
        const Run again
            = bullpen({ u"export"_s, u"Writer"_s, u"--dockerfile"_s, u"--no-build"_s, u"-o"_s, u"context"_s });
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"context is not empty"_s), qPrintable(again.err));
    }

    void portabilityUsageErrors()
    {
        Run r = bullpen({ u"portability"_s, u"Writer"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--target NAME"_s), qPrintable(r.err));
        r = bullpen({ u"portability"_s, u"Writer"_s, u"--target"_s, u"ec2"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"has no target 'ec2'; its targets are: local, docker, aws"_s), qPrintable(r.err));
        r = bullpen({ u"portability"_s, u"Writer"_s, u"--target"_s, u"docker"_s, u"--html"_s, u"--json"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"one of --markdown, --html or --json"_s), qPrintable(r.err));
    }

    void awsLambdaIsNotProbed()
    {
        const Run r = bullpen({ u"portability"_s, u"Writer"_s, u"--target"_s, u"aws"_s, u"--markdown"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"aws was not probed: Bullpen did not deploy what runs on aws (AWS Lambda)"_s),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(u"\n## Not probed\n"_s));
        QVERIFY(r.out.contains(u"\n## Limits only Lambda enforces\n"_s));
        QVERIFY(!r.out.contains(u"\n## Differences\n"_s));
    }

    void dockerContainerDifferencesWithEvidence_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("writeLine"); // where the code writes /var/task
        QTest::addColumn<QString>("variableLine"); // where it reads AWS_LAMBDA_INITIALIZATION_TYPE
        QTest::addColumn<QString>("versionCall"); // how the probe read the interpreter's version
        QTest::newRow("python") << u"Writer"_s << u"app.py:5"_s << u"app.py:7"_s << u"platform.python_version()"_s;
        QTest::newRow("nodejs") << u"NodeWriter"_s << u"app.mjs:4"_s << u"app.mjs:5"_s << u"process.versions.node"_s;
    }

    void dockerContainerDifferencesWithEvidence()
    {
        QFETCH(QString, function);
        QFETCH(QString, writeLine);
        QFETCH(QString, variableLine);
        QFETCH(QString, versionCall);
        if (QStandardPaths::findExecutable(u"docker"_s).isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"the docker command is not installed"_s);
        const QString output = function + u".json"_s;
        const Run r
            = bullpen({ u"portability"_s, function, u"--target"_s, u"docker"_s, u"--json"_s, u"-o"_s, output }, 900000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(function + u": "_s) && r.err.contains(u"between the local pool and docker"_s),
                 qPrintable(r.err));
        const QJsonObject report = QJsonDocument::fromJson(read(m_dir.filePath(output)).toUtf8()).object();
        QVERIFY(report.value(u"target"_s).toObject().value(u"probed"_s).toBool());
        QHash<QString, QJsonObject> items;
        for (const QJsonValue &v : report.value(u"items"_s).toArray())
            items.insert(v.toObject().value(u"id"_s).toString(), v.toObject());

        // The write to /var/task: refused in the sandbox, done in the container, named in the code.
        const QJsonObject task = items.value(u"path:/var/task"_s);
        QCOMPARE(task.value(u"verdict"_s).toString(), u"differs"_s);
        QVERIFY2(task.value(u"sandboxEvidence"_s).toString().contains(u"EROFS"_s),
                 qPrintable(task.value(u"sandboxEvidence"_s).toString()));
        QVERIFY2(task.value(u"targetEvidence"_s).toString().contains(u"created and removed /var/task/"_s),
                 qPrintable(task.value(u"targetEvidence"_s).toString()));
        QVERIFY2(task.value(u"usedAt"_s).toArray().contains(writeLine),
                 QJsonDocument(task.value(u"usedAt"_s).toArray()).toJson().constData());

        // The variable only Lambda (and the local pool) sets.
        const QJsonObject kind = items.value(u"env:AWS_LAMBDA_INITIALIZATION_TYPE"_s);
        QCOMPARE(kind.value(u"verdict"_s).toString(), u"differs"_s);
        QCOMPARE(kind.value(u"sandbox"_s).toString(), u"on-demand"_s);
        QCOMPARE(kind.value(u"target"_s).toString(), u"missing"_s);
        QVERIFY(kind.value(u"usedAt"_s).toArray().contains(variableLine));
        QCOMPARE(report.value(u"breaking"_s).toInt(), 2);

        // What the template configures reached both.
        QCOMPARE(items.value(u"env:GREETING"_s).value(u"verdict"_s).toString(), u"same"_s);
        QCOMPARE(items.value(u"env:AWS_LAMBDA_FUNCTION_MEMORY_SIZE"_s).value(u"sandbox"_s).toString(), u"256"_s);
        // The probe that ran is the function's language's, and says how it read what it reports.
        const QJsonObject runtime = items.value(u"runtime"_s);
        QVERIFY2(runtime.value(u"sandboxEvidence"_s).toString().startsWith(versionCall),
                 qPrintable(runtime.value(u"sandboxEvidence"_s).toString()));
        QCOMPARE(items.value(u"context:memory_limit_in_mb"_s).value(u"sandbox"_s).toString(), u"256"_s);

        // The limits the local pool enforces, read by its probe in its own cgroup
        // (v1 or v2 files) as a probe in a Docker container reads them: memory =
        // MemorySize, the CPU quota Lambda's share (256 MB: 0.14 vCPU).
        const QJsonObject memory = items.value(u"memory"_s);
        QCOMPARE(memory.value(u"sandbox"_s).toString(), u"256 MB"_s);
        const QString memoryEvidence = memory.value(u"sandboxEvidence"_s).toString();
        QVERIFY2((memoryEvidence.contains(u"/sys/fs/cgroup/memory/memory.limit_in_bytes"_s)
                  || memoryEvidence.contains(u"/sys/fs/cgroup/memory.max"_s))
                     && memoryEvidence.contains(u" = 268435456"_s),
                 qPrintable(memoryEvidence));
        // The container target runs with -m MemorySize too: the same limit.
        QCOMPARE(memory.value(u"target"_s).toString(), u"256 MB"_s);
        QCOMPARE(memory.value(u"verdict"_s).toString(), u"same"_s);
        const QJsonObject cpu = items.value(u"cpu"_s);
        QCOMPARE(cpu.value(u"sandbox"_s).toString(), u"0.14 vCPU"_s);
        QVERIFY2(cpu.value(u"sandboxEvidence"_s).toString().contains(u"quota 14471 us per 100000 us"_s),
                 qPrintable(cpu.value(u"sandboxEvidence"_s).toString()));
        // A plain container has no CPU quota: a difference, with its evidence.
        QCOMPARE(cpu.value(u"target"_s).toString(), u"no limit"_s);
        QCOMPARE(cpu.value(u"verdict"_s).toString(), u"differs"_s);

        // The probe's deployment is gone, and the image built for it with it.
        QVERIFY2(probeContainers().isEmpty(), qPrintable(probeContainers().join(u", "_s)));
        QVERIFY2(probeImages().isEmpty(), qPrintable(probeImages().join(u", "_s)));
    }

    // Ctrl+C (SIGINT) or SIGTERM while the probe's container runs: the command
    // removes it (and the image built for it), then exits 128 + the signal.
    // The container is found by its label once it runs; its runtime takes two
    // minutes to start (the Slow function), so the probe's call is still out
    // when the signal comes.
    void signalRemovesTheProbesDeployment_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGINT") << SIGINT;
        QTest::newRow("SIGTERM") << SIGTERM;
    }

    void signalRemovesTheProbesDeployment()
    {
        QFETCH(int, signal);
        if (QStandardPaths::findExecutable(u"docker"_s).isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"the docker command is not installed"_s);
        // This project's probe only (another run of this test may be under way).
        const QStringList label { u"--filter"_s, u"label=io.bullpen.target=docker-probe"_s, u"--filter"_s,
                                  u"label=io.bullpen.project=%1"_s.arg(projectKey()) };
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
        env.insert(u"HOME"_s, m_dir.path());
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(BULLPEN_BINARY),
                { u"portability"_s, u"Slow"_s, u"--target"_s, u"docker"_s, u"--json"_s, u"-o"_s, u"stopped.json"_s });
        QVERIFY(p.waitForStarted());
        // A check that fails leaves no run behind for the next one.
        const auto stop = qScopeGuard([&p] {
            if (p.state() == QProcess::Running) {
                ::kill(pid_t(p.processId()), SIGTERM);
                p.waitForFinished(180000);
            }
        });
        QString container;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         container
                             = run(u"docker"_s,
                                   QStringList { u"ps"_s, u"--quiet"_s, u"--filter"_s, u"status=running"_s } + label)
                                   .out.trimmed();
                         return !container.isEmpty() || p.state() != QProcess::Running;
                     },
                     600000),
                 "no probe container within 10 minutes");
        QVERIFY2(!container.isEmpty(), qPrintable(u"the command ended first: "_s + QString::fromUtf8(p.readAll())));
        QCOMPARE(p.state(), QProcess::Running);

        ::kill(pid_t(p.processId()), signal);
        QVERIFY2(p.waitForFinished(180000), "the command did not stop within 3 minutes");
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 128 + signal, qPrintable(QString::number(p.exitCode()) + u": "_s + err));
        QVERIFY2(err.contains(u"stopping (signal %1)"_s.arg(signal)), qPrintable(err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"stopped.json"_s))); // no report of a stopped run
        // Nothing of that run is left: no container, no image built for the probe.
        QCOMPARE(run(u"docker"_s, QStringList { u"ps"_s, u"--all"_s, u"--quiet"_s } + label).out.trimmed(), QString());
        QVERIFY2(probeImages(u"slowbullpenprobe"_s).isEmpty(),
                 qPrintable(probeImages(u"slowbullpenprobe"_s).join(u", "_s) + u"\n"_s + err));
    }

    void cleanupTestCase()
    {
        if (QStandardPaths::findExecutable(u"docker"_s).isEmpty())
            return;
        // Should a run have left one (Writer's and NodeWriter's probes).
        for (const QString &image : probeImages() + probeImages(u"slowbullpenprobe"_s))
            run(u"docker"_s, { u"rmi"_s, u"--force"_s, image });
    }
};

QTEST_GUILESS_MAIN(TestPortabilityCli)
#include "tst_portabilitycli.moc"
