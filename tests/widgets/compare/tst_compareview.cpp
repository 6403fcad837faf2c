// SPDX-License-Identifier: MIT
// The Compare view: its model on a report (under QAbstractItemModelTester:
// the cells of a real difference, a recognised one and a down target), and
// the view in the real window driven from the keyboard only (Run › Compare
// Targets, Alt keys, Space, Ctrl+Return) against the local pool, a standalone
// Docker container and an endpoint that is down: the Lambda-only variable the
// plain container lacks is highlighted, the down target is shown down and the
// others are compared. With BULLPEN_COMPARE_SCREENSHOT=FILE it saves the
// picture (docs/screenshots/compare.png).
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "widgets/compare/comparecontroller.h"
#include "widgets/compare/comparemodel.h"
#include "widgets/compare/compareview.h"
#include "widgets/mainwindow/comparefeature.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/preferences/preferences.h"

#include "tests/app/cli/compare/comparetestsupport.h"
#include "tests/support/ciskip.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

class Window final : public MainWindow
{
protected:
    SaveChoice askToSaveChanges(const QStringList &) override { return SaveChoice::Discard; }
};

CompareTargetRuns runs(const QString &name, const QByteArray &payload, const QString &id)
{
    CompareTargetRuns t;
    t.name = name;
    t.kind = u"Local pool"_s;
    CompareCall c;
    c.payload = payload;
    c.start = StartKind::Cold;
    c.durationMs = 12;
    c.requestId = id.toUtf8();
    t.calls << c;
    return t;
}

