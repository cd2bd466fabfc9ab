"""One trace reduced to the facts a later step of its session needs.

A fact carries the id of the trace it came from and, where it has one, the character span, so
a session finding can point at several traces without the session keeping any of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from cotmonitor.trace.model import Trace

ClaimSource = Literal["message", "tool_result"]
TestOpKind = Literal["run", "skip", "delete", "edit_assertion", "early_exit", "other_hack"]


@dataclass(frozen=True, slots=True)
class Claim:
    """An answer claim or hint seen in a request message or a tool result."""

    value: str
    """The claimed answer, normalised (an option letter, a number, a short string)."""
    source: ClaimSource
    hint_type: str | None
    trace_id: str
    index: int | None
    """The message index in that trace's request."""
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class TestOp:
    """A test or file operation seen in a tool call, or a failure seen in a tool result."""

    kind: TestOpKind
    target: str
    """The test id or file path, normalised ("" when unknown)."""
    trace_id: str
    index: int | None = None
    """The tool call index in that trace."""


@dataclass(frozen=True, slots=True)
class StepFacts:
    """What one step (one model call) of a session adds to it."""

    trace_id: str
    claims: tuple[Claim, ...] = ()
    """Claims in the step's request that earlier steps had not seen."""
    answer: str | None = None
    """The answer this step gives, normalised (``None``: no answer yet)."""
    acknowledged: tuple[str, ...] = ()
    """Claim values (or hint types) the step's reasoning refers to."""
    verbalized: bool | None = None
    """Whether the step's reasoning acknowledges a hint it followed; ``None``: no hint used."""
    plans: tuple[str, ...] = ()
    """Hack families the reasoning states an intent for."""
    actions: tuple[TestOp, ...] = ()
    """Test and file operations in the step's tool calls, hacks included."""
    failures: tuple[TestOp, ...] = ()
    """Tests seen failing in the tool results of the step's request."""


def step_facts(trace: Trace, *, seen_messages: int = 0) -> StepFacts:
    """Reduce ``trace`` to its facts; its first ``seen_messages`` messages were seen before."""
    raise NotImplementedError
