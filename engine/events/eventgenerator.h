// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include "engine/events/eventtemplate.h"

namespace Bullpen {

// What the generator may not choose by itself. A pinned time and a non-zero
// seed make generation reproducible (golden files, "pin" in the builder);
// otherwise timestamps are now and ids are fresh on every call.
struct EventGeneratorOptions
{
    QDateTime now; // invalid: the current time
    quint64 seed = 0; // 0: fresh random ids
};

// Turns an EventTemplate and parameter values into the event payload, following
// the placeholder language of resources/events/README.md, and goes back the
// other way: recognises parameter values in a payload the user has edited.
// Stateless; every function is a pure function of its arguments.
class EventGenerator final
{
public:
    // The payload as indented JSON. Missing parameters take their defaults;
    // an invalid value or an unknown parameter makes it fail with *error set.
    static QByteArray generate(const EventTemplate &tmpl, const QMap<QString, QString> &values,
                               const EventGeneratorOptions &options = {}, QString *error = nullptr);
    static QJsonValue generateValue(const EventTemplate &tmpl, const QMap<QString, QString> &values,
                                    const EventGeneratorOptions &options = {}, QString *error = nullptr);

    // Problems of the template itself (unknown parameter or filter in a
    // placeholder, malformed $repeat): the catalogue refuses such a file.
    static QStringList check(const EventTemplate &tmpl);

    // The parameter values that can still be read back from payload, where
    // the field a parameter fills is present and decodable. Values that the
    // parameter would refuse are left out.
    static QMap<QString, QString> recognise(const EventTemplate &tmpl, const QByteArray &payload);

    // For every parameter, the paths of the fields it affects ("Records[].body",
    // array indexes written as []); a count parameter names its array.
    static QMap<QString, QStringList> parameterPaths(const EventTemplate &tmpl);
};

} // namespace Bullpen
