"""Text-only Chat Completions chunks are kept as tuples of strings, which the garbage
collector stops tracking; every reader of the capture sees the same stream."""

from __future__ import annotations

import gc
from typing import Any

from openai.types.chat import ChatCompletionChunk

from cotmonitor.capture.compact import TEXT, compact_chat, compacted
from cotmonitor.capture.record import RawCapture
from cotmonitor.capture.stream import SyncStreamTap
from cotmonitor.incremental.readers import ANSWER, REASONING, TOOL, ChatReader
from cotmonitor.trace.normalize import normalize


def chunk(delta: dict[str, Any], **choice: Any) -> ChatCompletionChunk:
    return ChatCompletionChunk.model_validate(
        {
            "id": "c1",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": "m",
            "choices": [{"index": 0, "delta": delta, "finish_reason": None, **choice}],
        }
    )


STREAM = [
    chunk({"role": "assistant", "content": ""}),
    chunk({"reasoning_content": "Two and two "}),
    chunk({"reasoning_content": "make four."}),
    chunk({"content": "The answer "}),
    chunk({"content": "is 4."}),
    chunk({"tool_calls": [{"index": 0, "id": "t", "function": {"name": "f", "arguments": "{}"}}]}),
    chunk({}, finish_reason="stop"),
]


class Sink:
    def __init__(self) -> None:
        self.raw: list[RawCapture] = []

    def submit(self, raw: RawCapture) -> None:
        self.raw.append(raw)


def test_only_chunks_that_carry_one_piece_of_text_are_compacted() -> None:
    kept = [compact_chat(c) for c in STREAM]
    assert [compacted(k) for k in kept] == [
        None,
        ("reasoning_content", "Two and two "),
        ("reasoning_content", "make four."),
        ("content", "The answer "),
        ("content", "is 4."),
        None,
        None,
    ]
    assert kept[0] is STREAM[0]
    assert kept[5] is STREAM[5]
    assert kept[6] is STREAM[6]
    assert compacted(("not", "ours", "x")) is None
    assert kept[1][0] == TEXT


def test_the_collector_stops_tracking_compacted_chunks() -> None:
    kept = [compact_chat(c) for c in STREAM[1:5]]
    gc.collect()
    assert not any(gc.is_tracked(k) for k in kept)
    assert all(gc.is_tracked(c) for c in STREAM[1:5])  # what the tap used to keep


def test_a_tapped_stream_normalizes_as_the_uncompacted_one() -> None:
    sink = Sink()
    tap = SyncStreamTap(iter(STREAM), RawCapture("openai.chat", {}), sink)
    assert list(tap) == STREAM  # the caller gets the chunks as they came
    [raw] = sink.raw
    assert sum(compacted(c) is not None for c in raw.chunks or ()) == 4
    plain = RawCapture("openai.chat", {}, chunks=list(STREAM))
    got, expected = normalize(raw), normalize(plain)
    assert got.reasoning == expected.reasoning == "Two and two make four."
    assert got.output == expected.output == "The answer is 4."
    assert got.tool_calls == expected.tool_calls
    assert got.model == "m"


def test_the_stream_reader_reads_compacted_chunks() -> None:
    read = ChatReader(("think",))
    kinds = [read(compact_chat(c)) for c in STREAM]
    assert kinds[1] == ("Two and two ", REASONING)
    assert kinds[3] == ("", ANSWER)
    assert kinds[5][1] == TOOL
