// SPDX-License-Identifier: MIT
#include "engine/sandbox/ociinstance.h"

#include "engine/sandbox/directoutput.h"
#include "engine/sandbox/docker/functionimages.h"

#include "engine/sandbox/ephemeralstorage.h"
#include "engine/sandbox/ocibackend.h"
#include "engine/sandbox/ociconfig.h"
#include "engine/sandbox/ociteardown.h"
#include "engine/sandbox/outboundlink.h"
#include "engine/sandbox/sandboxfiles.h"
#include "engine/sandbox/sandboxnetwork.h"
#include "engine/sandbox/snapstart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QProcess>

#include <chrono>
#include <cstring>
#include <memory>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Bullpen {

namespace {

bool isV2(const QString &cgroup)
{
    return !cgroup.startsWith(QLatin1String("/sys/fs/cgroup/memory/"));
}

} // namespace

OciInstance::OciInstance(OciBackend *backend, const InstanceSpec &spec, QObject *parent)
    : SandboxInstance(parent)
    , m_backend(backend)
    , m_spec(spec)
    , m_containerId(QStringLiteral("bullpen-") + spec.instanceId)
    , m_bundle(backend->bundleDirectory(m_containerId))
    , m_memoryCgroup(backend->memoryCgroup(m_containerId))
{ }

OciInstance::~OciInstance()
{
    handOver();
    releaseSetup();
    closeGate();
    if (m_peakFd >= 0)
        ::close(m_peakFd);
}

void OciInstance::releaseSetup()
{
    if (m_keepNamespace && !m_done)
        return;
    if (m_netnsFd >= 0)
        ::close(std::exchange(m_netnsFd, -1));
    if (m_tmpFd >= 0)
        ::close(std::exchange(m_tmpFd, -1)); // auto-clear: the device goes with the container's mount
    if (std::exchange(m_tmpMounted, false))
        EphemeralStorage::unmount(m_bundle + QStringLiteral("/tmp")); // the container has bound its own
}

void OciInstance::closeGate()
{
    if (m_gateFd >= 0)
        ::close(std::exchange(m_gateFd, -1)); // the shell ends without starting the runtime
    if (m_listenerFd >= 0)
        ::close(std::exchange(m_listenerFd, -1));
}

void OciInstance::adopt(const InstanceSpec &spec)
{
    const QString root = m_spec.rootFilesystem;
    m_spec = spec;
    m_spec.rootFilesystem = root; // resolved when it was made
    if (m_snap == Snap::Restore)
        m_takenAtNs
            = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
                  .count();
}

void OciInstance::handOver()
{
    m_done = true;
    cutLink();
    closeGate();
    delete m_watcher;
    m_watcher = nullptr;
    OciTeardown *teardown = nullptr;
    if (!m_cleaned && m_run) {
        m_cleaned = true;
        m_run->disconnect(this);
        QProcess *run = std::exchange(m_run, nullptr);
        if (m_backend) {
            if (m_peakFd >= 0) {
                ::close(m_peakFd);
                m_peakFd = -1;
            }
            teardown = m_backend->tearDown(m_containerId, run);
        } else {
            delete run; // without its backend nothing can remove the container (QProcess kills runc)
        }
    } else if (!m_cleaned && !m_run) {
        // Gone before its container was created (still making /tmp or the
        // link): the bundle folder is all there is.
        m_cleaned = true;
        OciBackend::removeBundle(m_bundle);
    }
    // Helper processes (runc kill, runc delete) must not call back into an
    // instance that is going away. The teardown repeats their work and takes
    // them over, so that its finishNow() ends them too.
    const QList<QProcess *> helpers = findChildren<QProcess *>(Qt::FindDirectChildrenOnly);
    for (QProcess *helper : helpers) {
        if (helper == m_run)
            continue;
        helper->disconnect(this);
        if (helper->state() == QProcess::NotRunning) {
            delete helper;
        } else {
            helper->setParent(teardown ? static_cast<QObject *>(teardown) : m_backend.data());
            connect(helper, &QProcess::finished, helper, &QObject::deleteLater);
        }
    }
}

