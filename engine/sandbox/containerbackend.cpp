// SPDX-License-Identifier: MIT
#include "engine/sandbox/containerbackend.h"

#include "engine/sandbox/ocibackend.h"
#include "engine/sandbox/processbackend.h"

#include <csignal>

namespace Bullpen {

namespace {

const int exitMetaTypeId = qRegisterMetaType<Bullpen::InstanceExit>();

// Go's names for signals (syscall.Signal.String()), as Lambda prints them.
QString signalName(int signal)
{
    switch (signal) {
    case SIGHUP: return QStringLiteral("hangup");
    case SIGINT: return QStringLiteral("interrupt");
    case SIGQUIT: return QStringLiteral("quit");
    case SIGILL: return QStringLiteral("illegal instruction");
    case SIGTRAP: return QStringLiteral("trace/breakpoint trap");
    case SIGABRT: return QStringLiteral("aborted");
    case SIGBUS: return QStringLiteral("bus error");
    case SIGFPE: return QStringLiteral("floating point exception");
    case SIGKILL: return QStringLiteral("killed");
    case SIGUSR1: return QStringLiteral("user defined signal 1");
    case SIGSEGV: return QStringLiteral("segmentation fault");
    case SIGUSR2: return QStringLiteral("user defined signal 2");
    case SIGPIPE: return QStringLiteral("broken pipe");
    case SIGALRM: return QStringLiteral("alarm clock");
    case SIGTERM: return QStringLiteral("terminated");
    case SIGXCPU: return QStringLiteral("CPU time limit exceeded");
    case SIGXFSZ: return QStringLiteral("file size limit exceeded");
    case SIGSYS: return QStringLiteral("bad system call");
    default: return QStringLiteral("signal %1").arg(signal);
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
    QStringList candidates;
    if (name == QLatin1String("oci"))
        candidates = {QStringLiteral("crun"), QStringLiteral("runc")};
    else if (name == QLatin1String("runc") || name == QLatin1String("crun") || name == QLatin1String("process"))
        candidates = {name};
    else {
        if (error)
            *error = QStringLiteral("unknown container backend \"%1\" (known: oci, runc, crun, process)").arg(name);
        return nullptr;
    }
    QStringList reasons;
    for (const QString &candidate : std::as_const(candidates)) {
        ContainerBackend *backend = nullptr;
        if (candidate == QLatin1String("process"))
            backend = new ProcessBackend(parent);
        else
            backend = new OciBackend(candidate, parent);
        QString why;
        if (backend->isAvailable(&why))
            return backend;
        reasons << why;
        delete backend;
    }
    if (error)
        *error = reasons.join(QStringLiteral("; "));
    return nullptr;
}

} // namespace Bullpen
