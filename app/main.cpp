// SPDX-License-Identifier: MIT
// bullpen: the command line (bullpen invoke, bullpen events, ...), built from
// the engine alone on QCoreApplication, so that it runs on a server without
// QtGui, QtWidgets or KF6. Without a subcommand (or with a file or folder to
// open) it becomes the window: it execs bullpen-gui from its own folder with
// the same arguments, as heaptrack does with heaptrack_gui.
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

#include "app/cli/command.h"
#include "app/cli/manual.h"
#include "app/identity.h"
#include "app/translations.h"

namespace {

int printUsage(FILE *to)
{
    std::fputs(qPrintable(Bullpen::Cli::usageText()), to);
    return to == stdout ? 0 : 2;
}

int printVersion()
{
    std::printf("bullpen %s\n", BULLPEN_VERSION);
    return 0;
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
    QCoreApplication app(argc, argv);
    Bullpen::installTranslations(QString());
    std::fputs(qPrintable(Bullpen::Cli::Text::tr("bullpen: cannot start the window, %1: %2\n"
                                                 "The window is a separate program (package bullpen); the command "
                                                 "line works without it:\nrun 'bullpen --help' for its commands.\n")
                              .arg(QFile::decodeName(path), QString::fromLocal8Bit(std::strerror(error)))),
               stderr);
    return 127;
}

} // namespace

int main(int argc, char *argv[])
{
    // bullpen help COMMAND is bullpen COMMAND --help.
    char helpFlag[] = "--help";
    if (argc > 2 && (qstrcmp(argv[1], "help") == 0 || qstrcmp(argv[1], "--help") == 0)
        && Bullpen::Cli::findCommand(QString::fromLocal8Bit(argv[2]))) {
        argv[1] = argv[2];
        argv[2] = helpFlag;
        argc = 3;
    }
    if (argc > 1) {
        const QString first = QString::fromLocal8Bit(argv[1]);
        if (first == u"--help" || first == u"-h" || first == u"help") {
            QCoreApplication app(argc, argv);
            Bullpen::installTranslations(QString());
            return printUsage(stdout);
        }
        if (first == u"--version")
            return printVersion();
        // The manual page and the shell completions' questions (app/cli/manual.h).
        if (first == u"--man" || first == u"__complete") {
            if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
                qputenv("QT_NO_GLIB", "1");
            QCoreApplication app(argc, argv);
            Bullpen::setIdentity();
            if (first == u"__complete")
                return Bullpen::Cli::complete(QCoreApplication::arguments().mid(2));
            std::fputs(Bullpen::Cli::manPage().toUtf8().constData(), stdout);
            return 0;
        }
        if (const auto *command = Bullpen::Cli::findCommand(first)) {
            if (argc == 3 && qstrcmp(argv[2], "--version") == 0)
                return printVersion();
            // Qt's own Unix event dispatcher instead of glib's: headless
            // commands need no glib integration, and it costs the Runtime API
            // about a quarter of its CPU per request (engine/runtimeapi/README.md).
            // Set before the application object exists; an explicit setting wins.
            if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
                qputenv("QT_NO_GLIB", "1");
            QCoreApplication app(argc, argv);
            Bullpen::setIdentity();
            Bullpen::installTranslations(QString());
            QStringList args = QCoreApplication::arguments().mid(2);
            return command->run(args);
        }
        if (!first.startsWith(u'-') && !first.contains(u'/') && !first.contains(u'.') && !QFileInfo::exists(first)) {
            QCoreApplication app(argc, argv);
            Bullpen::installTranslations(QString());
            std::fputs(qPrintable(Bullpen::Cli::Text::tr("bullpen: unknown command '%1'\n\n").arg(first)), stderr);
            return printUsage(stderr);
        }
    }
    return launchWindow(argc, argv);
}