void OciInstance::startFromFunctionImage()
{
    // runc takes a folder as the root: the function's image is built by the
    // daemon and its file system exported and unpacked, once per image.
    QString error;
    FunctionImages *images = m_backend->functionImages(&error);
    if (!images) {
        fail(error);
        return;
    }
    m_waitingForCleanup = true;
    QPointer<OciBackend> backend(m_backend);
    const QString reference = m_spec.imagePackage.reference();
    auto log = [backend, reference](const QString &line) {
        if (backend)
            Q_EMIT backend->runtimeImageProgress(reference, line, -1);
    };
    images->ensure(
        m_spec.imagePackage, this, log, [this, images, log](const FunctionImage &image, const QString &error) {
            if (!error.isEmpty()) {
                m_waitingForCleanup = false;
                fail(error);
                return;
            }
            images->exportRootfs(image, m_backend->functionRootCache(), this, log,
                                 [this, image](const QString &rootfs, const QString &exportError) {
                                     m_waitingForCleanup = false;
                                     if (!exportError.isEmpty()) {
                                         fail(exportError);
                                         return;
                                     }
                                     m_spec.rootFilesystem = QFileInfo(rootfs).canonicalFilePath();
                                     m_spec.command = image.argv(m_spec.imagePackage);
                                     m_spec.workingDirectory = image.workingDirectoryFor(m_spec.imagePackage);
                                     // The image's ENV, under Lambda's own variables (as Docker merges them).
                                     for (const QString &pair : image.environment) {
                                         const QString name = pair.section(u'=', 0, 0);
                                         if (!m_spec.environment.contains(name))
                                             m_spec.environment.insert(name, pair.section(u'=', 1));
                                     }
                                     start();
                                 });
        });
}

bool OciInstance::isRunning() const
{
    return m_run && m_run->state() != QProcess::NotRunning;
}

void OciInstance::start()
{
    if (m_gated && m_started && !m_gateOpened && !m_done) {
        openGate();
        return;
    }
    if (isParked()) {
        wake();
        return;
    }
    if (m_run || m_done || m_waitingForCleanup)
        return;
    if (m_backend && m_backend->isCleaningUp()) {
        // The stale clean-up lists and removes containers: none is created
        // before it is done, and this start goes on from its signal.
        m_waitingForCleanup = true;
        connect(
            m_backend, &ContainerBackend::staleCleanupFinished, this,
            [this] {
                m_waitingForCleanup = false;
                start();
            },
            Qt::SingleShotConnection);
        return;
    }
    if (OciTeardown *teardown = m_backend ? m_backend->pendingTeardown(m_containerId) : nullptr) {
        // An earlier instance of the same id is still being removed: its
        // container and bundle must be gone before this one's are made.
        m_waitingForCleanup = true;
        connect(
            teardown, &QObject::destroyed, this,
            [this] {
                m_waitingForCleanup = false;
                start();
            },
            Qt::SingleShotConnection);
        return;
    }
    QString why;
    if (!m_backend || !m_backend->isAvailable(&why)) {
        fail(QStringLiteral("the %1 backend is not available: %2").arg(m_backend ? m_backend->name() : QString(), why));
        return;
    }
    if (m_spec.imagePackage.isImage() && m_spec.rootFilesystem.isEmpty()) {
        startFromFunctionImage();
        return;
    }
    if (m_spec.rootFilesystem.isEmpty() && !RuntimeImage::familyFor(m_spec.runtime).isEmpty()) {
        // The runtime's image is the root (decisions §3): built on first use.
        if (const auto image = m_backend->runtimeImage(m_spec.runtime)) {
            // runc takes no symlink as the root (a cache folder reached through one).
            m_spec.rootFilesystem = QFileInfo(image->rootfsDir).canonicalFilePath();
        } else {
            const QString family = RuntimeImage::familyFor(m_spec.runtime);
            m_waitingForCleanup = true;
            auto ready = std::make_shared<QMetaObject::Connection>();
            auto failed = std::make_shared<QMetaObject::Connection>();
            *ready = connect(m_backend, &OciBackend::runtimeImageReady, this,
                             [this, family, ready, failed](const QString &f) {
                                 if (f != family)
                                     return;
                                 disconnect(*ready);
                                 disconnect(*failed);
                                 m_waitingForCleanup = false;
                                 start();
                             });
            *failed
                = connect(m_backend, &OciBackend::runtimeImageFailed, this,
                          [this, family, ready, failed](const QString &f, const QString &message) {
                              if (f != family)
                                  return;
                              disconnect(*ready);
                              disconnect(*failed);
                              m_waitingForCleanup = false;
                              fail(QStringLiteral("the %1 runtime image could not be built: %2").arg(family, message));
                          });
            m_backend->requestRuntimeImage(m_spec.runtime);
            return;
        }
    }
    OciBackend::removeBundle(m_bundle);
    if (!QDir().mkpath(m_bundle) || !SandboxFiles::writeOwnerFile(m_bundle + QStringLiteral("/owner"))) {
        fail(QStringLiteral("cannot write the bundle folder %1").arg(m_bundle));
        return;
    }
    // What runc needs before it starts, side by side: the network (the
    // namespace at once, its link to the outside a child process) and /tmp's
    // file system (mke2fs, a child process too).
    m_waitingForCleanup = true; // start() must not begin again meanwhile
    if (m_backend->ownNetwork() && !makeNetwork())
        return;
    if (m_snap != Snap::None && !m_backend->diskTmp()) {
        mountSnapTmp(); // a tmpfs: nothing to make first
    } else if (m_backend->diskTmp()) {
        makeTmp();
    } else {
        m_tmpReady = true;
    }
    launchWhenReady();
}

