// SPDX-License-Identifier: MIT
#include "engine/events/eventtemplate.h"
#include "engine/core/jsonvalue.h"
#include "engine/events/eventtext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMap>

namespace Bullpen {

namespace {

struct TypeName
{
    EventParameter::Type type;
    const char16_t *name;
};
constexpr TypeName typeNames[] = {
    { EventParameter::Type::String, u"string" },   { EventParameter::Type::Text, u"text" },
    { EventParameter::Type::Integer, u"integer" }, { EventParameter::Type::Boolean, u"boolean" },
    { EventParameter::Type::Choice, u"choice" },   { EventParameter::Type::Json, u"json" },
};
} // namespace

QString EventParameter::typeName(Type type)
{
    for (const auto &t : typeNames) {
        if (t.type == type)
            return QString::fromUtf16(t.name);
    }
    return {};
}

bool EventParameter::typeFromName(const QString &name, Type *type)
{
    for (const auto &t : typeNames) {
        if (name == QStringView(t.name)) {
            *type = t.type;
            return true;
        }
    }
    return false;
}

QString EventParameter::checkValue(const QString &value) const
{
    switch (type) {
    case Type::String:
    case Type::Text:
        if (required && value.isEmpty())
            return EventText::tr("must not be empty");
        return {};
    case Type::Integer: {
        bool ok = false;
        const qlonglong v = value.trimmed().toLongLong(&ok);
        if (!ok)
            return EventText::tr("'%1' is not a whole number").arg(value);
        if (v < minimum || v > maximum)
            return EventText::tr("%1 is outside %2..%3").arg(v).arg(minimum).arg(maximum);
        return {};
    }
    case Type::Boolean:
        if (value != u"true" && value != u"false")
            return EventText::tr("'%1' is not true or false").arg(value);
        return {};
    case Type::Choice:
        if (!choices.contains(value))
            return EventText::tr("'%1' is not one of: %2").arg(value, choices.join(QStringLiteral(", ")));
        return {};
    case Type::Json: {
        // Any JSON value, not only objects and arrays.
        JsonValueError error;
        if (parseJsonValue(value.toUtf8(), &error).isUndefined())
            return EventText::tr("is not valid JSON: %1")
                .arg(value.trimmed().isEmpty() ? EventText::tr("empty") : error.message());
        return {};
    }
    }
    return {};
}

const EventParameter *EventTemplate::parameter(const QString &parameterName) const
{
    for (const auto &p : parameters) {
        if (p.name == parameterName)
            return &p;
    }
    return nullptr;
}

QStringList EventTemplate::parameterNames() const
{
    QStringList names;
    for (const auto &p : parameters)
        names << p.name;
    return names;
}

QMap<QString, QString> EventTemplate::defaults() const
{
    QMap<QString, QString> values;
    for (const auto &p : parameters)
        values.insert(p.name, p.defaultValue);
    return values;
}

} // namespace Bullpen
