// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Bullpen {
struct FunctionConfig;
}

namespace Bullpen::Cli {

// Builds a function before it runs when it has a build and its inputs changed
// (FunctionPreparer, as the window does), its tools in the sandbox of the
// backend the function will run on, its lines on standard error as
// "[build ID] ...". False, with the build's own error, when it failed.
bool prepareFunction(Bullpen::FunctionConfig &function, const QString &templatePath, const QString &backend,
                     QString *error);

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