bool OciInstance::makeNetwork()
{
    // The instance's own network namespace, with only a loopback, and in it
    // the Runtime API's listener, made now: the runtime may ask for its first
    // event as soon as it runs.
    QString error;
    m_netnsFd = SandboxNetwork::create(&error);
    if ((m_gated || m_snap != Snap::None) && m_netnsFd >= 0) {
        // Made ahead (or SnapStart's): the listener waits here for the
        // instance that takes the sandbox, or for the snapshot's maker.
        m_listenerFd = SandboxNetwork::listenInside(m_netnsFd, SandboxNetwork::RuntimeApiPort, &error);
        if (m_listenerFd < 0) {
            fail(error);
            return false;
        }
    } else if (m_netnsFd < 0 || !handOverRuntimeApiListener(m_netnsFd, &error)) {
        fail(error);
        return false;
    }
    if (!m_backend->outboundNetwork())
        return true;
    m_link = new OutboundLink(this);
    connect(m_link, &OutboundLink::ready, this, &OciInstance::launchWhenReady);
    connect(m_link, &OutboundLink::failed, this, &OciInstance::fail);
    m_link->start(SandboxNetwork::joinPath(m_netnsFd));
    return !m_done;
}

void OciInstance::launchWhenReady()
{
    if (m_done || m_run || !m_tmpReady || (m_link && !m_link->isReady()))
        return;
    m_waitingForCleanup = false;
    launch();
}

bool OciInstance::bindNames(OciOptions &options)
{
    // host.docker.internal is the host as the instance reaches it: through its
    // link, the host's own address; on the host's network (rootless), its
    // loopback. Linked, the resolvers are the host's that it can reach. Bound
    // over the root's own files; a root without them (or with a symlink there)
    // keeps its own, as runc would create the file in the image.
    const bool hostNetwork = !m_backend->ownNetwork();
    if (!m_link && !hostNetwork)
        return true; // a namespace with no way out: no host to name
    const QString etc = m_spec.rootFilesystem + QStringLiteral("/etc/");
    const auto bind = [&](const QString &name, const QByteArray &content, QString *option) {
        const QFileInfo target(etc + name);
        if (!target.isFile() || target.isSymLink())
            return true;
        QFile file(m_bundle + QLatin1Char('/') + name);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
            return false;
        }
        *option = file.fileName();
        return true;
    };
    const QString host = hostNetwork ? QStringLiteral("127.0.0.1") : OutboundLink::hostAddress();
    if (!bind(QStringLiteral("hosts"), OutboundLink::hostsFile(host), &options.hostsFile))
        return false;
    return hostNetwork || bind(QStringLiteral("resolv.conf"), OutboundLink::resolvConf(), &options.resolvConf);
}

void OciInstance::cutLink()
{
    if (!m_link)
        return;
    // Its helper exits by itself once the link is cut; until then it is one
    // of this instance's helper processes, which handOver() gives to the
    // teardown (and so to the backend's shutdown, whatever ends first).
    if (QProcess *helper = m_link->takeProcess()) {
        helper->setParent(this);
        connect(helper, &QProcess::finished, helper, &QObject::deleteLater);
    }
    std::exchange(m_link, nullptr)->deleteLater();
}

