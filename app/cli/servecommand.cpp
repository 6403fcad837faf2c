// SPDX-License-Identifier: MIT
// bullpen serve: Lambda's Invoke API on loopback for the AWS CLI and the SDKs
// (--endpoint-url), in front of the same engine `bullpen invoke` uses, as
// `sam local start-lambda` does: the addresses first on standard output, then
// each invocation's logs and one summary line per request, until SIGINT or
// SIGTERM stops it (every instance removed before it exits).
#include "app/cli/command.h"

#include "engine/aws/awscredentials.h"
#include "engine/aws/sigv4authenticator.h"
#include "engine/core/awsaccount.h"
#include "engine/core/terminationwatcher.h"
#include "engine/invoke/invoker.h"
#include "engine/project/projectsettings.h"
#include "engine/project/samtemplate.h"
#include "engine/sandbox/backendregistry.h"
#include "engine/serve/invokeapiserver.h"
#include "engine/serve/servesession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

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
    printErr(QStringLiteral("bullpen serve: ") + message);
    return 2;
}

// Standard output, flushed once per turn of the event loop rather than per
// line: under load a flush per request would cost more than the request.
class Output
{
public:
    void line(const QByteArray &text)
    {
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        std::fputc('\n', stdout);
        if (!m_flushPending) {
            m_flushPending = true;
            QTimer::singleShot(0, QCoreApplication::instance(), [this] {
                m_flushPending = false;
                std::fflush(stdout);
            });
        }
    }

private:
    bool m_flushPending = false;
};

bool parsePort(const QString &text, quint16 *port)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > 65535)
        return false;
    *port = quint16(value);
    return true;
}

QByteArray summary(const ServedRequest &r)
{
    QByteArray line = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz")).toUtf8() + ' '
        + (r.operation.isEmpty() ? QByteArrayLiteral("(unknown operation)") : r.operation.toUtf8());
    if (!r.function.isEmpty())
        line += ' ' + r.function.toUtf8();
    if (!r.invocationType.isEmpty()) {
        line += " (" + r.invocationType.toUtf8();
        if (!r.qualifier.isEmpty())
            line += ", " + r.qualifier.toUtf8();
        line += ')';
    }
    line += " -> " + QByteArray::number(r.status);
    if (!r.errorType.isEmpty())
        line += ' ' + r.errorType;
    line += " in " + QByteArray::number(r.elapsedMs, 'f', 2) + " ms";
    if (!r.requestId.isEmpty())
        line += ", RequestId: " + r.requestId;
    return line;
}

