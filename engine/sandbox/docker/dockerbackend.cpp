// SPDX-License-Identifier: MIT
#include "engine/sandbox/docker/dockerbackend.h"

#include "engine/images/runtimeimage.h"
#include "engine/sandbox/docker/dockerinstance.h"
#include "engine/sandbox/docker/functionimages.h"
#include "engine/sandbox/ephemeralstorage.h"
#include "engine/sandbox/sandboxfiles.h"
#include "engine/sandbox/sandboxnetwork.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <atomic>

#include <sys/stat.h>
#include <unistd.h>

namespace Bullpen {

Q_LOGGING_CATEGORY(lcDocker, "bullpen.docker", QtWarningMsg)

namespace {

// Removes one container: DELETE ?force=1 kills and removes in one call.
class DockerTeardown final : public SandboxTeardown
{
public:
    DockerTeardown(DockerBackend *backend, const QString &containerId, const DockerIoFolder &io)
        : m_endpoint(backend->client()->endpoint())
        , m_containerId(containerId)
        , m_io(io)
    {
        backend->client()->call("DELETE", QStringLiteral("/containers/%1?force=1&v=1").arg(containerId), {}, this,
                                [this](const DockerResponse &) { done(); });
    }
    void finishNow(QDeadlineTimer deadline) override
    {
        if (m_finished)
            return;
        DockerClient::requestSync(m_endpoint, "DELETE", QStringLiteral("/containers/%1?force=1&v=1").arg(m_containerId),
                                  deadline);
        m_finished = true;
        m_io.remove();
    }

private:
    void done()
    {
        if (!m_finished) {
            m_finished = true;
            m_io.remove();
        }
        deleteLater();
    }

    DockerEndpoint m_endpoint;
    QString m_containerId;
    DockerIoFolder m_io;
    bool m_finished = false;
};

// A create call on its way: the backend is busy (its shutdown waits) until
// the daemon has answered and whatever was made belongs to an instance, a
// spare or a teardown. At process exit there is nothing to wait for: a
// container made after that is an orphan the next engine removes.
class DockerPendingCreate final : public SandboxTeardown
{
public:
    using SandboxTeardown::SandboxTeardown;
    void finishNow(QDeadlineTimer) override { }
};

// Names and folders are unique in the process, across backends.
int nextSerial()
{
    static std::atomic<int> serial { 0 };
    return ++serial;
}

QString versionString()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? QStringLiteral("unknown") : version;
}

} // namespace

bool DockerIoFolder::make(QString *error)
{
    if (!QDir().mkpath(path)) {
        *error = QStringLiteral("cannot create %1").arg(path);
        return false;
    }
    // The container's unprivileged user opens the FIFOs and reads the environment.
    QFile::setPermissions(path,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                              | QFileDevice::ExeOther);
    const QByteArray gate = QFile::encodeName(path + u'/' + QLatin1String(DockerGateFifo));
    ::unlink(gate.constData());
    if (::mkfifo(gate.constData(), 0600) != 0 || ::chmod(gate.constData(), 0644) != 0) {
        *error = QStringLiteral("cannot create the FIFO %1").arg(QFile::decodeName(gate));
        return false;
    }
    if (!SandboxFiles::writeOwnerFile(path + QStringLiteral("/owner"))) {
        *error = QStringLiteral("cannot write %1/owner").arg(path);
        return false;
    }
    return true;
}

void DockerIoFolder::remove() const
{
    if (!path.isEmpty())
        QDir(path).removeRecursively();
}

