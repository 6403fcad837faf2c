#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Per-invoke overhead of the runtime bootstraps over loopback keep-alive.

Not run by ctest. A bare single-connection Runtime API (raw socket, no HTTP
library, so its own cost stays small and constant) feeds a no-op handler N
invocations and records, per invocation:
  latency  from writing the /next response to having read the whole /response
           POST (what a caller waits for, runtime included);
  cycle    from one /next response to the next (the runtime's full loop,
           including reading the 202 and issuing the next GET);
and the runtime process's CPU time (user+system, from /proc) per invocation,
which stays meaningful on a machine busy with other work.

    bench_runtime_loop.py [--count 20000] [--warmup 1000] [python] [node]
"""

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.path.abspath(os.path.join(HERE, "..", ".."))
ACCEPTED = b'HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 15\r\n\r\n{"status":"OK"}'


class Conn:
    def __init__(self, sock):
        self.sock = sock
        self.buf = bytearray()

    def read_request(self):
        while True:
            end = self.buf.find(b"\r\n\r\n")
            if end >= 0:
                break
            chunk = self.sock.recv(65536)
            if not chunk:
                raise EOFError("runtime closed the connection")
            self.buf += chunk
        head = bytes(self.buf[:end]).decode("latin-1")
        length = 0
        for line in head.split("\r\n")[1:]:
            name, _, value = line.partition(":")
            if name.strip().lower() == "content-length":
                length = int(value)
        total = end + 4 + length
        while len(self.buf) < total:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise EOFError("runtime closed the connection")
            self.buf += chunk
        request_line = head.split("\r\n", 1)[0]
        del self.buf[:total]
        return request_line


def next_response(i):
    body = b"{}"
    return (
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        "Lambda-Runtime-Aws-Request-Id: 00000000-0000-4000-8000-%012d\r\n"
        "Lambda-Runtime-Deadline-Ms: %d\r\n"
        "Lambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-1:012345678912:function:bench\r\n"
        "Lambda-Runtime-Trace-Id: Root=1-00000000-000000000000000000000000;Sampled=0\r\n"
        "Content-Length: %d\r\n\r\n" % (i, int(time.time() * 1000) + 60000, len(body))
    ).encode() + body


def cpu_seconds(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def bench(lang, count, warmup):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    root = os.path.join(HERE, "functions", lang)
    if lang == "python":
        command = [sys.executable, os.path.join(SOURCE_DIR, "resources/runtimes/python/bootstrap.py")]
        handler = "app.noop"
    else:
        command = [shutil.which("node") or "node", os.path.join(SOURCE_DIR, "resources/runtimes/nodejs/bootstrap.cjs")]
        handler = "index.noop"
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "AWS_LAMBDA_RUNTIME_API": "127.0.0.1:%d" % port,
           "_HANDLER": handler, "LAMBDA_TASK_ROOT": root, "AWS_LAMBDA_FUNCTION_NAME": "bench",
           "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "128", "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
           "PYTHONDONTWRITEBYTECODE": "1"}
    process = subprocess.Popen(command, cwd=root, env=env, stdout=subprocess.DEVNULL)
    try:
        sock, _ = listener.accept()
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn = Conn(sock)
        responses = [next_response(i) for i in range(count + warmup)]
        latency, cycle = [], []
        clock = time.perf_counter_ns
        previous = None
        cpu_start = None
        for i in range(count + warmup):
            if i == warmup:
                cpu_start = cpu_seconds(process.pid)
            line = conn.read_request()
            assert line.startswith("GET /2018-06-01/runtime/invocation/next"), line
            t0 = clock()
            sock.sendall(responses[i])
            line = conn.read_request()
            t1 = clock()
            assert "/response" in line, line
            sock.sendall(ACCEPTED)
            if i >= warmup:
                latency.append(t1 - t0)
                if previous is not None:
                    cycle.append(t0 - previous)
            previous = t0
        conn.read_request()  # the runtime is parked in /next again: its work is done
        cpu = (cpu_seconds(process.pid) - cpu_start) / count
        return latency, cycle, cpu
    finally:
        process.kill()
        process.wait()
        listener.close()


def summary(samples):
    samples = sorted(samples)
    p95 = samples[int(len(samples) * 0.95)]
    return "median %6.1f us   p95 %6.1f us" % (statistics.median(samples) / 1000, p95 / 1000)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=20000)
    parser.add_argument("--warmup", type=int, default=1000)
    parser.add_argument("langs", nargs="*", default=["python", "node"])
    args = parser.parse_args()
    for lang in args.langs:
        latency, cycle, cpu = bench(lang, args.count, args.warmup)
        print("%-7s %d no-op invocations" % (lang, args.count))
        print("  latency (next sent -> response read): %s" % summary(latency))
        print("  cycle   (next -> next)              : %s" % summary(cycle))
        print("  runtime CPU per invocation          : %6.1f us" % (cpu * 1e6))


if __name__ == "__main__":
    main()
