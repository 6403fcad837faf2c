// SPDX-License-Identifier: MIT
#include "engine/events/eventcatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "engine/core/uilanguage.h"
#include "engine/events/eventgenerator.h"
#include "engine/events/jsonlocator.h"
#include "engine/events/orderedjson.h"

#include <algorithm>

namespace Bullpen {

namespace {

bool validName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]*$"));
    return re.match(name).hasMatch();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

bool parseParameter(const QJsonObject &o, EventParameter *p, QString *error)
{
    p->name = str(o, "name");
    if (!validName(p->name)) {
        *error = QStringLiteral("parameter name '%1' is not a valid name").arg(p->name);
        return false;
    }
    p->title = str(o, "title");
    if (p->title.isEmpty())
        p->title = p->name;
    p->description = str(o, "description");
    const QString type = o.value(QLatin1StringView("type")).toString(QStringLiteral("string"));
    if (!EventParameter::typeFromName(type, &p->type)) {
        *error = QStringLiteral("parameter '%1': unknown type '%2'").arg(p->name, type);
        return false;
    }
    const QJsonValue def = o.value(QLatin1StringView("default"));
    if (p->type == EventParameter::Type::Json)
        p->defaultValue = def.isString()
            ? def.toString()
            : QString::fromUtf8(QJsonDocument(QJsonArray { def }).toJson(QJsonDocument::Compact).chopped(1).mid(1));
    else if (def.isBool())
        p->defaultValue = def.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (def.isDouble())
        p->defaultValue = QString::number(qint64(def.toDouble()));
    else
        p->defaultValue = def.toString();
    for (const QJsonValue &c : o.value(QLatin1StringView("choices")).toArray())
        p->choices << c.toString();
    if (p->type == EventParameter::Type::Choice && p->choices.isEmpty()) {
        *error = QStringLiteral("parameter '%1': a choice needs choices").arg(p->name);
        return false;
    }
    p->required = o.value(QLatin1StringView("required")).toBool(false);
    p->minimum = o.value(QLatin1StringView("minimum")).toInt(0);
    p->maximum = o.value(QLatin1StringView("maximum")).toInt(1000000);
    if (const QString bad = p->checkValue(p->defaultValue); !bad.isEmpty()) {
        *error = QStringLiteral("parameter '%1': default %2").arg(p->name, bad);
        return false;
    }
    return true;
}

// The key order of the template at prefix, by the paths the generator writes:
// array indexes as [], a $repeat's $item standing for its array's elements.
QHash<QString, QStringList> templateKeyOrder(const JsonLocator &locator, const QString &prefix)
{
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    OrderedJson::KeyOrder order;
    // In the order of the text, so that where two objects share a pattern
    // ("Records[]") the first one written decides, the same on every run.
    QStringList objects = locator.keyOrders().keys();
    std::ranges::sort(
        objects, [&locator](const QString &a, const QString &b) { return locator.offsetOf(a) < locator.offsetOf(b); });
    for (const QString &object : std::as_const(objects)) {
        if (!object.startsWith(prefix))
            continue;
        QString path = object.mid(prefix.size());
        if (!path.isEmpty() && path.front() != u'.' && path.front() != u'[')
            continue; // another key that merely starts the same way
        if (path.startsWith(u'.'))
            path.remove(0, 1);
        path.replace(index, QStringLiteral("[]"));
        path.replace(QStringLiteral(".$item"), QString());
        if (path == u"$item")
            path.clear();
        OrderedJson::addKeys(order, path, locator.keyOrders().value(object));
    }
    return order;
}

} // namespace

bool EventCatalog::parseService(const QByteArray &json, const QString &fileName, EventService *service,
                                QStringList *errors)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const auto lc = JsonLocator::lineColumn(json, std::max<qsizetype>(0, pe.offset - 1));
        errors->append(QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(lc.line).arg(lc.column).arg(pe.errorString()));
        return false;
    }
    const QJsonObject root = doc.object();
    const JsonLocator locator(json); // for the templates' key order
    service->name = str(root, "service");
    service->title = str(root, "title");
    service->description = str(root, "description");
    if (!validName(service->name) || service->title.isEmpty()) {
        errors->append(QStringLiteral("%1: needs \"service\" (a name) and \"title\"").arg(fileName));
        return false;
    }
    const qsizetype before = errors->size();
    const QJsonArray events = root.value(QLatin1StringView("events")).toArray();
    if (events.isEmpty())
        errors->append(QStringLiteral("%1: no \"events\"").arg(fileName));
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject e = events.at(i).toObject();
        EventTemplate t;
        t.service = service->name;
        t.serviceTitle = service->title;
        t.name = str(e, "name");
        t.title = str(e, "title");
        t.description = str(e, "description");
        t.documentation = str(e, "documentation");
        t.sourceFile = fileName;
        const QString where = QStringLiteral("%1: events[%2] (%3)").arg(fileName).arg(i).arg(t.name);
        if (!validName(t.name) || t.title.isEmpty()) {
            errors->append(where + QStringLiteral(": needs \"name\" and \"title\""));
            continue;
        }
        if (std::any_of(service->events.cbegin(), service->events.cend(),
                        [&](const EventTemplate &o) { return o.name == t.name; })) {
            errors->append(where + QStringLiteral(": duplicate event name"));
            continue;
        }
        bool ok = true;
        for (const QJsonValue &pv : e.value(QLatin1StringView("parameters")).toArray()) {
            EventParameter p;
            QString error;
            if (!parseParameter(pv.toObject(), &p, &error)) {
                errors->append(where + QStringLiteral(": ") + error);
                ok = false;
            } else if (t.parameter(p.name)) {
                errors->append(where + QStringLiteral(": parameter '%1' declared twice").arg(p.name));
                ok = false;
            } else {
                t.parameters.append(p);
            }
        }
        t.body = e.value(QLatin1StringView("template"));
        t.keyOrder = templateKeyOrder(locator, QStringLiteral("events[%1].template").arg(i));
        if (!t.body.isObject() && !t.body.isArray()) {
            errors->append(where + QStringLiteral(": \"template\" must be an object or an array"));
            ok = false;
        }
        const QJsonObject schema = e.value(QLatin1StringView("schema")).toObject();
        for (auto it = schema.begin(); it != schema.end(); ++it) {
            const QStringList types = it.value().toString().split(u'|', Qt::SkipEmptyParts);
            static const QStringList known { QStringLiteral("string"),  QStringLiteral("number"),
                                             QStringLiteral("integer"), QStringLiteral("boolean"),
                                             QStringLiteral("object"),  QStringLiteral("array"),
                                             QStringLiteral("null") };
            for (const QString &type : types) {
                if (!known.contains(type)) {
                    errors->append(where
                                   + QStringLiteral(": schema field '%1': unknown type '%2'").arg(it.key(), type));
                    ok = false;
                }
            }
            t.schema.append({ it.key(), types });
        }
        if (ok) {
            const QStringList problems = EventGenerator::check(t);
            for (const QString &problem : problems)
                errors->append(where + QStringLiteral(": ") + problem);
            ok = problems.isEmpty();
        }
        if (ok)
            service->events.append(t);
    }
    return errors->size() == before;
}

