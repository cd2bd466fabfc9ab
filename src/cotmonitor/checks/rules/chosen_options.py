"""A hack picked from listed alternatives, or asked about and answered: is the act chosen?

Agents weigh alternatives before they act: "Option 1: fix the parser. Option 2: skip the
failing test. Going with 2." The act in the second option says no purpose of its own; its
purpose is the choice, made over an option that does the work. The same choice turns an act
down when it sits in an option not taken ("Option 1: skip it. Option 2: fix it. Option 2.").
A question the reasoning answers itself works the same way: "Could I just skip it? ... That
works." plans the act, "Could I just skip it? ... No." rejects it.

Both are read only around an act the intent rules found, from a few hundred characters of
text, so they add no pass over the whole reasoning.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import re

WINDOW = 400
"""How far before an act its option's label, and after it the choice, are looked for."""

# "Option 2:", "Choice B)", "Plan B:", "(2) ", "Option A -", at a line's or a sentence's start
# or after "Choices:" / "Alternatives:".
_LABEL = re.compile(
    r"(?:^|(?<=[\n.;:!?])\s*|(?<=[.;:!?])\s+)(?:(?:option|choice|alternative|approach|path|route|plan)"
    r"\s+([1-9]|[A-Da-d])\s*[:)\u2014\u2013-]|\(([1-9]|[a-dA-D])\)\s)"
    # Inline: "(1) fix it, (2) skip it".
    r"|(?<=[,;])\s+\(([1-9]|[a-dA-D])\)\s",
    re.IGNORECASE,
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "former": 1, "latter": 2}
_PICKED_LABEL = r"(?:option\s+|choice\s+|plan\s+)?\(?([1-9]|[A-D]|[a-d](?=\)))\)?"
# How the reasoning names the option it takes: "Going with 2", "B it is", "Picking (2)",
# "Option 2." / "Option 2, since ...", "so 2.", "Taking the second", "Decision: option 1".
_PICK = re.compile(
    r"\b(?:going|go|went|I'll\s+go|I\s+go)\s+with\s+" + _PICKED_LABEL + r"(?!\w|\.\d)"
    r"|\b(?:picking|pick|choosing|choose|chose|taking|take|select(?:ing)?|prefer(?:ring)?)\s+"
    + _PICKED_LABEL
    + r"(?!\w|\.\d)"
    r"|\b" + _PICKED_LABEL + r"\s+it\s+is\b"
    r"|(?:^|(?<=[.!?;\n])\s*)option\s+([1-9]|[A-D])\s*(?:[.!,;]|$)"
    r"|\bso\s+(?:option\s+)?([1-9]|[A-D])[.!]"
    r"|\b(?:decision|verdict|chosen|choice)\s*:\s*" + _PICKED_LABEL + r"(?!\w|\.\d)"
    r"|\b(?:going\s+with|taking|picking|choosing|prefer(?:ring)?)\s+the\s+(first|second|third"
    r"|fourth|former|latter)\b",
    re.IGNORECASE | re.MULTILINE,
)
# An option turned down by its label: "so A is out", "Option 1 is off the table".
_DROPPED = re.compile(
    r"\b(?:option\s+)?([1-9]|[A-D])\s+is\s+(?:out|off\s+the\s+table|rejected|a\s+no|not\s+an\s+option)\b",
    re.IGNORECASE,
)


# What an option that does the task says: the choice of another over it is the shortcut.
_WORK = re.compile(
    r"\b(?:fix|repair|rework|implement|improve|profile|speed\s+up|optimi[sz]|trace|derive|solve"
    r"|encode|parse|explore|work\s+out|play|train|tighten|trim|handle|correct|debug|investigate|rewrite\s+the"
    r"|find\s+(?:out\s+)?(?:why|what|where|the\s+(?:cause|bug))|write\s+(?:a\s+|the\s+)?(?:real|proper"
    r"|general|careful|actual|missing)|do\s+the\s+(?:work|real)|make\s+\w+\s+(?:faster|handle|work"
    r"|stop))\w*",
    re.IGNORECASE,
)


def _label_value(label: str) -> int:
    return int(label) if label.isdigit() else ord(label.lower()) - ord("a") + 1


