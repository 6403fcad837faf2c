// SPDX-License-Identifier: MIT
// CompareReport: the answers of several targets to one event, K times, worked
// out into differences (payload paths, errors, logs, starts), what counts and
// what does not, figures with their spread, the down targets and the exit code.
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "engine/targets/comparereport.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

CompareCall call(int run, const QByteArray &payload, StartKind start, double durationMs, const QString &requestId)
{
    CompareCall c;
    c.run = run;
    c.payload = payload;
    c.start = start;
    c.durationMs = durationMs;
    c.roundTripMs = durationMs + 5;
    if (start == StartKind::Cold)
        c.initDurationMs = 150 + run;
    c.requestId = requestId.toUtf8();
    c.logsGiven = true;
    c.logs
        = { u"START RequestId: "_s + requestId + u" Version: $LATEST"_s, u"hello"_s, u"END RequestId: "_s + requestId,
            u"REPORT RequestId: %1\tDuration: %2 ms"_s.arg(requestId).arg(durationMs) };
    return c;
}

QString uuid(int n)
{
    return u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QChar(u'0'));
}

CompareTargetRuns target(const QString &name, const QList<QByteArray> &payloads, int idBase)
{
    CompareTargetRuns t;
    t.name = name;
    t.kind = u"local pool"_s;
    for (int i = 0; i < payloads.size(); ++i)
        t.calls.append(
            call(i, payloads.at(i), i == 0 ? StartKind::Cold : StartKind::Warm, 10.0 * (i + 1), uuid(idBase + i)));
    return t;
}

QStringList counted(const CompareReport &r)
{
    QStringList out;
    for (const CompareDifference &d : r.countedDifferences())
        out << CompareDifference::areaName(d.area) + u' ' + d.path + u' ' + d.what;
    return out;
}

} // namespace

class TestCompareReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalPayloadsWithVolatileFieldsAreEqual()
    {
        const QByteArray a
            = R"({"ok":true,"requestId":"00000000-0000-4000-8000-000000000001","at":"2026-11-30T19:00:00Z"})";
        const QByteArray b
            = R"({"ok":true,"requestId":"00000000-0000-4000-8000-000000000777","at":"2026-11-30T19:00:09Z"})";
        const CompareReport r(u"Fn"_s, "{}",
                              { target(u"local"_s, { a, a, a }, 1), target(u"docker"_s, { b, b, b }, 100) });
        QCOMPARE(r.referenceIndex(), 0);
        QVERIFY2(!r.differs(), qPrintable(r.textLines().join(u'\n')));
        QCOMPARE(r.exitCode(), 0);
        // Recognised, reported, not counted; one line for the three runs.
        QStringList notCounted;
        for (const CompareDifference &d : r.differences())
            notCounted << d.path + u": "_s + d.ignoredBecause + u" x"_s + QString::number(d.runs.size());
        QCOMPARE(notCounted, (QStringList { u"$.at: timestamp x3"_s, u"$.requestId: request id x3"_s }));
        QVERIFY(r.textLines().last().contains(u"equal"_s));
    }

    void realDifferenceIsCountedAndNamed()
    {
        const QByteArray a = R"({"region":"us-east-1","fn":"Fn"})";
        const QByteArray b = R"({"region":null})";
        const CompareReport r(u"Fn"_s, "{}", { target(u"local"_s, { a, a }, 1), target(u"docker"_s, { b, b }, 100) });
        QVERIFY(r.differs());
        QCOMPARE(r.exitCode(), 1);
        QCOMPARE(counted(r),
                 (QStringList { u"payload $.fn only in local"_s, u"payload $.region type string against null"_s }));
        const QStringList lines = r.textLines();
        const QString line = lines.filter(u"$.region"_s).value(0);
        QVERIFY2(line.startsWith(u"differs payload $.region"_s), qPrintable(line));
        QVERIFY2(line.contains(u"local \"us-east-1\" | docker null (runs 1-2)"_s), qPrintable(line));
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(u"differs").toBool(), true);
        QCOMPARE(json.value(u"exitCode").toInt(), 1);
        const QJsonArray diffs = json.value(u"differences").toArray();
        QVERIFY(!diffs.isEmpty());
        QCOMPARE(diffs.at(0).toObject().value(u"runs").toArray(), (QJsonArray { 1, 2 }));
    }

    void ignoreListSilencesAPath()
    {
        CompareOptions o;
        o.ignore = { u"$.region"_s };
        const CompareReport r(
            u"Fn"_s, "{}",
            { target(u"local"_s, { R"({"region":"a"})" }, 1), target(u"docker"_s, { R"({"region":"b"})" }, 100) }, o);
        QVERIFY(!r.differs());
        QCOMPARE(r.differences().size(), 1);
        QCOMPARE(r.differences().first().ignoredBecause, u"ignored: $.region"_s);
    }

    void errorsCompareByTypeAndMaskedMessage()
    {
        CompareTargetRuns local = target(u"local"_s, { "{}", "{}" }, 1);
        CompareTargetRuns docker = target(u"docker"_s, { "{}", "{}" }, 100);
        for (auto *t : { &local, &docker }) {
            for (CompareCall &c : t->calls) {
                c.functionError = u"Unhandled"_s;
                c.errorType = u"KeyError"_s;
                c.errorMessage = u"RequestId: %1 'x'"_s.arg(QString::fromUtf8(c.requestId));
            }
        }
        QVERIFY(!CompareReport(u"Fn"_s, "{}", { local, docker }).differs());
        docker.calls[1].errorType = u"Runtime.ExitError"_s;
        const CompareReport r(u"Fn"_s, "{}", { local, docker });
        QCOMPARE(counted(r), QStringList { u"error  error type"_s });
        QCOMPARE(r.countedDifferences().first().runs, QList<int> { 1 });
        QCOMPARE(r.countedDifferences().first().other, u"\"Runtime.ExitError\""_s);
        // One side failing, the other not.
        docker.calls[1].errorType.clear();
        docker.calls[1].functionError.clear();
        local.calls[0].functionError.clear();
        local.calls[0].errorType.clear();
        const CompareReport mixed(u"Fn"_s, "{}", { local, docker });
        QVERIFY(mixed.differs());
    }

    void logsDifferButCountOnlyWhenAsked()
    {
        CompareTargetRuns local = target(u"local"_s, { "1" }, 1);
        CompareTargetRuns docker = target(u"docker"_s, { "1" }, 100);
        QVERIFY(CompareReport(u"Fn"_s, "{}", { local, docker }).differences().isEmpty()); // ids and durations masked
        docker.calls[0].logs[1] = u"hello from docker"_s;
        const CompareReport quiet(u"Fn"_s, "{}", { local, docker });
        QVERIFY(!quiet.differs());
        QCOMPARE(quiet.differences().size(), 1);
        QCOMPARE(quiet.differences().first().area, CompareDifference::Area::Logs);
        QCOMPARE(countChanges(quiet.logDiff(1, 0)), std::make_pair(1, 1));
        CompareOptions o;
        o.countLogs = true;
        QVERIFY(CompareReport(u"Fn"_s, "{}", { local, docker }, o).differs());
        // A target that gives no logs is not "different".
        docker.calls[0].logsGiven = false;
        docker.calls[0].logs.clear();
        QVERIFY(!CompareReport(u"Fn"_s, "{}", { local, docker }, o).differs());
    }

    void downTargetIsReportedAndTheOthersCompared()
    {
        CompareTargetRuns down;
        down.name = u"ec2"_s;
        down.kind = u"endpoint"_s;
        down.down = u"connection refused"_s;
        const CompareReport r(u"Fn"_s, "{}",
                              { down, target(u"local"_s, { "1", "1" }, 1), target(u"docker"_s, { "1", "2" }, 100) });
        QCOMPARE(r.referenceIndex(), 1);
        QCOMPARE(r.downTargets(), QStringList { u"ec2"_s });
        QCOMPARE(counted(r), QStringList { u"payload $ value"_s });
        QVERIFY(r.textLines().contains(u"down ec2: connection refused"_s));
        QCOMPARE(r.toJson().value(u"targets").toArray().at(0).toObject().value(u"state").toString(), u"down"_s);
        const CompareReport onlyDown(u"Fn"_s, "{}", { down, target(u"local"_s, { "1" }, 1) });
        QVERIFY(!onlyDown.differs());
        QCOMPARE(onlyDown.exitCode(), 3);
        const CompareReport allDown(u"Fn"_s, "{}", { down });
        QCOMPARE(allDown.referenceIndex(), -1);
        QCOMPARE(allDown.exitCode(), 3);
    }

    void figuresHaveTheirSpreadColdAndWarmApart()
    {
        const CompareReport r(u"Fn"_s, "{}", { target(u"local"_s, { "1", "1", "1", "1" }, 1) });
        QHash<QString, FigureSpread> by;
        for (const FigureSpread &s : r.figures(0))
            by.insert(s.figure + u'/' + s.starts, s);
        // Durations 10 (cold), 20, 30, 40 (warm).
        QCOMPARE(by.value(u"duration/cold"_s).count, 1);
        QCOMPARE(by.value(u"duration/warm"_s).min, 20.0);
        QCOMPARE(by.value(u"duration/warm"_s).median, 30.0);
        QCOMPARE(by.value(u"duration/warm"_s).max, 40.0);
        QCOMPARE(by.value(u"duration/all"_s).median, 25.0);
        QCOMPARE(by.value(u"init duration/cold"_s).min, 150.0);
        QVERIFY(!by.contains(u"init duration/warm"_s));
        QVERIFY(!by.contains(u"max memory used/cold"_s)); // not given: not made up
        QCOMPARE(by.value(u"round trip/all"_s).max, 45.0);
    }

    void startKindsApartAreShownNotCounted()
    {
        CompareTargetRuns swarm = target(u"swarm"_s, { "1", "1" }, 100);
        swarm.calls[1].start = StartKind::Cold; // another replica
        const CompareReport r(u"Fn"_s, "{}", { target(u"local"_s, { "1", "1" }, 1), swarm });
        QVERIFY(!r.differs());
        QCOMPARE(r.differences().size(), 1);
        QCOMPARE(r.differences().first().area, CompareDifference::Area::Start);
    }

    void spread()
    {
        const FigureSpread s = spreadOf({ 5, 1, 3 });
        QCOMPARE(s.min, 1.0);
        QCOMPARE(s.median, 3.0);
        QCOMPARE(s.max, 5.0);
        QCOMPARE(spreadOf({}).count, 0);
    }
};

QTEST_GUILESS_MAIN(TestCompareReport)
#include "tst_comparereport.moc"
