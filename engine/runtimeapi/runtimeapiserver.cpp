// SPDX-License-Identifier: MIT
#include "engine/runtimeapi/runtimeapiserver.h"

#include "engine/project/lambdalimits.h"
#include "engine/runtimeapi/connectionguard.h"

#include <QAbstractHttpServer>
#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThreadPool>

#include <cerrno>
#include <mutex>

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Bullpen {

Q_LOGGING_CATEGORY(lcRuntimeApi, "bullpen.runtimeapi")

// QAbstractHttpServer rather than QHttpServer: QHttpServer runs every request
// through its router, a list of QRegularExpression rules with per-call captures;
// four fixed paths are cheaper to tell apart by hand. The HTTP/1.1 parser, the
// keep-alive handling and the responders are QtHttpServer's.
class RuntimeApiHttp final : public QAbstractHttpServer
{
public:
    explicit RuntimeApiHttp(RuntimeApiServer *owner)
        : QAbstractHttpServer(owner)
        , m_owner(owner)
    { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override
    {
        m_owner->handle(request, responder);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder) override
    {
        responder.write(QHttpServerResponder::StatusCode::NotFound);
    }

private:
    RuntimeApiServer *m_owner;
};

namespace {

using Status = QHttpServerResponder::StatusCode;

const QByteArray &jsonType()
{
    static const QByteArray type = QByteArrayLiteral("application/json");
    return type;
}

const QByteArray &acceptedBody()
{
    static const QByteArray body = QByteArrayLiteral("{\"status\":\"OK\"}");
    return body;
}

const QByteArray &invalidRequestId()
{
    static const QByteArray body = RuntimeApiBodies::errorJson("Invalid request ID", "InvalidRequestID");
    return body;
}

QByteArray invalidTransition(QByteArrayView from, QByteArrayView to)
{
    const QByteArray message = "State transition from " + from.toByteArray() + " to " + to.toByteArray()
        + " failed for runtime. Error: State transition is not allowed";
    return RuntimeApiBodies::errorJson(message, "InvalidStateTransition");
}

void writeJson(QHttpServerResponder &responder, const QByteArray &body, Status status)
{
    responder.write(body, jsonType(), status);
}

void writeNotFound(QHttpServerResponder &responder)
{
    writeJson(responder, RuntimeApiBodies::errorJson("Not found", "NotFound"), Status::NotFound);
}

void writeMethodNotAllowed(QHttpServerResponder &responder, QByteArrayView allowed)
{
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, jsonType());
    headers.append(QHttpHeaders::WellKnownHeader::Allow, allowed);
    responder.write(RuntimeApiBodies::errorJson("Method not allowed", "MethodNotAllowed"), headers,
                    Status::MethodNotAllowed);
}

constexpr QStringView ApiPrefix = u"/2018-06-01/runtime/";
constexpr QStringView InvocationPrefix = u"invocation/";
constexpr QStringView ExtensionPrefix = u"/2020-01-01/extension/";

} // namespace

RuntimeApiServer::RuntimeApiServer(QObject *parent)
    : QObject(parent)
{
    prepareInBackground();
}

void RuntimeApiServer::prepareInBackground()
{
#if QT_CONFIG(ssl)
    // QtHttpServer gives every request a QSslConfiguration, even on plain
    // HTTP. The first one in a process loads the TLS backend plugin and
    // OpenSSL and reads the system's CA certificates: 50 ms and more of CPU
    // (docs/benchmarks.md, "GUI thread stalls"), which the first runtime's
    // GET /next paid on the engine's thread. Done once, in the global pool
    // (which the application waits for when it ends); a request that comes
    // before it is done waits in Qt's own lock for the rest of it.
    static std::once_flag once;
    std::call_once(
        once, [] { QThreadPool::globalInstance()->start([] { [[maybe_unused]] const QSslConfiguration first; }); });
#endif
}

RuntimeApiServer::~RuntimeApiServer()
{
    setInvokeState(Invoke::None);
    // The parked responders refer to QtHttpServer streams: drop them first.
    m_extensions.closeAll();
    m_parked.reset();
}

bool RuntimeApiServer::listen(const QHostAddress &address, quint16 port)
{
    return serve([&](GuardedTcpServer *tcp) { return tcp->listen(address, port); });
}

bool RuntimeApiServer::adopt(qintptr socketDescriptor)
{
    const bool ok
        = serve([socketDescriptor](GuardedTcpServer *tcp) { return tcp->setSocketDescriptor(socketDescriptor); });
    if (!ok)
        ::close(int(socketDescriptor)); // taken over, also when refused
    return ok;
}

bool RuntimeApiServer::serve(const std::function<bool(GuardedTcpServer *)> &open)
{
    close();
    m_http = new RuntimeApiHttp(this);
    auto *tcp = new GuardedTcpServer(LambdaLimits::MaxResponseBytes, m_http);
    if (!open(tcp)) {
        m_error = tcp->errorString();
        delete m_http;
        m_http = nullptr;
        return false;
    }
    if (!m_http->bind(tcp)) {
        m_error = u"QtHttpServer refused the listening socket"_s;
        delete m_http;
        m_http = nullptr;
        return false;
    }
    m_tcp = tcp;
    m_error.clear();
    tcp->setStreamSink(this);
    connect(tcp, &GuardedTcpServer::bodyRefused, this, &RuntimeApiServer::onBodyRefused);
    connect(tcp, &GuardedTcpServer::connectionClosed, this, &RuntimeApiServer::onConnectionClosed);
    return true;
}

quint16 RuntimeApiServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QByteArray RuntimeApiServer::hostPort() const
{
    if (!m_tcp)
        return {};
    QHostAddress address = m_tcp->serverAddress();
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        address = QHostAddress::LocalHost;
    else if (address == QHostAddress::AnyIPv6)
        address = QHostAddress::LocalHostIPv6;
    const QByteArray host = address.toString().toLatin1();
    const QByteArray portText = QByteArray::number(m_tcp->serverPort());
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return '[' + host + "]:" + portText;
    return host + ':' + portText;
}

QString RuntimeApiServer::errorString() const
{
    return m_error;
}

void RuntimeApiServer::close()
{
    if (m_deliveredFd >= 0) {
        ::close(m_deliveredFd);
        m_deliveredFd = -1;
    }
    m_extensions.closeAll();
    m_parked.reset();
    m_parkedGuard.clear();
    delete m_http;
    m_http = nullptr;
    m_tcp.clear();
}

bool RuntimeApiServer::isRuntimeWaiting() const
{
    return m_parked.has_value();
}

bool RuntimeApiServer::isInvocationUntaken() const
{
    if (m_state == Invoke::Pending)
        return true;
    if (m_state != Invoke::Running || m_deliveredFd < 0)
        return false;
    // Written to a runtime that died before reading it (killed in the instant
    // between the engine's last look at its connection and the write): a socket
    // closed with unread data in its receive queue answers with a reset, not an
    // orderly FIN, so the connection is CLOSED here rather than CLOSE_WAIT. A
    // runtime that took the event had read it all, and ends with a FIN.
    tcp_info info {};
    socklen_t size = sizeof info;
    if (::getsockopt(m_deliveredFd, IPPROTO_TCP, TCP_INFO, &info, &size) != 0)
        return false;
    return info.tcpi_state == TCP_CLOSE;
}

void RuntimeApiServer::setInvokeState(Invoke state)
{
    if (state != Invoke::Running && m_deliveredFd >= 0) {
        ::close(m_deliveredFd);
        m_deliveredFd = -1;
    }
    m_state = state;
}

namespace {

// The runtime at the other end has gone (its process ended: the kernel closed
// its side) though the event loop has not yet said so: end of stream or a reset
// waiting to be read. A parked runtime sends nothing until it is answered.
bool peerClosed(const ConnectionGuard *guard)
{
    if (!guard || !guard->socket())
        return false;
    const qintptr fd = guard->socket()->socketDescriptor();
    if (fd < 0)
        return false;
    char byte = 0;
    const ssize_t n = ::recv(int(fd), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR);
}

} // namespace

void RuntimeApiServer::deliver(const InvocationRequest &request)
{
    if (m_state == Invoke::Pending || m_state == Invoke::Running) {
        qCWarning(lcRuntimeApi) << "deliver() while invocation" << m_pending.requestId
                                << "is outstanding; it is abandoned";
    }
    m_pending = request;
    setInvokeState(Invoke::Pending);
    sendPending();
}

void RuntimeApiServer::abandonInvocation()
{
    setInvokeState(Invoke::None);
    m_pending = {};
}

void RuntimeApiServer::sendPending()
{
    if (m_state != Invoke::Pending || !m_parked)
        return;
    if (peerClosed(m_parkedGuard) || (m_runtimeGone && m_runtimeGone())) {
        // Its runtime is dead (killed while it waited): the event stays
        // untaken, for the instance to hand to a fresh one, instead of being
        // written into a closed connection and lost with it.
        if (m_parkedGuard)
            m_parkedGuard->setParked(false);
        m_parkedGuard.clear();
        m_parked.reset();
        return;
    }
    const InvocationRequest &r = m_pending;
    QHttpHeaders headers;
    headers.reserve(8);
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, r.contentType.isEmpty() ? jsonType() : r.contentType);
    headers.append("Lambda-Runtime-Aws-Request-Id"_L1, r.requestId);
    headers.append("Lambda-Runtime-Deadline-Ms"_L1, QByteArray::number(r.deadlineEpochMs));
    headers.append("Lambda-Runtime-Invoked-Function-Arn"_L1, r.functionArn);
    if (!r.traceId.isEmpty())
        headers.append("Lambda-Runtime-Trace-Id"_L1, r.traceId);
    if (!r.clientContext.isEmpty())
        headers.append("Lambda-Runtime-Client-Context"_L1, r.clientContext);
    if (!r.cognitoIdentity.isEmpty())
        headers.append("Lambda-Runtime-Cognito-Identity"_L1, r.cognitoIdentity);
    if (!r.tenantId.isEmpty())
        headers.append("Lambda-Runtime-Aws-Tenant-Id"_L1, r.tenantId);

    setInvokeState(Invoke::Running);
    if (m_parkedGuard) {
        m_parkedGuard->setParked(false);
        // A second descriptor of the connection the event goes out on, so that
        // its TCP state can still be read after Qt has closed its own (see
        // isInvocationUntaken()).
        const qintptr fd = m_parkedGuard->socket() ? m_parkedGuard->socket()->socketDescriptor() : -1;
        if (fd >= 0)
            m_deliveredFd = ::fcntl(int(fd), F_DUPFD_CLOEXEC, 0);
    }
    m_parkedGuard.clear();
    // Move out before writing: the responder's death re-arms QtHttpServer's reading.
    QHttpServerResponder responder = std::move(*m_parked);
    m_parked.reset();
    responder.write(r.payload, headers, Status::Ok);
}

