// SPDX-License-Identifier: MIT
#pragma once

#include "engine/sandbox/containerbackend.h"

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
};

namespace OciConfig {

// The config.json of a bundle for spec.
QByteArray build(const InstanceSpec &spec, const OciOptions &options);

// Makes (once) the empty root of "the host's file system" layout in dir:
// mount points for the folders of / worth sharing, symlinks where / has them
// (bin -> usr/bin), /var/task, /var/runtime. Returns the folders to bind.
QStringList prepareHostSkeleton(const QString &dir, QString *error);

} // namespace OciConfig
} // namespace Bullpen
