// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Bullpen {

// A named event saved with the project, and what the builder needs to reopen
// it as a form: the template it came from and the parameter values.
struct SavedEvent
{
    QString name; // file name without ".json"
    QString function; // logical id of the function it was saved for; empty: any
    QString service; // catalogue template, when built from one
    QString event;
    QMap<QString, QString> parameters;

    bool operator==(const SavedEvent &) const = default;
};

// A deleted event kept in memory so the deletion can be undone.
struct SavedEventSnapshot
{
    SavedEvent meta;
    QByteArray payload;
};

// The project's saved events, on disk as the SAM convention has them:
// <project>/events/<name>.json holds exactly the payload (so `sam local invoke
// -e events/<name>.json` works on it), and <project>/events/.bullpen-events.json
// is a small index recording for which function each event was saved and the
// template and parameters behind it. Event files without an index entry (from
// `sam init`, or copied in) belong to every function. Names are file names:
// path separators, "..", leading dots and control characters are refused.
// Writes are atomic (QSaveFile); a corrupt index or event file is reported,
// never fatal.
class SavedEventStore final
{
public:
    explicit SavedEventStore(const QString &projectDirectory = QString());

    void setProjectDirectory(const QString &directory);
    QString projectDirectory() const { return m_project; }
    QString eventsDirectory() const;

    // Rereads the folder and the index. Returns false with *error set when the
    // index cannot be parsed; the events are still listed, without form data.
    bool reload(QString *error = nullptr);

    // Saved events, by name; with a function, those saved for it or for any.
    QList<SavedEvent> events(const QString &function = QString()) const;
    const SavedEvent *find(const QString &name) const;
    bool contains(const QString &name) const { return find(name) != nullptr; }
    QString filePath(const QString &name) const;

    std::optional<QByteArray> load(const QString &name, QString *error = nullptr) const;
    bool save(const SavedEvent &meta, const QByteArray &payload, QString *error = nullptr);
    bool rename(const QString &from, const QString &to, QString *error = nullptr);
    bool duplicate(const QString &from, const QString &to, QString *error = nullptr);
    // Removes the event; the snapshot brings it back with restore().
    std::optional<SavedEventSnapshot> remove(const QString &name, QString *error = nullptr);
    bool restore(const SavedEventSnapshot &snapshot, QString *error = nullptr);
    // Copies a JSON file in under name (refused when it is not JSON).
    bool importFile(const QString &path, const QString &name, const QString &function, QString *error = nullptr);
    bool exportTo(const QString &name, const QString &path, QString *error = nullptr) const;

    // A name not yet taken, from base ("event", "event-2", ...).
    QString uniqueName(const QString &base) const;
    static bool isValidName(const QString &name, QString *why = nullptr);
    static QString indexFileName() { return QStringLiteral(".bullpen-events.json"); }

private:
    bool writeIndex(QString *error);
    static bool writeFile(const QString &path, const QByteArray &data, QString *error);

    QString m_project;
    QMap<QString, SavedEvent> m_events;
};

} // namespace Bullpen

Q_DECLARE_METATYPE(Bullpen::SavedEvent)
