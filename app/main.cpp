// SPDX-License-Identifier: MIT
// bullpen: the command line (bullpen invoke, bullpen events, ...), built from
// the engine alone on QCoreApplication, so that it runs on a server without
// QtGui, QtWidgets or KF6. Without a subcommand (or with a file or folder to
// open) it becomes the window: it execs bullpen-gui from its own folder with
// the same arguments, as heaptrack does with heaptrack_gui.
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

#include "app/cli/command.h"
#include "app/identity.h"

namespace {

int printUsage(FILE *to)
{
    QTextStream out(to);
    out << "Usage: bullpen [FILE]            open the Bullpen window (bullpen-gui)\n"
           "       bullpen COMMAND [ARGS]    run a command without a window\n\nCommands:\n";
    for (const auto &c : Bullpen::Cli::commands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(10) << QString::fromUtf8(c.summary) << '\n';
    out << "\nRun 'bullpen COMMAND --help' for a command's options.\n";
    return to == stdout ? 0 : 2;
}

// Replaces this process with the window executable beside it, arguments and
// environment unchanged; returns only when that fails.
int launchWindow(int argc, char **argv)
{
    QByteArray path;
    {
        // Only for applicationDirPath(); gone before the exec.
        QCoreApplication app(argc, argv);
        path = QFile::encodeName(QCoreApplication::applicationDirPath() + QStringLiteral("/bullpen-gui"));
    }
    argv[0] = path.data();
    ::execv(path.constData(), argv);
    const int error = errno;
    std::fprintf(stderr,
                 "bullpen: cannot start the window, %s: %s\n"
                 "The window is a separate program (package bullpen); the command line works without it:\n"
                 "run 'bullpen --help' for its commands.\n",
                 path.constData(), std::strerror(error));
    return 127;
}

} // namespace

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
            Bullpen::setIdentity();
            QStringList args = QCoreApplication::arguments().mid(2);
            return command->run(args);
        }
        if (!first.startsWith(u'-') && !first.contains(u'/') && !first.contains(u'.') && !QFileInfo::exists(first)) {
            std::fprintf(stderr, "bullpen: unknown command '%s'\n\n", argv[1]);
            return printUsage(stderr);
        }
    }
    return launchWindow(argc, argv);
}
