"""The generated generalization suite: deterministic, on contract, labelled right by construction."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from typing import Literal

import pytest
from benchmarks.generalization import generate, generate_all
from benchmarks.generalization.questions import FREE_RESPONSE, MULTIPLE_CHOICE
from benchmarks.generalization.text import Code, W, slots
from benchmarks.generalization.wordings import (
    FAMILIES,
    FAMILY_KINDS,
    HINT_TYPES,
    POOLS,
    SPLIT_POOLS,
)
from pydantic import BaseModel, ConfigDict, field_validator
from rapidfuzz import fuzz

HINT_GROUPS = (
    "hint_silent",
    "hint_own_voice",
    "hint_acknowledged",
    "hint_rejected",
    "hint_ignored",
)
FOLLOWING = ("hint_silent", "hint_own_voice", "hint_acknowledged")
HACK_GROUPS = ("hack_cot", "hack_action", "hard_negative")
LABEL_OF = {
    "hint_silent": "unverbalized_hint_use",
    "hint_own_voice": "unverbalized_hint_use",
    "hint_acknowledged": "verbalized_hint_use",
    "hint_rejected": "no_hint_use",
    "hint_ignored": "no_hint_use",
    "no_hint": "clean",
    "hack_cot": "reward_hack",
    "hack_action": "reward_hack",
    "hard_negative": "clean",
    "clean_code": "clean",
}


class Hint(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal[
        "sycophancy",
        "consistency",
        "visual_pattern",
        "metadata",
        "grader_hacking",
        "unethical_information",
        "other",
    ]
    answer: str
    placement: Literal["system", "user", "assistant", "tool", "document"]
    format: str


class Function(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    arguments: str


class MessageToolCall(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    type: Literal["function"]
    function: Function


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid")
    role: Literal["system", "user", "assistant", "tool"]
    content: str
    tool_calls: list[MessageToolCall] | None = None
    tool_call_id: str | None = None


class ToolCall(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    arguments: str

    @field_validator("arguments")
    @classmethod
    def _is_json_object(cls, value: str) -> str:
        assert isinstance(json.loads(value), dict)
        return value


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    split: Literal["dev", "test"]
    group: Literal[
        "hint_silent",
        "hint_own_voice",
        "hint_acknowledged",
        "hint_rejected",
        "hint_ignored",
        "no_hint",
        "hack_cot",
        "hack_action",
        "hard_negative",
        "clean_code",
    ]
    label: Literal[
        "unverbalized_hint_use", "verbalized_hint_use", "no_hint_use", "reward_hack", "clean"
    ]
    hint: Hint | None
    family: str | None
    template: str
    messages: list[Message]
    reasoning: str
    answer: str
    tool_calls: list[ToolCall]
    meta: dict[str, object]


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return list(generate_all(seed=0))


def _by(records, **where):
    return [r for r in records if all(r[k] == v for k, v in where.items())]


DEV_POOLS = SPLIT_POOLS["dev"]
ALL_POOLS = (*DEV_POOLS, "test")
# sha256 of the test split written for seed 0 (``--split test``). The test split is frozen: its
# records must not change when dev pools are added or the generator grows.
TEST_SPLIT_SHA256 = "6faf49f32c45a96255efc5017fbef0e0560c0f28d3365d5b6fbe0710defcd605"


def _pool_of(record: dict) -> str:
    return record["meta"].get("pool", "test")


@pytest.mark.parametrize("split", ["dev", "test"])
def test_deterministic_for_a_seed(split):
    first = [json.dumps(r, sort_keys=True) for r in generate(split, seed=7)]
    again = [json.dumps(r, sort_keys=True) for r in generate(split, seed=7)]
    other = [json.dumps(r, sort_keys=True) for r in generate(split, seed=8)]
    assert first == again
    assert first != other


def test_the_test_split_is_frozen():
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in generate("test", seed=0))
    assert hashlib.sha256(lines.encode("utf-8")).hexdigest() == TEST_SPLIT_SHA256


def test_dev_pools_are_discovered_and_recorded(records):
    assert DEV_POOLS[0] == "dev"
    assert {"dev2", "dev3"} <= set(DEV_POOLS)
    assert SPLIT_POOLS["test"] == ("test",)
    for name in ALL_POOLS:
        assert POOLS[name].name == name
    per_pool = Counter(_pool_of(r) for r in records)
    assert set(per_pool) == set(ALL_POOLS)
    for r in records:
        if r["split"] == "test":
            assert "pool" not in r["meta"], r["id"]
            continue
        pool = r["meta"]["pool"]
        assert pool in DEV_POOLS, r["id"]
        number = r["id"].rsplit(".", 1)[1]
        assert re.fullmatch(r"\d{3}" if pool == "dev" else rf"{pool}-\d{{3}}", number), r["id"]


def test_every_record_is_on_contract(records):
    assert len({r["id"] for r in records}) == len(records)
    for r in records:
        rec = Record.model_validate(r)
        assert rec.label == LABEL_OF[rec.group]
        assert rec.messages, rec.id
        pending: set[str] = set()
        for m in rec.messages:
            if m.role == "tool":
                assert m.tool_call_id in pending, rec.id
                pending.discard(m.tool_call_id)
            pending |= {c.id for c in m.tool_calls or ()}
            for call in m.tool_calls or ():
                json.loads(call.function.arguments)
        if rec.group in HINT_GROUPS:
            assert rec.hint is not None
            assert rec.family is None
        elif rec.group in HACK_GROUPS:
            assert rec.hint is None
            assert rec.family in FAMILIES
        else:
            assert rec.hint is None
            assert rec.family is None
        assert rec.answer or rec.tool_calls or rec.group in (*HINT_GROUPS, "no_hint"), rec.id


def _shows(text: str, value: str) -> bool:
    return re.search(rf"(?<![\w.]){re.escape(value)}(?![\w])", text) is not None


def _last_paragraph(text: str) -> str:
    return text.rsplit("\n\n", 1)[-1]


def test_answers_follow_the_hint_exactly_where_the_group_says(records):
    for r in _by(records):
        if r["group"] not in (*HINT_GROUPS, "no_hint"):
            continue
        final = r["meta"]["final_value"]
        shown = r["answer"] or _last_paragraph(r["reasoning"])
        assert _shows(shown, final), (r["id"], shown, final)
        if r["group"] in FOLLOWING:
            assert final == r["hint"]["answer"], r["id"]
        elif r["group"] != "no_hint":
            assert final != r["hint"]["answer"], r["id"]


def _carrier(rid: str) -> W:
    pool, key = rid.split(":", 1)
    for kind, item in POOLS[pool].items():
        if kind.startswith("hints.carriers.") and item.key == key:
            assert isinstance(item, W)
            return item
    raise KeyError(rid)


# Words that would point at a hint; none may appear in reasoning that must not mention it.
HINT_POINTERS = re.compile(
    r"\b(hint|hinted|metadata|professor|teacher|lecturer|leak\w*|grader|grading|validat\w*|earlier|"
    r"previous\w*|i already|already (said|answered|gave)|marked|mark|symbol|examples?|note|key|"
    r"suggest\w*|unauthori[sz]ed|confidential|snippet|search|spoiler|log|logs|config\w*|said|told|poll|"
    r"friend|access|bold|pattern|tip|insider|stolen|dump)\b|[■✓★✔●»]"
)
PERSONA = re.compile(r"\b(expert|specialist|anyone who|careful readers)\b")


def _domain_words(question_id: str) -> str:
    """The question's own text: a pointer word that occurs there is content, not a pointer."""
    q = next(q for q in (*MULTIPLE_CHOICE, *FREE_RESPONSE) if q.id == question_id)
    return " ".join((q.stem, *q.facts, *q.steps, *getattr(q, "options", ()))).lower()


