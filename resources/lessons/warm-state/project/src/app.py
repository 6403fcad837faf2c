# SPDX-License-Identifier: MIT
# State in memory survives between calls to the same (warm) instance.
import time
import uuid

# Module scope: made once per instance, kept while it stays warm.
count = 0
connection = None  # stands for a database connection or an SDK client


def connect():
    # A real function would open a connection here (slow): do it once, reuse it.
    return {"id": uuid.uuid4().hex[:8], "openedAt": time.time()}


def handler(event, context):
    global count, connection
    if connection is None:
        connection = connect()
    count += 1
    return {"count": count, "connection": connection["id"]}
