// SPDX-License-Identifier: MIT
// The Extensions API (2020-01-01) on a Runtime API listener over real loopback
// HTTP: QNetworkAccessManager plays the extensions. Registration and its
// refusals, event/next parked until an event, the INVOKE and SHUTDOWN
// documents, init/error and exit/error, and who counts as ready. The bodies
// and error types are the emulator's (internal/lambda/rapi/handler).
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include "engine/runtimeapi/runtimeapiserver.h"

#include <memory>

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

struct Reply
{
    std::unique_ptr<QNetworkReply> reply;
    QByteArray body;
    int status() const { return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorType() const { return json()[u"errorType"].toString(); }
};

} // namespace

class TestExtensionsApi : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    std::unique_ptr<RuntimeApiServer> m_server;

    QNetworkRequest request(const QByteArray &path, const QList<QPair<QByteArray, QByteArray>> &headers = {}) const
    {
        QNetworkRequest r(
            QUrl(QString::fromLatin1("http://" + m_server->hostPort() + "/2020-01-01/extension/" + path)));
        r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        for (const auto &h : headers)
            r.setRawHeader(h.first, h.second);
        return r;
    }
    static bool finish(QNetworkReply *reply, Reply &out)
    {
        out.reply.reset(reply);
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!finished.wait(20000))
                return false;
        }
        out.body = reply->readAll();
        return true;
    }
    Reply registerExtension(const QByteArray &name, const QByteArray &body, const QByteArray &features = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!name.isNull())
            headers.append({ "Lambda-Extension-Name"_ba, name });
        if (!features.isEmpty())
            headers.append({ "Lambda-Extension-Accept-Feature"_ba, features });
        Reply r;
        finish(m_nam.post(request("register", headers), body), r);
        return r;
    }
    QNetworkReply *next(const QByteArray &identifier)
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!identifier.isNull())
            headers.append({ "Lambda-Extension-Identifier"_ba, identifier });
        return m_nam.get(request("event/next", headers));
    }

