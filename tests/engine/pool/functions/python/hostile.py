# SPDX-License-Identifier: MIT
# A hostile handler: each action tries one way out of the sandbox and reports
# what happened, so that tst_sandboxescape can fail when an escape succeeds.
import ctypes
import errno
import os
import signal
import socket
import time

LIBC = ctypes.CDLL(None, use_errno=True)


def _os_error(call):
    """Runs call; returns None when it succeeded, else the errno name."""
    try:
        call()
        return None
    except OSError as e:
        return errno.errorcode.get(e.errno, str(e.errno))


def _libc_error(result):
    if result == 0:
        return None
    return errno.errorcode.get(ctypes.get_errno(), str(ctypes.get_errno()))


def write_outside_tmp(event, context):
    def write(path):
        with open(path, "w") as f:
            f.write("escaped")

    result = {p: _os_error(lambda p=p: write(p)) for p in event["paths"]}
    result["/tmp/inside"] = _os_error(lambda: write("/tmp/inside"))
    return result


def read_host_files(event, context):
    def read(path):
        with open(path, "rb") as f:
            return f.read(4096)

    result = {}
    for path in event["paths"]:
        try:
            data = read(path)
            result[path] = {"read": True, "content": data.decode("utf-8", "replace")}
        except OSError as e:
            result[path] = {"read": False, "error": errno.errorcode.get(e.errno, str(e.errno))}
    for folder in event.get("folders", []):
        try:
            result[folder] = {"listed": True, "entries": os.listdir(folder)}
        except OSError as e:
            result[folder] = {"listed": False, "error": errno.errorcode.get(e.errno, str(e.errno))}
    return result


def sys_and_cgroups(event, context):
    """Tries to change the kernel's and its own cgroup's settings through /sys;
    reports what it could read (its memory limit) and see (network devices)."""
    def write(path):
        with open(path, "w") as f:
            f.write(event.get("value", "1"))

    limit = None
    for path in ("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"):
        try:
            with open(path) as f:
                limit = {"path": path, "value": f.read().strip()}
            break
        except OSError:
            pass
    try:
        devices = sorted(os.listdir("/sys/class/net"))
    except OSError as e:
        devices = errno.errorcode.get(e.errno, str(e.errno))
    # The devices of its own network namespace, as the kernel lists them for it.
    with open("/proc/net/dev") as f:
        own = sorted(line.split(":")[0].strip() for line in f.readlines()[2:])
    return {
        "limit": limit,
        "devices": devices,
        "ownDevices": own,
        "writes": {p: _os_error(lambda p=p: write(p)) for p in event["files"]},
        "folders": {d: _os_error(lambda d=d: os.mkdir(os.path.join(d, "escaped"))) for d in event["folders"]},
    }


def processes(event, context):
    marker = event["marker"]
    seen = []
    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        pids.append(int(entry))
        try:
            with open("/proc/%s/cmdline" % entry, "rb") as f:
                if marker.encode() in f.read():
                    seen.append(int(entry))
        except OSError:
            pass
    signals = {}
    for pid in event["hostPids"]:
        signals[str(pid)] = _os_error(lambda pid=pid: os.kill(pid, signal.SIGTERM))
    return {"seen": seen, "pids": sorted(pids), "signals": signals}