bool EventCatalog::load(const QString &directory)
{
    m_services.clear();
    m_errors.clear();
    const QDir dir(directory);
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    if (files.isEmpty())
        m_errors << QStringLiteral("%1: no event template files").arg(directory);
    for (const QString &fileName : files) {
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            m_errors << QStringLiteral("%1: %2").arg(fileName, file.errorString());
            continue;
        }
        EventService service;
        parseService(file.readAll(), fileName, &service, &m_errors);
        if (service.events.isEmpty())
            continue;
        if (this->service(service.name)) {
            m_errors << QStringLiteral("%1: service '%2' already defined by another file").arg(fileName, service.name);
            continue;
        }
        m_services.append(service);
    }
    return m_errors.isEmpty();
}

const EventService *EventCatalog::service(const QString &name) const
{
    for (const auto &s : m_services) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

const EventTemplate *EventCatalog::find(const QString &serviceName, const QString &event) const
{
    if (const EventService *s = service(serviceName)) {
        for (const auto &e : s->events) {
            if (e.name == event)
                return &e;
        }
    }
    return nullptr;
}

QStringList EventCatalog::serviceNames() const
{
    QStringList names;
    for (const auto &s : m_services)
        names << s.name;
    return names;
}

QList<const EventTemplate *> EventCatalog::allEvents() const
{
    QList<const EventTemplate *> list;
    for (const auto &s : m_services) {
        for (const auto &e : s.events)
            list << &e;
    }
    return list;
}

namespace {

const QString TranslationRoot = QStringLiteral(":/events/translations");

void translateText(QString &text, const QHash<QString, QString> &table)
{
    const auto found = table.constFind(text);
    if (found != table.cend() && !found->isEmpty())
        text = *found;
}

} // namespace

void EventCatalog::translate(const QHash<QString, QString> &table)
{
    if (table.isEmpty())
        return;
    for (EventService &s : m_services) {
        translateText(s.title, table);
        translateText(s.description, table);
        for (EventTemplate &e : s.events) {
            e.serviceTitle = s.title;
            translateText(e.title, table);
            translateText(e.description, table);
            for (EventParameter &p : e.parameters) {
                translateText(p.title, table);
                translateText(p.description, table);
            }
        }
    }
}

QStringList EventCatalog::labels() const
{
    QStringList texts;
    auto add = [&texts](const QString &text) {
        if (!text.isEmpty() && !texts.contains(text))
            texts << text;
    };
    for (const EventService &s : m_services) {
        add(s.title);
        add(s.description);
        for (const EventTemplate &e : s.events) {
            add(e.title);
            add(e.description);
            for (const EventParameter &p : e.parameters) {
                // A parameter without a title is labelled with its name, which stays.
                if (p.title != p.name)
                    add(p.title);
                add(p.description);
            }
        }
    }
    return texts;
}

QHash<QString, QString> EventCatalog::translationTable(const QString &language, QString *error)
{
    QHash<QString, QString> table;
    QFile file(TranslationRoot + u'/' + language + QStringLiteral(".json"));
    if (language.isEmpty() || language == u"en" || !file.exists())
        return table;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return table;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = QStringLiteral("%1: not a JSON object: %2").arg(file.fileName(), parseError.errorString());
        return table;
    }
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it)
        table.insert(it.key(), it.value().toString());
    return table;
}

QStringList EventCatalog::translatedLanguages()
{
    QStringList languages;
    const QStringList files = QDir(TranslationRoot).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.chopped(5);
    return languages;
}

const EventCatalog &EventCatalog::builtin()
{
    static const EventCatalog catalog = [] {
        EventCatalog c;
        c.load(QStringLiteral(":/events"));
        QString error;
        c.translate(translationTable(uiLanguage(), &error));
        if (!error.isEmpty())
            c.m_errors << error;
        return c;
    }();
    return catalog;
}

} // namespace Bullpen
