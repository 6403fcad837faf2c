// SPDX-License-Identifier: MIT
// bullpen portability: what differs for a function between the local pool
// (the Lambda-shaped sandbox) and a deployment target, each item with the
// evidence of a probe run in both places (issue 12 item 3).
#include "app/cli/command.h"

#include "engine/core/terminationwatcher.h"
#include "engine/portability/portabilityrun.h"
#include "engine/project/functionconfig.h"
#include "engine/sandbox/backendregistry.h"
#include "engine/targets/target.h"
#include "engine/targets/targetsfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>
#include <utility>

namespace Bullpen::Cli {
namespace {

void printErr(const QString &text)
{
    errorLine(text);
}

int usageError(const QString &message)
{
    return commandUsageError("portability", message);
}

int runPortability(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Report what differs for a function between the local pool (the Lambda-shaped sandbox) and a "
                 "deployment target, from a probe run beside the function in both."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FUNCTION"),
                                 Text::tr("Logical id of the function (optional when the template has one)."),
                                 QStringLiteral("[FUNCTION]"));
    const QCommandLineOption templateOption({ QStringLiteral("t"), QStringLiteral("template") },
                                            Text::tr("The SAM template (default ./template.yaml)."),
                                            QStringLiteral("FILE"), QStringLiteral("template.yaml"));
    const QCommandLineOption targetOption(
        QStringLiteral("target"), Text::tr("The target, by its name in bullpen-targets.yaml."), QStringLiteral("NAME"));
    const QCommandLineOption markdownOption(QStringLiteral("markdown"), Text::tr("Markdown (the default)."));
    const QCommandLineOption htmlOption(QStringLiteral("html"), Text::tr("An HTML page."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Text::tr("JSON: the items and both probes' answers."));
    const QCommandLineOption outputOption({ QStringLiteral("o"), QStringLiteral("output") },
                                          Text::tr("Write the report to FILE (default standard output)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption backendOption(
        QStringLiteral("backend"),
        Text::tr("The local pool's backend: one of %1 (default %2).")
            .arg(BackendRegistry::ids().join(QStringLiteral(", ")), BackendRegistry::defaultId()),
        QStringLiteral("NAME"), BackendRegistry::defaultId());
    const QCommandLineOption noBuildOption(QStringLiteral("no-build"),
                                           Text::tr("Run the code as it is: no build first."));
    parser.addOptions({ templateOption, targetOption, markdownOption, htmlOption, jsonOption, outputOption,
                        backendOption, noBuildOption });
    if (!parser.parse(QStringList { QStringLiteral("bullpen portability") } + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp(parser);
        return 0;
    }
    if (parser.positionalArguments().size() > 1)
        return usageError(Text::tr("one FUNCTION at most, got: ") + parser.positionalArguments().join(u' '));
    if (int(parser.isSet(markdownOption)) + int(parser.isSet(htmlOption)) + int(parser.isSet(jsonOption)) > 1)
        return usageError(Text::tr("one of --markdown, --html or --json"));
    if (!parser.isSet(targetOption))
        return usageError(Text::tr("name the target to compare with: --target NAME (bullpen targets list)"));
    const QString backend = parser.value(backendOption);
    if (!BackendRegistry::isKnown(backend))
        return usageError(Text::tr("--backend is one of %1; got '%2'")
                              .arg(BackendRegistry::ids().join(QStringLiteral(", ")), backend));

    const QString templatePath = QFileInfo(parser.value(templateOption)).absoluteFilePath();
    QString error;
    auto function = chooseFunction(templatePath, parser.positionalArguments().value(0), &error);
    if (!function)
        return usageError(error);
    const QString sourceDirectory = function->codeDirectory;
    ProjectError projectError;
    const auto targets = TargetsFile::load(templatePath, &projectError);
    if (!targets)
        return usageError(projectError.toString());
    const auto spec = targets->target(parser.value(targetOption));
    if (!spec) {
        QStringList names;
        for (const TargetSpec &t : targets->targets())
            names << t.name;
        return usageError(
            Text::tr("%1 has no target '%2'; its targets are: %3")
                .arg(TargetsFile::pathFor(templatePath), parser.value(targetOption), names.join(QStringLiteral(", "))));
    }
    if (!parser.isSet(noBuildOption)
        && !prepareFunction(*function, templatePath, BackendRegistry::defaultId(), &error)) {
        printErr(QStringLiteral("bullpen portability: ") + Text::tr("the build failed: ") + error);
        return 1;
    }

    TargetContext context;
    context.templatePath = templatePath;
    context.engine.backend = backend;
    TerminationWatcher watcher;
    PortabilityRun run(*spec, context);
    int status = 1;
    QObject::connect(&run, &PortabilityRun::progress, &run, [](const QString &line) { printErr(line); });
    QObject::connect(&run, &PortabilityRun::failed, &run, [&](const QString &e) {
        printErr(QStringLiteral("bullpen portability: ") + e);
        QCoreApplication::exit(0);
    });
    QObject::connect(&run, &PortabilityRun::finished, &run, [&](const PortabilityReport &report) {
        const QByteArray text = parser.isSet(jsonOption) ? QJsonDocument(report.toJson()).toJson()
            : parser.isSet(htmlOption)                   ? report.toHtml().toUtf8()
                                                         : report.toMarkdown().toUtf8();
        if (parser.isSet(outputOption)) {
            QSaveFile file(parser.value(outputOption));
            if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
                printErr(QStringLiteral("bullpen portability: ")
                         + Text::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
                QCoreApplication::exit(0);
                return;
            }
            printErr(QStringLiteral("bullpen portability: ") + Text::tr("wrote %1").arg(file.fileName()));
        } else {
            std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
            std::fflush(stdout);
        }
        const int differs = int(report.itemsWith(PortabilityVerdict::Differs).size());
        printErr(
            Text::tr("%1: %n difference(s) between the local pool and %2 (%3 in what the code names)", nullptr, differs)
                .arg(report.functionId, spec->name)
                .arg(report.breakingCount()));
        status = 0;
        QCoreApplication::exit(0);
    });
    // Ctrl+C: the probe's deployment goes first (a deploy under way is
    // stopped, then torn down), then the command exits 128 + the signal. A
    // second signal exits at once.
    bool stopping = false;
    QObject::connect(&run, &PortabilityRun::stopped, &run, [] { QCoreApplication::exit(0); });
    QObject::connect(&watcher, &TerminationWatcher::terminationRequested, &run, [&](int signal) {
        status = 128 + signal;
        if (std::exchange(stopping, true)) {
            printErr(QStringLiteral("bullpen portability: ")
                     + Text::tr("stopped at once (signal %1): the probe's container or service may remain "
                                "(labelled io.bullpen.target=%2)")
                           .arg(signal)
                           .arg(PortabilityRun::probeTargetName(spec->name)));
            QCoreApplication::exit(0);
            return;
        }
        printErr(QStringLiteral("bullpen portability: ")
                 + Text::tr("stopping (signal %1); removing the probe's deployment").arg(signal));
        if (!run.cancel())
            QCoreApplication::exit(0);
    });
    run.start(*function, sourceDirectory);
    QCoreApplication::exec();
    return status;
}

const Registration registration(
    { "portability",
      QT_TRANSLATE_NOOP("Bullpen::Cli", "Report what differs for a function between the local pool and a target"),
      &runPortability });

} // namespace
} // namespace Bullpen::Cli
