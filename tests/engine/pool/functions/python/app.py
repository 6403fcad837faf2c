# SPDX-License-Identifier: MIT
# Handlers the warm-pool integration tests invoke in real containers.
import json
import os
import sys
import time

COUNT = 0  # module-level state: kept while the instance stays warm


def counter(event, context):
    global COUNT
    COUNT += 1
    return {"count": COUNT, "pid": os.getpid()}


def sleep(event, context):
    time.sleep(float(event.get("seconds", 1)))
    return {"slept": event.get("seconds", 1), "pid": os.getpid()}


def announced_sleep(event, context):
    # Says that it runs first: a test that kills it then knows the event was
    # taken (the engine's START line is written when the event is handed over).
    print("handler running", flush=True)
    return sleep(event, context)


def allocate(event, context):
    mb = int(event["mb"])
    blob = bytearray(mb * 1024 * 1024)
    for i in range(0, len(blob), 4096):  # touch every page so it is really resident
        blob[i] = 1
    return {"allocated": mb}


def crash(event, context):
    sys.stdout.flush()
    os._exit(int(event.get("code", 3)))


def fail(event, context):
    raise ValueError("bad input: " + str(event.get("x")))


def files(event, context):
    result = {}
    try:
        with open("/var/task/written-by-handler", "w") as f:
            f.write("x")
        result["taskWritable"] = True
    except OSError as e:
        result["taskWritable"] = False
        result["taskError"] = e.strerror
    with open("/tmp/bullpen-test.txt", "a") as f:
        f.write("line\n")
    with open("/tmp/bullpen-test.txt") as f:
        result["tmpLines"] = len(f.readlines())
    st = os.statvfs("/tmp")
    result["tmpSizeMb"] = round(st.f_blocks * st.f_frsize / 1024 / 1024)
    result["uid"] = os.getuid()
    return result


def environment(event, context):
    return {
        "env": dict(os.environ),
        "context": {
            "function_name": context.function_name,
            "function_version": context.function_version,
            "invoked_function_arn": context.invoked_function_arn,
            "memory_limit_in_mb": context.memory_limit_in_mb,
            "aws_request_id": context.aws_request_id,
            "log_group_name": context.log_group_name,
            "log_stream_name": context.log_stream_name,
            "remaining_ms": context.get_remaining_time_in_millis(),
        },
    }


def echo(event, context):
    return event


def big(event, context):
    return "x" * int(event["bytes"])


def log(event, context):
    print("hello from the handler")
    print("to stderr", file=sys.stderr)
    return "logged"


def deadline(event, context):
    # The raw Lambda-Runtime-Deadline-Ms the runtime was given, and what the
    # handler makes of it.
    return {
        "deadlineMs": context._deadline_ms,
        "remainingMs": context.get_remaining_time_in_millis(),
        "nowMs": time.time_ns() // 1000000,
    }


def client_context(event, context):
    # What the handler sees of its caller: the client context (the Invoke
    # API's X-Amz-Client-Context) and the ARN it was invoked by.
    cc = context.client_context
    return {
        "invoked_function_arn": context.invoked_function_arn,
        "region": os.environ.get("AWS_REGION"),
        "client_context": None
        if cc is None
        else {
            "custom": cc.custom,
            "env": cc.env,
            "installation_id": None if cc.client is None else cc.client.installation_id,
        },
    }
