// SPDX-License-Identifier: MIT
#pragma once

#include "engine/apigateway/gatewayserver.h"
#include "engine/apigateway/routetable.h"

#include <QHash>

namespace Bullpen {

// API Gateway on one local port: the routes of every API of a template (REST
// and HTTP APIs, implicit and explicit), each request matched, turned into the
// route's proxy event (payload 1.0 or 2.0), invoked through the Invoker, and
// the function's answer mapped back as API Gateway maps it; API Gateway's own
// answers where it would give them (unmatched route, CORS preflight, malformed
// response, function error, integration timeout). Paths are served without the
// stage prefix, as `sam local start-api` serves them.
//
// Unmatched requests get REST's 403 "Missing Authentication Token" when the
// template has a REST API, else HTTP API's 404 "Not Found". Bodies over API
// Gateway's 10 MB are refused before they are buffered (413).
class ApiGatewayServer final : public GatewayServer
{
    Q_OBJECT
public:
    static constexpr qint64 MaxBodyBytes = 10 * 1024 * 1024;

    // functions: the template's (SamTemplate::functions()); routes to a function
    // that is not among them answer 502 and say why in the request record.
    ApiGatewayServer(Invoker *invoker, const QList<FunctionConfig> &functions, const RouteTable &routes,
                     QObject *parent = nullptr);

    const RouteTable &routes() const { return m_routes; }
    // How the event describes the route a request matched (payload 1.0 and 2.0 alike).
    static EventTarget eventTarget(const RouteMatch &match, const QString &domainName);

protected:
    void handle(Exchange &exchange) override;

private:
    bool answerPreflight(Exchange &exchange);
    QString domainName(const Exchange &exchange) const;

    RouteTable m_routes;
    QHash<QString, FunctionConfig> m_functions;
};

} // namespace Bullpen
