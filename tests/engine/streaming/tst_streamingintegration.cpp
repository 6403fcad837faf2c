// SPDX-License-Identifier: MIT
// Response streaming end to end, with real containers (runc or crun) and real
// clients: a Node.js handler in awslambda.streamifyResponse and a custom
// runtime in bash stream through the Runtime API; the test's own listener
// answers with Bullpen's encoders (InvokeStreamWriter, FunctionUrlStreamWriter)
// to curl, QNetworkAccessManager and the AWS CLI. Order, not time: the
// handler writes chunk k+1 only after the test opened gate k, which it opens
// only once its client has received chunk k; a server that buffered would
// never deliver chunk 0 and the test would fail. The time between chunks is
// printed.
#include "engine/invocation/invocation.h"
#include "engine/invoke/invoker.h"
#include "engine/serve/invokeapiserver.h"
#include "engine/streaming/functionurlstreamwriter.h"
#include "engine/streaming/invokestreamwriter.h"
#include "tests/support/ciskip.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <map>

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

FunctionConfig makeFunction(const QString &id, const QString &handler, const QString &runtime, const QString &dir)
{
    FunctionConfig f;
    f.logicalId = id;
    f.functionName = id;
    f.handler = handler;
    f.runtime = runtime;
    f.codeDirectory = QStringLiteral(BULLPEN_TEST_DATA_DIR "/functions/") + dir;
    f.memorySizeMb = 256;
    f.timeoutSeconds = 60;
    return f;
}

QString describe(const InvocationResult &r)
{
    return u"outcome=%1 engineError=%2 errorType=%3 payload=%4 logs:\n%5"_s.arg(
        invocationOutcomeName(r.outcome), r.engineError, r.errorType, QString::fromUtf8(r.payload.left(2000)),
        r.logs.join(u'\n'));
}

// The test's stand-in for `bullpen serve`: routes by path to a handler.
class Listener final : public QAbstractHttpServer
{
public:
    std::function<void(const QHttpServerRequest &, QHttpServerResponder &)> onRequest;

protected:
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override
    {
        onRequest(request, responder);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder) override
    {
        responder.write(QHttpServerResponder::StatusCode::NotFound);
    }
};

} // namespace

class TestStreamingIntegration : public QObject
{
    Q_OBJECT

    QString m_backendName = qEnvironmentVariable("BULLPEN_TEST_BACKEND", u"oci"_s);
    std::unique_ptr<Invoker> m_invoker; // one engine: two in a process would name containers alike
    QTemporaryDir m_cache;
    Listener m_listener;
    quint16 m_port = 0;
    QHash<QString, FunctionConfig> m_functions;
    FunctionUrlStreamingHandler m_urlHandler;
    QList<int> m_urlStatuses; // what the handler said it answered, in order

    // The gates and what happened, in order ("seen 0", "gate 0 asked", "opened 0", ...).
    std::map<int, QHttpServerResponder> m_parkedGates;
    QSet<int> m_openGates;
    QStringList m_order;
    int m_seen = 0;
    QElapsedTimer m_clientClock;
    qint64 m_lastSeenUs = 0;

    // The test's clients reach the listener on the host's loopback; the
    // handlers reach it as the user's service on the host (all addresses),
    // through host.docker.internal, as every isolating backend names the host.
    QByteArray base() const { return "http://127.0.0.1:" + QByteArray::number(m_port); }
    QByteArray gateHost() const { return "host.docker.internal:" + QByteArray::number(m_port); }
    QByteArray gateBase() const { return "http://" + gateHost() + "/gate"; }

    void openGate(int k)
    {
        m_order.append(u"opened %1"_s.arg(k));
        m_openGates.insert(k);
        if (auto it = m_parkedGates.find(k); it != m_parkedGates.end()) {
            QHttpServerResponder responder = std::move(it->second);
            m_parkedGates.erase(it);
            responder.write("open", "text/plain");
        }
    }

    // The client has received `all` so far: every chunk now complete is
    // noted, and the gate that lets the handler write the next one opens.
    void clientReceived(const QByteArray &all, const QByteArray &prefix, int chunks)
    {
        while (m_seen < chunks && all.contains(QByteArray(prefix + QByteArray::number(m_seen) + "\n"))) {
            const qint64 now = m_clientClock.nsecsElapsed() / 1000;
            qInfo("client received chunk %d, %lld µs after the previous one", m_seen, now - m_lastSeenUs);
            m_lastSeenUs = now;
            m_order.append(u"seen %1"_s.arg(m_seen));
            if (m_seen + 1 < chunks)
                openGate(m_seen);
            ++m_seen;
        }
    }

