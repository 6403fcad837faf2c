// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace Bullpen {

// What the builder was editing when it last changed, so that closing the
// application (or a crash) loses nothing: the payload text, the template and
// form values, and the saved event it was editing, if any.
struct EventDraft
{
    QString project;
    QString function;
    QString savedName; // empty: an event never saved
    QString service;
    QString event;
    QMap<QString, QString> parameters;
    QByteArray payload;
    QDateTime savedAt;
};

// Keeps one draft per project in the user's data folder (never in the project,
// so drafts do not end up in version control). The file name is a hash of the
// project's absolute path.
class EventDraftStore final
{
public:
    explicit EventDraftStore(const QString &directory = defaultDirectory());

    bool save(const EventDraft &draft, QString *error = nullptr) const;
    std::optional<EventDraft> load(const QString &project) const;
    void discard(const QString &project) const;
    QString filePath(const QString &project) const;

    static QString defaultDirectory();

private:
    QString m_directory;
};

} // namespace Bullpen
