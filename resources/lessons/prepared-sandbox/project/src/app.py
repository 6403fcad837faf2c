# SPDX-License-Identifier: MIT
# A handler that does almost nothing: what is left is the platform's own cost.
import time

# Module scope runs once per instance, in its init (the cold start): imports,
# clients, configuration. A warm call skips it.
STARTED = time.time()


def handler(event, context):
    return {"message": "hello", "instanceAgeSeconds": round(time.time() - STARTED, 3)}
