// SPDX-License-Identifier: MIT
#include "engine/sandbox/ociconfig.h"

#include "engine/images/runtimeimage.h"
#include "engine/sandbox/sandboxfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace Bullpen::OciConfig {

namespace {

// Lambda's sbx_user1051.
constexpr int SandboxUid = 993;
constexpr int SandboxGid = 990;

// The host folders an instance sees; everything else of / stays out (home
// folders, /root, /srv, the engine's own state under /run and /var).
const char *const SharedFolders[] = { "usr", "bin", "sbin", "lib", "lib32", "lib64", "libx32", "etc", "opt" };

QJsonObject mount(const QString &destination, const QString &type, const QString &source, const QStringList &options)
{
    return QJsonObject { { QStringLiteral("destination"), destination },
                         { QStringLiteral("type"), type },
                         { QStringLiteral("source"), source },
                         { QStringLiteral("options"), QJsonArray::fromStringList(options) } };
}

// Read-only binds keep nosuid,nodev: in a user namespace those flags of the
// source mount are locked, and a bind that drops them is refused.
QJsonObject readOnlyBind(const QString &source, const QString &destination)
{
    return mount(destination, QStringLiteral("bind"), source,
                 { QStringLiteral("rbind"), QStringLiteral("ro"), QStringLiteral("nosuid"), QStringLiteral("nodev") });
}

QJsonObject idMapping(uint containerId, uint hostId)
{
    return QJsonObject { { QStringLiteral("containerID"), qint64(containerId) },
                         { QStringLiteral("hostID"), qint64(hostId) },
                         { QStringLiteral("size"), 1 } };
}

QJsonArray capabilities(bool setfcap)
{
    return setfcap ? QJsonArray { QStringLiteral("CAP_SETFCAP") } : QJsonArray {};
}

// Docker's default profile (moby profiles/seccomp/default.json, and its
// documentation's table of "significant syscalls blocked") lets a container
// without capabilities call none of these. Names the kernel or libseccomp
// does not know are skipped by runc and crun.
const char *const RefusedSyscalls[] = {
    // namespaces and mounts: no new view of the system, no way out of this one
    "unshare",
    "setns",
    "mount",
    "umount",
    "umount2",
    "pivot_root",
    "chroot",
    "fsopen",
    "fsconfig",
    "fsmount",
    "fspick",
    "move_mount",
    "open_tree",
    "mount_setattr",
    // kernel keyrings, BPF, performance counters, user faults
    "keyctl",
    "add_key",
    "request_key",
    "bpf",
    "perf_event_open",
    "userfaultfd",
    // other processes' memory and handles
    "ptrace",
    "process_vm_readv",
    "process_vm_writev",
    "kcmp",
    "pidfd_getfd",
    "open_by_handle_at",
    "name_to_handle_at",
    // the kernel itself: modules, kexec, reboot, swap, clocks, accounting, quotas
    "init_module",
    "finit_module",
    "delete_module",
    "create_module",
    "query_module",
    "get_kernel_syms",
    "kexec_load",
    "kexec_file_load",
    "reboot",
    "swapon",
    "swapoff",
    "settimeofday",
    "clock_settime",
    "clock_settime64",
    "clock_adjtime",
    "clock_adjtime64",
    "adjtimex",
    "stime",
    "acct",
    "quotactl",
    "quotactl_fd",
    "lookup_dcookie",
    "nfsservctl",
    "sysfs",
    "_sysctl",
    "uselib",
    "ustat",
    "vm86",
    "vm86old",
    "iopl",
    "ioperm",
    "syslog",
    "vhangup",
};

// clone's flags that make a namespace (CLONE_NEWNS, CLONE_NEWCGROUP ...
// CLONE_NEWNET): a clone asking for any of them fails, as under Docker.
const qint64 NamespaceFlags[] = { 0x00020000, 0x02000000, 0x04000000, 0x08000000, 0x10000000, 0x20000000, 0x40000000 };
constexpr qint64 CloneNewUser = 0x10000000;

QJsonObject errnoRule(const QJsonArray &names, int errnoValue, const QJsonArray &args = {})
{
    QJsonObject rule { { QStringLiteral("names"), names },
                       { QStringLiteral("action"), QStringLiteral("SCMP_ACT_ERRNO") },
                       { QStringLiteral("errnoRet"), errnoValue } };
    if (!args.isEmpty())
        rule.insert(QStringLiteral("args"), args);
    return rule;
}

} // namespace

