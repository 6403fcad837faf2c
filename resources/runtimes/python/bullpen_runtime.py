# SPDX-License-Identifier: MIT
"""Bullpen's Python runtime: the Lambda programming model on the Runtime API.

Started inside the container by ``python3 /var/runtime/bootstrap.py``, a
launcher of a few lines that imports this module (so that its bytecode can
come from a cache made when the runtime image is built instead of being
compiled at every start) and calls ``run``. It imports the handler named by
``_HANDLER`` from ``LAMBDA_TASK_ROOT`` once, then loops on
``/runtime/invocation/next`` over one keep-alive connection, calling the handler
and posting its result or error. Error bodies, the ``[ERROR]`` log record, the
logging format and the context object follow AWS's awslambdaric so that code
and log readers written against real Lambda see the same shapes. Standard
library only, so it starts fast and needs no installation.
"""

import time

# When the interpreter was up: the launcher's first line stamps it and passes
# it to run(); told to the engine with the first /next (Bullpen-Runtime-Init).
_INTERPRETER_UP_NS = None

# Only what every invocation needs is imported up front: logging and
# traceback are loaded when user code (or an error) asks for them, because a
# cold start pays for every import.
import os
import sys

try:
    import _json  # the json package's C half; the package itself (re, enum, functools...) only on an error
except ImportError:
    _json = None  # the json module then does all of it (_json_loads)
import _socket  # socket.py would add enum and selectors to the start-up

_NEXT_PATH = "/2018-06-01/runtime/invocation/next"
_INVOCATION_PREFIX = "/2018-06-01/runtime/invocation/"
_INIT_ERROR_PATH = "/2018-06-01/runtime/init/error"
_RESTORE_NEXT_PATH = "/2018-06-01/runtime/restore/next"
_RESTORE_ERROR_PATH = "/2018-06-01/runtime/restore/error"
_ERROR_TYPE_HEADER = "Lambda-Runtime-Function-Error-Type"
_RUNTIME_INIT_HEADER = "Bullpen-Runtime-Init"
_JSON_HEADERS = {"Content-Type": "application/json"}

# awslambdaric writes a multi-line error record as one line: CR between lines
# and leading spaces turned into NO-BREAK SPACE, so log shippers keep it whole.
_ERROR_LINE_SEPARATOR = "\r"
_ERROR_INDENT = "\u00a0"

# How long to keep retrying a Runtime API that refuses connections (an engine
# restarting its listener) before giving up and letting the engine see a crash.
_RECONNECT_PATIENCE_S = 10.0

# Read by the logging filter; set before the handler runs, like awslambdaric.
_current_request_id = None
_current_tenant_id = None


class Fault(Exception):
    """An error the runtime classifies itself (Runtime.* error types)."""

    MARSHAL = "Runtime.MarshalError"
    UNMARSHAL = "Runtime.UnmarshalError"
    SYNTAX = "Runtime.UserCodeSyntaxError"
    HANDLER_NOT_FOUND = "Runtime.HandlerNotFound"
    IMPORT = "Runtime.ImportModuleError"
    BUILT_IN_CONFLICT = "Runtime.BuiltInModuleConflict"
    MALFORMED_HANDLER = "Runtime.MalformedHandlerName"
    CONTEXT_UNMARSHAL = "Runtime.LambdaContextUnmarshalError"
    BEFORE_SNAPSHOT = "Runtime.BeforeSnapshotError"
    AFTER_RESTORE = "Runtime.AfterRestoreError"

    def __init__(self, error_type, msg, trace=None):
        super().__init__(msg)
        self.error_type = error_type
        self.msg = msg
        self.trace = trace


# ------------------------------------------------------------------ transport


class _Headers(dict):
    """Response headers under lower-case names."""

    def get(self, name, default=None):
        return dict.get(self, name.lower(), default)


