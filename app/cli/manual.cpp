// SPDX-License-Identifier: MIT
// The manual page and the shell completions, both read from the commands' own
// --help (see manual.h), so that neither can say something --help does not.
#include "app/cli/manual.h"

#include "app/cli/command.h"
#include "engine/events/eventcatalog.h"
#include "engine/lessons/lesson.h"
#include "engine/project/functionconfig.h"
#include "engine/project/samtemplate.h"
#include "engine/sandbox/backendregistry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimeZone>

#include <optional>

namespace Bullpen::Cli {

using namespace Qt::StringLiterals;

QString usageText()
{
    QString text;
    QTextStream out(&text);
    // In the language main() installed; English for the manual page, whose
    // process installs none.
    out << Text::tr("Usage: bullpen [FILE]            open the Bullpen window (bullpen-gui)\n"
                    "       bullpen COMMAND [ARGS]    run a command without a window\n\nCommands:\n");
    for (const auto &c : commands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(10) << Text::tr(c.summary) << '\n';
    out << Text::tr("\nOptions:\n"
                    "  -h, --help    Displays this help.\n"
                    "  --version     Displays version information.\n"
                    "\nRun 'bullpen COMMAND --help' for a command's options.\n");
    out.flush();
    return text;
}

namespace {

QString runForHelp(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The window's help needs a platform but no screen; the texts are English
    // whatever the caller's locale, as the manual page is.
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments, QIODevice::ReadOnly);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

QString commandHelp(const QString &command)
{
    return runForHelp(QCoreApplication::applicationFilePath(), { command, u"--help"_s });
}

ParsedHelp parseHelp(const QString &help)
{
    ParsedHelp parsed;
    QStringList lines = help.split(u'\n');
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return parsed;
    // QCommandLineParser's layout: "Usage: ...", the description, then
    // "Options:" and "Arguments:" with one entry per "  NAMES  DESCRIPTION"
    // line and deeper-indented continuation lines.
    const bool parserLayout = lines.first().startsWith(u"Usage: "_s) && lines.size() > 1
        && !lines.at(1).startsWith(u"       "_s) && (lines.contains(u"Options:"_s) || lines.contains(u"Arguments:"_s));
    if (!parserLayout) {
        parsed.verbatim = lines;
        static const QRegularExpression option(u"(?<![\\w-])(--?[A-Za-z][\\w-]*)(?: ([A-Z][A-Z0-9_=.-]*))?"_s);
        QStringList seen;
        for (const QString &line : lines) {
            for (auto it = option.globalMatch(line); it.hasNext();) {
                const auto m = it.next();
                if (seen.contains(m.captured(1)))
                    continue;
                seen << m.captured(1);
                parsed.options.append({ { m.captured(1) }, m.captured(2), {} });
            }
        }
        return parsed;
    }
    parsed.usage = lines.first().mid(7);
    // The program as a name, not a path (bullpen-gui prints its own path).
    static const QRegularExpression directory(u"^\\S*/"_s);
    parsed.usage.remove(directory);
    QList<HelpEntry> *section = nullptr;
    static const QRegularExpression entryLine(u"^  (\\S.*?)(?: {2,}(\\S.*))?$"_s);
    static const QRegularExpression valueName(u"<([^>]+)>"_s);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line == u"Options:"_s) {
            section = &parsed.options;
            continue;
        }
        if (line == u"Arguments:"_s) {
            section = &parsed.arguments;
            continue;
        }
        if (!section) {
            parsed.text << line;
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith(u"   "_s) && !section->isEmpty()) {
            QString &description = section->last().description;
            description += (description.isEmpty() ? QString() : u" "_s) + line.trimmed();
            continue;
        }
        const auto m = entryLine.match(line);
        if (!m.hasMatch())
            continue;
        HelpEntry entry;
        QString names = m.captured(1);
        if (const auto v = valueName.match(names); v.hasMatch()) {
            entry.value = v.captured(1);
            names.remove(v.capturedStart(0), v.capturedLength(0));
        }
        for (const QString &name : names.split(u',', Qt::SkipEmptyParts))
            entry.names << name.trimmed();
        entry.description = m.captured(2);
        section->append(entry);
    }
    while (!parsed.text.isEmpty() && parsed.text.constLast().trimmed().isEmpty())
        parsed.text.removeLast();
    return parsed;
}

namespace {

// roff: a backslash is \e, a line may not begin with a control character,
// and an option's dashes are \- (a minus, which man pages search and copy as one).
QString roff(QString text)
{
    text.replace(u'\\', u"\\e"_s);
    if (text.startsWith(u'.') || text.startsWith(u'\''))
        text.prepend(u"\\&"_s);
    return text;
}

// Prose: an option named in it (--endpoint-url) keeps its minus signs too.
QString roffProse(const QString &text)
{
    static const QRegularExpression option(u"(?<![\\w-])(--?)(?=[A-Za-z])"_s);
    QString out = roff(text);
    // From the end, so that earlier positions stay valid.
    QList<QRegularExpressionMatch> matches;
    for (auto it = option.globalMatch(out); it.hasNext();)
        matches.prepend(it.next());
    for (const QRegularExpressionMatch &m : std::as_const(matches))
        out.replace(m.capturedStart(1), m.capturedLength(1), QString(u"\\-"_s).repeated(m.capturedLength(1)));
    return out;
}

QString roffOption(const QString &name)
{
    return roff(name).replace(u'-', u"\\-"_s);
}

void writeEntries(QTextStream &out, const QString &title, const QList<HelpEntry> &entries, bool options)
{
    if (entries.isEmpty())
        return;
    out << ".PP\n" << title << '\n';
    for (const HelpEntry &e : entries) {
        out << ".TP\n";
        QStringList names;
        for (const QString &n : e.names)
            names << (options ? u"\\fB"_s + roffOption(n) + u"\\fR"_s : u"\\fI"_s + roff(n) + u"\\fR"_s);
        out << names.join(u", "_s);
        if (!e.value.isEmpty())
            out << u" \\fI"_s << roff(e.value) << u"\\fR"_s;
        out << '\n' << roffProse(e.description) << '\n';
    }
}

void writeVerbatim(QTextStream &out, const QStringList &lines)
{
    out << ".PP\n.nf\n";
    for (const QString &line : lines)
        out << roff(line).replace(u'-', u"\\-"_s) << '\n';
    out << ".fi\n";
}

// A command's help as a subsection of the manual.
void writeHelp(QTextStream &out, const ParsedHelp &help)
{
    if (!help.verbatim.isEmpty()) {
        writeVerbatim(out, help.verbatim);
        return;
    }
    out << ".PP\n\\fBUsage:\\fR " << roffOption(help.usage) << '\n';
    QStringList prose;
    QStringList indented;
    auto flush = [&] {
        if (!prose.isEmpty())
            out << ".PP\n" << roffProse(prose.join(u' ')) << '\n';
        if (!indented.isEmpty())
            writeVerbatim(out, indented);
        prose.clear();
        indented.clear();
    };
    for (const QString &line : help.text) {
        if (line.trimmed().isEmpty()) {
            flush();
        } else if (line.startsWith(u' ')) {
            if (!prose.isEmpty())
                flush();
            indented << line;
        } else {
            if (!indented.isEmpty())
                flush();
            prose << line;
        }
    }
    flush();
    writeEntries(out, u"Options:"_s, help.options, true);
    writeEntries(out, u"Arguments:"_s, help.arguments, false);
}

QString manDate()
{
    // Reproducible builds set SOURCE_DATE_EPOCH; the page then says that date.
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    const QDateTime when = ok ? QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::UTC) : QDateTime::currentDateTimeUtc();
    return when.toString(u"yyyy-MM-dd"_s);
}

} // namespace

