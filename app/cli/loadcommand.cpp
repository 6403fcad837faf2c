// SPDX-License-Identifier: MIT
// bullpen load: drive a SAM project's functions open-loop with an arrival
// process or a recorded trace, through the same engine the window uses, and
// print the summary (text or JSON); bullpen policy: replay a trace through
// the pool's model under the keep-alive policies.
#include "app/cli/command.h"

#include "engine/core/jsonvalue.h"
#include "engine/core/terminationwatcher.h"
#include "engine/invoke/invoker.h"
#include "engine/load/arrivals.h"
#include "engine/load/loadrunner.h"
#include "engine/load/loadtrace.h"
#include "engine/load/policy/poolmodel.h"
#include "engine/load/policy/synthetictrace.h"
#include "engine/project/samtemplate.h"
#include "engine/sandbox/backendregistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
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

int usageError(const char *command, const QString &message)
{
    printErr(QStringLiteral("bullpen %1: ").arg(QLatin1String(command)) + message);
    return 2;
}

bool readNumber(const QCommandLineParser &parser, const QCommandLineOption &option, double minimum, double *out,
                QString *error)
{
    bool ok = false;
    const double v = parser.value(option).toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < minimum) {
        *error = Text::tr("--%1 takes a number of at least %2; got '%3'")
                     .arg(option.names().constLast())
                     .arg(minimum)
                     .arg(parser.value(option));
        return false;
    }
    *out = v;
    return true;
}

