// SPDX-License-Identifier: MIT
#pragma once

#include "engine/apigateway/apitemplate.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Bullpen {

// The route a request reached, with its path parameters ({id} -> "5",
// {proxy+} -> "a/b/c") and the API it belongs to.
struct RouteMatch
{
    ApiRoute route;
    ApiDefinition api;
    QMap<QString, QString> pathParameters;
};

// The routes of one or more APIs served on one port, matched as API Gateway
// matches them. Paths are compared segment by segment, and at the first segment
// where two candidates differ a literal beats a {param}, which beats a
// greedy {proxy+} (which needs at least one segment). An HTTP API picks the most
// specific route whose method is the request's or ANY (a named method beats ANY
// on the same path), then its $default route. A REST API picks the most specific
// resource first and then its method (or ANY): a resource without the method
// answers "Missing Authentication Token" even when a less specific resource has
// it. Paths are served without the stage prefix, as `sam local start-api` does.
class RouteTable
{
public:
    RouteTable() = default;
    RouteTable(const QList<ApiDefinition> &apis, const QList<ApiRoute> &routes);
    // Every API and route of a template.
    explicit RouteTable(const ApiTemplate &apiTemplate)
        : RouteTable(apiTemplate.apis(), apiTemplate.routes())
    { }

    // path is decoded ("/items/a b"); method upper case.
    std::optional<RouteMatch> match(const QString &method, const QString &path) const;
    // The methods the resources matching path accept (for a REST CORS preflight's
    // Allow-Methods), and the REST API those resources belong to.
    QStringList methodsFor(const QString &path, QString *apiId = nullptr) const;

    QList<ApiRoute> routes() const { return m_routes; }
    QList<ApiDefinition> apis() const { return m_apis; }
    std::optional<ApiDefinition> api(const QString &logicalId) const;
    bool hasRestApi() const;
    bool hasHttpApi() const;
    bool isEmpty() const { return m_routes.isEmpty(); }

    // Path matching alone, public for its tests: the parameters on a match.
    static std::optional<QMap<QString, QString>> matchPath(const QString &pattern, const QString &path);
    // > 0 when pattern a is more specific than b, < 0 when less, 0 when equal.
    static int compareSpecificity(const QString &a, const QString &b);

private:
    QList<ApiDefinition> m_apis;
    QList<ApiRoute> m_routes;
};

} // namespace Bullpen
