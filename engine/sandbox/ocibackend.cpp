// SPDX-License-Identifier: MIT
#include "engine/sandbox/ocibackend.h"

#include "engine/images/runtimeimagebuilder.h"
#include "engine/sandbox/docker/dockerclient.h"
#include "engine/sandbox/docker/functionimages.h"
#include "engine/sandbox/ephemeralstorage.h"
#include "engine/sandbox/ociinstance.h"
#include "engine/sandbox/ociteardown.h"
#include "engine/sandbox/outboundlink.h"
#include "engine/sandbox/sandboxnetwork.h"
#include "engine/sandbox/snapstart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <unistd.h>

namespace Bullpen {

namespace {

const QLatin1String ContainerPrefix("bullpen-");

// A sandbox for the next cold start is made this long after an instance of
// its configuration has started: the runtime's own init has the CPU first.
constexpr int PrepareDelayMs = 200;

// True when some mount sits below /proc (a sandbox around the engine, bwrap or
// a container, hides parts of it): the kernel then refuses a fresh proc mount
// in a user namespace, because it would reveal what the over-mounts hide.
bool procHasOverMounts()
{
    QFile file(QStringLiteral("/proc/self/mountinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() > 4 && fields.at(4).startsWith("/proc/"))
            return true;
    }
    return false;
}

} // namespace

OciBackend::OciBackend(const QString &runtime, QObject *parent)
    : ContainerBackend(parent)
    , m_runtime(runtime)
{
    m_binary = QStandardPaths::findExecutable(runtime);
    if (m_binary.isEmpty()) {
        m_unavailable = QStringLiteral("%1 is not installed (not found on PATH)").arg(runtime);
        return;
    }
    m_base = SandboxFiles::baseDirectory(&m_unavailable);
    if (m_base.isEmpty())
        return;
    m_layout = SandboxFiles::cgroupLayout();
    if (runtime == QLatin1String("crun") && SandboxFiles::cgroupHybrid()) {
        m_unavailable = QStringLiteral("crun refuses this machine's hybrid cgroup layout (cgroup v1 with a cgroup2 "
                                       "hierarchy beside it); use runc");
        return;
    }
    m_stateDirectory = m_base + QLatin1Char('/') + runtime;
    m_bundles = m_base + QStringLiteral("/bundles");
    QDir().mkpath(m_stateDirectory);
    QDir().mkpath(m_bundles);

    QString error;
    m_options.hostSkeleton = m_base + QStringLiteral("/rootfs");
    m_options.hostDirectories = OciConfig::prepareHostSkeleton(m_options.hostSkeleton, &error);
    if (!error.isEmpty()) {
        m_unavailable = error;
        return;
    }
    m_options.rootless = geteuid() != 0;
    m_options.hostUid = geteuid();
    m_options.hostGid = getegid();
    QStringList notes;
    if (m_options.rootless) {
        if (SandboxFiles::readNumber(QStringLiteral("/proc/sys/user/max_user_namespaces"), 1) == 0) {
            m_unavailable = QStringLiteral("rootless %1 needs user namespaces, and this kernel allows none "
                                           "(/proc/sys/user/max_user_namespaces is 0)")
                                .arg(runtime);
            return;
        }
        m_options.nestedUser = QFileInfo(QStringLiteral("/usr/bin/unshare")).isExecutable();
        m_options.bindProc = procHasOverMounts();
        // Delegated cgroups exist for users only through systemd on cgroup v2;
        // driving that is a later step, so rootless instances have no limit.
        notes << QStringLiteral("memory limit not enforced: no cgroup delegated to user %1").arg(geteuid());
        if (m_options.bindProc)
            notes << QStringLiteral("/proc is the engine's own (bind-mounted): the engine runs in a sandbox whose "
                                    "/proc has over-mounts, so the kernel refuses a fresh one");
        if (!m_options.nestedUser)
            notes << QStringLiteral("the runtime runs as root of its user namespace (no unshare(1) to become "
                                    "uid 993)");
        notes << QStringLiteral("instances share the host's network: a network namespace per instance needs root");
        notes << QStringLiteral("/tmp is a tmpfs in memory: a disk-backed one needs root");
    } else if (m_layout == SandboxFiles::CgroupLayout::None) {
        notes << QStringLiteral("memory limit not enforced: no memory cgroup controller on this machine");
    } else {
        m_enforced = true;
        m_options.limitSwap = m_layout == SandboxFiles::CgroupLayout::V2
            || QFileInfo::exists(QStringLiteral("/sys/fs/cgroup/memory/memory.memsw.limit_in_bytes"));
        // Lambda counts RLIMIT_NPROC per instance; the kernel counts it per user,
        // and every instance runs as uid 993: the pids cgroup (1024) is the real
        // per-instance limit.
    }
    if (!m_options.rootless) {
        QString why;
        m_ownNetwork = SandboxNetwork::available(&why);
        if (!m_ownNetwork)
            notes << QStringLiteral("instances share the host's network: ") + why;
        m_outbound = m_ownNetwork && !OutboundLink::program().isEmpty();
        if (m_ownNetwork && !m_outbound)
            notes << QStringLiteral("instances have no outbound network (nor host.docker.internal): slirp4netns is "
                                    "not installed");
        m_diskTmp = EphemeralStorage::available(&why);
        if (m_diskTmp)
            EphemeralStorage::removeStale();
        else
            notes << QStringLiteral("/tmp is a tmpfs charged to the function's memory: ") + why;
    }
    m_note = notes.join(QStringLiteral("; "));
    const QByteArray prepared = qgetenv("BULLPEN_RUNC_PREPARED");
    if (!prepared.isEmpty())
        m_maxPrepared = prepared.toInt();
}

void OciBackend::setOutboundNetwork(bool on)
{
    m_outbound = on && m_ownNetwork && !OutboundLink::program().isEmpty();
}

OciBackend::~OciBackend()
{
    // Only here when a backend is deleted while busy without dispose(): the
    // bounded path, as at process exit.
    if (isBusy() || !m_instances.isEmpty())
        shutdownNow(QDeadlineTimer(2000));
}

bool OciBackend::isAvailable(QString *whyNot) const
{
    if (whyNot)
        *whyNot = m_unavailable;
    return m_unavailable.isEmpty();
}

QString OciBackend::bundleDirectory(const QString &containerId) const
{
    return m_bundles + QLatin1Char('/') + containerId;
}

QString OciBackend::memoryCgroup(const QString &containerId) const
{
    if (!m_enforced)
        return {};
    if (m_layout == SandboxFiles::CgroupLayout::V2)
        return QStringLiteral("/sys/fs/cgroup/bullpen/") + containerId;
    return QStringLiteral("/sys/fs/cgroup/memory/bullpen/") + containerId;
}

QStringList OciBackend::cgroupDirectories(const QString &containerId) const
{
    QStringList dirs;
    if (m_layout == SandboxFiles::CgroupLayout::V2) {
        dirs << QStringLiteral("/sys/fs/cgroup/bullpen/") + containerId;
        return dirs;
    }
    const QFileInfoList controllers
        = QDir(QStringLiteral("/sys/fs/cgroup")).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &controller : controllers)
        dirs << controller.filePath() + QStringLiteral("/bullpen/") + containerId;
    return dirs;
}

QStringList OciBackend::runtimeArguments(const QStringList &command) const
{
    QStringList args { QStringLiteral("--root"), m_stateDirectory };
    if (m_options.rootless && m_runtime == QLatin1String("runc"))
        args << QStringLiteral("--rootless") << QStringLiteral("true");
    return args + command;
}

OciOptions OciBackend::options(const QString &containerId) const
{
    OciOptions options = m_options;
    if (m_enforced)
        options.cgroupsPath = QStringLiteral("/bullpen/") + containerId;
    return options;
}

SnapStartStore *OciBackend::snapStart()
{
    if (!m_snapStart)
        m_snapStart = new SnapStartStore(this);
    return m_snapStart;
}

bool OciBackend::snapStartRuntimeAsRoot() const
{
    return !m_options.rootless && SnapStart::runtimeAsRoot();
}

OciInstance *OciBackend::newInstance(const InstanceSpec &spec, QObject *parent)
{
    auto *instance = new OciInstance(this, spec, parent);
    m_instances.removeAll(nullptr);
    m_instances.append(instance);
    return instance;
}

SandboxInstance *OciBackend::create(const InstanceSpec &spec, QObject *parent)
{
    if (spec.snapStart)
        return new SnapStartInstance(this, spec, parent);
    const bool preparable = m_maxPrepared > 0 && !spec.functionId.isEmpty() && !spec.configurationKey.isEmpty()
        && !spec.imagePackage.isImage() && m_unavailable.isEmpty();
    if (preparable) {
        if (OciInstance *taken = takePrepared(spec, parent)) {
            prepareAfterStart(taken, spec);
            return taken;
        }
    }
    OciInstance *instance = newInstance(spec, parent);
    if (preparable)
        prepareAfterStart(instance, spec);
    return instance;
}

OciInstance *OciBackend::takePrepared(const InstanceSpec &spec, QObject *parent)
{
    auto it = m_prepared.find(spec.functionId);
    if (it == m_prepared.end())
        return nullptr;
    if (it->key != spec.configurationKey) {
        dropPrepared(spec.functionId); // made for a configuration the function no longer has
        return nullptr;
    }
    OciInstance *instance = it->instance.data();
    if (!instance || !instance->isPrepared())
        return nullptr; // still being made: this start makes its own
    // Made on another root: one given otherwise (--rootfs), or a runtime
    // image that has been rebuilt (or removed) since.
    QString root = spec.rootFilesystem;
    if (root.isEmpty() && !RuntimeImage::familyFor(spec.runtime).isEmpty()) {
        const auto image = runtimeImage(spec.runtime);
        root = image ? QFileInfo(image->rootfsDir).canonicalFilePath() : QString();
    }
    if (root != instance->rootFilesystem()) {
        dropPrepared(spec.functionId);
        return nullptr;
    }
    m_prepared.erase(it);
    m_preparedOrder.removeAll(spec.functionId);
    instance->disconnect(this);
    instance->setParent(parent);
    instance->adopt(spec);
    return instance;
}

void OciBackend::prepareAfterStart(OciInstance *instance, const InstanceSpec &spec)
{
    const int generation = m_preparedGeneration;
    connect(
        instance, &SandboxInstance::started, this,
        [this, spec, generation] {
            QTimer::singleShot(PrepareDelayMs, this, [this, spec, generation] {
                if (generation == m_preparedGeneration)
                    prepare(spec);
            });
        },
        Qt::SingleShotConnection);
}

void OciBackend::prepare(const InstanceSpec &spec)
{
    if (m_maxPrepared <= 0)
        return;
    if (auto it = m_prepared.constFind(spec.functionId); it != m_prepared.cend()) {
        if (it->key == spec.configurationKey)
            return; // there, or on its way
        dropPrepared(spec.functionId);
    }
    InstanceSpec ahead = spec;
    // Named as the pool names instances (bullpen-<pid in base 36>-...), so
    // that the stale clean-up and the leak checks know it as the engine's.
    ahead.instanceId = QString::number(QCoreApplication::applicationPid(), 36) + QStringLiteral("-p")
        + QString::number(++m_preparedSerial);
    OciInstance *instance = newInstance(ahead, this);
    const QString functionId = spec.functionId;
    connect(instance, &OciInstance::prepared, this, [this, functionId] { Q_EMIT preparedReady(functionId); });
    const auto lost = [this, functionId, instance](const QString &why) {
        qInfo("no sandbox made ahead for %s: %s", qPrintable(functionId), qPrintable(why));
        auto it = m_prepared.find(functionId);
        if (it != m_prepared.end() && it->instance == instance) {
            m_prepared.erase(it);
            m_preparedOrder.removeAll(functionId);
        }
        instance->disconnect(this);
        instance->deleteLater();
    };
    connect(instance, &SandboxInstance::failed, this, lost);
    connect(instance, &SandboxInstance::exited, this,
            [lost](const InstanceExit &exit) { lost(QStringLiteral("it ended (%1)").arg(exit.reason)); });
    m_prepared.insert(functionId, Prepared { spec.configurationKey, spec.memoryMb, instance });
    m_preparedOrder.append(functionId);
    int memoryMb = 0;
    for (const Prepared &prepared : std::as_const(m_prepared))
        memoryMb += prepared.memoryMb;
    while (m_preparedOrder.size() > 1 && (m_preparedOrder.size() > m_maxPrepared || memoryMb > m_preparedBudgetMb)) {
        const QString oldest = m_preparedOrder.constFirst();
        memoryMb -= m_prepared.value(oldest).memoryMb;
        dropPrepared(oldest);
    }
    instance->setPrepared();
    instance->start();
}

void OciBackend::dropPrepared(const QString &functionId)
{
    m_preparedOrder.removeAll(functionId);
    const Prepared prepared = m_prepared.take(functionId);
    if (OciInstance *instance = prepared.instance.data()) {
        instance->disconnect(this);
        instance->handOver(); // a teardown removes its container, bundle and cgroups
        instance->deleteLater();
    }
}

int OciBackend::preparedCount() const
{
    int count = 0;
    for (const Prepared &prepared : m_prepared)
        count += prepared.instance && prepared.instance->isPrepared() ? 1 : 0;
    return count;
}

QStringList OciBackend::preparedContainerIds() const
{
    QStringList ids;
    for (const Prepared &prepared : m_prepared) {
        if (prepared.instance)
            ids << prepared.instance->containerId();
    }
    return ids;
}

void OciBackend::setMaxPrepared(int count)
{
    m_maxPrepared = count;
    while (m_preparedOrder.size() > qMax(0, count))
        dropPrepared(m_preparedOrder.constFirst());
}

int OciBackend::runSync(const QStringList &command, QDeadlineTimer deadline, QByteArray *output) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_binary, runtimeArguments(command));
    if (!process.waitForStarted(int(qMax<qint64>(1, deadline.remainingTime())))
        || !process.waitForFinished(int(qMax<qint64>(1, deadline.remainingTime())))) {
        process.kill();
        process.waitForFinished(100);
        return -1;
    }
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void OciBackend::removeContainer(const QString &containerId, QDeadlineTimer deadline) const
{
    runSync({ QStringLiteral("kill"), containerId, QStringLiteral("KILL") }, deadline);
    runSync({ QStringLiteral("delete"), QStringLiteral("--force"), containerId }, deadline);
    // Without the runtime's state (it lived on a tmpfs that is gone) the
    // cgroups are all that is left: empty them, then remove them.
    for (const QString &dir : cgroupDirectories(containerId)) {
        if (!QFileInfo::exists(dir))
            continue;
        QFile procs(dir + QStringLiteral("/cgroup.procs"));
        if (procs.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> pids = procs.readAll().split('\n');
            for (const QByteArray &pid : pids) {
                if (pid.toLongLong() > 0)
                    ::kill(pid_t(pid.toLongLong()), SIGKILL);
            }
        }
        while (!QDir().rmdir(dir) && QFileInfo::exists(dir) && !deadline.hasExpired())
            QThread::msleep(5);
    }
    removeBundle(bundleDirectory(containerId));
}

