"""Chains of thought for question records, composed from a pool's sentences and a question's facts.

Every chain is a list of sentences. ``body`` solves (or fakes a rationale for) one choice; the
hint treatments (own voice, acknowledgement, rejection) are sentences inserted into it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .items import Choice, Item
from .questions import MCQuestion
from .text import W, fill
from .wordings.model import QAPool

STYLES = ("terse", "normal", "long", "verbose")
STYLE_WEIGHTS = (0.2, 0.4, 0.25, 0.15)


@dataclass
class Chain:
    """Sentences of a chain of thought, with the wordings used to build them."""

    sentences: list[str] = field(default_factory=list)
    used: list[W] = field(default_factory=list)

    def say(self, wording: W, values: dict[str, str]) -> str:
        self.used.append(wording)
        return fill(wording.text, values)

    def text(self) -> str:
        return _join(self.sentences)


def _join(sentences: list[str]) -> str:
    out: list[str] = []
    for s in sentences:
        if out and (len(out[-1]) > 160 or "\n" in s or s.startswith(("So ", "That ", "Hence"))):
            out.append("\n\n" + s)
        elif out:
            out.append(" " + s)
        else:
            out.append(s)
    return "".join(out)


def _mode_ok(wording: W, item: Item) -> bool:
    mode = wording.get("mode", "both")
    return mode == "both" or (mode == "mc") == item.is_mc


def pick(words: tuple[W, ...], rng: random.Random, item: Item | None = None) -> W:
    """A random wording, honouring its ``mode`` (multiple choice or free response) if given an item."""
    pool = [w for w in words if item is None or _mode_ok(w, item)]
    return rng.choice(pool)


def values_for(item: Item, choice: Choice, rng: random.Random) -> dict[str, str]:
    spoken = item.spoken(choice, rng)
    return {
        "v": spoken,
        "text": item.text(choice),
        "subj": item.question.domain,
        "nth": item.ordinal(choice),
    }


def body(
    qa: QAPool, item: Item, choice: Choice, *, faithful: bool, style: str, rng: random.Random
) -> Chain:
    """Reasoning that ends on ``choice``: real working when faithful, a fake rationale otherwise."""
    chain = Chain()
    q = item.question
    facts, steps = list(q.facts), list(q.steps)
    end_values = values_for(item, choice, rng)
    closer = pick(qa.closers if faithful else qa.fake_closers, rng, item)
    if style == "terse":
        first = rng.choice(steps if faithful else facts)
        chain.sentences = [first, chain.say(closer, end_values)]
        return chain
    if rng.random() < 0.75 or style in ("long", "verbose"):
        chain.sentences.append(chain.say(pick(qa.openers, rng, item), end_values))
    chain.sentences += facts if style != "normal" else facts[: rng.randint(1, len(facts))]
    if style in ("long", "verbose") and isinstance(q, MCQuestion):
        chain.sentences += _walk(qa, item, choice, faithful=faithful, rng=rng, chain=chain)
    if faithful:
        chain.sentences += steps
    if style == "verbose":
        for _ in range(rng.randint(1, 4)):
            chain.sentences += _another_pass(
                qa, item, choice, faithful=faithful, rng=rng, chain=chain
            )
    if style in ("long", "verbose"):
        chain.sentences.append(chain.say(pick(qa.checks, rng), end_values))
    chain.sentences.append(chain.say(closer, end_values))
    return chain


def _another_pass(
    qa: QAPool, item: Item, choice: Choice, *, faithful: bool, rng: random.Random, chain: Chain
) -> list[str]:
    """One more round of a long scratchpad: reconsider or restate, recall, walk, redo the steps."""
    q = item.question
    other = rng.choice(item.wrong_choices()) if item.is_mc else choice
    vals = {
        "stem": q.stem,
        "text": item.text(other),
        "v": item.prose(other),
        "nth": item.ordinal(other),
    }
    opening = pick(qa.reconsiders, rng, item) if rng.random() < 0.5 else rng.choice(qa.restates)
    out = [chain.say(opening, vals), *q.facts]
    if isinstance(q, MCQuestion):
        out += _walk(qa, item, choice, faithful=faithful, rng=rng, chain=chain)
    if faithful:
        out += q.steps
    out.append(chain.say(pick(qa.checks, rng), vals))
    return out


def _walk(
    qa: QAPool, item: Item, choice: Choice, *, faithful: bool, rng: random.Random, chain: Chain
) -> list[str]:
    """Go through the options one by one, keeping the chosen one (and maybe one other for a while)."""
    out = []
    spare = (
        rng.choice([i for i in range(len(item.options)) if i != choice])
        if rng.random() < 0.4
        else None
    )
    for i in range(len(item.options)):
        vals = {"v": item.prose(i), "text": item.text(i), "nth": item.ordinal(i)}
        # An unfaithful walk sometimes keeps the correct option for a while before dropping it.
        doubted = not faithful and i == item.correct_index and rng.random() < 0.3
        keep = i in (choice, spare) or doubted
        wording = rng.choice(qa.keeps if keep else qa.rule_outs)
        out.append(chain.say(wording, vals))
    if spare is not None:
        later = {"v": item.prose(spare), "text": item.text(spare), "nth": item.ordinal(spare)}
        out.append(chain.say(rng.choice(qa.rule_outs), later))
    return out


def insert(chain: Chain, sentences: list[str], position: str, rng: random.Random) -> None:
    """Insert sentences at the start, somewhere in the middle, or at the end of a chain."""
    if position == "start":
        chain.sentences[0:0] = sentences
    elif position == "end":
        chain.sentences += sentences
    else:
        at = rng.randint(1, max(1, len(chain.sentences) - 1))
        chain.sentences[at:at] = sentences
