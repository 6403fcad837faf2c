// SPDX-License-Identifier: MIT
// bullpen compare: one event sent K times to each of several deployment
// targets (bullpen-targets.yaml), the results compared side by side, headless.
// Exit status: 0 equal, 1 the results differ beyond what is expected (request
// ids, timestamps and durations are not counted, nor the --ignore paths),
// 2 bad input or nothing could run, 3 equal where answered but a target was down.
#include "app/cli/command.h"

#include "engine/core/jsondiff.h"
#include "engine/core/terminationwatcher.h"
#include "engine/project/samtemplate.h"
#include "engine/sandbox/backendregistry.h"
#include "engine/targets/comparerun.h"
#include "engine/targets/projecttargets.h"
#include "engine/targets/targetsubject.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>
#include <utility>

namespace Bullpen::Cli {
namespace {

using namespace Qt::StringLiterals;

int runCompare(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Send the same event to several deployment targets (bullpen-targets.yaml) and compare the results: "
                 "payloads as a JSON diff, errors, logs, and the figures with their spread. Exits 0 when equal, 1 when "
                 "they differ, 3 when a target was down (and the rest equal)."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        u"FUNCTION"_s, Text::tr("Logical id of the function (optional when the template has one)."), u"[FUNCTION]"_s);
    const QCommandLineOption templateOption({ u"t"_s, u"template"_s },
                                            Text::tr("The SAM template (default ./template.yaml)."), u"FILE"_s,
                                            u"template.yaml"_s);
    const QCommandLineOption eventOption(
        { u"e"_s, u"event"_s }, Text::tr("The event: a JSON file, or - for standard input (default {})."), u"FILE"_s);
    const QCommandLineOption targetOption(u"target"_s, Text::tr("A target of bullpen-targets.yaml; give two or more."),
                                          u"NAME"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, Text::tr("Send the event K times to each target (default 1)."),
                                          u"K"_s, u"1"_s);
    const QCommandLineOption ignoreOption(
        u"ignore"_s,
        Text::tr(
            "A JSON path whose differences do not count, e.g. $.body.time, 'headers.*', 'items[*].id', '**.token'."),
        u"PATH"_s);
    const QCommandLineOption countVolatileOption(
        u"count-volatile"_s, Text::tr("Count request ids, timestamps and durations as differences too."));
    const QCommandLineOption compareLogsOption(u"compare-logs"_s,
                                               Text::tr("Count differing log lines (after the same normalisation)."));
    const QCommandLineOption jsonOption(u"json"_s, Text::tr("Print the comparison as one JSON object."));
    const QCommandLineOption keepOption(u"keep"_s,
                                        Text::tr("Keep what the comparison deployed (default: removed after)."));
    const QCommandLineOption noDeployOption(
        u"no-deploy"_s, Text::tr("Do not deploy to a target that has nothing deployed: report it down."));
    const QCommandLineOption noBuildOption(u"no-build"_s, Text::tr("Run the code as it is: no build first."));
    parser.addOptions({ templateOption, eventOption, targetOption, repeatOption, ignoreOption, countVolatileOption,
                        compareLogsOption, jsonOption, keepOption, noDeployOption, noBuildOption });
    if (!parser.parse(QStringList { u"bullpen compare"_s } + arguments))
        return commandUsageError("compare", parser.errorText());
    if (parser.isSet(u"help"_s)) {
        printHelp(parser);
        return 0;
    }
    if (parser.positionalArguments().size() > 1)
        return commandUsageError("compare",
                                 Text::tr("one FUNCTION at most, got: ") + parser.positionalArguments().join(u' '));
    bool ok = false;
    const int repeat = parser.value(repeatOption).toInt(&ok);
    if (!ok || repeat < 1)
        return commandUsageError("compare", Text::tr("--repeat takes a whole number of at least 1"));
    CompareOptions options;
    options.ignore = parser.values(ignoreOption);
    for (const QString &pattern : std::as_const(options.ignore)) {
        const JsonPathPattern p(pattern);
        if (!p.isValid())
            return commandUsageError("compare", u"--ignore: "_s + p.errorString());
    }
    options.countVolatile = parser.isSet(countVolatileOption);
    options.countLogs = parser.isSet(compareLogsOption);

    // The project, its function and targets.
    ProjectError projectError;
    const QString templatePath = QFileInfo(parser.value(templateOption)).absoluteFilePath();
    const auto sam = SamTemplate::load(templatePath, &projectError);
    if (!sam)
        return commandUsageError("compare", projectError.toString());
    QString error;
    const auto chosen = chooseFunction(*sam, templatePath, parser.positionalArguments().value(0), &error);
    if (!chosen)
        return commandUsageError("compare", error);
    FunctionConfig function = *chosen;
    // Made only for the names asked (a target does nothing until it is used).
    QObject owner;
    ProjectTargets *projectTargets = ProjectTargets::open(templatePath, EngineSettings(), &projectError, &owner);
    if (!projectTargets)
        return commandUsageError("compare", projectError.toString());
    const QString known = projectTargets->names().join(u", "_s);
    const QStringList names = parser.values(targetOption);
    if (names.size() < 2)
        return commandUsageError("compare",
                                 Text::tr("name at least two targets with --target (%1 has: %2)")
                                     .arg(TargetsFile::pathFor(templatePath), known));
    QList<Target *> targets;
    for (const QString &name : names) {
        Target *target = projectTargets->target(name);
        if (!target)
            return commandUsageError("compare",
                                     Text::tr("no target '%1' in %2; its targets are: %3")
                                         .arg(name, TargetsFile::pathFor(templatePath), known));
        if (names.count(name) > 1)
            return commandUsageError("compare", Text::tr("target '%1' is named twice").arg(name));
        targets << target;
    }

