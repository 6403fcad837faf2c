// SPDX-License-Identifier: MIT
// The Lessons panel over a real engine: choosing a lesson shows its steps and
// texts; Step plays one step and pauses, the checks' outcomes appear with the
// figures they were decided on; Play finishes the lesson; the keyboard
// reaches every control; in the window, Help > Lessons shows the dock and
// "Open the function" opens the lesson's project at its handler.
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "engine/invoke/invoker.h"
#include "tests/support/ciskip.h"
#include "widgets/invoke/invocationcontroller.h"
#include "widgets/lessons/lessonswidget.h"
#include "widgets/mainwindow/lessonsfeature.h"
#include "widgets/mainwindow/mainwindow.h"

using namespace Bullpen;

namespace {

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("BULLPEN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(300);
    widget->grab().save(dir + u'/' + name);
}

} // namespace

class TestLessonsWidget : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BullpenTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_lessonswidget"));
        QVERIFY(m_data.isValid());
    }

    void listsTheLessonsAndTheirSteps()
    {
        LessonsWidget lessons([](QString *error) -> Invoker * {
            *error = QStringLiteral("no engine in this test");
            return nullptr;
        });
        lessons.setDataRoot(m_data.path());
        QCOMPARE(lessons.lessonList()->count(), 10);
        QVERIFY(lessons.selectLesson(QStringLiteral("throttling")));
        QCOMPARE(lessons.currentLesson(), QStringLiteral("throttling"));
        QCOMPARE(lessons.stepList()->count(), 2);
        QVERIFY(lessons.stepView()->toPlainText().contains(QStringLiteral("What to notice:")));
        lessons.stepList()->setCurrentRow(1);
        QVERIFY(lessons.stepView()->toPlainText().contains(QStringLiteral("Reserve 1 concurrent execution")));
        // Without an engine the lesson says why it cannot run.
        lessons.play();
        QVERIFY(lessons.findChildren<QLabel *>().size() > 0);
        bool said = false;
        for (QLabel *label : lessons.findChildren<QLabel *>())
            said = said || label->text().contains(QStringLiteral("no engine in this test"));
        QVERIFY(said);
        // Every button can be reached by its mnemonic.
        for (QPushButton *button : lessons.findChildren<QPushButton *>())
            QVERIFY2(button->text().contains(u'&'), qPrintable(button->text()));
        QVERIFY(!lessons.selectLesson(QStringLiteral("none")));
    }

    void stepThenPlayOnARealEngine()
    {
        EngineSettings settings;
        QString error;
        auto invoker = Invoker::create(settings, &error);
        if (!invoker)
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("no container backend here: ") + error);
        LessonsWidget lessons([&invoker](QString *) { return invoker.get(); });
        lessons.setDataRoot(m_data.path());
        lessons.resize(900, 600);
        lessons.show();
        QVERIFY(lessons.selectLesson(QStringLiteral("cold-vs-warm")));
        QSignalSpy steps(&lessons, &LessonsWidget::stepFinished);
        QSignalSpy done(&lessons, &LessonsWidget::lessonFinished);
        // Keyboard: focus on the Step button, Space presses it.
        lessons.stepButton()->setFocus();
        QTest::keyClick(lessons.stepButton(), Qt::Key_Space);
        QVERIFY(steps.wait(120000));
        QCOMPARE(steps.first().at(1).toBool(), true);
        QCOMPARE(lessons.runner()->state(), LessonRunner::State::Paused);
        const QString text = lessons.stepView()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("holds:")) && text.contains(QStringLiteral("started a new instance")),
                 qPrintable(text));
        screenshot(&lessons, QStringLiteral("lesson.png"));
        lessons.play();
        QVERIFY(done.wait(120000));
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY(lessons.stepView()->toPlainText().contains(QStringLiteral("reused instance")));
        lessons.stop();
        invoker->shutdown();
    }

    // In the window: Help > Lessons shows the dock; a lesson plays on the
    // window's engine with the pool view beside it; "Open the function"
    // opens the learner's copy of the project.
    void inTheWindow()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        auto *feature = window.panel<LessonsFeature>();
        QVERIFY(feature);
        QVERIFY(feature->dock()->isHidden());
        QAction *show = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            if (!menu->menu())
                continue;
            for (QAction *a : menu->menu()->actions()) {
                if (a->text() == QStringLiteral("&Lessons"))
                    show = a;
            }
        }
        QVERIFY(show);
        QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        show->trigger();
        QVERIFY(feature->dock()->isVisible());
        LessonsWidget *lessons = feature->lessons();
        lessons->setDataRoot(m_data.path());
        QVERIFY(lessons->selectLesson(QStringLiteral("warm-state")));
        QSignalSpy open(lessons, &LessonsWidget::openFunctionRequested);
        lessons->findChild<QPushButton *>(QString(), Qt::FindChildrenRecursively);
        for (QPushButton *b : lessons->findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("&Open the function"))
                b->click();
        }
        QCOMPARE(open.size(), 1);
        const QString templatePath = open.first().at(0).toString();
        QCOMPARE(templatePath, m_data.path() + QStringLiteral("/lessons/warm-state/template.yaml"));
        QCOMPARE(open.first().at(1).toString(), QStringLiteral("Counter"));
        QCOMPARE(window.currentFunction(), QStringLiteral("Counter"));

        QString error;
        if (!window.controller()->ensureInvoker(&error))
            BULLPEN_SKIP_UNLESS_CI(QStringLiteral("no engine for the window: ") + error);
        QSignalSpy steps(lessons, &LessonsWidget::stepFinished);
        lessons->step();
        QVERIFY(steps.wait(120000));
        QVERIFY(steps.first().at(1).toBool());
        screenshot(&window, QStringLiteral("lesson-window.png"));
        lessons->stop();
    }
};

QTEST_MAIN(TestLessonsWidget)
#include "tst_lessonswidget.moc"
