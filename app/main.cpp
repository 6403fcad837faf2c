// SPDX-License-Identifier: MIT
// bullpen: with a subcommand (bullpen invoke, bullpen events, ...) a headless
// command-line tool on QCoreApplication; without one, the desktop application.
#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <memory>

#include "app/cli/command.h"

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Bullpen"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("bullpen.dev"));
    QCoreApplication::setApplicationName(QStringLiteral("Bullpen"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BULLPEN_VERSION));
}

int printUsage(FILE *to)
{
    QTextStream out(to);
    out << "Usage: bullpen [FILE]            open the Bullpen window\n"
           "       bullpen COMMAND [ARGS]    run a command without a window\n\nCommands:\n";
    for (const auto &c : Bullpen::Cli::commands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(10) << QString::fromUtf8(c.summary) << '\n';
    out << "\nRun 'bullpen COMMAND --help' for a command's options.\n";
    return to == stdout ? 0 : 2;
}

} // namespace

int runGui(int &argc, char **argv); // app/gui.cpp

int main(int argc, char *argv[])
{
    if (argc > 1) {
        const QString first = QString::fromLocal8Bit(argv[1]);
        if (first == u"--help" || first == u"-h" || first == u"help")
            return printUsage(stdout);
        if (first == u"--version") {
            std::printf("bullpen %s\n", BULLPEN_VERSION);
            return 0;
        }
        if (const auto *command = Bullpen::Cli::findCommand(first)) {
            // Qt's own Unix event dispatcher instead of glib's: headless
            // commands need no glib integration, and it costs the Runtime API
            // about a quarter of its CPU per request (engine/runtimeapi/README.md).
            // Set before the application object exists; an explicit setting wins.
            if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
                qputenv("QT_NO_GLIB", "1");
            QCoreApplication app(argc, argv);
            setIdentity();
            QStringList args = QCoreApplication::arguments().mid(2);
            return command->run(args);
        }
        if (!first.startsWith(u'-') && !first.contains(u'/') && !first.contains(u'.') && !QFileInfo::exists(first)) {
            std::fprintf(stderr, "bullpen: unknown command '%s'\n\n", argv[1]);
            return printUsage(stderr);
        }
    }
    setIdentity();
    return runGui(argc, argv);
}
