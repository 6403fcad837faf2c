// SPDX-License-Identifier: MIT
// The Runtime API server over real loopback HTTP: QNetworkAccessManager plays the
// runtime, raw QTcpSockets play the broken ones.
#include "engine/project/lambdalimits.h"
#include "engine/runtimeapi/runtimeapiserver.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

const QByteArray InvalidRequestIdBody
    = "{\"errorMessage\":\"Invalid request ID\",\"errorType\":\"InvalidRequestID\"}"_ba;
const QByteArray TooLargeBody
    = "{\"errorMessage\":\"Exceeded maximum allowed payload size (6291556 bytes).\",\"errorType\":\"RequestEntityTooLarge\"}"_ba;
const QByteArray DoubleResponseBody
    = "{\"errorMessage\":\"State transition from RuntimeResponseSentState to InvocationResponse failed for runtime. Error: State transition is not allowed\",\"errorType\":\"InvalidStateTransition\"}"_ba;
const QByteArray DoubleErrorBody
    = "{\"errorMessage\":\"State transition from RuntimeResponseSentState to InvocationErrorResponse failed for runtime. Error: State transition is not allowed\",\"errorType\":\"InvalidStateTransition\"}"_ba;
const QByteArray AcceptedBody = "{\"status\":\"OK\"}"_ba;

InvocationRequest makeRequest(const QByteArray &id = "8476a536-e9f4-11e8-9739-2dfe598c3fcd"_ba)
{
    InvocationRequest request;
    request.requestId = id;
    request.payload = "{\"hello\":\"world\"}"_ba;
    request.deadlineEpochMs = QDateTime::currentMSecsSinceEpoch() + 3000;
    request.functionArn = "arn:aws:lambda:us-east-1:012345678912:function:test"_ba;
    return request;
}

// VmHWM: the peak resident set of this process, in KiB.
qint64 peakMemoryKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct Reply
{
    std::unique_ptr<QNetworkReply> reply;
    QByteArray body;
    int status() const { return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(); }
};

} // namespace

class TestRuntimeApiServer : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<RuntimeApiServer> m_server;

    QUrl url(const QByteArray &path, RuntimeApiServer *server = nullptr) const
    {
        return QUrl(QString::fromLatin1("http://" + (server ? server : m_server.get())->hostPort() + path));
    }
    QNetworkReply *get(const QByteArray &path, RuntimeApiServer *server = nullptr)
    {
        return m_nam.get(QNetworkRequest(url(path, server)));
    }
    QNetworkReply *post(const QByteArray &path, const QByteArray &body, const QByteArray &errorType = {},
                        RuntimeApiServer *server = nullptr)
    {
        QNetworkRequest request(url(path, server));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        if (!errorType.isEmpty())
            request.setRawHeader("Lambda-Runtime-Function-Error-Type", errorType);
        return m_nam.post(request, body);
    }
    static bool finish(QNetworkReply *reply, Reply &out)
    {
        out.reply.reset(reply);
        // Waits on the reply's signal: polling with qWaitFor slept 10 ms between
        // event-loop passes and took 16 s to move a 6 MB body through the socket.
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!finished.wait(20000))
                return false;
        }
        out.body = reply->readAll();
        return true;
    }
    // GET /next answered with the given request; returns the reply.
    bool invoke(const InvocationRequest &request, Reply &next)
    {
        QNetworkReply *reply = get("/2018-06-01/runtime/invocation/next");
        if (!m_server->isRuntimeWaiting()) {
            QSignalSpy parked(m_server.get(), &RuntimeApiServer::nextRequested);
            if (!parked.wait(20000))
                return false;
        }
        m_server->deliver(request);
        return finish(reply, next) && next.status() == 200;
    }
    static QByteArray postPath(const QByteArray &id, const char *verb)
    {
        return "/2018-06-01/runtime/invocation/" + id + '/' + verb;
    }

