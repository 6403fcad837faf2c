# SPDX-License-Identifier: MIT
# What tst_comparecli and tst_compareview compare across targets. "same" answers
# what any target answers alike (besides the request id and a timestamp, which
# compare recognises); "lambda-only" reads variables that only Lambda (and
# Bullpen's Lambda-shaped pool) sets; "fail" raises.
import datetime
import os


def handler(event, context):
    mode = event.get("mode", "same")
    print("mode", mode)
    if mode == "fail":
        raise KeyError("missing")
    if mode == "lambda-only":
        return {
            "initializationType": os.environ.get("AWS_LAMBDA_INITIALIZATION_TYPE"),
            "logGroup": os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME"),
            "echo": event,
        }
    return {
        "echo": event,
        "requestId": context.aws_request_id,
        "at": datetime.datetime.now(datetime.timezone.utc).isoformat(),
        "sum": sum(event.get("numbers", [])),
    }
