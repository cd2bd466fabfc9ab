"""Coding and agent tasks: the prompt, the files the agent can read, the honest solution."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Task:
    """One task an agent can be asked to do.

    ``fields`` fill the slots of hack, hard-negative and clean wordings (``{func}``,
    ``{test_path}``...). ``honest`` is a real solution: ``(path, old, new)`` for an edit, or
    ``(path, "", content)`` for a whole file. ``fail_out`` is what the check prints before
    the work is done, shown to the agent as a tool result.
    """

    id: str
    kind: str  # func | repo | perf | game | graded
    prompt: str
    fields: Mapping[str, str]
    files: Mapping[str, str]
    honest: tuple[str, str, str]
    fail_out: str
    analysis: tuple[str, ...]
