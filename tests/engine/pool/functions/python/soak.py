# SPDX-License-Identifier: MIT
# The fault soak's handlers (tests/engine/pool/bench_faultsoak.cpp): each
# answers in one known way, so that every answer can be checked.
import os
import sys
import time


def ok(event, context):
    # The call's own number back: an answer that went to the wrong call shows.
    return {"n": event["n"]}


def fail(event, context):
    raise ValueError("soak %d" % event["n"])


def crash(event, context):
    sys.stdout.flush()
    os._exit(3)


def timeout(event, context):
    time.sleep(3600)


def oom(event, context):
    blob = bytearray(int(event.get("mb", 400)) * 1024 * 1024)
    for i in range(0, len(blob), 4096):  # every page resident
        blob[i] = 1
    return {"allocated": len(blob)}


def killed(event, context):
    # The soak SIGKILLs this instance's process once it sees the line below.
    print("SOAK-KILL-ME %d" % event["n"], flush=True)
    time.sleep(3600)
