// SPDX-License-Identifier: MIT
#include "engine/sandbox/sandboxfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

#ifndef CGROUP2_SUPER_MAGIC
#define CGROUP2_SUPER_MAGIC 0x63677270
#endif

namespace Bullpen::SandboxFiles {

namespace {

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(64 * 1024);
}

// Field 22 of /proc/<pid>/stat: the start time, which tells a reused pid apart.
QByteArray processStartTime(qint64 pid)
{
    const QByteArray stat = readSmallFile(QStringLiteral("/proc/%1/stat").arg(pid));
    const int close = stat.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    return fields.size() > 19 ? fields.at(19) : QByteArray();
}

bool ensurePrivateDirectory(const QString &path, QString *error)
{
    if (!QDir().mkpath(path)) {
        *error = QStringLiteral("cannot create %1").arg(path);
        return false;
    }
    struct stat st {};
    const QByteArray native = QFile::encodeName(path);
    if (lstat(native.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != geteuid()) {
        *error = QStringLiteral("%1 is not a folder that belongs to user %2").arg(path).arg(geteuid());
        return false;
    }
    chmod(native.constData(), 0700);
    return true;
}

} // namespace

QString baseDirectory(QString *error)
{
    QString candidate;
    const QByteArray xdg = qgetenv("XDG_RUNTIME_DIR");
    if (!xdg.isEmpty() && QFileInfo(QFile::decodeName(xdg)).isWritable())
        candidate = QFile::decodeName(xdg) + QStringLiteral("/bullpen");
    else if (geteuid() == 0 && QFileInfo(QStringLiteral("/run")).isWritable())
        candidate = QStringLiteral("/run/bullpen");
    else
        candidate = QStringLiteral("/tmp/bullpen-%1").arg(geteuid());
    QString why;
    if (ensurePrivateDirectory(candidate, &why))
        return candidate;
    if (error)
        *error = why;
    return {};
}

bool writeOwnerFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const qint64 pid = QCoreApplication::applicationPid();
    file.write(QByteArray::number(pid) + ' ' + processStartTime(pid) + '\n');
    return true;
}

bool ownerAlive(const QString &path)
{
    const QList<QByteArray> parts = readSmallFile(path).trimmed().split(' ');
    if (parts.size() != 2)
        return false;
    const qint64 pid = parts.at(0).toLongLong();
    return pid > 0 && processStartTime(pid) == parts.at(1);
}

namespace {
QByteArray bootId()
{
    return readSmallFile(QStringLiteral("/proc/sys/kernel/random/boot_id")).trimmed();
}
} // namespace

QString ownerIdentity()
{
    const qint64 pid = QCoreApplication::applicationPid();
    return QString::fromLatin1(bootId() + '/' + QByteArray::number(pid) + '/' + processStartTime(pid));
}

bool ownerIdentityAlive(const QString &identity)
{
    const QStringList parts = identity.split(u'/');
    if (parts.size() != 3)
        return false;
    const qint64 pid = parts.at(1).toLongLong();
    return parts.at(0).toLatin1() == bootId() && pid > 0 && processStartTime(pid) == parts.at(2).toLatin1();
}

qint64 readNumber(const QString &path, qint64 fallback)
{
    bool ok = false;
    const qint64 value = readSmallFile(path).trimmed().toLongLong(&ok);
    return ok ? value : fallback;
}

qint64 readKeyedNumber(const QString &path, const QByteArray &key)
{
    const QList<QByteArray> lines = readSmallFile(path).split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() == 2 && parts.at(0) == key)
            return parts.at(1).toLongLong();
    }
    return -1;
}

qint64 processMemory(qint64 pid, const QByteArray &field)
{
    if (pid <= 0)
        return -1;
    const QList<QByteArray> lines = readSmallFile(QStringLiteral("/proc/%1/status").arg(pid)).split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(field + ':'))) {
            const QList<QByteArray> parts = line.mid(field.size() + 1).simplified().split(' ');
            return parts.value(0).toLongLong() * 1024;
        }
    }
    return -1;
}

CgroupLayout cgroupLayout()
{
    struct statfs fs {};
    if (statfs("/sys/fs/cgroup", &fs) != 0)
        return CgroupLayout::None;
    if (fs.f_type == CGROUP2_SUPER_MAGIC)
        return CgroupLayout::V2;
    return QFileInfo::exists(QStringLiteral("/sys/fs/cgroup/memory/memory.limit_in_bytes")) ? CgroupLayout::V1
                                                                                            : CgroupLayout::None;
}

bool cgroupHybrid()
{
    struct statfs fs {};
    return cgroupLayout() == CgroupLayout::V1 && statfs("/sys/fs/cgroup/unified", &fs) == 0
        && fs.f_type == CGROUP2_SUPER_MAGIC;
}

bool isShellName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re.match(name).hasMatch();
}

QByteArray environmentScript(const QMap<QString, QString> &env)
{
    QByteArray script;
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        if (!isShellName(it.key()))
            continue;
        QByteArray quoted = it.value().toUtf8();
        quoted.replace('\'', "'\\''");
        script += it.key().toUtf8() + "='" + quoted + "'\n";
    }
    return script;
}

} // namespace Bullpen::SandboxFiles
