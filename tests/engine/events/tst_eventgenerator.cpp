// SPDX-License-Identifier: MIT
// The placeholder language: every parameter changes the fields it names and
// nothing else; golden files for the events users reach for first; values read
// back from an edited payload; derived fields (md5OfBody, base64 bodies, gzip).
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include "engine/events/eventcatalog.h"
#include "engine/events/eventgenerator.h"
#include "tests/support/ciskip.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

EventGeneratorOptions pinned()
{
    return { QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 678), QTimeZone::UTC), 42 };
}

// A valid value different from the default.
QString otherValue(const EventParameter &p)
{
    switch (p.type) {
    case EventParameter::Type::Integer: {
        const int v = p.defaultValue.toInt();
        return QString::number(v + 1 <= p.maximum ? v + 1 : v - 1);
    }
    case EventParameter::Type::Boolean:
        return p.defaultValue == u"true" ? u"false"_s : u"true"_s;
    case EventParameter::Type::Choice:
        return p.choices.at((p.choices.indexOf(p.defaultValue) + 1) % p.choices.size());
    case EventParameter::Type::Json:
        return p.defaultValue.trimmed().startsWith(u'[') ? u"[\"changed\"]"_s : u"{\"changed\":\"yes\"}"_s;
    default:
        return p.defaultValue + u"-changed"_s;
    }
}

QString normalise(const QString &path)
{
    static const QRegularExpression index(u"\\[\\d+\\]"_s);
    return QString(path).replace(index, u"[]"_s);
}

