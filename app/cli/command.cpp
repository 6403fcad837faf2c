// SPDX-License-Identifier: MIT
#include "app/cli/command.h"

#include "engine/build/functionpreparer.h"
#include "engine/core/jsonvalue.h"
#include "engine/project/samtemplate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

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

void printHelp(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    // The usage line names the executable as the parser saw it; the command as
    // typed instead. By position, as Qt's translation may say "Aufruf: ".
    const QString program = QCoreApplication::arguments().value(0);
    const QString command = QCoreApplication::arguments().value(1);
    const qsizetype at = text.left(text.indexOf(u'\n')).indexOf(program);
    if (at >= 0 && !program.isEmpty())
        text.replace(at, program.size(), QStringLiteral("bullpen ") + command);
    std::fputs(text.toLocal8Bit().constData(), stdout);
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

std::optional<FunctionConfig> chooseFunction(const SamTemplate &sam, const QString &templatePath, const QString &name,
                                             QString *error)
{
    const QList<FunctionConfig> functions = sam.functions();
    QStringList names;
    for (const FunctionConfig &f : functions)
        names.append(f.logicalId);
    if (name.isEmpty()) {
        if (functions.size() == 1)
            return functions.first();
        *error = Text::tr("%1 has %n functions; name one of: %2", nullptr, int(functions.size()))
                     .arg(templatePath, names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (const auto found = sam.function(name))
        return found;
    *error = Text::tr("%1 has no function '%2'; its functions are: %3")
                 .arg(templatePath, name, names.join(QStringLiteral(", ")));
    return std::nullopt;
}

std::optional<QByteArray> readEventFile(const QString &fileName, QString *source, QString *error)
{
    QFile file;
    *source = fileName;
    if (fileName == u"-") {
        *source = Text::tr("standard input");
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *error = Text::tr("cannot read the event from standard input");
            return std::nullopt;
        }
    } else {
        file.setFileName(fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = Text::tr("cannot read the event file %1: %2").arg(fileName, file.errorString());
            return std::nullopt;
        }
    }
    const QByteArray event = file.readAll();
    // Lambda would refuse it (InvalidRequestContentException) before the
    // function runs; say so here, with where the fault is.
    JsonValueError jsonError;
    if (parseJsonValue(event, &jsonError).isUndefined()) {
        *error = Text::tr("the event in %1 is not valid JSON: line %2, column %3: %4. "
                          "Lambda refuses it (InvalidRequestContentException); fix the file or pass "
                          "--event with another one.")
                     .arg(*source)
                     .arg(jsonError.line)
                     .arg(jsonError.column)
                     .arg(event.trimmed().isEmpty() ? Text::tr("the file is empty") : jsonError.description);
        return std::nullopt;
    }
    return event;
}

void errorLine(const QString &text)
{
    std::fputs(qPrintable(text), stderr);
    std::fputc('\n', stderr);
}

int commandUsageError(const char *command, const QString &message)
{
    errorLine(QStringLiteral("bullpen %1: %2").arg(QLatin1StringView(command), message));
    return 2;
}

std::optional<FunctionConfig> chooseFunction(const QString &templatePath, const QString &name, QString *error)
{
    ProjectError projectError;
    const auto sam = SamTemplate::load(templatePath, &projectError);
    if (!sam) {
        *error = projectError.toString();
        return std::nullopt;
    }
    if (!name.isEmpty()) {
        auto found = sam->function(name, &projectError);
        if (!found)
            *error = projectError.toString();
        return found;
    }
    const QList<FunctionConfig> functions = sam->functions();
    if (functions.size() == 1)
        return functions.first();
    QStringList names;
    for (const FunctionConfig &f : functions)
        names << f.logicalId;
    *error = functions.isEmpty() ? Text::tr("%1 has no function").arg(templatePath)
                                 : Text::tr("%1 has %n functions; name one of: %2", nullptr, int(functions.size()))
                                       .arg(templatePath, names.join(QStringLiteral(", ")));
    return std::nullopt;
}

} // namespace Bullpen::Cli
