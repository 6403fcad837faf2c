// SPDX-License-Identifier: MIT
// The route table read from a SAM template and matched as API Gateway matches,
// and the proxy events and response mapping byte for byte, without containers.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "engine/apigateway/apievents.h"
#include "engine/apigateway/apitemplate.h"
#include "engine/apigateway/routetable.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

const QString TemplatePath = QStringLiteral(BULLPEN_TEST_DATA_DIR "/project/template.yaml");

ApiTemplate loadTemplate()
{
    ProjectError error;
    const auto t = ApiTemplate::load(TemplatePath, &error);
    if (!t)
        qFatal("%s", qPrintable(error.toString()));
    return *t;
}

QString routeOf(const RouteTable &table, const QString &method, const QString &path)
{
    const auto m = table.match(method, path);
    return m ? m->route.functionId + u' ' + m->route.routeKey() : u"none"_s;
}

} // namespace

class TestApiRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsApisFromTheTemplate()
    {
        const ApiTemplate t = loadTemplate();
        const auto rest = t.api(u"RestApi"_s);
        QVERIFY(rest);
        QCOMPARE(rest->kind, ApiKind::Rest);
        QCOMPARE(rest->stageName, u"test"_s);
        QCOMPARE(rest->stageVariables.value(u"color"_s), u"blue"_s);
        QCOMPARE(rest->binaryMediaTypes, QStringList({ u"image/png"_s, u"application/octet-stream"_s }));
        QVERIFY(rest->cors.enabled);
        QCOMPARE(rest->cors.allowOrigins, QStringList { u"https://example.com"_s });
        QCOMPARE(rest->cors.allowHeaders, QStringList({ u"Content-Type"_s, u"X-Custom"_s }));
        QCOMPARE(rest->cors.maxAgeSeconds, 600);

        const auto http = t.api(u"HttpApi"_s);
        QVERIFY(http);
        QCOMPARE(http->kind, ApiKind::Http);
        QCOMPARE(http->stageName, u"$default"_s);
        QCOMPARE(http->cors.exposeHeaders, QStringList { u"x-echo"_s });
        QCOMPARE(http->cors.maxAgeSeconds, 300);

        // An Api event without RestApiId makes SAM's implicit API, stage Prod.
        const auto implicit = t.api(u"ServerlessRestApi"_s);
        QVERIFY(implicit);
        QVERIFY(implicit->implicit);
        QCOMPARE(implicit->stageName, u"Prod"_s);
        QVERIFY(!t.api(u"ServerlessHttpApi"_s));

        int v1Http = 0;
        for (const ApiRoute &r : t.routes()) {
            if (r.kind == ApiKind::Http && !r.payloadV2) {
                ++v1Http;
                QCOMPARE(r.path, u"/v1/items/{id}"_s);
            }
        }
        QCOMPARE(v1Http, 1);

        QCOMPARE(t.functionUrls().size(), 2);
        QCOMPARE(t.functionUrls().at(0).functionId, u"UrlFunction"_s);
        QCOMPARE(t.functionUrls().at(0).authType, u"NONE"_s);
        QCOMPARE(t.functionUrls().at(0).cors.maxAgeSeconds, 60);
        QCOMPARE(t.functionUrls().at(1).authType, u"AWS_IAM"_s);
    }

    void implicitHttpApiAndDefaultRoute()
    {
        const QByteArray yaml = R"(
Transform: AWS::Serverless-2016-10-31
Globals:
  HttpApi:
    CorsConfiguration: true
Resources:
  F:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.h
      Events:
        Catch: { Type: HttpApi }
        One: { Type: HttpApi, Properties: { Path: /one, Method: post, TimeoutInMillis: 5000 } }
        Bad: { Type: Api, Properties: { Path: /x } }
        Other: { Type: Api, Properties: { Path: /y, Method: get, RestApiId: !Ref Missing } }
)";
        ProjectError error;
        const auto t = ApiTemplate::parse(yaml, u"/tmp/x/template.yaml"_s, &error);
        QVERIFY2(t, qPrintable(error.toString()));
        const auto http = t->api(u"ServerlessHttpApi"_s);
        QVERIFY(http);
        QVERIFY(http->cors.enabled);
        QCOMPARE(http->cors.allowOrigins, QStringList { u"*"_s });
        const RouteTable table(t->apis(), t->routes());
        QCOMPARE(routeOf(table, u"GET"_s, u"/anything/at/all"_s), u"F $default"_s);
        QCOMPARE(routeOf(table, u"POST"_s, u"/one"_s), u"F POST /one"_s);
        QCOMPARE(table.match(u"POST"_s, u"/one"_s)->route.timeoutMs, 5000);
        // The event without Method is left out, and says so; an unknown RestApiId falls back.
        QVERIFY2(t->warnings().size() == 2, qPrintable(t->warnings().join(u'\n')));
        QVERIFY(t->warnings().at(0).contains(u"needs Path and Method"_s));
        QVERIFY(t->warnings().at(1).contains(u"RestApiId names Missing"_s));
        QCOMPARE(routeOf(table, u"GET"_s, u"/y"_s), u"F GET /y"_s);
    }

    void mostSpecificRouteWins()
    {
        const auto route = [](ApiKind kind, const QString &method, const QString &path, const QString &fn) {
            ApiRoute r;
            r.apiId = kind == ApiKind::Rest ? u"R"_s : u"H"_s;
            r.kind = kind;
            r.method = method;
            r.path = path;
            r.functionId = fn;
            r.payloadV2 = kind == ApiKind::Http;
            return r;
        };
        ApiDefinition h;
        h.logicalId = u"H"_s;
        h.kind = ApiKind::Http;
        const RouteTable http({ h },
                              {
                                  route(ApiKind::Http, u"ANY"_s, u"/{proxy+}"_s, u"proxy"_s),
                                  route(ApiKind::Http, u"ANY"_s, u"/pets/{id}"_s, u"anyPet"_s),
                                  route(ApiKind::Http, u"GET"_s, u"/pets/{id}"_s, u"getPet"_s),
                                  route(ApiKind::Http, u"GET"_s, u"/pets/dog"_s, u"dog"_s),
                                  route(ApiKind::Http, u"GET"_s, u"/pets/{id}/{rest+}"_s, u"deep"_s),
                              });
        QCOMPARE(routeOf(http, u"GET"_s, u"/pets/dog"_s), u"dog GET /pets/dog"_s);
        QCOMPARE(routeOf(http, u"GET"_s, u"/pets/cat"_s), u"getPet GET /pets/{id}"_s);
        QCOMPARE(routeOf(http, u"DELETE"_s, u"/pets/cat"_s), u"anyPet ANY /pets/{id}"_s);
        QCOMPARE(routeOf(http, u"POST"_s, u"/pets/dog"_s), u"anyPet ANY /pets/{id}"_s);
        QCOMPARE(routeOf(http, u"GET"_s, u"/pets/cat/a/b"_s), u"deep GET /pets/{id}/{rest+}"_s);
        QCOMPARE(routeOf(http, u"PUT"_s, u"/pets/cat/a/b"_s), u"proxy ANY /{proxy+}"_s);
        QCOMPARE(routeOf(http, u"GET"_s, u"/"_s), u"none"_s); // {proxy+} needs a segment
        const auto deep = http.match(u"GET"_s, u"/pets/cat/a/b"_s);
        QCOMPARE(deep->pathParameters.value(u"id"_s), u"cat"_s);
        QCOMPARE(deep->pathParameters.value(u"rest"_s), u"a/b"_s);

        // REST picks the resource before the method: /pets/{id} has no POST,
        // so POST /pets/cat does not fall back to /{proxy+}'s.
        ApiDefinition r;
        r.logicalId = u"R"_s;
        const RouteTable rest({ r },
                              {
                                  route(ApiKind::Rest, u"ANY"_s, u"/{proxy+}"_s, u"proxy"_s),
                                  route(ApiKind::Rest, u"GET"_s, u"/pets/{id}"_s, u"getPet"_s),
                              });
        QCOMPARE(routeOf(rest, u"GET"_s, u"/pets/cat"_s), u"getPet GET /pets/{id}"_s);
        QCOMPARE(routeOf(rest, u"POST"_s, u"/pets/cat"_s), u"none"_s);
        QCOMPARE(routeOf(rest, u"POST"_s, u"/other"_s), u"proxy ANY /{proxy+}"_s);
        QCOMPARE(rest.methodsFor(u"/pets/cat"_s), QStringList({ u"GET"_s, u"OPTIONS"_s }));
    }

    void v1EventFields()
    {
        GatewayRequest request;
        request.method = "GET";
        request.path = u"/items/42"_s;
        request.rawPath = "/items/42";
        request.rawQuery = "q=a&q=b&x=%20y";
        request.headers = { { "accept", "*/*" }, { "x-dup", "1" }, { "x-dup", "2" }, { "user-agent", "t/1" } };
        request.sourceIp = u"127.0.0.1"_s;
        request.timeEpochMs = 1428582896000;
        request.requestId = u"rid"_s;
        EventTarget target;
        target.kind = ApiKind::Rest;
        target.resource = u"/items/{id}"_s;
        target.routeKey = u"GET /items/{id}"_s;
        target.stage = u"test"_s;
        target.apiId = u"restapi"_s;
        target.domainName = u"127.0.0.1:3000"_s;
        target.pathParameters = { { u"id"_s, u"42"_s } };
        const QJsonObject e = QJsonDocument::fromJson(GatewayEvents::v1Event(request, target)).object();
        QCOMPARE(e[u"resource"_s].toString(), u"/items/{id}"_s);
        QCOMPARE(e[u"path"_s].toString(), u"/items/42"_s);
        QCOMPARE(e[u"httpMethod"_s].toString(), u"GET"_s);
        QVERIFY(!e.contains(u"version"_s));
        QCOMPARE(e[u"headers"_s][u"X-Dup"_s].toString(), u"2"_s);
        QCOMPARE(e[u"multiValueHeaders"_s][u"X-Dup"_s].toArray(), QJsonArray({ u"1"_s, u"2"_s }));
        QCOMPARE(e[u"queryStringParameters"_s][u"q"_s].toString(), u"b"_s);
        QCOMPARE(e[u"queryStringParameters"_s][u"x"_s].toString(), u" y"_s);
        QCOMPARE(e[u"multiValueQueryStringParameters"_s][u"q"_s].toArray(), QJsonArray({ u"a"_s, u"b"_s }));
        QCOMPARE(e[u"pathParameters"_s][u"id"_s].toString(), u"42"_s);
        QVERIFY(e[u"stageVariables"_s].isNull());
        QVERIFY(e[u"body"_s].isNull());
        QCOMPARE(e[u"isBase64Encoded"_s].toBool(), false);
        const QJsonObject c = e[u"requestContext"_s].toObject();
        QCOMPARE(c[u"path"_s].toString(), u"/test/items/42"_s);
        QCOMPARE(c[u"stage"_s].toString(), u"test"_s);
        QCOMPARE(c[u"resourcePath"_s].toString(), u"/items/{id}"_s);
        QCOMPARE(c[u"requestTime"_s].toString(), u"09/Apr/2015:12:34:56 +0000"_s);
        QCOMPARE(c[u"requestTimeEpoch"_s].toInteger(), Q_INT64_C(1428582896000));
        QCOMPARE(c[u"identity"_s][u"sourceIp"_s].toString(), u"127.0.0.1"_s);
        QCOMPARE(c[u"identity"_s][u"userAgent"_s].toString(), u"t/1"_s);
        QVERIFY(c[u"identity"_s].toObject().contains(u"cognitoIdentityId"_s));
    }

    void v2EventFields()
    {
        GatewayRequest request;
        request.method = "POST";
        request.path = u"/v2/items/42"_s;
        request.rawPath = "/v2/items/42";
        request.rawQuery = "q=a&q=b";
        request.headers = { { "cookie", "c1=v1; c2=v2" },
                            { "x-dup", "a" },
                            { "x-dup", "b" },
                            { "content-type", "application/x-www-form-urlencoded" } };
        request.body = "a=1";
        request.sourceIp = u"127.0.0.1"_s;
        request.timeEpochMs = 1584040000000;
        EventTarget target;
        target.kind = ApiKind::Http;
        target.routeKey = u"POST /v2/items/{id}"_s;
        target.stage = u"$default"_s;
        target.pathParameters = { { u"id"_s, u"42"_s } };
        const QJsonObject e = QJsonDocument::fromJson(GatewayEvents::v2Event(request, target)).object();
        QCOMPARE(e[u"version"_s].toString(), u"2.0"_s);
        QCOMPARE(e[u"routeKey"_s].toString(), u"POST /v2/items/{id}"_s);
        QCOMPARE(e[u"rawQueryString"_s].toString(), u"q=a&q=b"_s);
        QCOMPARE(e[u"cookies"_s].toArray(), QJsonArray({ u"c1=v1"_s, u"c2=v2"_s }));
        QCOMPARE(e[u"headers"_s][u"x-dup"_s].toString(), u"a,b"_s);
        QVERIFY(!e[u"headers"_s].toObject().contains(u"cookie"_s));
        QCOMPARE(e[u"queryStringParameters"_s][u"q"_s].toString(), u"a,b"_s);
        QVERIFY(!e.contains(u"stageVariables"_s));
        // A form post is not text to an HTTP API: base64.
        QCOMPARE(e[u"isBase64Encoded"_s].toBool(), true);
        QCOMPARE(e[u"body"_s].toString(), u"YT0x"_s);
        QCOMPARE(e[u"requestContext"_s][u"http"_s][u"method"_s].toString(), u"POST"_s);
        QCOMPARE(e[u"requestContext"_s][u"time"_s].toString(), u"12/Mar/2020:19:06:40 +0000"_s);
    }

    void responseMapping()
    {
        EventTarget rest;
        rest.kind = ApiKind::Rest;
        rest.binaryMediaTypes = { u"image/png"_s };
        QString why;
        auto r = GatewayEvents::v1Response(
            R"({"statusCode":201,"headers":{"A":"1","B":"x"},"multiValueHeaders":{"B":["x","y"]},"body":"hi"})", rest,
            "*/*", &why);
        QVERIFY2(r, qPrintable(why));
        QCOMPARE(r->status, 201);
        QCOMPARE(r->body, "hi");
        int bs = 0;
        for (const auto &h : r->headers)
            bs += h.first == "B";
        QCOMPARE(bs, 2); // B: x once (headers and multiValueHeaders merged), B: y
        QVERIFY(!GatewayEvents::v1Response(R"({"statusCode":200,"extra":1})", rest, "*/*", &why));
        QVERIFY(why.contains(u"extra"_s));
        QVERIFY(!GatewayEvents::v1Response(R"({"statusCode":200,"body":{"a":1}})", rest, "*/*", &why));
        QVERIFY(!GatewayEvents::v1Response(R"("text")", rest, "*/*", &why));
        // REST decodes base64 only for a client that accepts a binary media type.
        r = GatewayEvents::v1Response(R"({"statusCode":200,"body":"AAE=","isBase64Encoded":true})", rest, "image/png",
                                      &why);
        QCOMPARE(r->body, QByteArray("\x00\x01", 2));
        r = GatewayEvents::v1Response(R"({"statusCode":200,"body":"AAE=","isBase64Encoded":true})", rest,
                                      "application/json", &why);
        QCOMPARE(r->body, "AAE=");

        r = GatewayEvents::v2Response(R"({"a": 1})", &why);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, R"({"a": 1})");
        r = GatewayEvents::v2Response(R"("plain")", &why);
        QCOMPARE(r->body, "plain");
        r = GatewayEvents::v2Response(R"({"statusCode":302,"cookies":["a=1","b=2"],"extra":1})", &why);
        QCOMPARE(r->status, 302);
        QCOMPARE(r->headers.count({ "set-cookie", "a=1" }), 1);
        QCOMPARE(r->headers.count({ "set-cookie", "b=2" }), 1);
        QVERIFY(!GatewayEvents::v2Response(R"({"statusCode":"soon"})", &why));
        QVERIFY(!GatewayEvents::v2Response("not json", &why));
    }
};

QTEST_GUILESS_MAIN(TestApiRoutes)
#include "tst_apiroutes.moc"