DockerBackend::DockerBackend(QObject *parent, const QString &socketPath)
    : ContainerBackend(parent)
{
    QString error;
    DockerErrorKind kind = DockerErrorKind::None;
    m_endpoint = socketPath.isEmpty()
        ? DockerClient::probe(&error, &kind)
        : DockerClient::probeSocket(socketPath, QStringLiteral("--docker-host"), &error, &kind);
    if (m_endpoint.socketPath.isEmpty()) {
        m_unavailable = error;
        return;
    }
    const QString base = SandboxFiles::baseDirectory(&error);
    if (base.isEmpty()) {
        m_unavailable = error;
        return;
    }
    m_ioBase = base + QStringLiteral("/docker");
    QDir().mkpath(m_ioBase);
    m_owner = SandboxFiles::ownerIdentity();
    // The engine makes each container's Runtime API listener inside the
    // container's namespace: it must be root, and see the daemon's processes.
    if (::geteuid() != 0)
        m_networkNote = QStringLiteral("containers share the host's network: a network namespace per instance needs "
                                       "the engine to run as root");
    else if (QString why; !SandboxNetwork::available(&why))
        m_networkNote = QStringLiteral("containers share the host's network: ") + why;
    else
        m_ownNetwork = true;
    QString why;
    if (m_endpoint.podman)
        m_tmpNote = QStringLiteral("/tmp is a tmpfs charged to the function's memory: Podman's compatible API takes no "
                                   "device volume");
    else if (!EphemeralStorage::available(&why))
        m_tmpNote = QStringLiteral("/tmp is a tmpfs charged to the function's memory: ") + why;
    else
        m_diskTmp = true;
    m_client = new DockerClient(m_endpoint, this);
    m_functionImages = new FunctionImages(m_client, this);
    const QByteArray spares = qgetenv("BULLPEN_DOCKER_SPARES");
    if (!spares.isEmpty())
        m_maxSpares = spares.toInt();
}

DockerBackend::~DockerBackend()
{
    if (isBusy() || !m_instances.isEmpty() || !m_spares.isEmpty())
        shutdownNow(QDeadlineTimer(2000));
}

bool DockerBackend::isAvailable(QString *whyNot) const
{
    if (whyNot)
        *whyNot = m_unavailable;
    return m_unavailable.isEmpty();
}

QString DockerBackend::runtimeFamily(const QString &runtime)
{
    // python3.12 -> python, python-build -> python-build (a build image's tag).
    const QString family = RuntimeImage::familyFor(runtime);
    return family.isEmpty() ? runtime : family;
}

QString DockerBackend::runtimeRepository()
{
    const QString repo = qEnvironmentVariable("BULLPEN_DOCKER_RUNTIME_REPO");
    return repo.isEmpty() ? QStringLiteral("bullpen-runtime") : repo;
}

QString DockerBackend::runtimeImage(const QString &runtime)
{
    return runtimeRepository() + u':' + runtimeFamily(runtime);
}

QString DockerBackend::explain(const DockerResponse &response, const InstanceSpec &spec)
{
    if (response.errorKind == DockerErrorKind::ImageMissing) {
        if (!spec.image.isEmpty())
            return QStringLiteral("the function's image %1 is missing: build it with `bullpen build` (%2)")
                .arg(spec.image, response.error);
        return QStringLiteral("the %1 runtime image %2 is missing: build it with `bullpen images build %3` "
                              "(or Tools > Images in the window)")
            .arg(spec.runtime, runtimeImage(spec.runtime), spec.runtime);
    }
    return response.error;
}

