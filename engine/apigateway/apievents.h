// SPDX-License-Identifier: MIT
#pragma once

#include "engine/apigateway/apitemplate.h"
#include "engine/core/awsaccount.h"

#include <QByteArray>
#include <QHttpHeaders>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace Bullpen {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// An HTTP request as it reached the gateway, before any event is built from it.
struct GatewayRequest
{
    QByteArray method; // "GET"
    QString path; // decoded, without the query
    QByteArray rawPath; // as sent (percent-encoded)
    QByteArray rawQuery; // after '?', as sent
    HeaderList headers; // in order, names lower case (QtHttpServer gives them so), repeats kept
    QByteArray body;
    QString sourceIp;
    QString protocol = QStringLiteral("HTTP/1.1");
    qint64 timeEpochMs = 0;
    QString requestId; // REST: a UUID; HTTP API and function URLs: API Gateway's short base64 id

    QByteArray header(QByteArrayView name) const; // last value; names lower case
    QList<QByteArray> headerValues(QByteArrayView name) const;

    // The request as QtHttpServer parsed it (the method's name, the URL, the
    // headers, the body): the path decoded ("/" when empty) and as sent, the
    // query as sent, header names lower case. The source address, the time and
    // the headers the gateway adds are the server's to fill in.
    static GatewayRequest fromHttp(const QByteArray &method, const QUrl &url, const QHttpHeaders &headers,
                                   const QByteArray &body);
};

// What goes back to the HTTP client.
struct GatewayResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;

    static GatewayResponse json(int status, const QByteArray &body);
};

// Where an event is going and how the integration is described in it.
struct EventTarget
{
    ApiKind kind = ApiKind::Rest;
    QString resource; // the route's path ("/items/{id}"), "$default", or "/{proxy+}"
    QString routeKey; // "GET /items/{id}" or "$default"
    QString stage; // "Prod", "$default"
    QString apiId; // requestContext.apiId
    QString domainName; // requestContext.domainName
    QString accountId = AwsAccount::defaultAccountId(); // requestContext.accountId: the engine's account
    QMap<QString, QString> pathParameters;
    QMap<QString, QString> stageVariables;
    QStringList binaryMediaTypes; // REST: bodies of these types are base64
};

// API Gateway's Lambda proxy events and the mapping of the function's answer
// back to HTTP, per payload format (lambda-reference.md and AWS's "Lambda proxy
// integration" pages). Pure functions, so they are tested byte by byte.
namespace GatewayEvents {

// Payload format 1.0: a REST API's (kind Rest) or an HTTP API's with
// PayloadFormatVersion '1.0' (kind Http: "version": "1.0", header names lower case).
QByteArray v1Event(const GatewayRequest &request, const EventTarget &target);
// Payload format 2.0: HTTP APIs and function URLs.
QByteArray v2Event(const GatewayRequest &request, const EventTarget &target);

// True when an HTTP API or a function URL passes a body of this content type as
// text; anything else (no type included) goes base64.
bool isTextContentType(QByteArrayView contentType);
// True when a media type matches one of a REST API's BinaryMediaTypes ("image/png", "image/*", "*/*").
bool matchesMediaType(QByteArrayView mediaType, const QStringList &patterns);

// The function's payload as a format 1.0 response. strict (REST): keys other than
// statusCode, headers, multiValueHeaders, body and isBase64Encoded make it
// malformed, as they do on API Gateway. A REST response's base64 body is decoded
// only when the request's Accept names one of the BinaryMediaTypes; an HTTP API
// always decodes. nullopt, with why, for a malformed response.
std::optional<GatewayResponse> v1Response(const QByteArray &payload, const EventTarget &target,
                                          const QByteArray &accept, QString *why);
// The function's payload as a format 2.0 response: an object with statusCode
// is read field by field (cookies become Set-Cookie headers, a base64 body is
// decoded); anything else (a string, an object without statusCode, a number)
// is the body of a 200 application/json response, a JSON string without its quotes.
std::optional<GatewayResponse> v2Response(const QByteArray &payload, QString *why);

// API Gateway's own answers.
GatewayResponse internalServerError(); // 502 {"message": "Internal server error"}
GatewayResponse endpointTimedOut(); // 504 {"message": "Endpoint request timed out"}
GatewayResponse missingAuthenticationToken(); // REST, unmatched: 403
GatewayResponse notFound(); // HTTP API, unmatched: 404 {"message":"Not Found"}

// Request ids as API Gateway shapes them.
QString newRestRequestId(); // a UUID
QString newHttpRequestId(); // 16 characters of base64 ("JKJaXmPLvHcESHA=")

} // namespace GatewayEvents

} // namespace Bullpen
