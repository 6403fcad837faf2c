// SPDX-License-Identifier: MIT
#include "engine/events/savedeventstore.h"
#include "engine/core/jsonvalue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include "engine/events/jsonlocator.h"

namespace Bullpen {

namespace {
void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}
} // namespace

SavedEventStore::SavedEventStore(const QString &projectDirectory)
{
    setProjectDirectory(projectDirectory);
}

void SavedEventStore::setProjectDirectory(const QString &directory)
{
    m_project = directory;
    m_events.clear();
    if (!directory.isEmpty())
        reload();
}

QString SavedEventStore::eventsDirectory() const
{
    return m_project.isEmpty() ? QString() : QDir(m_project).filePath(QStringLiteral("events"));
}

QString SavedEventStore::filePath(const QString &name) const
{
    return QDir(eventsDirectory()).filePath(name + QStringLiteral(".json"));
}

bool SavedEventStore::isValidName(const QString &name, QString *why)
{
    QString problem;
    if (name.trimmed().isEmpty())
        problem = QStringLiteral("the name is empty");
    else if (name.contains(u'/') || name.contains(u'\\'))
        problem = QStringLiteral("a name cannot contain / or \\");
    else if (name.contains(QLatin1StringView("..")))
        problem = QStringLiteral("a name cannot contain ..");
    else if (name.startsWith(u'.'))
        problem = QStringLiteral("a name cannot start with a dot");
    else if (name != name.trimmed())
        problem = QStringLiteral("a name cannot start or end with a space");
    else if (name.size() > 120)
        problem = QStringLiteral("the name is longer than 120 characters");
    else if (std::any_of(name.begin(), name.end(), [](QChar c) {
                 return c.category() == QChar::Other_Control || c == u':' || c == u'*' || c == u'?' || c == u'"'
                     || c == u'<' || c == u'>' || c == u'|';
             }))
        problem = QStringLiteral("a name cannot contain control characters or any of : * ? \" < > |");
    if (why)
        *why = problem;
    return problem.isEmpty();
}

bool SavedEventStore::reload(QString *error)
{
    m_events.clear();
    const QDir dir(eventsDirectory());
    if (m_project.isEmpty() || !dir.exists())
        return true;
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString name = file.chopped(5);
        if (isValidName(name))
            m_events.insert(name, SavedEvent { name, {}, {}, {}, {} });
    }
    QFile index(dir.filePath(indexFileName()));
    if (!index.exists())
        return true;
    if (!index.open(QIODevice::ReadOnly)) {
        setError(error, QStringLiteral("%1: %2").arg(index.fileName(), index.errorString()));
        return false;
    }
    const QByteArray text = index.readAll();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        const auto pos = JsonLocator::lineColumn(text, pe.offset);
        setError(
            error,
            QStringLiteral("%1 cannot be read (line %2, column %3: %4); the saved events are listed without "
                           "their form settings, and saving will rewrite it")
                .arg(QDir(m_project).relativeFilePath(index.fileName()))
                .arg(pos.line)
                .arg(pos.column)
                .arg(pe.error != QJsonParseError::NoError ? pe.errorString() : QStringLiteral("not a JSON object")));
        return false;
    }
    const QJsonObject events = doc.object().value(QLatin1StringView("events")).toObject();
    for (auto it = events.begin(); it != events.end(); ++it) {
        auto found = m_events.find(it.key());
        if (found == m_events.end())
            continue; // the file is gone: the entry is dropped at the next write
        const QJsonObject o = it.value().toObject();
        found->function = o.value(QLatin1StringView("function")).toString();
        found->service = o.value(QLatin1StringView("service")).toString();
        found->event = o.value(QLatin1StringView("event")).toString();
        const QJsonObject params = o.value(QLatin1StringView("parameters")).toObject();
        for (auto p = params.begin(); p != params.end(); ++p)
            found->parameters.insert(p.key(), p.value().toString());
    }
    return true;
}

QList<SavedEvent> SavedEventStore::events(const QString &function) const
{
    QList<SavedEvent> list;
    for (const SavedEvent &e : m_events) {
        if (function.isEmpty() || e.function.isEmpty() || e.function == function)
            list.append(e);
    }
    return list;
}

const SavedEvent *SavedEventStore::find(const QString &name) const
{
    const auto it = m_events.constFind(name);
    return it == m_events.cend() ? nullptr : &*it;
}

