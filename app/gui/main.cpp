// SPDX-License-Identifier: MIT
// bullpen-gui: the desktop application. Parses the window's command line and
// shows the main window; "bullpen" with no subcommand execs it.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTextCursor>
#include <QTimer>

#include <cstdio>
#include <memory>

#include "app/identity.h"
#include "app/translations.h"
#include "engine/async/asyncinvocationqueue.h"
#include "engine/invoke/invoker.h"
#include "engine/project/functionconfig.h"
#include "engine/project/project.h"
#include "engine/project/projectsamples.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/recoverybar.h"
#include "widgets/invoke/invocationcontroller.h"
#include "widgets/lessons/lessonswidget.h"
#include "widgets/mainwindow/asyncfeature.h"
#include "widgets/mainwindow/editorpanel.h"
#include "widgets/mainwindow/editorrecovery.h"
#include "widgets/mainwindow/lessonsfeature.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/pool/pooleventbatcher.h"
#include "widgets/pool/poolpanel.h"
#include "widgets/preferences/preferences.h"

#include <QDockWidget>
#include <QFileInfo>

namespace {

// A dark palette for the documentation's screenshots, where no desktop
// provides one.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2a, 0x2e, 0x32), base(0x1b, 0x1e, 0x20), text(0xfc, 0xfc, 0xfc);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x74, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x74, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x74, 0x7a));
    return p;
}

} // namespace

// A folder, or a SAM template named like one, opens as a project; anything else as a file.
// A real burst of the real pool for the screenshots: every function of the
// open project invoked `perFunction` times through the window's engine, two
// every 100 ms, each asking its handler to take 150-1,500 ms
// ({"ms": ...}); the alias when the function has one. Shortly before the
// picture one idle instance is stopped and, a moment later, the picture is
// taken while its tile still fades, so the pool actions show too.
static bool startPoolBurst(Bullpen::MainWindow &window, int perFunction, int pictureAtMs)
{
    QString error;
    Bullpen::Invoker *invoker = window.controller()->ensureInvoker(&error);
    Bullpen::Project *project = window.project();
    if (!invoker || !project) {
        std::fprintf(stderr, "bullpen: no engine or project for the burst: %s\n", qPrintable(error));
        return false;
    }
    const QList<Bullpen::FunctionConfig> functions = project->functions();
    auto *timer = new QTimer(&window);
    auto fired = std::make_shared<QList<int>>(functions.size(), 0);
    auto random = std::make_shared<QRandomGenerator>(8);
    QObject::connect(timer, &QTimer::timeout, &window, [=] {
        bool more = false;
        for (qsizetype i = 0; i < functions.size(); ++i) {
            for (int k = 0; k < 2 && (*fired)[i] < perFunction; ++k) {
                ++(*fired)[i];
                const Bullpen::FunctionConfig &f = functions.at(i);
                Bullpen::InvokeOptions options;
                options.source = Bullpen::InvocationSource::Load;
                options.qualifier = f.autoPublishAlias;
                options.codeRevision = project->codeRevision(f.logicalId);
                const QByteArray payload
                    = QJsonDocument(QJsonObject { { QStringLiteral("ms"), 150 + int(random->bounded(1350)) } })
                          .toJson(QJsonDocument::Compact);
                invoker->invoke(f, payload, options);
            }
            more = more || (*fired)[i] < perFunction;
        }
        if (!more)
            timer->stop();
    });
    timer->start(100);
    QTimer::singleShot(qMax(0, pictureAtMs - 700), &window, [invoker] {
        for (const Bullpen::InstanceInfo &info : invoker->instances()) {
            if (info.state == Bullpen::InstanceState::Idle && !info.provisioned) {
                invoker->stopInstance(info.instanceId);
                return;
            }
        }
    });
    return true;
}

