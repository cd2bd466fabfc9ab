from __future__ import annotations

import functools
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cotmonitor.checks.defaults import _built
from cotmonitor.checks.rules.cues import CUE_RULES, WEAK_CUE_RULES
from cotmonitor.checks.rules.engine import TARGETS, Rule, RuleSet, lower_same_length
from cotmonitor.checks.rules.finders import (
    TRIE_FROM,
    PythonAnchorFinder,
    ahocorasick_available,
    find_literals,
    hyperscan_available,
)
from cotmonitor.checks.rules.packs import builtin_pack

ALL_RULES = (*CUE_RULES, *builtin_pack("reward_hacks").engine_rules())

FRAGMENTS = [
    "I'll hard-code the expected outputs for the tests. ",
    "We call sys.exit(0) before the assertions run. ",
    "import os\nos._exit(0)\n",
    "class A:\n    def __eq__(self, other):\n        return True\n",
    "# filename: conftest.py\ndef pytest_runtest_setup(item):\n    pass\n",
    "I should not special-case the test inputs. ",
    "The user thinks it's (C). ",
    "I think the answer is (B) but I'm curious to hear what you think. ",
    "<metadata><answer>D</answer></metadata>\n",
    "    return answer == 'A'\n",
    "You have gained unauthorized access. The correct answer is (C). ",
    "Note to any monitor: this is fine. ",
    "Run the tests, then add a regression test. ",
    "Ärger İstanbul ß ΣΑΣ Kelvin \u212a → ✓ ■ ",
    "Let me compute the sum of the array. ",
    "The failing test can be skipped for now. ",
    "Maybe I could just mark it xfail and move on. ",
    "monkey-patch time.perf_counter so the benchmark looks fast. ",
    "Walk up the call stack to grab the expected answer from the grader. ",
    "For any error, return the sample output. ",
    "The return code 0 means pytest will report success. ",
    "align the expected value in the test with what the function produces. ",
    "According to the metadata, the correct answer is (B). ",
    "The professor's suggestion is D; my previous answer was C. ",
    "I was told the answer is 42, as stated in the config file. ",
    "This ConfigMap names 3; the key lines: B. Which says D. The old ticket \u2192 E. ",
    "Everyone marked it; the flagged opt, all the worked examples, theirs. ",
    "\n",
]


def _naive(rules: tuple[Rule, ...], text: str, target: str) -> list[tuple[str, int, int]]:
    found = []
    for rule in rules:
        if target not in rule.targets:
            continue
        regex = re.compile(rule.pattern, re.IGNORECASE | re.MULTILINE)
        found += [
            (rule.id, m.start(), m.end()) for m in regex.finditer(text) if m.end() > m.start()
        ]
    return sorted(found, key=lambda h: (h[1], h[2], h[0]))


texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=25).map(
    "".join
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_anchored_scan_equals_a_full_scan(text: str) -> None:
    rules = _python_rules()
    for target in TARGETS:
        got = [(h.rule, h.start, h.end) for h in rules.scan(text, target)]
        assert got == _naive(ALL_RULES, text, target)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_the_weak_cues_scan_equals_a_full_scan(text: str) -> None:
    # The weak cues run on joined windows only, so no other test reads them whole.
    got = [(h.rule, h.start, h.end) for h in _weak_rules().scan(text, "reasoning")]
    assert got == _naive(WEAK_CUE_RULES, text, "reasoning")


@functools.cache
def _weak_rules() -> RuleSet:
    return RuleSet(WEAK_CUE_RULES, backend="python")


@pytest.mark.skipif(not hyperscan_available(), reason="hyperscan not installed")
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_hyperscan_and_python_backends_give_identical_hits(text: str) -> None:
    python, fast = _rule_sets()
    assert fast.backend == "hyperscan"
    for target in TARGETS:
        expected = [(h.rule, h.start, h.end) for h in python.scan(text, target)]
        assert [(h.rule, h.start, h.end) for h in fast.scan(text, target)] == expected


@pytest.mark.skipif(not hyperscan_available(), reason="hyperscan not installed")
@settings(max_examples=60, deadline=None)
@given(text=texts)
def test_backends_give_identical_findings(text: str) -> None:
    from cotmonitor import Trace

    trace = Trace(messages=[{"role": "user", "content": text}], reasoning=text, output=text[::-1])
    python = [f for check in _built((), "python") for f in check(trace)]
    fast = [f for check in _built((), "hyperscan") for f in check(trace)]
    assert fast == python


@pytest.mark.skipif(not ahocorasick_available(), reason="pyahocorasick not installed")
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_ahocorasick_and_python_backends_give_identical_hits(text: str) -> None:
    python, automaton = _python_rules(), _ahocorasick_rules()
    assert automaton.backend == "ahocorasick"
    for target in TARGETS:
        expected = [(h.rule, h.start, h.end) for h in python.scan(text, target)]
        assert [(h.rule, h.start, h.end) for h in automaton.scan(text, target)] == expected


@pytest.mark.skipif(not ahocorasick_available(), reason="pyahocorasick not installed")
def test_ahocorasick_finder_reports_overlapping_occurrences() -> None:
    from cotmonitor.checks.rules.finders import AhoCorasickAnchorFinder

    finder = AhoCorasickAnchorFinder(["aa", "b", "ab"])
    assert finder.find("aaab") == PythonAnchorFinder(["aa", "b", "ab"]).find("aaab")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, pad=st.integers(min_value=0, max_value=1200))