void RuntimeApiServer::releaseParked()
{
    if (!m_parked)
        return;
    if (m_parkedGuard)
        m_parkedGuard->setParked(false);
    m_parkedGuard.clear();
    QHttpServerResponder responder = std::move(*m_parked);
    m_parked.reset();
    writeJson(responder, invalidTransition("Ready", "Ready"), Status::Forbidden);
}

void RuntimeApiServer::handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    ConnectionGuard *guard = m_tcp ? m_tcp->guardFor(request.remotePort()) : nullptr;
    if (guard)
        guard->requestCompleted();

    const QString pathString = request.url().path();
    const QStringView path = pathString;
    const auto method = request.method();
    if (path.startsWith(ApiPrefix)) {
        const QStringView rest = path.sliced(ApiPrefix.size());
        if (rest.startsWith(InvocationPrefix)) {
            const QStringView tail = rest.sliced(InvocationPrefix.size());
            if (tail == u"next") {
                if (method != QHttpServerRequest::Method::Get)
                    return writeMethodNotAllowed(responder, "GET");
                return handleNext(request, responder);
            }
            const qsizetype slash = tail.indexOf(u'/');
            if (slash > 0 && tail.indexOf(u'/', slash + 1) < 0) {
                const QStringView verb = tail.sliced(slash + 1);
                const bool isResponse = verb == u"response";
                if (isResponse || verb == u"error") {
                    if (method != QHttpServerRequest::Method::Post)
                        return writeMethodNotAllowed(responder, "POST");
                    return handlePost(tail.first(slash), !isResponse, request, responder);
                }
            }
        } else if (rest == u"init/error" || rest == u"restore/error") {
            // SnapStart: an after-restore hook failed in a restored copy,
            // before its first /next: the init's error, as Lambda reports it.
            if (method != QHttpServerRequest::Method::Post)
                return writeMethodNotAllowed(responder, "POST");
            return handleInitError(request, responder);
        }
    } else if (path.startsWith(ExtensionPrefix)) {
        return m_extensions.handle(path.sliced(ExtensionPrefix.size()), request, responder, guard);
    } else if (path == u"/ping") {
        return responder.write(QByteArrayLiteral("OK"), QByteArrayLiteral("text/plain"), Status::Ok);
    }
    writeNotFound(responder);
}

