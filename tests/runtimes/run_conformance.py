#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Conformance test of Bullpen's runtime bootstraps (resources/runtimes/).

Each case starts a bootstrap as a real subprocess against the reference
Runtime API peer (runtime_api_peer.py) on loopback, hands it invocations and
checks what it posts, what it logs and how it exits, against the shapes of
AWS's runtime interface clients. Prints one line per case and a closing
`N passed, M failed`; exits non-zero on any failure.

    run_conformance.py [--source-dir DIR] [-k SUBSTRING] [-v]
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from runtime_api_peer import RuntimeApiPeer, StreamCapture  # noqa: E402

FUNCTIONS = os.path.join(HERE, "functions")
SOURCE_DIR = os.path.abspath(os.path.join(HERE, "..", ".."))
TIMEOUT = 20.0


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
            "LAMBDA_RUNTIME_DIR": os.path.join(SOURCE_DIR, "resources", "runtimes", lang),
            "PYTHONDONTWRITEBYTECODE": "1",  # keep the source tree clean (/var/task is read-only anyway)
        }
        environment.update(env or {})
        if lang == "python":
            command = [sys.executable, *interpreter_args, os.path.join(SOURCE_DIR, "resources/runtimes/python/bootstrap.py")]
        else:
            command = [shutil.which("node") or "node", os.path.join(SOURCE_DIR, "resources/runtimes/nodejs/bootstrap.mjs")]
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


# ------------------------------------------------------------------- python


@case
def python_cold_init_and_echo():
    with Session("python", "app.echo") as s:
        body, outcome, _ = s.response({"a": 1, "s": "ü"})
        equal(body, {"event": {"a": 1, "s": "ü"}}, "echoed event")
        equal(outcome.headers.get("content-type"), "application/json", "response content type")
        equal(outcome.status, 202, "peer status")
        check(s.process.poll() is None, "runtime exited after a response")


@case
def python_warm_reuse_keeps_module_state():
    with Session("python", "app.counter") as s:
        results = [s.response({})[0] for _ in range(3)]
        equal([r["count"] for r in results], [1, 2, 3], "module-level counter")
        equal(len({r["pid"] for r in results}), 1, "one process")
        equal(s.peer.wait_next_calls(4, 5.0), 4, "calls to /next (3 handled + 1 waiting)")


@case
def python_context_fields_and_env():
    with Session("python", "app.context_fields") as s:
        deadline = int(time.time() * 1000) + 5000
        body, _, inv = s.response({}, {
            "Lambda-Runtime-Deadline-Ms": str(deadline),
            "Lambda-Runtime-Trace-Id": "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1",
            "Lambda-Runtime-Cognito-Identity": '{"cognitoIdentityId":"cid","cognitoIdentityPoolId":"pool"}',
            "Lambda-Runtime-Client-Context": '{"custom":{"k":"v"},"env":{},"client":{"app_title":"T"}}',
        })
        equal(body["function_name"], "conformance", "function_name")
        equal(body["function_version"], "$LATEST", "function_version")
        equal(body["invoked_function_arn"], "arn:aws:lambda:us-east-1:012345678912:function:conformance", "arn")
        equal(body["memory_limit_in_mb"], "256", "memory_limit_in_mb (awslambdaric: the env string)")
        equal(body["aws_request_id"], inv.id, "aws_request_id")
        equal(body["log_group_name"], "/aws/lambda/conformance", "log_group_name")
        equal(body["log_stream_name"], "2026/01/01/[$LATEST]0123456789abcdef", "log_stream_name")
        equal((body["cognito_identity_id"], body["cognito_identity_pool_id"]), ("cid", "pool"), "identity")
        equal((body["client_custom"], body["client_app_title"]), ({"k": "v"}, "T"), "client_context")
        check(3000 < body["remaining"] <= 5000, "remaining time %r not within (3000, 5000]" % body["remaining"])
        check(body["trace_env"].startswith("Root=1-5759e988"), "_X_AMZN_TRACE_ID not set", body["trace_env"])
        equal(body["sys_path0"], s.task_root, "sys.path[0]")
        body, _, _ = s.response({}, {"Lambda-Runtime-Deadline-Ms": str(int(time.time() * 1000) - 10)})
        equal(body["trace_env"], None, "_X_AMZN_TRACE_ID after an untraced invoke")
        equal(body["remaining"], 0, "remaining time past the deadline")
        equal((body["cognito_identity_id"], body["client_custom"]), (None, None), "identity/client without headers")