class RuntimeApi:
    """One persistent HTTP/1.1 connection to the Runtime API, on a bare socket.

    http.client is not used: importing it pulls in the email package (a good
    part of a cold start) and its header parsing cost more than the rest of a
    warm invocation. The Runtime API answers with Content-Length (chunked is
    understood too), so a request is one write and a response a few reads.
    A dropped connection (server closed the idle socket, restarted, or reset
    it) is reopened transparently; a refused one is retried for a while.
    """

    def __init__(self, address):
        host, _, port = address.rpartition(":")
        self._host = host or "127.0.0.1"
        if self._host.startswith("[") and self._host.endswith("]"):
            self._host = self._host[1:-1]
        self._port = int(port)
        self._host_header = ("Host: %s\r\n" % address).encode("latin-1")
        self._sock = None
        self._buffer = b""

    def _connect(self):
        error = None
        # A str host goes through the idna codec (another import); the
        # Runtime API address is ASCII, so bytes do.
        host = self._host.encode("ascii") if self._host.isascii() else self._host
        for family, kind, proto, _, address in _socket.getaddrinfo(host, self._port, 0, _socket.SOCK_STREAM):
            sock = _socket.socket(family, kind, proto)
            try:
                sock.setsockopt(_socket.IPPROTO_TCP, _socket.TCP_NODELAY, 1)
                sock.connect(address)
                return sock
            except OSError as failure:
                sock.close()
                error = failure
        raise error or OSError("no address for %s" % self._host)

    def _close(self):
        if self._sock is not None:
            try:
                self._sock.close()
            except OSError:
                pass
        self._sock = None
        self._buffer = b""

    def _fill(self):
        chunk = self._sock.recv(65536)
        if not chunk:
            raise ConnectionResetError("Runtime API closed the connection")
        self._buffer += chunk

    def _read_exact(self, n):
        if len(self._buffer) < n:
            # A body longer than what has arrived is received straight into
            # one buffer of its size. Appending each piece to the buffer
            # copies all it holds every time: quadratic, and a fresh
            # connection's pieces are small (the receive window has not grown
            # yet), so a 6 MB event took 2 s of CPU, 30 s at 128 MB's share.
            data = bytearray(n)
            view = memoryview(data)
            have = len(self._buffer)
            view[:have] = self._buffer
            self._buffer = b""
            while have < n:
                got = self._sock.recv_into(view[have:])
                if not got:
                    raise ConnectionResetError("Runtime API closed the connection")
                have += got
            return bytes(data)
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        return data

    def _read_line(self):
        while True:
            end = self._buffer.find(b"\r\n")
            if end >= 0:
                line, self._buffer = self._buffer[:end], self._buffer[end + 2:]
                return line
            if len(self._buffer) > 65536:
                raise ConnectionError("Runtime API sent an overlong line")
            self._fill()

    def _read_response(self):
        while True:
            while True:
                end = self._buffer.find(b"\r\n\r\n")
                if end >= 0:
                    break
                if len(self._buffer) > 1 << 20:
                    raise ConnectionError("Runtime API sent an overlong header")
                self._fill()
            head, self._buffer = self._buffer[:end], self._buffer[end + 4:]
            lines = head.decode("latin-1").split("\r\n")
            parts = lines[0].split(None, 2)
            if len(parts) < 2 or not parts[0].startswith("HTTP/"):
                raise ConnectionError("Runtime API sent a malformed status line: %r" % lines[0][:100])
            status = int(parts[1])
            headers = _Headers()
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            if 100 <= status < 200:
                continue  # 100 Continue and friends: the real answer follows
            break
        close = headers.get("connection", "").lower() == "close" or parts[0] == "HTTP/1.0"
        if headers.get("transfer-encoding", "").lower() == "chunked":
            body = []
            while True:
                size = int(self._read_line().split(b";", 1)[0].strip(), 16)
                if size == 0:
                    while self._read_line():
                        pass
                    break
                body.append(self._read_exact(size))
                self._read_exact(2)
            body = b"".join(body)
        elif "content-length" in headers:
            body = self._read_exact(max(int(headers["content-length"]), 0))
        elif status in (204, 304):
            body = b""
        else:
            close = True
            try:
                while True:
                    self._fill()
            except ConnectionResetError:
                pass
            body, self._buffer = self._buffer, b""
        if close:
            self._close()
        return status, headers, body

    def exchange(self, method, path, body=None, headers=_JSON_HEADERS):
        request = [method.encode("latin-1"), b" ", path.encode("latin-1"), b" HTTP/1.1\r\n", self._host_header]
        for name, value in headers.items():
            request.append(("%s: %s\r\n" % (name, value)).encode("latin-1"))
        if body is not None:
            request.append(b"Content-Length: %d\r\n\r\n" % len(body))
            request.append(body)
        else:
            request.append(b"\r\n")
        request = b"".join(request)
        give_up_at = None
        delay = 0.0
        while True:
            try:
                if self._sock is None:
                    self._sock = self._connect()
                self._sock.sendall(request)
                return self._read_response()
            except (OSError, ValueError) as error:
                self._close()
                now = time.monotonic()
                if give_up_at is None:
                    give_up_at = now + _RECONNECT_PATIENCE_S
                elif now >= give_up_at:
                    raise ConnectionError(
                        "Runtime API at %s:%d unreachable: %s" % (self._host, self._port, error)
                    ) from error
                # The first retry is immediate: a stale keep-alive socket is the
                # common case and a fresh connection fixes it.
                if delay:
                    time.sleep(delay)
                delay = min(max(delay * 2, 0.01), 0.2)

    def next_invocation(self, extra_headers=None):
        status, headers, body = self.exchange("GET", _NEXT_PATH, None, extra_headers or {})
        if status != 200:
            raise ConnectionError("Runtime API refused /next: %d %s" % (status, body[:200]))
        return headers, body

    def post_response(self, request_id, payload, content_type):
        headers = _JSON_HEADERS if content_type == "application/json" else {"Content-Type": content_type}
        status, _, body = self.exchange("POST", _INVOCATION_PREFIX + request_id + "/response", payload, headers)
        _complain_unless_accepted(status, body, "response")

    def post_error(self, request_id, error):
        headers = {"Content-Type": "application/json", _ERROR_TYPE_HEADER: error["errorType"]}
        status, _, body = self.exchange(
            "POST", _INVOCATION_PREFIX + request_id + "/error", _to_json_bytes(error), headers
        )
        _complain_unless_accepted(status, body, "error")

    def post_init_error(self, error, error_type=None):
        headers = {"Content-Type": "application/json", _ERROR_TYPE_HEADER: error_type or error["errorType"]}
        status, _, body = self.exchange("POST", _INIT_ERROR_PATH, _to_json_bytes(error), headers)
        _complain_unless_accepted(status, body, "init error")

    def restore_next(self):
        # Answered when the engine is ready to take the snapshot. The
        # connection goes with the answer: a checkpoint cannot keep a TCP
        # connection to an engine outside the sandbox, and a restored copy
        # reaches its own Runtime API at the same address.
        status, _, body = self.exchange("GET", _RESTORE_NEXT_PATH, None, {"Connection": "close"})
        self._close()
        if status != 200:
            raise ConnectionError("Runtime API refused /restore/next: %d %s" % (status, body[:200]))

    def post_restore_error(self, error):
        headers = {"Content-Type": "application/json", _ERROR_TYPE_HEADER: Fault.AFTER_RESTORE}
        status, _, body = self.exchange("POST", _RESTORE_ERROR_PATH, _to_json_bytes(error), headers)
        _complain_unless_accepted(status, body, "restore error")