bool exposesSys(const OciOptions &options)
{
    return options.sys && !options.networkNamespace.isEmpty() && !options.rootless;
}

QJsonObject seccompProfile(bool allowUserNamespace)
{
    constexpr int Eperm = 1;
    constexpr int Enosys = 38;
    QJsonArray refused;
    for (const char *name : RefusedSyscalls) {
        if (allowUserNamespace && qstrcmp(name, "unshare") == 0)
            continue;
        refused.append(QLatin1String(name));
    }
    // clone3 and io_uring as a kernel without them (Docker's profile refuses
    // io_uring too): the C library and libuv fall back to clone and threads.
    QJsonArray syscalls { errnoRule(refused, Eperm),
                          errnoRule({ QStringLiteral("clone3"), QStringLiteral("io_uring_setup"),
                                      QStringLiteral("io_uring_enter"), QStringLiteral("io_uring_register") },
                                    Enosys) };
    for (const qint64 flag : NamespaceFlags) {
        if (allowUserNamespace && flag == CloneNewUser)
            continue;
        // (flags & flag) == flag; one rule per flag, as rules are or'ed and a
        // rule's conditions and'ed. On x86-64 and arm64 flags is argument 0.
        const QJsonObject condition { { QStringLiteral("index"), 0 },
                                      { QStringLiteral("value"), flag },
                                      { QStringLiteral("valueTwo"), flag },
                                      { QStringLiteral("op"), QStringLiteral("SCMP_CMP_MASKED_EQ") } };
        syscalls.append(errnoRule({ QStringLiteral("clone") }, Eperm, { condition }));
    }
    // No "architectures": only the native one is allowed, a 32-bit system call
    // of another ABI (int 0x80 on x86-64) kills the process.
    return QJsonObject { { QStringLiteral("defaultAction"), QStringLiteral("SCMP_ACT_ALLOW") },
                         { QStringLiteral("syscalls"), syscalls } };
}

QStringList prepareHostSkeleton(const QString &dir, QString *error)
{
    QStringList bound;
    QDir root(dir);
    for (const char *name : SharedFolders) {
        const QString folder = QString::fromLatin1(name);
        const QFileInfo host(QLatin1Char('/') + folder);
        const QString target = dir + QLatin1Char('/') + folder;
        if (host.isSymLink()) {
            // Keep the link as / has it (relative, "usr/bin"), so that it also
            // resolves inside the container.
            char buffer[4096];
            const ssize_t length
                = ::readlink(QFile::encodeName(host.filePath()).constData(), buffer, sizeof buffer - 1);
            if (length > 0 && !QFileInfo(target).isSymLink()) {
                QFile::remove(target);
                if (::symlink(QByteArray(buffer, int(length)).constData(), QFile::encodeName(target).constData()) != 0
                    && error)
                    *error = QStringLiteral("cannot make the symlink %1").arg(target);
            }
        } else if (host.isDir()) {
            root.mkpath(folder);
            bound << folder;
        }
    }
    for (const char *name : { "proc", "dev", "sys", "tmp", "var/task", "var/runtime", "opt", "home", "run" })
        root.mkpath(QString::fromLatin1(name));
    return bound;
}

