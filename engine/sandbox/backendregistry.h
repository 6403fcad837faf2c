// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QObject;

namespace Bullpen {

class ContainerBackend;

// What a backend keeps the function from reaching.
enum class Isolation {
    Container, // own namespaces, root file system and (where the machine allows) cgroup limits
    None, // a plain process of the engine's user
};

// One backend as the user sees it: what it is called, what it isolates and
// whether it can run on this machine (and if not, why).
struct BackendInfo
{
    QString id; // what settings, templates and --backend say: "oci", "runc", ...
    QString displayName; // translated: the preferences, the status bar, the About box
    Isolation isolation = Isolation::Container;
    bool available = false;
    QString unavailableReason; // empty when available
};

// The one place that knows the container backends: their ids, names,
// isolation, availability here and how to make one. Settings validation, the
// preferences' choices, the status bar, the command line's --backend and the
// engine's factory all ask it, so a new backend (Docker, Podman) is one more
// entry in backendregistry.cpp and nothing else. "oci" is the automatic choice:
// the first available of crun and runc.
class BackendRegistry final
{
public:
    // The default for new settings: "oci".
    static QString defaultId();
    // Every known id, in the order the user is offered them.
    static QStringList ids();
    static bool isKnown(const QString &id);
    // The translated display name; the id itself when it is unknown.
    static QString displayName(const QString &id);
    static Isolation isolation(const QString &id);
    // Every backend with its availability here. Probing makes the backends'
    // state folders (cheap; nothing is started), so callers ask once per dialog.
    static QList<BackendInfo> backends();
    static BackendInfo info(const QString &id);
    // A backend that works here, or nullptr with *error saying why not (an
    // unknown id, or every candidate's reason).
    static ContainerBackend *create(const QString &id, QString *error, QObject *parent = nullptr);
};

} // namespace Bullpen
