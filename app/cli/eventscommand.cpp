// SPDX-License-Identifier: MIT
// `bullpen events`: the event template catalogue on the command line, with the
// service, event and parameter names `sam local generate-event` uses.
#include <QDateTime>
#include <QFile>
#include <QTextStream>

#include <cstdio>

#include "app/cli/command.h"
#include "engine/events/eventcatalog.h"
#include "engine/events/eventgenerator.h"
#include "engine/events/eventvalidator.h"

namespace {

using namespace Bullpen;
using Bullpen::Cli::Text;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

void printUsage(QTextStream &to)
{
    to << "Usage: bullpen events list [SERVICE]\n"
          "       bullpen events show SERVICE EVENT\n"
          "       bullpen events generate SERVICE EVENT [--param NAME=VALUE ...] [--NAME VALUE ...]\n"
          "                                             [--now ISO-8601] [--seed N]\n"
          "       bullpen events validate FILE [SERVICE EVENT]\n";
    to.flush();
}

int usage(const QString &message = QString())
{
    if (!message.isEmpty())
        err() << "bullpen events: " << message << '\n';
    printUsage(err());
    return 2;
}

const EventCatalog &catalog()
{
    const EventCatalog &c = EventCatalog::builtin();
    static bool warned = false;
    if (!warned) {
        warned = true;
        for (const QString &e : c.errors())
            err() << "bullpen events: " << Text::tr("warning: %1").arg(e) << '\n';
        err().flush();
    }
    return c;
}

// Looks up SERVICE EVENT; prints the valid names and returns nullptr if absent.
const EventTemplate *lookup(const QString &service, const QString &event)
{
    const EventService *s = catalog().service(service);
    if (!s) {
        usage(Text::tr("unknown service '%1'; valid services: %2")
                  .arg(service, catalog().serviceNames().join(QStringLiteral(", "))));
        return nullptr;
    }
    const EventTemplate *t = catalog().find(service, event);
    if (!t) {
        QStringList names;
        for (const auto &e : s->events)
            names << e.name;
        usage(Text::tr("unknown event '%1' for service %2; valid events: %3")
                  .arg(event, service, names.join(QStringLiteral(", "))));
    }
    return t;
}

int list(const QStringList &args)
{
    if (args.size() > 1)
        return usage(Text::tr("list takes at most one SERVICE"));
    if (!args.isEmpty() && !catalog().service(args.first()))
        return usage(Text::tr("unknown service '%1'; valid services: %2")
                         .arg(args.first(), catalog().serviceNames().join(QStringLiteral(", "))));
    int serviceWidth = 0;
    int eventWidth = 0;
    for (const EventTemplate *t : catalog().allEvents()) {
        serviceWidth = std::max(serviceWidth, int(t->service.size()));
        eventWidth = std::max(eventWidth, int(t->name.size()));
    }
    for (const EventTemplate *t : catalog().allEvents()) {
        if (args.isEmpty() || t->service == args.first())
            out() << t->service.leftJustified(serviceWidth + 2) << t->name.leftJustified(eventWidth + 2) << t->title
                  << '\n';
    }
    return 0;
}

int show(const QStringList &args)
{
    if (args.size() != 2)
        return usage(Text::tr("show needs SERVICE EVENT"));
    const EventTemplate *t = lookup(args.at(0), args.at(1));
    if (!t)
        return 2;
    out() << t->serviceTitle << ": " << t->title << '\n' << t->description << '\n';
    if (!t->documentation.isEmpty())
        out() << t->documentation << '\n';
    out() << '\n' << Text::tr("Parameters:") << '\n';
    for (const EventParameter &p : t->parameters) {
        QString type = EventParameter::typeName(p.type);
        if (p.type == EventParameter::Type::Choice)
            type += u' ' + p.choices.join(u'|');
        out() << "  --" << p.name.leftJustified(22) << ' ' << type.leftJustified(10) << ' '
              << Text::tr("default: %1").arg(p.defaultValue) << '\n';
        // The form's label (the event builder's), then its tooltip.
        if (p.title != p.name)
            out() << "      " << p.title << '\n';
        if (!p.description.isEmpty())
            out() << "      " << p.description << '\n';
    }
    return 0;
}

int generate(const QStringList &args)
{
    QStringList positional;
    QMap<QString, QString> values;
    EventGeneratorOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1StringView("--"))) {
            positional << a;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(u'=');
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        } else {
            if (i + 1 >= args.size())
                return usage(Text::tr("%1 needs a value").arg(a));
            value = args.at(++i);
        }
        if (name == u"param") {
            const qsizetype peq = value.indexOf(u'=');
            if (peq <= 0)
                return usage(Text::tr("--param takes NAME=VALUE, not '%1'").arg(value));
            values.insert(value.left(peq), value.mid(peq + 1));
        } else if (name == u"now") {
            options.now = QDateTime::fromString(value, Qt::ISODateWithMs);
            if (!options.now.isValid())
                return usage(
                    Text::tr("--now takes an ISO 8601 time such as 2024-01-02T03:04:05Z, not '%1'").arg(value));
        } else if (name == u"seed") {
            bool ok = false;
            options.seed = value.toULongLong(&ok);
            if (!ok || options.seed == 0)
                return usage(Text::tr("--seed takes a positive whole number"));
        } else {
            values.insert(name, value); // SAM's spelling: --bucket NAME
        }
    }
    if (positional.size() != 2)
        return usage(Text::tr("generate needs SERVICE EVENT"));
    const EventTemplate *t = lookup(positional.at(0), positional.at(1));
    if (!t)
        return 2;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!t->parameter(it.key()))
            return usage(Text::tr("unknown parameter '%1' for %2 %3; valid parameters: %4")
                             .arg(it.key(), t->service, t->name, t->parameterNames().join(QStringLiteral(", "))));
    }
    QString error;
    const QByteArray payload = EventGenerator::generate(*t, values, options, &error);
    if (payload.isEmpty())
        return usage(error);
    out() << QString::fromUtf8(payload);
    return 0;
}

