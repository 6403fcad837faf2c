# SPDX-License-Identifier: MIT
"""Bullpen's portability probe: what this execution environment really is.

Bullpen runs this handler beside a function (the same image, runtime and
configuration, with the handler set to ``bullpen_probe.handler``) in the local
pool's Lambda-shaped sandbox and in a deployment target, and compares the two
answers (engine/portability). Everything here is observed, never assumed: each
figure comes with where it was read. The probe writes nothing but an empty file
per tested folder, removed at once; it allocates nothing large and starts no
process. Standard library only, so it runs on any Python 3 image.
"""

import errno
import json
import os
import platform
import sys
import time

PROBE_VERSION = 1

# Folders whose writability matters when a function moves: only /tmp is
# writable on Lambda; a plain Docker container usually lets root write anywhere.
_PATHS = ["/var/task", "/opt", "/tmp", "/var/runtime", "/", "/home", "/var/tmp"]

# Values that are credentials: their presence and length are reported, never the value.
_SECRET_WORDS = ("SECRET", "TOKEN", "PASSWORD", "CREDENTIAL", "PRIVATE")
_SECRET_NAMES = ("AWS_ACCESS_KEY_ID", "AWS_ACCESS_KEY")


def _masked(name, value):
    upper = name.upper()
    if value and (upper in _SECRET_NAMES or any(word in upper for word in _SECRET_WORDS)):
        return "(set, %d characters, not shown)" % len(value)
    return value


def _read(path, limit=65536):
    try:
        with open(path, "rb") as f:
            return f.read(limit).decode("utf-8", "replace")
    except OSError as e:
        return None if e.errno == errno.ENOENT else "!" + _describe_error(e)


def _describe_error(e):
    name = errno.errorcode.get(e.errno, str(e.errno))
    return "%s: %s" % (name, e.strerror)


def _mounts():
    mounts = {}
    text = _read("/proc/self/mounts") or ""
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 4:
            point = parts[1].replace("\\040", " ")
            mounts[point] = {"source": parts[0], "type": parts[2], "options": parts[3]}
    return mounts


def _mount_of(path, mounts):
    best = "/"
    for point in mounts:
        if (path == point or path.startswith(point.rstrip("/") + "/")) and len(point) > len(best):
            best = point
    entry = dict(mounts.get(best, {}))
    entry["mountPoint"] = best
    if entry.get("options"):
        entry["readOnly"] = "ro" in entry["options"].split(",")
    return entry


