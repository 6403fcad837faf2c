// SPDX-License-Identifier: MIT
#pragma once

#include "engine/sandbox/containerbackend.h"
#include "engine/sandbox/ociinstance.h"

#include <QHash>
#include <QPointer>
#include <QStringList>

#include <functional>

class QProcess;

namespace Bullpen {

class CheckpointTrial;
class OciBackend;
class SnapshotMaker;

// SnapStart on the runc backend as root (issue 16, item 4; the spike in
// tests/engine/sandbox/snapstart-spike shows each step by hand). The first
// cold start of a SnapStart configuration initialises the runtime with
// AWS_LAMBDA_INITIALIZATION_TYPE=snap-start in a sandbox of its own, answers
// its /restore/next, waits until it has closed its connection and checkpoints
// it with "runc checkpoint" (CRIU) into the backend's state folder; every cold
// start then restores a copy of it into a new sandbox (a new network namespace
// with its own listener at 127.0.0.1:9001, a new /tmp), reseeds the kernel's
// random generator and wakes it with SIGUSR1 (the runtime's after-restore
// hooks, then its first /next). One copy per configuration is restored ahead
// of need (the spare) and only woken by the request.
namespace SnapStart {

// Why this backend cannot checkpoint, in one sentence ("SnapStart needs
// root ..."); empty when it may (`criu check` and a trial checkpoint are
// asked separately, by SnapStartStore).
QString unavailableReason(const OciBackend &backend);
// Why a backend of this name cannot checkpoint ("SnapStart needs the runc backend ...").
QString backendReason(const QString &backendName);
// Why this function cannot be snapshotted here; empty when it can.
QString unsupportedReason(const InstanceSpec &spec);
// True when root here lacks CAP_SYS_RESOURCE: CRIU cannot then read the
// rlimits of another user's process, so the runtime runs as uid 0 (without
// capabilities) in SnapStart's sandboxes.
bool runtimeAsRoot();
// RNDRESEEDCRNG on /dev/urandom: the kernel's generator moves to a new
// generation, and every random state keyed from it (the C library's vDSO
// getrandom state, copied by the snapshot) is keyed afresh. CAP_SYS_ADMIN.
bool reseedKernelRandom(QString *error);
// Whether a hardware breakpoint set through ptrace stops a task on this
// machine. CRIU sets one (x86 debug register DR0) where its parasite code and
// its restorer return, and waits for it; where the processor's debug
// registers are not passed through to this kernel (seen: a Firecracker
// virtual machine, kernel 6.18.44-fc) the breakpoint never fires and every
// dump waits forever, while `criu check` passes. Probed once per process (a
// traced child runs into one; at most 100 ms, usually well under 1 ms); true
// where it cannot be told (no ptrace, another processor).
bool hardwareBreakpointsFire();
// Sets process's environment for CRIU and for runc's checkpoint and
// restore, which start CRIU with theirs: where hardware breakpoints do not
// fire, CRIU_FAULT=130 (CRIU's FI_NO_BREAKPOINTS, the path it takes where a
// processor has no breakpoints and on Xen) makes it stop the task at the
// sigreturn system call instead (PTRACE_SYSCALL). Elsewhere nothing changes.
void prepareCriuProcess(QProcess *process);
// Whether an unavailable reason is the trial checkpoint's (SnapStartStore):
// CRIU passes `criu check` and still cannot dump a process on this kernel, a
// limitation of the machine rather than of the engine's set-up.
bool isKernelRefusal(const QString &reason);
// The last count lines of a log file (CRIU's), joined by " | "; empty when unreadable.
QString logTail(const QString &path, int count);
// Copies the folder from's content into the folder to ("cp -a", a child
// process of context), then calls done on context's thread with an error or
// "". At once, without a process, when from is missing or empty (ext4's
// lost+found aside). For /tmp:
// what the init left there is in the snapshot folder, and in every copy.
void copyFolder(const QString &from, const QString &to, QObject *context, std::function<void(const QString &)> done);
// Removes snapshot folders of engines that have gone (owner file).
void removeStale(const QString &directory);

} // namespace SnapStart

// The snapshots of one OCI backend: one per function, for its latest
// SnapStart configuration (InstanceSpec::configurationKey); a changed
// configuration drops the old one, its spare with it. Everything is removed by
// shutdown() and, after a crash, by SnapStart::removeStale (folders) and the
// backend's stale clean-up (containers).
class SnapStartStore final : public QObject
{
    Q_OBJECT
public:
    explicit SnapStartStore(OciBackend *backend);
    ~SnapStartStore() override;

