// SPDX-License-Identifier: MIT
// A PackageType: Image function end to end against the real daemon: SAM's
// Metadata read from the template, the image built through the Engine API's
// build endpoint from a Dockerfile FROM Bullpen's offline python image (the
// ctest fixture docker_test_image), the build log streamed, then invoked cold
// and warm in the pool on the backend named by BULLPEN_TEST_BACKEND (docker:
// the image itself; runc: its file system exported and unpacked as the root).
// `bullpen build` (ProjectBuilder) builds the same image and finds it up to date.
#include "engine/build/projectbuilder.h"
#include "engine/core/clock.h"
#include "engine/pool/warmpool.h"
#include "engine/project/samtemplate.h"
#include "engine/sandbox/backendregistry.h"
#include "engine/sandbox/docker/dockerbackend.h"
#include "engine/sandbox/docker/dockerclient.h"
#include "engine/sandbox/ocibackend.h"
#include "tests/support/ciskip.h"
#include "tests/support/pooltestsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Bullpen;
using namespace Bullpen::TestSupport;
using namespace Qt::StringLiterals;

class TestImageFunction : public QObject
{
    Q_OBJECT

    QString m_backendName = qEnvironmentVariable("BULLPEN_TEST_BACKEND", u"oci"_s);
    ContainerBackend *m_backend = nullptr;
    DockerClient *m_docker = nullptr;
    QTemporaryDir m_project;
    QTemporaryDir m_cache;
    QString m_tag;
    QStringList m_buildLog;
    QStringList m_imageIds; // every image the test built, removed at the end