    void resetOrder()
    {
        m_parkedGates.clear();
        m_openGates.clear();
        m_order.clear();
        m_seen = 0;
        m_clientClock.start();
        m_lastSeenUs = 0;
    }

    // Chunk k was seen before gate k opened, and the handler asked for gate k
    // (having written chunk k) before chunk k+1 was seen.
    void verifyOrder(int chunks)
    {
        const QString order = m_order.join(u", ");
        for (int k = 0; k + 1 < chunks; ++k) {
            const qsizetype seen = m_order.indexOf(u"seen %1"_s.arg(k));
            const qsizetype asked = m_order.indexOf(u"gate %1 asked"_s.arg(k));
            const qsizetype opened = m_order.indexOf(u"opened %1"_s.arg(k));
            const qsizetype next = m_order.indexOf(u"seen %1"_s.arg(k + 1));
            QVERIFY2(seen >= 0 && asked >= 0 && opened >= 0 && next >= 0, qPrintable(order));
            QVERIFY2(seen < opened && opened < next && asked < next, qPrintable(order));
        }
    }

    void route(const QHttpServerRequest &request, QHttpServerResponder &responder)
    {
        const QString path = request.url().path();
        if (path.startsWith(u"/gate/")) {
            const int k = path.sliced(6).toInt();
            m_order.append(u"gate %1 asked"_s.arg(k));
            if (m_openGates.contains(k))
                responder.write("open", "text/plain");
            else
                m_parkedGates.emplace(k, std::move(responder));
            return;
        }
        static const QString invokePrefix = u"/2021-11-15/functions/"_s;
        if (path.startsWith(invokePrefix) && path.endsWith(u"/response-streaming-invocations")) {
            const QString name = path.sliced(invokePrefix.size()).section(u'/', 0, 0);
            InvokeOptions options;
            options.responseStream = true;
            Invocation *invocation = m_invoker->invoke(m_functions.value(name), request.body(), options);
            InvokeStreamWriter::Options writerOptions;
            writerOptions.tailLogs = request.value("X-Amz-Log-Type") == "Tail";
            new InvokeStreamWriter(std::move(responder), invocation, writerOptions, this);
            return;
        }
        if (path.startsWith(u"/url/")) {
            // As a function URL server calls it (FunctionUrlServer::setStreamingHandler).
            m_urlHandler(m_functions.value(path.sliced(5)), request.body(), std::move(responder),
                         [this](int status) { m_urlStatuses.append(status); });
            return;
        }
        responder.write(QHttpServerResponder::StatusCode::NotFound);
    }

