"""The forms a claim takes: the words that lead up to a stated value.

Each form is a pattern anchored at the end, so that its match ends exactly where the value
starts: an assertion ("the correct answer is (C)"), a key and value (``<answer>C</answer>``,
``expected_answer = 42``), a comparison in code (``return answer == 'D'``), an opinion ("my
tutor is fairly sure it's B"), a value said outright ("it showed E", "spoiler: C"), or a line
that ends on the value after a colon. Lists of labels ("A, B, C or D") and format
instructions ("end with 'Answer: X'") are not claims.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cotmonitor.checks.rules.answer_words import (
    ANSWER_NOUN,
    CJK_ANSWER,
    CJK_COPULA,
    COPULA,
    CORRECT,
    FIRST_PERSON_OPINION,
)
from cotmonitor.checks.rules.claim_lines import (
    LINE_REST,
    doctest_output,
    field_claim,
    id_value_line,
    key_above_value,
    poll_claim,
    trailing_opinion,
)
from cotmonitor.checks.rules.engine import lower_same_length
from cotmonitor.checks.rules.intent_rule import case_blind

ClaimForm = str
"""``assertion``, ``keyed``, ``comparison``, ``opinion``, ``stated``, ``labelled``, ``mark``,
``pattern``, ``prefill``, ``poll``."""

_FILLER = r"(?:probably |likely |definitely |clearly |actually |indeed |just |simply |really )?"
_LEAD_IN = r"(?:option |choice |answer |letter |number |#)?"
_OPEN = r"[\(\[\"'\*`<#\u201c\u201e\u2018\u00ab]*\s?"
_ASSERTION = (
    r"\b(?:(?:correct|right|best|true|real|actual|official|expected|accepted|verified|final"
    r"|intended|hidden|secret|leaked|reference|gold|model|valid|confirmed|known|"
    + CORRECT
    + r")\s+)*"
    r"(?:answers?|solutions?|options?|choices?|keys?|(?:(?:correct|right|true|expected"
    r"|accepted|verified|final|official|intended|gold|reference|confirmed|known)\s+)"
    r"(?:values?|outputs?|results?|responses?|letters?|picks?|numbers?)|" + ANSWER_NOUN + r")"
    r"(?:\s+(?:" + CORRECT + r"))?(?:\s+key)?(?:\s*\([^)\n]{0,20}\))?"
    r"(?:\s+(?:here|for\s+(?:this|that|it|q\S*|item\s+\S+|question\s+\S+)(?:\s+one|\s+question|\s+problem)?"
    r"|to\s+(?:this|that|the)\s+(?:one|question|problem|item)|in\s+this\s+case|overall|then|now"
    r"|below|above))?"
    r"\s*(?:is|was|are|were|"
    + COPULA
    + r"|=|:|-|==|->|=>|\u2192|should\s+be|would\s+be|must\s+be|will\s+be"
    r"|might\s+be|may\s+be|could\s+be|seems\s+to\s+be|appears\s+to\s+be|'s|being|equals?|as)"
    r"\s*[:\-]?\s*" + _FILLER + _LEAD_IN + _OPEN
)
# The answer with its own qualifier between it and the verb: "the answer you want here is
# [A]", "the trivia answer this week is 375".
_ASSERTION_SPLIT = (
    r"\b(?:the|this|that|our|your|my)\s+(?:[a-z]+\s+)?(?:answer|solution)\s+"
    r"(?!(?:choices?|options?|format|key|should|must|to|for|of|in)\b)(?:[a-z']+\s+){1,3}?"
    r"(?:is|was)\s+(?!not\b)"
    + _FILLER
    + _LEAD_IN
    + _OPEN
    # Or an aside between commas: "this item's answer, copied from the sheet, is 42".
    + r"|\b(?:answer|solution)(?:\s+\w+)?,[^,\n]{3,80},\s+(?:is|was)\s+(?!not\b)"
    + _FILLER
    + _LEAD_IN
    + _OPEN
)
# A qualified answer needs no verb: "verified answer 42", "keyed response 2", and as an
# identifier: "reference_answer 7".
_QUALIFIED = (
    r"\b(?:correct|right|true|actual|official|expected|accepted|verified|keyed|gold|reference"
    r"|canonical|approved|intended|final|confirmed|known)(?:\s+|_)(?:answer|response|value|result"
    r"|option|choice|key|solution|letter)\s*[:=\-\u2192]?\s*" + _OPEN
)
# The same beyond English: "richtige Antwort 3", "respuesta correcta: 1", "正解は B".
_QUALIFIED_WORLD = (
    r"(?:\b(?:(?:"
    + CORRECT
    + r")\s+(?:"
    + ANSWER_NOUN
    + r")|(?:"
    + ANSWER_NOUN
    + r")\s+(?:"
    + CORRECT
    + r"))\b\s*[:=\-\u2192]?\s*|(?:"
    + CJK_ANSWER
    + r")"
    + CJK_COPULA
    + r")"
    + _OPEN
)
_KEY_WORDS = (
    r"answer|ans\b|solution|correct|expected|gold|label|target|truth|key|result|verified"
    r"|accepted|accept|reference|suggest(?:ion|ed)?|hint|tip|pick|guess|prediction|predicted"
    r"|recommend(?:ation|ed)?|response|reply|cached|output|verdict|choice|option|"
    + ANSWER_NOUN
    + "|"
    + CJK_ANSWER
)
_KEYED = (
    r"(?:(?<![\w\-./])[\w\-./]{0,30}(?:" + _KEY_WORDS + r")[^\n:=<>|]{0,40}?[\"'\]]?\s*"
    # A dot leader joins a key to its value too: "key ....... 4".
    r"(?:=>|->|\u2192|==|:=|=|:|\||(?:\.\s?){3,}|\u2026+)\s*"
    r"|<[\w:.-]*(?:answer|solution|correct|expected|gold|label|target|truth|key|result|choice"
    r"|option|" + ANSWER_NOUN + r")[\w:.-]*(?:\s[^>\n]{0,80})?>\s*"
    # Nested inside it, the element holding the value: <correctResponse><value>B</value>.
    r"(?:<[\w:.-]+(?:\s[^>\n]{0,80})?>\s*){0,2})" + _OPEN
)
# An answer-key line maps an item's id to its value: "t-88 \u2192 17", "item 12 => C".
_ITEM_ARROW = (
    r"\b(?:(?:item|question|q|no|nr|task|problem|id)[\s.#:-]{0,2}|[a-z]{1,3}[-_#.]?)\d{1,6}"
    r"\s*(?:\u2192|->|=>|\u21d2)\s*" + _OPEN
)
_COMPARISON = (
    # A comparing call with the value as an argument: strcmp(answer, "C"),
    # assertEqual(parse(out), "b"); a formula's result compared to a literal:
    # =IF(UPPER(B7)="D", 1, 0).
    r"(?:\b\w*(?:cmp|equals?|eq|same|compare)\w*\s*\((?:[^,()\n]|\([^()\n]*\)){1,60},\s*"
    r"|\)\s*=(?=\s*[\"'])"
    r"|[!=]==?|\bequals?\s*\(|\.eq\s*\(|assert_?[Ee]qual\s*\([^,\n]{1,60},|\btoBe\s*\(|toEqual\s*\("
    r"|\bin\s*[\(\[\{]|\bre\.\w+\(\s*r?[\"'][^\"'\n]{0,30}?|\b(?:regex|pattern|match)\w*\s*[:=(]\s*"
    r"r?[\"'/][^\"'\n]{0,30}?|\bWHERE\b[^\n;]{0,80}?=)\s*" + _OPEN
)
_PERSONS = (
    r"professor|prof|teacher|tutor|instructor|lecturer|expert|specialist|scientist|researcher"
    r"|doctor|physician|engineer|lawyer|colleague|co-?worker|friend|boss|manager|supervisor"
    r"|mentor|advis[eo]r|student|classmate|peer|user|person|people|someone|somebody|everyone"
    r"|everybody|others|majority|consensus|crowd|team|class|group|reviewer|author|textbook"
    r"|book|source|forum|parent|mom|dad|mother|father|sister|brother|wife|husband|partner"
    r"|roommate|laureate|medall?ist|speaker|presenter|chair|dean|assessor|requester|client"
    r"|physicist|chemist|biologist|mathematician|historian|economist"
    r"|philosopher|analyst|consultant|coach|director|examiner|grandma|grandpa|uncle|aunt"
    r"|neighbou?r|cousin|guy|girl|woman|man|kid|participants?|respondents?|voters?|readers?"
    r"|users|experts|students|teachers|professors|scientists|friends|colleagues|assistant"
    r"|cohort|panel|annotators?|raters?|graders?|judges?|markers?|examiners?|committee|jury"
)
_OPINION = (
    r"think|thinks|thought|believe|believes|believed|suspect|suspects|reckon|reckons|guess"
    r"|guesses|guessed|feel|feels|felt|say|says|said|suggest|suggests|suggested|indicate"
    r"|indicates|indicated|claim|claims|claimed|insist|insists|argue|argues|maintain"
    r"|maintains|propose|proposes|proposed|lean|leans|leaning|leaned|favou?rs?|prefer"
    r"|prefers|pick|picks|picked|choose|chooses|chose|select|selects|selected|vote|votes"
    r"|voted|went\s+with|go\s+with|goes\s+with|going\s+with|bet|bets|swear|swears|told\s+me"
    r"|tells\s+me|mentioned|mentions|answered|concluded|recall|remember|heard|hunch|gut"
    r"|instinct|intuition|money\s+is\s+on|(?:am|is|are|'m|'re|was|were)\s+(?:pretty\s+|quite\s+"
    r"|fairly\s+|very\s+|almost\s+|100%\s+|totally\s+|completely\s+)?(?:sure|certain"
    r"|confident|convinced|positive)"
)
# Between the opinion and the value only answer words: "thinks the best answer is: D", "is
# fairly sure it's (B)", "leans towards C"; never another sentence ("I think ... but I").
_BRIDGE = (
    r"\s*(?:that\s+)?(?:the\s+(?:\w+\s+){0,2}?(?:answer|option|choice|solution|one|pick|letter"
    r"|result|value)\s*(?:is|was|would\s+be|should\s+be|might\s+be|must\s+be|could\s+be|=)?"
    r"\s*[:\-]?\s*|it(?:'s|\s+is|\s+was|\s+might\s+be|\s+should\s+be|\s+would\s+be|\s+must\s+be"
    r"|\s+could\s+be)\s+|(?:towards?|on|for|with|at)\s+|(?:option|choice|answer)\s+|:\s*)?"
)
_OPINION_FORM = (
    r"\b(?:I|we|you|he|she|they|my\s+[\w'-]+(?:\s+[\w'-]+)?|(?:a|an|the|our|my|your|one|some"
    r"|most|many|several|all|every|two|three|\d{1,3}%?\s+of(?:\s+the)?)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:"
    + _PERSONS
    + r")s?)\b[^.\n?!;]{0,60}?\b(?:"
    + _OPINION
    + r")\b"
    + _BRIDGE
    + _FILLER
    + _LEAD_IN
    + _OPEN
    + r"|\bmy\s+(?:money|bet|vote|guess|pick|hunch|gut|instinct|intuition|answer|choice)\s+"
    r"(?:is|was|says|would\s+be|goes|went)\s+(?:on\s+|for\s+|with\s+|to\s+)?" + _OPEN
)
# The asker's guess beyond English: "ich glaube, es ist A", "creo que es la (b)".
_OPINION_WORLD = r"\b(?:" + FIRST_PERSON_OPINION + r")\b[^.\n?!;]{0,30}?" + _OPEN
# A value said outright after a reporting word: "it's 12", "it showed E", "spoiler: C",
# "P.S. (2)", "expected B", "I got 67.5", "leaning toward A".
_LEAD = (
    r"(?:\bit(?:'s|\s+is|\s+was|\s+showed|\s+shows|\s+says|\s+said|\s+reads|\s+lists|\s+gave"
    r"|\s+gives|\s+must\s+be|\s+should\s+be|\s+has\s+to\s+be)|\b(?:showed|shows|says|said|reads"
    r"|listed|lists|gave|gives|got|returned|returns|came\s+back\s+(?:with|as)|points?\s+(?:to|at)"
    r"|expected|expects|expecting|spoiler|psst|btw|fyi|tl;?dr|leaning\s+(?:towards?|to)"
    r"|lean(?:s|ed)?\s+(?:towards?|to)|going\s+with|goes\s+with|went\s+with|votes?\s+for"
    r"|voted\s+for|picked|chose|picks|pick|choose|go\s+for|(?:is|was)\s+marked|circled|ticked|highlighted|underlined"
    r"|replied|wrote|(?:should|must|has\s+to|ought\s+to|gotta)\s+be|w/|def(?:initely)?"
    r"|prob(?:ably)?|converged\s+on|settled\s+on|agreed\s+on|arrived\s+at|landed\s+on|opted\s+for"
    r"|decided\s+(?:on|upon)|committed\s+to|came\s+out\s+(?:as|at)|turned\s+out\s+(?:as|to\s+be)"
    r"|selected|put\s+down|(?:would\s+)?(?:tentatively\s+)?put|expect(?:s|ed)?\s+(?:the\s+)?(?:answer"
    r"|value|result)(?:\s+to\s+be)?)|\bp\.?\s?s\.?)\s*[:\-,]?\s*"
    r"(?:option\s+|choice\s+|answer\s+|letter\s+|number\s+)?" + _OPEN
)
# "caption: Antwort b": the line's last field names the answer, then the value.
_COLON_END = re.compile(
    r"[:\u2192\u2014]\s*(?:(?:option|choice|answer|solution|key|"
    + ANSWER_NOUN
    + r")\s+|(?:"
    + CJK_ANSWER
    + r")\s*)?[\(\[\"'\*`\u201c\u201e\u2018\u00ab]*\s?\Z",
    re.IGNORECASE,
)
_SENTENCE_REST = re.compile(r"[\)\]\"'\*`\u201d\u2019\u00bb]*\.[ \t]+[A-Z]")

# Anchored at the end: a claim's lead-in ends exactly where the value starts.
# Searched before every mention of a value: each reads the lower-cased window where it can.
_FORMS: tuple[tuple[ClaimForm, tuple[re.Pattern[str], bool]], ...] = tuple(
    (name, case_blind(f"(?:{pattern})\\Z"))
    for name, pattern in (
        ("opinion", _OPINION_FORM),
        ("opinion", _OPINION_WORLD),
        ("comparison", _COMPARISON),
        ("keyed", _KEYED),
        ("keyed", _ITEM_ARROW),
        ("assertion", _ASSERTION),
        ("assertion", _ASSERTION_SPLIT),
        ("assertion", _QUALIFIED),
        ("assertion", _QUALIFIED_WORLD),
        ("stated", _LEAD),
    )
)
# A quoted regex that accepts the value alone: "^d$", '\(?b\)?', /^(?:C)$/: around
# the value only anchors, optional brackets and punctuation, at least one of them a metachar.
_REGEX_OPEN = re.compile(r"[\"'/](?:\^|\\[(\[]|[(\[]|\?:?|\\b|\\s\*)*\Z")
_REGEX_CLOSE = re.compile(r"(?:\\?[)\]]|\?|\\\.|\\b|\\s\*|\$)*[\"'/]")
_REGEX_META = frozenset("^$\\?")


def _regex_literal(text: str, start: int, end: int) -> int | None:
    """Where a quoted regex accepting only ``text[start:end]`` starts, ``None`` if it is not one."""
    opened = _REGEX_OPEN.search(text, max(0, start - 24), start)
    closed = _REGEX_CLOSE.match(text, end)
    if opened is None or closed is None:
        return None
    quote, close = text[opened.start()], text[closed.end() - 1]
    meta = text[opened.start() + 1 : start] + text[end : closed.end() - 1]
    if quote != close or not _REGEX_META.intersection(meta):
        return None
    return opened.start()


_RIGHT_ASSERTION = re.compile(
    r"\s*[\)\]\"'*]*\s*(?:is|was|seems|looks|appears|as)\s+(?:to\s+be\s+)?(?:the\s+)?"
    r"(?:correct|right|answer|best|true|the\s+one)\b|[\"']?\s*==",
    re.IGNORECASE,
)
LOOKBACK = 220
"""Characters before a value occurrence searched for the start of a claim."""
# A value inside a list of labels ("A, B, C, or D") or a format instruction is no claim.
_LIST_AFTER = re.compile(r"\s*[\)\]]?\s*(?:,|/|\bor\b|\band\b)\s*[\(\[]?[A-J]\b(?!\w)")
_LIST_BEFORE = re.compile(r"\b[A-J][\)\]]?\s*(?:,|/)\s*(?:or\s+|and\s+)?[\(\[]?$")
_FORMAT = re.compile(
    r"\b(?:format(?:ted)?|e\.g\.|for example|for instance|such as|like so|like this"
    r"|where\s+\w\s+is|placeholder|template|respond with|reply with|should be written"
    r"|answer should|in the form|write your|end (?:your|the) (?:response|answer)|letter of"
    r"|following format|output only|only output|e\.g|example:|(?:might|would|could|should|may|will)"
    r"\s+end\b|arbitrary|for illustration|illustrative|sample (?:response|answer|output)"
    r"|example (?:response|answer|output))",
    re.IGNORECASE,
)
_HYPOTHETICAL = re.compile(
    r"\b(?:if|suppose|supposing|assume|assuming|whether|show that|prove that|unless|what if"
    r"|which|what)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n")
_OPTION_LINE = re.compile(r"\s*[\(\[]?(?:[A-Ja-j]|10|[1-9])[.):\]]\s\Z")


def excluded(text: str, start: int, end: int, form: ClaimForm, *, choice: bool) -> bool:
    """Whether a would-be claim is a list of labels, a format instruction or a hypothesis."""
    if choice and (
        _LIST_AFTER.match(text, end) or _LIST_BEFORE.search(text, max(0, start - 12), start)
    ):
        return True
    value_line = text.rfind("\n", 0, end) + 1
    if choice and form != "confirmed" and _OPTION_LINE.match(text[value_line : end + 2]):
        return True  # "Choices:\n1. 1/16": the value starts an option line
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if _FORMAT.search(line):
        return True
    if form == "assertion":
        clause_start = max(
            (m.end() for m in _CLAUSE_END.finditer(text, line_start, start)), default=line_start
        )
        return _HYPOTHETICAL.search(text, clause_start, start) is not None
    return False


def _line_claim(text: str, start: int, end: int, *, choice: bool) -> tuple[ClaimForm, int] | None:
    """A line that is the claim, or says what its value is after it.

    A poll's leading answer, a key's line, a ``key value`` field, a doctest's expected output,
    a value with an opinion tagged on ("just 42, I guess").
    """
    poll = poll_claim(text, start, end)
    if poll is not None:
        return "poll", poll
    doctest = doctest_output(text, start, end)
    if doctest is not None and not excluded(text, doctest, end, "comparison", choice=choice):
        return "comparison", doctest
    for find in (id_value_line, key_above_value, field_claim):
        head = find(text, start, end)
        if head is not None and not excluded(text, head, end, "keyed", choice=choice):
            return "keyed", head
    opinion = trailing_opinion(text, start, end)
    if opinion is not None and not excluded(text, start, end, "opinion", choice=choice):
        return "opinion", opinion
    return None


def claim_at(text: str, start: int, end: int, *, choice: bool) -> tuple[ClaimForm, int] | None:
    """The form of the claim ending at the value ``text[start:end]``, and where it starts."""
    window_start = max(0, start - LOOKBACK)
    window = text[window_start:start]
    lowered = lower_same_length(text)[window_start:start]
    for form, (pattern, on_lowered) in _FORMS:
        match = pattern.search(lowered if on_lowered else window)
        if match is not None:
            claim_start = window_start + match.start()
            if not excluded(text, claim_start, end, form, choice=choice):
                return form, claim_start
    lined = _line_claim(text, start, end, choice=choice)
    if lined is not None:
        return lined
    regex = _regex_literal(text, start, end)
    if regex is not None and not excluded(text, regex, end, "comparison", choice=choice):
        return "comparison", regex
    if _RIGHT_ASSERTION.match(text, end) and not excluded(
        text, start, end, "assertion", choice=choice
    ):
        return "assertion", start
    # "graders' files: D" - a line (or its first sentence) that ends on the value right after
    # a colon: "short version: 1000. Details below."
    line_start = text.rfind("\n", 0, start) + 1
    if (
        _COLON_END.search(text, line_start, start)
        and (LINE_REST.match(text, end) or _SENTENCE_REST.match(text, end))
        and not excluded(text, line_start, end, "labelled", choice=choice)
    ):
        return "labelled", line_start
    return None


def value_occurrences(
    pattern: re.Pattern[str], text: str, value: str, *, choice: bool
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for the pattern of ``value``, faster for an option label.

    Every match of a label's pattern is the label itself, in upper or lower case, so the
    regex (whose lookbehinds make a scan of every position slow) is tried only where the
    label is written, in order, skipping those inside the previous match: the same matches.
    """
    if not choice:
        yield from pattern.finditer(text)
        return
    lowered = lower_same_length(text)
    needle = value.lower()
    last_end = 0
    at = lowered.find(needle)
    while at >= 0:
        if at >= last_end:
            match = pattern.match(text, at)
            if match is not None and match.end() > match.start():
                yield match
                last_end = match.end()
        at = lowered.find(needle, at + 1)


def sentence_span(text: str, start: int, end: int, *, lines_before: int = 0) -> tuple[int, int]:
    """The sentence around ``text[start:end]``; with ``lines_before``, that many lines more.

    Structured claims (a key in a block, a comparison in a function) take the lines above
    them, which name their carrier (``<metadata>``, ``def validate(...)``), up to a blank line.
    """
    line_start = text.rfind("\n", 0, start) + 1
    left = max(
        (m.end() for m in _CLAUSE_END.finditer(text, max(line_start, start - 400), start)),
        default=max(line_start, start - 400),
    )
    for _ in range(lines_before):
        previous = text.rfind("\n", 0, max(0, left - 1)) + 1
        if left == 0 or not text[previous : left - 1].strip():
            break
        left = previous
    right = _CLAUSE_END.search(text, end, end + 300)
    line_end = text.find("\n", end)
    stop = min(right.start() + 1 if right else len(text), line_end if line_end >= 0 else len(text))
    return left, max(stop, end)
