// SPDX-License-Identifier: MIT
// The asynchronous queue's view over a real queue on disk (no engine: its
// events stay queued): both models under QAbstractItemModelTester, events
// coalesced per frame, records read back from the on-disk queues and shown as
// Lambda wrote them, and the window's feature (Run > Invoke Asynchronously).
#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "engine/async/asyncinvocationqueue.h"
#include "widgets/async/asynceventsmodel.h"
#include "widgets/async/asyncrecordsmodel.h"
#include "widgets/async/asyncview.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

FunctionConfig function(const QString &id)
{
    FunctionConfig f;
    f.logicalId = f.functionName = id;
    f.handler = u"app.handler"_s;
    f.runtime = u"python3.12"_s;
    return f;
}

} // namespace

class TestAsyncView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventsModelFollowsTheQueue()
    {
        QTemporaryDir dir;
        AsyncInvocationQueue queue(dir.path());
        AsyncEventsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQueue(&queue);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy refreshed(&model, &AsyncEventsModel::refreshed);
        QString error;
        QList<QByteArray> ids;
        for (int i = 0; i < 300; ++i)
            ids << queue.enqueue(function(i % 2 ? u"Odd"_s : u"Even"_s), QByteArray::number(i), &error);
        // Three hundred changes, one frame.
        QTRY_COMPARE(model.rowCount(), 300);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(model.index(0, AsyncEventsModel::RequestId).data().toString(), QString::fromLatin1(ids.first()));
        QCOMPARE(model.index(1, AsyncEventsModel::Function).data().toString(), u"Odd"_s);
        QCOMPARE(model.index(0, AsyncEventsModel::Status).data(AsyncEventsModel::StatusRole).toString(), u"queued"_s);
        QCOMPARE(model.count(AsyncEventStatus::Queued), 300);
        model.setQueue(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void recordsAreShownAsLambdaWroteThem()
    {
        QTemporaryDir dir;
        const QJsonObject message { { u"version"_s, u"1.0"_s },
                                    { u"requestContext"_s,
                                      QJsonObject { { u"condition"_s, u"RetriesExhausted"_s } } } };
        const QJsonObject record { { u"queue"_s, u"SQS/failures"_s },
                                   { u"requestId"_s, u"req-1"_s },
                                   { u"condition"_s, u"RetriesExhausted"_s },
                                   { u"queuedAt"_s, u"2026-11-30T10:00:00.000Z"_s },
                                   { u"message"_s, message } };
        QFile journal(dir.filePath(u"journal.jsonl"_s));
        QVERIFY(journal.open(QIODevice::WriteOnly));
        journal.write(R"({"op":"accept","id":"req-1","fn":"F","payload":"{}","at":1764500000000,"age":0})"
                      "\n");
        journal.write(QJsonDocument(QJsonObject { { u"op"_s, u"done"_s },
                                                  { u"id"_s, u"req-1"_s },
                                                  { u"condition"_s, u"RetriesExhausted"_s },
                                                  { u"records"_s, QJsonArray { record } } })
                          .toJson(QJsonDocument::Compact)
                      + '\n');
        journal.close();
        AsyncInvocationQueue queue(dir.path());
        QString error;
        queue.enqueue(function(u"F"_s), "{}", &error);

        AsyncView view;
        QAbstractItemModelTester events(view.eventsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester records(view.recordsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setQueue(&queue);
        QCOMPARE(view.recordsModel()->rowCount(), 1);
        QCOMPARE(view.recordsModel()->index(0, AsyncRecordsModel::Queue).data().toString(), u"SQS/failures"_s);
        QCOMPARE(view.recordsModel()->index(0, AsyncRecordsModel::Condition).data().toString(), u"RetriesExhausted"_s);
        view.showRecord(0);
        QCOMPARE(QJsonDocument::fromJson(view.shownRecord().toUtf8()).object(), message);
        QVERIFY2(view.summary().startsWith(u"1 queued · 0 in flight · 0 retrying"_s), qPrintable(view.summary()));
        QVERIFY2(view.summary().endsWith(u"1 records in destination queues"_s), qPrintable(view.summary()));
    }
};

QTEST_MAIN(TestAsyncView)
#include "tst_asyncview.moc"
