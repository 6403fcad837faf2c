// SPDX-License-Identifier: MIT
#include "app/cli/command.h"

#include "engine/build/functionpreparer.h"
#include "engine/core/jsonvalue.h"
#include "engine/project/samtemplate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

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
    static const QRegularExpression program(QStringLiteral("^(Usage: )\\S+"));
    const QString command = QCoreApplication::arguments().value(1);
    text.replace(program, QStringLiteral("\\1bullpen ") + command);
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
        *error = QStringLiteral("%1 has %2 functions; name one of: %3")
                     .arg(templatePath)
                     .arg(functions.size())
                     .arg(names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (const auto found = sam.function(name))
        return found;
    *error = QStringLiteral("%1 has no function '%2'; its functions are: %3")
                 .arg(templatePath, name, names.join(QStringLiteral(", ")));
    return std::nullopt;
}

std::optional<QByteArray> readEventFile(const QString &fileName, QString *source, QString *error)
{
    QFile file;
    *source = fileName;
    if (fileName == u"-") {
        *source = QStringLiteral("standard input");
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the event from standard input");
            return std::nullopt;
        }
    } else {
        file.setFileName(fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the event file %1: %2").arg(fileName, file.errorString());
            return std::nullopt;
        }
    }
    const QByteArray event = file.readAll();
    // Lambda would refuse it (InvalidRequestContentException) before the
    // function runs; say so here, with where the fault is.
    JsonValueError jsonError;
    if (parseJsonValue(event, &jsonError).isUndefined()) {
        *error = QStringLiteral("the event in %1 is not valid JSON: line %2, column %3: %4. "
                                "Lambda refuses it (InvalidRequestContentException); fix the file or pass "
                                "--event with another one.")
                     .arg(*source)
                     .arg(jsonError.line)
                     .arg(jsonError.column)
                     .arg(event.trimmed().isEmpty() ? QStringLiteral("the file is empty") : jsonError.description);
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
    *error = functions.isEmpty() ? QStringLiteral("%1 has no function").arg(templatePath)
                                 : QStringLiteral("%1 has %2 functions; name one of: %3")
                                       .arg(templatePath)
                                       .arg(functions.size())
                                       .arg(names.join(QStringLiteral(", ")));
    return std::nullopt;
}

} // namespace Bullpen::Cli
