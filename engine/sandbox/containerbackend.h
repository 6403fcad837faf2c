// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Bullpen {

// What one function instance needs: the warm pool fills it in, a backend runs it.
struct InstanceSpec {
    QString instanceId;                 // unique, [a-z0-9-]; container id "bullpen-<instanceId>"
    QString codeDirectory;              // host path, bound read-only at /var/task
    QString runtimeDirectory;           // host path, bound read-only at /var/runtime; may be empty
    QStringList command;                // argv inside the container
    QMap<QString, QString> environment; // the complete environment
    QString workingDirectory = QStringLiteral("/var/task");
    int memoryMb = 128;
    int tmpSizeMb = 512;                // size of the /tmp tmpfs
    QString rootFilesystem;             // empty: the host's file system, read-only
};

// How an instance ended, in Lambda's words ("exit status 1", "signal: killed").
// crashed: it ended by a signal or an out-of-memory kill that kill() did not ask for.
// oomKilled: the cgroup's OOM killer ended it (root only, where the limit is
// enforced); reason stays Lambda's "signal: killed", the caller adds
// Runtime.OutOfMemory. A runtime's exit code above 128 reads as a signal.
struct InstanceExit {
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

    virtual void start() = 0;                       // then started() or failed()
    virtual void kill() = 0;                        // SIGKILL everything; exited() follows
    virtual qint64 maxMemoryUsedBytes() const = 0;  // peak; -1 if unknown
    virtual qint64 currentMemoryBytes() const = 0;  // -1 if unknown
    virtual bool memoryLimitEnforced() const = 0;
    virtual QString limitationNote() const = 0;
    // Reads, now, whatever the runtime has written that the event loop has not
    // delivered yet, so that lines printed before a response belong to it.
    // May emit output() and, if the runtime has ended meanwhile, exited().
    virtual void drainOutput() {}
    qint64 pid() const { return m_pid; }
    // When the runtime's process was started (wall clock, nanoseconds since
    // the epoch); 0 while unknown. Lambda's init phase begins here, after the
    // sandbox is made. Backends may find it out later than started() says.
    virtual qint64 processStartedAtNs() const { return m_processStartedAtNs; }

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

    qint64 m_pid = 0;
    qint64 m_processStartedAtNs = 0;

private:
    QByteArray m_pending[2];
};

// A way to run instances: an OCI runtime (runc, crun) or a plain process.
// A backend owns every instance it creates and whatever they leave behind.
class ContainerBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString name() const = 0;
    virtual bool isAvailable(QString *whyNot) const = 0;
    virtual SandboxInstance *create(const InstanceSpec &spec, QObject *parent) = 0;
    // Removes containers, bundles and cgroups of an earlier engine that died.
    virtual void cleanupStale() = 0;
    // Kills and removes everything this backend made; synchronous, at most ~2 s.
    virtual void shutdown() = 0;
};

// "oci" (the first working of crun and runc), "runc", "crun" or "process".
// Returns nullptr with *error set when the backend cannot work here.
ContainerBackend *createBackend(const QString &name, QString *error, QObject *parent = nullptr);

} // namespace Bullpen

Q_DECLARE_METATYPE(Bullpen::InstanceExit)