def _complain_unless_accepted(status, body, what):
    # A rejected post (late, duplicate, too large) is the engine's decision; the
    # runtime stays alive for the next invocation and leaves a trace on stderr.
    if status != 202:
        sys.stderr.write(
            "bullpen-runtime: Runtime API rejected %s: %d %s\n"
            % (what, status, body[:300].decode("utf-8", "replace"))
        )


# ---------------------------------------------------------------------- JSON
#
# JSON as the json module does it with its defaults, through the C scanner and
# encoder it uses itself (_json), without importing the package: json brings
# re, enum, functools and collections, most of what this runtime's start
# would cost above the interpreter's. Whenever the fast path does not finish
# (an error, a document that is not one JSON value, another encoding, a
# Python without _json's functions), the json module does the whole thing
# again, so every result and every error message is json.loads's and
# json.dumps's own, word for word.


class _JsonContext:
    # What json.JSONDecoder() hands the C scanner.
    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int

    @staticmethod
    def parse_constant(name, _constants={"-Infinity": float("-inf"), "Infinity": float("inf"), "NaN": float("nan")}):
        return _constants[name]


class _NotSerializable(Exception):
    pass


def _refuse(obj):
    raise _NotSerializable()


def _make_encoder():
    # json.JSONEncoder()'s: a new markers dict (cycles), ensure_ascii, no
    # indent, ", " and ": ", unsorted keys, no skipped keys, allow_nan.
    return _json.make_encoder({}, _refuse, _json.encode_basestring_ascii, None, ": ", ", ", False, False, True)


try:
    _scan_once = _json.make_scanner(_JsonContext)
    _make_encoder()
    _fast_json = True
