// SPDX-License-Identifier: MIT
// Lambda's Invoke API in front of a real engine (real containers), spoken to
// with Qt's own HTTP client: what each invocation type answers, the tail of
// the logs, function errors, names and qualifiers, AWS's error shapes, bodies
// over the limits refused from their head alone, and the two hooks.
#include <QDeadlineTimer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include "engine/invocation/invocation.h"
#include "engine/invoke/invoker.h"
#include "engine/project/lambdalimits.h"
#include "engine/project/samtemplate.h"
#include "engine/serve/invokeapiserver.h"
#include "tests/support/ciskip.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace

class TestInvokeApiServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_cache;
    std::unique_ptr<Invoker> m_invoker;
    std::unique_ptr<InvokeApiServer> m_server;
    QNetworkAccessManager m_http;

    QUrl url(const QString &path) const { return QUrl(m_server->url() + path); }

    Reply send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply *reply = m_http.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Reply r;
        if (!finished.wait(60000)) {
            reply->abort();
            r.status = -1;
            return r;
        }
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.error = reply->error();
        for (const auto &pair : reply->rawHeaderPairs())
            r.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return r;
    }

    Reply invoke(const QString &function, const QByteArray &body = "{}",
                 const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return send("POST", u"/2015-03-31/functions/"_s + function + u"/invocations"_s, body, headers);
    }

    // A request written by hand: its head only, or head and body; the answer
    // as the server sends it. The server lives on this thread: wait with the
    // event loop running, never in a blocking socket call.
    QByteArray raw(const QByteArray &request, int waitMs = 30000)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
            return {};
        socket.write(request);
        QByteArray answer;
        // A partial answer is returned as it is: the caller's comparisons say what is missing.
        (void)QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                const qsizetype headEnd = answer.indexOf("\r\n\r\n");
                if (headEnd < 0)
                    return socket.state() == QAbstractSocket::UnconnectedState;
                const qsizetype cl = answer.toLower().indexOf("content-length: ");
                if (cl < 0 || cl > headEnd)
                    return true;
                const qint64 length = answer.mid(cl + 16, answer.indexOf('\r', cl) - cl - 16).toLongLong();
                return answer.size() >= headEnd + 4 + length;
            },
            waitMs);
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid());
        EngineSettings settings;
        settings.backend = qEnvironmentVariable("BULLPEN_TEST_BACKEND", u"oci"_s);
        settings.cacheDirectory = m_cache.path();
        QString error;
        m_invoker = Invoker::create(settings, &error);
        if (!m_invoker)
            BULLPEN_SKIP_UNLESS_CI(u"no container backend works here: "_s + error);
        ProjectError projectError;
        const auto sam = SamTemplate::load(QStringLiteral(BULLPEN_TEST_DATA_DIR "/template.yaml"), &projectError);
        QVERIFY2(sam, qPrintable(projectError.toString()));
        m_server = std::make_unique<InvokeApiServer>(m_invoker.get(), FunctionDirectory(sam->functions()));
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
        QVERIFY(m_server->port() > 0);
        QCOMPARE(m_server->url(), u"http://127.0.0.1:%1"_s.arg(m_server->port()));
        // The first use of the runtime may build its image (minutes, once per machine): not in any test's time.
        QSignalSpy warm(m_invoker->invoke(sam->function(u"ApiEcho"_s).value(), "{}"), &Invocation::finished);
        QVERIFY(warm.wait(600000));
        QVERIFY2(warm.first().first().value<InvocationResult>().succeeded(),
                 qPrintable(warm.first().first().value<InvocationResult>().engineError));
    }

    void cleanupTestCase()
    {
        m_server.reset();
        if (m_invoker) {
            QSignalSpy done(m_invoker.get(), &Invoker::shutdownFinished);
            m_invoker->shutdown();
            done.wait(20000);
        }
    }

    void requestResponseReturnsThePayload()
    {
        QSignalSpy served(m_server.get(), &InvokeApiServer::requestServed);
        const Reply r = invoke(u"ApiEcho"_s, R"({"a": [1, 2], "b": "x"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), QJsonObject({ { u"a"_s, QJsonArray { 1, 2 } }, { u"b"_s, u"x"_s } }));
        QCOMPARE(r.header("X-Amz-Executed-Version"), "$LATEST");
        QVERIFY(!r.header("x-amzn-RequestId").isEmpty());
        QVERIFY(!r.headers.contains("x-amz-function-error"));
        QVERIFY(!r.headers.contains("x-amz-log-result")); // only when asked for
        QCOMPARE(served.count(), 1);
        const auto s = served.first().first().value<ServedRequest>();
        QCOMPARE(s.operation, u"Invoke"_s);
        QCOMPARE(s.function, u"ApiEcho"_s);
        QCOMPARE(s.invocationType, u"RequestResponse"_s);
        QCOMPARE(s.status, 200);
        QCOMPARE(s.requestId, r.header("x-amzn-RequestId"));
    }

    void emptyBodyIsAnEmptyEvent()
    {
        const Reply r = invoke(u"ApiEcho"_s, QByteArray());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, "{}");
    }

    void functionErrorIsUnhandled()
    {
        const Reply r = invoke(u"ApiFailing"_s, R"({"x": 7})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-Amz-Function-Error"), "Unhandled");
        QCOMPARE(r.json()[u"errorType"_s].toString(), u"ValueError"_s);
        QCOMPARE(r.json()[u"errorMessage"_s].toString(), u"bad input: 7"_s);
    }

    void tailGivesTheLastFourKilobytesOfTheLog()
    {
        const Reply r = invoke(u"ApiLogger"_s, "{}", { { "X-Amz-Log-Type", "Tail" } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, "\"logged\"");
        const QByteArray log = QByteArray::fromBase64(r.header("X-Amz-Log-Result"));
        QVERIFY2(log.contains("hello from the handler\n"), log.constData());
        QVERIFY2(log.contains("to stderr\n"), log.constData());
        const QByteArray id = r.header("x-amzn-RequestId");
        QVERIFY2(log.contains(QByteArray("START RequestId: " + id)), log.constData());
        QVERIFY2(log.contains(QByteArray("REPORT RequestId: " + id)), log.constData());
        QVERIFY(log.size() <= 4096);
        QVERIFY(log.endsWith('\n'));
    }

    void eventIsAcceptedThenRun()
    {
        QSignalSpy finished(m_invoker.get(), &Invoker::invocationFinished);
        const Reply r = invoke(u"ApiEcho"_s, R"({"async": true})", { { "X-Amz-Invocation-Type", "Event" } });
        QCOMPARE(r.status, 202);
        QVERIFY(r.body.isEmpty());
        const QByteArray id = r.header("x-amzn-RequestId");
        QVERIFY(!id.isEmpty());
        // The invocation really runs, under the request id the client was given.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(finished.cbegin(), finished.cend(),
                                             [&](const QList<QVariant> &args) {
                                                 const auto result = args.first().value<InvocationResult>();
                                                 return result.requestId == id && result.succeeded()
                                                     && result.payload == R"({"async": true})";
                                             }),
                                 60000);
    }

    void dryRunRunsNothing()
    {
        QSignalSpy started(m_invoker.get(), &Invoker::invocationStarted);
        const Reply r = invoke(u"ApiEcho"_s, "{}", { { "X-Amz-Invocation-Type", "DryRun" } });
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        const Reply missing = invoke(u"Nope"_s, "{}", { { "X-Amz-Invocation-Type", "DryRun" } });
        QCOMPARE(missing.status, 404);
        QCOMPARE(started.count(), 0);
    }

    void unknownInvocationTypeIsRefused()
    {
        const Reply r = invoke(u"ApiEcho"_s, "{}", { { "X-Amz-Invocation-Type", "Later" } });
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("x-amzn-ErrorType"), "InvalidParameterValueException");
        QVERIFY(r.json()[u"message"_s].toString().contains(u"[Event, RequestResponse, DryRun]"_s));
    }

    void unknownFunctionIsNotFound()
    {
        const Reply r = invoke(u"Nope"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.header("x-amzn-ErrorType"), "ResourceNotFoundException");
        QCOMPARE(r.json()[u"Type"_s].toString(), u"User"_s);
        QCOMPARE(r.json()[u"message"_s].toString(),
                 u"Function not found: arn:aws:lambda:us-east-1:123456789012:function:Nope"_s);
    }

    void namesAndQualifiers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("qualifier");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("version"); // or the error type
        QTest::newRow("name") << u"ApiEcho"_s << QString() << 200 << QByteArray("$LATEST");
        QTest::newRow("name:$LATEST") << u"ApiEcho:$LATEST"_s << QString() << 200 << QByteArray("$LATEST");
        QTest::newRow("name:alias") << u"ApiEcho:live"_s << QString() << 200 << QByteArray("1");
        QTest::newRow("Qualifier alias") << u"ApiEcho"_s << u"live"_s << 200 << QByteArray("1");
        // Version 1, the one the alias runs (SnapStart applies to it as to the alias).
        QTest::newRow("name:1") << u"ApiEcho:1"_s << QString() << 200 << QByteArray("1");
        QTest::newRow("Qualifier 1") << u"ApiEcho"_s << u"1"_s << 200 << QByteArray("1");
        QTest::newRow("full ARN:1") << u"arn:aws:lambda:us-east-1:123456789012:function:ApiEcho:1"_s << u"1"_s << 200
                                    << QByteArray("1");
        QTest::newRow("no version 2") << u"ApiEcho:2"_s << QString() << 404 << QByteArray("ResourceNotFoundException");
        QTest::newRow("no version 1 without an alias")
            << u"ApiFailing"_s << u"1"_s << 404 << QByteArray("ResourceNotFoundException");
        QTest::newRow("partial ARN") << u"123456789012:function:ApiEcho"_s << QString() << 200 << QByteArray("$LATEST");
        QTest::newRow("partial ARN:alias")
            << u"123456789012:function:ApiEcho:live"_s << QString() << 200 << QByteArray("1");
        QTest::newRow("full ARN") << u"arn:aws:lambda:us-east-1:123456789012:function:ApiEcho"_s << QString() << 200
                                  << QByteArray("$LATEST");
        QTest::newRow("full ARN:alias") << u"arn:aws:lambda:us-east-1:123456789012:function:ApiEcho:live"_s << u"live"_s
                                        << 200 << QByteArray("1");
        QTest::newRow("FunctionName") << u"bullpen-named-echo"_s << QString() << 200 << QByteArray("$LATEST");
        QTest::newRow("logical id of a named function") << u"Named"_s << QString() << 200 << QByteArray("$LATEST");
        QTest::newRow("unknown alias") << u"ApiEcho:dev"_s << QString() << 404
                                       << QByteArray("ResourceNotFoundException");
        QTest::newRow("alias of a function without one")
            << u"ApiFailing"_s << u"live"_s << 404 << QByteArray("ResourceNotFoundException");
        QTest::newRow("qualifiers disagree")
            << u"ApiEcho:live"_s << u"$LATEST"_s << 400 << QByteArray("InvalidParameterValueException");
        QTest::newRow("another account") << u"210987654321:function:ApiEcho"_s << QString() << 404
                                         << QByteArray("ResourceNotFoundException");
        QTest::newRow("not a name") << u"a:b:c"_s << QString() << 400 << QByteArray("InvalidParameterValueException");
    }

    void namesAndQualifiers()
    {
        QFETCH(QString, name);
        QFETCH(QString, qualifier);
        QFETCH(int, status);
        QFETCH(QByteArray, version);
        QString path
            = u"/2015-03-31/functions/"_s + QString::fromLatin1(QUrl::toPercentEncoding(name)) + u"/invocations"_s;
        if (!qualifier.isEmpty())
            path += u"?Qualifier="_s + QString::fromLatin1(QUrl::toPercentEncoding(qualifier));
        const Reply r = send("POST", path, R"({"n": 1})");
        QCOMPARE(r.status, status);
        if (status == 200) {
            QCOMPARE(r.header("X-Amz-Executed-Version"), version);
            QCOMPARE(r.body, R"({"n": 1})");
        } else {
            QCOMPARE(r.header("x-amzn-ErrorType"), version);
        }
    }

    // Provisioned concurrency serves the alias, never $LATEST (decisions, 6 pool view).
    void aliasIsServedByProvisionedConcurrency()
    {
        const auto provisioned
            = std::find_if(m_server->functions().functions().cbegin(), m_server->functions().functions().cend(),
                           [](const FunctionConfig &f) { return f.logicalId == u"ApiProvisioned"; });
        QVERIFY(provisioned != m_server->functions().functions().cend());
        m_invoker->configureFunction(*provisioned);
        const auto provisionedIdle = [this] {
            const QList<InstanceInfo> instances = m_invoker->instances();
            return std::any_of(instances.cbegin(), instances.cend(), [](const InstanceInfo &i) {
                return i.functionId == u"ApiProvisioned" && i.state == InstanceState::Idle;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(provisionedIdle(), 60000);
        QSignalSpy finished(m_invoker.get(), &Invoker::invocationFinished);
        const Reply alias = invoke(u"ApiProvisioned:live"_s);
        const Reply latest = invoke(u"ApiProvisioned"_s);
        m_invoker->setProvisionedConcurrency(*provisioned, 0);
        QCOMPARE(alias.status, 200);
        QCOMPARE(alias.header("X-Amz-Executed-Version"), "1");
        QCOMPARE(latest.status, 200);
        QCOMPARE(finished.count(), 2);
        QCOMPARE(finished.at(0).first().value<InvocationResult>().coldStart, false);
        QCOMPARE(finished.at(1).first().value<InvocationResult>().coldStart, true);
    }

    void throttleIs429WithItsReason()
    {
        const Reply r = invoke(u"ApiThrottled"_s);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("x-amzn-ErrorType"), "TooManyRequestsException");
        QCOMPARE(r.json()[u"Reason"_s].toString(), u"ReservedFunctionConcurrentInvocationLimitExceeded"_s);
        QCOMPARE(r.json()[u"message"_s].toString(), u"Rate Exceeded."_s);
    }

    void malformedEventIsInvalidRequestContent_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::newRow("RequestResponse") << QByteArray("RequestResponse");
        QTest::newRow("Event") << QByteArray("Event");
    }

    void malformedEventIsInvalidRequestContent()
    {
        QFETCH(QByteArray, type);
        QSignalSpy finished(m_invoker.get(), &Invoker::invocationFinished);
        const Reply r = invoke(u"ApiEcho"_s, "{\"a\": ", { { "X-Amz-Invocation-Type", type } });
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("x-amzn-ErrorType"), "InvalidRequestContentException");
        QVERIFY2(r.json()[u"message"_s].toString().startsWith(u"Could not parse request body into json"_s),
                 r.body.constData());
        for (const auto &args : finished)
            QVERIFY(args.first().value<InvocationResult>().outcome != InvocationOutcome::Succeeded);
    }

    // The head alone is sent: the 413 arrives although the body never does,
    // so nothing of it was waited for, let alone buffered.
    void tooLargeIsRefusedFromTheHead_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<QByteArray>("operation");
        QTest::newRow("RequestResponse") << QByteArray("RequestResponse") << qint64(LambdaLimits::MaxRequestBytes)
                                         << QByteArray("InvokeFunction");
        QTest::newRow("Event") << QByteArray("Event") << qint64(LambdaLimits::MaxAsyncRequestBytes)
                               << QByteArray("InvokeAsync");
    }

    void tooLargeIsRefusedFromTheHead()
    {
        QFETCH(QByteArray, type);
        QFETCH(qint64, limit);
        QFETCH(QByteArray, operation);
        QSignalSpy served(m_server.get(), &InvokeApiServer::requestServed);
        const QByteArray answer
            = raw("POST /2015-03-31/functions/ApiEcho/invocations HTTP/1.1\r\nHost: x\r\nX-Amz-Invocation-Type: " + type
                  + "\r\nContent-Length: " + QByteArray::number(limit + 1) + "\r\nExpect: 100-continue\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
        QVERIFY(answer.contains("\r\nx-amzn-ErrorType: RequestTooLargeException\r\n"));
        const QByteArray message = "\"message\":\"Request must be smaller than " + QByteArray::number(limit)
            + " bytes for the " + operation + " operation\"";
        QVERIFY2(answer.contains(message), answer.constData());
        QTRY_COMPARE(served.count(), 1);
        QCOMPARE(served.first().first().value<ServedRequest>().status, 413);
    }

    // Without Expect the client sends the body anyway: it is read and thrown
    // away, the 413 follows, and the connection serves the next request.
    void tooLargeBodyIsDiscardedAndTheConnectionKept()
    {
        const qint64 limit = LambdaLimits::MaxAsyncRequestBytes;
        const QByteArray body(limit + 1, ' ');
        const QByteArray next = "POST /2015-03-31/functions/ApiEcho/invocations HTTP/1.1\r\nHost: x\r\n"
                                "Content-Length: 8\r\n\r\n{\"k\": 2}";
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /2015-03-31/functions/ApiEcho/invocations HTTP/1.1\r\nHost: x\r\nX-Amz-Invocation-Type: "
                     "Event\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body + next);
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("{\"k\": 2}"), 60000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.left(200).constData());
        QVERIFY(answer.indexOf("HTTP/1.1 200 ") > answer.indexOf("HTTP/1.1 413 "));
    }

    // Between the two limits: a synchronous event of 2 MB is taken, an Event one refused.
    void eachInvocationTypeHasItsOwnLimit()
    {
        const QByteArray event = '"' + QByteArray(2 * 1024 * 1024, 'x') + '"';
        const Reply sync = invoke(u"ApiEcho"_s, event);
        QCOMPARE(sync.status, 200);
        QCOMPARE(sync.body.size(), event.size());
        const Reply async = invoke(u"ApiEcho"_s, event, { { "X-Amz-Invocation-Type", "Event" } });
        QCOMPARE(async.status, 413);
        QCOMPARE(async.header("x-amzn-ErrorType"), "RequestTooLargeException");
    }

    void listAndGetFunctions()
    {
        const Reply list = send("GET", u"/2015-03-31/functions/"_s);
        QCOMPARE(list.status, 200);
        const QJsonArray functions = list.json()[u"Functions"_s].toArray();
        QCOMPARE(functions.size(), 9);
        QStringList names;
        for (const auto &f : functions)
            names.append(f[u"FunctionName"_s].toString());
        QCOMPARE(names,
                 QStringList({ u"ApiEcho"_s, u"ApiFailing"_s, u"ApiLogger"_s, u"ApiSleeper"_s, u"ApiThrottled"_s,
                               u"bullpen-named-echo"_s, u"ApiProvisioned"_s, u"ApiContext"_s, u"ApiNodeContext"_s }));

        const Reply get = send("GET", u"/2015-03-31/functions/ApiSleeper"_s);
        QCOMPARE(get.status, 200);
        const QJsonObject configuration = get.json()[u"Configuration"_s].toObject();
        QCOMPARE(configuration[u"FunctionArn"_s].toString(),
                 u"arn:aws:lambda:us-east-1:123456789012:function:ApiSleeper"_s);
        QCOMPARE(configuration[u"Runtime"_s].toString(), u"python3.12"_s);
        QCOMPARE(configuration[u"Handler"_s].toString(), u"app.sleep"_s);
        QCOMPARE(configuration[u"MemorySize"_s].toInt(), 256);
        QCOMPARE(configuration[u"Timeout"_s].toInt(), 10);
        QCOMPARE(configuration[u"Version"_s].toString(), u"$LATEST"_s);
        QCOMPARE(configuration[u"Environment"_s][u"Variables"_s][u"GREETING"_s].toString(), u"hello"_s);

        const Reply alias = send("GET", u"/2015-03-31/functions/ApiEcho?Qualifier=live"_s);
        QCOMPARE(alias.json()[u"Configuration"_s][u"Version"_s].toString(), u"1"_s);
        QCOMPARE(alias.json()[u"Configuration"_s][u"FunctionArn"_s].toString(),
                 u"arn:aws:lambda:us-east-1:123456789012:function:ApiEcho:live"_s);
        const Reply version = send("GET", u"/2015-03-31/functions/ApiEcho?Qualifier=1"_s);
        QCOMPARE(version.json()[u"Configuration"_s][u"Version"_s].toString(), u"1"_s);
        QCOMPARE(version.json()[u"Configuration"_s][u"FunctionArn"_s].toString(),
                 u"arn:aws:lambda:us-east-1:123456789012:function:ApiEcho:1"_s);

        const Reply throttled = send("GET", u"/2015-03-31/functions/ApiThrottled"_s);
        QCOMPARE(throttled.json()[u"Concurrency"_s][u"ReservedConcurrentExecutions"_s].toInt(), 0);

        const Reply config = send("GET", u"/2015-03-31/functions/ApiLogger/configuration"_s);
        QCOMPARE(config.status, 200);
        QCOMPARE(config.json()[u"FunctionName"_s].toString(), u"ApiLogger"_s);

        const Reply missing = send("GET", u"/2015-03-31/functions/Nope"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.header("x-amzn-ErrorType"), "ResourceNotFoundException");
    }

    // X-Amz-Client-Context (base64 of a JSON object) reaches the handler as
    // Lambda passes it: Python's context.client_context, Node.js's
    // context.clientContext; the ARN it was invoked by is the engine's.
    void clientContextReachesTheHandler_data()
    {
        QTest::addColumn<QString>("function");
        QTest::newRow("python") << u"ApiContext"_s;
        QTest::newRow("nodejs") << u"ApiNodeContext"_s;
    }

    void clientContextReachesTheHandler()
    {
        QFETCH(QString, function);
        const QJsonObject context { { u"client"_s, QJsonObject { { u"installation_id"_s, u"install-7"_s } } },
                                    { u"custom"_s, QJsonObject { { u"tenant"_s, u"blue"_s }, { u"n"_s, 3 } } },
                                    { u"env"_s, QJsonObject { { u"locale"_s, u"de_DE"_s } } } };
        // Indented on purpose: the runtime must get it on one line.
        const QByteArray encoded = QJsonDocument(context).toJson(QJsonDocument::Indented).toBase64();
        Reply r = invoke(function, "{}", { { "X-Amz-Client-Context", encoded } });
        QCOMPARE(r.status, 200);
        const QJsonObject seen = r.json();
        if (function == u"ApiContext") {
            const QJsonObject cc = seen[u"client_context"_s].toObject();
            QCOMPARE(cc[u"custom"_s].toObject(), context[u"custom"_s].toObject());
            QCOMPARE(cc[u"env"_s].toObject(), context[u"env"_s].toObject());
            QCOMPARE(cc[u"installation_id"_s].toString(), u"install-7"_s);
            QCOMPARE(seen[u"invoked_function_arn"_s].toString(),
                     u"arn:aws:lambda:us-east-1:123456789012:function:ApiContext"_s);
        } else {
            QCOMPARE(seen[u"clientContext"_s].toObject(), context);
            QCOMPARE(seen[u"invokedFunctionArn"_s].toString(),
                     u"arn:aws:lambda:us-east-1:123456789012:function:ApiNodeContext"_s);
        }
        // Without one the handler sees none.
        r = invoke(function, "{}");
        QCOMPARE(r.status, 200);
        QVERIFY2(r.json()[function == u"ApiContext" ? u"client_context"_s : u"clientContext"_s].isNull(),
                 r.body.constData());
    }

    void badClientContextIsRefused_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("errorType");
        QTest::newRow("not base64") << QByteArray("{not base64}") << QByteArray("InvalidRequestContentException");
        QTest::newRow("not JSON") << QByteArray("bm90IGpzb24=") << QByteArray("InvalidRequestContentException");
        QTest::newRow("not an object") << QByteArray("WzEsMl0=") << QByteArray("InvalidRequestContentException");
        QTest::newRow("over 3,583 bytes")
            << QByteArray(R"({"custom": {"x": ")" + QByteArray(2700, 'x') + R"("}})").toBase64()
            << QByteArray("InvalidParameterValueException");
    }

    void badClientContextIsRefused()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, errorType);
        QSignalSpy started(m_invoker.get(), &Invoker::invocationStarted);
        const Reply r = invoke(u"ApiContext"_s, "{}", { { "X-Amz-Client-Context", header } });
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("x-amzn-ErrorType"), errorType);
        QVERIFY2(r.json()[u"message"_s].toString().contains(u"lient"_s), r.body.constData());
        QCOMPARE(started.count(), 0); // refused before anything ran
    }

    void unknownOperationIsNamed()
    {
        const Reply r = send("GET", u"/2015-03-31/functions/ApiEcho/policy"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.header("x-amzn-ErrorType"), "UnknownOperationException");
        QVERIFY(r.json()[u"message"_s].toString().contains(u"GET /2015-03-31/functions/ApiEcho/policy"_s));
    }

    void authenticatorRefusesBeforeAnythingRuns()
    {
        QSignalSpy started(m_invoker.get(), &Invoker::invocationStarted);
        m_server->setAuthenticator([](const QHttpServerRequest &request) -> std::optional<ApiError> {
            if (request.value("Authorization").isEmpty())
                return ApiError { 403, "MissingAuthenticationTokenException", u"Missing Authentication Token"_s, {} };
            return std::nullopt;
        });
        const Reply refused = invoke(u"ApiEcho"_s);
        const Reply listed = send("GET", u"/2015-03-31/functions/"_s);
        const Reply allowed = invoke(u"ApiEcho"_s, "{}", { { "Authorization", "AWS4-HMAC-SHA256 ..." } });
        m_server->setAuthenticator({});
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.header("x-amzn-ErrorType"), "MissingAuthenticationTokenException");
        QCOMPARE(listed.status, 403);
        QCOMPARE(allowed.status, 200);
        QCOMPARE(started.count(), 1);
    }

    // The hook an on-disk queue plugs into: it gets the function, the event
    // and the alias, and its request id is the one the client is given.
    void eventsGoToTheAsyncSink()
    {
        QList<AsyncInvokeRequest> queued;
        m_server->setAsyncSink([&queued](const AsyncInvokeRequest &request, QString *error) -> QByteArray {
            if (request.payload.contains("refuse")) {
                *error = u"the queue is full"_s;
                return {};
            }
            queued.append(request);
            return "queued-" + QByteArray::number(queued.size());
        });
        const Reply accepted = invoke(u"ApiEcho:live"_s, "[1]", { { "X-Amz-Invocation-Type", "Event" } });
        const Reply refused = invoke(u"ApiEcho"_s, "\"refuse\"", { { "X-Amz-Invocation-Type", "Event" } });
        m_server->setAsyncSink({});
        QCOMPARE(accepted.status, 202);
        QCOMPARE(accepted.header("x-amzn-RequestId"), "queued-1");
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().function.logicalId, u"ApiEcho"_s);
        QCOMPARE(queued.first().payload, "[1]");
        QCOMPARE(queued.first().qualifier, u"live"_s);
        QCOMPARE(refused.status, 500);
        QCOMPARE(refused.header("x-amzn-ErrorType"), "ServiceException");
        QCOMPARE(refused.json()[u"Type"_s].toString(), u"Service"_s);
        QVERIFY(refused.json()[u"message"_s].toString().contains(u"the queue is full"_s));
    }

    // A client that gives up: the invocation ends on its own, nothing waits
    // for the dead connection, and the server goes on serving.
    void clientGoneBeforeTheAnswer()
    {
        QSignalSpy finished(m_invoker.get(), &Invoker::invocationFinished);
        {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_server->port());
            QVERIFY(socket.waitForConnected(5000));
            socket.write("POST /2015-03-31/functions/ApiSleeper/invocations HTTP/1.1\r\nHost: x\r\nContent-Length: "
                         "16\r\n\r\n{\"seconds\": 0.5}");
            QVERIFY(socket.waitForBytesWritten(5000));
            QTRY_COMPARE(m_server->waitingRequests(), 1);
            socket.abort();
        }
        QTRY_COMPARE(m_server->waitingRequests(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QVERIFY(finished.first().first().value<InvocationResult>().succeeded());
        QCOMPARE(invoke(u"ApiEcho"_s, "{}").status, 200);
    }
};

QTEST_GUILESS_MAIN(TestInvokeApiServer)
#include "tst_invokeapiserver.moc"
