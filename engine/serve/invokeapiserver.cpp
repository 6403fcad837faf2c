// SPDX-License-Identifier: MIT
#include "engine/serve/invokeapiserver.h"

#include "engine/core/jsonvalue.h"
#include "engine/invocation/invocation.h"
#include "engine/invoke/invoker.h"
#include "engine/project/lambdalimits.h"
#include "engine/runtimeapi/connectionguard.h"
#include "engine/runtimeapi/runtimeapiserver.h"
#include "engine/streaming/invokestreamwriter.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Bullpen {

// QAbstractHttpServer rather than QHttpServer, for the reason RuntimeApiHttp
// gives: a handful of fixed paths are told apart by hand for less than the
// router's regular expressions cost.
class InvokeApiHttp final : public QAbstractHttpServer
{
public:
    explicit InvokeApiHttp(InvokeApiServer *owner)
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
    InvokeApiServer *m_owner;
};

// X-Amz-Client-Context: at most 3,583 bytes of base64 of a JSON object
// (the AWS CLI's --client-context, an SDK's ClientContext). The runtime gets
// the JSON itself, on one line (the runtime clients JSON-parse the header).
// Empty when the request has none.
std::variant<QByteArray, ApiError> clientContextOf(const QHttpServerRequest &request)
{
    const QByteArray encoded = request.value("X-Amz-Client-Context");
    if (encoded.isEmpty())
        return QByteArray();
    if (encoded.size() > LambdaLimits::MaxClientContextBytes) {
        return ApiError::invalidParameter(
            u"1 validation error detected: Value at 'clientContext' failed to satisfy constraint: Member must have "
            "length less than or equal to %1 (it has %2 bytes of base64)"_s.arg(LambdaLimits::MaxClientContextBytes)
                .arg(encoded.size()));
    }
    const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return ApiError::invalidContent(
            u"Client context must be a valid Base64-encoded JSON object: X-Amz-Client-Context is not base64"_s);
    }
    JsonValueError jsonError;
    const QJsonValue value = parseJsonValue(*decoded, &jsonError);
    if (!value.isObject()) {
        return ApiError::invalidContent(u"Client context must be a valid Base64-encoded JSON object: %1"_s.arg(
            value.isUndefined() ? jsonError.message() : u"it decodes to JSON that is not an object"_s));
    }
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

struct InvokeApiServer::Waiting
{
    std::optional<QHttpServerResponder> responder;
    ServedRequest served;
    qint64 arrivedNs = 0;
    bool tail = false;
    QByteArray executedVersion;
};

namespace {

using Status = QHttpServerResponder::StatusCode;

constexpr QStringView FunctionsPath = u"/2015-03-31/functions";
// InvokeWithResponseStream: /2021-11-15/functions/{name}/response-streaming-invocations.
constexpr QStringView StreamingFunctionsPath = u"/2021-11-15/functions/";
constexpr QStringView StreamingAction = u"/response-streaming-invocations";

QElapsedTimer &uptime()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer;
}

QByteArray newRequestId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

// A header's value in a raw request head (the guard's view, before parsing).
QByteArrayView headValue(QByteArrayView head, QByteArrayView name)
{
    qsizetype from = head.indexOf('\n');
    while (from >= 0 && from + 1 < head.size()) {
        const QByteArrayView line = head.sliced(from + 1);
        if (line.size() > name.size() && line.at(name.size()) == ':'
            && line.first(name.size()).compare(name, Qt::CaseInsensitive) == 0) {
            QByteArrayView value = line.sliced(name.size() + 1);
            const qsizetype end = value.indexOf('\n');
            return (end >= 0 ? value.first(end) : value).trimmed();
        }
        from = head.indexOf('\n', from + 1);
    }
    return {};
}

QString methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return u"GET"_s;
    case M::Put:
        return u"PUT"_s;
    case M::Delete:
        return u"DELETE"_s;
    case M::Post:
        return u"POST"_s;
    case M::Head:
        return u"HEAD"_s;
    case M::Options:
        return u"OPTIONS"_s;
    case M::Patch:
        return u"PATCH"_s;
    default:
        return u"the method"_s;
    }
}

bool isEvent(QByteArrayView invocationType)
{
    return invocationType.compare("Event", Qt::CaseSensitive) == 0;
}

qint64 limitFor(bool event)
{
    return event ? LambdaLimits::MaxAsyncRequestBytes : LambdaLimits::MaxRequestBytes;
}

