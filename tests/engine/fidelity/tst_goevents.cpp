// SPDX-License-Identifier: MIT
// Events that AWS's Go types accept: every catalogue event that has a type in
// aws-lambda-go's events package (or cfn.Event) is generated as `bullpen events
// generate` makes it (the same EventGenerator, pinned seed and time) and decoded
// by tests/engine/fidelity/go/eventcheck with that type. Decoding is lenient, as
// a Go function's is: it must succeed; fields the Go structs lack are listed in
// the output, not failures.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "engine/events/eventcatalog.h"
#include "engine/events/eventgenerator.h"
#include "engine/events/eventtemplate.h"

#include "fidelitysupport.h"

using namespace Bullpen;

namespace {

// Catalogue event ("service/event", or "service/*" for all of a service) →
// the aws-lambda-go type a Go handler would declare; an empty type: AWS's Go
// library has none for it.
const QList<QPair<QString, QString>> &goTypes()
{
    static const QList<QPair<QString, QString>> table {
        { QStringLiteral("alb/*"), QStringLiteral("ALBTargetGroupRequest") },
        { QStringLiteral("alexa-skills-kit/*"), {} },
        { QStringLiteral("alexa-smart-home/*"), {} },
        { QStringLiteral("apigateway/aws-proxy"), QStringLiteral("APIGatewayProxyRequest") },
        { QStringLiteral("apigateway/http-api-proxy"), QStringLiteral("APIGatewayV2HTTPRequest") },
        { QStringLiteral("apigateway/http-api-proxy-v1"), QStringLiteral("APIGatewayProxyRequest") },
        { QStringLiteral("apigateway/authorizer"), QStringLiteral("APIGatewayCustomAuthorizerRequest") },
        { QStringLiteral("apigateway/request-authorizer"),
          QStringLiteral("APIGatewayCustomAuthorizerRequestTypeRequest") },
        { QStringLiteral("apigateway/http-api-authorizer"), QStringLiteral("APIGatewayV2CustomAuthorizerV2Request") },
        // events.AppSyncResolverTemplate is the old resolver-template shape
        // (version, operation, payload), not the direct Lambda resolver event.
        { QStringLiteral("appsync/resolver"), {} },
        { QStringLiteral("batch/*"), {} },
        { QStringLiteral("cloudformation/*"), QStringLiteral("cfn.Event") },
        { QStringLiteral("cloudfront/*"), {} },
        { QStringLiteral("cloudwatch/scheduled-event"), QStringLiteral("CloudWatchEvent") },
        { QStringLiteral("cloudwatch/logs"), QStringLiteral("CloudwatchLogsEvent") },
        { QStringLiteral("codecommit/repository"), QStringLiteral("CodeCommitEvent") },
        { QStringLiteral("codepipeline/job"), QStringLiteral("CodePipelineJobEvent") },
        { QStringLiteral("cognito/sync-trigger"), QStringLiteral("CognitoEvent") },
        { QStringLiteral("cognito/pre-sign-up"), QStringLiteral("CognitoEventUserPoolsPreSignup") },
        { QStringLiteral("cognito/post-confirmation"), QStringLiteral("CognitoEventUserPoolsPostConfirmation") },
        { QStringLiteral("cognito/pre-token-generation"), QStringLiteral("CognitoEventUserPoolsPreTokenGen") },
        { QStringLiteral("cognito/pre-token-generation-v2"), QStringLiteral("CognitoEventUserPoolsPreTokenGenV2") },
        { QStringLiteral("cognito/custom-message"), QStringLiteral("CognitoEventUserPoolsCustomMessage") },
        { QStringLiteral("config/*"), QStringLiteral("ConfigEvent") },
        { QStringLiteral("connect/contact-flow-event"), QStringLiteral("ConnectEvent") },
        { QStringLiteral("dynamodb/update"), QStringLiteral("DynamoDBEvent") },
        { QStringLiteral("eventbridge/*"), QStringLiteral("EventBridgeEvent") },
        { QStringLiteral("kafka/*"), QStringLiteral("KafkaEvent") },
        { QStringLiteral("kinesis/get-records"), QStringLiteral("KinesisEvent") },
        { QStringLiteral("kinesis/get-records-batch"), QStringLiteral("KinesisEvent") },
        { QStringLiteral("kinesis/kinesis-firehose"), QStringLiteral("KinesisFirehoseEvent") },
        { QStringLiteral("kinesis/streams-as-source"), QStringLiteral("KinesisFirehoseEvent") },
        { QStringLiteral("kinesis/apachelog"), QStringLiteral("KinesisFirehoseEvent") },
        { QStringLiteral("kinesis/syslog"), QStringLiteral("KinesisFirehoseEvent") },
        { QStringLiteral("kinesis/cloudwatch-logs-processor"), QStringLiteral("KinesisFirehoseEvent") },
        // Kinesis Data Analytics preprocessing input: aws-lambda-go types only
        // the output delivery event.
        { QStringLiteral("kinesis/analytics"), {} },
        { QStringLiteral("kinesis/analytics-compressed"), {} },
        { QStringLiteral("kinesis/analytics-dynamodb"), {} },
        { QStringLiteral("kinesis/analytics-kpl"), {} },
        { QStringLiteral("lambda/function-url"), QStringLiteral("LambdaFunctionURLRequest") },
        { QStringLiteral("lex/*"), QStringLiteral("LexEvent") },
        { QStringLiteral("lex-v2/*"), {} },
        { QStringLiteral("mq/activemq"), QStringLiteral("ActiveMQEvent") },
        { QStringLiteral("mq/rabbitmq"), QStringLiteral("RabbitMQEvent") },
        { QStringLiteral("rekognition/*"), {} },
        { QStringLiteral("s3/put"), QStringLiteral("S3Event") },
        { QStringLiteral("s3/delete"), QStringLiteral("S3Event") },
        { QStringLiteral("s3/batch-invocation"), QStringLiteral("S3BatchJobEvent") },
        { QStringLiteral("s3/object-lambda"), QStringLiteral("S3ObjectLambdaEvent") },
        { QStringLiteral("sagemaker/*"), {} },
        { QStringLiteral("ses/email-receiving"), QStringLiteral("SimpleEmailEvent") },
        { QStringLiteral("sns/notification"), QStringLiteral("SNSEvent") },
        { QStringLiteral("sqs/*"), QStringLiteral("SQSEvent") },
        { QStringLiteral("stepfunctions/*"), {} },
        { QStringLiteral("workmail/*"), {} },
    };
    return table;
}

std::optional<QString> goTypeFor(const EventTemplate &t)
{
    for (const auto &[key, type] : goTypes()) {
        if (key == t.service + u'/' + t.name || key == t.service + QStringLiteral("/*"))
            return type;
    }
    return std::nullopt;
}

} // namespace

