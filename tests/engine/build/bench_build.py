#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Benchmark of `bullpen build` (issue 20): a project of 10 Python functions,
each with a requirements.txt naming a local wheel (no registry). Prints the time
of the first build, of a build with nothing changed, and of code-only rebuilds
(one function, and all ten), once per backend: pip in a runc container of the
python runtime image (the default, "oci") and on the host ("process"), in
alternation. Figures, not assertions: docs/benchmarks.md.

    installer/dev shell -- python3 tests/engine/build/bench_build.py build/dev/bin/bullpen [BACKEND...]
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

FUNCTIONS = 10
REPEATS = 5


def run(bullpen, project, cache, backend):
    start = time.perf_counter()
    out = subprocess.run([bullpen, "build", "-q", "-t", os.path.join(project, "template.yaml"), "--cache-dir", cache,
                          "--backend", backend],
                         capture_output=True, text=True, env=dict(os.environ, PIP_NO_INDEX="1"))
    elapsed = (time.perf_counter() - start) * 1000.0
    if out.returncode != 0:
        sys.exit("build failed: " + out.stderr)
    return elapsed, out.stdout.strip()


def bench(bullpen, tmp, wheel, backend):
    project = os.path.join(tmp, "project-" + backend)
    cache = os.path.join(tmp, "deps-" + backend)
    resources = []
    for i in range(FUNCTIONS):
        code = os.path.join(project, f"fn{i}")
        os.makedirs(code)
        with open(os.path.join(code, "app.py"), "w") as f:
            f.write(f"import benchlib\ndef handler(event, context):\n    return benchlib.VALUE + {i}\n")
        with open(os.path.join(code, "requirements.txt"), "w") as f:
            f.write(wheel + "\n")
        resources.append(f"  Fn{i}:\n    Type: AWS::Serverless::Function\n    Properties:\n"
                         f"      CodeUri: fn{i}/\n      Handler: app.handler\n      Runtime: python3.12\n")
    with open(os.path.join(project, "template.yaml"), "w") as f:
        f.write("AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nResources:\n"
                + "".join(resources))

    print(f"--- backend {backend} (load average {os.getloadavg()[0]:.1f})")
    first, summary = run(bullpen, project, cache, backend)
    print(f"first build:            {first:8.1f} ms   ({summary})")
    nochange = [run(bullpen, project, cache, backend)[0] for _ in range(REPEATS)]
    print(f"no-change build:        {statistics.median(nochange):8.1f} ms   median of {REPEATS}, "
          f"min {min(nochange):.1f}, max {max(nochange):.1f}")
    one, all_ = [], []
    for r in range(REPEATS):
        with open(os.path.join(project, "fn0", "app.py"), "a") as f:
            f.write(f"# edit {r}\n")
        one.append(run(bullpen, project, cache, backend)[0])
    print(f"code-only rebuild (1):  {statistics.median(one):8.1f} ms   median of {REPEATS}, "
          f"min {min(one):.1f}, max {max(one):.1f}")
    for r in range(REPEATS):
        for i in range(FUNCTIONS):
            with open(os.path.join(project, f"fn{i}", "app.py"), "a") as f:
                f.write(f"# edit all {r}\n")
        all_.append(run(bullpen, project, cache, backend)[0])
    _, summary = run(bullpen, project, cache, backend)
    print(f"code-only rebuild (10): {statistics.median(all_):8.1f} ms   median of {REPEATS}, "
          f"min {min(all_):.1f}, max {max(all_):.1f}")
    print(f"dependency installs over the whole run: 1 (the first build; then: {summary})")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")


def main():
    bullpen = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/dev/bin/bullpen")
    backends = sys.argv[2:] or ["oci", "process"]
    with tempfile.TemporaryDirectory() as tmp:
        pkg = os.path.join(tmp, "benchlib")
        os.makedirs(os.path.join(pkg, "benchlib"))
        with open(os.path.join(pkg, "setup.py"), "w") as f:
            f.write("from setuptools import setup\nsetup(name='benchlib', version='1.0', packages=['benchlib'])\n")
        with open(os.path.join(pkg, "benchlib", "__init__.py"), "w") as f:
            f.write("VALUE = 1\n" + "".join(f"def f{i}():\n    return {i}\n" for i in range(200)))
        subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "--no-index",
                        "-w", os.path.join(tmp, "wheels"), pkg], check=True)
        wheel = os.path.join(tmp, "wheels", "benchlib-1.0-py3-none-any.whl")
        for backend in backends:
            bench(bullpen, tmp, wheel, backend)


if __name__ == "__main__":
    main()
