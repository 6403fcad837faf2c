// SPDX-License-Identifier: MIT
#pragma once

#include "engine/sandbox/containerbackend.h"

#include <QDeadlineTimer>
#include <QPointer>

class QFileSystemWatcher;
class QProcess;

namespace Bullpen {

class DirectOutput;
class OciBackend;
class OutboundLink;
struct OciOptions;

// One container: "runc run" as a child QProcess whose stdout/stderr are the
// container's own. Owns that process, the bundle folder and, after exit, the
// removal of the container and its cgroup. started() is emitted when the
// runtime writes the pid file, which it does once the command has been exec'd.
class OciInstance final : public SandboxInstance
{
    Q_OBJECT
public:
    OciInstance(OciBackend *backend, const InstanceSpec &spec, QObject *parent = nullptr);
    ~OciInstance() override;

    void start() override;
    void kill() override;
    qint64 maxMemoryUsedBytes() const override;
    qint64 currentMemoryBytes() const override;
    bool memoryLimitEnforced() const override;
    QString limitationNote() const override;
    void drainOutput() override;
    void checkStarted() override { onPidFile(); }
    qint64 processStartedAtNs() const override;
    qint64 sandboxMadeAtNs() const override;

    QString containerId() const { return m_containerId; }
    QString bundlePath() const { return m_bundle; }
    // The root it runs on (resolved: the runtime's image once it is known).
    QString rootFilesystem() const { return m_spec.rootFilesystem; }
    void startFromFunctionImage();
    bool isRunning() const;
    // A sandbox made ahead of need (OciBackend's prepared sandboxes): start()
    // makes everything (bundle, network namespace with the Runtime API's
    // listener, /tmp, link, cgroup, the container itself) but its first
    // process waits, as a shell, for an instance's environment; prepared()
    // follows instead of started(). Call before start().
    void setPrepared() { m_gated = true; }
    // Made, waiting for an instance to take it.
    bool isPrepared() const { return m_gated && m_started && !m_gateOpened && !m_done; }
    // Taken by an instance of the same configuration: spec's environment (its
    // instance id, log stream name...) is what the runtime gets; the next
    // start() lets it go. The container keeps its own id.
    void adopt(const InstanceSpec &spec);
    // SnapStart (engine/sandbox/snapstart.h). A snapshot's run: the runtime
    // initialises with the instance's environment (snap-start, without the
    // log group and stream) on a /tmp the engine mounts on a folder of the
    // bundle and the container binds (mountSnapTmp(); capped, on disk, kept
    // mounted until the checkpoint is done), its output relayed by runc (CRIU cannot dump the
    // engine's own pipes), and the Runtime API's listener is kept here for
    // the snapshot's maker (takeListener()). Call before start().
    void setSnapshotRun() { m_snap = Snap::Run; }
    int takeListener() { return std::exchange(m_listenerFd, -1); }
    // After "runc checkpoint --leave-running": the snapshot's runtime, waiting
    // for its wake, becomes an instance's (the first cold start's, which then
    // needs no restore). setListener() gives its Runtime API listener back
    // (a copy the maker kept; closed with the instance); wakeSnapshotRun()
    // wakes it as a restored copy is woken, and started() follows. Its init
    // is an ordinary one (Init Duration: from its process's start).
    void setListener(int fd) { m_listenerFd = fd; }
    void wakeSnapshotRun();
    // A restored copy: start() makes a sandbox as for a snapshot's run (a new
    // namespace, listener and /tmp) and restores the snapshot in images into
    // it ("runc restore"); restored() follows once its process tree is back,
    // parked. The next start() wakes it: the listener to the sink, the
    // kernel's random generator reseeded (the snapshot holds the C library's
    // random state), SIGUSR1 (the runtime's after-restore hooks), started().
    void setRestoreFrom(const QString &images) { m_snap = Snap::Restore, m_images = images; }
    bool isParked() const { return m_snap == Snap::Restore && m_started && !m_woken && !m_done; }
    // The last lines of CRIU's restore log (for a restore that failed).
    QString restoreLogTail() const;
    // Gives the container (its "runc run" process, its bundle and cgroups) to
    // a teardown of the backend, which kills and removes it without blocking;
    // the instance emits nothing afterwards. For the backend's shutdown() and
    // for an instance deleted before its container has gone.
    void handOver();

Q_SIGNALS:
    // A prepared sandbox is made and waits (setPrepared()).
    void prepared();
    // A restored copy is back and parked (setRestoreFrom()).
    void restored();

private:
    // A prepared sandbox's runtime goes: the listener to the sink, the
    // environment through the gate, then started().
    void openGate();
    void wake();
    void closeGate();
    // The part of start() after the bundle folder: /tmp's file system first
    // where it is disk-backed (mke2fs runs as a child, not on this thread).
    void makeTmp();
    // SnapStart's /tmp: that file system mounted on the bundle's tmp folder
    // (bound in), filled with the snapshot's for a restored copy.
    void mountSnapTmp();
    // The instance's own network namespace with the Runtime API's listener in
    // it, made at once, and its link to the outside (a child process); false
    // when that failed (failed() has been emitted).
    bool makeNetwork();
    // launch() once /tmp and the link are both ready.
    void launchWhenReady();
    void launch();
    // /etc/hosts (host.docker.internal) and /etc/resolv.conf for the
    // instance's network; false when they could not be written (failed()).
    bool bindNames(OciOptions &options);
    // Ends the link to the outside (its helper exits by itself).
    void cutLink();
    // Closes what only the container's creation needed (namespace, loop device).
    void releaseSetup();
    void onPidFile();
    void onFinished(int exitCode, bool crashExit);
    void finish(const InstanceExit &exit);
    void fail(const QString &message);
    void removeLeftovers(const std::function<void()> &then);
    qint64 oomKills() const;

    QPointer<OciBackend> m_backend;
    InstanceSpec m_spec;
    QString m_containerId;
    QString m_bundle;
    QString m_memoryCgroup;
    QProcess *m_run = nullptr;
    DirectOutput *m_direct = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QByteArray m_stderrTail;
    mutable qint64 m_maxMemory = -1;
    // The cgroup's peak-memory file, kept open: it is read after every invocation.
    mutable int m_peakFd = -1;
    int m_netnsFd = -1; // the instance's network namespace, until runc has joined it
    int m_tmpFd = -1; // /tmp's loop device, until runc has mounted it
    bool m_tmpMounted = false; // SnapStart: the engine's mount at <bundle>/tmp, until the container has bound it
    QString m_tmpDevice;
    OutboundLink *m_link = nullptr; // slirp4netns on the namespace, while the container may use it
    enum class Snap { None, Run, Restore };
    Snap m_snap = Snap::None;
    QString m_images; // Restore: the snapshot's images
    qint64 m_restoreStartedAtNs = 0;
    qint64 m_takenAtNs = 0; // a copy restored ahead: when an instance took it
    bool m_woken = false;
    bool m_keepNamespace = false; // a snapshot's run: m_netnsFd stays open until it ends
    bool m_gated = false; // made ahead: the runtime waits on the gate
    bool m_gateOpened = false;
    int m_gateFd = -1; // the gate pipe's write end, until the environment is written
    int m_listenerFd = -1; // a prepared sandbox's Runtime API listener, until an instance takes it
    bool m_tmpReady = false;
    bool m_started = false;
    bool m_done = false;
    bool m_killRequested = false;
    bool m_cleaned = false; // nothing of the container is left (or a teardown has it)
    bool m_waitingForCleanup = false;
};

} // namespace Bullpen
