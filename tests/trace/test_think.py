"""The <think> parser and the text normalizer built on it."""

from __future__ import annotations

import pytest

from cotmonitor.capture.record import RawCapture
from cotmonitor.trace.normalize import normalize
from cotmonitor.trace.think import split_think


@pytest.mark.parametrize(
    ("text", "reasoning", "answer", "terminated"),
    [
        ("<think>add them</think>The sum is 4.", "add them", "The sum is 4.", True),
        ("add them up</think>\n4", "add them up", "4", True),
        ("<think>still going", "still going", "", False),
        ("Just an answer.", "", "Just an answer.", True),
        ("<THINK>a</THINK>b<think>c</think>d", "a\n\nc", "bd", True),
        ("<thinking>x</thinking>y", "x", "y", True),
    ],
)
def test_split_think_shapes(text, reasoning, answer, terminated):
    split = split_think(text, ("think", "thinking"))
    assert (split.reasoning, split.answer, split.terminated) == (reasoning, answer, terminated)


def test_unknown_tags_are_left_in_the_answer():
    split = split_think("<plan>a</plan>b", ("think",))
    assert not split.found
    assert split.answer == "<plan>a</plan>b"


@pytest.mark.parametrize(
    "chunks",
    [
        ["<th", "ink>reason", "ing here</thi", "nk>the ", "answer"],
        ["<", "think", ">", "reasoning here", "<", "/", "think", ">", "the answer"],
    ],
)
def test_tags_split_across_chunks(chunks):
    raw = RawCapture("text", {"model": "local", "prompt": "q"}, chunks=chunks)
    trace = normalize(raw, ("think",))
    assert trace.reasoning == chunks_reasoning(chunks)
    assert trace.output == "the answer"
    assert trace.messages == ({"role": "user", "content": "q"},)


def chunks_reasoning(chunks):
    joined = "".join(chunks)
    return joined[joined.index(">") + 1 : joined.index("</")].strip()


def test_streamed_chat_with_think_tags_split_across_deltas():
    deltas = ["<thi", "nk>Step one.", " Step two.</", "think>Done."]
    chunks = [{"choices": [{"index": 0, "delta": {"content": d}}], "model": "r1"} for d in deltas]
    trace = normalize(RawCapture("openai.chat", {"messages": []}, chunks=chunks), ("think",))
    assert trace.reasoning == "Step one. Step two."
    assert trace.output == "Done."
    assert trace.model == "r1"
    assert trace.segments[0].source == "think_tag"
