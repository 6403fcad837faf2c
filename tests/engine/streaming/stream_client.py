#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Reads an InvokeWithResponseStream answer with a real AWS SDK decoder.

    stream_client.py awscli|boto3 ENDPOINT FUNCTION PAYLOAD

awscli: the botocore the AWS CLI carries inside it (awscli.botocore; the CLI
itself offers no invoke-with-response-stream command); boto3: Debian's
botocore. Both check the event-stream framing, including both CRCs of every
message. Prints one JSON line per event as it is decoded: the response's
fields first, then {"PayloadChunk": base64} per chunk, then {"InvokeComplete": ...}.
"""
import base64
import json
import sys


def main():
    sdk, endpoint, function, payload = sys.argv[1:5]
    if sdk == "awscli":
        from awscli.botocore.session import Session
    else:
        from botocore.session import Session
    client = Session().create_client(
        "lambda", region_name="us-east-1", endpoint_url=endpoint,
        aws_access_key_id="bullpen", aws_secret_access_key="bullpen")
    response = client.invoke_with_response_stream(
        FunctionName=function, Payload=payload.encode(), LogType="Tail")
    print(json.dumps({"StatusCode": response["StatusCode"],
                      "ExecutedVersion": response.get("ExecutedVersion"),
                      "ResponseStreamContentType": response.get("ResponseStreamContentType")}), flush=True)
    for event in response["EventStream"]:
        if "PayloadChunk" in event:
            chunk = base64.b64encode(event["PayloadChunk"]["Payload"]).decode()
            print(json.dumps({"PayloadChunk": chunk}), flush=True)
        elif "InvokeComplete" in event:
            print(json.dumps({"InvokeComplete": event["InvokeComplete"]}), flush=True)
        else:
            print(json.dumps({"Unknown": sorted(event)}), flush=True)


if __name__ == "__main__":
    main()
