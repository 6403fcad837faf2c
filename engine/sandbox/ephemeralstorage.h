// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QObject;

// A function's /tmp as on Lambda: on disk, capped at its EphemeralStorage size,
// not charged to its memory (decisions §3). For the OCI backends as root: a
// sparse file of that size in a folder on disk, formatted ext4 by mke2fs
// (e2fsprogs), attached to a free loop device that clears itself when its last
// user goes (LO_FLAGS_AUTOCLEAR), and unlinked at once; runc mounts the device
// at /tmp. Nothing is left on disk once the container has gone.
namespace Bullpen::EphemeralStorage {

// True when disk-backed /tmp can be made here (root, /dev/loop-control,
// mke2fs, a folder on disk); else false with the reason.
bool available(QString *whyNot);

// The folder of the images: $XDG_CACHE_HOME/bullpen/ephemeral (on disk, unlike
// /run or a tmpfs /tmp). Images of engines that have gone are removed by
// removeStale().
QString imageDirectory();
void removeStale();

QString mkfsProgram();

// Makes a /tmp of sizeMb for the container name without blocking the thread
// (mke2fs runs as a child process of context), then calls done on context's
// thread with the loop device (/dev/loopN) and its open descriptor, which
// keeps the device until the container has mounted it (close it then; the
// device clears itself once that mount is gone too); or with an error. Not
// called when context is deleted first (nothing is left then).
using Ready = std::function<void(const QString &device, int fd, const QString &error)>;
void prepare(const QString &name, int sizeMb, QObject *context, Ready done);

// SnapStart's /tmp (OciInstance): CRIU cannot dump the loop device's own
// mount in a container ("mnt: FS ... unsupported"), but a bind mount is
// external to it (runc names every bind mount so), and a restore binds
// whatever folder its config.json names. So the engine mounts the capped file
// system on a folder of the bundle and the container binds that folder.
// mountDevice: the ext4 of prepare() at folder (nosuid, nodev, minixdf), its
// root owned by the runtime's user (993, or root: SnapStart::runtimeAsRoot()).
// mountTmpfs: where there are no loop devices, a tmpfs of sizeMb (charged to
// the memory of whoever writes to it, as the ordinary instance's fallback).
// Both false with the reason.
bool mountDevice(const QString &device, const QString &folder, bool runtimeAsRoot, QString *error);
bool mountTmpfs(const QString &folder, int sizeMb, QString *error);
// Detaches what is mounted at folder (MNT_DETACH: a container that has bound
// it keeps its own mount, and the loop device clears itself once that goes);
// nothing when folder is no mount point.
void unmount(const QString &folder);

} // namespace Bullpen::EphemeralStorage