QString manPage()
{
    QString page;
    QTextStream out(&page);
    out << ".\\\" Generated by 'bullpen --man' from the commands' --help; do not edit.\n"
        << ".TH BULLPEN 1 \"" << manDate() << "\" \"Bullpen " << QCoreApplication::applicationVersion()
        << "\" \"User Commands\"\n"
        << ".SH NAME\nbullpen \\- develop AWS Lambda-style functions on your own machine\n"
        << ".SH SYNOPSIS\n.B bullpen\n.RI [ FILE | FOLDER ]\n.br\n.B bullpen\n.I COMMAND\n.RI [ OPTIONS ]\n"
        << ".br\n.B bullpen\n\\fB\\-\\-version\\fR | \\fB\\-\\-help\\fR\n"
        << ".SH DESCRIPTION\n"
           "Bullpen runs functions written for AWS Lambda on the local machine: each function runs in a "
           "container (runc, crun, Docker or Podman) behind Lambda's Runtime API, warm instances are "
           "kept and reused as Lambda does, and the results carry Lambda's REPORT figures. Projects are "
           "AWS SAM templates (template.yaml).\n"
           ".PP\n"
           "Without a command, or with a file or folder to open, \\fBbullpen\\fR starts the window, "
           "\\fBbullpen\\-gui\\fR (package \\fIbullpen\\fR); the commands below need no window "
           "and no graphical libraries (package \\fIbullpen\\-cli\\fR).\n"
        << ".SH OPTIONS\n.TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\nShow the commands; "
           "\\fBbullpen \\fICOMMAND\\fB \\-\\-help\\fR shows a command's options.\n"
           ".TP\n\\fB\\-\\-version\\fR\nShow the version.\n"
        << ".SH COMMANDS\n";
    for (const Command &c : commands()) {
        const QString name = QString::fromLatin1(c.name);
        out << ".SS \"bullpen " << name << "\"\n" << roff(QString::fromUtf8(c.summary)) << ".\n";
        writeHelp(out, parseHelp(commandHelp(name)));
    }
    const QString window = QCoreApplication::applicationDirPath() + u"/bullpen-gui"_s;
    if (QFileInfo(window).isExecutable()) {
        const ParsedHelp help = parseHelp(runForHelp(window, { u"--help"_s }));
        if (!help.usage.isEmpty()) {
            out << ".SH THE WINDOW\n"
                   "\\fBbullpen\\-gui\\fR is the window; \\fBbullpen\\fR starts it with the same arguments.\n";
            writeHelp(out, help);
        }
    }
    out << ".SH FILES\n"
           ".TP\n\\fI$XDG_CONFIG_HOME/Bullpen/Bullpen.conf\\fR\n"
           "The settings (\\fI~/.config\\fR when XDG_CONFIG_HOME is not set).\n"
           ".TP\n\\fI$XDG_DATA_HOME/Bullpen/Bullpen/\\fR\n"
           "Data kept for the user: the invocation history per project, the asynchronous invocations' "
           "queues, the lessons' project copies, unsaved drafts (\\fI~/.local/share\\fR when "
           "XDG_DATA_HOME is not set).\n"
           ".TP\n\\fI$XDG_CACHE_HOME/Bullpen/\\fR, \\fI$XDG_CACHE_HOME/bullpen/\\fR\n"
           "What can be made again: unpacked runtimes and layers, build dependencies, runtime images "
           "when \\fI/var/cache/bullpen\\fR is not writable (\\fI~/.cache\\fR when XDG_CACHE_HOME "
           "is not set).\n"
           ".TP\n\\fI/var/cache/bullpen/images\\fR\n"
           "The runtime images, shared by the users who may write there.\n"
           ".PP\n"
           "Nothing is written into a project's folder except what the user saves there (events, "
           "the template, builds in \\fI.aws\\-sam\\fR, \\fIbullpen\\-project.json\\fR). "
           "Removing the packages leaves these files and the projects as they are.\n"
        << ".SH ENVIRONMENT\n"
           ".TP\n\\fBBULLPEN_IMAGE_CACHE\\fR\nThe runtime images' folder.\n"
           ".TP\n\\fBBULLPEN_RIE\\fR\nThe AWS Runtime Interface Emulator (aws\\-lambda\\-rie) to put into "
           "the runtime images.\n"
           ".TP\n\\fBDOCKER_HOST\\fR\nThe Docker or Podman socket of the docker backend (unix sockets only).\n"
           ".TP\n\\fBBULLPEN_RUNTIME_REGISTRY\\fR\nThe registry \\fBbullpen images pull\\fR pulls "
           "Lambda's official images from.\n"
           ".TP\n\\fBAWS_PROFILE\\fR, \\fBAWS_ACCESS_KEY_ID\\fR, \\fBAWS_SECRET_ACCESS_KEY\\fR, "
           "\\fBAWS_SESSION_TOKEN\\fR, \\fBAWS_REGION\\fR\n"
           "The credentials \\fBbullpen serve \\-\\-credentials\\fR checks requests against, read in the AWS "
           "CLI's order.\n"
           ".TP\n\\fBLANGUAGE\\fR, \\fBLC_ALL\\fR, \\fBLC_MESSAGES\\fR, \\fBLANG\\fR\n"
           "The window's language (English, German or Polish) unless one is chosen in its Preferences.\n"
        << ".SH EXIT STATUS\n"
           ".TP\n0\nSuccess.\n"
           ".TP\n1\nThe function failed (a function error or a timeout), or a check did not pass.\n"
           ".TP\n2\nA usage error, or an error of the engine (the function did not run).\n"
           ".TP\n130, 143\nInterrupted by SIGINT or SIGTERM; the containers were removed.\n"
        << ".SH SEE ALSO\n\\fBaws\\fR(1), \\fBrunc\\fR(8), \\fBcrun\\fR(1), \\fBdocker\\fR(1), \\fBpodman\\fR(1)\n";
    out.flush();
    return page;
}

