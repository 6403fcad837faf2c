// SPDX-License-Identifier: MIT
#pragma once

#include "engine/images/runtimeimage.h"
#include "engine/sandbox/containerbackend.h"
#include "engine/sandbox/ociconfig.h"
#include "engine/sandbox/sandboxfiles.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <optional>

class QProcess;

namespace Bullpen {

class OciInstance;
class OciTeardown;
class RuntimeImageBuilder;
class SnapStartStore;
class DockerClient;
class FunctionImages;

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
    // As root, a network namespace per instance with its Runtime API inside;
    // rootless, the host's network (the runtime dials the engine's listener on
    // the loopback).
    RuntimeApiReach runtimeApiReach() const override
    {
        RuntimeApiReach reach;
        reach.ownNamespace = m_ownNetwork;
        return reach;
    }
    InstanceSource instanceSource() const override { return InstanceSource::RootFilesystem; }
    std::optional<RuntimeImage> runtimeImageFor(const QString &runtime) override { return runtimeImage(runtime); }
    SandboxInstance *create(const InstanceSpec &spec, QObject *parent) override;
    // Starts removing a container in the background: kill, reap, delete,
    // cgroups, bundle. run: its "runc run" process, taken over; may be nullptr.
    OciTeardown *tearDown(const QString &containerId, QProcess *run);
    // The teardown still removing this container, if any: a new instance
    // with the same id waits for it (ids repeat, for example in a new pool).
    OciTeardown *pendingTeardown(const QString &containerId) const;

    // Where things live, for the instances and for tests that check for leaks.
    QString binary() const { return m_binary; }
    QString stateDirectory() const { return m_stateDirectory; }
    QString bundleDirectory(const QString &containerId) const;
    // Removes a bundle folder; first the file system a SnapStart instance's
    // engine mounted at its tmp folder, should it still be there (a start cut
    // short, an engine killed before the container had it).
    static void removeBundle(const QString &bundle);
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
    // Each instance in a network namespace of its own (root).
    bool ownNetwork() const { return m_ownNetwork; }
    // That namespace linked to the outside (OutboundLink: outbound access and
    // host.docker.internal). Off only for measurements (bench_sandbox).
    bool outboundNetwork() const { return m_outbound; }
    void setOutboundNetwork(bool on);
    // /sys and the instance's cgroup inside (OciConfig::exposesSys); off only
    // for measurements (bench_sandbox).
    void setSysMounts(bool on) { m_options.sys = on; }
    // /tmp on a loop device of EphemeralStorage's size (root, mke2fs), not a tmpfs.
    bool diskTmp() const { return m_diskTmp; }

    // The root file system of a runtime's instances: its image, unpacked
    // (engine/images). nullopt with the reason while it is not built.
    std::optional<RuntimeImage> runtimeImage(const QString &runtime, QString *error = nullptr);
    // Builds the runtime's image unless a build of it is under way;
    // runtimeImageReady() or runtimeImageFailed() follows.
    void requestRuntimeImage(const QString &runtime);
    // Where the images live (RuntimeImageBuilder's cache); for tests.
    void setImageCacheDirectory(const QString &dir);

    // The images of PackageType: Image functions: built through a Docker (or
    // Podman) daemon and exported as a root folder. nullptr with *error when
    // no daemon answers.
    FunctionImages *functionImages(QString *error);
    QString functionRootCache();

    // Sandboxes made ahead of need (issue 16): after an instance of a
    // function has started, a sandbox for that function's configuration
    // (InstanceSpec::configurationKey) is made in the background: bundle,
    // network namespace with the Runtime API's listener, /tmp, link, cgroup
    // and the container, whose first process waits for an instance's
    // environment. The next create() of that configuration takes it, and
    // only lets its runtime go; another is made after it. One per function
    // (a changed configuration drops it), at most maxPrepared() in all and
    // their functions' memory within preparedMemoryBudgetMb() (the oldest go
    // first). Not instances: no pool counts them. Removed by shutdown() and,
    // after a crash, by the stale clean-up (their names are an instance's).
    int preparedCount() const; // made and waiting
    QStringList preparedContainerIds() const; // made or being made
    // 0 turns them off (and drops those there are); BULLPEN_RUNC_PREPARED sets the default.
    void setMaxPrepared(int count);
    int maxPrepared() const { return m_maxPrepared; }
    void setPreparedMemoryBudgetMb(int mb) { m_preparedBudgetMb = mb; }
    int preparedMemoryBudgetMb() const { return m_preparedBudgetMb; }

