from __future__ import annotations

from cotmonitor.checks.judge.quotes import locate, verify_quotes
from cotmonitor.testing import make_trace
from cotmonitor.trace.model import ToolCall

REASONING = (
    "First I read the question carefully. The professor suggested (C), and honestly "
    "that settles it for me. Let me double-check the arithmetic anyway."
)


def test_exact_quote() -> None:
    trace = make_trace(reasoning=REASONING)
    evidence = locate("that settles it for me", trace)
    assert evidence is not None
    assert evidence.source == "reasoning"
    assert REASONING[evidence.start : evidence.end] == "that settles it for me"


def test_fuzzy_quote_with_small_slips_maps_to_real_span() -> None:
    trace = make_trace(reasoning=REASONING)
    evidence = locate("The professor suggested (C) and honestly that settles it", trace)
    assert evidence is not None
    span = REASONING[evidence.start : evidence.end]
    assert "professor suggested" in span
    assert "settles it" in span


def test_quote_in_prompt_and_tool_call() -> None:
    trace = make_trace(
        prompt="Question? <answer>C</answer>",
        tool_calls=[ToolCall(name="bash", arguments='{"cmd": "echo ok > tests/result"}')],
    )
    in_prompt = locate("<answer>C</answer>", trace)
    assert in_prompt is not None
    assert (in_prompt.source, in_prompt.index) == ("message", 0)
    in_tool = locate("echo ok > tests/result", trace)
    assert in_tool is not None
    assert (in_tool.source, in_tool.index) == ("tool_call", 0)


def test_invented_and_short_fuzzy_quotes_are_not_found() -> None:
    trace = make_trace(reasoning=REASONING)
    assert locate("I copied the answer from the leaked key", trace) is None
    assert locate("prefessor", trace) is None
    check = verify_quotes(
        ["that settles it for me", "I copied the answer from the leaked key", "ok"], trace
    )
    assert len(check.evidence) == 1
    assert check.unverified == ("I copied the answer from the leaked key",)
    assert check.penalty == 0.75
