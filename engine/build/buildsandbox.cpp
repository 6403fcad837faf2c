// SPDX-License-Identifier: MIT
#include "engine/build/buildsandbox.h"

#include "engine/images/runtimeimage.h"
#include "engine/sandbox/backendregistry.h"
#include "engine/sandbox/docker/dockerbackend.h"
#include "engine/sandbox/docker/dockerclient.h"
#include "engine/sandbox/ocibackend.h"
#include "engine/sandbox/ociconfig.h"
#include "engine/sandbox/sandboxfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>

#include <unistd.h>

namespace Bullpen {

namespace {

// Container names are unique in the process, across sandboxes: a teardown of
// an earlier one may still be going on when the next starts.
std::atomic<int> containerSerial { 0 };

QString containerName()
{
    return QStringLiteral("bullpen-build-%1-%2").arg(QCoreApplication::applicationPid()).arg(++containerSerial);
}

// Made by runc or bound over by it (proc, a tmpfs): never the image's.
const QStringList OwnMountPoints { QStringLiteral("proc"), QStringLiteral("dev"), QStringLiteral("sys"),
                                   QStringLiteral("tmp") };

QJsonObject bindMount(const QString &source, const QString &destination, bool writable)
{
    QJsonArray options { QStringLiteral("rbind"), writable ? QStringLiteral("rw") : QStringLiteral("ro"),
                         QStringLiteral("nosuid"), QStringLiteral("nodev") };
    return QJsonObject { { QStringLiteral("destination"), destination },
                         { QStringLiteral("type"), QStringLiteral("bind") },
                         { QStringLiteral("source"), source },
                         { QStringLiteral("options"), options } };
}

void touch(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.exists() && !file.open(QIODevice::WriteOnly))
        qWarning("cannot make the mount point %s", qPrintable(path));
}

// Mounts sorted so that a folder is bound before anything bound inside it.
QList<BuildMount> ordered(QList<BuildMount> mounts)
{
    for (BuildMount &m : mounts)
        m.path = QDir::cleanPath(m.path);
    std::stable_sort(mounts.begin(), mounts.end(), [](const BuildMount &a, const BuildMount &b) {
        return a.path.count(u'/') < b.path.count(u'/');
    });
    return mounts;
}

// What a container needs of the host to reach the network by name.
QList<BuildMount> withNameResolution(QList<BuildMount> mounts)
{
    for (const char *file : { "/etc/resolv.conf", "/etc/hosts" }) {
        if (QFileInfo::exists(QLatin1String(file)))
            mounts.append({ QLatin1String(file), false });
    }
    return mounts;
}

} // namespace

BuildSandbox::BuildSandbox(Mode mode, ContainerBackend *backend, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_backend(backend)
{ }

BuildSandbox *BuildSandbox::create(const QString &backendId, const QString &imageCache, QObject *parent,
                                   QString *error)
{
    if (backendId == u"process")
        return new BuildSandbox(Mode::Host, nullptr, parent);
    QString why;
    ContainerBackend *backend = BackendRegistry::create(backendId, &why, nullptr);
    if (!backend) {
        if (error)
            *error = QStringLiteral("builds run in the %1 backend's sandbox, which is not available here: %2")
                         .arg(backendId, why);
        return nullptr;
    }
    if (auto *oci = qobject_cast<OciBackend *>(backend)) {
        if (!imageCache.isEmpty())
            oci->setImageCacheDirectory(imageCache);
        return new BuildSandbox(Mode::Oci, oci, parent);
    }
    if (qobject_cast<DockerBackend *>(backend))
        return new BuildSandbox(Mode::Docker, backend, parent);
    ContainerBackend::dispose(backend);
    return new BuildSandbox(Mode::Host, nullptr, parent);
}

BuildSandbox::~BuildSandbox()
{
    cancel();
    if (m_backend)
        ContainerBackend::dispose(m_backend);
}

QString BuildSandbox::backendName() const
{
    return m_backend ? m_backend->name() : QStringLiteral("process");
}

void BuildSandbox::run(const BuildJob &job)
{
    m_running = true;
    m_pending.clear();
    switch (m_mode) {
    case Mode::Host:
        runOnHost(job);
        return;
    case Mode::Oci:
        runInOci(job);
        return;
    case Mode::Docker:
        runInDocker(job);
        return;
    }
}

void BuildSandbox::feed(const QByteArray &chunk)
{
    m_pending += chunk;
    qsizetype end;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QString text = QString::fromUtf8(m_pending.left(end)).trimmed();
        m_pending.remove(0, end + 1);
        Q_EMIT line(text);
    }
}

