#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Conformance test of Bullpen's runtime bootstraps (resources/runtimes/).

Each case starts a bootstrap as a real subprocess against the reference
Runtime API peer (runtime_api_peer.py) on loopback, hands it invocations and
checks what it posts, what it logs and how it exits, against the shapes of
AWS's runtime interface clients (cases in conformance_python.py and
conformance_node.py). Prints one line per case and a closing
`N passed, M failed`; exits non-zero on any failure.

With --node-snapshot the Node.js runtime starts as the runtime image starts
it: from a V8 start-up snapshot of bootstrap.cjs, made first with the node on
PATH (`node --snapshot-blob B --build-snapshot bootstrap.cjs`).

    run_conformance.py [--source-dir DIR] [-k SUBSTRING] [--node-snapshot]
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

# Importing a case module registers its cases, in this order.
import conformance_python  # noqa: E402,F401,I001
import conformance_node  # noqa: E402,F401,I001
from conformance_support import CASES, CheckFailed, config  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-dir", default=config.source_dir)
    parser.add_argument("-k", dest="pattern", default="")
    parser.add_argument("--node-snapshot", action="store_true")
    args = parser.parse_args()
    config.source_dir = os.path.abspath(args.source_dir)
    if args.node_snapshot:
        scratch = tempfile.mkdtemp(prefix="conformance-snapshot-")
        config.node_snapshot = os.path.join(scratch, "bootstrap.blob")
        try:
            subprocess.run([shutil.which("node") or "node", "--snapshot-blob", config.node_snapshot,
                            "--build-snapshot", os.path.join(config.source_dir, "resources/runtimes/nodejs/bootstrap.cjs")],
                           cwd=scratch, check=True)
            return run(args.pattern)
        finally:
            shutil.rmtree(scratch)
    return run(args.pattern)


def run(pattern):
    passed = failed = 0
    for fn in CASES:
        if pattern not in fn.__name__:
            continue
        started = time.monotonic()
        try:
            fn()
        except CheckFailed as failure:
            failed += 1
            print("FAIL %s: %s" % (fn.__name__, failure), flush=True)
            continue
        except Exception:
            failed += 1
            print("FAIL %s: harness error\n%s" % (fn.__name__, traceback.format_exc()), flush=True)
            continue
        passed += 1
        print("PASS %s (%.0f ms)" % (fn.__name__, (time.monotonic() - started) * 1000), flush=True)
    print("%d passed, %d failed" % (passed, failed), flush=True)
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