int runLoad(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Drive functions of an AWS SAM project open-loop: calls arrive by a shape (per POOL second) or by a "
                 "recorded trace, whatever the calls before them are doing. Prints the summary: requests, cold starts, "
                 "latency percentiles (cold and warm apart), throttles, errors, peak instances, GB-seconds and cost."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FUNCTION"),
                                 Text::tr("Logical ids of the functions (a shape calls the first; an Azure "
                                          "trace maps onto all of them; default: the template's)."),
                                 QStringLiteral("[FUNCTION...]"));
    const QCommandLineOption templateOption({ QStringLiteral("t"), QStringLiteral("template") },
                                            Text::tr("The SAM template (default ./template.yaml)."),
                                            QStringLiteral("FILE"), QStringLiteral("template.yaml"));
    const QCommandLineOption shapeOption(QStringLiteral("shape"),
                                         Text::tr("The arrival process: ") + ArrivalShape::syntaxHelp() + u'.',
                                         QStringLiteral("SHAPE"));
    const QCommandLineOption durationOption(
        QStringLiteral("duration"), Text::tr("Pool seconds of load (default 10 for a shape; a trace's own length)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption poissonOption(QStringLiteral("poisson"),
                                           Text::tr("Poisson arrivals that follow the shape's rate."));
    const QCommandLineOption seedOption(QStringLiteral("seed"), Text::tr("The Poisson generator's seed (default 1)."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption speedOption(
        QStringLiteral("clock-speed"),
        Text::tr("Pool clock speed (default 1). Above 1 compresses arrivals and keep-alive; handlers "
                 "still take real time, so the result is not a real-time one."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption capOption(
        QStringLiteral("max-concurrency"),
        Text::tr("Calls in flight at most; later ones wait and are counted as queued (default 0: none)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption traceCsvOption(
        QStringLiteral("trace-csv"), Text::tr("Replay a CSV of 'offset_ms,function' lines."), QStringLiteral("FILE"));
    const QCommandLineOption azureOption(
        QStringLiteral("azure"),
        Text::tr("Replay an Azure Functions 2019 per-minute count file (its functions onto the FUNCTIONs "
                 "round-robin, or by --azure-map)."),
        QStringLiteral("FILE"));
    const QCommandLineOption azureMapOption(
        QStringLiteral("azure-map"), Text::tr("'HashFunction,FUNCTION' lines for --azure."), QStringLiteral("FILE"));
    const QCommandLineOption eventOption({ QStringLiteral("e"), QStringLiteral("event") },
                                         Text::tr("The event every call sends: a JSON file (default {})."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption backendOption(
        QStringLiteral("backend"),
        Text::tr("One of %1 (default %2).")
            .arg(BackendRegistry::ids().join(QStringLiteral(", ")), BackendRegistry::defaultId()),
        QStringLiteral("NAME"), BackendRegistry::defaultId());
    const QCommandLineOption keepAliveOption(QStringLiteral("keep-alive"),
                                             Text::tr("Pool seconds an idle instance stays warm (default 2700)."),
                                             QStringLiteral("SECONDS"), QStringLiteral("2700"));
    const QCommandLineOption rootfsOption(
        QStringLiteral("rootfs"), Text::tr("A root file system folder for the containers."), QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Text::tr("Print the summary as JSON."));
    const QCommandLineOption csvOption(QStringLiteral("csv"),
                                       Text::tr("Write one line per call (arrival, outcome, cold, latency, "
                                                "...) to FILE."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption noBuildOption(QStringLiteral("no-build"),
                                           Text::tr("Run the code as it is: no build first."));
    parser.addOptions({ templateOption, shapeOption, durationOption, poissonOption, seedOption, speedOption, capOption,
                        traceCsvOption, azureOption, azureMapOption, eventOption, backendOption, keepAliveOption,
                        rootfsOption, jsonOption, csvOption, noBuildOption });
    if (!parser.parse(QStringList { QStringLiteral("bullpen load") } + arguments))
        return usageError("load", parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp(parser);
        return 0;
    }

    // The source of arrivals: exactly one.
    const int sources
        = int(parser.isSet(shapeOption)) + int(parser.isSet(traceCsvOption)) + int(parser.isSet(azureOption));
    if (sources != 1)
        return usageError("load", Text::tr("give exactly one of --shape, --trace-csv or --azure"));
    if (parser.isSet(azureMapOption) && !parser.isSet(azureOption))
        return usageError("load", Text::tr("--azure-map goes with --azure"));
    QString error;
    double speed = 1, cap = 0, keepAlive = 0, durationSeconds = 10, seed = 1;
    if (!readNumber(parser, speedOption, 0.001, &speed, &error) || !readNumber(parser, capOption, 0, &cap, &error)
        || !readNumber(parser, keepAliveOption, 0, &keepAlive, &error)
        || !readNumber(parser, seedOption, 0, &seed, &error))
        return usageError("load", error);
    if (cap != std::floor(cap))
        return usageError("load", Text::tr("--max-concurrency takes a whole number"));
    if (parser.isSet(durationOption)) {
        if (!readNumber(parser, durationOption, 0.001, &durationSeconds, &error))
            return usageError("load", error);
    }
    const QString backend = parser.value(backendOption);
    if (!BackendRegistry::isKnown(backend))
        return usageError("load",
                          Text::tr("--backend is one of %1; got '%2'")
                              .arg(BackendRegistry::ids().join(QStringLiteral(", ")), backend));
    std::optional<ArrivalShape> shape;
    if (parser.isSet(shapeOption)) {
        shape = ArrivalShape::parse(parser.value(shapeOption), &error);
        if (!shape)
            return usageError("load", error);
        shape->poisson = shape->poisson || parser.isSet(poissonOption);
        shape->seed = quint64(seed);
    } else if (parser.isSet(poissonOption)) {
        return usageError("load", Text::tr("--poisson goes with --shape (a trace has its own arrivals)"));
    }

    // The project and its functions.
    ProjectError projectError;
    const QString templatePath = parser.value(templateOption);
    const auto sam = SamTemplate::load(templatePath, &projectError);
    if (!sam) {
        printErr(QStringLiteral("bullpen load: ") + projectError.toString());
        return 2;
    }
    QStringList names;
    for (const FunctionConfig &f : sam->functions())
        names.append(f.logicalId);
    QList<FunctionConfig> functions;
    for (const QString &name : parser.positionalArguments()) {
        const auto found = sam->function(name);
        if (!found)
            return usageError("load",
                              Text::tr("%1 has no function '%2'; its functions are: %3")
                                  .arg(templatePath, name, names.join(QStringLiteral(", "))));
        functions.append(*found);
    }

    // The arrivals.
    LoadPlan plan;
    plan.maxConcurrency = int(cap);
    if (shape) {
        if (functions.isEmpty()) {
            if (names.size() != 1)
                return usageError("load",
                                  Text::tr("%1 has %n functions; name the one to load: %2", nullptr, int(names.size()))
                                      .arg(templatePath, names.join(QStringLiteral(", "))));
            functions.append(sam->functions().first());
        }
        functions = functions.mid(0, 1);
        plan.durationMs = qint64(std::llround(durationSeconds * 1000.0));
        plan.arrivals = generateArrivals(*shape, plan.durationMs);
        plan.description = Text::tr("%1 for %2 s").arg(shape->describe()).arg(durationSeconds);
    } else {
        std::optional<LoadTrace> trace;
        if (parser.isSet(traceCsvOption)) {
            trace = LoadTrace::readCsv(parser.value(traceCsvOption), &error);
            if (!trace)
                return usageError("load", error);
            // The trace names the functions.
            functions.clear();
            for (const QString &name : std::as_const(trace->functions)) {
                const auto found = sam->function(name);
                if (!found)
                    return usageError("load",
                                      Text::tr("the trace calls '%1', which %2 does not have; its "
                                               "functions are: %3")
                                          .arg(name, templatePath, names.join(QStringLiteral(", "))));
                functions.append(*found);
            }
            plan.description = Text::tr("trace %1").arg(parser.value(traceCsvOption));
        } else {
            if (functions.isEmpty())
                functions = sam->functions();
            QStringList targets;
            for (const FunctionConfig &f : std::as_const(functions))
                targets.append(f.logicalId);
            trace = LoadTrace::readAzure(parser.value(azureOption), targets, parser.value(azureMapOption), &error);
            if (!trace)
                return usageError("load", error);
            plan.description = Text::tr("Azure trace %1").arg(parser.value(azureOption));
        }
        if (parser.isSet(durationOption))
            trace = trace->firstMs(qint64(std::llround(durationSeconds * 1000.0)));
        plan.arrivals = trace->arrivals;
        plan.durationMs = trace->durationMs;
    }
    if (plan.arrivals.isEmpty())
        return usageError("load", Text::tr("the load has no arrivals (a rate of 0, or too short)"));

    // The event.
    if (parser.isSet(eventOption)) {
        QFile file(parser.value(eventOption));
        if (!file.open(QIODevice::ReadOnly))
            return usageError("load",
                              Text::tr("cannot read the event file %1: %2").arg(file.fileName(), file.errorString()));
        plan.payload = file.readAll();
        JsonValueError jsonError;
        if (parseJsonValue(plan.payload, &jsonError).isUndefined())
            return usageError("load",
                              Text::tr("the event in %1 is not valid JSON: line %2, column %3: %4")
                                  .arg(file.fileName())
                                  .arg(jsonError.line)
                                  .arg(jsonError.column)
                                  .arg(jsonError.description));
    }

    // Builds, when a function has one and its inputs changed.
    if (!parser.isSet(noBuildOption)) {
        for (FunctionConfig &function : functions) {
            QString buildError;
            if (!prepareFunction(function, templatePath, backend, &buildError)) {
                printErr(QStringLiteral("bullpen load: ")
                         + Text::tr("the build of %1 failed: %2").arg(function.logicalId, buildError));
                return 2;
            }
        }
    }
    plan.functions = functions;

    EngineSettings settings;
    settings.backend = backend;
    settings.keepAliveMs = qint64(keepAlive * 1000.0);
    settings.clockSpeed = speed;
    settings.rootFilesystem = parser.value(rootfsOption);
    TerminationWatcher watcher;
    auto invoker = Invoker::create(settings, &error);
    if (!invoker) {
        printErr(QStringLiteral("bullpen load: ") + error);
        return 2;
    }
    for (const FunctionConfig &f : std::as_const(functions))
        invoker->configureFunction(f);

    const bool json = parser.isSet(jsonOption);
    if (!json) {
        printErr(QStringLiteral("bullpen load: ")
                 + Text::tr("%n arrivals over %1 pool s (%2) on %3", nullptr, int(plan.arrivals.size()))
                       .arg(double(plan.durationMs) / 1000.0)
                       .arg(plan.description, invoker->backendInfo().displayName));
        if (speed != 1.0)
            printErr(QStringLiteral("bullpen load: ")
                     + Text::tr("the pool clock runs %1x: this is not a real-time result").arg(speed));
    }
    LoadRunner runner(invoker.get());
    int exitCode = 0;
    QString firstEngineError;
    QObject::connect(&runner, &LoadRunner::recordReady, &runner, [&](const LoadRecord &r) {
        if (r.outcome == InvocationOutcome::EngineError && firstEngineError.isEmpty())
            firstEngineError = r.errorType;
    });
    QObject::connect(&runner, &LoadRunner::finished, &runner, [&] { QCoreApplication::exit(exitCode); });
    QObject::connect(&watcher, &TerminationWatcher::terminationRequested, &runner, [&](int signal) {
        printErr(QStringLiteral("bullpen load: ")
                 + Text::tr("stopping (signal %1); the calls in flight finish").arg(signal));
        exitCode = 128 + signal;
        runner.stop();
    });
    if (!runner.start(plan, &error)) {
        printErr(QStringLiteral("bullpen load: ") + error);
        return 2;
    }
    QCoreApplication::exec();
    const LoadSummary summary = runner.summary();
    invoker->shutdown();

    if (parser.isSet(csvOption)) {
        if (!writeLoadRecordsCsv(parser.value(csvOption), runner.records(), &error)) {
            printErr(QStringLiteral("bullpen load: ") + error);
            exitCode = 2;
        }
    }
    if (json) {
        printOut(QString::fromUtf8(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        for (const QString &line : summary.toText())
            printOut(line);
    }
    // The engine could not run the function at all: say so as the failure it is.
    if (summary.requests > 0 && summary.coldStarts + summary.warmStarts == 0 && summary.throttles == 0
        && exitCode == 0) {
        const QList<LoadRecord> &records = runner.records();
        printErr(QStringLiteral("bullpen load: ")
                 + Text::tr("no call reached an instance; the first said: %1")
                       .arg(records.isEmpty() ? QString() : records.first().errorType));
        exitCode = 2;
    }
    return exitCode;
}

const Registration loadRegistration(
    { "load", QT_TRANSLATE_NOOP("Bullpen::Cli", "Drive functions open-loop with an arrival process or a trace"),
      &runLoad });

int runPolicy(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Replay a trace through the warm pool's model (no containers) under keep-alive policies: none, fixed 1, "
        "5, 10, 20, 45, 60 and 120 minutes, and the hybrid histogram policy of Shahrad et al. (USENIX ATC 2020) "
        "with the histogram ranges its Fig. 15 compares (2, 3 and 4 hours). Prints each policy's cold starts "
        "and wasted memory (idle warm instance time x memory), normalised to fixed 10 minutes."));
    parser.addHelpOption();
    const QCommandLineOption syntheticOption(
        QStringLiteral("synthetic"),
        Text::tr("A synthetic day of N functions from the paper's distributions (default 1000)."), QStringLiteral("N"));
    const QCommandLineOption daysOption(QStringLiteral("days"),
                                        Text::tr("How many days the synthetic trace lasts (default 1)."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption warmUpOption(
        QStringLiteral("warm-up"),
        Text::tr("Days of the same applications' calls before the synthetic trace: the policies learn from "
                 "them, only the trace's own calls and idle time count (default 0)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption traceCsvOption(QStringLiteral("trace-csv"),
                                            Text::tr("A CSV of 'offset_ms,function' lines."), QStringLiteral("FILE"));
    const QCommandLineOption azureOption(QStringLiteral("azure"),
                                         Text::tr("An Azure Functions 2019 per-minute count file (each of "
                                                  "its functions modelled on its own)."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption executionOption(QStringLiteral("execution-ms"),
                                             Text::tr("Execution time of a trace's calls (default 100)."),
                                             QStringLiteral("MS"), QStringLiteral("100"));
    const QCommandLineOption memoryOption(QStringLiteral("memory"),
                                          Text::tr("Memory of a trace's functions in MB (default 128)."),
                                          QStringLiteral("MB"), QStringLiteral("128"));
    const QCommandLineOption writeOption(QStringLiteral("write-trace"),
                                         Text::tr("Also write the trace as 'offset_ms,function' CSV."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Text::tr("Print the results as JSON."));
    const QCommandLineOption containersOption(
        QStringLiteral("containers"),
        Text::tr("application: one container per function serving every call, as the paper simulates "
                 "(default); instance: one call per instance, scaling out, as Lambda and Bullpen's pool do."),
        QStringLiteral("SCOPE"), QStringLiteral("application"));
    parser.addOptions({ syntheticOption, daysOption, warmUpOption, traceCsvOption, azureOption, executionOption,
                        memoryOption, writeOption, jsonOption, containersOption });
    if (!parser.parse(QStringList { QStringLiteral("bullpen policy") } + arguments))
        return usageError("policy", parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp(parser);
        return 0;
    }
    ContainerScope scope = ContainerScope::PerApplication;
    if (parser.value(containersOption) == u"instance")
        scope = ContainerScope::PerInstance;
    else if (parser.value(containersOption) != u"application")
        return usageError(
            "policy",
            Text::tr("--containers takes 'application' or 'instance', not '%1'").arg(parser.value(containersOption)));
    if (int(parser.isSet(syntheticOption)) + int(parser.isSet(traceCsvOption)) + int(parser.isSet(azureOption)) > 1)
        return usageError("policy", Text::tr("give at most one of --synthetic, --trace-csv or --azure"));
    if (parser.isSet(daysOption) && (parser.isSet(traceCsvOption) || parser.isSet(azureOption)))
        return usageError("policy",
                          Text::tr("--days applies to the synthetic trace only, not to --trace-csv or --azure"));
    if (parser.isSet(warmUpOption) && (parser.isSet(traceCsvOption) || parser.isSet(azureOption)))
        return usageError("policy",
                          Text::tr("--warm-up applies to the synthetic trace only, not to --trace-csv or --azure"));
    QString error;
    double execution = 0, memory = 0;
    if (!readNumber(parser, executionOption, 0, &execution, &error)
        || !readNumber(parser, memoryOption, 1, &memory, &error))
        return usageError("policy", error);

    QElapsedTimer timer;
    timer.start();
    ModelTrace model;
    QString description;
    qint64 measureFromMs = 0;
    if (parser.isSet(traceCsvOption) || parser.isSet(azureOption)) {
        std::optional<LoadTrace> trace;
        if (parser.isSet(traceCsvOption)) {
            trace = LoadTrace::readCsv(parser.value(traceCsvOption), &error);
            description = parser.value(traceCsvOption);
        } else {
            // Each row its own function: read with as many targets as rows.
            QFile file(parser.value(azureOption));
            int rows = 0;
            if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
                file.readLine();
                while (!file.atEnd()) {
                    if (!file.readLine().trimmed().isEmpty())
                        ++rows;
                }
            }
            QStringList targets;
            for (int i = 0; i < qMax(1, rows); ++i)
                targets.append(QStringLiteral("azure-%1").arg(i + 1));
            trace = LoadTrace::readAzure(parser.value(azureOption), targets, {}, &error);
            description = parser.value(azureOption);
        }
        if (!trace)
            return usageError("policy", error);
        for (const QString &name : std::as_const(trace->functions))
            model.functions.append({ name, int(memory), qint64(execution), 0 });
        model.arrivals = trace->arrivals;
        model.durationMs = trace->durationMs;
    } else {
        SyntheticTraceParameters p;
        if (parser.isSet(syntheticOption)) {
            bool ok = false;
            p.functions = parser.value(syntheticOption).toInt(&ok);
            if (!ok || p.functions < 1)
                return usageError("policy", Text::tr("--synthetic takes a number of functions, 1 or more"));
        }
        bool ok = false;
        const int days = parser.value(daysOption).toInt(&ok);
        if (!ok || days < 1 || days > 28)
            return usageError(
                "policy",
                Text::tr("--days takes a whole number of days from 1 to 28, not '%1'").arg(parser.value(daysOption)));
        const int warmUpDays = parser.value(warmUpOption).toInt(&ok);
        if (!ok || warmUpDays < 0 || warmUpDays > 14)
            return usageError("policy",
                              Text::tr("--warm-up takes a whole number of days from 0 to 14, not '%1'")
                                  .arg(parser.value(warmUpOption)));
        p.durationMs *= days;
        p.warmUpMs = qint64(warmUpDays) * 24 * 3600 * 1000;
        measureFromMs = p.warmUpMs;
        model = generateSyntheticTrace(p);
        description = days == 1
            ? Text::tr("synthetic day, %n functions (seed %1)", nullptr, p.functions).arg(p.seed)
            : Text::tr("synthetic %1 days, %n functions (seed %2)", nullptr, p.functions).arg(days).arg(p.seed);
        if (warmUpDays > 0)
            description += Text::tr(", after %n day(s) of warm-up", nullptr, warmUpDays);
    }
    const double generatedSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (parser.isSet(writeOption)) {
        LoadTrace out;
        for (const ModelFunction &f : std::as_const(model.functions))
            out.functions.append(f.name);
        out.arrivals = model.arrivals;
        out.durationMs = model.durationMs;
        if (!out.writeCsv(parser.value(writeOption), &error))
            return usageError("policy", error);
    }

    timer.restart();
    QList<PolicyResult> results;
    for (const auto &policy : standardPolicies())
        results.append(simulatePolicy(model, *policy, false, scope, measureFromMs));
    const double simulatedSeconds = double(timer.nsecsElapsed()) / 1e9;
    // The calls measured (after a warm-up: the trace's own).
    const qint64 measuredCalls = results.isEmpty() ? qint64(model.arrivals.size()) : results.first().invocations;
    double fixed10 = 0;
    for (const PolicyResult &r : std::as_const(results)) {
        if (r.policy == u"fixed 10 min")
            fixed10 = r.wastedGbSeconds;
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const PolicyResult &r : std::as_const(results)) {
            QJsonObject o = r.toJson();
            o.insert(QStringLiteral("wastedMemoryPercentOfFixed10"),
                     fixed10 > 0 ? 100.0 * r.wastedGbSeconds / fixed10 : 0);
            array.append(o);
        }
        const QJsonObject root { { QStringLiteral("trace"), description },
                                 { QStringLiteral("containers"), containerScopeName(scope) },
                                 { QStringLiteral("functions"), model.functions.size() },
                                 { QStringLiteral("invocations"), measuredCalls },
                                 { QStringLiteral("traceSeconds"), double(model.durationMs - measureFromMs) / 1000.0 },
                                 { QStringLiteral("warmUpSeconds"), double(measureFromMs) / 1000.0 },
                                 { QStringLiteral("generateSeconds"), generatedSeconds },
                                 { QStringLiteral("simulateSeconds"), simulatedSeconds },
                                 { QStringLiteral("policies"), array } };
        printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    printOut(Text::tr("Trace: %1: %2, %3 over %4 h (made in %5 s); containers %6")
                 .arg(description, Text::tr("%n functions", nullptr, int(model.functions.size())),
                      Text::tr("%n calls", nullptr, int(measuredCalls)))
                 .arg(double(model.durationMs - measureFromMs) / 3600000.0, 0, 'f', 2)
                 .arg(generatedSeconds, 0, 'f', 2)
                 .arg(containerScopeName(scope)));
    printOut(QStringLiteral("%1 %2 %3 %4 %5")
                 .arg(Text::tr("policy"), -18)
                 .arg(Text::tr("cold %"), 8)
                 .arg(Text::tr("p75 fn cold %"), 14)
                 .arg(Text::tr("wasted GB-s"), 14)
                 .arg(Text::tr("vs fixed 10"), 12));
    for (const PolicyResult &r : std::as_const(results)) {
        printOut(QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(r.policy, -18)
                     .arg(r.coldStartPercent, 8, 'f', 2)
                     .arg(r.coldStartPercentP75, 14, 'f', 2)
                     .arg(r.wastedGbSeconds, 14, 'f', 1)
                     .arg(fixed10 > 0 ? QStringLiteral("%1 %").arg(100.0 * r.wastedGbSeconds / fixed10, 0, 'f', 1)
                                      : QStringLiteral("-"),
                          12));
    }
    printOut(Text::tr("Model: %n policies in %1 s (%2 s per policy)", nullptr, int(results.size()))
                 .arg(simulatedSeconds, 0, 'f', 2)
                 .arg(simulatedSeconds / qMax<qsizetype>(1, results.size()), 0, 'f', 2));
    return 0;
}

const Registration policyRegistration(
    { "policy", QT_TRANSLATE_NOOP("Bullpen::Cli", "Compare keep-alive policies on a trace through the pool's model"),
      &runPolicy });

} // namespace
} // namespace Bullpen::Cli
