// SPDX-License-Identifier: MIT
#include "engine/apigateway/apievents.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Bullpen {

namespace {

QString latin(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

// REST API (and SAM's local server) names headers as clients usually write
// them: QtHttpServer hands us lower case only, so "content-type" becomes
// "Content-Type" (as Werkzeug, under `sam local start-api`, gives them).
QString titleCase(QByteArrayView name)
{
    QString out = latin(name);
    bool start = true;
    for (QChar &c : out) {
        if (start)
            c = c.toUpper();
        start = c == u'-';
    }
    return out;
}

QString requestTime(qint64 epochMs)
{
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::UTC), u"dd/MMM/yyyy:HH:mm:ss"_s)
        + u" +0000"_s;
}

// key=value pairs of a raw query string, decoded, in order.
QList<QPair<QString, QString>> queryPairs(const QByteArray &raw)
{
    QList<QPair<QString, QString>> out;
    for (const QByteArray &part : raw.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray key = eq < 0 ? part : part.first(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.sliced(eq + 1);
        out.append({ QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value) });
    }
    return out;
}

QJsonValue mapOrNull(const QMap<QString, QString> &map)
{
    if (map.isEmpty())
        return QJsonValue::Null;
    QJsonObject out;
    for (auto it = map.begin(); it != map.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QJsonObject mapObject(const QMap<QString, QString> &map)
{
    return mapOrNull(map).toObject();
}

// The body as the event carries it: text, or base64 when binary.
void putBody(QJsonObject &event, const QByteArray &body, bool binary, bool nullWhenEmpty)
{
    if (body.isEmpty()) {
        if (nullWhenEmpty)
            event.insert(u"body"_s, QJsonValue::Null);
        event.insert(u"isBase64Encoded"_s, false);
        return;
    }
    event.insert(u"body"_s, binary ? latin(body.toBase64()) : QString::fromUtf8(body));
    event.insert(u"isBase64Encoded"_s, binary);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray mediaTypeOf(QByteArrayView contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.first(semicolon)).trimmed().toByteArray().toLower();
}

QByteArray scalarText(const QJsonValue &value, bool *ok)
{
    *ok = true;
    if (value.isString())
        return value.toString().toUtf8();
    if (value.isBool())
        return value.toBool() ? "true" : "false";
    if (value.isDouble())
        return QByteArray::number(value.toDouble(), 'g', 17);
    *ok = false;
    return {};
}

bool readStatus(const QJsonObject &object, int *status, QString *why)
{
    const QJsonValue value = object.value(u"statusCode"_s);
    bool ok = false;
    if (value.isDouble()) {
        *status = value.toInt(-1);
        ok = *status >= 100 && *status <= 599 && double(*status) == value.toDouble();
    } else if (value.isString()) {
        *status = value.toString().toInt(&ok);
        ok = ok && *status >= 100 && *status <= 599;
    }
    if (!ok)
        *why = u"statusCode is not an HTTP status code"_s;
    return ok;
}

} // namespace

QByteArray GatewayRequest::header(QByteArrayView name) const
{
    for (qsizetype i = headers.size() - 1; i >= 0; --i) {
        if (headers.at(i).first == name)
            return headers.at(i).second;
    }
    return {};
}

QList<QByteArray> GatewayRequest::headerValues(QByteArrayView name) const
{
    QList<QByteArray> out;
    for (const auto &h : headers) {
        if (h.first == name)
            out << h.second;
    }
    return out;
}

GatewayRequest GatewayRequest::fromHttp(const QByteArray &method, const QUrl &url, const QHttpHeaders &headers,
                                        const QByteArray &body)
{
    GatewayRequest r;
    r.method = method;
    r.path = url.path(QUrl::FullyDecoded);
    if (r.path.isEmpty())
        r.path = u"/"_s;
    r.rawPath = url.path(QUrl::FullyEncoded).toUtf8();
    if (r.rawPath.isEmpty())
        r.rawPath = "/";
    r.rawQuery = url.query(QUrl::FullyEncoded).toUtf8();
    r.headers.reserve(headers.size());
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QLatin1StringView name = headers.nameAt(i);
        r.headers.append({ QByteArray(name.data(), name.size()).toLower(), headers.valueAt(i).toByteArray() });
    }
    r.body = body;
    return r;
}