QByteArray build(const InstanceSpec &spec, const OciOptions &options)
{
    // A Node.js runtime starts from its image's start-up snapshot when there is one.
    QStringList args = RuntimeImage::withStartupSnapshot(spec.command, spec.rootFilesystem, spec.environment);
    if (options.nestedUser) {
        // Rootless runc insists on mapping container root; the instance then
        // leaves root for uid 993 in a user namespace of its own (which needs
        // CAP_SETFCAP for that one step: exec drops every capability again).
        args = QStringList { QStringLiteral("/usr/bin/unshare"), QStringLiteral("--user"),
                             QStringLiteral("--map-user=%1").arg(SandboxUid),
                             QStringLiteral("--map-group=%1").arg(SandboxGid), QStringLiteral("--") }
            + args;
    }
    if (options.directOutput) {
        // runc passes descriptors 3 and 4 (--preserve-fds 2): the engine's own
        // pipes. The shell makes them the runtime's stdout and stderr and
        // closes the originals, so the function sees the usual three.
        // The shell would add PWD to the environment: it is taken out again
        // unless the instance's environment asks for it.
        QString script = spec.environment.contains(QStringLiteral("PWD"))
            ? QStringLiteral("exec \"$@\" >&3 2>&4 3>&- 4>&-")
            : QStringLiteral("unset PWD; exec \"$@\" >&3 2>&4 3>&- 4>&-");
        if (options.gate) {
            // Made ahead (--preserve-fds 3): the environment arrives on
            // descriptor 5 when an instance takes the sandbox, ending with the
            // gate's own variable; the pipe's end without it (the engine gone,
            // the sandbox dropped) ends the shell instead.
            script = QStringLiteral("unset PWD; set -a; . /proc/self/fd/5; set +a; "
                                    "[ \"$_BULLPEN_GATE\" = open ] || exit 0; unset _BULLPEN_GATE; "
                                    "exec \"$@\" >&3 2>&4 3>&- 4>&- 5<&-");
        }
        args = QStringList { QStringLiteral("/bin/sh"), QStringLiteral("-c"), script, QStringLiteral("bullpen-stdio") }
            + args;
    }
    QJsonArray env;
    for (auto it = spec.environment.cbegin(); it != spec.environment.cend(); ++it) {
        if (!(options.gate && options.directOutput && SandboxFiles::isShellName(it.key())))
            env.append(QString(it.key() + QLatin1Char('=') + it.value()));
    }

    const bool containerRoot = options.rootless || options.runtimeAsRoot;
    const QJsonArray caps = capabilities(options.nestedUser);
    QJsonObject process {
        { QStringLiteral("terminal"), false },
        { QStringLiteral("user"),
          QJsonObject { { QStringLiteral("uid"), containerRoot ? 0 : SandboxUid },
                        { QStringLiteral("gid"), containerRoot ? 0 : SandboxGid } } },
        { QStringLiteral("args"), QJsonArray::fromStringList(args) },
        { QStringLiteral("env"), env },
        { QStringLiteral("cwd"),
          spec.workingDirectory.isEmpty() ? QStringLiteral("/var/task") : spec.workingDirectory },
        { QStringLiteral("capabilities"),
          QJsonObject { { QStringLiteral("bounding"), caps },
                        { QStringLiteral("effective"), caps },
                        { QStringLiteral("permitted"), caps },
                        { QStringLiteral("inheritable"), QJsonArray {} },
                        { QStringLiteral("ambient"), QJsonArray {} } } },
        { QStringLiteral("rlimits"),
          QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("RLIMIT_NOFILE") },
                                     { QStringLiteral("soft"), 1024 },
                                     { QStringLiteral("hard"), 1024 } },
                       QJsonObject { { QStringLiteral("type"), QStringLiteral("RLIMIT_NPROC") },
                                     { QStringLiteral("soft"), 1024 },
                                     { QStringLiteral("hard"), 1024 } } } },
        { QStringLiteral("noNewPrivileges"), true },
    };

    QJsonArray mounts;
    if (options.bindProc)
        mounts.append(mount(
            QStringLiteral("/proc"), QStringLiteral("bind"), QStringLiteral("/proc"),
            { QStringLiteral("rbind"), QStringLiteral("nosuid"), QStringLiteral("nodev"), QStringLiteral("noexec") }));
    else
        mounts.append(mount(QStringLiteral("/proc"), QStringLiteral("proc"), QStringLiteral("proc"),
                            { QStringLiteral("nosuid"), QStringLiteral("nodev"), QStringLiteral("noexec") }));
    mounts.append(mount(QStringLiteral("/dev"), QStringLiteral("tmpfs"), QStringLiteral("tmpfs"),
                        { QStringLiteral("nosuid"), QStringLiteral("strictatime"), QStringLiteral("mode=755"),
                          QStringLiteral("size=65536k") }));
    QStringList ptsOptions { QStringLiteral("nosuid"), QStringLiteral("noexec"), QStringLiteral("newinstance"),
                             QStringLiteral("ptmxmode=0666"), QStringLiteral("mode=0620") };
    if (!options.rootless)
        ptsOptions << QStringLiteral("gid=5"); // tty; unmapped in a rootless user namespace
    mounts.append(mount(QStringLiteral("/dev/pts"), QStringLiteral("devpts"), QStringLiteral("devpts"), ptsOptions));
    mounts.append(mount(QStringLiteral("/dev/shm"), QStringLiteral("tmpfs"), QStringLiteral("shm"),
                        { QStringLiteral("nosuid"), QStringLiteral("noexec"), QStringLiteral("nodev"),
                          QStringLiteral("mode=1777"), QStringLiteral("size=65536k") }));
    // Lambda's /tmp is executable, so no noexec. On disk where the engine can
    // make a loop device (not charged to the function's memory, as on Lambda),
    // else a tmpfs of the same size.
    if (!options.tmpFolder.isEmpty())
        mounts.append(mount(
            QStringLiteral("/tmp"), QStringLiteral("bind"), options.tmpFolder,
            { QStringLiteral("rbind"), QStringLiteral("rw"), QStringLiteral("nosuid"), QStringLiteral("nodev") }));
    else if (!options.tmpDevice.isEmpty())
        mounts.append(mount(
            QStringLiteral("/tmp"), QStringLiteral("ext4"), options.tmpDevice,
            { QStringLiteral("rw"), QStringLiteral("nosuid"), QStringLiteral("nodev"), QStringLiteral("minixdf") }));
    else
        mounts.append(mount(QStringLiteral("/tmp"), QStringLiteral("tmpfs"), QStringLiteral("tmpfs"),
                            { QStringLiteral("nosuid"), QStringLiteral("nodev"), QStringLiteral("mode=1777"),
                              QStringLiteral("size=%1m").arg(qMax(1, spec.tmpSizeMb)) }));
    if (spec.rootFilesystem.isEmpty()) {
        for (const QString &folder : options.hostDirectories)
            mounts.append(readOnlyBind(QLatin1Char('/') + folder, QLatin1Char('/') + folder));
    }
    if (!spec.codeDirectory.isEmpty()) // empty for an image function: its code is in the root
        mounts.append(readOnlyBind(spec.codeDirectory, QStringLiteral("/var/task")));
    if (!spec.runtimeDirectory.isEmpty())
        mounts.append(readOnlyBind(spec.runtimeDirectory, QStringLiteral("/var/runtime")));
    if (!spec.optDirectory.isEmpty())
        mounts.append(readOnlyBind(spec.optDirectory, QStringLiteral("/opt")));
    // /sys as Docker gives it: a fresh sysfs, read-only. Only in a network
    // namespace of the instance's own: sysfs shows the mounting namespace's
    // network devices (here only its loopback), and the kernel refuses it to a
    // user namespace that does not own the network namespace. Over it the
    // instance's own cgroup, read-only, in a cgroup namespace of its own:
    // runc mounts the hierarchies (v1: each controller; v2: the unified one)
    // rooted at the instance's group, so a function reads its real limits
    // (memory.limit_in_bytes / memory.max, cpu.cfs_quota_us / cpu.max) where
    // a process in a Docker container reads them, and sees no other group.
    if (exposesSys(options)) {
        mounts.append(mount(
            QStringLiteral("/sys"), QStringLiteral("sysfs"), QStringLiteral("sysfs"),
            { QStringLiteral("nosuid"), QStringLiteral("noexec"), QStringLiteral("nodev"), QStringLiteral("ro") }));
        if (!options.cgroupsPath.isEmpty())
            mounts.append(mount(QStringLiteral("/sys/fs/cgroup"), QStringLiteral("cgroup"), QStringLiteral("cgroup"),
                                { QStringLiteral("nosuid"), QStringLiteral("noexec"), QStringLiteral("nodev"),
                                  QStringLiteral("relatime"), QStringLiteral("ro") }));
    }
    if (!options.hostsFile.isEmpty())
        mounts.append(readOnlyBind(options.hostsFile, QStringLiteral("/etc/hosts")));
    if (!options.resolvConf.isEmpty())
        mounts.append(readOnlyBind(options.resolvConf, QStringLiteral("/etc/resolv.conf")));

    QJsonArray namespaces { QJsonObject { { QStringLiteral("type"), QStringLiteral("pid") } },
                            QJsonObject { { QStringLiteral("type"), QStringLiteral("ipc") } },
                            QJsonObject { { QStringLiteral("type"), QStringLiteral("uts") } },
                            QJsonObject { { QStringLiteral("type"), QStringLiteral("mount") } } };
    QJsonObject linuxSection {
        { QStringLiteral("maskedPaths"),
          QJsonArray { QStringLiteral("/proc/acpi"), QStringLiteral("/proc/kcore"), QStringLiteral("/proc/keys"),
                       QStringLiteral("/proc/latency_stats"), QStringLiteral("/proc/timer_list"),
                       QStringLiteral("/proc/sched_debug"), QStringLiteral("/proc/scsi"),
                       QStringLiteral("/sys/firmware"), QStringLiteral("/sys/devices/virtual/powercap") } },
        { QStringLiteral("readonlyPaths"),
          QJsonArray { QStringLiteral("/proc/bus"), QStringLiteral("/proc/fs"), QStringLiteral("/proc/irq"),
                       QStringLiteral("/proc/sys"), QStringLiteral("/proc/sysrq-trigger") } },
    };
    if (!options.networkNamespace.isEmpty())
        namespaces.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("network") },
                                        { QStringLiteral("path"), options.networkNamespace } });
    if (exposesSys(options) && !options.cgroupsPath.isEmpty()) {
        namespaces.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("cgroup") } });
        // On cgroup v1 runc puts the hierarchies on a tmpfs that it leaves
        // writable (root's, mode 755, as under Docker): read-only here too.
        QJsonArray readOnly = linuxSection.value(QStringLiteral("readonlyPaths")).toArray();
        readOnly.append(QStringLiteral("/sys/fs/cgroup"));
        linuxSection.insert(QStringLiteral("readonlyPaths"), readOnly);
    }
    if (options.seccomp)
        linuxSection.insert(QStringLiteral("seccomp"), seccompProfile(options.nestedUser));
    if (options.rootless) {
        namespaces.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("user") } });
        linuxSection.insert(QStringLiteral("uidMappings"), QJsonArray { idMapping(0, options.hostUid) });
        linuxSection.insert(QStringLiteral("gidMappings"), QJsonArray { idMapping(0, options.hostGid) });
    }
    linuxSection.insert(QStringLiteral("namespaces"), namespaces);
    if (!options.cgroupsPath.isEmpty()) {
        const qint64 limit = qint64(qMax(1, spec.memoryMb)) * 1024 * 1024;
        QJsonObject memory { { QStringLiteral("limit"), limit } };
        if (options.limitSwap)
            memory.insert(QStringLiteral("swap"), limit); // memory+swap == memory: no swap
        linuxSection.insert(QStringLiteral("cgroupsPath"), options.cgroupsPath);
        linuxSection.insert(QStringLiteral("resources"),
                            QJsonObject { { QStringLiteral("memory"), memory },
                                          { QStringLiteral("pids"), QJsonObject { { QStringLiteral("limit"), 1024 } } },
                                          // Lambda's CPU share, the same quota Docker's NanoCpus sets.
                                          { QStringLiteral("cpu"),
                                            QJsonObject { { QStringLiteral("quota"), lambdaCpuQuotaUs(spec.memoryMb) },
                                                          { QStringLiteral("period"), CpuPeriodUs } } } });
    }

    const QJsonObject config {
        { QStringLiteral("ociVersion"), QStringLiteral("1.0.2") },
        { QStringLiteral("process"), process },
        { QStringLiteral("root"),
          QJsonObject {
              { QStringLiteral("path"), spec.rootFilesystem.isEmpty() ? options.hostSkeleton : spec.rootFilesystem },
              { QStringLiteral("readonly"), true } } },
        { QStringLiteral("hostname"), QStringLiteral("localhost") },
        { QStringLiteral("mounts"), mounts },
        { QStringLiteral("linux"), linuxSection },
    };
    return QJsonDocument(config).toJson(QJsonDocument::Compact);
}

} // namespace Bullpen::OciConfig