QByteArray tooLargeResponse(QByteArrayView, qint64 limit, bool close)
{
    const ApiError error = ApiError::tooLarge(limit, limit == LambdaLimits::MaxAsyncRequestBytes);
    const QByteArray body = error.body();
    QByteArray out;
    out.reserve(body.size() + 256);
    out.append("HTTP/1.1 413 Request Entity Too Large\r\nContent-Type: application/json\r\nx-amzn-ErrorType: ")
        .append(error.type)
        .append("\r\nx-amzn-RequestId: ")
        .append(newRequestId())
        .append("\r\nContent-Length: ")
        .append(QByteArray::number(body.size()))
        .append(close ? "\r\nConnection: close\r\n\r\n" : "\r\n\r\n")
        .append(body);
    return out;
}

// Lambda's X-Amz-Log-Result: the last 4 KB of the invocation's log, base64.
QByteArray logTail(const QStringList &logs)
{
    QByteArray all;
    for (const QString &line : logs) {
        all.append(line.toUtf8());
        all.append('\n');
    }
    return all.right(4096).toBase64();
}

ApiError errorOf(const InvocationResult &r)
{
    if (r.outcome == InvocationOutcome::Refused) {
        if (r.errorType == u"TooManyRequestsException") {
            const QString reason = parseJsonValue(r.payload)
                                       .toObject()
                                       .value(u"Reason"_s)
                                       .toString(u"ConcurrentInvocationLimitExceeded"_s);
            return ApiError::throttled(reason);
        }
        if (r.errorType == u"InvalidRequestContentException")
            return ApiError::invalidContent(r.errorMessage.isEmpty() ? r.engineError : r.errorMessage);
        if (r.errorType == u"RequestEntityTooLargeException")
            return ApiError::tooLarge(LambdaLimits::MaxRequestBytes, false);
        // A streaming invocation of a runtime that cannot stream (Python): Lambda's status for it.
        if (r.errorType == u"InvalidRuntimeException")
            return { 502, r.errorType.toUtf8(), r.errorMessage, {} };
        return { 400, r.errorType.toUtf8(), r.errorMessage.isEmpty() ? r.engineError : r.errorMessage, {} };
    }
    // The engine could not run it (no backend, stopped, shutting down), or it was cancelled.
    return ApiError::service(r.engineError.isEmpty() ? r.errorMessage : r.engineError);
}

} // namespace

InvokeApiServer::InvokeApiServer(Invoker *invoker, FunctionDirectory functions, QObject *parent)
    : QObject(parent)
    , m_invoker(invoker)
    , m_functions(std::move(functions))
    , m_asyncSink(fireAndForget(invoker))
{
    qRegisterMetaType<ServedRequest>();
    uptime();
    // The TLS set-up every QtHttpServer request pays once per process.
    RuntimeApiServer::prepareInBackground();
    if (m_invoker)
        m_functions.setAccount(m_invoker->settings().account);
}

InvokeApiServer::~InvokeApiServer()
{
    close();
}

bool InvokeApiServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    m_http = new InvokeApiHttp(this);
    auto *tcp = new GuardedTcpServer(LambdaLimits::MaxRequestBytes, m_http);
    tcp->setPolicy({ [](QByteArrayView head) { return limitFor(isEvent(headValue(head, "x-amz-invocation-type"))); },
                     &tooLargeResponse });
    if (!tcp->listen(address, port)) {
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
    connect(tcp, &GuardedTcpServer::bodyRefused, this, &InvokeApiServer::onBodyRefused);
    connect(tcp, &GuardedTcpServer::connectionClosed, this, &InvokeApiServer::onConnectionClosed);
    return true;
}

quint16 InvokeApiServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QHostAddress InvokeApiServer::address() const
{
    return m_tcp ? m_tcp->serverAddress() : QHostAddress();
}

QString InvokeApiServer::url() const
{
    if (!m_tcp)
        return {};
    QHostAddress host = m_tcp->serverAddress();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    const QString text
        = host.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + host.toString() + u']' : host.toString();
    return u"http://"_s + text + u':' + QString::number(m_tcp->serverPort());
}

QString InvokeApiServer::errorString() const
{
    return m_error;
}

bool InvokeApiServer::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

