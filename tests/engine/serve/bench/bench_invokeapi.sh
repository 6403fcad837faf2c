#!/bin/sh
# SPDX-License-Identifier: MIT
# Bullpen's Invoke API (bullpen serve) against AWS's Runtime Interface Emulator,
# side by side in one run: the same no-op Python handler behind both, the same
# keep-alive client (wrk), warm round trips at concurrency 1 and 8.
#   BULLPEN_PRESET=release installer/dev shell -- tests/engine/serve/bench/bench_invokeapi.sh [SECONDS] [ROUNDS]
# Needs: a release build (build/release/bin/bullpen), wrk, BULLPEN_GO_TOOLS (installer/dev sets it).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
seconds=${1:-10}
rounds=${2:-3}
bullpen=${BULLPEN_BIN:-$root/build/release/bin/bullpen}
rie=${BULLPEN_GO_TOOLS:?run through installer/dev, which sets BULLPEN_GO_TOOLS}/aws-lambda-rie
backends=${BULLPEN_BENCH_BACKENDS-process oci}
work=$(mktemp -d)
trap 'kill $serve_pid $rie_pid 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
serve_pid=
rie_pid=
export XDG_CACHE_HOME="$work/cache"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

load() { # URL CONNECTIONS THREADS LABEL
    curl -s -o /dev/null -X POST -d '{}' "$1" # warm: the first call may be cold
    for i in 1 2 3; do curl -s -o /dev/null -X POST -d '{}' "$1"; done
    line=$(wrk -t"$3" -c"$2" -d"${seconds}s" --timeout 5s -s "$here/percentiles.lua" "$1" 2>&1 | grep '^RESULT' || echo "RESULT failed")
    echo "$4 c$2 $line   (load $(cut -d' ' -f1 /proc/loadavg))"
}

start_rie() {
    port=$(free_port); rapid=$(free_port)
    AWS_LAMBDA_FUNCTION_NAME=Noop AWS_LAMBDA_FUNCTION_MEMORY_SIZE=1769 AWS_LAMBDA_FUNCTION_TIMEOUT=10 \
    _HANDLER=app.noop LAMBDA_TASK_ROOT="$here" \
        "$rie" --runtime-interface-emulator-address "127.0.0.1:$port" --runtime-api-address "127.0.0.1:$rapid" \
        python3 "$root/resources/runtimes/python/bootstrap.py" >"$work/rie.log" 2>&1 &
    rie_pid=$!
    for i in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
    rie_url="http://127.0.0.1:$port/2015-03-31/functions/function/invocations"
}

stop_rie() { kill "$rie_pid" 2>/dev/null; wait "$rie_pid" 2>/dev/null; rie_pid=; }

start_serve() { # BACKEND
    "$bullpen" serve --template "$here/template.yaml" --lambda-port 0 --backend "$1" --no-build \
        >"$work/serve.out" 2>"$work/serve.err" &
    serve_pid=$!
    for i in $(seq 200); do grep -q '^Lambda Invoke API: ' "$work/serve.out" && break; sleep 0.1; done
    serve_url="$(sed -n 's/^Lambda Invoke API: //p' "$work/serve.out" | head -1)/2015-03-31/functions/Noop/invocations"
}

stop_serve() { kill -TERM "$serve_pid" 2>/dev/null; wait "$serve_pid" 2>/dev/null; serve_pid=; }

echo "# $(date -u +%FT%TZ) $(nproc) cores, wrk $(wrk -v 2>&1 | head -1 | cut -d' ' -f2), ${seconds}s per figure, $rounds rounds"
for round in $(seq "$rounds"); do
    for backend in $backends; do
        start_serve "$backend"
        load "$serve_url" 1 1 "bullpen-$backend"
        load "$serve_url" 8 2 "bullpen-$backend"
        stop_serve
    done
    start_rie
    load "$rie_url" 1 1 "rie"
    stop_rie
    # RIE serves one invocation at a time; overlapping ones are what it does not survive.
    start_rie
    load "$rie_url" 8 2 "rie"
    if kill -0 "$rie_pid" 2>/dev/null; then echo "rie c8: still running"; else echo "rie c8: the emulator exited"; fi
    grep -m 2 -E "panic|fatal" "$work/rie.log" | sed "s/^/rie log: /"
    stop_rie
done
