// SPDX-License-Identifier: MIT
#include "engine/sandbox/barestart.h"

#include "engine/sandbox/containerbackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <fcntl.h>
#include <unistd.h>

namespace Bullpen {

namespace {

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace

BareStart::BareStart(QString root, int memoryMb)
    : m_root(std::move(root))
{
    if (memoryMb <= 0)
        return;
    const QByteArray quota = QByteArray::number(lambdaCpuQuotaUs(memoryMb));
    const QByteArray period = QByteArray::number(CpuPeriodUs);
    const QString name = QStringLiteral("bullpen-bare-%1").arg(QCoreApplication::applicationPid());
    const bool v2 = QFileInfo::exists(QStringLiteral("/sys/fs/cgroup/cgroup.controllers"));
    if (v2) {
        // The cpu controller must be enabled for the root's children.
        writeText(QStringLiteral("/sys/fs/cgroup/cgroup.subtree_control"), "+cpu");
        m_cgroup = QStringLiteral("/sys/fs/cgroup/") + name;
    } else {
        const QString cpu = QFileInfo::exists(QStringLiteral("/sys/fs/cgroup/cpu/cpu.cfs_quota_us"))
            ? QStringLiteral("/sys/fs/cgroup/cpu")
            : QStringLiteral("/sys/fs/cgroup/cpu,cpuacct");
        m_cgroup = cpu + u'/' + name;
    }
    if (!QDir().mkpath(m_cgroup)) {
        m_error
            = QStringLiteral("cannot make the cgroup %1 (root and a writable cgroup file system needed)").arg(m_cgroup);
        m_cgroup.clear();
        return;
    }
    const bool limited = v2 ? writeText(m_cgroup + QStringLiteral("/cpu.max"), quota + ' ' + period)
                            : writeText(m_cgroup + QStringLiteral("/cpu.cfs_period_us"), period)
            && writeText(m_cgroup + QStringLiteral("/cpu.cfs_quota_us"), quota);
    if (!limited) {
        m_error = QStringLiteral("cannot set the CPU quota of %1").arg(m_cgroup);
        return;
    }
    m_procs = m_cgroup + QStringLiteral("/cgroup.procs");
}

BareStart::~BareStart()
{
    if (!m_cgroup.isEmpty())
        QDir().rmdir(m_cgroup); // empty again: each start has ended
}

double BareStart::run(const QStringList &command)
{
    // Opened before the fork: the child only writes "0" (itself) into it.
    const int procs = m_procs.isEmpty() ? -1 : ::open(QFile::encodeName(m_procs).constData(), O_WRONLY | O_CLOEXEC);
    if (!m_procs.isEmpty() && procs < 0) {
        m_error = QStringLiteral("cannot open %1").arg(m_procs);
        return -1;
    }
    const QByteArray root = QFile::encodeName(m_root);
    QProcess process;
    process.setChildProcessModifier([root, procs] {
        if ((procs >= 0 && ::write(procs, "0", 1) != 1) || ::chroot(root.constData()) != 0 || ::chdir("/") != 0)
            ::_exit(127);
    });
    process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    QElapsedTimer timer;
    timer.start();
    process.start(command.first(), command.mid(1));
    process.waitForFinished(60000);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (procs >= 0)
        ::close(procs);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 in %2 failed (exit %3): %4")
                      .arg(command.join(u' '), m_root)
                      .arg(process.exitCode())
                      .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return -1;
    }
    return ms;
}

} // namespace Bullpen
