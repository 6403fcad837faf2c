// SPDX-License-Identifier: MIT
// The emulator as a reference: each scenario runs through AWS's Runtime
// Interface Emulator (a plain process with the aws-lambda-go function as its
// bootstrap, on loopback ports of its own) and through Bullpen's engine (real
// containers) with the same function, and what a caller observes is compared:
// the status, the error type and message (request ids masked), whether the
// next call succeeds and whether it met the same runtime or a fresh init.
// Where they differ, the difference must be one docs/fidelity.md explains
// (kKnownDifferences below); the test prints the table that file carries.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "engine/core/clock.h"
#include "engine/core/volatiletext.h"
#include "engine/invocation/invocation.h"
#include "engine/pool/warmpool.h"
#include "engine/sandbox/containerbackend.h"

#include "fidelitysupport.h"

using namespace Bullpen;

namespace {

struct Scenario
{
    const char *name;
    QByteArray event;
    QMap<QString, QString> environment; // FIDELITY_INIT...
    int timeoutSeconds = 3;
};

QList<Scenario> scenarios()
{
    return {
        { "success", R"({"action":"echo","data":{"n":1}})", {} },
        { "function error", R"({"action":"error","message":"m"})", {} },
        { "panic (error, then exit)", R"({"action":"panic","message":"p"})", {} },
        { "exit during an invocation", R"({"action":"exit"})", {} },
        { "exit between invocations", R"({"action":"exitAfter","sleepMs":100})", {} },
        { "timeout", R"({"action":"sleep","sleepMs":5000})", {}, 1 },
        { "oversized response", R"({"action":"big","size":7000000})", {} },
        { "init error (/init/error)",
          R"({"action":"echo"})",
          { { QStringLiteral("FIDELITY_INIT"), QStringLiteral("report") } } },
        { "init exit", R"({"action":"echo"})", { { QStringLiteral("FIDELITY_INIT"), QStringLiteral("exit") } } },
        { "slow init",
          R"({"action":"echo"})",
          { { QStringLiteral("FIDELITY_INIT_SLEEP_MS"), QStringLiteral("300") } } },
    };
}

// What a caller sees of one call, and of the call after it.
struct Observed
{
    QString status; // "200", "200 Unhandled" (X-Amz-Function-Error), "502", ...
    QString errorType; // "" on success; "(text)" for a plain-text body; "(empty)"
    QString message; // request ids masked as <id>
    QString next; // "ok, same runtime", "ok, fresh init", or "fails"
    QString nextDetail; // how the next call failed (for the table, not compared)
};

// Fields in which the emulator is known to differ from Bullpen, which follows
// Lambda (decisions §4 "16 fidelity"); each is explained in docs/fidelity.md.
const QHash<QString, QStringList> kKnownDifferences {
    // RIE answers errors it sees as fatal with 502 and never sets
    // X-Amz-Function-Error; Lambda answers 200 with X-Amz-Function-Error.
    { QStringLiteral("function error"), { QStringLiteral("status") } },
    { QStringLiteral("panic (error, then exit)"), { QStringLiteral("status") } },
    { QStringLiteral("exit during an invocation"), { QStringLiteral("status") } },
    { QStringLiteral("oversized response"), { QStringLiteral("status") } },
    { QStringLiteral("init error (/init/error)"), { QStringLiteral("status") } },
    // RIE: 502 with an empty body; Lambda: Runtime.ExitError with the exit status.
    { QStringLiteral("init exit"),
      { QStringLiteral("status"), QStringLiteral("errorType"), QStringLiteral("message") } },
    // The runtime exits while idle: RIE fails the next call, Bullpen (no
    // freezing between invocations) serves it with a fresh init.
    { QStringLiteral("exit between invocations"), { QStringLiteral("next") } },
    // RIE: 200 and a plain-text "Task timed out after 1.00 seconds"; Lambda:
    // Sandbox.Timedout with "RequestId: <id> Error: Task timed out after 1.00 seconds".
    { QStringLiteral("timeout"), { QStringLiteral("status"), QStringLiteral("errorType"), QStringLiteral("message") } },
};

// Request ids masked as `bullpen compare` masks them.
QString maskIds(const QString &text)
{
    return VolatileText::mask(text, VolatileText::RequestId);
}

void readBody(const QByteArray &body, Observed *o)
{
    if (body.isEmpty()) {
        o->errorType = QStringLiteral("(empty)");
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        o->errorType = QStringLiteral("(text)");
        o->message = maskIds(QString::fromUtf8(body.trimmed()));
        return;
    }
    o->errorType = doc.object().value(u"errorType").toString();
    o->message = maskIds(doc.object().value(u"errorMessage").toString());
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace

class TestConformance : public QObject
{
    Q_OBJECT

    ContainerBackend *m_backend = nullptr;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_http;
    QHash<QString, QPair<Observed, Observed>> m_table; // scenario → (emulator, Bullpen)

    // POSTs an event to the emulator; the status line and body come back.
    QPair<int, QByteArray> post(quint16 port, const QByteArray &event, QString *functionError)
    {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/2015-03-31/functions/function/invocations").arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(60000);
        QNetworkReply *reply = m_http.post(request, event);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(60000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        *functionError = QString::fromLatin1(reply->rawHeader("X-Amz-Function-Error"));
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return { status, body };
    }

    Observed throughEmulator(const Scenario &s)
    {
        const quint16 apiPort = freePort();
        const quint16 rapidPort = freePort();
        QProcess rie;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AWS_LAMBDA_FUNCTION_TIMEOUT"), QString::number(s.timeoutSeconds));
        env.insert(QStringLiteral("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"), QStringLiteral("256"));
        env.insert(QStringLiteral("AWS_LAMBDA_FUNCTION_NAME"), QStringLiteral("GoFunction"));
        for (auto it = s.environment.cbegin(); it != s.environment.cend(); ++it)
            env.insert(it.key(), it.value());
        rie.setProcessEnvironment(env);
        rie.setProcessChannelMode(QProcess::MergedChannels);
        rie.setWorkingDirectory(m_dir.path());
        rie.start(FidelitySupport::goTools() + QStringLiteral("/aws-lambda-rie"),
                  { QStringLiteral("--runtime-interface-emulator-address"), QStringLiteral("127.0.0.1:%1").arg(apiPort),
                    QStringLiteral("--runtime-api-address"), QStringLiteral("127.0.0.1:%1").arg(rapidPort),
                    FidelitySupport::goTools() + QStringLiteral("/fidelity-fn/bootstrap") });
        Observed o;
        if (!rie.waitForStarted()) {
            o.status = QStringLiteral("emulator did not start: ") + rie.errorString();
            return o;
        }
        const bool listening = QTest::qWaitFor(
            [&] {
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, apiPort);
                return probe.waitForConnected(100);
            },
            20000);
        if (!listening) {
            o.status = QStringLiteral("emulator never listened");
            return o;
        }
        QString functionError;
        // A first call warms the runtime, so "exit between invocations" and
        // the errors happen on a warm runtime, as in the engine's run.
        const bool needsWarmup = s.environment.isEmpty();
        qint64 warmPid = -1;
        if (needsWarmup) {
            const auto [status, body] = post(apiPort, R"({"action":"echo"})", &functionError);
            warmPid = qint64(QJsonDocument::fromJson(body).object().value(u"pid").toDouble(-1));
        }
        const auto [status, body] = post(apiPort, s.event, &functionError);
        if (s.event.contains("exitAfter")) {
            // The next call comes once the runtime is gone (it is a plain
            // process here, beside the test).
            const QString proc = QStringLiteral("/proc/%1").arg(warmPid);
            if (!QTest::qWaitFor([&] { return !QFile::exists(proc); }, 20000))
                qWarning("the emulator's runtime did not exit");
        }
        o.status = QString::number(status) + (functionError.isEmpty() ? QString() : u' ' + functionError);
        if (status == 200 && QJsonDocument::fromJson(body).object().contains(u"action"))
            o.errorType.clear();
        else
            readBody(body, &o);
        const auto [nextStatus, nextBody] = post(apiPort, R"({"action":"echo"})", &functionError);
        const QJsonObject next = QJsonDocument::fromJson(nextBody).object();
        if (nextStatus == 200 && next.contains(u"invocations")) {
            // The runtime counts its invocations: 1 is a fresh init.
            o.next = next.value(u"invocations").toInt() > 1 ? QStringLiteral("ok, same runtime")
                                                            : QStringLiteral("ok, fresh init");
        } else {
            o.next = QStringLiteral("fails");
            Observed failure;
            readBody(nextBody, &failure);
            o.nextDetail = QStringLiteral("%1 %2 %3").arg(nextStatus).arg(failure.errorType, failure.message.left(80));
        }
        rie.kill();
        rie.waitForFinished();
        return o;
    }

    Observed throughBullpen(const Scenario &s)
    {
        SystemClock clock;
        WarmPool pool(m_backend, &clock, &clock, m_dir.filePath(QStringLiteral("cache")));
        static int n = 0;
        FunctionConfig f = FidelitySupport::goFunction(m_dir.filePath(QStringLiteral("code%1").arg(++n)));
        f.timeoutSeconds = s.timeoutSeconds;
        f.environment = s.environment;
        auto call = [&](const QByteArray &event) {
            Invocation *inv = pool.invoke(f, event);
            QSignalSpy spy(inv, &Invocation::finished);
            if (!spy.wait(60000)) {
                InvocationResult r;
                r.engineError = QStringLiteral("no result");
                return r;
            }
            return spy.first().first().value<InvocationResult>();
        };
        if (s.environment.isEmpty()) // warm first, as through the emulator
            call(R"({"action":"echo"})");
        const InvocationResult r = call(s.event);
        if (s.event.contains("exitAfter")) // the next call comes once the runtime is gone
            if (!QTest::qWaitFor([&] { return pool.instanceCount() == 0; }, 20000))
                qWarning("the runtime did not exit");
        Observed o;
        if (!r.engineError.isEmpty()) {
            o.status = QStringLiteral("engine error: ") + r.engineError;
        } else {
            // What Lambda's Invoke API answers for this result (reference §3.2).
            o.status = r.functionError.isEmpty() ? QStringLiteral("200") : QStringLiteral("200 ") + r.functionError;
            if (!r.functionError.isEmpty())
                readBody(r.payload, &o);
        }
        const InvocationResult next = call(R"({"action":"echo"})");
        const QJsonObject p = QJsonDocument::fromJson(next.payload).object();
        if (next.succeeded() && p.contains(u"invocations")) {
            o.next = p.value(u"invocations").toInt() > 1 ? QStringLiteral("ok, same runtime")
                                                         : QStringLiteral("ok, fresh init");
        } else {
            o.next = QStringLiteral("fails");
            o.nextDetail = next.errorType.isEmpty() ? next.engineError : next.errorType;
        }
        pool.shutdown();
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        FIDELITY_REQUIRE_GO_TOOLS();
        QString error;
        m_backend = createBackend(qEnvironmentVariable("BULLPEN_TEST_BACKEND", QStringLiteral("oci")), &error, this);
        if (!m_backend)
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("no container backend here: ") + error);
        QVERIFY(m_dir.isValid());
    }

    void compare_data()
    {
        QTest::addColumn<int>("index");
        const QList<Scenario> all = scenarios();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all.at(i).name) << i;
    }

