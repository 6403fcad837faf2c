// SPDX-License-Identifier: MIT
#include "engine/apigateway/cors.h"

using namespace Qt::StringLiterals;

namespace Bullpen::Cors {

namespace {

bool originAllowed(const QByteArray &origin, const CorsConfig &cors)
{
    if (origin.isEmpty())
        return false;
    for (const QString &allowed : cors.allowOrigins) {
        if (allowed == u"*" || allowed.compare(QString::fromUtf8(origin), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray allowOriginValue(const QByteArray &origin, const CorsConfig &cors)
{
    // "*" cannot go with credentials: the browser needs the origin itself.
    return cors.allowOrigins.contains(u"*"_s) && !cors.allowCredentials ? QByteArray("*") : origin;
}

QByteArray joined(const QStringList &list)
{
    return list.join(u',').toUtf8();
}

} // namespace

bool isPreflight(const GatewayRequest &request)
{
    return request.method == "OPTIONS" && !request.header("origin").isEmpty()
        && !request.header("access-control-request-method").isEmpty();
}

GatewayResponse httpPreflight(const GatewayRequest &request, const CorsConfig &cors)
{
    GatewayResponse response;
    response.status = 204;
    const QByteArray origin = request.header("origin");
    if (!originAllowed(origin, cors))
        return response;
    response.headers.emplaceBack("access-control-allow-origin", allowOriginValue(origin, cors));
    if (!cors.allowMethods.isEmpty())
        response.headers.emplaceBack("access-control-allow-methods", joined(cors.allowMethods));
    if (!cors.allowHeaders.isEmpty()) {
        const QByteArray asked = request.header("access-control-request-headers");
        response.headers.emplaceBack(
            "access-control-allow-headers",
            cors.allowHeaders.contains(u"*"_s) && !asked.isEmpty() ? asked : joined(cors.allowHeaders));
    }
    if (cors.allowCredentials)
        response.headers.emplaceBack("access-control-allow-credentials", "true");
    if (cors.maxAgeSeconds >= 0)
        response.headers.emplaceBack("access-control-max-age", QByteArray::number(cors.maxAgeSeconds));
    return response;
}

void addResponseHeaders(const GatewayRequest &request, const CorsConfig &cors, GatewayResponse &response)
{
    const QByteArray origin = request.header("origin");
    if (!originAllowed(origin, cors))
        return;
    for (const auto &h : std::as_const(response.headers)) {
        if (h.first.compare("access-control-allow-origin", Qt::CaseInsensitive) == 0)
            return; // the function set its own
    }
    response.headers.emplaceBack("access-control-allow-origin", allowOriginValue(origin, cors));
    if (!cors.exposeHeaders.isEmpty())
        response.headers.emplaceBack("access-control-expose-headers", joined(cors.exposeHeaders));
    if (cors.allowCredentials)
        response.headers.emplaceBack("access-control-allow-credentials", "true");
}

GatewayResponse restPreflight(const CorsConfig &cors, const QStringList &resourceMethods)
{
    GatewayResponse response = GatewayResponse::json(200, QByteArray());
    response.headers.emplaceBack("Access-Control-Allow-Origin", joined(cors.allowOrigins));
    response.headers.append(
        { "Access-Control-Allow-Methods", joined(cors.allowMethods.isEmpty() ? resourceMethods : cors.allowMethods) });
    if (!cors.allowHeaders.isEmpty())
        response.headers.emplaceBack("Access-Control-Allow-Headers", joined(cors.allowHeaders));
    if (cors.allowCredentials)
        response.headers.emplaceBack("Access-Control-Allow-Credentials", "true");
    if (cors.maxAgeSeconds >= 0)
        response.headers.emplaceBack("Access-Control-Max-Age", QByteArray::number(cors.maxAgeSeconds));
    return response;
}

} // namespace Bullpen::Cors
