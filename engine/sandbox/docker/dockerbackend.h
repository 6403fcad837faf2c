// SPDX-License-Identifier: MIT
#pragma once

#include "engine/sandbox/containerbackend.h"
#include "engine/sandbox/docker/dockerclient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>

#include <functional>
#include <memory>

namespace Bullpen {

class DockerInstance;
class FunctionImages;

// Labels on everything the Docker backend creates (decisions §3): the engine
// instance that owns it ("<boot id>/<pid>/<start time>", see
// SandboxFiles::ownerIdentity), what it is, and for runtime images their inputs.
namespace DockerLabels {
inline constexpr char Engine[] = "io.bullpen.engine";
inline constexpr char Kind[]
    = "io.bullpen.kind"; // "instance", "spare", "export", "build", "runtime-image", "function-image"
inline constexpr char Runtime[] = "io.bullpen.runtime"; // runtime family of an image: python, nodejs, provided
inline constexpr char Inputs[] = "io.bullpen.inputs"; // inputs hash of a runtime image
inline constexpr char Version[] = "io.bullpen.version"; // the Bullpen version that made it
// On images: the engine or command that made it. Not Engine: containers inherit
// their image's labels, and a container made from a Bullpen image by someone
// else must never look like an engine's.
inline constexpr char BuiltBy[] = "io.bullpen.built-by";
} // namespace DockerLabels

// Where the backend keeps a container's descriptors: the runtime's stdout and
// stderr (FIFOs the engine reads directly, as OCI's DirectOutput does) and the
// environment file the container's first process reads before it execs the
// runtime. Bound at /var/bullpen-io.
struct DockerIoFolder
{
    QString path;
    // The container's /tmp where it is disk-backed: a loop device, mounted by
    // the daemon through a volume of the local driver, and the descriptor that
    // keeps the device until the last copy of this folder (the teardown's)
    // has gone, after the container and its volume.
    QString tmpDevice;
    std::shared_ptr<const int> tmpHold;
    bool make(QString *error);
    void remove() const;
};

// A container made ahead for a function's next cold start ("created", not
// started): what pre-creation saves is the create call (and the daemon's
// layer set-up) on the invocation path.
struct DockerSpare
{
    QString containerId;
    DockerIoFolder io;
    QStringList warnings;
};

// The FIFO a container's first process reads a line from before it becomes
// the runtime: written once the Runtime API listens inside the container's
// network namespace (which exists only once the container runs).
inline constexpr char DockerGateFifo[] = "go";

// Runs every instance as a container through the Docker Engine API (Docker,
// or Podman's compatible service) with Lambda's limits: Memory = MemorySwap =
// MemorySize, CPU proportional to memory (1,769 MB = one vCPU), a pids limit,
// read-only root, /tmp a tmpfs capped at EphemeralStorage, code read-only at
// /var/task, no capabilities, no-new-privileges, uid 993, nofile 1,024.
//
// The image is the runtime's (`bullpen-runtime:<family>`, made by `bullpen
// images build`), or the function's own. As root, each container has a
// network namespace of its own on Docker's bridge (outbound access as on
// Lambda, host.docker.internal for the user's services on the host), with its
// Runtime API listener made inside it by the engine; otherwise the host's
// network (the runtime reaches its Runtime API on the loopback).
//
// The runtime's output does not travel through the daemon's log stream on the
// invocation path: it would arrive after the runtime's response, and belong to
// the wrong invocation. The container's first process (a shell) connects the
// runtime's stdout and stderr to FIFOs the engine reads, so that drainOutput()
// reads synchronously what was written before a response. Whatever the
// container writes before that (the shell's own errors) is read from the
// container's multiplexed log stream when it ends.
class DockerBackend final : public ContainerBackend
{
    Q_OBJECT
public:
    // socketPath: a socket to use instead of discovery (tests, --docker-host).
    explicit DockerBackend(QObject *parent = nullptr, const QString &socketPath = {});
    ~DockerBackend() override;

