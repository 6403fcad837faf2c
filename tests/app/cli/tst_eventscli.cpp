// SPDX-License-Identifier: MIT
// `bullpen events` as a user runs it: the real executable in a QProcess.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int status;
    QByteArray out;
    QByteArray err;
};
Run bullpen(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(BULLPEN_EXECUTABLE));
    p.setArguments(QStringList { u"events"_s } + args);
    p.start();
    if (!p.waitForFinished(60000))
        return { -1, {}, {} };
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
             p.readAllStandardError() };
}
} // namespace

class TestEventsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void list()
    {
        const Run r = bullpen({ u"list"_s });
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // the catalogue loaded without a warning
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(lines.size() >= 24);
        QVERIFY(r.out.contains("\ns3"));
        QVERIFY(lines.first().simplified().split(' ').size() >= 3); // service, event, title
        QCOMPARE(bullpen({ u"list"_s, u"sqs"_s }).out.count('\n'), 2);
    }

    void generate()
    {
        const Run r = bullpen({ u"generate"_s, u"s3"_s, u"put"_s, u"--bucket"_s, u"photos"_s, u"--param"_s,
                                u"key=a b.jpg"_s, u"--now"_s, u"2024-01-02T03:04:05Z"_s, u"--seed"_s, u"9"_s });
        QCOMPARE(r.status, 0);
        const QJsonObject record = QJsonDocument::fromJson(r.out).object().value(u"Records"_s)[0].toObject();
        QCOMPARE(record.value(u"s3"_s)[u"bucket"_s][u"name"_s].toString(), u"photos"_s);
        QCOMPARE(record.value(u"s3"_s)[u"object"_s][u"key"_s].toString(), u"a+b.jpg"_s);
        QCOMPARE(record.value(u"eventTime"_s).toString(), u"2024-01-02T03:04:05.000Z"_s);
        QCOMPARE(
            bullpen({ u"generate"_s, u"s3"_s, u"put"_s, u"--seed"_s, u"9"_s, u"--now"_s, u"2024-01-02T03:04:05Z"_s })
                .out,
            bullpen({ u"generate"_s, u"s3"_s, u"put"_s, u"--seed"_s, u"9"_s, u"--now"_s, u"2024-01-02T03:04:05Z"_s })
                .out);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("service") << QStringList { u"generate"_s, u"s4"_s, u"put"_s }
                                 << u"unknown service 's4'; valid services: "_s;
        QTest::newRow("event") << QStringList { u"generate"_s, u"s3"_s, u"get"_s } << u"valid events: put, delete"_s;
        QTest::newRow("parameter") << QStringList { u"generate"_s, u"s3"_s, u"put"_s, u"--bukket"_s, u"x"_s }
                                   << u"unknown parameter 'bukket' for s3 put; valid parameters: bucket, key"_s;
        QTest::newRow("value") << QStringList { u"generate"_s, u"sqs"_s, u"receive-message"_s, u"--count"_s, u"many"_s }
                               << u"not a whole number"_s;
        QTest::newRow("subcommand") << QStringList { u"frobnicate"_s } << u"valid: list, show, generate, validate"_s;
        QTest::newRow("nothing") << QStringList {} << u"a subcommand is needed"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = bullpen(args);
        QCOMPARE(r.status, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void validate()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"e.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"a\": 1,\n}\n");
        f.close();
        const Run r = bullpen({ u"validate"_s, f.fileName() });
        QCOMPARE(r.status, 1);
        QVERIFY2(r.out.contains("line 3, column 1: error: malformed JSON"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestEventsCli)
#include "tst_eventscli.moc"