private Q_SLOTS:
    void init()
    {
        m_nam.clearConnectionCache();
        m_server = std::make_unique<RuntimeApiServer>();
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
        QVERIFY(m_server->port() != 0);
        QCOMPARE(m_server->hostPort(), "127.0.0.1:" + QByteArray::number(m_server->port()));
    }
    void cleanup() { m_server.reset(); }

    // First, while the process's memory high-water mark is still low: a body far
    // over the cap is discarded as it arrives, never buffered whole.
    void hugeBodyNotBuffered()
    {
        QSignalSpy tooLarge(m_server.get(), &RuntimeApiServer::responseTooLarge);
        const InvocationRequest request = makeRequest();
        Reply next;
        QVERIFY(invoke(request, next));
        const qint64 before = peakMemoryKiB();
        QVERIFY(before > 0);

        constexpr qint64 total = 96 * 1024 * 1024;
        const QByteArray chunk(1024 * 1024, 'x');
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        socket.write("POST " + postPath(request.requestId, "response")
                     + " HTTP/1.1\r\nHost: x\r\n"
                       "Content-Length: "
                     + QByteArray::number(total) + "\r\n\r\n");
        qint64 sent = 0;
        QByteArray received;
        QDeadlineTimer deadline(60000);
        while (!received.endsWith(TooLargeBody) && !deadline.hasExpired()
               && socket.state() == QAbstractSocket::ConnectedState) {
            if (sent < total && socket.bytesToWrite() < chunk.size()) {
                socket.write(chunk);
                sent += chunk.size();
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            received += socket.readAll();
        }
        QCOMPARE(sent, total);
        QVERIFY2(received.startsWith("HTTP/1.1 413 "), received.left(200).constData());
        QVERIFY(received.endsWith(TooLargeBody));
        QCOMPARE(tooLarge.size(), 1);
        QCOMPARE(tooLarge.at(0).at(1).value<qsizetype>(), qsizetype(total));
        const qint64 growth = peakMemoryKiB() - before;
        QVERIFY2(growth < 32 * 1024, qPrintable(u"peak memory grew by %1 KiB"_s.arg(growth)));
        // The same connection goes on.
        socket.write("GET /ping HTTP/1.1\r\nHost: x\r\n\r\n");
        received.clear();
        QTRY_VERIFY((received += socket.readAll()).endsWith("OK"));
    }

    void nextParksUntilDeliver()
    {
        QSignalSpy next(m_server.get(), &RuntimeApiServer::nextRequested);
        QVERIFY(!m_server->isRuntimeWaiting());
        Reply reply;
        reply.reply.reset(get("/2018-06-01/runtime/invocation/next"));
        QTRY_VERIFY(m_server->isRuntimeWaiting());
        QCOMPARE(next.size(), 1);
        QVERIFY(!reply.reply->isFinished());
        const InvocationRequest request = makeRequest();
        m_server->deliver(request);
        QVERIFY(!m_server->isRuntimeWaiting());
        QTRY_VERIFY(reply.reply->isFinished());
        QCOMPARE(reply.status(), 200);
        QCOMPARE(reply.reply->readAll(), request.payload);
    }

    void deliverBeforeNext()
    {
        const InvocationRequest request = makeRequest();
        m_server->deliver(request);
        Reply reply;
        QVERIFY(finish(get("/2018-06-01/runtime/invocation/next"), reply));
        QCOMPARE(reply.status(), 200);
        QCOMPARE(reply.body, request.payload);
    }

    void nextHeaders_data()
    {
        QTest::addColumn<bool>("optional");
        QTest::newRow("all fields") << true;
        QTest::newRow("optional fields empty") << false;
    }
    void nextHeaders()
    {
        QFETCH(bool, optional);
        InvocationRequest request = makeRequest();
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        request.deadlineEpochMs = before + 900000;
        if (optional) {
            request.traceId = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1"_ba;
            request.clientContext = "{\"custom\":{\"a\":\"b\"},\"env\":{},\"client\":{}}"_ba;
            request.cognitoIdentity = "{\"cognitoIdentityId\":\"id\",\"cognitoIdentityPoolId\":\"pool\"}"_ba;
            request.tenantId = "tenant-42"_ba;
            request.contentType = "application/octet-stream"_ba;
        }
        Reply next;
        QVERIFY(invoke(request, next));
        QNetworkReply *r = next.reply.get();
        QCOMPARE(r->rawHeader("Lambda-Runtime-Aws-Request-Id"), request.requestId);
        const qint64 deadline = r->rawHeader("Lambda-Runtime-Deadline-Ms").toLongLong();
        QCOMPARE(deadline, request.deadlineEpochMs);
        QVERIFY(deadline > before); // real epoch milliseconds, not relative
        QCOMPARE(r->rawHeader("Lambda-Runtime-Invoked-Function-Arn"), request.functionArn);
        QCOMPARE(r->hasRawHeader("Lambda-Runtime-Trace-Id"), optional);
        QCOMPARE(r->hasRawHeader("Lambda-Runtime-Client-Context"), optional);
        QCOMPARE(r->hasRawHeader("Lambda-Runtime-Cognito-Identity"), optional);
        QCOMPARE(r->hasRawHeader("Lambda-Runtime-Aws-Tenant-Id"), optional);
        QCOMPARE(r->rawHeader("Lambda-Runtime-Trace-Id"), request.traceId);
        QCOMPARE(r->rawHeader("Lambda-Runtime-Client-Context"), request.clientContext);
        QCOMPARE(r->rawHeader("Lambda-Runtime-Cognito-Identity"), request.cognitoIdentity);
        QCOMPARE(r->rawHeader("Lambda-Runtime-Aws-Tenant-Id"), request.tenantId);
        QCOMPARE(r->rawHeader("Content-Type"), request.contentType);
        QCOMPARE(r->rawHeader("Content-Length").toLongLong(), request.payload.size());
        QCOMPARE(next.body, request.payload);
    }

    void responseReported()
    {
        QSignalSpy responses(m_server.get(), &RuntimeApiServer::responseReceived);
        const InvocationRequest request = makeRequest();
        Reply next;
        QVERIFY(invoke(request, next));
        Reply posted;
        QVERIFY(finish(post(postPath(request.requestId, "response"), "{\"result\":42}"_ba), posted));
        QCOMPARE(posted.status(), 202);
        QCOMPARE(posted.body, AcceptedBody);
        QCOMPARE(posted.reply->rawHeader("Content-Type"), "application/json"_ba);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.at(0).at(0).toByteArray(), request.requestId);
        QCOMPARE(responses.at(0).at(1).toByteArray(), "{\"result\":42}"_ba);
        QCOMPARE(responses.at(0).at(2).toByteArray(), "application/json"_ba);
    }

    void errorReported_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QStringList>("stack");
        QTest::newRow("python ric")
            << "Runtime.ImportModuleError"_ba
            << "{\"errorMessage\":\"No module named 'x'\",\"errorType\":\"Runtime.ImportModuleError\",\"requestId\":\"\",\"stackTrace\":[\"  File \\\"a.py\\\", line 1\"]}"_ba
            << "Runtime.ImportModuleError"_ba << u"No module named 'x'"_s
            << QStringList { u"  File \"a.py\", line 1"_s };
        QTest::newRow("node ric trace")
            << "Error"_ba
            << "{\"errorType\":\"Error\",\"errorMessage\":\"boom\",\"trace\":[\"Error: boom\",\"    at handler (/var/task/index.js:2:9)\"]}"_ba
            << "Error"_ba << u"boom"_s
            << QStringList { u"Error: boom"_s, u"    at handler (/var/task/index.js:2:9)"_s };
        QTest::newRow("aws-lambda-cpp, no header")
            << QByteArray()
            << "{\"errorMessage\":\"bad\",\"errorType\":\"InvalidEventDataException\",\"stackTrace\":[]}"_ba
            << "InvalidEventDataException"_ba << u"bad"_s << QStringList();
        QTest::newRow("not json") << "Function.Crash"_ba << "Segmentation fault <core dumped>\x01\xff"_ba
                                  << "Function.Crash"_ba << QString() << QStringList();
        QTest::newRow("nothing at all") << QByteArray() << QByteArray() << "Runtime.Unknown"_ba << QString()
                                        << QStringList();
    }
    void errorReported()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, body);
        QSignalSpy errors(m_server.get(), &RuntimeApiServer::errorReceived);
        const InvocationRequest request = makeRequest();
        Reply next;
        QVERIFY(invoke(request, next));
        Reply posted;
        QVERIFY(finish(post(postPath(request.requestId, "error"), body, header), posted));
        QCOMPARE(posted.status(), 202);
        QCOMPARE(posted.body, AcceptedBody);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).at(0).toByteArray(), request.requestId);
        const auto error = errors.at(0).at(1).value<RuntimeError>();
        QTEST(error.errorType, "type");
        QTEST(error.errorMessage, "message");
        QTEST(error.stackTrace, "stack");
        QCOMPARE(error.body, body);
    }

    void initError()
    {
        QSignalSpy initErrors(m_server.get(), &RuntimeApiServer::initErrorReceived);
        const QByteArray body
            = "{\"errorMessage\":\"Handler 'x' missing\",\"errorType\":\"Runtime.HandlerNotFound\"}"_ba;
        Reply posted;
        QVERIFY(finish(post("/2018-06-01/runtime/init/error", body, "Runtime.HandlerNotFound"_ba), posted));
        QCOMPARE(posted.status(), 202);
        QCOMPARE(posted.body, AcceptedBody);
        QCOMPARE(initErrors.size(), 1);
        const auto error = initErrors.at(0).at(0).value<RuntimeError>();
        QCOMPARE(error.errorType, "Runtime.HandlerNotFound"_ba);
        QCOMPARE(error.errorMessage, u"Handler 'x' missing"_s);
        QCOMPARE(error.body, body);
    }

    void initErrorAfterInitRefused()
    {
        Reply next;
        QVERIFY(invoke(makeRequest(), next));
        QSignalSpy initErrors(m_server.get(), &RuntimeApiServer::initErrorReceived);
        Reply posted;
        QVERIFY(finish(post("/2018-06-01/runtime/init/error", "{}"_ba), posted));
        QCOMPARE(posted.status(), 403);
        QCOMPARE(QJsonDocument::fromJson(posted.body).object().value(u"errorType").toString(),
                 u"InvalidStateTransition"_s);
        QCOMPARE(initErrors.size(), 0);
    }

    void wrongIdRefused_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::newRow("response") << "response"_ba;
        QTest::newRow("error") << "error"_ba;
    }
    void wrongIdRefused()
    {
        QFETCH(QByteArray, verb);
        QSignalSpy responses(m_server.get(), &RuntimeApiServer::responseReceived);
        QSignalSpy errors(m_server.get(), &RuntimeApiServer::errorReceived);
        Reply next;
        QVERIFY(invoke(makeRequest(), next));
        Reply posted;
        QVERIFY(finish(post(postPath("not-the-current-id", verb.constData()), "{}"_ba), posted));
        QCOMPARE(posted.status(), 400);
        QCOMPARE(posted.body, InvalidRequestIdBody);
        QCOMPARE(posted.reply->rawHeader("Content-Type"), "application/json"_ba);
        QCOMPARE(responses.size() + errors.size(), 0);
    }

    void postWithoutInvocationRefused()
    {
        Reply posted;
        QVERIFY(finish(post(postPath("8476a536-e9f4-11e8-9739-2dfe598c3fcd", "response"), "{}"_ba), posted));
        QCOMPARE(posted.status(), 400);
        QCOMPARE(posted.body, InvalidRequestIdBody);
    }

    void doublePost_data()
    {
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<QByteArray>("second");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("response, response") << "response"_ba << "response"_ba << DoubleResponseBody;
        QTest::newRow("response, error") << "response"_ba << "error"_ba << DoubleErrorBody;
        QTest::newRow("error, response") << "error"_ba << "response"_ba << DoubleResponseBody;
    }
    void doublePost()
    {
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, second);
        QSignalSpy responses(m_server.get(), &RuntimeApiServer::responseReceived);
        QSignalSpy errors(m_server.get(), &RuntimeApiServer::errorReceived);
        const InvocationRequest request = makeRequest();
        Reply next;
        QVERIFY(invoke(request, next));
        Reply one;
        QVERIFY(finish(post(postPath(request.requestId, first.constData()), "{}"_ba), one));
        QCOMPARE(one.status(), 202);
        Reply two;
        QVERIFY(finish(post(postPath(request.requestId, second.constData()), "{}"_ba), two));
        QCOMPARE(two.status(), 403);
        QTEST(two.body, "expected");
        QCOMPARE(responses.size() + errors.size(), 1); // the first one wins

        // Once the runtime polls again the invoke is released: 400, not 403.
        Reply again;
        again.reply.reset(get("/2018-06-01/runtime/invocation/next"));
        QTRY_VERIFY(m_server->isRuntimeWaiting());
        Reply late;
        QVERIFY(finish(post(postPath(request.requestId, second.constData()), "{}"_ba), late));
        QCOMPARE(late.status(), 400);
        QCOMPARE(late.body, InvalidRequestIdBody);
    }

    void abandonedInvocationForgotten()
    {
        const InvocationRequest request = makeRequest();
        Reply next;
        QVERIFY(invoke(request, next));
        m_server->abandonInvocation();
        Reply late;
        QVERIFY(finish(post(postPath(request.requestId, "response"), "{}"_ba), late));
        QCOMPARE(late.status(), 400);
        QCOMPARE(late.body, InvalidRequestIdBody);
        // The runtime may still come back for work.
        Reply again;
        QVERIFY(invoke(makeRequest("11111111-2222-3333-4444-555555555555"_ba), again));
    }

    void nextWhileRunningRefused()
    {
        Reply next;
        QVERIFY(invoke(makeRequest(), next));
        Reply second;
        QVERIFY(finish(get("/2018-06-01/runtime/invocation/next"), second));
        QCOMPARE(second.status(), 403);
        QVERIFY(!m_server->isRuntimeWaiting());
    }

    void payloadLimit_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<int>("status");
        QTest::newRow("exactly the cap") << LambdaLimits::MaxResponseBytes << 202;
        // 6 MB + 101 is the cap + 1.
        QTest::newRow("6 MB + 101") << qsizetype(6 * 1024 * 1024 + 101) << 413;
        QTest::newRow("10 MB, discarded as it arrives") << qsizetype(10 * 1024 * 1024) << 413;
    }
    void payloadLimit()
    {
        QFETCH(qsizetype, size);
        QFETCH(int, status);
        QSignalSpy responses(m_server.get(), &RuntimeApiServer::responseReceived);
        QSignalSpy tooLarge(m_server.get(), &RuntimeApiServer::responseTooLarge);
        const InvocationRequest request = makeRequest();
        Reply next;
        QVERIFY(invoke(request, next));
        Reply posted;
        QVERIFY(finish(post(postPath(request.requestId, "response"), QByteArray(size, 'x')), posted));
        QCOMPARE(posted.status(), status);
        if (status == 202) {
            QCOMPARE(posted.body, AcceptedBody);
            QCOMPARE(responses.size(), 1);
            QCOMPARE(responses.at(0).at(1).toByteArray().size(), size);
            QCOMPARE(tooLarge.size(), 0);
        } else {
            QCOMPARE(posted.body, TooLargeBody);
            QCOMPARE(posted.reply->rawHeader("Content-Type"), "application/json"_ba);
            QCOMPARE(responses.size(), 0);
            QCOMPARE(tooLarge.size(), 1);
            QCOMPARE(tooLarge.at(0).at(0).toByteArray(), request.requestId);
            QCOMPARE(tooLarge.at(0).at(1).value<qsizetype>(), size);
            // The invoke counts as answered; a follow-up post is a state error.
            Reply again;
            QVERIFY(finish(post(postPath(request.requestId, "error"), "{}"_ba), again));
            QCOMPARE(again.status(), 403);
        }
        // The server (and the connection) keep working.
        Reply after;
        QVERIFY(invoke(makeRequest("11111111-2222-3333-4444-555555555555"_ba), after));
    }

    void tooLargeWithExpectContinue()
    {
        QSignalSpy tooLarge(m_server.get(), &RuntimeApiServer::responseTooLarge);
        const InvocationRequest request = makeRequest();
        Reply next;
        QVERIFY(invoke(request, next));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        socket.write("POST " + postPath(request.requestId, "response")
                     + " HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 7000000\r\n\r\n");
        QByteArray received;
        QTRY_VERIFY((received += socket.readAll()).endsWith(TooLargeBody));
        QVERIFY(received.startsWith("HTTP/1.1 413 "));
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(tooLarge.size(), 1);
        QCOMPARE(tooLarge.at(0).at(1).value<qsizetype>(), qsizetype(7000000));
    }

    void unknownPathsAndMethods_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown") << "GET"_ba << "/nothing/here"_ba << 404;
        // The Extensions API (2020-01-01) is served (tst_extensionsapi); the Logs API is not.
        QTest::newRow("other version") << "GET"_ba << "/2020-08-15/logs"_ba << 404;
        QTest::newRow("bad verb") << "POST"_ba << "/2018-06-01/runtime/invocation/abc/finish"_ba << 404;
        QTest::newRow("nested id") << "POST"_ba << "/2018-06-01/runtime/invocation/a/b/response"_ba << 404;
        QTest::newRow("empty id") << "POST"_ba << "/2018-06-01/runtime/invocation//response"_ba << 404;
        QTest::newRow("POST next") << "POST"_ba << "/2018-06-01/runtime/invocation/next"_ba << 405;
        QTest::newRow("GET response") << "GET"_ba << "/2018-06-01/runtime/invocation/abc/response"_ba << 405;
        QTest::newRow("PUT init error") << "PUT"_ba << "/2018-06-01/runtime/init/error"_ba << 405;
        QTest::newRow("ping") << "GET"_ba << "/ping"_ba << 200;
    }
    void unknownPathsAndMethods()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QByteArray, path);
        QFETCH(int, status);
        Reply reply;
        QVERIFY(finish(m_nam.sendCustomRequest(QNetworkRequest(url(path)), verb, "{}"_ba), reply));
        QCOMPARE(reply.status(), status);
        QVERIFY(!m_server->isRuntimeWaiting());
        if (status == 405)
            QVERIFY(!reply.reply->rawHeader("Allow").isEmpty());
    }

    void malformedRequests_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("garbage") << "\x00\x01\x02\xff garbage\r\n\r\n\r\n"_ba;
        QTest::newRow("not http") << "HELLO WORLD\r\n\r\n"_ba;
        QTest::newRow("truncated body")
            << "POST /2018-06-01/runtime/init/error HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"a\""_ba;
        QTest::newRow("huge head") << QByteArray(40000, 'A');
        QTest::newRow("bad content-length")
            << "POST /2018-06-01/runtime/invocation/x/error HTTP/1.1\r\nContent-Length: -5\r\n\r\n"_ba;
    }
    void malformedRequests()
    {
        QFETCH(QByteArray, bytes);
        QSignalSpy initErrors(m_server.get(), &RuntimeApiServer::initErrorReceived);
        {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_server->port());
            QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
            socket.write(bytes);
            QTRY_COMPARE(socket.bytesToWrite(), 0);
            // Either the server answers/closes, or it waits for the rest: then we leave.
            const bool closed = QTest::qWaitFor([&] { return socket.state() != QAbstractSocket::ConnectedState; }, 300);
            Q_UNUSED(closed);
            socket.abort();
        }
        QCOMPARE(initErrors.size(), 0);
        // The server is still fine.
        Reply next;
        QVERIFY(invoke(makeRequest(), next));
    }

    void runtimeDisconnectsWhileParked()
    {
        {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_server->port());
            QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
            socket.write("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n");
            QTRY_VERIFY(m_server->isRuntimeWaiting());
            socket.abort();
        }
        QTRY_VERIFY(!m_server->isRuntimeWaiting());
        // The event delivered now is not lost in a dead socket: the new runtime gets it.
        const InvocationRequest request = makeRequest();
        m_server->deliver(request);
        Reply next;
        QVERIFY(finish(get("/2018-06-01/runtime/invocation/next"), next));
        QCOMPARE(next.status(), 200);
        QCOMPARE(next.reply->rawHeader("Lambda-Runtime-Aws-Request-Id"), request.requestId);
        Reply posted;
        QVERIFY(finish(post(postPath(request.requestId, "response"), "1"_ba), posted));
        QCOMPARE(posted.status(), 202);
    }

    void keepAliveOnOneConnection()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        QSignalSpy responses(m_server.get(), &RuntimeApiServer::responseReceived);
        for (int i = 0; i < 3; ++i) {
            const InvocationRequest request = makeRequest(QByteArray::number(i));
            socket.write("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n");
            QTRY_VERIFY(m_server->isRuntimeWaiting());
            m_server->deliver(request);
            QByteArray received;
            QTRY_VERIFY((received += socket.readAll()).contains(request.payload));
            QVERIFY(received.startsWith("HTTP/1.1 200"));
            socket.write("POST /2018-06-01/runtime/invocation/" + request.requestId
                         + "/response HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nok");
            QTRY_COMPARE(responses.size(), i + 1);
            received.clear();
            QTRY_VERIFY((received += socket.readAll()).endsWith("{\"status\":\"OK\"}"));
            QVERIFY(received.startsWith("HTTP/1.1 202"));
        }
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }

    void twoServersIndependent()
    {
        RuntimeApiServer other;
        QVERIFY(other.listen());
        QVERIFY(other.port() != m_server->port());
        QSignalSpy otherNext(&other, &RuntimeApiServer::nextRequested);
        QSignalSpy otherResponses(&other, &RuntimeApiServer::responseReceived);
        QSignalSpy responses(m_server.get(), &RuntimeApiServer::responseReceived);

        Reply parkedOther;
        parkedOther.reply.reset(get("/2018-06-01/runtime/invocation/next", &other));
        QTRY_VERIFY(other.isRuntimeWaiting());
        QVERIFY(!m_server->isRuntimeWaiting());

        const InvocationRequest request = makeRequest();
        Reply next;
        QVERIFY(invoke(request, next));
        QVERIFY(other.isRuntimeWaiting());
        QVERIFY(!parkedOther.reply->isFinished());
        // The id is current on the first server only.
        Reply wrong;
        QVERIFY(finish(post(postPath(request.requestId, "response"), "{}"_ba, {}, &other), wrong));
        QCOMPARE(wrong.status(), 400);
        Reply right;
        QVERIFY(finish(post(postPath(request.requestId, "response"), "{}"_ba), right));
        QCOMPARE(right.status(), 202);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(otherResponses.size(), 0);
        QCOMPARE(otherNext.size(), 1);

        other.deliver(makeRequest("22222222-2222-3333-4444-555555555555"_ba));
        QTRY_VERIFY(parkedOther.reply->isFinished());
        QCOMPARE(parkedOther.reply->rawHeader("Lambda-Runtime-Aws-Request-Id"),
                 "22222222-2222-3333-4444-555555555555"_ba);
    }

    void closeWhileParked()
    {
        Reply next;
        next.reply.reset(get("/2018-06-01/runtime/invocation/next"));
        QTRY_VERIFY(m_server->isRuntimeWaiting());
        m_server->close();
        QVERIFY(!m_server->isRuntimeWaiting());
        QTRY_VERIFY(next.reply->isFinished());
        QVERIFY(next.reply->error() != QNetworkReply::NoError);
        QVERIFY(m_server->listen());
        Reply again;
        QVERIFY(invoke(makeRequest(), again));
    }
};

QTEST_GUILESS_MAIN(TestRuntimeApiServer)
#include "tst_runtimeapiserver.moc"
