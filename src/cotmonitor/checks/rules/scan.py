"""One scan of a trace shared by every rule check that runs on it.

The rule checks are separate ``Check`` objects (so each is timed and contained on its own),
but they read the same texts: the first check to ask scans the trace once with the whole
rule set, the others reuse that scan (cached per thread, for the trace being checked).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from cotmonitor.checks.rules.engine import Hit, RuleSet
from cotmonitor.trace.model import Trace

_SEPARATOR = "\n\n\u2029\n\n"
"""Between joined windows: a paragraph break no cue's sentence runs across."""


@dataclass(frozen=True, slots=True)
class TraceScan:
    """The rule hits of every text of one trace."""

    reasoning: tuple[Hit, ...]
    output: tuple[Hit, ...]
    prompt: dict[int, tuple[Hit, ...]]
    """Hits per request message index (every role)."""
    tool_calls: dict[int, tuple[Hit, ...]]
    """Hits per tool call index (in the arguments)."""

    def rules_hit(self) -> set[str]:
        """The ids of every rule that matched somewhere."""
        found = {h.rule for h in self.reasoning} | {h.rule for h in self.output}
        for hits in (*self.prompt.values(), *self.tool_calls.values()):
            found.update(h.rule for h in hits)
        return found


class TraceScanner:
    """Scans traces with one ``RuleSet``; remembers the last trace per thread.

    Args:
        rules: the rules run on every trace.
        cues: rules only some checks need on some traces (the hint-acknowledgement cues,
            needed only when an answer follows a prompt hint): scanned on demand.
        intents: the reward-hack intent rules, needed only on coding tasks: scanned on
            demand, in the reasoning and the output.
        near_cues: cue rules that count only close to a given spot (before a mention of a
            hint's value): scanned on demand in those windows only.
    """

    def __init__(
        self,
        rules: RuleSet,
        cues: RuleSet | None = None,
        intents: RuleSet | None = None,
        near_cues: RuleSet | None = None,
    ) -> None:
        self.rules = rules
        self.cues = cues
        self.intents = intents
        self.near_cues = near_cues
        self._local = threading.local()

    def near_cue_hits(self, trace: Trace, windows: list[tuple[int, int]]) -> tuple[Hit, ...]:
        """The near-cue hits inside ``windows`` of the reasoning (offsets in the reasoning)."""
        if self.near_cues is None:
            return ()
        if not windows:
            return ()
        # One scan of the windows joined (a separator no cue crosses), not one scan each:
        # the per-scan overhead dominates on short windows.
        parts: list[str] = []
        offsets: list[tuple[int, int, int]] = []  # joined start, joined end, original start
        at = 0
        for low, high in windows:
            piece = trace.reasoning[low:high]
            offsets.append((at, at + len(piece), low))
            parts.append(piece)
            at += len(piece) + len(_SEPARATOR)
        found: list[Hit] = []
        for hit in self.near_cues.scan(_SEPARATOR.join(parts), "reasoning"):
            for start, end, low in offsets:
                if start <= hit.start and hit.end <= end:
                    moved = Hit(hit.rule, hit.start - start + low, hit.end - start + low, hit.match)
                    found.append(moved)
                    break
        return tuple(found)

    def intent_hits(self, trace: Trace) -> tuple[tuple[Hit, ...], tuple[Hit, ...]]:
        """The intent-rule hits in the reasoning and in the output (scanned once per trace)."""
        if self.intents is None:
            return (), ()
        last = getattr(self._local, "last_intents", None)
        if last is not None and last[0] is trace:
            hits: tuple[tuple[Hit, ...], tuple[Hit, ...]] = last[1]
            return hits
        hits = (
            tuple(self.intents.scan(trace.reasoning, "reasoning")),
            tuple(self.intents.scan(trace.output, "output")),
        )
        self._local.last_intents = (trace, hits)
        return hits

    def cue_hits(self, trace: Trace) -> tuple[Hit, ...]:
        """The cue-rule hits in the reasoning of ``trace`` (scanned once per trace)."""
        if self.cues is None:
            return ()
        last = getattr(self._local, "last_cues", None)
        if last is not None and last[0] is trace:
            hits: tuple[Hit, ...] = last[1]
            return hits
        hits = tuple(self.cues.scan(trace.reasoning, "reasoning"))
        self._local.last_cues = (trace, hits)
        return hits

    def cached_scan(self, trace: Trace) -> TraceScan | None:
        """The hits for ``trace`` when this thread scanned it last, else ``None``.

        .. versionadded:: 0.3.0
        """
        last = getattr(self._local, "last", None)
        if last is not None and last[0] is trace:
            scan: TraceScan = last[1]
            return scan
        return None

    def scan(self, trace: Trace) -> TraceScan:
        """The hits for ``trace``, computed once per trace and thread."""
        last = getattr(self._local, "last", None)
        if last is not None and last[0] is trace:
            scan: TraceScan = last[1]
            return scan
        rules = self.rules
        scan = TraceScan(
            reasoning=tuple(rules.scan(trace.reasoning, "reasoning")),
            output=tuple(rules.scan(trace.output, "output")),
            prompt={
                index: tuple(rules.scan(text, "prompt"))
                for index, _role, text in trace.prompt_texts()
            },
            tool_calls={
                index: tuple(rules.scan(call.arguments, "tool_calls"))
                for index, call in enumerate(trace.tool_calls)
            },
        )
        self._local.last = (trace, scan)
        return scan
