// SPDX-License-Identifier: MIT
// bullpen targets: the project's deployment targets (bullpen-targets.yaml
// beside the template): list them, check their health, deploy (up) and remove
// (down) what Bullpen runs there, and send one event to one of them. Every
// target works on its own: one that is down never holds up the others.
#include "app/cli/command.h"

#include "engine/core/jsonvalue.h"
#include "engine/project/samtemplate.h"
#include "engine/sandbox/backendregistry.h"
#include "engine/targets/dockertargets.h"
#include "engine/targets/projecttargets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <memory>

namespace Bullpen::Cli {
namespace {

using namespace Qt::StringLiterals;

void printOut(const QString &text)
{
    std::fputs(qPrintable(text), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString settingsSummary(const TargetSpec &spec)
{
    QStringList parts;
    switch (spec.kind) {
    case TargetKind::LocalPool:
        parts << Text::tr("backend %1").arg(spec.backend.isEmpty() ? Text::tr("(the configured one)") : spec.backend);
        break;
    case TargetKind::SwarmService:
        parts << Text::tr("%n replica(s)", nullptr, spec.replicas);
        [[fallthrough]];
    case TargetKind::DockerContainer:
        if (spec.port > 0)
            parts << Text::tr("port %1").arg(spec.port);
        if (!spec.dockerHost.isEmpty())
            parts << spec.dockerHost;
        break;
    case TargetKind::Endpoint:
    case TargetKind::AwsLambda:
        if (!spec.url.isEmpty())
            parts << spec.url.toDisplayString();
        if (spec.kind == TargetKind::AwsLambda || spec.sign)
            parts
                << Text::tr("SigV4 with profile %1").arg(spec.profile.isEmpty() ? Text::tr("(default)") : spec.profile);
        if (!spec.region.isEmpty())
            parts << spec.region;
        if (!spec.qualifier.isEmpty())
            parts << Text::tr("qualifier %1").arg(spec.qualifier);
        break;
    }
    return parts.join(u", "_s);
}

void printHealth(const Target *target, const TargetHealth &health)
{
    printOut(u"%1  %2  %3  %4"_s.arg(target->name().leftJustified(12),
                                     targetKindTitle(target->kind()).leftJustified(20),
                                     targetStateName(health.state).leftJustified(12), health.reason));
    for (const TargetUnit &unit : health.units) {
        printOut(u"    %1  %2  %3  %4%5"_s.arg(unit.function.leftJustified(16), unit.name.leftJustified(16),
                                               unit.state.leftJustified(10), unit.id,
                                               unit.detail.isEmpty() ? QString() : u"  "_s + unit.detail));
    }
}

struct Options
{
    QString templatePath;
    QStringList names;
    QStringList functionIds;
    bool json = false;
    bool initSwarm = false;
    bool leaveSwarm = false;
    bool build = true;
    QString backend;
    QByteArray payload = "{}";
};

// The template's functions (all, or those asked for), built first when asked.
std::optional<QList<FunctionConfig>> functionsOf(const Options &options, bool build, QString *error)
{
    ProjectError projectError;
    const auto sam = SamTemplate::load(options.templatePath, &projectError);
    if (!sam) {
        *error = projectError.toString();
        return std::nullopt;
    }
    QList<FunctionConfig> functions;
    for (const QString &id : options.functionIds) {
        const auto function = sam->function(id);
        if (!function) {
            QStringList known;
            for (const FunctionConfig &f : sam->functions())
                known << f.logicalId;
            *error = Text::tr("the template has no function '%1' (it has: %2)").arg(id, known.join(u", "_s));
            return std::nullopt;
        }
        functions << *function;
    }
    if (options.functionIds.isEmpty())
        functions = sam->functions();
    if (build) {
        for (FunctionConfig &function : functions) {
            QString buildError;
            if (!prepareFunction(function, options.templatePath, BackendRegistry::defaultId(), &buildError)) {
                *error = Text::tr("the build of %1 failed: %2").arg(function.logicalId, buildError);
                return std::nullopt;
            }
        }
    }
    return functions;
}

// Runs op on every target at once and the event loop until each has said done().
int forEachTarget(const QList<Target *> &targets, std::function<void(Target *, std::function<void(bool)>)> op)
{
    auto pending = std::make_shared<int>(int(targets.size()));
    auto failed = std::make_shared<bool>(false);
    if (targets.isEmpty())
        return 0;
    for (Target *target : targets) {
        op(target, [pending, failed](bool ok) {
            if (!ok)
                *failed = true;
            if (--*pending == 0)
                QCoreApplication::exit(0);
        });
    }
    QCoreApplication::exec();
    return *failed ? 1 : 0;
}

int runList(ProjectTargets *project, const Options &options)
{
    if (options.json) {
        QJsonArray list;
        for (const Target *target : project->targets()) {
            list.append(QJsonObject { { u"name"_s, target->name() },
                                      { u"kind"_s, targetKindName(target->kind()) },
                                      { u"canProbe"_s, target->canProbe() },
                                      { u"deployable"_s, target->isDeployable() },
                                      { u"settings"_s, settingsSummary(target->spec()) } });
        }
        printOut(
            QString::fromUtf8(QJsonDocument(QJsonObject { { u"file"_s, TargetsFile::pathFor(options.templatePath) },
                                                          { u"targets"_s, list } })
                                  .toJson(QJsonDocument::Indented))
                .trimmed());
        return 0;
    }
    printOut(Text::tr("Targets of %1:").arg(TargetsFile::pathFor(options.templatePath)));
    for (const Target *target : project->targets()) {
        printOut(u"  %1  %2  %3%4"_s.arg(
            target->name().leftJustified(12), targetKindTitle(target->kind()).leftJustified(20),
            settingsSummary(target->spec()),
            target->canProbe() ? QString() : Text::tr("  (not probed: Bullpen did not deploy it)")));
    }
    return 0;
}

int runCheck(const QList<Target *> &targets, const QList<FunctionConfig> &functions, const Options &options)
{
    QJsonArray results;
    const int status = forEachTarget(targets, [&](Target *target, std::function<void(bool)> done) {
        QObject::connect(
            target, &Target::healthChecked, target,
            [&, target, done](const TargetHealth &health) {
                if (options.json) {
                    QJsonObject object = health.toJson();
                    object.insert(u"kind"_s, targetKindName(target->kind()));
                    results.append(object);
                } else {
                    printHealth(target, health);
                }
                done(health.state == TargetState::Ready);
            },
            Qt::SingleShotConnection);
        target->checkHealth(functions);
    });
    if (options.json)
        printOut(QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented)).trimmed());
    return status;
}

int runUp(const QList<Target *> &targets, const QList<FunctionConfig> &functions, const Options &options)
{
    return forEachTarget(targets, [&](Target *target, std::function<void(bool)> done) {
        if (auto *swarm = qobject_cast<SwarmServiceTarget *>(target))
            swarm->setMayInitSwarm(options.initSwarm);
        QObject::connect(target, &Target::progress, target,
                         [target](const QString &line) { errorLine(u"[%1] %2"_s.arg(target->name(), line)); });
        QObject::connect(
            target, &Target::deployFinished, target,
            [target, done](bool ok, const QString &message) {
                (ok ? printOut
                    : errorLine)(u"%1: %2%3"_s.arg(target->name(), ok ? QString() : Text::tr("failed: "), message));
                done(ok);
            },
            Qt::SingleShotConnection);
        target->deploy(functions);
    });
}

int runDown(const QList<Target *> &targets, const Options &options)
{
    return forEachTarget(targets, [&](Target *target, std::function<void(bool)> done) {
        QObject::connect(
            target, &Target::tearDownFinished, target,
            [target, done, &options](bool ok, const QString &message) {
                (ok ? printOut : errorLine)(u"%1: %2"_s.arg(target->name(), message));
                auto *swarm = qobject_cast<SwarmServiceTarget *>(target);
                if (!ok || !swarm || !options.leaveSwarm) {
                    done(ok);
                    return;
                }
                swarm->leaveSwarm([target, done](bool left, const QString &why) {
                    (left ? printOut : errorLine)(u"%1: %2"_s.arg(target->name(), why));
                    done(left);
                });
            },
            Qt::SingleShotConnection);
        target->tearDown();
    });
}

int runInvoke(Target *target, const FunctionConfig &function, const Options &options)
{
    TargetCallResult result;
    QObject::connect(target, &Target::callFinished, target, [&result](quint64, const TargetCallResult &r) {
        result = r;
        QCoreApplication::exit(0);
    });
    target->invoke(function, options.payload);
    QCoreApplication::exec();
    if (options.json) {
        printOut(QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        for (const QString &line : std::as_const(result.logs))
            errorLine(line);
        if (!result.message.isEmpty())
            errorLine(u"%1: %2"_s.arg(targetCallStatusName(result.status), result.message));
        std::fwrite(result.payload.constData(), 1, size_t(result.payload.size()), stdout);
        std::fputc('\n', stdout);
    }
    return result.succeeded() ? 0 : 1;
}

int runTargets(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("The project's deployment targets (bullpen-targets.yaml beside the template):\n"
                 "  list                       the targets and their settings\n"
                 "  check [NAME...]            each target's health: ready, down with the reason, not deployed\n"
                 "  up [NAME...]               deploy the functions (build the image, start the container or service)\n"
                 "  down [NAME...]             remove what Bullpen made there (containers, services)\n"
                 "  invoke NAME FUNCTION       send one event to one target"));
    parser.addHelpOption();
    parser.addPositionalArgument(u"ACTION"_s, Text::tr("list, check, up, down or invoke"));
    const QCommandLineOption templateOption({ u"t"_s, u"template"_s },
                                            Text::tr("The SAM template (default ./template.yaml)."), u"FILE"_s,
                                            u"template.yaml"_s);
    const QCommandLineOption functionOption(
        { u"f"_s, u"function"_s }, Text::tr("Only this function (by logical id); repeatable. Default: every function."),
        u"ID"_s);
    const QCommandLineOption jsonOption(u"json"_s, Text::tr("Print JSON (list, check, invoke)."));
    const QCommandLineOption initSwarmOption(
        u"init-swarm"_s,
        Text::tr(
            "up: where the Docker daemon is in no swarm, create a single-node one (listening on 127.0.0.1 only)."));
    const QCommandLineOption leaveSwarmOption(
        u"leave-swarm"_s,
        Text::tr("down: afterwards, leave the swarm if Bullpen created it and nothing else runs there."));
    const QCommandLineOption noBuildOption(u"no-build"_s,
                                           Text::tr("up, invoke: use the code as it is, without a build."));
    const QCommandLineOption backendOption(
        u"backend"_s,
        Text::tr("The local pool's backend where its target names none: one of %1 (default %2).")
            .arg(BackendRegistry::ids().join(u", "_s), BackendRegistry::defaultId()),
        u"NAME"_s, BackendRegistry::defaultId());
    const QCommandLineOption eventOption(u"event"_s, Text::tr("invoke: the event, a JSON file (default {})."),
                                         u"FILE"_s);
    const QCommandLineOption payloadOption(u"payload"_s, Text::tr("invoke: the event as JSON text."), u"JSON"_s);
    parser.addOptions({ templateOption, functionOption, jsonOption, initSwarmOption, leaveSwarmOption, noBuildOption,
                        backendOption, eventOption, payloadOption });
    if (!parser.parse(QStringList { u"bullpen targets"_s } + arguments))
        return commandUsageError("targets", parser.errorText());
    if (parser.isSet(u"help"_s)) {
        printHelp(parser);
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return commandUsageError("targets", Text::tr("name an action: list, check, up, down or invoke (see --help)"));
    const QString action = positional.takeFirst();
    if (!QStringList { u"list"_s, u"check"_s, u"up"_s, u"down"_s, u"invoke"_s }.contains(action))
        return commandUsageError("targets",
                                 Text::tr("unknown action '%1': list, check, up, down or invoke").arg(action));

    Options options;
    options.templatePath = parser.value(templateOption);
    if (QFileInfo(options.templatePath).isDir())
        options.templatePath = SamTemplate::findTemplate(options.templatePath);
    options.functionIds = parser.values(functionOption);
    options.json = parser.isSet(jsonOption);
    options.initSwarm = parser.isSet(initSwarmOption);
    options.leaveSwarm = parser.isSet(leaveSwarmOption);
    options.build = !parser.isSet(noBuildOption);
    options.backend = parser.value(backendOption);
    if (!BackendRegistry::isKnown(options.backend))
        return commandUsageError(
            "targets",
            Text::tr("--backend is one of %1; got '%2'").arg(BackendRegistry::ids().join(u", "_s), options.backend));
    if (parser.isSet(eventOption) && parser.isSet(payloadOption))
        return commandUsageError("targets", Text::tr("give the event with --event or --payload, not both"));
    if (parser.isSet(eventOption)) {
        QFile file(parser.value(eventOption));
        if (!file.open(QIODevice::ReadOnly))
            return commandUsageError("targets",
                                     Text::tr("cannot read the event %1: %2").arg(file.fileName(), file.errorString()));
        options.payload = file.readAll();
    } else if (parser.isSet(payloadOption)) {
        options.payload = parser.value(payloadOption).toUtf8();
    }
    if (action == u"invoke") {
        JsonValueError jsonError;
        if (parseJsonValue(options.payload, &jsonError).isUndefined())
            return commandUsageError("targets", Text::tr("the event is not JSON: %1").arg(jsonError.message()));
    }

    EngineSettings engine;
    engine.backend = options.backend;
    ProjectError projectError;
    ProjectTargets *project
        = ProjectTargets::open(options.templatePath, engine, &projectError, QCoreApplication::instance());
    if (!project) {
        errorLine(QStringLiteral("bullpen targets: ") + projectError.toString());
        return 2;
    }
    if (action == u"list")
        return runList(project, options);

    if (action == u"invoke") {
        if (positional.size() != 2)
            return commandUsageError(
                "targets", Text::tr("invoke takes a target and a function: bullpen targets invoke NAME FUNCTION"));
        options.names = { positional.at(0) };
        options.functionIds = { positional.at(1) };
    } else {
        options.names = positional;
    }
    QList<Target *> targets;
    for (const QString &name : std::as_const(options.names)) {
        Target *target = project->target(name);
        if (!target)
            return commandUsageError(
                "targets",
                Text::tr("no target '%1' in %2 (it has: %3)")
                    .arg(name, TargetsFile::pathFor(options.templatePath), project->names().join(u", "_s)));
        targets << target;
    }
    if (options.names.isEmpty())
        targets = project->targets();

    if (action == u"down")
        return runDown(targets, options);
    QString error;
    const bool build = options.build && (action == u"up" || action == u"invoke");
    const auto functions = functionsOf(options, build, &error);
    if (!functions) {
        errorLine(QStringLiteral("bullpen targets: ") + error);
        return 2;
    }
    if (action == u"check")
        return runCheck(targets, *functions, options);
    if (action == u"up")
        return runUp(targets, *functions, options);
    return runInvoke(targets.constFirst(), functions->constFirst(), options);
}

const Registration registration(
    { "targets",
      QT_TRANSLATE_NOOP("Bullpen::Cli", "Deployment targets: list, check, up, down, invoke (bullpen-targets.yaml)"),
      &runTargets });

} // namespace
} // namespace Bullpen::Cli