@case
def python_raised_error_shape():
    with Session("python", "app.fail") as s:
        body, outcome, inv = s.error({})
        equal(sorted(body), ["errorMessage", "errorType", "requestId", "stackTrace"], "error keys")
        equal(body["errorType"], "ValueError", "errorType")
        equal(body["errorMessage"], "x", "errorMessage")
        equal(body["requestId"], inv.id, "requestId")
        app = os.path.join(s.task_root, "app.py")
        line = open(app).read().splitlines().index('    raise ValueError("x")') + 1
        equal(body["stackTrace"], ['  File "%s", line %d, in fail\n    raise ValueError("x")\n' % (app, line)],
              "stackTrace (runtime frames hidden)")
        equal(outcome.headers.get("lambda-runtime-function-error-type"), "ValueError", "error type header")
        record = "[ERROR] ValueError: x\rTraceback (most recent call last):\r\u00a0\u00a0File \"%s\", line %d, in fail\r" % (app, line)
        check(stdout_before(s, outcome, record), "[ERROR] record missing or after the post", s.stdout.text())
        body, _, _ = s.error({})
        equal(body["errorType"], "ValueError", "runtime survives and fails again")


def _python_init_error(handler, expected_type, expected_message, expected_trace=None):
    with Session("python", handler) as s:
        init = s.peer.wait_init_error(TIMEOUT)
        check(init is not None, "no init error posted", s.stdout.text(), s.stderr.text())
        body = init.json()
        equal(body["errorType"], expected_type, "errorType")
        equal(body["errorMessage"], expected_message, "errorMessage")
        equal(body["requestId"], "", "requestId")
        equal(body["stackTrace"], expected_trace or [], "stackTrace")
        equal(init.headers.get("lambda-runtime-function-error-type"), expected_type, "error type header")
        equal(s.wait_exit(), 1, "exit code")
        check(("[ERROR] %s: %s" % (expected_type, expected_message)).encode() in s.stdout.data, "[ERROR] record",
              s.stdout.text())
        equal(s.peer.next_calls, 0, "no /next after an init error")


@case
def python_import_error():
    _python_init_error("broken_import.handler", "Runtime.ImportModuleError",
                       "Unable to import module 'broken_import': No module named 'foo_does_not_exist'")


@case
def python_syntax_error():
    path = os.path.join(FUNCTIONS, "python", "broken_syntax.py")
    _python_init_error("broken_syntax.handler", "Runtime.UserCodeSyntaxError",
                       "Syntax error in module 'broken_syntax': invalid syntax (broken_syntax.py, line 3)",
                       ['  File "%s" Line 3\n        return = 1\n' % path])


@case
def python_missing_handler():
    _python_init_error("app.nothere", "Runtime.HandlerNotFound", "Handler 'nothere' missing on module 'app'")


@case
def python_malformed_handler():
    _python_init_error("x", "Runtime.MalformedHandlerName",
                       "Bad handler 'x': not enough values to unpack (expected 2, got 1)")