    QString name() const override { return QStringLiteral("docker"); }
    bool isAvailable(QString *whyNot) const override;
    // As root: each container in a network namespace of its own (Docker's
    // bridge: outbound access, host.docker.internal for the host), its Runtime
    // API at 127.0.0.1:9001 inside, made by the engine once the container runs.
    RuntimeApiReach runtimeApiReach() const override
    {
        RuntimeApiReach reach;
        reach.ownNamespace = m_ownNetwork;
        return reach;
    }
    bool ownNetwork() const { return m_ownNetwork; }
    InstanceSource instanceSource() const override { return InstanceSource::Image; }
    SandboxInstance *create(const InstanceSpec &spec, QObject *parent) override;
    // What the runtime's image carries (its io.bullpen.versions.* labels), once
    // an instance of that runtime has looked it up (noteImage()).
    std::optional<RuntimeImage> runtimeImageFor(const QString &runtime) override;
    bool knowsRuntimeImage(const QString &runtime) const { return m_imageInfo.contains(runtimeImage(runtime)); }
    // Records an image's inspect answer (GET /images/{name}/json) for runtimeImageFor().
    void noteImage(const QString &runtime, const QJsonObject &inspect);

    DockerClient *client() const { return m_client; }
    // The images of PackageType: Image functions, built on an instance's first start.
    FunctionImages *functionImages() const { return m_functionImages; }
    QString ownerIdentity() const { return m_owner; }
    bool isPodman() const { return m_endpoint.podman; }

    // The image of an AWS runtime name: `<repository>:<family>`; the repository
    // is bullpen-runtime (BULLPEN_DOCKER_RUNTIME_REPO for tests).
    static QString runtimeImage(const QString &runtime);
    static QString runtimeFamily(const QString &runtime);
    static QString runtimeRepository();

    // The create body for an instance (without the io bind), and the key that
    // says which spare container can serve it.
    QJsonObject containerConfig(const InstanceSpec &spec, QString *sparesKey) const;

    // A spare container for this key, taken (empty when none is ready).
    std::optional<DockerSpare> takeSpare(const QString &key);
    // Makes a spare for this key in the background unless one exists or is on its way.
    void prepareSpare(const QString &key, const QJsonObject &config);
    int spareCount() const;
    QStringList spareContainerIds() const;
    // How many spares to keep at most (one per function key); 0 turns pre-creation off.
    void setMaxSpares(int count) { m_maxSpares = count; }

    // Creates a container for an instance now (its /tmp first, where that is
    // disk-backed): done(containerId, warnings, error, the io folder with its /tmp).
    using Created
        = std::function<void(const QString &, const QStringList &, const DockerResponse &, const DockerIoFolder &)>;
    void createContainer(const QJsonObject &config, const DockerIoFolder &io, const QString &kind, Created done,
                         QObject *context);
    // /tmp on disk, capped at EphemeralStorage (root, mke2fs, Docker's local
    // volume driver; not Podman): else a tmpfs charged to memory.
    bool diskTmp() const { return m_diskTmp; }

    // Removes a container in the background (kill and remove in one call) and
    // its io folder; counted as a teardown until the daemon has answered.
    void tearDown(const QString &containerId, const DockerIoFolder &io);
    QString ioBase() const { return m_ioBase; }
    // What every instance of this backend cannot do here (the host's network).
    QString networkNote() const { return m_networkNote; }
    QString tmpNote() const { return m_tmpNote; }
    // A fresh io folder path (not made yet), unique in the process.
    QString newIoPath(const QString &tag) const;

    // An error that names what to do about it (an image missing: the build command).
    static QString explain(const DockerResponse &response, const InstanceSpec &spec);

protected:
    void beginCleanupStale() override;
    void tearDownInstances() override;

private:
    void onStaleListed(const DockerResponse &response);

    DockerEndpoint m_endpoint;
    QString m_unavailable;
    QString m_networkNote; // why containers share the host's network, if they do
    bool m_ownNetwork = false;
    bool m_diskTmp = false;
    QString m_tmpNote; // why /tmp is a tmpfs, if it is
    QString m_owner;
    QString m_ioBase;
    DockerClient *m_client = nullptr;
    FunctionImages *m_functionImages = nullptr;
    QList<QPointer<DockerInstance>> m_instances;
    QHash<QString, RuntimeImage> m_imageInfo; // runtime image name -> what it carries
    QHash<QString, DockerSpare> m_spares; // key → a created, not started container
    QHash<QString, bool> m_sparesComing; // key → a create is on its way
    QStringList m_spareOrder; // oldest first
    int m_maxSpares = 8;
    int m_generation = 0; // counts shutdowns: a spare made across one is removed
};

} // namespace Bullpen
