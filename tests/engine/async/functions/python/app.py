# SPDX-License-Identifier: MIT
# Handlers the asynchronous-queue tests invoke in real containers. Each says
# on its log which request it handled: the tests count deliveries there, at
# the handler's side.
import json
import time

ATTEMPTS = {}  # per request id, kept while the instance stays warm


def noop(event, context):
    print("HANDLED " + context.aws_request_id)
    return None


def flaky(event, context):
    # Fails the first two attempts of a request, succeeds on the third (Lambda keeps the request id).
    n = ATTEMPTS.get(context.aws_request_id, 0) + 1
    ATTEMPTS[context.aws_request_id] = n
    print("ATTEMPT %s %d" % (context.aws_request_id, n))
    if n < 3:
        raise RuntimeError("attempt %d fails" % n)
    return {"attempts": n, "event": event}


def fail(event, context):
    print("ATTEMPT " + context.aws_request_id)
    raise ValueError("this function always fails: " + json.dumps(event))


def slow(event, context):
    time.sleep(float(event.get("seconds", 0.3)))
    print("HANDLED " + context.aws_request_id)
    return {"slept": event.get("seconds", 0.3)}


def sink(event, context):
    # An OnSuccess / OnFailure destination: shows the record it was given.
    print("RECORD " + json.dumps(event, sort_keys=True))
    return {"received": event.get("requestContext", {}).get("requestId")}
