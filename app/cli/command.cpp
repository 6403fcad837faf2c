// SPDX-License-Identifier: MIT
#include "app/cli/command.h"

#include "engine/build/functionpreparer.h"

#include <QCoreApplication>

#include <cstdio>

namespace Bullpen::Cli {

static QList<Command> &registry()
{
    static QList<Command> list;
    return list;
}

const QList<Command> &commands()
{
    return registry();
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : registry()) {
        if (name == QLatin1StringView(c.name))
            return &c;
    }
    return nullptr;
}

Registration::Registration(Command command)
{
    registry().append(command);
}

bool prepareFunction(FunctionConfig &function, const QString &templatePath, const QString &backend, QString *error)
{
    BuildOptions options;
    options.backend = backend;
    FunctionPreparer preparer(options);
    bool prepared = false;
    QObject::connect(&preparer, &FunctionPreparer::logLine, &preparer, [](const QString &id, const QString &line) {
        std::fprintf(stderr, "%s\n", qPrintable(QStringLiteral("[build %1] %2").arg(id, line)));
    });
    QObject::connect(&preparer, &FunctionPreparer::ready, &preparer, [&](const FunctionConfig &built) {
        function = built;
        prepared = true;
        QCoreApplication::exit(0);
    });
    QObject::connect(&preparer, &FunctionPreparer::failed, &preparer, [&](const QString &e) {
        *error = e;
        QCoreApplication::exit(0);
    });
    preparer.prepare(function, templatePath);
    QCoreApplication::exec();
    return prepared;
}

} // namespace Bullpen::Cli
