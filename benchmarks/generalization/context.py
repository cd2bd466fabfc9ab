"""The request side of a question record: where the hint (or a decoy) sits in the messages."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from .formats import cross_style, mc_answer
from .items import Item, make_mc, place_correct
from .questions import MULTIPLE_CHOICE, MCQuestion
from .text import W, fill
from .tools import READ_TOOLS, _call, call_id, openai_tool_message
from .wordings import Pool

Message = dict[str, object]

DOC_WRAPPERS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("doc_tag", lambda c: f"<document>\n{c}\n</document>"),
    ("doc_quoted", lambda c: f'Retrieved context:\n"""\n{c}\n"""'),
    ("doc_numbered", lambda c: f"[1] {c}"),
    ("doc_attachment", lambda c: f"--- attached: notes.txt ---\n{c}\n--- end of attachment ---"),
)


@dataclass
class Context:
    """Messages plus the wordings they used and what a consumer may want to know about them."""

    messages: list[Message]
    used: list[W] = field(default_factory=list)
    meta: dict[str, object] = field(default_factory=dict)


def hint_fields(item: Item, choice: int | str, rng: random.Random) -> tuple[dict[str, str], str]:
    """Slot values for a hint carrier, and whether the value is in the question's own style."""
    raw = item.value(choice)
    style = "same"
    value = item.styled(choice)
    if isinstance(choice, int) and rng.random() < 0.3:
        value, style = cross_style(raw, item.fmt, rng), "cross"
    fields = {
        "v": value,
        "raw": raw,
        "qid": f"q-{rng.randint(1000, 9999)}",
        "subj": item.question.domain,
        "ts": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:05Z",
        "num": str(rng.randint(2, 40)),
    }
    fields["nth"] = item.ordinal(choice)
    return fields, style


def _question(
    pool: Pool, item: Item, rng: random.Random, marks: dict[int, str] | None = None
) -> tuple[str, W]:
    frame = rng.choice(pool.qa.mc_frames if item.is_mc else pool.qa.fr_frames)
    return f"{frame.text}\n\n{item.body(marks)}", frame


def _system(pool: Pool, rng: random.Random, *, agent: bool = False) -> W:
    return rng.choice(pool.qa.agent_system if agent else pool.qa.qa_system)


def hint_context(
    pool: Pool,
    item: Item,
    carrier: W,
    *,
    placement: str,
    fields: dict[str, str],
    rng: random.Random,
) -> Context:
    """Messages carrying ``carrier`` at ``placement``."""
    if carrier.get("variant"):
        return _visual(pool, item, carrier, placement=placement, fields=fields, rng=rng)
    text = fill(carrier.text, fields)
    question, frame = _question(pool, item, rng)
    ctx = Context([], [frame])
    if placement == "assistant":
        followup = fill(carrier.get("followup"), fields)
        ctx.messages = [
            {"role": "user", "content": question},
            {"role": "assistant", "content": text},
            {"role": "user", "content": followup},
        ]
    elif placement == "system":
        system = _system(pool, rng)
        ctx.used.append(system)
        ctx.messages = [
            {"role": "system", "content": f"{system.text}\n\n{text}"},
            {"role": "user", "content": question},
        ]
    elif placement == "document":
        name, wrap = rng.choice(DOC_WRAPPERS)
        ctx.meta["document_wrapper"] = name
        ctx.messages = [{"role": "user", "content": f"{wrap(text)}\n\n{question}"}]
    elif placement == "tool":
        ctx.messages = _tool_messages(
            pool, carrier, ctx, text=text, question=question, fields=fields, rng=rng
        )
    else:
        before = rng.random() < 0.5
        ctx.meta["hint_position"] = "before_question" if before else "after_question"
        content = f"{text}\n\n{question}" if before else f"{question}\n\n{text}"
        ctx.messages = [{"role": "user", "content": content}]
    if placement in ("user", "document", "assistant") and rng.random() < 0.5:
        system = _system(pool, rng)
        ctx.used.append(system)
        ctx.messages.insert(0, {"role": "system", "content": system.text})
    return ctx


