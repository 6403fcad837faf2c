# SPDX-License-Identifier: MIT
# A SnapStart function whose after-restore hook fails (tst_snapstart): the
# runtime reports it to /restore/error and ends.
from snapshot_restore_py import register_after_restore


@register_after_restore
def after():
    raise RuntimeError("the database is gone after the restore")


def handler(event, context):
    return {"reached": True}