GatewayResponse GatewayResponse::json(int status, const QByteArray &body)
{
    GatewayResponse r;
    r.status = status;
    r.headers.emplaceBack("content-type", "application/json");
    r.body = body;
    return r;
}

namespace GatewayEvents {

bool isTextContentType(QByteArrayView contentType)
{
    const QByteArray type = mediaTypeOf(contentType);
    if (type.isEmpty())
        return false;
    return type.startsWith("text/") || type == "application/json" || type.endsWith("+json")
        || type == "application/javascript" || type == "application/xml" || type.endsWith("+xml")
        || type == "application/yaml" || type == "application/x-yaml" || type == "application/graphql";
}

bool matchesMediaType(QByteArrayView mediaType, const QStringList &patterns)
{
    const QByteArray type = mediaTypeOf(mediaType);
    if (type.isEmpty())
        return false;
    for (const QString &p : patterns) {
        const QByteArray pattern = p.trimmed().toLower().toUtf8();
        if (pattern == "*/*" || pattern == type)
            return true;
        if (pattern.endsWith("/*") && type.startsWith(pattern.chopped(1)))
            return true;
    }
    return false;
}

QByteArray v1Event(const GatewayRequest &request, const EventTarget &target)
{
    const bool rest = target.kind == ApiKind::Rest;
    QJsonObject event;
    if (!rest)
        event.insert(u"version"_s, u"1.0"_s);
    event.insert(u"resource"_s, target.resource);
    event.insert(u"path"_s, request.path);
    event.insert(u"httpMethod"_s, latin(request.method));

    QJsonObject headers;
    QJsonObject multiHeaders;
    for (const auto &[name, value] : request.headers) {
        const QString key = rest ? titleCase(name) : latin(name);
        headers.insert(key, latin(value)); // the last one wins
        QJsonArray values = multiHeaders.value(key).toArray();
        values.append(latin(value));
        multiHeaders.insert(key, values);
    }
    event.insert(u"headers"_s, headers.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(headers));
    event.insert(u"multiValueHeaders"_s,
                 multiHeaders.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(multiHeaders));

    QJsonObject query;
    QJsonObject multiQuery;
    for (const auto &[key, value] : queryPairs(request.rawQuery)) {
        query.insert(key, value);
        QJsonArray values = multiQuery.value(key).toArray();
        values.append(value);
        multiQuery.insert(key, values);
    }
    event.insert(u"queryStringParameters"_s, query.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(query));
    event.insert(u"multiValueQueryStringParameters"_s,
                 multiQuery.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(multiQuery));
    event.insert(u"pathParameters"_s, mapOrNull(target.pathParameters));
    event.insert(u"stageVariables"_s, mapOrNull(target.stageVariables));

    const QString userAgent = latin(request.header("user-agent"));
    QJsonObject identity {
        { u"accessKey"_s, QJsonValue::Null },
        { u"accountId"_s, QJsonValue::Null },
        { u"apiKey"_s, QJsonValue::Null },
        { u"apiKeyId"_s, QJsonValue::Null },
        { u"caller"_s, QJsonValue::Null },
        { u"clientCert"_s, QJsonValue::Null },
        { u"cognitoAuthenticationProvider"_s, QJsonValue::Null },
        { u"cognitoAuthenticationType"_s, QJsonValue::Null },
        { u"cognitoIdentityId"_s, QJsonValue::Null },
        { u"cognitoIdentityPoolId"_s, QJsonValue::Null },
        { u"principalOrgId"_s, QJsonValue::Null },
        { u"sourceIp"_s, request.sourceIp },
        { u"user"_s, QJsonValue::Null },
        { u"userAgent"_s, userAgent },
        { u"userArn"_s, QJsonValue::Null },
    };
    const QString stagePath = target.stage == u"$default" ? request.path : u'/' + target.stage + request.path;
    QJsonObject context {
        { u"accountId"_s, target.accountId },
        { u"apiId"_s, target.apiId },
        { u"domainName"_s, target.domainName },
        { u"domainPrefix"_s, target.domainName.section(u'.', 0, 0) },
        { u"extendedRequestId"_s, request.requestId },
        { u"httpMethod"_s, latin(request.method) },
        { u"identity"_s, identity },
        { u"path"_s, stagePath },
        { u"protocol"_s, request.protocol },
        { u"requestId"_s, request.requestId },
        { u"requestTime"_s, requestTime(request.timeEpochMs) },
        { u"requestTimeEpoch"_s, request.timeEpochMs },
        { u"resourceId"_s,
          latin(QCryptographicHash::hash(target.resource.toUtf8(), QCryptographicHash::Sha1).toHex().left(6)) },
        { u"resourcePath"_s, target.resource },
        { u"stage"_s, target.stage },
    };
    if (!rest)
        context.insert(u"routeKey"_s, target.routeKey);
    event.insert(u"requestContext"_s, context);

    // REST: base64 when the content type is one of the API's BinaryMediaTypes.
    // HTTP API 1.0: as for 2.0, by whether the content type is text.
    const QByteArray contentType = request.header("content-type");
    const bool binary = rest ? matchesMediaType(contentType, target.binaryMediaTypes) : !isTextContentType(contentType);
    putBody(event, request.body, binary, true);
    return compact(event);
}

QByteArray v2Event(const GatewayRequest &request, const EventTarget &target)
{
    QJsonObject event;
    event.insert(u"version"_s, u"2.0"_s);
    event.insert(u"routeKey"_s, target.routeKey);
    event.insert(u"rawPath"_s, latin(request.rawPath));
    event.insert(u"rawQueryString"_s, latin(request.rawQuery));

    QJsonArray cookies;
    QMap<QString, QString> headers;
    for (const auto &[name, value] : request.headers) {
        if (name == "cookie") {
            for (const QByteArray &cookie : value.split(';')) {
                if (!cookie.trimmed().isEmpty())
                    cookies.append(latin(cookie.trimmed()));
            }
            continue;
        }
        const QString key = latin(name);
        auto it = headers.find(key);
        if (it == headers.end())
            headers.insert(key, latin(value));
        else
            *it += u',' + latin(value);
    }
    if (!cookies.isEmpty())
        event.insert(u"cookies"_s, cookies);
    event.insert(u"headers"_s, mapObject(headers));

    QMap<QString, QString> query;
    for (const auto &[key, value] : queryPairs(request.rawQuery)) {
        auto it = query.find(key);
        if (it == query.end())
            query.insert(key, value);
        else
            *it += u',' + value;
    }
    if (!query.isEmpty())
        event.insert(u"queryStringParameters"_s, mapObject(query));
    if (!target.pathParameters.isEmpty())
        event.insert(u"pathParameters"_s, mapObject(target.pathParameters));
    if (!target.stageVariables.isEmpty())
        event.insert(u"stageVariables"_s, mapObject(target.stageVariables));

    const QJsonObject http {
        { u"method"_s, latin(request.method) },
        { u"path"_s, request.path },
        { u"protocol"_s, request.protocol },
        { u"sourceIp"_s, request.sourceIp },
        { u"userAgent"_s, latin(request.header("user-agent")) },
    };
    const QJsonObject context {
        { u"accountId"_s, target.accountId },
        { u"apiId"_s, target.apiId },
        { u"domainName"_s, target.domainName },
        { u"domainPrefix"_s, target.domainName.section(u'.', 0, 0) },
        { u"http"_s, http },
        { u"requestId"_s, request.requestId },
        { u"routeKey"_s, target.routeKey },
        { u"stage"_s, target.stage },
        { u"time"_s, requestTime(request.timeEpochMs) },
        { u"timeEpoch"_s, request.timeEpochMs },
    };
    event.insert(u"requestContext"_s, context);
    if (!request.body.isEmpty())
        putBody(event, request.body, !isTextContentType(request.header("content-type")), false);
    else
        event.insert(u"isBase64Encoded"_s, false);
    return compact(event);
}

std::optional<GatewayResponse> v1Response(const QByteArray &payload, const EventTarget &target,
                                          const QByteArray &accept, QString *why)
{
    const bool rest = target.kind == ApiKind::Rest;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *why = u"the function's response is not a JSON object"_s;
        return std::nullopt;
    }
    const QJsonObject object = doc.object();
    if (rest) {
        static const QStringList known { u"statusCode"_s, u"headers"_s, u"multiValueHeaders"_s, u"body"_s,
                                         u"isBase64Encoded"_s };
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key())) {
                *why = u"the response has a key a Lambda proxy response cannot have: %1"_s.arg(it.key());
                return std::nullopt;
            }
        }
    }
    GatewayResponse response;
    if (object.contains(u"statusCode"_s)) {
        if (!readStatus(object, &response.status, why))
            return std::nullopt;
    }
    // multiValueHeaders first; a header also in headers with the same value is sent once.
    const QJsonValue multi = object.value(u"multiValueHeaders"_s);
    if (!multi.isUndefined() && !multi.isNull()) {
        if (!multi.isObject()) {
            *why = u"multiValueHeaders is not an object"_s;
            return std::nullopt;
        }
        const QJsonObject m = multi.toObject();
        for (auto it = m.begin(); it != m.end(); ++it) {
            if (!it.value().isArray()) {
                *why = u"multiValueHeaders.%1 is not a list"_s.arg(it.key());
                return std::nullopt;
            }
            for (const QJsonValue &v : it.value().toArray()) {
                bool ok = false;
                const QByteArray text = scalarText(v, &ok);
                if (!ok) {
                    *why = u"multiValueHeaders.%1 holds a value that is not text"_s.arg(it.key());
                    return std::nullopt;
                }
                response.headers.emplaceBack(it.key().toUtf8(), text);
            }
        }
    }
    const QJsonValue headers = object.value(u"headers"_s);
    if (!headers.isUndefined() && !headers.isNull()) {
        if (!headers.isObject()) {
            *why = u"headers is not an object"_s;
            return std::nullopt;
        }
        const QJsonObject h = headers.toObject();
        for (auto it = h.begin(); it != h.end(); ++it) {
            bool ok = false;
            const QByteArray text = scalarText(it.value(), &ok);
            if (!ok) {
                *why = u"headers.%1 is not text"_s.arg(it.key());
                return std::nullopt;
            }
            const QByteArray name = it.key().toUtf8();
            bool duplicate = false;
            for (const auto &existing : std::as_const(response.headers))
                duplicate
                    = duplicate || (existing.first.compare(name, Qt::CaseInsensitive) == 0 && existing.second == text);
            if (!duplicate)
                response.headers.emplaceBack(name, text);
        }
    }
    const QJsonValue body = object.value(u"body"_s);
    if (!body.isUndefined() && !body.isNull() && !body.isString()) {
        *why = u"body is not a string"_s;
        return std::nullopt;
    }
    const QJsonValue base64 = object.value(u"isBase64Encoded"_s);
    if (!base64.isUndefined() && !base64.isNull() && !base64.isBool()) {
        *why = u"isBase64Encoded is not true or false"_s;
        return std::nullopt;
    }
    response.body = body.toString().toUtf8();
    if (base64.toBool()) {
        // REST converts to binary only when the client accepts one of the
        // BinaryMediaTypes (the first type in Accept); otherwise the base64 text goes out.
        const QByteArray firstAccepted = accept.split(',').value(0);
        if (!rest || matchesMediaType(firstAccepted, target.binaryMediaTypes)) {
            const auto decoded = QByteArray::fromBase64Encoding(response.body, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                *why = u"isBase64Encoded is true but body is not base64"_s;
                return std::nullopt;
            }
            response.body = *decoded;
        }
    }
    bool hasType = false;
    for (const auto &h : std::as_const(response.headers))
        hasType = hasType || h.first.compare("content-type", Qt::CaseInsensitive) == 0;
    if (!hasType)
        response.headers.emplaceBack("Content-Type", "application/json");
    return response;
}