void OciBackend::removeBundle(const QString &bundle)
{
    EphemeralStorage::unmount(bundle + QStringLiteral("/tmp"));
    QDir(bundle).removeRecursively();
}

OciTeardown *OciBackend::tearDown(const QString &containerId, QProcess *run)
{
    auto *teardown = new OciTeardown(this, containerId, run);
    adoptTeardown(teardown);
    for (auto it = m_teardownsById.begin(); it != m_teardownsById.end();)
        it = it.value().isNull() ? m_teardownsById.erase(it) : std::next(it);
    m_teardownsById.insert(containerId, teardown);
    teardown->start();
    return teardown;
}

OciTeardown *OciBackend::pendingTeardown(const QString &containerId) const
{
    return m_teardownsById.value(containerId).data();
}

void OciBackend::beginCleanupStale()
{
    if (!m_unavailable.isEmpty()) {
        endCleanupStale();
        return;
    }
    m_stale.clear();
    SnapStart::removeStale(snapshotDirectory());
    const QStringList bundles = QDir(m_bundles).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &id : bundles) {
        if (id.startsWith(ContainerPrefix) && !SandboxFiles::ownerAlive(bundleDirectory(id) + QStringLiteral("/owner")))
            m_stale << id;
    }
    // Containers whose bundle is gone entirely are stale as well: a bundle is
    // written before its container is created and removed after it is deleted.
    m_lister = new QProcess(this);
    m_lister->setStandardErrorFile(QProcess::nullDevice());
    connect(m_lister, &QProcess::finished, this, &OciBackend::onStaleListed);
    connect(m_lister, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onStaleListed();
    });
    m_lister->start(m_binary, runtimeArguments({ QStringLiteral("list"), QStringLiteral("--quiet") }));
}

