// SPDX-License-Identifier: MIT
// Recorded loads: the CSV of offsets and function names, the Azure Functions
// 2019 per-minute counts (spread evenly in each minute, mapped onto the
// project's functions round-robin or by a mapping file), and the errors a
// malformed file gets.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "engine/load/loadtrace.h"

using namespace Bullpen;

class TestLoadTrace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text);
        return path;
    }

    static QByteArray azureHeader(int minutes)
    {
        QByteArray h = "HashOwner,HashApp,HashFunction,Trigger";
        for (int m = 1; m <= minutes; ++m)
            h += ',' + QByteArray::number(m);
        return h + '\n';
    }

    static QByteArray azureRow(const QByteArray &hash, const QList<int> &counts)
    {
        QByteArray row = "owner,app," + hash + ",http";
        for (int c : counts)
            row += ',' + QByteArray::number(c);
        return row + '\n';
    }

private Q_SLOTS:
    void csvWithHeaderCommentsAndAnyOrder()
    {
        const QString path
            = write(QStringLiteral("t.csv"), "offset_ms,function\n# a comment\n1500,B\n0,A\n\n250.7,A\n");
        QString error;
        const auto trace = LoadTrace::readCsv(path, &error);
        QVERIFY2(trace, qPrintable(error));
        QCOMPARE(trace->functions, (QStringList { QStringLiteral("B"), QStringLiteral("A") }));
        const QList<Arrival> want { { 0, 1 }, { 250, 1 }, { 1500, 0 } };
        QCOMPARE(trace->arrivals, want);
        QCOMPARE(trace->durationMs, qint64(1501));
        // Written back and read again: the same arrivals.
        const QString again = m_dir.filePath(QStringLiteral("again.csv"));
        QVERIFY(trace->writeCsv(again, &error));
        const auto reread = LoadTrace::readCsv(again, &error);
        QVERIFY(reread);
        QCOMPARE(reread->arrivals.size(), trace->arrivals.size());
        QCOMPARE(reread->functions.value(reread->arrivals.last().function), QStringLiteral("B"));
    }

    void csvErrorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("one field") << QByteArray("0,A\n17\n")
                                   << QStringLiteral("line 2: expected 'offset_ms,function'");
        QTest::newRow("bad offset") << QByteArray("0,A\nsoon,B\n") << QStringLiteral("line 2: the offset 'soon'");
        QTest::newRow("negative") << QByteArray("-4,A\n") << QStringLiteral("line 1: the offset '-4'");
        QTest::newRow("empty") << QByteArray("offset_ms,function\n") << QStringLiteral("has no arrivals");
    }

    void csvErrorsNameTheLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!LoadTrace::readCsv(write(QStringLiteral("bad.csv"), text), &error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY(!LoadTrace::readCsv(m_dir.filePath(QStringLiteral("missing.csv")), &error));
        QVERIFY2(error.contains(QStringLiteral("cannot read")), qPrintable(error));
    }

    void azureCountsSpreadEvenlyRoundRobin()
    {
        const QString path = write(QStringLiteral("azure.csv"),
                                   azureHeader(3) + azureRow("f1", { 4, 0, 1 }) + azureRow("f2", { 0, 2, 0 })
                                       + azureRow("f3", { 1, 0, 0 }));
        QString error;
        const auto trace = LoadTrace::readAzure(path, { QStringLiteral("A"), QStringLiteral("B") }, {}, &error);
        QVERIFY2(trace, qPrintable(error));
        QCOMPARE(trace->durationMs, qint64(3 * 60000));
        // f1 -> A, f2 -> B, f3 -> A again; 4 calls in minute 1 at 7.5, 22.5, 37.5, 52.5 s.
        const QList<Arrival> want { { 7500, 0 },  { 22500, 0 }, { 30000, 0 },  { 37500, 0 },
                                    { 52500, 0 }, { 75000, 1 }, { 105000, 1 }, { 150000, 0 } };
        QCOMPARE(trace->arrivals, want);
        QCOMPARE(trace->firstMs(60000).arrivals.size(), 5);
    }

    void azureByMappingFile()
    {
        const QString path
            = write(QStringLiteral("azure.csv"), azureHeader(2) + azureRow("f1", { 1, 0 }) + azureRow("f2", { 0, 3 }));
        const QString map = write(QStringLiteral("map.csv"), "HashFunction,Function\nf2,B\n");
        QString error;
        const auto trace = LoadTrace::readAzure(path, { QStringLiteral("A"), QStringLiteral("B") }, map, &error);
        QVERIFY2(trace, qPrintable(error));
        QCOMPARE(trace->arrivals.size(), 3); // f1 is not in the mapping: left out
        for (const Arrival &a : trace->arrivals)
            QCOMPARE(a.function, 1);
        const QString badMap = write(QStringLiteral("badmap.csv"), "f2,Nope\n");
        QVERIFY(!LoadTrace::readAzure(path, { QStringLiteral("A") }, badMap, &error));
        QVERIFY2(error.contains(QStringLiteral("'Nope' is not one of the functions: A")), qPrintable(error));
    }

    void azureErrors()
    {
        QString error;
        const QString notAzure = write(QStringLiteral("plain.csv"), "0,A\n");
        QVERIFY(!LoadTrace::readAzure(notAzure, { QStringLiteral("A") }, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("not in the Azure Functions 2019 per-minute format")),
                 qPrintable(error));
        const QString shortRow = write(QStringLiteral("short.csv"), azureHeader(3) + "owner,app,f1,http,1,2\n");
        QVERIFY(!LoadTrace::readAzure(shortRow, { QStringLiteral("A") }, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("line 2: 6 fields where the header has 7")), qPrintable(error));
        const QString badCount = write(QStringLiteral("count.csv"), azureHeader(2) + "owner,app,f1,http,1,x\n");
        QVERIFY(!LoadTrace::readAzure(badCount, { QStringLiteral("A") }, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("line 2, minute 2: 'x' is not a count")), qPrintable(error));
        QVERIFY(!LoadTrace::readAzure(notAzure, {}, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("no function to map")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLoadTrace)
#include "tst_loadtrace.moc"