    InvocationResult waitFor(Invocation *invocation, int timeoutMs = 120000)
    {
        if (!invocation->isFinished()) {
            QSignalSpy finished(invocation, &Invocation::finished);
            if (!finished.wait(timeoutMs)) {
                invocation->cancel(); // nothing of it may reach a later test
                InvocationResult none;
                none.outcome = InvocationOutcome::EngineError;
                none.engineError = u"the test gave up waiting"_s;
                return none;
            }
        }
        return invocation->result();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid());
        EngineSettings settings;
        settings.backend = m_backendName;
        settings.cacheDirectory = m_cache.path();
        QString error;
        m_invoker = Invoker::create(settings, &error);
        if (!m_invoker)
            BULLPEN_SKIP_UNLESS_CI(u"no container backend here: "_s + error);
        m_urlHandler = functionUrlStreamingHandler(m_invoker.get());
        m_functions.insert(u"stream"_s, makeFunction(u"stream"_s, u"index.handler"_s, u"nodejs20.x"_s, u"node"_s));
        m_functions.insert(u"plain"_s, makeFunction(u"plain"_s, u"index.plain"_s, u"nodejs20.x"_s, u"node"_s));
        m_functions.insert(u"custom"_s, makeFunction(u"custom"_s, u"unused"_s, u"provided.al2023"_s, u"custom"_s));
        m_functions.insert(u"python"_s, makeFunction(u"python"_s, u"app.handler"_s, u"python3.12"_s, u"python"_s));
        m_listener.onRequest
            = [this](const QHttpServerRequest &request, QHttpServerResponder &responder) { route(request, responder); };
        auto *tcp = new QTcpServer(&m_listener);
        QVERIFY(tcp->listen(QHostAddress::AnyIPv4)); // gateBase(): the handlers come from outside the loopback
        QVERIFY(m_listener.bind(tcp));
        m_port = tcp->serverPort();
        // One warm instance of each: the first use of a runtime may build its
        // image (minutes), which the order tests below should not wait for.
        for (const QString &name : { u"plain"_s, u"custom"_s, u"python"_s }) {
            const InvocationResult warm = waitFor(m_invoker->invoke(m_functions.value(name), "{}"), 900000);
            QVERIFY2(warm.succeeded(), qPrintable(name + u": "_s + describe(warm)));
        }
    }

    void cleanupTestCase()
    {
        if (!m_invoker)
            return;
        QSignalSpy stopped(m_invoker.get(), &Invoker::shutdownFinished);
        m_invoker->shutdown();
        QVERIFY(stopped.wait(60000));
    }

    void init() { resetOrder(); }

    // Engine level: the Invocation signals each chunk as the runtime writes
    // it, and the result settles once with the whole body.
    void nodeChunksReachTheInvocation()
    {
        const QByteArray event = "{\"chunks\":3,\"contentType\":\"text/plain\",\"gate\":\"" + gateBase() + "\"}";
        InvokeOptions options;
        options.responseStream = true;
        Invocation *invocation = m_invoker->invoke(m_functions.value(u"stream"_s), event, options);
        QByteArray received;
        QByteArray contentType;
        QObject context; // the connections end with this test
        connect(invocation, &Invocation::responseStreamStarted, &context,
                [&contentType](const QByteArray &type) { contentType = type; });
        connect(invocation, &Invocation::responseChunk, &context, [&](const QByteArray &chunk) {
            received += chunk;
            clientReceived(received, "chunk ", 3);
        });
        const InvocationResult result = waitFor(invocation);
        QVERIFY2(result.succeeded(), qPrintable(describe(result)));
        QVERIFY(result.streamed);
        QCOMPARE(contentType, "text/plain"_ba);
        QCOMPARE(result.payload, "chunk 0\nchunk 1\nchunk 2\n"_ba);
        QCOMPARE(received, result.payload);
        QVERIFY(result.logs.join(u'\n').contains(u"streaming 3 chunks"_s));
        verifyOrder(3);
    }

    // A function URL response read with curl --no-buffer, chunk by chunk; the
    // prelude became the status line, a header and a cookie.
    void curlReadsFunctionUrlChunkByChunk()
    {
        const QString curl = QStandardPaths::findExecutable(u"curl"_s);
        if (curl.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"curl is not installed"_s);
        const QByteArray event = "{\"chunks\":4,\"http\":true,\"gate\":\"" + gateBase() + "\"}";
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QByteArray out;
        connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
            out += process.readAllStandardOutput();
            clientReceived(out, "chunk ", 4);
        });
        process.start(curl,
                      { u"--no-buffer"_s, u"-sS"_s, u"-i"_s, u"-X"_s, u"POST"_s, u"--data-binary"_s,
                        QString::fromUtf8(event), QString::fromLatin1(base() + "/url/stream") });
        QVERIFY(process.waitForStarted());
        QSignalSpy exited(&process, &QProcess::finished);
        QVERIFY2(exited.wait(120000), qPrintable(m_order.join(u", ")));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray head = out.left(out.indexOf("\r\n\r\n")).toLower();
        QVERIFY2(head.startsWith("http/1.1 201"), head.constData());
        QVERIFY2(head.contains("x-bullpen: streamed"), head.constData());
        QVERIFY2(head.contains("set-cookie: flavour=oat"), head.constData());
        QVERIFY2(head.contains("transfer-encoding: chunked"), head.constData());
        QVERIFY2(out.endsWith("\r\n\r\nchunk 0\nchunk 1\nchunk 2\nchunk 3\n"), out.constData());
        QTRY_VERIFY(!m_urlStatuses.isEmpty());
        QCOMPARE(m_urlStatuses.last(), 201);
        verifyOrder(4);
    }

    // The same through Qt's client: readyRead per chunk.
    void networkAccessManagerReadsChunkByChunk()
    {
        const QByteArray event = "{\"chunks\":3,\"contentType\":\"text/plain\",\"gate\":\"" + gateBase() + "\"}";
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(QString::fromLatin1(base() + "/url/stream")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        QNetworkReply *reply = nam.post(request, event);
        QByteArray body;
        int readyReads = 0;
        connect(reply, &QNetworkReply::readyRead, reply, [&] {
            ++readyReads;
            body += reply->readAll();
            clientReceived(body, "chunk ", 3);
        });
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY2(finished.wait(120000), qPrintable(m_order.join(u", ")));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), u"text/plain"_s);
        QCOMPARE(body, "chunk 0\nchunk 1\nchunk 2\n"_ba);
        QVERIFY(readyReads >= 3);
        verifyOrder(3);
        reply->deleteLater();
    }

    // A handler that throws after its first chunks: the error comes in the
    // trailers; the result is a function error that keeps what was streamed.
    void errorMidStream()
    {
        InvokeOptions options;
        options.responseStream = true;
        Invocation *invocation
            = m_invoker->invoke(m_functions.value(u"stream"_s), "{\"chunks\":2,\"fail\":true}", options);
        QSignalSpy chunks(invocation, &Invocation::responseChunk);
        const InvocationResult result = waitFor(invocation);
        QCOMPARE(result.outcome, InvocationOutcome::FunctionError);
        QVERIFY(result.streamed);
        QCOMPARE(result.functionError, u"Unhandled"_s);
        QCOMPARE(result.errorType, u"Error"_s);
        QCOMPARE(result.errorMessage, u"boom after the chunks"_s);
        QVERIFY(!result.stackTrace.isEmpty());
        QCOMPARE(result.streamedBody, "chunk 0\nchunk 1\n"_ba);
        QVERIFY(!chunks.isEmpty());
        QVERIFY2(result.logs.join(u'\n').contains(u"Invoke Error"_s), qPrintable(describe(result)));
    }

    // A custom runtime (bash over /dev/tcp in the provided image) streams too.
    void customRuntimeStreams()
    {
        const QByteArray event = "{\"gate\":\"" + gateHost() + "\"}";
        InvokeOptions options;
        options.responseStream = true;
        Invocation *invocation = m_invoker->invoke(m_functions.value(u"custom"_s), event, options);
        QByteArray received;
        QObject context; // the connections end with this test
        connect(invocation, &Invocation::responseChunk, &context, [&](const QByteArray &chunk) {
            received += chunk;
            clientReceived(received, "custom ", 3);
        });
        const InvocationResult result = waitFor(invocation);
        QVERIFY2(result.succeeded(), qPrintable(describe(result)));
        QVERIFY(result.streamed);
        QCOMPARE(result.contentType, "text/plain"_ba);
        QCOMPARE(result.payload, "custom 0\ncustom 1\ncustom 2\n"_ba);
        verifyOrder(3);
    }

    // Python does not stream (as on Lambda): asked to, the invocation is
    // refused with a clear error and never reaches an instance.
    void pythonStreamingIsRefused()
    {
        InvokeOptions options;
        options.responseStream = true;
        const int before = m_invoker->instanceCount();
        const InvocationResult result = waitFor(m_invoker->invoke(m_functions.value(u"python"_s), "{}", options));
        QCOMPARE(result.outcome, InvocationOutcome::Refused);
        QCOMPARE(result.errorType, u"InvalidRuntimeException"_s);
        QVERIFY2(result.errorMessage.contains(u"not supported for the python3.12 runtime"_s)
                     && result.errorMessage.contains(u"Node.js"_s),
                 qPrintable(result.errorMessage));
        QCOMPARE(m_invoker->instanceCount(), before);
        // Without streaming it runs as ever.
        const InvocationResult plain = waitFor(m_invoker->invoke(m_functions.value(u"python"_s), "{}"));
        QVERIFY2(plain.succeeded(), qPrintable(describe(plain)));
    }

    // Real SDK decoders read the event stream (they check both CRCs of every
    // message): the botocore inside the AWS CLI (whose own commands offer no
    // invoke-with-response-stream) and Debian's boto3/botocore.
    void sdkReadsTheEventStream_data()
    {
        QTest::addColumn<QString>("sdk");
        QTest::addColumn<QString>("function");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("errorCode");
        for (const QString &sdk : { u"awscli"_s, u"boto3"_s }) {
            QTest::addRow("%s streamed", qPrintable(sdk))
                << sdk << u"stream"_s << "{\"chunks\":3}"_ba << "chunk 0\nchunk 1\nchunk 2\n"_ba << QString();
            QTest::addRow("%s error mid-stream", qPrintable(sdk))
                << sdk << u"stream"_s << "{\"chunks\":2,\"fail\":true}"_ba << "chunk 0\nchunk 1\n"_ba << u"Error"_s;
            QTest::addRow("%s not streamed", qPrintable(sdk))
                << sdk << u"plain"_s << "{\"x\":1}"_ba << "{\"plain\":true,\"echo\":{\"x\":1}}"_ba << QString();
        }
    }

    // Runs stream_client.py; its exit code, stdout and stderr.
    static int runStreamClient(const QString &sdk, const QString &endpoint, const QString &function,
                               const QByteArray &payload, QByteArray *out, QByteArray *err)
    {
        QTemporaryDir dir;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"AWS_CONFIG_FILE"_s, dir.filePath(u"none"_s));
        env.insert(u"AWS_SHARED_CREDENTIALS_FILE"_s, dir.filePath(u"none"_s));
        process.setProcessEnvironment(env);
        process.start(u"python3"_s,
                      { QStringLiteral(BULLPEN_TEST_DATA_DIR "/stream_client.py"), sdk, endpoint, function,
                        QString::fromUtf8(payload) });
        if (!process.waitForStarted())
            return -1;
        // Waits on the signal (the event loop must run: the server answers).
        QSignalSpy exited(&process, &QProcess::finished);
        if (!exited.wait(180000))
            return -1;
        *out = process.readAllStandardOutput();
        *err = process.readAllStandardError();
        return process.exitCode();
    }

    void sdkReadsTheEventStream()
    {
        QFETCH(QString, sdk);
        QFETCH(QString, function);
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, body);
        QFETCH(QString, errorCode);
        QByteArray out;
        QByteArray err;
        QVERIFY2(runStreamClient(sdk, QString::fromLatin1(base()), function, payload, &out, &err) == 0,
                 err.constData());
        QList<QJsonObject> events;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.isEmpty())
                events.append(QJsonDocument::fromJson(line).object());
        }
        QVERIFY2(events.size() >= 2, out.constData());
        QCOMPARE(events.first().value(u"StatusCode"_s).toInt(), 200);
        QCOMPARE(events.first().value(u"ExecutedVersion"_s).toString(), u"$LATEST"_s);
        QByteArray received;
        int chunkEvents = 0;
        for (qsizetype i = 1; i + 1 < events.size(); ++i) {
            QVERIFY2(events.at(i).contains(u"PayloadChunk"_s), out.constData());
            received += QByteArray::fromBase64(events.at(i).value(u"PayloadChunk"_s).toString().toLatin1());
            ++chunkEvents;
        }
        QCOMPARE(received, body);
        if (function == u"stream")
            QVERIFY2(chunkEvents >= 2, out.constData()); // one event per runtime chunk, not one at the end
        const QJsonObject complete = events.last().value(u"InvokeComplete"_s).toObject();
        QVERIFY2(events.last().contains(u"InvokeComplete"_s), out.constData());
        QCOMPARE(complete.value(u"ErrorCode"_s).toString(), errorCode);
        if (!errorCode.isEmpty())
            QVERIFY2(complete.value(u"ErrorDetails"_s).toString().contains(u"boom after the chunks"_s),
                     out.constData());
        const QByteArray logs = QByteArray::fromBase64(complete.value(u"LogResult"_s).toString().toLatin1());
        QVERIFY2(logs.contains("REPORT RequestId: "), logs.constData());
    }

    // bullpen serve's Invoke API answers InvokeWithResponseStream through the
    // same writer: the AWS CLI's botocore reads a Node.js stream from it, and
    // a Python function is refused with InvalidRuntimeException (502).
    void invokeApiServerStreams()
    {
        InvokeApiServer server(m_invoker.get(), FunctionDirectory(m_functions.values()));
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        QSignalSpy served(&server, &InvokeApiServer::requestServed);
        QByteArray out;
        QByteArray err;
        QVERIFY2(runStreamClient(u"awscli"_s, server.url(), u"stream"_s, "{\"chunks\":3}", &out, &err) == 0,
                 err.constData());
        QByteArray received;
        QJsonObject complete;
        for (const QByteArray &line : out.split('\n')) {
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            received += QByteArray::fromBase64(event.value(u"PayloadChunk"_s).toString().toLatin1());
            if (event.contains(u"InvokeComplete"_s))
                complete = event.value(u"InvokeComplete"_s).toObject();
        }
        QCOMPARE(received, "chunk 0\nchunk 1\nchunk 2\n"_ba);
        QVERIFY2(complete.value(u"ErrorCode"_s).isUndefined(), out.constData());
        QTRY_VERIFY(!served.isEmpty());
        const auto first = served.takeFirst().first().value<ServedRequest>();
        QCOMPARE(first.operation, u"InvokeWithResponseStream"_s);
        QCOMPARE(first.status, 200);

        QVERIFY(runStreamClient(u"awscli"_s, server.url(), u"python"_s, "{}", &out, &err) != 0);
        QVERIFY2(err.contains("InvalidRuntimeException") && err.contains("Node.js"), err.constData());
        QTRY_VERIFY(!served.isEmpty());
        QCOMPARE(served.takeFirst().first().value<ServedRequest>().status, 502);
    }
};

QTEST_GUILESS_MAIN(TestStreamingIntegration)
#include "tst_streamingintegration.moc"
