// SPDX-License-Identifier: MIT
#include "engine/apigateway/apigatewayserver.h"

#include "engine/apigateway/cors.h"
#include "engine/invocation/invocationresult.h"

using namespace Qt::StringLiterals;

namespace Bullpen {

ApiGatewayServer::ApiGatewayServer(Invoker *invoker, const QList<FunctionConfig> &functions, const RouteTable &routes,
                                   QObject *parent)
    : GatewayServer(invoker, MaxBodyBytes, parent)
    , m_routes(routes)
{
    for (const FunctionConfig &function : functions)
        m_functions.insert(function.logicalId, function);
}

QString ApiGatewayServer::domainName(const Exchange &exchange) const
{
    const QByteArray host = exchange.request.header("host");
    return host.isEmpty() ? u"localhost"_s : QString::fromUtf8(host);
}

bool ApiGatewayServer::answerPreflight(Exchange &e)
{
    if (e.request.method != "OPTIONS")
        return false;
    // A function's own OPTIONS route is served as any other route.
    if (const auto own = m_routes.match(u"OPTIONS"_s, e.request.path); own && own->route.method == u"OPTIONS")
        return false;
    // REST: the mock OPTIONS method SAM adds to each resource of an API with Cors.
    QString restApi;
    const QStringList methods = m_routes.methodsFor(e.request.path, &restApi);
    if (!methods.isEmpty()) {
        const auto api = m_routes.api(restApi);
        if (api && api->cors.enabled) {
            e.record.routeKey = u"OPTIONS "_s + e.request.path;
            reply(e.id, Cors::restPreflight(api->cors, methods), u"CORS preflight"_s);
            return true;
        }
    }
    // HTTP API: answered by the gateway whenever the API has CORS, route or not.
    if (Cors::isPreflight(e.request)) {
        for (const ApiDefinition &api : m_routes.apis()) {
            if (api.kind == ApiKind::Http && api.cors.enabled) {
                reply(e.id, Cors::httpPreflight(e.request, api.cors), u"CORS preflight"_s);
                return true;
            }
        }
    }
    return false;
}

EventTarget ApiGatewayServer::eventTarget(const RouteMatch &match, const QString &domainName)
{
    EventTarget target;
    target.kind = match.route.kind;
    target.resource = match.route.path == u"$default" ? u"$default"_s : match.route.path;
    target.routeKey = match.route.routeKey();
    target.stage = match.api.stageName;
    target.apiId = match.api.logicalId.toLower().left(10);
    target.domainName = domainName;
    target.pathParameters = match.pathParameters;
    target.stageVariables = match.api.stageVariables;
    target.binaryMediaTypes = match.api.binaryMediaTypes;
    return target;
}

void ApiGatewayServer::handle(Exchange &e)
{
    e.record.server = u"api"_s;
    const bool restFirst = m_routes.hasRestApi();
    e.request.requestId = restFirst ? GatewayEvents::newRestRequestId() : GatewayEvents::newHttpRequestId();
    if (answerPreflight(e))
        return;
    const auto match = m_routes.match(QString::fromLatin1(e.request.method), e.request.path);
    if (!match) {
        reply(e.id, restFirst ? GatewayEvents::missingAuthenticationToken() : GatewayEvents::notFound(), u"no route"_s);
        return;
    }
    const ApiRoute &route = match->route;
    const ApiDefinition &api = match->api;
    const bool rest = route.kind == ApiKind::Rest;
    e.request.requestId = rest ? GatewayEvents::newRestRequestId() : GatewayEvents::newHttpRequestId();
    e.record.routeKey = route.routeKey();
    if (!rest && api.cors.enabled)
        e.responseCors = api.cors;

    const auto function = m_functions.constFind(route.functionId);
    if (function == m_functions.constEnd()) {
        reply(
            e.id, GatewayEvents::internalServerError(),
            u"function %1 of route %2 could not be loaded from the template"_s.arg(route.functionId, route.routeKey()));
        return;
    }

    EventTarget target = eventTarget(*match, domainName(e));
    target.accountId = account().accountId;

    const bool v2 = !rest && route.payloadV2;
    const QByteArray event = v2 ? GatewayEvents::v2Event(e.request, target) : GatewayEvents::v1Event(e.request, target);
    const QByteArray accept = e.request.header("accept");
    const QByteArray requestId = e.request.requestId.toUtf8();
    const QByteArray apigwId = GatewayEvents::newHttpRequestId().toUtf8();
    const int timeoutMs = route.timeoutMs > 0 ? qMin(route.timeoutMs, integrationTimeoutMs()) : integrationTimeoutMs();
    invoke(e.id, *function, event, timeoutMs,
           [target, v2, accept, requestId, apigwId, rest](const InvocationResult &result, QString *note) {
               GatewayResponse response;
               if (!result.succeeded()) {
                   response = failureResponse(result, note);
               } else {
                   QString why;
                   const auto mapped = v2 ? GatewayEvents::v2Response(result.payload, &why)
                                          : GatewayEvents::v1Response(result.payload, target, accept, &why);
                   if (mapped) {
                       response = *mapped;
                   } else {
                       *note = u"malformed Lambda proxy response: "_s + why;
                       response = GatewayEvents::internalServerError();
                   }
               }
               if (rest) {
                   response.headers.emplaceBack("x-amzn-RequestId", requestId);
                   response.headers.emplaceBack("x-amz-apigw-id", apigwId);
               } else {
                   response.headers.emplaceBack("apigw-requestid", requestId);
               }
               return response;
           });
}

} // namespace Bullpen
