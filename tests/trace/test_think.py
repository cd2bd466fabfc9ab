"""The <think> parser and the text normalizer built on it."""

from __future__ import annotations

import os

import pytest

from cotmonitor.capture.record import RawCapture
from cotmonitor.trace.normalize import normalize
from cotmonitor.trace.think import ThinkStream, split_think


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


@pytest.mark.parametrize(
    ("text", "reasoning", "answer"),
    [
        ("<think>add them</think>The sum is 4.", "add them", "The sum is 4."),
        ("add them up</think>\n4", "add them up", "4"),
        ("<think>still going", "still going", ""),
        ("Just an answer.", "", "Just an answer."),
        ("<THINK>a</THINK>b<think>c</think>d", "ac", "bd"),
        ("x < y and y > z", "", "x < y and y > z"),
    ],
)
def test_think_stream_agrees_with_split_think_at_every_split(text, reasoning, answer):
    # Every way of cutting the text in three pieces, tags split included.
    for i in range(len(text) + 1):
        for j in range(i, len(text) + 1):
            stream = ThinkStream(("think",))
            thoughts, said = [], []
            for piece in (text[:i], text[i:j], text[j:]):
                thought, answered = stream.feed(piece)
                thoughts.append(thought)
                said.append(answered)
            thought, answered = stream.flush()
            got_reasoning = "".join([*thoughts, thought])
            got_answer = "".join([*said, answered])
            if "</think>" in text and "<think>" not in text.lower():
                # The R1 shape: what went by as answer comes back as reasoning at the tag.
                before = text[: text.index("</think>")]
                got_answer = got_answer[len(os.path.commonprefix([got_answer, before])) :]  # noqa: RUF071 - characters are what is compared
            assert got_reasoning.strip() == reasoning, (i, j)
            assert got_answer.strip() == answer, (i, j)


def test_think_stream_says_when_the_answer_starts():
    stream = ThinkStream(("think",))
    assert stream.feed("<thi") == ("", "")
    assert stream.feed("nk>plan the ") == ("plan the ", "")
    assert stream.feed("fix</th") == ("fix", "")
    assert stream.feed("ink>Done") == ("", "Done")
