"""What every normalizer shares: reading SDK objects and dicts alike, and building the Trace.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from cotmonitor.capture.record import RawCapture
from cotmonitor.errors import CaptureError
from cotmonitor.trace.model import ReasoningSegment, ToolCall, Trace, Usage
from cotmonitor.trace.reasoning_request import requested_reasoning
from cotmonitor.trace.think import split_think

_MAPPING_TYPES: dict[type, bool] = {}

_PACE = 32
"""Streamed chunks merged between two hand-backs of the GIL."""


def paced(chunks: Iterable[Any]) -> Iterator[Any]:
    """``chunks``, handing the GIL back every few dozen of them.

    Normalizing runs in the monitor's worker thread, in the agent's own process. Merging a
    long stream takes milliseconds; without a pause, an agent thread whose socket has just
    become readable waits for the interpreter's switch interval (5 ms) before it may run.
    ``time.sleep(0)`` lets it run at once and costs about a microsecond when nobody waits.
    """
    for number, chunk in enumerate(chunks, 1):
        if not number % _PACE:
            time.sleep(0)
        yield chunk


def get(obj: Any, key: str) -> Any:
    """``obj[key]`` for mappings, ``obj.key`` for SDK objects (pydantic extras included)."""
    cls = type(obj)
    mapping = _MAPPING_TYPES.get(cls)
    if mapping is None:
        # Remembered per type: the Mapping ABC check would otherwise run once per key read.
        mapping = _MAPPING_TYPES[cls] = issubclass(cls, Mapping)
    if mapping:
        return obj.get(key)
    # A pydantic model keeps its fields in __dict__ and its extras in __pydantic_extra__; a
    # missing key would otherwise go through pydantic's __getattr__ and raise, once per
    # streamed chunk and absent reasoning key.
    fields = getattr(obj, "__dict__", None)
    if fields is not None and key in fields:
        return fields[key]
    extra = getattr(obj, "__pydantic_extra__", None)
    if isinstance(extra, dict):
        if key in extra:
            return extra[key]
        if getattr(cls, key, None) is None:
            return None
    return getattr(obj, key, None)


class _Attributes:
    """A read-only ``.get`` view of an object without ``__dict__`` (slots, C types)."""

    __slots__ = ("obj",)

    def __init__(self, obj: Any) -> None:
        self.obj = obj

    def get(self, key: str) -> Any:
        return get(self.obj, key)


def fields(obj: Any) -> Mapping[str, Any] | _Attributes:
    """Something with ``.get(key)`` that reads like ``get(obj, key)``, built once per object.

    Streams are merged chunk by chunk in the worker: reading a chunk's fields from one dict
    is several times cheaper than going through ``get`` for each key.
    """
    cls = type(obj)
    mapping = _MAPPING_TYPES.get(cls)
    if mapping is None:
        mapping = _MAPPING_TYPES[cls] = issubclass(cls, Mapping)
    if mapping:
        return obj  # type: ignore[no-any-return]
    data = getattr(obj, "__dict__", None)
    if not isinstance(data, dict):
        return _Attributes(obj)
    extra = getattr(obj, "__pydantic_extra__", None)
    if isinstance(extra, dict) and extra:
        return {**data, **extra}
    return data


def text_of(value: Any) -> str:
    """``value`` when it is a string, else ``""``."""
    return value if isinstance(value, str) else ""


def int_or_none(value: Any) -> int | None:
    """``value`` when it is a real integer, else ``None``."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def items(value: Any) -> list[Any]:
    """``value`` as a list when it is a list or tuple, else ``[]``."""
    return list(value) if isinstance(value, (list, tuple)) else []


def as_data(response: Any) -> Any:
    """The response itself, or the JSON of a raw HTTP response (``with_raw_response``)."""
    if isinstance(response, Mapping) or hasattr(response, "model_dump"):
        return response
    reader = getattr(response, "json", None)
    if callable(reader) and hasattr(response, "status_code"):
        try:
            return reader()
        except ValueError as e:
            raise CaptureError(f"raw response body is not JSON: {e}") from e
    return response


