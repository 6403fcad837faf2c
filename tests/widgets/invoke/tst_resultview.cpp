// SPDX-License-Identifier: MIT
// The result pane's pieces: stack frames found in Python and Node.js traces and
// mapped from /var/task to the function's folder, links that open them, the
// payload pretty-printed, engine errors with advice, the log view's line
// splitting, the figures bar; the headline's byte count in English's plural
// forms (translations/bullpen_en.ts).
#include <QSignalSpy>
#include <QTest>

#include "app/translations.h"
#include "engine/invocation/invocationresult.h"
#include "widgets/invoke/figuresbar.h"
#include "widgets/invoke/logview.h"
#include "widgets/invoke/resultview.h"
#include "widgets/invoke/stacktrace.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

class TestResultView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stackLocations_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("lineNumber");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("linkText");
        QTest::newRow("python") << u"  File \"/var/task/app.py\", line 3, in handler\n"_s << u"/code/fn/app.py"_s << 3
                                << 0 << u"File \"/var/task/app.py\", line 3"_s;
        QTest::newRow("python nested") << u"  File \"/var/task/lib/util.py\", line 12, in helper"_s
                                       << u"/code/fn/lib/util.py"_s << 12 << 0
                                       << u"File \"/var/task/lib/util.py\", line 12"_s;
        QTest::newRow("python runtime frame")
            << u"  File \"/var/runtime/bootstrap.py\", line 60, in main"_s << QString() << 0 << 0 << QString();
        QTest::newRow("python escape") << u"  File \"/var/task/../etc/passwd\", line 1, in x"_s << QString() << 0 << 0
                                       << QString();
        QTest::newRow("node") << u"    at Runtime.handler (file:///var/task/index.mjs:2:9)"_s << u"/code/fn/index.mjs"_s
                              << 2 << 9 << u"file:///var/task/index.mjs:2:9"_s;
        QTest::newRow("node bare") << u"    at /var/task/index.js:14:15"_s << u"/code/fn/index.js"_s << 14 << 15
                                   << u"/var/task/index.js:14:15"_s;
        QTest::newRow("node runtime")
            << u"    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"_s << QString() << 0
            << 0 << QString();
        QTest::newRow("process backend") << u"  File \"/code/fn/app.py\", line 7, in handler"_s << u"/code/fn/app.py"_s
                                         << 7 << 0 << u"File \"/code/fn/app.py\", line 7"_s;
    }

    void stackLocations()
    {
        QFETCH(QString, line);
        QFETCH(QString, path);
        QFETCH(int, lineNumber);
        QFETCH(int, column);
        QFETCH(QString, linkText);
        const QList<StackLocation> found = findStackLocations(line, u"/code/fn/"_s);
        if (path.isEmpty()) {
            QVERIFY(found.isEmpty());
            return;
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().path, path);
        QCOMPARE(found.first().line, lineNumber);
        QCOMPARE(found.first().column, column);
        QCOMPARE(line.mid(found.first().start, found.first().length), linkText);
    }

    void errorLinksOpenLocations()
    {
        ResultView view;
        InvocationResult result;
        result.functionId = u"HelloWorldFunction"_s;
        result.outcome = InvocationOutcome::FunctionError;
        result.functionError = u"Unhandled"_s;
        result.errorType = u"ValueError"_s;
        result.errorMessage = u"no name"_s;
        result.stackTrace
            = { u"  File \"/var/runtime/bootstrap.py\", line 60, in main\n    x()\n"_s,
                u"  File \"/var/task/app.py\", line 3, in lambda_handler\n    raise ValueError(\"no name\")\n"_s };
        view.showResult(result, u"/code/fn"_s);
        QVERIFY(view.headline().contains(u"ValueError"_s));
        QVERIFY(view.errorText().contains(u"no name"_s));
        QVERIFY(view.errorText().contains(u"raise ValueError"_s));
        QVERIFY(view.payloadText().isEmpty());
        QCOMPARE(view.links().size(), 1);
        QSignalSpy activated(&view, &ResultView::locationActivated);
        view.openLink(view.links().first());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toString(), u"/code/fn/app.py"_s);
        QCOMPARE(activated.first().at(1).toInt(), 3);
    }

    void payloadIsPrettyPrinted_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<bool>("json");
        // In the function's own order, not re-sorted.
        QTest::newRow("object") << "{\"statusCode\":200,\"body\":\"hi\"}"_ba
                                << u"{\n    \"statusCode\": 200,\n    \"body\": \"hi\"\n}\n"_s << true;
        QTest::newRow("nested, each object its own order")
            << " [ {\"z\": 1, \"a\": {}}, {\"a\": [], \"z\": [true, null]} ] "_ba
            << u"[\n    {\n        \"z\": 1,\n        \"a\": {}\n    },\n    {\n        \"a\": [],\n        \"z\": [\n"
               "            true,\n            null\n        ]\n    }\n]\n"_s
            << true;
        QTest::newRow("strings and numbers as written")
            << "{\"b\":\"x\\u00e9\\\"{,:}\",\"a\":1.50e3}"_ba
            << u"{\n    \"b\": \"x\\u00e9\\\"{,:}\",\n    \"a\": 1.50e3\n}\n"_s << true;
        QTest::newRow("not json: an unterminated object") << "{\"a\": 1"_ba << u"{\"a\": 1"_s << false;
        QTest::newRow("string") << "\"hello\""_ba << u"\"hello\"\n"_s << true;
        QTest::newRow("null") << "null"_ba << u"null\n"_s << true;
        QTest::newRow("not json") << "plain text"_ba << u"plain text"_s << false;
    }

    void payloadIsPrettyPrinted()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, shown);
        QFETCH(bool, json);
        bool isJson = !json;
        QCOMPARE(ResultView::formatPayload(payload, &isJson), shown);
        QCOMPARE(isJson, json);
        ResultView view;
        InvocationResult result;
        result.functionId = u"F"_s;
        result.payload = payload;
        view.showResult(result, {});
        QCOMPARE(view.payloadText(), shown);
        QVERIFY(view.headline().startsWith(u"F returned"_s));
    }

    // The window speaks English with bullpen_en.qm installed (app/translations.h):
    // "%n byte(s)" reads "1 byte" and "2 bytes", not the source's "1 byte(s)".
    void byteCountInEnglishPluralForms()
    {
        QCOMPARE(installTranslations(u"en"_s), u"en"_s);
        ResultView view;
        InvocationResult result;
        result.functionId = u"F"_s;
        result.payload = "x"_ba; // not JSON: the headline counts its bytes
        view.showResult(result, {});
        QVERIFY2(view.headline().contains(u"F returned 1 byte"_s), qPrintable(view.headline()));
        QVERIFY2(!view.headline().contains(u"byte(s)"_s), qPrintable(view.headline()));
        result.payload = "xy"_ba;
        view.showResult(result, {});
        QVERIFY2(view.headline().contains(u"F returned 2 bytes"_s), qPrintable(view.headline()));
    }

    void engineErrorSaysWhatToDo()
    {
        ResultView view;
        InvocationResult result;
        result.functionId = u"F"_s;
        result.outcome = InvocationOutcome::EngineError;
        result.engineErrorKind = EngineErrorKind::NoBackend;
        result.engineError = u"no container runtime: neither crun nor runc works here"_s;
        view.showResult(result, {});
        QVERIFY(view.headline().contains(u"could not run F"_s));
        QVERIFY(view.errorText().contains(u"neither crun nor runc"_s));
        QVERIFY(view.errorText().contains(u"What to do"_s));
        QVERIFY(view.errorText().contains(u"Process backend"_s));
    }

    void adviceFollowsTheKindNotTheWords()
    {
        // The message mentions a container, but the kind says the runtime is missing.
        ResultView view;
        InvocationResult result;
        result.functionId = u"F"_s;
        result.outcome = InvocationOutcome::EngineError;
        result.engineErrorKind = EngineErrorKind::RuntimeMissing;
        result.engineError = u"the container has no python3.99"_s;
        view.showResult(result, {});
        QVERIFY(view.errorText().contains(u"runtime is installed"_s));
        QVERIFY(!view.errorText().contains(u"Process backend"_s));
    }

    void refusedEventSaysTheFunctionNeverRan()
    {
        ResultView view;
        InvocationResult result;
        result.functionId = u"F"_s;
        result.outcome = InvocationOutcome::Refused;
        result.errorType = u"InvalidRequestContentException"_s;
        result.errorMessage = u"Could not parse request body into json: Could not parse payload into json: "
                              "unexpected character 'x' (expected a value) at line 1, column 2"_s;
        view.showResult(result, {});
        QVERIFY2(view.headline().contains(u"refused"_s), qPrintable(view.headline()));
        QVERIFY(view.headline().contains(u"InvalidRequestContentException"_s));
        QVERIFY(view.errorText().contains(u"unexpected character 'x'"_s));
    }

    void logLinesAreSplit()
    {
        const QStringList logs {
            u"START RequestId: 1 Version: $LATEST\n"_s,
            u"[ERROR] ValueError: no name\rTraceback (most recent call last):\r  File \"/var/task/app.py\", line 3\n"_s,
            u"END RequestId: 1\n"_s, u"REPORT RequestId: 1\tDuration: 2.00 ms\t\n"_s
        };
        const QStringList expected { u"START RequestId: 1 Version: $LATEST"_s,
                                     u"[ERROR] ValueError: no name"_s,
                                     u"Traceback (most recent call last):"_s,
                                     u"  File \"/var/task/app.py\", line 3"_s,
                                     u"END RequestId: 1"_s,
                                     u"REPORT RequestId: 1\tDuration: 2.00 ms\t"_s };
        QCOMPARE(LogView::displayLines(logs), expected);
        LogView view;
        view.setLogs(logs);
        // Shown with a visible separator where Lambda wrote a tab.
        QCOMPARE(view.toPlainText(), expected.join(u'\n').replace(u'\t', LogView::fieldSeparator()));
        QCOMPARE(view.document()->blockCount(), 6);
        QVERIFY(view.isReadOnly());
    }

    void figures()
    {
        QLocale::setDefault(QLocale::c());
        FiguresBar bar;
        QCOMPARE(bar.text(FiguresBar::Duration), u"—"_s);
        InvocationResult result;
        result.durationMs = 12.345;
        result.billedDurationMs = 13;
        result.initDurationMs = 101.5;
        result.memorySizeMb = 128;
        result.maxMemoryUsedMb = 38;
        result.coldStart = true;
        result.instanceId = u"i-7"_s;
        bar.setResult(result);
        QCOMPARE(bar.text(FiguresBar::Outcome), u"Succeeded"_s);
        QCOMPARE(bar.text(FiguresBar::Duration), u"12.35 ms"_s);
        QCOMPARE(bar.text(FiguresBar::Billed), u"13 ms"_s);
        QCOMPARE(bar.text(FiguresBar::Init), u"101.50 ms"_s);
        QCOMPARE(bar.text(FiguresBar::Memory), u"38 / 128 MB"_s);
        QCOMPARE(bar.text(FiguresBar::Start), u"Cold"_s);
        QCOMPARE(bar.text(FiguresBar::Instance), u"i-7"_s);
        QCOMPARE(bar.text(FiguresBar::ColdStart), u"—"_s); // no phases: nothing to show
        result.coldStart = false;
        result.initDurationMs = -1;
        bar.setResult(result);
        QCOMPARE(bar.text(FiguresBar::Start), u"Warm"_s);
        QCOMPARE(bar.text(FiguresBar::Init), u"—"_s);
        QCOMPARE(bar.text(FiguresBar::ColdStart), u"—"_s);
    }

    // A cold start's whole time, from asking for a sandbox, and its phases in
    // the tooltip; phases the runtime did not report share one line.
    void coldStartPhases()
    {
        QLocale::setDefault(QLocale::c());
        FiguresBar bar;
        InvocationResult result;
        result.coldStart = true;
        result.initDurationMs = 61.25;
        result.coldStartPhases.ms = { 30.5, 12.0, 40.0, 8.0, 12.5, 0.75 };
        result.coldStartPhases.totalMs = 103.75;
        bar.setResult(result);
        QCOMPARE(bar.text(FiguresBar::ColdStart), u"103.8 ms"_s);
        QCOMPARE(bar.toolTip(FiguresBar::ColdStart),
                 u"Cold start, from asking for a sandbox: 103.8 ms\n"
                 "Sandbox created: 30.5 ms\n"
                 "Process started: 12.0 ms\n"
                 "Interpreter up: 40.0 ms\n"
                 "Runtime bootstrap ready: 8.0 ms\n"
                 "Handler imported (init code run): 12.5 ms\n"
                 "First /next: 0.8 ms"_s);
        // An official runtime: its interpreter, bootstrap and handler are not told apart.
        result.coldStartPhases.ms = { 30.5, 12.0, -1, -1, -1, 61.3 };
        bar.setResult(result);
        QCOMPARE(bar.toolTip(FiguresBar::ColdStart).split(u'\n').mid(1),
                 QStringList({ u"Sandbox created: 30.5 ms"_s, u"Process started: 12.0 ms"_s,
                               u"Interpreter up … First /next (not told apart): 61.3 ms"_s }));
        QCOMPARE(bar.text(FiguresBar::Start), u"Cold"_s);

        // Its sandbox was made ahead of need: both figures say so.
        result.preparedSandbox = true;
        bar.setResult(result);
        QCOMPARE(bar.text(FiguresBar::Start), u"Cold, prepared sandbox"_s);
        QCOMPARE(bar.text(FiguresBar::ColdStart), u"103.8 ms, prepared sandbox"_s);
        QVERIFY(bar.toolTip(FiguresBar::ColdStart).endsWith(u"made before this call arrived)."_s));
        QVERIFY(bar.toolTip(FiguresBar::Start).startsWith(u"Cold start from a prepared sandbox"_s));
        // A warm call never does, whatever else the result holds.
        result.coldStart = false;
        bar.setResult(result);
        QCOMPARE(bar.text(FiguresBar::Start), u"Warm"_s);
    }

    // SnapStart: a restored cold start shows the restore's figures in place
    // of Init Duration; one that started cold says why.
    void snapStart()
    {
        QLocale::setDefault(QLocale::c());
        FiguresBar bar;
        InvocationResult result;
        result.coldStart = true;
        result.restoredFromSnapshot = true;
        result.restoreDurationMs = 150.25;
        result.billedRestoreDurationMs = 1.2;
        bar.setResult(result);
        QCOMPARE(bar.text(FiguresBar::Start), u"Cold, restored from snapshot"_s);
        QCOMPARE(bar.text(FiguresBar::Init), u"restored 150.25 ms"_s);
        QVERIFY(bar.toolTip(FiguresBar::Init).endsWith(u"Billed Restore Duration (its after-restore hooks): 2 ms."_s));
        QVERIFY(bar.toolTip(FiguresBar::Start).contains(u"restored for this call"_s));
        result.preparedSandbox = true; // the spare
        bar.setResult(result);
        QVERIFY(bar.toolTip(FiguresBar::Start).contains(u"restored ahead of need"_s));

        InvocationResult cold;
        cold.coldStart = true;
        cold.initDurationMs = 80;
        cold.snapStartNote = u"SnapStart unavailable: SnapStart needs root"_s;
        bar.setResult(cold);
        QCOMPARE(bar.text(FiguresBar::Start), u"Cold, no SnapStart"_s);
        QCOMPARE(bar.text(FiguresBar::Init), u"80.00 ms"_s);
        QVERIFY(bar.toolTip(FiguresBar::Start).endsWith(u"\nSnapStart unavailable: SnapStart needs root"_s));
        cold.preparedSandbox = true;
        bar.setResult(cold);
        QCOMPARE(bar.text(FiguresBar::Start), u"Cold, prepared sandbox, no SnapStart"_s);
        cold.snapStartNote.clear(); // not a SnapStart function
        bar.setResult(cold);
        QCOMPARE(bar.text(FiguresBar::Start), u"Cold, prepared sandbox"_s);
    }
};

QTEST_MAIN(TestResultView)
#include "tst_resultview.moc"
