// SPDX-License-Identifier: MIT
// HistoryModel: rows appended one at a time with the right signals, the
// columns and roles a view reads, clearing; HistoryView follows the newest row
// and asks for re-runs.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

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
        QTest::newRow("time") << int(HistoryModel::TimeColumn) << u"14:03:07"_s << u"14:03:07"_s;
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
        model.append(makeEntry(u"Other"_s, false, 1.5, u"ValueError"_s));
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
};

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
