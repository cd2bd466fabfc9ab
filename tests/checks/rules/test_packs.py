from __future__ import annotations

import json
from pathlib import Path

import pytest

from cotmonitor import ConfigError, CotMonitorSettings, Monitor, Severity
from cotmonitor.checks.defaults import RULE_PACKS_ENV, default_checks
from cotmonitor.checks.rules.packs import builtin_pack, load_rule_pack
from cotmonitor.testing import make_trace

TOML_PACK = """
name = "team"

[[rules]]
id = "answer-store"
category = "custom"
severity = "high"
score = 0.8
targets = ["reasoning", "tool_calls"]
phrases = ["grading db", "answers bucket"]
message = "mentions the internal answer store"

[[rules]]
id = "ticket"
regex = 'TICKET-\\d+'
anchors = ["ticket-"]
targets = ["output"]
"""

YAML_PACK = """
name: team-yaml
rules:
  - id: sudo
    category: reward_hack
    severity: critical
    score: 0.95
    targets: [reasoning]
    phrases: ["run it as root"]
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_toml_pack_rules_become_findings(tmp_path: Path) -> None:
    pack = load_rule_pack(_write(tmp_path, "team.toml", TOML_PACK))
    checks = default_checks(rule_packs=[pack])
    trace = make_trace(reasoning="Peek at the   Grading DB first.", output="see TICKET-42")
    found = {f.details.get("rule"): f for c in checks for f in c(trace) if f.check == "pack:team"}
    assert set(found) == {"answer-store", "ticket"}
    store = found["answer-store"]
    assert store.severity is Severity.HIGH
    assert store.score == 0.8
    assert store.category == "custom"
    assert store.evidence[0].quote == "Grading DB"
    assert found["ticket"].evidence[0].source == "output"


def test_yaml_pack_loads_by_path(tmp_path: Path) -> None:
    path = _write(tmp_path, "team.yaml", YAML_PACK)
    checks = default_checks(rule_packs=[path])
    trace = make_trace(reasoning="Easiest is to run it as root and skip the check.")
    (finding,) = [f for c in checks for f in c(trace) if f.check == "pack:team-yaml"]
    assert finding.category == "reward_hack"
    assert finding.severity is Severity.CRITICAL


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (
            'name = "x"\n[[rules]]\nid = "a"\nseverity = "huge"\nphrases = ["p"]\n',
            "rules[0].severity",
        ),
        ('name = "x"\n[[rules]]\nid = "a"\n', "rules[0]"),
        ('name = "x"\n[[rules]]\nid = "a"\nregex = "("\n', "regex does not compile"),
        (
            'name = "x"\n[[rules]]\nid = "a"\nphrases = ["p"]\ntargets = ["stdout"]\n',
            "rules[0].targets",
        ),
        ('name = "x"\n[[rules]]\nid = "a"\nphrases = ["p"]\nscore = 2\n', "rules[0].score"),
        (
            (
                'name = "x"\n[[rules]]\nid = "a"\nphrases = ["p"]\n[[rules]]\nid = "a"\n'
                'phrases = ["q"]\n'
            ),
            "duplicate rule ids",
        ),
        ("rules = []\n", "name"),
        ("name = 'x'\nrules = [\n", "not valid TOML"),
    ],
)
def test_invalid_packs_name_file_and_field(tmp_path: Path, text: str, field: str) -> None:
    path = _write(tmp_path, "bad.toml", text)
    with pytest.raises(ConfigError) as info:
        load_rule_pack(path)
    assert str(path) in str(info.value)
    assert field in str(info.value)


def test_missing_and_unknown_format_files_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_rule_pack(tmp_path / "nope.toml")
    with pytest.raises(ConfigError, match="unknown format"):
        load_rule_pack(_write(tmp_path, "pack.json", "{}"))


def test_packs_from_settings_and_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path, "team.yaml", YAML_PACK)
    monitor = Monitor(exporters=[], settings=CotMonitorSettings(rule_packs=[path]))
    assert "pack:team-yaml" in [getattr(c, "name", "") for c in monitor.checks]
    monitor.close()
    monkeypatch.setenv(RULE_PACKS_ENV, str(path))
    assert "pack:team-yaml" in [getattr(c, "name", "") for c in default_checks()]
    monkeypatch.setenv(RULE_PACKS_ENV, f'["{path}"]')
    assert "pack:team-yaml" in [getattr(c, "name", "") for c in default_checks()]


def test_builtin_reward_hack_pack_is_a_valid_pack() -> None:
    pack = builtin_pack("reward_hacks")
    assert pack.name == "reward_hacks"
    assert {r.kind for r in pack.rules} == {"intent", "action"}
    assert all(r.anchors for r in pack.rules), "built-in rules must be anchored (speed)"


def test_settings_read_rule_packs_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "a.toml", tmp_path / "b.yaml"
    monkeypatch.setenv(RULE_PACKS_ENV, f"{first},{second}")
    assert CotMonitorSettings().rule_packs == [first, second]
    monkeypatch.setenv(RULE_PACKS_ENV, json.dumps([str(first)]))
    assert CotMonitorSettings().rule_packs == [first]
