// SPDX-License-Identifier: MIT
#include "engine/events/eventdraftstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace Bullpen {

EventDraftStore::EventDraftStore(const QString &directory)
    : m_directory(directory)
{ }

QString EventDraftStore::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("event-drafts"));
}

QString EventDraftStore::filePath(const QString &project) const
{
    const QByteArray key = QFileInfo(project).absoluteFilePath().toUtf8();
    return QDir(m_directory)
        .filePath(QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex())
                  + QStringLiteral(".json"));
}

bool EventDraftStore::save(const EventDraft &draft, QString *error) const
{
    QJsonObject params;
    for (auto it = draft.parameters.begin(); it != draft.parameters.end(); ++it)
        params.insert(it.key(), it.value());
    const QJsonObject o { { QStringLiteral("project"), QFileInfo(draft.project).absoluteFilePath() },
                          { QStringLiteral("function"), draft.function },
                          { QStringLiteral("savedName"), draft.savedName },
                          { QStringLiteral("service"), draft.service },
                          { QStringLiteral("event"), draft.event },
                          { QStringLiteral("parameters"), params },
                          { QStringLiteral("payload"), QString::fromUtf8(draft.payload) },
                          { QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } };
    QDir().mkpath(m_directory);
    QSaveFile file(filePath(draft.project));
    const QByteArray data = QJsonDocument(o).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

std::optional<EventDraft> EventDraftStore::load(const QString &project) const
{
    QFile file(filePath(project));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (o.isEmpty())
        return std::nullopt;
    EventDraft d;
    d.project = o.value(QLatin1StringView("project")).toString();
    d.function = o.value(QLatin1StringView("function")).toString();
    d.savedName = o.value(QLatin1StringView("savedName")).toString();
    d.service = o.value(QLatin1StringView("service")).toString();
    d.event = o.value(QLatin1StringView("event")).toString();
    const QJsonObject params = o.value(QLatin1StringView("parameters")).toObject();
    for (auto it = params.begin(); it != params.end(); ++it)
        d.parameters.insert(it.key(), it.value().toString());
    d.payload = o.value(QLatin1StringView("payload")).toString().toUtf8();
    d.savedAt = QDateTime::fromString(o.value(QLatin1StringView("savedAt")).toString(), Qt::ISODateWithMs);
    return d;
}

void EventDraftStore::discard(const QString &project) const
{
    QFile::remove(filePath(project));
}

} // namespace Bullpen
