// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

#include <optional>

namespace Bullpen {
struct FunctionConfig;
}

namespace Bullpen::Cli {

// Builds a function before it runs when it has a build and its inputs changed
// (FunctionPreparer, as the window does), its lines on standard error as
// "[build ID] ...". False, with the build's own error, when it failed.
bool prepareFunction(Bullpen::FunctionConfig &function, const QString &templatePath, QString *error);

// A line on standard error.
void errorLine(const QString &text);
// "bullpen COMMAND: message" on standard error; returns 2, the usage error's exit status.
int commandUsageError(const char *command, const QString &message);

// The function a command names in a template: name empty takes the only one.
// nullopt with *error naming the template's problem, or the functions there are.
std::optional<Bullpen::FunctionConfig> chooseFunction(const QString &templatePath, const QString &name, QString *error);

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