void OciInstance::makeTmp()
{
    EphemeralStorage::prepare(m_containerId, m_spec.tmpSizeMb, this,
                              [this](const QString &device, int fd, const QString &error) {
                                  m_tmpDevice = device;
                                  m_tmpFd = fd;
                                  if (m_done) {
                                      releaseSetup();
                                  } else if (device.isEmpty()) {
                                      fail(error);
                                  } else if (m_snap != Snap::None) {
                                      mountSnapTmp();
                                  } else {
                                      m_tmpReady = true;
                                      launchWhenReady();
                                  }
                              });
}

void OciInstance::mountSnapTmp()
{
    // SnapStart: the engine mounts /tmp's file system (the ext4 of
    // makeTmp(), capped at EphemeralStorage and on disk, as any instance's)
    // on the bundle's tmp folder, and the container binds that folder: CRIU
    // cannot dump the device's own mount, but a bind mount is external to it,
    // and a restore binds whatever folder its config.json names.
    const QString tmp = m_bundle + QStringLiteral("/tmp");
    QString error = QStringLiteral("cannot make %1").arg(tmp);
    const bool mounted = QDir().mkpath(tmp)
        && (m_tmpDevice.isEmpty()
                ? EphemeralStorage::mountTmpfs(tmp, m_spec.tmpSizeMb, &error)
                : EphemeralStorage::mountDevice(m_tmpDevice, tmp, m_backend->snapStartRuntimeAsRoot(), &error));
    if (m_tmpFd >= 0)
        ::close(std::exchange(m_tmpFd, -1)); // the mount holds the device now (or it clears itself)
    if (!mounted) {
        fail(error);
        return;
    }
    m_tmpMounted = true;
    if (m_snap != Snap::Restore) {
        m_tmpReady = true;
        launchWhenReady();
        return;
    }
    // What the snapshot's init left in /tmp (kept beside its images).
    SnapStart::copyFolder(QFileInfo(m_images).path() + QStringLiteral("/tmp"), tmp, this,
                          [this](const QString &copyError) {
                              if (!copyError.isEmpty()) {
                                  fail(copyError);
                                  return;
                              }
                              m_tmpReady = true;
                              launchWhenReady();
                          });
}

