// SPDX-License-Identifier: MIT
#include "engine/apigateway/routetable.h"

using namespace Qt::StringLiterals;

namespace Bullpen {

namespace {

QStringList segmentsOf(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

enum SegmentKind { Greedy = 0, Param = 1, Literal = 2 };

SegmentKind kindOf(const QString &segment)
{
    if (segment.startsWith(u'{') && segment.endsWith(u"+}"))
        return Greedy;
    if (segment.startsWith(u'{') && segment.endsWith(u'}'))
        return Param;
    return Literal;
}

bool methodMatches(const QString &routeMethod, const QString &method)
{
    return routeMethod == u"ANY" || routeMethod == method;
}

} // namespace

RouteTable::RouteTable(const QList<ApiDefinition> &apis, const QList<ApiRoute> &routes)
    : m_apis(apis)
    , m_routes(routes)
{ }

std::optional<QMap<QString, QString>> RouteTable::matchPath(const QString &pattern, const QString &path)
{
    const QStringList want = segmentsOf(pattern);
    const QStringList have = segmentsOf(path);
    QMap<QString, QString> parameters;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QString &segment = want.at(i);
        switch (kindOf(segment)) {
        case Greedy:
            if (i >= have.size())
                return std::nullopt; // {proxy+} needs at least one segment
            parameters.insert(segment.mid(1, segment.size() - 3), have.mid(i).join(u'/'));
            return parameters;
        case Param:
            if (i >= have.size())
                return std::nullopt;
            parameters.insert(segment.mid(1, segment.size() - 2), have.at(i));
            break;
        case Literal:
            if (i >= have.size() || have.at(i) != segment)
                return std::nullopt;
            break;
        }
    }
    if (want.size() != have.size())
        return std::nullopt;
    return parameters;
}

int RouteTable::compareSpecificity(const QString &a, const QString &b)
{
    const QStringList sa = segmentsOf(a);
    const QStringList sb = segmentsOf(b);
    for (qsizetype i = 0; i < qMin(sa.size(), sb.size()); ++i) {
        const int ka = kindOf(sa.at(i));
        const int kb = kindOf(sb.at(i));
        if (ka != kb)
            return ka - kb;
        if (ka == Greedy)
            return 0;
    }
    // Both matched the same path, so only a greedy tail can make them differ in
    // length: the one with more fixed segments before its greedy one is more specific.
    return int(sa.size() - sb.size());
}

std::optional<RouteMatch> RouteTable::match(const QString &method, const QString &path) const
{
    const ApiRoute *best = nullptr;
    QMap<QString, QString> bestParameters;
    for (const ApiRoute &route : m_routes) {
        if (route.path == u"$default" || !methodMatches(route.method, method))
            continue;
        const auto parameters = matchPath(route.path, path);
        if (!parameters)
            continue;
        if (best) {
            const int c = compareSpecificity(route.path, best->path);
            // Same path: a named method beats ANY; otherwise the first in the template.
            if (c < 0 || (c == 0 && !(best->method == u"ANY" && route.method != u"ANY")))
                continue;
        }
        best = &route;
        bestParameters = *parameters;
    }
    if (best && best->kind == ApiKind::Rest) {
        // REST chooses the resource before the method: a more specific resource
        // of the same API without this method hides the one that has it.
        for (const ApiRoute &route : m_routes) {
            if (route.apiId == best->apiId && compareSpecificity(route.path, best->path) > 0
                && matchPath(route.path, path))
                return std::nullopt;
        }
    }
    if (!best) {
        for (const ApiRoute &route : m_routes) {
            if (route.path == u"$default") {
                best = &route;
                break;
            }
        }
    }
    if (!best)
        return std::nullopt;
    RouteMatch result;
    result.route = *best;
    result.api = api(best->apiId).value_or(ApiDefinition {});
    result.pathParameters = bestParameters;
    return result;
}

QStringList RouteTable::methodsFor(const QString &path, QString *apiId) const
{
    // The most specific REST resource matching the path, as API Gateway picks it.
    const ApiRoute *resource = nullptr;
    for (const ApiRoute &route : m_routes) {
        if (route.kind != ApiKind::Rest || !matchPath(route.path, path))
            continue;
        if (!resource || compareSpecificity(route.path, resource->path) > 0)
            resource = &route;
    }
    if (!resource)
        return {};
    if (apiId)
        *apiId = resource->apiId;
    QStringList methods;
    for (const ApiRoute &route : m_routes) {
        if (route.apiId != resource->apiId || route.path != resource->path)
            continue;
        if (route.method == u"ANY")
            methods << u"DELETE"_s << u"GET"_s << u"HEAD"_s << u"PATCH"_s << u"POST"_s << u"PUT"_s;
        else
            methods << route.method;
    }
    methods << u"OPTIONS"_s;
    methods.removeDuplicates();
    methods.sort();
    return methods;
}

std::optional<ApiDefinition> RouteTable::api(const QString &logicalId) const
{
    for (const ApiDefinition &api : m_apis) {
        if (api.logicalId == logicalId)
            return api;
    }
    return std::nullopt;
}

bool RouteTable::hasRestApi() const
{
    for (const ApiRoute &route : m_routes) {
        if (route.kind == ApiKind::Rest)
            return true;
    }
    return false;
}

bool RouteTable::hasHttpApi() const
{
    for (const ApiRoute &route : m_routes) {
        if (route.kind == ApiKind::Http)
            return true;
    }
    return false;
}

} // namespace Bullpen
