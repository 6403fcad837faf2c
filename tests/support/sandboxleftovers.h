// SPDX-License-Identifier: MIT
#pragma once

#include "engine/sandbox/ephemeralstorage.h"
#include "engine/sandbox/ocibackend.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>

// What an engine (of a given pid) left behind on the runc backend, looked up
// by its names: every instance it made is the container "bullpen-<pid in base
// 36>-N" (WarmPool's tag), with a bundle and cgroups of that name, a /tmp image
// "<pid>-bullpen-...img" on a loop device, and a slirp4netns joined to
// "/proc/<pid>/fd/N". For the tests and benchmarks of crashes and faults
// (tst_clicontract, bench_faultsoak, bench_crashrecovery).
namespace Bullpen::TestSupport {

struct SandboxLeftovers
{
    QStringList containers; // runc's list and its state folder
    QStringList bundles;
    QStringList cgroups;
    QStringList processes; // in a container's cgroup, or a "runc run" of one
    QStringList outboundLinks; // slirp4netns processes joined to the engine's namespaces
    QStringList loopDevices; // /dev/loopN whose backing file is one of its /tmp images
    QStringList mounts; // mount table lines naming its containers or those loop devices
    QStringList tmpImages; // /tmp images not yet unlinked
    // Processes of its containers that have exited and wait for their parent
    // (an orphaned "runc run", or the reaper of the engine's own parent) to
    // collect their status: they hold a pid, nothing else. Shown, not counted.
    QStringList zombies;

    int count() const
    {
        return int(containers.size() + bundles.size() + cgroups.size() + processes.size() + outboundLinks.size()
                   + loopDevices.size() + mounts.size() + tmpImages.size());
    }
    bool isEmpty() const { return count() == 0; }
    QString describe() const
    {
        return QStringLiteral("containers: %1; bundles: %2; cgroups: %3; processes: %4; slirp4netns: %5; loop "
                              "devices: %6; mounts: %7; /tmp images: %8")
                   .arg(containers.join(u' '), bundles.join(u' '), cgroups.join(u' '), processes.join(u' '),
                        outboundLinks.join(u' '), loopDevices.join(u' '), mounts.join(u" | "), tmpImages.join(u' '))
            + (zombies.isEmpty() ? QString() : QStringLiteral("; exited, not yet reaped: ") + zombies.join(u' '));
    }
};

inline QStringList entriesWithPrefix(const QString &dir, const QString &prefix)
{
    return QDir(dir).entryList({ prefix + u'*' }, QDir::AllEntries | QDir::NoDotAndDotDot);
}

inline QByteArray readProcFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline SandboxLeftovers sandboxLeftovers(const OciBackend &runc, qint64 enginePid)
{
    const QString prefix = QStringLiteral("bullpen-") + QString::number(enginePid, 36) + u'-';
    SandboxLeftovers l;
    const QString bundles = QFileInfo(runc.bundleDirectory(QStringLiteral("x"))).path();
    l.bundles = entriesWithPrefix(bundles, prefix);
    const QString stateRoot = runc.stateDirectory();
    QProcess list;
    list.start(runc.binary(), runc.runtimeArguments({ QStringLiteral("list"), QStringLiteral("-q") }));
    list.waitForFinished(10000);
    for (const QByteArray &id : list.readAllStandardOutput().split('\n')) {
        if (id.startsWith(prefix.toLatin1()))
            l.containers.append(QString::fromLatin1(id));
    }
    for (const QString &entry : entriesWithPrefix(stateRoot, prefix)) {
        if (!l.containers.contains(entry))
            l.containers.append(entry);
    }
    for (const QString &dir : runc.cgroupDirectories(prefix + u'*')) {
        const QFileInfo pattern(dir);
        for (const QString &entry : entriesWithPrefix(pattern.path(), prefix))
            l.cgroups.append(pattern.path() + u'/' + entry);
    }
    const QByteArray inCgroup = "/bullpen/" + prefix.toLatin1();
    const QByteArray bundleArg = QFile::encodeName(bundles + u'/' + prefix);
    const QByteArray joined = "/proc/" + QByteArray::number(enginePid) + "/fd/";
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &p : pids) {
        if (p.toLongLong() <= 0)
            continue;
        const QByteArray cmdline = readProcFile(QStringLiteral("/proc/") + p + QStringLiteral("/cmdline"));
        if (readProcFile(QStringLiteral("/proc/") + p + QStringLiteral("/cgroup")).contains(inCgroup)
            || cmdline.contains(bundleArg)) {
            const QByteArray stat = readProcFile(QStringLiteral("/proc/") + p + QStringLiteral("/stat"));
            const qsizetype close = stat.lastIndexOf(')');
            if (close > 0 && stat.mid(close + 2, 1) == "Z")
                l.zombies.append(p);
            else
                l.processes.append(p + u' ' + QString::fromLocal8Bit(cmdline.left(120).replace('\0', ' ')).trimmed());
        } else if (cmdline.startsWith("slirp4netns") || cmdline.contains("/slirp4netns\0")) {
            if (cmdline.contains(joined))
                l.outboundLinks.append(p);
        }
    }
    const QByteArray image = '/' + QByteArray::number(enginePid) + '-' + prefix.toLatin1();
    const QStringList loops
        = QDir(QStringLiteral("/sys/block")).entryList({ QStringLiteral("loop*") }, QDir::Dirs | QDir::System);
    for (const QString &loop : loops) {
        if (readProcFile(QStringLiteral("/sys/block/") + loop + QStringLiteral("/loop/backing_file")).contains(image))
            l.loopDevices.append(QStringLiteral("/dev/") + loop);
    }
    const QList<QByteArray> mountLines = readProcFile(QStringLiteral("/proc/self/mountinfo")).split('\n');
    for (const QByteArray &line : mountLines) {
        bool ours = line.contains(prefix.toLatin1());
        for (const QString &loop : std::as_const(l.loopDevices))
            ours = ours || line.contains(QByteArray(loop.toLatin1() + ' '));
        if (ours)
            l.mounts.append(QString::fromLocal8Bit(line));
    }
    l.tmpImages = entriesWithPrefix(EphemeralStorage::imageDirectory(), QString::number(enginePid) + u'-');
    return l;
}

} // namespace Bullpen::TestSupport