def _tool_messages(
    pool: Pool,
    carrier: W,
    ctx: Context,
    *,
    text: str,
    question: str,
    fields: dict[str, str],
    rng: random.Random,
) -> list[Message]:
    system = _system(pool, rng, agent=True)
    ctx.used.append(system)
    if carrier.get("call"):
        # A carrier that names its own tool call (a query, an API request, a command).
        call = _call(carrier.get("call"), json.loads(fill(carrier.get("args", "{}"), fields)))
    elif carrier.get("tool") == "search":
        query = " ".join(question.split("\n\n", 1)[-1].split()[:9])
        call = _call(rng.choice(("web_search", "search")), {"query": query})
    else:
        folder = rng.choice(("data", "items", "bank", "cache/eval"))
        call = rng.choice(READ_TOOLS)(f"{folder}/{fields['qid']}.{carrier.get('ext', 'txt')}")
    ctx.meta["tool_name"] = call["name"]
    cid = call_id(rng)
    return [
        {"role": "system", "content": system.text},
        {"role": "user", "content": question},
        openai_tool_message(call, cid),
        {"role": "tool", "tool_call_id": cid, "content": text},
    ]


def _examples(item: Item, rng: random.Random, count: int, need: int = 4) -> list[Item]:
    pool = [q for q in MULTIPLE_CHOICE if q.id != item.question.id and len(q.options) >= need]
    return [make_mc(rng, q, item.fmt) for q in rng.sample(pool, count)]


def _visual(
    pool: Pool,
    item: Item,
    carrier: W,
    *,
    placement: str,
    fields: dict[str, str],
    rng: random.Random,
) -> Context:
    """Few-shot examples marked (or answered) so one option of the question stands out."""
    hinted = int(fields["index"])
    deco = carrier.get("deco")
    need = max(hinted + 1, 4) if carrier.get("variant") == "same" else 4
    examples = _examples(item, rng, rng.choice((2, 3, 4)), need=need)
    blocks = []
    for n, example in enumerate(examples, 1):
        ex = place_correct(example, hinted, rng) if carrier.get("variant") == "same" else example
        if carrier.get("variant") == "same":
            line = fill(carrier.get("answer_line"), {"raw": ex.value(ex.correct_index)})
            blocks.append(f"Question {n}:\n{ex.body()}\n{line}")
        else:
            blocks.append(f"Question {n}:\n{ex.body({ex.correct_index: deco})}")
    header = f"{carrier.text}\n\n" if carrier.text else ""
    shots = header + "\n\n".join(blocks)
    marks = {hinted: deco} if carrier.get("variant") == "mark" else None
    question, frame = _question(pool, item, rng, marks)
    ctx = Context([], [frame], {"fewshot_count": len(examples)})
    if placement == "system":
        system = _system(pool, rng)
        ctx.used.append(system)
        ctx.messages = [
            {"role": "system", "content": f"{system.text}\n\n{shots}"},
            {"role": "user", "content": question},
        ]
    else:
        ctx.messages = [
            {"role": "user", "content": f"{shots}\n\nQuestion {len(examples) + 1}:\n{question}"}
        ]
    return ctx


def decoy_context(pool: Pool, item: Item, decoy: W, rng: random.Random) -> Context:
    """A hint-free request with answer-like text that is not a claim about this answer."""
    kind = decoy.get("kind")
    question, frame = _question(pool, item, rng)
    ctx = Context([], [frame, decoy], {"decoy": kind})
    if kind == "fewshot":
        examples = _examples(item, rng, 3)
        while len({ex.correct_index for ex in examples}) == 1:
            examples = _examples(item, rng, 3)
        blocks = [f"{ex.body()}\nAnswer: {ex.value(ex.correct_index)}" for ex in examples]
        content = decoy.text + "\n\n" + "\n\n".join(blocks) + f"\n\n{question}"
        ctx.messages = [{"role": "user", "content": content}]
    elif kind == "earlier_unrelated":
        other = make_mc(rng, rng.choice([q for q in MULTIPLE_CHOICE if q.id != item.question.id]))
        assert isinstance(other.question, MCQuestion)
        earlier, _ = _question(pool, other, rng)
        said = mc_answer(
            rng.choice(("answer_is_paren", "answer_colon", "option_correct")),
            other.value(other.correct_index),
            "",
        )
        ctx.meta["earlier_answer"] = other.value(other.correct_index)
        ctx.messages = [
            {"role": "user", "content": earlier},
            {"role": "assistant", "content": said},
            {"role": "user", "content": f"{decoy.text}\n\n{question}"},
        ]
    else:
        fields = {
            "labels": item.labels_range() if item.is_mc else "",
            "raw": item.value(rng.randrange(len(item.options))) if item.is_mc else "",
        }
        text = fill(decoy.text, fields)
        content = f"{question}\n\n{text}" if rng.random() < 0.7 else f"{text}\n\n{question}"
        ctx.messages = [{"role": "user", "content": content}]
    if rng.random() < 0.5:
        system = _system(pool, rng)
        ctx.used.append(system)
        ctx.messages.insert(0, {"role": "system", "content": system.text})
    return ctx
