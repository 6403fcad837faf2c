// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Bullpen {
struct FunctionConfig;
class SamTemplate;
} // namespace Bullpen

namespace Bullpen::Cli {

// The command line's messages, help texts and summaries: Text::tr("...") in
// one translation context, "Bullpen::Cli" (translations/bullpen_*.ts), so that
// the free functions of every command translate alike. main() installs the
// system language's translation before a command runs; `bullpen --man` and the
// completions read the help texts in English (manual.cpp).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Bullpen::Cli)
};

// Builds a function before it runs when it has a build and its inputs changed
// (FunctionPreparer, as the window does), its tools in the sandbox of the
// backend the function will run on, its lines on standard error as
// "[build ID] ...". False, with the build's own error, when it failed.
bool prepareFunction(Bullpen::FunctionConfig &function, const QString &templatePath, const QString &backend,
                     QString *error);

// The function a command's FUNCTION argument names in the template (name empty:
// the template's only function); nullopt with *error listing the functions.
std::optional<Bullpen::FunctionConfig> chooseFunction(const Bullpen::SamTemplate &sam, const QString &templatePath,
                                                      const QString &name, QString *error);

// The event of --event FILE ("-": standard input), checked as one JSON value as
// Lambda checks it; nullopt with *error naming the line and column of the fault.
// *source gets how to name it ("standard input" or the file name).
std::optional<QByteArray> readEventFile(const QString &fileName, QString *source, QString *error);

// A line on standard error.
void errorLine(const QString &text);
// "bullpen COMMAND: message" on standard error; returns 2, the usage error's exit status.
int commandUsageError(const char *command, const QString &message);

// The function a command names in a template: name empty takes the only one.
// nullopt with *error naming the template's problem, or the functions there are.
std::optional<Bullpen::FunctionConfig> chooseFunction(const QString &templatePath, const QString &name, QString *error);

// Prints a command's --help on standard output, its usage line naming it as
// typed ("Usage: bullpen invoke [options] ..."; QCommandLineParser would name
// the executable's path). The manual page and the completions read this text.
void printHelp(const QCommandLineParser &parser);

// One subcommand of `bullpen` (invoke, events, bench, ...). Each lives in its own
// file under app/cli/ and registers itself with a static Registration, so
// main() needs no list of them. run() gets the arguments after the command's
// name and returns the process exit status; it runs with a QCoreApplication.
struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
};

const QList<Command> &commands();
const Command *findCommand(const QString &name);

struct Registration
{
    explicit Registration(Command command);
};

} // namespace Bullpen::Cli