std::optional<QByteArray> SavedEventStore::load(const QString &name, QString *error) const
{
    if (!contains(name)) {
        setError(error, QStringLiteral("no saved event named \"%1\"").arg(name));
        return std::nullopt;
    }
    QFile file(filePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

bool SavedEventStore::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        setError(error, QStringLiteral("%1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

bool SavedEventStore::writeIndex(QString *error)
{
    QJsonObject events;
    for (const SavedEvent &e : std::as_const(m_events)) {
        if (e.function.isEmpty() && e.service.isEmpty())
            continue;
        QJsonObject o;
        if (!e.function.isEmpty())
            o.insert(QStringLiteral("function"), e.function);
        if (!e.service.isEmpty()) {
            o.insert(QStringLiteral("service"), e.service);
            o.insert(QStringLiteral("event"), e.event);
            QJsonObject params;
            for (auto it = e.parameters.begin(); it != e.parameters.end(); ++it)
                params.insert(it.key(), it.value());
            o.insert(QStringLiteral("parameters"), params);
        }
        events.insert(e.name, o);
    }
    const QJsonObject root { { QStringLiteral("version"), 1 }, { QStringLiteral("events"), events } };
    return writeFile(QDir(eventsDirectory()).filePath(indexFileName()),
                     QJsonDocument(root).toJson(QJsonDocument::Indented), error);
}

bool SavedEventStore::save(const SavedEvent &meta, const QByteArray &payload, QString *error)
{
    QString why;
    if (!isValidName(meta.name, &why)) {
        setError(error, QStringLiteral("\"%1\": %2").arg(meta.name, why));
        return false;
    }
    if (m_project.isEmpty()) {
        setError(error, QStringLiteral("no project is open"));
        return false;
    }
    if (!QDir().mkpath(eventsDirectory())) {
        setError(error, QStringLiteral("cannot create %1").arg(eventsDirectory()));
        return false;
    }
    if (!writeFile(filePath(meta.name), payload, error))
        return false;
    m_events.insert(meta.name, meta);
    return writeIndex(error);
}

bool SavedEventStore::rename(const QString &from, const QString &to, QString *error)
{
    QString why;
    if (!isValidName(to, &why)) {
        setError(error, QStringLiteral("\"%1\": %2").arg(to, why));
        return false;
    }
    if (!contains(from)) {
        setError(error, QStringLiteral("no saved event named \"%1\"").arg(from));
        return false;
    }
    if (from == to)
        return true;
    if (contains(to) || QFileInfo::exists(filePath(to))) {
        setError(error, QStringLiteral("an event named \"%1\" already exists").arg(to));
        return false;
    }
    if (!QFile::rename(filePath(from), filePath(to))) {
        setError(error, QStringLiteral("cannot rename %1 to %2").arg(filePath(from), filePath(to)));
        return false;
    }
    SavedEvent meta = m_events.take(from);
    meta.name = to;
    m_events.insert(to, meta);
    return writeIndex(error);
}

bool SavedEventStore::duplicate(const QString &from, const QString &to, QString *error)
{
    if (contains(to)) {
        setError(error, QStringLiteral("an event named \"%1\" already exists").arg(to));
        return false;
    }
    const auto payload = load(from, error);
    if (!payload)
        return false;
    SavedEvent meta = *find(from);
    meta.name = to;
    return save(meta, *payload, error);
}

std::optional<SavedEventSnapshot> SavedEventStore::remove(const QString &name, QString *error)
{
    const auto payload = load(name, error);
    if (!payload)
        return std::nullopt;
    if (!QFile::remove(filePath(name))) {
        setError(error, QStringLiteral("cannot delete %1").arg(filePath(name)));
        return std::nullopt;
    }
    SavedEventSnapshot snapshot { m_events.take(name), *payload };
    writeIndex(error);
    return snapshot;
}

bool SavedEventStore::restore(const SavedEventSnapshot &snapshot, QString *error)
{
    if (contains(snapshot.meta.name)) {
        setError(error, QStringLiteral("an event named \"%1\" already exists").arg(snapshot.meta.name));
        return false;
    }
    return save(snapshot.meta, snapshot.payload, error);
}

bool SavedEventStore::importFile(const QString &path, const QString &name, const QString &function, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, QStringLiteral("%1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray payload = file.readAll();
    JsonValueError jsonError;
    if (parseJsonValue(payload, &jsonError).isUndefined()) {
        setError(error,
                 QStringLiteral("%1 is not JSON (line %2, column %3: %4)")
                     .arg(path)
                     .arg(jsonError.line)
                     .arg(jsonError.column)
                     .arg(jsonError.description));
        return false;
    }
    if (contains(name)) {
        setError(error, QStringLiteral("an event named \"%1\" already exists").arg(name));
        return false;
    }
    return save(SavedEvent { name, function, {}, {}, {} }, payload, error);
}

bool SavedEventStore::exportTo(const QString &name, const QString &path, QString *error) const
{
    const auto payload = load(name, error);
    return payload && writeFile(path, *payload, error);
}

QString SavedEventStore::uniqueName(const QString &base) const
{
    QString name = base;
    for (int i = 2; contains(name) || QFileInfo::exists(filePath(name)); ++i)
        name = base + u'-' + QString::number(i);
    return name;
}

} // namespace Bullpen
