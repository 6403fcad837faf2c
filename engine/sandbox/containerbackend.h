// SPDX-License-Identifier: MIT
#pragma once

#include "engine/images/runtimeimage.h"
#include "engine/project/functionconfig.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Bullpen {

// What one function instance needs: the warm pool fills it in, a backend runs it.
struct InstanceSpec
{
    QString instanceId; // unique, [a-z0-9-]; container id "bullpen-<instanceId>"
    QString codeDirectory; // host path, bound read-only at /var/task
    QString runtimeDirectory; // host path, bound read-only at /var/runtime; may be empty
    QString optDirectory; // host path, bound read-only at /opt (the merged layers); may be empty
    QStringList command; // argv inside the container
    QMap<QString, QString> environment; // the complete environment
    QString workingDirectory = QStringLiteral("/var/task");
    int memoryMb = 128;
    int tmpSizeMb = 512; // size of the /tmp tmpfs
    QString rootFilesystem; // empty: the runtime's image (runc, crun, Docker) or the host's file system (processes)
    QString runtime; // the function's AWS runtime name (python3.12): backends pick its image by it
    QString image; // an image of the function's own (PackageType: Image); empty: the runtime's image
    // PackageType: Image: how to build that image (the backend builds it, sets
    // image and takes the command from it); codeDirectory is then empty.
    ImagePackage imagePackage;
    // The function (its logical id) and the configuration this instance is
    // one of (the pool's key: code, memory, environment, runtime, layers...).
    // A backend that makes sandboxes ahead of need (runc) keeps one per
    // function for its latest configuration; empty: none is made for it.
    QString functionId;
    QString configurationKey;
    // SnapStart (FunctionConfig::snapStart): a backend that can checkpoint
    // (runc as root with CRIU) restores cold starts from a snapshot of the
    // initialised runtime; others start cold and say why (snapStartNote()).
    bool snapStart = false;
};

// Lambda's CPU share (decisions §3, the same rule on every isolating backend):
// one vCPU at 1,769 MB, in proportion below and above; in nano-CPUs (Docker's
// NanoCpus). As a CFS quota: this / 10,000 microseconds per 100,000 µs period.
inline qint64 lambdaNanoCpus(int memoryMb)
{
    return qint64(double(qMax(1, memoryMb)) * 1e9 / 1769.0);
}
inline constexpr qint64 CpuPeriodUs = 100000;
inline qint64 lambdaCpuQuotaUs(int memoryMb)
{
    // The kernel takes no quota under 1 ms.
    return qMax<qint64>(1000, lambdaNanoCpus(memoryMb) / (1000000000 / CpuPeriodUs));
}

// How an instance ended, in Lambda's words ("exit status 1", "signal: killed").
// crashed: it ended by a signal or an out-of-memory kill that kill() did not ask for.
// oomKilled: the cgroup's OOM killer ended it (root only, where the limit is
// enforced); reason stays Lambda's "signal: killed", the caller adds
// Runtime.OutOfMemory. A runtime's exit code above 128 reads as a signal.
struct InstanceExit
{
    int exitCode = 0;
    bool crashed = false;
    int signal = 0;
    bool oomKilled = false;
    QString reason;
};

// Lambda's wording for an exit: Go's os.ProcessState strings, which the real
// service puts into "Runtime exited with error: ...".
QString exitReason(int exitCode, int signal);

