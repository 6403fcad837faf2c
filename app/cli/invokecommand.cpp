// SPDX-License-Identifier: MIT
// bullpen invoke: run a SAM project's function locally through the warm pool,
// from the command line, with the same engine the window uses.
#include "app/cli/command.h"

#include "engine/core/terminationwatcher.h"
#include "engine/invoke/invocationdriver.h"
#include "engine/invoke/invoker.h"
#include "engine/project/samtemplate.h"
#include "engine/sandbox/backendregistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace Bullpen::Cli {
namespace {

void printErr(const QString &text)
{
    std::fputs(qPrintable(text), stderr);
    std::fputc('\n', stderr);
}

int usageError(const QString &message)
{
    printErr(QStringLiteral("bullpen invoke: ") + message);
    return 2;
}

int runInvoke(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Invoke a function of an AWS SAM project locally."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FUNCTION"),
                                 Text::tr("Logical id of the function (optional when the template has one)."),
                                 QStringLiteral("[FUNCTION]"));
    const QCommandLineOption templateOption({ QStringLiteral("t"), QStringLiteral("template") },
                                            Text::tr("The SAM template (default ./template.yaml)."),
                                            QStringLiteral("FILE"), QStringLiteral("template.yaml"));
    const QCommandLineOption eventOption({ QStringLiteral("e"), QStringLiteral("event") },
                                         Text::tr("The event: a JSON file, or - for standard input (default {})."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), Text::tr("Invoke N times (default 1)."),
                                          QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               Text::tr("At most C invocations in flight (default 1)."),
                                               QStringLiteral("C"), QStringLiteral("1"));
    const QCommandLineOption backendOption(
        QStringLiteral("backend"),
        Text::tr("One of %1 (default %2).")
            .arg(BackendRegistry::ids().join(QStringLiteral(", ")), BackendRegistry::defaultId()),
        QStringLiteral("NAME"), BackendRegistry::defaultId());
    const QCommandLineOption keepAliveOption(QStringLiteral("keep-alive"),
                                             Text::tr("Seconds an idle instance stays warm (default 2700)."),
                                             QStringLiteral("SECONDS"), QStringLiteral("2700"));
    const QCommandLineOption rootfsOption(
        QStringLiteral("rootfs"), Text::tr("A root file system folder for the containers (default: the host's)."),
        QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Text::tr("Print one JSON object per invocation per line."));
    const QCommandLineOption traceOption(QStringLiteral("trace"),
                                         Text::tr("Write the pool's event stream to FILE, one JSON object per line."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption noBuildOption(
        QStringLiteral("no-build"), Text::tr("Run the code as it is: no build first, even when its inputs changed."));
    const QCommandLineOption qualifierOption(
        QStringLiteral("qualifier"),
        Text::tr("The version to invoke: the function's AutoPublishAlias, 1 (the version the alias runs) or $LATEST "
                 "(default: the alias when the function has one, as the window invokes it, else $LATEST). "
                 "SnapStart applies to the alias and version 1 only."),
        QStringLiteral("NAME"));
    const QCommandLineOption snapStartOption(
        QStringLiteral("snap-start"),
        Text::tr("For teaching: SnapStart on every invocation, $LATEST included, with or without the template's "
                 "SnapStart (Lambda applies it to published versions only)."));
    parser.addOptions({ templateOption, eventOption, repeatOption, concurrencyOption, backendOption, keepAliveOption,
                        rootfsOption, jsonOption, traceOption, noBuildOption, qualifierOption, snapStartOption });
    if (!parser.parse(QStringList { QStringLiteral("bullpen invoke") } + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp(parser);
        return 0;
    }
    if (parser.positionalArguments().size() > 1)
        return usageError(Text::tr("one FUNCTION at most, got: ") + parser.positionalArguments().join(u' '));

    bool ok = false;
    const int repeat = parser.value(repeatOption).toInt(&ok);
    if (!ok || repeat < 1)
        return usageError(Text::tr("--repeat takes a whole number of at least 1"));
    const int concurrency = parser.value(concurrencyOption).toInt(&ok);
    if (!ok || concurrency < 1)
        return usageError(Text::tr("--concurrency takes a whole number of at least 1"));
    const double keepAlive = parser.value(keepAliveOption).toDouble(&ok);
    if (!ok || keepAlive < 0)
        return usageError(Text::tr("--keep-alive takes a number of seconds, 0 or more"));
    const QString backend = parser.value(backendOption);
    if (!BackendRegistry::isKnown(backend))
        return usageError(Text::tr("--backend is one of %1; got '%2'")
                              .arg(BackendRegistry::ids().join(QStringLiteral(", ")), backend));

    // The project.
    ProjectError projectError;
    const QString templatePath = parser.value(templateOption);
    const auto sam = SamTemplate::load(templatePath, &projectError);
    if (!sam) {
        printErr(QStringLiteral("bullpen invoke: ") + projectError.toString());
        return 2;
    }
    QString chooseError;
    const auto chosen = chooseFunction(*sam, templatePath, parser.positionalArguments().value(0), &chooseError);
    if (!chosen)
        return usageError(chooseError);
    FunctionConfig function = *chosen;

    // The version: the alias by default, as the window invokes it (decisions §4).
    QString qualifier = function.autoPublishAlias;
    if (parser.isSet(qualifierOption)) {
        qualifier = parser.value(qualifierOption);
        if (qualifier == u"$LATEST")
            qualifier.clear();
        else if (!isPublishedVersion(function, qualifier))
            return usageError(
                function.autoPublishAlias.isEmpty()
                    ? Text::tr("%1 has no version '%2': it has only $LATEST (no AutoPublishAlias)")
                          .arg(function.logicalId, qualifier)
                    : Text::tr(
                          "%1 has no version '%2': it has $LATEST, its alias %3 and version 1, which the alias runs")
                          .arg(function.logicalId, qualifier, function.autoPublishAlias));
    }

    // The event.
    QByteArray event = "{}";
    if (parser.isSet(eventOption)) {
        QString source;
        QString eventError;
        const auto read = readEventFile(parser.value(eventOption), &source, &eventError);
        if (!read)
            return usageError(eventError);
        event = *read;
    }

    // The build, when the function has one and its inputs changed (as `bullpen build` would),
    // or `sam build`'s output when it is newer than the sources.
    if (!parser.isSet(noBuildOption)) {
        QString buildError;
        if (!prepareFunction(function, templatePath, backend, &buildError)) {
            printErr(QStringLiteral("bullpen invoke: ") + Text::tr("the build failed: ") + buildError);
            return 2;
        }
    }

    // The engine.
    EngineSettings settings;
    settings.backend = backend;
    settings.keepAliveMs = qint64(keepAlive * 1000.0);
    settings.rootFilesystem = parser.value(rootfsOption);
    // Signals are caught before any container exists, so none outlives them.
    TerminationWatcher watcher;
    QString engineError;
    auto invoker = Invoker::create(settings, &engineError);
    if (!invoker) {
        printErr(QStringLiteral("bullpen invoke: ") + engineError);
        return 2;
    }
    // The first use of a runtime on runc builds its image: a minute, said as it goes.
    QObject::connect(invoker.get(), &Invoker::runtimeImageProgress, invoker.get(),
                     [](const QString &, const QString &message, int percent) {
                         const QString line
                             = percent >= 0 ? QStringLiteral("[%1%] %2").arg(percent).arg(message) : message;
                         std::fprintf(stderr, "bullpen %s: %s\n", "invoke", qPrintable(line));
                     });

    // The trace: every pool event as it happens, up to the last instance's removal.
    QFile trace;
    if (parser.isSet(traceOption)) {
        trace.setFileName(parser.value(traceOption));
        if (!trace.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
            return usageError(
                Text::tr("cannot write the trace file %1: %2").arg(trace.fileName(), trace.errorString()));
        QObject::connect(invoker.get(), &Invoker::poolEvent, invoker.get(), [&trace](const PoolEvent &e) {
            trace.write(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact));
            trace.write("\n");
        });
    }

    const bool json = parser.isSet(jsonOption);
    int exitCode = 0;
    invoker->setSnapStartAlways(function.logicalId, parser.isSet(snapStartOption));
    InvocationDriver driver(invoker.get(), function, event);
    driver.setQualifier(qualifier);
    QObject::connect(&driver, &InvocationDriver::resultReady, &driver, [&](const InvocationResult &r) {
        switch (r.outcome) {
        case InvocationOutcome::EngineError:
            exitCode = 2;
            printErr(QStringLiteral("bullpen invoke: ")
                     + Text::tr("%1 could not run: %2").arg(function.logicalId, r.engineError));
            break;
        case InvocationOutcome::Refused:
            exitCode = 2;
            printErr(QStringLiteral("bullpen invoke: ")
                     + Text::tr("%1 refused the event: %2: %3").arg(function.logicalId, r.errorType, r.errorMessage));
            break;
        case InvocationOutcome::Cancelled:
        case InvocationOutcome::FunctionError:
        case InvocationOutcome::TimedOut:
            if (exitCode == 0)
                exitCode = 1;
            break;
        case InvocationOutcome::Succeeded:
            break;
        }
        if (json) {
            std::fputs(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact).constData(), stdout);
            std::fputc('\n', stdout);
        } else {
            for (const QString &line : r.logs)
                printErr(line);
            if (!r.snapStartNote.isEmpty())
                printErr(QStringLiteral("bullpen invoke: ") + r.snapStartNote);
            std::fwrite(r.payload.constData(), 1, size_t(r.payload.size()), stdout);
            std::fputc('\n', stdout);
        }
        std::fflush(stdout);
        // The engine cannot run it: the rest would fail the same way.
        if (exitCode == 2)
            driver.stopStarting();
    });
    QObject::connect(&driver, &InvocationDriver::finished, &driver, [&] { QCoreApplication::exit(exitCode); });
    QObject::connect(&watcher, &TerminationWatcher::terminationRequested, invoker.get(), [&](int signal) {
        printErr(QStringLiteral("bullpen invoke: ")
                 + Text::tr("stopping (signal %1); removing every instance").arg(signal));
        invoker->shutdown();
        QCoreApplication::exit(128 + signal);
    });
    QMetaObject::invokeMethod(&driver, [&] { driver.start(repeat, concurrency); }, Qt::QueuedConnection);
    const int status = QCoreApplication::exec();
    invoker->shutdown();
    if (trace.isOpen()) {
        invoker->disconnect(invoker.get());
        trace.close();
    }
    return status;
}

const Registration registration({ "invoke",
                                  QT_TRANSLATE_NOOP("Bullpen::Cli", "Invoke a function of a SAM project locally"),
                                  &runInvoke });

} // namespace
} // namespace Bullpen::Cli
