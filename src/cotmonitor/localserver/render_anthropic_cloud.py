"""Anthropic's Messages API as Amazon Bedrock and Google Vertex AI serve it.

- Bedrock: ``POST /model/{modelId}/invoke`` and ``/model/{modelId}/invoke-with-response-stream``.
  The body is Anthropic's, minus ``model`` and ``stream`` (the path says both), plus
  ``anthropic_version``. The stream is AWS's binary event stream: each Anthropic event is one
  ``chunk`` message whose ``bytes`` field holds the event's JSON, base64-encoded.
- Vertex AI: ``POST /v1/projects/{p}/locations/{l}/publishers/anthropic/models/{model}:rawPredict``
  and ``:streamRawPredict``. The body is Anthropic's minus ``model``, plus
  ``anthropic_version``; the stream is Anthropic's own server-sent events.

The replies are the Anthropic renderer's, so a ``Reply`` reads the same on all three.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import base64
import json
from typing import Any
from urllib.parse import unquote

from cotmonitor.localserver import render_anthropic
from cotmonitor.localserver.render_bedrock import EventStreamMessage
from cotmonitor.localserver.reply import Reply, ServerRequest


def bedrock_model_of(path: str) -> str:
    """The model id in a ``/model/{modelId}/invoke`` path."""
    return unquote(path.split("/model/", 1)[-1].rsplit("/", 1)[0])


def vertex_model_of(path: str) -> str:
    """The model in a ``.../publishers/anthropic/models/{model}:rawPredict`` path."""
    return unquote(path.rsplit("/models/", 1)[-1].rsplit(":", 1)[0])


def bedrock_events(request: ServerRequest, reply: Reply) -> list[EventStreamMessage]:
    """The Anthropic events, each one base64-encoded in a ``chunk`` event-stream message."""
    return [
        EventStreamMessage({"bytes": _encoded(event.data)}, "chunk")
        for event in render_anthropic.render_events(request, reply)
    ]


def _encoded(payload: dict[str, Any] | str) -> str:
    text = payload if isinstance(payload, str) else json.dumps(payload)
    return base64.b64encode(text.encode()).decode()