int validate(const QStringList &args)
{
    if (args.size() != 1 && args.size() != 3)
        return usage(Text::tr("validate needs FILE and optionally SERVICE EVENT"));
    const EventTemplate *t = nullptr;
    if (args.size() == 3 && !(t = lookup(args.at(1), args.at(2))))
        return 2;
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "bullpen events: " << file.fileName() << ": " << file.errorString() << '\n';
        return 1;
    }
    const auto issues = EventValidator::validate(file.readAll(), t);
    for (const ValidationIssue &issue : issues)
        out() << args.first() << ": " << EventValidator::format(issue) << '\n';
    if (issues.isEmpty())
        out() << args.first() << ": " << Text::tr("ok") << '\n';
    return EventValidator::hasErrors(issues) ? 1 : 0;
}

int run(const QStringList &args)
{
    if (args.isEmpty())
        return usage(Text::tr("a subcommand is needed: list, show, generate, validate"));
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    int status;
    if (sub == u"--help" || sub == u"-h" || sub == u"help") {
        printUsage(out()); // asked for: standard output, as every command's --help
        status = 0;
    } else if (sub == u"list") {
        status = list(rest);
    } else if (sub == u"show") {
        status = show(rest);
    } else if (sub == u"generate") {
        status = generate(rest);
    } else if (sub == u"validate") {
        status = validate(rest);
    } else {
        status = usage(Text::tr("unknown subcommand '%1'; valid: list, show, generate, validate").arg(sub));
    }
    out().flush();
    err().flush();
    return status;
}

const Cli::Registration
    registration({ "events", QT_TRANSLATE_NOOP("Bullpen::Cli", "list, generate and validate event payloads"), &run });

} // namespace
