// SPDX-License-Identifier: MIT
// The official-image path (issue 10, decisions §4 "8 Docker") against a real
// registry on loopback: Debian's docker-registry, started by the test on a
// free 127.0.0.1 port. Bullpen's offline python image (fixture
// docker_test_image), with one layer of its own on top, is pushed there as
// <registry>/lambda/python:3.12 and removed locally; DockerImages::pullOfficial
// then pulls it through the Engine API with the daemon's progress, labels it
// as a runtime image, and the Docker backend runs a function on it.
#include "engine/core/clock.h"
#include "engine/pool/warmpool.h"
#include "engine/sandbox/docker/dockerbackend.h"
#include "engine/sandbox/docker/dockerclient.h"
#include "engine/sandbox/docker/dockerimages.h"
#include "tests/support/ciskip.h"
#include "tests/support/pooltestsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Bullpen;
using namespace Bullpen::TestSupport;
using namespace Qt::StringLiterals;

namespace {

int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

} // namespace

class TestRegistryPull : public QObject
{
    Q_OBJECT

    DockerClient *m_docker = nullptr;
    QProcess m_registry;
    QTemporaryDir m_dir;
    QString m_registryHost; // 127.0.0.1:port
    QString m_baseImage; // the runtime image the test runs on (fixture docker_test_image)
    QStringList m_cleanup; // image references to remove at the end

