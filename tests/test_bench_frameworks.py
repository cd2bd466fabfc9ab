"""The framework benchmark's model: a tool call first, the answer once a tool result came back."""

from __future__ import annotations

import pytest
from benchmarks.bench_frameworks import ANSWER, _agent_responder

from cotmonitor.localserver import ServerRequest

_ASKED = {
    "openai.chat": {"messages": [{"role": "user", "content": "task"}]},
    "openai.responses": {"input": [{"role": "user", "content": "task"}]},
    "anthropic.messages": {"messages": [{"role": "user", "content": "task"}]},
}
_ANSWERED = {
    "openai.chat": {"messages": [{"role": "tool", "content": "ok", "tool_call_id": "c"}]},
    "openai.responses": {"input": [{"type": "function_call_output", "call_id": "c"}]},
    "anthropic.messages": {
        "messages": [{"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t"}]}]
    },
}


@pytest.mark.parametrize("api", sorted(_ASKED))
def test_two_steps(api):
    answer = _agent_responder()
    first = answer(ServerRequest(api=api, body=_ASKED[api]))
    second = answer(ServerRequest(api=api, body=_ANSWERED[api]))
    [call] = first.tool_calls
    assert call["name"].endswith("run_test")
    assert call["name"].startswith("mcp__") == (api == "anthropic.messages")
    assert (first.content, second.content, second.tool_calls) == ("", ANSWER, ())