// Real asynchronous invocations for the screenshots: `perFunction` Event
// invocations of every function of the open project, queued through the
// window's asynchronous queue (Tools › Asynchronous Queue) on its engine, with
// {"n": i} as the event, all at once: some wait, up to eight per function run,
// failures are retried or go to their destinations as the template says.
static bool startAsyncBurst(Bullpen::MainWindow &window, int perFunction)
{
    QString error;
    auto *async = window.panel<Bullpen::AsyncFeature>();
    Bullpen::Project *project = window.project();
    if (!async || !async->queue() || !project || !window.controller()->ensureInvoker(&error)) {
        std::fprintf(stderr, "bullpen: no queue, engine or project for the asynchronous burst: %s\n",
                     qPrintable(error));
        return false;
    }
    for (const Bullpen::FunctionConfig &f : project->functions()) {
        for (int i = 0; i < perFunction; ++i) {
            const QByteArray payload
                = QJsonDocument(QJsonObject { { QStringLiteral("n"), i } }).toJson(QJsonDocument::Compact);
            if (async->queue()->enqueue(f, payload, &error, f.autoPublishAlias).isEmpty()) {
                std::fprintf(stderr, "bullpen: the event was not queued: %s\n", qPrintable(error));
                return false;
            }
        }
    }
    return true;
}

// What the recovery offers, as a JSON line on stdout; then Recover pressed on
// the first offer and the editor's state after it, a second line; then quits
// (without closing the window: nothing saved, nothing asked).
static void probeRecovery(Bullpen::MainWindow &window)
{
    auto *panel = window.panel<Bullpen::EditorPanel>();
    Bullpen::EditorRecovery *recovery = panel->recovery();
    QJsonArray offers;
    const QList<Bullpen::CodeEditor *> offered = recovery->offeredEditors();
    for (Bullpen::CodeEditor *editor : offered) {
        offers.append(QJsonObject { { QStringLiteral("tab"), editor->displayName() },
                                    { QStringLiteral("readOnly"), editor->isReadOnly() },
                                    { QStringLiteral("message"), recovery->barOf(editor)->message() } });
    }
    std::printf(
        "%s\n",
        QJsonDocument(QJsonObject { { QStringLiteral("offers"), offers } }).toJson(QJsonDocument::Compact).constData());
    if (!offered.isEmpty()) {
        Bullpen::CodeEditor *editor = offered.constFirst();
        recovery->barOf(editor)->recoverButton()->click();
        std::printf("%s\n",
                    QJsonDocument(QJsonObject { { QStringLiteral("file"), editor->filePath() },
                                                { QStringLiteral("modified"), editor->isModified() },
                                                { QStringLiteral("readOnly"), editor->isReadOnly() },
                                                { QStringLiteral("bar"), editor->messageBar() != nullptr },
                                                { QStringLiteral("text"), editor->toPlainText() } })
                        .toJson(QJsonDocument::Compact)
                        .constData());
    }
    std::fflush(stdout);
    QApplication::exit(0);
}

