"""Checking the judge's quotes against the real text.

A judge can be fooled or can hallucinate; a quote is evidence only when it is actually in the
trace. Each quote is looked up exactly, then fuzzily (rapidfuzz, so the judge's whitespace or
punctuation slips still count); found quotes become ``Evidence`` spans with real offsets into
the trace, the rest are reported as unverified.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from cotmonitor.trace.model import Trace
from cotmonitor.verdicts import Evidence, EvidenceSource

MIN_QUOTE_CHARS = 4
"""Shorter quotes prove nothing and are ignored."""
FUZZY_MIN_CHARS = 16
"""Shorter quotes must match exactly: fuzzy matching of a few characters matches anything."""
_STRIP = " \t\r\n\"'`.\u2018\u2019\u201c\u201d\u2026"


@dataclass(frozen=True, slots=True)
class QuoteCheck:
    """The judge's quotes, split into verified evidence and unverified text.

    Attributes:
        evidence: a span for every quote found in the trace.
        unverified: the quotes that are not in the trace.
    """

    evidence: tuple[Evidence, ...]
    unverified: tuple[str, ...]

    @property
    def penalty(self) -> float:
        """Factor applied to the judge's score: 1.0 when every quote is verified."""
        total = len(self.evidence) + len(self.unverified)
        if total == 0:
            return 1.0
        return 1.0 - 0.5 * len(self.unverified) / total


def verify_quotes(quotes: Sequence[str], trace: Trace, *, min_ratio: float = 90.0) -> QuoteCheck:
    """Locate every quote in ``trace``; see ``QuoteCheck``."""
    found: list[Evidence] = []
    missing: list[str] = []
    for raw in quotes:
        quote = raw.strip()
        if len(quote.strip(_STRIP)) < MIN_QUOTE_CHARS:
            continue
        evidence = locate(quote, trace, min_ratio=min_ratio)
        if evidence is None:
            missing.append(raw)
        elif evidence not in found:
            found.append(evidence)
    return QuoteCheck(evidence=tuple(found), unverified=tuple(missing))


def locate(quote: str, trace: Trace, *, min_ratio: float = 90.0) -> Evidence | None:
    """The first place ``quote`` occurs in the trace, exactly or fuzzily, else ``None``."""
    targets = list(_targets(trace))
    # as given first, then without the quotation marks and ellipses judges like to add
    for candidate in dict.fromkeys((quote, quote.strip(_STRIP))):
        for source, index, text in targets:
            start = text.find(candidate) if candidate else -1
            if start >= 0:
                return _evidence(source, index, text, start, start + len(candidate))
    quote = quote.strip(_STRIP)
    if len(quote) < FUZZY_MIN_CHARS:
        return None
    from rapidfuzz import fuzz

    for source, index, text in targets:
        if len(text) < len(quote) * 0.8:
            continue
        match = fuzz.partial_ratio_alignment(quote, text, score_cutoff=min_ratio)
        if match is not None:
            return _evidence(source, index, text, match.dest_start, match.dest_end)
    return None


def _targets(trace: Trace) -> Iterator[tuple[EvidenceSource, int | None, str]]:
    yield "reasoning", None, trace.reasoning
    yield "output", None, trace.output
    for i, call in enumerate(trace.tool_calls):
        yield "tool_call", i, call.arguments
    for i, _, text in trace.prompt_texts():
        yield "message", i, text


def _evidence(
    source: EvidenceSource, index: int | None, text: str, start: int, end: int
) -> Evidence:
    return Evidence(source=source, index=index, start=start, end=end, quote=text[start:end])
