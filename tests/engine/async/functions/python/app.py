# SPDX-License-Identifier: MIT
# Handlers the asynchronous-queue tests invoke in real containers. Each tells
# a tally the test listens on (TCP, BULLPEN_TEST_TALLY=host:port) which request
# it handled: the tests count deliveries there, at the handler's side, not
# from what the engine reports.
import json
import os
import socket
import time

ATTEMPTS = {}  # per request id, kept while the instance stays warm


def tally(line):
    print(line)
    host, port = os.environ["BULLPEN_TEST_TALLY"].rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=10) as s:
        s.sendall((line + "\n").encode())


def noop(event, context):
    tally("HANDLED " + context.aws_request_id)
    return None


def flaky(event, context):
    # Fails the first two attempts of a request, succeeds on the third (Lambda keeps the request id).
    n = ATTEMPTS.get(context.aws_request_id, 0) + 1
    ATTEMPTS[context.aws_request_id] = n
    tally("ATTEMPT %s %d" % (context.aws_request_id, n))
    if n < 3:
        raise RuntimeError("attempt %d fails" % n)
    return {"attempts": n, "event": event}


def fail(event, context):
    tally("ATTEMPT " + context.aws_request_id)
    raise ValueError("this function always fails: " + json.dumps(event))


def slow(event, context):
    time.sleep(float(event.get("seconds", 0.3)))
    tally("HANDLED " + context.aws_request_id)
    return {"slept": event.get("seconds", 0.3)}


def sink(event, context):
    # An OnSuccess / OnFailure destination: tells the record it was given.
    tally("RECORD " + json.dumps(event, sort_keys=True))
    return {"received": event.get("requestContext", {}).get("requestId")}
