// SPDX-License-Identifier: MIT
// `bullpen invoke` as users run it: the real executable against a SAM
// template, real containers, its output, exit codes and error messages, and
// what it leaves behind when it is stopped or killed.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/ciskip.h"
#include <csignal>
#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString functionsDir()
{
    return QStringLiteral(BULLPEN_FUNCTIONS_DIR);
}

// Runtime processes of this test's functions (other engines may run on the
// machine at the same time): the bootstrap, with the function's name in its
// environment.
QStringList runtimeProcesses(const QByteArray &marker, const QByteArray &functionName = "Sleeper")
{
    const QByteArray needle = QByteArray("\0AWS_LAMBDA_FUNCTION_NAME=", 26) + functionName + '\0';
    QStringList found;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QFile cmdline(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
        if (!cmdline.open(QIODevice::ReadOnly) || !cmdline.readAll().contains(marker))
            continue;
        QFile environ(QStringLiteral("/proc/") + pid + QStringLiteral("/environ"));
        if (environ.open(QIODevice::ReadOnly) && QByteArray('\0' + environ.readAll()).contains(needle))
            found.append(pid);
    }
    return found;
}

} // namespace

class TestInvokeCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        return env;
    }

    Run bullpen(const QStringList &args, const QByteArray &input = {}, const QString &workDir = functionsDir())
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setWorkingDirectory(workDir);
        p.start(QStringLiteral(BULLPEN_BINARY), QStringList { QStringLiteral("invoke") } + args);
        if (!input.isNull()) {
            p.write(input);
            p.closeWriteChannel();
        }
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                 p.readAllStandardError() };
    }

    static QList<QJsonObject> jsonLines(const QByteArray &out)
    {
        QList<QJsonObject> list;
        const QList<QByteArray> lines = out.split('\n');
        for (const QByteArray &line : lines) {
            if (!line.trimmed().isEmpty())
                list.append(QJsonDocument::fromJson(line).object());
        }
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QFile::setPermissions(m_home.path(), QFile::Permissions(0x7777));
    }

    void repeatGivesOneJsonLineEachAndTheSecondIsWarm()
    {
        const Run r = bullpen(
            { QStringLiteral("Counter"), QStringLiteral("--repeat"), QStringLiteral("3"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QJsonObject> results = jsonLines(r.out);
        QCOMPARE(results.size(), 3);
        for (const char *key :
             { "requestId", "instanceId", "coldStart", "functionError", "errorType", "payload", "durationMs",
               "billedDurationMs", "initDurationMs", "memorySizeMB", "maxMemoryUsedMB", "logs" })
            QVERIFY2(results.first().contains(QLatin1StringView(key)), key);
        QCOMPARE(results.at(0)[QStringLiteral("coldStart")].toBool(), true);
        QVERIFY(results.at(0)[QStringLiteral("initDurationMs")].toDouble() > 0);
        QCOMPARE(results.at(1)[QStringLiteral("coldStart")].toBool(), false);
        QVERIFY(results.at(1)[QStringLiteral("initDurationMs")].isNull());
        QCOMPARE(results.at(1)[QStringLiteral("instanceId")], results.at(0)[QStringLiteral("instanceId")]);
        QCOMPARE(results.at(2)[QStringLiteral("payload")][QStringLiteral("count")].toInt(), 3);
        QCOMPARE(results.at(0)[QStringLiteral("memorySizeMB")].toInt(), 256); // from Globals
        QVERIFY(results.at(0)[QStringLiteral("functionError")].isNull());
        QCOMPARE(results.at(0)[QStringLiteral("outcome")].toString(), QStringLiteral("succeeded"));
    }

    // --trace writes the pool's event stream: a short real run has the
    // expected event types in order, numbered from 1, ending with the
    // instance's removal when the run stops.
    void traceWritesThePoolEventStream()
    {
        QTemporaryDir dir;
        const QString tracePath = dir.filePath(QStringLiteral("trace.jsonl"));
        const Run r = bullpen({ QStringLiteral("Counter"), QStringLiteral("--repeat"), QStringLiteral("2"),
                                QStringLiteral("--json"), QStringLiteral("--trace"), tracePath });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile trace(tracePath);
        QVERIFY(trace.open(QIODevice::ReadOnly));
        QStringList types;
        qint64 sequence = 0;
        for (const QByteArray &line : trace.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QCOMPARE(o[QStringLiteral("seq")].toInteger(), ++sequence);
            const QString type = o[QStringLiteral("type")].toString();
            if (type != u"memorySample")
                types.append(type);
        }
        // An instance is idle again only when its runtime asks for the next
        // event, which may come before or after the next invocation is given
        // to it: an idle may follow a result, and nowhere else.
        for (qsizetype i = 0; i < types.size(); ++i) {
            if (types.at(i) == u"instanceIdle") {
                QVERIFY2(i > 0 && types.at(i - 1) == u"invocationFinished", qPrintable(types.join(u' ')));
                types.removeAt(i--);
            }
        }
        const QStringList expected {
            QStringLiteral("instanceStarting"),     QStringLiteral("invocationDispatched"),
            QStringLiteral("instanceSandboxReady"), // the sandbox is made: the runtime's init begins
            QStringLiteral("instanceInitDone"),     QStringLiteral("instanceBusy"),
            QStringLiteral("invocationFinished"),   QStringLiteral("invocationDispatched"),
            QStringLiteral("instanceBusy"),         QStringLiteral("invocationFinished"),
            QStringLiteral("instanceStopped"),
        };
        QCOMPARE(types, expected);
    }

    void plainOutputPutsPayloadOnStdoutAndLogsOnStderr()
    {
        const Run r
            = bullpen({ QStringLiteral("Counter"), QStringLiteral("--event"), QStringLiteral("-") }, "{\"a\": 1}");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("count")].toInt(), 1);
        QVERIFY(r.err.contains("START RequestId: "));
        QVERIFY(r.err.contains("END RequestId: "));
        QVERIFY(r.err.contains("REPORT RequestId: "));
        QVERIFY(r.err.contains("\tBilled Duration: "));
    }

    void functionErrorExitsWithOne()
    {
        const Run r = bullpen({ QStringLiteral("Failing"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = jsonLines(r.out).first();
        QCOMPARE(o[QStringLiteral("functionError")].toString(), QStringLiteral("Unhandled"));
        QCOMPARE(o[QStringLiteral("errorType")].toString(), QStringLiteral("ValueError"));
        QCOMPARE(o[QStringLiteral("outcome")].toString(), QStringLiteral("functionError"));
    }

    void concurrencyScalesOut()
    {
        const QByteArray event = "{\"seconds\": 1}";
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("event.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(event);
        f.close();
        const Run r = bullpen({ QStringLiteral("Sleeper"), QStringLiteral("--event"), f.fileName(),
                                QStringLiteral("--repeat"), QStringLiteral("4"), QStringLiteral("--concurrency"),
                                QStringLiteral("4"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QSet<QString> instances;
        for (const QJsonObject &o : jsonLines(r.out))
            instances.insert(o[QStringLiteral("instanceId")].toString());
        QCOMPARE(instances.size(), 4);
    }

    void projectErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("several functions, none named") << QStringList {} << "name one of: Counter, Sleeper, Failing";
        QTest::newRow("unknown function") << QStringList { QStringLiteral("Nope") } << "has no function 'Nope'";
        QTest::newRow("missing template")
            << QStringList { QStringLiteral("--template"), QStringLiteral("/nonexistent/template.yaml") }
            << "/nonexistent/template.yaml";
        QTest::newRow("bad repeat") << QStringList { QStringLiteral("Counter"), QStringLiteral("--repeat"),
                                                     QStringLiteral("0") }
                                    << "--repeat";
        QTest::newRow("bad backend") << QStringList { QStringLiteral("Counter"), QStringLiteral("--backend"),
                                                      QStringLiteral("vm") }
                                     << "--backend is one of";
    }

    void projectErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = bullpen(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void malformedEventNamesLineAndColumn()
    {
        const Run r = bullpen({ QStringLiteral("Counter"), QStringLiteral("--event"), QStringLiteral("-") },
                              "{\n  \"a\": 1,\n  \"b\": \n}");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not valid JSON: line 4, column 1: unexpected character '}'"), r.err.constData());
        QVERIFY2(r.err.contains("InvalidRequestContentException"), r.err.constData());
    }

    void brokenTemplateNamesTheLine()
    {
        QTemporaryDir dir;
        QFile t(dir.filePath(QStringLiteral("template.yaml")));
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties: [unclosed\n");
        t.close();
        const Run r = bullpen({ QStringLiteral("--template"), t.fileName() });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("template.yaml:"), r.err.constData());
    }

    void sigtermRemovesEveryInstance()
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setWorkingDirectory(functionsDir());
        p.start(QStringLiteral(BULLPEN_BINARY),
                { QStringLiteral("invoke"), QStringLiteral("Sleeper"), QStringLiteral("--event"), QStringLiteral("-"),
                  QStringLiteral("--repeat"), QStringLiteral("2"), QStringLiteral("--concurrency"),
                  QStringLiteral("2") });
        p.write("{\"seconds\": 45, \"marker\": 1}");
        p.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(runtimeProcesses("bootstrap.py").size() >= 2, 30000);
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 128 + SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(runtimeProcesses("bootstrap.py").isEmpty(), 5000);
    }

    void aKilledRunIsCleanedUpByTheNext()
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setWorkingDirectory(functionsDir());
        p.start(
            QStringLiteral(BULLPEN_BINARY),
            { QStringLiteral("invoke"), QStringLiteral("Sleeper"), QStringLiteral("--event"), QStringLiteral("-") });
        p.write("{\"seconds\": 45}");
        p.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(runtimeProcesses("bootstrap.py").size() >= 1, 30000);
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(10000));
        // The next run removes what the killed one left behind, before it starts its own.
        const Run r = bullpen({ QStringLiteral("Counter") });
        QCOMPARE(r.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(runtimeProcesses("bootstrap.py").isEmpty(), 5000);
    }

    void runsAsAnOrdinaryUser()
    {
        if (::geteuid() != 0)
            QSKIP("this test already runs as an ordinary user; every other test covers it");
        if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("setpriv is missing"));
        // Copy what the user needs where any user can read it.
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::Permissions(0x7755));
        const QString code = dir.filePath(QStringLiteral("python"));
        QDir().mkpath(code);
        QFile::copy(functionsDir() + QStringLiteral("/python/app.py"), code + QStringLiteral("/app.py"));
        QFile::setPermissions(code, QFile::Permissions(0x7755));
        QFile::setPermissions(code + QStringLiteral("/app.py"), QFile::Permissions(0x6644));
        QFile t(dir.filePath(QStringLiteral("template.yaml")));
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("Resources:\n  Files:\n    Type: AWS::Serverless::Function\n    Properties:\n      CodeUri: python/\n"
                "      Handler: app.files\n      Runtime: python3.12\n");
        t.close();
        QFile::setPermissions(t.fileName(), QFile::Permissions(0x6644));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(dir.path());
        QDir().mkpath(dir.filePath(QStringLiteral("cache")));
        QVERIFY(QProcess::execute(QStringLiteral("chown"),
                                  { QStringLiteral("65534:65534"), dir.filePath(QStringLiteral("cache")) })
                == 0);
        p.start(QStringLiteral("setpriv"),
                { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                  QStringLiteral(BULLPEN_BINARY), QStringLiteral("invoke"), QStringLiteral("--json"),
                  QStringLiteral("--repeat"), QStringLiteral("2") });
        QVERIFY(p.waitForFinished(120000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0, err.constData());
        const QList<QJsonObject> results = jsonLines(p.readAllStandardOutput());
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0)[QStringLiteral("payload")][QStringLiteral("uid")].toInt(), 993);
        QCOMPARE(results.at(0)[QStringLiteral("payload")][QStringLiteral("taskWritable")].toBool(), false);
        QCOMPARE(results.at(1)[QStringLiteral("coldStart")].toBool(), false);
        // Without a delegated cgroup the memory limit cannot be enforced; it must say so.
        if (!results.at(0)[QStringLiteral("memoryLimitEnforced")].toBool())
            QVERIFY(!results.at(0)[QStringLiteral("limitation")].toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInvokeCli)
#include "tst_invokecli.moc"