    // SnapStart (InstanceSpec::snapStart; engine/sandbox/snapstart.h): the
    // snapshots, their spares (bounded by maxPrepared() like the prepared
    // sandboxes) and the availability check. Snapshots live in
    // snapshotDirectory(), one folder each, dropped with their configuration,
    // by shutdown() and, after a crash, by the stale clean-up.
    SnapStartStore *snapStart();
    const SnapStartStore *snapStartStore() const { return m_snapStart; } // nullptr before the first SnapStart start
    QString snapshotDirectory() const { return m_base + QStringLiteral("/snapshots"); }
    bool snapStartRuntimeAsRoot() const;
    // A new container instance counted as this backend's (shutdown() removes it).
    OciInstance *newInstance(const InstanceSpec &spec, QObject *parent);

    // Runs the runtime synchronously within the deadline: for shutdownNow()
    // (process exit) only. Returns the exit code, -1 on timeout.
    int runSync(const QStringList &command, QDeadlineTimer deadline, QByteArray *output = nullptr) const;
    // Kills the container, deletes it, its cgroups and its bundle; synchronous,
    // for shutdownNow() only (OciTeardown does the same without waiting).
    void removeContainer(const QString &containerId, QDeadlineTimer deadline) const;

Q_SIGNALS:
    void runtimeImageReady(const QString &family);
    void runtimeImageFailed(const QString &family, const QString &message);
    // A sandbox made ahead for this function is ready to be taken.
    void preparedReady(const QString &functionId);

protected:
    void beginCleanupStale() override;
    void abortCleanupStale() override;
    void tearDownInstances() override;

private:
    void onStaleListed();
    struct Prepared
    {
        QString key; // InstanceSpec::configurationKey
        int memoryMb = 0;
        QPointer<OciInstance> instance;
    };
    OciInstance *takePrepared(const InstanceSpec &spec, QObject *parent);
    // Makes a sandbox for spec's configuration once instance has started.
    void prepareAfterStart(OciInstance *instance, const InstanceSpec &spec);
    void prepare(const InstanceSpec &spec);
    void dropPrepared(const QString &functionId);
    RuntimeImageBuilder *imageBuilder();
    void buildNextImage();

    QString m_runtime;
    QString m_binary;
    QString m_base;
    QString m_stateDirectory;
    QString m_bundles;
    QString m_unavailable;
    QString m_note;
    bool m_enforced = false;
    bool m_ownNetwork = false;
    bool m_outbound = false;
    bool m_diskTmp = false;
    SandboxFiles::CgroupLayout m_layout = SandboxFiles::CgroupLayout::None;
    OciOptions m_options;
    QList<QPointer<OciInstance>> m_instances;
    QHash<QString, Prepared> m_prepared; // function → its sandbox made ahead
    QStringList m_preparedOrder; // functions, the oldest made first
    int m_maxPrepared = 4;
    int m_preparedBudgetMb = 4096;
    int m_preparedGeneration = 0; // counts shutdowns: a sandbox asked for across one is not made
    quint64 m_preparedSerial = 0;
    QHash<QString, QPointer<OciTeardown>> m_teardownsById;
    SnapStartStore *m_snapStart = nullptr;
    // The stale clean-up: "runc list" and then one teardown per stale container.
    QProcess *m_lister = nullptr;
    QStringList m_stale;
    int m_staleLeft = 0;
    // Runtime images: found once per family, built one at a time on demand.
    QString m_imageCache; // empty: the builder's default
    RuntimeImageBuilder *m_images = nullptr;
    DockerClient *m_docker = nullptr;
    FunctionImages *m_functionImages = nullptr;
    QHash<QString, RuntimeImage> m_readyImages;
    QStringList m_imageQueue; // families waiting for a build, the first one building
};

} // namespace Bullpen
