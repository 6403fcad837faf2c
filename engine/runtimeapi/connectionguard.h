// SPDX-License-Identifier: MIT
#pragma once

#include "engine/runtimeapi/chunkeddecoder.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace Bullpen {

class ConnectionGuard;
class GuardedTcpServer;

// What the guard answers when it has read a streamed response to its end.
struct StreamAnswer
{
    QByteArray status; // "202 Accepted"
    QByteArray body; // JSON
};

// Receives a streaming response (Lambda-Runtime-Function-Response-Mode:
// streaming, chunked) that a ConnectionGuard reads past QtHttpServer, chunk by
// chunk. Implemented by the Runtime API server.
class ResponseStreamSink
{
public:
    virtual ~ResponseStreamSink() = default;
    // The head of POST .../invocation/{id}/response arrived; path as sent.
    virtual void streamBegan(ConnectionGuard *guard, const QByteArray &path, const QByteArray &contentType) = 0;
    virtual void streamChunk(ConnectionGuard *guard, const QByteArray &chunk) = 0;
    // The last chunk and the trailers arrived: the answer for the runtime.
    virtual StreamAnswer streamEnded(ConnectionGuard *guard, const ChunkedDecoder &body) = 0;
    // The connection closed, or the framing was broken, before the end.
    virtual void streamAborted(ConnectionGuard *guard, const QString &why) = 0;
};

// Watches the raw bytes of one Runtime API connection before QtHttpServer parses
// them. Qt 6.8's request parser has no body limit: it keeps the whole request in
// the socket's transaction buffer and again in its body buffer, so a runtime that
// posts a gigabyte would make us hold two. The guard's readyRead slot is connected
// before QtHttpServer's, sniffs each request head for Content-Length and, past the
// payload cap, discards the body itself and answers 413 on the same keep-alive
// connection; requests it cannot size (a head split across reads, chunked bodies)
// are counted and the connection is closed once they pass the cap plus slack.
// It also tells the server when a parked long poll loses its connection.
// A streaming /response (Lambda-Runtime-Function-Response-Mode: streaming with a
// chunked body) is read by the guard itself, past QtHttpServer, whose parser
// hands a handler nothing before the whole body is in (see README.md): each
// chunk goes to the ResponseStreamSink as it arrives and the guard answers the
// request itself.
// Owned by its socket.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionGuard(QTcpSocket *socket, GuardedTcpServer *server);
    ~ConnectionGuard() override;

    QTcpSocket *socket() const { return m_socket; }
    quint16 peerPort() const { return m_peerPort; }
    // QtHttpServer handed a complete request of this connection to the server.
    void requestCompleted();
    // While a /next is parked QtHttpServer reads nothing, so neither do we.
    void setParked(bool parked) { m_parked = parked; }

    static constexpr qint64 MaxHeadBytes = 16 * 1024;
    // Wire bytes allowed beyond the payload cap for a request we could not size.
    static constexpr qint64 SlackBytes = 64 * 1024;

private:
    void onReadyRead();
    void refuseAndClose(const QByteArray &response);
    bool beginStream(QByteArrayView head, qsizetype headBytes);
    bool readStream(); // false: stop reading (the stream ended badly, or nothing is left)

    enum class State { AtStart, Counting, Discarding, Streaming, Closed };
    QTcpSocket *m_socket;
    QPointer<GuardedTcpServer> m_server;
    quint16 m_peerPort;
    State m_state = State::AtStart;
    bool m_parked = false;
    qint64 m_seen = 0;
    qint64 m_discardLeft = 0;
    qint64 m_refusedSize = 0;
    qint64 m_limit = 0; // the current request's body limit (the server's policy)
    QByteArray m_refusedPath;
    ChunkedDecoder m_stream;
};

// The listening socket of one Runtime API server: accepts connections itself so
// every socket gets a ConnectionGuard (and TCP_NODELAY, and a bounded read buffer)
// before QtHttpServer sees it.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(qint64 maxBodyBytes, QObject *parent = nullptr);

    qint64 maxBodyBytes() const { return m_maxBody; }

    // For listeners other than the Runtime API (the Invoke API of engine/serve):
    // a body limit that depends on the request's head (an Event invocation
    // may carry 1 MB, a synchronous one 6 MB) and the whole HTTP response that
    // refuses a body over it, in that API's own error shape. Unset, every
    // request may carry maxBodyBytes and is refused with RIE's bodies.
    struct Policy
    {
        std::function<qint64(QByteArrayView head)> limitFor; // at most maxBodyBytes
        std::function<QByteArray(QByteArrayView path, qint64 limit, bool close)> tooLargeResponse;
    };
    void setPolicy(Policy policy) { m_policy = std::move(policy); }
    qint64 limitFor(QByteArrayView head) const;
    QByteArray tooLargeResponse(QByteArrayView path, qint64 limit, bool close) const;
    // The guard of the connection a request came from (ports are unique on loopback).
    ConnectionGuard *guardFor(quint16 peerPort) const { return m_guards.value(peerPort); }
    // Who receives streaming responses; without one they go to QtHttpServer (buffered).
    void setStreamSink(ResponseStreamSink *sink) { m_streamSink = sink; }

Q_SIGNALS:
    // The guard answered 413 itself; path is the request path as sent.
    void bodyRefused(const QByteArray &path, qint64 size);
    void connectionClosed(Bullpen::ConnectionGuard *guard);

protected:
    void incomingConnection(qintptr handle) override;

private:
    friend class ConnectionGuard;
    qint64 m_maxBody;
    Policy m_policy;
    QHash<quint16, ConnectionGuard *> m_guards;
    ResponseStreamSink *m_streamSink = nullptr;
};

// The exact bodies RIE answers with; shared by the guard and the server.
namespace RuntimeApiBodies {
QByteArray errorJson(QByteArrayView message, QByteArrayView type);
QByteArray tooLarge(qint64 maxBytes);
} // namespace RuntimeApiBodies

} // namespace Bullpen
