# SPDX-License-Identifier: MIT
import os

count = 0
with open("/var/task/greeting.txt") as f:
    GREETING = f.read().strip()
VERSION = "one"


def handler(event, context):
    global count
    count += 1
    return {
        "count": count,
        "greeting": GREETING,
        "version": VERSION,
        "cwd": os.getcwd(),
        "handler": os.environ.get("_HANDLER"),
        "function": context.function_name,
    }
