# SPDX-License-Identifier: MIT
# A function with a slow init, the kind SnapStart is for: its module scope
# sets things up once per instance, before the first call.
import time
import uuid

from snapshot_restore_py import register_after_restore

_started = time.monotonic()
time.sleep(0.3)  # stands in for the set-up work: imports, a model, SDK clients
# Drawn once, during the init. With SnapStart the snapshot holds it, so every
# copy restored from that snapshot starts with this same value.
INIT_ID = uuid.uuid4().hex[:8]
INIT_SECONDS = round(time.monotonic() - _started, 3)
RESTORE_ID = None


@register_after_restore
def after_restore():
    # Runs in each copy as it is woken, before its first call: the place to
    # make again what must be unique (ids, seeds, secrets) and to reconnect.
    global RESTORE_ID
    RESTORE_ID = uuid.uuid4().hex[:8]


def handler(event, context):
    return {"initId": INIT_ID, "restoreId": RESTORE_ID, "initSeconds": INIT_SECONDS}
