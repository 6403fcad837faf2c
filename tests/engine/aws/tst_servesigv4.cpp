// SPDX-License-Identifier: MIT
// `bullpen serve --credentials PROFILE` with real clients: the AWS CLI signing
// with the right profile passes; a wrong secret is refused with
// InvalidSignatureException, an unknown key with UnrecognizedClientException,
// an unsigned request with MissingAuthenticationTokenException, an old one as
// "Signature expired", each as the CLI reports AWS's own errors. curl's own
// SigV4 signer passes too. LambdaInvokeClient (the deployment targets' client)
// against it: signed invocations by name and by ARN with a qualifier, the
// tail of the logs, and the refusals as results. aws-sdk-go-v2's Lambda client
// (a Go program) signed with the profile's keys.
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "engine/aws/lambdainvokeclient.h"
#include "engine/aws/sigv4.h"
#include "tests/support/ciskip.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

constexpr auto KeyId = "AKIDBULLPENLOCAL";
constexpr auto Secret = "bullpen/local+secret";

} // namespace

class TestServeSigV4 : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QProcess m_serve;
    QString m_url;
    QString m_aws;
    QByteArray m_stdout;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        env.insert(u"HOME"_s, m_home.path()); // its ~/.aws holds the profiles below
        for (const QString &name :
             { u"AWS_ACCESS_KEY_ID"_s, u"AWS_SECRET_ACCESS_KEY"_s, u"AWS_SESSION_TOKEN"_s, u"AWS_PROFILE"_s,
               u"AWS_SHARED_CREDENTIALS_FILE"_s, u"AWS_CONFIG_FILE"_s, u"AWS_REGION"_s, u"AWS_DEFAULT_REGION"_s })
            env.remove(name);
        env.insert(u"AWS_MAX_ATTEMPTS"_s, u"1"_s);
        env.insert(u"AWS_PAGER"_s, QString());
        return env;
    }

    Run run(const QString &program, const QStringList &args, const QString &workDir = {}, int waitMs = 120000)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        if (!workDir.isEmpty())
            p.setWorkingDirectory(workDir);
        p.start(program, args);
        if (!p.waitForFinished(waitMs)) {
            p.kill();
            p.waitForFinished();
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                 p.readAllStandardError() };
    }

    // aws lambda invoke --profile PROFILE (or --no-sign-request for an empty one).
    Run invoke(const QString &profile, const QString &dir, int waitMs = 120000)
    {
        QStringList args { u"lambda"_s,
                           u"invoke"_s,
                           u"--endpoint-url"_s,
                           m_url,
                           u"--output"_s,
                           u"json"_s,
                           u"--function-name"_s,
                           u"ApiEcho"_s,
                           u"--cli-binary-format"_s,
                           u"raw-in-base64-out"_s,
                           u"--payload"_s,
                           u"{\"signed\": true}"_s,
                           u"--cli-read-timeout"_s,
                           u"0"_s };
        args += profile.isEmpty() ? QStringList { u"--no-sign-request"_s, u"--region"_s, u"us-east-1"_s }
                                  : QStringList { u"--profile"_s, profile };
        args << u"out.json"_s;
        return run(m_aws, args, dir, waitMs);
    }

    bool waitForOutput(const QByteArray &needle, int ms = 60000)
    {
        QDeadlineTimer deadline(ms);
        while (!m_stdout.contains(needle)) {
            if (deadline.hasExpired() || m_serve.state() != QProcess::Running)
                return false;
            m_serve.waitForReadyRead(int(qMin<qint64>(200, deadline.remainingTime())));
            m_stdout += m_serve.readAllStandardOutput();
        }
        return true;
    }

    LambdaInvokeResult call(LambdaInvokeClient &client, const LambdaInvokeRequest &request)
    {
        QSignalSpy finished(&client, &LambdaInvokeClient::finished);
        const quint64 id = client.invoke(request);
        if (!finished.wait(120000))
            return {};
        if (finished.first().at(0).toULongLong() != id)
            return {};
        return finished.first().at(1).value<LambdaInvokeResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_aws = QStandardPaths::findExecutable(u"aws"_s);
        if (m_aws.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"the AWS CLI (Debian's awscli) is not installed"_s);
        QVERIFY(QDir(m_home.path()).mkpath(u".aws"_s));
        QFile credentials(m_home.filePath(u".aws/credentials"_s));
        QVERIFY(credentials.open(QIODevice::WriteOnly));
        credentials.write(QByteArray("[local]\naws_access_key_id = ") + KeyId + "\naws_secret_access_key = " + Secret
                          + "\n\n[wrongsecret]\naws_access_key_id = " + KeyId
                          + "\naws_secret_access_key = not-the-secret\n\n"
                            "[stranger]\naws_access_key_id = AKIDSTRANGER\naws_secret_access_key = whatever\n");
        credentials.close();
        QFile config(m_home.filePath(u".aws/config"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[profile local]\nregion = eu-west-1\n[profile wrongsecret]\nregion = eu-west-1\n"
                     "[profile stranger]\nregion = us-east-1\n");
        config.close();

        m_serve.setProcessEnvironment(environment());
        m_serve.start(QStringLiteral(BULLPEN_BINARY),
                      { u"serve"_s, u"--template"_s,
                        QStringLiteral(BULLPEN_SOURCE_DIR "/tests/engine/serve/template.yaml"), u"--no-build"_s,
                        u"--lambda-port"_s, u"0"_s, u"--credentials"_s, u"local"_s });
        QVERIFY(m_serve.waitForStarted());
        QVERIFY2(waitForOutput("\n", 120000), m_serve.readAllStandardError().constData());
        const QByteArray first = m_stdout.left(m_stdout.indexOf('\n'));
        QVERIFY2(first.startsWith("Lambda Invoke API: http://127.0.0.1:"), first.constData());
        m_url = QString::fromLatin1(first.mid(int(qstrlen("Lambda Invoke API: "))));
        // The first use of the runtime may build its image (minutes, once per machine): not in any test's time.
        QTemporaryDir dir;
        const Run warm = invoke(u"local"_s, dir.path(), 600000);
        QVERIFY2(warm.exitCode == 0, warm.err.constData());
    }

    void cleanupTestCase()
    {
        if (m_serve.state() == QProcess::Running) {
            m_serve.terminate();
            if (!m_serve.waitForFinished(60000)) {
                m_serve.kill();
                m_serve.waitForFinished();
            }
        }
    }

    void theRightProfilePasses()
    {
        QTemporaryDir dir;
        const Run r = invoke(u"local"_s, dir.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("StatusCode"_L1).toInt(), 200);
        QFile out(dir.filePath(u"out.json"_s));
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), "{\"signed\": true}");
        // A GET is signed too (no body, a path of its own).
        const Run list = run(m_aws,
                             { u"lambda"_s, u"list-functions"_s, u"--endpoint-url"_s, m_url, u"--profile"_s, u"local"_s,
                               u"--output"_s, u"json"_s });
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QVERIFY(list.out.contains("\"ApiEcho\""));
    }

    void refusalsAsAwsSaysThem_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("wrong secret") << u"wrongsecret"_s << QByteArray("InvalidSignatureException")
                                      << QByteArray("The request signature we calculated does not match the "
                                                    "signature you provided.");
        QTest::newRow("unknown key") << u"stranger"_s << QByteArray("UnrecognizedClientException")
                                     << QByteArray("The security token included in the request is invalid.");
        QTest::newRow("not signed") << QString() << QByteArray("MissingAuthenticationTokenException")
                                    << QByteArray("Missing Authentication Token");
    }
    void refusalsAsAwsSaysThem()
    {
        QFETCH(QString, profile);
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        const Run r = invoke(profile, dir.path());
        QVERIFY(r.exitCode != 0);
        // "An error occurred (TYPE) when calling the Invoke operation (reached max retries: 0): MESSAGE"
        QVERIFY2(r.err.contains(QByteArray("An error occurred (" + type + ") when calling the Invoke operation")),
                 r.err.constData());
        QVERIFY2(r.err.contains(QByteArray("): " + message)), r.err.constData());
        // The function never ran: no answer was written.
        QVERIFY(!QFile::exists(dir.filePath(u"out.json"_s)) || QFileInfo(dir.filePath(u"out.json"_s)).size() == 0);
        // serve's summary line names the refusal.
        QVERIFY2(waitForOutput(type), m_stdout.constData());
    }

    void curlSignsItsOwnWay()
    {
        const QString curl = QStandardPaths::findExecutable(u"curl"_s);
        if (curl.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(u"curl is not installed"_s);
        const QStringList base { u"-sS"_s,
                                 u"-o"_s,
                                 u"-"_s,
                                 u"-w"_s,
                                 u"\n%{http_code}"_s,
                                 u"-X"_s,
                                 u"POST"_s,
                                 m_url + u"/2015-03-31/functions/ApiEcho/invocations"_s,
                                 u"--aws-sigv4"_s,
                                 u"aws:amz:us-east-1:lambda"_s,
                                 u"-H"_s,
                                 u"Content-Type: application/json"_s,
                                 u"--data"_s,
                                 u"{\"via\": \"curl\"}"_s,
                                 u"--user"_s };
        Run r = run(curl, base + QStringList { QString::fromLatin1(KeyId) + u':' + QString::fromLatin1(Secret) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, "{\"via\": \"curl\"}\n200");
        r = run(curl, base + QStringList { QString::fromLatin1(KeyId) + u":nope"_s });
        QVERIFY2(r.out.endsWith("\n403") && r.out.contains("The request signature we calculated"), r.out.constData());
    }

    void anOldSignatureHasExpired()
    {
        // Signed correctly, but 10 minutes ago: AWS refuses it before it checks the signature.
        SigV4Request request;
        request.method = "POST";
        const QUrl url(m_url + u"/2015-03-31/functions/ApiEcho/invocations"_s);
        request.path = url.path(QUrl::FullyEncoded).toUtf8();
        request.body = "{}";
        request.setHeader("Host", url.authority().toUtf8());
        request.setHeader("Content-Type", "application/json");
        SigV4Options options;
        options.region = u"us-east-1"_s;
        options.service = u"lambda"_s;
        options.time = QDateTime::currentDateTimeUtc().addSecs(-600);
        SigV4::signHeaders(request, { QString::fromLatin1(KeyId), QString::fromLatin1(Secret), {} }, options);

        QNetworkAccessManager network;
        QNetworkRequest http(url);
        for (const auto &[name, value] : std::as_const(request.headers)) {
            if (name != "Host")
                http.setRawHeader(name, value);
        }
        QNetworkReply *reply = network.post(http, request.body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(60000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
        QCOMPARE(reply->rawHeader("x-amzn-ErrorType"), "InvalidSignatureException");
        const QString message = QJsonDocument::fromJson(reply->readAll()).object().value("message"_L1).toString();
        QVERIFY2(message.startsWith("Signature expired: "_L1), qPrintable(message));
        reply->deleteLater();
    }

    void lambdaInvokeClientSignsAndReports()
    {
        LambdaInvokeClient client((QUrl(m_url)));
        client.setCredentials({ QString::fromLatin1(KeyId), QString::fromLatin1(Secret), {} }, u"eu-west-1"_s);
        QVERIFY(client.isSigning());

        LambdaInvokeRequest request;
        request.functionName = u"ApiEcho"_s;
        request.payload = R"({"client": "bullpen"})";
        LambdaInvokeResult result = call(client, request);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, request.payload);
        QCOMPARE(result.executedVersion(), "$LATEST");
        QVERIFY(result.isSuccess());
        QVERIFY(result.roundTripNs > 0);

        // A full ARN (its ':' percent-encoded in the path, and signed so) with the alias and the log tail.
        request.functionName = u"arn:aws:lambda:us-east-1:123456789012:function:ApiEcho"_s;
        request.qualifier = u"live"_s;
        request.tailLogs = true;
        result = call(client, request);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.executedVersion(), "1");
        QVERIFY2(result.logTail().contains("REPORT RequestId: "), result.logTail().constData());

        request = {};
        request.functionName = u"ApiFailing"_s;
        request.payload = "{}";
        result = call(client, request);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.functionError(), "Unhandled");
        QVERIFY(!result.isSuccess());

        LambdaInvokeClient wrong((QUrl(m_url)));
        wrong.setCredentials({ QString::fromLatin1(KeyId), u"not-the-secret"_s, {} }, u"us-east-1"_s);
        request.functionName = u"ApiEcho"_s;
        result = call(wrong, request);
        QCOMPARE(result.status, 403);
        QCOMPARE(result.errorType(), "InvalidSignatureException");

        LambdaInvokeClient unsignedClient((QUrl(m_url)));
        QVERIFY(!unsignedClient.isSigning());
        result = call(unsignedClient, request);
        QCOMPARE(result.status, 403);
        QCOMPARE(result.errorType(), "MissingAuthenticationTokenException");

        // Nobody listening: a network error, not an HTTP status.
        LambdaInvokeClient nowhere(QUrl(u"http://127.0.0.1:1"_s));
        result = call(nowhere, request);
        QCOMPARE(result.status, 0);
        QVERIFY(!result.networkError.isEmpty());
    }

    // aws-sdk-go-v2's Lambda client (a Go program built by installer/go-tools
    // against the versions tests/engine/fidelity/go/go.mod pins), signing with
    // the profile's keys: Invoke as RequestResponse with the log tail, a
    // function error, Event and DryRun; ListFunctions and GetFunction, whose
    // ARN names the profile's region (serve's default without --region); and
    // AWS's errors as the SDK reads them.
    void awsSdkGoV2()
    {
        const QString tools = qEnvironmentVariable("BULLPEN_GO_TOOLS");
        const QString program = tools + u"/sdkclient"_s;
        if (tools.isEmpty() || !QFileInfo(program).isExecutable())
            BULLPEN_SKIP_UNLESS_CI(u"no aws-sdk-go-v2 client: BULLPEN_GO_TOOLS is '%1' (%2); run the tests through "
                                   "installer/dev, which builds it with installer/go-tools"_s.arg(
                                       tools, qEnvironmentVariable("BULLPEN_GO_TOOLS_ERROR")));
        const Run r = run(program, { m_url, u"eu-west-1"_s, QString::fromLatin1(KeyId), QString::fromLatin1(Secret) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(!o.isEmpty(), r.out.constData());
        QCOMPARE(o[u"payload"_s].toObject(), QJsonObject({ { u"from"_s, u"aws-sdk-go-v2"_s } }));
        QCOMPARE(o[u"status"_s].toInt(), 200);
        QCOMPARE(o[u"version"_s].toString(), u"$LATEST"_s);
        QCOMPARE(o[u"tail"_s].toBool(), true);
        QCOMPARE(o[u"functionError"_s].toString(), u"Unhandled"_s);
        QCOMPARE(o[u"event"_s].toInt(), 202);
        QCOMPARE(o[u"dryRun"_s].toInt(), 204);
        QCOMPARE(o[u"functions"_s].toArray().size(), 9);
        QVERIFY(o[u"functions"_s].toArray().contains(u"bullpen-named-echo"_s));
        QCOMPARE(o[u"handler"_s].toString(), u"app.sleep"_s);
        QCOMPARE(o[u"arn"_s].toString(), u"arn:aws:lambda:eu-west-1:123456789012:function:ApiSleeper"_s);
        QCOMPARE(o[u"notFound"_s].toString(), u"ResourceNotFoundException"_s);
        QCOMPARE(o[u"wrongSecret"_s].toString(), u"InvalidSignatureException"_s);
    }

    void aProfileWithoutKeysIsAUsageError()
    {
        const Run r
            = run(QStringLiteral(BULLPEN_BINARY),
                  { u"serve"_s, u"--template"_s, QStringLiteral(BULLPEN_SOURCE_DIR "/tests/engine/serve/template.yaml"),
                    u"--no-build"_s, u"--lambda-port"_s, u"0"_s, u"--credentials"_s, u"nosuch"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--credentials: No AWS profile \"nosuch\""), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestServeSigV4)
#include "tst_servesigv4.moc"