void OciBackend::onStaleListed()
{
    if (!m_lister)
        return;
    QProcess *lister = std::exchange(m_lister, nullptr);
    lister->deleteLater();
    if (lister->exitStatus() == QProcess::NormalExit && lister->exitCode() == 0) {
        const QList<QByteArray> ids = lister->readAllStandardOutput().split('\n');
        for (const QByteArray &raw : ids) {
            const QString id = QString::fromUtf8(raw.trimmed());
            if (id.startsWith(ContainerPrefix) && !m_stale.contains(id) && !QFileInfo::exists(bundleDirectory(id)))
                m_stale << id;
        }
    }
    m_staleLeft = int(m_stale.size());
    if (m_staleLeft == 0) {
        endCleanupStale();
        return;
    }
    for (const QString &id : std::as_const(m_stale)) {
        OciTeardown *teardown = tearDown(id, nullptr);
        connect(teardown, &QObject::destroyed, this, [this] {
            if (--m_staleLeft == 0)
                endCleanupStale();
        });
    }
}

void OciBackend::abortCleanupStale()
{
    if (QProcess *lister = std::exchange(m_lister, nullptr)) {
        lister->disconnect(this);
        lister->kill();
        lister->waitForFinished(100);
        delete lister;
    }
    m_staleLeft = -1; // the stale teardowns are finished by shutdownNow() and end nothing more
}