// One running instance (container or process). It owns the QProcess that runs
// it and everything made for it on disk (bundle, state), and removes them once
// the instance has exited.
class SandboxInstance : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~SandboxInstance() override;

    virtual void start() = 0; // then started() or failed()
    virtual void kill() = 0; // SIGKILL everything; exited() follows
    virtual qint64 maxMemoryUsedBytes() const = 0; // peak; -1 if unknown
    virtual qint64 currentMemoryBytes() const = 0; // -1 if unknown
    virtual bool memoryLimitEnforced() const = 0;
    virtual QString limitationNote() const = 0;
    // Reads, now, whatever the runtime has written that the event loop has not
    // delivered yet, so that lines printed before a response belong to it.
    // May emit output() and, if the runtime has ended meanwhile, exited().
    virtual void drainOutput() { }
    // Looks, now, for whether the runtime's process has started, and emits
    // started() if so and not yet said (the runtime may be faster than the
    // notice that it started).
    virtual void checkStarted() { }
    qint64 pid() const { return m_pid; }
    // The runtime's process is condemned: a SIGKILL is pending for it (it will
    // never run its own code again) or it has ended and not yet been reaped.
    // Read from /proc/PID/stat, kept open (a few microseconds a look); false
    // when that cannot be read (unknown).
    bool isBeingKilled() const;
    // When the runtime's process was started (wall clock, nanoseconds since
    // the epoch); 0 while unknown. Lambda's init phase begins here, after the
    // sandbox is made. Backends may find it out later than started() says.
    virtual qint64 processStartedAtNs() const { return m_processStartedAtNs; }
    // When the sandbox was made and only the runtime's start was left (wall
    // clock, nanoseconds since the epoch): a container created, its
    // namespaces, cgroup and mounts in place. 0 where the backend cannot tell
    // it apart from the process's start (a plain process). The first phase of
    // a cold start (ColdStartPhases::Sandbox) ends here.
    virtual qint64 sandboxMadeAtNs() const { return m_sandboxMadeAtNs; }
    // True when the sandbox was made ahead of need (before the request came,
    // see OciBackend's prepared sandboxes) and start() only let its runtime go.
    bool fromPreparedSandbox() const { return m_fromPrepared; }
    // SnapStart: true when the runtime was restored from a snapshot of its
    // initialised self (processStartedAtNs() is then when the restore began,
    // or when a copy restored ahead of need was taken); wokenAtNs() is when
    // it was woken to run its after-restore hooks (Billed Restore Duration
    // runs from there to its first /next).
    bool restoredFromSnapshot() const { return m_restored; }
    qint64 wokenAtNs() const { return m_wokenAtNs; }
    // Why a SnapStart function started cold instead ("SnapStart unavailable:
    // ..." or the restore's failure); empty when it was restored or asked for none.
    QString snapStartNote() const { return m_snapStartNote; }

    // Where the backend gives each instance a network namespace of its own
    // (RuntimeApiReach::ownNamespace), the instance makes the Runtime API's
    // listening socket at 127.0.0.1:9001 inside it before the runtime starts,
    // and hands it to this sink, which takes the descriptor over (also when it
    // returns false, with the reason). Without a sink no listener is made.
    using ListenerSink = std::function<bool(int fd, QString *error)>;
    void setRuntimeApiListenerSink(ListenerSink sink) { m_listenerSink = std::move(sink); }

Q_SIGNALS:
    void started();
    void failed(const QString &message);
    void output(const QByteArray &line, bool isStderr);
    void exited(const Bullpen::InstanceExit &exit);

protected:
    // Splits a chunk of a stream into lines; partial lines wait for the rest.
    void feedOutput(const QByteArray &chunk, bool isStderr);
    // Emits what is left of both streams as a last line each.
    void flushOutput();

    // Makes the listener inside the namespace nsFd and gives it to the sink;
    // true when there is no sink. False with *error otherwise.
    bool handOverRuntimeApiListener(int nsFd, QString *error);
    // Gives a listener made earlier (a sandbox made ahead of its instance) to
    // the sink, which takes it over; closes it when there is no sink.
    bool handOverListener(int fd, QString *error);
    bool hasListenerSink() const { return bool(m_listenerSink); }

    qint64 m_pid = 0;
    qint64 m_processStartedAtNs = 0;
    qint64 m_sandboxMadeAtNs = 0;
    bool m_fromPrepared = false;
    bool m_restored = false;
    qint64 m_wokenAtNs = 0;
    QString m_snapStartNote;

private:
    QByteArray m_pending[2];
    mutable int m_statFd = -1; // /proc/m_statPid/stat, for isBeingKilled()
    mutable qint64 m_statPid = 0;
    ListenerSink m_listenerSink;
};

// How the runtime inside an instance reaches the Runtime API the engine serves
// for it: the engine listens there and puts it into AWS_LAMBDA_RUNTIME_API.
struct RuntimeApiReach
{
    // Plain processes (and rootless runc, crun): the host's loopback, on a port
    // of the engine's choosing.
    QString hostAddress = QStringLiteral("127.0.0.1");
    // runc, crun and Docker as root: every instance has a network namespace of
    // its own, its Runtime API is at 127.0.0.1:9001 in there (a listener the
    // instance makes inside it, see SandboxInstance::setRuntimeApiListenerSink),
    // and nothing of the host's loopback is reachable (decisions §3).
    bool ownNamespace = false;
};

