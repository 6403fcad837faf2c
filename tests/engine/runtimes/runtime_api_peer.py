# SPDX-License-Identifier: MIT
"""A reference Runtime API (2018-06-01) peer for testing runtime bootstraps.

It implements the endpoints of lambda-reference.md §1 strictly (status codes,
error bodies, the request-id state machine) on a real loopback listener, and
captures the runtime's stdout/stderr so a test can prove that log lines were
written before the response reached the API. It is the counterpart the engine's
own Runtime API server must behave like; it is not a mock of that server, which
the tests here never see.
"""

import collections
import errno
import fcntl
import http.server
import json
import os
import select
import socket
import sys
import threading
import time
import uuid

API = "/2018-06-01"
MAX_PAYLOAD = 6 * 1024 * 1024 + 100  # RIE's cap, §1.5


class Invocation:
    def __init__(self, body, headers):
        self.id = str(uuid.uuid4())
        self.body = body
        self.headers = headers
        self.outcome = None  # Outcome once the runtime posted
        self.released = False  # the runtime asked for the next one after it


class Outcome:
    def __init__(self, kind, body, headers, status, log_offsets):
        self.kind = kind  # "response" or "error"
        self.body = body
        self.headers = headers  # lower-case keys
        self.status = status  # what the peer answered the runtime
        self.log_offsets = log_offsets  # (stdout, stderr) bytes seen when it arrived

    def json(self):
        return json.loads(self.body)


class StreamCapture:
    """Reads one pipe in the background; `drain()` can be called from anywhere."""

    def __init__(self, fd):
        self._fd = fd
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_NONBLOCK)
        self._lock = threading.Lock()
        self.data = bytearray()
        self.closed = False
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def drain(self):
        with self._lock:
            while not self.closed:
                try:
                    chunk = os.read(self._fd, 65536)
                except OSError as error:
                    if error.errno in (errno.EAGAIN, errno.EWOULDBLOCK):
                        break
                    raise
                if not chunk:
                    self.closed = True
                    break
                self.data += chunk
            return len(self.data)

    def _run(self):
        while not self.closed:
            try:
                select.select([self._fd], [], [], 0.05)
            except (OSError, ValueError):
                return
            self.drain()

    def join(self, timeout=2.0):
        self._thread.join(timeout)
        self.drain()

    def text(self):
        with self._lock:
            return self.data.decode("utf-8", "replace")


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def setup(self):
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.peer._track(self.connection)

    def finish(self):
        try:
            super().finish()
        finally:
            self.server.peer._untrack(self.connection)

    def _reply(self, status, obj=None, headers=None, close=False):
        body = b"" if obj is None else json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(body)

    def _body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def do_GET(self):
        peer = self.server.peer
        if self.path == API + "/runtime/invocation/next":
            peer.next_request_headers.append({k.lower(): v for k, v in self.headers.items()})
            invocation = peer._take_next()
            if invocation is None:  # the peer is going away: drop the long poll
                self.close_connection = True
                return
            body = invocation.body
            self.send_response(200)
            self.send_header("Lambda-Runtime-Aws-Request-Id", invocation.id)
            for key, value in invocation.headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if self.path == API + "/runtime/restore/next":
            # SnapStart: the runtime's init (and its before-snapshot hooks)
            # is done. Bullpen's answer comes at once and closes the
            # connection; the runtime then waits, holding no connection, for
            # the signal that wakes a restored copy (docs/architecture.md, SnapStart).
            peer._record_restore_next()
            self._reply(200, close=True)
            return
        if self.path == "/ping":
            self._reply(200)
            return
        self._reply(404, {"errorMessage": "Not found", "errorType": "NotFound"})

    def do_POST(self):
        peer = self.server.peer
        body = self._body()
        headers = {k.lower(): v for k, v in self.headers.items()}
        if self.path == API + "/runtime/init/error":
            status = peer._record_init_error(body, headers)
            if status == 202:
                self._reply(202, {"status": "OK"})
            else:
                self._reply(403, {"errorMessage": "Init error after init", "errorType": "InvalidStateTransition"})
            return
        if self.path == API + "/runtime/restore/error":
            peer._record_restore_error(body, headers)
            self._reply(202, {"status": "OK"})
            return
        prefix = API + "/runtime/invocation/"
        if self.path.startswith(prefix):
            rest = self.path[len(prefix):]
            request_id, _, kind = rest.rpartition("/")
            if kind in ("response", "error") and request_id:
                if len(body) > MAX_PAYLOAD:
                    self._reply(413, {
                        "errorMessage": "Exceeded maximum allowed payload size (%d bytes)." % MAX_PAYLOAD,
                        "errorType": "RequestEntityTooLarge"})
                    return
                status, error = peer._record_outcome(request_id, kind, body, headers)
                if status == 202:
                    self._reply(202, {"status": "OK"}, close=peer.close_after_post)
                else:
                    self._reply(status, error)
                return
        self._reply(404, {"errorMessage": "Not found", "errorType": "NotFound"})


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        # A runtime killed at the end of a case resets its socket: not news.
        if not isinstance(sys.exc_info()[1], (ConnectionError, OSError)):
            super().handle_error(request, client_address)


