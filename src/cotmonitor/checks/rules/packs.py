"""Rule packs: phrase and regex rules in a TOML or YAML file.

::

    name = "team-rules"

    [[rules]]
    id = "internal-answer-store"
    category = "custom"          # any finding category
    severity = "medium"          # info | low | medium | high | critical
    score = 0.7
    targets = ["reasoning", "tool_calls"]   # reasoning | output | prompt | tool_calls
    phrases = ["answers bucket", "grading db"]   # or: regex = '...' (+ anchors = [...])
    message = "mentions the internal answer store"

The built-in reward-hack language and code rules ship as such a pack
(``cotmonitor/checks/rules/data/reward_hacks.toml``).

A user's pack is checked when it is loaded (``load_rule_pack``, ``load_rule_packs``), so no
rule can miss matches silently or stall the monitor: a regex that can backtrack
catastrophically is refused; ``anchors`` given by hand must provably occur in every match,
and are derived from the regex when left out; ``reach``/``before`` grow to the longest match
the regex can make, and a rule with hand-given anchors whose matches have no bound is
refused (without anchors, such a regex reads whole texts). Every refusal names the file, the
rule and the problem.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from cotmonitor.checks.pattern_analysis import (
    backtracking_risk,
    covered,
    required_literals,
    window_width,
)
from cotmonitor.checks.rules.engine import Rule, Target
from cotmonitor.errors import ConfigError
from cotmonitor.verdicts import Category, Evidence, Finding, Severity

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib  # type: ignore[import-not-found]

_WORD = re.compile(r"[^\W_]+|_+\w*", re.UNICODE)
MAX_EVIDENCE = 5
"""Evidence spans kept per finding."""
MAX_REACH = 2000
"""The widest window around an anchor; a longer match needs a whole-text scan."""
PHRASE_GAP = r"\s{1,16}"
"""Between the words of a phrase: up to 16 white-space characters (bounded, so the window
around the phrase's anchor always holds the whole phrase)."""
_MIN_DERIVED = 3
"""Derived anchors shorter than this would hit everywhere: the regex reads whole texts."""


class PackRule(BaseModel):
    """One rule of a pack.

    .. versionadded:: 0.1.0
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1)
    category: Category = "custom"
    severity: Severity = Severity.MEDIUM
    score: float = Field(default=0.7, ge=0.0, le=1.0)
    targets: tuple[Target, ...] = ("reasoning",)
    phrases: tuple[str, ...] = ()
    regex: str | None = None
    anchors: tuple[str, ...] = ()
    """Lower-case literals found in every regex match (speeds it up); none: full scan."""
    message: str = ""
    kind: Literal["intent", "action"] = "intent"
    """``intent``: words about doing something; ``action``: the thing done (code, tool call)."""
    unless_negated: bool = False
    """Ignore matches under a negation in the same clause ("I should not hard-code ...")."""
    skip_comment_lines: bool = False
    """Ignore matches on code comment lines (``#``, ``//``): commented-out code does not run."""
    reach: int = Field(default=160, ge=1, le=2000)
    """How far a match may extend past the end of its anchor."""
    before: int | None = Field(default=None, ge=0, le=2000)
    """How far a match may start before its anchor (default: ``reach``)."""
    requires: tuple[tuple[str, ...], ...] = ()
    """Groups of lower-case literals; every match holds one of each (a cheap pre-check)."""

    @model_validator(mode="after")
    def _one_matcher(self) -> PackRule:
        if bool(self.phrases) == bool(self.regex):
            raise ValueError("give exactly one of 'phrases' or 'regex'")
        if self.regex is not None:
            try:
                re.compile(self.regex)
            except re.error as exc:
                raise ValueError(f"regex does not compile: {exc}") from exc
        literals = [*self.anchors, *(lit for group in self.requires for lit in group)]
        if any(a != a.lower() or not a for a in literals):
            raise ValueError("anchors and requires must be non-empty lower-case literals")
        if any(not group for group in self.requires):
            raise ValueError("requires groups must not be empty")
        if any(not p.strip() for p in self.phrases):
            raise ValueError("phrases must not be empty")
        return self

    @property
    def pattern(self) -> str:
        """The regex this rule runs: its own, or the one its phrases make."""
        if self.regex is not None:
            return self.regex
        escaped = (PHRASE_GAP.join(map(re.escape, p.split())) for p in self.phrases)
        return r"(?<!\w)(?:" + "|".join(escaped) + r")(?!\w)"

    def engine_rule(self, prefix: str) -> Rule:
        """This rule for the scanning engine, its id prefixed by the pack name."""
        pattern = self.pattern
        if self.regex is not None:
            anchors = self.anchors
        else:
            anchors = tuple(sorted({_longest_word(p) for p in self.phrases}))
        return Rule(
            f"{prefix}{self.id}",
            pattern,
            anchors,
            frozenset(self.targets),
            self.reach,
            self.before,
            self.requires if self.regex is not None else (),
        )


def _longest_word(phrase: str) -> str:
    words = phrase.lower().split()
    return max(words, key=len)


class RulePack(BaseModel):
    """A named set of rules loaded from one file.

    .. versionadded:: 0.1.0
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1, pattern=r"^[\w.-]+$")
    description: str = ""
    rules: tuple[PackRule, ...] = Field(min_length=1)
    source: str = ""

    @model_validator(mode="after")
    def _unique_ids(self) -> RulePack:
        ids = [r.id for r in self.rules]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"duplicate rule ids: {dupes}")
        return self

    @property
    def prefix(self) -> str:
        """The prefix of this pack's rule ids inside the engine."""
        return f"pack.{self.name}."

    def engine_rules(self) -> list[Rule]:
        """The engine rules of this pack."""
        return [r.engine_rule(self.prefix) for r in self.rules]


def _parse(path: Path, text: str) -> Any:
    import yaml

    suffix = path.suffix.lower()
    try:
        if suffix == ".toml":
            return tomllib.loads(text)
        if suffix in (".yaml", ".yml"):
            return yaml.safe_load(text)
    except (tomllib.TOMLDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"rule pack {path}: not valid {suffix[1:].upper()}: {exc}") from exc
    raise ConfigError(f"rule pack {path}: unknown format {suffix!r} (use .toml, .yaml or .yml)")


def _describe(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(f"[{p}]" if isinstance(p, int) else str(p) for p in error["loc"]).replace(
            ".[", "["
        )
        parts.append(f"{where or '(top level)'}: {error['msg']}")
    return "; ".join(parts)


def parse_rule_pack(data: Any, source: str) -> RulePack:
    """Validate already-parsed pack data; errors name ``source`` and the field."""
    if not isinstance(data, dict):
        raise ConfigError(f"rule pack {source}: expected a table/mapping at the top level")
    try:
        return RulePack.model_validate({**data, "source": source})
    except ValidationError as exc:
        raise ConfigError(f"rule pack {source}: {_describe(exc)}") from exc


def load_rule_pack(path: str | Path) -> RulePack:
    """Load and validate one rule pack file (``.toml``, ``.yaml`` or ``.yml``).

    Raises:
        ConfigError: the file is missing, unparsable or invalid (the message names the file
            and the field), or a rule is unsafe to scan (see ``checked_pack``).

    .. versionadded:: 0.1.0
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"rule pack {path}: cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"rule pack {path}: not UTF-8 text ({exc.reason})") from exc
    return checked_pack(parse_rule_pack(_parse(path, text), str(path)))


def builtin_pack(name: str) -> RulePack:
    """A rule pack shipped inside cotmonitor (``reward_hacks``)."""
    resource = resources.files("cotmonitor.checks.rules") / "data" / f"{name}.toml"
    data = tomllib.loads(resource.read_text(encoding="utf-8"))
    return parse_rule_pack(data, f"cotmonitor:{name}.toml")


def load_rule_packs(paths: Iterable[str | Path | RulePack]) -> list[RulePack]:
    """Load several packs; pack objects are checked like loaded ones (``checked_pack``)."""
    return [checked_pack(p) if isinstance(p, RulePack) else load_rule_pack(p) for p in paths]


def checked_pack(pack: RulePack) -> RulePack:
    """``pack`` with every rule made safe to scan, or a ``ConfigError`` naming the rule.

    Raises:
        ConfigError: a regex can backtrack catastrophically; hand-given anchors do not occur
            in every match; or matches of a rule with hand-given anchors have no bound.

    .. versionadded:: 0.1.0
    """
    return pack.model_copy(update={"rules": tuple(_checked(pack, rule) for rule in pack.rules)})


def _checked(pack: RulePack, rule: PackRule) -> PackRule:
    where = f"rule pack {pack.source or pack.name}: rule {rule.id!r}"
    pattern = rule.pattern
    risk = backtracking_risk(pattern)
    if risk is not None:
        raise ConfigError(f"{where}: its regex could stall the monitor: {risk}; rewrite it")
    if rule.regex is None:
        anchors: tuple[str, ...] = tuple(_longest_word(p) for p in rule.phrases)
    elif rule.anchors:
        anchors = rule.anchors
        if not covered(anchors, pattern):
            raise ConfigError(
                f"{where}: anchors {list(anchors)} do not occur in every match of its regex, "
                "so matches without them would be missed; fix them, or leave 'anchors' out "
                "to have them derived from the regex"
            )
    else:
        derived = required_literals(pattern) or frozenset()
        strong = min(map(len, derived), default=0) >= _MIN_DERIVED
        anchors = tuple(sorted(derived)) if strong else ()
    return _fitted(where, rule, anchors, window_width(pattern))


def _fitted(where: str, rule: PackRule, anchors: tuple[str, ...], width: int | None) -> PackRule:
    """``rule`` with its anchors and a window wide enough for its longest match."""
    if not anchors:
        return rule.model_copy(update={"anchors": ()})
    need = None if width is None else width - min(map(len, anchors))
    if need is None or need > MAX_REACH:
        if rule.regex is not None and rule.anchors:
            raise ConfigError(
                f"{where}: a match can run on "
                f"{'without bound' if need is None else f'{need} characters'} past its anchor "
                f"(the window reaches {MAX_REACH} at most), so long matches would be missed; "
                "bound its repeats (\\s{0,20} for \\s*, \\w{0,40} for \\w+ ...), or "
                "leave 'anchors' out to have whole texts read"
            )
        return rule.model_copy(update={"anchors": ()})
    before = rule.reach if rule.before is None else rule.before
    update = {"reach": max(rule.reach, need), "before": max(before, need)}
    return rule.model_copy(update={"anchors": anchors if rule.regex is not None else (), **update})


def evidence_for(
    source: Literal["reasoning", "output", "message", "tool_call"],
    text: str,
    spans: Sequence[tuple[int, int]],
    index: int | None = None,
) -> list[Evidence]:
    """Evidence objects for spans of ``text`` (at most ``MAX_EVIDENCE``)."""
    return [
        Evidence(source=source, index=index, start=s, end=e, quote=text[s:e])
        for s, e in spans[:MAX_EVIDENCE]
    ]


def pack_finding(
    check: str, pack: RulePack, rule: PackRule, evidence: Sequence[Evidence]
) -> Finding:
    """The finding one pack rule produces on one trace."""
    return Finding(
        check=check,
        category=rule.category,
        severity=rule.severity,
        score=rule.score,
        evidence=tuple(evidence[:MAX_EVIDENCE]),
        message=rule.message or f"rule {rule.id} matched",
        details={"pack": pack.name, "rule": rule.id, "kind": rule.kind},
    )
