// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Bullpen {

struct HistoryEntry;

// One project's invocation history on disk: a JSON file in the XDG data folder
// (QStandardPaths::AppDataLocation)/history, named by a hash of the project's
// canonical path, holding the newest entries (HistoryModel::MaxEntries, and no
// more than MaxBytes of them). Each entry keeps the function as it was asked
// for, the event, and the typed result (InvocationResult::toJson(), read back
// with fromJson()) with the response as its exact bytes beside it instead of
// parsed. Written whole and atomically (QSaveFile).
namespace HistoryFile {

inline constexpr qint64 MaxBytes = 32 * 1024 * 1024;
inline constexpr int FormatVersion = 1;

// Where the history of the project in projectDirectory is kept.
QString pathFor(const QString &projectDirectory);

QJsonObject entryToJson(const HistoryEntry &entry);
// nullopt with *error naming the faulty field.
std::optional<HistoryEntry> entryFromJson(const QJsonObject &json, QString *error = nullptr);

struct Loaded
{
    QList<HistoryEntry> entries; // oldest first, the ones that could be read
    QList<QByteArray> serialized; // each entry's compact JSON, as save() takes them
    bool exists = false; // there was a file
    bool unreadable = false; // the file as a whole could not be read (nothing in entries)
    bool newerFormat = false; // written by a newer Bullpen: read nothing, write nothing
    int skipped = 0; // entries that could not be read
    QString problem; // what went wrong, for the user; empty when all is well
};
Loaded load(const QString &path);

// Writes the entries (each one's compact JSON, oldest first), dropping the
// oldest while they would take more than MaxBytes. Returns how many were
// written, or -1 with *error.
int save(const QString &path, const QString &projectDirectory, const QList<QByteArray> &serialized,
         QString *error = nullptr);

// Keeps the file out of the way under a name of its own (path + ".unreadable-"
// + the time), moved or copied, so that nothing in it is lost; returns that
// name, or an empty one with *error.
QString keepAside(const QString &path, bool copy, QString *error = nullptr);

} // namespace HistoryFile

} // namespace Bullpen
