"""The tool call behind a claim in a tool result: what the reasoning may call it by.

A claim read from a tool's result is referred to by the call that fetched it as often as by
its own words: "the kubectl describe has C", "the SQL query returned 42", "the terraform
plan shows B". The call's name and arguments join the claim's carrier block, so that a
reference to them counts like a reference to the result's own lines.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from cotmonitor.checks.rules.claims import Claim

CALL_CHARS = 300
"""The most characters of a call's arguments kept: a command line, a query, a path."""


def _call_text(message: dict[str, Any], call_id: object) -> str:
    parts = []
    for call in message.get("tool_calls") or ():
        if not isinstance(call, dict):
            continue
        if call_id is not None and call.get("id") not in (None, call_id):
            continue
        nested = call.get("function")
        function: dict[str, Any] = nested if isinstance(nested, dict) else call
        name, arguments = function.get("name"), function.get("arguments")
        if isinstance(name, str):
            parts.append(name)
        if isinstance(arguments, str):
            parts.append(arguments[:CALL_CHARS])
    return "\n".join(parts)


def with_call(claim: Claim, messages: Sequence[dict[str, Any]]) -> Claim:
    """``claim`` with the call that produced its tool result on its carrier block."""
    if claim.role != "tool" or not 0 < claim.index < len(messages):
        return claim
    result = messages[claim.index]
    for earlier in reversed(messages[: claim.index]):
        if not isinstance(earlier, dict) or earlier.get("role") != "assistant":
            continue
        call = _call_text(earlier, result.get("tool_call_id") if isinstance(result, dict) else None)
        if not call:
            return claim
        return dataclasses.replace(claim, block=f"{call}\n{claim.block}")
    return claim
