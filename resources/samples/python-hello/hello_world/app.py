# SPDX-License-Identifier: MIT
"""A minimal API Gateway (REST, proxy integration) handler."""
import json


def lambda_handler(event, context):
    """Answers any request with a greeting.

    event: the API Gateway proxy event (see events/event.json).
    context: the Lambda context (request id, remaining time, ...).
    """
    return {
        "statusCode": 200,
        "body": json.dumps({"message": "hello world"}),
    }