QJsonObject DockerBackend::containerConfig(const InstanceSpec &spec, QString *sparesKey) const
{
    // Variables with names a shell can assign go into the environment file the
    // container reads when it starts (so that a spare, made before its
    // instance's Runtime API port is known, can serve it); any other goes in
    // the container's own environment.
    QJsonArray env;
    for (auto it = spec.environment.cbegin(); it != spec.environment.cend(); ++it) {
        if (!SandboxFiles::isShellName(it.key()))
            env.append(QString(it.key() + u'=' + it.value()));
    }
    const qint64 memory = qint64(spec.memoryMb) * 1024 * 1024;
    QJsonArray binds;
    if (!spec.codeDirectory.isEmpty()) // empty for an image function: its code is in the image
        binds.append(QString(spec.codeDirectory + QStringLiteral(":/var/task:ro")));
    if (!spec.runtimeDirectory.isEmpty())
        binds.append(QString(spec.runtimeDirectory + QStringLiteral(":/var/runtime:ro")));
    if (!spec.optDirectory.isEmpty()) // the function's layers, merged (LayerStore), as on runc
        binds.append(QString(spec.optDirectory + QStringLiteral(":/opt:ro")));
    QJsonObject host {
        { QStringLiteral("Memory"), memory },
        { QStringLiteral("MemorySwap"), memory },
        // Lambda's CPU share: one vCPU at 1,769 MB, in proportion below and above.
        { QStringLiteral("NanoCpus"), lambdaNanoCpus(spec.memoryMb) },
        { QStringLiteral("PidsLimit"), 1024 },
        { QStringLiteral("ReadonlyRootfs"), true },
        { QStringLiteral("Binds"), binds },
        { QStringLiteral("NetworkMode"), m_ownNetwork ? QStringLiteral("bridge") : QStringLiteral("host") },
        { QStringLiteral("CapDrop"), QJsonArray { QStringLiteral("ALL") } },
        { QStringLiteral("SecurityOpt"), QJsonArray { QStringLiteral("no-new-privileges") } },
        // nproc said explicitly: Podman's default (1,048,576) is above its own
        // hard limit (32,768), which runc cannot raise without capabilities
        // ("error setting rlimit type 6"). The per-instance process limit is
        // PidsLimit; nproc counts uid 993 across every instance on the host.
        { QStringLiteral("Ulimits"),
          QJsonArray { QJsonObject { { QStringLiteral("Name"), QStringLiteral("nofile") },
                                     { QStringLiteral("Soft"), 1024 },
                                     { QStringLiteral("Hard"), 1024 } },
                       QJsonObject { { QStringLiteral("Name"), QStringLiteral("nproc") },
                                     { QStringLiteral("Soft"), 32768 },
                                     { QStringLiteral("Hard"), 32768 } } } },
        { QStringLiteral("AutoRemove"), false },
    };
    if (m_diskTmp) {
        // Filled in with the loop device by createContainer(), which makes it.
        host.insert(
            QStringLiteral("Mounts"),
            QJsonArray { QJsonObject {
                { QStringLiteral("Type"), QStringLiteral("volume") },
                { QStringLiteral("Target"), QStringLiteral("/tmp") },
                { QStringLiteral("VolumeOptions"),
                  QJsonObject {
                      { QStringLiteral("DriverConfig"),
                        QJsonObject { { QStringLiteral("Name"), QStringLiteral("local") },
                                      { QStringLiteral("Options"),
                                        QJsonObject { { QStringLiteral("type"), QStringLiteral("ext4") },
                                                      { QStringLiteral("o"), QStringLiteral("nosuid,nodev,minixdf") },
                                                      { QStringLiteral("size-mb"),
                                                        QString::number(qMax(1, spec.tmpSizeMb)) } } } } } } } } });
    } else {
        host.insert(
            QStringLiteral("Tmpfs"),
            QJsonObject { { QStringLiteral("/tmp"),
                            QStringLiteral("rw,nosuid,nodev,mode=1777,size=%1m").arg(qMax(1, spec.tmpSizeMb)) } });
    }
    if (!m_endpoint.podman) {
        // The user's services on the host, by Docker's own name (Podman adds
        // host.containers.internal itself): the bridge's gateway, or on the
        // host's network (the engine not root) its loopback, as for runc.
        host.insert(QStringLiteral("ExtraHosts"),
                    QJsonArray { m_ownNetwork ? QStringLiteral("host.docker.internal:host-gateway")
                                              : QStringLiteral("host.docker.internal:127.0.0.1") });
    }
    // The first process: read the environment file, wait (in its own network
    // namespace) until its Runtime API listens, then become the runtime with
    // its output on the engine's FIFOs.
    const QString script = QStringLiteral("set -a; . /var/bullpen-io/env; set +a; %1"
                                          "exec \"$@\" >/var/bullpen-io/stdout 2>/var/bullpen-io/stderr")
                               .arg(m_ownNetwork ? QStringLiteral("read -r _ </var/bullpen-io/go; ") : QString());
    QJsonObject config {
        { QStringLiteral("Image"), spec.image.isEmpty() ? runtimeImage(spec.runtime) : spec.image },
        { QStringLiteral("Entrypoint"),
          QJsonArray { QStringLiteral("/bin/sh"), QStringLiteral("-c"), script, QStringLiteral("bullpen-runtime") } },
        { QStringLiteral("Cmd"), QJsonArray::fromStringList(spec.command) },
        { QStringLiteral("WorkingDir"), spec.workingDirectory },
        { QStringLiteral("User"), QStringLiteral("993:993") },
        { QStringLiteral("Env"), env },
        { QStringLiteral("Tty"), false },
        { QStringLiteral("AttachStdout"), false },
        { QStringLiteral("AttachStderr"), false },
        { QStringLiteral("StopTimeout"), 1 },
        { QStringLiteral("HostConfig"), host },
    };
    if (sparesKey) {
        *sparesKey = QString::fromLatin1(
            QCryptographicHash::hash(QJsonDocument(config).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
                .toHex()
                .left(24));
    }
    return config;
}

void DockerBackend::createContainer(const QJsonObject &config, const DockerIoFolder &io, const QString &kind,
                                    Created done, QObject *context)
{
    QJsonObject body = config;
    QJsonObject host = body.value(u"HostConfig").toObject();
    QJsonArray mounts = host.value(u"Mounts").toArray();
    const QString name = QStringLiteral("bullpen-%1-%2").arg(QCoreApplication::applicationPid()).arg(nextSerial());
    if (!mounts.isEmpty()) {
        // /tmp: its file system and loop device first (mke2fs, without
        // blocking), then the create call with the device in the volume.
        QJsonObject tmp = mounts.at(0).toObject();
        QJsonObject volume = tmp.value(u"VolumeOptions").toObject();
        QJsonObject driver = volume.value(u"DriverConfig").toObject();
        QJsonObject options = driver.value(u"Options").toObject();
        if (io.tmpDevice.isEmpty()) {
            const int sizeMb = options.value(u"size-mb").toString().toInt();
            EphemeralStorage::prepare(name, sizeMb, this,
                                      [this, config, io, kind, done, context = QPointer<QObject>(context)](
                                          const QString &device, int fd, const QString &error) {
                                          if (device.isEmpty()) {
                                              DockerResponse failed;
                                              failed.errorKind = DockerErrorKind::Daemon;
                                              failed.error = error;
                                              if (context)
                                                  done({}, {}, failed, io);
                                              return;
                                          }
                                          DockerIoFolder withTmp = io;
                                          withTmp.tmpDevice = device;
                                          withTmp.tmpHold
                                              = std::shared_ptr<const int>(new int(fd), [](const int *held) {
                                                    ::close(*held);
                                                    delete held;
                                                });
                                          if (context)
                                              createContainer(config, withTmp, kind, done, context);
                                      });
            return;
        }
        options.remove(QStringLiteral("size-mb"));
        options.insert(QStringLiteral("device"), io.tmpDevice);
        driver.insert(QStringLiteral("Options"), options);
        volume.insert(QStringLiteral("DriverConfig"), driver);
        tmp.insert(QStringLiteral("VolumeOptions"), volume);
        mounts.replace(0, tmp);
        host.insert(QStringLiteral("Mounts"), mounts);
    }
    QJsonArray binds = host.value(u"Binds").toArray();
    binds.append(QString(io.path + QStringLiteral(":/var/bullpen-io")));
    host.insert(QStringLiteral("Binds"), binds);
    body.insert(QStringLiteral("HostConfig"), host);
    body.insert(QStringLiteral("Labels"),
                QJsonObject { { QLatin1String(DockerLabels::Engine), m_owner },
                              { QLatin1String(DockerLabels::Kind), kind },
                              { QLatin1String(DockerLabels::Version), versionString() } });
    auto *pending = new DockerPendingCreate;
    adoptTeardown(pending);
    QPointer<SandboxTeardown> guard(pending);
    m_client->call("POST", QStringLiteral("/containers/create?name=") + name,
                   QJsonDocument(body).toJson(QJsonDocument::Compact), context,
                   [done, guard, io](const DockerResponse &response) {
                       const QJsonObject answer = response.object();
                       QStringList warnings;
                       for (const QJsonValue &w : answer.value(u"Warnings").toArray())
                           warnings << w.toString();
                       done(response.ok() ? answer.value(u"Id").toString() : QString(), warnings, response, io);
                       delete guard.data();
                   });
}

std::optional<RuntimeImage> DockerBackend::runtimeImageFor(const QString &runtime)
{
    const auto it = m_imageInfo.constFind(runtimeImage(runtime));
    if (it == m_imageInfo.cend())
        return std::nullopt;
    return *it;
}

void DockerBackend::noteImage(const QString &runtime, const QJsonObject &inspect)
{
    const QJsonObject labels = inspect.value(u"Config").toObject().value(u"Labels").toObject();
    RuntimeImage image;
    image.runtime = labels.value(QLatin1String(DockerLabels::Runtime)).toString(runtimeFamily(runtime));
    image.inputsHash = labels.value(QLatin1String(DockerLabels::Inputs)).toString();
    image.rootfsDir = inspect.value(u"Id").toString(); // what identifies it here: the image id
    const QString prefix = QStringLiteral("io.bullpen.versions.");
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
        if (it.key().startsWith(prefix))
            image.versions.insert(it.key().mid(prefix.size()), it.value().toString());
    }
    m_imageInfo.insert(runtimeImage(runtime), image);
}