int runServe(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Serve the functions of an AWS SAM project through Lambda's Invoke API, for the AWS CLI and "
                 "SDKs (--endpoint-url), until Ctrl+C."));
    parser.addHelpOption();
    const QCommandLineOption templateOption({ QStringLiteral("t"), QStringLiteral("template") },
                                            Text::tr("The SAM template (default ./template.yaml)."),
                                            QStringLiteral("FILE"), QStringLiteral("template.yaml"));
    const QCommandLineOption hostOption(
        QStringLiteral("host"),
        Text::tr("The address to listen on (default 127.0.0.1). Any other than loopback lets other machines "
                 "invoke your functions."),
        QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption lambdaPortOption(
        QStringLiteral("lambda-port"),
        Text::tr("The Lambda Invoke API's port (default 3001, as SAM's; 0 picks a free port)."), QStringLiteral("PORT"),
        QStringLiteral("3001"));
    const QCommandLineOption apiPortOption(
        QStringLiteral("api-port"),
        Text::tr("The API Gateway emulation's port (default 3000, as SAM's; 0 picks a free port)."),
        QStringLiteral("PORT"), QStringLiteral("3000"));
    const QCommandLineOption backendOption(
        QStringLiteral("backend"),
        Text::tr("One of %1 (default %2).")
            .arg(BackendRegistry::ids().join(QStringLiteral(", ")), BackendRegistry::defaultId()),
        QStringLiteral("NAME"), BackendRegistry::defaultId());
    const QCommandLineOption keepAliveOption(QStringLiteral("keep-alive"),
                                             Text::tr("Seconds an idle instance stays warm (default 2700)."),
                                             QStringLiteral("SECONDS"), QStringLiteral("2700"));
    const QCommandLineOption noBuildOption(
        QStringLiteral("no-build"), Text::tr("Serve the code as it is: no build first, even when its inputs changed."));
    const QCommandLineOption credentialsOption(
        QStringLiteral("credentials"),
        Text::tr("Require requests signed (SigV4) with this AWS profile's keys, from ~/.aws/credentials or "
                 "~/.aws/config; wrong, expired and missing signatures are refused as AWS refuses them. "
                 "Off by default: any credentials are taken, as SAM does."),
        QStringLiteral("PROFILE"));
    const QCommandLineOption regionOption(
        QStringLiteral("region"),
        Text::tr("The AWS Region the functions' ARNs and AWS_REGION name (default: AWS_REGION, "
                 "AWS_DEFAULT_REGION or the profile's region, as the AWS CLI reads them; else %1, as SAM's).")
            .arg(AwsAccount::defaultRegion()),
        QStringLiteral("REGION"));
    const QCommandLineOption accountOption(
        QStringLiteral("account-id"),
        Text::tr("The 12-digit account id in the functions' ARNs (default %1, as SAM's).")
            .arg(AwsAccount::defaultAccountId()),
        QStringLiteral("ID"), AwsAccount::defaultAccountId());
    parser.addOptions({ templateOption, hostOption, lambdaPortOption, apiPortOption, backendOption, keepAliveOption,
                        noBuildOption, credentialsOption, regionOption, accountOption });
    if (!parser.parse(QStringList { QStringLiteral("bullpen serve") } + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp(parser);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(Text::tr("takes no arguments besides options, got: ")
                          + parser.positionalArguments().join(u' '));

    quint16 lambdaPort = 0;
    quint16 apiPort = 0;
    if (!parsePort(parser.value(lambdaPortOption), &lambdaPort))
        return usageError(Text::tr("--lambda-port takes a port number from 0 to 65535; got '%1'")
                              .arg(parser.value(lambdaPortOption)));
    if (!parsePort(parser.value(apiPortOption), &apiPort))
        return usageError(
            Text::tr("--api-port takes a port number from 0 to 65535; got '%1'").arg(parser.value(apiPortOption)));
    const QString hostText = parser.value(hostOption);
    QHostAddress host;
    if (hostText == u"localhost")
        host = QHostAddress::LocalHost;
    else if (!host.setAddress(hostText))
        return usageError(
            Text::tr("--host takes an IP address (127.0.0.1, ::1, 0.0.0.0, ...); got '%1'").arg(hostText));
    bool ok = false;
    const double keepAlive = parser.value(keepAliveOption).toDouble(&ok);
    if (!ok || keepAlive < 0)
        return usageError(Text::tr("--keep-alive takes a number of seconds, 0 or more"));
    const QString backend = parser.value(backendOption);
    if (!BackendRegistry::isKnown(backend))
        return usageError(Text::tr("--backend is one of %1; got '%2'")
                              .arg(BackendRegistry::ids().join(QStringLiteral(", ")), backend));

    // Where the functions "live": their ARNs (ListFunctions, GetFunction, the
    // runtime's invoked_function_arn, asynchronous destinations' records).
    AwsAccount account;
    account.region = parser.isSet(regionOption)
        ? parser.value(regionOption)
        : AwsCredentialProvider().resolve(parser.value(credentialsOption)).region;
    if (account.region.isEmpty())
        account.region = AwsAccount::defaultRegion();
    if (!AwsAccount::isValidRegion(account.region))
        return usageError(Text::tr("--region takes an AWS Region name such as us-east-1 or eu-central-1; got '%1'%2")
                              .arg(account.region,
                                   parser.isSet(regionOption) ? QString() : Text::tr(" (from the AWS configuration)")));
    account.accountId = parser.value(accountOption);
    if (!AwsAccount::isValidAccountId(account.accountId))
        return usageError(
            Text::tr("--account-id takes 12 digits (an AWS account id); got '%1'").arg(account.accountId));

    // SigV4, resolved before anything is built or started: a profile without
    // keys is a usage error, not a server that refuses everything.
    std::optional<SigV4Verifier> verifier;
    if (parser.isSet(credentialsOption)) {
        QString credentialsError;
        verifier = SigV4Auth::lambdaVerifier(parser.value(credentialsOption), &credentialsError);
        if (!verifier)
            return usageError(QStringLiteral("--credentials: ") + credentialsError);
    }

    // The project.
    ProjectError projectError;
    const QString templatePath = parser.value(templateOption);
    const auto sam = SamTemplate::load(templatePath, &projectError);
    if (!sam) {
        printErr(QStringLiteral("bullpen serve: ") + projectError.toString());
        return 2;
    }
    QList<FunctionConfig> functions = sam->functions();
    if (functions.isEmpty()) {
        printErr(QStringLiteral("bullpen serve: ") + Text::tr("%1 has no functions to serve").arg(templatePath));
        return 2;
    }

    // The builds, one function after the other, as `bullpen invoke` does for one.
    if (!parser.isSet(noBuildOption)) {
        for (FunctionConfig &function : functions) {
            QString buildError;
            if (!prepareFunction(function, templatePath, backend, &buildError)) {
                printErr(QStringLiteral("bullpen serve: ")
                         + Text::tr("the build of %1 failed: %2").arg(function.logicalId, buildError));
                return 2;
            }
        }
    }

    // The engine. Signals are caught before any container exists, so none outlives them.
    TerminationWatcher watcher;
    EngineSettings settings;
    settings.backend = backend;
    settings.keepAliveMs = qint64(keepAlive * 1000.0);
    settings.account = account;
    QString engineError;
    auto invoker = Invoker::create(settings, &engineError);
    if (!invoker) {
        printErr(QStringLiteral("bullpen serve: ") + engineError);
        return 2;
    }
    QObject::connect(invoker.get(), &Invoker::runtimeImageProgress, invoker.get(),
                     [](const QString &, const QString &message, int percent) {
                         const QString line
                             = percent >= 0 ? QStringLiteral("[%1%] %2").arg(percent).arg(message) : message;
                         printErr(QStringLiteral("bullpen serve: ") + line);
                     });

    // Every listener of the project: the Invoke API (Event invocations through
    // the project's on-disk queue), API Gateway for the template's Api and
    // HttpApi events, one port per function URL.
    ServeSession session(invoker.get(), functions);
    ServeSession::Options serveOptions;
    serveOptions.host = host;
    serveOptions.lambdaPort = lambdaPort;
    serveOptions.apiPort = apiPort;
    serveOptions.templatePath = templatePath;
    if (verifier)
        serveOptions.authenticator = SigV4Auth::authenticator(*verifier);
    QString serveError;
    if (!session.start(serveOptions, &serveError)) {
        printErr(QStringLiteral("bullpen serve: ")
                 + Text::tr("%1. Choose other ports with --lambda-port and --api-port (0 picks a "
                            "free one).")
                       .arg(serveError));
        return 2;
    }
    InvokeApiServer &lambdaApi = *session.lambdaApi();

    Output out;
    for (const QString &line : session.addressLines())
        out.line(line.toUtf8());
    std::fflush(stdout);
    if (verifier) {
        printErr(QStringLiteral("bullpen serve: ")
                 + Text::tr("SigV4 required: requests must be signed with the keys of profile %1")
                       .arg(parser.value(credentialsOption)));
    }
    if (!host.isLoopback() && verifier) {
        printErr(QStringLiteral("bullpen serve: ")
                 + Text::tr("warning: %1 is not a loopback address: anyone who can reach this "
                            "machine on port %2 with the profile's keys can invoke these functions.")
                       .arg(host.toString())
                       .arg(lambdaApi.port()));
    } else if (!host.isLoopback()) {
        printErr(QStringLiteral("bullpen serve: ")
                 + Text::tr("warning: %1 is not a loopback address: anyone who can reach this "
                            "machine on port %2 can invoke these functions, with no signature check.")
                       .arg(host.toString())
                       .arg(lambdaApi.port()));
    }
    QStringList names;
    for (const FunctionConfig &f : functions)
        names.append(f.functionName);
    printErr(QStringLiteral("bullpen serve: ")
             + Text::tr("serving %1 with the %2 backend: %3 (region %4, account %5)")
                   .arg(templatePath, invoker->backendInfo().displayName, names.join(QStringLiteral(", ")),
                        account.region, account.accountId));
    printErr(QStringLiteral("bullpen serve: ")
             + Text::tr("try: aws lambda invoke --endpoint-url %1 --function-name %2 out.json; "
                        "Ctrl+C stops.")
                   .arg(lambdaApi.url(), names.first()));
    // The project file's settings (bullpen-project.json beside the template):
    // keep-alive, and the schedules and keep-warm pinger the user turned on,
    // which fire while serve runs (decisions: only while the window or serve
    // runs); provisioned concurrency (on the alias) starts its instances now,
    // as a deployment would.
    ProjectError settingsError;
    const std::optional<ProjectSettings> projectSettings = ProjectSettings::load(templatePath, &settingsError);
    if (!projectSettings)
        printErr(QStringLiteral("bullpen serve: ")
                 + Text::tr("warning: %1; no schedule or keep-warm fires").arg(settingsError.toString()));
    for (const FunctionConfig &f : functions) {
        const FunctionRunSettings run
            = projectSettings ? projectSettings->function(f.logicalId) : FunctionRunSettings();
        QString settingsProblem;
        if (!invoker->applyFunctionSettings(f, run, &settingsProblem))
            printErr(QStringLiteral("bullpen serve: ") + Text::tr("warning: %1: %2").arg(f.logicalId, settingsProblem));
        QStringList firing;
        for (const ScheduleSource &schedule : f.schedules) {
            if (schedule.enabled && run.enabledSchedules.contains(schedule.name))
                firing << QStringLiteral("%1 (%2)").arg(schedule.name, schedule.expression);
        }
        if (run.keepWarm)
            firing << Text::tr("keep-warm (%1)").arg(run.keepWarmRate);
        if (!firing.isEmpty())
            printErr(QStringLiteral("bullpen serve: ")
                     + Text::tr("%1 fires on schedule: %2").arg(f.logicalId, firing.join(QStringLiteral(", "))));
    }

    QObject::connect(invoker.get(), &Invoker::invocationFinished, invoker.get(), [&out](const InvocationResult &r) {
        for (const QString &line : r.logs)
            out.line(line.toUtf8());
    });
    QObject::connect(&session, &ServeSession::requestServed, &session,
                     [&out](const ServedRequest &r) { out.line(summary(r)); });
    QObject::connect(&session, &ServeSession::gatewayRequestServed, &session, [&out](const GatewayRequestRecord &r) {
        out.line(QStringLiteral("%1 %2 %3 -> %4 %5 %6 ms")
                     .arg(r.server, QString::fromLatin1(r.method), r.path,
                          r.functionId.isEmpty() ? QStringLiteral("-") : r.functionId)
                     .arg(r.status)
                     .arg(r.elapsedMs, 0, 'f', 2)
                     .toUtf8());
    });
    for (const QString &route : session.routeLines())
        printErr(QStringLiteral("bullpen serve: ") + Text::tr("route %1").arg(route));
    for (const QString &warning : session.warnings())
        printErr(QStringLiteral("bullpen serve: ") + Text::tr("warning: ") + warning);

    bool stopping = false;
    QObject::connect(&watcher, &TerminationWatcher::terminationRequested, invoker.get(), [&](int signal) {
        if (stopping)
            return;
        stopping = true;
        printErr(QStringLiteral("bullpen serve: ")
                 + Text::tr("stopping (signal %1); removing every instance").arg(signal));
        session.stop();
        QObject::connect(invoker.get(), &Invoker::shutdownFinished, invoker.get(), [] { QCoreApplication::exit(0); });
        invoker->shutdown();
        // A teardown that hangs (a wedged runtime) must not keep serve alive:
        // what is left then goes with the Invoker, bounded, at exit.
        QTimer::singleShot(10000, invoker.get(), [] {
            printErr(QStringLiteral("bullpen serve: ") + Text::tr("the engine took over 10 s to stop; exiting anyway"));
            QCoreApplication::exit(0);
        });
    });
    const int status = QCoreApplication::exec();
    std::fflush(stdout);
    return status;
}

const Registration registration(
    { "serve",
      QT_TRANSLATE_NOOP("Bullpen::Cli", "Serve the functions through Lambda's Invoke API (aws --endpoint-url)"),
      &runServe });

} // namespace
} // namespace Bullpen::Cli