@case
def python_exception_at_import():
    with Session("python", "raises_at_import.handler") as s:
        init = s.peer.wait_init_error(TIMEOUT)
        check(init is not None, "no init error posted", s.stdout.text(), s.stderr.text())
        body = init.json()
        equal((body["errorType"], body["errorMessage"]), ("RuntimeError", "config missing"), "type/message")
        path = os.path.join(s.task_root, "raises_at_import.py")
        check(any(frame.startswith('  File "%s", line 2, in <module>' % path) for frame in body["stackTrace"]),
              "module frame in stackTrace", body["stackTrace"])
        check(not any("/bootstrap.py" in frame for frame in body["stackTrace"][:1]), "runtime frame first",
              body["stackTrace"])
        equal(s.wait_exit(), 1, "exit code")


@case
def python_engine_launch_flags():
    # The engine starts `python3 -u` with PYTHONPATH=/var/runtime: the task root
    # must still come first and the runtime folder must not be importable.
    runtime_dir = os.path.join(SOURCE_DIR, "resources", "runtimes", "python")
    with Session("python", "app.context_fields", env={"PYTHONPATH": runtime_dir}, interpreter_args=("-u",)) as s:
        body, _, _ = s.response({})
        equal(body["sys_path0"], s.task_root, "sys.path[0] under -u and PYTHONPATH")
    with Session("python", "app.logs", interpreter_args=("-u",)) as s:
        _, outcome, _ = s.response({})
        check(stdout_before(s, outcome, "info line\n"), "log line before the response under -u", s.stdout.text())


@case
def python_bytes_result_and_partial_line():
    with Session("python", "app.raw_bytes") as s:
        outcome, _ = s.invoke({})
        equal((outcome.kind, outcome.body), ("response", b"\x00raw"), "bytes result sent raw")
        equal(outcome.headers.get("content-type"), "application/unknown", "content type of a bytes result")
    with Session("python", "app.partial_line") as s:
        _, outcome, _ = s.response({})
        check(stdout_before(s, outcome, "no newline yet"), "unterminated print flushed before the response",
              s.stdout.text())


@case
def python_marshal_error():
    with Session("python", "app.unserialisable") as s:
        body, outcome, inv = s.error({})
        equal(body, {"errorMessage": "Unable to marshal response: Object of type set is not JSON serializable",
                     "errorType": "Runtime.MarshalError", "requestId": inv.id, "stackTrace": []}, "marshal error body")
        equal(outcome.headers.get("lambda-runtime-function-error-type"), "Runtime.MarshalError", "header")
        check(s.process.poll() is None, "runtime exited after a marshal error")


@case
def python_nested_handlers():
    for handler in ("pkg/sub/mod.fn", "pkg/sub.mod.fn", "pkg.sub.mod.fn"):
        with Session("python", handler) as s:
            equal(s.response({})[0], {"module": "pkg.sub.mod"}, handler)


@case
def python_logs_precede_response():
    with Session("python", "app.logs") as s:
        body, outcome, inv = s.response({})
        equal(body, "logged", "result")
        out = s.stdout.text()
        check(re.search(r"^\[INFO\]\t\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\t%s\tinfo line$" % inv.id, out, re.M),
              "logging.info line format", out)
        check(re.search(r"^\[WARNING\]\t\S+Z\t%s\twarn line$" % inv.id, out, re.M), "warning line", out)
        for needle in ("hello from print\n", "info line\n", "warn line\n"):
            check(stdout_before(s, outcome, needle), "%r not on stdout before the response" % needle, out)
        check(b"to stderr\n" in s.stderr.data[: outcome.log_offsets[1]], "stderr line not before the response")


@case
def python_one_megabyte_round_trip():
    with Session("python", "app.echo") as s:
        payload = {"blob": "x" * (1024 * 1024)}
        body, _, _ = s.response(payload)
        equal(body, {"event": payload}, "1 MB payload")


@case
def python_reconnects_after_connection_close():
    with Session("python", "app.counter") as s:
        s.peer.close_after_post = True
        counts = [s.response({})[0]["count"] for _ in range(3)]
        equal(counts, [1, 2, 3], "counts over closed connections")


