// SPDX-License-Identifier: MIT
#include "engine/apigateway/functionurlserver.h"

#include "engine/apigateway/cors.h"
#include "engine/invocation/invocationresult.h"
#include "engine/project/lambdalimits.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Bullpen {

namespace {

// Function URL ids are 32 lower-case letters and digits; a hash of the name
// keeps a function's URL id the same from one `serve` to the next.
QString urlIdFor(const QString &functionName)
{
    const QByteArray hex = QCryptographicHash::hash(functionName.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(hex.left(32));
}

} // namespace

FunctionUrlServer::FunctionUrlServer(Invoker *invoker, const FunctionConfig &function, const FunctionUrlDefinition &url,
                                     QObject *parent)
    : GatewayServer(invoker, LambdaLimits::MaxRequestBytes, parent)
    , m_function(function)
    , m_url(url)
    , m_urlId(urlIdFor(function.functionName))
{ }

void FunctionUrlServer::handle(Exchange &e)
{
    e.request.requestId = GatewayEvents::newRestRequestId();
    e.record.server = u"url:"_s + m_function.logicalId;
    e.record.routeKey = u"$default"_s;
    if (m_url.cors.enabled) {
        if (Cors::isPreflight(e.request)) {
            reply(e.id, Cors::httpPreflight(e.request, m_url.cors), u"CORS preflight"_s);
            return;
        }
        e.responseCors = m_url.cors;
    }
    if (m_url.authType == u"AWS_IAM") {
        std::optional<GatewayResponse> refusal;
        if (m_authorizer)
            refusal = m_authorizer(e.request);
        else
            refusal = GatewayResponse::json(403, R"({"Message":"Forbidden"})");
        if (refusal) {
            reply(e.id, *refusal,
                  m_authorizer ? u"AWS_IAM: signature refused"_s
                               : u"AWS_IAM: no SigV4 verifier is configured, so every request is refused"_s);
            return;
        }
    }

    EventTarget target;
    target.kind = ApiKind::Http;
    target.resource = target.routeKey = u"$default"_s;
    target.stage = u"$default"_s;
    target.apiId = m_urlId;
    const AwsAccount where = account();
    target.domainName = m_urlId + u".lambda-url."_s + where.region + u".on.aws"_s;
    target.accountId = where.accountId;
    const QByteArray event = GatewayEvents::v2Event(e.request, target);

    if (isStreaming() && m_streaming) {
        std::function<void(int)> done;
        auto responder = release(e.id, &done);
        if (responder)
            m_streaming(m_function, event, std::move(*responder), std::move(done));
        return;
    }
    const bool bufferedStream = isStreaming();
    invoke(e.id, m_function, event, -1, [bufferedStream](const InvocationResult &result, QString *note) {
        if (!result.succeeded())
            return failureResponse(result, note);
        QString why;
        const auto mapped = GatewayEvents::v2Response(result.payload, &why);
        if (!mapped) {
            *note = u"malformed response: "_s + why;
            return GatewayEvents::internalServerError();
        }
        if (bufferedStream)
            *note = u"RESPONSE_STREAM served buffered (no streaming invoker)"_s;
        GatewayResponse response = *mapped;
        response.headers.emplaceBack("x-amzn-RequestId", result.requestId);
        return response;
    });
}

} // namespace Bullpen