except (AttributeError, TypeError):
    _fast_json = False

_JSON_WHITESPACE = " \t\n\r"


def _json_loads(document):
    if _fast_json:
        try:
            text = document.decode("utf-8") if isinstance(document, (bytes, bytearray)) else document
            start = len(text) - len(text.lstrip(_JSON_WHITESPACE))
            value, end = _scan_once(text, start)
            if not text[end:].strip(_JSON_WHITESPACE):
                return value
        except Exception:
            pass
    import json

    return json.loads(document)


def _json_dumps(value):
    if _fast_json:
        try:
            if isinstance(value, str):
                return _json.encode_basestring_ascii(value)
            return "".join(_make_encoder()(value, 0))
        except Exception:
            pass
    import json

    return json.dumps(value)


def _to_json_bytes(obj):
    return _json_dumps(obj).encode("utf-8")


# -------------------------------------------------------------------- errors


def make_error(message, error_type, stack_trace, request_id=None):
    return {
        "errorMessage": message if message else "",
        "errorType": error_type if error_type else "",
        "requestId": request_id if request_id is not None else "",
        "stackTrace": stack_trace if stack_trace else [],
    }


def _user_frames(tb):
    import traceback

    frames = [(f.filename, f.lineno, f.name, f.line) for f in traceback.extract_tb(tb)]
    # Hide the runtime's own frames at the top, as awslambdaric does.
    for i, frame in enumerate(frames):
        if os.path.dirname(frame[0]) != _RUNTIME_DIR:
            return frames[i:]
    return frames


def _error_from_exception(exc_info, request_id=None):
    import traceback

    etype, value, tb = exc_info
    return make_error(str(value), etype.__name__, traceback.format_list(_user_frames(tb)), request_id)


def _indent_with_nbsp(line):
    stripped = line.lstrip(" ")
    return _ERROR_INDENT * (len(line) - len(stripped)) + stripped


def log_error(error):
    description = "[ERROR]"
    if error.get("errorType"):
        description += " " + error["errorType"]
    if error.get("errorMessage"):
        if error.get("errorType"):
            description += ":"
        description += " " + error["errorMessage"]
    lines = [description]
    stack_trace = error.get("stackTrace")
    if stack_trace is not None:
        lines.append("Traceback (most recent call last):")
        for element in stack_trace:
            if element == "":
                lines.append("")
            else:
                lines.extend(_indent_with_nbsp(line) for line in element.splitlines())
    sys.stdout.write(_ERROR_LINE_SEPARATOR.join(lines) + "\n")


# ------------------------------------------------------------------- context


class CognitoIdentity:
    __slots__ = ("cognito_identity_id", "cognito_identity_pool_id")

    def __init__(self, ident=None):
        ident = ident or {}
        self.cognito_identity_id = ident.get("cognitoIdentityId")
        self.cognito_identity_pool_id = ident.get("cognitoIdentityPoolId")

    def __repr__(self):
        return "CognitoIdentity([cognito_identity_id=%s,cognito_identity_pool_id=%s])" % (
            self.cognito_identity_id,
            self.cognito_identity_pool_id,
        )


class Client:
    __slots__ = ("installation_id", "app_title", "app_version_name", "app_version_code", "app_package_name")

    def __init__(self, fields):
        for name in self.__slots__:
            setattr(self, name, fields.get(name))


class ClientContext:
    __slots__ = ("custom", "env", "client")

    def __init__(self, fields):
        self.custom = fields.get("custom")
        self.env = fields.get("env")
        client = fields.get("client")
        self.client = Client(client) if client is not None else None


# Read once: these do not change during the life of the process.
_FUNCTION_NAME = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
_FUNCTION_VERSION = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
_MEMORY_SIZE = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
_LOG_GROUP = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
_LOG_STREAM = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")