private Q_SLOTS:
    void init()
    {
        m_nam.clearConnectionCache();
        m_server = std::make_unique<RuntimeApiServer>();
        QVERIFY(m_server->listen());
        m_server->extensions().setFunctionInfo({ u"orders"_s, u"$LATEST"_s, u"app.handler"_s, u"123456789012"_s });
    }
    void cleanup() { m_server.reset(); }

    void registerAnswersWithTheFunction()
    {
        QSignalSpy registered(&m_server->extensions(), &ExtensionsApi::registered);
        const Reply r = registerExtension("ext-a", R"({"events":["INVOKE","SHUTDOWN"]})", "accountId");
        QCOMPARE(r.status(), 200);
        const QByteArray identifier = r.reply->rawHeader("Lambda-Extension-Identifier");
        QVERIFY2(identifier.size() == 36, identifier.constData());
        QCOMPARE(r.json(),
                 (QJsonObject { { u"functionName"_s, u"orders"_s },
                                { u"functionVersion"_s, u"$LATEST"_s },
                                { u"handler"_s, u"app.handler"_s },
                                { u"accountId"_s, u"123456789012"_s } }));
        QCOMPARE(registered.size(), 1);
        QCOMPARE(m_server->extensions().registeredNames(), QStringList { u"ext-a"_s });
        // Without the feature, no account.
        const Reply other = registerExtension("ext-b", R"({"events":["SHUTDOWN"]})");
        QCOMPARE(other.status(), 200);
        QVERIFY(!other.json().contains(u"accountId"_s));
    }

    void registerRefusals_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("errorType");
        QTest::newRow("no name") << QByteArray() << "{\"events\":[]}"_ba << u"Extension.InvalidExtensionName"_s;
        QTest::newRow("not json") << "x"_ba << "{events"_ba << u"InvalidRequestFormat"_s;
        QTest::newRow("unknown event") << "x"_ba << "{\"events\":[\"BOOT\"]}"_ba << u"Extension.InvalidEventType"_s;
        QTest::newRow("configuration keys")
            << "x"_ba << "{\"events\":[],\"configurationKeys\":[\"k\"]}"_ba << u"InvalidRequestFormat"_s;
    }
    void registerRefusals()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, body);
        QFETCH(QString, errorType);
        const Reply r = registerExtension(name, body);
        QCOMPARE(r.status(), 403);
        QCOMPARE(r.errorType(), errorType);
        QCOMPARE(m_server->extensions().registeredCount(), 0);
    }

    void registerTwiceAndAfterInit()
    {
        QCOMPARE(registerExtension("ext", R"({"events":["INVOKE"]})").status(), 200);
        const Reply twice = registerExtension("ext", R"({"events":["INVOKE"]})");
        QCOMPARE(twice.status(), 403);
        QCOMPARE(twice.errorType(), u"Extension.InvalidExtensionState"_s);
        m_server->extensions().closeRegistration();
        const Reply late = registerExtension("late", R"({"events":["INVOKE"]})");
        QCOMPARE(late.status(), 403);
        QCOMPARE(late.errorType(), u"Extension.RegistrationClosed"_s);
        QCOMPARE(late.json()[u"errorMessage"].toString(), u"Extension registration closed already"_s);
    }

    void nextNeedsAKnownIdentifier_data()
    {
        QTest::addColumn<QByteArray>("identifier");
        QTest::addColumn<QString>("errorType");
        QTest::newRow("missing") << QByteArray() << u"Extension.MissingExtensionIdentifier"_s;
        QTest::newRow("not a uuid") << "abc"_ba << u"Extension.InvalidExtensionIdentifier"_s;
        QTest::newRow("unknown") << "0b6c7f7e-4c4a-4d7e-9d59-2a8b5c7b8a11"_ba
                                 << u"Extension.UnknownExtensionIdentifier"_s;
    }
    void nextNeedsAKnownIdentifier()
    {
        QFETCH(QByteArray, identifier);
        QFETCH(QString, errorType);
        Reply r;
        QVERIFY(finish(next(identifier), r));
        QCOMPARE(r.status(), 403);
        QCOMPARE(r.errorType(), errorType);
    }

    // event/next parks until an event; an INVOKE makes the extension busy
    // until it asks again; SHUTDOWN goes to its subscribers only.
    void eventsAndReadiness()
    {
        ExtensionsApi &api = m_server->extensions();
        const QByteArray invokeId = registerExtension("both", R"({"events":["INVOKE","SHUTDOWN"]})")
                                        .reply->rawHeader("Lambda-Extension-Identifier");
        const QByteArray shutdownId = registerExtension("only-shutdown", R"({"events":["SHUTDOWN"]})")
                                          .reply->rawHeader("Lambda-Extension-Identifier");
        QVERIFY(!api.allReady()); // registered, not asking yet
        QSignalSpy readiness(&api, &ExtensionsApi::readinessChanged);
        QNetworkReply *first = next(invokeId);
        QNetworkReply *second = next(shutdownId);
        QVERIFY(QTest::qWaitFor([&] { return api.allReady(); }, 20000));
        QVERIFY(!first->isFinished());

        api.deliverInvoke("req-1", 1700000000123, "arn:aws:lambda:us-east-1:123456789012:function:orders",
                          "Root=1-5e1b4151-5ac6c58f4d5ac1b6c9b9e6a1;Parent=1;Sampled=0");
        Reply invoke;
        QVERIFY(finish(first, invoke));
        QCOMPARE(invoke.status(), 200);
        QCOMPARE(invoke.reply->rawHeader("Lambda-Extension-Event-Identifier").size(), 36);
        QCOMPARE(
            invoke.json(),
            (QJsonObject { { u"eventType"_s, u"INVOKE"_s },
                           { u"deadlineMs"_s, qint64(1700000000123) },
                           { u"requestId"_s, u"req-1"_s },
                           { u"invokedFunctionArn"_s, u"arn:aws:lambda:us-east-1:123456789012:function:orders"_s },
                           { u"tracing"_s,
                             QJsonObject { { u"type"_s, u"X-Amzn-Trace-Id"_s },
                                           { u"value"_s,
                                             u"Root=1-5e1b4151-5ac6c58f4d5ac1b6c9b9e6a1;Parent=1;Sampled=0"_s } } } }));
        QVERIFY(!api.allReady()); // busy with it
        QVERIFY(!second->isFinished()); // not subscribed to INVOKE
        QNetworkReply *again = next(invokeId);
        QVERIFY(QTest::qWaitFor([&] { return api.allReady(); }, 20000));

        api.deliverShutdown(u"spindown"_s, 1700000002000);
        Reply shutdownBoth, shutdownOnly;
        QVERIFY(finish(again, shutdownBoth));
        QVERIFY(finish(second, shutdownOnly));
        for (const Reply *r : { &shutdownBoth, &shutdownOnly })
            QCOMPARE(r->json(),
                     (QJsonObject { { u"eventType"_s, u"SHUTDOWN"_s },
                                    { u"deadlineMs"_s, qint64(1700000002000) },
                                    { u"shutdownReason"_s, u"spindown"_s } }));
        QVERIFY(!api.shutdownDone());
        api.extensionExited(u"both"_s);
        api.extensionExited(u"only-shutdown"_s);
        QVERIFY(api.shutdownDone());
    }

    void initAndExitErrors()
    {
        ExtensionsApi &api = m_server->extensions();
        const QByteArray id
            = registerExtension("ext", R"({"events":["INVOKE"]})").reply->rawHeader("Lambda-Extension-Identifier");
        QSignalSpy initErrors(&api, &ExtensionsApi::initErrorReported);
        QSignalSpy exitErrors(&api, &ExtensionsApi::exitErrorReported);
        Reply missing;
        QVERIFY(finish(m_nam.post(request("init/error", { { "Lambda-Extension-Identifier"_ba, id } }), "{}"), missing));
        QCOMPARE(missing.status(), 403);
        QCOMPARE(missing.errorType(), u"Extension.MissingHeader"_s);
        Reply accepted;
        QVERIFY(
            finish(m_nam.post(request("init/error",
                                      { { "Lambda-Extension-Identifier"_ba, id },
                                        { "Lambda-Extension-Function-Error-Type"_ba, "Extension.ConfigInvalid"_ba } }),
                              "{}"),
                   accepted));
        QCOMPARE(accepted.status(), 202);
        QCOMPARE(accepted.body, "{\"status\":\"OK\"}"_ba);
        QCOMPARE(initErrors.size(), 1);
        QCOMPARE(initErrors.first().at(1).toByteArray(), "Extension.ConfigInvalid"_ba);
        // After init, init/error is refused; exit/error is taken any time.
        api.closeRegistration();
        Reply late;
        QVERIFY(finish(m_nam.post(request("init/error",
                                          { { "Lambda-Extension-Identifier"_ba, id },
                                            { "Lambda-Extension-Function-Error-Type"_ba, "X.Y"_ba } }),
                                  "{}"),
                       late));
        QCOMPARE(late.status(), 403);
        QCOMPARE(late.errorType(), u"Extension.InvalidExtensionState"_s);
        Reply exit;
        QVERIFY(finish(m_nam.post(request("exit/error",
                                          { { "Lambda-Extension-Identifier"_ba, id },
                                            { "Lambda-Extension-Function-Error-Type"_ba, "Extension.Bye"_ba } }),
                                  "{}"),
                       exit));
        QCOMPARE(exit.status(), 202);
        QCOMPARE(exitErrors.size(), 1);
        QCOMPARE(exitErrors.first().at(0).toString(), u"ext"_s);
    }
};

QTEST_GUILESS_MAIN(TestExtensionsApi)
#include "tst_extensionsapi.moc"
