// SPDX-License-Identifier: MIT
// DockerClient: the stream framings, the errors a user reads (no daemon, a
// socket that is not one, DOCKER_HOST over TCP, permission denied, a missing
// image), and the image calls against the real daemon.
#include "engine/sandbox/docker/dockerbackend.h"
#include "engine/sandbox/docker/dockerclient.h"
#include "engine/sandbox/docker/dockerimages.h"
#include "tests/support/ciskip.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QLocalServer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

QByteArray frame(int stream, const QByteArray &payload)
{
    QByteArray f(8, '\0');
    f[0] = char(stream);
    const quint32 n = quint32(payload.size());
    f[4] = char(n >> 24);
    f[5] = char(n >> 16);
    f[6] = char(n >> 8);
    f[7] = char(n);
    return f + payload;
}

DockerResponse call(DockerClient *client, const QByteArray &verb, const QString &path, const QByteArray &body = {})
{
    DockerResponse result;
    bool done = false;
    client->call(verb, path, body, nullptr, [&](const DockerResponse &r) {
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

} // namespace

class TestDockerClient : public QObject
{
    Q_OBJECT

    DockerEndpoint m_endpoint;

private Q_SLOTS:
    void demuxSplitsFramesAcrossChunks()
    {
        QList<QPair<int, QByteArray>> got;
        DockerStreamDemux demux([&](int stream, const QByteArray &payload) { got.append({ stream, payload }); });
        const QByteArray all = frame(1, "hello\nwor") + frame(2, "oops\n") + frame(1, "ld\n") + frame(1, {});
        // Byte by byte: no frame is delivered before it is complete.
        for (char c : all)
            demux.feed(QByteArray(1, c));
        QCOMPARE(got.size(), 4);
        QCOMPARE(got.at(0), (QPair<int, QByteArray>(1, "hello\nwor")));
        QCOMPARE(got.at(1), (QPair<int, QByteArray>(2, "oops\n")));
        QCOMPARE(got.at(2), (QPair<int, QByteArray>(1, "ld\n")));
        QCOMPARE(demux.pending(), 0);
    }

    void jsonLinesFindAnErrorInsideA200Stream()
    {
        QStringList statuses;
        DockerJsonLines lines([&](const QJsonObject &o) { statuses << o.value(u"status").toString(); });
        lines.feed("{\"status\":\"Downloading\"}\n{\"status\":\"Ext");
        lines.feed("racting\"}\n{\"errorDetail\":{\"message\":\"write /x: no space left on device\"},\"error\":\"e\"}");
        lines.finish();
        QCOMPARE(statuses.mid(0, 2), (QStringList { u"Downloading"_s, u"Extracting"_s }));
        QCOMPARE(lines.error(), u"write /x: no space left on device"_s);
    }

    void noSocketNamesThePath()
    {
        QString error;
        DockerErrorKind kind = DockerErrorKind::None;
        const DockerEndpoint e
            = DockerClient::probeSocket(u"/nonexistent/bullpen/docker.sock"_s, u"test"_s, &error, &kind);
        QVERIFY(e.socketPath.isEmpty());
        QCOMPARE(kind, DockerErrorKind::NoDaemon);
        QVERIFY2(error.contains(u"/nonexistent/bullpen/docker.sock") && error.contains(u"does not exist"),
                 qPrintable(error));
        DockerBackend backend(nullptr, u"/nonexistent/bullpen/docker.sock"_s);
        QString why;
        QVERIFY(!backend.isAvailable(&why));
        QVERIFY2(why.contains(u"/nonexistent/bullpen/docker.sock"), qPrintable(why));
    }

    void aFileThatIsNoSocket()
    {
        QTemporaryDir dir;
        QFile plain(dir.filePath(u"docker.sock"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        QString error;
        DockerErrorKind kind = DockerErrorKind::None;
        DockerClient::probeSocket(plain.fileName(), u"test"_s, &error, &kind);
        QCOMPARE(kind, DockerErrorKind::NoDaemon);
        QVERIFY2(error.contains(u"no Docker daemon answers on " + plain.fileName()), qPrintable(error));
    }

    void dockerHostOverTcpIsRefusedByName()
    {
        qputenv("DOCKER_HOST", "tcp://127.0.0.1:2375");
        QString error;
        const DockerEndpoint e = DockerClient::probe(&error);
        qunsetenv("DOCKER_HOST");
        QVERIFY(e.socketPath.isEmpty());
        QVERIFY2(error.contains(u"tcp://127.0.0.1:2375") && error.contains(u"unix://"), qPrintable(error));
    }

    void permissionDeniedSaysWhatToDo()
    {
        // A socket only its owner may use, probed by another user.
        const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
        if (geteuid() != 0 || setpriv.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"needs root and setpriv(1) to probe as another user"_s);
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFile::ExeOther | QFile::ReadOther);
        QLocalServer server;
        server.setSocketOptions(QLocalServer::UserAccessOption);
        QVERIFY(server.listen(dir.filePath(u"docker.sock"_s)));
        QProcess probe;
        probe.start(setpriv,
                    { u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                      QCoreApplication::applicationFilePath(), u"--probe"_s, server.fullServerName() });
        QVERIFY(probe.waitForFinished(30000));
        const QString said = QString::fromUtf8(probe.readAllStandardOutput() + probe.readAllStandardError());
        QVERIFY2(said.contains(u"permission denied") && said.contains(u"docker\" group")
                     && said.contains(u"rootless Podman"),
                 qPrintable(said));
    }

    void pingNegotiatesTheVersion()
    {
        QString error;
        m_endpoint = DockerClient::probe(&error);
        if (m_endpoint.socketPath.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"no Docker daemon here: "_s + error);
        QCOMPARE(m_endpoint.apiVersion, u"1.41"_s);
        DockerClient client(m_endpoint);
        const DockerResponse version = call(&client, "GET", u"/version"_s);
        QVERIFY2(version.ok(), qPrintable(version.error));
        QVERIFY(!version.object().value(u"ApiVersion").toString().isEmpty());
    }

    void podmanThroughItsSocket()
    {
        // decisions §1: Podman may be skipped where it cannot be installed.
        // It is not in this machine's development root (not cheap: it pulls
        // conmon, crun/runc, netavark and their configuration).
        const QString socket = u"/run/podman/podman.sock"_s;
        if (!QFile::exists(socket))
            QSKIP("Podman is not installed here (no /run/podman/podman.sock)");
        QString error;
        const DockerEndpoint podman = DockerClient::probeSocket(socket, u"Podman (rootful)"_s, &error);
        QVERIFY2(!podman.socketPath.isEmpty(), qPrintable(error));
        QVERIFY(podman.podman);
    }

    void aMissingImageIsNamedSo()
    {
        if (m_endpoint.socketPath.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"no Docker daemon here"_s);
        DockerClient client(m_endpoint);
        const DockerResponse created
            = call(&client, "POST", u"/containers/create"_s, R"({"Image":"bullpen-test-no-such-image:x"})");
        QCOMPARE(created.errorKind, DockerErrorKind::ImageMissing);
        QVERIFY2(created.error.contains(u"bullpen-test-no-such-image"), qPrintable(created.error));
    }

    void importListAndRemoveByLabel()
    {
        if (m_endpoint.socketPath.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"no Docker daemon here"_s);
        qputenv("BULLPEN_DOCKER_RUNTIME_REPO", "bullpen-test-client");
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(u"root/etc"_s);
        QFile file(dir.filePath(u"root/etc/marker"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::number(QCoreApplication::applicationPid())); // a fresh hash each run
        file.close();
        QVERIFY(QProcess::execute(u"tar"_s,
                                  { u"-C"_s, dir.filePath(u"root"_s), u"-cf"_s, dir.filePath(u"root.tar"_s), u"."_s })
                == 0);
        DockerClient client(m_endpoint);
        DockerImages images(&client);
        QSignalSpy finished(&images, &DockerImages::finished);
        QSignalSpy progress(&images, &DockerImages::progress);
        RuntimeImageInput input;
        input.runtime = u"python3.12"_s;
        input.tarballPath = dir.filePath(u"root.tar"_s);
        input.environment = { u"LAMBDA_TASK_ROOT=/var/task"_s };
        input.versions = { { u"python"_s, u"3.13"_s } };
        images.importRuntime(input);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(!progress.isEmpty());
        // The same inputs again: no second import.
        images.importRuntime(input);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.at(1).at(1).toString().contains(u"up to date"), qPrintable(finished.at(1).at(1).toString()));

        const DockerResponse inspected = call(&client, "GET", u"/images/bullpen-test-client:python/json"_s);
        QVERIFY2(inspected.ok(), qPrintable(inspected.error));
        const QJsonObject config = inspected.object().value(u"Config").toObject();
        const QJsonObject labels = config.value(u"Labels").toObject();
        QCOMPARE(labels.value(u"io.bullpen.kind").toString(), u"runtime-image"_s);
        QCOMPARE(labels.value(u"io.bullpen.runtime").toString(), u"python"_s);
        QCOMPARE(labels.value(u"io.bullpen.versions.python").toString(), u"3.13"_s);
        QVERIFY(!labels.value(u"io.bullpen.inputs").toString().isEmpty());
        QVERIFY(config.value(u"Env").toArray().contains(u"LAMBDA_TASK_ROOT=/var/task"_s));

        bool listed = false;
        images.list([&](const QList<DockerImageInfo> &list, const QString &error) {
            QVERIFY(error.isEmpty());
            for (const DockerImageInfo &image : list)
                listed = listed || image.tags.contains(u"bullpen-test-client:python"_s);
        });
        QTRY_VERIFY_WITH_TIMEOUT(listed, 30000);
        // An image built FROM it through POST /build, its log streamed (what
        // a PackageType: Image function's Dockerfile goes through).
        QDir(dir.path()).mkpath(u"context"_s);
        QFile dockerfile(dir.filePath(u"context/Dockerfile"_s));
        QVERIFY(dockerfile.open(QIODevice::WriteOnly));
        dockerfile.write(
            "FROM bullpen-test-client:python\nLABEL io.bullpen.kind=function-image\nCOPY app.txt /var/task/\n");
        dockerfile.close();
        QFile app(dir.filePath(u"context/app.txt"_s));
        QVERIFY(app.open(QIODevice::WriteOnly));
        app.write("handler\n");
        app.close();
        QCOMPARE(
            QProcess::execute(
                u"tar"_s, { u"-C"_s, dir.filePath(u"context"_s), u"-cf"_s, dir.filePath(u"context.tar"_s), u"."_s }),
            0);
        QStringList buildLog;
        DockerResponse built;
        bool buildDone = false;
        client.buildImage(
            dir.filePath(u"context.tar"_s), u"t=bullpen-test-client-fn:latest&rm=1"_s, nullptr,
            [&](const QString &line) { buildLog << line; },
            [&](const DockerResponse &r) {
                built = r;
                buildDone = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(buildDone, 60000);
        QVERIFY2(built.ok(), qPrintable(built.error + buildLog.join(u'\n')));
        QVERIFY2(buildLog.join(u'\n').contains(u"Step 3/3 : COPY app.txt /var/task/"),
                 qPrintable(buildLog.join(u'\n')));
        const DockerResponse fn = call(&client, "GET", u"/images/bullpen-test-client-fn:latest/json"_s);
        QVERIFY(fn.ok());
        QCOMPARE(
            fn.object().value(u"Config").toObject().value(u"Labels").toObject().value(u"io.bullpen.kind").toString(),
            u"function-image"_s);
        // A Dockerfile that fails: the error inside the 200 stream is the result.
        QVERIFY(dockerfile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        dockerfile.write("FROM bullpen-test-client:python\nCOPY missing.txt /var/task/\n");
        dockerfile.close();
        QCOMPARE(
            QProcess::execute(
                u"tar"_s, { u"-C"_s, dir.filePath(u"context"_s), u"-cf"_s, dir.filePath(u"context.tar"_s), u"."_s }),
            0);
        buildDone = false;
        client.buildImage(dir.filePath(u"context.tar"_s), u"t=bullpen-test-client-fn:broken&rm=1"_s, nullptr, {},
                          [&](const DockerResponse &r) {
                              built = r;
                              buildDone = true;
                          });
        QTRY_VERIFY_WITH_TIMEOUT(buildDone, 60000);
        QVERIFY(!built.ok());
        QVERIFY2(built.error.contains(u"missing.txt"), qPrintable(built.error));
        QVERIFY(call(&client, "DELETE", u"/images/bullpen-test-client-fn:latest"_s).ok());

        int removed = -1;
        images.removeRuntimes({ u"python"_s }, [&](int n, const QString &) { removed = n; });
        QTRY_VERIFY_WITH_TIMEOUT(removed >= 0, 30000);
        QCOMPARE(removed, 1);
        QCOMPARE(call(&client, "GET", u"/images/bullpen-test-client:python/json"_s).errorKind,
                 DockerErrorKind::ImageMissing);
        qputenv("BULLPEN_DOCKER_RUNTIME_REPO", "bullpen-test-runtime");
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && qstrcmp(argv[1], "--probe") == 0) {
        QString error;
        DockerClient::probeSocket(QString::fromLocal8Bit(argv[2]), u"test"_s, &error);
        std::printf("%s\n", qPrintable(error));
        return 0;
    }
    TestDockerClient test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dockerclient.moc"
