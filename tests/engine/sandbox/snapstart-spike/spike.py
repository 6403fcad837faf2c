# SPDX-License-Identifier: MIT
"""SnapStart spike: checkpoint an initialised Python runtime with runc + CRIU
and restore copies of it, measuring what a restored cold start costs.

Run as root inside the development root (see ./run). Outside the engine on
purpose: a sandbox made as engine/sandbox/ociconfig.cpp makes it (the same
namespaces, user 993 -- 0 where root lacks CAP_SYS_RESOURCE, see --uid --,
seccomp profile, cgroup limits, read-only root, the code and runtime bound
read-only) and a Runtime API of its own at
127.0.0.1:9001 inside a network namespace of its own, as the engine's
(the listener made in the namespace, served from outside it).

Figures (milliseconds, wall clock, CLOCK_MONOTONIC of this process):
  cold    on-demand cold start, `runc run` to the first result (the same sandbox)
  init    `runc run` to the runtime's /restore/next (init done)
  dump    `runc checkpoint`
  restore `runc restore` started to its pid file (the process tree is back)
  ready   `runc restore` started to the restored runtime's first /next
  result  `runc restore` started to the first result (invoke to result)
  wake    from the restored copy's wake-up (kernel reseed, SIGUSR1) to the first
          result: what a copy restored ahead of need would cost the request
"""

import argparse
import fcntl
import json
import os
import shutil
import signal
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import time

CLONE_NEWNET = 0x40000000
SANDBOX_UID, SANDBOX_GID = 993, 990
SIOCGIFFLAGS, SIOCSIFFLAGS, IFF_UP = 0x8913, 0x8914, 0x1

REFUSED = (
    "unshare setns mount umount umount2 pivot_root chroot fsopen fsconfig fsmount fspick move_mount "
    "open_tree mount_setattr keyctl add_key request_key bpf perf_event_open userfaultfd ptrace "
    "process_vm_readv process_vm_writev kcmp pidfd_getfd open_by_handle_at name_to_handle_at "
    "init_module finit_module delete_module create_module query_module get_kernel_syms kexec_load "
    "kexec_file_load reboot swapon swapoff settimeofday clock_settime clock_settime64 clock_adjtime "
    "clock_adjtime64 adjtimex stime acct quotactl quotactl_fd lookup_dcookie nfsservctl sysfs _sysctl "
    "uselib ustat vm86 vm86old iopl ioperm syslog vhangup"
).split()


def ms(start, end):
    return (end - start) * 1000.0


# ---------------------------------------------------------------- network


class Namespace:
    """A network namespace with only a loopback, and a listener at
    127.0.0.1:9001 in it, this process staying in its own namespace."""

    def __init__(self):
        own = os.open("/proc/self/ns/net", os.O_RDONLY)
        os.unshare(CLONE_NEWNET)
        self.fd = os.open("/proc/self/ns/net", os.O_RDONLY)
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        flags = struct.unpack("16sH", fcntl.ioctl(s, SIOCGIFFLAGS, struct.pack("16sH", b"lo", 0)))[1]
        fcntl.ioctl(s, SIOCSIFFLAGS, struct.pack("16sH", b"lo", flags | IFF_UP))
        s.close()
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 9001))
        self.listener.listen(8)
        os.setns(own, CLONE_NEWNET)
        os.close(own)

    @property
    def path(self):
        return "/proc/%d/fd/%d" % (os.getpid(), self.fd)

    def close(self):
        self.listener.close()
        os.close(self.fd)