void BuildSandbox::complete(int exitCode, const QString &error)
{
    if (!m_running)
        return;
    if (!m_pending.isEmpty()) {
        const QString rest = QString::fromUtf8(std::exchange(m_pending, {})).trimmed();
        if (!rest.isEmpty())
            Q_EMIT line(rest);
    }
    m_running = false;
    Q_EMIT finished(exitCode, error);
}

void BuildSandbox::watchProcess(QProcess *process)
{
    m_process = process;
    process->setProcessChannelMode(QProcess::MergedChannels);
    connect(process, &QProcess::started, process, [process] { process->closeWriteChannel(); });
    connect(process, &QProcess::readyRead, this, [this, process] { feed(process->readAll()); });
    connect(process, &QProcess::finished, this, [this, process](int code, QProcess::ExitStatus status) {
        feed(process->readAll());
        process->deleteLater();
        m_process = nullptr;
        if (m_mode == Mode::Oci && !m_containerId.isEmpty()) {
            // runc run has removed the container; the teardown takes its cgroups and bundle.
            static_cast<OciBackend *>(m_backend)->tearDown(std::exchange(m_containerId, {}), nullptr);
        }
        complete(status == QProcess::NormalExit ? code : -1,
                 status == QProcess::NormalExit ? QString() : QStringLiteral("the tool crashed"));
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        process->deleteLater();
        m_process = nullptr;
        complete(-1, QStringLiteral("cannot start %1: %2").arg(process->program(), process->errorString()));
    });
}

void BuildSandbox::runOnHost(const BuildJob &job)
{
    const QString name = job.command.value(0);
    const QString program = name.contains(u'/') ? name : QStandardPaths::findExecutable(name);
    if (program.isEmpty()) {
        QTimer::singleShot(0, this, [this, name] { complete(-1, QStringLiteral("%1 is not installed here").arg(name)); });
        return;
    }
    QProcessEnvironment env;
    for (auto it = job.environment.cbegin(); it != job.environment.cend(); ++it)
        env.insert(it.key(), it.value());
    auto *process = new QProcess(this);
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(job.workingDirectory);
    watchProcess(process);
    process->start(program, job.command.mid(1));
}

QList<std::pair<QString, QString>> BuildSandbox::layOutRoot(const QString &imageRoot, const QString &skeleton,
                                                            const QList<BuildMount> &mounts)
{
    // A mount whose point the image already has (a folder for a folder, a
    // file for a file, /etc/resolv.conf) goes over it; only the others need
    // the folders above them split.
    QStringList targets;
    for (const BuildMount &m : mounts) {
        const QFileInfo inImage(imageRoot + QDir::cleanPath(m.path));
        const bool there = inImage.exists() && !inImage.isSymLink() && inImage.isDir() == QFileInfo(m.hostPath()).isDir();
        if (!there)
            targets << QDir::cleanPath(m.path);
    }
    QList<std::pair<QString, QString>> binds;
    std::function<void(const QString &)> lay = [&](const QString &inside) {
        QDir().mkpath(skeleton + inside);
        const QFileInfoList entries = QDir(imageRoot + inside)
                                          .entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden
                                                         | QDir::System);
        for (const QFileInfo &entry : entries) {
            const QString path = inside + u'/' + entry.fileName();
            if (inside.isEmpty() && OwnMountPoints.contains(entry.fileName())) {
                QDir().mkpath(skeleton + path);
                continue;
            }
            bool exact = false;
            bool below = false;
            for (const QString &t : std::as_const(targets)) {
                exact = exact || t == path;
                below = below || t.startsWith(path + u'/');
            }
            if (exact)
                continue; // its mount point is made below
            if (below) {
                // A mount needs a point inside: split this folder one level further.
                if (entry.isDir() && !entry.isSymLink())
                    lay(path);
                continue;
            }
            if (entry.isSymLink()) {
                char buffer[4096];
                const ssize_t length
                    = ::readlink(QFile::encodeName(entry.filePath()).constData(), buffer, sizeof buffer - 1);
                if (length > 0
                    && ::symlink(QByteArray(buffer, int(length)).constData(),
                                 QFile::encodeName(skeleton + path).constData())
                        != 0)
                    qWarning("cannot make the symlink %s", qPrintable(skeleton + path));
            } else if (entry.isDir()) {
                QDir().mkpath(skeleton + path);
                binds.append({ entry.filePath(), path });
            } else {
                touch(skeleton + path);
                binds.append({ entry.filePath(), path });
            }
        }
    };
    lay(QString());
    for (const BuildMount &m : mounts) {
        const QString point = skeleton + QDir::cleanPath(m.path);
        if (QFileInfo(m.hostPath()).isDir())
            QDir().mkpath(point);
        else
            touch(point);
    }
    return binds;
}

