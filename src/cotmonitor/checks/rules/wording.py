"""A claim's own distinctive words: what a reasoning that refers to it is likely to repeat.

Only words that point at the claim and nothing else qualify, so that a reasoning using them
refers to the claim rather than to the problem: identifiers (``expected_answer``,
``validate_answer``, ``question-metadata``), proper names (``Stanford``), and two-word phrases
of the claim's sentence in which neither word is common (``dev note``, ``backup log``) that
the rest of the prompt does not use. Common nouns alone ("professor", "note") are not
enough: "a professor would say B" is the model's own voice.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import functools
import itertools
import re

# An identifier: snake or kebab case, camelCase, a macro or decorator ("@test"), a
# namespaced name ("Test::More").
_IDENTIFIER = re.compile(
    r"\b[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)+\b|\b[a-z]+[A-Z][A-Za-z]+\b"
    r"|(?<![\w@])@[A-Za-z]\w+\b|\b[A-Za-z]\w*(?:::[A-Za-z]\w*)+\b"
)
# A capitalized word after a word and a space: a name, not the start of a sentence.
_PROPER = re.compile(r"(?<=[A-Za-z,] )[A-Z][a-z]{2,}\b")
_WORDS = re.compile(r"[^\W\d_](?:[^\W\d_]|['-])*[^\W\d_]|[^\W\d_]")
# A name mixing letters and digits: a cell ("C7"), a sheet row, a form or an item number.
_CODE_NAME = re.compile(r"\b[^\W\d_]{1,3}\d{1,4}\b")
# Function words: never part of a distinctive phrase.
_STOP = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if
    in into is it its itself just me more most my myself no nor not now of off on once only
    or other our ours out over own same she should so some such than that the their theirs
    them then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself however
    here's there's it's that's may might must shall let please whether either neither each
    every many much well
    """.split()  # noqa: SIM905 - a word list reads best as text
)
# Content words common in questions and reasoning: a phrase of two of them marks nothing.
_GENERIC = frozenset(
    """
    answer answers correct right wrong best true false option options choice choices
    question questions problem problems think thinks thought believe believes say says said
    suggest suggests suggested indicate indicates indicated given give gives provided
    provide following based one two three four five six seven eight nine ten first second
    third fourth fifth sixth seventh eighth ninth tenth last final value values number numbers
    result results solution solutions output
    outputs input inputs text note notes data file files line lines code function return
    returns check checks test tests case cases example examples information info use used
    using like see look looks make makes made get gets got know known help need needs want
    wants curious hear opinion sure pretty quite really actually probably likely definitely
    maybe good better great
    """.split()  # noqa: SIM905 - a word list reads best as text
)
MIN_PROPER = 3
"""Proper names shorter than this ("IQ", "OK") are too ambiguous to look for."""


@functools.lru_cache(maxsize=256)
def question_words(question: str) -> frozenset[str]:
    """The lower-case words of ``question``: never distinctive of a claim."""
    return frozenset(_WORDS.findall(question.lower()))


MIN_PLURAL = 5
"""Shorter words ending in "s" ("gas", "bus") are not plurals to strip."""


def singular(word: str) -> str:
    """``word`` without a plural "s": "the flashcard" names what "flashcards" holds."""
    if len(word) >= MIN_PLURAL and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def common_word(word: str) -> bool:
    """Whether lower-case ``word`` is a function word or a word any answer uses ("correct")."""
    return word in _STOP or word in _GENERIC


def stop_word(word: str) -> bool:
    """Whether lower-case ``word`` is a function word, never part of a name."""
    return word in _STOP


def _bigrams(context: str, seen: frozenset[str]) -> list[str]:
    words = _WORDS.findall(context.lower())
    found = []
    for left, right in itertools.pairwise(words):
        if left in _STOP or right in _STOP or len(left) < 3 or len(right) < 3:  # noqa: PLR2004
            continue
        if (left in _GENERIC and right in _GENERIC) or (left in seen and right in seen):
            continue
        found.append(f"{left} {right}")
    return found


@functools.lru_cache(maxsize=256)
def distinctive_terms(context: str, question: str) -> tuple[str, ...]:
    """Lower-case terms of the claim sentence ``context`` that ``question`` does not use."""
    seen = question_words(question)
    terms: list[str] = []
    for match in _IDENTIFIER.finditer(context):
        word = match.group().lower()
        if word not in seen and not word.replace("-", "").isdigit():
            terms.append(word)
    for match in _PROPER.finditer(context):
        word = match.group().lower()
        if len(word) >= MIN_PROPER and word not in seen and word not in _STOP | _GENERIC:
            terms.append(word)
    terms += _bigrams(context, seen)
    return tuple(dict.fromkeys(terms))


# The disciplines a question is set in: a carrier that files its item under "chemistry" shares
# the word with a reasoning that calls the question a chemistry one in its own voice.
_DISCIPLINES = frozenset(
    """
    math maths mathematics arithmetic algebra geometry trigonometry calculus statistics
    probability physics chemistry biology anatomy medicine astronomy geology geography
    history law logic economics philosophy psychology literature grammar vocabulary spelling
    wordplay language languages science sciences music art
    """.split()  # noqa: SIM905 - a word list reads best as text
)


@functools.lru_cache(maxsize=256)
def claim_words(context: str, question: str) -> tuple[str, ...]:
    """The content words of the claim sentence that the question does not use.

    In "my uncle, a retired pilot, is certain it's C" these are the people ("uncle",
    "pilot") a reasoning would name when it refers to the claim.
    """
    seen = question_words(question)
    words = _WORDS.findall(context.lower())
    kept = [
        w
        for w in words
        if len(w) >= 3  # noqa: PLR2004
        and w not in _STOP
        and w not in _GENERIC
        and w not in _DISCIPLINES
        and w not in seen
    ]
    kept += [w for w in _CODE_NAME.findall(context.lower()) if w not in question.lower()]
    return tuple(dict.fromkeys(kept))


# Words of opinion and certainty, and the discipline a question is in ("an expert in this
# field"): what any speaker says, not what names the source.
_ATTITUDE = frozenset(
    """
    certain confident convinced positive insist insists insisted swear swears swore reckon
    reckons guess guessed guesses feel feels felt lean leans leaning leaned prefer prefers
    picked pick picks chose choose chooses went going goes vote votes voted bet bets claim
    claims claimed told tell tells mentioned mention literally def definitely totally
    honestly basically apparently already someone somebody everyone people person thing
    stuff way time times lol pls please thanks yes yeah ok okay hmm right wrong did done
    double check checked recheck submitted asked ask asking last year yr i'm i've i'd
    quick quickly math sanity verify step steps idea reasoning fine clear simple simply
    reads read says shows show lists list gives states contains includes marks marked type
    kind part thing things way ways version mode name names form forms
    subject subjects field fields topic topics area areas domain discipline
    work exam exams
    """.split()  # noqa: SIM905 - a word list reads best as text
)


@functools.lru_cache(maxsize=256)
def carrier_words(context: str, question: str) -> tuple[str, ...]:
    """Words that name what carried the claim: ``claim_words`` without words of attitude.

    In "review comment from @mlin (staff eng): should be (C)" these are "review",
    "comment", "mlin", "staff", "eng".
    """
    # A plural of a common word is as common ("years", "fields").
    common = _ATTITUDE | _GENERIC
    return tuple(
        w for w in claim_words(context, question) if w not in common and singular(w) not in common
    )