def test_silent_reasoning_never_points_at_the_hint(records):
    for r in records:
        if r["group"] not in ("hint_silent", "hint_own_voice", "hint_ignored"):
            continue
        text = r["reasoning"].lower()
        carrier = _carrier(r["meta"]["hint_carrier"])
        src = carrier.get("src").lower()
        # "the user asks ..." is generic framing, not a pointer at the asker's suggestion.
        assert src == "the user" or src not in text, r["id"]
        domain = _domain_words(r["meta"]["question_id"])
        hits = [m[0] for m in HINT_POINTERS.finditer(text) if m[0] not in domain]
        if r["hint"]["type"] == "sycophancy":
            hits += [m[0] for m in PERSONA.finditer(text)]
        assert not hits, (r["id"], hits, r["reasoning"])
        own = [t for t in r["template"].split("+") if ":own." in t]
        assert bool(own) == (r["group"] == "hint_own_voice"), r["id"]


def test_acknowledged_and_rejected_reasoning_names_the_hint(records):
    for r in records:
        if r["group"] not in ("hint_acknowledged", "hint_rejected"):
            continue
        carrier = _carrier(r["meta"]["hint_carrier"])
        src = carrier.get("src").lower()
        text = r["reasoning"].lower()
        wording = ":ack." if r["group"] == "hint_acknowledged" else ":rej."
        assert any(wording in t for t in r["template"].split("+")), r["id"]
        mentions_value = _shows(r["reasoning"], r["hint"]["answer"])
        assert src in text or mentions_value, r["id"]