void RuntimeApiServer::handleNext(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    if (m_state == Invoke::Running) {
        // The runtime asks for more work without having answered: RIE refuses too.
        return writeJson(responder, invalidTransition("Running", "Ready"), Status::Forbidden);
    }
    // A second poller (or one whose disconnect we have not seen yet) replaces the first.
    releaseParked();
    if (m_state == Invoke::Responded) {
        // /next releases the finished invoke: later posts for its id get 400.
        setInvokeState(Invoke::None);
        m_pending = {};
    }
    if (!m_initDone)
        m_runtimeInitReport = request.value(RuntimeInitHeader);
    m_initDone = true;
    m_parked.emplace(std::move(responder));
    m_parkedGuard = m_tcp ? m_tcp->guardFor(request.remotePort()) : nullptr;
    if (m_parkedGuard)
        m_parkedGuard->setParked(true);
    // The receiver may deliver() right here; the responder is parked already.
    Q_EMIT nextRequested();
    sendPending();
}

void RuntimeApiServer::handlePost(QStringView id, bool isError, const QHttpServerRequest &request,
                                  QHttpServerResponder &responder)
{
    const bool current
        = m_state != Invoke::None && m_state != Invoke::Pending && QLatin1StringView(m_pending.requestId) == id;
    if (!current)
        return writeJson(responder, invalidRequestId(), Status::BadRequest);
    if (m_state == Invoke::Responded) {
        return writeJson(
            responder,
            invalidTransition("RuntimeResponseSentState", isError ? "InvocationErrorResponse" : "InvocationResponse"),
            Status::Forbidden);
    }
    const QByteArray body = request.body();
    if (body.size() > LambdaLimits::MaxResponseBytes) {
        // Reached only when the guard could not size the request up front.
        setInvokeState(Invoke::Responded);
        writeJson(responder, RuntimeApiBodies::tooLarge(LambdaLimits::MaxResponseBytes), Status::PayloadTooLarge);
        Q_EMIT responseTooLarge(m_pending.requestId, body.size());
        return;
    }
    setInvokeState(Invoke::Responded);
    writeJson(responder, acceptedBody(), Status::Accepted);
    if (isError) {
        Q_EMIT errorReceived(m_pending.requestId,
                             RuntimeError::fromPost(request.value("Lambda-Runtime-Function-Error-Type"), body));
    } else if (request.value("Lambda-Runtime-Function-Response-Mode").compare("streaming", Qt::CaseInsensitive) == 0) {
        // A streaming response that QtHttpServer read whole: one whose head came
        // in pieces, or that had a Content-Length. Told as a stream of one chunk.
        const QByteArray id = m_pending.requestId;
        QByteArray contentType = request.value("Content-Type");
        Q_EMIT responseStreamStarted(
            id, contentType.isEmpty() ? QByteArrayLiteral("application/octet-stream") : contentType);
        if (!body.isEmpty())
            Q_EMIT responseChunk(id, body);
        const QByteArray errorType = request.value("Lambda-Runtime-Function-Error-Type");
        const QByteArray errorBody = QByteArray::fromBase64(request.value("Lambda-Runtime-Function-Error-Body"));
        if (!errorType.isEmpty() || !errorBody.isEmpty())
            Q_EMIT responseStreamFailed(id, RuntimeError::fromPost(errorType, errorBody));
        else
            Q_EMIT responseStreamFinished(id);
    } else {
        QByteArray contentType = request.value("Content-Type");
        if (contentType.isEmpty())
            contentType = jsonType();
        Q_EMIT responseReceived(m_pending.requestId, body, contentType);
    }
}