CompareModel::Cell cellAt(const CompareModel &model, const QString &row, int target)
{
    const int r = model.rowOf(row);
    return r < 0 ? CompareModel::Cell::Plain
                 : CompareModel::Cell(model.index(r, target + 1).data(CompareModel::CellRole).toInt());
}

} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"BullpenTest"_s);
        QCoreApplication::setApplicationName(u"tst_compareview"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void modelMarksTheCells()
    {
        CompareModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.start({ u"local"_s, u"docker"_s, u"ec2"_s }, { u"Local pool"_s, u"Docker container"_s, u"EC2"_s }, 1);
        QCOMPARE(model.columnCount(), 4);
        model.setTargetChecked(2, u"connection refused"_s);
        QCOMPARE(cellAt(model, u"State"_s, 2), CompareModel::Cell::Down);
        CompareTargetRuns down;
        down.name = u"ec2"_s;
        down.kind = u"EC2"_s;
        down.down = u"connection refused"_s;
        const CompareReport report(
            u"Probe"_s, "{}",
            { runs(u"local"_s, R"({"type":"on-demand","id":"00000000-0000-4000-8000-000000000001"})", u"a"_s),
              runs(u"docker"_s, R"({"type":null,"id":"00000000-0000-4000-8000-000000000002"})", u"b"_s), down });
        model.setReport(report);
        QCOMPARE(cellAt(model, u"$.type"_s, 0), CompareModel::Cell::Reference);
        QCOMPARE(cellAt(model, u"$.type"_s, 1), CompareModel::Cell::Differs);
        QCOMPARE(cellAt(model, u"$.type"_s, 2), CompareModel::Cell::Down);
        QCOMPARE(cellAt(model, u"$.id"_s, 1), CompareModel::Cell::NotCounted);
        QVERIFY(model.index(model.rowOf(u"$.id"_s), 2).data(Qt::ToolTipRole).toString().contains(u"request id"_s));
        QCOMPARE(model.index(model.rowOf(u"$.type"_s), 2).data().toString(), u"null"_s);
        QCOMPARE(cellAt(model, u"Payload (run 1)"_s, 1), CompareModel::Cell::Differs);
        QVERIFY(model.rowOf(u"duration, cold (ms)"_s) >= 0);
        QVERIFY(model.headerData(2, Qt::Horizontal).toString().startsWith(u"docker"_s));
    }

    void comparesFromTheKeyboardInTheWindow()
    {
        if (!QFile::exists(u"/var/run/docker.sock"_s) && qEnvironmentVariableIsEmpty("DOCKER_HOST"))
            BULLPEN_SKIP_UNLESS_CI(u"no Docker daemon (/var/run/docker.sock)"_s);
        const QString project = m_dir.filePath(u"project"_s);
        QVERIFY(CompareTestSupport::makeProject(project));
        // Whatever happens below, the image the docker target builds goes.
        const auto removeImages = qScopeGuard([&] { CompareTestSupport::removeImages(project); });

        Window window;
        window.resize(1400, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openProject(project));
        auto *feature = window.findChild<CompareFeature *>();
        QVERIFY(feature);
        CompareView *view = feature->view();
        QSignalSpy finished(feature->controller(), &CompareController::comparisonFinished);

        // Run › Compare Targets, then only keys.
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
        QTRY_VERIFY(view->isVisible());
        QTest::keyClick(&window, Qt::Key_U, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"compareFunction"_s);
        QCOMPARE(view->function(), u"Probe"_s);
        QTest::keyClick(&window, Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"compareEvent"_s);
        QTest::keyClicks(QApplication::focusWidget(), u"lambda"_s);
        QCOMPARE(view->eventName(), u"lambda-only"_s);
        QTest::keyClick(&window, Qt::Key_G, Qt::AltModifier);
        QWidget *list = QApplication::focusWidget();
        QCOMPARE(list->objectName(), u"compareTargets"_s);
        QTest::keyClick(list, Qt::Key_Space); // local
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Space); // docker
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Space); // ec2
        QCOMPARE(view->checkedTargets(), (QStringList { u"local"_s, u"docker"_s, u"ec2"_s }));
        QTest::keyClick(&window, Qt::Key_X, Qt::AltModifier);
        QWidget *repeat = QApplication::focusWidget();
        QCOMPARE(repeat->objectName(), u"compareRepeat"_s);
        QTest::keyClick(repeat, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(repeat, u"2"_s);
        QCOMPARE(view->repeat(), 2);
        // Ctrl+Return compares here (not the window's Invoke).
        QTest::keyClick(repeat, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(finished.wait(600000), qPrintable(view->statusLabel()->text()));
        QCOMPARE(finished.first().first().toInt(), 1);

        const CompareModel &model = *view->model();
        QCOMPARE(model.report().referenceIndex(), 0);
        QCOMPARE(cellAt(model, u"State"_s, 2), CompareModel::Cell::Down);
        QCOMPARE(cellAt(model, u"$.initializationType"_s, 0), CompareModel::Cell::Reference);
        QCOMPARE(cellAt(model, u"$.initializationType"_s, 1), CompareModel::Cell::Differs);
        QCOMPARE(cellAt(model, u"$.initializationType"_s, 2), CompareModel::Cell::Down);
        QCOMPARE(model.index(model.rowOf(u"$.initializationType"_s), 1).data().toString(), u"\"on-demand\""_s);
        QCOMPARE(model.report().targets().at(0).calls.size(), 2);
        QCOMPARE(model.report().targets().at(1).calls.size(), 2);
        QVERIFY(view->statusLabel()->text().contains(u"down: ec2"_s));
        QVERIFY(view->jsonDiffView()->toPlainText().contains(u"$.initializationType"_s));

        // The log diff of run 2 from the keyboard: the docker column, then the run.
        view->table()->setFocus();
        view->table()->setCurrentIndex(model.index(model.rowOf(u"$.initializationType"_s), 2));
        QVERIFY(!view->logDiffView()->toPlainText().isEmpty());

        if (qEnvironmentVariableIsSet("BULLPEN_COMPARE_SCREENSHOT")) {
            view->table()->clearSelection(); // the highlight, not the selection, in the picture
            view->table()->scrollToTop();
            auto *dock = window.findChild<QDockWidget *>(u"compareDock"_s);
            const auto docks = window.findChildren<QDockWidget *>();
            for (QDockWidget *other : docks)
                if (other != dock && window.dockWidgetArea(other) == Qt::BottomDockWidgetArea)
                    other->hide();
            dock->raise();
            window.resizeDocks({ dock }, { window.height() * 2 / 3 }, Qt::Vertical);
            QTest::qWait(300);
            QVERIFY(window.grab().save(qEnvironmentVariable("BULLPEN_COMPARE_SCREENSHOT")));
        }
        // Closing the project takes down what the comparison deployed.
        QVERIFY(window.closeProject());
        QTRY_VERIFY_WITH_TIMEOUT(CompareTestSupport::leftoverContainers(project).isEmpty(), 60000);
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