namespace {

const HelpEntry *findOption(const ParsedHelp &help, const QString &word)
{
    const QString name = word.section(u'=', 0, 0);
    for (const HelpEntry &e : help.options) {
        if (e.names.contains(name))
            return &e;
    }
    return nullptr;
}

QStringList functionNames(const QString &templatePath)
{
    ProjectError error;
    const auto sam = SamTemplate::load(templatePath, &error);
    QStringList names;
    if (sam) {
        for (const FunctionConfig &f : sam->functions())
            names << f.logicalId;
    }
    return names;
}

// $LATEST and the published version of the function (of every function when
// none is named): its AutoPublishAlias and 1, the version the alias runs.
QStringList qualifiers(const QString &templatePath, const QString &function)
{
    ProjectError error;
    const auto sam = SamTemplate::load(templatePath, &error);
    QStringList names { u"$LATEST"_s };
    if (sam) {
        for (const FunctionConfig &f : sam->functions()) {
            if ((function.isEmpty() || f.logicalId == function) && !f.autoPublishAlias.isEmpty()
                && !names.contains(f.autoPublishAlias))
                names << f.autoPublishAlias;
        }
    }
    if (names.size() > 1)
        names << u"1"_s;
    return names;
}

QStringList eventNames(const QString &service)
{
    QStringList names;
    if (const EventService *s = EventCatalog::builtin().service(service)) {
        for (const EventTemplate &t : s->events)
            names << t.name;
    }
    return names;
}

// Candidates for the n-th positional argument of the commands that take
// something other than a function or a file.
std::optional<QStringList> positionalCandidates(const QString &command, const QStringList &positional)
{
    const qsizetype n = positional.size();
    const QString action = positional.value(0);
    if (command == u"events"_s) {
        if (n == 0)
            return QStringList { u"list"_s, u"show"_s, u"generate"_s, u"validate"_s };
        const qsizetype offset = action == u"validate"_s ? 1 : 0; // validate FILE SERVICE EVENT
        if (action == u"validate"_s && n == 1)
            return QStringList { u":files"_s };
        if (n == 1 + offset)
            return EventCatalog::builtin().serviceNames();
        if (n == 2 + offset && action != u"list"_s)
            return eventNames(positional.at(1 + offset));
        return QStringList {};
    }
    if (command == u"images"_s) {
        if (n == 0)
            return QStringList { u"build"_s, u"list"_s, u"remove"_s, u"prune"_s, u"pull"_s };
        return QStringList { u"python"_s, u"nodejs"_s, u"provided"_s };
    }
    if (command == u"lesson"_s) {
        if (n == 0)
            return QStringList { u"list"_s, u"run"_s };
        return n == 1 && action == u"run"_s ? LessonCatalog::names() : QStringList {};
    }
    return std::nullopt;
}

} // namespace

