// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/functionconfig.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Bullpen {

enum class ApiKind {
    Rest, // API Gateway REST API (AWS::Serverless::Api, `Api` events): payload 1.0
    Http, // API Gateway HTTP API (AWS::Serverless::HttpApi, `HttpApi` events): payload 2.0 or 1.0
};

// CORS as a template states it, in one shape for the three places it can be
// written: a REST API's Cors (SAM's quoted strings, "'*'", unquoted here), an
// HTTP API's CorsConfiguration and a function URL's Cors.
struct CorsConfig
{
    bool enabled = false;
    QStringList allowOrigins; // "*" or origins
    QStringList allowMethods; // empty: REST: the resource's methods; HTTP: none
    QStringList allowHeaders;
    QStringList exposeHeaders;
    bool allowCredentials = false;
    int maxAgeSeconds = -1; // -1: not sent

    bool operator==(const CorsConfig &) const = default;
};

// One API of the template: an explicit AWS::Serverless::Api / HttpApi resource,
// or the implicit ServerlessRestApi / ServerlessHttpApi SAM makes for events
// that name none.
struct ApiDefinition
{
    QString logicalId; // "ServerlessRestApi", "ServerlessHttpApi" or the resource's name
    ApiKind kind = ApiKind::Rest;
    bool implicit = false;
    QString stageName; // REST: StageName (implicit: "Prod"); HTTP: StageName or "$default"
    QMap<QString, QString> stageVariables; // Variables (REST) / StageVariables (HTTP)
    CorsConfig cors;
    QStringList binaryMediaTypes; // REST only; "~1" written for "/" is decoded
    int line = 0;

    bool operator==(const ApiDefinition &) const = default;
};

// One route: an Api or HttpApi event of a function.
struct ApiRoute
{
    QString apiId; // ApiDefinition::logicalId
    ApiKind kind = ApiKind::Rest;
    QString method; // upper case: "GET", "POST", ..., "ANY"
    QString path; // "/items/{id}", "/{proxy+}"; "$default" for an HTTP API's default route
    QString functionId; // the function's logical id
    QString eventName; // the event's key under Events
    bool payloadV2 = false; // HTTP APIs: PayloadFormatVersion 2.0 (the default)
    int timeoutMs = -1; // HttpApi TimeoutInMillis; -1: the server's integration timeout
    int line = 0;

    // "GET /items/{id}" or "$default", as HTTP API's routeKey says it.
    QString routeKey() const;
    bool operator==(const ApiRoute &) const = default;
};

// A function's FunctionUrlConfig.
struct FunctionUrlDefinition
{
    QString functionId;
    QString authType = QStringLiteral("NONE"); // NONE or AWS_IAM
    QString invokeMode = QStringLiteral("BUFFERED"); // BUFFERED or RESPONSE_STREAM
    CorsConfig cors;
    int line = 0;

    bool operator==(const FunctionUrlDefinition &) const = default;
};

// What a SAM template says about HTTP in front of its functions: its APIs, the
// routes to its functions and its function URLs. Read beside SamTemplate (which
// keeps the functions) from the same file; functions are named by logical id.
// Globals.Api and Globals.HttpApi apply to the implicit and explicit APIs as SAM
// merges them (the resource's own value wins). An API defined only by an OpenAPI
// DefinitionBody/DefinitionUri contributes the routes of its functions' events
// only, with a warning.
class ApiTemplate
{
public:
    static std::optional<ApiTemplate> load(const QString &path, ProjectError *error);
    static std::optional<ApiTemplate> parse(const QByteArray &yaml, const QString &path, ProjectError *error);

    QList<ApiDefinition> apis() const { return m_apis; }
    std::optional<ApiDefinition> api(const QString &logicalId) const;
    QList<ApiRoute> routes() const { return m_routes; }
    QList<FunctionUrlDefinition> functionUrls() const { return m_functionUrls; }
    // Things left out or approximated, "template.yaml:12: HelloFunction: ...".
    QStringList warnings() const { return m_warnings; }

private:
    friend class ApiTemplateReader;
    QList<ApiDefinition> m_apis;
    QList<ApiRoute> m_routes;
    QList<FunctionUrlDefinition> m_functionUrls;
    QStringList m_warnings;
};

} // namespace Bullpen
