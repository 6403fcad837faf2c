// SPDX-License-Identifier: MIT
#include "engine/runtimeapi/connectionguard.h"

#include <QPointer>
#include <QTcpSocket>

namespace Bullpen {

namespace RuntimeApiBodies {

QByteArray errorJson(QByteArrayView message, QByteArrayView type)
{
    QByteArray json;
    json.reserve(message.size() + type.size() + 32);
    json.append("{\"errorMessage\":\"").append(message).append("\",\"errorType\":\"").append(type).append("\"}");
    return json;
}

QByteArray tooLarge(qint64 maxBytes)
{
    const QByteArray message = "Exceeded maximum allowed payload size (" + QByteArray::number(maxBytes) + " bytes).";
    return errorJson(message, "RequestEntityTooLarge");
}

} // namespace RuntimeApiBodies

namespace {

// Value of a header in a raw request head, or -1 when absent; names are matched
// case-insensitively at the start of a line.
QByteArrayView headerValue(QByteArrayView head, QByteArrayView name)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype eol = head.indexOf('\n', from);
        if (eol < 0)
            return {};
        const QByteArrayView line = head.sliced(eol + 1);
        if (line.size() > name.size() && line.at(name.size()) == ':'
            && line.first(name.size()).compare(name, Qt::CaseInsensitive) == 0) {
            QByteArrayView value = line.sliced(name.size() + 1);
            const qsizetype end = value.indexOf('\n');
            if (end >= 0)
                value = value.first(end);
            return value.trimmed();
        }
        from = eol + 1;
    }
}

QByteArray rawResponse(QByteArrayView status, const QByteArray &body, bool close)
{
    QByteArray out;
    out.reserve(body.size() + 160);
    out.append("HTTP/1.1 ")
        .append(status)
        .append("\r\nContent-Type: application/json\r\nContent-Length: ")
        .append(QByteArray::number(body.size()))
        .append(close ? "\r\nConnection: close\r\n\r\n" : "\r\n\r\n")
        .append(body);
    return out;
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, GuardedTcpServer *server)
    : QObject(socket)
    , m_socket(socket)
    , m_server(server)
    , m_peerPort(socket->peerPort())
{
    // Connected before QtHttpServer's own slot, so we see every byte first.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        const bool streaming = m_state == State::Streaming;
        m_state = State::Closed;
        if (streaming && m_server && m_server->m_streamSink) {
            QPointer<ConnectionGuard> self(this);
            m_server->m_streamSink->streamAborted(this,
                                                  QStringLiteral("the runtime closed the connection before "
                                                                 "the end of its streamed response"));
            if (!self)
                return;
        }
        if (m_server)
            Q_EMIT m_server->connectionClosed(this);
    });
}

ConnectionGuard::~ConnectionGuard()
{
    if (m_server && m_server->m_guards.value(m_peerPort) == this)
        m_server->m_guards.remove(m_peerPort);
}

void ConnectionGuard::requestCompleted()
{
    if (m_state != State::Closed) {
        m_state = State::AtStart;
        m_seen = 0;
    }
}

void ConnectionGuard::onReadyRead()
{
    if (m_parked || !m_server)
        return;
    const qint64 maxBody = m_server->maxBodyBytes();
    while (true) {
        const qint64 available = m_socket->bytesAvailable();
        if (available <= 0)
            return;
        switch (m_state) {
        case State::Closed:
            m_socket->skip(available);
            return;
        case State::Discarding: {
            // QtHttpServer has read nothing of this request, but may have opened an
            // (empty) transaction; committing it lets skip() really free the buffer.
            if (m_socket->isTransactionStarted())
                m_socket->commitTransaction();
            const qint64 n = qMin(available, m_discardLeft);
            m_socket->skip(n);
            m_discardLeft -= n;
            if (m_discardLeft > 0)
                return;
            m_socket->write(m_server->tooLargeResponse(m_refusedPath, m_limit, false));
            Q_EMIT m_server->bodyRefused(m_refusedPath, m_refusedSize);
            m_state = State::AtStart;
            m_seen = 0;
            continue;
        }
        case State::Streaming:
            if (!readStream())
                return;
            continue;
        case State::AtStart: {
            const QByteArray head = m_socket->peek(qMin(available, MaxHeadBytes));
            const qsizetype end = head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (available >= MaxHeadBytes) {
                    refuseAndClose(rawResponse(
                        "431 Request Header Fields Too Large",
                        RuntimeApiBodies::errorJson("Request header fields too large", "RequestHeaderFieldsTooLarge"),
                        true));
                    return;
                }
                m_refusedPath.clear(); // not known yet: its head is split across reads
                m_limit = maxBody;
                m_state = State::Counting;
                m_seen = available;
                return;
            }
            const QByteArrayView headView(head.constData(), end + 2);
            bool ok = false;
            const qint64 length = headerValue(headView, "content-length").toLongLong(&ok);
            m_limit = m_server->limitFor(headView);
            if (ok && length > m_limit) {
                const qsizetype sp1 = headView.indexOf(' ');
                const qsizetype sp2 = sp1 < 0 ? -1 : headView.indexOf(' ', sp1 + 1);
                m_refusedPath = sp2 > sp1 ? headView.sliced(sp1 + 1, sp2 - sp1 - 1).toByteArray() : QByteArray();
                m_refusedSize = length;
                if (headerValue(headView, "expect").compare("100-continue", Qt::CaseInsensitive) == 0) {
                    // The client waits for our word before sending the body: refuse
                    // now, and close, since the body it announced will never come.
                    m_socket->skip(end + 4);
                    Q_EMIT m_server->bodyRefused(m_refusedPath, m_refusedSize);
                    refuseAndClose(m_server->tooLargeResponse(m_refusedPath, m_limit, true));
                    return;
                }
                m_discardLeft = end + 4 + length;
                m_state = State::Discarding;
                continue;
            }
            if (m_server->m_streamSink && beginStream(headView, end + 4)) {
                if (m_state != State::Streaming)
                    return; // the sink closed the server meanwhile
                continue;
            }
            // A body of unknown size (chunked, as Go's net/http sends a
            // streamed body) is counted; the path says whose it was if it
            // turns out too large.
            {
                const qsizetype sp1 = headView.indexOf(' ');
                const qsizetype sp2 = sp1 < 0 ? -1 : headView.indexOf(' ', sp1 + 1);
                m_refusedPath = sp2 > sp1 ? headView.sliced(sp1 + 1, sp2 - sp1 - 1).toByteArray() : QByteArray();
            }
            m_state = State::Counting;
            m_seen = available;
            break;
        }
        case State::Counting:
            m_seen += available;
            break;
        }
        if (m_seen > m_limit + SlackBytes) {
            // Counted past the cap: the request's path was kept when its
            // head went by (AtStart), so a too-large /response is reported.
            m_refusedSize = m_seen;
            if (!m_refusedPath.isEmpty())
                Q_EMIT m_server->bodyRefused(m_refusedPath, m_refusedSize);
            refuseAndClose(m_server->tooLargeResponse(m_refusedPath, m_limit, true));
        }
        return;
    }
}

