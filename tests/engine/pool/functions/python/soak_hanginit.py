# SPDX-License-Identifier: MIT
# The fault soak's init that never ends: Lambda's init limit cuts it, the
# invocation initialises it again in its invoke phase, and its timeout ends it.
import time

time.sleep(3600)


def handler(event, context):
    return {"never": True}