class TestGoEvents : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QHash<QString, QJsonObject> m_outcomes; // file name → eventcheck's verdict

private Q_SLOTS:
    // Every catalogue event is in the table, so a new template is looked at.
    void everyEventIsMapped()
    {
        for (const EventTemplate *t : EventCatalog::builtin().allEvents())
            QVERIFY2(goTypeFor(*t).has_value(),
                     qPrintable(QStringLiteral("%1 %2: add it to goTypes() (its aws-lambda-go type, or none)")
                                    .arg(t->service, t->name)));
    }

    void initTestCase()
    {
        FIDELITY_REQUIRE_GO_TOOLS();
        QVERIFY(m_dir.isValid());
        // One eventcheck run for the whole catalogue.
        QStringList arguments;
        EventGeneratorOptions options;
        options.now = QDateTime(QDate(2026, 11, 30), QTime(10, 11, 12, 345), QTimeZone::UTC);
        options.seed = 18;
        for (const EventTemplate *t : EventCatalog::builtin().allEvents()) {
            const auto type = goTypeFor(*t);
            if (!type || type->isEmpty())
                continue;
            QString error;
            const QByteArray payload = EventGenerator::generate(*t, {}, options, &error);
            QVERIFY2(!payload.isEmpty(), qPrintable(error));
            const QString file = m_dir.filePath(t->service + u'-' + t->name + QStringLiteral(".json"));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(payload);
            arguments << *type + u'=' + file;
        }
        QProcess check;
        check.start(FidelitySupport::goTools() + QStringLiteral("/eventcheck"), arguments);
        QVERIFY2(check.waitForFinished(60000), qPrintable(check.errorString()));
        const QByteArray output = check.readAllStandardOutput();
        for (const QByteArray &line : output.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            m_outcomes.insert(QFileInfo(o[u"file"].toString()).fileName(), o);
        }
        QVERIFY2(m_outcomes.size() == arguments.size(), check.readAllStandardError().constData());
    }

    void decodesWithTheGoType_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("type");
        for (const EventTemplate *t : EventCatalog::builtin().allEvents()) {
            const auto type = goTypeFor(*t);
            if (type && !type->isEmpty())
                QTest::addRow("%s %s", qPrintable(t->service), qPrintable(t->name)) << t->service << t->name << *type;
        }
    }

    void decodesWithTheGoType()
    {
        QFETCH(QString, service);
        QFETCH(QString, event);
        QFETCH(QString, type);
        const QJsonObject o = m_outcomes.value(service + u'-' + event + QStringLiteral(".json"));
        QVERIFY2(!o.isEmpty(), "eventcheck said nothing about this event");
        QVERIFY2(o[u"ok"].toBool(),
                 qPrintable(QStringLiteral("events.%1 rejects it: %2").arg(type, o[u"error"].toString())));
        const QJsonArray unknown = o[u"unknownFields"].toArray();
        if (!unknown.isEmpty()) {
            QStringList fields;
            for (const QJsonValue &v : unknown)
                fields << v.toString();
            qInfo("%s %s: not in events.%s: %s", qPrintable(service), qPrintable(event), qPrintable(type),
                  qPrintable(fields.join(QStringLiteral(", "))));
        }
    }
};

QTEST_GUILESS_MAIN(TestGoEvents)
#include "tst_goevents.moc"
