# SPDX-License-Identifier: MIT
# Handlers behind the API Gateway and function URL tests, run in real containers.
import base64
import json
import time


def echo(event, context):
    # The whole event back, so a test can check it field by field.
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "application/json", "X-Echo": "yes"},
        "multiValueHeaders": {"X-Multi": ["one", "two"]},
        "body": json.dumps(event),
    }


def echo_v2(event, context):
    return {
        "statusCode": 201,
        "headers": {"content-type": "application/json", "x-echo": "yes"},
        "cookies": ["session=abc; Path=/", "theme=dark"],
        "body": json.dumps(event),
    }


def binary(event, context):
    # Returns the request body's bytes unchanged, as binary.
    body = event.get("body") or ""
    raw = base64.b64decode(body) if event.get("isBase64Encoded") else body.encode()
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "application/octet-stream", "X-Was-Base64": str(event.get("isBase64Encoded"))},
        "body": base64.b64encode(raw).decode(),
        "isBase64Encoded": True,
    }


def bare_object(event, context):
    return {"hello": "world", "n": 1}


def bare_string(event, context):
    return "just text"


def malformed(event, context):
    # A REST API refuses keys a proxy response cannot have; statusCode must be a status.
    return {"statusCode": "soon", "body": "x", "extra": True}


def fail(event, context):
    raise RuntimeError("the handler failed on purpose")


def sleep(event, context):
    seconds = float((event.get("queryStringParameters") or {}).get("seconds", "3"))
    time.sleep(seconds)
    return {"statusCode": 200, "body": "slept"}
