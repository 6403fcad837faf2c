// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Bullpen {

// One knob of an event template, as declared in resources/events/<service>.json:
// the form builds a field from it, the command line accepts it as --param, and
// the generator substitutes it wherever the template says {{name}}.
struct EventParameter
{
    enum class Type { String, Text, Integer, Boolean, Choice, Json };

    QString name; // as `sam local generate-event` spells it where SAM has it
    QString title; // label in the form
    QString description; // tooltip / --help text
    Type type = Type::String;
    QString defaultValue; // always the textual form (JSON text for Type::Json)
    QStringList choices; // Type::Choice only
    bool required = false;
    int minimum = 0; // Type::Integer only
    int maximum = 1000000; // Type::Integer only

    static QString typeName(Type type);
    static bool typeFromName(const QString &name, Type *type);
    // Empty when value is acceptable for this parameter, else why not.
    QString checkValue(const QString &value) const;
};

// One required field of a generated event: a path such as
// "Records[].s3.bucket.name" and the JSON types it may have.
struct EventSchemaField
{
    QString path;
    QStringList types; // "string", "number", "integer", "boolean", "object", "array", "null"
};

// One event of the catalogue: what `sam local generate-event SERVICE EVENT`
// would print, with the parameters that shape it and the fields a handler can
// rely on. The template is JSON with placeholders (resources/events/README.md).
struct EventTemplate
{
    QString service; // "s3", "apigateway", ...
    QString serviceTitle; // "Amazon S3"
    QString name; // "put", "aws-proxy", ...
    QString title; // "S3 Put"
    QString description;
    QString documentation; // URL of the AWS page the shape comes from
    QList<EventParameter> parameters;
    QJsonValue body; // the template itself
    // The key order of body's objects as the file writes them (QJsonValue
    // sorts keys): object path ("Records[].s3", a $repeat's $item as its
    // array's element) -> keys. Generated events keep this order.
    QHash<QString, QStringList> keyOrder;
    QList<EventSchemaField> schema;
    QString sourceFile; // resource path it was loaded from, for messages

    const EventParameter *parameter(const QString &name) const;
    QStringList parameterNames() const;
    // Default value of every parameter.
    QMap<QString, QString> defaults() const;
    bool isNull() const { return name.isEmpty(); }
    QString id() const { return service + u' ' + name; }
};

// All events of one service, in the order of its file.
struct EventService
{
    QString name;
    QString title;
    QString description;
    QList<EventTemplate> events;
};

} // namespace Bullpen

Q_DECLARE_METATYPE(Bullpen::EventTemplate)
