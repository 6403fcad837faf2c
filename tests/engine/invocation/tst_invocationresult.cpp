// SPDX-License-Identifier: MIT
// InvocationResult's JSON (what `bullpen invoke --json` prints and the
// window's history keeps) read back: every field toJson() writes comes back,
// for every outcome; a field missing or of the wrong type is named.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include "engine/invocation/invocationresult.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

InvocationResult fullResult()
{
    InvocationResult r;
    r.requestId = "8f5c1c0e-2b9e-4c53-9d0a-1d1f6a0b7e11";
    r.functionId = u"HelloWorldFunction"_s;
    r.instanceId = u"i-3"_s;
    r.outcome = InvocationOutcome::FunctionError;
    r.coldStart = true;
    r.functionError = u"Unhandled"_s;
    r.errorType = u"ValueError"_s;
    r.errorMessage = u"no name in []"_s;
    r.stackTrace = QStringList { u"  File \"/var/task/app.py\", line 5, in lambda_handler"_s };
    r.payload = R"({"errorMessage":"no name in []","errorType":"ValueError"})";
    r.durationMs = 12.34;
    r.billedDurationMs = 13;
    r.initDurationMs = 101.5;
    // The Handler phase unknown: its time is in FirstNext.
    r.coldStartPhases.ms = { 30.25, 40.5, 60.0, 10.5, -1, 31.0 };
    r.coldStartPhases.totalMs = 172.25;
    r.memorySizeMb = 256;
    r.maxMemoryUsedMb = 41;
    r.memoryLimitEnforced = false;
    r.limitationNote = u"The process backend enforces no memory limit."_s;
    r.logs = QStringList { u"START RequestId: x Version: $LATEST"_s, u"[ERROR] ValueError: no name in []"_s,
                           u"END RequestId: x"_s };
    r.startedAt = QDateTime(QDate(2026, 11, 30), QTime(13, 45, 1, 250), QTimeZone::UTC);
    return r;
}

void compareResults(const InvocationResult &a, const InvocationResult &b)
{
    QCOMPARE(a.requestId, b.requestId);
    QCOMPARE(a.functionId, b.functionId);
    QCOMPARE(a.instanceId, b.instanceId);
    QCOMPARE(a.outcome, b.outcome);
    QCOMPARE(a.engineErrorKind, b.engineErrorKind);
    QCOMPARE(a.coldStart, b.coldStart);
    QCOMPARE(a.functionError, b.functionError);
    QCOMPARE(a.errorType, b.errorType);
    QCOMPARE(a.errorMessage, b.errorMessage);
    QCOMPARE(a.stackTrace, b.stackTrace);
    QCOMPARE(a.engineError, b.engineError);
    QCOMPARE(a.durationMs, b.durationMs);
    QCOMPARE(a.billedDurationMs, b.billedDurationMs);
    QCOMPARE(a.initDurationMs, b.initDurationMs);
    QCOMPARE(a.coldStartPhases, b.coldStartPhases);
    QCOMPARE(a.memorySizeMb, b.memorySizeMb);
    QCOMPARE(a.maxMemoryUsedMb, b.maxMemoryUsedMb);
    QCOMPARE(a.memoryLimitEnforced, b.memoryLimitEnforced);
    QCOMPARE(a.limitationNote, b.limitationNote);
    QCOMPARE(a.logs, b.logs);
    QCOMPARE(a.startedAt, b.startedAt);
}

} // namespace

class TestInvocationResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("kind");
        QTest::newRow("succeeded") << int(InvocationOutcome::Succeeded) << int(EngineErrorKind::None);
        QTest::newRow("function error") << int(InvocationOutcome::FunctionError) << int(EngineErrorKind::None);
        QTest::newRow("timed out") << int(InvocationOutcome::TimedOut) << int(EngineErrorKind::None);
        QTest::newRow("cancelled") << int(InvocationOutcome::Cancelled) << int(EngineErrorKind::None);
        QTest::newRow("refused") << int(InvocationOutcome::Refused) << int(EngineErrorKind::None);
        QTest::newRow("no backend") << int(InvocationOutcome::EngineError) << int(EngineErrorKind::NoBackend);
        QTest::newRow("build failed") << int(InvocationOutcome::EngineError) << int(EngineErrorKind::BuildFailed);
        QTest::newRow("internal") << int(InvocationOutcome::EngineError) << int(EngineErrorKind::Internal);
    }

    void roundTrip()
    {
        QFETCH(int, outcome);
        QFETCH(int, kind);
        InvocationResult original = fullResult();
        original.outcome = InvocationOutcome(outcome);
        original.engineErrorKind = EngineErrorKind(kind);
        if (original.engineErrorKind != EngineErrorKind::None)
            original.engineError = u"The build failed: make: *** No rule to make target"_s;
        // Through the bytes, as a file keeps it.
        const QByteArray text = QJsonDocument(original.toJson()).toJson();
        QString error;
        const auto back = InvocationResult::fromJson(QJsonDocument::fromJson(text).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(error.isEmpty());
        compareResults(*back, original);
        // The payload comes back as the same JSON value.
        QCOMPARE(QJsonDocument::fromJson(back->payload), QJsonDocument::fromJson(original.payload));
        QCOMPARE(back->toJson(), original.toJson());
    }

    void unknownFiguresStayUnknown()
    {
        InvocationResult warm;
        warm.requestId = "r";
        warm.functionId = u"F"_s;
        warm.payload = "\"just text\"";
        const auto back = InvocationResult::fromJson(warm.toJson());
        QVERIFY(back);
        QCOMPARE(back->initDurationMs, -1.0); // warm: no init
        QVERIFY(!back->coldStartPhases.isKnown());
        QVERIFY(!warm.toJson().contains(u"coldStartPhases"_s));
        QCOMPARE(back->maxMemoryUsedMb, -1); // not measured
        QVERIFY(back->instanceId.isEmpty());
        QVERIFY(back->errorType.isEmpty());
        QVERIFY(!back->startedAt.isValid());
        QCOMPARE(back->payload, "\"just text\""_ba);
    }

    // The phases from the moments they ended: unknown moments merge into the
    // next known phase, a moment earlier than the one before (a coarse file
    // time) counts as that one, and the phases always add up to the whole.
    void coldStartPhasesFromMoments()
    {
        static constexpr qint64 begin = 1'800'000'000'000'000'000;
        const auto ms = [](double at) { return begin + qint64(at * 1e6); };
        ColdStartPhases all
            = ColdStartPhases::fromMoments(begin, { ms(30), ms(70), ms(95), ms(100), ms(130), ms(131.5) });
        QCOMPARE(all.ms, (std::array<double, 6> { 30, 40, 25, 5, 30, 1.5 }));
        QCOMPARE(all.totalMs, 131.5);
        QCOMPARE(all.runtimeMs(), 61.5); // Init Duration: from the process's start on
        QCOMPARE(all.describe(),
                 u"sandbox 30.0 + process 40.0 + interpreter 25.0 + bootstrap 5.0 + handler 30.0 + first /next 1.5 "
                 "= 131.5 ms"_s);

        // An official runtime (no report) on a backend without a sandbox of its own.
        ColdStartPhases merged = ColdStartPhases::fromMoments(begin, { 0, ms(40), 0, 0, 0, ms(100) });
        QCOMPARE(merged.ms, (std::array<double, 6> { -1, 40, -1, -1, -1, 60 }));
        QCOMPARE(merged.totalMs, 100.0);
        QCOMPARE(merged.describe(), u"sandbox..process 40.0 + interpreter..first /next 60.0 = 100.0 ms"_s);

        // The sandbox's file time a tick before the request; a report after the end.
        ColdStartPhases clamped
            = ColdStartPhases::fromMoments(begin, { ms(-4), ms(50), ms(70), ms(120), ms(90), ms(100) });
        QCOMPARE(clamped.ms, (std::array<double, 6> { 0, 50, 20, 30, 0, 0 }));
        QCOMPARE(clamped.totalMs, 100.0);

        // No end, no phases.
        QVERIFY(!ColdStartPhases::fromMoments(begin, { ms(1), ms(2), 0, 0, 0, 0 }).isKnown());
        // JSON: unknown phases are null, and come back unknown.
        const QJsonObject json = merged.toJson();
        QVERIFY(json.value(u"interpreterMs"_s).isNull());
        QCOMPARE(json.value(u"firstNextMs"_s).toDouble(), 60.0);
        QCOMPARE(ColdStartPhases::fromJson(json), merged);
        QCOMPARE(ColdStartPhases::fromJson(QJsonObject()), ColdStartPhases());
    }

    void faultsAreNamed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("named");
        QTest::newRow("no outcome") << u"outcome"_s << QJsonValue(QJsonValue::Undefined) << u"\"outcome\""_s;
        QTest::newRow("unknown outcome") << u"outcome"_s << QJsonValue(u"exploded"_s) << u"\"outcome\""_s;
        QTest::newRow("number as text") << u"durationMs"_s << QJsonValue(u"12"_s) << u"\"durationMs\""_s;
        QTest::newRow("logs not a list") << u"logs"_s << QJsonValue(u"START"_s) << u"\"logs\""_s;
        QTest::newRow("log line not text") << u"logs"_s << QJsonValue(QJsonArray { 1 }) << u"\"logs\""_s;
        QTest::newRow("no request id") << u"requestId"_s << QJsonValue(QJsonValue::Undefined) << u"\"requestId\""_s;
        QTest::newRow("no payload") << u"payload"_s << QJsonValue(QJsonValue::Undefined) << u"\"payload\""_s;
        QTest::newRow("bad date") << u"startedAt"_s << QJsonValue(u"yesterday"_s) << u"\"startedAt\""_s;
        QTest::newRow("unknown kind") << u"engineErrorKind"_s << QJsonValue(u"gremlins"_s) << u"\"engineErrorKind\""_s;
        QTest::newRow("cold as text") << u"coldStart"_s << QJsonValue(u"yes"_s) << u"\"coldStart\""_s;
    }

    void faultsAreNamed()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, named);
        QJsonObject json = fullResult().toJson();
        if (value.isUndefined())
            json.remove(field);
        else
            json.insert(field, value);
        QString error;
        QVERIFY(!InvocationResult::fromJson(json, &error));
        QVERIFY2(error.contains(named), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestInvocationResult)
#include "tst_invocationresult.moc"