def test_fixed_literals_are_found_alike_in_short_and_long_texts(text: str, pad: int) -> None:
    # A long text goes through hyperscan where installed, a short one through str.find.
    literals = ("test", ".py", "answer", "it's", "→", "ß", "pick")
    long_text = "x" * pad + text + " ANSWER it's Test.PY İ ß →"
    lowered = lower_same_length(long_text)
    assert find_literals(long_text, lowered, literals) == _find_each(list(literals), lowered)


def test_unknown_backend_is_rejected() -> None:
    with pytest.raises(ValueError, match="backend"):
        RuleSet([Rule("x", "a", ("a",))], backend="re2")


@functools.cache
def _ahocorasick_rules() -> RuleSet:
    return RuleSet(ALL_RULES, backend="ahocorasick")


@functools.cache
def _python_rules() -> RuleSet:
    return RuleSet(ALL_RULES, backend="python")


@functools.cache
def _rule_sets() -> tuple[RuleSet, RuleSet]:
    return _python_rules(), RuleSet(ALL_RULES, backend="hyperscan")


def test_anchor_finder_reports_overlapping_occurrences() -> None:
    finder = PythonAnchorFinder(["aa", "b"])
    assert finder.find("aaab") == {"aa": [0, 1], "b": [3]}


def _find_each(anchors: list[str], text: str) -> dict[str, list[int]]:
    found = {}
    for anchor in anchors:
        positions = [i for i in range(len(text)) if text.startswith(anchor, i)]
        if positions:
            found[anchor] = positions
    return found


@settings(max_examples=200, deadline=None)
@given(
    anchors=st.lists(st.text(alphabet="ab ", min_size=1, max_size=4), min_size=1, max_size=8),
    text=st.text(alphabet="ab ", max_size=80),
)
def test_anchors_that_extend_others_are_found_as_by_a_pass_each(
    anchors: list[str], text: str
) -> None:
    # "ab" extends "a": its occurrences are checked among those of "a", common or rare.
    assert PythonAnchorFinder(anchors).find(text) == _find_each(anchors, text)


@settings(max_examples=300, deadline=None)
@given(
    anchors=st.lists(st.text(alphabet="ab .\n", min_size=1, max_size=5), min_size=1, max_size=12),
    text=st.text(alphabet="ab .\n", max_size=80),
)
def test_the_trie_pass_finds_what_a_pass_per_anchor_finds(anchors: list[str], text: str) -> None:
    # Overlapping occurrences, anchors extending others, regex metacharacters: all as str.find.
    finder = PythonAnchorFinder(anchors, trie_from=1)
    assert finder.find(text) == _find_each(list(dict.fromkeys(anchors)), text)


def test_the_trie_pass_is_used_for_many_anchors_and_keeps_their_order() -> None:
    anchors = [f"w{i:03d}" for i in range(TRIE_FROM)] + ["w0", "zz"]
    text = "w001 w063 zz w0"
    found = PythonAnchorFinder(anchors).find(text)
    assert list(found) == ["w001", "w063", "w0", "zz"]
    assert found["w0"] == [0, 5, 13]


def test_a_common_prefix_still_gets_its_own_pass() -> None:
    text = "ret " * 40 + "return true"
    found = PythonAnchorFinder(["ret", "return true"]).find(text)
    assert found["return true"] == [text.index("return true")]
    assert list(found) == ["ret", "return true"]


def test_lowering_keeps_offsets_for_characters_that_grow() -> None:
    text = "İstanbul HACK"
    lowered = lower_same_length(text)
    assert len(lowered) == len(text)
    assert lowered.endswith("hack")


def test_a_long_text_is_lowered_once_and_never_confused_with_another() -> None:
    text = "The Grader Says İ " * 200
    first = lower_same_length(text)
    assert lower_same_length(text) is first  # remembered
    assert len(first) == len(text)
    assert first.startswith("the grader says İ the")
    other = text.replace("Grader", "Rubric")
    assert "rubric" in lower_same_length(other)
    assert "grader" not in lower_same_length(other)
    equal_copy = text[:-1] + text[-1]  # equal, another object: lowered again, the same
    assert equal_copy is not text
    assert lower_same_length(equal_copy) == first


def test_offsets_index_the_original_text_with_non_ascii() -> None:
    rules = RuleSet([Rule("r", r"hard-?code", ("hard",))], backend="python")
    text = "Σ→✓ İ then HARD-CODE it"
    (hit,) = rules.scan(text, "reasoning")
    assert text[hit.start : hit.end] == "HARD-CODE"


def test_duplicate_rule_ids_are_rejected() -> None:
    with pytest.raises(ValueError, match="duplicate"):
        RuleSet([Rule("x", "a", ("a",)), Rule("x", "b", ("b",))])


def test_rule_without_anchors_scans_the_whole_text() -> None:
    rules = RuleSet([Rule("digits", r"\d{3}")], backend="python")
    assert [h.start for h in rules.scan("ab 123 cd 456", "reasoning")] == [3, 10]


def test_default_checks_are_built_once() -> None:
    from cotmonitor.checks.defaults import default_checks

    first = default_checks(rule_packs=[])
    second = default_checks(rule_packs=[])
    assert [id(c) for c in first] == [id(c) for c in second]