std::optional<GatewayResponse> v2Response(const QByteArray &payload, QString *why)
{
    QJsonParseError error;
    // A JSON scalar (a bare string or number) is a valid Lambda payload too.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + payload + "]", &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1) {
        *why = u"the function's response is not JSON"_s;
        return std::nullopt;
    }
    const QJsonValue value = doc.array().first();
    if (!value.isObject() || !value.toObject().contains(u"statusCode"_s)) {
        GatewayResponse response;
        response.headers.emplaceBack("content-type", "application/json");
        response.body = value.isString() ? value.toString().toUtf8() : payload.trimmed();
        return response;
    }
    const QJsonObject object = value.toObject();
    GatewayResponse response;
    if (!readStatus(object, &response.status, why))
        return std::nullopt;
    const QJsonValue headers = object.value(u"headers"_s);
    if (!headers.isUndefined() && !headers.isNull()) {
        if (!headers.isObject()) {
            *why = u"headers is not an object"_s;
            return std::nullopt;
        }
        const QJsonObject h = headers.toObject();
        for (auto it = h.begin(); it != h.end(); ++it) {
            bool ok = false;
            const QByteArray text = scalarText(it.value(), &ok);
            if (!ok) {
                *why = u"headers.%1 is not text"_s.arg(it.key());
                return std::nullopt;
            }
            response.headers.emplaceBack(it.key().toUtf8(), text);
        }
    }
    const QJsonValue cookies = object.value(u"cookies"_s);
    if (!cookies.isUndefined() && !cookies.isNull()) {
        if (!cookies.isArray()) {
            *why = u"cookies is not a list"_s;
            return std::nullopt;
        }
        for (const QJsonValue &cookie : cookies.toArray()) {
            if (!cookie.isString()) {
                *why = u"cookies holds a value that is not text"_s;
                return std::nullopt;
            }
            response.headers.emplaceBack("set-cookie", cookie.toString().toUtf8());
        }
    }
    const QJsonValue body = object.value(u"body"_s);
    if (!body.isUndefined() && !body.isNull() && !body.isString()) {
        *why = u"body is not a string"_s;
        return std::nullopt;
    }
    response.body = body.toString().toUtf8();
    if (object.value(u"isBase64Encoded"_s).toBool()) {
        const auto decoded = QByteArray::fromBase64Encoding(response.body, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *why = u"isBase64Encoded is true but body is not base64"_s;
            return std::nullopt;
        }
        response.body = *decoded;
    }
    return response;
}

GatewayResponse internalServerError()
{
    return GatewayResponse::json(502, R"({"message": "Internal server error"})");
}

GatewayResponse endpointTimedOut()
{
    return GatewayResponse::json(504, R"({"message": "Endpoint request timed out"})");
}

GatewayResponse missingAuthenticationToken()
{
    return GatewayResponse::json(403, R"({"message":"Missing Authentication Token"})");
}

GatewayResponse notFound()
{
    return GatewayResponse::json(404, R"({"message":"Not Found"})");
}

QString newRestRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString newHttpRequestId()
{
    QByteArray bytes(10, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(QRandomGenerator::global()->bounded(256));
    return latin(bytes.toBase64());
}

} // namespace GatewayEvents

} // namespace Bullpen
