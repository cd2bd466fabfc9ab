"""A local model server that speaks the OpenAI and Anthropic wire formats (streaming included).

It ships with the package so the demo, the tests and the benchmarks run with no API key and
no network. What it answers is decided by a *responder*: a callable from the parsed request
to a ``Reply``.
"""

from cotmonitor.localserver.reply import Reply, ServerRequest
from cotmonitor.localserver.responders import (
    Responder,
    TraceResponder,
    bundled_examples,
    echo_responder,
    last_user_text,
)
from cotmonitor.localserver.server import LocalModelServer, StreamLog

__all__ = [
    "LocalModelServer",
    "Reply",
    "Responder",
    "ServerRequest",
    "StreamLog",
    "TraceResponder",
    "bundled_examples",
    "echo_responder",
    "last_user_text",
]