FunctionImages *OciBackend::functionImages(QString *error)
{
    if (!m_functionImages) {
        DockerErrorKind kind = DockerErrorKind::None;
        const DockerEndpoint endpoint = DockerClient::probe(error, &kind);
        if (endpoint.socketPath.isEmpty()) {
            *error = QStringLiteral("an image function is built by a Docker or Podman daemon, and none answers: %1")
                         .arg(*error);
            return nullptr;
        }
        m_docker = new DockerClient(endpoint, this);
        m_functionImages = new FunctionImages(m_docker, this);
    }
    return m_functionImages;
}

QString OciBackend::functionRootCache()
{
    return imageBuilder()->cacheDirectory() + QStringLiteral("/functions");
}

RuntimeImageBuilder *OciBackend::imageBuilder()
{
    if (!m_images) {
        m_images = m_imageCache.isEmpty() ? new RuntimeImageBuilder(this) : new RuntimeImageBuilder(m_imageCache, this);
        connect(m_images, &RuntimeImageBuilder::progress, this, [this](const QString &message, int percent) {
            if (!m_imageQueue.isEmpty())
                Q_EMIT runtimeImageProgress(m_imageQueue.constFirst(), message, percent);
        });
        connect(m_images, &RuntimeImageBuilder::finished, this, [this](const RuntimeImage &image) {
            m_readyImages.insert(image.runtime, image);
            m_imageQueue.removeAll(image.runtime);
            Q_EMIT runtimeImageReady(image.runtime);
            buildNextImage();
        });
        connect(m_images, &RuntimeImageBuilder::failed, this, [this](const QString &message) {
            if (m_imageQueue.isEmpty())
                return;
            const QString family = m_imageQueue.takeFirst();
            Q_EMIT runtimeImageFailed(family, message);
            buildNextImage();
        });
    }
    return m_images;
}

