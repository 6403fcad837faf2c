// SPDX-License-Identifier: MIT
// `bullpen serve` as users run it: the real executable, real containers, and
// real clients, Debian's AWS CLI and boto3, pointed at it with
// --endpoint-url / endpoint_url: every invocation type, the tail of the logs,
// a function error, aliases, list-functions and get-function, and the errors
// the clients turn into their own exceptions (404, 413, 429). Then what the
// command itself promises: its address first, a summary per request, a clean
// stop on SIGTERM, a clear error for a port that is taken, a warning for a
// non-loopback address.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/ciskip.h"
#include <csignal>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runtime processes serving this test's functions (the function's name is in their environment).
QStringList runtimeProcesses(const QByteArray &functionName)
{
    const QByteArray needle = QByteArray("\0AWS_LAMBDA_FUNCTION_NAME=", 26) + functionName + '\0';
    QStringList found;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QFile environ(QStringLiteral("/proc/") + pid + QStringLiteral("/environ"));
        if (environ.open(QIODevice::ReadOnly) && QByteArray('\0' + environ.readAll()).contains(needle))
            found.append(pid);
    }
    return found;
}

const char *const Boto3Script = R"PY(
import base64, json, sys
import boto3, botocore.config, botocore.exceptions
client = boto3.client("lambda", endpoint_url=sys.argv[1], region_name="us-east-1",
                      aws_access_key_id="local", aws_secret_access_key="local",
                      config=botocore.config.Config(retries={"max_attempts": 1}))
out = {}
r = client.invoke(FunctionName="ApiEcho", Payload=b'{"from": "boto3"}', LogType="Tail")
out["payload"] = json.loads(r["Payload"].read())
out["status"] = r["StatusCode"]
out["version"] = r["ExecutedVersion"]
out["tail"] = "REPORT RequestId: " in base64.b64decode(r["LogResult"]).decode()
r = client.invoke(FunctionName="arn:aws:lambda:eu-central-1:210987654321:function:ApiEcho", Qualifier="live", Payload=b"[]")
out["aliasVersion"] = r["ExecutedVersion"]
r = client.invoke(FunctionName="ApiFailing", Payload=b'{"x": 1}')
out["functionError"] = r.get("FunctionError")
out["errorType"] = json.loads(r["Payload"].read())["errorType"]
out["event"] = client.invoke(FunctionName="ApiEcho", InvocationType="Event", Payload=b"{}")["StatusCode"]
out["dryRun"] = client.invoke(FunctionName="ApiEcho", InvocationType="DryRun")["StatusCode"]
for name, key in (("Nope", "notFound"), ("ApiThrottled", "throttled")):
    try:
        client.invoke(FunctionName=name, Payload=b"{}")
        out[key] = "no error"
    except botocore.exceptions.ClientError as e:
        out[key] = {"code": e.response["Error"]["Code"], "status": e.response["ResponseMetadata"]["HTTPStatusCode"],
                    "reason": e.response.get("Reason")}
try:
    client.invoke(FunctionName="ApiEcho", InvocationType="Event", Payload=b'"' + b"x" * (1024 * 1024) + b'"')
    out["tooLarge"] = "no error"
except botocore.exceptions.ClientError as e:
    out["tooLarge"] = e.response["Error"]["Code"]
out["functions"] = [f["FunctionName"] for f in client.list_functions()["Functions"]]
out["handler"] = client.get_function(FunctionName="ApiLogger")["Configuration"]["Handler"]
print(json.dumps(out))
)PY";

} // namespace

class TestServeCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QProcess m_serve;
    QString m_url;
    QString m_apiUrl; // API Gateway's listener
    QString m_functionUrl; // Named's function URL
    QString m_aws;
    QByteArray m_stdout;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("HOME"), m_home.path());
        // Any credentials do (no signature check by default, as SAM); no retries, so a 429 is seen once.
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("local"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("local"));
        env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
        env.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));
        env.insert(QStringLiteral("AWS_PAGER"), QString());
        return env;
    }

    QStringList serveArguments() const
    {
        return { QStringLiteral("serve"), QStringLiteral("--template"),
                 QStringLiteral(BULLPEN_TEST_DATA_DIR "/template.yaml"), QStringLiteral("--no-build") };
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

    Run aws(QStringList args, const QString &workDir = {}, int waitMs = 120000)
    {
        args = QStringList { QStringLiteral("lambda") } + args
            + QStringList { QStringLiteral("--endpoint-url"), m_url, QStringLiteral("--output"),
                            QStringLiteral("json") };
        return run(m_aws, args, workDir, waitMs);
    }

    // Reads the serve process's standard output as it comes.
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

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_aws = QStandardPaths::findExecutable(QStringLiteral("aws"));
        if (m_aws.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("the AWS CLI (Debian's awscli) is not installed"));
        m_serve.setProcessEnvironment(environment());
        m_serve.start(QStringLiteral(BULLPEN_BINARY),
                      serveArguments()
                          + QStringList { QStringLiteral("--lambda-port"), QStringLiteral("0"),
                                          QStringLiteral("--api-port"), QStringLiteral("0"),
                                          // Not the defaults: the ARNs must follow them.
                                          QStringLiteral("--region"), QStringLiteral("eu-central-1"),
                                          QStringLiteral("--account-id"), QStringLiteral("210987654321") });
        QVERIFY(m_serve.waitForStarted());
        // The address comes first, alone on its line.
        QVERIFY2(waitForOutput("\n", 120000), m_serve.readAllStandardError().constData());
        const QByteArray first = m_stdout.left(m_stdout.indexOf('\n'));
        QVERIFY2(first.startsWith("Lambda Invoke API: http://127.0.0.1:"), first.constData());
        m_url = QString::fromLatin1(first.mid(int(qstrlen("Lambda Invoke API: "))));
        QVERIFY(m_url.section(u':', -1).toInt() > 0);
        // Then API Gateway (the template has an HttpApi route) and the function URL, one line each.
        QVERIFY2(waitForOutput("Function URL Named: "), m_stdout.constData());
        for (const QByteArray &line : m_stdout.split('\n')) {
            if (line.startsWith("API Gateway: "))
                m_apiUrl = QString::fromLatin1(line.mid(int(qstrlen("API Gateway: "))));
            else if (line.startsWith("Function URL Named: "))
                m_functionUrl = QString::fromLatin1(line.mid(int(qstrlen("Function URL Named: "))));
        }
        QVERIFY2(!m_apiUrl.isEmpty() && !m_functionUrl.isEmpty(), m_stdout.constData());
        // The first use of the runtime may build its image (minutes, once per machine): not in any test's time.
        QTemporaryDir dir;
        const Run warm = aws({ QStringLiteral("invoke"), QStringLiteral("--function-name"), QStringLiteral("ApiEcho"),
                               QStringLiteral("--cli-read-timeout"), QStringLiteral("0"), QStringLiteral("out.json") },
                             dir.path(), 600000);
        QVERIFY2(warm.exitCode == 0, warm.err.constData());
    }

    void cleanupTestCase()
    {
        if (m_serve.state() == QProcess::Running) {
            m_serve.kill();
            m_serve.waitForFinished();
        }
    }

    void awsInvokeRequestResponse()
    {
        QTemporaryDir dir;
        const Run r
            = aws({ QStringLiteral("invoke"), QStringLiteral("--function-name"), QStringLiteral("ApiEcho"),
                    QStringLiteral("--cli-binary-format"), QStringLiteral("raw-in-base64-out"),
                    QStringLiteral("--payload"), QStringLiteral("{\"from\": \"aws\"}"), QStringLiteral("out.json") },
                  dir.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("StatusCode")].toInt(), 200);
        QCOMPARE(o[QStringLiteral("ExecutedVersion")].toString(), QStringLiteral("$LATEST"));
        QFile out(dir.filePath(QStringLiteral("out.json")));
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), "{\"from\": \"aws\"}");
        // Its logs and its summary line on serve's standard output.
        QVERIFY(waitForOutput("Invoke ApiEcho (RequestResponse, $LATEST) -> 200"));
        QVERIFY(m_stdout.contains("REPORT RequestId: "));
    }

    void awsInvokeTypes_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("status");
        QTest::newRow("Event") << QStringList { QStringLiteral("--invocation-type"), QStringLiteral("Event") } << 202;
        QTest::newRow("DryRun") << QStringList { QStringLiteral("--invocation-type"), QStringLiteral("DryRun") } << 204;
    }

    void awsInvokeTypes()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, status);
        QTemporaryDir dir;
        const Run r
            = aws(QStringList { QStringLiteral("invoke"), QStringLiteral("--function-name"), QStringLiteral("ApiEcho") }
                      + extra + QStringList { QStringLiteral("out.json") },
                  dir.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("StatusCode")].toInt(), status);
    }

    void awsTailAliasAndFunctionError()
    {
        QTemporaryDir dir;
        Run r = aws({ QStringLiteral("invoke"), QStringLiteral("--function-name"), QStringLiteral("ApiLogger"),
                      QStringLiteral("--log-type"), QStringLiteral("Tail"), QStringLiteral("out.json") },
                    dir.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray log = QByteArray::fromBase64(
            QJsonDocument::fromJson(r.out).object()[QStringLiteral("LogResult")].toString().toLatin1());
        QVERIFY2(log.contains("hello from the handler") && log.contains("REPORT RequestId: "), log.constData());

        r = aws({ QStringLiteral("invoke"), QStringLiteral("--function-name"), QStringLiteral("ApiEcho"),
                  QStringLiteral("--qualifier"), QStringLiteral("live"), QStringLiteral("out.json") },
                dir.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("ExecutedVersion")].toString(),
                 QStringLiteral("1"));
        // Version 1 itself (the one the alias runs); no other version exists.
        r = aws({ QStringLiteral("invoke"), QStringLiteral("--function-name"), QStringLiteral("ApiEcho"),
                  QStringLiteral("--qualifier"), QStringLiteral("1"), QStringLiteral("out.json") },
                dir.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("ExecutedVersion")].toString(),
                 QStringLiteral("1"));
        r = aws({ QStringLiteral("invoke"), QStringLiteral("--function-name"), QStringLiteral("ApiEcho:2"),
                  QStringLiteral("out.json") },
                dir.path());
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("ResourceNotFoundException"), r.err.constData());

        r = aws({ QStringLiteral("invoke"), QStringLiteral("--function-name"), QStringLiteral("ApiFailing"),
                  QStringLiteral("out.json") },
                dir.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("FunctionError")].toString(),
                 QStringLiteral("Unhandled"));
        QFile out(dir.filePath(QStringLiteral("out.json")));
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(out.readAll()).object()[QStringLiteral("errorType")].toString(),
                 QStringLiteral("ValueError"));
    }

    // serve starts API Gateway for the template's HttpApi route: curl gets the
    // function's answer (the echo of the 2.0 event it was given) mapped as API
    // Gateway maps a bare object, and an unmatched path gets HTTP APIs' 404.
    void apiGatewayThroughServe()
    {
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        QVERIFY2(!curl.isEmpty(), "curl is in installer/devroot-packages.txt");
        Run r = run(curl,
                    { QStringLiteral("-sS"), QStringLiteral("-w"), QStringLiteral("\n%{http_code}"),
                      m_apiUrl + QStringLiteral("/echo/42?x=1") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.mid(r.out.lastIndexOf('\n') + 1), "200");
        const QJsonObject event = QJsonDocument::fromJson(r.out.left(r.out.lastIndexOf('\n'))).object();
        QCOMPARE(event[QStringLiteral("version")].toString(), QStringLiteral("2.0"));
        QCOMPARE(event[QStringLiteral("routeKey")].toString(), QStringLiteral("GET /echo/{id}"));
        QCOMPARE(event[QStringLiteral("pathParameters")][QStringLiteral("id")].toString(), QStringLiteral("42"));
        QCOMPARE(event[QStringLiteral("rawQueryString")].toString(), QStringLiteral("x=1"));
        QCOMPARE(event[QStringLiteral("requestContext")][QStringLiteral("accountId")].toString(),
                 QStringLiteral("210987654321"));

        r = run(curl,
                { QStringLiteral("-sS"), QStringLiteral("-w"), QStringLiteral("\n%{http_code}"),
                  m_apiUrl + QStringLiteral("/nowhere") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, "{\"message\":\"Not Found\"}\n404");
        QVERIFY(waitForOutput("api GET /echo/42 -> Named 200"));
    }

    // The function URL, on its own port: the 2.0 event of a function URL.
    void functionUrlThroughServe()
    {
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        QVERIFY(!curl.isEmpty());
        const Run r = run(curl, { QStringLiteral("-sS"), m_functionUrl + QStringLiteral("path?q=2") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject event = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(event[QStringLiteral("rawPath")].toString(), QStringLiteral("/path"));
        QCOMPARE(event[QStringLiteral("rawQueryString")].toString(), QStringLiteral("q=2"));
        // Named by serve's --region and --account-id, as the ARNs are.
        QVERIFY(event[QStringLiteral("requestContext")][QStringLiteral("domainName")].toString().endsWith(
            QStringLiteral(".lambda-url.eu-central-1.on.aws")));
        QCOMPARE(event[QStringLiteral("requestContext")][QStringLiteral("accountId")].toString(),
                 QStringLiteral("210987654321"));
    }

    // An Event invocation is kept in the project's queue on disk (the data
    // folder, under this test's HOME) and then delivered: its logs reach serve's output.
    void eventThroughTheQueue()
    {
        QTemporaryDir dir;
        m_stdout += m_serve.readAllStandardOutput();
        const qsizetype logged = m_stdout.count("hello from the handler");
        const Run r = aws({ QStringLiteral("invoke"), QStringLiteral("--function-name"), QStringLiteral("ApiLogger"),
                            QStringLiteral("--invocation-type"), QStringLiteral("Event"), QStringLiteral("out.json") },
                          dir.path());
        const qsizetype before = logged;
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("StatusCode")].toInt(), 202);
        QDeadlineTimer deadline(60000);
        while (m_stdout.count("hello from the handler") == before && !deadline.hasExpired()
               && m_serve.state() == QProcess::Running) {
            m_serve.waitForReadyRead(200);
            m_stdout += m_serve.readAllStandardOutput();
        }
        QVERIFY2(m_stdout.count("hello from the handler") > before, m_stdout.right(2000).constData());
        const QDir queues(m_home.filePath(QStringLiteral(".local/share/Bullpen/Bullpen/async")));
        QVERIFY2(queues.exists() && !queues.entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty(),
                 qPrintable(queues.path()));

        // An event sent to the alias runs the version the alias points at, as on Lambda.
        const QByteArray published = " Version: 1\n";
        const qsizetype publishedBefore = m_stdout.count(published);
        const Run viaAlias
            = aws({ QStringLiteral("invoke"), QStringLiteral("--function-name"), QStringLiteral("ApiEcho"),
                    QStringLiteral("--qualifier"), QStringLiteral("live"), QStringLiteral("--invocation-type"),
                    QStringLiteral("Event"), QStringLiteral("out.json") },
                  dir.path());
        QVERIFY2(viaAlias.exitCode == 0, viaAlias.err.constData());
        deadline.setRemainingTime(60000);
        while (m_stdout.count(published) == publishedBefore && !deadline.hasExpired()
               && m_serve.state() == QProcess::Running) {
            m_serve.waitForReadyRead(200);
            m_stdout += m_serve.readAllStandardOutput();
        }
        QVERIFY2(m_stdout.count(published) > publishedBefore, m_stdout.right(2000).constData());
    }

    void awsListAndGetFunctions()
    {
        Run r = aws({ QStringLiteral("list-functions") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QStringList names;
        for (const auto &f : QJsonDocument::fromJson(r.out).object()[QStringLiteral("Functions")].toArray())
            names.append(f[QStringLiteral("FunctionName")].toString());
        QCOMPARE(names.size(), 9);
        QVERIFY(names.contains(QStringLiteral("bullpen-named-echo")));

        r = aws({ QStringLiteral("get-function"), QStringLiteral("--function-name"),
                  QStringLiteral("210987654321:function:ApiSleeper") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject c = QJsonDocument::fromJson(r.out).object()[QStringLiteral("Configuration")].toObject();
        QCOMPARE(c[QStringLiteral("FunctionName")].toString(), QStringLiteral("ApiSleeper"));
        QCOMPARE(c[QStringLiteral("FunctionArn")].toString(),
                 QStringLiteral("arn:aws:lambda:eu-central-1:210987654321:function:ApiSleeper"));
        QCOMPARE(c[QStringLiteral("Runtime")].toString(), QStringLiteral("python3.12"));
        QCOMPARE(c[QStringLiteral("Environment")][QStringLiteral("Variables")][QStringLiteral("GREETING")].toString(),
                 QStringLiteral("hello"));
    }

    // The AWS CLI's --client-context (base64 JSON) reaches the handler
    // (Python's context.client_context, Node.js's context.clientContext),
    // and the ARN it was invoked by names serve's --region and --account-id,
    // as AWS_REGION does.
    void awsClientContextAndArns_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("qualifier");
        QTest::newRow("python") << QStringLiteral("ApiContext") << QString();
        QTest::newRow("nodejs") << QStringLiteral("ApiNodeContext") << QString();
        // Invoked through its alias, the ARN the handler sees ends with it, as on Lambda.
        QTest::newRow("python alias") << QStringLiteral("ApiContext") << QStringLiteral("live");
        // Version 1, which the alias runs: its own ARN.
        QTest::newRow("python version 1") << QStringLiteral("ApiContext") << QStringLiteral("1");
    }

    void awsClientContextAndArns()
    {
        QFETCH(QString, function);
        QFETCH(QString, qualifier);
        QTemporaryDir dir;
        const QJsonObject context { { QStringLiteral("custom"), QJsonObject { { QStringLiteral("tenant"), 7 } } },
                                    { QStringLiteral("env"),
                                      QJsonObject { { QStringLiteral("locale"), QStringLiteral("fr") } } } };
        QStringList args { QStringLiteral("invoke"),
                           QStringLiteral("--function-name"),
                           function,
                           QStringLiteral("--client-context"),
                           QString::fromLatin1(QJsonDocument(context).toJson(QJsonDocument::Compact).toBase64()),
                           QStringLiteral("out.json") };
        if (!qualifier.isEmpty())
            args << QStringLiteral("--qualifier") << qualifier;
        const Run r = aws(args, dir.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile out(dir.filePath(QStringLiteral("out.json")));
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QJsonObject seen = QJsonDocument::fromJson(out.readAll()).object();
        const QString arn = QStringLiteral("arn:aws:lambda:eu-central-1:210987654321:function:") + function
            + (qualifier.isEmpty() ? QString() : u':' + qualifier);
        QCOMPARE(seen[QStringLiteral("region")].toString(), QStringLiteral("eu-central-1"));
        if (function == QStringLiteral("ApiContext")) {
            QCOMPARE(seen[QStringLiteral("invoked_function_arn")].toString(), arn);
            QCOMPARE(seen[QStringLiteral("client_context")][QStringLiteral("custom")].toObject(),
                     context[QStringLiteral("custom")].toObject());
            QCOMPARE(seen[QStringLiteral("client_context")][QStringLiteral("env")].toObject(),
                     context[QStringLiteral("env")].toObject());
        } else {
            QCOMPARE(seen[QStringLiteral("invokedFunctionArn")].toString(), arn);
            QCOMPARE(seen[QStringLiteral("clientContext")].toObject(), context);
        }
    }

    void awsErrors_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QByteArray>("payload"); // written to a file, sent with fileb://
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("404") << QStringLiteral("Nope") << QByteArray("{}") << QByteArray("ResourceNotFoundException")
                             << QByteArray(
                                    "Function not found: arn:aws:lambda:eu-central-1:210987654321:function:Nope");
        QTest::newRow("413") << QStringLiteral("ApiEcho") << QByteArray(6 * 1024 * 1024 + 1, ' ')
                             << QByteArray("RequestTooLargeException")
                             << QByteArray(
                                    "Request must be smaller than 6291456 bytes for the InvokeFunction operation");
        QTest::newRow("429") << QStringLiteral("ApiThrottled") << QByteArray("{}")
                             << QByteArray("TooManyRequestsException") << QByteArray("Rate Exceeded.");
        QTest::newRow("400") << QStringLiteral("ApiEcho") << QByteArray("{nope")
                             << QByteArray("InvalidRequestContentException")
                             << QByteArray("Could not parse request body into json");
    }

    void awsErrors()
    {
        QFETCH(QString, function);
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, code);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        QFile event(dir.filePath(QStringLiteral("event.json")));
        QVERIFY(event.open(QIODevice::WriteOnly));
        event.write(payload);
        event.close();
        const Run r
            = aws({ QStringLiteral("invoke"), QStringLiteral("--function-name"), function, QStringLiteral("--payload"),
                    QStringLiteral("fileb://event.json"), QStringLiteral("out.json") },
                  dir.path());
        QCOMPARE(r.exitCode, 254); // the AWS CLI's code for an error the service returned
        // "An error occurred (CODE) when calling the Invoke operation (...): MESSAGE"
        QVERIFY2(r.err.contains(QByteArray("An error occurred (" + code + ") when calling the Invoke operation")),
                 r.err.constData());
        QVERIFY2(r.err.contains(QByteArray("): " + message)), r.err.constData());
    }

    void boto3()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        const Run probe = run(python, { QStringLiteral("-c"), QStringLiteral("import boto3") });
        if (probe.exitCode != 0)
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("boto3 (Debian's python3-boto3) is not installed"));
        const Run r = run(python, { QStringLiteral("-c"), QString::fromUtf8(Boto3Script), m_url });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("payload")].toObject(),
                 QJsonObject({ { QStringLiteral("from"), QStringLiteral("boto3") } }));
        QCOMPARE(o[QStringLiteral("status")].toInt(), 200);
        QCOMPARE(o[QStringLiteral("version")].toString(), QStringLiteral("$LATEST"));
        QCOMPARE(o[QStringLiteral("tail")].toBool(), true);
        QCOMPARE(o[QStringLiteral("aliasVersion")].toString(), QStringLiteral("1"));
        QCOMPARE(o[QStringLiteral("functionError")].toString(), QStringLiteral("Unhandled"));
        QCOMPARE(o[QStringLiteral("errorType")].toString(), QStringLiteral("ValueError"));
        QCOMPARE(o[QStringLiteral("event")].toInt(), 202);
        QCOMPARE(o[QStringLiteral("dryRun")].toInt(), 204);
        QCOMPARE(o[QStringLiteral("notFound")][QStringLiteral("code")].toString(),
                 QStringLiteral("ResourceNotFoundException"));
        QCOMPARE(o[QStringLiteral("notFound")][QStringLiteral("status")].toInt(), 404);
        QCOMPARE(o[QStringLiteral("throttled")][QStringLiteral("code")].toString(),
                 QStringLiteral("TooManyRequestsException"));
        QCOMPARE(o[QStringLiteral("throttled")][QStringLiteral("status")].toInt(), 429);
        QCOMPARE(o[QStringLiteral("throttled")][QStringLiteral("reason")].toString(),
                 QStringLiteral("ReservedFunctionConcurrentInvocationLimitExceeded"));
        QCOMPARE(o[QStringLiteral("tooLarge")].toString(), QStringLiteral("RequestTooLargeException"));
        QCOMPARE(o[QStringLiteral("functions")].toArray().size(), 9);
        QCOMPARE(o[QStringLiteral("handler")].toString(), QStringLiteral("app.log"));
    }

    void portTakenIsNamed()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        const QString port = QString::number(taken.serverPort());
        const Run r = run(QStringLiteral(BULLPEN_BINARY),
                          serveArguments() + QStringList { QStringLiteral("--lambda-port"), port });
        QCOMPARE(r.exitCode, 2);
        const QByteArray expected = "cannot listen on 127.0.0.1 port " + port.toLatin1() + " for the Lambda Invoke API";
        QVERIFY2(r.err.contains(expected), r.err.constData());
        QVERIFY(r.err.contains("--lambda-port"));
        QVERIFY(r.out.isEmpty());
    }

    void badRegionOrAccountIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("account") << QStringList { QStringLiteral("--account-id"), QStringLiteral("12345") }
                                 << QByteArray("--account-id takes 12 digits (an AWS account id); got '12345'");
        QTest::newRow("region") << QStringList { QStringLiteral("--region"), QStringLiteral("Frankfurt") }
                                << QByteArray("--region takes an AWS Region name such as us-east-1");
    }

    void badRegionOrAccountIsAUsageError()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = run(QStringLiteral(BULLPEN_BINARY), serveArguments() + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void nonLoopbackHostIsWarnedAbout()
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(BULLPEN_BINARY),
                serveArguments()
                    + QStringList { QStringLiteral("--host"), QStringLiteral("0.0.0.0"),
                                    QStringLiteral("--lambda-port"), QStringLiteral("0") });
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("Ctrl+C stops"), 60000);
        QVERIFY2(err.contains("warning: 0.0.0.0 is not a loopback address"), err.constData());
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
    }

    // Last: SIGTERM stops serve cleanly, with no instance left behind.
    void sigtermStopsCleanly()
    {
        QVERIFY(!runtimeProcesses("ApiEcho").isEmpty()); // warm from the calls above
        ::kill(pid_t(m_serve.processId()), SIGTERM);
        QVERIFY(m_serve.waitForFinished(30000));
        QCOMPARE(m_serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_serve.exitCode(), 0);
        QVERIFY(m_serve.readAllStandardError().contains("stopping (signal 15)"));
        QTRY_VERIFY_WITH_TIMEOUT(runtimeProcesses("ApiEcho").isEmpty() && runtimeProcesses("ApiLogger").isEmpty(),
                                 5000);
    }
};

QTEST_GUILESS_MAIN(TestServeCli)
#include "tst_servecli.moc"
