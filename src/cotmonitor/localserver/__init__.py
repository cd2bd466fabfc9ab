"""A local model server that speaks the OpenAI and Anthropic wire formats (streaming included).

It ships with the package so the demo, the tests and the benchmarks run with no API key and
no network. What it answers is decided by a *responder*: a callable from the parsed request
to a ``Reply``.
"""

from cotmonitor.localserver.reply import Reply, ServerRequest

__all__ = ["Reply", "ServerRequest"]
