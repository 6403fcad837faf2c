import json

import samdep


def lambda_handler(event, context):
    return {"statusCode": 200, "body": json.dumps({"message": samdep.message()})}