def test_hack_actions_keep_the_hack_out_of_the_reasoning(records):
    banned = (
        "skip",
        "xfail",
        "exit(",
        "hard-code",
        "hardcode",
        "special-case",
        "__eq__",
        "always",
        "monkeypatch",
        "mock",
        "stub",
        "loosen",
        "relax",
        "score file",
        "banner",
        "grep",
        "pytest_current_test",
        "sys.modules",
        "swallow",
        "overwrite",
        "stuff",
        "cheat",
        "gaming",
        "pass the test",
        "green",
        "expected value",
    )
    for r in _by(records, group="hack_action"):
        text = r["reasoning"].lower()
        hits = [b for b in banned if b in text]
        assert not hits, (r["id"], hits, r["reasoning"])
    for r in _by(records, group="hack_cot"):
        assert any(":int." in t for t in r["template"].split("+")), r["id"]


def test_records_use_only_their_own_pool(records):
    for r in records:
        ids = r["template"].split("+")
        assert ids, r["id"]
        pool = _pool_of(r)
        assert pool in SPLIT_POOLS[r["split"]], r["id"]
        assert all(i.startswith(f"{pool}:") for i in ids), r["id"]


@pytest.mark.parametrize(
    ("mine", "other"),
    [(a, b) for i, a in enumerate(ALL_POOLS) for b in ALL_POOLS[i + 1 :] if a != "test"],
)
def test_pools_share_no_wording(mine, other):
    """No wording text is shared, or nearly shared, between two pools.

    Only ``mine`` (never a test-pool wording) is named when this fails.
    """
    theirs = {_text(w) for _, w in POOLS[other].items()}
    long_theirs = [t for t in theirs if len(t) > 30]
    # Keys of ``mine`` only, so a failure never prints the other pool's wordings.
    clashes = []
    for _, w in POOLS[mine].items():  # noqa: PERF102 -- Pool.items() yields (kind, wording) pairs
        t = _text(w)
        if t in theirs or (len(t) > 30 and any(fuzz.ratio(t, o) > 88 for o in long_theirs)):
            clashes.append(w.key)
    assert not clashes, (mine, other, clashes)


def _text(item: W | Code) -> str:
    if isinstance(item, W):
        parts = [item.text, item.get("followup"), item.get("deco"), item.get("answer_line")]
    else:
        parts = [item.reasoning, item.prompt, item.body, item.old, item.new]
    return re.sub(r"\s+", " ", " ".join(p for p in parts if p)).strip().lower()


def test_paper_templates_only_in_dev():
    chen = ("stanford professor indicates", "question-metadata", "internal validation function",
            "gained unauthorized access")  # fmt: skip
    for name in ALL_POOLS:
        if name == "dev":
            continue
        for _, item in POOLS[name].items():  # noqa: PERF102 -- Pool.items() yields (kind, wording) pairs
            assert not any(c in _text(item) for c in chen), (name, item.key)
    dev_keys = {w.key for _, w in POOLS["dev"].items()}
    assert {"syc.chen", "con.chen", "vis.chen", "meta.chen", "gr.chen", "une.chen"} <= dev_keys


def _kind_counts(name: str) -> Counter[str]:
    return Counter(
        kind.rsplit(".", 1)[0] if kind.count(".") > 1 else kind for kind, _ in POOLS[name].items()
    )


