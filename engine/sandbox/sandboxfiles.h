// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QString>

namespace Bullpen::SandboxFiles {

// The folder where this user's engine keeps bundles and runtime state:
// $XDG_RUNTIME_DIR/bullpen, /run/bullpen for root, else /tmp/bullpen-<uid>.
// Made 0700 and checked to belong to the user (a /tmp path could be planted).
QString baseDirectory(QString *error);

// Writes "<pid> <start time>" of this process to path: identifies the owner
// even after its pid is reused.
bool writeOwnerFile(const QString &path);
// True while the process named in an owner file is still the one that wrote it.
bool ownerAlive(const QString &path);

// This engine process as decisions §3 names an owner of things outside the
// process (Docker containers, which outlive it): "<boot id>/<pid>/<start time>".
QString ownerIdentity();
// True while the process an ownerIdentity() names still runs: same boot, and
// its pid still has that start time. False for anything malformed.
bool ownerIdentityAlive(const QString &identity);

qint64 readNumber(const QString &path, qint64 fallback = -1);
// The value of "key N" in a file like memory.oom_control or memory.events.
qint64 readKeyedNumber(const QString &path, const QByteArray &key);
// VmHWM / VmRSS of a process from /proc/<pid>/status, in bytes; -1 if gone.
qint64 processMemory(qint64 pid, const QByteArray &field);

// True for a variable name a POSIX shell can assign (NAME=value).
bool isShellName(const QString &name);
// The variables of env with such names as lines "NAME='value'" for a shell to
// read with `set -a; . file`: how a container made ahead of its instance (a
// Docker spare, a prepared runc sandbox) receives that instance's environment.
QByteArray environmentScript(const QMap<QString, QString> &env);

enum class CgroupLayout { None, V1, V2 };
CgroupLayout cgroupLayout();
// True for cgroup v1 with a cgroup2 hierarchy beside it (crun refuses this).
bool cgroupHybrid();

} // namespace Bullpen::SandboxFiles
