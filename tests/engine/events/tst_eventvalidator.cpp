// SPDX-License-Identifier: MIT
// Validation as the user types: syntax errors with line and column, missing or
// mistyped required fields located in the text, leftover placeholders, and
// Lambda's payload size limits.
#include <QTest>

#include "engine/events/eventcatalog.h"
#include "engine/events/eventvalidator.h"
#include "engine/events/jsonlocator.h"
#include "engine/project/lambdalimits.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;
using Severity = ValidationIssue::Severity;

class TestEventValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void syntax_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing comma") << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}") << 3 << 3
                                       << u"unexpected character '\"' (expected ',' or '}')"_s;
        QTest::newRow("trailing comma") << QByteArray("{\"a\": [1, 2,]}") << 1 << 13
                                        << u"unexpected character ']' (expected a value)"_s;
        QTest::newRow("unterminated") << QByteArray("{\n\"key\": \"value") << 2 << 14 << u"unterminated string"_s;
        QTest::newRow("utf8 columns") << QByteArray("{\"名前\": \"ü\" x}") << 1 << 12 << u"unexpected character 'x'"_s;
        QTest::newRow("garbage after") << QByteArray("{}\n}") << 2 << 1
                                       << u"unexpected character '}' (expected nothing after the value)"_s;
    }

    void syntax()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, reason);
        const auto issues = EventValidator::validate(payload);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().severity, Severity::Error);
        QVERIFY2(issues.first().message.startsWith(u"malformed JSON"_s), qPrintable(issues.first().message));
        QVERIFY2(issues.first().message.contains(reason, Qt::CaseInsensitive), qPrintable(issues.first().message));
        QCOMPARE(issues.first().line, line);
        QCOMPARE(issues.first().column, column);
        QVERIFY(
            EventValidator::format(issues.first()).startsWith(u"line %1, column %2: error: "_s.arg(line).arg(column)));
    }

    void anyJsonValueIsAPayload()
    {
        QVERIFY(EventValidator::validate("\"just a string\"").isEmpty());
        QVERIFY(EventValidator::validate("42").isEmpty());
        QVERIFY(EventValidator::hasErrors(EventValidator::validate("   ")));
    }

    void schema()
    {
        const EventTemplate *t = EventCatalog::builtin().find(u"s3"_s, u"put"_s);
        QVERIFY(t);
        const QByteArray payload = "{\n"
                                   "  \"Records\": [\n"
                                   "    {\"eventSource\": \"aws:s3\", \"eventName\": \"ObjectCreated:Put\",\n"
                                   "     \"s3\": {\"bucket\": {},\n"
                                   "            \"object\": {\"key\": \"k\", \"size\": \"1024\"}}}\n"
                                   "  ]\n"
                                   "}\n";
        const auto issues = EventValidator::validate(payload, t);
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.at(0).path, u"Records[0].s3.bucket.name"_s);
        QVERIFY(issues.at(0).message.contains(u"missing"_s));
        QCOMPARE(issues.at(0).line, 4); // at the object that lacks it
        QCOMPARE(issues.at(0).column, 23);
        QCOMPARE(issues.at(1).path, u"Records[0].s3.object.size"_s);
        QCOMPARE(issues.at(1).message, u"\"Records[0].s3.object.size\" should be integer, not string"_s);
        QCOMPARE(issues.at(1).line, 5);
        QCOMPARE(issues.at(1).column, 44);

        const auto noRecords = EventValidator::validate("{\"Records\": {}}", t);
        QCOMPARE(noRecords.size(), 6); // Records, and each field under it, reported at Records
        QVERIFY(noRecords.first().message.contains(u"should be array, not object"_s));
    }

    void leftoverPlaceholder()
    {
        const auto issues = EventValidator::validate("{\n  \"bucket\": \"{{bucket}}\"\n}");
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().severity, Severity::Warning);
        QCOMPARE(issues.first().line, 2);
        QCOMPARE(issues.first().column, 14);
    }

    void sizeLimits_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<int>("severity"); // -1: no size finding
        QTest::addColumn<QString>("text");
        QTest::newRow("small") << qsizetype(1000) << -1 << QString();
        QTest::newRow("over 256 KB") << qsizetype(300 * 1024) << int(Severity::Info) << u"256 KB"_s;
        QTest::newRow("1 MB exactly") << qsizetype(LambdaLimits::MaxAsyncRequestBytes) << int(Severity::Info)
                                      << u"256 KB"_s;
        QTest::newRow("over 1 MB") << qsizetype(LambdaLimits::MaxAsyncRequestBytes + 1) << int(Severity::Warning)
                                   << u"1 MB limit of an asynchronous"_s;
        QTest::newRow("6 MB exactly") << qsizetype(LambdaLimits::MaxRequestBytes) << int(Severity::Warning)
                                      << u"asynchronous"_s;
        QTest::newRow("over 6 MB") << qsizetype(LambdaLimits::MaxRequestBytes + 1) << int(Severity::Error)
                                   << u"6 MB limit of a synchronous"_s;
    }

    void sizeLimits()
    {
        QFETCH(qsizetype, size);
        QFETCH(int, severity);
        QFETCH(QString, text);
        QByteArray payload = "{\"data\":\"" + QByteArray(size - 11, 'x') + "\"}";
        QCOMPARE(payload.size(), size);
        const auto issues = EventValidator::validate(payload);
        if (severity < 0) {
            QVERIFY(issues.isEmpty());
            return;
        }
        QCOMPARE(issues.size(), 1);
        QCOMPARE(int(issues.first().severity), severity);
        QVERIFY2(issues.first().message.contains(text), qPrintable(issues.first().message));
        QCOMPARE(issues.first().line, 0);
    }

    void locator()
    {
        const QByteArray text = "{\"a\": [ {\"b\": 1}, {\"c\\\"d\": \"x\"} ],\n \"e\": null}";
        const JsonLocator l(text);
        QVERIFY(l.contains(u"a[1].c\"d"_s));
        QCOMPARE(l.positionOf(u"e"_s).line, 2);
        QCOMPARE(l.positionOf(u"e"_s).column, 7);
        QCOMPARE(l.offsetOf(u"a[0].b"_s), text.indexOf("1}"));
        QCOMPARE(l.offsetOf(u"a[0].missing"_s), text.indexOf("{\"b\""));
    }
};

QTEST_GUILESS_MAIN(TestEventValidator)
#include "tst_eventvalidator.moc"