class LambdaContext:
    """The handler's ``context`` argument, with awslambdaric's attributes.

    ``memory_limit_in_mb`` is the environment string, exactly as awslambdaric
    exposes it (handlers written for Lambda call ``int()`` on it).
    """

    __slots__ = (
        "aws_request_id",
        "log_group_name",
        "log_stream_name",
        "function_name",
        "memory_limit_in_mb",
        "function_version",
        "invoked_function_arn",
        "tenant_id",
        "client_context",
        "identity",
        "_deadline_ms",
    )

    def __init__(self, request_id, headers):
        self.aws_request_id = request_id
        self.log_group_name = _LOG_GROUP
        self.log_stream_name = _LOG_STREAM
        self.function_name = _FUNCTION_NAME
        self.memory_limit_in_mb = _MEMORY_SIZE
        self.function_version = _FUNCTION_VERSION
        self.invoked_function_arn = headers.get("lambda-runtime-invoked-function-arn")
        self.tenant_id = headers.get("lambda-runtime-aws-tenant-id")
        client_context = headers.get("lambda-runtime-client-context")
        self.client_context = (
            ClientContext(_parse_json_header(client_context, "Client Context")) if client_context else None
        )
        cognito = headers.get("lambda-runtime-cognito-identity")
        self.identity = CognitoIdentity(_parse_json_header(cognito, "Cognito Identity") if cognito else None)
        try:
            self._deadline_ms = int(headers.get("lambda-runtime-deadline-ms", "0"))
        except ValueError:
            self._deadline_ms = 0

    def get_remaining_time_in_millis(self):
        # Integer nanoseconds: int(time.time() * 1000) can land a millisecond
        # early through float rounding, making the remaining time exceed the timeout.
        remaining = self._deadline_ms - time.time_ns() // 1000000
        return remaining if remaining > 0 else 0

    def log(self, msg):
        sys.stdout.write(str(msg))

    def __repr__(self):
        return (
            "LambdaContext([aws_request_id=%s,log_group_name=%s,log_stream_name=%s,function_name=%s,"
            "memory_limit_in_mb=%s,function_version=%s,invoked_function_arn=%s,client_context=%s,"
            "identity=%s,tenant_id=%s])"
            % (
                self.aws_request_id,
                self.log_group_name,
                self.log_stream_name,
                self.function_name,
                self.memory_limit_in_mb,
                self.function_version,
                self.invoked_function_arn,
                self.client_context,
                self.identity,
                self.tenant_id,
            )
        )


def _parse_json_header(value, name):
    try:
        return _json_loads(value)
    except Exception as error:
        raise Fault(Fault.CONTEXT_UNMARSHAL, "Unable to parse {} JSON: {}".format(name, error))


# ------------------------------------------------------------------- logging


def _configure_logging(logging):
    """Gives the root logger Lambda's record format (awslambdaric's)."""

    class _RequestIdFilter(logging.Filter):
        def filter(self, record):
            record.aws_request_id = _current_request_id or ""
            record.tenant_id = _current_tenant_id
            return True

    class _StdoutHandler(logging.Handler):
        """Writes formatted records to whatever ``sys.stdout`` is at the time."""

        def emit(self, record):
            try:
                sys.stdout.write(self.format(record))
            except Exception:
                self.handleError(record)

    logging.Formatter.converter = time.gmtime
    handler = _StdoutHandler()
    handler.setFormatter(
        logging.Formatter(
            "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s\n",
            "%Y-%m-%dT%H:%M:%S",
        )
    )
    handler.addFilter(_RequestIdFilter())
    root = logging.getLogger()
    level = (os.environ.get("AWS_LAMBDA_LOG_LEVEL") or "").upper()
    if level in logging._nameToLevel:
        root.setLevel(level)
    root.addHandler(handler)


class _LoggingOnImport:
    """Configures logging the moment anything imports it.

    Importing logging costs a noticeable part of a cold start and most
    handlers never use it, so the runtime does not import it itself; this
    finder sits first on sys.meta_path, lets the normal machinery find the
    module and runs _configure_logging right after the module has executed.
    """

    def find_spec(self, name, path=None, target=None):
        if name != "logging":
            return None
        if self in sys.meta_path:
            sys.meta_path.remove(self)
        from importlib.machinery import PathFinder

        spec = PathFinder.find_spec(name, path, target)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        execute = spec.loader.exec_module

        def exec_module(module):
            execute(module)
            _configure_logging(module)

        spec.loader.exec_module = exec_module
        return spec


def setup_logging():
    # Lines must reach the engine while the invocation runs, not at exit.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(line_buffering=True)
        except (AttributeError, ValueError):
            pass
    if "logging" in sys.modules:
        _configure_logging(sys.modules["logging"])
    else:
        sys.meta_path.insert(0, _LoggingOnImport())


def _import_module(name):
    # importlib.import_module without importing importlib (absolute names only).
    __import__(name)
    return sys.modules[name]


def _flush_logs():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass


# ------------------------------------------------------------------- handler


