// SPDX-License-Identifier: MIT
#include "engine/apigateway/gatewayserver.h"

#include "engine/apigateway/cors.h"

#include "engine/invocation/invocation.h"
#include "engine/invoke/invoker.h"
#include "engine/runtimeapi/connectionguard.h"
#include "engine/runtimeapi/runtimeapiserver.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Bullpen {

class GatewayHttp final : public QAbstractHttpServer
{
public:
    explicit GatewayHttp(GatewayServer *owner)
        : QAbstractHttpServer(owner)
        , m_owner(owner)
    { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override
    {
        m_owner->accept(request, responder);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder) override
    {
        responder.write(QHttpServerResponder::StatusCode::NotFound);
    }

private:
    GatewayServer *m_owner;
};

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    case M::Connect:
        return "CONNECT";
    case M::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

// X-Amzn-Trace-Id as AWS writes it: Root=1-<epoch seconds, hex>-<96 random bits, hex>.
QByteArray traceId(qint64 epochMs)
{
    QByteArray random(12, Qt::Uninitialized);
    for (char &b : random)
        b = char(QRandomGenerator::global()->bounded(256));
    return "Root=1-" + QByteArray::number(epochMs / 1000, 16) + '-' + random.toHex();
}

qint64 monotonicNs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.nsecsElapsed();
}

} // namespace

GatewayServer::GatewayServer(Invoker *invoker, qint64 maxBodyBytes, QObject *parent)
    : QObject(parent)
    , m_invoker(invoker)
    , m_maxBody(maxBodyBytes)
{
    qRegisterMetaType<GatewayRequestRecord>();
    qRegisterMetaType<Invocation *>();
    RuntimeApiServer::prepareInBackground();
}

GatewayServer::~GatewayServer()
{
    stop();
}

AwsAccount GatewayServer::account() const
{
    return m_invoker ? m_invoker->settings().account : AwsAccount();
}

bool GatewayServer::start(const QString &host, quint16 port, QString *error)
{
    stop();
    QHostAddress address;
    if (host.isEmpty() || host == u"localhost") {
        address = QHostAddress::LocalHost;
    } else if (!address.setAddress(host)) {
        const QHostInfo info = QHostInfo::fromName(host);
        if (info.addresses().isEmpty()) {
            if (error)
                *error = u"cannot listen on %1: it is not an IP address and does not resolve (%2)"_s.arg(
                    host, info.errorString());
            return false;
        }
        address = info.addresses().constFirst();
    }
    m_http = new GatewayHttp(this);
    auto *tcp = new GuardedTcpServer(m_maxBody, m_http);
    if (!tcp->listen(address, port)) {
        const QString where = address.protocol() == QAbstractSocket::IPv6Protocol
            ? u"[%1]:%2"_s.arg(address.toString()).arg(port)
            : u"%1:%2"_s.arg(address.toString()).arg(port);
        if (error) {
            if (tcp->serverError() == QAbstractSocket::AddressInUseError)
                *error = u"cannot listen on %1: port %2 is already in use (another server, or a `bullpen serve` "
                         "still running); choose another port, or 0 for a free one"_s.arg(where)
                             .arg(port);
            else
                *error = u"cannot listen on %1: %2"_s.arg(where, tcp->errorString());
        }
        delete m_http;
        m_http = nullptr;
        return false;
    }
    if (!m_http->bind(tcp)) {
        if (error)
            *error = u"QtHttpServer refused the listening socket"_s;
        delete m_http;
        m_http = nullptr;
        return false;
    }
    m_tcp = tcp;
    m_host = address.toString();
    return true;
}

void GatewayServer::stop()
{
    // Answer what is still waiting while QtHttpServer's streams are alive.
    std::vector<quint64> ids;
    for (const auto &[id, e] : m_exchanges)
        ids.push_back(id);
    for (quint64 id : ids)
        reply(id, GatewayResponse::json(503, R"({"message":"Service Unavailable"})"), u"server stopped"_s);
    // The answers are in the sockets' buffers; hand them to the kernel before the sockets go.
    if (m_tcp)
        m_tcp->close();
    if (m_http) {
        const auto sockets = m_http->findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets) {
            socket->flush();
            socket->disconnectFromHost();
        }
    }
    delete m_http;
    m_http = nullptr;
    m_tcp.clear();
}

bool GatewayServer::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

quint16 GatewayServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QString GatewayServer::url() const
{
    if (!m_tcp)
        return {};
    QHostAddress address = m_tcp->serverAddress();
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        address = QHostAddress::LocalHost;
    const QString host
        = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']' : address.toString();
    return u"http://%1:%2"_s.arg(host).arg(m_tcp->serverPort());
}

void GatewayServer::accept(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    ConnectionGuard *guard = m_tcp ? m_tcp->guardFor(request.remotePort()) : nullptr;
    if (guard)
        guard->requestCompleted();

    auto e = std::make_unique<Exchange>();
    e->id = m_nextId++;
    e->startedNs = monotonicNs();
    e->request
        = GatewayRequest::fromHttp(methodName(request.method()), request.url(), request.headers(), request.body());
    GatewayRequest &r = e->request;
    QHostAddress peer = request.remoteAddress();
    bool v4 = false;
    const quint32 ip4 = peer.toIPv4Address(&v4);
    r.sourceIp = v4 ? QHostAddress(ip4).toString() : peer.toString();
    r.timeEpochMs = QDateTime::currentMSecsSinceEpoch();
    // What API Gateway and function URLs add to every request before the event is built.
    const auto addIfMissing = [&r](QByteArrayView name, const QByteArray &value) {
        if (r.header(name).isEmpty())
            r.headers.append({ name.toByteArray(), value });
    };
    addIfMissing("x-forwarded-for", r.sourceIp.toUtf8());
    addIfMissing("x-forwarded-port", QByteArray::number(request.localPort()));
    addIfMissing("x-forwarded-proto", "http");
    addIfMissing("x-amzn-trace-id", traceId(r.timeEpochMs));

    e->record.method = r.method;
    e->record.path = r.path;
    e->guard = guard;
    // While the answer is pending, QtHttpServer reads nothing more of this
    // connection; neither does the guard.
    if (guard)
        guard->setParked(true);
    e->responder.emplace(std::move(responder));
    Exchange &ref = *e;
    m_exchanges.emplace(e->id, std::move(e));
    handle(ref);
}

