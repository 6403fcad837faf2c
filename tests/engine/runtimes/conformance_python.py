# SPDX-License-Identifier: MIT
"""Conformance cases for the Python bootstrap (resources/runtimes/python/)."""

import os
import random
import re
import signal
import time

from conformance_support import (
    FUNCTIONS, TIMEOUT, Session, case, check, check_runtime_init_report, config, equal, stdout_before,
)


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
        check(not any(name in frame for frame in body["stackTrace"][:1] for name in ("/bootstrap.py", "/bullpen_runtime.py")),
              "runtime frame first",
              body["stackTrace"])
        equal(s.wait_exit(), 1, "exit code")


@case
def python_engine_launch_flags():
    # The engine starts `python3 -u` with PYTHONPATH=/var/runtime: the task root
    # must still come first and the runtime folder must not be importable.
    runtime_dir = os.path.join(config.source_dir, "resources", "runtimes", "python")
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
def python_unmarshal_error():
    with Session("python", "app.echo") as s:
        import json

        outcome, inv = s.invoke(raw=b'{"a": 1,}')
        check(outcome.kind == "error", "expected an error, got %s: %s" % (outcome.kind, outcome.body[:500]))
        try:  # json's own words, which change between Python versions (3.13: "Illegal trailing comma ...")
            json.loads(b'{"a": 1,}')
        except ValueError as error:
            said = str(error)
        equal(outcome.json(), {"errorMessage": "Unable to unmarshal input: " + said,
                               "errorType": "Runtime.UnmarshalError", "requestId": inv.id, "stackTrace": []},
              "unmarshal error body")
        check(s.process.poll() is None, "runtime exited after an unmarshal error")
        body, _, _ = s.response(raw=b' \t[1, 2.5e3, "\\u00fc", null]\r\n')
        equal(body, {"event": [1, 2500.0, "\u00fc", None]}, "the next event, with whitespace around it")