    // The snapshot's images folder for spec's configuration, made first when
    // there is none (that cold start waits for its init and checkpoint);
    // initLogs: what the snapshot's init printed (given to the first copy
    // only). With error set instead when SnapStart cannot be used: the
    // instance then starts cold as usual. Always called later, from the event
    // loop, and not at all when context has gone.
    // original: for the first start of a new snapshot, the snapshot's own
    // runtime, left running by the checkpoint (given to context; wake it
    // with OciInstance::wakeSnapshotRun()); nullptr otherwise.
    using Ready = std::function<void(const QString &images, const QStringList &initLogs, const QString &error,
                                     OciInstance *original)>;
    void acquire(const InstanceSpec &spec, QObject *context, Ready ready);
    // The copy restored ahead for spec's configuration, parked, given to
    // parent; nullptr when there is none ready. Another is restored after.
    OciInstance *takeSpare(const InstanceSpec &spec, QObject *parent);
    // Restores a spare for spec's configuration if it has none (bounded by
    // the backend's maxPrepared(): 0 makes none).
    void replenish(const InstanceSpec &spec);

    QString directory() const { return m_directory; }
    QStringList snapshotFolders() const; // made or being made
    int spareCount() const; // restored and parked
    QStringList spareContainerIds() const; // restored or being restored
    // The result of SnapStart::unavailableReason, `criu check` and a trial
    // checkpoint (CheckpointTrial), once asked ("" when available).
    QString unavailableReason() const { return m_unavailable; }
    // Asks once per engine (child processes, not on this thread) whether
    // SnapStart works here, then calls then on context's thread, later, when
    // context is still there; at once (from the event loop) when known.
    void whenChecked(QObject *context, std::function<void()> then);
    // Drops every snapshot, spare and snapshot being made.
    void shutdown();

Q_SIGNALS:
    // A spare for this function is restored and parked.
    void spareReady(const QString &functionId);
    // A snapshot for this function is taken (folder) or could not be (error).
    void snapshotDone(const QString &functionId, const QString &error);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Ready ready;
    };
    struct Snapshot
    {
        QString key;
        QString folder; // <directory>/<pid>-<serial>: owner, images/, work/
        InstanceSpec spec; // the configuration, for its spares
        QPointer<SnapshotMaker> maker; // while it is being taken
        QString error; // it could not be taken: every start of this configuration starts cold
        QStringList initLogs;
        bool logsGiven = false;
        QList<Waiter> waiters;
        QPointer<OciInstance> spare;
    };
    void check();
    void onChecked(int exitCode, const QString &output);
    void onTried(const QString &error);
    void checkDone();
    void serve(const QString &functionId);
    void handOriginal(Snapshot &snapshot, OciInstance *original);
    void discard(OciInstance *instance);
    void drop(const QString &functionId);
    void answer(const Waiter &waiter, const QString &images, const QStringList &logs, const QString &error);
    QString imagesOf(const Snapshot &snapshot) const { return snapshot.folder + QStringLiteral("/images"); }

    QPointer<OciBackend> m_backend;
    QString m_directory;
    QHash<QString, Snapshot> m_snapshots; // functionId → its snapshot
    quint64 m_serial = 0;
    enum class Check { NotYet, Running, Done } m_check = Check::NotYet;
    QProcess *m_checker = nullptr;
    CheckpointTrial *m_trial = nullptr;
    QString m_unavailable;
    QList<std::function<void()>> m_afterCheck;
    bool m_shuttingDown = false;
};

// The sandbox a SnapStart function's instance gets from the OCI backend: a
// copy of its snapshot, restored (or the spare, taken) and woken; where that
// cannot be (SnapStart unavailable, the snapshot's init failed, a restore
// failed), an ordinary sandbox started cold, the reason in snapStartNote() and
// in the init's log. Whatever it ends up as, it says started() or failed()
// once, as every sandbox does.
class SnapStartInstance final : public SandboxInstance
{
    Q_OBJECT
public:
    SnapStartInstance(OciBackend *backend, const InstanceSpec &spec, QObject *parent);
    ~SnapStartInstance() override;

    void start() override;
    void kill() override;
    qint64 maxMemoryUsedBytes() const override;
    qint64 currentMemoryBytes() const override;
    bool memoryLimitEnforced() const override;
    QString limitationNote() const override;
    void drainOutput() override;
    void checkStarted() override;
    qint64 processStartedAtNs() const override;
    qint64 sandboxMadeAtNs() const override;

    OciInstance *sandbox() const { return m_inner.data(); }

private:
    void restore(const QString &images);
    void coldStart(const QString &why);
    void attach(OciInstance *inner, bool restoring);
    void replenishOnceStarted(OciInstance *inner);

    QPointer<OciBackend> m_backend;
    InstanceSpec m_spec;
    QPointer<OciInstance> m_inner;
    bool m_restoring = false; // m_inner is a restored copy not yet woken
    bool m_started = false;
    bool m_killRequested = false;
    bool m_done = false;
};

} // namespace Bullpen
