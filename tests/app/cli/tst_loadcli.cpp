// SPDX-License-Identifier: MIT
// `bullpen load` and `bullpen policy` as users run them: the real executable
// against the pool tests' SAM template, real containers, the JSON summary,
// the CSV export, the note a fast pool clock adds, and the errors bad input gets.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestLoadCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    Run bullpen(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(QStringLiteral(BULLPEN_FUNCTIONS_DIR));
        p.start(QStringLiteral(BULLPEN_BINARY), args);
        if (!p.waitForFinished(180000)) {
            p.kill();
            p.waitForFinished();
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                 p.readAllStandardError() };
    }

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_home.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text);
        return path;
    }

    static QJsonObject json(const Run &r)
    {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &e);
        if (e.error != QJsonParseError::NoError)
            qWarning("not JSON (%s): %s\n%s", qPrintable(e.errorString()), r.out.constData(), r.err.constData());
        return doc.object();
    }

private Q_SLOTS:
    void usageErrorsSayWhatIsWrong_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("no source") << QStringList { QStringLiteral("Counter") }
                                   << QStringLiteral("give exactly one of --shape, --trace-csv or --azure");
        QTest::newRow("two sources") << QStringList { QStringLiteral("--shape"), QStringLiteral("constant:1"),
                                                      QStringLiteral("--azure"), QStringLiteral("x.csv") }
                                     << QStringLiteral("give exactly one of");
        QTest::newRow("bad shape") << QStringList { QStringLiteral("Counter"), QStringLiteral("--shape"),
                                                    QStringLiteral("wobble:3") }
                                   << QStringLiteral("the load shape 'wobble:3' is not a shape I know");
        QTest::newRow("unknown function")
            << QStringList { QStringLiteral("Nope"), QStringLiteral("--shape"), QStringLiteral("constant:1") }
            << QStringLiteral("has no function 'Nope'; its functions are: Counter");
        QTest::newRow("several functions, none named")
            << QStringList { QStringLiteral("--shape"), QStringLiteral("constant:1") }
            << QStringLiteral("functions; name the one to load");
        QTest::newRow("bad speed") << QStringList { QStringLiteral("Counter"), QStringLiteral("--shape"),
                                                    QStringLiteral("constant:1"), QStringLiteral("--clock-speed"),
                                                    QStringLiteral("fast") }
                                   << QStringLiteral("--clock-speed takes a number");
        QTest::newRow("map alone") << QStringList { QStringLiteral("--shape"), QStringLiteral("constant:1"),
                                                    QStringLiteral("--azure-map"), QStringLiteral("m.csv") }
                                   << QStringLiteral("--azure-map goes with --azure");
        QTest::newRow("missing trace") << QStringList { QStringLiteral("--trace-csv"),
                                                        QStringLiteral("/nonexistent.csv") }
                                       << QStringLiteral("cannot read /nonexistent.csv");
    }

    void usageErrorsSayWhatIsWrong()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run r = bullpen(QStringList { QStringLiteral("load") } + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
    }

    void traceNamingAnUnknownFunction()
    {
        const QString trace = write(QStringLiteral("unknown.csv"), "0,Counter\n10,Ghost\n");
        const Run r = bullpen({ QStringLiteral("load"), QStringLiteral("--trace-csv"), trace });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("the trace calls 'Ghost', which template.yaml does not have"), r.err.constData());
    }

    // 20 calls over one pool second, real time: the JSON summary and the CSV of calls.
    void aShortLoadInRealTime()
    {
        const QString csv = m_home.filePath(QStringLiteral("calls.csv"));
        const Run r = bullpen({ QStringLiteral("load"), QStringLiteral("Counter"), QStringLiteral("--shape"),
                                QStringLiteral("constant:20"), QStringLiteral("--duration"), QStringLiteral("1"),
                                QStringLiteral("--json"), QStringLiteral("--csv"), csv });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject s = json(r);
        QCOMPARE(s.value(QStringLiteral("plannedArrivals")).toInt(), 20);
        QCOMPARE(s.value(QStringLiteral("requests")).toInt(), 20);
        QCOMPARE(s.value(QStringLiteral("coldStarts")).toInt() + s.value(QStringLiteral("warmStarts")).toInt(), 20);
        QVERIFY(s.value(QStringLiteral("coldStarts")).toInt() >= 1);
        QCOMPARE(s.value(QStringLiteral("errors")).toInt(), 0);
        QCOMPARE(s.value(QStringLiteral("latency")).toObject().value(QStringLiteral("count")).toInt(), 20);
        QVERIFY(s.value(QStringLiteral("coldLatency")).toObject().value(QStringLiteral("p50Ms")).toDouble() > 0);
        QVERIFY(s.value(QStringLiteral("gbSeconds")).toDouble() > 0);
        QVERIFY(s.value(QStringLiteral("costUsd")).toDouble() > 0);
        QVERIFY(s.value(QStringLiteral("peakInstances")).toInt() >= 1);
        QCOMPARE(s.value(QStringLiteral("realTime")).toBool(), true);
        QVERIFY(!s.contains(QStringLiteral("note")));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 21);
        QVERIFY(lines.first().startsWith("scheduled_ms,arrived_ms,function,request_id"));
        QVERIFY(lines.at(1).contains(",Counter,"));
    }

    // On a fast pool clock the summary says it is not a real-time result, in text and JSON.
    void aFastClockSaysItIsNotRealTime()
    {
        const QStringList args { QStringLiteral("load"),          QStringLiteral("Counter"),
                                 QStringLiteral("--shape"),       QStringLiteral("poisson:5"),
                                 QStringLiteral("--duration"),    QStringLiteral("20"),
                                 QStringLiteral("--seed"),        QStringLiteral("3"),
                                 QStringLiteral("--clock-speed"), QStringLiteral("10") };
        const Run text = bullpen(args);
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("Not a real-time result: the pool clock ran 10"), text.out.constData());
        QVERIFY2(text.err.contains("this is not a real-time result"), text.err.constData());
        const Run j = bullpen(args + QStringList { QStringLiteral("--json") });
        QVERIFY2(j.exitCode == 0, j.err.constData());
        const QJsonObject s = json(j);
        QCOMPARE(s.value(QStringLiteral("realTime")).toBool(), false);
        QCOMPARE(s.value(QStringLiteral("clockSpeed")).toDouble(), 10.0);
        QVERIFY(s.value(QStringLiteral("note")).toString().contains(QStringLiteral("Not a real-time result")));
        // The same seed, the same Poisson arrivals.
        QCOMPARE(s.value(QStringLiteral("plannedArrivals")).toInt(),
                 json(bullpen(args + QStringList { QStringLiteral("--json") }))
                     .value(QStringLiteral("plannedArrivals"))
                     .toInt());
    }

    void aTraceReplay()
    {
        const QString trace = write(QStringLiteral("trace.csv"),
                                    "offset_ms,function\n0,Counter\n100,Counter\n100,Counter\n400,Counter\n");
        const Run r
            = bullpen({ QStringLiteral("load"), QStringLiteral("--trace-csv"), trace, QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject s = json(r);
        QCOMPARE(s.value(QStringLiteral("requests")).toInt(), 4);
        QCOMPARE(s.value(QStringLiteral("functions")).toArray(), QJsonArray { QStringLiteral("Counter") });
    }

    // The model: a call every 10 minutes for two hours, 100 ms each.
    void policyOnAPeriodicTrace()
    {
        QByteArray csv = "offset_ms,function\n";
        for (int i = 0; i < 12; ++i)
            csv += QByteArray::number(qint64(i) * 600000) + ",Tick\n";
        const QString trace = write(QStringLiteral("periodic.csv"), csv);
        const Run r
            = bullpen({ QStringLiteral("policy"), QStringLiteral("--trace-csv"), trace, QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QHash<QString, int> cold;
        for (const QJsonValue &v : json(r).value(QStringLiteral("policies")).toArray())
            cold.insert(v[QStringLiteral("policy")].toString(), v[QStringLiteral("coldStarts")].toInt());
        QCOMPARE(cold.value(QStringLiteral("no keep-alive")), 12);
        QCOMPARE(cold.value(QStringLiteral("fixed 5 min")), 12);
        QCOMPARE(cold.value(QStringLiteral("fixed 10 min")), 1);
        QCOMPARE(cold.value(QStringLiteral("fixed 45 min")), 1);
        QCOMPARE(cold.size(), 11);
        QCOMPARE(cold.value(QStringLiteral("fixed 120 min")), 1);
        for (const char *hybrid : { "hybrid 2 h", "hybrid 3 h", "hybrid 4 h" })
            QCOMPARE(cold.value(QString::fromLatin1(hybrid), -1), 1);
        const Run bad = bullpen({ QStringLiteral("policy"), QStringLiteral("--synthetic"), QStringLiteral("none") });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("--synthetic takes a number of functions"));
        const Run badDays = bullpen({ QStringLiteral("policy"), QStringLiteral("--days"), QStringLiteral("0") });
        QCOMPARE(badDays.exitCode, 2);
        QVERIFY2(badDays.err.contains("--days takes a whole number of days from 1 to 28, not '0'"),
                 badDays.err.constData());
        const Run daysOfATrace = bullpen({ QStringLiteral("policy"), QStringLiteral("--trace-csv"), trace,
                                           QStringLiteral("--days"), QStringLiteral("2") });
        QCOMPARE(daysOfATrace.exitCode, 2);
        QVERIFY(daysOfATrace.err.contains("--days applies to the synthetic trace only"));
        // Two days of five applications: twice the trace's length.
        const Run twoDays = bullpen({ QStringLiteral("policy"), QStringLiteral("--synthetic"), QStringLiteral("5"),
                                      QStringLiteral("--days"), QStringLiteral("2"), QStringLiteral("--json") });
        QVERIFY2(twoDays.exitCode == 0, twoDays.err.constData());
        QCOMPARE(json(twoDays).value(QStringLiteral("traceSeconds")).toDouble(), 2 * 86400.0);
        QVERIFY(json(twoDays).value(QStringLiteral("trace")).toString().startsWith(QStringLiteral("synthetic 2 days")));
        // A day of warm-up before the day: the day's calls are measured, as many as without it.
        const Run oneDay = bullpen(
            { QStringLiteral("policy"), QStringLiteral("--synthetic"), QStringLiteral("5"), QStringLiteral("--json") });
        const Run warm = bullpen({ QStringLiteral("policy"), QStringLiteral("--synthetic"), QStringLiteral("5"),
                                   QStringLiteral("--warm-up"), QStringLiteral("1"), QStringLiteral("--json") });
        QVERIFY2(warm.exitCode == 0, warm.err.constData());
        QCOMPARE(json(warm).value(QStringLiteral("traceSeconds")).toDouble(), 86400.0);
        QCOMPARE(json(warm).value(QStringLiteral("warmUpSeconds")).toDouble(), 86400.0);
        QCOMPARE(json(warm).value(QStringLiteral("invocations")).toInteger(),
                 json(oneDay).value(QStringLiteral("invocations")).toInteger());
        QVERIFY(json(warm).value(QStringLiteral("trace")).toString().endsWith(QStringLiteral("of warm-up")));
        const Run badWarmUp = bullpen({ QStringLiteral("policy"), QStringLiteral("--warm-up"), QStringLiteral("x") });
        QCOMPARE(badWarmUp.exitCode, 2);
        QVERIFY2(badWarmUp.err.contains("--warm-up takes a whole number of days from 0 to 14, not 'x'"),
                 badWarmUp.err.constData());
        const Run warmUpOfATrace = bullpen({ QStringLiteral("policy"), QStringLiteral("--trace-csv"), trace,
                                             QStringLiteral("--warm-up"), QStringLiteral("1") });
        QCOMPARE(warmUpOfATrace.exitCode, 2);
        QVERIFY(warmUpOfATrace.err.contains("--warm-up applies to the synthetic trace only"));
    }
};

QTEST_GUILESS_MAIN(TestLoadCli)
#include "tst_loadcli.moc"