// What an instance's root file system is made from.
enum class InstanceSource {
    RootFilesystem, // a folder bind-mounted as the root (runc, crun; the host's for plain processes)
    Image, // a container image that the backend's daemon unpacks (Docker, Podman)
};

// The removal of something a backend made (a container, a process, whatever
// they left on disk) that goes on after its SandboxInstance is gone: it kills,
// reaps on the exit signal, removes the rest, and then deletes itself. The
// backend owns it and counts it until it is gone.
class SandboxTeardown : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Completes the removal now, blocking for at most the deadline: for process
    // exit only (the backend's shutdownNow()).
    virtual void finishNow(QDeadlineTimer deadline) = 0;
};

// A way to run instances: an OCI runtime (runc, crun) or a plain process; the
// BackendRegistry makes them. A backend owns every instance it creates and
// whatever they leave behind.
//
// Nothing a backend does on the calling thread waits for a child process: the
// slow parts (stale clean-up, stopping instances, removing containers) are
// asynchronous and signal their end. Only shutdownNow() blocks, within a
// deadline, for process exit, where no event loop runs any more.
class ContainerBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Its BackendRegistry id: "runc", "crun" or "process".
    virtual QString name() const = 0;
    virtual bool isAvailable(QString *whyNot) const = 0;
    virtual RuntimeApiReach runtimeApiReach() const { return {}; }
    virtual InstanceSource instanceSource() const = 0;
    // The image that instances of an AWS runtime (python3.12) run on here,
    // once it is built; nullopt for the host's files (processes) or while it
    // is missing. What the REPORT and INIT_START say about the runtime.
    virtual std::optional<RuntimeImage> runtimeImageFor(const QString &runtime)
    {
        Q_UNUSED(runtime);
        return std::nullopt;
    }
    // A new instance. Its start() waits while a stale clean-up is going on, so
    // that no container is created before that clean-up is done.
    virtual SandboxInstance *create(const InstanceSpec &spec, QObject *parent) = 0;

    // Starts removing the containers, bundles and cgroups of an earlier engine
    // that died; returns at once, staleCleanupFinished() follows (always
    // after this call has returned).
    void cleanupStale();
    bool isCleaningUp() const { return m_cleaningUp; }
    // Starts killing and removing everything this backend made; returns at
    // once, shutdownFinished() follows once nothing is left (always after this
    // call has returned, also when there was nothing to do).
    void shutdown();
    // True while a stale clean-up or a teardown is still going on.
    bool isBusy() const;
    // The bounded synchronous path, for process exit only (a destructor, a
    // handler of aboutToQuit or of a signal): does what shutdown() does and
    // returns when it is done or the deadline has passed.
    void shutdownNow(QDeadlineTimer deadline);

    // Deletes a backend that its owner lets go of: at once when it is idle;
    // while a teardown goes on and an event loop runs, once shutdownFinished()
    // has come (and within a bound when the application ends first); with no
    // event loop running, after shutdownNow().
    static void dispose(ContainerBackend *backend);

Q_SIGNALS:
    void staleCleanupFinished();
    void shutdownFinished();
    // A runtime image an instance waits for is being built (or imported):
    // what happens now, and how far along it is (percent, -1 unknown).
    void runtimeImageProgress(const QString &runtime, const QString &message, int percent);

protected:
    // Starts the backend's own clean-up; calls endCleanupStale() when done.
    virtual void beginCleanupStale() = 0;
    // Process exit during a clean-up: stop what it started (the next start of
    // an engine finds what is left).
    virtual void abortCleanupStale() { }
    // Hands every live instance to a SandboxTeardown (see adoptTeardown()).
    virtual void tearDownInstances() = 0;
    void endCleanupStale();
    // Takes a teardown over: it becomes the backend's child and is counted
    // until it is destroyed.
    void adoptTeardown(SandboxTeardown *teardown);

private:
    void maybeFinishShutdown();

    QList<QPointer<SandboxTeardown>> m_teardowns;
    bool m_cleaningUp = false;
    bool m_inCleanupCall = false;
    bool m_shutdownPending = false;
};

// The registry's factory (BackendRegistry::create), for callers that have an id.
ContainerBackend *createBackend(const QString &name, QString *error, QObject *parent = nullptr);

} // namespace Bullpen

Q_DECLARE_METATYPE(Bullpen::InstanceExit)
