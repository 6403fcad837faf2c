// SPDX-License-Identifier: MIT
// Warm round trips through the Runtime API server, driven by a real Python
// runtime loop (runtime_loop.py: http.client on one keep-alive connection).
// A round trip is deliver() -> the runtime's GET /next answered -> its POST
// /response received. Prints median/p95 round trip, throughput, and the
// server process's CPU time per round trip (its share of the cost).
//
//   bench_runtimeapi [N] [--raw]
// --raw swaps the server for a deliberately minimal HTTP/1.1 responder written
// straight on QTcpSocket (no QtHttpServer, no validation): the floor against
// which QtHttpServer's own cost can be read off.
#include "engine/runtimeapi/runtimeapiserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The floor: one connection, request line + Content-Length framing only.
class RawRuntimeApi : public QObject
{
    Q_OBJECT
public:
    RawRuntimeApi()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            m_socket = m_server.nextPendingConnection();
            m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            connect(m_socket, &QTcpSocket::readyRead, this, &RawRuntimeApi::onReadyRead);
        });
    }
    QByteArray hostPort() const { return "127.0.0.1:" + QByteArray::number(m_server.serverPort()); }
    void deliver(const QByteArray &id, const QByteArray &payload)
    {
        m_id = id;
        m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                        "Lambda-Runtime-Aws-Request-Id: "
                        + id + "\r\nContent-Length: " + QByteArray::number(payload.size()) + "\r\n\r\n" + payload);
    }

Q_SIGNALS:
    void nextRequested();
    void responseReceived(const QByteArray &id, const QByteArray &body);

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        while (true) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            const qsizetype cl = m_buffer.indexOf("Content-Length: ");
            if (cl >= 0 && cl < end)
                length = m_buffer.mid(cl + 16, m_buffer.indexOf('\r', cl) - cl - 16).toLongLong();
            if (m_buffer.size() < end + 4 + length)
                return;
            const QByteArray body = m_buffer.mid(end + 4, length);
            const bool next = m_buffer.startsWith("GET ");
            m_buffer.remove(0, end + 4 + length);
            if (next) {
                Q_EMIT nextRequested();
            } else {
                m_socket->write("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\n"
                                "Content-Length: 15\r\n\r\n{\"status\":\"OK\"}");
                Q_EMIT responseReceived(m_id, body);
            }
        }
    }

    QTcpServer m_server;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_buffer;
    QByteArray m_id;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool raw = args.contains(QStringLiteral("--raw"));
    const int total = args.size() > 1 && args.at(1) != QStringLiteral("--raw") ? args.at(1).toInt() : 20000;
    const int warmup = qMin(500, total / 10);

    Bullpen::RuntimeApiServer server;
    RawRuntimeApi rawServer;
    if (!server.listen()) {
        std::fprintf(stderr, "listen failed: %s\n", qPrintable(server.errorString()));
        return 1;
    }

    Bullpen::InvocationRequest request;
    request.payload = QByteArrayLiteral("{\"key1\":\"value1\",\"key2\":\"value2\",\"key3\":\"value3\"}");
    request.functionArn = QByteArrayLiteral("arn:aws:lambda:us-east-1:012345678912:function:bench");

    std::vector<qint64> samples;
    samples.reserve(size_t(total));
    QElapsedTimer clock;
    clock.start();
    qint64 sentAt = 0;
    int delivered = 0;
    int received = 0;
    double cpuStart = 0;
    qint64 wallStart = 0;

    const auto onNext = [&] {
        if (delivered >= total)
            return;
        if (delivered == warmup) {
            cpuStart = cpuSeconds();
            wallStart = clock.nsecsElapsed();
        }
        request.requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        request.deadlineEpochMs = QDateTime::currentMSecsSinceEpoch() + 3000;
        ++delivered;
        sentAt = clock.nsecsElapsed();
        if (raw)
            rawServer.deliver(request.requestId, request.payload);
        else
            server.deliver(request);
    };
    const auto onResponse = [&](const QByteArray &, const QByteArray &body) {
        const qint64 now = clock.nsecsElapsed();
        if (body != request.payload)
            std::fprintf(stderr, "payload mismatch\n");
        if (received >= warmup)
            samples.push_back(now - sentAt);
        ++received;
    };
    QObject::connect(&server, &Bullpen::RuntimeApiServer::nextRequested, &server, onNext);
    QObject::connect(&rawServer, &RawRuntimeApi::nextRequested, &rawServer, onNext);
    QObject::connect(&server, &Bullpen::RuntimeApiServer::responseReceived, &server,
                     [&](const QByteArray &id, const QByteArray &body, const QByteArray &) { onResponse(id, body); });
    QObject::connect(&rawServer, &RawRuntimeApi::responseReceived, &rawServer, onResponse);

    QProcess runtime;
    runtime.setProcessChannelMode(QProcess::ForwardedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AWS_LAMBDA_RUNTIME_API"),
               QString::fromLatin1(raw ? rawServer.hostPort() : server.hostPort()));
    runtime.setProcessEnvironment(env);
    QObject::connect(&runtime, &QProcess::finished, &app, [&](int code) {
        const qint64 wall = clock.nsecsElapsed() - wallStart;
        const double cpu = cpuSeconds() - cpuStart;
        if (code != 0 || samples.empty()) {
            std::fprintf(stderr, "runtime loop failed (exit %d, %d responses)\n", code, received);
            app.exit(1);
            return;
        }
        std::sort(samples.begin(), samples.end());
        const auto at = [&](double q) { return double(samples[size_t(q * double(samples.size() - 1))]) / 1000.0; };
        const double measured = double(samples.size());
        std::printf("runtimeapi bench (%s): %d round trips measured (%d warm-up)\n",
                    raw ? "raw QTcpSocket floor" : "RuntimeApiServer", int(measured), warmup);
        std::printf("  round trip  median %.1f us   p95 %.1f us   p99 %.1f us   min %.1f us\n", at(0.5), at(0.95),
                    at(0.99), at(0.0));
        std::printf("  throughput  %.0f round trips/s\n", measured / (double(wall) / 1e9));
        std::printf("  server CPU  %.1f us per round trip (user+sys of this process)\n", cpu * 1e6 / measured);
        app.exit(0);
    });
    runtime.start(QStringLiteral("python3"),
                  { QStringLiteral(BULLPEN_TEST_DATA_DIR "/runtime_loop.py"), QString::number(total) });
    return app.exec();
}

#include "bench_runtimeapi.moc"