def load_handler(handler):
    try:
        module_name, function_name = handler.rsplit(".", 1)
    except ValueError as error:
        raise Fault(Fault.MALFORMED_HANDLER, "Bad handler '{}': {}".format(handler, error))

    try:
        if module_name.split(".")[0] in sys.builtin_module_names:
            raise Fault(
                Fault.BUILT_IN_CONFLICT,
                "Cannot use built-in module {} as a handler module".format(module_name),
            )
        module = _import_module(module_name.replace("/", "."))
    except ImportError as error:
        raise Fault(Fault.IMPORT, "Unable to import module '{}': {}".format(module_name, error))
    except SyntaxError as error:
        trace = ['  File "%s" Line %s\n    %s' % (error.filename, error.lineno, error.text)]
        raise Fault(Fault.SYNTAX, "Syntax error in module '{}': {}".format(module_name, error), trace)

    try:
        return getattr(module, function_name)
    except AttributeError:
        raise Fault(
            Fault.HANDLER_NOT_FOUND,
            "Handler '{}' missing on module '{}'".format(function_name, module_name),
        )


# The launcher (bootstrap.py) and this module live here; their frames are the runtime's.
_RUNTIME_DIR = os.path.dirname(os.path.abspath(__file__))


def _setup_sys_path(task_root):
    # The function's own directory comes first (Lambda: /var/task), then the
    # layers' paths PYTHONPATH names (/opt/python/lib/pythonX.Y/site-packages,
    # /opt/python); the runtime's directory is not importable by user code.
    runtime_dir = _RUNTIME_DIR
    layer_paths = [
        p
        for p in os.environ.get("PYTHONPATH", "").split(os.pathsep)
        if p and os.path.abspath(p) != runtime_dir
    ]
    sys.path[:] = [
        p
        for p in sys.path
        if p and os.path.abspath(p) != runtime_dir and p not in layer_paths
    ]
    sys.path[0:0] = [task_root] + [p for p in layer_paths if os.path.isdir(p)]


# ------------------------------------------------------------------ SnapStart


def _install_snapshot_restore_py():
    """Provides ``snapshot_restore_py`` as Lambda's Python runtimes do.

    A module made here rather than a file: the runtime's folder is not on the
    function's path, and a function written for Lambda imports it by name.
    """
    module = type(sys)("snapshot_restore_py")
    module.__doc__ = "Lambda SnapStart runtime hooks (Bullpen's Python runtime)."
    before, after = [], []

    def register_before_snapshot(func, *args, **kwargs):
        before.append((func, args, kwargs))
        return func

    def register_after_restore(func, *args, **kwargs):
        after.append((func, args, kwargs))
        return func

    def get_before_snapshot():
        return list(before)

    def get_after_restore():
        return list(after)

    module.register_before_snapshot = register_before_snapshot
    module.register_after_restore = register_after_restore
    module.get_before_snapshot = get_before_snapshot
    module.get_after_restore = get_after_restore
    sys.modules["snapshot_restore_py"] = module
    return module


# The engine wakes a restored copy with this signal (see snapshot_and_restore).
_RESTORE_SIGNAL = "SIGUSR1"


def snapshot_and_restore(api, hooks):
    """The init phase's end under SnapStart (AWS_LAMBDA_INITIALIZATION_TYPE=snap-start).

    Runs the before-snapshot hooks (last registered first, as Lambda's
    runtime does), tells the engine it may take the snapshot (/restore/next),
    holds no connection and waits for the restore signal. The snapshot is
    taken while this function waits; every restored copy continues from
    here: it seeds the random module again, runs the after-restore hooks
    (first registered first) and reports a failing one to /restore/error.
    A failing before-snapshot hook is an init error (Runtime.BeforeSnapshotError).
    """
    import signal

    wake = getattr(signal, _RESTORE_SIGNAL)
    # Blocked before the engine can send it, so that an early signal waits.
    signal.pthread_sigmask(signal.SIG_BLOCK, {wake})
    try:
        for func, args, kwargs in reversed(hooks.get_before_snapshot()):
            func(*args, **kwargs)
    except Exception:
        _fail_hook(lambda error: api.post_init_error(error, Fault.BEFORE_SNAPSHOT))
    _flush_logs()
    api.restore_next()
    signal.sigwait({wake})
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {wake})
    # Uniqueness ("Handling uniqueness with Lambda SnapStart"): every copy of
    # the snapshot would otherwise continue the same pseudo-random sequence.
    # The engine has made the kernel's generator (and the C library's state
    # keyed from it) new before the signal, so seed() draws fresh bytes.
    if "random" in sys.modules:
        sys.modules["random"].seed()
    try:
        for func, args, kwargs in hooks.get_after_restore():
            func(*args, **kwargs)
    except Exception:
        _fail_hook(api.post_restore_error)