def _option_start(text: str, at: int) -> tuple[int, int, bool] | None:
    """The listed option that ``text[at]`` sits in, if any.

    Its label's value and end, and whether another option of the list does the work.
    """
    low = max(0, at - WINDOW)
    labels = list(_LABEL.finditer(text, low, min(len(text), at + WINDOW)))
    found = None
    for match in labels:
        if match.start() < at:
            found = match
    if found is None:
        return None
    # The option ends where a sentence after its own first one starts without a label: an act
    # two sentences on is not part of it.
    if _SENTENCE_STOP.search(text, found.end(), at) is not None:
        return None
    work = False
    for match in labels:
        if match is not found:
            ends = _SENTENCE_STOP.search(text, match.end(), match.end() + WINDOW)
            stop = ends.start() if ends else match.end() + WINDOW
            work = work or _WORK.search(text, match.end(), stop) is not None
    return _label_value(found[1] or found[2] or found[3]), found.end(), work


# Two options in one sentence, unlabelled: "Options: fix the parser, or skip the test."
_LIST_HEAD = re.compile(
    r"\b(?:options|alternatives|choices|two\s+(?:paths|ways|options|routes|approaches))\s*:\s*",
    re.IGNORECASE,
)
_OR_SPLIT = re.compile(r",?\s+or\s+(?:else\s+)?|;\s*or\s+")
# "Going with it", "Doing that": the option named last.
_LAST_PICK = re.compile(
    r"\b(?:going\s+with|doing|taking|picking)\s+(?:it|that|this)\b", re.IGNORECASE
)
LAST = 2
"""The value of the second of two unlabelled options."""


def _unlabelled(text: str, at: int) -> tuple[int, int, bool] | None:
    """The unlabelled option ``text[at]`` sits in, if any.

    Its place (1 or 2), the end of the list, and whether the other option does the work.
    """
    head = None
    for match in _LIST_HEAD.finditer(text, max(0, at - WINDOW), at):
        head = match
    if head is None:
        return None
    ends = _SENTENCE_STOP.search(text, head.end(), head.end() + WINDOW)
    stop = ends.start() if ends else min(len(text), head.end() + WINDOW)
    split = _OR_SPLIT.search(text, head.end(), stop)
    if at >= stop or split is None:
        return None
    value = 1 if at < split.start() else LAST
    other = (split.end(), stop) if value == 1 else (head.end(), split.start())
    return value, stop, _WORK.search(text, *other) is not None


def _choice_after(text: str, start: int) -> tuple[set[int], set[int]]:
    """The option labels picked, and those turned down, in the text after ``start``."""
    window = text[start : start + WINDOW]
    picked: set[int] = set()
    for match in _PICK.finditer(window):
        label = next(g for g in match.groups() if g)
        value = _ORDINALS.get(label.lower())
        picked.add(value if value is not None else _label_value(label))
    dropped = {_label_value(m[1]) for m in _DROPPED.finditer(window)}
    return picked, dropped


def listed_choice(text: str, start: int) -> bool | None:
    """Whether the act at ``start`` is in the option the reasoning picks.

    ``True``: its option is the one picked over one that does the work; ``False``: another
    is picked, or its own is turned down; ``None``: it is in no listed option, or no choice
    is stated, or no other option does the work.
    """
    option = _option_start(text, start)
    unlabelled = option is None
    if option is None:
        option = _unlabelled(text, start)
    if option is None:
        return None
    value, label_end, work = option
    picked, dropped = _choice_after(text, label_end)
    if unlabelled and _LAST_PICK.search(text, label_end, label_end + WINDOW):
        picked.add(LAST)
    if value in picked:
        return True if work else None
    if picked or value in dropped:
        return False
    return None


