# SPDX-License-Identifier: MIT
# A minimal Lambda runtime loop, the way the Python RIC talks to the Runtime API:
# one keep-alive http.client connection, GET /next, POST /response with the event
# echoed back. Used by bench_runtimeapi; stops after N invocations.
import http.client
import os
import sys


def main():
    api = os.environ["AWS_LAMBDA_RUNTIME_API"]
    count = int(sys.argv[1])
    conn = http.client.HTTPConnection(api)
    base = "/2018-06-01/runtime/invocation/"
    headers = {"Content-Type": "application/json"}
    for _ in range(count):
        conn.request("GET", base + "next")
        reply = conn.getresponse()
        event = reply.read()
        request_id = reply.getheader("Lambda-Runtime-Aws-Request-Id")
        conn.request("POST", base + request_id + "/response", body=event, headers=headers)
        reply = conn.getresponse()
        reply.read()
        if reply.status != 202:
            print("unexpected status", reply.status, file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