    DockerResponse call(const QByteArray &verb, const QString &path)
    {
        DockerResponse result;
        bool done = false;
        m_docker->call(verb, path, {}, nullptr, [&](const DockerResponse &r) {
            result = r;
            done = true;
        });
        QDeadlineTimer deadline(30000);
        while (!done && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        return result;
    }

    void writeTemplate()
    {
        QFile file(m_project.filePath(u"template.yaml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("AWSTemplateFormatVersion: '2010-09-09'\n"
                                  "Transform: AWS::Serverless-2016-10-31\n"
                                  "Resources:\n"
                                  "  HelloImage:\n"
                                  "    Type: AWS::Serverless::Function\n"
                                  "    Properties:\n"
                                  "      PackageType: Image\n"
                                  "      MemorySize: 256\n"
                                  "      Timeout: 10\n"
                                  "    Metadata:\n"
                                  "      Dockerfile: Dockerfile\n"
                                  "      DockerContext: ./hello\n"
                                  "      DockerTag: %1\n"
                                  "      DockerBuildArgs:\n"
                                  "        BASE: %2\n"
                                  "        GREETING: from the template\n")
                       .arg(m_tag, DockerBackend::runtimeImage(u"python3.12"_s))
                       .toUtf8());
    }

    FunctionConfig loadFunction()
    {
        ProjectError error;
        const auto parsed = SamTemplate::load(m_project.filePath(u"template.yaml"_s), &error);
        if (!parsed) {
            qWarning("%s", qPrintable(error.toString()));
            return {};
        }
        return parsed->functions().value(0);
    }

    void noteImage(const QString &reference)
    {
        const DockerResponse image = call("GET", QStringLiteral("/images/%1/json").arg(reference));
        const QString id = image.object().value(u"Id").toString();
        if (!id.isEmpty() && !m_imageIds.contains(id))
            m_imageIds << id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_backend = createBackend(m_backendName, &error, this);
        if (!m_backend)
            BULLPEN_SKIP_UNLESS_CI(u"no container backend here: "_s + error);
        DockerErrorKind kind = DockerErrorKind::None;
        const DockerEndpoint endpoint = DockerClient::probe(&error, &kind);
        if (endpoint.socketPath.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"no Docker daemon here: "_s + error);
        m_docker = new DockerClient(endpoint, this);
        const DockerResponse base
            = call("GET", QStringLiteral("/images/%1/json").arg(DockerBackend::runtimeImage(u"python3.12"_s)));
        QVERIFY2(base.ok(),
                 qPrintable(u"the test runtime image is missing (fixture docker_test_image): "_s + base.error));
        QVERIFY(m_project.isValid() && m_cache.isValid());
        // A tag of this run: the docker and runc variants may run at once.
        m_tag = QStringLiteral("test-%1-%2").arg(m_backendName).arg(QCoreApplication::applicationPid());
        QDir().mkpath(m_project.filePath(u"hello"_s));
        for (const QString &name : { u"Dockerfile"_s, u"app.py"_s })
            QVERIFY(QFile::copy(QStringLiteral(BULLPEN_TEST_DATA_DIR "/imagefunction/") + name,
                                m_project.filePath(u"hello/"_s + name)));
        writeTemplate();
        connect(m_backend, &ContainerBackend::runtimeImageProgress, this,
                [this](const QString &, const QString &message, int) { m_buildLog << message; });
    }

    void metadataReadFromTheTemplate()
    {
        const FunctionConfig f = loadFunction();
        QCOMPARE(f.logicalId, u"HelloImage"_s);
        QVERIFY(f.image.isImage());
        QVERIFY(f.runtime.isEmpty());
        QCOMPARE(f.image.contextDirectory, QDir::cleanPath(m_project.filePath(u"hello"_s)));
        QCOMPARE(f.image.dockerfile, u"Dockerfile"_s);
        QCOMPARE(f.image.reference(), u"helloimage:"_s + m_tag);
        QCOMPARE(f.image.buildArgs.value(u"GREETING"_s), u"from the template"_s);
        QCOMPARE(f.memorySizeMb, 256);
    }

    void aMissingDockerfileIsNamed()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(u"ctx"_s));
        ProjectError error;
        const auto parsed = SamTemplate::parse("Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n"
                                               "    Properties:\n      PackageType: Image\n"
                                               "    Metadata:\n      DockerContext: ctx\n      DockerTag: v1\n",
                                               dir.filePath(u"template.yaml"_s), &error);
        QVERIFY(!parsed || !parsed->errors().isEmpty() || parsed->functions().isEmpty());
        const QString text
            = parsed && !parsed->errors().isEmpty() ? parsed->errors().first().toString() : error.toString();
        QVERIFY2(text.contains(u"no Dockerfile \"Dockerfile\""_s), qPrintable(text));
    }

    void builtThenInvokedColdAndWarm()
    {
        const FunctionConfig f = loadFunction();
        QVERIFY(f.image.isImage());
        ManualClock clock;
        ManualClock realClock;
        WarmPool pool(m_backend, &clock, &realClock, m_cache.path());
        m_buildLog.clear();
        const InvocationResult first = waitFor(pool.invoke(f, "{}"), 600000);
        noteImage(f.image.reference());
        QVERIFY2(first.succeeded(), qPrintable(describe(first) + u"\nbuild log:\n"_s + m_buildLog.join(u'\n')));
        QVERIFY(first.coldStart);
        // The daemon's own build log came through as it was written.
        QVERIFY2(m_buildLog.filter(u"step"_s, Qt::CaseInsensitive).size() >= 4, qPrintable(m_buildLog.join(u'\n')));
        QVERIFY2(!m_buildLog.filter(u"built helloimage:"_s).isEmpty(), qPrintable(m_buildLog.join(u'\n')));
        const QJsonValue body = payloadJson(first);
        QCOMPARE(body[u"count"_s].toInt(), 1);
        QCOMPARE(body[u"greeting"_s].toString(), u"from the template"_s); // DockerBuildArgs reached the build
        QCOMPARE(body[u"handler"_s].toString(), u"app.handler"_s); // the image's CMD
        QCOMPARE(body[u"cwd"_s].toString(), u"/var/task"_s); // the base image's WORKDIR
        QCOMPARE(body[u"function"_s].toString(), u"HelloImage"_s);

        const InvocationResult second = waitFor(pool.invoke(f, "{}"));
        QVERIFY2(second.succeeded(), qPrintable(describe(second)));
        QVERIFY(!second.coldStart);
        QCOMPARE(second.instanceId, first.instanceId);
        QCOMPARE(payloadJson(second)[u"count"_s].toInt(), 2);
    }

    void anUnchangedImageIsNotRebuiltAndAChangeIs()
    {
        const FunctionConfig f = loadFunction();
        {
            ManualClock clock;
            ManualClock realClock;
            WarmPool pool(m_backend, &clock, &realClock, m_cache.path());
            m_buildLog.clear();
            const InvocationResult cold = waitFor(pool.invoke(f, "{}"), 120000);
            QVERIFY2(cold.succeeded(), qPrintable(describe(cold)));
            QVERIFY(cold.coldStart);
            QCOMPARE(payloadJson(cold)[u"count"_s].toInt(), 1);
            QVERIFY2(m_buildLog.filter(u"step"_s, Qt::CaseInsensitive).isEmpty(), qPrintable(m_buildLog.join(u'\n')));
            QVERIFY2(!m_buildLog.filter(u"up to date"_s).isEmpty(), qPrintable(m_buildLog.join(u'\n')));
        }
        // A change to the code is a new image.
        QFile app(m_project.filePath(u"hello/app.py"_s));
        QVERIFY(app.open(QIODevice::ReadOnly));
        QByteArray code = app.readAll();
        app.close();
        code.replace("VERSION = \"one\"", "VERSION = \"two\"");
        QVERIFY(app.open(QIODevice::WriteOnly | QIODevice::Truncate));
        app.write(code);
        app.close();
        ManualClock clock;
        ManualClock realClock;
        WarmPool pool(m_backend, &clock, &realClock, m_cache.path());
        m_buildLog.clear();
        const InvocationResult changed = waitFor(pool.invoke(f, "{}"), 600000);
        noteImage(f.image.reference());
        QVERIFY2(changed.succeeded(), qPrintable(describe(changed) + m_buildLog.join(u'\n')));
        QCOMPARE(payloadJson(changed)[u"version"_s].toString(), u"two"_s);
        QVERIFY2(!m_buildLog.filter(u"step"_s, Qt::CaseInsensitive).isEmpty(), qPrintable(m_buildLog.join(u'\n')));
    }

    void bullpenBuildBuildsItToo()
    {
        // `bullpen build`: the same image, found up to date, its log on the builder's logLine.
        ProjectBuilder builder(m_project.filePath(u"template.yaml"_s));
        QStringList lines;
        connect(&builder, &ProjectBuilder::logLine, this,
                [&lines](const QString &id, const QString &line) { lines << id + u": "_s + line; });
        QSignalSpy finished(&builder, &ProjectBuilder::finished);
        QString error;
        QVERIFY2(builder.start({ u"HelloImage"_s }, &error), qPrintable(error));
        QVERIFY(finished.wait(300000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(builder.errorString() + lines.join(u'\n')));
        QCOMPARE(builder.upToDateCount(), 1);
        QVERIFY2(!lines.filter(u"HelloImage: helloimage:"_s).isEmpty(), qPrintable(lines.join(u'\n')));
        // Another build argument: rebuilt, and the log streamed.
        QFile tpl(m_project.filePath(u"template.yaml"_s));
        QVERIFY(tpl.open(QIODevice::ReadOnly));
        QByteArray text = tpl.readAll();
        tpl.close();
        text.replace("GREETING: from the template", "GREETING: from bullpen build");
        QVERIFY(tpl.open(QIODevice::WriteOnly | QIODevice::Truncate));
        tpl.write(text);
        tpl.close();
        lines.clear();
        finished.clear();
        QVERIFY2(builder.start({}, &error), qPrintable(error));
        QVERIFY(finished.wait(600000));
        noteImage(u"helloimage:"_s + m_tag);
        QVERIFY2(finished.first().first().toBool(), qPrintable(builder.errorString() + lines.join(u'\n')));
        QCOMPARE(builder.rebuiltCount(), 1);
        QVERIFY2(!lines.filter(u"step"_s, Qt::CaseInsensitive).isEmpty(), qPrintable(lines.join(u'\n')));
    }

    void cleanupTestCase()
    {
        if (!m_docker)
            return;
        for (const QString &id : std::as_const(m_imageIds)) {
            call("DELETE", QStringLiteral("/images/%1?force=1").arg(id));
            // The runc variant's exported root of that image.
            if (auto *oci = qobject_cast<OciBackend *>(m_backend))
                QDir(oci->functionRootCache() + u'/' + id.section(u':', -1).left(24)).removeRecursively();
        }
    }
};

QTEST_GUILESS_MAIN(TestImageFunction)
#include "tst_imagefunction.moc"
