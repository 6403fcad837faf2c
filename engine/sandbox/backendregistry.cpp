// SPDX-License-Identifier: MIT
#include "engine/sandbox/backendregistry.h"

#include "engine/sandbox/docker/dockerbackend.h"
#include "engine/sandbox/ocibackend.h"
#include "engine/sandbox/processbackend.h"

#include <QCoreApplication>

#include <array>

namespace Bullpen {

namespace {

// One row per backend the user can choose. candidates: the concrete backends
// tried in order ("oci" is crun, then runc); make: builds one concrete backend.
struct Entry
{
    const char *id;
    const char *displayName;
    Isolation isolation;
    std::array<const char *, 2> candidates;
};

const std::array<Entry, 5> entries { {
    { "oci",
      QT_TRANSLATE_NOOP("Bullpen::BackendRegistry", "Containers (automatic: crun or runc)"),
      Isolation::Container,
      { "crun", "runc" } },
    { "runc", QT_TRANSLATE_NOOP("Bullpen::BackendRegistry", "runc"), Isolation::Container, { "runc", nullptr } },
    { "crun", QT_TRANSLATE_NOOP("Bullpen::BackendRegistry", "crun"), Isolation::Container, { "crun", nullptr } },
    { "docker",
      QT_TRANSLATE_NOOP("Bullpen::BackendRegistry", "Docker Engine (Docker or Podman socket)"),
      Isolation::Container,
      { "docker", nullptr } },
    { "process",
      QT_TRANSLATE_NOOP("Bullpen::BackendRegistry", "Plain processes (no isolation)"),
      Isolation::None,
      { "process", nullptr } },
} };

const Entry *find(const QString &id)
{
    for (const Entry &entry : entries) {
        if (id == QLatin1String(entry.id))
            return &entry;
    }
    return nullptr;
}

ContainerBackend *makeConcrete(const QString &candidate, QObject *parent)
{
    if (candidate == QLatin1String("process"))
        return new ProcessBackend(parent);
    if (candidate == QLatin1String("docker"))
        return new DockerBackend(parent);
    return new OciBackend(candidate, parent);
}

} // namespace

QString BackendRegistry::defaultId()
{
    return QLatin1String(entries.front().id);
}

QStringList BackendRegistry::ids()
{
    QStringList result;
    for (const Entry &entry : entries)
        result << QLatin1String(entry.id);
    return result;
}

bool BackendRegistry::isKnown(const QString &id)
{
    return find(id) != nullptr;
}

QString BackendRegistry::displayName(const QString &id)
{
    const Entry *entry = find(id);
    return entry ? QCoreApplication::translate("Bullpen::BackendRegistry", entry->displayName) : id;
}

Isolation BackendRegistry::isolation(const QString &id)
{
    const Entry *entry = find(id);
    return entry ? entry->isolation : Isolation::None;
}

BackendInfo BackendRegistry::info(const QString &id)
{
    BackendInfo info;
    info.id = id;
    info.displayName = displayName(id);
    info.isolation = isolation(id);
    ContainerBackend *backend = create(id, &info.unavailableReason);
    info.available = backend != nullptr;
    delete backend;
    return info;
}

QList<BackendInfo> BackendRegistry::backends()
{
    QList<BackendInfo> result;
    for (const QString &id : ids())
        result << info(id);
    return result;
}

ContainerBackend *BackendRegistry::create(const QString &id, QString *error, QObject *parent)
{
    const Entry *entry = find(id);
    if (!entry) {
        if (error)
            *error = QStringLiteral("unknown container backend \"%1\" (known: %2)")
                         .arg(id, ids().join(QStringLiteral(", ")));
        return nullptr;
    }
    QStringList reasons;
    for (const char *candidate : entry->candidates) {
        if (!candidate)
            continue;
        ContainerBackend *backend = makeConcrete(QLatin1String(candidate), parent);
        QString why;
        if (backend->isAvailable(&why)) {
            if (error)
                error->clear();
            return backend;
        }
        reasons << why;
        delete backend;
    }
    if (error)
        *error = reasons.join(QStringLiteral("; "));
    return nullptr;
}

} // namespace Bullpen