    QByteArray event = "{}";
    if (parser.isSet(eventOption)) {
        QString source;
        const auto read = readEventFile(parser.value(eventOption), &source, &error);
        if (!read)
            return commandUsageError("compare", error);
        event = *read;
    }
    if (!parser.isSet(noBuildOption)
        && !prepareFunction(function, templatePath, BackendRegistry::defaultId(), &error)) {
        errorLine(QStringLiteral("bullpen compare: ") + Text::tr("the build failed: ") + error);
        return 2;
    }

    // One subject per target for the comparison.
    TerminationWatcher watcher;
    QList<TargetSubject *> subjects;
    QList<CompareSubject *> compared;
    for (Target *target : std::as_const(targets)) {
        auto *subject = new TargetSubject(target, function, !parser.isSet(noDeployOption));
        QObject::connect(subject, &TargetSubject::progress, &owner,
                         [name = target->name()](const QString &line) { errorLine(u"[%1] %2"_s.arg(name, line)); });
        subjects << subject;
        compared << subject;
    }
    CompareRun run(function.logicalId, event, compared, repeat, options);
    QObject::connect(&run, &CompareRun::targetChecked, &run, [&](int i, const QString &down) {
        if (!down.isEmpty())
            errorLine(u"[%1] down: %2"_s.arg(names.at(i), down));
    });
    QObject::connect(&run, &CompareRun::callFinished, &run, [&](int i, const CompareCall &c) {
        errorLine(
            c.unreachable.isEmpty()
                ? u"[%1] run %2/%3: %4%5"_s.arg(names.at(i))
                      .arg(c.run + 1)
                      .arg(repeat)
                      .arg(startKindName(c.start),
                           c.failed() ? QString(u", "_s + c.errorType + u" "_s + c.functionError) : QString())
                : u"[%1] run %2/%3: unreachable: %4"_s.arg(names.at(i)).arg(c.run + 1).arg(repeat).arg(c.unreachable));
    });
    int status = 2;
    const bool json = parser.isSet(jsonOption);
    const bool keep = parser.isSet(keepOption);
    // After the report: take down what this comparison deployed (and the local
    // pool's instances), then quit.
    int pending = 0;
    bool tearingDown = false;
    auto tearDownAndQuit = [&](int code) {
        status = code;
        if (std::exchange(tearingDown, true))
            return; // under way: it quits when done
        for (qsizetype i = 0; i < targets.size(); ++i) {
            const bool ours = subjects.at(i)->deployedHere() && !keep;
            if (!ours && targets.at(i)->kind() != TargetKind::LocalPool)
                continue;
            ++pending;
            Target *target = targets.at(i);
            QObject::connect(target, &Target::tearDownFinished, &owner,
                             [&pending, name = names.at(i), ours](bool done, const QString &message) {
                                 if (ours || !done)
                                     errorLine(u"[%1] %2"_s.arg(name, message));
                                 if (--pending == 0)
                                     QCoreApplication::exit(0);
                             });
            // A deploy under way (stopped by the run's cancel()) ends first:
            // then everything it made is there to be removed.
            if (subjects.at(i)->isDeploying())
                QObject::connect(
                    target, &Target::deployFinished, &owner, [target] { target->tearDown(); },
                    Qt::SingleShotConnection);
            else
                target->tearDown();
        }
        if (pending == 0)
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
    };
    QObject::connect(&run, &CompareRun::finished, &run, [&](const CompareReport &report) {
        if (json) {
            std::fputs(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented).constData(), stdout);
        } else {
            for (const QString &line : report.textLines())
                std::fprintf(stdout, "%s\n", qPrintable(line));
        }
        std::fflush(stdout);
        tearDownAndQuit(report.exitCode());
    });
    bool stopping = false;
    QObject::connect(&watcher, &TerminationWatcher::terminationRequested, &run, [&](int signal) {
        if (std::exchange(stopping, true)) {
            // A second signal: out at once, saying what may remain.
            errorLine(QStringLiteral("bullpen compare: ")
                      + Text::tr("stopped at once (signal %1): what it deployed may remain (bullpen targets down)")
                            .arg(signal));
            status = 128 + signal;
            QCoreApplication::exit(0);
            return;
        }
        errorLine(QStringLiteral("bullpen compare: ")
                  + Text::tr("stopping (signal %1); removing what it deployed").arg(signal));
        run.cancel();
        tearDownAndQuit(128 + signal);
    });
    QMetaObject::invokeMethod(&run, [&] { run.start(); }, Qt::QueuedConnection);
    QCoreApplication::exec();
    return status;
}

const Registration registration(
    { "compare", QT_TRANSLATE_NOOP("Bullpen::Cli", "Compare one event's results on several deployment targets"),
      &runCompare });

} // namespace
} // namespace Bullpen::Cli
