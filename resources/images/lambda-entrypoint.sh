#!/bin/sh
# /lambda-entrypoint.sh of Bullpen's runtime images, as in AWS Lambda's public
# base images: the handler is the one argument (the image's CMD). With
# AWS_LAMBDA_RUNTIME_API set, the runtime talks to that Runtime API; without it
# the Runtime Interface Emulator serves
#   http://localhost:8080/2015-03-31/functions/function/invocations
# and starts the runtime behind it.
if [ $# -ne 1 ]; then
    echo "entrypoint requires the handler name to be the first argument" 1>&2
    exit 142
fi
export _HANDLER="$1"

# The runtime: the image's own (/var/runtime/bootstrap: Python, Node.js), else
# a custom runtime's bootstrap in the function's code or in a layer.
RUNTIME_ENTRYPOINT=/var/runtime/bootstrap
for candidate in /var/runtime/bootstrap "${LAMBDA_TASK_ROOT:-/var/task}/bootstrap" /opt/bootstrap; do
    if [ -x "$candidate" ]; then
        RUNTIME_ENTRYPOINT=$candidate
        break
    fi
done

if [ -z "${AWS_LAMBDA_RUNTIME_API}" ]; then
    exec /usr/local/bin/aws-lambda-rie "$RUNTIME_ENTRYPOINT"
else
    exec "$RUNTIME_ENTRYPOINT"
fi