def privileges(event, context):
    status = {}
    with open("/proc/self/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            status[key] = value.strip()
    result = {
        "uid": os.getuid(),
        "euid": os.geteuid(),
        "CapEff": status.get("CapEff"),
        "CapPrm": status.get("CapPrm"),
        "NoNewPrivs": status.get("NoNewPrivs"),
        "Seccomp": status.get("Seccomp"),
        "setuid": _os_error(lambda: os.setuid(0)),
        "setgid": _os_error(lambda: os.setgid(0)),
        "unshareUser": _os_error(lambda: os.unshare(os.CLONE_NEWUSER)),
        "unshareNet": _os_error(lambda: os.unshare(os.CLONE_NEWNET)),
        "unshareMount": _os_error(lambda: os.unshare(os.CLONE_NEWNS)),
        "setns": _os_error(lambda: os.setns(os.open("/proc/self/ns/net", os.O_RDONLY), os.CLONE_NEWNET)),
    }
    os.makedirs("/tmp/mnt", exist_ok=True)
    result["mount"] = _libc_error(LIBC.mount(b"none", b"/tmp/mnt", b"tmpfs", 0, None))
    # keyctl(KEYCTL_JOIN_SESSION_KEYRING, NULL), bpf(BPF_MAP_CREATE, NULL, 0),
    # ptrace(PTRACE_ATTACH, 1): by number (x86-64, arm64).
    numbers = {"x86_64": (250, 321, 101), "aarch64": (219, 280, 117)}.get(os.uname().machine)
    if numbers:
        keyctl, bpf, ptrace = numbers
        result["keyctl"] = _libc_error(LIBC.syscall(keyctl, 1, None))
        result["bpf"] = _libc_error(LIBC.syscall(bpf, 0, None, 0))
        result["ptrace"] = _libc_error(LIBC.syscall(ptrace, 16, 1, None, None))
    # A clone asking for a new user namespace (CLONE_NEWUSER | SIGCHLD).
    pid = LIBC.syscall(56 if os.uname().machine == "x86_64" else 220, 0x10000000 | 17, None, None, None, None)
    if pid == 0:
        os._exit(0)
    result["cloneNewUser"] = None if pid > 0 else errno.errorcode.get(ctypes.get_errno(), "?")
    if pid > 0:
        os.waitpid(pid, 0)
    setuid_files = []
    for folder in ("/usr/bin", "/usr/sbin", "/bin", "/sbin"):
        try:
            for name in os.listdir(folder):
                st = os.stat(os.path.join(folder, name))
                if st.st_mode & 0o4000 and st.st_uid == 0:
                    setuid_files.append(os.path.join(folder, name))
        except OSError:
            pass
    result["setuidFiles"] = sorted(set(setuid_files))
    return result


def connect(event, context):
    result = {}
    for target in event["targets"]:
        host, _, port = target.rpartition(":")
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.settimeout(float(event.get("timeout", 2)))
        try:
            s.connect((host, int(port)))
            s.sendall(b"GET / HTTP/1.0\r\n\r\n")
            result[target] = {"connected": True, "answer": s.recv(200).decode("latin-1")}
        except OSError as e:
            result[target] = {"connected": False,
                              "error": errno.errorcode.get(e.errno, str(e)) if e.errno else type(e).__name__}
        finally:
            s.close()
    result["listening"] = _listening()
    return result


def _listening():
    """The TCP sockets listening in this network namespace, as "address:port"."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as f:
                next(f)
                for line in f:
                    fields = line.split()
                    if fields[3] != "0A":  # TCP_LISTEN
                        continue
                    address, port = fields[1].split(":")
                    if len(address) == 8:
                        address = socket.inet_ntop(socket.AF_INET, bytes.fromhex(address)[::-1])
                    found.append("%s:%d" % (address, int(port, 16)))
        except OSError:
            pass
    return sorted(found)


def fill_tmp(event, context):
    chunk = b"\0" * (1024 * 1024)
    written = 0
    error = None
    path = "/tmp/fill"
    try:
        with open(path, "wb") as f:
            while True:
                f.write(chunk)
                written += len(chunk)
                if written % (64 * 1024 * 1024) == 0:
                    f.flush()
                    os.fsync(f.fileno())
    except OSError as e:
        error = errno.errorcode.get(e.errno, str(e.errno))
    st = os.statvfs("/tmp")
    os.unlink(path)
    return {"writtenMb": written // (1024 * 1024), "error": error,
            "tmpSizeMb": round(st.f_blocks * st.f_frsize / 1024 / 1024)}


def fork_loop(event, context):
    children = []
    error = None
    try:
        while len(children) < 100000:
            pid = os.fork()
            if pid == 0:
                time.sleep(60)
                os._exit(0)
            children.append(pid)
    except OSError as e:
        error = errno.errorcode.get(e.errno, str(e.errno))
    for pid in children:
        os.kill(pid, signal.SIGKILL)
    for pid in children:
        os.waitpid(pid, 0)
    return {"forked": len(children), "error": error}


def detach(event, context):
    # A grandchild in a session of its own, its parent gone: nothing of the
    # invocation holds it.
    marker = event["marker"]
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.setsid()
        if os.fork() == 0:
            os.close(read_end)
            os.write(write_end, str(os.getpid()).encode())
            os.close(write_end)
            os.execv("/bin/sleep", [marker, "3600"])
        os._exit(0)
    os.close(write_end)
    grandchild = int(os.read(read_end, 32) or b"0")
    os.close(read_end)
    os.waitpid(pid, 0)
    return {"grandchild": grandchild}
