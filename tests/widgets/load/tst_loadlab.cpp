// SPDX-License-Identifier: MIT
// The load lab in the window: the form makes the plan `bullpen load` would,
// refuses bad input with the reason, warns before a fast-clock run that it is
// not a real-time result; a real load (real containers) ends with the summary
// and exports it; the policy lab runs the model on a worker thread and plots
// the CDF and the trade-off. With BULLPEN_SCREENSHOT_DIR set, it leaves
// pictures of both there.
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "engine/invoke/invoker.h"
#include "engine/load/policy/synthetictrace.h"
#include "tests/support/ciskip.h"
#include "widgets/load/loadlabwidget.h"
#include "widgets/load/policylabview.h"

using namespace Bullpen;

namespace {

FunctionConfig counter()
{
    FunctionConfig f;
    f.logicalId = f.functionName = QStringLiteral("Counter");
    f.handler = QStringLiteral("app.counter");
    f.runtime = QStringLiteral("python3.12");
    f.codeDirectory = QStringLiteral(BULLPEN_SOURCE_DIR "/tests/engine/pool/functions/python");
    f.memorySizeMb = 256;
    f.timeoutSeconds = 10;
    return f;
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("BULLPEN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Charts lay their axes and legends out from the event loop: let them.
    QTest::qWait(300);
    widget->grab().save(dir + u'/' + name);
}

} // namespace

class TestLoadLab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void formMakesThePlan()
    {
        LoadLabWidget lab([](QString *error) -> Invoker * {
            *error = QStringLiteral("no engine in this test");
            return nullptr;
        });
        LoadPlan plan;
        QString error;
        QVERIFY(!lab.makePlan(&plan, &error));
        QVERIFY2(error.contains(QStringLiteral("Open a project")), qPrintable(error));
        FunctionConfig other = counter();
        other.logicalId = QStringLiteral("Other");
        lab.setFunctions({ counter(), other });
        lab.selectFunction(QStringLiteral("Other"));
        lab.shapeEdit()->setText(QStringLiteral("steps:2,4:1"));
        lab.durationBox()->setValue(3);
        QVERIFY2(lab.makePlan(&plan, &error), qPrintable(error));
        QCOMPARE(plan.functions.size(), 1);
        QCOMPARE(plan.functions.first().logicalId, QStringLiteral("Other"));
        QCOMPARE(plan.arrivals.size(), 2 + 4 + 4);
        QCOMPARE(plan.durationMs, qint64(3000));

        lab.shapeEdit()->setText(QStringLiteral("steps:2,4"));
        plan = {};
        QVERIFY(!lab.makePlan(&plan, &error));
        QVERIFY2(error.contains(QStringLiteral("the seconds of each step")), qPrintable(error));

        // A trace that names a function the project does not have.
        const QString trace = m_dir.filePath(QStringLiteral("t.csv"));
        QFile f(trace);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("0,Counter\n5,Ghost\n");
        f.close();
        lab.traceEdit()->setText(trace);
        plan = {};
        QVERIFY(!lab.makePlan(&plan, &error));
        QVERIFY2(error.contains(QStringLiteral("'Ghost', which the project does not have")), qPrintable(error));

        // No engine: start says why.
        lab.traceEdit()->clear();
        lab.shapeEdit()->setText(QStringLiteral("constant:1"));
        QVERIFY(!lab.start(&error));
        QCOMPARE(error, QStringLiteral("no engine in this test"));
    }

    void aFastClockIsAnnounced()
    {
        LoadLabWidget lab([](QString *) -> Invoker * { return nullptr; });
        lab.show();
        QVERIFY(lab.realTimeWarning()->isHidden());
        lab.speedBox()->setValue(60);
        QVERIFY(!lab.realTimeWarning()->isHidden());
        QVERIFY(lab.realTimeWarning()->text().contains(QStringLiteral("not a real-time result")));
    }

    void aRealLoadEndsWithItsSummaryAndExports()
    {
        EngineSettings settings;
        QString error;
        auto invoker = Invoker::create(settings, &error);
        if (!invoker)
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("no container backend here: ") + error);
        LoadLabWidget lab([&invoker](QString *) { return invoker.get(); });
        lab.resize(900, 700);
        lab.show();
        lab.setFunctions({ counter() });
        lab.shapeEdit()->setText(QStringLiteral("constant:10"));
        lab.durationBox()->setValue(1);
        QSignalSpy finished(&lab, &LoadLabWidget::finished);
        QVERIFY2(lab.start(&error), qPrintable(error));
        QVERIFY(lab.isRunning());
        QVERIFY(finished.wait(60000));
        const LoadSummary s = finished.first().first().value<LoadSummary>();
        QCOMPARE(s.requests, qint64(10));
        QVERIFY(lab.summaryView()->toPlainText().contains(QStringLiteral("Requests: 10 of 10 planned arrivals")));
        QVERIFY(lab.liveLabel()->text().contains(QStringLiteral("done 10")));
        screenshot(&lab, QStringLiteral("load-lab.png"));
        const QString csv = m_dir.filePath(QStringLiteral("calls.csv"));
        const QString json = m_dir.filePath(QStringLiteral("summary.json"));
        QVERIFY(lab.exportCsv(csv, &error));
        QVERIFY(lab.exportJson(json, &error));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QCOMPARE(c.readAll().trimmed().split('\n').size(), 11);
        QFile j(json);
        QVERIFY(j.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(j.readAll()).object().value(QStringLiteral("requests")).toInt(), 10);
        invoker->shutdown();
    }

    void policyLabPlotsThePolicies()
    {
        PolicyLabView view;
        view.resize(1200, 800);
        view.show();
        QSignalSpy ready(&view, &PolicyLabView::resultsReady);
        view.runSynthetic(1000); // on a worker thread
        QVERIFY(view.isRunning());
        QVERIFY(ready.wait(480000)); // eleven replays of a 12-million-call day, on a worker thread
        QCOMPARE(view.results().size(), 11);
        QCOMPARE(view.table()->rowCount(), 11);
        QCOMPARE(view.cdfChart()->chart()->series().size(), 11);
        // The fixed policies' line, the hybrid variants' line, and a point each.
        QCOMPARE(view.tradeoffChart()->chart()->series().size(), 2 + 11);
        QCOMPARE(view.table()->item(10, 0)->text(), QStringLiteral("hybrid 4 h"));
        QCOMPARE(view.table()->item(3, 0)->text(), QStringLiteral("fixed 10 min"));
        QCOMPARE(view.table()->item(3, 4)->text(), QStringLiteral("100.0 %"));
        screenshot(&view, QStringLiteral("policy-lab.png"));
    }
};

QTEST_MAIN(TestLoadLab)
#include "tst_loadlab.moc"