class Api:
    """The Runtime API's few calls, served one connection at a time."""

    def __init__(self, ns):
        self.ns = ns
        self.conn = None
        self.buf = b""

    def request(self, timeout=10.0):
        """Next request (method, path, body); accepts a new connection when needed."""
        deadline = time.monotonic() + timeout
        while True:
            if self.conn is None:
                self.ns.listener.settimeout(max(0.01, deadline - time.monotonic()))
                self.conn, _ = self.ns.listener.accept()
                self.conn.settimeout(max(0.01, deadline - time.monotonic()))
                self.buf = b""
            end = self.buf.find(b"\r\n\r\n")
            if end >= 0:
                head = self.buf[:end].decode("latin-1").split("\r\n")
                length = 0
                for line in head[1:]:
                    name, _, value = line.partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value)
                if len(self.buf) >= end + 4 + length:
                    body = self.buf[end + 4:end + 4 + length]
                    self.buf = self.buf[end + 4 + length:]
                    method, path = head[0].split()[:2]
                    return method, path, body
            chunk = self.conn.recv(65536)
            if not chunk:
                self.conn.close()
                self.conn = None
                continue
            self.buf += chunk

    def answer(self, status, body=b"", headers=None, close=False):
        lines = ["HTTP/1.1 %d X" % status, "Content-Length: %d" % len(body)]
        for name, value in (headers or {}).items():
            lines.append("%s: %s" % (name, value))
        if close:
            lines.append("Connection: close")
        self.conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)

    def wait_closed(self, timeout=10.0):
        """Until the runtime has closed its end (it then holds no socket)."""
        self.conn.settimeout(timeout)
        while self.conn.recv(65536):
            pass
        self.conn.close()
        self.conn = None

    def invoke(self, event, request_id):
        """Serves /next with the event; returns the result (or error) body."""
        while True:
            method, path, body = self.request()
            if path.endswith("/invocation/next"):
                self.answer(200, json.dumps(event).encode(), {
                    "Lambda-Runtime-Aws-Request-Id": request_id,
                    "Lambda-Runtime-Deadline-Ms": str(int(time.time() * 1000) + 30000),
                    "Lambda-Runtime-Invoked-Function-Arn": "arn:aws:lambda:us-east-1:000000000000:function:spike",
                    "Content-Type": "application/json",
                })
                return_next = time.monotonic()
            elif "/invocation/" in path:
                self.answer(202, b"{}")
                return return_next, path.rsplit("/", 1)[1], body
            else:
                raise RuntimeError("unexpected %s %s %r" % (method, path, body[:300]))


# ---------------------------------------------------------------- bundle


def seccomp():
    rules = [
        {"names": REFUSED, "action": "SCMP_ACT_ERRNO", "errnoRet": 1},
        {"names": ["clone3", "io_uring_setup", "io_uring_enter", "io_uring_register"],
         "action": "SCMP_ACT_ERRNO", "errnoRet": 38},
    ]
    for flag in (0x00020000, 0x02000000, 0x04000000, 0x08000000, 0x10000000, 0x20000000, 0x40000000):
        rules.append({"names": ["clone"], "action": "SCMP_ACT_ERRNO", "errnoRet": 1,
                      "args": [{"index": 0, "value": flag, "valueTwo": flag, "op": "SCMP_CMP_MASKED_EQ"}]})
    return {"defaultAction": "SCMP_ACT_ALLOW", "syscalls": rules}