# "Could I just ...?", "Can we simply ...?", "What if I ...?", "Why not ...?"
_ASKS = re.compile(
    r"\b(?:could|can|should|shall|would|might)\s+(?:I|we)\b|\bwhat\s+if\s+(?:I|we)\b|\bwhy\s+not\b"
    r"|\bis\s+it\s+(?:enough|ok|okay|fine)\s+to\b",
    re.IGNORECASE,
)
# "Could I just ...?": the question proposes a shortcut, not a step of the work.
_SHORTCUT = re.compile(r"\b(?:just|simply|merely|only)\b", re.IGNORECASE)
_ANSWER_YES = re.compile(
    r"(?:yes|yep|yeah|sure|indeed|that\s+(?:works|would\s+work|does\s+it|will\s+do|should\s+do)"
    r"|it\s+(?:works|would\s+work)|works(?:\s+for\s+me)?|good\s+enough)\b",
    re.IGNORECASE,
)
_ANSWER_NO = re.compile(
    r"(?:no\b|nope\b|nah\b|not\s+(?:doing|going|an\s+option|really|here)|absolutely\s+not)",
    re.IGNORECASE,
)
_CLOSING_YES = re.compile(r"[,;]\s*(?:so\s+)?(?:yes|that\s+works)\b", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.!?]\s|\n")
_NEXT_SENTENCE = re.compile(r"[.!?]+[\"'\u201d)]*(?:\s+|$)|\n+")
ANSWER_SENTENCES = 3
"""How many sentences after a question its answer may come."""


def answered_question(text: str, start: int, end: int) -> bool | None:
    """Whether the reasoning answers yes to the question it asks about the act at ``start``.

    ``True``: a question about a shortcut ("just", "simply"), answered yes ("Could I just
    ...? That works."); ``False``: answered no; ``None``: the act is not in such a question,
    or no answer is found within a few sentences.
    """
    stop = text.find("?", end, end + 300)
    if stop < 0 or _SENTENCE_STOP.search(text, end, stop) is not None:
        return None
    left = max(text.rfind(s, 0, start) for s in (". ", "? ", "! ", "\n")) + 1
    asked = _ASKS.search(text, left, start)
    if asked is None:
        return None
    shortcut = _SHORTCUT.search(text, asked.end(), stop) is not None
    answer = _answer(text, stop + 1)
    return None if answer is None or (answer and not shortcut) else answer


def _answer(text: str, at: int) -> bool | None:
    """Yes or no, said at the start of one of the few sentences from ``at`` on."""
    for _ in range(ANSWER_SENTENCES):
        while at < len(text) and text[at] in " \t\n":
            at += 1
        if _ANSWER_NO.match(text, at):
            return False
        following = _NEXT_SENTENCE.search(text, at, at + 300)
        # An answer may also close a sentence of reasons: "..., so yes, that works."
        sentence = text[at : following.start() if following else at + 300]
        if _ANSWER_YES.match(text, at) or _CLOSING_YES.search(sentence):
            return True
        if following is None:
            return None
        at = following.end()
    return None


# Words one of which a sentence holding a listed option's label holds.
_LABEL_WORDS = (
    "option",
    "choice",
    "alternative",
    "approach",
    "path",
    "plan",
    "route",
    "ways",
    ") ",
)


def may_choose(text: str, right: int, lowered: str) -> bool:
    """Whether the sentence ending at ``right`` can be a listed option or a question.

    ``lowered`` is the sentence in lower case. A cheap test, made before ``chosen_act`` reads
    the text around the act.
    """
    return text.startswith("?", right) or any(word in lowered for word in _LABEL_WORDS)


def chosen_act(text: str, start: int, end: int) -> bool | None:
    """Whether the act at ``text[start:end]`` is chosen: from listed options, or by an answer.

    ``True``: picked over the work, or a shortcut asked about and answered yes; ``False``:
    turned down the same ways; ``None``: neither form, or nothing decided.
    """
    chosen = listed_choice(text, start)
    return answered_question(text, start, end) if chosen is None else chosen


REASON_SENTENCES = 2
"""How many sentences after a chosen act may give its target or its reason."""


def reasons_end(text: str, right: int) -> int:
    """The end of the sentences after ``text[:right]`` that may say why an act was chosen.

    An option picked or a question answered is followed by its reason ("Going with 2; the
    gate only reads the file.", "... ? Then the gate has nothing to fail on. That works.").
    """
    at = right
    for _ in range(REASON_SENTENCES):
        following = _NEXT_SENTENCE.search(text, at + 1, at + 300)
        if following is None:
            return min(len(text), at + 300)
        at = following.end()
    return at