void InvokeApiServer::close()
{
    // The responders refer to QtHttpServer's streams: drop them first.
    for (const auto &waiting : std::as_const(m_waiting))
        waiting->responder.reset();
    m_waiting.clear();
    delete m_http;
    m_http = nullptr;
    m_tcp.clear();
}

void InvokeApiServer::setFunctions(FunctionDirectory functions)
{
    m_functions = std::move(functions);
    // The ARNs name the engine's region and account, as its instances do.
    if (m_invoker)
        m_functions.setAccount(m_invoker->settings().account);
}

void InvokeApiServer::setAsyncSink(AsyncSink sink)
{
    m_asyncSink = sink ? std::move(sink) : fireAndForget(m_invoker);
}

void InvokeApiServer::setAuthenticator(Authenticator authenticator)
{
    m_authenticator = std::move(authenticator);
}

InvokeApiServer::AsyncSink InvokeApiServer::fireAndForget(Invoker *invoker)
{
    QPointer<Invoker> engine(invoker);
    return [engine](const AsyncInvokeRequest &request, QString *error) -> QByteArray {
        if (!engine) {
            if (error)
                *error = u"the engine has stopped"_s;
            return {};
        }
        InvokeOptions options;
        options.source = InvocationSource::Api;
        options.qualifier = request.qualifier;
        return engine->invoke(request.function, request.payload, options)->requestId();
    };
}

void InvokeApiServer::finish(ServedRequest &served, int status, qint64 arrivedNs)
{
    served.status = status;
    served.elapsedMs = double(uptime().nsecsElapsed() - arrivedNs) / 1e6;
    Q_EMIT requestServed(served);
}

void InvokeApiServer::answerError(QHttpServerResponder &responder, const ApiError &error, ServedRequest &served,
                                  qint64 arrivedNs, const QByteArray &requestId)
{
    const QByteArray id = requestId.isEmpty() ? newRequestId() : requestId;
    QHttpHeaders headers;
    headers.reserve(3);
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json");
    headers.append("x-amzn-ErrorType"_L1, error.type);
    headers.append("x-amzn-RequestId"_L1, id);
    responder.write(error.body(), headers, Status(error.status));
    served.errorType = error.type;
    served.requestId = id;
    finish(served, error.status, arrivedNs);
}

void InvokeApiServer::answerJson(QHttpServerResponder &responder, const QByteArray &json, ServedRequest &served,
                                 qint64 arrivedNs)
{
    const QByteArray id = newRequestId();
    QHttpHeaders headers;
    headers.reserve(2);
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json");
    headers.append("x-amzn-RequestId"_L1, id);
    responder.write(json, headers, Status::Ok);
    served.requestId = id;
    finish(served, 200, arrivedNs);
}