def config(args, netns, cid, tmp_source, snap_start):
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "en_US.UTF-8",
        "TZ": ":UTC",
        "LAMBDA_TASK_ROOT": "/var/task",
        "LAMBDA_RUNTIME_DIR": "/var/runtime",
        "AWS_LAMBDA_RUNTIME_API": "127.0.0.1:9001",
        "AWS_LAMBDA_FUNCTION_NAME": "spike",
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": str(args.memory),
        "AWS_LAMBDA_FUNCTION_VERSION": "1",
        "AWS_LAMBDA_INITIALIZATION_TYPE": "snap-start" if snap_start else "on-demand",
        "_HANDLER": "app.handler",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    ro = ["rbind", "ro", "nosuid", "nodev"]
    if args.userns and proc_has_over_mounts():
        # As the engine's rootless mode (OciBackend: bindProc): a user
        # namespace may mount a fresh proc only where the mounter's proc is
        # fully visible, and bwrap's /proc has read-only over-mounts.
        proc = {"destination": "/proc", "type": "bind", "source": "/proc",
                "options": ["rbind", "nosuid", "nodev", "noexec"]}
    else:
        proc = {"destination": "/proc", "type": "proc", "source": "proc", "options": ["nosuid", "nodev", "noexec"]}
    mounts = [
        proc,
        {"destination": "/dev", "type": "tmpfs", "source": "tmpfs",
         "options": ["nosuid", "strictatime", "mode=755", "size=65536k"]},
        {"destination": "/dev/pts", "type": "devpts", "source": "devpts",
         "options": ["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"]},
        {"destination": "/dev/shm", "type": "tmpfs", "source": "shm",
         "options": ["nosuid", "noexec", "nodev", "mode=1777", "size=65536k"]},
    ]
    if args.tmp == "tmpfs":
        mounts.append({"destination": "/tmp", "type": "tmpfs", "source": "tmpfs",
                       "options": ["nosuid", "nodev", "mode=1777", "size=512m"]})
    elif args.tmp == "ext4":
        mounts.append({"destination": "/tmp", "type": "ext4", "source": tmp_source,
                       "options": ["rw", "nosuid", "nodev", "minixdf"]})
    else:  # bind: the loop device mounted outside, its folder bound in
        mounts.append({"destination": "/tmp", "type": "bind", "source": tmp_source,
                       "options": ["rbind", "rw", "nosuid", "nodev"]})
    for folder in args.shared:
        mounts.append({"destination": "/" + folder, "type": "bind", "source": "/" + folder, "options": ro})
    mounts += [
        {"destination": "/var/task", "type": "bind", "source": args.task, "options": ro},
        {"destination": "/var/runtime", "type": "bind", "source": args.runtime, "options": ro},
    ]
    if not args.userns and args.sys:
        # sysfs only where the mounting user namespace owns the network
        # namespace (see ociconfig.cpp): not in a user namespace of its own.
        mounts += [
            {"destination": "/sys", "type": "sysfs", "source": "sysfs",
             "options": ["nosuid", "noexec", "nodev", "ro"]},
            {"destination": "/sys/fs/cgroup", "type": "cgroup", "source": "cgroup",
             "options": ["nosuid", "noexec", "nodev", "relatime", "ro"]},
        ]
    namespaces = [{"type": "pid"}, {"type": "ipc"}, {"type": "uts"}, {"type": "mount"},
                  {"type": "network", "path": netns}]
    if not args.userns and args.sys:
        namespaces.append({"type": "cgroup"})
    memory = args.memory * 1024 * 1024
    spec = {
        "ociVersion": "1.0.2",
        "process": {
            "terminal": False,
            "user": {"uid": args.uid, "gid": args.uid and SANDBOX_GID},
            "args": ["/usr/bin/python3", "/var/runtime/bootstrap.py"],
            "env": ["%s=%s" % kv for kv in env.items()],
            "cwd": "/var/task",
            "capabilities": {k: [] for k in ("bounding", "effective", "permitted", "inheritable", "ambient")},
            "rlimits": [{"type": "RLIMIT_NOFILE", "soft": 1024, "hard": 1024},
                        {"type": "RLIMIT_NPROC", "soft": 1024, "hard": 1024}],
            "noNewPrivileges": True,
        },
        "root": {"path": args.rootfs, "readonly": True},
        "hostname": "localhost",
        "mounts": mounts,
        "linux": {
            "maskedPaths": ["/proc/acpi", "/proc/kcore", "/proc/keys", "/proc/latency_stats", "/proc/timer_list",
                            "/proc/sched_debug", "/proc/scsi", "/sys/firmware", "/sys/devices/virtual/powercap"],
            "readonlyPaths": ["/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger",
                              "/sys/fs/cgroup"],
            "namespaces": namespaces,
            "seccomp": seccomp(),
            "cgroupsPath": "/bullpen-spike/" + cid,
            "resources": {
                "memory": {"limit": memory, "swap": memory},
                "pids": {"limit": 1024},
                "cpu": {"quota": max(1000, args.memory * 100000 // 1769), "period": 100000},
            },
        },
    }
    if not args.masks:
        del spec["linux"]["maskedPaths"]
        del spec["linux"]["readonlyPaths"]
    if args.userns:
        # A user namespace of its own, mapped 1:1 (uid 993 stays 993). Its
        # owner is root, so CRIU (root, but without CAP_SYS_RESOURCE on this
        # machine) may read the runtime's rlimits: the owner of a namespace
        # has every capability in it.
        namespaces.append({"type": "user"})
        spec["linux"]["uidMappings"] = [{"containerID": 0, "hostID": 0, "size": 65536}]
        spec["linux"]["gidMappings"] = [{"containerID": 0, "hostID": 0, "size": 65536}]
    return spec


def proc_has_over_mounts():
    with open("/proc/self/mountinfo") as f:
        return any(line.split()[4].startswith("/proc/") for line in f)


class Tmp:
    """The instance's /tmp as the engine makes it (issue 15): an ext4 file
    system of EphemeralStorage's size on a loop device, mounted by runc
    (--tmp ext4), or mounted here and bound in (--tmp bind)."""

    def __init__(self, work, cid, kind):
        self.kind = kind
        self.image = self.device = self.mountpoint = None
        if kind == "tmpfs":
            return
        self.image = os.path.join(work, cid + ".tmp.img")
        with open(self.image, "wb") as f:
            f.truncate(512 * 1024 * 1024)
        subprocess.run(["mke2fs", "-q", "-F", "-t", "ext4", "-E", "root_owner=993:990", self.image], check=True)
        if kind == "bind":
            # mount -o loop: the device is cleared with the last unmount.
            self.mountpoint = os.path.join(work, cid + ".tmp")
            os.makedirs(self.mountpoint, exist_ok=True)
            subprocess.run(["mount", "-o", "loop,nosuid,nodev", self.image, self.mountpoint], check=True)
        else:
            self.device = subprocess.run(["losetup", "--find", "--show", self.image], check=True,
                                         capture_output=True, text=True).stdout.strip()
        os.unlink(self.image)  # the loop device keeps it open

    @property
    def source(self):
        return self.mountpoint or self.device

    def close(self):
        if self.mountpoint:
            subprocess.run(["umount", "-l", self.mountpoint])
            os.rmdir(self.mountpoint)
        if self.device:
            subprocess.run(["losetup", "-d", self.device])


# ---------------------------------------------------------------- runc


class Runc:
    def __init__(self, root):
        self.root = root

    def cmd(self, *args):
        return ["runc", "--root", self.root] + list(args)

    def delete(self, cid):
        subprocess.run(self.cmd("delete", "--force", cid), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def cgroup_memory(cid):
    """The restored copy's memory as its cgroup counts it (v1 or v2), or -1."""
    for path in ("/sys/fs/cgroup/memory/bullpen-spike/%s/memory.usage_in_bytes" % cid,
                 "/sys/fs/cgroup/bullpen-spike/%s/memory.current" % cid):
        try:
            with open(path) as f:
                return int(f.read())
        except OSError:
            pass
    return -1


def wait_file(path, proc, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with open(path) as f:
                text = f.read().strip()
            if text:
                return int(text)
        except FileNotFoundError:
            pass
        if proc.poll() is not None:
            raise RuntimeError("%s ended (%d): %s" % (proc.args[3], proc.returncode, proc.stderr.read().decode()))
        time.sleep(0.0002)
    raise RuntimeError("no pid file " + path)


SHARED = ("usr", "bin", "sbin", "lib", "lib32", "lib64", "libx32", "etc", "opt")


def host_skeleton(work):
    """The root the engine gives an instance without a runtime image
    (OciConfig::prepareHostSkeleton): mount points, the host's folders bound."""
    root = os.path.join(work, "skeleton")
    shared = []
    for name in SHARED:
        host = "/" + name
        target = os.path.join(root, name)
        if os.path.islink(host):
            if not os.path.islink(target):
                os.makedirs(root, exist_ok=True)
                os.symlink(os.readlink(host), target)
        elif os.path.isdir(host):
            os.makedirs(target, exist_ok=True)
            shared.append(name)
    for name in ("proc", "dev", "sys", "tmp", "var/task", "var/runtime", "opt", "home", "run"):
        os.makedirs(os.path.join(root, name), exist_ok=True)
    return root, shared


def make_bundle(args, cid, netns, tmp, snap_start):
    bundle = os.path.join(args.work, cid)
    shutil.rmtree(bundle, ignore_errors=True)
    os.makedirs(bundle)
    spec = config(args, netns, cid, tmp.source, snap_start)
    if args.criu_conf:
        # CRIU options through the file runc names in its RPC (the annotation).
        # "network-lock skip" would spare the iptables lock of a namespace
        # that holds no connection of the runtime's, but criu 4.1.1 crashes
        # (SIGSEGV) parsing any option with an argument there.
        criu_conf = os.path.join(bundle, "criu.conf")
        with open(criu_conf, "w") as f:
            f.write(args.criu_conf.replace(";", "\n") + "\n")
        spec["annotations"] = {"org.criu.config": criu_conf}
    with open(os.path.join(bundle, "config.json"), "w") as f:
        json.dump(spec, f)
    return bundle


class Instance:
    """One sandbox's namespace, /tmp, bundle and runc process; close() removes them all."""

    def __init__(self, args, runc, cid, snap_start):
        self.runc, self.cid, self.proc = runc, cid, None
        self.ns = Namespace()
        self.tmp = None
        self.bundle = None
        try:
            self.tmp = Tmp(args.work, cid, args.tmp)
            self.bundle = make_bundle(args, cid, self.ns.path, self.tmp, snap_start)
        except BaseException:
            self.close()
            raise
        self.api = Api(self.ns)

    def start(self, *command):
        self.proc = subprocess.Popen(self.runc.cmd(*command), stdin=subprocess.DEVNULL,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        return self.proc

    def close(self):
        if self.proc is not None:
            self.runc.delete(self.cid)
            self.proc.wait()
        if self.tmp is not None:
            self.tmp.close()
        self.ns.close()
        if self.bundle:
            shutil.rmtree(self.bundle, ignore_errors=True)


def output(proc):
    """What the runtime wrote (its stdout and stderr are runc's)."""
    out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    return out + err


def cold_start(args, runc, cid):
    box = Instance(args, runc, cid, snap_start=False)
    try:
        t0 = time.monotonic()
        proc = box.start("run", "--bundle", box.bundle, cid)
        try:
            t_next, _, body = box.api.invoke({"n": 0}, "cold-" + cid)
        except TimeoutError:
            runc.delete(cid)
            proc.wait()
            raise RuntimeError("no answer from the cold start: " + output(proc))
        t1 = time.monotonic()
    finally:
        box.close()
    return {"cold": ms(t0, t1), "first_next": ms(t0, t_next), "body": body.decode()}


def snapshot(args, runc, cid, images):
    box = Instance(args, runc, cid, snap_start=True)
    try:
        t0 = time.monotonic()
        proc = box.start("run", "--bundle", box.bundle, cid)
        method, path, _ = box.api.request()
        if not path.endswith("/restore/next"):
            raise RuntimeError("expected /restore/next, got %s %s" % (method, path))
        t_init = time.monotonic()
        box.api.answer(200, close=True)
        box.api.wait_closed()
        shutil.rmtree(images, ignore_errors=True)
        shutil.rmtree(images + ".work", ignore_errors=True)
        os.makedirs(images)
        t1 = time.monotonic()
        leave = ("--leave-running",) if args.leave_running else ()
        dump = subprocess.run(runc.cmd("checkpoint", *leave, "--image-path", images, "--work-path", images + ".work",
                                       cid),
                              capture_output=True, text=True)
        t2 = time.monotonic()
        if dump.returncode != 0:
            log = ""
            try:
                with open(os.path.join(images + ".work", "dump.log")) as f:
                    log = "".join(f.readlines()[-25:])
            except OSError:
                pass
            raise RuntimeError("runc checkpoint failed: %s\n%s" % (dump.stderr.strip(), log))
        original = None
        if args.leave_running:
            # The snapshot's own runtime goes on: woken as a restored copy
            # would be, it serves the first request (no restore for it).
            state = json.loads(subprocess.run(runc.cmd("state", cid), capture_output=True, text=True,
                                              check=True).stdout)
            t3 = time.monotonic()
            if args.reseed:
                reseed_kernel_rng()
            os.kill(state["pid"], signal.SIGUSR1)
            _, _, body = box.api.invoke({"n": "original"}, "original-" + cid)
            original = {"wake": ms(t3, time.monotonic()), "body": body.decode()}
            runc.delete(cid)
        proc.wait()  # runc checkpoint ends the container after the dump (or runc delete, left running)
    finally:
        box.close()
    size = sum(os.path.getsize(os.path.join(images, n)) for n in os.listdir(images))
    return {"init": ms(t0, t_init), "dump": ms(t1, t2), "image_bytes": size, "runtime_said": output(proc),
            "original": original}


def restore(args, runc, cid, images, index):
    box = Instance(args, runc, cid, snap_start=True)
    try:
        pid_file = os.path.join(box.bundle, "pid")
        work = os.path.join(box.bundle, "work")
        t0 = time.monotonic()
        proc = box.start("restore", "--image-path", images, "--work-path", work, "--bundle", box.bundle,
                         "--pid-file", pid_file, cid)
        try:
            pid = wait_file(pid_file, proc)
        except RuntimeError:
            try:
                with open(os.path.join(work, "restore.log")) as f:
                    sys.stderr.write("".join(f.readlines()[-30:]))
            except OSError:
                pass
            raise
        t_pid = time.monotonic()
        parked_bytes = cgroup_memory(cid)
        if args.park_ms:
            time.sleep(args.park_ms / 1000.0)  # restored ahead of need: the request comes later
            t_pid = time.monotonic()
        if args.reseed:
            reseed_kernel_rng()
        os.kill(pid, signal.SIGUSR1)
        t_next, _, body = box.api.invoke({"n": index}, "restore-%d" % index)
        t1 = time.monotonic()
        if index == 0:
            shutil.copy(os.path.join(work, "restore.log"), os.path.join(args.logs, "restore-0.log"))
    finally:
        box.close()
    return {"restore": ms(t0, t_pid), "ready": ms(t0, t_next), "result": ms(t0, t1), "wake": ms(t_pid, t1),
            "parked_bytes": parked_bytes,
            "body": body.decode(),
            "runtime_said": output(proc)}


RNDRESEEDCRNG = 0x5207  # _IO('R', 0x07)


def reseed_kernel_rng():
    """Makes the C library's getrandom state in the restored process stale.

    glibc 2.41 answers getrandom() from a state in the process's memory (the
    vDSO's), which the snapshot copied: every restored copy would draw the
    same bytes. A reseed of the kernel's generator moves its generation on,
    and such a state is then keyed afresh on its next use (what a VM's
    generation id does for Firecracker's snapshots). Needs CAP_SYS_ADMIN.
    """
    fd = os.open("/dev/urandom", os.O_RDONLY)
    try:
        fcntl.ioctl(fd, RNDRESEEDCRNG)
    finally:
        os.close(fd)


CAP_SYS_RESOURCE = 24


def has_capability(cap):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("CapEff:"):
                return bool(int(line.split()[1], 16) >> cap & 1)
    return False


def unavailable():
    """Why CRIU cannot checkpoint here, or None."""
    if os.geteuid() != 0:
        return "checkpoint and restore need root (runc restore, CRIU); this is uid %d" % os.geteuid()
    for tool in ("runc", "criu"):
        if not shutil.which(tool):
            return "%s is not installed" % tool
    check = subprocess.run(["criu", "check"], capture_output=True, text=True)
    if check.returncode != 0:
        said = (check.stdout + check.stderr).strip().splitlines()
        return "`criu check` fails on this kernel: " + (said[-1] if said else "exit %d" % check.returncode)
    trial = trial_dump()
    if trial and trial.startswith("did not finish"):
        # Where a hardware breakpoint never stops a traced task (the debug
        # registers of some virtual machines: 6.18.44-fc), CRIU waits for one
        # forever; without breakpoints (CRIU_FAULT=130, CRIU's FI_NO_BREAKPOINTS)
        # it stops the task at the system call instead, as the engine then has
        # it do (SnapStart::prepareCriuProcess). runc passes the environment on.
        os.environ["CRIU_FAULT"] = "130"
        if trial_dump() is None:
            print("hardware breakpoints do not stop a traced task here: CRIU runs without them (CRIU_FAULT=130)")
            return None
        del os.environ["CRIU_FAULT"]
    if trial:
        return ("CRIU cannot checkpoint a process on this kernel (%s): a trial dump of a sleeping process %s"
                % (os.uname().release, trial))
    return None


def trial_dump(limit=5):
    """The engine's trial checkpoint (SnapStartStore, CheckpointTrial): `criu
    check` passes on kernels where every dump hangs (6.18.44-fc), so dump a
    sleeping process, bounded; None when it worked, else what went wrong."""
    folder = tempfile.mkdtemp(prefix="bullpen-snapstart-trial-")
    sleep = subprocess.Popen(["sleep", str(limit * 12)], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    criu = None
    try:
        criu = subprocess.Popen(["criu", "dump", "--tree", str(sleep.pid), "--leave-running", "--shell-job",
                                 "--images-dir", folder, "--log-file", "dump.log"],
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            code = criu.wait(timeout=limit)
        except subprocess.TimeoutExpired:
            return "did not finish within %d s" % limit
        if code != 0:
            with open(os.path.join(folder, "dump.log"), errors="replace") as log:
                errors = [line.strip() for line in log if "Error" in line]
            return "failed (CRIU: %s)" % (errors[-1] if errors else "exit code %d" % code)
        return None
    finally:
        for process in (criu, sleep):
            if process:
                process.kill()
                process.wait()
        shutil.rmtree(folder, ignore_errors=True)


def criu_breakdown(log_path):
    """Where CRIU's restore went (its log's timestamps, the first restore):
    the mount namespace rebuilt, the network namespace unlocked (iptables),
    and CRIU from start to the tasks resumed."""
    marks = {}
    previous = None
    with open(log_path) as f:
        for line in f:
            if not line.startswith("("):
                continue
            try:
                t = float(line[1:line.index(")")]) * 1000.0
            except ValueError:
                continue
            if "unlock" in marks and "unlocked" not in marks and line.split(")", 1)[1].strip() != "RPC":
                marks["unlocked"] = t  # the first line after the unlock's scripts
            if "Running setup-namespaces scripts" in line:
                marks["mounts"] = t
            elif "Running post-setup-namespaces scripts" in line:
                marks["mounted"] = t
            elif "Running network-unlock scripts" in line:
                marks["unlock"] = t
            elif "Restore finished successfully" in line:
                marks["done"] = t
            previous = t
    marks.setdefault("done", previous)
    return marks


def bare_python(runs):
    times = []
    for _ in range(runs):
        t0 = time.monotonic()
        subprocess.run(["python3", "-c", "pass"], check=True)
        times.append(ms(t0, time.monotonic()))
    return times


def summary(values):
    values = sorted(values)
    return "median %.1f  min %.1f  max %.1f  (n=%d)" % (statistics.median(values), values[0], values[-1], len(values))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    source = os.path.abspath(os.path.join(here, "../../../.."))
    parser = argparse.ArgumentParser()
    parser.add_argument("--rootfs", help="a runtime image's root (default: the host's folders on a skeleton)")
    parser.add_argument("--work", default="/run/bullpen-snapstart-spike")
    parser.add_argument("--runtime", default=os.path.join(source, "resources/runtimes/python"))
    parser.add_argument("--task", default=os.path.join(here, "function"))
    parser.add_argument("--memory", type=int, default=1769)
    parser.add_argument("--tmp", choices=("tmpfs", "ext4", "bind"), default="bind")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--park-ms", type=int, default=0,
                        help="keep each restored copy parked this long before waking it (wake is timed from then)")
    parser.add_argument("--no-sys", dest="sys", action="store_false",
                        help="no /sys and cgroup mounts (to see what fewer mounts save a restore)")
    parser.add_argument("--no-masks", dest="masks", action="store_false",
                        help="no masked and read-only /proc paths (each is a mount)")
    parser.add_argument("--criu-conf", help="CRIU options for runc's config file, ';' between lines")
    parser.add_argument("--iptables", choices=("nft", "legacy"), default="nft",
                        help="the iptables CRIU locks the network namespace with (Debian's default: nft)")
    parser.add_argument("--leave-running", action="store_true",
                        help="checkpoint with --leave-running and wake the snapshot's own runtime for one request")
    parser.add_argument("--no-reseed", dest="reseed", action="store_false",
                        help="do not reseed the kernel's generator after a restore")
    parser.add_argument("--userns", action="store_true",
                        help="a user namespace mapped 1:1 (CRIU refuses it: the network namespace is not its own)")
    parser.add_argument("--uid", default="auto",
                        help="the runtime's uid; auto: 993 (Lambda's) where CRIU may read another user's "
                             "rlimits (CAP_SYS_RESOURCE), else 0")
    parser.add_argument("--check", action="store_true",
                        help="a test: fail unless restores keep init's state, run the hooks and draw "
                             "different random numbers; exit 77 (skip) where CRIU cannot work")
    args = parser.parse_args()
    why_not = unavailable()
    if why_not:
        print("SnapStart is unavailable here: " + why_not)
        sys.exit(77)
    if args.uid == "auto":
        args.uid = SANDBOX_UID if has_capability(CAP_SYS_RESOURCE) else 0
        if args.uid == 0:
            print("note: this root lacks CAP_SYS_RESOURCE, without which CRIU cannot read the rlimits of a "
                  "process of another user (uid 993): the runtime runs as uid 0 (no capabilities)")
    args.uid = int(args.uid)
    os.makedirs(args.work, exist_ok=True)
    if args.iptables == "legacy":
        # CRIU runs iptables-restore and ip6tables-restore from PATH.
        tools = os.path.join(args.work, "iptables-legacy")
        os.makedirs(tools, exist_ok=True)
        for name in ("iptables-restore", "ip6tables-restore"):
            link = os.path.join(tools, name)
            if not os.path.islink(link):
                os.symlink("/usr/sbin/" + name.replace("-restore", "-legacy-restore"), link)
        os.environ["PATH"] = tools + ":" + os.environ["PATH"]
    args.shared = []
    if not args.rootfs:
        args.rootfs, args.shared = host_skeleton(args.work)
    # A folder and container names of this run's own: runs side by side
    # (worktrees, ctest) do not meet. CRIU's logs of the last run stay in --work.
    args.logs = args.work
    args.work = os.path.join(args.work, "run-%d" % os.getpid())
    os.makedirs(args.work)
    try:
        run(args)
    finally:
        shutil.rmtree(args.work, ignore_errors=True)


def run(args):
    runc = Runc(os.path.join(args.work, "state"))
    print("runc:", subprocess.run(["runc", "--version"], capture_output=True, text=True).stdout.split("\n")[0])
    print("criu:", subprocess.run(["criu", "--version"], capture_output=True, text=True).stdout.split("\n")[0])
    print("memory %d MB, /tmp %s, user namespace %s, uid %d, iptables %s, /sys %s, masks %s, %d runs"
          % (args.memory, args.tmp, "yes" if args.userns else "no", args.uid, args.iptables,
             "yes" if args.sys else "no", "yes" if args.masks else "no", args.runs))

    bare = bare_python(args.runs)
    colds = [cold_start(args, runc, "spike-%d-cold-%d" % (os.getpid(), i)) for i in range(args.runs)]
    print("first cold result:", colds[0]["body"])

    images = os.path.join(args.work, "snapshot")
    snap = snapshot(args, runc, "spike-%d-snap" % os.getpid(), images)
    print("snapshot: init %.1f ms, checkpoint%s %.1f ms, image %.1f MB"
          % (snap["init"], " --leave-running" if args.leave_running else "", snap["dump"],
             snap["image_bytes"] / 1e6))
    if snap["original"]:
        print("the snapshot's own runtime, woken after the checkpoint: %.1f ms to result: %s"
              % (snap["original"]["wake"], snap["original"]["body"]))
    if snap["runtime_said"].strip():
        print("  runtime said:", snap["runtime_said"].strip())
    restores = []
    for i in range(args.runs):
        r = restore(args, runc, "spike-%d-restore-%d" % (os.getpid(), i), images, i)
        restores.append(r)
        print("restore %d: %s%s" % (i, r["body"], ("  said: " + r["runtime_said"].strip()) if r["runtime_said"].strip() else ""))

    print()
    print("python3 -c pass          ", summary(bare))
    print("cold: run to result      ", summary([c["cold"] for c in colds]))
    print("restore: to pid file     ", summary([r["restore"] for r in restores]))
    print("restore: to first /next  ", summary([r["ready"] for r in restores]))
    print("restore: to result       ", summary([r["result"] for r in restores]))
    print("wake (restored, parked): ", summary([r["wake"] for r in restores]))
    parked = [r["parked_bytes"] / 1e6 for r in restores if r["parked_bytes"] >= 0]
    if parked:
        print("restored copy, parked (MB)", summary(parked))
    marks = criu_breakdown(os.path.join(args.logs, "restore-0.log"))
    if {"mounts", "mounted", "unlock", "unlocked", "done"} <= set(marks):
        print("CRIU, first restore: %.1f ms in all; mount namespace %.1f ms; network unlock (iptables) %.1f ms"
              % (marks["done"], marks["mounted"] - marks["mounts"], marks["unlocked"] - marks["unlock"]))
    failures = []
    for key in ("random", "urandom", "dev_urandom"):
        values = {json.loads(r["body"]).get(key) for r in restores}
        print("distinct %s values after restore: %d of %d" % (key, len(values), len(restores)))
        if len(values) != len(restores):
            failures.append("restores of one snapshot drew the same %s values" % key)
    for r in restores:
        result = json.loads(r["body"])
        if result.get("table") != 20000:
            failures.append("a restore lost the module state made during init: %r" % result)
        if result.get("hooks") != ["before_snapshot", "after_restore"]:
            failures.append("hooks ran as %r, not before_snapshot then after_restore once" % result.get("hooks"))
        if result.get("init_pid") != 1:
            failures.append("the restored runtime is not the initialised process: %r" % result)
    if args.check:
        for failure in failures:
            print("FAIL: " + failure)
        sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
