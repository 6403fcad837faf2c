// SPDX-License-Identifier: MIT
#include "engine/sandbox/ephemeralstorage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <linux/loop.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Bullpen::EphemeralStorage {

namespace {

QString systemError(const QString &what)
{
    return what + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno));
}

// Lambda's sandbox user (ociconfig.cpp): /tmp's root folder belongs to it.
constexpr int SandboxUid = 993;
constexpr int SandboxGid = 990;

} // namespace

QString imageDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/bullpen/ephemeral");
}

namespace {

QString imagePath(const QString &containerId)
{
    return imageDirectory() + QStringLiteral("/%1-%2.img").arg(QCoreApplication::applicationPid()).arg(containerId);
}

} // namespace

QString mkfsProgram()
{
    QString found = QStandardPaths::findExecutable(QStringLiteral("mke2fs"));
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(QStringLiteral("mke2fs"),
                                               { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin") });
    return found;
}

bool available(QString *whyNot)
{
    auto no = [whyNot](const QString &why) {
        if (whyNot)
            *whyNot = why;
        return false;
    };
    if (::geteuid() != 0)
        return no(QStringLiteral("loop devices need root"));
    const int control = ::open("/dev/loop-control", O_RDWR | O_CLOEXEC);
    if (control < 0)
        return no(systemError(QStringLiteral("cannot open /dev/loop-control")));
    ::close(control);
    if (mkfsProgram().isEmpty())
        return no(QStringLiteral("mke2fs is not installed (Debian's e2fsprogs)"));
    if (!QDir().mkpath(imageDirectory()))
        return no(QStringLiteral("cannot create %1").arg(imageDirectory()));
    return true;
}

void removeStale()
{
    // <pid>-<container>.img: the image of an engine that is gone (it died
    // between making the image and unlinking it).
    const QFileInfoList images = QDir(imageDirectory()).entryInfoList({ QStringLiteral("*.img") }, QDir::Files);
    for (const QFileInfo &image : images) {
        const qint64 pid = image.fileName().section(u'-', 0, 0).toLongLong();
        if (pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            QFile::remove(image.filePath());
    }
}

namespace {

QStringList mkfsArguments(const QString &path, int sizeMb)
{
    // No journal (a scratch file system that dies with its instance), no
    // reserved blocks and one inode per 64 KiB (the function gets nearly all
    // of EphemeralStorage; mounted with minixdf, statvfs says its size),
    // inode tables initialised lazily, no discard of the sparse file.
    return { QStringLiteral("-q"),
             QStringLiteral("-F"),
             QStringLiteral("-t"),
             QStringLiteral("ext4"),
             QStringLiteral("-O"),
             QStringLiteral("^has_journal"),
             QStringLiteral("-i"),
             QStringLiteral("65536"),
             QStringLiteral("-m"),
             QStringLiteral("0"),
             QStringLiteral("-E"),
             QStringLiteral("lazy_itable_init=1,nodiscard,root_owner=%1:%2").arg(SandboxUid).arg(SandboxGid),
             path,
             QStringLiteral("%1M").arg(qMax(1, sizeMb)) };
}

bool createSparse(const QString &path, int sizeMb, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0 || ::ftruncate(fd, off_t(qMax(1, sizeMb)) * 1024 * 1024) != 0) {
        *error = systemError(QStringLiteral("cannot create the /tmp image %1").arg(path));
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    ::close(fd);
    return true;
}

QString attach(const QString &path, int *fd, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    const int image = ::open(native.constData(), O_RDWR | O_CLOEXEC);
    const int control = ::open("/dev/loop-control", O_RDWR | O_CLOEXEC);
    QString device;
    if (image < 0 || control < 0)
        *error
            = systemError(QStringLiteral("cannot open %1").arg(image < 0 ? path : QStringLiteral("/dev/loop-control")));
    // Another process may take the free device first: then the next one.
    for (int attempt = 0; image >= 0 && control >= 0 && device.isEmpty() && attempt < 16; ++attempt) {
        const int number = ::ioctl(control, LOOP_CTL_GET_FREE);
        if (number < 0) {
            *error = systemError(QStringLiteral("no free loop device"));
            break;
        }
        const QString candidate = QStringLiteral("/dev/loop%1").arg(number);
        const int dev = ::open(QFile::encodeName(candidate).constData(), O_RDWR | O_CLOEXEC);
        if (dev < 0) {
            *error = systemError(QStringLiteral("cannot open %1").arg(candidate));
            break;
        }
        loop_config config {};
        config.fd = uint32_t(image);
        config.info.lo_flags = LO_FLAGS_AUTOCLEAR;
        std::strncpy(reinterpret_cast<char *>(config.info.lo_file_name), native.constData(), LO_NAME_SIZE - 1);
        if (::ioctl(dev, LOOP_CONFIGURE, &config) == 0) {
            device = candidate;
            *fd = dev;
            break;
        }
        const int why = errno;
        ::close(dev);
        if (why != EBUSY) {
            errno = why;
            *error = systemError(QStringLiteral("cannot attach %1 to %2").arg(path, candidate));
            break;
        }
    }
    if (control >= 0)
        ::close(control);
    if (image >= 0)
        ::close(image); // the loop device holds the file now
    ::unlink(native.constData());
    if (device.isEmpty() && error->isEmpty())
        *error = QStringLiteral("no free loop device for %1").arg(path);
    return device;
}

} // namespace

void prepare(const QString &name, int sizeMb, QObject *context, Ready done)
{
    const QString image = imagePath(name);
    QString error;
    if (!createSparse(image, sizeMb, &error)) {
        QMetaObject::invokeMethod(context, [done, error] { done({}, -1, error); }, Qt::QueuedConnection);
        return;
    }
    // The process belongs to context: when context goes first, the process is
    // killed with it and the image removed.
    auto *mkfs = new QProcess(context);
    mkfs->setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(mkfs, &QObject::destroyed, [image] { QFile::remove(image); });
    QObject::connect(mkfs, &QProcess::finished, context,
                     [mkfs, image, sizeMb, done](int code, QProcess::ExitStatus status) {
                         mkfs->deleteLater();
                         if (status != QProcess::NormalExit || code != 0) {
                             done({}, -1,
                                  QStringLiteral("mke2fs could not make /tmp's file system (%1 MB): %2")
                                      .arg(sizeMb)
                                      .arg(QString::fromLocal8Bit(mkfs->readAll()).trimmed()));
                             return;
                         }
                         int fd = -1;
                         QString attachError;
                         const QString device = attach(image, &fd, &attachError);
                         done(device, fd, attachError);
                     });
    QObject::connect(mkfs, &QProcess::errorOccurred, context, [mkfs, done](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        mkfs->disconnect();
        mkfs->deleteLater();
        done({}, -1, QStringLiteral("mke2fs could not be started: %1").arg(mkfs->errorString()));
    });
    mkfs->start(mkfsProgram(), mkfsArguments(image, sizeMb));
}

bool mountDevice(const QString &device, const QString &folder, bool runtimeAsRoot, QString *error)
{
    const QByteArray target = QFile::encodeName(folder);
    // minixdf: statvfs counts the whole file system, as the ordinary
    // instance's mount does (ociconfig.cpp).
    if (::mount(QFile::encodeName(device).constData(), target.constData(), "ext4", MS_NOSUID | MS_NODEV, "minixdf")
        != 0) {
        *error = systemError(QStringLiteral("cannot mount %1 at %2").arg(device, folder));
        return false;
    }
    if (runtimeAsRoot && ::chown(target.constData(), 0, 0) != 0) { // mke2fs made it 993's
        *error = systemError(QStringLiteral("cannot hand %1 to root").arg(folder));
        unmount(folder);
        return false;
    }
    return true;
}

bool mountTmpfs(const QString &folder, int sizeMb, QString *error)
{
    const QByteArray options = QStringLiteral("size=%1m,mode=1777").arg(qMax(1, sizeMb)).toLatin1();
    if (::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", MS_NOSUID | MS_NODEV, options.constData())
        != 0) {
        *error = systemError(QStringLiteral("cannot mount a tmpfs at %1").arg(folder));
        return false;
    }
    return true;
}

void unmount(const QString &folder)
{
    ::umount2(QFile::encodeName(folder).constData(), MNT_DETACH | UMOUNT_NOFOLLOW); // EINVAL: not a mount point
}

} // namespace Bullpen::EphemeralStorage
