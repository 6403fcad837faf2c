// SPDX-License-Identifier: MIT
// External extensions and the Extensions API (2020-01-01) with Lambda's phase
// rules, in real containers: a sample extension (extensions/sample-extension,
// Python) in a layer's extensions/ folder registers for INVOKE and SHUTDOWN;
// init waits for it, every invocation reaches it and waits for it to ask
// again, SHUTDOWN comes at expiry, and a crashing extension fails the init or
// the invocation as Extension.Crash. The extension reports what it saw over
// real HTTP to a listener of the test.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "engine/core/clock.h"
#include "engine/invocation/invocation.h"
#include "engine/pool/warmpool.h"
#include "engine/sandbox/containerbackend.h"

#include "tests/support/ciskip.h"

using namespace Bullpen;

namespace {

QString describe(const InvocationResult &r)
{
    return QStringLiteral("engineError=%1 errorType=%2 payload=%3 logs:\n%4")
        .arg(r.engineError, r.errorType, QString::fromUtf8(r.payload.left(2000)), r.logs.join(u'\n'));
}

// What the extension POSTs to EXT_REPORT, in arrival order.
class ReportListener : public QTcpServer
{
public:
    QList<QJsonObject> reports;
    // Order of things the test cares about: reports and invocation ends, as they happen.
    QStringList timeline;

    // The extension reaches it as a service of the user's on the host
    // (listening on all addresses), by the name every isolating backend gives.
    QString url() const { return QStringLiteral("http://host.docker.internal:%1/report").arg(serverPort()); }

    QList<QJsonObject> ofKind(const QString &kind) const
    {
        QList<QJsonObject> result;
        for (const QJsonObject &r : reports) {
            if (r[u"kind"].toString() == kind)
                result << r;
        }
        return result;
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        auto *buffer = new QByteArray;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer->left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            const QJsonObject report = QJsonDocument::fromJson(buffer->mid(end + 4, length)).object();
            reports << report;
            timeline << QStringLiteral("report:") + report[u"kind"].toString();
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
    }
};

} // namespace

class TestExtensions : public QObject
{
    Q_OBJECT

    ContainerBackend *m_backend = nullptr;
    SystemClock *m_clock = nullptr;
    WarmPool *m_pool = nullptr;
    ReportListener *m_listener = nullptr;
    QTemporaryDir m_dir;

    // A Python function with one layer that holds the sample extension.
    FunctionConfig function(const QString &mode)
    {
        static int n = 0;
        const QString root = m_dir.filePath(QStringLiteral("f%1").arg(++n));
        QDir().mkpath(root + QStringLiteral("/code"));
        QDir().mkpath(root + QStringLiteral("/layer/extensions"));
        QFile code(root + QStringLiteral("/code/app.py"));
        code.open(QIODevice::WriteOnly);
        // One write per line: print() with several arguments writes its parts one by
        // one, and the extension's line (another process, the same stream) may land
        // between them, in Bullpen as on Lambda.
        code.write("import sys\n"
                   "def handler(event, context):\n"
                   "    sys.stdout.write('handler ran %s\\n' % context.aws_request_id)\n"
                   "    return {'ok': True}\n");
        code.close();
        const QString extension = root + QStringLiteral("/layer/extensions/sample-extension");
        QFile::copy(QStringLiteral(BULLPEN_TEST_DATA_DIR "/extensions/sample-extension"), extension);
        QFile::setPermissions(extension,
                              QFile::permissions(extension) | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther
                                  | QFile::ReadOther | QFile::ReadGroup);
        FunctionConfig f;
        f.logicalId = QStringLiteral("ExtFunction");
        f.functionName = QStringLiteral("ext-function");
        f.handler = QStringLiteral("app.handler");
        f.runtime = QStringLiteral("python3.12");
        f.codeDirectory = root + QStringLiteral("/code");
        f.timeoutSeconds = 10;
        f.environment.insert(QStringLiteral("EXT_REPORT"), m_listener->url());
        f.environment.insert(QStringLiteral("EXT_MODE"), mode);
        LayerConfig layer;
        layer.logicalId = QStringLiteral("ExtensionLayer");
        layer.contentPath = root + QStringLiteral("/layer");
        f.layers << layer.logicalId;
        f.layerVersions << layer;
        return f;
    }

