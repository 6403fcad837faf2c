# SPDX-License-Identifier: MIT
# The spike's function: state made during init, a before-snapshot and an
# after-restore hook, and a random number drawn per invocation.
import errno
import os
import random
import time

from snapshot_restore_py import register_after_restore, register_before_snapshot

INIT_PID = os.getpid()
INIT_AT = time.time()
# A long init, for a test that kills the engine while the snapshot's init runs.
if os.environ.get("SLOW_INIT"):
    time.sleep(float(os.environ["SLOW_INIT"]))
# Module state created during init, as an expensive import or client would be.
TABLE = {i: str(i) * 8 for i in range(20000)}
HOOKS = []
# A file init leaves in /tmp: Lambda's snapshot has it, and so does every
# restored copy in the engine (the spike's restores bind an empty /tmp, which
# the spike's runtime may not even write to).
try:
    with open("/tmp/made-during-init", "w") as note:
        note.write("written during init")
except OSError:
    pass


@register_before_snapshot
def before():
    HOOKS.append("before_snapshot")


@register_after_restore
def after():
    HOOKS.append("after_restore")


def _dev_urandom():
    with open("/dev/urandom", "rb") as f:
        return f.read(8).hex()


def _tmp_note():
    try:
        with open("/tmp/made-during-init") as f:
            return f.read()
    except FileNotFoundError:
        return None


def _fill_tmp(limit_mb):
    # Writes to /tmp until it is full: Lambda answers ENOSPC at
    # EphemeralStorage. Never more than limit_mb (an uncapped /tmp would
    # otherwise fill the host's disk).
    chunk = b"\0" * (1024 * 1024)
    written = 0
    error = None
    try:
        with open("/tmp/fill", "wb") as f:
            while written < limit_mb * 1024 * 1024:
                f.write(chunk)
                written += len(chunk)
    except OSError as e:
        error = errno.errorcode.get(e.errno, str(e.errno))
    st = os.statvfs("/tmp")
    os.unlink("/tmp/fill")
    return {"writtenMb": written // (1024 * 1024), "error": error,
            "tmpSizeMb": round(st.f_blocks * st.f_frsize / 1024 / 1024)}


def handler(event, context):
    if isinstance(event, dict) and event.get("fill_tmp"):
        return _fill_tmp(int(event["fill_tmp"]))
    return {
        "event": event,
        "table": len(TABLE),
        "hooks": HOOKS,
        "random": random.random(),
        # The C library's getrandom (glibc 2.41: the vDSO's, whose state is
        # in the process's memory) and the kernel's own, read from the device.
        "urandom": os.urandom(8).hex(),
        "dev_urandom": _dev_urandom(),
        "init_pid": INIT_PID,
        "tmp": _tmp_note(),
        # Lambda: neither variable in a SnapStart function, so None here.
        "log_group_name": context.log_group_name,
        "log_stream_name": context.log_stream_name,
        "env_log_stream": os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME"),
    }