SandboxInstance *DockerBackend::create(const InstanceSpec &spec, QObject *parent)
{
    auto *instance = new DockerInstance(this, spec, parent);
    m_instances.removeAll(nullptr);
    m_instances.append(instance);
    return instance;
}

std::optional<DockerSpare> DockerBackend::takeSpare(const QString &key)
{
    auto it = m_spares.find(key);
    if (it == m_spares.end())
        return std::nullopt;
    DockerSpare spare = it.value();
    m_spares.erase(it);
    m_spareOrder.removeAll(key);
    return spare;
}

int DockerBackend::spareCount() const
{
    return int(m_spares.size());
}

QString DockerBackend::newIoPath(const QString &tag) const
{
    // Never reused: instance ids repeat (a new pool starts again at 1) while
    // the teardown of an earlier one may still remove its folder.
    return m_ioBase + QStringLiteral("/%1-%2-%3").arg(QCoreApplication::applicationPid()).arg(nextSerial()).arg(tag);
}

QStringList DockerBackend::spareContainerIds() const
{
    QStringList ids;
    for (const DockerSpare &spare : m_spares)
        ids << spare.containerId;
    return ids;
}

void DockerBackend::prepareSpare(const QString &key, const QJsonObject &config)
{
    if (m_maxSpares <= 0 || m_spares.contains(key) || m_sparesComing.contains(key) || !m_client)
        return;
    DockerIoFolder io;
    io.path = m_ioBase + QStringLiteral("/spare-%1-%2").arg(QCoreApplication::applicationPid()).arg(nextSerial());
    QString error;
    if (!io.make(&error)) {
        qCWarning(lcDocker) << "no spare container:" << error;
        return;
    }
    m_sparesComing.insert(key, true);
    QElapsedTimer timer;
    timer.start();
    const int generation = m_generation;
    createContainer(
        config, io, QStringLiteral("spare"),
        [this, key, timer, generation](const QString &id, const QStringList &warnings, const DockerResponse &response,
                                       const DockerIoFolder &io) {
            m_sparesComing.remove(key);
            if (generation != m_generation && !id.isEmpty()) {
                tearDown(id, io); // the backend shut down meanwhile
                return;
            }
            if (id.isEmpty()) {
                qCInfo(lcDocker) << "no spare container:" << response.error;
                io.remove();
                return;
            }
            qCInfo(lcDocker, "spare %s created in %.1f ms", qPrintable(id.left(12)), timer.nsecsElapsed() / 1e6);
            if (m_spares.contains(key)) {
                tearDown(id, io);
                return;
            }
            m_spares.insert(key, DockerSpare { id, io, warnings });
            m_spareOrder.append(key);
            while (m_spareOrder.size() > m_maxSpares) {
                const DockerSpare oldest = m_spares.take(m_spareOrder.takeFirst());
                tearDown(oldest.containerId, oldest.io);
            }
        },
        this);
}