void OciBackend::setImageCacheDirectory(const QString &dir)
{
    m_imageCache = dir;
    m_readyImages.clear();
    delete m_images;
    m_images = nullptr;
}

std::optional<RuntimeImage> OciBackend::runtimeImage(const QString &runtime, QString *error)
{
    const QString family = RuntimeImage::familyFor(runtime);
    if (auto it = m_readyImages.constFind(family); it != m_readyImages.cend()) {
        if (QFileInfo::exists(it->rootfsDir + QStringLiteral("/lambda-entrypoint.sh")))
            return *it;
        m_readyImages.erase(it); // removed meanwhile (bullpen images remove): look again
    }
    auto image = imageBuilder()->cached(runtime, error);
    if (image)
        m_readyImages.insert(family, *image);
    return image;
}

void OciBackend::requestRuntimeImage(const QString &runtime)
{
    const QString family = RuntimeImage::familyFor(runtime);
    if (m_imageQueue.contains(family))
        return;
    m_imageQueue.append(family);
    if (m_imageQueue.size() == 1)
        buildNextImage();
}

void OciBackend::buildNextImage()
{
    if (m_imageQueue.isEmpty() || imageBuilder()->isBuilding())
        return;
    imageBuilder()->build(m_imageQueue.constFirst());
}

void OciBackend::tearDownInstances()
{
    ++m_preparedGeneration;
    if (m_snapStart)
        m_snapStart->shutdown(); // snapshots, spares and makers (their containers go below)
    const QHash<QString, Prepared> prepared = std::exchange(m_prepared, {});
    m_preparedOrder.clear();
    for (const Prepared &ahead : prepared) {
        if (ahead.instance) {
            ahead.instance->disconnect(this);
            ahead.instance->deleteLater(); // handed over with the others below
        }
    }
    const QList<QPointer<OciInstance>> instances = std::exchange(m_instances, {});
    for (const QPointer<OciInstance> &instance : instances) {
        if (instance)
            instance->handOver();
    }
}

} // namespace Bullpen
