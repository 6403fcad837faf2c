// SPDX-License-Identifier: MIT
// API Gateway and function URLs with real functions in real containers behind
// the servers, driven by curl (a subprocess, so the servers run on this event
// loop meanwhile) and by QNetworkAccessManager. The handlers echo their event,
// so every field a test checks is what the function really received.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "engine/apigateway/apigatewayserver.h"
#include "engine/apigateway/functionurlserver.h"
#include "engine/invocation/invocation.h"
#include "engine/invoke/invoker.h"
#include "engine/project/samtemplate.h"
#include "tests/support/ciskip.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

const QString TemplatePath = QStringLiteral(BULLPEN_TEST_DATA_DIR "/project/template.yaml");

struct HttpAnswer
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower case
    QByteArray body;
    QString error;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (h.first == name)
                return h.second;
        }
        return {};
    }
    int headerCount(QByteArrayView name) const
    {
        int n = 0;
        for (const auto &h : headers)
            n += h.first == name;
        return n;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString describe() const
    {
        return u"status %1 %2 body %3"_s.arg(status).arg(error, QString::fromUtf8(body.left(600)));
    }
};

} // namespace

class TestApiGatewayServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_cache;
    QTemporaryDir m_files;
    std::unique_ptr<Invoker> m_invoker;
    std::optional<SamTemplate> m_sam;
    std::optional<ApiTemplate> m_api;
    ApiGatewayServer *m_server = nullptr;
    QString m_curl;

    // curl with args against url; the event loop runs (the servers live on it) until curl exits.
    HttpAnswer curl(const QString &url, const QStringList &args = {})
    {
        HttpAnswer answer;
        const QString headerFile = m_files.filePath(u"headers"_s);
        const QString bodyFile = m_files.filePath(u"body"_s);
        QFile::remove(headerFile);
        QFile::remove(bodyFile);
        QProcess process;
        process.setProgram(m_curl);
        process.setArguments(QStringList { u"-sS"_s, u"-D"_s, headerFile, u"-o"_s, bodyFile, u"--max-time"_s, u"60"_s }
                             + args + QStringList { url });
        QSignalSpy finished(&process, &QProcess::finished);
        process.start();
        if (!process.waitForStarted(10000) || (!finished.wait(70000) && finished.isEmpty())) {
            answer.error = u"curl did not run: "_s + process.errorString();
            return answer;
        }
        if (process.exitCode() != 0)
            answer.error = u"curl failed: "_s + QString::fromUtf8(process.readAllStandardError());
        QFile headers(headerFile);
        if (headers.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : headers.readAll().split('\n')) {
                const QByteArray l = line.trimmed();
                if (l.startsWith("HTTP/")) {
                    answer.status = l.split(' ').value(1).toInt();
                    answer.headers.clear(); // a 100 Continue comes first
                } else if (const qsizetype colon = l.indexOf(':'); colon > 0) {
                    answer.headers.append({ l.first(colon).toLower(), l.sliced(colon + 1).trimmed() });
                }
            }
        }
        QFile body(bodyFile);
        if (body.open(QIODevice::ReadOnly))
            answer.body = body.readAll();
        return answer;
    }

    QString api(const QString &path) const { return m_server->url() + path; }

    FunctionConfig function(const QString &id) const
    {
        const auto f = m_sam->function(id);
        if (!f)
            qFatal("no function %s", qPrintable(id));
        return *f;
    }

    QByteArray randomBytes(int n)
    {
        QByteArray bytes(n, Qt::Uninitialized);
        for (char &b : bytes)
            b = char(QRandomGenerator::global()->bounded(256));
        bytes[0] = 0; // a NUL and every byte value a text path would mangle
        bytes[1] = '\r';
        bytes[2] = char(0xff);
        return bytes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid());
        QVERIFY(m_files.isValid());
        m_curl = QStandardPaths::findExecutable(u"curl"_s);
        if (m_curl.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"curl is not installed (installer/devroot-packages.txt has it)"_s);
        EngineSettings settings;
        settings.backend = qEnvironmentVariable("BULLPEN_TEST_BACKEND", u"oci"_s);
        settings.cacheDirectory = m_cache.path();
        QString error;
        m_invoker = Invoker::create(settings, &error);
        if (!m_invoker)
            BULLPEN_SKIP_UNLESS_CI(u"no container backend works here: "_s + error);
        ProjectError projectError;
        m_sam = SamTemplate::load(TemplatePath, &projectError);
        QVERIFY2(m_sam, qPrintable(projectError.toString()));
        m_api = ApiTemplate::load(TemplatePath, &projectError);
        QVERIFY2(m_api, qPrintable(projectError.toString()));
        QVERIFY2(m_api->warnings().isEmpty(), qPrintable(m_api->warnings().join(u'\n')));
        m_server = new ApiGatewayServer(m_invoker.get(), m_sam->functions(), RouteTable(m_api->apis(), m_api->routes()),
                                        this);
        QVERIFY2(m_server->start(u"127.0.0.1"_s, 0, &error), qPrintable(error));
        QVERIFY(m_server->port() > 0);
    }

    void cleanupTestCase()
    {
        delete m_server;
        m_server = nullptr;
        if (m_invoker) {
            QSignalSpy done(m_invoker.get(), &Invoker::shutdownFinished);
            m_invoker->shutdown();
            done.wait(30000);
        }
    }

    void restEventFieldByField()
    {
        const HttpAnswer a = curl(api(u"/items/42?q=a&q=b&empty="_s),
                                  { u"-H"_s, u"X-Dup: 1"_s, u"-H"_s, u"X-Dup: 2"_s, u"-A"_s, u"tester/1.0"_s });
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        const QJsonObject e = a.json();
        QCOMPARE(e[u"resource"_s].toString(), u"/items/{id}"_s);
        QCOMPARE(e[u"path"_s].toString(), u"/items/42"_s);
        QCOMPARE(e[u"httpMethod"_s].toString(), u"GET"_s);
        QCOMPARE(e[u"headers"_s][u"X-Dup"_s].toString(), u"2"_s);
        QCOMPARE(e[u"multiValueHeaders"_s][u"X-Dup"_s].toArray(), QJsonArray({ u"1"_s, u"2"_s }));
        QCOMPARE(e[u"headers"_s][u"User-Agent"_s].toString(), u"tester/1.0"_s);
        QCOMPARE(e[u"queryStringParameters"_s][u"q"_s].toString(), u"b"_s);
        QCOMPARE(e[u"queryStringParameters"_s][u"empty"_s].toString(), QString());
        QCOMPARE(e[u"multiValueQueryStringParameters"_s][u"q"_s].toArray(), QJsonArray({ u"a"_s, u"b"_s }));
        QCOMPARE(e[u"pathParameters"_s].toObject(), QJsonObject({ { u"id"_s, u"42"_s } }));
        QCOMPARE(e[u"stageVariables"_s].toObject(),
                 QJsonObject({ { u"color"_s, u"blue"_s }, { u"tier"_s, u"gold"_s } }));
        QVERIFY(e[u"body"_s].isNull());
        QCOMPARE(e[u"isBase64Encoded"_s].toBool(true), false);
        const QJsonObject c = e[u"requestContext"_s].toObject();
        QCOMPARE(c[u"stage"_s].toString(), u"test"_s);
        QCOMPARE(c[u"path"_s].toString(), u"/test/items/42"_s);
        QCOMPARE(c[u"resourcePath"_s].toString(), u"/items/{id}"_s);
        QCOMPARE(c[u"httpMethod"_s].toString(), u"GET"_s);
        QCOMPARE(c[u"identity"_s][u"sourceIp"_s].toString(), u"127.0.0.1"_s);
        QCOMPARE(c[u"identity"_s][u"userAgent"_s].toString(), u"tester/1.0"_s);
        QCOMPARE(c[u"protocol"_s].toString(), u"HTTP/1.1"_s);
        QCOMPARE(e[u"headers"_s][u"X-Forwarded-For"_s].toString(), u"127.0.0.1"_s);
        QCOMPARE(e[u"headers"_s][u"X-Forwarded-Port"_s].toString(), QString::number(m_server->port()));
        QVERIFY(e[u"headers"_s][u"X-Amzn-Trace-Id"_s].toString().startsWith(u"Root=1-"_s));
        QVERIFY(c[u"requestTimeEpoch"_s].toInteger() > 1'700'000'000'000);
        QVERIFY(c[u"requestTime"_s].toString().endsWith(u" +0000"_s));
        // The request id the function saw is the one API Gateway answers with.
        QCOMPARE(c[u"requestId"_s].toString().toUtf8(), a.header("x-amzn-requestid"));
        QCOMPARE(QUuid::fromString(c[u"requestId"_s].toString()).isNull(), false);
        // The function's headers, single and multi-value.
        QCOMPARE(a.header("x-echo"), "yes");
        QCOMPARE(a.headerCount("x-multi"), 2);
    }

    void restBodyProxyAndImplicitApi()
    {
        HttpAnswer a
            = curl(api(u"/items"_s),
                   { u"-H"_s, u"Content-Type: application/json"_s, u"--data-binary"_s, u"{\"name\": \"widget\"}"_s });
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        QCOMPARE(a.json()[u"httpMethod"_s].toString(), u"POST"_s);
        QCOMPARE(a.json()[u"body"_s].toString(), u"{\"name\": \"widget\"}"_s);
        QCOMPARE(a.json()[u"isBase64Encoded"_s].toBool(true), false);

        a = curl(api(u"/files/a/b/c.txt"_s), { u"-X"_s, u"DELETE"_s });
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        QCOMPARE(a.json()[u"resource"_s].toString(), u"/files/{proxy+}"_s);
        QCOMPARE(a.json()[u"httpMethod"_s].toString(), u"DELETE"_s);
        QCOMPARE(a.json()[u"pathParameters"_s][u"proxy"_s].toString(), u"a/b/c.txt"_s);

        // An Api event without RestApiId: SAM's implicit API, stage Prod, no stage variables.
        a = curl(api(u"/implicit"_s));
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        QCOMPARE(a.json()[u"requestContext"_s][u"stage"_s].toString(), u"Prod"_s);
        QVERIFY(a.json()[u"stageVariables"_s].isNull());
    }

    void httpApiV2EventFieldByField()
    {
        const HttpAnswer a = curl(
            api(u"/v2/items/7?x=1&x=2&y=z"_s),
            { u"-b"_s, u"c1=v1; c2=v2"_s, u"-H"_s, u"X-Dup: a"_s, u"-H"_s, u"X-Dup: b"_s, u"-A"_s, u"tester/2.0"_s });
        QVERIFY2(a.status == 201, qPrintable(a.describe()));
        const QJsonObject e = a.json();
        QCOMPARE(e[u"version"_s].toString(), u"2.0"_s);
        QCOMPARE(e[u"routeKey"_s].toString(), u"GET /v2/items/{id}"_s);
        QCOMPARE(e[u"rawPath"_s].toString(), u"/v2/items/7"_s);
        QCOMPARE(e[u"rawQueryString"_s].toString(), u"x=1&x=2&y=z"_s);
        QCOMPARE(e[u"cookies"_s].toArray(), QJsonArray({ u"c1=v1"_s, u"c2=v2"_s }));
        QCOMPARE(e[u"headers"_s][u"x-dup"_s].toString(), u"a,b"_s);
        QVERIFY(!e[u"headers"_s].toObject().contains(u"cookie"_s));
        QCOMPARE(e[u"queryStringParameters"_s].toObject(), QJsonObject({ { u"x"_s, u"1,2"_s }, { u"y"_s, u"z"_s } }));
        QCOMPARE(e[u"pathParameters"_s].toObject(), QJsonObject({ { u"id"_s, u"7"_s } }));
        QCOMPARE(e[u"stageVariables"_s].toObject(), QJsonObject({ { u"color"_s, u"green"_s } }));
        QVERIFY(!e.contains(u"body"_s));
        QCOMPARE(e[u"isBase64Encoded"_s].toBool(true), false);
        const QJsonObject c = e[u"requestContext"_s].toObject();
        QCOMPARE(c[u"http"_s][u"method"_s].toString(), u"GET"_s);
        QCOMPARE(c[u"http"_s][u"path"_s].toString(), u"/v2/items/7"_s);
        QCOMPARE(c[u"http"_s][u"protocol"_s].toString(), u"HTTP/1.1"_s);
        QCOMPARE(c[u"http"_s][u"sourceIp"_s].toString(), u"127.0.0.1"_s);
        QCOMPARE(c[u"http"_s][u"userAgent"_s].toString(), u"tester/2.0"_s);
        QCOMPARE(c[u"routeKey"_s].toString(), u"GET /v2/items/{id}"_s);
        QCOMPARE(c[u"stage"_s].toString(), u"$default"_s);
        QCOMPARE(c[u"requestId"_s].toString().toUtf8(), a.header("apigw-requestid"));
        QVERIFY(c[u"timeEpoch"_s].toInteger() > 1'700'000'000'000);
        // The function's cookies, one Set-Cookie each.
        QCOMPARE(a.headerCount("set-cookie"), 2);
        QCOMPARE(a.header("x-echo"), "yes");

        // The greedy route of the same API takes what the specific one does not.
        const HttpAnswer p = curl(api(u"/v2/some/where"_s), { u"-X"_s, u"PATCH"_s });
        QVERIFY2(p.status == 201, qPrintable(p.describe()));
        QCOMPARE(p.json()[u"routeKey"_s].toString(), u"ANY /v2/{proxy+}"_s);
        QCOMPARE(p.json()[u"pathParameters"_s][u"proxy"_s].toString(), u"some/where"_s);
    }

    void httpApiPayloadVersion1()
    {
        const HttpAnswer a = curl(api(u"/v1/items/9?k=1&k=2"_s), { u"-H"_s, u"X-Thing: t"_s });
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        const QJsonObject e = a.json();
        QCOMPARE(e[u"version"_s].toString(), u"1.0"_s);
        QCOMPARE(e[u"resource"_s].toString(), u"/v1/items/{id}"_s);
        QCOMPARE(e[u"headers"_s][u"x-thing"_s].toString(), u"t"_s); // HTTP APIs lower-case names
        QCOMPARE(e[u"multiValueQueryStringParameters"_s][u"k"_s].toArray(), QJsonArray({ u"1"_s, u"2"_s }));
        QCOMPARE(e[u"requestContext"_s][u"routeKey"_s].toString(), u"GET /v1/items/{id}"_s);
        QCOMPARE(e[u"stageVariables"_s][u"color"_s].toString(), u"green"_s);
    }

    void binaryBodiesRoundTrip()
    {
        const QByteArray bytes = randomBytes(4096);
        const QString file = m_files.filePath(u"upload.bin"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();

        // REST: application/octet-stream is one of the BinaryMediaTypes, so the
        // function gets base64, and its base64 answer goes back as bytes to a
        // client that accepts the type.
        HttpAnswer a = curl(api(u"/binary"_s),
                            { u"-H"_s, u"Content-Type: application/octet-stream"_s, u"-H"_s,
                              u"Accept: application/octet-stream"_s, u"--data-binary"_s, u'@' + file });
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        QCOMPARE(a.header("x-was-base64"), "True");
        QCOMPARE(a.body.size(), bytes.size());
        QVERIFY(a.body == bytes);

        // A text type is passed as text; a client that does not accept a
        // binary type gets the base64 text itself.
        a = curl(api(u"/binary"_s),
                 { u"-H"_s, u"Content-Type: text/plain"_s, u"-H"_s, u"Accept: application/json"_s, u"--data-binary"_s,
                   u"hello"_s });
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        QCOMPARE(a.header("x-was-base64"), "False");
        QCOMPARE(a.body, QByteArray("hello").toBase64());

        // Over 1 MB curl waits for "100 Continue" first; 3 MB become 4 MB of base64 in the event.
        const QByteArray large = randomBytes(3 * 1024 * 1024);
        const QString largeFile = m_files.filePath(u"large.bin"_s);
        QFile largeOut(largeFile);
        QVERIFY(largeOut.open(QIODevice::WriteOnly));
        largeOut.write(large);
        largeOut.close();
        a = curl(api(u"/binary"_s),
                 { u"-H"_s, u"Content-Type: image/png"_s, u"-H"_s, u"Accept: image/png"_s, u"--data-binary"_s,
                   u'@' + largeFile });
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        QCOMPARE(a.body.size(), large.size());
        QVERIFY(a.body == large);

        // HTTP API 2.0: a non-text content type goes base64; the answer is always decoded.
        a = curl(api(u"/v2/binary"_s),
                 { u"-H"_s, u"Content-Type: application/octet-stream"_s, u"--data-binary"_s, u'@' + file });
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        QCOMPARE(a.header("x-was-base64"), "True");
        QVERIFY(a.body == bytes);
    }

    void v2BareResultsGetTheDefaultResponse()
    {
        HttpAnswer a = curl(api(u"/v2/bare/object"_s));
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        QCOMPARE(a.header("content-type"), "application/json");
        QCOMPARE(QJsonDocument::fromJson(a.body).object(), QJsonObject({ { u"hello"_s, u"world"_s }, { u"n"_s, 1 } }));
        a = curl(api(u"/v2/bare/string"_s));
        QVERIFY2(a.status == 200, qPrintable(a.describe()));
        QCOMPARE(a.body, "just text");
    }

    void malformedResponsesAndFunctionErrorsAre502()
    {
        QSignalSpy served(m_server, &GatewayServer::requestServed);
        for (const QString &path : { u"/malformed"_s, u"/v2/malformed"_s, u"/fail"_s, u"/v2/fail"_s }) {
            const HttpAnswer a = curl(api(path));
            QVERIFY2(a.status == 502, qPrintable(path + u": "_s + a.describe()));
            QCOMPARE(a.body, R"({"message": "Internal server error"})");
            QCOMPARE(a.header("content-type"), "application/json");
        }
        QCOMPARE(served.size(), 4);
        const auto note = [&](int i) { return served.at(i).first().value<GatewayRequestRecord>().note; };
        QVERIFY2(note(0).startsWith(u"malformed Lambda proxy response"_s), qPrintable(note(0)));
        QVERIFY2(note(1).contains(u"statusCode"_s), qPrintable(note(1)));
        QVERIFY2(note(2).contains(u"the handler failed on purpose"_s), qPrintable(note(2)));
        QCOMPARE(served.at(3).first().value<GatewayRequestRecord>().functionId, u"FailFunction"_s);
    }

    void integrationTimeoutIs504WhileTheFunctionRunsOn()
    {
        m_server->setIntegrationTimeoutMs(1500);
        QList<QString> order;
        QByteArray lambdaId;
        QObject scope; // the connections below end with this test, even when it fails early
        connect(m_server, &GatewayServer::requestServed, &scope, [&](const GatewayRequestRecord &r) {
            if (r.path == u"/sleep") {
                order << u"504 sent"_s;
                lambdaId = r.lambdaRequestId;
            }
        });
        connect(m_invoker.get(), &Invoker::invocationFinished, &scope, [&](const InvocationResult &r) {
            if (r.functionId == u"SleepFunction")
                order << u"function finished "_s + invocationOutcomeName(r.outcome);
        });
        const HttpAnswer a = curl(api(u"/sleep?seconds=5"_s));
        m_server->setIntegrationTimeoutMs(GatewayServer::DefaultIntegrationTimeoutMs);
        QVERIFY2(a.status == 504, qPrintable(a.describe()));
        QCOMPARE(a.body, R"({"message": "Endpoint request timed out"})");
        // The gateway answered first; the function was not stopped and finishes on its own.
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, 30000);
        QCOMPARE(order, QList<QString>({ u"504 sent"_s, u"function finished succeeded"_s }));
        QVERIFY(!lambdaId.isEmpty());
    }

    void unmatchedRoutes()
    {
        // A template with a REST API answers as REST does.
        HttpAnswer a = curl(api(u"/nowhere"_s));
        QCOMPARE(a.status, 403);
        QCOMPARE(a.body, R"({"message":"Missing Authentication Token"})");
        // The resource exists, but not with this method.
        a = curl(api(u"/items/5"_s), { u"-X"_s, u"PUT"_s });
        QCOMPARE(a.status, 403);

        // HTTP APIs alone answer 404.
        QList<ApiRoute> httpRoutes;
        for (const ApiRoute &r : m_api->routes()) {
            if (r.kind == ApiKind::Http)
                httpRoutes << r;
        }
        ApiGatewayServer httpOnly(m_invoker.get(), m_sam->functions(), RouteTable(m_api->apis(), httpRoutes));
        QString error;
        QVERIFY2(httpOnly.start(u"127.0.0.1"_s, 0, &error), qPrintable(error));
        a = curl(httpOnly.url() + u"/nowhere"_s);
        QCOMPARE(a.status, 404);
        QCOMPARE(a.body, R"({"message":"Not Found"})");
        QVERIFY(!a.header("apigw-requestid").isEmpty() || a.status == 404);
    }

    void corsPreflight()
    {
        // REST: SAM's OPTIONS method on the resource, from the API's Cors.
        HttpAnswer a = curl(api(u"/items/5"_s),
                            { u"-X"_s, u"OPTIONS"_s, u"-H"_s, u"Origin: https://example.com"_s, u"-H"_s,
                              u"Access-Control-Request-Method: GET"_s });
        QCOMPARE(a.status, 200);
        QCOMPARE(a.header("access-control-allow-origin"), "https://example.com");
        QCOMPARE(a.header("access-control-allow-methods"), "GET,OPTIONS");
        QCOMPARE(a.header("access-control-allow-headers"), "Content-Type,X-Custom");
        QCOMPARE(a.header("access-control-max-age"), "600");

        // HTTP API: 204 with the headers for an allowed origin...
        a = curl(api(u"/v2/items/5"_s),
                 { u"-X"_s, u"OPTIONS"_s, u"-H"_s, u"Origin: https://example.com"_s, u"-H"_s,
                   u"Access-Control-Request-Method: POST"_s });
        QCOMPARE(a.status, 204);
        QCOMPARE(a.header("access-control-allow-origin"), "https://example.com");
        QCOMPARE(a.header("access-control-allow-methods"), "GET,POST");
        QCOMPARE(a.header("access-control-allow-headers"), "content-type");
        QCOMPARE(a.header("access-control-max-age"), "300");
        // ...none for another origin...
        a = curl(api(u"/v2/items/5"_s),
                 { u"-X"_s, u"OPTIONS"_s, u"-H"_s, u"Origin: https://evil.example"_s, u"-H"_s,
                   u"Access-Control-Request-Method: POST"_s });
        QCOMPARE(a.status, 204);
        QVERIFY(a.header("access-control-allow-origin").isEmpty());
        // ...and the function's answer carries allow-origin and expose-headers.
        a = curl(api(u"/v2/items/5"_s), { u"-H"_s, u"Origin: https://example.com"_s });
        QCOMPARE(a.status, 201);
        QCOMPARE(a.header("access-control-allow-origin"), "https://example.com");
        QCOMPARE(a.header("access-control-expose-headers"), "x-echo");
    }

    void qtNetworkClient()
    {
        QNetworkAccessManager manager;
        QNetworkRequest request(QUrl(api(u"/v2/items/qt?from=qnam"_s)));
        request.setRawHeader("X-Client", "qt");
        QNetworkReply *reply = manager.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(60000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        const QJsonObject e = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(e[u"pathParameters"_s][u"id"_s].toString(), u"qt"_s);
        QCOMPARE(e[u"queryStringParameters"_s][u"from"_s].toString(), u"qnam"_s);
        QCOMPARE(e[u"headers"_s][u"x-client"_s].toString(), u"qt"_s);
        reply->deleteLater();

        QNetworkRequest post(QUrl(api(u"/items"_s)));
        post.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *posted = manager.post(post, R"({"via":"qt"})");
        QSignalSpy postFinished(posted, &QNetworkReply::finished);
        QVERIFY(postFinished.wait(60000));
        QCOMPARE(posted->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(posted->readAll())[u"body"_s].toString(), u"{\"via\":\"qt\"}"_s);
        posted->deleteLater();
    }

    void functionUrl()
    {
        const auto urls = m_api->functionUrls();
        QCOMPARE(urls.size(), 2);
        FunctionUrlServer url(m_invoker.get(), function(u"UrlFunction"_s), urls.at(0));
        QString error;
        QVERIFY2(url.start(u"127.0.0.1"_s, 0, &error), qPrintable(error));
        QVERIFY(url.port() != m_server->port()); // a port of its own

        HttpAnswer a = curl(url.url() + u"/any/path?a=1&a=2"_s,
                            { u"-X"_s, u"PUT"_s, u"-H"_s, u"Content-Type: application/json"_s, u"-b"_s, u"k=v"_s,
                              u"--data-binary"_s, u"{\"x\":1}"_s });
        QVERIFY2(a.status == 201, qPrintable(a.describe()));
        const QJsonObject e = a.json();
        QCOMPARE(e[u"version"_s].toString(), u"2.0"_s);
        QCOMPARE(e[u"routeKey"_s].toString(), u"$default"_s);
        QCOMPARE(e[u"rawPath"_s].toString(), u"/any/path"_s);
        QCOMPARE(e[u"queryStringParameters"_s][u"a"_s].toString(), u"1,2"_s);
        QCOMPARE(e[u"cookies"_s].toArray(), QJsonArray({ u"k=v"_s }));
        QCOMPARE(e[u"body"_s].toString(), u"{\"x\":1}"_s);
        QCOMPARE(e[u"requestContext"_s][u"http"_s][u"method"_s].toString(), u"PUT"_s);
        QCOMPARE(e[u"requestContext"_s][u"domainName"_s].toString(), url.urlId() + u".lambda-url.us-east-1.on.aws"_s);
        QCOMPARE(e[u"requestContext"_s][u"apiId"_s].toString(), url.urlId());
        QCOMPARE(a.headerCount("set-cookie"), 2);

        a = curl(url.url() + u"/"_s,
                 { u"-X"_s, u"OPTIONS"_s, u"-H"_s, u"Origin: https://example.com"_s, u"-H"_s,
                   u"Access-Control-Request-Method: DELETE"_s });
        QCOMPARE(a.status, 204);
        QCOMPARE(a.header("access-control-allow-origin"), "https://example.com");
        QCOMPARE(a.header("access-control-max-age"), "60");

        // AWS_IAM: refused until a SigV4 verifier is set; the hook decides then.
        FunctionUrlServer iam(m_invoker.get(), function(u"IamUrlFunction"_s), urls.at(1));
        QVERIFY2(iam.start(u"127.0.0.1"_s, 0, &error), qPrintable(error));
        a = curl(iam.url() + u"/"_s);
        QCOMPARE(a.status, 403);
        iam.setAuthorizer([](const GatewayRequest &r) -> std::optional<GatewayResponse> {
            if (r.header("authorization") == "let me in")
                return std::nullopt;
            return GatewayResponse::json(403, R"({"Message":"signature does not match"})");
        });
        a = curl(iam.url() + u"/"_s, { u"-H"_s, u"Authorization: wrong"_s });
        QCOMPARE(a.status, 403);
        QCOMPARE(a.body, R"({"Message":"signature does not match"})");
        a = curl(iam.url() + u"/"_s, { u"-H"_s, u"Authorization: let me in"_s });
        QVERIFY2(a.status == 201, qPrintable(a.describe()));
    }

    void clientGoneAndServerStopped()
    {
        // A client that hangs up while its function runs: the function finishes,
        // its answer goes nowhere, and the server goes on serving.
        QNetworkAccessManager manager;
        QSignalSpy started(m_server, &GatewayServer::invocationStarted);
        QSignalSpy finished(m_invoker.get(), &Invoker::invocationFinished);
        QNetworkReply *gone = manager.get(QNetworkRequest(QUrl(api(u"/sleep?seconds=1"_s))));
        QVERIFY(started.wait(30000));
        gone->abort();
        gone->deleteLater();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        HttpAnswer a = curl(api(u"/items/after"_s));
        QVERIFY2(a.status == 200, qPrintable(a.describe()));

        // Stopping a server answers what still waits with 503 and closes the port.
        ApiGatewayServer stopping(m_invoker.get(), m_sam->functions(), m_server->routes());
        QString error;
        QVERIFY2(stopping.start(u"127.0.0.1"_s, 0, &error), qPrintable(error));
        const QString url = stopping.url();
        QSignalSpy stoppingStarted(&stopping, &GatewayServer::invocationStarted);
        QNetworkReply *waiting = manager.get(QNetworkRequest(QUrl(url + u"/sleep?seconds=1"_s)));
        QSignalSpy waitingDone(waiting, &QNetworkReply::finished);
        QVERIFY(stoppingStarted.wait(30000));
        stopping.stop();
        QVERIFY(waitingDone.wait(30000));
        QVERIFY2(waiting->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 503,
                 qPrintable(waiting->errorString()));
        waiting->deleteLater();
        QVERIFY(!stopping.isListening());
        a = curl(url + u"/items/1"_s);
        QCOMPARE(a.status, 0); // nothing listens there any more
        QVERIFY(!a.error.isEmpty());
    }

    void functionUrlStreamingHook()
    {
        FunctionUrlDefinition definition = m_api->functionUrls().at(0);
        definition.invokeMode = u"RESPONSE_STREAM"_s;
        FunctionUrlServer url(m_invoker.get(), function(u"UrlFunction"_s), definition);
        QString error;
        QVERIFY2(url.start(u"127.0.0.1"_s, 0, &error), qPrintable(error));
        QSignalSpy served(&url, &GatewayServer::requestServed);

        // No streaming invoker yet: the function runs buffered, and the record says so.
        HttpAnswer a = curl(url.url() + u"/buffered"_s);
        QVERIFY2(a.status == 201, qPrintable(a.describe()));
        QCOMPARE(served.size(), 1);
        QVERIFY(served.at(0).first().value<GatewayRequestRecord>().note.contains(u"buffered"_s));

        // With one, it gets the function, the 2.0 event and the responder.
        QByteArray seenEvent;
        url.setStreamingHandler([&](const FunctionConfig &f, const QByteArray &event, QHttpServerResponder &&responder,
                                    std::function<void(int)> done) {
            QCOMPARE(f.logicalId, u"UrlFunction"_s);
            seenEvent = event;
            responder.write(QByteArray("streamed by the hook"), QByteArray("text/plain"),
                            QHttpServerResponder::StatusCode::Ok);
            done(200);
        });
        a = curl(url.url() + u"/streamed?x=1"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body, "streamed by the hook");
        QCOMPARE(QJsonDocument::fromJson(seenEvent)[u"rawPath"_s].toString(), u"/streamed"_s);
        QCOMPARE(served.size(), 2);
        QCOMPARE(served.at(1).first().value<GatewayRequestRecord>().status, 200);
    }

    void takenPortIsAClearError()
    {
        ApiGatewayServer second(m_invoker.get(), m_sam->functions(), m_server->routes());
        QString error;
        QVERIFY(!second.start(u"127.0.0.1"_s, m_server->port(), &error));
        QVERIFY2(error.contains(u"127.0.0.1:%1"_s.arg(m_server->port())), qPrintable(error));
        QVERIFY2(error.contains(u"already in use"_s), qPrintable(error));
        QVERIFY(!second.isListening());
    }

    void oversizedBodyRefusedBeforeBuffering()
    {
        // 11 MB: over API Gateway's 10 MB; refused from the Content-Length alone.
        const QString file = m_files.filePath(u"big.bin"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray(11 * 1024 * 1024, 'x'));
        out.close();
        QSignalSpy served(m_server, &GatewayServer::requestServed);
        const HttpAnswer a = curl(api(u"/items"_s), { u"--data-binary"_s, u'@' + file });
        QCOMPARE(a.status, 413);
        QCOMPARE(served.size(), 0); // no function ran, nothing was buffered for one
    }
};

QTEST_GUILESS_MAIN(TestApiGatewayServer)
#include "tst_apigatewayserver.moc"
