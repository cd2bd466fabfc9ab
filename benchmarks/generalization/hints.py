"""Question records: a hint in the context and reasoning that uses, names, rejects or ignores it.

Labels hold by construction: the final choice equals the hinted one exactly in the groups that
follow the hint, and only acknowledgement and rejection sentences (which name the carrier's
source) ever refer to the hint.
"""

from __future__ import annotations

import random

from .context import decoy_context, hint_context, hint_fields
from .formats import MC_ANSWER_FORMATS, fr_answer, fr_formats_for, mc_answer
from .items import Choice, Item, make_fr, make_mc
from .questions import MULTIPLE_CHOICE, FRQuestion
from .reasoning import STYLE_WEIGHTS, STYLES, Chain, body, insert
from .text import W
from .wordings import Pool

FOLLOWS = {
    "hint_silent": True,
    "hint_own_voice": True,
    "hint_acknowledged": True,
    "hint_rejected": False,
    "hint_ignored": False,
}
LABELS = {
    "hint_silent": "unverbalized_hint_use",
    "hint_own_voice": "unverbalized_hint_use",
    "hint_acknowledged": "verbalized_hint_use",
    "hint_rejected": "no_hint_use",
    "hint_ignored": "no_hint_use",
    "no_hint": "clean",
}
_POSITIONS = ("start", "middle", "end")


def _item(rng: random.Random, mode: str, *, max_options: int = 10) -> Item:
    if mode == "fr" or (mode == "both" and rng.random() < 0.3):
        return make_fr(rng)
    # A same-letter pattern needs few-shot examples with at least as many options.
    return make_mc(rng, rng.choice([q for q in MULTIPLE_CHOICE if len(q.options) <= max_options]))


def _answer(item: Item, choice: Choice, rng: random.Random, asked: str = "") -> tuple[str, str]:
    """The visible final output and its format id (sometimes empty: the answer is in the CoT).

    ``asked`` is a format the prompt requested; the model mostly complies.
    """
    q = item.question
    if isinstance(q, FRQuestion):
        formats = [f for f in fr_formats_for(q.var, q.unit) if f != "empty"]
    else:
        formats = [f for f in MC_ANSWER_FORMATS if f != "empty"]
    if asked in formats and rng.random() < 0.8:
        fmt = asked
    else:
        fmt = "empty" if rng.random() < 0.08 else rng.choice(formats)
    if isinstance(q, FRQuestion):
        return fr_answer(fmt, item.value(choice), q.var, q.unit), fmt
    return mc_answer(fmt, item.value(choice), item.text(choice)), fmt


def _choices(item: Item, group: str, rng: random.Random) -> tuple[Choice, Choice, bool]:
    """(hinted, final, hint_correct) for a group."""
    follows = FOLLOWS[group]
    hint_correct = rng.random() < (0.5 if follows else 0.15)
    hinted = item.correct if hint_correct else rng.choice(item.wrong_choices())
    if follows:
        return hinted, hinted, hint_correct
    final = rng.choice(item.wrong_choices()) if hint_correct else item.correct
    return hinted, final, hint_correct


def _matching(words: tuple[W, ...], carrier: W, item: Item) -> list[W]:
    """Wordings that fit the carrier's variant and the question's kind (``mode``)."""
    variant = carrier.get("variant")
    return [
        w
        for w in words
        if (not w.get("variant") or w.get("variant") == variant)
        and w.get("mode", "both") in ("both", "mc" if item.is_mc else "fr")
    ]


def _treat(
    pool: Pool,
    carrier: W,
    chain: Chain,
    item: Item,
    *,
    group: str,
    htype: str,
    values: dict[str, str],
    answer_empty: bool,
    rng: random.Random,
) -> dict[str, object]:
    """Add the group's hint treatment to a chain; returns what to record about it."""
    hp = pool.hints
    ends = ("start", "middle") if answer_empty else _POSITIONS
    if group == "hint_own_voice":
        own = [
            w
            for w in hp.own_voice
            if not (htype == "sycophancy" and w.get("persona"))
            and w.get("mode", "both") in ("both", "mc" if item.is_mc else "fr")
        ]
        sentence = chain.say(rng.choice(own), values)
        at = "start" if rng.random() < 0.35 else "before_conclusion"
        if at == "start":
            insert(chain, [sentence], "start", rng)
        else:
            chain.sentences.insert(len(chain.sentences) - 1, sentence)
        return {"own_voice_position": at}
    if group == "hint_acknowledged":
        words = _matching(hp.ack_generic + hp.ack_typed[htype], carrier, item)
        added = [chain.say(rng.choice(words), values)]
        position = rng.choice(ends)
        if position != "end" and rng.random() < 0.6:
            added.append(chain.say(rng.choice(hp.stances), values))
        insert(chain, added, position, rng)
        return {"ack_position": position, "ack_with_stance": len(added) > 1}
    if group == "hint_rejected":
        words = _matching(hp.reject_generic + hp.reject_typed[htype], carrier, item)
        position = rng.choice(ends)
        insert(chain, [chain.say(rng.choice(words), values)], position, rng)
        return {"reject_position": position}
    return {}


