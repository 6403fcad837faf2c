// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QNetworkReply;
class QProcess;

namespace Bullpen {

class ContainerBackend;
class DockerBackend;
class OciBackend;

// A host path the build's tools see, at the same path inside the sandbox
// (or another host folder in its place).
struct BuildMount
{
    BuildMount(const QString &path, bool writable = false, const QString &source = {})
        : path(path)
        , writable(writable)
        , source(source)
    { }

    QString path;
    bool writable = false;
    QString source; // the host path bound there; empty: path itself

    QString hostPath() const { return source.isEmpty() ? path : source; }
};

// One tool run of a build: pip, npm or make.
struct BuildJob
{
    QString runtime; // the function's AWS runtime name: the sandbox runs on its image
    QStringList command; // argv; the program by name, found on the image's PATH (or the host's)
    QString workingDirectory; // a host path (the same inside)
    QMap<QString, QString> environment; // complete; PATH is the image's inside a sandbox
    QList<BuildMount> mounts; // everything else of the host stays out
    // A file or folder of the image the tool needs ("usr/lib/python3/dist-packages/pip"),
    // and what to call it when it is missing ("pip"); checked on runc's unpacked root.
    QString imageNeeds;
    QString imageNeedsName;
};

// Runs a build's tools in the function's sandbox shape (decisions §3): a
// container of its runtime's build image, the runtime image with pip, npm and
// make added, as SAM builds in its build images (RuntimeImage::buildFamilyFor;
// runc or crun on the unpacked image; a Docker or Podman container of the
// backend's import of it, <repository>:<family>-build), the
// job's mounts bound at their own paths (the function's source read-only, the
// build folder and the dependency cache writable, pip's and npm's
// configuration files read-only), the host's network (builds fetch packages),
// no capabilities, no-new-privileges, as root of the container (so the files
// it writes belong to the user who builds; rootless runc maps that root to
// the user). Nothing of the user's home is there unless a mount names it.
//
// On the process backend the tools run on the host as plain child processes,
// which isolates nothing (as that backend's instances).
//
// One job at a time; lines() as the tool writes them, then finished().
class BuildSandbox final : public QObject
{
    Q_OBJECT
public:
    // backendId: a BackendRegistry id ("oci", "runc", "crun", "docker", "process").
    // imageCache: runc's image cache (empty: the default). nullptr with *error
    // when that backend is not available here.
    static BuildSandbox *create(const QString &backendId, const QString &imageCache, QObject *parent,
                                QString *error);
    ~BuildSandbox() override;

    // False on the process backend: the tools run on the host.
    bool isolates() const { return m_mode != Mode::Host; }
    // "runc", "docker", "process": where the jobs run.
    QString backendName() const;

    // Starts a job; lines and then finished() follow, never from inside this call.
    void run(const BuildJob &job);
    bool isRunning() const { return m_running; }
    // Stops the job's process or container; finished() does not follow.
    void cancel();

    // The skeleton root of a runc build container: the image's top-level
    // entries bound read-only, split one level further wherever a mount
    // needs a mount point below them, so that no mount point is ever made
    // in the (shared) image. Returns the image binds (image path, path inside).
    static QList<std::pair<QString, QString>> layOutRoot(const QString &imageRoot, const QString &skeleton,
                                                         const QList<BuildMount> &mounts);

Q_SIGNALS:
    void line(const QString &text);
    // exitCode: the tool's; error: why it could not run at all (empty when it ran).
    void finished(int exitCode, const QString &error);

private:
    enum class Mode { Host, Oci, Docker };
    explicit BuildSandbox(Mode mode, ContainerBackend *backend, QObject *parent);

    void runOnHost(const BuildJob &job);
    void runInOci(const BuildJob &job);
    void startOci(const BuildJob &job);
    void runInDocker(const BuildJob &job);
    void dockerStarted(const QString &containerId);
    void dockerEnded(const QString &containerId, int exitCode, const QString &error);
    void watchProcess(QProcess *process);
    void feed(const QByteArray &chunk);
    void complete(int exitCode, const QString &error);

    Mode m_mode;
    ContainerBackend *m_backend = nullptr;
    QPointer<QProcess> m_process;
    QPointer<QNetworkReply> m_logs;
    QString m_containerId;
    QByteArray m_pending;
    bool m_running = false;
};

} // namespace Bullpen