void InvokeApiServer::handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const qint64 arrivedNs = uptime().nsecsElapsed();
    if (ConnectionGuard *guard = m_tcp ? m_tcp->guardFor(request.remotePort()) : nullptr)
        guard->requestCompleted();
    ServedRequest served;
    if (m_authenticator) {
        if (const std::optional<ApiError> refusal = m_authenticator(request))
            return answerError(responder, *refusal, served, arrivedNs);
    }

    // Encoded, so that a '/' in a name cannot pass for a separator; each segment is decoded alone.
    const QString pathString = request.url().path(QUrl::FullyEncoded);
    const QStringView path = pathString;
    const auto method = request.method();
    if (path.startsWith(FunctionsPath)) {
        const QStringView rest = path.sliced(FunctionsPath.size());
        if (rest.isEmpty() || rest == u"/") {
            served.operation = u"ListFunctions"_s;
            if (method == QHttpServerRequest::Method::Get) {
                return answerJson(responder, QJsonDocument(m_functions.listFunctions()).toJson(QJsonDocument::Compact),
                                  served, arrivedNs);
            }
        } else if (rest.startsWith(u'/')) {
            const QStringView tail = rest.sliced(1);
            const qsizetype slash = tail.indexOf(u'/');
            const QString name = QUrl::fromPercentEncoding(slash < 0 ? tail.toUtf8() : tail.first(slash).toUtf8());
            const QStringView action = slash < 0 ? QStringView() : tail.sliced(slash + 1);
            served.function = name;
            if (action == u"invocations" && method == QHttpServerRequest::Method::Post) {
                served.operation = u"Invoke"_s;
                return handleInvoke(name, request, responder, served, arrivedNs);
            }
            const bool configurationOnly = action == u"configuration";
            if ((action.isEmpty() || action == u"/" || configurationOnly)
                && method == QHttpServerRequest::Method::Get) {
                served.operation = configurationOnly ? u"GetFunctionConfiguration"_s : u"GetFunction"_s;
                const QString qualifier = QUrlQuery(request.url()).queryItemValue(u"Qualifier"_s, QUrl::FullyDecoded);
                const auto resolved = m_functions.resolve(name, qualifier);
                if (const auto *error = std::get_if<ApiError>(&resolved))
                    return answerError(responder, *error, served, arrivedNs);
                const ResolvedFunction &function = std::get<ResolvedFunction>(resolved);
                const QJsonObject document
                    = configurationOnly ? m_functions.configuration(function) : m_functions.getFunction(function);
                return answerJson(responder, QJsonDocument(document).toJson(QJsonDocument::Compact), served, arrivedNs);
            }
        }
    }
    if (path.startsWith(StreamingFunctionsPath) && path.endsWith(StreamingAction)
        && method == QHttpServerRequest::Method::Post) {
        const QStringView encoded = path.sliced(StreamingFunctionsPath.size(),
                                                path.size() - StreamingFunctionsPath.size() - StreamingAction.size());
        if (!encoded.isEmpty() && !encoded.contains(u'/')) {
            served.operation = u"InvokeWithResponseStream"_s;
            served.function = QUrl::fromPercentEncoding(encoded.toUtf8());
            return handleInvokeStream(served.function, request, responder, served, arrivedNs);
        }
    }
    answerError(responder,
                { 404,
                  "UnknownOperationException",
                  u"Unknown operation: %1 %2. This server offers Invoke, InvokeWithResponseStream, GetFunction, "
                  "GetFunctionConfiguration and ListFunctions."_s.arg(methodName(method), pathString),
                  {} },
                served, arrivedNs);
}

