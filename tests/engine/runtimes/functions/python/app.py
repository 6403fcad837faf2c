# SPDX-License-Identifier: MIT
# Handlers the runtime conformance test drives (tests/engine/runtimes/run_conformance.py).
import logging
import os
import sys

logging.getLogger().setLevel(logging.INFO)
_count = 0


def echo(event, context):
    return {"event": event}


def counter(event, context):
    global _count
    _count += 1
    return {"count": _count, "pid": os.getpid()}


def context_fields(event, context):
    identity = context.identity
    client = context.client_context
    return {
        "function_name": context.function_name,
        "function_version": context.function_version,
        "invoked_function_arn": context.invoked_function_arn,
        "memory_limit_in_mb": context.memory_limit_in_mb,
        "aws_request_id": context.aws_request_id,
        "log_group_name": context.log_group_name,
        "log_stream_name": context.log_stream_name,
        "cognito_identity_id": identity.cognito_identity_id if identity else None,
        "cognito_identity_pool_id": identity.cognito_identity_pool_id if identity else None,
        "client_custom": client.custom if client else None,
        "client_app_title": client.client.app_title if client and client.client else None,
        "remaining": context.get_remaining_time_in_millis(),
        "trace_env": os.environ.get("_X_AMZN_TRACE_ID"),
        "sys_path0": sys.path[0],
    }


def fail(event, context):
    raise ValueError("x")


def unserialisable(event, context):
    return {1, 2}


def logs(event, context):
    print("hello from print")
    logging.info("info line")
    logging.getLogger("child").warning("warn line")
    sys.stderr.write("to stderr\n")
    return "logged"


def noop(event, context):
    return None


def raw_bytes(event, context):
    return b"\x00raw"


def partial_line(event, context):
    print("no newline yet", end="")
    return "ok"
