// SPDX-License-Identifier: MIT
// parseJsonValue: any JSON value parses; a text that is not one JSON value is
// refused with the fault named where it is (line, column, what was found).
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "engine/core/jsonvalue.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

class TestJsonValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void values_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("object") << "{\"a\": 1}"_ba << QJsonValue(QJsonObject { { u"a"_s, 1 } });
        QTest::newRow("array") << "[1, 2]"_ba << QJsonValue(QJsonArray { 1, 2 });
        QTest::newRow("string") << "\"text\""_ba << QJsonValue(u"text"_s);
        QTest::newRow("number") << "42"_ba << QJsonValue(42);
        QTest::newRow("true") << "true"_ba << QJsonValue(true);
        QTest::newRow("null") << "null"_ba << QJsonValue(QJsonValue::Null);
        QTest::newRow("spaced") << " \n {} \n"_ba << QJsonValue(QJsonObject());
        QTest::newRow("escapes") << "\"a\\u00e9\\n\""_ba << QJsonValue(u"a\u00e9\n"_s);
    }

    void values()
    {
        QFETCH(QByteArray, text);
        QFETCH(QJsonValue, expected);
        JsonValueError error;
        QCOMPARE(parseJsonValue(text, &error), expected);
        QVERIFY(!error.isError());
        // And back: the compact text of the value parses to the same value.
        const QByteArray written = serializeJsonValue(expected);
        QVERIFY(!written.contains('\n'));
        QCOMPARE(parseJsonValue(written), expected);
    }

    void serializesScalarsAsTheyAre()
    {
        QCOMPARE(serializeJsonValue(QJsonValue(u"a \"b\""_s)), "\"a \\\"b\\\"\""_ba);
        QCOMPARE(serializeJsonValue(QJsonValue(42)), "42"_ba);
        QCOMPARE(serializeJsonValue(QJsonValue(false)), "false"_ba);
        QCOMPARE(serializeJsonValue(QJsonValue(QJsonValue::Null)), "null"_ba);
        QCOMPARE(serializeJsonValue(QJsonObject { { u"k"_s, 1 } }), "{\"k\":1}"_ba);
        QCOMPARE(serializeJsonValue(QJsonValue(QJsonValue::Undefined)), QByteArray());
    }

    void faults_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("description");
        QTest::newRow("empty") << ""_ba << 1 << 1 << u"no value"_s;
        QTest::newRow("stray token in object") << "{x}"_ba << 1 << 2 << u"unexpected character 'x'"_s;
        QTest::newRow("stray token after member") << "{\"a\": 1 x}"_ba << 1 << 9 << u"unexpected character 'x'"_s;
        QTest::newRow("missing value") << "{\n  \"a\": 1,\n  \"b\": \n}"_ba << 4 << 1 << u"unexpected character '}'"_s;
        QTest::newRow("missing colon") << "{\"a\" 1}"_ba << 1 << 6 << u"unexpected character '1'"_s;
        QTest::newRow("bare word") << "hello"_ba << 1 << 1 << u"unexpected character 'h'"_s;
        QTest::newRow("two values") << "1, 2"_ba << 1 << 2 << u"unexpected character ','"_s;
        QTest::newRow("unclosed object") << "{\"a\": 1"_ba << 1 << 8 << u"unexpected end of input"_s;
        QTest::newRow("unterminated string") << "{\"a\": \"b}"_ba << 1 << 10 << u"unterminated string"_s;
        QTest::newRow("trailing comma") << "[1, 2,]"_ba << 1 << 7 << u"unexpected character ']' (expected a value)"_s;
        QTest::newRow("cut literal") << "{\"a\": nul}"_ba << 1 << 7 << u"unexpected character 'n' (expected a value)"_s;
        QTest::newRow("third line") << "[\n1,\n2 3]"_ba << 3 << 3 << u"unexpected character '3'"_s;
    }

    void faults()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, description);
        JsonValueError error;
        QVERIFY(parseJsonValue(text, &error).isUndefined());
        QVERIFY(error.isError());
        QVERIFY2(error.description.startsWith(description), qPrintable(error.description));
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QVERIFY2(error.message().endsWith(u" at line %1, column %2"_s.arg(line).arg(column)),
                 qPrintable(error.message()));
    }

    // What the pool's front-door check costs on the largest event Lambda takes,
    // on the invoking thread (a figure, printed by QBENCHMARK; nothing is
    // asserted about time).
    void largestEventCost()
    {
        QByteArray event = "{\"records\": [";
        while (event.size() < 6291456 - 64)
            event += "{\"id\": 12345, \"body\": \"lorem ipsum dolor\"},";
        event.chop(1);
        event += "]}";
        QVERIFY(event.size() <= 6291456);
        QJsonValue parsed;
        QBENCHMARK
        {
            parsed = parseJsonValue(event);
        }
        QVERIFY(parsed.isObject());
    }

    void withoutErrorReport()
    {
        QVERIFY(parseJsonValue("{x}").isUndefined());
        QCOMPARE(parseJsonValue("7"), QJsonValue(7));
    }
};

QTEST_GUILESS_MAIN(TestJsonValue)
#include "tst_jsonvalue.moc"
