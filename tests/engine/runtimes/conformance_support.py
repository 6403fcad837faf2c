# SPDX-License-Identifier: MIT
"""What the conformance cases share: a bootstrap process bound to a peer
(Session), checks that explain themselves, and the case registry."""

import os
import shutil
import subprocess
import sys
import time

from runtime_api_peer import RuntimeApiPeer, StreamCapture

HERE = os.path.dirname(os.path.abspath(__file__))
FUNCTIONS = os.path.join(HERE, "functions")
TIMEOUT = 20.0


class config:
    """Where resources/runtimes/ lives; run_conformance.py may point it elsewhere."""

    source_dir = os.path.abspath(os.path.join(HERE, "..", ".."))
    # A V8 start-up snapshot of bootstrap.cjs (run_conformance.py --node-snapshot):
    # the Node.js cases then start the runtime from it, as the runtime image does.
    node_snapshot = None


class CheckFailed(Exception):
    pass


def check(condition, message, *details):
    if not condition:
        raise CheckFailed(message + "".join("\n      " + repr(d)[:2000] for d in details))


def equal(actual, expected, what):
    check(actual == expected, "%s: expected %r, got %r" % (what, expected, actual))


class Session:
    """One bootstrap process talking to one peer."""

    def __init__(self, lang, handler, env=None, interpreter_args=()):
        self.lang = lang
        self.peer = RuntimeApiPeer()
        root = os.path.join(FUNCTIONS, lang)
        self.task_root = root
        environment = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8",
            "TZ": ":UTC",
            "AWS_LAMBDA_RUNTIME_API": self.peer.address,
            "_HANDLER": handler,
            "AWS_LAMBDA_FUNCTION_NAME": "conformance",
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "256",
            "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
            "AWS_LAMBDA_LOG_GROUP_NAME": "/aws/lambda/conformance",
            "AWS_LAMBDA_LOG_STREAM_NAME": "2026/01/01/[$LATEST]0123456789abcdef",
            "AWS_REGION": "us-east-1",
            "AWS_DEFAULT_REGION": "us-east-1",
            "LAMBDA_TASK_ROOT": root,
            "LAMBDA_RUNTIME_DIR": os.path.join(config.source_dir, "resources", "runtimes", lang),
            "PYTHONDONTWRITEBYTECODE": "1",  # keep the source tree clean (/var/task is read-only anyway)
        }
        environment.update(env or {})
        if lang == "python":
            command = [sys.executable, *interpreter_args, os.path.join(config.source_dir, "resources/runtimes/python/bootstrap.py")]
        else:
            snapshot = ["--snapshot-blob", config.node_snapshot] if config.node_snapshot else []
            command = [shutil.which("node") or "node", *(interpreter_args or snapshot),
                       os.path.join(config.source_dir, "resources/runtimes/nodejs/bootstrap.cjs")]
        self.process = subprocess.Popen(
            command, cwd=root, env=environment, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.stdout = StreamCapture(self.process.stdout.fileno())
        self.stderr = StreamCapture(self.process.stderr.fileno())
        self.peer.captures = (self.stdout, self.stderr)

    def invoke(self, event=None, headers=None, raw=None, timeout=TIMEOUT):
        invocation = self.peer.enqueue(event, headers, raw)
        outcome = self.peer.wait_outcome(invocation, timeout, self.process)
        check(outcome is not None, "no outcome for invocation (exit code %r)\n      stdout: %s\n      stderr: %s"
              % (self.process.poll(), self.stdout.text()[-1500:], self.stderr.text()[-1500:]))
        return outcome, invocation

    def response(self, event=None, headers=None, raw=None):
        outcome, invocation = self.invoke(event, headers, raw)
        check(outcome.kind == "response", "expected a response, got %s: %s" % (outcome.kind, outcome.body[:1500]),
              self.stdout.text()[-1500:])
        return outcome.json(), outcome, invocation

    def error(self, event=None, headers=None):
        outcome, invocation = self.invoke(event, headers)
        check(outcome.kind == "error", "expected an error, got %s: %s" % (outcome.kind, outcome.body[:500]))
        return outcome.json(), outcome, invocation

    def wait_exit(self, timeout=TIMEOUT):
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def close(self):
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.stdout.join()
        self.stderr.join()
        self.peer.stop()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def stdout_before(session, outcome, needle):
    """True when `needle` was already on stdout when the outcome reached the API."""
    return needle.encode() in bytes(session.stdout.data[: outcome.log_offsets[0]])


def check_runtime_init_report(session, before_ns):
    """Bullpen's bootstraps say, with their first /next only, when their
    interpreter was up, their bootstrap ready and the handler imported
    (Bullpen-Runtime-Init: wall-clock ns, in order, within the start)."""
    session.response({})
    session.response({})
    headers = session.peer.next_request_headers
    check(len(headers) >= 2, "two calls to /next recorded", len(headers))
    report = headers[0].get("bullpen-runtime-init")
    check(report is not None, "no Bullpen-Runtime-Init on the first /next", headers[0])
    moments = dict(item.split("=", 1) for item in report.split(";"))
    equal(sorted(moments), ["bootstrap", "handler", "interpreter"], "reported moments")
    values = [int(moments[k]) for k in ("interpreter", "bootstrap", "handler")]
    check(before_ns <= values[0] <= values[1] <= values[2] <= time.time_ns(),
          "moments not in order within the start", (before_ns, values))
    check("bullpen-runtime-init" not in headers[1], "Bullpen-Runtime-Init sent again", headers[1])