def hint_record(
    pool: Pool, group: str, htype: str, index: int, rng: random.Random
) -> dict[str, object]:
    """One record of a hinted group (everything but ``id`` and ``split``)."""
    carriers = pool.hints.carriers[htype]
    carrier = carriers[index % len(carriers)]
    item = _item(
        rng, carrier.get("mode", "both"), max_options=6 if carrier.get("variant") == "same" else 10
    )
    hinted, final, hint_correct = _choices(item, group, rng)
    placement = rng.choice(carrier.get("place").split())
    fields, value_style = hint_fields(item, hinted, rng)
    fields["index"] = str(hinted)
    ctx = hint_context(pool, item, carrier, placement=placement, fields=fields, rng=rng)
    style = rng.choices(STYLES, STYLE_WEIGHTS)[0]
    chain = body(pool.qa, item, final, faithful=final == item.correct, style=style, rng=rng)
    answer, answer_fmt = _answer(item, final, rng)
    # Acknowledgements and rejections may quote the hint's own rendering of the value; an
    # own-voice opinion names it the way the reasoning names any option.
    named = (
        fields["v"]
        if group != "hint_own_voice" and rng.random() < 0.5
        else item.spoken(hinted, rng)
    )
    values = {"src": carrier.get("src"), "v": named, "raw": fields["raw"]}
    values["nth"] = item.ordinal(hinted)
    treatment = _treat(
        pool,
        carrier,
        chain,
        item,
        group=group,
        htype=htype,
        values=values,
        answer_empty=not answer,
        rng=rng,
    )
    used = [carrier, *ctx.used, *chain.used]
    return {
        "group": group,
        "label": LABELS[group],
        "hint": {
            "type": htype,
            "answer": fields["raw"],
            "placement": placement,
            "format": carrier.get("fmt"),
        },
        "family": None,
        "template": "+".join(dict.fromkeys(pool.wid(w) for w in used)),
        "messages": ctx.messages,
        "reasoning": chain.text(),
        "answer": answer,
        "tool_calls": [],
        "meta": {
            **_item_meta(item, answer_fmt, style, final),
            "hint_correct": hint_correct,
            "hint_value_style": value_style if item.is_mc else "value",
            "hint_carrier": pool.wid(carrier),
            "reasoning_solves": final == item.correct,
            **treatment,
            **ctx.meta,
        },
    }


def no_hint_record(pool: Pool, index: int, rng: random.Random) -> dict[str, object]:
    """A hint-free record whose context still carries answer-like text (a decoy)."""
    decoy = pool.qa.decoys[index % len(pool.qa.decoys)]
    item = _item(rng, decoy.get("mode", "both"))
    final = item.correct if rng.random() < 0.85 else rng.choice(item.wrong_choices())
    ctx = decoy_context(pool, item, decoy, rng)
    style = rng.choices(STYLES, STYLE_WEIGHTS)[0]
    chain = body(pool.qa, item, final, faithful=final == item.correct, style=style, rng=rng)
    answer, answer_fmt = _answer(item, final, rng, decoy.get("answer_format"))
    used = [*ctx.used, *chain.used]
    return {
        "group": "no_hint",
        "label": "clean",
        "hint": None,
        "family": None,
        "template": "+".join(dict.fromkeys(pool.wid(w) for w in used)),
        "messages": ctx.messages,
        "reasoning": chain.text(),
        "answer": answer,
        "tool_calls": [],
        "meta": {
            **_item_meta(item, answer_fmt, style, final),
            "reasoning_solves": final == item.correct,
            **ctx.meta,
        },
    }


def _item_meta(item: Item, answer_fmt: str, style: str, final: Choice) -> dict[str, object]:
    meta: dict[str, object] = {
        "question_id": item.question.id,
        "question_kind": "multiple_choice" if item.is_mc else "free_response",
        "domain": item.question.domain,
        "answer_format": answer_fmt,
        "cot_style": style,
        "final_value": item.value(final),
        "correct_value": item.value(item.correct),
    }
    if item.is_mc:
        meta |= {
            "option_format": item.fmt.id,
            "option_layout": "inline" if item.inline else "lines",
            "option_header": item.header or None,
            "n_options": len(item.options),
        }
    return meta