@case
def python_reconnects_after_server_restart():
    with Session("python", "app.counter") as s:
        first = s.response({})[0]
        time.sleep(0.1)  # let it park in /next
        s.peer.restart()
        second = s.response({})[0]
        equal((second["count"], second["pid"]), (2, first["pid"]), "same warm process after restart")


# --------------------------------------------------------------------- node


@case
def node_cold_init_async_commonjs():
    with Session("node", "index.echo") as s:
        body, outcome, _ = s.response({"a": [1, 2], "s": "ü"})
        equal(body, {"event": {"a": [1, 2], "s": "ü"}}, "echoed event")
        equal(outcome.headers.get("content-type"), "application/json", "content type")


@case
def node_warm_reuse_keeps_module_state():
    with Session("node", "index.counter") as s:
        results = [s.response({})[0] for _ in range(3)]
        equal([r["count"] for r in results], [1, 2, 3], "module-level counter")
        equal(len({r["pid"] for r in results}), 1, "one process")


@case
def node_context_fields_and_env():
    with Session("node", "index.context") as s:
        deadline = int(time.time() * 1000) + 5000
        body, _, inv = s.response({}, {
            "Lambda-Runtime-Deadline-Ms": str(deadline),
            "Lambda-Runtime-Trace-Id": "Root=1-abc;Parent=def;Sampled=0",
            "Lambda-Runtime-Cognito-Identity": '{"cognitoIdentityId":"cid","cognitoIdentityPoolId":"pool"}',
            "Lambda-Runtime-Client-Context": '{"custom":{"k":"v"}}',
        })
        equal(body["functionName"], "conformance", "functionName")
        equal(body["functionVersion"], "$LATEST", "functionVersion")
        equal(body["invokedFunctionArn"], "arn:aws:lambda:us-east-1:012345678912:function:conformance", "arn")
        equal((body["memoryLimitInMB"], body["memoryType"]), ("256", "string"), "memoryLimitInMB")
        equal(body["awsRequestId"], inv.id, "awsRequestId")
        equal(body["logGroupName"], "/aws/lambda/conformance", "logGroupName")
        equal(body["logStreamName"], "2026/01/01/[$LATEST]0123456789abcdef", "logStreamName")
        equal(body["identity"], {"cognitoIdentityId": "cid", "cognitoIdentityPoolId": "pool"}, "identity")
        equal(body["clientContext"], {"custom": {"k": "v"}}, "clientContext")
        check(3000 < body["remaining"] <= 5000, "remaining %r" % body["remaining"])
        equal(body["waits"], True, "callbackWaitsForEmptyEventLoop default")
        equal(body["traceEnv"], "Root=1-abc;Parent=def;Sampled=0", "_X_AMZN_TRACE_ID")
        body, _, _ = s.response({})
        equal((body["traceEnv"], body["identity"], body["clientContext"]), (None, None, None), "without headers")


@case
def node_thrown_error_shape():
    with Session("node", "index.boom") as s:
        body, outcome, _ = s.error({})
        equal(sorted(body), ["errorMessage", "errorType", "trace"], "error keys")
        equal((body["errorType"], body["errorMessage"]), ("Error", "boom"), "type/message")
        equal(body["trace"][0], "Error: boom", "trace[0]")
        check(body["trace"][1].startswith("    at ") and "index.js" in body["trace"][1], "trace[1]", body["trace"])
        equal(outcome.headers.get("lambda-runtime-function-error-type"), "Error", "error type header")
        check(stdout_before(s, outcome, '\tERROR\tInvoke Error \t{"errorType":"Error","errorMessage":"boom"'),
              "Invoke Error log line", s.stdout.text())
        check(s.process.poll() is None, "runtime exited after a handler error")
    with Session("node", "index.syncThrow") as s:
        body, outcome, _ = s.error({})
        equal((body["errorType"], body["errorMessage"]), ("TypeError", "sync boom"), "sync throw")
        equal(outcome.headers.get("lambda-runtime-function-error-type"), "TypeError", "header")