void DockerBackend::tearDown(const QString &containerId, const DockerIoFolder &io)
{
    if (!m_client || containerId.isEmpty()) {
        io.remove();
        return;
    }
    adoptTeardown(new DockerTeardown(this, containerId, io));
}

void DockerBackend::beginCleanupStale()
{
    if (!m_client) {
        endCleanupStale();
        return;
    }
    // Folders of engines that have gone (their containers are listed below).
    const QStringList folders = QDir(m_ioBase).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &folder : folders) {
        const QString path = m_ioBase + u'/' + folder;
        if (!SandboxFiles::ownerAlive(path + QStringLiteral("/owner")))
            QDir(path).removeRecursively();
    }
    m_client->call("GET",
                   QStringLiteral("/containers/json?all=1&filters=")
                       + DockerClient::labelFilter({ QLatin1String(DockerLabels::Engine) }),
                   {}, this, [this](const DockerResponse &response) { onStaleListed(response); });
}

void DockerBackend::onStaleListed(const DockerResponse &response)
{
    if (!response.ok()) {
        qCWarning(lcDocker) << "cannot list containers for the stale clean-up:" << response.error;
        endCleanupStale();
        return;
    }
    // Only containers labelled by an engine that no longer runs: never one
    // without the label, never one of another live engine.
    auto left = std::make_shared<int>(0);
    const QJsonArray list = QJsonDocument::fromJson(response.body).array();
    for (const QJsonValue &value : list) {
        const QJsonObject container = value.toObject();
        const QJsonObject labels = container.value(u"Labels").toObject();
        const QString owner = labels.value(QLatin1String(DockerLabels::Engine)).toString();
        // A container someone made from one of Bullpen's images inherits the
        // image's labels, but never kind instance or spare: only the engine sets those.
        const QString kind = labels.value(QLatin1String(DockerLabels::Kind)).toString();
        if (owner.isEmpty() || (kind != u"instance" && kind != u"spare" && kind != u"export" && kind != u"build")
            || owner == m_owner || SandboxFiles::ownerIdentityAlive(owner))
            continue;
        ++*left;
        const QString id = container.value(u"Id").toString();
        m_client->call("DELETE", QStringLiteral("/containers/%1?force=1&v=1").arg(id), {}, this,
                       [this, left, id](const DockerResponse &removed) {
                           if (!removed.ok() && removed.errorKind != DockerErrorKind::NotFound)
                               qCWarning(lcDocker) << "cannot remove the stale container" << id << removed.error;
                           if (--*left == 0)
                               endCleanupStale();
                       });
    }
    if (*left == 0)
        endCleanupStale();
}

void DockerBackend::tearDownInstances()
{
    ++m_generation;
    const QList<QPointer<DockerInstance>> instances = std::exchange(m_instances, {});
    for (const QPointer<DockerInstance> &instance : instances) {
        if (instance)
            instance->handOver();
    }
    const QHash<QString, DockerSpare> spares = std::exchange(m_spares, {});
    m_spareOrder.clear();
    for (const DockerSpare &spare : spares)
        tearDown(spare.containerId, spare.io);
}

} // namespace Bullpen