void BuildSandbox::runInOci(const BuildJob &job)
{
    auto *oci = static_cast<OciBackend *>(m_backend);
    const QString family = RuntimeImage::buildFamilyFor(job.runtime);
    if (family.isEmpty()) {
        QTimer::singleShot(0, this, [this, job] {
            complete(-1, QStringLiteral("builds run on the build image of the function's runtime, and Bullpen has "
                                        "none for %1")
                             .arg(job.runtime));
        });
        return;
    }
    if (oci->runtimeImage(family)) {
        QTimer::singleShot(0, this, [this, job] { startOci(job); });
        return;
    }
    // The image is built first (minutes, once), as a runtime image is for the first instance of a runtime.
    Q_EMIT line(QStringLiteral("the %1 build image is not built yet: building it now").arg(family));
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    auto drop = [connections] {
        for (const QMetaObject::Connection &c : std::as_const(*connections))
            QObject::disconnect(c);
    };
    auto lastMessage = std::make_shared<QString>();
    connections->append(connect(oci, &ContainerBackend::runtimeImageProgress, this,
                                [this, family, lastMessage](const QString &f, const QString &message, int) {
                                    if (f == family && message != *lastMessage)
                                        Q_EMIT line(*lastMessage = message);
                                }));
    connections->append(connect(oci, &OciBackend::runtimeImageReady, this, [this, family, job, drop](const QString &f) {
        if (f != family)
            return;
        drop();
        startOci(job);
    }));
    connections->append(connect(oci, &OciBackend::runtimeImageFailed, this,
                                [this, family, drop](const QString &f, const QString &message) {
                                    if (f != family)
                                        return;
                                    drop();
                                    complete(-1, QStringLiteral("the %1 build image could not be built: %2")
                                                     .arg(family, message));
                                }));
    oci->requestRuntimeImage(family);
}

