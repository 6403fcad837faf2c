// SPDX-License-Identifier: MIT
// The asynchronous queue without an engine: the template's EventInvokeConfig
// and DeadLetterQueue, what enqueue() refuses, Lambda's record shapes, and
// the journal across restarts and crashes (a torn last line, a record that
// never reached its queue).
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "engine/async/asyncinvocationqueue.h"
#include "engine/async/asyncrecords.h"
#include "engine/project/lambdalimits.h"
#include "engine/project/samtemplate.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

FunctionConfig function(const QString &id)
{
    FunctionConfig f;
    f.logicalId = f.functionName = id;
    f.handler = u"app.noop"_s;
    f.runtime = u"python3.12"_s;
    return f;
}

QByteArray functionYaml(const QByteArray &properties)
{
    return "Resources:\n"
           "  Orders:\n"
           "    Type: AWS::Serverless::Function\n"
           "    Properties:\n"
           "      Handler: app.handler\n"
           "      Runtime: python3.12\n"
        + properties;
}

void writeLines(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class TestAsyncJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void templateSettings()
    {
        const QByteArray yaml = "Globals:\n"
                                "  Function:\n"
                                "    EventInvokeConfig:\n"
                                "      MaximumEventAgeInSeconds: 600\n"
                                "Resources:\n"
                                "  Orders:\n"
                                "    Type: AWS::Serverless::Function\n"
                                "    Properties:\n"
                                "      Handler: app.handler\n"
                                "      Runtime: python3.12\n"
                                "      EventInvokeConfig:\n"
                                "        MaximumRetryAttempts: 1\n"
                                "        DestinationConfig:\n"
                                "          OnSuccess:\n"
                                "            Type: Lambda\n"
                                "            Destination: !GetAtt Audit.Arn\n"
                                "          OnFailure:\n"
                                "            Type: SQS\n"
                                "            Destination: arn:aws:sqs:us-east-1:123456789012:orders-failed\n"
                                "      DeadLetterQueue:\n"
                                "        Type: SNS\n"
                                "        TargetArn: !Ref DeadTopic\n"
                                "  Audit:\n"
                                "    Type: AWS::Serverless::Function\n"
                                "    Properties:\n"
                                "      Handler: app.handler\n"
                                "      Runtime: python3.12\n"
                                "      EventInvokeConfig:\n"
                                "        DestinationConfig:\n"
                                "          OnFailure:\n"
                                "            Type: EventBridge\n";
        ProjectError error;
        const auto sam = SamTemplate::parse(yaml, u"/tmp/template.yaml"_s, &error);
        QVERIFY2(sam, qPrintable(error.toString()));
        QVERIFY2(sam->errors().isEmpty(), qPrintable(sam->errors().value(0).toString()));
        const FunctionConfig orders = *sam->function(u"Orders"_s);
        QCOMPARE(orders.maximumRetryAttempts, 1);
        QCOMPARE(orders.maximumEventAgeSeconds, 600); // from Globals, merged per key
        QCOMPARE(orders.onSuccess.type, u"Lambda"_s);
        QCOMPARE(orders.onSuccess.target, u"Audit"_s);
        QCOMPARE(orders.onFailure.type, u"SQS"_s);
        QCOMPARE(orders.onFailure.target, u"orders-failed"_s);
        QCOMPARE(orders.deadLetterQueue.type, u"SNS"_s);
        QCOMPARE(orders.deadLetterQueue.target, u"DeadTopic"_s);
        QCOMPARE(AsyncDestinationStore::queueKey(orders.onFailure), u"SQS/orders-failed"_s);
        const FunctionConfig audit = *sam->function(u"Audit"_s);
        QCOMPARE(audit.maximumRetryAttempts, 2); // Lambda's default
        QCOMPARE(audit.maximumEventAgeSeconds, 600);
        QVERIFY(!audit.onSuccess.isSet());
        // No Destination: SAM creates one for the function; here a queue named after it.
        QCOMPARE(audit.onFailure.type, u"EventBridge"_s);
        QCOMPARE(audit.onFailure.target, u"Audit-OnFailure"_s);
        QVERIFY(!audit.deadLetterQueue.isSet());
    }

    void templateErrors_data()
    {
        QTest::addColumn<QByteArray>("properties");
        QTest::addColumn<QString>("message");
        QTest::newRow("too many retries") << QByteArray("      EventInvokeConfig:\n        MaximumRetryAttempts: 3\n")
                                          << u"MaximumRetryAttempts is 3; Lambda allows 0 to 2"_s;
        QTest::newRow("event age too short")
            << QByteArray("      EventInvokeConfig:\n        MaximumEventAgeInSeconds: 59\n")
            << u"MaximumEventAgeInSeconds is 59; Lambda allows 60 to 21600"_s;
        QTest::newRow("unknown destination type")
            << QByteArray("      EventInvokeConfig:\n        DestinationConfig:\n          OnSuccess:\n"
                          "            Type: Kinesis\n            Destination: x\n")
            << u"DestinationConfig.OnSuccess has Type Kinesis, which Lambda does not know"_s;
        QTest::newRow("lambda destination without a function")
            << QByteArray("      EventInvokeConfig:\n        DestinationConfig:\n          OnFailure:\n"
                          "            Type: Lambda\n")
            << u"DestinationConfig.OnFailure of Type Lambda names no function"_s;
        QTest::newRow("dead-letter queue of a function")
            << QByteArray("      DeadLetterQueue:\n        Type: Lambda\n        TargetArn: x\n")
            << u"DeadLetterQueue has Type Lambda; it takes SQS or SNS"_s;
    }

    void templateErrors()
    {
        QFETCH(QByteArray, properties);
        QFETCH(QString, message);
        ProjectError error;
        const auto sam = SamTemplate::parse(functionYaml(properties), u"/tmp/template.yaml"_s, &error);
        // The function is left out with a precise error.
        const QString said = sam ? sam->errors().value(0).message : error.message;
        QVERIFY2(said.contains(message), qPrintable(said));
    }

    void enqueueRefusesWhatLambdaRefuses()
    {
        QTemporaryDir dir;
        AsyncInvocationQueue queue(dir.path());
        QVERIFY2(queue.isValid(), qPrintable(queue.errorString()));
        QString error;
        // Exactly the 1 MB limit is accepted; one byte more is not.
        QByteArray atLimit(LambdaLimits::MaxAsyncRequestBytes, 'a');
        atLimit.front() = '"';
        atLimit.back() = '"';
        QVERIFY2(!queue.enqueue(function(u"F"_s), atLimit, &error).isEmpty(), qPrintable(error));
        QByteArray over = atLimit;
        over.insert(1, 'b');
        QVERIFY(queue.enqueue(function(u"F"_s), over, &error).isEmpty());
        QCOMPARE(error, u"1048577 byte payload is too large for the Event invocation type (limit 1048576 bytes)"_s);
        QVERIFY(queue.enqueue(function(u"F"_s), "{\"a\": x}", &error).isEmpty());
        QVERIFY2(error.startsWith(u"Could not parse request body into json: Could not parse payload into json: "_s),
                 qPrintable(error));
        // Any JSON value is an event; no body at all is the empty object, as for the Invoke API.
        QVERIFY(!queue.enqueue(function(u"F"_s), "42", &error).isEmpty());
        QVERIFY(!queue.enqueue(function(u"F"_s), {}, &error).isEmpty());
        QCOMPARE(queue.depth(), 3);
    }

    void eventsSurviveARestart()
    {
        QTemporaryDir dir;
        QList<QByteArray> ids;
        {
            AsyncInvocationQueue queue(dir.path());
            QString error;
            for (int i = 0; i < 5; ++i)
                ids << queue.enqueue(function(u"F"_s), QByteArray::number(i), &error, i == 3 ? u"live"_s : QString());
        } // no engine ever ran them
        AsyncInvocationQueue again(dir.path());
        QVERIFY2(again.isValid(), qPrintable(again.errorString()));
        const QList<AsyncEventInfo> events = again.events();
        QCOMPARE(events.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(events.at(i).requestId, ids.at(i)); // in the order they were accepted
            QCOMPARE(events.at(i).functionId, u"F"_s);
            QCOMPARE(events.at(i).status, AsyncEventStatus::Queued);
            QCOMPARE(events.at(i).invokeCount, 0);
            // The alias it was sent to (a journal from before qualifiers has none: $LATEST).
            QCOMPARE(events.at(i).qualifier, i == 3 ? u"live"_s : QString());
        }
    }

    void oneQueuePerFolder()
    {
        // A second owner would append to the same journal and deliver its events twice.
        QTemporaryDir dir;
        auto first = std::make_unique<AsyncInvocationQueue>(dir.path());
        QVERIFY(first->isValid());
        AsyncInvocationQueue second(dir.path());
        QVERIFY(!second.isValid());
        QVERIFY2(second.errorString().contains(u"is in use by another program"_s), qPrintable(second.errorString()));
        QString error;
        QVERIFY(second.enqueue(function(u"F"_s), "{}", &error).isEmpty());
        QCOMPARE(error, second.errorString());
        first.reset();
        AsyncInvocationQueue third(dir.path());
        QVERIFY2(third.isValid(), qPrintable(third.errorString()));
    }

    void tornLastLineIsDropped()
    {
        QTemporaryDir dir;
        const QByteArray good = R"({"op":"accept","id":"req-1","fn":"F","payload":"{}","at":1764500000000,"age":0})";
        const QByteArray attempt = R"({"op":"attempt","id":"req-1","n":1,"age":5})";
        // A crash in the middle of writing the next line leaves it without its end.
        writeLines(dir.filePath(u"journal.jsonl"_s),
                   good + '\n' + attempt + '\n' + R"({"op":"accept","id":"req-2","fn")");
        {
            AsyncInvocationQueue queue(dir.path());
            QVERIFY2(queue.isValid(), qPrintable(queue.errorString()));
            QCOMPARE(queue.depth(), 1);
            // The attempt that ran when Bullpen stopped is run again (nobody holds its result).
            QCOMPARE(queue.events().first().invokeCount, 1);
            QCOMPARE(queue.events().first().status, AsyncEventStatus::Queued);
            QString error;
            QVERIFY(!queue.enqueue(function(u"F"_s), "{}", &error).isEmpty());
        }
        AsyncInvocationQueue again(dir.path());
        QCOMPARE(again.depth(), 2);
    }

    void aRecordThatNeverReachedItsQueueIsWrittenOnce()
    {
        QTemporaryDir dir;
        const QJsonObject message { { u"version"_s, u"1.0"_s } };
        const QJsonObject record { { u"queue"_s, u"SQS/failures"_s },
                                   { u"requestId"_s, u"req-1"_s },
                                   { u"condition"_s, u"RetriesExhausted"_s },
                                   { u"queuedAt"_s, u"2026-11-30T10:00:00.000Z"_s },
                                   { u"message"_s, message } };
        const QJsonObject done { { u"op"_s, u"done"_s },
                                 { u"id"_s, u"req-1"_s },
                                 { u"condition"_s, u"RetriesExhausted"_s },
                                 { u"records"_s, QJsonArray { record } } };
        // The line that ended the event is on disk; the queue's file never got the record (a crash in between).
        writeLines(dir.filePath(u"journal.jsonl"_s),
                   R"({"op":"accept","id":"req-1","fn":"F","payload":"{}","at":1764500000000,"age":0})"
                   "\n" + QJsonDocument(done).toJson(QJsonDocument::Compact)
                       + '\n');
        for (int restart = 0; restart < 2; ++restart) {
            AsyncInvocationQueue queue(dir.path());
            QCOMPARE(queue.depth(), 0);
            QCOMPARE(queue.destinationQueues(), QStringList { u"SQS/failures"_s });
            const QList<AsyncQueueRecord> records = queue.destinationRecords(u"SQS/failures"_s);
            QCOMPARE(records.size(), 1);
            QCOMPARE(records.first().requestId, QByteArray("req-1"));
            QCOMPARE(records.first().message, message);
        }
    }

    void destinationRecordShape()
    {
        FunctionConfig f = function(u"Orders"_s);
        f.functionName = u"orders-fn"_s;
        AsyncAttemptResult last;
        last.ran = true;
        last.functionError = u"Unhandled"_s;
        last.errorType = u"ValueError"_s;
        last.errorMessage = u"bad order"_s;
        last.payload = R"({"errorMessage":"bad order","errorType":"ValueError","stackTrace":[]})";
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(1764496800123, QTimeZone::UTC);
        const QJsonObject record
            = asyncDestinationRecord(f, "req-9", R"({"order": 7})", AsyncCondition::retriesExhausted(), 3, last, at);
        const QJsonObject expected = QJsonDocument::fromJson(R"({
            "version": "1.0",
            "timestamp": "2025-11-30T10:00:00.123Z",
            "requestContext": {
                "requestId": "req-9",
                "functionArn": "arn:aws:lambda:us-east-1:123456789012:function:orders-fn:$LATEST",
                "condition": "RetriesExhausted",
                "approximateInvokeCount": 3
            },
            "requestPayload": {"order": 7},
            "responseContext": {"statusCode": 200, "executedVersion": "$LATEST", "functionError": "Unhandled"},
            "responsePayload": {"errorMessage": "bad order", "errorType": "ValueError", "stackTrace": []}
        })")
                                         .object();
        QCOMPARE(record, expected);

        // The function never ran (throttled until too old): no response parts.
        const QJsonObject unrun = asyncDestinationRecord(f, "req-9", "[1]", AsyncCondition::eventAgeExceeded(), 4,
                                                         AsyncAttemptResult(), at);
        QVERIFY(!unrun.contains(u"responseContext"_s));
        QVERIFY(!unrun.contains(u"responsePayload"_s));
        QCOMPARE(unrun[u"requestPayload"_s].toArray(), QJsonArray { 1 });

        // The engine's region and account (bullpen serve --region, --account-id) name the function.
        AwsAccount account;
        account.region = u"ap-southeast-2"_s;
        account.accountId = u"210987654321"_s;
        const QJsonObject elsewhere
            = asyncDestinationRecord(f, "req-9", "{}", AsyncCondition::success(), 1, last, at, account);
        QCOMPARE(elsewhere[u"requestContext"_s][u"functionArn"_s].toString(),
                 u"arn:aws:lambda:ap-southeast-2:210987654321:function:orders-fn:$LATEST"_s);

        // Sent to the alias: the record names it, and the version it runs executed.
        f.autoPublishAlias = u"live"_s;
        const QJsonObject viaAlias
            = asyncDestinationRecord(f, "req-9", "{}", AsyncCondition::success(), 1, last, at, AwsAccount(), u"live"_s);
        QCOMPARE(viaAlias[u"requestContext"_s][u"functionArn"_s].toString(),
                 u"arn:aws:lambda:us-east-1:123456789012:function:orders-fn:live"_s);
        QCOMPARE(viaAlias[u"responseContext"_s][u"executedVersion"_s].toString(), u"1"_s);

        const QJsonObject dlq
            = asyncDeadLetterMessage("req-9", R"({"order": 7})", last, AsyncCondition::retriesExhausted(), at);
        QCOMPARE(dlq[u"body"_s].toString(), uR"({"order": 7})"_s); // the original event, as sent
        const QJsonObject attributes = dlq[u"messageAttributes"_s].toObject();
        QCOMPARE(attributes[u"RequestID"_s][u"StringValue"_s].toString(), u"req-9"_s);
        QCOMPARE(attributes[u"ErrorCode"_s][u"DataType"_s].toString(), u"Number"_s);
        QCOMPARE(attributes[u"ErrorCode"_s][u"StringValue"_s].toString(), u"200"_s);
        QCOMPARE(attributes[u"ErrorMessage"_s][u"StringValue"_s].toString(), u"bad order"_s);
    }

    void lambdaBackOff()
    {
        QCOMPARE(AsyncInvocationQueue::retryDelayMs(1), qint64(60'000));
        QCOMPARE(AsyncInvocationQueue::retryDelayMs(2), qint64(120'000));
        QCOMPARE(AsyncInvocationQueue::systemRetryDelayMs(1), qint64(1'000));
        QCOMPARE(AsyncInvocationQueue::systemRetryDelayMs(2), qint64(2'000));
        QCOMPARE(AsyncInvocationQueue::systemRetryDelayMs(9), qint64(256'000));
        QCOMPARE(AsyncInvocationQueue::systemRetryDelayMs(10), qint64(300'000));
        QCOMPARE(AsyncInvocationQueue::systemRetryDelayMs(40), qint64(300'000));
    }
};

QTEST_GUILESS_MAIN(TestAsyncJournal)
#include "tst_asyncjournal.moc"