@dataclass(slots=True)
class Parsed:
    """The provider-independent content of one response, before it becomes a Trace."""

    segments: list[ReasoningSegment] = field(default_factory=list)
    output: str = ""
    tool_calls: list[ToolCall] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    model: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)

    def take_think_tags(self, tags: Sequence[str]) -> None:
        """Move ``<think>`` blocks out of the output into a readable segment."""
        split = split_think(self.output, tags)
        if not split.found:
            return
        self.output = split.answer
        if split.reasoning:
            self.segments.append(ReasoningSegment(text=split.reasoning, source="think_tag"))
        if not split.terminated:
            self.metadata["unterminated_think"] = True


def parse_capture(
    raw: RawCapture,
    streamed: Callable[[list[Any]], Parsed],
    answered: Callable[[Any], Parsed],
    think_tags: Sequence[str],
) -> Parsed:
    """The content of a capture: its streamed chunks, else its response, else nothing.

    ``<think>`` blocks in the output become the reasoning when the provider gave none apart.
    """
    if raw.chunks is not None:
        parsed = streamed(list(paced(raw.chunks)))
    elif raw.response is not None:
        parsed = answered(as_data(raw.response))
    else:
        parsed = Parsed()
    if not parsed.segments:
        parsed.take_think_tags(think_tags)
    return parsed


def _message(item: Any) -> dict[str, Any] | None:
    if isinstance(item, Mapping):
        return dict(item)
    dump = getattr(item, "model_dump", None)
    return dump() if callable(dump) else None


def request_messages(request: Mapping[str, Any]) -> tuple[dict[str, Any], ...]:
    """The request's messages (or ``input``/``prompt`` and ``instructions``) in the chat shape."""
    out: list[dict[str, Any]] = []
    system = request.get("instructions", request.get("system"))
    if isinstance(system, (str, list)) and system:
        out.append({"role": "system", "content": system})
    given = request.get("messages", request.get("input", request.get("prompt")))
    if isinstance(given, str):
        return (*out, {"role": "user", "content": given})
    for item in items(given):
        message = _message(item)
        if message is not None:
            out.append(message)
    return tuple(out)


def describe_error(error: BaseException | None) -> str | None:
    """``Type: message`` of an exception (message cut to 300 characters), ``None`` for none."""
    if error is None:
        return None
    text = str(error)
    name = type(error).__name__
    return f"{name}: {text[:300]}" if text else name


def build_trace(raw: RawCapture, parsed: Parsed, *, provider: str, operation: str) -> Trace:
    """Assemble the Trace from a capture and its parsed content.

    The reasoning level or budget the request asked for (``trace.reasoning_request``) joins
    the metadata, unless the normalizer already put it there.
    """
    request = raw.request if isinstance(raw.request, Mapping) else {}
    latency = None if raw.ended is None else max(0.0, raw.ended - raw.started)
    first = None if raw.first_chunk is None else max(0.0, raw.first_chunk - raw.started)
    fixed = {} if raw.trace_id is None else {"id": raw.trace_id}
    return Trace(
        **fixed,
        time=datetime.fromtimestamp(raw.wall_time, tz=timezone.utc),
        provider=raw.provider or provider,
        model=parsed.model or str(request.get("model") or "unknown"),
        operation=operation,
        messages=request_messages(request),
        segments=tuple(parsed.segments),
        output=parsed.output,
        tool_calls=tuple(parsed.tool_calls),
        usage=parsed.usage,
        latency_s=latency,
        time_to_first_chunk_s=first,
        stream=raw.chunks is not None,
        labels={str(k): str(v) for k, v in dict(raw.labels).items()},
        complete=raw.complete and raw.error is None,
        error=describe_error(raw.error),
        metadata={**requested_reasoning(request), **parsed.metadata},
    )
