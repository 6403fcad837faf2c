// SPDX-License-Identifier: MIT
// The pool event's JSON form is what `--trace` writes and what recorded
// streams (benchmarks, golden tests) are read back from: every type must come
// back exactly as it went out, and the names are a stable vocabulary.
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include "engine/pool/poolevent.h"

using namespace Bullpen;

Q_DECLARE_METATYPE(Bullpen::PoolEventType)

namespace {

// An event with every field that means something for its type set to a value
// other than the default, so a field lost on the way shows.
PoolEvent sample(PoolEventType type)
{
    PoolEvent e;
    e.sequence = 42;
    e.type = type;
    e.poolTimeMs = 123456;
    e.realTimeMs = 6543;
    e.functionId = QStringLiteral("HelloFunction");
    e.instanceId = QStringLiteral("i-7");
    e.memorySizeMb = 512;
    switch (type) {
    case PoolEventType::InstanceStarting:
        e.provisioned = true;
        e.timeoutMs = 900000;
        e.detail = QStringLiteral("pre-warmed");
        break;
    case PoolEventType::InstanceSandboxReady:
        e.pid = 31337;
        e.sandboxDurationMs = 42.5;
        break;
    case PoolEventType::InstanceInitDone:
        e.initDurationMs = 187.25;
        e.provisioned = true;
        e.phases.ms = { -1, 40.5, 101.25, 12.0, 70.5, 3.5 };
        e.phases.totalMs = 227.75;
        break;
    case PoolEventType::InstanceBusy:
        e.requestId = "0b6f-11";
        e.source = InvocationSource::Load;
        e.timeoutMs = 3000;
        break;
    case PoolEventType::InstanceIdle:
        e.expiresAtMs = 123456 + 45 * 60 * 1000;
        break;
    case PoolEventType::InstanceStopped:
        e.stopReason = InstanceStopReason::OutOfMemory;
        e.detail = QStringLiteral("the memory limit killed it");
        break;
    case PoolEventType::InvocationQueued:
        e.instanceId.clear();
        e.requestId = "q-1";
        e.source = InvocationSource::Api;
        break;
    case PoolEventType::InvocationDispatched:
        e.requestId = "d-1";
        e.coldStart = true;
        e.source = InvocationSource::Schedule;
        break;
    case PoolEventType::InvocationThrottled:
        e.instanceId.clear();
        e.requestId = "t-1";
        e.throttleReason = QStringLiteral("ReservedFunctionConcurrentInvocationLimitExceeded");
        e.detail = QStringLiteral("TooManyRequestsException");
        break;
    case PoolEventType::InvocationFinished:
        e.requestId = "f-1";
        e.coldStart = true;
        e.outcome = InvocationOutcome::TimedOut;
        e.durationMs = 3000.5;
        e.initDurationMs = 250.75;
        e.billedDurationMs = 3001;
        e.detail = QStringLiteral("Sandbox.Timedout");
        break;
    case PoolEventType::AsyncEventQueued:
        e.instanceId.clear();
        e.requestId = "a-1";
        e.queueDepth = 3;
        break;
    case PoolEventType::AsyncRetryScheduled:
        e.instanceId.clear();
        e.requestId = "a-1";
        e.attempt = 1;
        e.retryAtMs = 123456 + 60000;
        e.detail = QStringLiteral("Unhandled");
        break;
    case PoolEventType::AsyncEventDone:
        e.instanceId.clear();
        e.requestId = "a-1";
        e.queueDepth = 2;
        e.attempt = 3;
        e.detail = QStringLiteral("RetriesExhausted");
        break;
    case PoolEventType::MemorySample:
        e.memoryBytes = 48 * 1024 * 1024 + 17;
        break;
    case PoolEventType::ClockSpeedChanged:
        e.functionId.clear();
        e.instanceId.clear();
        e.memorySizeMb = 0;
        e.speed = 600;
        break;
    }
    return e;
}

void compare(const PoolEvent &a, const PoolEvent &b)
{
    QCOMPARE(a.sequence, b.sequence);
    QCOMPARE(a.type, b.type);
    QCOMPARE(a.poolTimeMs, b.poolTimeMs);
    QCOMPARE(a.realTimeMs, b.realTimeMs);
    QCOMPARE(a.functionId, b.functionId);
    QCOMPARE(a.instanceId, b.instanceId);
    QCOMPARE(a.requestId, b.requestId);
    QCOMPARE(a.source, b.source);
    QCOMPARE(a.coldStart, b.coldStart);
    QCOMPARE(a.provisioned, b.provisioned);
    QCOMPARE(a.memorySizeMb, b.memorySizeMb);
    QCOMPARE(a.memoryBytes, b.memoryBytes);
    QCOMPARE(a.expiresAtMs, b.expiresAtMs);
    QCOMPARE(a.initDurationMs, b.initDurationMs);
    QCOMPARE(a.durationMs, b.durationMs);
    QCOMPARE(a.billedDurationMs, b.billedDurationMs);
    QCOMPARE(a.outcome, b.outcome);
    QCOMPARE(a.stopReason, b.stopReason);
    QCOMPARE(a.throttleReason, b.throttleReason);
    QCOMPARE(a.detail, b.detail);
    QCOMPARE(a.speed, b.speed);
    QCOMPARE(a.pid, b.pid);
    QCOMPARE(a.sandboxDurationMs, b.sandboxDurationMs);
    QCOMPARE(a.phases, b.phases);
    QCOMPARE(a.timeoutMs, b.timeoutMs);
}

} // namespace

