// SPDX-License-Identifier: MIT
#pragma once

#include "engine/sandbox/containerbackend.h"
#include "engine/sandbox/ociconfig.h"
#include "engine/sandbox/sandboxfiles.h"

#include <QDeadlineTimer>
#include <QList>
#include <QPointer>

namespace Bullpen {

class OciInstance;

// Runs instances as OCI containers with runc or crun, driven directly (no
// daemon). Owns the per-user folder with the runtime's state, one bundle per
// instance and the instances' cgroups; works as root (cgroup memory limits)
// and rootless (a user namespace; limits only where a cgroup is delegated).
class OciBackend final : public ContainerBackend
{
    Q_OBJECT
public:
    // runtime: "runc" or "crun".
    explicit OciBackend(const QString &runtime, QObject *parent = nullptr);
    ~OciBackend() override;

    QString name() const override { return m_runtime; }
    bool isAvailable(QString *whyNot) const override;
    SandboxInstance *create(const InstanceSpec &spec, QObject *parent) override;
    void cleanupStale() override;
    void shutdown() override;

    // Where things live, for the instances and for tests that check for leaks.
    QString binary() const { return m_binary; }
    QString stateDirectory() const { return m_stateDirectory; }
    QString bundleDirectory(const QString &containerId) const;
    // The folder of the container's memory cgroup; empty when none is used.
    QString memoryCgroup(const QString &containerId) const;
    // Every cgroup folder (all controllers) the container may have.
    QStringList cgroupDirectories(const QString &containerId) const;
    QStringList runtimeArguments(const QStringList &command) const;
    OciOptions options(const QString &containerId) const;
    bool keepsStoppedContainers() const { return m_runtime == QLatin1String("runc"); }
    SandboxFiles::CgroupLayout cgroupLayout() const { return m_layout; }
    QString limitationNote() const { return m_note; }
    bool memoryLimitEnforced() const { return m_enforced; }

    // Runs the runtime synchronously within the deadline; used off the start
    // path only (shutdown, stale cleanup). Returns the exit code, -1 on timeout.
    int runSync(const QStringList &command, QDeadlineTimer deadline, QByteArray *output = nullptr) const;
    // Kills the container, deletes it, its cgroups and its bundle.
    void removeContainer(const QString &containerId, QDeadlineTimer deadline) const;

private:
    QString m_runtime;
    QString m_binary;
    QString m_base;
    QString m_stateDirectory;
    QString m_bundles;
    QString m_unavailable;
    QString m_note;
    bool m_enforced = false;
    SandboxFiles::CgroupLayout m_layout = SandboxFiles::CgroupLayout::None;
    OciOptions m_options;
    QList<QPointer<OciInstance>> m_instances;
};

} // namespace Bullpen
