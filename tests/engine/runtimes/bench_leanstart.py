#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The runtimes' start, before and after the lean start (issue 16, item 3).

By hand, as root: chroots into a copy of a built runtime image (no container,
so only the interpreter and the runtime count), and starts, in turn, the bare
interpreter (``python3 -c pass`` / ``node -e 0``), the runtime as it was at
REVISION (Python: one script, compiled at every start; Node.js: bootstrap.mjs,
an ES module, or bootstrap.cjs where REVISION has it) and the runtime as it is
(Python: the launcher and its module, whose bytecode the image carries; Node.js:
bootstrap.cjs, and the same from a V8 start-up snapshot made in the copy with
the image's node, as the image builder makes it). For each start: wall
time from spawn to the first ``/next`` (or exit, for the bare interpreter), the
bootstrap and handler phases the runtime reports in ``Bullpen-Runtime-Init``,
and the CPU time of the process tree. Prints medians. Not a test.

    bench_leanstart.py python|nodejs IMAGE_ROOTFS [ROUNDS] [REVISION]
"""

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

CHROOT = shutil.which("chroot") or "/usr/sbin/chroot"
SOURCE = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))


def main():
    language = sys.argv[1]
    image = sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    revision = sys.argv[4] if len(sys.argv) > 4 else "main"
    scratch = tempfile.mkdtemp(prefix="leanstart-")
    root = os.path.join(scratch, "rootfs")
    subprocess.run(["cp", "-a", image, root], check=True)
    runtime = os.path.join(root, "var/runtime")
    python = language == "python"
    current = ("bootstrap.py", "bullpen_runtime.py") if python else ("bootstrap.cjs",)
    for name in current:
        shutil.copy(os.path.join(SOURCE, "resources/runtimes", language, name), runtime)
    if not python:
        shutil.copy(os.path.join(SOURCE, "resources/runtimes", language, "esm.cjs"), runtime)
    old_name = "bootstrap.py" if python else "bootstrap.cjs"
    shown = subprocess.run(["git", "-C", SOURCE, "show", "%s:resources/runtimes/%s/%s" % (revision, language, old_name)],
                           capture_output=True)
    if shown.returncode != 0 and not python:
        old_name = "bootstrap.mjs"
        shown = subprocess.run(["git", "-C", SOURCE, "show", "%s:resources/runtimes/%s/%s" % (revision, language,
                                                                                             old_name)],
                               check=True, capture_output=True)
    old = shown.stdout
    as_was = "/var/runtime/bootstrap_as_was" + os.path.splitext(old_name)[1]
    with open(root + as_was, "wb") as f:
        f.write(old)
    if python:
        with open(os.path.join(root, "var/task/app.py"), "w") as f:
            f.write("def handler(event, context):\n    return None\n")
        cached = os.path.join(root, "var/lang/pycache/var/runtime")
        print("bytecode in the image:", os.listdir(cached) if os.path.isdir(cached) else "none", flush=True)
    else:
        with open(os.path.join(root, "var/task/index.js"), "w") as f:
            f.write("exports.handler = async () => null;\n")
        blob = "/var/lang/snapshot/bootstrap.blob"
        os.makedirs(os.path.dirname(root + blob), exist_ok=True)
        subprocess.run([CHROOT, root, "node", "--snapshot-blob", blob, "--build-snapshot", "/var/runtime/bootstrap.cjs"],
                       check=True, cwd="/")

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    address = "127.0.0.1:%d" % listener.getsockname()[1]
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": ":UTC", "AWS_LAMBDA_RUNTIME_API": address,
           "_HANDLER": "app.handler" if python else "index.handler", "LAMBDA_TASK_ROOT": "/var/task"}
    if python:
        env.update(PYTHONDONTWRITEBYTECODE="1",
                   PYTHONPATH="/var/runtime:/opt/python/lib/python3.13/site-packages:/opt/python")
    else:
        env.update(NODE_PATH="/opt/nodejs/node20/node_modules:/opt/nodejs/node_modules:/var/runtime/node_modules:"
                             "/var/runtime:/var/task")

    def start(script):
        spawned = time.perf_counter_ns()
        if python:
            command = [CHROOT, root, "python3", "-u"] + (["-c", "pass"] if script is None else [script])
        else:
            command = [CHROOT, root, "node"] + (["-e", "0"] if script is None else script.split())
        process = subprocess.Popen(command, env=env, cwd="/", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        phases = {}
        if script is not None:
            connection, _ = listener.accept()
            request = b""
            while b"\r\n\r\n" not in request:
                request += connection.recv(65536)
            ended = time.perf_counter_ns()
            for line in request.decode().split("\r\n"):
                if line.lower().startswith("bullpen-runtime-init:"):
                    stamps = dict(part.split("=") for part in line.split(":", 1)[1].strip().split(";"))
                    phases = {"bootstrap": (int(stamps["bootstrap"]) - int(stamps["interpreter"])) / 1e6,
                              "handler": (int(stamps["handler"]) - int(stamps["bootstrap"])) / 1e6}
            process.kill()
            connection.close()
        _, status, usage = os.wait4(process.pid, 0)
        if script is None:
            ended = time.perf_counter_ns()
        cpu = (usage.ru_utime + usage.ru_stime) * 1000
        return dict(wall=(ended - spawned) / 1e6, cpu=cpu, **phases)

    if python:
        variants = [("bare python3 -c pass", None), ("as was (one script)", as_was),
                    ("lean (launcher + cached module)", "/var/runtime/bootstrap.py")]
    else:
        variants = [("bare node -e 0", None), ("as was (%s)" % old_name, as_was),
                    ("lean (bootstrap.cjs)", "/var/runtime/bootstrap.cjs"),
                    ("start-up snapshot", "--snapshot-blob %s /var/runtime/bootstrap.cjs" % blob)]
    results = {name: [] for name, _ in variants}
    for _ in range(rounds):
        for name, script in variants:
            results[name].append(start(script))
    print("%d rounds, alternating; load average %s" % (rounds, " ".join("%.1f" % l for l in os.getloadavg())))
    for name, _ in variants:
        rows = results[name]
        line = "%-34s to /next %6.1f ms   cpu %6.1f ms" % (
            name, statistics.median(r["wall"] for r in rows), statistics.median(r["cpu"] for r in rows))
        if "bootstrap" in rows[0]:
            line += "   interpreter-up→bootstrap %5.1f ms   →handler %5.1f ms" % (
                statistics.median(r["bootstrap"] for r in rows), statistics.median(r["handler"] for r in rows))
        print(line)
    shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