    DockerResponse call(const QByteArray &verb, const QString &path, const QByteArray &body = {})
    {
        DockerResponse result;
        bool done = false;
        m_docker->call(verb, path, body, nullptr, [&](const DockerResponse &r) {
            result = r;
            done = true;
        });
        QDeadlineTimer deadline(120000);
        while (!done && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        return result;
    }

    bool registryAnswers()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_registryHost.section(u':', 1).toInt()));
        return socket.waitForConnected(500);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The test's own repository: the pulled image never replaces the
        // runtime images other tests run on.
        qputenv("BULLPEN_DOCKER_RUNTIME_REPO", "bullpen-test-pulled");
        QString error;
        DockerErrorKind kind = DockerErrorKind::None;
        const DockerEndpoint endpoint = DockerClient::probe(&error, &kind);
        if (endpoint.socketPath.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"no Docker daemon here: "_s + error);
        if (endpoint.podman)
            QSKIP("Podman pulls from loopback registries only when registries.conf says they are insecure");
        m_docker = new DockerClient(endpoint, this);
        const QString registry = QStandardPaths::findExecutable(u"docker-registry"_s);
        if (registry.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"docker-registry is not installed (Debian's docker-registry package; "
                                   "installer/devroot-packages.txt lists it)"_s);
        m_baseImage = u"bullpen-test-runtime:python"_s;
        QVERIFY2(call("GET", QStringLiteral("/images/%1/json").arg(m_baseImage)).ok(),
                 "the test runtime image is missing (fixture docker_test_image)");

        const int port = freePort();
        QVERIFY(port > 0);
        m_registryHost = QStringLiteral("127.0.0.1:%1").arg(port);
        QFile config(m_dir.filePath(u"config.yml"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("version: 0.1\n"
                                    "log:\n  level: error\n"
                                    "storage:\n  filesystem:\n    rootdirectory: %1\n  delete:\n    enabled: true\n"
                                    "http:\n  addr: %2\n")
                         .arg(m_dir.filePath(u"data"_s), m_registryHost)
                         .toUtf8());
        config.close();
        m_registry.setProcessChannelMode(QProcess::ForwardedChannels);
        m_registry.start(registry, { u"serve"_s, config.fileName() });
        QVERIFY2(m_registry.waitForStarted(10000), qPrintable(m_registry.errorString()));
        QVERIFY2(QTest::qWaitFor([this] { return registryAnswers(); }, 30000), "the registry did not listen");
    }

    void pullsTheOfficialImageWithProgress()
    {
        // An image the daemon does not have yet: the runtime image with a
        // layer of its own (5 MB, so that the pull downloads something).
        const QJsonObject create { { u"Image"_s, m_baseImage },
                                   { u"User"_s, u"0"_s },
                                   { u"Entrypoint"_s, QJsonArray { u"/bin/sh"_s, u"-c"_s } },
                                   { u"Cmd"_s, QJsonArray { u"head -c 5000000 /dev/urandom > /layer-of-its-own"_s } },
                                   { u"Labels"_s, QJsonObject { { u"io.bullpen.test"_s, u"tst_registrypull"_s } } } };
        const DockerResponse created
            = call("POST", u"/containers/create"_s, QJsonDocument(create).toJson(QJsonDocument::Compact));
        QVERIFY2(created.ok(), qPrintable(created.error));
        const QString container = created.object().value(u"Id").toString();
        QVERIFY(call("POST", QStringLiteral("/containers/%1/start").arg(container)).ok());
        const DockerResponse waited = call("POST", QStringLiteral("/containers/%1/wait").arg(container));
        QVERIFY2(waited.ok() && waited.object().value(u"StatusCode").toInt() == 0, waited.body.constData());
        const QString remote = m_registryHost + u"/lambda/python"_s;
        const DockerResponse committed = call(
            "POST",
            QStringLiteral("/commit?container=%1&repo=%2&tag=3.12").arg(container, DockerClient::percentEncode(remote)),
            "{}");
        call("DELETE", QStringLiteral("/containers/%1?force=1").arg(container));
        QVERIFY2(committed.ok(), qPrintable(committed.error));
        m_cleanup << remote + u":3.12"_s;

        bool pushed = false;
        DockerResponse pushResult;
        m_docker->pushImage(remote, u"3.12"_s, nullptr, {}, [&](const DockerResponse &r) {
            pushResult = r;
            pushed = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return pushed; }, 300000));
        QVERIFY2(pushResult.ok(), qPrintable(pushResult.error));
        // Gone locally (the tag and its layer): the pull must fetch it.
        const DockerResponse removed = call("DELETE", QStringLiteral("/images/%1:3.12").arg(remote));
        QVERIFY2(removed.ok(), qPrintable(removed.error));
        QVERIFY(!call("GET", QStringLiteral("/images/%1:3.12/json").arg(remote)).ok());

        DockerImages images(m_docker);
        QStringList messages;
        QList<int> percents;
        connect(&images, &DockerImages::progress, this, [&](const QString &message, int percent) {
            messages << message;
            percents << percent;
        });
        QSignalSpy finished(&images, &DockerImages::finished);
        images.pullOfficial(u"python3.12"_s, m_registryHost + u"/lambda"_s);
        QVERIFY(finished.wait(300000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString() + messages.join(u'\n')));
        // The daemon's own progress, layer by layer, up to 100 %.
        QVERIFY2(!messages.filter(u"Pull complete"_s).isEmpty(), qPrintable(messages.join(u'\n')));
        QVERIFY2(!messages.filter(u"Download"_s).isEmpty(), qPrintable(messages.join(u'\n')));
        QVERIFY2(percents.contains(100), qPrintable(messages.join(u'\n')));
        QVERIFY(std::all_of(percents.cbegin(), percents.cend(), [](int p) { return p >= -1 && p <= 100; }));

        // Now the runtime's image, labelled as Bullpen's.
        const DockerResponse runtime = call("GET", u"/images/bullpen-test-pulled:python/json"_s);
        QVERIFY2(runtime.ok(), qPrintable(runtime.error));
        const QJsonObject labels = runtime.object().value(u"Config").toObject().value(u"Labels").toObject();
        QCOMPARE(labels.value(u"io.bullpen.kind"_s).toString(), u"runtime-image"_s);
        QCOMPARE(labels.value(u"io.bullpen.runtime"_s).toString(), u"python"_s);
        QCOMPARE(labels.value(u"io.bullpen.source"_s).toString(), remote + u":3.12"_s);
    }

    void theDockerBackendRunsOnThePulledImage()
    {
        DockerBackend backend;
        QString why;
        QVERIFY2(backend.isAvailable(&why), qPrintable(why));
        ManualClock clock;
        ManualClock realClock;
        QTemporaryDir cache;
        WarmPool pool(&backend, &clock, &realClock, cache.path());
        FunctionConfig f = poolFunction(u"app.counter"_s);
        f.codeDirectory = QStringLiteral(BULLPEN_SOURCE_DIR "/tests/engine/pool/functions/python");
        const InvocationResult result = waitFor(pool.invoke(f, "{}"), 120000);
        QVERIFY2(result.succeeded(), qPrintable(describe(result)));
        QCOMPARE(payloadJson(result)[u"count"_s].toInt(), 1);
        // INIT_START names what the pulled image says it is.
        QVERIFY2(result.logs.first().startsWith(u"INIT_START Runtime Version: python:3.12"_s),
                 qPrintable(result.logs.first()));
    }

    void anUnreachableRegistryIsNamed()
    {
        DockerImages images(m_docker);
        QSignalSpy finished(&images, &DockerImages::finished);
        const QString nowhere = QStringLiteral("127.0.0.1:%1/lambda").arg(freePort());
        images.pullOfficial(u"python3.12"_s, nowhere);
        QVERIFY(finished.wait(120000));
        QVERIFY(!finished.first().at(0).toBool());
        const QString message = finished.first().at(1).toString();
        QVERIFY2(message.contains(nowhere + u"/python:3.12"_s), qPrintable(message));
    }

    void cleanupTestCase()
    {
        if (!m_docker)
            return;
        DockerImages images(m_docker);
        bool done = false;
        images.removeRuntimes({}, [&](int, const QString &) { done = true; });
        (void)QTest::qWaitFor([&] { return done; }, 60000);
        for (const QString &reference : std::as_const(m_cleanup))
            call("DELETE", QStringLiteral("/images/%1").arg(reference));
        m_registry.terminate();
        m_registry.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TestRegistryPull)
#include "tst_registrypull.moc"