class RuntimeApiPeer:
    def __init__(self):
        self._cond = threading.Condition()
        self._queue = collections.deque()
        self._current = None
        self._by_id = {}
        self._connections = set()
        self._closing = False
        self.init_error = None  # (headers, body) once posted
        self.restore_next_calls = 0
        self.restore_error = None  # Outcome once posted
        self.next_calls = 0
        self.next_request_headers = []  # each GET /next's request headers (lower-case keys), in order
        self.close_after_post = False  # answer posts with Connection: close
        self.captures = ()  # StreamCaptures drained when a post arrives
        self._server = None
        self.port = 0
        self._start()

    # -- lifecycle
    def _start(self):
        self._closing = False
        self._server = _Server(("127.0.0.1", self.port), _Handler)
        self._server.peer = self
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def stop(self):
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._server.shutdown()
        self._server.server_close()
        with self._cond:
            connections = list(self._connections)
        for conn in connections:  # cut keep-alive and long-poll sockets
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def restart(self, downtime=0.3):
        """Drop every connection and the listener, come back on the same port."""
        self.stop()
        time.sleep(downtime)
        self._start()

    @property
    def address(self):
        return "127.0.0.1:%d" % self.port

    # -- test side
    def enqueue(self, event, headers=None, raw=None):
        body = raw if raw is not None else json.dumps(event).encode()
        h = {"Content-Type": "application/json",
             "Lambda-Runtime-Deadline-Ms": str(int(time.time() * 1000) + 30000),
             "Lambda-Runtime-Invoked-Function-Arn": "arn:aws:lambda:us-east-1:012345678912:function:conformance"}
        h.update(headers or {})
        invocation = Invocation(body, h)
        with self._cond:
            self._by_id[invocation.id] = invocation
            self._queue.append(invocation)
            self._cond.notify_all()
        return invocation

    def wait_outcome(self, invocation, timeout, process=None):
        deadline = time.monotonic() + timeout
        with self._cond:
            while invocation.outcome is None:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or (process is not None and process.poll() is not None):
                    break
                self._cond.wait(min(remaining, 0.05))
            return invocation.outcome

    def wait_next_calls(self, count, timeout):
        deadline = time.monotonic() + timeout
        with self._cond:
            while self.next_calls < count and time.monotonic() < deadline:
                self._cond.wait(0.05)
            return self.next_calls

    def _wait_for(self, value, timeout):
        """Waits until value() (called under the lock) is truthy, or the timeout; returns it."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while not value() and time.monotonic() < deadline:
                self._cond.wait(0.05)
            return value()

    def wait_restore_next(self, timeout):
        return self._wait_for(lambda: self.restore_next_calls, timeout)

    def wait_restore_error(self, timeout):
        return self._wait_for(lambda: self.restore_error, timeout)

    def wait_init_error(self, timeout):
        return self._wait_for(lambda: self.init_error, timeout)

    # -- server side (called from handler threads)
    def _track(self, conn):
        with self._cond:
            self._connections.add(conn)

    def _untrack(self, conn):
        with self._cond:
            self._connections.discard(conn)

    def _take_next(self):
        with self._cond:
            self.next_calls += 1
            self._cond.notify_all()
            if self._current is not None:
                self._current.released = True
                self._current = None
            while not self._queue:
                if self._closing:
                    return None
                self._cond.wait(0.05)
            self._current = self._queue.popleft()
            return self._current

    def _log_offsets(self):
        return tuple(capture.drain() for capture in self.captures)

    def _record_init_error(self, body, headers):
        offsets = self._log_offsets()
        with self._cond:
            if self.next_calls:
                return 403
            self.init_error = Outcome("init", body, headers, 202, offsets)
            self._cond.notify_all()
            return 202

    def _record_restore_next(self):
        offsets = self._log_offsets()
        with self._cond:
            self.restore_next_calls += 1
            self.restore_next_offsets = offsets
            self._cond.notify_all()

    def _record_restore_error(self, body, headers):
        offsets = self._log_offsets()
        with self._cond:
            self.restore_error = Outcome("restore", body, headers, 202, offsets)
            self._cond.notify_all()

    def _record_outcome(self, request_id, kind, body, headers):
        offsets = self._log_offsets()
        with self._cond:
            invocation = self._by_id.get(request_id)
            if invocation is None or invocation.released or invocation is not self._current:
                return 400, {"errorMessage": "Invalid request ID", "errorType": "InvalidRequestID"}
            if invocation.outcome is not None:
                return 403, {
                    "errorMessage": "State transition from RuntimeResponseSentState to Invocation%s failed "
                    "for runtime. Error: State transition is not allowed" % kind.capitalize(),
                    "errorType": "InvalidStateTransition"}
            invocation.outcome = Outcome(kind, body, headers, 202, offsets)
            self._cond.notify_all()
            return 202, None
