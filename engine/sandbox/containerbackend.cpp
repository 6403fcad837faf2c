// SPDX-License-Identifier: MIT
#include "engine/sandbox/containerbackend.h"

#include "engine/sandbox/backendregistry.h"
#include "engine/sandbox/sandboxnetwork.h"

#include <QCoreApplication>
#include <QThread>

#include <csignal>
#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

namespace Bullpen {

namespace {

const int exitMetaTypeId = qRegisterMetaType<Bullpen::InstanceExit>();

// Go's names for signals (syscall.Signal.String()), as Lambda prints them.
QString signalName(int signal)
{
    switch (signal) {
    case SIGHUP:
        return QStringLiteral("hangup");
    case SIGINT:
        return QStringLiteral("interrupt");
    case SIGQUIT:
        return QStringLiteral("quit");
    case SIGILL:
        return QStringLiteral("illegal instruction");
    case SIGTRAP:
        return QStringLiteral("trace/breakpoint trap");
    case SIGABRT:
        return QStringLiteral("aborted");
    case SIGBUS:
        return QStringLiteral("bus error");
    case SIGFPE:
        return QStringLiteral("floating point exception");
    case SIGKILL:
        return QStringLiteral("killed");
    case SIGUSR1:
        return QStringLiteral("user defined signal 1");
    case SIGSEGV:
        return QStringLiteral("segmentation fault");
    case SIGUSR2:
        return QStringLiteral("user defined signal 2");
    case SIGPIPE:
        return QStringLiteral("broken pipe");
    case SIGALRM:
        return QStringLiteral("alarm clock");
    case SIGTERM:
        return QStringLiteral("terminated");
    case SIGXCPU:
        return QStringLiteral("CPU time limit exceeded");
    case SIGXFSZ:
        return QStringLiteral("file size limit exceeded");
    case SIGSYS:
        return QStringLiteral("bad system call");
    default:
        return QStringLiteral("signal %1").arg(signal);
    }
}

} // namespace

QString exitReason(int exitCode, int signal)
{
    Q_UNUSED(exitMetaTypeId)
    if (signal != 0)
        return QStringLiteral("signal: ") + signalName(signal);
    return QStringLiteral("exit status %1").arg(exitCode);
}

SandboxInstance::~SandboxInstance()
{
    if (m_statFd >= 0)
        ::close(m_statFd);
}

bool SandboxInstance::isBeingKilled() const
{
    if (m_pid <= 0)
        return false;
    if (m_statPid != m_pid) {
        if (m_statFd >= 0)
            ::close(m_statFd);
        char path[48];
        std::snprintf(path, sizeof path, "/proc/%lld/stat", static_cast<long long>(m_pid));
        m_statFd = ::open(path, O_RDONLY | O_CLOEXEC);
        m_statPid = m_pid;
    }
    if (m_statFd < 0)
        return false;
    // Read again from the start: the kernel writes the line anew each time.
    char text[1024];
    const ssize_t n = ::pread(m_statFd, text, sizeof text - 1, 0);
    if (n <= 0)
        return false;
    // "PID (COMM) STATE ...": COMM may hold anything, so fields count from the
    // last ')'. STATE Z or X: it has ended. The 31st field is the pending
    // signals of its main thread: a SIGKILL sent to the process is put there
    // (and into every thread's) at once, and it will never run its code again.
    const QByteArrayView line(text, n);
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return false;
    // Fields after COMM, each followed by one space.
    QByteArrayView rest = line.sliced(close + 1).trimmed();
    auto nextField = [&rest] {
        const qsizetype space = rest.indexOf(' ');
        const QByteArrayView field = space < 0 ? rest : rest.first(space);
        rest = space < 0 ? QByteArrayView() : rest.sliced(space + 1);
        return field;
    };
    const QByteArrayView state = nextField();
    if (state == "Z" || state == "X")
        return true;
    QByteArrayView signal; // the 31st field; STATE was the 3rd
    for (int field = 4; field <= 31; ++field) {
        if (rest.isEmpty())
            return false;
        signal = nextField();
    }
    bool ok = false;
    const quint64 pending = signal.toULongLong(&ok);
    return ok && (pending & (quint64(1) << (SIGKILL - 1)));
}

void SandboxInstance::feedOutput(const QByteArray &chunk, bool isStderr)
{
    QByteArray &pending = m_pending[isStderr ? 1 : 0];
    pending += chunk;
    qsizetype from = 0;
    for (qsizetype newline = pending.indexOf('\n'); newline >= 0; newline = pending.indexOf('\n', from)) {
        Q_EMIT output(pending.mid(from, newline - from), isStderr);
        from = newline + 1;
    }
    pending.remove(0, from);
}

bool SandboxInstance::handOverRuntimeApiListener(int nsFd, QString *error)
{
    if (!m_listenerSink)
        return true;
    const int fd = SandboxNetwork::listenInside(nsFd, SandboxNetwork::RuntimeApiPort, error);
    if (fd < 0)
        return false;
    return m_listenerSink(fd, error);
}

bool SandboxInstance::handOverListener(int fd, QString *error)
{
    if (!m_listenerSink) {
        ::close(fd);
        return true;
    }
    return m_listenerSink(fd, error);
}

void SandboxInstance::flushOutput()
{
    for (int stream = 0; stream < 2; ++stream) {
        if (!m_pending[stream].isEmpty()) {
            const QByteArray rest = std::exchange(m_pending[stream], QByteArray());
            Q_EMIT output(rest, stream == 1);
        }
    }
}

ContainerBackend *createBackend(const QString &name, QString *error, QObject *parent)
{
    return BackendRegistry::create(name, error, parent);
}

void ContainerBackend::cleanupStale()
{
    if (m_cleaningUp)
        return;
    m_cleaningUp = true;
    m_inCleanupCall = true;
    beginCleanupStale();
    m_inCleanupCall = false;
}

void ContainerBackend::endCleanupStale()
{
    if (!m_cleaningUp)
        return;
    if (m_inCleanupCall) {
        // Nothing to do: still a signal, but after cleanupStale() has returned,
        // so that a caller may connect to it afterwards.
        QMetaObject::invokeMethod(this, &ContainerBackend::endCleanupStale, Qt::QueuedConnection);
        m_inCleanupCall = false;
        return;
    }
    m_cleaningUp = false;
    Q_EMIT staleCleanupFinished();
    maybeFinishShutdown();
}

void ContainerBackend::shutdown()
{
    m_shutdownPending = true;
    tearDownInstances();
    // Queued: the signal comes after this call has returned, even when nothing was left.
    QMetaObject::invokeMethod(this, &ContainerBackend::maybeFinishShutdown, Qt::QueuedConnection);
}

bool ContainerBackend::isBusy() const
{
    if (m_cleaningUp)
        return true;
    for (const QPointer<SandboxTeardown> &teardown : m_teardowns) {
        if (teardown)
            return true;
    }
    return false;
}

void ContainerBackend::shutdownNow(QDeadlineTimer deadline)
{
    if (m_cleaningUp) {
        abortCleanupStale();
        m_cleaningUp = false;
    }
    tearDownInstances();
    const QList<QPointer<SandboxTeardown>> teardowns = std::exchange(m_teardowns, {});
    for (const QPointer<SandboxTeardown> &teardown : teardowns) {
        if (teardown) {
            teardown->finishNow(deadline);
            delete teardown.data();
        }
    }
    if (m_shutdownPending) {
        m_shutdownPending = false;
        Q_EMIT shutdownFinished();
    }
}

void ContainerBackend::adoptTeardown(SandboxTeardown *teardown)
{
    teardown->setParent(this);
    m_teardowns.removeAll(nullptr);
    m_teardowns.append(teardown);
    // The connection ends with the backend: ~QObject disconnects before it
    // deletes its children, so a teardown deleted then calls nothing here.
    connect(
        teardown, &QObject::destroyed, this,
        [this] {
            m_teardowns.removeAll(nullptr);
            maybeFinishShutdown();
        },
        Qt::QueuedConnection);
}

void ContainerBackend::maybeFinishShutdown()
{
    if (!m_shutdownPending || isBusy())
        return;
    m_shutdownPending = false;
    Q_EMIT shutdownFinished();
}

namespace {

// Backends let go of while their teardown went on: finished, within a bound,
// when the application object goes away before they are done.
QList<QPointer<ContainerBackend>> &disposed()
{
    static QList<QPointer<ContainerBackend>> list;
    return list;
}

bool postRoutineAdded = false;

void finishDisposed()
{
    postRoutineAdded = false;
    const QList<QPointer<ContainerBackend>> list = std::exchange(disposed(), {});
    const QDeadlineTimer deadline(2000);
    for (const QPointer<ContainerBackend> &backend : list) {
        if (backend) {
            backend->shutdownNow(deadline);
            delete backend.data();
        }
    }
}

} // namespace

void ContainerBackend::dispose(ContainerBackend *backend)
{
    if (!backend)
        return;
    if (!backend->isBusy()) {
        delete backend;
        return;
    }
    QThread *thread = backend->thread();
    if (thread != QThread::currentThread() || thread->loopLevel() == 0 || QCoreApplication::closingDown()
        || !QCoreApplication::instance()) {
        // No event loop will deliver the end: this is process exit.
        backend->shutdownNow(QDeadlineTimer(2000));
        delete backend;
        return;
    }
    backend->setParent(nullptr);
    connect(backend, &ContainerBackend::shutdownFinished, backend, &QObject::deleteLater);
    if (!std::exchange(postRoutineAdded, true))
        qAddPostRoutine(finishDisposed);
    disposed().removeAll(nullptr);
    disposed().append(backend);
    backend->shutdown();
}

} // namespace Bullpen