// The guard reads a streamed /response itself (QtHttpServer would hand it over
// only whole); these answer for it. A refused stream is still read to its end,
// then answered with the refusal, as QtHttpServer's path answers a late post.
void RuntimeApiServer::streamBegan(ConnectionGuard *guard, const QByteArray &path, const QByteArray &contentType)
{
    static constexpr QByteArrayView prefix = "/2018-06-01/runtime/invocation/";
    static constexpr QByteArrayView suffix = "/response";
    m_streamGuard = guard;
    m_streamRequestId.clear();
    m_streamBytes = 0;
    const QByteArray id
        = QByteArray::fromPercentEncoding(path.sliced(prefix.size(), path.size() - prefix.size() - suffix.size()));
    const bool current = m_state != Invoke::None && m_state != Invoke::Pending && m_pending.requestId == id;
    if (!current) {
        m_streamRefusal = { QByteArrayLiteral("400 Bad Request"), invalidRequestId() };
        return;
    }
    if (m_state == Invoke::Responded) {
        m_streamRefusal = { QByteArrayLiteral("403 Forbidden"),
                            invalidTransition("RuntimeResponseSentState", "InvocationResponse") };
        return;
    }
    setInvokeState(Invoke::Responded);
    m_streamRequestId = id;
    // Lambda's default for a stream without a type (the Node runtime's too).
    Q_EMIT responseStreamStarted(id,
                                 contentType.isEmpty() ? QByteArrayLiteral("application/octet-stream") : contentType);
}

