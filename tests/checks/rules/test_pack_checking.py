"""User rule packs are checked at load: no rule misses matches silently or stalls the worker."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from cotmonitor import ConfigError
from cotmonitor.checks.defaults import default_checks
from cotmonitor.checks.rules.packs import load_rule_pack
from cotmonitor.testing import make_trace


def pack(tmp_path: Path, rule: str) -> Path:
    path = tmp_path / "team.toml"
    path.write_text(f'name = "team"\n\n[[rules]]\nid = "r"\n{rule}\n', encoding="utf-8")
    return path


def found(path: Path, reasoning: str) -> list[str]:
    checks = default_checks(rule_packs=[path])
    trace = make_trace(reasoning=reasoning)
    return [e.quote for c in checks for f in c(trace) if f.check == "pack:team" for e in f.evidence]


def test_anchors_that_miss_matches_are_refused(tmp_path: Path) -> None:
    path = pack(tmp_path, "regex = '(?:answer|solution) key'\nanchors = [\"answer\"]")
    with pytest.raises(ConfigError) as caught:
        load_rule_pack(path)
    message = str(caught.value)
    assert message.startswith(f"rule pack {path}: rule 'r': anchors ['answer'] do not occur")
    assert "leave 'anchors' out" in message


def test_anchors_are_derived_from_the_regex(tmp_path: Path) -> None:
    path = pack(tmp_path, "regex = '(?:answer|solution) key'")
    (rule,) = load_rule_pack(path).rules
    assert rule.anchors == ("answer", "solution")
    assert found(path, "I found the solution key in /tmp.") == ["solution key"]


def test_a_long_bounded_match_is_found_past_the_default_reach(tmp_path: Path) -> None:
    # reach defaults to 160: this match runs 300 characters past its anchor
    path = pack(tmp_path, "regex = 'grader.{0,400}bypass'\nanchors = [\"grader\"]")
    (rule,) = load_rule_pack(path).rules
    assert rule.reach >= 400
    text = "the grader " + "x" * 300 + " bypass"
    assert found(path, text) == [text[4:]]


def test_hand_anchors_on_an_unbounded_middle_are_refused(tmp_path: Path) -> None:
    path = pack(tmp_path, "regex = 'grader.*bypass'\nanchors = [\"grader\"]")
    with pytest.raises(ConfigError, match=r"rule 'r': a match can run on without bound"):
        load_rule_pack(path)


def test_an_unbounded_regex_without_anchors_reads_whole_texts(tmp_path: Path) -> None:
    path = pack(tmp_path, "regex = 'grader[^.]*bypass'")
    assert load_rule_pack(path).rules[0].anchors == ()
    text = "grader " + "y" * 5000 + " bypass"
    assert found(path, text) == [text]


def test_a_trailing_repeat_needs_no_bound(tmp_path: Path) -> None:
    path = pack(tmp_path, "regex = 'TICKET-\\d+'\nanchors = [\"ticket-\"]")
    assert load_rule_pack(path).rules[0].anchors == ("ticket-",)
    (quote,) = found(path, "see TICKET-" + "4" * 500)
    assert quote.startswith("TICKET-44")  # found, if cut at the window's end


@pytest.mark.parametrize(
    "regex",
    [
        r"(a+)+$",
        r"(a*)*b",
        r"(a|aa)+$",
        r"(.*a){12}",
        r"(\w+\s?)+$",
        r"^(([a-z])+.)+[A-Z]([a-z])+$",
        r"(a|a?)+",
        r"(x+x+)+y",
        r"^(\d+)*$",
        r"hack(\s*\w+)*:",
    ],
)
def test_catastrophic_backtracking_is_refused_at_load(tmp_path: Path, regex: str) -> None:
    path = pack(tmp_path, f"regex = '{regex}'")
    started = time.perf_counter()
    with pytest.raises(ConfigError, match=r"rule 'r': its regex could stall the monitor"):
        load_rule_pack(path)
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize(
    "regex",
    [
        r"(?:\s+\w+){0,3} hack",
        r"hard-?cod(?:e|ed|ing)",
        r"sys\.exit\(\s*0\s*\)",
        r"[Bb]earer\s+\w{8,64}",
        r"(?:skip|xfail)\w{0,20}",
    ],
)
def test_ordinary_regexes_load(tmp_path: Path, regex: str) -> None:
    load_rule_pack(pack(tmp_path, f"regex = '{regex}'"))


def test_phrase_rules_hold_their_phrase_in_the_window(tmp_path: Path) -> None:
    path = pack(tmp_path, 'phrases = ["grading db"]')
    assert found(path, "peek at the grading \t  db now") == ["grading \t  db"]