GatewayServer::Exchange *GatewayServer::exchange(quint64 id)
{
    const auto it = m_exchanges.find(id);
    return it == m_exchanges.end() ? nullptr : it->second.get();
}

std::optional<QHttpServerResponder> GatewayServer::release(quint64 id, std::function<void(int status)> *done)
{
    const auto it = m_exchanges.find(id);
    if (it == m_exchanges.end())
        return std::nullopt;
    std::shared_ptr<Exchange> e(std::move(it->second));
    m_exchanges.erase(it);
    if (e->guard)
        e->guard->setParked(false);
    std::optional<QHttpServerResponder> responder = std::move(e->responder);
    e->responder.reset();
    *done = [self = QPointer<GatewayServer>(this), e](int status) {
        e->record.status = status;
        e->record.gatewayRequestId = e->request.requestId;
        e->record.elapsedMs = double(monotonicNs() - e->startedNs) / 1e6;
        if (self)
            Q_EMIT self->requestServed(e->record);
    };
    return responder;
}

void GatewayServer::reply(quint64 id, GatewayResponse response, const QString &note)
{
    const auto it = m_exchanges.find(id);
    if (it == m_exchanges.end())
        return;
    std::unique_ptr<Exchange> e = std::move(it->second);
    m_exchanges.erase(it);
    if (e->responseCors)
        Cors::addResponseHeaders(e->request, *e->responseCors, response);
    if (e->guard)
        e->guard->setParked(false);
    QHttpHeaders headers;
    for (const auto &[name, value] : std::as_const(response.headers)) {
        // The framing is the server's: a function's Content-Length or
        // Transfer-Encoding would contradict the body actually sent.
        if (name.compare("content-length", Qt::CaseInsensitive) == 0
            || name.compare("transfer-encoding", Qt::CaseInsensitive) == 0
            || name.compare("connection", Qt::CaseInsensitive) == 0)
            continue;
        headers.append(name, value);
    }
    // Move out before writing: the responder's death re-arms QtHttpServer's reading.
    QHttpServerResponder responder = std::move(*e->responder);
    e->responder.reset();
    responder.write(response.body, headers, static_cast<QHttpServerResponder::StatusCode>(response.status));

    e->record.status = response.status;
    if (!note.isEmpty())
        e->record.note = note;
    e->record.gatewayRequestId = e->request.requestId;
    e->record.elapsedMs = double(monotonicNs() - e->startedNs) / 1e6;
    Q_EMIT requestServed(e->record);
}

void GatewayServer::invoke(quint64 id, const FunctionConfig &function, const QByteArray &event, int timeoutMs,
                           std::function<GatewayResponse(const InvocationResult &, QString *note)> map)
{
    Exchange *e = exchange(id);
    if (!e)
        return;
    InvokeOptions options;
    options.source = InvocationSource::Api;
    // SAM wires a function's events to its alias when it publishes one.
    options.qualifier = function.autoPublishAlias;
    Invocation *invocation = m_invoker->invoke(function, event, options);
    e->invocation = invocation;
    e->record.functionId = function.logicalId;
    e->record.lambdaRequestId = invocation->requestId();
    QPointer<QTimer> timer;
    if (timeoutMs >= 0) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, id, timer] {
            timer->deleteLater();
            reply(id, GatewayEvents::endpointTimedOut(), u"integration timed out"_s);
        });
        timer->start(timeoutMs);
    }
    connect(invocation, &Invocation::finished, this, [this, id, timer, map](const InvocationResult &result) {
        if (timer) {
            timer->stop();
            timer->deleteLater();
        }
        if (!exchange(id))
            return; // answered already (timed out, or the server stopped)
        QString note;
        GatewayResponse response = map(result, &note);
        reply(id, std::move(response), note);
    });
    Q_EMIT invocationStarted(invocation, function.logicalId);
}

GatewayResponse GatewayServer::failureResponse(const InvocationResult &result, QString *note)
{
    if (result.outcome == InvocationOutcome::Refused) {
        *note = result.errorType + u": " + result.errorMessage;
        if (result.errorType == u"TooManyRequestsException")
            return GatewayResponse::json(429, R"({"message":"Too Many Requests"})");
        if (result.errorType == u"RequestTooLargeException")
            return GatewayResponse::json(413, R"({"message":"Request Too Long"})");
        return GatewayEvents::internalServerError();
    }
    switch (result.outcome) {
    case InvocationOutcome::FunctionError:
    case InvocationOutcome::TimedOut:
        *note = u"function error: %1: %2"_s.arg(result.errorType, result.errorMessage);
        break;
    default:
        *note = u"%1: %2"_s.arg(invocationOutcomeName(result.outcome), result.engineError);
        break;
    }
    return GatewayEvents::internalServerError();
}

} // namespace Bullpen