@case
def node_callback_waits_for_empty_event_loop():
    with Session("node", "index.callbackWaits") as s:
        body, outcome, _ = s.response({})
        equal(body, {"kind": "callback", "timerFiredBefore": 0}, "callback result")
        check(stdout_before(s, outcome, "\tINFO\ttimer fired\n"), "timer ran before the response was sent",
              s.stdout.text())
        body, _, _ = s.response({})
        equal(body["timerFiredBefore"], 1, "second invocation sees the first timer")


@case
def node_callback_without_waiting():
    with Session("node", "index.callbackNoWait") as s:
        body, outcome, _ = s.response({})
        equal(body, {"kind": "callback-nowait"}, "result")
        check(not stdout_before(s, outcome, "late timer"), "response waited for the timer", s.stdout.text())


@case
def node_callback_errors():
    with Session("node", "index.callbackError") as s:
        body, _, _ = s.error({})
        equal((body["errorType"], body["errorMessage"]), ("Error", "callback failure"), "callback(err)")
    with Session("node", "index.callbackString") as s:
        body, outcome, _ = s.error({})
        equal(body, {"errorType": "string", "errorMessage": "plain string failure", "trace": []}, "callback(string)")
        equal(outcome.headers.get("lambda-runtime-function-error-type"), "string", "header")


@case
def node_legacy_context_methods():
    with Session("node", "index.succeed") as s:
        equal(s.response({})[0], {"legacy": "succeed"}, "context.succeed")
    with Session("node", "index.done") as s:
        equal(s.response({})[0], {"legacy": "done"}, "context.done")
    with Session("node", "index.fail") as s:
        body, _, _ = s.error({})
        equal(body["errorMessage"], "legacy fail", "context.fail")
    with Session("node", "index.forgets") as s:
        body, _, _ = s.response({})
        equal(body, None, "sync handler that never calls back answers null")


@case
def node_module_kinds():
    with Session("node", "app.handler") as s:
        equal(s.response({"n": 1})[0], {"kind": "mjs", "event": {"n": 1}, "count": 1}, ".mjs")
        equal(s.response({"n": 2})[0]["count"], 2, ".mjs warm state")
    with Session("node", "esm/handler.handler") as s:
        equal(s.response({"n": 1})[0], {"kind": "esm-js", "event": {"n": 1}, "isModule": True},
              '.js under "type": "module"')
    with Session("node", "lib/nested/file.deep.fn") as s:
        body = s.response({})[0]
        equal((body["kind"], body["file"]), ("cjs", os.path.join(FUNCTIONS, "node/lib/nested/file.cjs")),
              "nested .cjs with nested export")


def _node_init_error(handler, expected_type, message_check):
    with Session("node", handler) as s:
        init = s.peer.wait_init_error(TIMEOUT)
        check(init is not None, "no init error posted", s.stdout.text(), s.stderr.text())
        body = init.json()
        equal(sorted(body), ["errorMessage", "errorType", "trace"], "keys")
        equal(body["errorType"], expected_type, "errorType")
        check(message_check(body["errorMessage"]), "errorMessage %r" % body["errorMessage"])
        equal(body["trace"][0].split(":")[0], expected_type, "trace[0]")
        equal(init.headers.get("lambda-runtime-function-error-type"), expected_type, "header")
        equal(s.wait_exit(), 129, "exit code")
        check(("\tERROR\tUncaught Exception \t{\"errorType\":\"%s\"" % expected_type).encode() in s.stdout.data,
              "Uncaught Exception log line", s.stdout.text())
        equal(s.peer.next_calls, 0, "no /next after an init error")


@case
def node_import_error():
    _node_init_error("broken_import.handler", "Runtime.ImportModuleError",
                     lambda m: m.startswith("Error: Cannot find module 'does-not-exist'"))