void BuildSandbox::startOci(const BuildJob &job)
{
    if (!m_running)
        return; // cancelled while the image was built
    auto *oci = static_cast<OciBackend *>(m_backend);
    QString error;
    const QString family = RuntimeImage::buildFamilyFor(job.runtime);
    const auto image = oci->runtimeImage(family, &error);
    if (!image) {
        complete(-1, QStringLiteral("no build image for %1: %2").arg(job.runtime, error));
        return;
    }
    if (!job.imageNeeds.isEmpty() && !QFileInfo::exists(image->rootfsDir + u'/' + job.imageNeeds)) {
        complete(-1, QStringLiteral("the %1 build image (%2) has no %3, which this build needs (/%4); "
                                    "rebuild the image with `bullpen images build %1`")
                         .arg(image->runtime, image->describe(), job.imageNeedsName, job.imageNeeds));
        return;
    }
    m_containerId = containerName();
    const QString bundle = oci->bundleDirectory(m_containerId);
    QDir(bundle).removeRecursively();
    if (!QDir().mkpath(bundle) || !SandboxFiles::writeOwnerFile(bundle + QStringLiteral("/owner"))) {
        complete(-1, QStringLiteral("cannot write the bundle folder %1").arg(bundle));
        return;
    }
    const QList<BuildMount> mounts = ordered(withNameResolution(job.mounts));
    const QString skeleton = bundle + QStringLiteral("/root");
    const QList<std::pair<QString, QString>> imageBinds = layOutRoot(image->rootfsDir, skeleton, mounts);

    InstanceSpec spec;
    spec.instanceId = m_containerId;
    spec.command = job.command;
    spec.environment = job.environment;
    spec.workingDirectory = job.workingDirectory;
    spec.rootFilesystem = skeleton;
    spec.runtime = job.runtime;
    spec.memoryMb = 4096; // a build's, not the function's: pip and npm need room
    spec.tmpSizeMb = 2048;
    OciOptions options = oci->options(m_containerId);
    options.nestedUser = false;
    options.directOutput = false;
    QJsonObject config = QJsonDocument::fromJson(OciConfig::build(spec, options)).object();
    QJsonObject process = config.value(u"process").toObject();
    // Root of the container, without capabilities: what it writes belongs to
    // the user who builds (rootless runc maps this root to that user).
    process.insert(QStringLiteral("user"), QJsonObject { { QStringLiteral("uid"), 0 }, { QStringLiteral("gid"), 0 } });
    config.insert(QStringLiteral("process"), process);
    QJsonArray configMounts = config.value(u"mounts").toArray();
    for (const auto &[source, destination] : imageBinds)
        configMounts.append(bindMount(source, destination, false));
    for (const BuildMount &m : mounts)
        configMounts.append(bindMount(m.hostPath(), m.path, m.writable));
    config.insert(QStringLiteral("mounts"), configMounts);
    QFile file(bundle + QStringLiteral("/config.json"));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(config).toJson()) < 0) {
        complete(-1, QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return;
    }
    file.close();
    auto *run = new QProcess(this);
    run->setWorkingDirectory(bundle);
    watchProcess(run);
    run->start(oci->binary(),
               oci->runtimeArguments({ QStringLiteral("run"), QStringLiteral("--bundle"), bundle, m_containerId }));
}

void BuildSandbox::runInDocker(const BuildJob &job)
{
    auto *docker = static_cast<DockerBackend *>(m_backend);
    QJsonArray env;
    for (auto it = job.environment.cbegin(); it != job.environment.cend(); ++it)
        env.append(QString(it.key() + u'=' + it.value()));
    // Docker makes /etc/resolv.conf and /etc/hosts of a host-network container itself.
    QJsonArray binds;
    for (const BuildMount &m : ordered(job.mounts))
        binds.append(QStringLiteral("%1:%2:%3")
                         .arg(m.hostPath(), m.path, m.writable ? QStringLiteral("rw") : QStringLiteral("ro")));
    const QJsonObject host {
        { QStringLiteral("Binds"), binds },
        { QStringLiteral("NetworkMode"), QStringLiteral("host") },
        { QStringLiteral("ReadonlyRootfs"), true },
        { QStringLiteral("Tmpfs"), QJsonObject { { QStringLiteral("/tmp"), QStringLiteral("rw,nosuid,nodev,size=2048m") } } },
        { QStringLiteral("CapDrop"), QJsonArray { QStringLiteral("ALL") } },
        { QStringLiteral("SecurityOpt"), QJsonArray { QStringLiteral("no-new-privileges") } },
        { QStringLiteral("PidsLimit"), 1024 },
        // Podman's default nproc is above its own hard limit (see DockerBackend::containerConfig).
        { QStringLiteral("Ulimits"),
          QJsonArray { QJsonObject { { QStringLiteral("Name"), QStringLiteral("nproc") },
                                     { QStringLiteral("Soft"), 32768 },
                                     { QStringLiteral("Hard"), 32768 } } } },
    };
    const QJsonObject config {
        { QStringLiteral("Image"), DockerBackend::runtimeImage(RuntimeImage::buildFamilyFor(job.runtime)) },
        { QStringLiteral("Entrypoint"), QJsonArray::fromStringList(job.command) },
        { QStringLiteral("WorkingDir"), job.workingDirectory },
        { QStringLiteral("User"), QStringLiteral("0:0") },
        { QStringLiteral("Env"), env },
        { QStringLiteral("Tty"), false },
        { QStringLiteral("Labels"),
          QJsonObject { { QLatin1String(DockerLabels::Engine), docker->ownerIdentity() },
                        { QLatin1String(DockerLabels::Kind), QStringLiteral("build") } } },
        { QStringLiteral("HostConfig"), host },
    };
    const QString name = containerName();
    InstanceSpec spec; // for DockerBackend::explain's advice: `bullpen images build python-build`
    spec.runtime = RuntimeImage::buildFamilyFor(job.runtime);
    docker->client()->call("POST", QStringLiteral("/containers/create?name=") + name,
                           QJsonDocument(config).toJson(QJsonDocument::Compact), this,
                           [this, spec](const DockerResponse &created) {
                               if (!m_running)
                                   return;
                               if (!created.ok()) {
                                   complete(-1, DockerBackend::explain(created, spec));
                                   return;
                               }
                               m_containerId = created.object().value(u"Id").toString();
                               dockerStarted(m_containerId);
                           });
}

