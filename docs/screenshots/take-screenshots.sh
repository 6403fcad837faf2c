#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Regenerates docs/screenshots/*.png from the built application, without a
# display (QT_QPA_PLATFORM=offscreen and the window's hidden --screenshot option):
#
#   installer/dev shell -- docs/screenshots/take-screenshots.sh
#
# The pictures use a sample handler written here and a settings folder of their
# own, so the user's settings neither change them nor are changed.
set -euo pipefail

out=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
command -v bullpen-gui >/dev/null 2>&1 || {
    echo "take-screenshots.sh: bullpen-gui is not on PATH; run it through 'installer/dev shell --'" >&2
    exit 1
}

# A fixed folder, so that the status bar shows the same path every time.
work=/tmp/bullpen-screenshots
rm -rf "$work"
mkdir -p "$work/hello" "$work/config"
trap 'rm -rf "$work"' EXIT

cat >"$work/hello/handler.py" <<'PY'
"""Greets whoever the event names."""
import json
import os


def greeting(name):
    prefix = os.environ.get("GREETING", "Hello")
    return f"{prefix}, {name}!"


def handler(event, context):
    # API Gateway proxy events carry the payload as a JSON string.
    body = json.loads(event.get("body") or "{}")
    name = body.get("name", "world")
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps({"message": greeting(name)}),
    }
PY

