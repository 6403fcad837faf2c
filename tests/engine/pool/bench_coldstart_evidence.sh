#!/bin/sh
# SPDX-License-Identifier: MIT
# Issue 16's evidence in one run: cold starts of a no-op function, phase by
# phase, on every backend (runc, process, Docker), Python and Node.js, with the
# bare interpreters, SnapStart's restores, and the AWS Runtime Interface
# Emulator's first invoke (the peer: no container at all), one after another
# so that every figure meets the same machine.
#   installer/dev shell -- tests/engine/pool/bench_coldstart_evidence.sh [COLD] [ROUNDS]
# COLD: cold starts per backend and runtime (default 15); ROUNDS: first invokes
# of the emulator per runtime (default 15). Needs bullpen and bench_snapstart
# built (BULLPEN_BENCH_BUILD, default build/dev; a release tree is fairer to
# Bullpen: the debug engine's own part is slower, the peers' are not),
# BULLPEN_GO_TOOLS (installer/dev sets it), root for runc and CRIU, the Docker
# daemon (the runtime images are imported from the image cache when missing).
# BULLPEN_BENCH_SNAPSTART=0 leaves SnapStart out (where CRIU cannot checkpoint).
# Prints figures, asserts nothing; docs/benchmarks.md keeps what it printed.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
cold=${1:-15}
rounds=${2:-15}
build=${BULLPEN_BENCH_BUILD:-$root/build/dev}
bullpen=$build/bin/bullpen
rie=${BULLPEN_GO_TOOLS:?run through installer/dev, which sets BULLPEN_GO_TOOLS}/aws-lambda-rie
work=$(mktemp -d)
rie_pid=
trap 'kill $rie_pid 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"

load() { cut -d' ' -f1-3 /proc/loadavg; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Median and p95 of the numbers on standard input (ms).
stats() { python3 -c '
import statistics, sys
v = sorted(float(x) for x in sys.stdin.read().split())
if not v: print("no samples"); sys.exit()
p95 = v[min(len(v) - 1, int(0.95 * (len(v) - 1) + 0.5))]
print("median %.1f ms  p95 %.1f ms  (n=%d)" % (statistics.median(v), p95, len(v)))'; }

# The emulator's first invoke: a fresh emulator, its runtime started by that
# invoke (the emulator starts it lazily), invoke to result as curl sees it.
rie_first() { # LABEL HANDLER TASKROOT COMMAND...
    label=$1 handler=$2 taskroot=$3
    shift 3
    : >"$work/first"; : >"$work/warm"
    for i in $(seq "$rounds"); do
        port=$(free_port); rapid=$(free_port)
        AWS_LAMBDA_FUNCTION_NAME=Noop AWS_LAMBDA_FUNCTION_MEMORY_SIZE=512 AWS_LAMBDA_FUNCTION_TIMEOUT=10 \
        _HANDLER=$handler LAMBDA_TASK_ROOT=$taskroot \
            "$rie" --runtime-interface-emulator-address "127.0.0.1:$port" --runtime-api-address "127.0.0.1:$rapid" \
            "$@" >"$work/rie.log" 2>&1 &
        rie_pid=$!
        for t in $(seq 200); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.05; done
        url="http://127.0.0.1:$port/2015-03-31/functions/function/invocations"
        curl -s -o /dev/null -w '%{time_total}\n' -X POST -d '{}' "$url" | awk '{ print $1 * 1000 }' >>"$work/first"
        curl -s -o /dev/null -w '%{time_total}\n' -X POST -d '{}' "$url" | awk '{ print $1 * 1000 }' >>"$work/warm"
        kill "$rie_pid" 2>/dev/null; wait "$rie_pid" 2>/dev/null; rie_pid=
    done
    echo "emulator, $label, first invoke (runtime started by it): $(stats <"$work/first")"
    echo "emulator, $label, second invoke (warm):               $(stats <"$work/warm")"
}

bare() { # LABEL COMMAND...
    label=$1
    shift
    : >"$work/bare"
    for i in $(seq "$rounds"); do
        python3 -c 'import subprocess, sys, time
t = time.perf_counter(); subprocess.run(sys.argv[1:], check=True); print((time.perf_counter() - t) * 1000)' "$@" >>"$work/bare"
    done
    echo "bare $label (host, whole machine): $(stats <"$work/bare")"
}

echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(load), ${BULLPEN_BENCH_COMMIT:-$(git -C "$root" rev-parse --short HEAD 2>/dev/null)}, build $build"
echo "# python3 $(python3 -c 'import platform; print(platform.python_version())'), node $(node --version), runc $(runc --version | head -1 | cut -d' ' -f3), criu $(criu --version 2>/dev/null | head -1 | cut -d' ' -f2)"

echo "## the peer and the interpreters (load $(load))"
rie_first python app.noop "$root/tests/engine/serve/bench" python3 "$root/resources/runtimes/python/bootstrap.py"
rie_first nodejs noop.handler "$root/tests/engine/pool/functions/node" node "$root/resources/runtimes/nodejs/bootstrap.cjs"
bare "python3 -c pass" python3 -c pass
bare "node -e 0" node -e 0

for backend in runc process docker; do
    if [ "$backend" = docker ]; then
        # The Docker backend runs the runtime images in the daemon: imported
        # from the image cache (or built) first, so that no row measures that.
        "$bullpen" images build python3.12 nodejs20.x 2>&1 | tail -2
    fi
    echo "## bullpen bench --backend $backend --memory 512 (load $(load))"
    "$bullpen" bench --backend "$backend" --memory 512 --runtime both --cold "$cold" --warm 200 --long 0 \
        --stream-rounds 0 2>&1
done

if [ "${BULLPEN_BENCH_SNAPSTART:-1}" = 0 ]; then
    echo "## SnapStart: not run (BULLPEN_BENCH_SNAPSTART=0)"
    echo "# done $(date -u +%FT%TZ), load $(load)"
    exit 0
fi
echo "## SnapStart: bench_snapstart $cold sample (load $(load))"
# Bounded: where CRIU cannot checkpoint it says why (or, before the engine's
# trial dump, waited for a checkpoint that never ends).
timeout 600 "$build/bin/bench_snapstart" "$cold" sample 2>&1 || echo "bench_snapstart: exit $?"
echo "# done $(date -u +%FT%TZ), load $(load)"
