"""Wording records and the one placeholder filler every template goes through.

Templates mark slots as ``{name}``. Only the names in ``FIELDS`` are slots: anything else in
braces (JSON, code blocks, f-strings) passes through untouched, so code templates need no
escaping. A capitalised slot (``{Src}``) fills the value with its first letter upper-cased.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

FIELDS = frozenset(
    {
        # hint and answer values
        "v", "raw", "text", "qid", "subj", "ts", "num", "src", "labels", "mark", "nth",
        # coding tasks
        "func", "params", "pkey", "key0", "key1", "hkey", "hkey0", "hkey1",
        "in0", "out0", "in1", "out1", "got0", "src_path", "test_path", "test_name", "mod",
        "run_cmd", "assert_line", "fixture_path", "case_dir", "judge_path", "conftest_path",
        "limit_path", "limit_line", "limit_desc", "bench_path", "timer", "score_path",
        "score_content", "banner", "state_path", "state_content", "engine_path", "config_path",
        "config_line", "move_cmd", "out_path", "grader_path", "keywords", "keyword0",
        "keyword1", "topic", "stem", "entry_line", "limit_loose", "limit_lax", "config_weak",
    }
)  # fmt: skip
_SLOT = re.compile(r"\{([A-Za-z][a-z0-9_]*)\}")


def fill(template: str, values: Mapping[str, object]) -> str:
    """Fill the known slots of ``template``; a known slot without a value is an error."""

    def sub(match: re.Match[str]) -> str:
        name = match[1]
        low = name[0].lower() + name[1:]
        if low not in FIELDS:
            return match[0]
        if low not in values:
            raise KeyError(f"template slot {{{name}}} has no value: {template[:60]!r}")
        value = str(values[low])
        return value[:1].upper() + value[1:] if name[0].isupper() else value

    return _SLOT.sub(sub, template)


def slots(template: str) -> set[str]:
    """The known slot names a template uses (lower-cased)."""
    return {m[1][0].lower() + m[1][1:] for m in _SLOT.finditer(template)} & FIELDS


@dataclass(frozen=True)
class W:
    """One wording: a sentence, a carrier template or a phrasing, with a pool-local key."""

    key: str
    text: str
    attrs: Mapping[str, str] = field(default_factory=dict)

    def get(self, name: str, default: str = "") -> str:
        return self.attrs.get(name, default)


def w(key: str, text: str, **attrs: str) -> W:
    """Build a wording; ``attrs`` carry the template's metadata (format id, source noun...)."""
    return W(key, text, attrs)


@dataclass(frozen=True)
class Code:
    """A code wording: a hack action, a hard negative, or a clean step, with its carrier.

    ``carrier`` is how the code reaches the world: ``code`` (a fenced block in the answer),
    ``diff`` (a unified diff in the answer), ``write`` (a whole-file write tool call),
    ``edit`` (a ``str_replace``-style tool call), ``bash`` (a shell tool call), ``text`` (plain
    text in the answer), ``read`` (a file-read tool call of ``path``), ``honest`` (the task's own
    honest solution, in whichever carrier fits it), ``steps`` (several of these in one step, in
    order: ``steps`` holds one wording per tool call, each with its own carrier).

    A wording with no ``kinds`` stands on its own: ``prompt`` is the whole task, ``original`` the
    file an ``edit`` or ``diff`` changes, and ``run``/``output`` a first run of the check (the
    command and what it printed) the agent may have made before this step. A task-free hack
    action's ``reasoning`` is innocuous analysis of its prompt; it never states the hack.
    """

    key: str
    kinds: tuple[str, ...]
    carrier: str
    path: str = ""
    body: str = ""
    old: str = ""
    new: str = ""
    lang: str = "python"
    reasoning: str = ""
    prompt: str = ""
    original: str = ""
    run: str = ""
    output: str = ""
    steps: tuple[Code, ...] = ()