@case
def node_syntax_error():
    _node_init_error("broken_syntax.handler", "Runtime.UserCodeSyntaxError",
                     lambda m: m.startswith("SyntaxError: Unexpected token"))


@case
def node_missing_handler():
    _node_init_error("index.nothere", "Runtime.HandlerNotFound", lambda m: m == "index.nothere is undefined or not exported")
    _node_init_error("index.notAFunction", "Runtime.HandlerNotFound", lambda m: m == "index.notAFunction is not a function")


@case
def node_malformed_handler():
    _node_init_error("index", "Runtime.MalformedHandlerName", lambda m: m == "Bad handler")
    _node_init_error("../index.echo", "Runtime.MalformedHandlerName",
                     lambda m: m.startswith("'../index.echo' is not a valid handler name."))


@case
def node_unserialisable_result():
    with Session("node", "index.circular") as s:
        body, _, _ = s.error({})
        equal((body["errorType"], body["errorMessage"]), ("Error", "Unable to stringify response body"), "body")
        check(s.process.poll() is None, "runtime exited")


@case
def node_logs_precede_response():
    with Session("node", "index.logs") as s:
        body, outcome, inv = s.response({})
        equal(body, "logged", "result")
        out = s.stdout.text()
        ts = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"
        for level, text in (("INFO", "hello log"), ("INFO", "multi\rline"), ("WARN", "warn line"), ("ERROR", "error line")):
            check(re.search("^%s\t%s\t%s\t%s$" % (ts, inv.id, level, re.escape(text)), out, re.M),
                  "%s line %r" % (level, text), out)
            check(stdout_before(s, outcome, "\t%s\t%s\n" % (level, text)), "%r after the response" % text, out)


@case
def node_one_megabyte_round_trip():
    with Session("node", "index.echo") as s:
        payload = {"blob": "y" * (1024 * 1024)}
        equal(s.response(payload)[0], {"event": payload}, "1 MB payload")


@case
def node_unhandled_rejection():
    with Session("node", "index.rejects") as s:
        body, outcome, _ = s.error({})
        equal(body["errorType"], "Runtime.UnhandledPromiseRejection", "errorType")
        equal(body["errorMessage"], "Error: nobody handles me", "errorMessage")
        equal(outcome.headers.get("lambda-runtime-function-error-type"), "Runtime.UnhandledPromiseRejection", "header")
        equal(s.wait_exit(), 128, "exit code")


@case
def node_uncaught_exception():
    with Session("node", "index.throwsLater") as s:
        body, outcome, _ = s.error({})
        equal((body["errorType"], body["errorMessage"]), ("Error", "thrown from a timer"), "type/message")
        equal(s.wait_exit(), 129, "exit code")
        check(stdout_before(s, outcome, "\tERROR\tUncaught Exception \t{"), "Uncaught Exception log line",
              s.stdout.text())


@case
def node_reconnects_after_connection_close():
    with Session("node", "index.counter") as s:
        s.peer.close_after_post = True
        equal([s.response({})[0]["count"] for _ in range(3)], [1, 2, 3], "counts over closed connections")


@case
def node_reconnects_after_server_restart():
    with Session("node", "index.counter") as s:
        first = s.response({})[0]
        time.sleep(0.1)
        s.peer.restart()
        second = s.response({})[0]
        equal((second["count"], second["pid"]), (2, first["pid"]), "same warm process after restart")


# --------------------------------------------------------------------- main


def main():
    global SOURCE_DIR
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-dir", default=SOURCE_DIR)
    parser.add_argument("-k", dest="pattern", default="")
    parser.add_argument("-v", dest="verbose", action="store_true")
    args = parser.parse_args()
    SOURCE_DIR = os.path.abspath(args.source_dir)
    passed = failed = 0
    for fn in CASES:
        if args.pattern not in fn.__name__:
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