void BuildSandbox::dockerStarted(const QString &containerId)
{
    DockerClient *client = static_cast<DockerBackend *>(m_backend)->client();
    client->call("POST", QStringLiteral("/containers/%1/start").arg(containerId), {}, this,
                 [this, client, containerId](const DockerResponse &started) {
                     if (!m_running)
                         return;
                     if (!started.ok()) {
                         dockerEnded(containerId, -1,
                                     QStringLiteral("the build container did not start: %1").arg(started.error));
                         return;
                     }
                     // The log from its beginning to the container's end, then its exit status.
                     auto demux = std::make_shared<DockerStreamDemux>(
                         [this](int, const QByteArray &payload) { feed(payload); });
                     m_logs = client->stream(
                         "GET", QStringLiteral("/containers/%1/logs?follow=1&stdout=1&stderr=1").arg(containerId),
                         nullptr, this, [demux](const QByteArray &chunk) { demux->feed(chunk); },
                         [this, client, containerId](const DockerResponse &) {
                             client->call("POST",
                                          QStringLiteral("/containers/%1/wait?condition=not-running").arg(containerId),
                                          {}, this, [this, containerId](const DockerResponse &waited) {
                                              const int code = waited.ok()
                                                  ? waited.object().value(u"StatusCode").toInt(-1)
                                                  : -1;
                                              dockerEnded(containerId, code, waited.ok() ? QString() : waited.error);
                                          });
                         });
                 });
}

void BuildSandbox::dockerEnded(const QString &containerId, int exitCode, const QString &error)
{
    // The job ends once the container is gone, so that nothing is left when
    // the sandbox (and its backend) goes right after.
    static_cast<DockerBackend *>(m_backend)
        ->client()
        ->call("DELETE", QStringLiteral("/containers/%1?force=1&v=1").arg(containerId), {}, this,
               [this, containerId, exitCode, error](const DockerResponse &) {
                   if (m_containerId == containerId)
                       m_containerId.clear();
                   complete(exitCode, error);
               });
}

void BuildSandbox::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_mode == Mode::Oci && !m_containerId.isEmpty()) {
        // The teardown takes the run over: kill, reap, delete, cgroups, bundle.
        QProcess *run = m_process.data();
        if (run)
            run->disconnect(this);
        static_cast<OciBackend *>(m_backend)->tearDown(std::exchange(m_containerId, {}), run);
        m_process = nullptr;
        return;
    }
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
        delete m_process.data();
    }
    if (m_mode == Mode::Docker) {
        if (m_logs) {
            m_logs->disconnect();
            m_logs->abort();
        }
        if (!m_containerId.isEmpty()) {
            // Bounded: the sandbox may be going away with the event loop.
            auto *docker = static_cast<DockerBackend *>(m_backend);
            DockerClient::requestSync(docker->client()->endpoint(), "DELETE",
                                      QStringLiteral("/containers/%1?force=1&v=1").arg(m_containerId),
                                      QDeadlineTimer(3000));
            m_containerId.clear();
        }
    }
}

} // namespace Bullpen