def _runtime_module():
    import importlib.util

    path = os.path.join(config.source_dir, "resources", "runtimes", "python", "bullpen_runtime.py")
    spec = importlib.util.spec_from_file_location("bullpen_runtime_under_test", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@case
def python_json_is_the_json_modules():
    # The runtime decodes events and encodes results with json's C half
    # (_json) and no json package (its start costs re, enum, functools):
    # every value and every error must still be json.loads's and json.dumps's.
    import decimal
    import json

    runtime = _runtime_module()
    check(runtime._fast_json, "the runtime did not take the fast path (_json.make_scanner, make_encoder)")
    documents = [
        b"{}", b"[]", b"0", b"-0", b"1e400", b"-1.5E-3", b"123456789012345678901234567890", b'"x"', b"true",
        b"null", b"NaN", b"-Infinity", b"Infinity", b' {"a": [1, {"b": null}], "c": "\\ud83d\\ude00"} \n',
        '{"ü": "€", "k": "\u2028"}'.encode(), b'"\\ud800"', b'{"a": 1, "a": 2}', b"\xef\xbb\xbf{}",
        '{"a": 1}'.encode("utf-16"), '[1]'.encode("utf-32-le"), b"", b" ", b"{", b"[1,]", b"{} {}", b"[1] x",
        b"\"\x01\"", b"nul", b"01", b"1.", b'{"a" 1}', b"\xff", b"\xed\xa0\x80", b"[" * 100 + b"]" * 100,
        "[1, 2]", "\ufeff[]",
    ]

    def outcome(call, value):
        try:
            return ("value", repr(call(value)))
        except Exception as error:  # the type and the message, word for word
            return ("error", type(error).__name__, str(error))

    for document in documents:
        equal(outcome(runtime._json_loads, document), outcome(json.loads, document), "loads(%r)" % (document[:40],))
    cyclic = []
    cyclic.append(cyclic)
    values = [
        None, True, 0, -1.5, float("nan"), float("inf"), 10**30, "é\u2028\x00", {"b": 1, "a": [1, 2.0]},
        {1: "int key", None: 1, 2.5: 2, True: 3}, {(1, 2): "tuple key"}, {1, 2}, b"bytes", decimal.Decimal("1.5"),
        cyclic, [[[[["deep"]]]]], (1, 2), {"nested": {"set": {1}}},
    ]
    for value in values:
        equal(outcome(runtime._json_dumps, value), outcome(json.dumps, value), "dumps(%r)" % (value,))


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
        # Parked in its second /next (the event it waits for), not a fixed sleep.
        equal(s.peer.wait_next_calls(2, 10), 2, "the runtime parked in /next again")
        s.peer.restart()
        second = s.response({})[0]
        equal((second["count"], second["pid"]), (2, first["pid"]), "same warm process after restart")


@case
def python_reports_its_start_phases():
    before = time.time_ns()
    with Session("python", "app.echo") as s:
        check_runtime_init_report(s, before)


# ------------------------------------------------------------------ SnapStart
# Bullpen's side of Lambda SnapStart for Python (docs/architecture.md): with
# AWS_LAMBDA_INITIALIZATION_TYPE=snap-start the runtime ends its init with the
# before-snapshot hooks and /restore/next, then waits holding no connection
# (the engine checkpoints it there) until SIGUSR1 wakes a restored copy. Here
# the peer wakes the very process, without a checkpoint: what the runtime does
# on each side of the snapshot, not CRIU (tests/engine/sandbox/snapstart-spike).

_SNAP_START = {"AWS_LAMBDA_INITIALIZATION_TYPE": "snap-start"}


def _sockets(pid):
    count = 0
    for fd in os.listdir("/proc/%d/fd" % pid):
        try:
            count += os.readlink("/proc/%d/fd/%s" % (pid, fd)).startswith("socket:")
        except OSError:
            pass  # closed meanwhile
    return count


def _parked(s):
    """Waits for /restore/next and then for the runtime to let go of its connection."""
    equal(s.peer.wait_restore_next(TIMEOUT), 1, "/restore/next calls at the end of init")
    deadline = time.monotonic() + TIMEOUT
    while _sockets(s.process.pid) and s.process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    equal(_sockets(s.process.pid), 0, "sockets the parked runtime holds (a checkpoint cannot keep one)")
    equal(s.peer.next_calls, 0, "/next calls before the wake")


@case
def python_snapstart_hooks_state_and_reseed():
    with Session("python", "snapstart.handler", env=_SNAP_START) as s:
        _parked(s)
        check(b"before-snapshot hook ran\n" in s.stdout.data[: s.peer.restore_next_offsets[0]],
              "before-snapshot hook output not on stdout before /restore/next", s.stdout.text())
        s.process.send_signal(signal.SIGUSR1)
        body, _, _ = s.response({})
        equal(body["events"], ["before:second", "before:first", "after"],
              "hooks (before-snapshot last registered first, after-restore after the wake)")
        equal(body["state"], {"made_during_init": True, "pid": s.process.pid}, "module state made during init")
        check(body["random"] != random.Random(42).random(),
              "random continues init's seed after the restore: not seeded again", body)
        equal(s.response({})[0]["events"], ["before:second", "before:first", "after"], "hooks run once")
        equal(s.peer.restore_next_calls, 1, "/restore/next calls")


@case
def python_snapstart_hooks_module_on_demand():
    # Lambda's Python runtimes provide the module to every function; the hooks
    # only run under SnapStart.
    with Session("python", "snapstart.handler") as s:
        body, _, _ = s.response({})
        equal(body["events"], [], "hooks run on demand")
        equal(body["random"], random.Random(42).random(), "init's seed untouched on demand")
        equal(s.peer.restore_next_calls, 0, "/restore/next calls on demand")
    with Session("python", "snapstart.hooks_module") as s:
        equal(s.response({})[0], {"before": 2, "after": 1}, "registered hooks")


@case
def python_snapstart_after_restore_error():
    with Session("python", "snapstart.handler", env=dict(_SNAP_START, FAIL_AFTER_RESTORE="1")) as s:
        _parked(s)
        s.process.send_signal(signal.SIGUSR1)
        error = s.peer.wait_restore_error(TIMEOUT)
        check(error is not None, "no restore error posted", s.stdout.text(), s.stderr.text())
        body = error.json()
        equal((body["errorType"], body["errorMessage"]), ("RuntimeError", "cannot reconnect"), "error")
        equal(error.headers.get("lambda-runtime-function-error-type"), "Runtime.AfterRestoreError", "header")
        check(any("in restored" in frame for frame in body["stackTrace"]), "hook frame", body["stackTrace"])
        equal(s.wait_exit(), 1, "exit code")
        check(b"[ERROR] RuntimeError: cannot reconnect" in s.stdout.data, "[ERROR] record", s.stdout.text())
        equal(s.peer.next_calls, 0, "/next after a restore error")


@case
def python_snapstart_before_snapshot_error():
    with Session("python", "snapstart.handler", env=dict(_SNAP_START, FAIL_BEFORE_SNAPSHOT="1")) as s:
        init = s.peer.wait_init_error(TIMEOUT)
        check(init is not None, "no init error posted", s.stdout.text(), s.stderr.text())
        equal(init.json()["errorMessage"], "cannot flush", "errorMessage")
        equal(init.headers.get("lambda-runtime-function-error-type"), "Runtime.BeforeSnapshotError", "header")
        equal(s.wait_exit(), 1, "exit code")
        equal(s.peer.restore_next_calls, 0, "/restore/next after a failed before-snapshot hook")
