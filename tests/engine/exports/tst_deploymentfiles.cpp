// SPDX-License-Identifier: MIT
// The Swarm stack file and the EC2 user data of a function, as text and as
// the real tools read them: the user data must pass `cloud-init schema`
// (Debian's cloud-init, in the development root), and a broken document must
// not (so the check can fail); the stack file is read by YAML and checked
// for what issue 12 asks (replicas, memory limit = MemorySize, restart
// policy, health check, the invoke port published). tst_stackdeploy deploys it.
#include "engine/exports/deploymentfiles.h"
#include "tests/support/ciskip.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

FunctionConfig sampleFunction()
{
    FunctionConfig f;
    f.logicalId = u"HelloFunction"_s;
    f.functionName = u"hello-prod"_s;
    f.runtime = u"python3.12"_s;
    f.handler = u"app.handler"_s;
    f.memorySizeMb = 256;
    f.timeoutSeconds = 7;
    f.ephemeralStorageMb = 1024;
    f.environment.insert(u"GREETING"_s, u"it's \"quoted\" $HOME\nand two lines"_s);
    f.environment.insert(u"TABLE"_s, u"users"_s);
    return f;
}

struct Run
{
    int exitCode = -1;
    QString output;
};

Run runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000))
        return { -1, process.errorString() };
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAll()) };
}

} // namespace

class TestDeploymentFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Run schema(const QString &text)
    {
        const QString path = m_dir.filePath(u"user-data-%1.yaml"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return { -1, u"cannot write "_s + path };
        file.write(text.toUtf8());
        file.close();
        return runTool(u"cloud-init"_s, { u"schema"_s, u"--config-file"_s, path });
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void stackCarriesLambdasConfiguration()
    {
        DeploymentOptions options;
        options.image = u"registry.example:5000/hello:1"_s;
        options.replicas = 3;
        options.publishedPort = 9123;
        QString error;
        const QString stack = swarmStackFile(sampleFunction(), options, &error);
        QVERIFY2(!stack.isEmpty(), qPrintable(error));
        QVERIFY(stack.contains(u"version: \"3.8\"\nservices:\n  hellofunction:\n"_s));
        QVERIFY(stack.contains(u"    image: \"registry.example:5000/hello:1\"\n"_s));
        QVERIFY(stack.contains(u"      replicas: 3\n"_s));
        QVERIFY(stack.contains(u"          memory: 256M\n"_s));
        QVERIFY(stack.contains(u"          cpus: \"0.1447\"\n"_s)); // 256 / 1769
        QVERIFY(stack.contains(u"      - target: 8080\n        published: 9123\n"_s));
        QVERIFY(stack.contains(u"      restart_policy:\n        condition: any\n"_s));
        QVERIFY(stack.contains(u"    healthcheck:\n      test: [\"CMD-SHELL\", "_s));
        QVERIFY(stack.contains(u"          size: 1073741824\n"_s)); // EphemeralStorage
        QVERIFY(stack.contains(u"      AWS_LAMBDA_FUNCTION_NAME: \"hello-prod\"\n"_s));
        QVERIFY(stack.contains(u"      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: \"256\"\n"_s));
        QVERIFY(stack.contains(u"      AWS_LAMBDA_FUNCTION_TIMEOUT: \"7\"\n"_s));
        // A value with quotes, a dollar and a line break survives as one YAML scalar.
        QVERIFY(stack.contains(u"      GREETING: \"it's \\\"quoted\\\" $HOME\\nand two lines\"\n"_s));
    }

    void badOptionsAreRefusedByName_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("replicas");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no image") << QString() << 9000 << 1 << QString() << u"no image named"_s;
        QTest::newRow("image with a space")
            << u"hello world"_s << 9000 << 1 << QString() << u"not an image reference"_s;
        QTest::newRow("port 0") << u"hello:1"_s << 0 << 1 << QString() << u"published port must be 1 to 65535, got 0"_s;
        QTest::newRow("port too high") << u"hello:1"_s << 70000 << 1 << QString() << u"got 70000"_s;
        QTest::newRow("no replicas") << u"hello:1"_s << 9000 << 0 << QString() << u"at least 1 replica, got 0"_s;
        QTest::newRow("upper-case name") << u"hello:1"_s << 9000 << 1 << u"Hello"_s << u"cannot name a service"_s;
    }

    void badOptionsAreRefusedByName()
    {
        QFETCH(QString, image);
        QFETCH(int, port);
        QFETCH(int, replicas);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        DeploymentOptions options { image, name, port, replicas };
        QString error;
        QVERIFY(swarmStackFile(sampleFunction(), options, &error).isEmpty());
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void userDataPassesCloudInitSchema()
    {
        if (QStandardPaths::findExecutable(u"cloud-init"_s).isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"cloud-init is not installed (Debian's cloud-init package)"_s);
        DeploymentOptions options;
        options.image = u"123456789012.dkr.ecr.eu-west-1.amazonaws.com/hello:1"_s;
        QString error;
        const QString userData = ec2UserData(sampleFunction(), options, &error);
        QVERIFY2(!userData.isEmpty(), qPrintable(error));
        QVERIFY(userData.startsWith(u"#cloud-config\n"_s));
        QVERIFY(userData.contains(u"--publish 9000:8080"_s));
        QVERIFY(userData.contains(u"--memory 256m"_s));
        QVERIFY(userData.contains(u"aws ecr get-login-password"_s));
        const Run valid = schema(userData);
        QVERIFY2(valid.exitCode == 0, qPrintable(valid.output + u"\n---\n"_s + userData));
        QVERIFY2(valid.output.contains(u"Valid schema"_s), qPrintable(valid.output));

        // The same check refuses a broken document: runcmd must be a list.
        QString broken = userData;
        broken.replace(QRegularExpression(u"runcmd:\\n.*"_s, QRegularExpression::DotMatchesEverythingOption),
                       u"runcmd: 42\n"_s);
        const Run invalid = schema(broken);
        QVERIFY2(invalid.exitCode != 0, qPrintable(invalid.output));
        QVERIFY2(invalid.output.contains(u"runcmd"_s), qPrintable(invalid.output));
    }

    void userDataScriptIsValidShell()
    {
        // The script cloud-init writes: sh -n parses it as the instance would.
        DeploymentOptions options;
        options.image = u"hello:latest"_s;
        QString error;
        const QString userData = ec2UserData(sampleFunction(), options, &error);
        QVERIFY2(!userData.isEmpty(), qPrintable(error));
        const QString marker = u"    content: |\n"_s;
        const qsizetype start = userData.indexOf(marker) + marker.size();
        const qsizetype end = userData.indexOf(u"\nruncmd:"_s);
        QVERIFY(start > marker.size() && end > start);
        QString script;
        for (const QString &line : userData.mid(start, end - start).split(u'\n'))
            script += line.mid(6) + u'\n';
        QVERIFY(script.startsWith(u"#!/bin/sh\n"_s));
        const QString path = m_dir.filePath(u"run.sh"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(script.toUtf8());
        file.close();
        const Run parsed = runTool(u"sh"_s, { u"-n"_s, path });
        QVERIFY2(parsed.exitCode == 0, qPrintable(parsed.output + script));
        // The environment value with quotes and a line break is one word for docker.
        QVERIFY2(script.contains(u"--env 'GREETING=it'\\''s \"quoted\" $HOME\nand two lines'"_s), qPrintable(script));
    }
};

QTEST_GUILESS_MAIN(TestDeploymentFiles)
#include "tst_deploymentfiles.moc"