class TestPoolEvent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<PoolEventType>("type");
        QTest::addColumn<QString>("name");
        QTest::newRow("instanceStarting") << PoolEventType::InstanceStarting << QStringLiteral("instanceStarting");
        QTest::newRow("instanceInitDone") << PoolEventType::InstanceInitDone << QStringLiteral("instanceInitDone");
        QTest::newRow("instanceBusy") << PoolEventType::InstanceBusy << QStringLiteral("instanceBusy");
        QTest::newRow("instanceIdle") << PoolEventType::InstanceIdle << QStringLiteral("instanceIdle");
        QTest::newRow("instanceStopped") << PoolEventType::InstanceStopped << QStringLiteral("instanceStopped");
        QTest::newRow("invocationQueued") << PoolEventType::InvocationQueued << QStringLiteral("invocationQueued");
        QTest::newRow("invocationDispatched")
            << PoolEventType::InvocationDispatched << QStringLiteral("invocationDispatched");
        QTest::newRow("invocationThrottled")
            << PoolEventType::InvocationThrottled << QStringLiteral("invocationThrottled");
        QTest::newRow("invocationFinished")
            << PoolEventType::InvocationFinished << QStringLiteral("invocationFinished");
        QTest::newRow("memorySample") << PoolEventType::MemorySample << QStringLiteral("memorySample");
        QTest::newRow("clockSpeedChanged") << PoolEventType::ClockSpeedChanged << QStringLiteral("clockSpeedChanged");
        QTest::newRow("instanceSandboxReady")
            << PoolEventType::InstanceSandboxReady << QStringLiteral("instanceSandboxReady");
    }

    // Through JSON text and back, as a trace file would carry it.
    void roundTrip()
    {
        QFETCH(PoolEventType, type);
        QFETCH(QString, name);
        const PoolEvent original = sample(type);
        const QJsonObject json = original.toJson();
        QCOMPARE(json.value(QStringLiteral("type")).toString(), name);
        QCOMPARE(poolEventTypeName(type), name);

        const QByteArray line = QJsonDocument(json).toJson(QJsonDocument::Compact);
        QVERIFY(!line.contains('\n'));
        bool ok = false;
        const PoolEvent back = PoolEvent::fromJson(QJsonDocument::fromJson(line).object(), &ok);
        QVERIFY(ok);
        compare(back, original);
    }

    // Fields that mean nothing for a type are not written (traces stay short).
    void onlyMeaningfulFields()
    {
        const QJsonObject speed = sample(PoolEventType::ClockSpeedChanged).toJson();
        QVERIFY(!speed.contains(QStringLiteral("outcome")));
        QVERIFY(!speed.contains(QStringLiteral("memoryBytes")));
        QVERIFY(!speed.contains(QStringLiteral("functionId")));
        const QJsonObject busy = sample(PoolEventType::InstanceBusy).toJson();
        QVERIFY(!busy.contains(QStringLiteral("durationMs")));
        QVERIFY(!busy.contains(QStringLiteral("speed")));
        QCOMPARE(busy.value(QStringLiteral("source")).toString(), QStringLiteral("load"));
        QVERIFY(!busy.contains(QStringLiteral("pid")));
        const QJsonObject idle = sample(PoolEventType::InstanceIdle).toJson();
        QVERIFY(!idle.contains(QStringLiteral("timeoutMs")));
        QVERIFY(!idle.contains(QStringLiteral("sandboxDurationMs")));
        QVERIFY(!idle.contains(QStringLiteral("phases")));
    }

    void names()
    {
        QCOMPARE(instanceStopReasonName(InstanceStopReason::Expired), QStringLiteral("expired"));
        QCOMPARE(instanceStopReasonName(InstanceStopReason::InitFailed), QStringLiteral("initFailed"));
        QCOMPARE(invocationSourceName(InvocationSource::Direct), QStringLiteral("direct"));
        QCOMPARE(invocationSourceName(InvocationSource::Api), QStringLiteral("api"));
    }

    void rejectsUnknownNames()
    {
        bool ok = true;
        PoolEvent::fromJson(QJsonObject { { QStringLiteral("type"), QStringLiteral("instanceExploded") } }, &ok);
        QVERIFY(!ok);
        QJsonObject json = sample(PoolEventType::InstanceStopped).toJson();
        json.insert(QStringLiteral("stopReason"), QStringLiteral("boredom"));
        PoolEvent::fromJson(json, &ok);
        QVERIFY(!ok);
        json = sample(PoolEventType::InvocationFinished).toJson();
        json.insert(QStringLiteral("outcome"), QStringLiteral("maybe"));
        PoolEvent::fromJson(json, &ok);
        QVERIFY(!ok);
    }

    // Registered by the engine: a queued connection can carry one.
    void metaType()
    {
        QVERIFY(QMetaType::fromName("Bullpen::PoolEvent").isValid());
        QVERIFY(QMetaType::fromType<PoolEvent>().isRegistered());
    }
};

QTEST_GUILESS_MAIN(TestPoolEvent)
#include "tst_poolevent.moc"