void OciInstance::launch()
{
    if (m_done)
        return;
    OciOptions options = m_backend->options(m_containerId);
    options.tmpDevice = m_tmpDevice;
    if (m_netnsFd >= 0)
        options.networkNamespace = SandboxNetwork::joinPath(m_netnsFd);
    if (!bindNames(options))
        return;
    if (options.nestedUser && !m_spec.rootFilesystem.isEmpty())
        options.nestedUser = QFileInfo(m_spec.rootFilesystem + QStringLiteral("/usr/bin/unshare")).isExecutable();
    // The runtime writes straight into the engine's pipes where the root has a
    // shell to set that up; otherwise runc relays its output (in order, but late).
    QString pipeError;
    options.directOutput
        = QFileInfo((m_spec.rootFilesystem.isEmpty() ? QString() : m_spec.rootFilesystem) + QStringLiteral("/bin/sh"))
              .isExecutable();
    if (m_snap != Snap::None) {
        options.directOutput = false;
        options.tmpDevice.clear();
        options.tmpFolder = m_bundle + QStringLiteral("/tmp");
        options.runtimeAsRoot = m_backend->snapStartRuntimeAsRoot();
    }
    if (m_gated && !options.directOutput) {
        fail(QStringLiteral("a sandbox made ahead needs a shell in its root (/bin/sh) to wait in"));
        return;
    }
    options.gate = m_gated;
    if (options.directOutput) {
        m_direct = new DirectOutput(this);
        if (!m_direct->open(&pipeError)) {
            fail(pipeError);
            return;
        }
        connect(m_direct, &DirectOutput::received, this,
                [this](const QByteArray &chunk, bool isStderr) { feedOutput(chunk, isStderr); });
    }
    QFile config(m_bundle + QStringLiteral("/config.json"));
    if (!config.open(QIODevice::WriteOnly) || config.write(OciConfig::build(m_spec, options)) < 0) {
        fail(QStringLiteral("cannot write %1: %2").arg(config.fileName(), config.errorString()));
        return;
    }
    config.close();

    m_watcher = new QFileSystemWatcher({ m_bundle }, this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &OciInstance::onPidFile);

    m_run = new QProcess(this);
    m_run->setProcessChannelMode(QProcess::SeparateChannels);
    m_run->setInputChannelMode(QProcess::ManagedInputChannel);
    m_run->setWorkingDirectory(m_bundle);
    connect(m_run, &QProcess::readyReadStandardOutput, this,
            [this] { feedOutput(m_run->readAllStandardOutput(), false); });
    connect(m_run, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray chunk = m_run->readAllStandardError();
        if (!m_started)
            m_stderrTail = QByteArray(m_stderrTail + chunk).right(4096);
        feedOutput(chunk, true);
    });
    connect(m_run, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(QStringLiteral("%1 could not be started (%2): %3")
                     .arg(m_backend ? m_backend->binary() : QString(), m_containerId, m_run->errorString()));
    });
    connect(m_run, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) { onFinished(exitCode, status == QProcess::CrashExit); });
    connect(m_run, &QProcess::started, this, [this] { m_run->closeWriteChannel(); });

    QStringList run { QStringLiteral("run"), QStringLiteral("--bundle"), m_bundle, QStringLiteral("--pid-file"),
                      m_bundle + QStringLiteral("/pid") };
    if (m_snap == Snap::Restore) {
        const QString work = m_bundle + QStringLiteral("/criu");
        QDir().mkpath(work);
        run = QStringList { QStringLiteral("restore"), QStringLiteral("--image-path"), m_images,
                            QStringLiteral("--work-path"), work }
            + run.mid(1);
        m_restoreStartedAtNs
            = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
                  .count();
    }
    int gateRead = -1;
    if (m_gated) {
        int gate[2];
        if (::pipe2(gate, O_CLOEXEC) != 0) {
            fail(QStringLiteral("cannot make the gate of %1: %2")
                     .arg(m_containerId, QString::fromLocal8Bit(strerror(errno))));
            return;
        }
        gateRead = gate[0];
        m_gateFd = gate[1];
        if (gateRead < 5) {
            // Above the descriptors the child sets up (3, 4), so that they do not overwrite it.
            const int high = ::fcntl(gateRead, F_DUPFD_CLOEXEC, 10);
            ::close(gateRead);
            gateRead = high;
            if (gateRead < 0) {
                fail(QStringLiteral("cannot make the gate of %1: %2")
                         .arg(m_containerId, QString::fromLocal8Bit(strerror(errno))));
                return;
            }
        }
        // The shell (uid 993) opens it again through /proc/self/fd/5 to read
        // it as a script: a pipe's inode is its maker's (root's), mode 0600.
        ::fchmod(gateRead, 0444);
    }
    if (m_direct) {
        run << QStringLiteral("--preserve-fds") << (m_gated ? QStringLiteral("3") : QStringLiteral("2"));
        const int out = m_direct->stdoutWriteFd();
        const int err = m_direct->stderrWriteFd();
        m_run->setChildProcessModifier([out, err, gateRead] {
            // In the forked child, before exec: dup2 leaves 3, 4 (and 5) open across exec.
            ::dup2(out, 3);
            ::dup2(err, 4);
            if (gateRead >= 0)
                ::dup2(gateRead, 5);
        });
    }
    // Keeping the stopped container keeps its cgroup, whose peak memory and
    // OOM counter are read after exit; the removal follows right after.
    if (m_backend->keepsStoppedContainers() && m_snap != Snap::Restore) // runc restore has no --keep
        run << QStringLiteral("--keep");
    run << m_containerId;
    if (m_snap == Snap::Restore)
        SnapStart::prepareCriuProcess(m_run); // runc restore starts CRIU with its environment
    m_run->start(m_backend->binary(), m_backend->runtimeArguments(run));
    if (m_direct)
        m_direct->closeWriteEnds(); // the child has its copies now
    if (gateRead >= 0)
        ::close(gateRead);
}