    InvocationResult invoke(const FunctionConfig &f, const QByteArray &payload = "{}")
    {
        Invocation *inv = m_pool->invoke(f, payload);
        connect(inv, &Invocation::finished, this,
                [this](const InvocationResult &) { m_listener->timeline << QStringLiteral("finished"); });
        QSignalSpy spy(inv, &Invocation::finished);
        if (!spy.wait(60000)) {
            InvocationResult timedOut;
            timedOut.outcome = InvocationOutcome::EngineError;
            timedOut.engineError = QStringLiteral("the test gave up waiting");
            return timedOut;
        }
        return spy.first().first().value<InvocationResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_backend = createBackend(qEnvironmentVariable("BULLPEN_TEST_BACKEND", QStringLiteral("oci")), &error, this);
        if (!m_backend)
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("no container backend here: ") + error);
    }

    void init()
    {
        m_listener = new ReportListener;
        QVERIFY(m_listener->listen(QHostAddress::AnyIPv4));
        m_clock = new SystemClock(1.0, this);
        m_pool = new WarmPool(m_backend, m_clock, m_clock, m_dir.filePath(QStringLiteral("cache")), this);
    }

    void cleanup()
    {
        delete m_pool;
        m_pool = nullptr;
        delete m_clock;
        m_clock = nullptr;
        delete m_listener;
        m_listener = nullptr;
    }

    // Registration answers with the function's name, version, handler (and
    // the account when asked); every invocation is an INVOKE event with its
    // request id, deadline and ARN; the extension's lines are the function's.
    void registerAndInvokePerInvocation()
    {
        const FunctionConfig f = function(QString());
        QList<InvocationResult> results;
        for (int i = 0; i < 3; ++i) {
            results << invoke(f);
            QVERIFY2(results.last().succeeded(), qPrintable(describe(results.last())));
        }
        const QList<QJsonObject> registered = m_listener->ofKind(QStringLiteral("registered"));
        QCOMPARE(registered.size(), 1);
        const QJsonObject info = registered.first()[u"data"].toObject();
        QCOMPARE(info[u"functionName"].toString(), QStringLiteral("ext-function"));
        QCOMPARE(info[u"functionVersion"].toString(), QStringLiteral("$LATEST"));
        QCOMPARE(info[u"handler"].toString(), QStringLiteral("app.handler"));
        QCOMPARE(info[u"accountId"].toString(), QStringLiteral("123456789012"));

        const QList<QJsonObject> invokes = m_listener->ofKind(QStringLiteral("invoke"));
        QCOMPARE(invokes.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject event = invokes.at(i)[u"data"].toObject();
            QCOMPARE(event[u"eventType"].toString(), QStringLiteral("INVOKE"));
            QCOMPARE(event[u"requestId"].toString(), QString::fromLatin1(results.at(i).requestId));
            QVERIFY(event[u"deadlineMs"].toInteger() > 0);
            QVERIFY2(event[u"invokedFunctionArn"].toString().endsWith(QStringLiteral(":function:ext-function")),
                     qPrintable(event[u"invokedFunctionArn"].toString()));
            QCOMPARE(event[u"tracing"].toObject()[u"type"].toString(), QStringLiteral("X-Amzn-Trace-Id"));
            // The extension's line is in the invocation's logs, between START and END.
            const QStringList &logs = results.at(i).logs;
            const QString line
                = QStringLiteral("[sample-extension] INVOKE ") + QString::fromLatin1(results.at(i).requestId);
            QVERIFY2(logs.contains(line), qPrintable(describe(results.at(i))));
            qsizetype start = -1, end = -1;
            for (qsizetype n = 0; n < logs.size(); ++n) {
                if (logs.at(n).startsWith(QStringLiteral("START ")))
                    start = n;
                if (logs.at(n).startsWith(QStringLiteral("END ")))
                    end = n;
            }
            QVERIFY2(start >= 0 && start < logs.indexOf(line) && logs.indexOf(line) < end,
                     qPrintable(describe(results.at(i))));
        }
        // The cold start lists the extension after its init, as Lambda does.
        QVERIFY2(results.first().logs.contains(
                     QStringLiteral("EXTENSION\tName: sample-extension\tState: Ready\tEvents: [INVOKE,SHUTDOWN]")),
                 qPrintable(describe(results.first())));
        QCOMPARE(results.at(1).instanceId, results.first().instanceId);
    }

    // Init ends when the runtime AND every extension have asked for work: an
    // extension that takes its time to register still gets the first INVOKE.
    void initWaitsForTheExtension()
    {
        const FunctionConfig f = function(QStringLiteral("slow-init"));
        const InvocationResult r = invoke(f);
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        QVERIFY(r.coldStart);
        const QList<QJsonObject> invokes = m_listener->ofKind(QStringLiteral("invoke"));
        QCOMPARE(invokes.size(), 1);
        QCOMPARE(invokes.first()[u"data"].toObject()[u"requestId"].toString(), QString::fromLatin1(r.requestId));
        QCOMPARE(m_listener->timeline.indexOf(QStringLiteral("report:registered")), 0);
    }

    // An invocation ends when the runtime has answered and every extension has
    // asked for its next event: the result (with its REPORT) comes after the
    // extension's post-processing.
    void invocationWaitsForTheExtension()
    {
        const FunctionConfig f = function(QStringLiteral("slow-invoke"));
        const InvocationResult r = invoke(f);
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        QCOMPARE(m_listener->timeline,
                 (QStringList { QStringLiteral("report:registered"), QStringLiteral("report:invoke"),
                                QStringLiteral("finished") }));
        // The REPORT comes after the extension's part of the invocation.
        qsizetype extensionLine = -1, report = -1;
        for (qsizetype n = 0; n < r.logs.size(); ++n) {
            if (r.logs.at(n).startsWith(QStringLiteral("[sample-extension] INVOKE ")))
                extensionLine = n;
            if (r.logs.at(n).startsWith(QStringLiteral("REPORT ")))
                report = n;
        }
        QVERIFY2(extensionLine >= 0 && report > extensionLine, qPrintable(describe(r)));
    }

    // Expiry is Lambda's shutdown phase: SHUTDOWN (spindown) with a deadline,
    // the extension's last words in the instance's log, then the sandbox goes.
    void shutdownAtExpiry()
    {
        const FunctionConfig f = function(QString());
        m_pool->setKeepAliveMs(300);
        QSignalSpy removed(m_pool, &WarmPool::instanceRemoved);
        const InvocationResult r = invoke(f);
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        QVERIFY(QTest::qWaitFor([&] { return !m_listener->ofKind(QStringLiteral("shutdown")).isEmpty(); }, 20000));
        const QJsonObject event = m_listener->ofKind(QStringLiteral("shutdown")).first()[u"data"].toObject();
        QCOMPARE(event[u"eventType"].toString(), QStringLiteral("SHUTDOWN"));
        QCOMPARE(event[u"shutdownReason"].toString(), QStringLiteral("spindown"));
        QVERIFY(event[u"deadlineMs"].toInteger() > 0);
        QVERIFY(removed.wait(20000) || !removed.isEmpty());
        QCOMPARE(m_pool->instanceCount(), 0);
    }

    // An extension that crashes during init fails it, as Lambda reports it.
    void crashDuringInit()
    {
        const FunctionConfig f = function(QStringLiteral("crash-init"));
        const InvocationResult r = invoke(f);
        QCOMPARE(r.outcome, InvocationOutcome::FunctionError);
        QCOMPARE(r.errorType, QStringLiteral("Extension.Crash"));
        QVERIFY2(r.errorMessage.contains(QStringLiteral("exit status 3")), qPrintable(describe(r)));
        QVERIFY(r.coldStart);
        QVERIFY2(r.logs.contains(QStringLiteral("[sample-extension] crashing during init")), qPrintable(describe(r)));
        QVERIFY2(
            r.logs.contains(QStringLiteral("EXTENSION\tName: sample-extension\tState: Crashed\tError: exit status 3")),
            qPrintable(describe(r)));
        bool initReport = false;
        for (const QString &line : r.logs)
            initReport = initReport
                || (line.startsWith(QStringLiteral("INIT_REPORT "))
                    && line.endsWith(QStringLiteral("Error Type: Extension.Crash")));
        QVERIFY2(initReport, qPrintable(describe(r)));
    }

    // /extension/init/error fails the init as Extension.InitError.
    void initErrorReported()
    {
        const FunctionConfig f = function(QStringLiteral("init-error"));
        const InvocationResult r = invoke(f);
        QCOMPARE(r.outcome, InvocationOutcome::FunctionError);
        QCOMPARE(r.errorType, QStringLiteral("Extension.InitError"));
        QVERIFY2(r.errorMessage.contains(QStringLiteral("Extension.ConfigInvalid")), qPrintable(describe(r)));
    }

    // A crash during an invocation fails it and resets the environment: the
    // next invocation gets a fresh init.
    void crashDuringInvoke()
    {
        const FunctionConfig f = function(QStringLiteral("crash-invoke"));
        const InvocationResult r = invoke(f);
        QCOMPARE(r.errorType, QStringLiteral("Extension.Crash"));
        QVERIFY2(r.errorMessage.contains(QStringLiteral("exit status 2")), qPrintable(describe(r)));
        QVERIFY2(
            r.logs.contains(QStringLiteral("EXTENSION\tName: sample-extension\tState: Crashed\tError: exit status 2")),
            qPrintable(describe(r)));
        const InvocationResult next = invoke(f);
        QCOMPARE(next.errorType, QStringLiteral("Extension.Crash")); // the same extension, crashing again
        QVERIFY(next.coldStart);
        QVERIFY(next.instanceId != r.instanceId);
    }
};

QTEST_GUILESS_MAIN(TestExtensions)
#include "tst_extensions.moc"
