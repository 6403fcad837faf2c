// SPDX-License-Identifier: MIT
#include <QAbstractItemModelTester>
#include <QTest>

#include "engine/events/eventcatalogmodel.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

class TestEventCatalogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void structure()
    {
        EventCatalogModel model(&EventCatalog::builtin());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(EventCatalog::builtin().services().size()));
        const QModelIndex s3 = model.indexOf(u"s3"_s);
        QVERIFY(s3.isValid());
        QCOMPARE(s3.data().toString(), u"Amazon S3"_s);
        QVERIFY(s3.data(EventCatalogModel::IsServiceRole).toBool());
        const QModelIndex put = model.indexOf(u"s3"_s, u"put"_s);
        QCOMPARE(put.parent(), s3);
        QCOMPARE(model.eventAt(put)->name, u"put"_s);
        QCOMPARE(put.data(EventCatalogModel::ServiceRole).toString(), u"s3"_s);
        QVERIFY(!model.eventAt(s3));
        QVERIFY(!(model.flags(s3) & Qt::ItemIsSelectable));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("event");
        QTest::addColumn<bool>("shown");
        QTest::newRow("empty shows all") << QString() << u"sqs"_s << u"receive-message"_s << true;
        QTest::newRow("by event title") << u"put"_s << u"s3"_s << u"put"_s << true;
        QTest::newRow("other hidden") << u"put"_s << u"sqs"_s << u"receive-message"_s << false;
        QTest::newRow("service shows its events") << u"amazon sqs"_s << u"sqs"_s << u"receive-message"_s << true;
        QTest::newRow("two words") << u"http 2.0"_s << u"apigateway"_s << u"http-api-proxy"_s << true;
        QTest::newRow("two words, one misses") << u"http kafka"_s << u"apigateway"_s << u"http-api-proxy"_s << false;
        QTest::newRow("case") << u"KAFKA msk"_s << u"kafka"_s << u"msk"_s << true;
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(QString, service);
        QFETCH(QString, event);
        QFETCH(bool, shown);
        EventCatalogModel model(&EventCatalog::builtin());
        EventCatalogFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSearchText(u"zz-nothing-matches"_s);
        QCOMPARE(filter.rowCount(), 0);
        filter.setSearchText(text);
        QCOMPARE(filter.mapFromSource(model.indexOf(service, event)).isValid(), shown);
    }
};

QTEST_GUILESS_MAIN(TestEventCatalogModel)
#include "tst_eventcatalogmodel.moc"