void InvokeApiServer::handleInvoke(QStringView name, const QHttpServerRequest &request, QHttpServerResponder &responder,
                                   ServedRequest &served, qint64 arrivedNs)
{
    const QByteArray type = request.value("X-Amz-Invocation-Type");
    const bool event = isEvent(type);
    const bool dryRun = type == "DryRun";
    if (!type.isEmpty() && !event && !dryRun && type != "RequestResponse") {
        return answerError(responder,
                           ApiError::invalidParameter(
                               u"1 validation error detected: Value '%1' at 'invocationType' failed to satisfy "
                               "constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]"_s.arg(
                                   QString::fromLatin1(type))),
                           served, arrivedNs);
    }
    served.invocationType = event ? u"Event"_s : dryRun ? u"DryRun"_s : u"RequestResponse"_s;
    const QByteArray logType = request.value("X-Amz-Log-Type");
    if (!logType.isEmpty() && logType != "Tail" && logType != "None") {
        return answerError(responder,
                           ApiError::invalidParameter(
                               u"1 validation error detected: Value '%1' at 'logType' failed to satisfy constraint: "
                               "Member must satisfy enum value set: [None, Tail]"_s.arg(QString::fromLatin1(logType))),
                           served, arrivedNs);
    }
    QString qualifier;
    if (!request.url().query().isEmpty())
        qualifier = QUrlQuery(request.url()).queryItemValue(u"Qualifier"_s, QUrl::FullyDecoded);
    const auto resolved = m_functions.resolve(name, qualifier);
    if (const auto *error = std::get_if<ApiError>(&resolved))
        return answerError(responder, *error, served, arrivedNs);
    const ResolvedFunction &function = std::get<ResolvedFunction>(resolved);
    served.qualifier = function.qualifier;

    // The guard refused what it could size from the head; a chunked body is
    // counted there only up to a margin, so its size is checked again here.
    const QByteArray payload = request.body();
    const qint64 limit = limitFor(event);
    if (payload.size() > limit)
        return answerError(responder, ApiError::tooLarge(limit, event), served, arrivedNs);

    const auto clientContext = clientContextOf(request);
    if (const auto *error = std::get_if<ApiError>(&clientContext))
        return answerError(responder, *error, served, arrivedNs);

    const QByteArray version = function.executedVersion().toLatin1();
    if (dryRun) {
        // Lambda checks the function and the caller's rights, and runs nothing.
        const QByteArray id = newRequestId();
        QHttpHeaders headers;
        headers.append("x-amzn-RequestId"_L1, id);
        responder.write(QByteArray(), headers, Status::NoContent);
        served.requestId = id;
        return finish(served, 204, arrivedNs);
    }
    if (!m_invoker)
        return answerError(responder, ApiError::service(u"the engine has stopped"_s), served, arrivedNs);

    const QByteArray body = payload.isEmpty() ? QByteArrayLiteral("{}") : payload;
    if (event) {
        // Lambda checks the event is JSON before it accepts it with 202.
        JsonValueError jsonError;
        if (parseJsonValue(body, &jsonError).isUndefined()) {
            return answerError(responder,
                               ApiError::invalidContent(u"Could not parse request body into json: Could not parse "
                                                        "payload into json: %1"_s.arg(jsonError.message())),
                               served, arrivedNs);
        }
        QString error;
        const QByteArray id
            = m_asyncSink(AsyncInvokeRequest { *function.function, body, function.invokeQualifier() }, &error);
        if (id.isEmpty())
            return answerError(responder, ApiError::service(u"the event was not queued: "_s + error), served,
                               arrivedNs);
        QHttpHeaders headers;
        headers.append("x-amzn-RequestId"_L1, id);
        responder.write(QByteArray(), headers, Status::Accepted);
        served.requestId = id;
        return finish(served, 202, arrivedNs);
    }

    InvokeOptions options;
    options.source = InvocationSource::Api;
    options.qualifier = function.invokeQualifier();
    // Lambda passes the client context to synchronous invocations only.
    options.clientContext = std::get<QByteArray>(clientContext);
    Invocation *invocation = m_invoker->invoke(*function.function, body, options);
    ConnectionGuard *guard = m_tcp ? m_tcp->guardFor(request.remotePort()) : nullptr;
    auto waiting = std::make_shared<Waiting>();
    waiting->responder.emplace(std::move(responder));
    waiting->served = served;
    waiting->arrivedNs = arrivedNs;
    waiting->tail = logType == "Tail";
    waiting->executedVersion = version;
    if (guard)
        m_waiting.insert(guard, waiting);
    connect(invocation, &Invocation::finished, this, [this, waiting, guard](const InvocationResult &result) {
        if (guard) {
            const auto it = m_waiting.constFind(guard);
            if (it != m_waiting.cend() && it.value() == waiting)
                m_waiting.erase(it);
        }
        if (!waiting->responder)
            return; // the client went away; the invocation ran all the same, as on Lambda
        QHttpServerResponder responder = std::move(*waiting->responder);
        waiting->responder.reset();
        ServedRequest &served = waiting->served;
        if (!result.ran() || result.outcome == InvocationOutcome::Cancelled)
            return answerError(responder, errorOf(result), served, waiting->arrivedNs, result.requestId);
        QHttpHeaders headers;
        headers.reserve(5);
        headers.append(QHttpHeaders::WellKnownHeader::ContentType,
                       result.contentType.isEmpty() ? QByteArrayLiteral("application/json") : result.contentType);
        headers.append("x-amzn-RequestId"_L1, result.requestId);
        headers.append("X-Amz-Executed-Version"_L1, waiting->executedVersion);
        if (result.outcome != InvocationOutcome::Succeeded) {
            const QByteArray kind
                = result.functionError.isEmpty() ? QByteArrayLiteral("Unhandled") : result.functionError.toLatin1();
            headers.append("X-Amz-Function-Error"_L1, kind);
            served.errorType = kind;
        }
        if (waiting->tail)
            headers.append("X-Amz-Log-Result"_L1, logTail(result.logs));
        responder.write(result.payload, headers, Status::Ok);
        served.requestId = result.requestId;
        finish(served, 200, waiting->arrivedNs);
    });
}

