// SPDX-License-Identifier: MIT
// The pool actions end to end, offscreen, on the real engine (real containers):
// the Pool menu's "Pre-warm" asks how many and the tiles appear, told by the
// engine's stream (pid in the hover, the first call warm); the keyboard moves
// to a tile and Delete stops it (its reason on the tile); the menu's "Expire
// All Idle" cuts the rest short; the next call is cold again.
#include <QApplication>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "engine/invoke/invoker.h"
#include "engine/sandbox/backendregistry.h"
#include "tests/support/ciskip.h"
#include "widgets/invoke/invocationcontroller.h"
#include "widgets/pool/pooleventbatcher.h"
#include "widgets/pool/poolpanel.h"
#include "widgets/pool/poolstatemodel.h"
#include "widgets/pool/poolview.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

FunctionConfig pythonFunction()
{
    FunctionConfig f;
    f.logicalId = f.functionName = u"Counter"_s;
    f.handler = u"app.counter"_s;
    f.runtime = u"python3.12"_s;
    f.codeDirectory = QStringLiteral(BULLPEN_TEST_DATA_DIR "/../../engine/pool/functions/python");
    f.memorySizeMb = 128;
    f.timeoutSeconds = 7;
    return f;
}

// Answers the next QInputDialog with value once it shows.
void answerNextInputDialog(int value)
{
    QTimer::singleShot(0, [value] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            answerNextInputDialog(value); // not shown yet: try on the next turn of the loop
            return;
        }
        dialog->setIntValue(value);
        dialog->accept();
    });
}

QList<const InstanceTile *> tilesIn(const PoolStateModel *model, InstanceTile::State state)
{
    QList<const InstanceTile *> list;
    for (const FunctionLane &lane : model->lanes()) {
        for (const InstanceTile &t : lane.instances) {
            if (t.state == state)
                list.append(&t);
        }
    }
    return list;
}

} // namespace

class TestPoolPanelActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_cache;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid());
        const BackendInfo oci = BackendRegistry::info(BackendRegistry::defaultId());
        if (!oci.available)
            BULLPEN_SKIP_UNLESS_CI(u"no container backend here: "_s + oci.unavailableReason);
    }

    void prewarmStopAndExpireFromTheWindow()
    {
        QMainWindow window;
        InvocationController controller;
        EngineSettings settings;
        settings.cacheDirectory = m_cache.path();
        settings.keepAliveMs = 10 * 60 * 1000;
        controller.setEngineSettings(settings);
        PoolPanel panel(&window, &controller);
        window.setCentralWidget(panel.createPoolTab(&window));
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const FunctionConfig function = pythonFunction();
        panel.setFunctionResolver([function](const QString &id) -> std::optional<PoolFunction> {
            if (id != function.logicalId)
                return std::nullopt;
            return PoolFunction { function, 0 };
        });

        // Nothing to pre-warm before a function is chosen; a function the project does not have is refused.
        panel.setCurrentFunction(QString());
        QVERIFY(!panel.prewarmAction()->isEnabled());
        QString error;
        QCOMPARE(panel.prewarm(u"NoSuchFunction"_s, 1, &error), -1);
        QVERIFY(error.contains(u"NoSuchFunction"_s));

        // Pre-warm 2 from the Pool menu: the dialog asks how many.
        panel.setCurrentFunction(function.logicalId);
        QVERIFY(panel.prewarmAction()->isEnabled());
        QVERIFY(panel.prewarmAction()->text().contains(function.logicalId));
        answerNextInputDialog(2);
        panel.prewarmAction()->trigger();
        PoolStateModel *model = panel.stateModel();
        QTRY_COMPARE_WITH_TIMEOUT(tilesIn(model, InstanceTile::State::Idle).size(), 2, 60000);
        const QList<const InstanceTile *> idle = tilesIn(model, InstanceTile::State::Idle);
        for (const InstanceTile *t : idle) {
            QVERIFY(t->prewarmed);
            QVERIFY(t->pid > 0);
            QVERIFY(t->sandboxReady && t->initDone);
            QCOMPARE(t->timeoutMs, qint64(7000));
            const QString tip = panel.poolView()->toolTipFor(t->instanceId);
            QVERIFY2(tip.contains(u"pid %1"_s.arg(t->pid)), qPrintable(tip));
            QVERIFY2(tip.contains(u"pre-warmed"_s), qPrintable(tip));
        }
        QCOMPARE(model->totals().coldStarts + model->totals().warmHits, 0); // no call waited for them
        const QString first = idle.at(0)->instanceId;
        const QString second = idle.at(1)->instanceId;
        QStringList story; // the engine's events of the first instance, for the failure message
        QObject storyScope; // ends the connection before story goes
        connect(controller.invoker(), &Invoker::poolEvent, &storyScope, [&story, first](const PoolEvent &e) {
            if (e.instanceId == first)
                story << poolEventTypeName(e.type) + u' ' + e.detail;
        });

        // The first call is warm on a pre-warmed instance.
        QSignalSpy finished(&controller, &InvocationController::finished);
        QVERIFY(controller.invoke(function, "{}", 0, QString()));
        QVERIFY(finished.wait(60000));
        const auto warm = finished.at(0).at(0).value<InvocationResult>();
        QVERIFY(warm.succeeded());
        QVERIFY(!warm.coldStart);
        QVERIFY(warm.instanceId == first || warm.instanceId == second);
        QTRY_COMPARE_WITH_TIMEOUT(tilesIn(model, InstanceTile::State::Idle).size(), 2, 30000);

        // The keyboard: into the view, to the first tile, Delete stops it.
        PoolView *view = qobject_cast<PoolView *>(window.centralWidget()->findChild<PoolView *>());
        QVERIFY(view);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Home);
        QCOMPARE(view->currentInstance(), first);
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(view->currentInstance(), second);
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(view->currentInstance(), first);
        panel.batcher()->flush();
        QVERIFY2(model->instance(first)->state != InstanceTile::State::Gone,
                 qPrintable(u"gone before Delete: "_s + model->instance(first)->detail));
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_VERIFY_WITH_TIMEOUT(model->instance(first) && model->instance(first)->state == InstanceTile::State::Gone,
                                 30000);
        QVERIFY2(model->instance(first)->stopReason == InstanceStopReason::Stopped, qPrintable(story.join(u" | "_s)));
        QCOMPARE(model->instance(first)->detail, u"stopped by the user"_s);
        QCOMPARE(view->tileText(first).at(2), u"stopped"_s);

        // Expire all idle from the Pool menu: the other one goes, as if its keep-alive had run out.
        panel.expireIdleAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(model->instance(second) && model->instance(second)->state == InstanceTile::State::Gone,
                                 30000);
        QCOMPARE(model->instance(second)->stopReason, InstanceStopReason::Expired);
        QCOMPARE(view->tileText(second).at(2), u"expired"_s);

        // No instance left: the next call is cold, and its tile goes through the sandbox and the init.
        QTRY_COMPARE_WITH_TIMEOUT(controller.invoker()->instanceCount(), 0, 30000);
        QVERIFY(controller.invoke(function, "{}", 0, QString()));
        QVERIFY(finished.wait(60000));
        const auto cold = finished.at(1).at(0).value<InvocationResult>();
        QVERIFY(cold.succeeded());
        QVERIFY(cold.coldStart);
        QTRY_VERIFY_WITH_TIMEOUT(model->instance(cold.instanceId), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model->instance(cold.instanceId)->pid > 0, 10000);
        QCOMPARE(model->totals().coldStarts, 1);
        QCOMPARE(model->totals().warmHits, 1);
        controller.invoker()->shutdown();
    }

    // The settings panel's concurrency values reach the engine through the
    // controller: nothing starts an engine unless it must run ahead of a
    // call; provisioned concurrency then initialises its instance at once, the
    // window's Invoke runs the alias and is served warm by it, and a new
    // configuration retires the old version's provisioned instance.
    void concurrencySettingsApplyOnChange()
    {
        QMainWindow window;
        InvocationController controller;
        EngineSettings settings;
        settings.cacheDirectory = m_cache.path();
        controller.setEngineSettings(settings);
        PoolPanel panel(&window, &controller);
        PoolStateModel *model = panel.stateModel();

        FunctionConfig plain = pythonFunction();
        plain.logicalId = u"Plain"_s;
        QVERIFY(controller.applyFunctionSettings(plain, FunctionRunSettings(), 0));
        QVERIFY(!controller.invoker()); // nothing to run ahead: no engine yet

        FunctionConfig f = pythonFunction();
        f.autoPublishAlias = u"live"_s;
        f.provisionedConcurrentExecutions = 1;
        QVERIFY(controller.applyFunctionSettings(f, FunctionRunSettings(), 0));
        QVERIFY(controller.invoker());
        QTRY_COMPARE_WITH_TIMEOUT(tilesIn(model, InstanceTile::State::Idle).size(), 1, 60000);
        const InstanceTile *provisioned = tilesIn(model, InstanceTile::State::Idle).first();
        QVERIFY(provisioned->provisioned);
        const QString first = provisioned->instanceId;
        // The same values again change nothing.
        QVERIFY(controller.applyFunctionSettings(f, FunctionRunSettings(), 0));
        QCOMPARE(controller.invoker()->instanceCount(), 1);

        QSignalSpy finished(&controller, &InvocationController::finished);
        QVERIFY(controller.invoke(f, "{}", 0, QString()));
        QVERIFY(finished.wait(60000));
        const auto served = finished.at(0).at(0).value<InvocationResult>();
        QVERIFY2(served.succeeded(), qPrintable(served.engineError));
        QVERIFY(!served.coldStart);
        QCOMPARE(served.instanceId, first);

        // A new memory size is a new version: its own provisioned instance, the old one stopped.
        FunctionConfig bigger = f;
        bigger.memorySizeMb = 256;
        QVERIFY(controller.applyFunctionSettings(bigger, FunctionRunSettings(), 0));
        QTRY_VERIFY_WITH_TIMEOUT(!model->instance(first) || model->instance(first)->state == InstanceTile::State::Gone,
                                 30000);
        QTRY_COMPARE_WITH_TIMEOUT(tilesIn(model, InstanceTile::State::Idle).size(), 1, 60000);
        const InstanceTile *second = tilesIn(model, InstanceTile::State::Idle).first();
        QVERIFY(second->provisioned);
        QStringList tiles;
        for (const FunctionLane &lane : model->lanes())
            for (const InstanceTile &t : lane.instances)
                tiles << u"%1 %2 state %3 mem %4 prov %5"_s.arg(lane.functionId, t.instanceId)
                             .arg(int(t.state))
                             .arg(t.memorySizeMb)
                             .arg(t.provisioned);
        QVERIFY2(second->memorySizeMb == 256, qPrintable(tiles.join(u"; "_s)));
        QVERIFY(second->instanceId != first);
        controller.invoker()->shutdown();
    }
};

QTEST_MAIN(TestPoolPanelActions)
#include "tst_poolpanelactions.moc"
