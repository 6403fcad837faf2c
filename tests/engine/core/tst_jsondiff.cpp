// SPDX-License-Identifier: MIT
// The JSON-aware diff behind `bullpen compare`: keys, values and types by path;
// request ids, timestamps and durations recognised and reported as not
// counted; the caller's ignore list; JSON inside strings (API Gateway's body);
// the line diff and the volatile masking that logs share.
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "engine/core/jsondiff.h"
#include "engine/core/textdiff.h"
#include "engine/core/volatiletext.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;
// (No backslash inside a raw string here: moc 6.8 misreads one and then finds
// no class in the file.)

namespace {

// "path kind [ignored: why]" per difference, to compare in one line.
QStringList summary(const QList<JsonDifference> &diffs)
{
    QStringList out;
    for (const JsonDifference &d : diffs)
        out << (d.path + u' ' + JsonDifference::kindName(d.kind)
                + (d.counted() ? QString() : QString(QStringLiteral(" [") + d.ignoredBecause + u']')));
    return out;
}

} // namespace

class TestJsonDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void payloads_data()
    {
        QTest::addColumn<QByteArray>("left");
        QTest::addColumn<QByteArray>("right");
        QTest::addColumn<QStringList>("ignore");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;
        // Objects are walked in key order (QJsonObject's), arrays by index.
        QTest::newRow("equal, keys in another order")
            << QByteArray(R"({"a":1,"b":[1,2,{"c":true}]})") << QByteArray(R"({"b":[1,2,{"c":true}],"a":1})") << none
            << QStringList();
        QTest::newRow("value") << QByteArray(R"({"region":"us-east-1"})") << QByteArray(R"({"region":"eu-west-1"})")
                               << none << QStringList { u"$.region value"_s };
        QTest::newRow("type") << QByteArray(R"({"n":1})") << QByteArray(R"({"n":"1"})") << none
                              << QStringList { u"$.n type"_s };
        QTest::newRow("keys on one side") << QByteArray(R"({"a":1,"gone":2})") << QByteArray(R"({"a":1,"new":3})")
                                          << none << QStringList { u"$.gone only left"_s, u"$.new only right"_s };
        QTest::newRow("array elements") << QByteArray(R"({"xs":[1,2,3]})") << QByteArray(R"({"xs":[1,5]})") << none
                                        << QStringList { u"$.xs[1] value"_s, u"$.xs[2] only left"_s };
        QTest::newRow("nested path and quoted key")
            << QByteArray(R"({"a":{"b.c":{"d":1}}})") << QByteArray(R"({"a":{"b.c":{"d":2}}})") << none
            << QStringList { u"$.a[\"b.c\"].d value"_s };
        QTest::newRow("JSON inside a string (API Gateway body)")
            << QByteArray("{\"statusCode\":200,\"body\":\"{\\\"region\\\":\\\"us-east-1\\\",\\\"n\\\":1}\"}")
            << QByteArray("{\"statusCode\":200,\"body\":\"{\\\"n\\\":1,\\\"region\\\":\\\"local\\\"}\"}") << none
            << QStringList { u"$.body.region value"_s };
        QTest::newRow("request id (UUID) recognised")
            << QByteArray(R"({"id":"c0ffee00-1234-4abc-8def-0123456789ab","x":1})")
            << QByteArray(R"({"id":"deadbeef-1234-4abc-8def-0123456789ab","x":1})") << none
            << QStringList { u"$.id value [request id]"_s };
        QTest::newRow("request id by its key, not a UUID")
            << QByteArray(R"({"awsRequestId":"abc"})") << QByteArray(R"({"awsRequestId":"xyz"})") << none
            << QStringList { u"$.awsRequestId value [request id]"_s };
        QTest::newRow("timestamp inside a text") << QByteArray(R"({"msg":"done at 2026-11-30T19:00:01.123Z"})")
                                                 << QByteArray(R"({"msg":"done at 2026-11-30T19:00:07.9Z"})") << none
                                                 << QStringList { u"$.msg value [timestamp]"_s };
        QTest::newRow("epoch number by its key")
            << QByteArray(R"({"createdAt":1764529200})") << QByteArray(R"({"createdAt":1764529260})") << none
            << QStringList { u"$.createdAt value [timestamp]"_s };
        QTest::newRow("duration by its key") << QByteArray(R"({"elapsedMs":12.5})") << QByteArray(R"({"elapsedMs":40})")
                                             << none << QStringList { u"$.elapsedMs value [duration]"_s };
        QTest::newRow("runtime is no time")
            << QByteArray(R"({"runtime":"python3.12"})") << QByteArray(R"({"runtime":"python3.13"})") << none
            << QStringList { u"$.runtime value"_s };
        QTest::newRow("a number under a plain key counts")
            << QByteArray(R"({"count":1})") << QByteArray(R"({"count":2})") << none
            << QStringList { u"$.count value"_s };
        QTest::newRow("a missing request id still counts") << QByteArray(R"({"requestId":"a"})") << QByteArray(R"({})")
                                                           << none << QStringList { u"$.requestId only left"_s };
        QTest::newRow("ignore list: exact, wildcard, index, subtree")
            << QByteArray(R"({"a":1,"h":{"Date":"x","Server":"y"},"xs":[{"id":1},{"id":2}],"k":{"deep":{"v":1}}})")
            << QByteArray(R"({"a":2,"h":{"Date":"z","Server":"w"},"xs":[{"id":3},{"id":4}],"k":{"deep":{"v":2}}})")
            << QStringList { u"a"_s, u"$.h.*"_s, u"xs[*].id"_s, u"k"_s }
            << QStringList { u"$.a value [ignored: a]"_s,
                             u"$.h.Date value [ignored: $.h.*]"_s,
                             u"$.h.Server value [ignored: $.h.*]"_s,
                             u"$.k.deep.v value [ignored: k]"_s,
                             u"$.xs[0].id value [ignored: xs[*].id]"_s,
                             u"$.xs[1].id value [ignored: xs[*].id]"_s };
        QTest::newRow("ignore: ** any depth")
            << QByteArray(R"({"a":{"b":{"token":"1"}}})") << QByteArray(R"({"a":{"b":{"token":"2"}}})")
            << QStringList { u"**.token"_s } << QStringList { u"$.a.b.token value [ignored: **.token]"_s };
        QTest::newRow("ignore does not reach a sibling with the same prefix")
            << QByteArray(R"({"ab":1})") << QByteArray(R"({"ab":2})") << QStringList { u"a"_s }
            << QStringList { u"$.ab value"_s };
        QTest::newRow("scalars at the root") << "1"_ba << "2"_ba << none << QStringList { u"$ value"_s };
        QTest::newRow("text against JSON")
            << "plain text"_ba << QByteArray(R"({"a":1})") << none << QStringList { u"$ type"_s };
        QTest::newRow("texts") << "hello"_ba << "world"_ba << none << QStringList { u"$ value"_s };
    }

    void payloads()
    {
        QFETCH(QByteArray, left);
        QFETCH(QByteArray, right);
        QFETCH(QStringList, ignore);
        QFETCH(QStringList, expected);
        JsonDiffOptions options;
        options.ignore = ignore;
        QCOMPARE(summary(diffPayloads(left, right, options)), expected);
    }

    void volatileCountsWhenAsked()
    {
        JsonDiffOptions options;
        options.recogniseVolatile = false;
        const auto diffs = diffPayloads(QByteArray(R"({"id":"c0ffee00-1234-4abc-8def-0123456789ab"})"),
                                        QByteArray(R"({"id":"deadbeef-1234-4abc-8def-0123456789ab"})"), options);
        QCOMPARE(diffs.size(), 1);
        QVERIFY(diffs.first().counted());
    }

    void valuesAreKept()
    {
        const auto diffs = diffPayloads(QByteArray(R"({"n":1})"), QByteArray(R"({"n":"x"})"));
        QCOMPARE(diffs.size(), 1);
        QCOMPARE(diffs.first().left, QJsonValue(1));
        QCOMPARE(diffs.first().right, QJsonValue(u"x"_s));
        QCOMPARE(JsonDifference::typeName(diffs.first().left), u"number"_s);
        QCOMPARE(JsonDifference::show(diffs.first().right), u"\"x\""_s);
        QCOMPARE(JsonDifference::show(QJsonValue::Undefined), u"(missing)"_s);
    }

    void badPatterns()
    {
        QVERIFY(!JsonPathPattern(QString()).isValid());
        const JsonPathPattern unbalanced(u"a[0"_s);
        QVERIFY(!unbalanced.isValid());
        QVERIFY(unbalanced.errorString().contains(u"a[0"_s));
        QVERIFY(JsonPathPattern(u"$.a[0]"_s).matches(u"$.a[0].b"_s));
        QVERIFY(!JsonPathPattern(u"$.a[0]"_s).matches(u"$.a[01]"_s));
    }

    void masking_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("masked");
        QTest::addColumn<QString>("kinds");
        QTest::newRow("START") << u"START RequestId: 8f5a1c3e-1b2c-4d5e-9f00-0123456789ab Version: $LATEST"_s
                               << u"START RequestId: <id> Version: $LATEST"_s << u"request id"_s;
        QTest::newRow("REPORT")
            << u"REPORT RequestId: 8f5a1c3e-1b2c-4d5e-9f00-0123456789ab\tDuration: 1.52 ms\tBilled Duration: 2 ms\t"
               "Memory Size: 128 MB\tMax Memory Used: 41 MB\tInit Duration: 160.03 ms"_s
            << u"REPORT RequestId: <id>\tDuration: <ms> ms\tBilled Duration: <ms> ms\tMemory Size: 128 MB\t"
               "Max Memory Used: <MB> MB\tInit Duration: <ms> ms"_s
            << u"request id, duration, memory used"_s;
        QTest::newRow("Python logging line")
            << u"[INFO]\t2026-11-30T19:00:00.123Z\t8f5a1c3e-1b2c-4d5e-9f00-0123456789ab\thello"_s
            << u"[INFO]\t<time>\t<id>\thello"_s << u"request id, timestamp"_s;
        QTest::newRow("emulator time") << u"30 Nov 2026 19:00:00,123 [INFO] (rapid) ready"_s
                                       << u"<time> [INFO] (rapid) ready"_s << u"timestamp"_s;
        QTest::newRow("X-Ray") << u"Root=1-5759e988-bd862e3fe1be46a994272793"_s << u"Root=<id>"_s << u"request id"_s;
        QTest::newRow("nothing volatile") << u"Memory Size: 128 MB"_s << u"Memory Size: 128 MB"_s << QString();
    }

    void masking()
    {
        QFETCH(QString, text);
        QFETCH(QString, masked);
        QFETCH(QString, kinds);
        unsigned found = 0;
        QCOMPARE(VolatileText::mask(text, VolatileText::All, &found), masked);
        QCOMPARE(VolatileText::describe(found), kinds);
    }

    void lineDiff()
    {
        const QStringList left { u"START"_s, u"a"_s, u"b"_s, u"c"_s, u"END"_s };
        const QStringList right { u"START"_s, u"a"_s, u"x"_s, u"c"_s, u"d"_s, u"END"_s };
        const auto diff = diffLines(left, right);
        QStringList shown;
        for (const TextDiffLine &l : diff)
            shown << (l.op == TextDiffLine::Op::Same           ? u' '
                          : l.op == TextDiffLine::Op::OnlyLeft ? u'-'
                                                               : u'+')
                    + l.text;
        QCOMPARE(shown, (QStringList { u" START"_s, u" a"_s, u"-b"_s, u"+x"_s, u" c"_s, u"+d"_s, u" END"_s }));
        QCOMPARE(countChanges(diff), std::make_pair(1, 2));
        // Line numbers point into each side.
        QCOMPARE(diff.at(3).rightLine, 2);
        QCOMPARE(diff.at(2).leftLine, 2);
        QCOMPARE(diff.last().leftLine, 4);
        QCOMPARE(diff.last().rightLine, 5);
        QVERIFY(countChanges(diffLines(left, left)) == std::make_pair(0, 0));
        // Past the table's budget: still a correct (if longer) edit.
        const auto coarse = diffLines(left, right, 1);
        QCOMPARE(countChanges(coarse), std::make_pair(2, 3));
    }
};

QTEST_GUILESS_MAIN(TestJsonDiff)
#include "tst_jsondiff.moc"
