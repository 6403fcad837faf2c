// SPDX-License-Identifier: MIT
// Asynchronous invocations with real containers and real handlers: Lambda's
// retries (a function that fails twice, then succeeds, keeps its request id),
// the OnSuccess destination function and the OnFailure / dead-letter queues
// with Lambda's record shapes, the maximum event age, throttles retried
// without counting, a queue destroyed mid-flight and made again on its
// folder, and 10,000 events. Deliveries are counted where they happen: each
// handler tells its request id to the test over a TCP connection (not the
// engine's logs or results). The pool clock runs fast (Lambda's
// minutes of back-off pass in tens of milliseconds); nothing asserts a duration.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "engine/async/asyncinvocationqueue.h"
#include "engine/invocation/invocation.h"
#include "engine/invoke/invoker.h"
#include "tests/support/ciskip.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

FunctionConfig pythonFunction(const QString &id, const QString &handler)
{
    FunctionConfig f;
    f.logicalId = f.functionName = id;
    f.handler = handler;
    f.runtime = u"python3.12"_s;
    f.codeDirectory = QStringLiteral(BULLPEN_TEST_DATA_DIR "/functions/python");
    f.memorySizeMb = 256;
    f.timeoutSeconds = 10;
    return f;
}

AsyncDestination destination(const QString &type, const QString &target)
{
    AsyncDestination d;
    d.type = type;
    d.target = target;
    return d;
}

// What the handlers told the tally ("HANDLED <id>", "ATTEMPT <id> <n>",
// "RECORD <json>"), over TCP on the loopback (runc and crun instances share the
// host's network), and every result as the engine reports it.
class HandlerLog : public QObject
{
public:
    explicit HandlerLog(Invoker *invoker)
    {
        connect(invoker, &Invoker::invocationFinished, this, [this](const InvocationResult &r) { results.append(r); });
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                socket->setParent(&server);
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    const QList<QByteArray> received = socket->readAll().split('\n');
                    for (const QByteArray &line : received) {
                        const QString text = QString::fromUtf8(line).trimmed();
                        if (!text.isEmpty())
                            lines[text.section(u' ', 0, 0)].append(text.section(u' ', 1));
                    }
                    socket->deleteLater();
                });
            }
        });
        // On all addresses: the handlers reach it as a service of the user's
        // on the host, through host.docker.internal.
        server.listen(QHostAddress::AnyIPv4);
    }
    // The function as the tests run it: it finds the tally through its environment.
    FunctionConfig tell(FunctionConfig f) const
    {
        f.environment.insert(u"BULLPEN_TEST_TALLY"_s, u"host.docker.internal:%1"_s.arg(server.serverPort()));
        return f;
    }
    QList<InvocationResult> resultsOf(const QString &functionId) const
    {
        QList<InvocationResult> found;
        for (const InvocationResult &r : results)
            if (r.functionId == functionId)
                found.append(r);
        return found;
    }
    QList<InvocationResult> results;
    QHash<QString, QStringList> lines;
    QTcpServer server; // last: it goes (with its connections) before what they write to
};