cat >"$work/hello/index.mjs" <<'JS'
// Counts the records of an SQS batch and reports the failed ones.
export const handler = async (event, context) => {
  const failures = [];
  for (const record of event.Records ?? []) {
    try {
      JSON.parse(record.body);
    } catch (error) {
      console.error(`record ${record.messageId}: ${error.message}`);
      failures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures: failures };
};
JS

shot() {
    local name=$1
    shift
    env QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" \
        XDG_DATA_HOME="$work/data" LANG=C.UTF-8 \
        bullpen-gui --screenshot "$out/$name" "$@"
    echo "wrote docs/screenshots/$name"
}

# The whole window: the python-hello sample created afresh, opened, invoked
# once on the engine (runc or crun when they work here, else the process
# backend), and pictured after the result is in.
backend=oci
if ! command -v runc >/dev/null 2>&1 && ! command -v crun >/dev/null 2>&1; then
    backend=process
fi
window() {
    local name=$1 palette=$2
    rm -rf "$work/project" "$work/config" "$work/data"
    mkdir -p "$work/config/Bullpen"
    printf '[engine]\nbackend=%s\nkeepAliveMinutes=10\n' "$backend" >"$work/config/Bullpen/Bullpen.conf"
    shot "$name" --palette "$palette" --size 1720x1000 --create-sample python-hello --invoke "$work/project"
}
window main-light.png light
window main-dark.png dark

# The first launch: no project yet, the welcome page with one recent project
# (the one the window pictures above created).
rm -rf "$work/config" "$work/data"
mkdir -p "$work/config/Bullpen"
printf '[General]\nrecentProjects=%s\n' "$work/project" >"$work/config/Bullpen/Bullpen.conf"
shot first-launch.png --palette light --size 1280x800

shot editor-light.png --palette light --line 14 "$work/hello/handler.py"
# Dark palette: the editor picks the dark default theme by itself; the first
# function is folded to show the folding markers.
shot editor-dark.png --palette dark --fold 6 --line 13 "$work/hello/handler.py"
shot editor-javascript.png --palette light --fold 5 --line 12 "$work/hello/index.mjs"

# The pool view in the middle of a real burst of the real pool: a project of
# two Python functions (Checkout with an alias and three provisioned instances,
# Thumbnails with a reserved concurrency of 12), each invoked 150 times on the
# window's own engine (runc or crun here), two every 100 ms, each call taking
# 150-1,500 ms; shortly before the picture one idle instance is stopped, so it
# fades out with its reason. Pictured 6 s in: cold starts (sandbox, then
# init), busy tiles against their timeout, idle ones with their keep-alive,
# provisioned ones, throttles in the counters.
burst=$work/burst
mkdir -p "$burst/src"
cat >"$burst/template.yaml" <<'YAML'
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: python3.12
    CodeUri: src/
    Handler: app.handler
    Timeout: 5
Resources:
  Checkout:
    Type: AWS::Serverless::Function
    Properties:
      MemorySize: 256
      AutoPublishAlias: live
      ProvisionedConcurrencyConfig:
        ProvisionedConcurrentExecutions: 3
  Thumbnails:
    Type: AWS::Serverless::Function
    Properties:
      MemorySize: 512
      ReservedConcurrentExecutions: 12
YAML
cat >"$burst/src/app.py" <<'PY'
"""Takes as long as the event asks (the burst's calls ask 150-1,500 ms)."""
import time


def handler(event, context):
    time.sleep(event.get("ms", 300) / 1000)
    return {"slept_ms": event.get("ms", 300)}
PY
# A picture of a project on the window's own engine, with fresh settings and
# data: project_shot NAME PALETTE PANEL PROJECT [OPTIONS...]
project_shot() {
    local name=$1 palette=$2 panel=$3 project=$4
    shift 4
    rm -rf "$work/config" "$work/data"
    mkdir -p "$work/config/Bullpen"
    printf '[engine]\nbackend=%s\nkeepAliveMinutes=10\n' "$backend" >"$work/config/Bullpen/Bullpen.conf"
    env QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" \
        XDG_DATA_HOME="$work/data" LANG=C.UTF-8 \
        bullpen-gui --screenshot "$out/$name" --palette "$palette" --size 1720x1000 --panel "$panel" "$@" "$project"
    echo "wrote docs/screenshots/$name"
}
pool() {
    project_shot "$1" "$2" "$3" "$burst" --pool-burst 150 --pool-at 6000
}
pool pool-light.png light pool
pool pool-dark.png dark pool
pool pool-timeline.png light timeline
pool pool-charts.png light poolCharts

# The asynchronous queue (Tools › Asynchronous Queue) with real entries: a
# project of three Python functions, each sent 10 Event invocations at once
# through the window's own queue and engine. Orders succeeds (its records go
# to the on-disk SQS queue orders-done), Payments fails every time (no
# retries: straight to payments-failed), Reports fails and is retried after
# a minute (retrying when pictured); at most eight of a function run at once,
# so some wait at first. Pictured 25 s in.
queue=$work/queue
mkdir -p "$queue/src"
cat >"$queue/template.yaml" <<'YAML'
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: python3.12
    CodeUri: src/
    Timeout: 10
Resources:
  Orders:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.order
      EventInvokeConfig:
        DestinationConfig:
          OnSuccess:
            Type: SQS
            Destination: arn:aws:sqs:us-east-1:123456789012:orders-done
  Payments:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.payment
      EventInvokeConfig:
        MaximumRetryAttempts: 0
        DestinationConfig:
          OnFailure:
            Type: SQS
            Destination: arn:aws:sqs:us-east-1:123456789012:payments-failed
  Reports:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.report
      EventInvokeConfig:
        MaximumRetryAttempts: 2
YAML
cat >"$queue/src/app.py" <<'PY'
"""Event handlers: one succeeds, two fail (one is retried)."""
import time


def order(event, context):
    time.sleep(0.4)
    return {"order": event["n"], "status": "confirmed"}


def payment(event, context):
    raise ValueError(f"card declined for payment {event['n']}")


def report(event, context):
    time.sleep(0.2)
    raise TimeoutError(f"report {event['n']}: the warehouse did not answer")
PY
project_shot async-queue.png light async "$queue" --async-burst 10 --pool-at 25000

# The snapstart lesson played in the window (Help > Lessons, Play; a hidden
# option does both) on the window's engine, pictured when it has finished:
# the Lessons dock at its last step with the checks, the pool view and the
# timeline with its four kinds of start. SnapStart needs root, runc and CRIU:
# run as anyone else, the pictures show the dock saying why it cannot be
# shown here.
lesson_shot() {
    local name=$1 panel=$2
    rm -rf "$work/config" "$work/data"
    mkdir -p "$work/config/Bullpen"
    printf '[engine]\nbackend=%s\nkeepAliveMinutes=10\n' "$backend" >"$work/config/Bullpen/Bullpen.conf"
    env QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" \
        XDG_DATA_HOME="$work/data" LANG=C.UTF-8 \
        bullpen-gui --screenshot "$out/$name" --palette light --size 1720x1000 --panel "$panel" --lesson snapstart
    echo "wrote docs/screenshots/$name"
}
lesson_shot lesson-snapstart.png lessons
lesson_shot lesson-snapstart-timeline.png timeline

# recovery.png: a window killed (SIGKILL) with an unsaved edit in its handler;
# the next start offers the edit back in the bar above the text (a data folder
# of its own, so that no other picture finds the swap file).
recovery="$work/recovery"
recovery_env=(env QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/recovery-config" XDG_CACHE_HOME="$work/cache"
    XDG_DATA_HOME="$work/recovery-data" LANG=C.UTF-8)
"${recovery_env[@]}" bullpen-gui --create-sample python-hello \
    --append-text $'\n\ndef goodbye(event, context):\n    return {"message": "see you"}\n' "$recovery" &
killed=$!
for _ in $(seq 1 300); do
    compgen -G "$work/recovery-data/Bullpen/Bullpen/swap/*.swp" >/dev/null && break
    sleep 0.1
done
kill -KILL "$killed"
wait "$killed" || true
"${recovery_env[@]}" bullpen-gui --screenshot "$out/recovery.png" --palette light --size 1280x800 "$recovery"