// The chunks go to the client as the runtime writes them (engine/streaming);
// Lambda streams from Node.js and custom runtimes only, and refuses others.
void InvokeApiServer::handleInvokeStream(const QString &name, const QHttpServerRequest &request,
                                         QHttpServerResponder &responder, ServedRequest &served, qint64 arrivedNs)
{
    const QByteArray type = request.value("X-Amz-Invocation-Type");
    const bool dryRun = type == "DryRun";
    if (!type.isEmpty() && !dryRun && type != "RequestResponse") {
        return answerError(responder,
                           ApiError::invalidParameter(
                               u"1 validation error detected: Value '%1' at 'invocationType' failed to satisfy "
                               "constraint: Member must satisfy enum value set: [RequestResponse, DryRun]"_s.arg(
                                   QString::fromLatin1(type))),
                           served, arrivedNs);
    }
    served.invocationType = dryRun ? u"DryRun"_s : u"RequestResponse"_s;
    const QByteArray logType = request.value("X-Amz-Log-Type");
    if (!logType.isEmpty() && logType != "Tail" && logType != "None") {
        return answerError(responder,
                           ApiError::invalidParameter(
                               u"1 validation error detected: Value '%1' at 'logType' failed to satisfy constraint: "
                               "Member must satisfy enum value set: [None, Tail]"_s.arg(QString::fromLatin1(logType))),
                           served, arrivedNs);
    }
    QString qualifier;
    if (!request.url().query().isEmpty())
        qualifier = QUrlQuery(request.url()).queryItemValue(u"Qualifier"_s, QUrl::FullyDecoded);
    const auto resolved = m_functions.resolve(name, qualifier);
    if (const auto *error = std::get_if<ApiError>(&resolved))
        return answerError(responder, *error, served, arrivedNs);
    const ResolvedFunction &function = std::get<ResolvedFunction>(resolved);
    served.qualifier = function.qualifier;
    const QByteArray payload = request.body();
    if (payload.size() > LambdaLimits::MaxRequestBytes)
        return answerError(responder, ApiError::tooLarge(LambdaLimits::MaxRequestBytes, false), served, arrivedNs);
    const auto clientContext = clientContextOf(request);
    if (const auto *error = std::get_if<ApiError>(&clientContext))
        return answerError(responder, *error, served, arrivedNs);
    if (dryRun) {
        const QByteArray id = newRequestId();
        QHttpHeaders headers;
        headers.append("x-amzn-RequestId"_L1, id);
        responder.write(QByteArray(), headers, Status::NoContent);
        served.requestId = id;
        return finish(served, 204, arrivedNs);
    }
    if (!m_invoker)
        return answerError(responder, ApiError::service(u"the engine has stopped"_s), served, arrivedNs);

    InvokeOptions options;
    options.source = InvocationSource::Api;
    options.responseStream = true;
    options.qualifier = function.invokeQualifier(); // the alias or version 1, as Invoke runs it
    options.clientContext = std::get<QByteArray>(clientContext);
    Invocation *invocation
        = m_invoker->invoke(*function.function, payload.isEmpty() ? QByteArrayLiteral("{}") : payload, options);
    auto answered = std::make_shared<bool>(false);
    InvokeStreamWriter::Options writerOptions;
    writerOptions.executedVersion = function.executedVersion().toLatin1();
    writerOptions.tailLogs = logType == "Tail";
    writerOptions.errorAnswer
        = [this, served, arrivedNs, answered](QHttpServerResponder &r, const InvocationResult &result) mutable {
              *answered = true;
              answerError(r, errorOf(result), served, arrivedNs, result.requestId);
          };
    auto *writer = new InvokeStreamWriter(std::move(responder), invocation, std::move(writerOptions), this);
    connect(writer, &InvokeStreamWriter::done, this,
            [this, served, arrivedNs, answered, invocation = QPointer<Invocation>(invocation)]() mutable {
                if (*answered)
                    return;
                if (invocation) {
                    served.requestId = invocation->requestId();
                    if (!invocation->result().succeeded())
                        served.errorType = "Unhandled";
                }
                finish(served, 200, arrivedNs);
            });
}

void InvokeApiServer::onBodyRefused(const QByteArray &path, qint64 size)
{
    Q_UNUSED(size)
    ServedRequest served;
    served.operation = path.endsWith("/invocations") ? u"Invoke"_s : QString();
    const QByteArray prefix = "/2015-03-31/functions/";
    if (path.startsWith(prefix)) {
        const QByteArray rest = path.sliced(prefix.size());
        served.function = QUrl::fromPercentEncoding(rest.left(rest.indexOf('/')));
    }
    served.errorType = "RequestTooLargeException";
    finish(served, 413, uptime().nsecsElapsed());
}

void InvokeApiServer::onConnectionClosed(ConnectionGuard *guard)
{
    // Nobody is listening any more: let QtHttpServer clean the connection up.
    if (const auto waiting = m_waiting.take(guard))
        waiting->responder.reset();
}

} // namespace Bullpen
