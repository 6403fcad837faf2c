# SPDX-License-Identifier: MIT
# A handler that takes a while, so that calls sent together overlap.
import os
import time

# Module scope runs once per instance, in its init (the cold start).
STARTED = time.time()


def handler(event, context):
    seconds = float(event.get("sleep", os.environ.get("SLEEP_SECONDS", "0.5")))
    time.sleep(seconds)
    return {"slept": seconds, "instanceAgeSeconds": round(time.time() - STARTED, 3)}
