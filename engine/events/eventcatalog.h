// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "engine/events/eventtemplate.h"

namespace Bullpen {

// The event template catalogue: every resources/events/<service>.json file,
// parsed and checked at load. A file with a problem is left out and the
// problem is reported naming the file and the event, so a broken template
// never reaches a user as a broken payload. Shared by the command line, the
// builder widget and the tests; builtin() loads the compiled-in files once.
class EventCatalog final
{
public:
    EventCatalog() = default;

    // Loads every *.json under directory (":/events" for the built-in set).
    // Returns false when any file had a problem; the good files stay loaded.
    bool load(const QString &directory);
    // Parses one service file; on failure *error names the problem.
    static bool parseService(const QByteArray &json, const QString &fileName, EventService *service,
                             QStringList *errors);

    const QList<EventService> &services() const { return m_services; }
    const EventService *service(const QString &name) const;
    const EventTemplate *find(const QString &service, const QString &event) const;
    QStringList serviceNames() const;
    QList<const EventTemplate *> allEvents() const;
    QStringList errors() const { return m_errors; }

    static const EventCatalog &builtin();

private:
    QList<EventService> m_services;
    QStringList m_errors;
};

} // namespace Bullpen
