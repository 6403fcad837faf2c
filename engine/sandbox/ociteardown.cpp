// SPDX-License-Identifier: MIT
#include "engine/sandbox/ociteardown.h"

#include "engine/sandbox/ocibackend.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>

#include <csignal>

namespace Bullpen {

namespace {

// "runc kill" reaches a container only once "runc run" has created it; a
// teardown that comes earlier tries again this often, this many times, before
// it kills "runc run" itself.
constexpr int KillRetryMs = 50;
constexpr int KillAttempts = 40;
// A cgroup can be removed once the kernel has reaped its last process.
constexpr int RmdirRetryMs = 5;
constexpr int RmdirAttempts = 400;

} // namespace

OciTeardown::OciTeardown(OciBackend *backend, const QString &containerId, QProcess *run)
    : m_backend(backend)
    , m_containerId(containerId)
    , m_run(run)
{
    if (m_run)
        m_run->setParent(this);
}

OciTeardown::~OciTeardown()
{
    // Children still running (only when the backend goes away at process exit,
    // after finishNow()) must not call back.
    const QList<QProcess *> processes = findChildren<QProcess *>(Qt::FindDirectChildrenOnly);
    for (QProcess *process : processes)
        process->disconnect(this);
}

QProcess *OciTeardown::runtime(const QStringList &command)
{
    auto *process = new QProcess(this);
    process->setStandardOutputFile(QProcess::nullDevice());
    process->setStandardErrorFile(QProcess::nullDevice());
    process->start(m_backend->binary(), m_backend->runtimeArguments(command));
    return process;
}

void OciTeardown::start()
{
    if (!m_backend) {
        done();
        return;
    }
    if (m_run && m_run->state() != QProcess::NotRunning) {
        connect(m_run, &QProcess::finished, this, &OciTeardown::deleteContainer);
        killContainer();
        return;
    }
    deleteContainer();
}

void OciTeardown::killContainer()
{
    if (m_finished || !m_backend || !m_run || m_run->state() == QProcess::NotRunning)
        return;
    if (++m_killAttempts > KillAttempts) {
        // runc never got as far as a container that can be killed: end runc
        // itself; the delete and the cgroup sweep remove whatever it made.
        m_run->kill();
        return;
    }
    QProcess *killer = runtime({ QStringLiteral("kill"), m_containerId, QStringLiteral("KILL") });
    connect(killer, &QProcess::finished, this, [this, killer](int code, QProcess::ExitStatus status) {
        killer->deleteLater();
        if (code != 0 || status != QProcess::NormalExit)
            QTimer::singleShot(KillRetryMs, this, &OciTeardown::killContainer);
    });
    connect(killer, &QProcess::errorOccurred, this, [this, killer](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        killer->deleteLater();
        if (m_run)
            m_run->kill();
    });
}

void OciTeardown::deleteContainer()
{
    if (m_finished)
        return;
    if (!m_backend) {
        done();
        return;
    }
    QProcess *remover = runtime({ QStringLiteral("delete"), QStringLiteral("--force"), m_containerId });
    connect(remover, &QProcess::finished, this, [this, remover] {
        remover->deleteLater();
        removeCgroups();
    });
    connect(remover, &QProcess::errorOccurred, this, [this, remover](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        remover->deleteLater();
        removeCgroups();
    });
}

void OciTeardown::removeCgroups()
{
    if (m_finished)
        return;
    if (!m_backend) {
        done();
        return;
    }
    // Without the runtime's state (it lived on a tmpfs that is gone) the
    // cgroups are all that is left: empty them, then remove them.
    bool left = false;
    for (const QString &dir : m_backend->cgroupDirectories(m_containerId)) {
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
        if (!QDir().rmdir(dir) && QFileInfo::exists(dir))
            left = true;
    }
    if (left && ++m_rmdirAttempts < RmdirAttempts) {
        QTimer::singleShot(RmdirRetryMs, this, &OciTeardown::removeCgroups);
        return;
    }
    OciBackend::removeBundle(m_backend->bundleDirectory(m_containerId));
    done();
}

void OciTeardown::done()
{
    if (m_finished)
        return;
    m_finished = true;
    // A "runc kill" sent before runc run ended may still be running: it ends
    // on its own, and must not hold the teardown (or be killed by its deletion).
    const QList<QProcess *> processes = findChildren<QProcess *>(Qt::FindDirectChildrenOnly);
    for (QProcess *process : processes) {
        if (process->state() == QProcess::NotRunning)
            continue;
        process->disconnect(this);
        process->setParent(m_backend);
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
    }
    deleteLater();
}

void OciTeardown::finishNow(QDeadlineTimer deadline)
{
    if (m_finished)
        return;
    m_finished = true;
    // The helpers' work (runc kill, runc delete) is repeated synchronously below.
    const QList<QProcess *> processes = findChildren<QProcess *>(Qt::FindDirectChildrenOnly);
    for (QProcess *process : processes) {
        process->disconnect(this);
        if (process != m_run && process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(100);
        }
    }
    if (m_backend)
        m_backend->removeContainer(m_containerId, deadline);
    if (m_run && m_run->state() != QProcess::NotRunning
        && !m_run->waitForFinished(int(qMax<qint64>(1, deadline.remainingTime())))) {
        m_run->kill();
        m_run->waitForFinished(100);
    }
}

} // namespace Bullpen