static bool isProjectPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return true;
    const QString name = info.fileName();
    return name == u"template.yaml" || name == u"template.yml" || name == u"template.json";
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Bullpen::setIdentity();
    // The desktop entry this window belongs to (its icon, its name in the
    // task switcher and the window manager's grouping; installer/desktop).
    QGuiApplication::setDesktopFileName(QStringLiteral("dev.bullpen.Bullpen"));
    // The preferences' language, else the system's (app/translations.h).
    Bullpen::installTranslations(Bullpen::Preferences::load().language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("gui", "Develop AWS-Lambda-style functions locally."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("path"), QApplication::translate("gui", "A project folder or template.yaml to open, or a file."),
        QStringLiteral("[PATH]"));
    // Hidden options for docs/screenshots/take-screenshots.sh.
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save a picture of the window and quit."), QStringLiteral("png"));
    QCommandLineOption palette(QStringLiteral("palette"), QStringLiteral("light or dark"), QStringLiteral("scheme"));
    QCommandLineOption goTo(QStringLiteral("line"), QStringLiteral("Line to show."), QStringLiteral("n"));
    QCommandLineOption fold(QStringLiteral("fold"), QStringLiteral("Line to fold."), QStringLiteral("n"));
    QCommandLineOption sample(QStringLiteral("create-sample"), QStringLiteral("Create PATH from a sample first."),
                              QStringLiteral("name"));
    QCommandLineOption invoke(QStringLiteral("invoke"), QStringLiteral("Invoke the first function once."));
    QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size for the picture."),
                            QStringLiteral("WxH"));
    QCommandLineOption panel(QStringLiteral("panel"), QStringLiteral("Dock to raise: result, log, history or pool."),
                             QStringLiteral("name"));
    QCommandLineOption poolTrace(QStringLiteral("pool-trace"),
                                 QStringLiteral("Replay a pool trace into the pool view."), QStringLiteral("jsonl"));
    QCommandLineOption poolAt(QStringLiteral("pool-at"),
                              QStringLiteral("With --pool-trace: take the picture this many ms into the replay."),
                              QStringLiteral("ms"));
    QCommandLineOption poolBurst(QStringLiteral("pool-burst"),
                                 QStringLiteral("Invoke every function N times on the real engine, two every 100 ms, "
                                                "and take the picture --pool-at ms in."),
                                 QStringLiteral("n"));
    QCommandLineOption lesson(QStringLiteral("lesson"),
                              QStringLiteral("Show the Lessons dock, play this lesson on the window's engine, and "
                                             "take the picture when it has finished."),
                              QStringLiteral("name"));
    QCommandLineOption asyncBurst(QStringLiteral("async-burst"),
                                  QStringLiteral("Queue N Event invocations of every function, and take the picture "
                                                 "--pool-at ms in."),
                                  QStringLiteral("n"));
    // For tests/app/gui/tst_windowkill: an edit as typed, and what the recovery offers.
    QCommandLineOption appendText(QStringLiteral("append-text"),
                                  QStringLiteral("Type this at the end of the current editor (not saved)."),
                                  QStringLiteral("text"));
    QCommandLineOption recoveryProbe(QStringLiteral("recovery-probe"),
                                     QStringLiteral("Print the recovery offers as JSON, press Recover on the "
                                                    "first, print the editor's text, and quit."));
    for (QCommandLineOption *option :
         { &screenshot, &palette, &goTo, &fold, &sample, &invoke, &size, &panel, &poolTrace, &poolAt, &poolBurst,
           &asyncBurst, &lesson, &appendText, &recoveryProbe }) {
        option->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(*option);
    }
    parser.process(app);

    if (parser.value(palette) == u"dark")
        QApplication::setPalette(darkPalette());

    Bullpen::MainWindow window;
    const QStringList paths = parser.positionalArguments();
    if (!paths.isEmpty()) {
        const QString path = QDir::current().absoluteFilePath(paths.constFirst());
        if (parser.isSet(sample)) {
            Bullpen::ProjectError error;
            if (!Bullpen::ProjectSamples::create(parser.value(sample), path, &error)) {
                std::fprintf(stderr, "bullpen: %s\n", qPrintable(error.toString()));
                return 1;
            }
        }
        if (isProjectPath(path))
            window.openProject(path);
        else
            window.openFile(path);
    }
    if (parser.isSet(fold))
        window.editor()->foldBlock(parser.value(fold).toInt() - 1);
    if (parser.isSet(goTo))
        window.editor()->goToLine(parser.value(goTo).toInt());
    if (parser.isSet(appendText)) {
        window.editor()->moveCursor(QTextCursor::End);
        window.editor()->insertPlainText(parser.value(appendText));
    }
    if (parser.isSet(recoveryProbe)) {
        // After the window's own start (the last project, the offers): queued behind it.
        QTimer::singleShot(0, &window, [&window] { probeRecovery(window); });
    }

    if (parser.isSet(screenshot)) {
        QSize windowSize(960, 600);
        if (parser.isSet(size)) {
            const QStringList wh = parser.value(size).split(u'x');
            if (wh.size() == 2)
                windowSize = QSize(wh.at(0).toInt(), wh.at(1).toInt());
        }
        window.resize(windowSize);
        window.show();
        const QString target = parser.value(screenshot);
        const QString dockName = parser.value(panel) + QStringLiteral("Dock");
        auto grab = [&window, target, dockName] {
            if (auto *dock = window.findChild<QDockWidget *>(dockName)) {
                dock->show();
                dock->raise();
                // The pool's docks (and the asynchronous queue's) are the
                // picture: the whole width and most of the height.
                if (dockName.startsWith(u"pool") || dockName == u"timelineDock" || dockName == u"asyncDock") {
                    for (const char *other : { "eventDock", "resultDock", "logDock", "historyDock", "buildDock" }) {
                        if (auto *hide = window.findChild<QDockWidget *>(QLatin1StringView(other)))
                            hide->hide();
                    }
                    window.resizeDocks({ dock }, { window.height() * 3 / 5 }, Qt::Vertical);
                }
            }
            // A moment for the docks' layout and the highlighter to settle.
            QTimer::singleShot(300, &window, [&window, target] {
                const bool saved = window.grab().save(target);
                if (!saved)
                    std::fprintf(stderr, "bullpen: could not write %s\n", qPrintable(target));
                QApplication::exit(saved ? 0 : 1);
            });
        };
        if (parser.isSet(poolTrace)) {
            // In the middle of a recorded burst: replay it and take the picture at --pool-at.
            QString error;
            if (!window.poolPanel()->replayTrace(parser.value(poolTrace), &error)) {
                std::fprintf(stderr, "bullpen: %s\n", qPrintable(error));
                return 1;
            }
            QTimer::singleShot(parser.value(poolAt).toInt(), &window, grab);
        } else if (parser.isSet(poolBurst)) {
            // In the middle of a real burst of the real pool.
            const int at = parser.value(poolAt).toInt();
            if (!startPoolBurst(window, parser.value(poolBurst).toInt(), at))
                return 1;
            QTimer::singleShot(at, &window, [&window, grab] {
                window.poolPanel()->batcher()->flush();
                grab();
            });
        } else if (parser.isSet(lesson)) {
            // As Help > Lessons, then Play; the picture once the lesson is done
            // (the dock shows its last step and that step's checks).
            auto *feature = window.panel<Bullpen::LessonsFeature>();
            Bullpen::LessonsWidget *lessons = feature ? feature->lessons() : nullptr;
            if (!lessons || !lessons->selectLesson(parser.value(lesson))) {
                std::fprintf(stderr, "bullpen: there is no lesson called %s\n", qPrintable(parser.value(lesson)));
                return 1;
            }
            feature->dock()->show();
            QObject::connect(lessons, &Bullpen::LessonsWidget::lessonFinished, &window, [&window, grab] {
                window.poolPanel()->batcher()->flush();
                grab();
            });
            QTimer::singleShot(0, lessons, [lessons] { lessons->play(); });
        } else if (parser.isSet(asyncBurst)) {
            if (!startAsyncBurst(window, parser.value(asyncBurst).toInt()))
                return 1;
            QTimer::singleShot(parser.value(poolAt).toInt(), &window, grab);
        } else if (parser.isSet(invoke)) {
            QObject::connect(window.controller(), &Bullpen::InvocationController::finished, &window, grab);
            QTimer::singleShot(0, &window, [&window] {
                if (!window.invoke()) {
                    std::fprintf(stderr, "bullpen: nothing to invoke\n");
                    QApplication::exit(1);
                }
            });
        } else {
            grab();
        }
        return app.exec(); // the picture ends the process without closing the window
    }

    window.show();
    const int code = app.exec();
    // The window is gone; its engine's containers are removed in the event
    // loop, not by ~MainWindow blocking on the runtime (bounded all the same).
    window.waitForEngineShutdown(QDeadlineTimer(2000));
    return code;
}
