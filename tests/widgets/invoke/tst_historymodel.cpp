// SPDX-License-Identifier: MIT
// HistoryModel: rows appended one at a time with the right signals, the
// columns and roles a view reads, clearing; HistoryView follows the newest row
// and asks for re-runs. HistoryFile: an entry read back as it was written (the
// function, the event and the response byte for byte, the typed result), and
// the file bounded in bytes as well as in entries.
#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "widgets/invoke/historyfile.h"
#include "widgets/invoke/historymodel.h"
#include "widgets/invoke/historyview.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

HistoryEntry makeEntry(const QString &function, bool cold, double durationMs, const QString &errorType = {})
{
    HistoryEntry e;
    e.time = QDateTime(QDate(2026, 11, 28), QTime(14, 3, 7));
    e.function.logicalId = function;
    e.eventName = u"hello"_s;
    e.payload = "{\"a\":1}";
    e.result.functionId = function;
    e.result.requestId = "req-" + function.toLatin1();
    e.result.coldStart = cold;
    e.result.durationMs = durationMs;
    if (!errorType.isEmpty()) {
        e.result.outcome
            = errorType == u"Bullpen.Cancelled" ? InvocationOutcome::Cancelled : InvocationOutcome::FunctionError;
        e.result.functionError = u"Unhandled"_s;
        e.result.errorType = errorType;
        e.result.errorMessage = u"boom"_s;
    }
    return e;
}

} // namespace

class TestHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void appendsIncrementally()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
        QCOMPARE(model.append(makeEntry(u"Hello"_s, true, 12.345)), 0);
        QCOMPARE(model.append(makeEntry(u"Hello"_s, false, 1.5, u"ValueError"_s)), 1);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 1);
        QCOMPARE(inserted.at(1).at(2).toInt(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }

    void columns_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        // Today's rows by their time; an earlier day's (kept from an earlier session) with the date.
        QTest::newRow("time") << int(HistoryModel::TimeColumn) << u"2026-11-28 14:03:07"_s << u"14:03:07"_s;
        QTest::newRow("function") << int(HistoryModel::FunctionColumn) << u"Hello"_s << u"Other"_s;
        QTest::newRow("event") << int(HistoryModel::EventColumn) << u"hello"_s << u"hello"_s;
        QTest::newRow("start") << int(HistoryModel::StartColumn) << u"Cold"_s << u"Warm"_s;
        QTest::newRow("duration") << int(HistoryModel::DurationColumn) << u"12.35 ms"_s << u"1.50 ms"_s;
        QTest::newRow("outcome") << int(HistoryModel::OutcomeColumn) << u"Succeeded"_s << u"ValueError"_s;
    }

    void columns()
    {
        QFETCH(int, column);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QLocale::setDefault(QLocale::c());
        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(makeEntry(u"Hello"_s, true, 12.345));
        HistoryEntry today = makeEntry(u"Other"_s, false, 1.5, u"ValueError"_s);
        today.time = QDateTime(QDate::currentDate(), QTime(14, 3, 7));
        model.append(today);
        QCOMPARE(model.index(0, column).data().toString(), first);
        QCOMPARE(model.index(1, column).data().toString(), second);
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }

    void roles()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(makeEntry(u"Hello"_s, true, 12.5));
        model.append(makeEntry(u"Hello"_s, false, 3, u"Bullpen.Cancelled"_s));
        HistoryEntry engine = makeEntry(u"Hello"_s, false, 0);
        engine.result.outcome = InvocationOutcome::EngineError;
        engine.result.engineError = u"no runc"_s;
        model.append(engine);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data(HistoryModel::SucceededRole).toBool(), true);
        QCOMPARE(first.data(HistoryModel::ColdStartRole).toBool(), true);
        QCOMPARE(first.data(HistoryModel::DurationRole).toDouble(), 12.5);
        QCOMPARE(first.data(HistoryModel::FunctionIdRole).toString(), u"Hello"_s);
        QCOMPARE(first.data(HistoryModel::PayloadRole).toByteArray(), "{\"a\":1}"_ba);
        QCOMPARE(first.data(HistoryModel::RequestIdRole).toString(), u"req-Hello"_s);
        QCOMPARE(int(HistoryModel::SucceededRole), int(Qt::UserRole));
        QCOMPARE(model.index(1, HistoryModel::OutcomeColumn).data().toString(), u"Cancelled"_s);
        QCOMPARE(model.index(1, 0).data(HistoryModel::SucceededRole).toBool(), false);
        QCOMPARE(model.index(2, HistoryModel::OutcomeColumn).data().toString(), u"Engine error"_s);
        QCOMPARE(model.index(2, HistoryModel::OutcomeColumn).data(Qt::ToolTipRole).toString(), u"no runc"_s);
        QCOMPARE(model.index(2, HistoryModel::DurationColumn).data().toString(), u"—"_s);
        QCOMPARE(model.entry(1).result.errorType, u"Bullpen.Cancelled"_s);
    }

    void clears()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(makeEntry(u"Hello"_s, true, 1));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.clear();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        model.clear();
        QCOMPARE(reset.size(), 1);
    }

    void viewFollowsAndReruns()
    {
        HistoryModel model;
        HistoryView view(&model);
        QSignalSpy selected(&view, &HistoryView::entrySelected);
        QSignalSpy rerun(&view, &HistoryView::rerunRequested);
        model.append(makeEntry(u"Hello"_s, true, 1));
        model.append(makeEntry(u"Hello"_s, false, 1));
        QCOMPARE(view.currentRow(), 1); // follows the newest
        QCOMPARE(selected.size(), 0); // following is not the user selecting
        view.selectRow(0);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.constLast().at(0).toInt(), 0);
        model.append(makeEntry(u"Hello"_s, false, 1));
        QCOMPARE(view.currentRow(), 0); // the user looks at an older one: stays
        QToolButton *button = nullptr;
        for (QToolButton *b : view.findChildren<QToolButton *>()) {
            if (b->text() == u"Re-run")
                button = b;
        }
        QVERIFY(button && button->isEnabled());
        button->click();
        QCOMPARE(rerun.size(), 1);
        QCOMPARE(rerun.constLast().at(0).toInt(), 0);
    }

    void entryReadsBackAsWritten()
    {
        HistoryEntry entry = makeEntry(u"Hello"_s, true, 12.5, u"ValueError"_s);
        entry.time = QDateTime(QDate(2026, 11, 30), QTime(9, 8, 7, 654));
        entry.function.handler = u"app.handler"_s;
        entry.function.runtime = u"nodejs20.x"_s;
        entry.function.codeDirectory = u"/work/p/hello-world"_s;
        entry.function.memorySizeMb = 512;
        entry.function.timeoutSeconds = 9;
        entry.function.environment = { { u"GREETING"_s, u"hi"_s }, { u"EMPTY"_s, QString() } };
        entry.function.layers = QStringList { u"arn:aws:lambda:eu-west-1:1:layer:x:1"_s };
        entry.function.schedules = { ScheduleSource { u"Nightly"_s, u"cron(0 1 * * ? *)"_s, u"{}"_s, false } };
        entry.function.line = 12;
        entry.codeRevision = 4;
        entry.payload = "{\"z\": 1,\n \"a\": [1, 2]}";
        // The response in the order the function wrote it, its spacing too.
        entry.result.payload = "{\"zeta\": 1, \"alpha\": {\"y\": 2, \"b\": 3}}";
        entry.result.contentType = "application/json";
        entry.result.logs = QStringList { u"START"_s, u"[ERROR] ValueError: boom"_s, u"END"_s };
        entry.result.initDurationMs = 80.25;
        entry.result.maxMemoryUsedMb = 33;
        entry.result.stackTrace = QStringList { u"  File \"/var/task/app.py\", line 5"_s };
        // Through the bytes, as the file keeps it.
        const QByteArray text = QJsonDocument(HistoryFile::entryToJson(entry)).toJson(QJsonDocument::Compact);
        QString error;
        const auto back = HistoryFile::entryFromJson(QJsonDocument::fromJson(text).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->time, entry.time);
        QCOMPARE(back->function, entry.function);
        QCOMPARE(back->codeRevision, 4);
        QCOMPARE(back->eventName, entry.eventName);
        QCOMPARE(back->payload, entry.payload);
        QCOMPARE(back->result.payload, entry.result.payload);
        QCOMPARE(back->result.eventPayload, entry.payload);
        QCOMPARE(back->result.contentType, entry.result.contentType);
        QCOMPARE(back->result.toJson(), entry.result.toJson());
    }

    void bytesThatAreNotTextSurvive()
    {
        HistoryEntry entry = makeEntry(u"Hello"_s, false, 1);
        entry.result.payload = QByteArray("\xff\xfe\x00binary", 9);
        const auto back = HistoryFile::entryFromJson(HistoryFile::entryToJson(entry));
        QVERIFY(back);
        QCOMPARE(back->result.payload, entry.result.payload);
    }

    void faultyEntryIsNamed()
    {
        QJsonObject json = HistoryFile::entryToJson(makeEntry(u"Hello"_s, false, 1));
        json.remove(u"function"_s);
        QString error;
        QVERIFY(!HistoryFile::entryFromJson(json, &error));
        QVERIFY2(error.contains(u"function.logicalId"_s), qPrintable(error));
    }

    // Besides the newest MaxEntries, the file keeps no more than MaxBytes: the oldest go first.
    void fileIsBoundedInBytes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.json"_s);
        const qsizetype big = HistoryFile::MaxBytes * 2 / 5; // two fit, three do not
        QList<QByteArray> serialized;
        for (int n = 0; n < 4; ++n) {
            HistoryEntry entry = makeEntry(u"Hello"_s, false, n);
            entry.result.requestId = "req-" + QByteArray::number(n);
            entry.result.payload = '"' + QByteArray(big - 1000, char('a' + n)) + '"';
            serialized << QJsonDocument(HistoryFile::entryToJson(entry)).toJson(QJsonDocument::Compact);
        }
        QString error;
        QCOMPARE(HistoryFile::save(path, dir.path(), serialized, &error), 2);
        QVERIFY(QFileInfo(path).size() <= HistoryFile::MaxBytes + 1024);
        const HistoryFile::Loaded loaded = HistoryFile::load(path);
        QVERIFY2(loaded.problem.isEmpty(), qPrintable(loaded.problem));
        QCOMPARE(loaded.entries.size(), 2);
        QCOMPARE(loaded.entries.at(0).result.requestId, "req-2"_ba);
        QCOMPARE(loaded.entries.at(1).result.requestId, "req-3"_ba);
    }

    // What one invocation costs the GUI thread once the history is full: the
    // entry serialised, the oldest dropped, the whole file written (QSaveFile).
    // A figure for docs/benchmarks.md, not a limit.
    void appendToAFullHistory()
    {
        QTemporaryDir project;
        HistoryModel model;
        model.setProjectDirectory(project.path());
        HistoryEntry entry = makeEntry(u"Hello"_s, false, 1);
        entry.result.payload = "{\"statusCode\": 200, \"body\": \"{\\\"message\\\": \\\"hello world\\\"}\"}";
        for (int line = 0; line < 8; ++line)
            entry.result.logs << u"[INFO] 2026-11-30T13:45:01.250Z a line the function printed, number %1"_s.arg(line);
        for (int n = 0; n < HistoryModel::MaxEntries; ++n)
            model.append(entry);
        QBENCHMARK
        {
            model.append(entry);
        }
        QCOMPARE(model.rowCount(), HistoryModel::MaxEntries);
        qInfo("history file with %d entries: %lld bytes", HistoryModel::MaxEntries,
              QFileInfo(model.storagePath()).size());
        QFile::remove(model.storagePath());
    }

    void withoutProjectNothingIsWritten()
    {
        HistoryModel model;
        model.append(makeEntry(u"Hello"_s, true, 1));
        QVERIFY(model.storagePath().isEmpty());
        QVERIFY(model.problem().isEmpty());
    }

    // A file from a newer Bullpen is left alone: nothing read, nothing written over it.
    void newerFormatIsLeftAlone()
    {
        QTemporaryDir project;
        const QString path = HistoryFile::pathFor(project.path());
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const QByteArray newer = R"({"format":"bullpen-history","version":99,"entries":[]})";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(newer);
        }
        HistoryModel model;
        model.setProjectDirectory(project.path());
        QVERIFY2(model.problem().contains(u"newer"_s), qPrintable(model.problem()));
        model.append(makeEntry(u"Hello"_s, true, 1));
        QCOMPARE(model.rowCount(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), newer);
        file.close();
        QFile::remove(path);
    }
};

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
