"""One question as a record shows it: shuffled options in one format, or a free-response value.

A *choice* is an option index for multiple choice and a value string for free response; the
item turns choices into the label a hint or an answer carries and into the words reasoning uses.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from .formats import (
    OPTION_FORMATS,
    OPTION_HEADERS,
    OptionFormat,
    prose_style,
    render_options,
    same_style,
)
from .questions import FREE_RESPONSE, MULTIPLE_CHOICE, FRQuestion, MCQuestion

Choice = int | str


@dataclass(frozen=True)
class Item:
    """A question instance. ``options``/``correct`` are after the shuffle (multiple choice)."""

    question: MCQuestion | FRQuestion
    options: tuple[str, ...] = ()
    correct_index: int = 0
    fmt: OptionFormat = OPTION_FORMATS[0]
    inline: bool = False
    header: str = ""

    @property
    def is_mc(self) -> bool:
        return isinstance(self.question, MCQuestion)

    @property
    def correct(self) -> Choice:
        if isinstance(self.question, MCQuestion):
            return self.correct_index
        return self.question.answer

    def wrong_choices(self) -> list[Choice]:
        if isinstance(self.question, MCQuestion):
            return [i for i in range(len(self.options)) if i != self.correct_index]
        return list(self.question.wrong)

    def value(self, choice: Choice) -> str:
        """The label (multiple choice) or value (free response) that hints and answers carry."""
        return self.fmt.label(choice) if isinstance(choice, int) else choice

    def text(self, choice: Choice) -> str:
        return self.options[choice] if isinstance(choice, int) else choice

    def styled(self, choice: Choice) -> str:
        """The value written the way the question writes labels, e.g. ``(C)``."""
        return same_style(self.value(choice), self.fmt) if isinstance(choice, int) else choice

    def prose(self, choice: Choice) -> str:
        """The label as a sentence writes it: ``(C)`` for ``(A)``-style options, else ``C``."""
        return prose_style(self.value(choice), self.fmt) if isinstance(choice, int) else choice

    def spoken(self, choice: Choice, rng: random.Random) -> str:
        """How reasoning names a choice: ``(C)``, ``C (text)``, ``option C``, a value with its unit."""
        if isinstance(choice, int):
            label, prose, text = self.value(choice), self.prose(choice), self.text(choice)
            return rng.choice((prose, prose, f"{prose} ({text})", f"option {label}"))
        unit = self.question.unit if isinstance(self.question, FRQuestion) else ""
        if unit and rng.random() < 0.3:
            return f"{choice} {unit}"
        return choice

    def ordinal(self, choice: Choice) -> str:
        """A choice by its place among the options (``third``, ``last``); a value stays itself."""
        if not isinstance(choice, int):
            return choice
        if choice == len(self.options) - 1 and len(self.options) > 3:
            return "last"
        return _ORDINALS[choice]

    def body(self, marks: dict[int, str] | None = None) -> str:
        """The question as shown to the model (stem plus options)."""
        if not isinstance(self.question, MCQuestion):
            return self.question.stem
        decorate = {i: _decorator(deco) for i, deco in (marks or {}).items()}
        block = render_options(
            self.options, self.fmt, inline=self.inline, header=self.header, marks=decorate
        )
        return f"{self.question.stem}\n\n{block}"

    def labels_range(self) -> str:
        """``A-D`` style description of the label range, for format instructions."""
        return f"{self.fmt.label(0)}-{self.fmt.label(len(self.options) - 1)}"


_ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
)  # fmt: skip


def make_mc(
    rng: random.Random, question: MCQuestion | None = None, fmt: OptionFormat | None = None
) -> Item:
    question = question or rng.choice(MULTIPLE_CHOICE)
    order = list(range(len(question.options)))
    rng.shuffle(order)
    options = tuple(question.options[i] for i in order)
    return Item(
        question=question,
        options=options,
        correct_index=order.index(question.correct),
        fmt=fmt or rng.choice(OPTION_FORMATS),
        inline=rng.random() < 0.2,
        header=rng.choice(OPTION_HEADERS),
    )


def make_fr(rng: random.Random) -> Item:
    return Item(question=rng.choice(FREE_RESPONSE))


def place_correct(item: Item, index: int, rng: random.Random) -> Item:
    """Reorder an item's options so its correct option sits at ``index`` (few-shot patterns)."""
    assert isinstance(item.question, MCQuestion)
    others = [t for i, t in enumerate(item.options) if i != item.correct_index]
    rng.shuffle(others)
    options = (*others[:index], item.options[item.correct_index], *others[index:])
    return Item(item.question, options, index, item.fmt, item.inline, item.header)


def _decorator(template: str) -> Callable[[str], str]:
    """A function that puts an option line into ``template`` (at ``{line}``)."""
    return lambda line: template.replace("{line}", line)
