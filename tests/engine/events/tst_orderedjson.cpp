// SPDX-License-Identifier: MIT
// JSON in its author's order: the writer matches QJsonDocument's formats byte
// for byte, keeps a recorded key order, and every built-in event comes out in
// its template's order rather than alphabetised.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include "engine/events/eventcatalog.h"
#include "engine/events/eventgenerator.h"
#include "engine/events/jsonlocator.h"
#include "engine/events/orderedjson.h"

#include <algorithm>

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

QString pattern(const QString &path)
{
    static const QRegularExpression index(u"\\[\\d+\\]"_s);
    return QString(path).replace(index, u"[]"_s);
}

} // namespace

class TestOrderedJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAsQtDoes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("object") << "{\"b\": 1, \"a\": [1, 2.5, -3e-7, \"x\\u00e9\\n\\\"\", true, null], \"c\": {}}"_ba;
        QTest::newRow("array") << "[{\"z\": {\"y\": [[], {}], \"x\": \"/\"}}, [], 12345678901234]"_ba;
        QTest::newRow("empty object") << "{}"_ba;
        QTest::newRow("empty array") << "[]"_ba;
    }
    void writesAsQtDoes()
    {
        QFETCH(QByteArray, json);
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        QVERIFY(!doc.isNull());
        const QJsonValue value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        // No recorded order: Qt's, and then the bytes must be Qt's too.
        QCOMPARE(OrderedJson::write(value, {}), doc.toJson(QJsonDocument::Indented));
        QCOMPARE(OrderedJson::write(value, {}, true), doc.toJson(QJsonDocument::Compact));
    }

    void keepsTheRecordedOrder()
    {
        const QByteArray text = "{\"z\":1,\"a\":{\"y\":[{\"q\":1,\"b\":2},{\"b\":3,\"q\":4,\"new\":0}],\"c\":null}}"_ba;
        OrderedJson::KeyOrder order;
        const JsonLocator locator(text);
        QStringList objects = locator.keyOrders().keys();
        std::ranges::sort(objects, [&locator](const QString &a, const QString &b) {
            return locator.offsetOf(a) < locator.offsetOf(b);
        });
        for (const QString &object : std::as_const(objects))
            OrderedJson::addKeys(order, pattern(object), locator.keyOrders().value(object));
        const QJsonValue value = QJsonDocument::fromJson(text).object();
        // The second element follows the first one's order; "new" is last.
        QCOMPARE(OrderedJson::write(value, order, true),
                 "{\"z\":1,\"a\":{\"y\":[{\"q\":1,\"b\":2},{\"q\":4,\"b\":3,\"new\":0}],\"c\":null}}"_ba);
    }

    void reindent_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<bool>("ok");
        QTest::newRow("order kept") << "{\"b\":1,\"a\":[2,{}]}"_ba
                                    << "{\n  \"b\": 1,\n  \"a\": [\n    2,\n    {}\n  ]\n}\n"_ba << true;
        QTest::newRow("scalar") << " 1.0e2 "_ba << "1.0e2\n"_ba << true;
        QTest::newRow("escapes as written") << "[\"\\u00e9\\\"]\"]"_ba << "[\n  \"\\u00e9\\\"]\"\n]\n"_ba << true;
        QTest::newRow("not json") << "{\"a\":}"_ba << QByteArray() << false;
    }
    void reindent()
    {
        QFETCH(QByteArray, json);
        bool ok = false;
        QTEST(OrderedJson::reindent(json, &ok, 2), "expected");
        QTEST(ok, "ok");
    }

    // Every built-in event, in its template's key order at every level.
    void generatedEventsKeepTheTemplateOrder()
    {
        const EventGeneratorOptions pinned { QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), QTimeZone::UTC), 42 };
        int checked = 0;
        int unsorted = 0; // templates whose order differs from the alphabetical one
        for (const EventService &service : EventCatalog::builtin().services()) {
            for (const EventTemplate &t : service.events) {
                QString error;
                const QByteArray generated = EventGenerator::generate(t, t.defaults(), pinned, &error);
                QVERIFY2(error.isEmpty(), qPrintable(t.id() + u": "_s + error));
                const JsonLocator locator(generated);
                for (auto it = locator.keyOrders().cbegin(); it != locator.keyOrders().cend(); ++it) {
                    const QStringList wanted = t.keyOrder.value(pattern(it.key()));
                    QStringList known; // the generated keys the template orders, as generated
                    for (const QString &key : it.value()) {
                        if (wanted.contains(key))
                            known.append(key);
                    }
                    QStringList expected = wanted;
                    expected.removeIf([&known](const QString &key) { return !known.contains(key); });
                    QVERIFY2(known == expected,
                             qPrintable(u"%1 at '%2': %3 instead of %4"_s.arg(t.id(), it.key(), known.join(u','),
                                                                              expected.join(u','))));
                    QStringList sorted = known;
                    sorted.sort();
                    unsorted += sorted != known;
                }
                ++checked;
            }
        }
        QVERIFY(checked > 20);
        QVERIFY(unsorted > 0); // or this test would pass on alphabetised output too
    }
};

QTEST_MAIN(TestOrderedJson)
#include "tst_orderedjson.moc"
