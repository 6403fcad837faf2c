# SPDX-License-Identifier: MIT
"""Conformance cases for the Node.js bootstrap (resources/runtimes/nodejs/)."""

import os
import re
import shutil
import subprocess
import tempfile
import time

from conformance_support import (
    FUNCTIONS, TIMEOUT, Session, case, check, check_runtime_init_report, config, equal, stdout_before,
)


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
        # Parked in its second /next (the event it waits for), not a fixed sleep.
        equal(s.peer.wait_next_calls(2, 10), 2, "the runtime parked in /next again")
        s.peer.restart()
        second = s.response({})[0]
        equal((second["count"], second["pid"]), (2, first["pid"]), "same warm process after restart")


@case
def node_reports_its_start_phases():
    before = time.time_ns()
    with Session("node", "index.echo") as s:
        check_runtime_init_report(s, before)


@case
def node_lean_start_leaves_the_esm_loader_unloaded():
    # The runtime is a CommonJS module: with a CommonJS handler, node's ESM
    # loader (~20 ms of CPU at start) is never loaded. An ESM handler brings it.
    # From a start-up snapshot the loader is part of the deserialized state
    # (node's snapshot builder loads it), which costs no start-up work: there
    # the list is only read.
    with Session("node", "lean.modules") as s:
        loaded = s.response({})[0]["atLoad"]
        check("NativeModule internal/modules/cjs/loader" in loaded, "node's module list read", loaded[:8])
        if not config.node_snapshot:
            check("NativeModule internal/modules/esm/loader" not in loaded,
                  "ESM loader loaded before a CommonJS handler", [m for m in loaded if "esm" in m])


@case
def node_children_do_not_inherit_the_snapshot():
    # child_process.fork and a Worker start with process.execArgv: from a
    # start-up snapshot it must not name the runtime's blob, or the child
    # would start as the runtime, not as the file it was given.
    with Session("node", "index.execArgv") as s:
        equal(s.response({})[0], [], "process.execArgv in the handler")


@case
def node_snapshot_of_another_bootstrap_runs_the_file():
    # A start-up snapshot made of another bootstrap.cjs than the one named on
    # the command line (the image's and the bound runtime differ) is not used
    # for the runtime: the file runs as it is, and says so on stderr.
    source = os.path.join(config.source_dir, "resources/runtimes/nodejs/bootstrap.cjs")
    scratch = tempfile.mkdtemp(prefix="conformance-stale-")
    try:
        other = os.path.join(scratch, "bootstrap.cjs")
        with open(source) as original, open(other, "w") as copy:
            copy.write(original.read() + "// another revision\n")
        blob = os.path.join(scratch, "bootstrap.blob")
        subprocess.run([shutil.which("node") or "node", "--snapshot-blob", blob, "--build-snapshot", other],
                       cwd=scratch, check=True, capture_output=True)
        with Session("node", "index.echo", interpreter_args=("--snapshot-blob", blob)) as s:
            body = s.response({"stale": 1})[0]
            equal(body["event"], {"stale": 1}, "echoed event")
            check("the start-up snapshot is of another" in s.stderr.text(), "the fallback says so", s.stderr.text())
    finally:
        shutil.rmtree(scratch)
