// SPDX-License-Identifier: MIT
// The Runtime API's response cap on the path where the guard cannot size the
// body up front: a chunked response (Transfer-Encoding: chunked, no
// Content-Length). Both sides of the cap, over raw loopback sockets, waiting on
// signals (readyRead, the server's own signals), never polling.
#include "engine/project/lambdalimits.h"
#include "engine/runtimeapi/connectionguard.h"
#include "engine/runtimeapi/runtimeapiserver.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

const QByteArray TooLargeBody
    = "{\"errorMessage\":\"Exceeded maximum allowed payload size (6291556 bytes).\",\"errorType\":\"RequestEntityTooLarge\"}"_ba;
const QByteArray AcceptedBody = "{\"status\":\"OK\"}"_ba;
const QByteArray RequestId = "0b8a53f1-7c52-4c39-9d8f-0d3c2b7a1e42"_ba;

// One HTTP/1.1 response read off a socket: status line, headers, body.
struct HttpResponse
{
    int status = 0;
    QByteArray body;
    bool complete = false;
};

// Parses what has arrived; complete once the Content-Length body is all there.
HttpResponse parse(const QByteArray &data)
{
    HttpResponse r;
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return r;
    const QByteArray head = data.left(end);
    r.status = head.mid(9, 3).toInt();
    qint64 length = 0;
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (data.size() - end - 4 < length)
        return r;
    r.body = data.mid(end + 4, length);
    r.complete = true;
    return r;
}

// Waits for one whole response (or the peer closing), by readyRead and
// disconnected, never by polling.
HttpResponse readResponse(QTcpSocket &socket, QByteArray &buffer)
{
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    while (true) {
        buffer += socket.readAll();
        const HttpResponse r = parse(buffer);
        if (r.complete || socket.state() != QAbstractSocket::ConnectedState)
            return r;
        QSignalSpy ready(&socket, &QTcpSocket::readyRead);
        if (!ready.wait(30000) && closed.isEmpty())
            return r;
    }
}

QByteArray chunked(qsizetype size)
{
    // 1 MiB chunks, and a short last one: a runtime streaming its answer.
    QByteArray out;
    out.reserve(size + size / (1024 * 1024) * 16 + 64);
    for (qsizetype sent = 0; sent < size;) {
        const qsizetype n = qMin<qsizetype>(1024 * 1024, size - sent);
        out += QByteArray::number(n, 16) + "\r\n" + QByteArray(n, 'x') + "\r\n";
        sent += n;
    }
    out += "0\r\n\r\n";
    return out;
}

} // namespace

class TestRuntimeApiLimits : public QObject
{
    Q_OBJECT

    std::unique_ptr<RuntimeApiServer> m_server;

    // A runtime's GET /next, answered with one invocation.
    bool startInvocation(QTcpSocket &socket)
    {
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        if (!socket.waitForConnected(10000))
            return false;
        QSignalSpy next(m_server.get(), &RuntimeApiServer::nextRequested);
        socket.write("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n");
        if (!next.wait(10000))
            return false;
        InvocationRequest request;
        request.requestId = RequestId;
        request.payload = "{}"_ba;
        request.deadlineEpochMs = QDateTime::currentMSecsSinceEpoch() + 3000;
        request.functionArn = "arn:aws:lambda:us-east-1:012345678912:function:test"_ba;
        m_server->deliver(request);
        QByteArray buffer;
        const HttpResponse r = readResponse(socket, buffer);
        return r.complete && r.status == 200 && r.body == request.payload;
    }

    QByteArray responseHead() const
    {
        return "POST /2018-06-01/runtime/invocation/" + RequestId
            + "/response HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
              "Transfer-Encoding: chunked\r\n\r\n";
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<RuntimeApiServer>();
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    }
    void cleanup() { m_server.reset(); }

    void chunkedResponseAtTheCapIsAccepted()
    {
        QTcpSocket socket;
        QVERIFY(startInvocation(socket));
        QSignalSpy responses(m_server.get(), &RuntimeApiServer::responseReceived);
        QSignalSpy tooLarge(m_server.get(), &RuntimeApiServer::responseTooLarge);
        socket.write(responseHead() + chunked(LambdaLimits::MaxResponseBytes));
        QByteArray buffer;
        const HttpResponse r = readResponse(socket, buffer);
        QVERIFY(r.complete);
        QCOMPARE(r.status, 202);
        QCOMPARE(r.body, AcceptedBody);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.at(0).at(0).toByteArray(), RequestId);
        QCOMPARE(responses.at(0).at(1).toByteArray().size(), LambdaLimits::MaxResponseBytes);
        QCOMPARE(tooLarge.size(), 0);
    }

    void chunkedResponseOneByteOverTheCapIsRefused()
    {
        // Within the guard's slack, so the server itself must count the decoded body.
        QTcpSocket socket;
        QVERIFY(startInvocation(socket));
        QSignalSpy responses(m_server.get(), &RuntimeApiServer::responseReceived);
        QSignalSpy tooLarge(m_server.get(), &RuntimeApiServer::responseTooLarge);
        socket.write(responseHead() + chunked(LambdaLimits::MaxResponseBytes + 1));
        QByteArray buffer;
        const HttpResponse r = readResponse(socket, buffer);
        QVERIFY(r.complete);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.body, TooLargeBody);
        QCOMPARE(responses.size(), 0);
        QCOMPARE(tooLarge.size(), 1);
        QCOMPARE(tooLarge.at(0).at(0).toByteArray(), RequestId);
        QCOMPARE(tooLarge.at(0).at(1).value<qsizetype>(), LambdaLimits::MaxResponseBytes + 1);
    }

    void chunkedResponseFarOverTheCapIsCutOff()
    {
        // Past the guard's slack the connection is refused and closed as the
        // bytes arrive: the server never holds the whole body.
        QTcpSocket socket;
        QVERIFY(startInvocation(socket));
        QSignalSpy responses(m_server.get(), &RuntimeApiServer::responseReceived);
        const qsizetype size = LambdaLimits::MaxResponseBytes + 2 * ConnectionGuard::SlackBytes;
        socket.write(responseHead() + chunked(size));
        QByteArray buffer;
        const HttpResponse r = readResponse(socket, buffer);
        QCOMPARE(r.status, 413);
        QVERIFY2(buffer.endsWith(TooLargeBody), buffer.left(300).constData());
        QCOMPARE(responses.size(), 0);
        if (socket.state() != QAbstractSocket::UnconnectedState) {
            QSignalSpy closed(&socket, &QTcpSocket::disconnected);
            QVERIFY(closed.wait(10000));
        }
    }
};

QTEST_GUILESS_MAIN(TestRuntimeApiLimits)
#include "tst_limits.moc"