void OciInstance::openGate()
{
    m_gateOpened = true;
    m_fromPrepared = true;
    // Made ahead: the sandbox phase of this cold start ends as it is taken.
    m_sandboxMadeAtNs
        = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
              .count();
    QString error;
    if (m_listenerFd >= 0 && !handOverListener(std::exchange(m_listenerFd, -1), &error)) {
        fail(error);
        return;
    }
    // The pipe holds 64 KiB, far more than an environment (Lambda's 4 KB plus
    // its own variables): the write does not wait for the shell.
    const QByteArray script = SandboxFiles::environmentScript(m_spec.environment) + "_BULLPEN_GATE=open\n";
    qsizetype written = 0;
    while (written < script.size()) {
        const ssize_t n = ::write(m_gateFd, script.constData() + written, size_t(script.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            fail(QStringLiteral("cannot open the gate of %1: %2")
                     .arg(m_containerId, QString::fromLocal8Bit(strerror(errno))));
            return;
        }
        written += n;
    }
    ::close(std::exchange(m_gateFd, -1));
    m_processStartedAtNs
        = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
              .count();
    Q_EMIT started();
    if (m_killRequested)
        kill();
}

void OciInstance::wakeSnapshotRun()
{
    m_keepNamespace = false;
    releaseSetup(); // the checkpoint is done
    wake();
}

void OciInstance::wake()
{
    m_woken = true;
    m_restored = m_snap == Snap::Restore;
    const qint64 now
        = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
              .count();
    if (m_restored) {
        // The sandbox phase ends as the restore begins (or as a copy restored
        // ahead is taken); from there to the runtime's first /next is the
        // Restore Duration, from the wake on its Billed Restore Duration (the hooks).
        m_sandboxMadeAtNs = m_takenAtNs > 0 ? m_takenAtNs : m_restoreStartedAtNs;
        m_processStartedAtNs = m_sandboxMadeAtNs;
        m_fromPrepared = m_takenAtNs > 0;
    }
    QString error;
    if (m_listenerFd >= 0 && !handOverListener(std::exchange(m_listenerFd, -1), &error)) {
        fail(error);
        return;
    }
    if (!SnapStart::reseedKernelRandom(&error)) {
        fail(error);
        return;
    }
    m_wokenAtNs = now;
    if (::kill(pid_t(m_pid), SIGUSR1) != 0) {
        fail(QStringLiteral("cannot wake the restored runtime of %1: %2")
                 .arg(m_containerId, QString::fromLocal8Bit(strerror(errno))));
        return;
    }
    Q_EMIT started();
    if (m_killRequested)
        kill();
}

QString OciInstance::restoreLogTail() const
{
    return SnapStart::logTail(m_bundle + QStringLiteral("/criu/restore.log"), 3);
}

void OciInstance::onPidFile()
{
    if (m_started || m_done)
        return;
    const qint64 pid = SandboxFiles::readNumber(m_bundle + QStringLiteral("/pid"), 0);
    if (pid <= 0)
        return;
    m_pid = pid;
    m_started = true;
    // The container has joined its namespace and mounted /tmp. A snapshot's
    // run keeps the namespace's descriptor until the checkpoint: runc names
    // the namespace external by the inode behind the path in config.json, and
    // a closed descriptor's number may name another file by then. It keeps
    // /tmp's mount in the bundle too: the maker copies what init left there.
    if (m_snap == Snap::Run)
        m_keepNamespace = true;
    else
        releaseSetup();
    m_stderrTail.clear();
    delete m_watcher;
    m_watcher = nullptr;
    if (m_gated) {
        // Made ahead: the runtime starts when an instance opens the gate.
        Q_EMIT prepared();
        return;
    }
    if (m_snap == Snap::Restore) {
        // Restored: parked until an instance wakes it (start()).
        Q_EMIT restored();
        return;
    }
    m_processStartedAtNs = processStartedAtNs();
    m_sandboxMadeAtNs = sandboxMadeAtNs();
    Q_EMIT started();
    if (m_killRequested)
        kill();
}

qint64 OciInstance::processStartedAtNs() const
{
    // `runc run` writes the pid file right after it has let the container's
    // process exec the runtime (the container is made by then): the file's
    // time is when the runtime started, to within the writing of one file.
    // Read from the file itself, as the watcher's signal may come after the
    // runtime's first request.
    if (m_processStartedAtNs > 0 || m_gated || m_snap == Snap::Restore)
        return m_processStartedAtNs; // made ahead: when the gate opened; restored: see wake()
    struct stat st {};
    if (::stat(QFile::encodeName(m_bundle + QStringLiteral("/pid")).constData(), &st) != 0)
        return 0;
    return qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

qint64 OciInstance::sandboxMadeAtNs() const
{
    // runc writes the container's state.json (crun its "status") once the
    // container is created, its init waiting to exec the runtime; `runc run`
    // then lets it exec and writes the pid file. Read once the process runs,
    // before anything else writes the state again.
    if (m_sandboxMadeAtNs > 0 || !m_backend || m_snap == Snap::Restore)
        return m_sandboxMadeAtNs;
    const QString state = m_backend->stateDirectory() + u'/' + m_containerId + u'/';
    for (const char *name : { "state.json", "status" }) {
        struct stat st {};
        if (::stat(QFile::encodeName(state + QLatin1StringView(name)).constData(), &st) == 0)
            return qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    }
    return 0;
}

void OciInstance::kill()
{
    m_killRequested = true;
    if (!isRunning() || !m_backend)
        return;
    // "runc kill" only reaches a container that exists; before that (or when it
    // fails) "delete --force" does the same job, and "runc run" then returns.
    auto *killer = new QProcess(this);
    killer->setStandardOutputFile(QProcess::nullDevice());
    connect(killer, &QProcess::finished, this, [this, killer](int code, QProcess::ExitStatus status) {
        killer->deleteLater();
        if ((code != 0 || status != QProcess::NormalExit) && isRunning() && m_started && m_backend) {
            auto *remover = new QProcess(this);
            remover->setStandardOutputFile(QProcess::nullDevice());
            remover->setStandardErrorFile(QProcess::nullDevice());
            connect(remover, &QProcess::finished, remover, &QObject::deleteLater);
            remover->start(
                m_backend->binary(),
                m_backend->runtimeArguments({ QStringLiteral("delete"), QStringLiteral("--force"), m_containerId }));
        }
    });
    connect(killer, &QProcess::errorOccurred, killer, &QObject::deleteLater);
    if (!m_started) {
        // Not created yet: the kill follows as soon as the pid file appears.
        killer->deleteLater();
        return;
    }
    killer->setStandardErrorFile(QProcess::nullDevice());
    killer->start(m_backend->binary(),
                  m_backend->runtimeArguments({ QStringLiteral("kill"), m_containerId, QStringLiteral("KILL") }));
}

qint64 OciInstance::oomKills() const
{
    if (m_memoryCgroup.isEmpty())
        return -1;
    if (isV2(m_memoryCgroup))
        return SandboxFiles::readKeyedNumber(m_memoryCgroup + QStringLiteral("/memory.events"), "oom_kill");
    return SandboxFiles::readKeyedNumber(m_memoryCgroup + QStringLiteral("/memory.oom_control"), "oom_kill");
}

qint64 OciInstance::maxMemoryUsedBytes() const
{
    qint64 value = -1;
    if (!m_memoryCgroup.isEmpty()) {
        // pread at 0 makes the kernel print the counter afresh, without the
        // open/stat/close of a QFile per invocation.
        if (m_peakFd < 0) {
            const QByteArray path
                = QFile::encodeName(m_memoryCgroup
                                    + (isV2(m_memoryCgroup) ? QStringLiteral("/memory.peak")
                                                            : QStringLiteral("/memory.max_usage_in_bytes")));
            m_peakFd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        }
        char buffer[32];
        const ssize_t n = m_peakFd >= 0 ? ::pread(m_peakFd, buffer, sizeof buffer - 1, 0) : -1;
        if (n > 0) {
            bool ok = false;
            const qint64 read = QByteArrayView(buffer, n).trimmed().toLongLong(&ok);
            if (ok)
                value = read;
        }
    } else if (!m_done) {
        // The pid file is read when the watcher says so, which may be after
        // the runtime's first output (the caller's cue): read it here then.
        const qint64 pid = m_started ? m_pid : SandboxFiles::readNumber(m_bundle + QStringLiteral("/pid"), 0);
        if (pid > 0)
            value = SandboxFiles::processMemory(pid, "VmHWM");
    }
    m_maxMemory = qMax(m_maxMemory, value);
    return m_maxMemory;
}

qint64 OciInstance::currentMemoryBytes() const
{
    if (m_done)
        return -1;
    if (!m_memoryCgroup.isEmpty())
        return SandboxFiles::readNumber(
            m_memoryCgroup
            + (isV2(m_memoryCgroup) ? QStringLiteral("/memory.current") : QStringLiteral("/memory.usage_in_bytes")));
    return m_started ? SandboxFiles::processMemory(m_pid, "VmRSS") : -1;
}

void OciInstance::drainOutput()
{
    if (m_direct) {
        m_direct->drain(); // synchronous: whatever the runtime wrote is there now
    } else if (isRunning()) {
        // One poll of both pipes; the readyRead handlers split and emit the lines.
        m_run->waitForReadyRead(0);
    }
}

bool OciInstance::memoryLimitEnforced() const
{
    return m_backend && m_backend->memoryLimitEnforced();
}

QString OciInstance::limitationNote() const
{
    return m_backend ? m_backend->limitationNote() : QString();
}

void OciInstance::onFinished(int exitCode, bool crashExit)
{
    m_keepNamespace = false;
    releaseSetup();
    closeGate();
    cutLink();
    if (m_direct)
        m_direct->drain();
    flushOutput();
    if (!m_started)
        onPidFile(); // the pid file may have come just before the end
    if (!m_started) {
        QString said = QString::fromUtf8(m_stderrTail.trimmed());
        if (m_snap == Snap::Restore) {
            const QString criu = restoreLogTail();
            if (!criu.isEmpty())
                said += QStringLiteral(" (CRIU: %1)").arg(criu);
        }
        fail(QStringLiteral("%1 could not start the container %2 (exit code %3)%4")
                 .arg(m_backend ? m_backend->name() : QStringLiteral("the OCI runtime"), m_containerId)
                 .arg(exitCode)
                 .arg(said.isEmpty() ? QString() : QStringLiteral(": ") + said));
        return;
    }
    InstanceExit exit;
    if (crashExit) {
        exit.signal = exitCode; // the runtime itself died by this signal
    } else if (exitCode > 128 && exitCode <= 128 + 64) {
        exit.signal = exitCode - 128; // runc and crun report a signal as 128+n
    } else {
        exit.exitCode = exitCode;
    }
    maxMemoryUsedBytes(); // the cgroup is read one last time before removal
    if (m_peakFd >= 0) {
        ::close(m_peakFd);
        m_peakFd = -1;
    }
    exit.oomKilled = oomKills() > 0;
    exit.crashed = exit.oomKilled || (exit.signal != 0 && !m_killRequested);
    exit.reason = exitReason(exit.exitCode, exit.signal);
    removeLeftovers([this, exit] { finish(exit); });
}

void OciInstance::removeLeftovers(const std::function<void()> &then)
{
    if (!m_backend) {
        m_cleaned = true;
        then();
        return;
    }
    auto *remover = new QProcess(this);
    remover->setStandardOutputFile(QProcess::nullDevice());
    remover->setStandardErrorFile(QProcess::nullDevice());
    auto done = [this, remover, then] {
        remover->deleteLater();
        OciBackend::removeBundle(m_bundle);
        m_cleaned = true;
        then();
    };
    connect(remover, &QProcess::finished, this, done);
    connect(remover, &QProcess::errorOccurred, this, [done](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            done();
    });
    remover->start(m_backend->binary(),
                   m_backend->runtimeArguments({ QStringLiteral("delete"), QStringLiteral("--force"), m_containerId }));
}

void OciInstance::finish(const InstanceExit &exit)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT exited(exit);
}

void OciInstance::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    releaseSetup();
    closeGate();
    cutLink();
    delete m_watcher;
    m_watcher = nullptr;
    if (m_backend && !m_cleaned && (m_run || QFileInfo::exists(m_bundle))) {
        // A failed start may still have left state, a cgroup or the bundle behind.
        m_cleaned = true;
        if (m_run)
            m_run->disconnect(this);
        m_backend->tearDown(m_containerId, std::exchange(m_run, nullptr));
    }
    Q_EMIT failed(message);
}

} // namespace Bullpen
