# SPDX-License-Identifier: MIT
# A SnapStart function for the runtime conformance test: state made during
# init, Lambda's runtime hooks (snapshot_restore_py, as Lambda's Python
# runtimes provide it), and a random generator seeded during init.
import os
import random

from snapshot_restore_py import register_after_restore, register_before_snapshot

random.seed(42)  # every restored copy would otherwise draw the same numbers
EVENTS = []
STATE = {"made_during_init": True, "pid": os.getpid()}


@register_before_snapshot
def first_registered():
    EVENTS.append("before:first")
    if os.environ.get("FAIL_BEFORE_SNAPSHOT"):
        raise RuntimeError("cannot flush")


def second_registered(tag):
    EVENTS.append("before:" + tag)
    print("before-snapshot hook ran", flush=True)


register_before_snapshot(second_registered, "second")


@register_after_restore
def restored():
    EVENTS.append("after")
    if os.environ.get("FAIL_AFTER_RESTORE"):
        raise RuntimeError("cannot reconnect")


def handler(event, context):
    return {"events": EVENTS, "state": STATE, "pid": os.getpid(), "random": random.random()}


def hooks_module(event, context):
    import snapshot_restore_py

    return {"before": len(snapshot_restore_py.get_before_snapshot()),
            "after": len(snapshot_restore_py.get_after_restore())}