    void compare()
    {
        QFETCH(int, index);
        const Scenario s = scenarios().at(index);
        const QString name = QString::fromLatin1(s.name);
        const Observed rie = throughEmulator(s);
        const Observed bullpen = throughBullpen(s);
        m_table.insert(name, { rie, bullpen });
        QStringList differing;
        if (rie.status != bullpen.status)
            differing << QStringLiteral("status");
        if (rie.errorType != bullpen.errorType)
            differing << QStringLiteral("errorType");
        if (rie.message != bullpen.message)
            differing << QStringLiteral("message");
        if (rie.next != bullpen.next)
            differing << QStringLiteral("next");
        const QString detail = QStringLiteral("emulator: %1 | %2 | %3 | %4\nBullpen:  %5 | %6 | %7 | %8")
                                   .arg(rie.status, rie.errorType, rie.message, rie.next, bullpen.status,
                                        bullpen.errorType, bullpen.message, bullpen.next);
        QVERIFY2(differing == kKnownDifferences.value(name),
                 qPrintable(QStringLiteral("differs in [%1], documented: [%2]\n%3")
                                .arg(differing.join(u','), kKnownDifferences.value(name).join(u','), detail)));
    }

    void cleanupTestCase()
    {
        // The table docs/fidelity.md carries.
        QString table = QStringLiteral("| scenario | emulator | Bullpen |\n| --- | --- | --- |\n");
        auto cell = [](const Observed &o) -> QString {
            QString text = o.status;
            if (!o.errorType.isEmpty())
                text += QStringLiteral(", `%1`").arg(o.errorType);
            if (!o.message.isEmpty())
                text += QStringLiteral(" \"%1\"").arg(o.message.left(90));
            text += QStringLiteral("; next call: ") + o.next;
            if (!o.nextDetail.isEmpty())
                text += QStringLiteral(" (%1)").arg(o.nextDetail.trimmed());
            return text;
        };
        for (const Scenario &s : scenarios()) {
            const QString name = QString::fromLatin1(s.name);
            if (m_table.contains(name))
                table += QStringLiteral("| %1 | %2 | %3 |\n")
                             .arg(name, cell(m_table[name].first), cell(m_table[name].second));
        }
        qInfo().noquote() << table;
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