def _writable(path, mounts):
    result = {"path": path, "exists": os.path.isdir(path)}
    result["mount"] = _mount_of(path, mounts)
    if not result["exists"]:
        result["writable"] = False
        result["evidence"] = "%s does not exist" % path
        return result
    name = os.path.join(path, ".bullpen-probe-%d-%d" % (os.getpid(), int(time.time() * 1000)))
    try:
        fd = os.open(name, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        os.unlink(name)
        result["writable"] = True
        result["evidence"] = "created and removed %s as uid %d" % (name, os.geteuid())
    except OSError as e:
        result["writable"] = False
        result["errno"] = errno.errorcode.get(e.errno, str(e.errno))
        result["evidence"] = "creating %s as uid %d failed: %s" % (name, os.geteuid(), _describe_error(e))
    return result


def _statvfs(path):
    try:
        st = os.statvfs(path)
    except OSError as e:
        return {"error": _describe_error(e)}
    return {"totalBytes": st.f_blocks * st.f_frsize, "freeBytes": st.f_bavail * st.f_frsize}


def _cgroup_paths():
    """(version, {controller: path}) from /proc/self/cgroup."""
    text = _read("/proc/self/cgroup") or ""
    controllers = {}
    unified = None
    for line in text.splitlines():
        parts = line.split(":", 2)
        if len(parts) != 3:
            continue
        if parts[0] == "0" and parts[1] == "":
            unified = parts[2]
        for name in parts[1].split(","):
            if name:
                controllers[name] = parts[2]
    return controllers, unified


def _first_readable(candidates):
    """The first of (path, kind) whose file exists: (path, text); tried paths otherwise."""
    tried = []
    for path in candidates:
        text = _read(path)
        if text is not None and not text.startswith("!"):
            return path, text.strip(), tried
        tried.append(path if text is None else "%s (%s)" % (path, text[1:]))
    return None, None, tried


def _cgroup_candidates(v1_controller, v1_file, v2_file):
    controllers, unified = _cgroup_paths()
    paths = []
    # Inside a container the cgroup namespace usually makes the own group the
    # root of the mount; without one the group is the path /proc/self/cgroup names.
    if os.path.exists("/sys/fs/cgroup/cgroup.controllers"):
        paths.append("/sys/fs/cgroup/" + v2_file)
        if unified and unified != "/":
            paths.append("/sys/fs/cgroup" + unified + "/" + v2_file)
    # cgroup v1: the own group's folder when it is visible (a process on a
    # host), else the mount's root (Docker binds the container's group there).
    base = "/sys/fs/cgroup/" + v1_controller
    sub = controllers.get(v1_controller.split(",")[0])
    if sub and sub != "/":
        paths.append(base + sub + "/" + v1_file)
    paths.append(base + "/" + v1_file)
    if unified is not None:
        paths.append("/sys/fs/cgroup/unified/" + v2_file)
    return paths


_NO_LIMIT = 1 << 60  # cgroup v1 says "no limit" with a huge page-aligned number


def _memory():
    path, text, tried = _first_readable(
        _cgroup_candidates("memory", "memory.limit_in_bytes", "memory.max"))
    result = {"source": path, "raw": text}
    if path is None:
        result["limitBytes"] = None
        result["evidence"] = "no cgroup memory file readable (tried %s)" % ", ".join(tried)
    elif text == "max" or (text.isdigit() and int(text) >= _NO_LIMIT):
        result["limitBytes"] = None
        result["evidence"] = "%s = %s (no limit)" % (path, text)
    else:
        result["limitBytes"] = int(text) if text.isdigit() else None
        result["evidence"] = "%s = %s" % (path, text)
    meminfo = _read("/proc/meminfo") or ""
    for line in meminfo.splitlines():
        if line.startswith("MemTotal:"):
            result["memTotalBytes"] = int(line.split()[1]) * 1024
    return result


def _cpu():
    result = {"onlineCpus": os.cpu_count()}
    try:
        result["affinityCpus"] = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        pass
    path, text, tried = _first_readable(_cgroup_candidates("cpu,cpuacct", "cpu.cfs_quota_us", "cpu.max"))
    if path is None:
        path, text, tried2 = _first_readable(_cgroup_candidates("cpu", "cpu.cfs_quota_us", "cpu.max"))
        tried += tried2
    result["source"] = path
    result["raw"] = text
    if path is None:
        result["cpus"] = None
        result["evidence"] = "no cgroup CPU file readable (tried %s)" % ", ".join(tried)
        return result
    quota = period = None
    if path.endswith("cpu.max"):
        parts = text.split()
        if parts and parts[0] != "max":
            quota = int(parts[0])
            period = int(parts[1]) if len(parts) > 1 else 100000
    else:
        value = int(text) if text.lstrip("-").isdigit() else -1
        if value > 0:
            quota = value
            period_text = _read(path.replace("cpu.cfs_quota_us", "cpu.cfs_period_us")) or "100000"
            period = int(period_text.strip()) if period_text.strip().isdigit() else 100000
    if quota is None:
        result["cpus"] = None
        result["evidence"] = "%s = %s (no quota)" % (path, text)
    else:
        result["cpus"] = round(quota / float(period), 4)
        result["evidence"] = "%s = %s (quota %d us per %d us)" % (path, text, quota, period)
    return result


def _pids():
    path, text, tried = _first_readable(_cgroup_candidates("pids", "pids.max", "pids.max"))
    if path is None:
        return {"limit": None, "evidence": "no cgroup pids file readable (tried %s)" % ", ".join(tried)}
    return {"limit": None if text == "max" else int(text), "source": path,
            "evidence": "%s = %s" % (path, text)}


def _rlimits():
    try:
        import resource
    except ImportError:
        return {}
    result = {}
    for name in ("RLIMIT_NOFILE", "RLIMIT_NPROC"):
        soft, hard = resource.getrlimit(getattr(resource, name))
        result[name[7:].lower()] = [soft if soft >= 0 else None, hard if hard >= 0 else None]
    return result


def _user():
    result = {"uid": os.getuid(), "gid": os.getgid(), "euid": os.geteuid(), "groups": sorted(os.getgroups())}
    try:
        import pwd
        entry = pwd.getpwuid(os.geteuid())
        result["name"] = entry.pw_name
        result["passwdHome"] = entry.pw_dir
    except (ImportError, KeyError):
        result["name"] = None
    result["evidence"] = "getuid() = %d, geteuid() = %d, user %s" % (
        result["uid"], result["euid"], result.get("name") or "(not in /etc/passwd)")
    return result


def _os_release():
    text = _read("/etc/os-release") or _read("/usr/lib/os-release") or ""
    for line in text.splitlines():
        if line.startswith("PRETTY_NAME="):
            return line.split("=", 1)[1].strip().strip('"')
    return None


def _timezone():
    result = {"TZ": os.environ.get("TZ"), "tzname": list(time.tzname),
              "utcOffsetSeconds": -time.timezone if not time.daylight else -time.altzone}
    try:
        result["localtime"] = os.readlink("/etc/localtime")
    except OSError as e:
        result["localtime"] = None if e.errno == errno.ENOENT else "(a file, not a link)"
    result["evidence"] = "TZ=%s, time.tzname=%s, localtime %s" % (
        result["TZ"], "/".join(result["tzname"]), time.strftime("%Y-%m-%dT%H:%M:%S%z"))
    return result


def _context(context):
    fields = {}
    for name in ("function_name", "function_version", "memory_limit_in_mb", "invoked_function_arn",
                 "log_group_name", "log_stream_name", "aws_request_id"):
        value = getattr(context, name, None)
        fields[name] = value if value is None or isinstance(value, (str, int)) else str(value)
    try:
        fields["remaining_time_ms"] = context.get_remaining_time_in_millis()
    except Exception as e:  # a context without it is itself a finding
        fields["remaining_time_ms"] = None
        fields["remaining_time_error"] = str(e)
    return fields


def probe(context=None):
    mounts = _mounts()
    uname = os.uname()
    libc = platform.libc_ver()
    return {
        "probe": PROBE_VERSION,
        "language": "python",
        "environment": {k: _masked(k, v) for k, v in sorted(os.environ.items())},
        "user": _user(),
        "cwd": os.getcwd(),
        "home": os.environ.get("HOME"),
        "hostname": uname.nodename,
        "paths": [_writable(p, mounts) for p in _PATHS],
        "rootFilesystem": _mount_of("/", mounts),
        "tmp": dict(_statvfs("/tmp"), mount=_mount_of("/tmp", mounts)),
        "memory": _memory(),
        "cpu": _cpu(),
        "pids": _pids(),
        "rlimits": _rlimits(),
        "architecture": uname.machine,
        "kernel": uname.release,
        "os": _os_release(),
        "runtime": {
            "language": "python",
            "version": platform.python_version(),
            "implementation": platform.python_implementation(),
            "executable": sys.executable,
            "libc": ("%s %s" % libc).strip() if libc[0] else None,
        },
        "timezone": _timezone(),
        "context": _context(context) if context is not None else None,
    }


def handler(event, context):
    return probe(context)


if __name__ == "__main__":
    json.dump(probe(), sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")
