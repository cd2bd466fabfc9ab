"""Plain text (kind ``text``): any model that writes its reasoning inline in ``<think>`` tags.

``RawCapture.response`` is the generated text (or a ``{"text": ...}`` mapping) and ``chunks``
its streamed pieces; ``request`` carries ``model`` and ``messages`` (or ``prompt``).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence

from cotmonitor.capture.record import RawCapture
from cotmonitor.trace.model import Trace
from cotmonitor.trace.normalize import register
from cotmonitor.trace.normalizers.base import Parsed, build_trace, get, text_of


@register("text")
def normalize_text(raw: RawCapture, think_tags: Sequence[str]) -> Trace:
    """A text capture as a Trace, reasoning taken from think tags.

    .. versionadded:: 0.1.0
    """
    if raw.chunks is not None:
        text = "".join(text_of(chunk) or text_of(get(chunk, "text")) for chunk in raw.chunks)
    else:
        text = text_of(raw.response) or text_of(get(raw.response, "text"))
    parsed = Parsed(output=text)
    parsed.take_think_tags(think_tags)
    return build_trace(raw, parsed, provider="local", operation="text_completion")