def _fail_hook(post):
    error = _error_from_exception(sys.exc_info())
    log_error(error)
    _flush_logs()
    post(error)
    sys.exit(1)


# ---------------------------------------------------------------- invocation


class _Marshal:
    @classmethod
    def event(cls, body, content_type):
        # Lambda always sends JSON; a missing Content-Type is treated as JSON
        # too (awslambdaric would pass raw bytes), anything else is passed raw.
        if content_type is not None and content_type != "application/json":
            return body
        try:
            return _json_loads(body)
        except Exception as error:
            raise Fault(Fault.UNMARSHAL, "Unable to unmarshal input: {}".format(error))

    @classmethod
    def result(cls, value):
        if isinstance(value, bytes):
            return value, "application/unknown"
        try:
            return _json_dumps(value).encode("utf-8"), "application/json"
        except Exception as error:
            raise Fault(Fault.MARSHAL, "Unable to marshal response: {}".format(error))


def _set_trace_id(trace_id, previous):
    if trace_id == previous:
        return
    if trace_id is not None:
        os.environ["_X_AMZN_TRACE_ID"] = trace_id
    else:
        os.environ.pop("_X_AMZN_TRACE_ID", None)


def serve(api, handler, first_next_headers=None):
    global _current_request_id, _current_tenant_id
    encode_result = _Marshal.result
    decode_event = _Marshal.event
    trace_id = os.environ.get("_X_AMZN_TRACE_ID")
    extra_headers = first_next_headers
    while True:
        headers, body = api.next_invocation(extra_headers)
        extra_headers = None
        request_id = headers.get("lambda-runtime-aws-request-id", "")
        _current_request_id = request_id
        _current_tenant_id = headers.get("lambda-runtime-aws-tenant-id")
        new_trace_id = headers.get("lambda-runtime-trace-id")
        _set_trace_id(new_trace_id, trace_id)
        trace_id = new_trace_id

        error = None
        try:
            context = LambdaContext(request_id, headers)
            event = decode_event(body, headers.get("content-type"))
            payload, content_type = encode_result(handler(event, context))
        except Fault as fault:
            error = make_error(fault.msg, fault.error_type, fault.trace, request_id)
        except Exception:
            error = _error_from_exception(sys.exc_info(), request_id)

        if error is not None:
            log_error(error)
            _flush_logs()
            api.post_error(request_id, error)
        else:
            _flush_logs()
            api.post_response(request_id, payload, content_type)


def main():
    setup_logging()
    api = RuntimeApi(os.environ.get("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:9001"))
    _setup_sys_path(os.environ.get("LAMBDA_TASK_ROOT", "/var/task"))
    hooks = _install_snapshot_restore_py()
    bootstrap_ready_ns = time.time_ns()
    try:
        handler = load_handler(os.environ.get("_HANDLER", ""))
    except Fault as fault:
        error = make_error(fault.msg, fault.error_type, fault.trace)
    except Exception:
        error = _error_from_exception(sys.exc_info())
    else:
        error = None
    if error is not None:
        log_error(error)
        _flush_logs()
        api.post_init_error(error)
        sys.exit(1)
    # Where this start's time went, for the engine (official runtimes do not say).
    phases = "interpreter=%d;bootstrap=%d;handler=%d" % (_INTERPRETER_UP_NS, bootstrap_ready_ns, time.time_ns())
    if os.environ.get("AWS_LAMBDA_INITIALIZATION_TYPE") == "snap-start":
        snapshot_and_restore(api, hooks)
    serve(api, handler, {_RUNTIME_INIT_HEADER: phases})


def run(interpreter_up_ns):
    """The launcher's entry point: the runtime, until the process ends."""
    global _INTERPRETER_UP_NS
    _INTERPRETER_UP_NS = interpreter_up_ns
    try:
        main()
    except ConnectionError as lost:
        sys.stderr.write("bullpen-runtime: %s\n" % lost)
        sys.exit(2)


if __name__ == "__main__":
    run(time.time_ns())