QString describe(const QList<InvocationResult> &results)
{
    QStringList parts;
    for (const InvocationResult &r : results)
        parts << u"%1 %2 %3 %4"_s.arg(r.functionId, invocationOutcomeName(r.outcome), r.errorType, r.engineError);
    return parts.join(u"; "_s);
}

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestAsyncInvocationQueue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_cache;

    std::unique_ptr<Invoker> makeInvoker(double clockSpeed = 1000.0)
    {
        EngineSettings settings;
        settings.backend = qEnvironmentVariable("BULLPEN_TEST_BACKEND", u"oci"_s);
        settings.cacheDirectory = m_cache.path();
        settings.clockSpeed = clockSpeed;
        QString error;
        auto invoker = Invoker::create(settings, &error);
        if (!invoker)
            qWarning("no engine: %s", qPrintable(error));
        return invoker;
    }

    static QList<PoolEvent> asyncEvents(const QList<PoolEvent> &stream, const QByteArray &requestId)
    {
        QList<PoolEvent> found;
        for (const PoolEvent &e : stream)
            if (e.requestId == requestId
                && (e.type == PoolEventType::AsyncEventQueued || e.type == PoolEventType::AsyncRetryScheduled
                    || e.type == PoolEventType::AsyncEventDone))
                found.append(e);
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid());
        if (!makeInvoker())
            BULLPEN_SKIP_UNLESS_CI(u"no container backend works here"_s);
    }

    void flakyFunctionSucceedsOnItsThirdAttempt()
    {
        auto invoker = makeInvoker();
        HandlerLog log(invoker.get());
        QList<PoolEvent> stream;
        QObject listening; // ends the connection before stream goes (the engine publishes to its end)
        connect(invoker.get(), &Invoker::poolEvent, &listening, [&stream](const PoolEvent &e) { stream.append(e); });
        QTemporaryDir dir;
        FunctionConfig flaky = log.tell(pythonFunction(u"AsyncFlaky"_s, u"app.flaky"_s));
        flaky.onSuccess = destination(u"Lambda"_s, u"AsyncSink"_s);
        const FunctionConfig sink = log.tell(pythonFunction(u"AsyncSink"_s, u"app.sink"_s));
        AsyncInvocationQueue queue(dir.path(), invoker.get());
        QVERIFY2(queue.isValid(), qPrintable(queue.errorString()));
        queue.setFunctions({ flaky, sink });
        QString error;
        const QByteArray id = queue.enqueue(flaky, R"({"order": 1})", &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QTRY_VERIFY2_WITH_TIMEOUT(!log.resultsOf(u"AsyncSink"_s).isEmpty() && queue.depth() == 0,
                                  qPrintable(describe(log.results)), 120000);

        // Three attempts, one request id, as the handler saw it.
        const QList<InvocationResult> attempts = log.resultsOf(u"AsyncFlaky"_s);
        QCOMPARE(attempts.size(), 3);
        QCOMPARE(attempts.at(0).outcome, InvocationOutcome::FunctionError);
        QCOMPARE(attempts.at(1).outcome, InvocationOutcome::FunctionError);
        QCOMPARE(attempts.at(2).outcome, InvocationOutcome::Succeeded);
        for (const InvocationResult &r : attempts)
            QCOMPARE(r.requestId, id);
        const QString rid = QString::fromLatin1(id);
        QTRY_COMPARE(log.lines.value(u"ATTEMPT"_s), (QStringList { rid + u" 1"_s, rid + u" 2"_s, rid + u" 3"_s }));

        // OnSuccess: the sink function was invoked with Lambda's record.
        const QJsonObject record = json(log.resultsOf(u"AsyncSink"_s).first().eventPayload);
        const QJsonObject context = record[u"requestContext"_s].toObject();
        QCOMPARE(record[u"version"_s].toString(), u"1.0"_s);
        QCOMPARE(context[u"requestId"_s].toString(), rid);
        QCOMPARE(context[u"condition"_s].toString(), u"Success"_s);
        QCOMPARE(context[u"approximateInvokeCount"_s].toInt(), 3);
        QCOMPARE(context[u"functionArn"_s].toString(),
                 u"arn:aws:lambda:us-east-1:123456789012:function:AsyncFlaky:$LATEST"_s);
        QCOMPARE(record[u"requestPayload"_s].toObject(), json(R"({"order": 1})"));
        QCOMPARE(record[u"responseContext"_s].toObject(), json(R"({"statusCode": 200, "executedVersion": "$LATEST"})"));
        QCOMPARE(record[u"responsePayload"_s][u"attempts"_s].toInt(), 3);
        QTRY_COMPARE(log.lines.value(u"RECORD"_s).size(), 1);
        QVERIFY(!QDateTime::fromString(record[u"timestamp"_s].toString(), Qt::ISODateWithMs).isNull());

        // The pool's stream told the story in order, with Lambda's back-off (1 min, then 2 min).
        const QList<PoolEvent> story = asyncEvents(stream, id);
        QCOMPARE(story.size(), 4);
        QCOMPARE(story.at(0).type, PoolEventType::AsyncEventQueued);
        QCOMPARE(story.at(0).queueDepth, 1);
        QCOMPARE(story.at(1).type, PoolEventType::AsyncRetryScheduled);
        QCOMPARE(story.at(1).attempt, 1);
        QVERIFY2(story.at(1).detail.contains(u"next attempt in 60 s"_s), qPrintable(story.at(1).detail));
        QCOMPARE(story.at(2).type, PoolEventType::AsyncRetryScheduled);
        QCOMPARE(story.at(2).attempt, 2);
        QVERIFY2(story.at(2).detail.contains(u"next attempt in 120 s"_s), qPrintable(story.at(2).detail));
        QCOMPARE(story.at(3).type, PoolEventType::AsyncEventDone);
        QCOMPARE(story.at(3).attempt, 3);
        QCOMPARE(story.at(3).detail, u"Success -> Lambda AsyncSink"_s);
        for (int i = 1; i < story.size(); ++i)
            QVERIFY(story.at(i).sequence > story.at(i - 1).sequence);
        QVERIFY(story.at(2).poolTimeMs - story.at(1).poolTimeMs >= 60000); // the back-off ran on the pool clock
        const QJsonObject traced = story.at(1).toJson();
        QCOMPARE(traced[u"type"_s].toString(), u"asyncRetryScheduled"_s);
        QCOMPARE(PoolEvent::fromJson(traced).retryAtMs, story.at(1).retryAtMs);
    }

    void alwaysFailingFunctionEndsInOnFailureAndDeadLetterQueue_data()
    {
        QTest::addColumn<int>("retries");
        QTest::newRow("MaximumRetryAttempts 0") << 0;
        QTest::newRow("MaximumRetryAttempts 1") << 1;
        QTest::newRow("default (2)") << 2;
    }

    void alwaysFailingFunctionEndsInOnFailureAndDeadLetterQueue()
    {
        QFETCH(int, retries);
        auto invoker = makeInvoker();
        HandlerLog log(invoker.get());
        QTemporaryDir dir;
        FunctionConfig fail = log.tell(pythonFunction(u"AsyncFail"_s, u"app.fail"_s));
        fail.maximumRetryAttempts = retries;
        fail.onFailure = destination(u"SQS"_s, u"failures"_s);
        fail.deadLetterQueue = destination(u"SNS"_s, u"dead-letters"_s);
        fail.onSuccess = destination(u"SQS"_s, u"never"_s);
        AsyncInvocationQueue queue(dir.path(), invoker.get());
        QSignalSpy removed(&queue, &AsyncInvocationQueue::eventRemoved);
        QSignalSpy recorded(&queue, &AsyncInvocationQueue::destinationRecordAdded);
        QString error;
        const QByteArray payload = R"({"order": 2, "note": "fails"})";
        const QByteArray id = queue.enqueue(fail, payload, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QTRY_VERIFY2_WITH_TIMEOUT(recorded.count() == 2, qPrintable(describe(log.results)), 120000);
        QCOMPARE(queue.depth(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toString(), u"RetriesExhausted"_s);
        QCOMPARE(log.resultsOf(u"AsyncFail"_s).size(), retries + 1);
        QTRY_COMPARE(log.lines.value(u"ATTEMPT"_s), QStringList(retries + 1, QString::fromLatin1(id)));

        QCOMPARE(queue.destinationQueues(), (QStringList { u"SNS/dead-letters"_s, u"SQS/failures"_s }));
        const QList<AsyncQueueRecord> failures = queue.destinationRecords(u"SQS/failures"_s);
        QCOMPARE(failures.size(), 1);
        const QJsonObject record = failures.first().message;
        QCOMPARE(record[u"requestContext"_s][u"requestId"_s].toString(), QString::fromLatin1(id));
        QCOMPARE(record[u"requestContext"_s][u"condition"_s].toString(), u"RetriesExhausted"_s);
        QCOMPARE(record[u"requestContext"_s][u"approximateInvokeCount"_s].toInt(), retries + 1);
        QCOMPARE(record[u"requestPayload"_s].toObject(), json(payload));
        QCOMPARE(record[u"responseContext"_s].toObject(),
                 json(R"({"statusCode": 200, "executedVersion": "$LATEST", "functionError": "Unhandled"})"));
        QCOMPARE(record[u"responsePayload"_s][u"errorType"_s].toString(), u"ValueError"_s);
        QVERIFY(record[u"responsePayload"_s][u"errorMessage"_s].toString().startsWith(u"this function always fails"_s));

        const QList<AsyncQueueRecord> dead = queue.destinationRecords(u"SNS/dead-letters"_s);
        QCOMPARE(dead.size(), 1);
        const QJsonObject message = dead.first().message;
        QCOMPARE(message[u"body"_s].toString().toUtf8(), payload); // the original event
        const QJsonObject attributes = message[u"messageAttributes"_s].toObject();
        QCOMPARE(attributes[u"RequestID"_s][u"StringValue"_s].toString(), QString::fromLatin1(id));
        QCOMPARE(attributes[u"ErrorCode"_s][u"StringValue"_s].toString(), u"200"_s);
        QVERIFY(attributes[u"ErrorMessage"_s][u"StringValue"_s].toString().startsWith(u"this function always fails"_s));
    }

    void eventOlderThanItsMaximumAgeIsNotRetried()
    {
        auto invoker = makeInvoker();
        HandlerLog log(invoker.get());
        QTemporaryDir dir;
        FunctionConfig fail = log.tell(pythonFunction(u"AsyncExpire"_s, u"app.fail"_s));
        fail.maximumEventAgeSeconds = 60; // the first retry (after 1 min) would come at that age: it ends instead
        fail.onFailure = destination(u"SQS"_s, u"expired"_s);
        AsyncInvocationQueue queue(dir.path(), invoker.get());
        QSignalSpy removed(&queue, &AsyncInvocationQueue::eventRemoved);
        QString error;
        const QByteArray id = queue.enqueue(fail, "{}", &error);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 120000);
        QCOMPARE(removed.first().at(1).toString(), u"EventAgeExceeded"_s);
        QCOMPARE(log.resultsOf(u"AsyncExpire"_s).size(), 1);
        QTRY_COMPARE(queue.destinationRecords(u"SQS/expired"_s).size(), 1);
        const QJsonObject record = queue.destinationRecords(u"SQS/expired"_s).first().message;
        QCOMPARE(record[u"requestContext"_s][u"condition"_s].toString(), u"EventAgeExceeded"_s);
        QCOMPARE(record[u"requestContext"_s][u"approximateInvokeCount"_s].toInt(), 1);
        QCOMPARE(record[u"responseContext"_s][u"functionError"_s].toString(), u"Unhandled"_s);
        QCOMPARE(record[u"requestContext"_s][u"requestId"_s].toString(), QString::fromLatin1(id));
    }

    void throttlesAreRetriedWithoutCountingUntilTheEventIsTooOld()
    {
        auto invoker = makeInvoker();
        HandlerLog log(invoker.get());
        QList<PoolEvent> stream;
        QObject listening; // ends the connection before stream goes (the engine publishes to its end)
        connect(invoker.get(), &Invoker::poolEvent, &listening, [&stream](const PoolEvent &e) { stream.append(e); });
        QTemporaryDir dir;
        FunctionConfig throttled = log.tell(pythonFunction(u"AsyncThrottled"_s, u"app.noop"_s));
        throttled.reservedConcurrentExecutions = 0; // every call is refused with 429
        throttled.maximumRetryAttempts = 0; // throttles do not count against it
        throttled.maximumEventAgeSeconds = 60;
        throttled.onFailure = destination(u"SQS"_s, u"throttled"_s);
        AsyncInvocationQueue queue(dir.path(), invoker.get());
        QSignalSpy removed(&queue, &AsyncInvocationQueue::eventRemoved);
        QString error;
        const QByteArray id = queue.enqueue(throttled, "{}", &error);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 120000);
        QCOMPARE(removed.first().at(1).toString(), u"EventAgeExceeded"_s);
        QVERIFY(log.lines.value(u"HANDLED"_s).isEmpty()); // the function never ran
        QCOMPARE(invoker->instanceCount(), 0);
        // The destination's record is written after the removal, as in the test above.
        QTRY_COMPARE(queue.destinationRecords(u"SQS/throttled"_s).size(), 1);
        const QList<AsyncQueueRecord> records = queue.destinationRecords(u"SQS/throttled"_s);
        const QJsonObject record = records.first().message;
        QVERIFY(record[u"requestContext"_s][u"approximateInvokeCount"_s].toInt() >= 2);
        QVERIFY(!record.contains(u"responseContext"_s));
        // Back-off doubles from 1 s.
        const QList<PoolEvent> story = asyncEvents(stream, id);
        QVERIFY(story.size() >= 3);
        QVERIFY2(story.at(1).detail.startsWith(u"throttled; next attempt in 1 s"_s), qPrintable(story.at(1).detail));
        QVERIFY2(story.at(2).detail.startsWith(u"throttled; next attempt in 2 s"_s), qPrintable(story.at(2).detail));
    }

    void queueDestroyedMidFlightDeliversEachEventOnce()
    {
        auto invoker = makeInvoker(1.0);
        HandlerLog log(invoker.get());
        QTemporaryDir dir;
        const FunctionConfig slow = log.tell(pythonFunction(u"AsyncSlow"_s, u"app.slow"_s));
        QSet<QString> ids;
        auto queue = std::make_unique<AsyncInvocationQueue>(dir.path(), invoker.get());
        queue->setMaxInFlightPerFunction(3);
        QString error;
        for (int i = 0; i < 12; ++i)
            ids.insert(QString::fromLatin1(queue->enqueue(slow, R"({"seconds": 0.2})", &error)));
        QCOMPARE(ids.size(), 12);
        // Destroyed while some are done, some run and some wait.
        QTRY_VERIFY_WITH_TIMEOUT(log.lines.value(u"HANDLED"_s).size() >= 2 && queue->inFlightCount() > 0, 120000);
        const int runningThen = queue->inFlightCount();
        queue.reset();
        queue = std::make_unique<AsyncInvocationQueue>(dir.path(), invoker.get());
        QVERIFY2(queue->isValid(), qPrintable(queue->errorString()));
        QVERIFY(queue->depth() > 0);
        QCOMPARE(queue->inFlightCount(), runningThen); // the running attempts were handed over, not restarted
        queue->setMaxInFlightPerFunction(3);
        queue->setFunctions({ slow });
        QTRY_COMPARE_WITH_TIMEOUT(queue->depth(), 0, 120000);
        QTRY_COMPARE(log.lines.value(u"HANDLED"_s).size(), 12);
        const QStringList handled = log.lines.value(u"HANDLED"_s);
        QCOMPARE(QSet<QString>(handled.begin(), handled.end()), ids); // each once
        queue.reset();
        AsyncInvocationQueue after(dir.path());
        QCOMPARE(after.depth(), 0); // nothing left to deliver again
    }

    void tenThousandEventsNoneLostNoneTwice()
    {
        // A real-time pool clock: at a few hundred deliveries a second, the last
        // events would pass Lambda's six-hour maximum age on a fast one (and rightly expire).
        auto invoker = makeInvoker(1.0);
        HandlerLog log(invoker.get());
        QTemporaryDir dir;
        const FunctionConfig noop = log.tell(pythonFunction(u"AsyncNoop"_s, u"app.noop"_s));
        AsyncInvocationQueue queue(dir.path(), invoker.get());
        QSignalSpy removed(&queue, &AsyncInvocationQueue::eventRemoved);
        const int N = qEnvironmentVariableIntValue("ASYNC_N") > 0 ? qEnvironmentVariableIntValue("ASYNC_N") : 10000;
        QSet<QString> ids;
        QElapsedTimer clock;
        clock.start();
        QString error;
        for (int i = 0; i < N; ++i) {
            const QByteArray id = queue.enqueue(noop, R"({"n": )" + QByteArray::number(i) + '}', &error);
            QVERIFY2(!id.isEmpty(), qPrintable(error));
            ids.insert(QString::fromLatin1(id));
        }
        const qint64 enqueueMs = clock.elapsed();
        QCOMPARE(ids.size(), N);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), N, 500000);
        const qint64 totalMs = clock.elapsed();
        QCOMPARE(queue.depth(), 0);
        QHash<QString, int> conditions;
        for (const QList<QVariant> &signal : std::as_const(removed))
            ++conditions[signal.at(1).toString()];
        QCOMPARE(conditions.value(u"Success"_s), N);
        QTRY_COMPARE(log.lines.value(u"HANDLED"_s).size(), N);
        QTest::qWait(200); // a duplicate would have been told by now, too
        const QStringList handled = log.lines.value(u"HANDLED"_s);
        QCOMPARE(handled.size(), N); // none twice
        QCOMPARE(QSet<QString>(handled.begin(), handled.end()), ids); // none lost, none foreign
        // Figures for docs/benchmarks.md (printed, not asserted).
        qInfo("10000 events: enqueued in %lld ms (%.0f/s), all delivered after %lld ms (%.0f/s)", enqueueMs,
              N * 1000.0 / qMax<qint64>(1, enqueueMs), totalMs, N * 1000.0 / qMax<qint64>(1, totalMs));
    }
};

QTEST_GUILESS_MAIN(TestAsyncInvocationQueue)
#include "tst_asyncinvocationqueue.moc"
