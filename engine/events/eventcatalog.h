// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
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

    // The catalogue's labels (titles and descriptions of services, events and
    // parameters) are data, not tr() strings: their German and Polish live in
    // resources/events/translations/<language>.json, one object mapping each
    // English text to its translation (lupdate reads no data files, as for the
    // lessons). translate() replaces every label the table has; the rest stay
    // English. Names, defaults and choices are never translated: they are what
    // the command line and the templates accept.
    void translate(const QHash<QString, QString> &table);
    // The table for language ("de"); empty for English or a language without one.
    static QHash<QString, QString> translationTable(const QString &language, QString *error = nullptr);
    // The languages with a table (the files under :/events/translations).
    static QStringList translatedLanguages();
    // Every label translate() looks up, each once, in catalogue order.
    QStringList labels() const;

    // The compiled-in catalogue, its labels in the language Bullpen speaks
    // (uiLanguage(): the installed translation's, else the locale's).
    static const EventCatalog &builtin();

private:
    QList<EventService> m_services;
    QStringList m_errors;
};

} // namespace Bullpen
