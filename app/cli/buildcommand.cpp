// SPDX-License-Identifier: MIT
// bullpen build: builds a SAM project's functions and layers as `sam build`
// does, into .aws-sam/build, incrementally, streaming the tools' output.
#include "app/cli/command.h"

#include "engine/build/projectbuilder.h"
#include "engine/sandbox/backendregistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace Bullpen::Cli {
namespace {

void printErr(const QString &text)
{
    std::fputs(qPrintable(text), stderr);
    std::fputc('\n', stderr);
}

int runBuild(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Build a SAM project's functions and layers into .aws-sam/build."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FUNCTION"),
                                 Text::tr("Logical ids of the functions or layers to build (default: all)."),
                                 QStringLiteral("[FUNCTION...]"));
    const QCommandLineOption templateOption({ QStringLiteral("t"), QStringLiteral("template") },
                                            Text::tr("The SAM template (default ./template.yaml)."),
                                            QStringLiteral("FILE"), QStringLiteral("template.yaml"));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache-dir"),
        Text::tr("The dependency cache (default $XDG_CACHE_HOME/Bullpen/deps, ~/.cache/Bullpen/deps when "
                 "XDG_CACHE_HOME is not set)."),
        QStringLiteral("DIR"));
    const QCommandLineOption pipConfigOption(QStringLiteral("pip-config"),
                                             Text::tr("pip's configuration file (default: the user's pip.conf)."),
                                             QStringLiteral("FILE"));
    const QCommandLineOption npmConfigOption(QStringLiteral("npmrc"),
                                             Text::tr("npm's configuration file (default: the user's ~/.npmrc)."),
                                             QStringLiteral("FILE"));
    const QCommandLineOption backendOption(
        QStringLiteral("backend"),
        Text::tr("The backend whose sandbox runs pip, npm and make on the function's runtime image: one of "
                 "%1 (default %2; process runs them on the host, isolating nothing).")
            .arg(BackendRegistry::ids().join(QStringLiteral(", ")), BackendRegistry::defaultId()),
        QStringLiteral("NAME"), BackendRegistry::defaultId());
    const QCommandLineOption quietOption({ QStringLiteral("q"), QStringLiteral("quiet") },
                                         Text::tr("Print only the summary and errors."));
    parser.addOptions({ templateOption, cacheOption, pipConfigOption, npmConfigOption, backendOption, quietOption });
    if (!parser.parse(QStringList { QStringLiteral("bullpen build") } + arguments)) {
        printErr(QStringLiteral("bullpen build: ") + parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp(parser);
        return 0;
    }
    BuildOptions options;
    options.dependencyCache = parser.value(cacheOption);
    options.pipConfigFile = parser.value(pipConfigOption);
    options.npmConfigFile = parser.value(npmConfigOption);
    options.backend = parser.value(backendOption);
    ProjectBuilder builder(parser.value(templateOption), options);
    const bool quiet = parser.isSet(quietOption);
    QObject::connect(&builder, &ProjectBuilder::logLine, &builder, [quiet](const QString &id, const QString &line) {
        if (!quiet)
            printErr(QStringLiteral("[%1] %2").arg(id, line));
    });
    int status = 0;
    QObject::connect(&builder, &ProjectBuilder::finished, &builder, [&](bool ok) {
        if (ok) {
            std::printf("%s\n",
                        qPrintable(Text::tr("Built %1, %2 up to date, %3 dependency installs: %4")
                                       .arg(builder.rebuiltCount())
                                       .arg(builder.upToDateCount())
                                       .arg(builder.dependencyInstallCount())
                                       .arg(buildDirectory(parser.value(templateOption)))));
        } else {
            printErr(QStringLiteral("bullpen build: ") + builder.errorString());
            status = 1;
        }
        QCoreApplication::exit(status);
    });
    QString error;
    if (!builder.start(parser.positionalArguments(), &error)) {
        printErr(QStringLiteral("bullpen build: ") + error);
        return 2;
    }
    QCoreApplication::exec();
    return status;
}

const Registration registration(
    { "build",
      QT_TRANSLATE_NOOP("Bullpen::Cli", "Build functions and layers as `sam build` does (into .aws-sam/build)"),
      &runBuild });

} // namespace
} // namespace Bullpen::Cli