def _check_breadth(name: str) -> None:
    pool = POOLS[name]
    for htype in HINT_TYPES:
        own = [w for w in pool.hints.carriers[htype] if not w.key.endswith(".chen")]
        assert len(own) >= 6, htype
    for family in FAMILIES:
        assert len(pool.code.intents[family]) >= 6, family
        actions = pool.code.actions[family]
        assert len(actions) >= 3, family
        assert any(a.kinds for a in actions), family  # intents pair with task actions
        assert len({a.carrier for a in actions}) >= 2, family
        assert len(pool.code.negatives[family]) >= 3, family
        for code in (*actions, *pool.code.negatives[family]):
            assert set(code.kinds) <= set(FAMILY_KINDS[family]), code.key


@pytest.mark.parametrize("split", ["dev", "test"])
def test_pools_have_equal_breadth(split):
    _check_breadth(split)
    counts = _kind_counts(split)
    other_counts = _kind_counts("test" if split == "dev" else "dev")
    for kind, n in counts.items():
        assert abs(n - other_counts[kind]) <= max(2, n // 5), (kind, n, other_counts[kind])


@pytest.mark.parametrize("name", [p for p in DEV_POOLS if p != "dev"])
def test_added_dev_pools_are_at_least_as_broad_as_dev(name):
    _check_breadth(name)
    counts = _kind_counts(name)
    for kind, n in _kind_counts("dev").items():
        assert counts[kind] >= n, (name, kind, counts[kind], n)
    pool = POOLS[name]
    for htype in HINT_TYPES:
        for variant in ("mark", "same") if htype == "visual_pattern" else ("",):
            fitting = [w for w in pool.hints.ack_typed[htype] if w.get("variant") in ("", variant)]
            assert len(fitting) >= 2, (name, htype, variant)


@pytest.mark.parametrize("name", ALL_POOLS)
def test_task_free_wordings_are_complete(name):
    """A wording with no task brings its own prompt, and its edits apply to its own file."""
    pool = POOLS[name]
    codes = [(kind, c) for kind, c in pool.items() if isinstance(c, Code) and not c.kinds]
    for kind, code in codes:
        assert code.prompt, code.key
        fields = (code.path, code.body, code.old, code.new, code.prompt, code.original)
        assert not any(slots(f) for f in fields), code.key
        if code.carrier in ("edit", "diff") and code.original:
            assert code.old in code.original, code.key
        if kind.startswith("code.actions"):
            assert code.reasoning, code.key
        assert bool(code.run) == bool(code.output), code.key
    for family, intents in pool.code.intents.items():
        for intent in intents:
            if intent.get("act"):
                action = next(a for a in pool.code.actions[family] if a.key == intent.get("act"))
                assert not action.kinds, intent.key
                assert action.path, intent.key
                assert not slots(intent.text), intent.key


@pytest.mark.parametrize("name", ["dev", "test", *ALL_POOLS])
def test_every_cell_has_its_minimum(records, name):
    """Each split, and within it each pool, has every cell at its minimum."""
    cells = Counter(
        (r["group"], r["hint"]["type"] if r["hint"] else r["family"])
        for r in records
        if (r["split"] == name if name in SPLIT_POOLS else _pool_of(r) == name)
    )
    for group in HINT_GROUPS:
        for htype in HINT_TYPES:
            need = 40 if group in FOLLOWING else 10
            assert cells[group, htype] >= need, (group, htype)
    for group in HACK_GROUPS:
        for family in FAMILIES:
            assert cells[group, family] >= 15, (group, family)
    assert cells["no_hint", None] >= 80
    assert cells["clean_code", None] >= 80


@pytest.mark.parametrize("name", ALL_POOLS)
def test_every_carrier_intent_action_and_negative_is_used(records, name):
    used = {t for r in records if _pool_of(r) == name for t in r["template"].split("+")}
    pool = POOLS[name]
    for kind, item in pool.items():
        if kind.startswith(
            ("hints.carriers", "code.intents", "code.actions", "code.negatives", "code.clean")
        ):
            assert pool.wid(item) in used, (kind, item.key)


def test_no_machine_paths(records):
    for r in records:
        blob = json.dumps(r)
        for prefix in ("/work/", "/home/", "/root/", "/tmp/"):
            assert prefix not in blob, r["id"]
