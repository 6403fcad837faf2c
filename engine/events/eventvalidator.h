// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include "engine/events/eventtemplate.h"

namespace Bullpen {

// One finding about a payload. Line and column are 1-based; 0 when the finding
// is about the payload as a whole (its size).
struct ValidationIssue
{
    enum class Severity { Info, Warning, Error };
    Severity severity = Severity::Error;
    int line = 0;
    int column = 0;
    QString path; // the field concerned, when there is one
    QString message;

    bool operator==(const ValidationIssue &) const = default;
};

// Checks a payload as the user types: JSON syntax (with line and column),
// the template's required fields and their types, leftover {{placeholders}},
// and Lambda's size limits. Pure function; cheap enough to run on every edit
// of a normal event.
class EventValidator final
{
public:
    static QList<ValidationIssue> validate(const QByteArray &payload, const EventTemplate *tmpl = nullptr);
    static bool hasErrors(const QList<ValidationIssue> &issues);
    // "line 3, column 7: ..." for the command line and tooltips.
    static QString format(const ValidationIssue &issue);
};

} // namespace Bullpen

Q_DECLARE_METATYPE(Bullpen::ValidationIssue)