bool ConnectionGuard::beginStream(QByteArrayView head, qsizetype headBytes)
{
    if (!head.startsWith("POST ")
        || headerValue(head, "lambda-runtime-function-response-mode").compare("streaming", Qt::CaseInsensitive) != 0
        || !headerValue(head, "transfer-encoding").contains("chunked")) {
        // A "streaming" response with a Content-Length is a plain response:
        // QtHttpServer reads it whole, as any other.
        return false;
    }
    const qsizetype sp1 = head.indexOf(' ');
    const qsizetype sp2 = head.indexOf(' ', sp1 + 1);
    if (sp2 < 0)
        return false;
    const QByteArray path = head.sliced(sp1 + 1, sp2 - sp1 - 1).toByteArray();
    if (!path.startsWith("/2018-06-01/runtime/invocation/") || !path.endsWith("/response"))
        return false;
    // QtHttpServer may hold an empty transaction from its last read; commit it
    // so that the bytes skipped here are really gone for it.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(headBytes);
    m_state = State::Streaming;
    m_stream = ChunkedDecoder();
    QPointer<ConnectionGuard> self(this);
    m_server->m_streamSink->streamBegan(this, path, headerValue(head, "content-type").toByteArray());
    return self && m_state == State::Streaming;
}

bool ConnectionGuard::readStream()
{
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    QList<QByteArray> chunks;
    {
        const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
        // Bytes past the body's end (a request sent after it) stay in the socket.
        m_socket->skip(m_stream.feed(data, &chunks));
    }
    QPointer<ConnectionGuard> self(this);
    ResponseStreamSink *sink = m_server ? m_server->m_streamSink : nullptr;
    for (const QByteArray &chunk : std::as_const(chunks)) {
        if (!sink)
            break;
        sink->streamChunk(this, chunk);
        if (!self || !m_server)
            return false;
    }
    if (m_stream.hasError()) {
        if (sink)
            sink->streamAborted(
                this, QStringLiteral("the streamed response's chunked framing is broken: ") + m_stream.errorString());
        if (!self)
            return false;
        refuseAndClose(rawResponse("400 Bad Request",
                                   RuntimeApiBodies::errorJson("Invalid chunked encoding", "InvalidChunkedEncoding"),
                                   true));
        return false;
    }
    if (!m_stream.isDone())
        return false;
    StreamAnswer answer { QByteArrayLiteral("202 Accepted"), QByteArrayLiteral("{\"status\":\"OK\"}") };
    if (sink)
        answer = sink->streamEnded(this, m_stream);
    if (!self)
        return false;
    m_socket->write(rawResponse(answer.status, answer.body, false));
    m_state = State::AtStart;
    m_seen = 0;
    m_stream = ChunkedDecoder();
    return true;
}

void ConnectionGuard::refuseAndClose(const QByteArray &response)
{
    if (m_socket->isTransactionStarted())
        m_socket->rollbackTransaction();
    m_socket->skip(m_socket->bytesAvailable());
    m_socket->write(response);
    m_state = State::Closed;
    m_socket->disconnectFromHost();
}

GuardedTcpServer::GuardedTcpServer(qint64 maxBodyBytes, QObject *parent)
    : QTcpServer(parent)
    , m_maxBody(maxBodyBytes)
{ }

qint64 GuardedTcpServer::limitFor(QByteArrayView head) const
{
    return m_policy.limitFor ? qMin(m_policy.limitFor(head), m_maxBody) : m_maxBody;
}

QByteArray GuardedTcpServer::tooLargeResponse(QByteArrayView path, qint64 limit, bool close) const
{
    if (m_policy.tooLargeResponse)
        return m_policy.tooLargeResponse(path, limit, close);
    return rawResponse("413 Request Entity Too Large", RuntimeApiBodies::tooLarge(limit), close);
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // Runtimes send small requests and wait for each answer: Nagle would only add latency.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Bounds what piles up unread (for instance while a /next is parked): beyond it
    // the kernel applies back-pressure to the sender instead of us buffering.
    socket->setReadBufferSize(m_maxBody + 2 * ConnectionGuard::SlackBytes);
    auto *guard = new ConnectionGuard(socket, this);
    m_guards.insert(guard->peerPort(), guard);
    addPendingConnection(socket);
}

} // namespace Bullpen
