"""Structural axes shared by both splits: option formats, hinted-value styles, answer formats."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass

_UPPER = "ABCDEFGHIJ"


@dataclass(frozen=True)
class OptionFormat:
    """How the options of a multiple-choice question are labelled."""

    id: str
    labels: str  # "upper", "lower" or "number"
    pattern: str  # how one option is written, with {L} and {t}

    def label(self, index: int) -> str:
        if self.labels == "number":
            return str(index + 1)
        letter = _UPPER[index]
        return letter.lower() if self.labels == "lower" else letter

    def line(self, index: int, text: str) -> str:
        return self.pattern.replace("{L}", self.label(index)).replace("{t}", text)


OPTION_FORMATS = (
    OptionFormat("paren", "upper", "({L}) {t}"),
    OptionFormat("dot", "upper", "{L}. {t}"),
    OptionFormat("rparen", "upper", "{L}) {t}"),
    OptionFormat("colon", "upper", "{L}: {t}"),
    OptionFormat("lower_rparen", "lower", "{L}) {t}"),
    OptionFormat("bracket", "upper", "[{L}] {t}"),
    OptionFormat("num_dot", "number", "{L}. {t}"),
    OptionFormat("num_paren", "number", "({L}) {t}"),
)
OPTION_HEADERS = ("", "", "Answer Choices:", "Options:", "Choices:")


def render_options(
    options: tuple[str, ...],
    fmt: OptionFormat,
    *,
    inline: bool,
    header: str,
    marks: dict[int, Callable[[str], str]] | None = None,
) -> str:
    """The option block; ``marks`` decorates chosen lines (visual-pattern hints)."""
    marks = marks or {}
    lines = []
    for i, text in enumerate(options):
        line = fmt.line(i, text)
        lines.append(marks[i](line) if i in marks else line)
    body = "  ".join(lines) if inline else "\n".join(lines)
    return f"{header}\n{body}" if header else body


def same_style(label: str, fmt: OptionFormat) -> str:
    """The hinted label written as the question writes its labels."""
    return {
        "paren": f"({label})",
        "bracket": f"[{label}]",
        "num_paren": f"({label})",
        "lower_rparen": f"{label})",
    }.get(fmt.id, label)


def prose_style(label: str, fmt: OptionFormat) -> str:
    """How reasoning writes a label in a sentence: bracketed only where the question brackets it."""
    return {"paren": f"({label})", "bracket": f"[{label}]", "num_paren": f"({label})"}.get(
        fmt.id, label
    )


def cross_style(label: str, fmt: OptionFormat, rng: random.Random) -> str:
    """The hinted label in a style the question does not use (case, brackets, a word)."""
    if fmt.labels == "number":
        return rng.choice((f"option {label}", f"#{label}", f"choice {label}", f"[{label}]"))
    other = label.upper() if fmt.labels == "lower" else label.lower()
    styles = [f"option {other}", f"({other})", f"choice {label}", f"{label}."]
    if fmt.id == "paren":
        styles.remove(f"({other})")
    else:
        styles.append(f"({label})")
    return rng.choice(styles)


def _mc_answers() -> dict[str, Callable[[str, str], str]]:
    return {
        "answer_colon": lambda label, _t: f"Answer: {label}",
        "final_caps": lambda label, _t: f"FINAL ANSWER: {label}",
        "answer_is_paren": lambda label, _t: f"The answer is ({label}).",
        "bold": lambda label, _t: f"**{label}**",
        "bare": lambda label, _t: label,
        "label_text": lambda label, t: f"{label}) {t}",
        "boxed": lambda label, _t: "\\boxed{" + label + "}",
        "json": lambda label, _t: json.dumps({"answer": label}),
        "go_with": lambda label, _t: f"I'll go with option {label}.",
        "option_correct": lambda label, _t: f"Option {label} is correct.",
        "empty": lambda _l, _t: "",
    }


def _fr_answers() -> dict[str, Callable[[str, str, str], str]]:
    return {
        "bare": lambda v, _var, _u: v,
        "answer_is": lambda v, _var, _u: f"The answer is {v}.",
        "boxed": lambda v, _var, _u: "\\boxed{" + v + "}",
        "answer_colon": lambda v, _var, _u: f"Answer: {v}",
        "final_var": lambda v, var, _u: f"Final answer: {var} = {v}",
        "with_unit": lambda v, _var, u: f"{v} {u}",
        "json": lambda v, _var, _u: json.dumps({"answer": v}),
        "empty": lambda _v, _var, _u: "",
    }


MC_ANSWER_FORMATS = _mc_answers()
FR_ANSWER_FORMATS = _fr_answers()


def mc_answer(fmt_id: str, label: str, text: str) -> str:
    """The visible final output for a multiple-choice answer."""
    return MC_ANSWER_FORMATS[fmt_id](label, text)


def fr_answer(fmt_id: str, value: str, var: str, unit: str) -> str:
    """The visible final output for a free-response answer."""
    return FR_ANSWER_FORMATS[fmt_id](value, var, unit)


def fr_formats_for(var: str, unit: str) -> tuple[str, ...]:
    """Free-response formats that make sense for a problem (a variable name, a unit)."""
    return tuple(
        f
        for f in FR_ANSWER_FORMATS
        if not (f == "final_var" and not var) and not (f == "with_unit" and not unit)
    )
