// SPDX-License-Identifier: MIT
// bullpen export: what a user needs to move a function off Bullpen (issue 12
// item 4): a Docker build context (Dockerfile FROM Lambda's official base
// image or Bullpen's offline one), a Docker Swarm stack file, or EC2 user data.
#include "app/cli/command.h"

#include "engine/exports/deploymentfiles.h"
#include "engine/exports/dockerexport.h"
#include "engine/project/functionconfig.h"
#include "engine/sandbox/backendregistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

namespace Bullpen::Cli {
namespace {

void printErr(const QString &text)
{
    errorLine(text);
}

int usageError(const QString &message)
{
    return commandUsageError("export", message);
}

// Writes text to path ("-": standard output), whole or not at all.
bool writeText(const QString &path, const QString &text, QString *error)
{
    const QByteArray bytes = text.toUtf8();
    if (path == u"-") {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = Text::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Export what a function needs to run elsewhere: a Docker build context (--dockerfile), a Docker "
                 "Swarm stack file (--stack) or EC2 user data (--user-data)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FUNCTION"),
                                 Text::tr("Logical id of the function (optional when the template has one)."),
                                 QStringLiteral("[FUNCTION]"));
    const QCommandLineOption templateOption({ QStringLiteral("t"), QStringLiteral("template") },
                                            Text::tr("The SAM template (default ./template.yaml)."),
                                            QStringLiteral("FILE"), QStringLiteral("template.yaml"));
    const QCommandLineOption dockerfileOption(
        QStringLiteral("dockerfile"),
        Text::tr("A Docker build context in the folder -o: Dockerfile, code/ (as built) and opt/ (layers)."));
    const QCommandLineOption stackOption(QStringLiteral("stack"),
                                         Text::tr("A Docker Swarm stack file (docker stack deploy -c FILE)."));
    const QCommandLineOption userDataOption(
        QStringLiteral("user-data"), Text::tr("EC2 user data (cloud-init) that installs Docker and runs the image."));
    const QCommandLineOption baseOption(
        QStringLiteral("base"),
        Text::tr("--dockerfile: FROM Lambda's official image (official, default) or Bullpen's offline one "
                 "(offline)."),
        QStringLiteral("official|offline"), QStringLiteral("official"));
    const QCommandLineOption registryOption(
        QStringLiteral("registry"),
        Text::tr("--base official: the registry of Lambda's images (default $BULLPEN_RUNTIME_REGISTRY, else "
                 "public.ecr.aws/lambda)."),
        QStringLiteral("REGISTRY"));
    const QCommandLineOption imageOption(
        QStringLiteral("image"),
        Text::tr("--stack, --user-data: the function's image as the deployment pulls it (default "
                 "<function in lower case>:latest)."),
        QStringLiteral("REF"));
    const QCommandLineOption nameOption(
        QStringLiteral("name"), Text::tr("The service's or container's name (default: the function in lower case)."),
        QStringLiteral("NAME"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        Text::tr("The published port for the image's invoke port (default 9000)."),
                                        QStringLiteral("PORT"), QStringLiteral("9000"));
    const QCommandLineOption replicasOption(QStringLiteral("replicas"),
                                            Text::tr("--stack: the service's replicas (default 2)."),
                                            QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption outputOption({ QStringLiteral("o"), QStringLiteral("output") },
                                          Text::tr("Where to write: a folder for --dockerfile, a file (or - for "
                                                   "standard output) otherwise."),
                                          QStringLiteral("PATH"));
    const QCommandLineOption noBuildOption(QStringLiteral("no-build"),
                                           Text::tr("--dockerfile: export the code as it is, without a build first."));
    parser.addOptions({ templateOption, dockerfileOption, stackOption, userDataOption, baseOption, registryOption,
                        imageOption, nameOption, portOption, replicasOption, outputOption, noBuildOption });
    if (!parser.parse(QStringList { QStringLiteral("bullpen export") } + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp(parser);
        return 0;
    }
    const int kinds
        = int(parser.isSet(dockerfileOption)) + int(parser.isSet(stackOption)) + int(parser.isSet(userDataOption));
    if (kinds != 1)
        return usageError(Text::tr("say what to export: one of --dockerfile, --stack or --user-data"));
    if (parser.positionalArguments().size() > 1)
        return usageError(Text::tr("one FUNCTION at most, got: ") + parser.positionalArguments().join(u' '));
    if (!parser.isSet(outputOption))
        return usageError(Text::tr("say where to write it with -o PATH (- for standard output)"));
    const QString output = parser.value(outputOption);

    const QString templatePath = parser.value(templateOption);
    QString error;
    auto function = chooseFunction(templatePath, parser.positionalArguments().value(0), &error);
    if (!function)
        return usageError(error);

    if (parser.isSet(dockerfileOption)) {
        const auto base = DockerExport::baseFromName(parser.value(baseOption));
        if (!base)
            return usageError(Text::tr("--base is official or offline; got '%1'").arg(parser.value(baseOption)));
        if (output == u"-")
            return usageError(Text::tr("--dockerfile writes a folder (Dockerfile, code/, opt/): name it with -o DIR"));
        if (function->image.isImage())
            return usageError(
                Text::tr("%1 is a container image function: its Dockerfile is %2 in %3 already")
                    .arg(function->logicalId, function->image.dockerfile, function->image.contextDirectory));
        if (!parser.isSet(noBuildOption)
            && !prepareFunction(*function, templatePath, BackendRegistry::defaultId(), &error)) {
            printErr(QStringLiteral("bullpen export: ") + Text::tr("the build failed: ") + error);
            return 1;
        }
        int status = 1;
        QObject owner;
        DockerExport::write(*function, *base, parser.value(registryOption), output, &owner, [&](const QString &e) {
            if (e.isEmpty()) {
                status = 0;
                printErr(QStringLiteral("bullpen export: ")
                         + Text::tr("wrote %1 (FROM %2)\nBuild it with: docker build -t %3:latest %1")
                               .arg(output, DockerExport::baseImage(*function, *base, parser.value(registryOption)),
                                    function->logicalId.toLower()));
            } else {
                printErr(QStringLiteral("bullpen export: ") + e);
            }
            QCoreApplication::exit(0);
        });
        QCoreApplication::exec();
        return status;
    }

    DeploymentOptions options;
    options.image = parser.isSet(imageOption) ? parser.value(imageOption)
                                              : QString(function->logicalId.toLower() + QStringLiteral(":latest"));
    options.name = parser.value(nameOption);
    bool ok = false;
    options.publishedPort = parser.value(portOption).toInt(&ok);
    if (!ok)
        return usageError(Text::tr("--port takes a port number; got '%1'").arg(parser.value(portOption)));
    options.replicas = parser.value(replicasOption).toInt(&ok);
    if (!ok)
        return usageError(Text::tr("--replicas takes a whole number; got '%1'").arg(parser.value(replicasOption)));
    const bool stack = parser.isSet(stackOption);
    const QString text = stack ? swarmStackFile(*function, options, &error) : ec2UserData(*function, options, &error);
    if (text.isEmpty())
        return usageError(error);
    if (!writeText(output, text, &error)) {
        printErr(QStringLiteral("bullpen export: ") + error);
        return 1;
    }
    if (output != u"-") {
        const QString name = options.name.isEmpty() ? function->logicalId.toLower() : options.name;
        printErr(stack ? QStringLiteral("bullpen export: ")
                         + Text::tr("wrote %1\nDeploy it with: docker stack deploy -c %1 %2").arg(output, name)
                       : QStringLiteral("bullpen export: ")
                         + Text::tr("wrote %1\nCheck it with: cloud-init schema --config-file %1").arg(output));
    }
    return 0;
}

const Registration registration(
    { "export", QT_TRANSLATE_NOOP("Bullpen::Cli", "Export a Dockerfile, Swarm stack or EC2 user data for a function"),
      &runExport });

} // namespace
} // namespace Bullpen::Cli