void diff(const QJsonValue &a, const QJsonValue &b, const QString &path, QStringList *out)
{
    if (a.type() != b.type()) {
        out->append(path);
    } else if (a.isObject()) {
        const QJsonObject oa = a.toObject(), ob = b.toObject();
        QStringList keys = oa.keys() + ob.keys();
        keys.removeDuplicates();
        for (const QString &k : keys)
            diff(oa.value(k), ob.value(k), path.isEmpty() ? k : path + u'.' + k, out);
    } else if (a.isArray()) {
        const QJsonArray aa = a.toArray(), ab = b.toArray();
        if (aa.size() != ab.size()) {
            out->append(path);
            return;
        }
        for (qsizetype i = 0; i < aa.size(); ++i)
            diff(aa.at(i), ab.at(i), path + u'[' + QString::number(i) + u']', out);
    } else if (a != b) {
        out->append(path);
    }
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestEventGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parameterChangesOnlyItsField_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("parameter");
        for (const EventTemplate *t : EventCatalog::builtin().allEvents()) {
            for (const EventParameter &p : t->parameters)
                QTest::addRow("%s %s --%s", qPrintable(t->service), qPrintable(t->name), qPrintable(p.name))
                    << t->service << t->name << p.name;
        }
    }

    void parameterChangesOnlyItsField()
    {
        QFETCH(QString, service);
        QFETCH(QString, event);
        QFETCH(QString, parameter);
        const EventTemplate *t = EventCatalog::builtin().find(service, event);
        QVERIFY(t);
        const EventParameter *p = t->parameter(parameter);
        QString error;
        const QJsonValue before = EventGenerator::generateValue(*t, {}, pinned(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonValue after = EventGenerator::generateValue(*t, { { parameter, otherValue(*p) } }, pinned(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList changed;
        diff(before, after, QString(), &changed);
        QVERIFY2(!changed.isEmpty(), qPrintable(u"--%1 changes nothing"_s.arg(parameter)));
        const QStringList allowed = EventGenerator::parameterPaths(*t).value(parameter);
        for (const QString &path : std::as_const(changed)) {
            const QString n = normalise(path);
            const bool ok = std::any_of(allowed.begin(), allowed.end(), [&](const QString &a) {
                return n == a || n.startsWith(a + u'.') || n.startsWith(a + u'[');
            });
            QVERIFY2(ok,
                     qPrintable(u"--%1 changed %2, it names only %3"_s.arg(parameter, path, allowed.join(u", "_s))));
        }
    }

    void golden_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QStringList>("params");
        QTest::newRow("apigateway-aws-proxy")
            << u"apigateway"_s << u"aws-proxy"_s
            << QStringList { u"method=GET"_s, u"path=/items/42"_s, u"query=q=a&q=b"_s, u"body="_s };
        QTest::newRow("apigateway-http-api-proxy")
            << u"apigateway"_s << u"http-api-proxy"_s << QStringList { u"body=aGVsbG8="_s, u"route-key=POST /items"_s };
        QTest::newRow("s3-put") << u"s3"_s << u"put"_s
                                << QStringList { u"bucket=photos"_s, u"key=2024/Jan 1.jpg"_s, u"size=5242880"_s };
        QTest::newRow("sqs-receive-message")
            << u"sqs"_s << u"receive-message"_s << QStringList { u"count=3"_s, u"body={\"order\":1}"_s };
        QTest::newRow("cloudwatch-scheduled-event")
            << u"cloudwatch"_s << u"scheduled-event"_s << QStringList { u"rule=Nightly"_s };
        QTest::newRow("eventbridge-event") << u"eventbridge"_s << u"event"_s << QStringList {};
    }

    void golden()
    {
        QFETCH(QString, service);
        QFETCH(QString, event);
        QFETCH(QStringList, params);
        const EventTemplate *t = EventCatalog::builtin().find(service, event);
        QVERIFY(t);
        QMap<QString, QString> values;
        for (const QString &p : params)
            values.insert(p.section(u'=', 0, 0), p.section(u'=', 1));
        QString error;
        const QByteArray actual = EventGenerator::generate(*t, values, pinned(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString path = QStringLiteral(BULLPEN_TEST_DATA_DIR "/golden/")
            + QString::fromLatin1(QTest::currentDataTag()) + u".json"_s;
        if (qEnvironmentVariableIsSet("BULLPEN_UPDATE_GOLDEN")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(actual);
        }
        const QByteArray expected = readFile(path);
        QVERIFY2(!expected.isEmpty(),
                 qPrintable(u"missing golden file %1 (BULLPEN_UPDATE_GOLDEN=1 writes it)"_s.arg(path)));
        QCOMPARE(actual, expected);
    }

    void derivedFields()
    {
        const EventCatalog &c = EventCatalog::builtin();
        const QJsonObject sqs
            = EventGenerator::generateValue(*c.find(u"sqs"_s, u"receive-message"_s),
                                            { { u"body"_s, u"hello"_s }, { u"count"_s, u"4"_s } }, pinned())
                  .toObject();
        const QJsonArray records = sqs.value(u"Records"_s).toArray();
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(2).toObject().value(u"md5OfBody"_s).toString(), u"5d41402abc4b2a76b9719d911017c592"_s);
        QVERIFY(records.at(0).toObject().value(u"messageId"_s) != records.at(1).toObject().value(u"messageId"_s));

        const EventTemplate *proxy = c.find(u"apigateway"_s, u"aws-proxy"_s);
        QJsonObject v1
            = EventGenerator::generateValue(*proxy, { { u"body"_s, u"hi"_s }, { u"base64"_s, u"true"_s } }, pinned())
                  .toObject();
        QCOMPARE(v1.value(u"body"_s).toString(), u"aGk="_s);
        QCOMPARE(v1.value(u"isBase64Encoded"_s).toBool(), true);
        v1 = EventGenerator::generateValue(*proxy, { { u"body"_s, QString() } }, pinned()).toObject();
        QVERIFY(v1.value(u"body"_s).isNull());
        QCOMPARE(v1.value(u"isBase64Encoded"_s).toBool(), false);
    }

    void freshUnlessPinned()
    {
        const EventTemplate *t = EventCatalog::builtin().find(u"apigateway"_s, u"aws-proxy"_s);
        auto requestId = [&](const EventGeneratorOptions &o) {
            return EventGenerator::generateValue(*t, {}, o)
                .toObject()
                .value(u"requestContext"_s)
                .toObject()
                .value(u"requestId"_s)
                .toString();
        };
        QVERIFY(requestId({}) != requestId({}));
        QCOMPARE(requestId(pinned()), requestId(pinned()));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 epoch = qint64(EventGenerator::generateValue(*t, {})
                                        .toObject()
                                        .value(u"requestContext"_s)
                                        .toObject()
                                        .value(u"requestTimeEpoch"_s)
                                        .toDouble());
        QVERIFY(qAbs(epoch - now) < 60000);
    }

    void cloudWatchLogsDataIsGzippedJson()
    {
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty())
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("python3 is needed to decode gzip independently"));
        const EventTemplate *t = EventCatalog::builtin().find(u"cloudwatch"_s, u"logs"_s);
        QVERIFY(t);
        const QJsonObject event = EventGenerator::generateValue(*t, {}, pinned()).toObject();
        const QByteArray data = event.value(u"awslogs"_s).toObject().value(u"data"_s).toString().toLatin1();
        QProcess p;
        p.start(
            python,
            { u"-c"_s,
              u"import sys,base64,gzip; sys.stdout.write(gzip.decompress(base64.b64decode(sys.stdin.read())).decode())"_s });
        p.write(data);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject logs = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(logs.value(u"messageType"_s).toString(), u"DATA_MESSAGE"_s);
        QVERIFY(logs.value(u"logEvents"_s).toArray().size() >= 1);
    }

    void recognise_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QStringList>("mustRecognise");
        QTest::newRow("s3 put") << u"s3"_s << u"put"_s
                                << QStringList { u"bucket"_s, u"key"_s, u"size"_s, u"region"_s, u"event-name"_s };
        QTest::newRow("sqs") << u"sqs"_s << u"receive-message"_s
                             << QStringList { u"body"_s, u"count"_s, u"queue-name"_s };
        QTest::newRow("aws-proxy") << u"apigateway"_s << u"aws-proxy"_s
                                   << QStringList { u"method"_s, u"path"_s,  u"body"_s,
                                                    u"base64"_s, u"stage"_s, u"headers"_s };
        QTest::newRow("http-api") << u"apigateway"_s << u"http-api-proxy"_s
                                  << QStringList { u"method"_s, u"query"_s, u"body"_s };
        for (const EventTemplate *t : EventCatalog::builtin().allEvents())
            QTest::addRow("%s %s", qPrintable(t->service), qPrintable(t->name))
                << t->service << t->name << QStringList {};
    }

    void recognise()
    {
        QFETCH(QString, service);
        QFETCH(QString, event);
        QFETCH(QStringList, mustRecognise);
        const EventTemplate *t = EventCatalog::builtin().find(service, event);
        QVERIFY(t);
        QMap<QString, QString> values;
        for (const EventParameter &p : t->parameters)
            values.insert(p.name, otherValue(p));
        const QByteArray payload = EventGenerator::generate(*t, values, pinned());
        const QMap<QString, QString> found = EventGenerator::recognise(*t, payload);
        for (auto it = found.begin(); it != found.end(); ++it) {
            const EventParameter *p = t->parameter(it.key());
            if (p->type == EventParameter::Type::Json)
                QCOMPARE(QJsonDocument::fromJson(it.value().toUtf8()),
                         QJsonDocument::fromJson(values.value(it.key()).toUtf8()));
            else
                QCOMPARE(it.value(), values.value(it.key()));
        }
        for (const QString &name : mustRecognise)
            QVERIFY2(found.contains(name), qPrintable(name));
    }

    void unknownParameterIsAnError()
    {
        const EventTemplate *t = EventCatalog::builtin().find(u"s3"_s, u"put"_s);
        QString error;
        QVERIFY(EventGenerator::generate(*t, { { u"bukket"_s, u"x"_s } }, {}, &error).isEmpty());
        QVERIFY(error.contains(u"bucket, key"_s));
        QVERIFY(EventGenerator::generate(*t, { { u"size"_s, u"big"_s } }, {}, &error).isEmpty());
        QVERIFY(error.contains(u"not a whole number"_s));
    }
};

QTEST_GUILESS_MAIN(TestEventGenerator)
#include "tst_eventgenerator.moc"
