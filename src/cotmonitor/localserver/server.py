"""The HTTP plumbing of the local model server (stdlib only, one thread per connection).

Non-streaming replies carry a ``Content-Length``; streams use chunked transfer encoding, so a
reply cut short (``Reply.cut_after_chunks``) closes the socket without the final chunk and the
client sees a truncated body, exactly as with a real provider dropping the connection.

Each stream leaves a ``StreamLog`` in ``LocalModelServer.streams``: how many of its events
were written before the client hung up, so a test can tell from the server's side that a
client stopped reading early.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, NamedTuple

from typing_extensions import Self

from cotmonitor.localserver import (
    render_anthropic,
    render_anthropic_cloud,
    render_bedrock,
    render_chat,
    render_gemini,
    render_ollama,
    render_responses,
)
from cotmonitor.localserver.render_bedrock import EventStreamMessage
from cotmonitor.localserver.reply import Api, Reply, ServerRequest
from cotmonitor.localserver.responders import Responder, echo_responder
from cotmonitor.localserver.wire import BROKEN_JSON, NDJSONLine, SSEEvent, now

_Event = SSEEvent | NDJSONLine | EventStreamMessage


class _Renderer(NamedTuple):
    body: Callable[[ServerRequest, Reply], dict[str, Any]]
    events: Callable[[ServerRequest, Reply], Sequence[_Event]]
    error: Callable[[int, str], dict[str, Any]]
    stream_type: str = "text/event-stream"


_ROUTES: dict[str, tuple[Api, _Renderer]] = {
    "/v1/chat/completions": (
        "openai.chat",
        _Renderer(render_chat.render_body, render_chat.render_events, render_chat.error_body),
    ),
    "/v1/responses": (
        "openai.responses",
        _Renderer(
            render_responses.render_body,
            render_responses.render_events,
            render_chat.error_body,  # both OpenAI APIs report errors alike
        ),
    ),
    "/v1/messages": (
        "anthropic.messages",
        _Renderer(
            render_anthropic.render_body,
            render_anthropic.render_events,
            render_anthropic.error_body,
        ),
    ),
    "/api/chat": (
        "ollama.chat",
        _Renderer(
            render_ollama.render_body,
            render_ollama.render_events,
            render_ollama.error_body,
            "application/x-ndjson",
        ),
    ),
}


_GEMINI = _Renderer(
    render_gemini.render_body, render_gemini.render_events, render_gemini.error_body
)
_BEDROCK = _Renderer(
    render_bedrock.render_body,
    render_bedrock.render_events,
    render_bedrock.error_body,
    "application/vnd.amazon.eventstream",
)


class _PathRoute(NamedTuple):
    """An API that names the model in its path (``/v1beta/models/{model}:generateContent``)."""

    api: Api
    renderer: _Renderer
    prefixes: tuple[str, ...]
    suffix: str
    model_of: Callable[[str], str]
    stream: bool = False


_ANTHROPIC_ON_BEDROCK = _Renderer(
    render_anthropic.render_body,
    render_anthropic_cloud.bedrock_events,
    render_bedrock.error_body,
    "application/vnd.amazon.eventstream",
)
_ANTHROPIC_ON_VERTEX = _Renderer(
    render_anthropic.render_body, render_anthropic.render_events, render_anthropic.error_body
)

_GOOGLE = ("/v1beta/models/", "/v1/models/")
_VERTEX = ("/v1/projects/",)
_GEMINI_MODEL, _BEDROCK_MODEL = render_gemini.model_of, render_bedrock.model_of
_INVOKE_MODEL = render_anthropic_cloud.bedrock_model_of
_VERTEX_MODEL = render_anthropic_cloud.vertex_model_of
_MODEL_IN_PATH = (
    _PathRoute("gemini", _GEMINI, _GOOGLE, ":generateContent", _GEMINI_MODEL),
    _PathRoute("gemini", _GEMINI, _GOOGLE, ":streamGenerateContent", _GEMINI_MODEL, stream=True),
    _PathRoute("bedrock.converse", _BEDROCK, ("/model/",), "/converse", _BEDROCK_MODEL),
    _PathRoute(
        "bedrock.converse", _BEDROCK, ("/model/",), "/converse-stream", _BEDROCK_MODEL, stream=True
    ),
    _PathRoute("anthropic.bedrock", _ANTHROPIC_ON_BEDROCK, ("/model/",), "/invoke", _INVOKE_MODEL),
    _PathRoute(
        "anthropic.bedrock",
        _ANTHROPIC_ON_BEDROCK,
        ("/model/",),
        "/invoke-with-response-stream",
        _INVOKE_MODEL,
        stream=True,
    ),
    _PathRoute("anthropic.vertex", _ANTHROPIC_ON_VERTEX, _VERTEX, ":rawPredict", _VERTEX_MODEL),
    _PathRoute(
        "anthropic.vertex",
        _ANTHROPIC_ON_VERTEX,
        _VERTEX,
        ":streamRawPredict",
        _VERTEX_MODEL,
        stream=True,
    ),
)


def _route(path: str) -> tuple[Api, _Renderer, dict[str, Any]] | None:
    """The API a path asks for, its renderer, and what the path adds to the body."""
    found = _ROUTES.get(path)
    if found is not None:
        return found[0], found[1], {}
    for route in _MODEL_IN_PATH:
        if path.startswith(route.prefixes) and path.endswith(route.suffix):
            return (
                route.api,
                route.renderer,
                {"_model": route.model_of(path), "stream": route.stream},
            )
    return None


@dataclass(slots=True)
class StreamLog:
    """What the server sent of one streamed reply.

    Attributes:
        api: the wire format.
        total: events the reply has (``[DONE]`` included).
        sent: events written to the socket so far; once the client has closed the
            connection, at most one more write succeeds (into the kernel's buffer) before the
            next one fails.
        finished: True when every event was sent; False while sending, or when the client
            hung up (or the reply was cut).

    .. versionadded:: 0.2.0
    """

    api: Api
    total: int
    sent: int = 0
    finished: bool = False


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Stay quiet about clients hanging up (abandoned streams do); report the rest."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class LocalModelServer:
    """An OpenAI- and Anthropic-compatible model server on a local port.

    Replies come first from the ``enqueue``-d FIFO, then from ``responder``::

        with LocalModelServer() as server:
            server.enqueue(Reply(content="4", reasoning="2 + 2 = 4"))
            client = OpenAI(base_url=server.openai_base_url, api_key="x")

    Args:
        responder: answers requests with no scripted reply; ``echo_responder`` when ``None``.
        host: the interface to listen on.
        port: the port; 0 picks a free one.

    .. versionadded:: 0.1.0
    """

    def __init__(
        self, responder: Responder | None = None, *, host: str = "127.0.0.1", port: int = 0
    ) -> None:
        self.responder: Responder = responder or echo_responder
        self.host = host
        self.port = port
        self.requests: list[ServerRequest] = []
        self.streams: list[StreamLog] = []
        self._scripted: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        """``http://HOST:PORT`` (the Anthropic SDK's ``base_url``)."""
        return f"http://{self.host}:{self.port}"

    @property
    def openai_base_url(self) -> str:
        """``base_url + "/v1"`` (the OpenAI SDK's ``base_url``)."""
        return f"{self.base_url}/v1"

    def enqueue(self, *replies: Reply) -> None:
        """Script the next replies, answered in order before the responder is asked."""
        with self._lock:
            self._scripted.extend(replies)

    def next_reply(self, request: ServerRequest) -> Reply:
        """Record ``request`` and pick its reply."""
        with self._lock:
            self.requests.append(request)
            scripted = self._scripted.popleft() if self._scripted else None
        return scripted if scripted is not None else self.responder(request)

    def log_stream(self, log: StreamLog) -> None:
        """Record a stream being sent (``streams``)."""
        with self._lock:
            self.streams.append(log)

    def start(self) -> Self:
        """Listen and serve in a daemon thread; returns ``self``."""
        if self._httpd is not None:
            return self
        handler = type("_BoundHandler", (_Handler,), {"model_server": self})
        httpd = _Server((self.host, self.port), handler)
        self.port = int(httpd.server_address[1])
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the listening socket. Idempotent."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        httpd.shutdown()
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    model_server: LocalModelServer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        """Stay quiet: tests and benchmarks read no access log."""

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path == "/health":
            self._send_json(200, {"status": "ok"})
        elif path == "/v1/models":
            model = {"id": "local-model", "object": "model", "created": now(), "owned_by": "local"}
            self._send_json(200, {"object": "list", "data": [model]})
        else:
            self._send_json(404, render_chat.error_body(404, f"no route {path}"))

    def do_POST(self) -> None:
        path = self.path.split("?", 1)[0]
        route = _route(path)
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if route is None:
            self._send_json(404, render_chat.error_body(404, f"no route {path}"))
            return
        api, renderer, from_path = route
        try:
            body = {**json.loads(raw or b"{}"), **from_path}
        except (json.JSONDecodeError, TypeError):
            self._send_json(400, renderer.error(400, "request body is not a JSON object"))
            return
        headers = {name.lower(): value for name, value in self.headers.items()}
        request = ServerRequest(api=api, body=body, headers=headers)
        reply = self.model_server.next_reply(request)
        if reply.delay_s:
            time.sleep(reply.delay_s)
        if reply.status >= 300:  # noqa: PLR2004
            message = f"scripted error {reply.status}"
            error = reply.error_body or json.dumps(renderer.error(reply.status, message))
            self._send_bytes(reply.status, error.encode(), "application/json")
        elif request.stream:
            events = renderer.events(request, reply)
            log = StreamLog(api, len(events))
            self.model_server.log_stream(log)
            self._send_stream(events, reply, log, renderer.stream_type)
        elif reply.malformed:
            self._send_bytes(200, BROKEN_JSON.encode(), "application/json")
        else:
            self._send_json(200, renderer.body(request, reply))

    def _send_json(self, status: int, payload: dict[str, Any]) -> None:
        self._send_bytes(status, json.dumps(payload).encode(), "application/json")

    def _send_bytes(self, status: int, data: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _send_stream(
        self, events: Sequence[_Event], reply: Reply, log: StreamLog, content_type: str
    ) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        broken = len(events) // 2 if reply.malformed else -1
        try:
            for index, event in enumerate(events):
                if reply.cut_after_chunks is not None and index >= reply.cut_after_chunks:
                    self._drop_connection()
                    return
                sent = type(event)(BROKEN_JSON, event.event) if index == broken else event
                data = sent.encode()
                self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
                log.sent = index + 1
                if reply.chunk_delay_s:
                    time.sleep(reply.chunk_delay_s)
            # Every event is out: a client that closes before the terminator still read them all.
            log.finished = True
            self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _drop_connection(self) -> None:
        self.wfile.flush()
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            self.close_connection = True
