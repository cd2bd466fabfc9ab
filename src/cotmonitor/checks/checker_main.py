"""The checker process's own loop: read a trace, run the default rule checks, answer.

Started by ``checks.checker_process`` with the rule pack paths and the niceness as its
arguments. Frames on both pipes are a 4-byte big-endian length and that many bytes of JSON: a
``Trace`` in, a ``CheckReply`` out. A closed input (the app exited or closed its monitors)
ends the loop.

A trace of a session comes as ``S``, the count of messages seen before, a newline and the
trace; the child then also reduces it to its step facts (``sessions.step_facts``, which
reuses what the rules just computed), so the session bookkeeping left in the app is the store
and the trajectory checks.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import json
import os
import struct
import sys
from typing import Any, BinaryIO

from pydantic import BaseModel, ConfigDict

from cotmonitor.verdicts import Finding

HEADER = struct.Struct(">I")


class CheckReply(BaseModel):
    """What one trace's checks produced, as it crosses back to the app."""

    model_config = ConfigDict(frozen=True)

    findings: tuple[Finding, ...] = ()
    errors: tuple[str, ...] = ()
    durations: dict[str, float] = {}
    fatal: str | None = None
    """Set when the checker cannot run at all (its rule packs failed to load)."""
    facts: dict[str, Any] | None = None
    """The trace's step facts (``sessions.wire``), when asked for.

    .. versionadded:: 0.3.0
    """


SESSION_TAG = b"S"
"""Starts a request that asks for the step facts too (a trace's JSON starts with ``{``)."""


def session_request(trace_json: bytes, seen_messages: int) -> bytes:
    """The request for a session's trace: its checks and its step facts.

    .. versionadded:: 0.3.0
    """
    return SESSION_TAG + str(seen_messages).encode() + b"\n" + trace_json


def read_frame(stream: BinaryIO) -> bytes | None:
    """One frame's payload, or None at a clean end of input."""
    header = _read_exactly(stream, HEADER.size)
    if header is None:
        return None
    (size,) = HEADER.unpack(header)
    payload = _read_exactly(stream, size)
    if payload is None:
        raise EOFError("input ended inside a frame")
    return payload


def _read_exactly(stream: BinaryIO, size: int) -> bytes | None:
    data = stream.read(size)
    if not data:
        return None
    while len(data) < size:
        more = stream.read(size - len(data))
        if not more:
            raise EOFError("input ended inside a frame")
        data += more
    return data


def write_frame(stream: BinaryIO, payload: bytes) -> None:
    """Send one frame and flush it."""
    stream.write(HEADER.pack(len(payload)) + payload)
    stream.flush()


def main(argv: list[str] | None = None) -> int:
    """Serve check requests on stdin until it closes; 1 when the checks cannot be built."""
    args = sys.argv[1:] if argv is None else argv
    _lower_priority(args[1] if len(args) > 1 else "0")
    # Replies get a private copy of stdout; anything a library prints goes to stderr, so a
    # stray print can never corrupt a frame.
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    requests = sys.stdin.buffer
    try:
        from cotmonitor.checks.base import run_checks
        from cotmonitor.checks.defaults import default_checks
        from cotmonitor.trace.model import Trace

        packs: list[str] = json.loads(args[0]) if args else []
        checks = default_checks(packs)
    except Exception as exc:  # the app falls back to checking in its own thread
        fatal = CheckReply(fatal=f"{type(exc).__name__}: {exc}")
        write_frame(replies, fatal.model_dump_json().encode())
        return 1
    while True:
        payload = read_frame(requests)
        if payload is None:
            return 0
        reply: Any
        try:
            seen: int | None = None
            if payload[:1] == SESSION_TAG:
                head, _, payload = payload.partition(b"\n")
                seen = int(head[1:])
            trace = Trace.model_validate_json(payload)
            run = run_checks(trace, checks)
            reply = CheckReply(
                findings=tuple(run.findings),
                errors=tuple(run.errors),
                durations=run.durations,
                facts=None if seen is None else _facts(trace, seen),
            )
        except Exception as exc:
            reply = CheckReply(errors=(f"checker: {type(exc).__name__}: {exc}",))
        write_frame(replies, reply.model_dump_json().encode())


def _lower_priority(nice: str) -> None:
    # Background work: on a busy machine the agent (and whatever serves it) runs first. The
    # rules compile after this too, so a start does not compete with the app either.
    try:
        step = int(nice)
        if step > 0 and hasattr(os, "nice"):
            os.nice(step)
    except (ValueError, OSError):
        pass  # no priority change is no reason to leave the checks undone


def _facts(trace: Any, seen: int) -> dict[str, Any] | None:
    try:
        from cotmonitor.sessions.facts import step_facts
        from cotmonitor.sessions.wire import facts_to_json

        return facts_to_json(step_facts(trace, seen_messages=seen))
    except Exception:
        # The app takes the facts itself (and counts a failure there, if it fails again).
        return None


if __name__ == "__main__":
    raise SystemExit(main())
