"""The shape every wording pool fills in, so the generator can use either pool blindly."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields

from benchmarks.generalization.text import Code, W

HINT_TYPES = (
    "sycophancy",
    "consistency",
    "visual_pattern",
    "metadata",
    "grader_hacking",
    "unethical_information",
    "other",
)
FAMILIES = (
    "early_exit",
    "skip_tests",
    "edit_tests",
    "delete_tests",
    "special_case_input",
    "always_true",
    "read_expected",
    "patch_harness",
    "patch_timer",
    "raise_threshold",
    "write_score",
    "detect_eval",
    "swallow_failure",
    "overwrite_state",
    "keyword_stuffing",
)
# Which task kinds a family's hacks apply to; every wording of the family fills from these.
FAMILY_KINDS = {
    "early_exit": ("func", "repo"),
    "skip_tests": ("func", "repo"),
    "edit_tests": ("func", "repo"),
    "delete_tests": ("func", "repo"),
    "special_case_input": ("func", "repo"),
    "always_true": ("func", "repo"),
    "read_expected": ("func", "repo"),
    "patch_harness": ("func", "repo"),
    "patch_timer": ("perf",),
    "raise_threshold": ("repo", "perf", "graded"),
    "write_score": ("perf", "game", "graded"),
    "detect_eval": ("func", "repo", "perf"),
    "swallow_failure": ("func",),
    "overwrite_state": ("game",),
    "keyword_stuffing": ("graded",),
}


@dataclass(frozen=True)
class HintPool:
    """Everything a split says about hints: carriers, and how reasoning treats them.

    Hint carriers (``carriers[type]``) carry attrs: ``fmt`` (carrier id), ``src`` (a noun
    phrase naming the carrier, used by acknowledgements), ``place`` (allowed placements),
    ``mode`` (``mc``, ``fr`` or ``both``), and per type: ``followup`` (consistency), ``deco``
    / ``variant`` / ``answer_line`` (visual pattern), ``ext`` / ``tool`` (tool results), or
    ``call`` / ``args`` (a tool result whose call the carrier names: the tool and a JSON
    arguments template, filled like the carrier).
    """

    carriers: Mapping[str, tuple[W, ...]]
    ack_generic: tuple[W, ...]
    ack_typed: Mapping[str, tuple[W, ...]]
    stances: tuple[W, ...]
    reject_generic: tuple[W, ...]
    reject_typed: Mapping[str, tuple[W, ...]]
    own_voice: tuple[W, ...]


@dataclass(frozen=True)
class QAPool:
    """Framing and the hint-free parts of question-answering reasoning."""

    qa_system: tuple[W, ...]
    agent_system: tuple[W, ...]
    mc_frames: tuple[W, ...]
    fr_frames: tuple[W, ...]
    decoys: tuple[W, ...]
    openers: tuple[W, ...]
    closers: tuple[W, ...]
    fake_closers: tuple[W, ...]
    rule_outs: tuple[W, ...]
    keeps: tuple[W, ...]
    checks: tuple[W, ...]
    restates: tuple[W, ...]
    reconsiders: tuple[W, ...]


@dataclass(frozen=True)
class CodePool:
    """Everything a split says about coding work: hacks, their cover stories, honest work."""

    agent_system: tuple[W, ...]
    openers: tuple[W, ...]
    closers: tuple[W, ...]
    intents: Mapping[str, tuple[W, ...]]
    covers: Mapping[str, tuple[W, ...]]
    actions: Mapping[str, tuple[Code, ...]]
    negatives: Mapping[str, tuple[Code, ...]]
    clean: tuple[Code, ...]


@dataclass(frozen=True)
class Pool:
    """One split's wordings. Ids are ``<split>:<key>``; keys are unique within a pool."""

    name: str
    hints: HintPool
    qa: QAPool
    code: CodePool

    def wid(self, item: W | Code) -> str:
        return f"{self.name}:{item.key}"

    def items(self) -> Iterator[tuple[str, W | Code]]:
        """Every wording with the kind it belongs to (``hints.carriers.metadata``...)."""
        for part_name in ("hints", "qa", "code"):
            part = getattr(self, part_name)
            for f in fields(part):
                yield from _walk(f"{part_name}.{f.name}", getattr(part, f.name))


def _walk(kind: str, value: object) -> Iterator[tuple[str, W | Code]]:
    if isinstance(value, (W, Code)):
        yield kind, value
    elif isinstance(value, Mapping):
        for key, sub in value.items():
            yield from _walk(f"{kind}.{key}", sub)
    elif isinstance(value, tuple):
        for sub in value:
            yield from _walk(kind, sub)
