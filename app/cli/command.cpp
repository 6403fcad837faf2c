// SPDX-License-Identifier: MIT
#include "app/cli/command.h"

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

} // namespace Bullpen::Cli