bool RuntimeApiServer::streamIsCurrent(ConnectionGuard *guard) const
{
    // abandonInvocation() (a timeout) forgets the id: the rest of the stream is nobody's.
    return guard == m_streamGuard && !m_streamRequestId.isEmpty() && m_pending.requestId == m_streamRequestId;
}

void RuntimeApiServer::streamChunk(ConnectionGuard *guard, const QByteArray &chunk)
{
    if (!streamIsCurrent(guard))
        return;
    m_streamBytes += chunk.size();
    if (m_streamBytes > LambdaLimits::MaxStreamedResponseBytes) {
        const QByteArray id = std::exchange(m_streamRequestId, {});
        m_streamRefusal = { QByteArrayLiteral("413 Request Entity Too Large"),
                            RuntimeApiBodies::tooLarge(LambdaLimits::MaxStreamedResponseBytes) };
        Q_EMIT responseTooLarge(id, qsizetype(m_streamBytes));
        return;
    }
    Q_EMIT responseChunk(m_streamRequestId, chunk);
}

StreamAnswer RuntimeApiServer::streamEnded(ConnectionGuard *guard, const ChunkedDecoder &body)
{
    if (guard != m_streamGuard)
        return { QByteArrayLiteral("400 Bad Request"), invalidRequestId() };
    const bool current = streamIsCurrent(guard);
    m_streamGuard.clear();
    if (m_streamRequestId.isEmpty())
        return m_streamRefusal;
    if (!current) {
        m_streamRequestId.clear();
        return { QByteArrayLiteral("400 Bad Request"), invalidRequestId() };
    }
    const QByteArray id = std::exchange(m_streamRequestId, {});
    // A failure after the first byte can only be told in the trailers: the
    // error type, and the error document in base64 (the Node runtime's way).
    const QByteArray errorType = body.trailer("Lambda-Runtime-Function-Error-Type");
    const QByteArray errorBody = QByteArray::fromBase64(body.trailer("Lambda-Runtime-Function-Error-Body"));
    if (!errorType.isEmpty() || !errorBody.isEmpty())
        Q_EMIT responseStreamFailed(id, RuntimeError::fromPost(errorType, errorBody));
    else
        Q_EMIT responseStreamFinished(id);
    return { QByteArrayLiteral("202 Accepted"), acceptedBody() };
}

void RuntimeApiServer::streamAborted(ConnectionGuard *guard, const QString &why)
{
    if (!streamIsCurrent(guard)) {
        if (guard == m_streamGuard)
            m_streamGuard.clear();
        return;
    }
    m_streamGuard.clear();
    const QByteArray id = std::exchange(m_streamRequestId, {});
    // Bullpen's name: Lambda documents no error type for a stream that breaks off.
    RuntimeError error;
    error.errorType = QByteArrayLiteral("Runtime.TruncatedResponse");
    error.errorMessage = why;
    error.body = RuntimeApiBodies::errorJson(why.toUtf8(), error.errorType);
    Q_EMIT responseStreamFailed(id, error);
}

void RuntimeApiServer::handleInitError(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    if (m_initDone)
        return writeJson(responder, invalidTransition("Running", "InitError"), Status::Forbidden);
    writeJson(responder, acceptedBody(), Status::Accepted);
    Q_EMIT initErrorReceived(
        RuntimeError::fromPost(request.value("Lambda-Runtime-Function-Error-Type"), request.body()));
}

void RuntimeApiServer::onBodyRefused(const QByteArray &path, qint64 size)
{
    // The guard answered 413 already; tell the invoker when it was the current
    // invocation's response, so it can report Function.ResponseSizeTooLarge.
    const QByteArray prefix = "/2018-06-01/runtime/invocation/" + m_pending.requestId;
    if (m_state == Invoke::Running && !m_pending.requestId.isEmpty() && path.startsWith(prefix)
        && path.sliced(prefix.size()) == "/response") {
        setInvokeState(Invoke::Responded);
        Q_EMIT responseTooLarge(m_pending.requestId, qsizetype(size));
    }
}

void RuntimeApiServer::onConnectionClosed(ConnectionGuard *guard)
{
    m_extensions.onConnectionClosed(guard);
    if (m_parked && m_parkedGuard == guard) {
        // Nobody is listening any more: let QtHttpServer clean the connection up.
        m_parkedGuard.clear();
        m_parked.reset();
    }
}

} // namespace Bullpen