int complete(const QStringList &words)
{
    QStringList candidates;
    QTextStream out(stdout);
    auto print = [&out](const QStringList &list) {
        for (const QString &c : list)
            out << c << '\n';
        out.flush();
        return 0;
    };
    if (words.size() <= 1) {
        for (const Command &c : commands())
            candidates << QString::fromLatin1(c.name);
        candidates << u"--help"_s << u"--version"_s;
        if (!words.value(0).startsWith(u'-'))
            candidates << u":files"_s; // bullpen FILE opens it in the window
        return print(candidates);
    }
    const QString command = words.first();
    if (!findCommand(command))
        return print({ u":files"_s });
    const ParsedHelp help = parseHelp(commandHelp(command));
    const QString current = words.last();
    const QString previous = words.at(words.size() - 2);

    // The positional arguments so far, option values skipped; and the template named by -t.
    QStringList positional;
    QString templatePath = u"template.yaml"_s;
    for (qsizetype i = 1; i + 1 < words.size(); ++i) {
        const QString &w = words.at(i);
        if (!w.startsWith(u'-') || w == u"-"_s) {
            positional << w;
            continue;
        }
        const HelpEntry *option = findOption(help, w);
        if (!option || option->value.isEmpty())
            continue;
        QString value;
        if (w.contains(u'='))
            value = w.section(u'=', 1);
        else if (i + 2 < words.size())
            value = words.at(++i);
        if (option->names.contains(u"--template"_s))
            templatePath = value;
    }
    if (previous.startsWith(u'-') && !previous.contains(u'=')) {
        if (const HelpEntry *option = findOption(help, previous); option && !option->value.isEmpty()) {
            if (option->names.contains(u"--backend"_s))
                return print(BackendRegistry::ids());
            if (option->names.contains(u"--language"_s))
                return print({ u"en"_s, u"de"_s, u"pl"_s });
            if (option->names.contains(u"--qualifier"_s))
                return print(qualifiers(templatePath, positional.value(0)));
            return print({ u":files"_s });
        }
    }
    if (current.startsWith(u'-')) {
        for (const HelpEntry &e : help.options)
            candidates << e.names;
        // bullpen events generate SERVICE EVENT --NAME VALUE: the template's parameters.
        if (command == u"events"_s && positional.value(0) == u"generate"_s && positional.size() >= 3) {
            if (const EventTemplate *t = EventCatalog::builtin().find(positional.at(1), positional.at(2))) {
                for (const EventParameter &p : t->parameters)
                    candidates << u"--"_s + p.name;
            }
        }
        return print(candidates);
    }
    if (const auto fixed = positionalCandidates(command, positional))
        return print(*fixed);
    for (const HelpEntry &a : help.arguments) {
        if (a.names.contains(u"FUNCTION"_s))
            return print(functionNames(templatePath));
    }
    return print({ u":files"_s });
}

} // namespace Bullpen::Cli
