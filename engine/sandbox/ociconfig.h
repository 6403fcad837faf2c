// SPDX-License-Identifier: MIT
#pragma once

#include "engine/sandbox/containerbackend.h"

#include <QJsonObject>

namespace Bullpen {

// How the engine's situation shapes a container: decided once by the backend.
struct OciOptions
{
    bool rootless = false;
    uint hostUid = 0; // the caller, mapped into the user namespace
    uint hostGid = 0;
    QString hostSkeleton; // empty rootfs whose mount points take the host's folders
    QStringList hostDirectories; // top-level folders of / bound read-only into it
    QString cgroupsPath; // empty: no cgroup (rootless without delegation)
    bool limitSwap = false; // memsw (v1) / swap (v2) can be set to the memory limit
    bool bindProc = false; // a fresh proc cannot be mounted (engine's /proc has over-mounts)
    bool nestedUser = false; // drop to uid 993 with unshare(1) inside (rootless runc maps only root)
    bool directOutput = false; // the runtime's stdout/stderr are the extra descriptors 3 and 4
    // With directOutput: a sandbox made ahead of need. Its first process (a
    // shell) waits on descriptor 5 (a pipe) for the environment of the
    // instance that takes it, and only then becomes the runtime; the
    // environment's shell-assignable variables are not in config.json.
    bool gate = false;
    // The network namespace the container joins (SandboxNetwork::joinPath);
    // empty: the host's network (rootless).
    QString networkNamespace;
    // Files bound read-only at /etc/hosts and /etc/resolv.conf (the way out of
    // that namespace: OutboundLink); empty: the root's own.
    QString hostsFile;
    QString resolvConf;
    // A loop device holding an ext4 file system of EphemeralStorage's size,
    // mounted at /tmp (disk-backed, not charged to memory); empty: a tmpfs.
    QString tmpDevice;
    // A host folder bound at /tmp instead (SnapStart: the engine mounts the
    // same capped file system there; CRIU cannot dump a loop device's mount,
    // but a bind mount is external and each restore binds its own); empty:
    // tmpDevice or a tmpfs.
    QString tmpFolder;
    // The runtime as uid 0 without capabilities instead of 993 (SnapStart
    // where root lacks CAP_SYS_RESOURCE: CRIU cannot read the rlimits of a
    // process of another user then).
    bool runtimeAsRoot = false;
    bool seccomp = true; // the sandbox's seccomp filter (OciConfig::seccompProfile)
    bool sys = true; // /sys where exposesSys() allows it; off only for measurements (bench_sandbox)
};

namespace OciConfig {

// The config.json of a bundle for spec.
QByteArray build(const InstanceSpec &spec, const OciOptions &options);

// True when an instance gets /sys (a read-only sysfs, and its own cgroup
// read-only below it where it has one): in a network namespace of its own,
// with the engine as root (and options.sys). Elsewhere it has no /sys.
bool exposesSys(const OciOptions &options);

// The seccomp filter of every OCI instance, in the spirit of Docker's default
// profile: the system calls that profile refuses to a container without
// capabilities (namespaces, mounts, keyrings, BPF, ptrace, kernel modules,
// clocks, reboot, ...) fail with EPERM; clone3 says ENOSYS, so that the C
// library falls back to clone, whose namespace flags are checked.
// allowUserNamespace: the rootless instance's own unshare(1) step needs it.
QJsonObject seccompProfile(bool allowUserNamespace);

// Makes (once) the empty root of "the host's file system" layout in dir:
// mount points for the folders of / worth sharing, symlinks where / has them
// (bin -> usr/bin), /var/task, /var/runtime. Returns the folders to bind.
QStringList prepareHostSkeleton(const QString &dir, QString *error);

} // namespace OciConfig
} // namespace Bullpen
