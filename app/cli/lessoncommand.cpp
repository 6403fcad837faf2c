// SPDX-License-Identifier: MIT
// bullpen lesson: the lessons of the Lessons panel, headless: list them, or
// play one through the engine and report each step's checks.
#include "app/cli/command.h"

#include "engine/core/terminationwatcher.h"
#include "engine/invoke/invoker.h"
#include "engine/lessons/lesson.h"
#include "engine/lessons/lessonrunner.h"
#include "engine/sandbox/backendregistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace Bullpen::Cli {
namespace {

void printErr(const QString &text)
{
    std::fputs(qPrintable(text), stderr);
    std::fputc('\n', stderr);
}

void printOut(const QString &text)
{
    std::fputs(qPrintable(text), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int usageError(const QString &message)
{
    printErr(QStringLiteral("bullpen lesson: ") + message);
    return 2;
}

int runLesson(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "The lessons: 'list' names them; 'run NAME' plays one through the engine (real containers) and reports "
        "each step's checks, decided on what actually happened. The lesson's project is the copy in the data "
        "folder (made on first use; edit it and run again), or --project."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ACTION"), Text::tr("list or run"), QStringLiteral("list|run"));
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The lesson (for run)."), QStringLiteral("[NAME]"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Text::tr("Print the result as JSON."));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            Text::tr("The texts' language (default: the system's; en, de, pl)."),
                                            QStringLiteral("LANG"));
    const QCommandLineOption projectOption(
        QStringLiteral("project"), Text::tr("Run the lesson on this project folder instead of the data folder's copy."),
        QStringLiteral("DIR"));
    const QCommandLineOption resetOption(QStringLiteral("reset"),
                                         Text::tr("Replace the data folder's copy with the lesson's original first."));
    const QCommandLineOption backendOption(
        QStringLiteral("backend"),
        Text::tr("One of %1 (default %2).")
            .arg(BackendRegistry::ids().join(QStringLiteral(", ")), BackendRegistry::defaultId()),
        QStringLiteral("NAME"), BackendRegistry::defaultId());
    parser.addOptions({ jsonOption, languageOption, projectOption, resetOption, backendOption });
    if (!parser.parse(QStringList { QStringLiteral("bullpen lesson") } + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp(parser);
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString language = parser.value(languageOption);
    const bool json = parser.isSet(jsonOption);

    if (action == u"list") {
        if (positional.size() > 1)
            return usageError(Text::tr("list takes no lesson name"));
        QJsonArray array;
        for (const QString &name : LessonCatalog::names()) {
            QString error;
            const auto lesson = LessonCatalog::load(name, language, &error);
            if (!lesson) {
                printErr(QStringLiteral("bullpen lesson: ") + error);
                return 2;
            }
            if (json) {
                array.append(QJsonObject { { QStringLiteral("name"), name },
                                           { QStringLiteral("title"), lesson->title },
                                           { QStringLiteral("summary"), lesson->summary },
                                           { QStringLiteral("steps"), int(lesson->steps.size()) } });
            } else {
                printOut(Text::tr("%1  %2 (%n steps)", nullptr, int(lesson->steps.size()))
                             .arg(name, -24)
                             .arg(lesson->title));
            }
        }
        if (json)
            printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    if (action != u"run")
        return usageError(action.isEmpty() ? Text::tr("say list or run NAME")
                                           : Text::tr("unknown action '%1': say list or run NAME").arg(action));
    if (positional.size() != 2)
        return usageError(Text::tr("run takes one lesson name; the lessons are: %1")
                              .arg(LessonCatalog::names().join(QStringLiteral(", "))));
    QString error;
    const auto lesson = LessonCatalog::load(positional.at(1), language, &error);
    if (!lesson)
        return usageError(error);
    QString templatePath;
    if (parser.isSet(projectOption)) {
        templatePath = QDir(parser.value(projectOption)).absoluteFilePath(QStringLiteral("template.yaml"));
        if (!QFileInfo::exists(templatePath))
            return usageError(Text::tr("%1 has no template.yaml").arg(parser.value(projectOption)));
    } else {
        templatePath = LessonCatalog::prepareProject(lesson->name, &error, {}, parser.isSet(resetOption));
        if (templatePath.isEmpty())
            return usageError(error);
    }
    const QString backend = parser.value(backendOption);
    if (!BackendRegistry::isKnown(backend))
        return usageError(Text::tr("--backend is one of %1; got '%2'")
                              .arg(BackendRegistry::ids().join(QStringLiteral(", ")), backend));

    EngineSettings settings;
    settings.backend = backend;
    TerminationWatcher watcher;
    auto invoker = Invoker::create(settings, &error);
    if (!invoker) {
        printErr(QStringLiteral("bullpen lesson: ") + error);
        return 2;
    }
    QObject::connect(invoker.get(), &Invoker::runtimeImageProgress, invoker.get(),
                     [](const QString &, const QString &message, int percent) {
                         printErr(percent >= 0 ? QStringLiteral("bullpen lesson: [%1%] %2").arg(percent).arg(message)
                                               : QStringLiteral("bullpen lesson: ") + message);
                     });
    LessonRunner runner(invoker.get());
    if (!runner.setLesson(*lesson, templatePath, &error))
        return usageError(error);
    if (!json) {
        printOut(QStringLiteral("%1: %2").arg(lesson->title, lesson->summary));
        printOut(Text::tr("Project: %1").arg(QFileInfo(templatePath).absolutePath()));
    }
    QObject::connect(&runner, &LessonRunner::stepStarted, &runner, [&](int index) {
        if (!json)
            printOut(Text::tr("\nStep %1/%2: %3")
                         .arg(index + 1)
                         .arg(lesson->steps.size())
                         .arg(lesson->steps.at(index).text));
    });
    QObject::connect(&runner, &LessonRunner::actionStarted, &runner, [&](int, const QString &description) {
        if (!json)
            printOut(QStringLiteral("  > ") + description);
    });
    QObject::connect(&runner, &LessonRunner::stepFinished, &runner, [&](int index, const LessonStepReport &report) {
        if (json)
            return;
        if (!report.error.isEmpty())
            printOut(Text::tr("  ERROR %1").arg(report.error));
        for (const LessonCheckOutcome &c : report.checks)
            printOut(QStringLiteral("  %1 %2: %3")
                         .arg(c.passed()         ? Text::tr("PASS")
                                  : c.notShown() ? Text::tr("NOT SHOWN HERE")
                                                 : Text::tr("FAIL"),
                              c.kind, c.message));
        printOut(Text::tr("  Notice: ") + lesson->steps.at(index).notice);
    });
    int status = 0;
    QObject::connect(&runner, &LessonRunner::finished, &runner, [&](bool passed) {
        status = passed ? 0 : 1;
        QCoreApplication::exit(status);
    });
    QObject::connect(&watcher, &TerminationWatcher::terminationRequested, invoker.get(), [&](int signal) {
        printErr(QStringLiteral("bullpen lesson: ")
                 + Text::tr("stopping (signal %1); removing every instance").arg(signal));
        QCoreApplication::exit(128 + signal);
    });
    QMetaObject::invokeMethod(&runner, [&] { runner.play(); }, Qt::QueuedConnection);
    status = QCoreApplication::exec();
    if (json)
        printOut(QString::fromUtf8(QJsonDocument(runner.toJson()).toJson(QJsonDocument::Indented)).trimmed());
    else
        printOut(!runner.allPassed()          ? Text::tr("\nSome checks failed (see FAIL above).")
                     : runner.notShownCount() ? Text::tr("\nEvery check passed that this machine can show; %n could "
                                                         "not be shown here (see NOT SHOWN HERE above).",
                                                         nullptr, runner.notShownCount())
                                              : Text::tr("\nEvery check passed."));
    runner.stop();
    invoker->shutdown();
    return status;
}

const Registration registration(
    { "lesson", QT_TRANSLATE_NOOP("Bullpen::Cli", "List the lessons, or run one headless and report its checks"),
      &runLesson });

} // namespace
} // namespace Bullpen::Cli
