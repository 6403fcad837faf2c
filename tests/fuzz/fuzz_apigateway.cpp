// SPDX-License-Identifier: MIT
// API Gateway's request mapping (engine/apigateway): route matching against
// the API Gateway tests' template (REST and HTTP APIs, {param}, {proxy+},
// ANY, CORS, binary media types), the proxy events of payload formats 1.0 and
// 2.0, CORS, and the mapping of a function's answer back to HTTP (v1Response,
// v2Response). The input, in parts separated by a line "----":
//   1. a request: "METHOD TARGET", header lines, a blank line, the body;
//   2. the function's answer (JSON, or anything a function might return);
//   3. a route path to match the request's path against, as a template writes it.
#include "tests/fuzz/fuzzsupport.h"

#include "engine/apigateway/apievents.h"
#include "engine/apigateway/apigatewayserver.h"
#include "engine/apigateway/cors.h"
#include "engine/apigateway/routetable.h"

using namespace Bullpen;

namespace {

const ApiTemplate &apiTemplate()
{
    static const ApiTemplate parsed = [] {
        const QString path = QStringLiteral(BULLPEN_SOURCE_DIR "/tests/engine/apigateway/project/template.yaml");
        ProjectError error;
        auto t = ApiTemplate::load(path, &error);
        if (!t)
            qFatal("fuzz_apigateway: cannot read %s: %s", qPrintable(path), qPrintable(error.message));
        return *t;
    }();
    return parsed;
}

GatewayRequest requestOf(const QByteArray &text)
{
    const Fuzz::HttpText http = Fuzz::httpText(text);
    GatewayRequest request = GatewayRequest::fromHttp(http.method.toUpper(), http.url, http.headers, http.body);
    request.sourceIp = QStringLiteral("127.0.0.1");
    request.timeEpochMs = 1700000000000;
    request.requestId = QStringLiteral("c6af9ac6-7b61-11e6-9a41-93e8deadbeef");
    return request;
}

void responses(const QByteArray &payload, const EventTarget &target, const QByteArray &accept)
{
    QString why;
    (void)GatewayEvents::v1Response(payload, target, accept, &why);
    (void)GatewayEvents::v2Response(payload, &why);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const RouteTable routes(apiTemplate());
    const QByteArrayList part = Fuzz::parts(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)), 3);
    const GatewayRequest request = requestOf(part.at(0));
    const QByteArray &payload = part.at(1);
    const QByteArray accept = request.header("accept");

    (void)GatewayEvents::isTextContentType(request.header("content-type"));
    if (Cors::isPreflight(request)) {
        for (const ApiDefinition &api : routes.apis()) {
            if (api.kind == ApiKind::Http && api.cors.enabled)
                (void)Cors::httpPreflight(request, api.cors);
        }
    }
    QString restApi;
    const QStringList methods = routes.methodsFor(request.path, &restApi);
    if (const auto api = routes.api(restApi); api && api->cors.enabled && !methods.isEmpty())
        (void)Cors::restPreflight(api->cors, methods);

    if (const auto match = routes.match(QString::fromLatin1(request.method), request.path)) {
        const EventTarget target = ApiGatewayServer::eventTarget(*match, QString::fromUtf8(request.header("host")));
        (void)GatewayEvents::matchesMediaType(request.header("content-type"), target.binaryMediaTypes);
        (void)GatewayEvents::v1Event(request, target);
        (void)GatewayEvents::v2Event(request, target);
        responses(payload, target, accept);
        GatewayResponse answer = GatewayResponse::json(200, payload);
        if (match->api.cors.enabled)
            Cors::addResponseHeaders(request, match->api.cors, answer);
    } else {
        // No route: the events and answers of a function URL ($default, payload 2.0).
        EventTarget target;
        target.kind = ApiKind::Http;
        target.resource = QStringLiteral("$default");
        target.routeKey = QStringLiteral("$default");
        target.stage = QStringLiteral("$default");
        (void)GatewayEvents::v2Event(request, target);
        responses(payload, target, accept);
    }

    // A route path as a template could write it, against the request's path.
    const QString pattern = QString::fromUtf8(part.at(2));
    if (!pattern.isEmpty()) {
        (void)RouteTable::matchPath(pattern, request.path);
        for (const ApiRoute &route : routes.routes())
            (void)RouteTable::compareSpecificity(pattern, route.path);
    }
    return 0;
}
