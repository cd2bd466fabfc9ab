"""When the judge runs and how hard it may push: sampling, triggers, limits.

The policy is pure data plus one pure decision function, so replay, the live monitor and the
tests agree on which trace gets judged: sampling hashes the trace id, so the same trace is
always in (or always out) of the sample, whichever process looks at it.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from cotmonitor.settings import DEFAULT_SAMPLE_RATE
from cotmonitor.trace.model import Trace
from cotmonitor.verdicts import Finding

JUDGED_CATEGORIES = frozenset({"unverbalized_hint", "verbalized_hint", "reward_hack"})
"""Rule finding categories that make a trace worth a judge call under ``on_rule_findings``."""


class JudgePolicy(BaseModel):
    """When to judge, and the limits that keep the judge cheap and the host safe.

    A trace is judged when ``always`` is set, or a trigger fires (``on_rule_findings``,
    ``on_uncertain``), or it falls in the ``sample_rate`` sample.

    .. versionadded:: 0.1.0
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    always: bool = False
    sample_rate: float = Field(default=DEFAULT_SAMPLE_RATE, ge=0.0, le=1.0)
    """Fraction of traces judged at random (consistently by trace id)."""
    on_rule_findings: bool = True
    """Judge every trace where a rule found a hint or a reward hack."""
    on_uncertain: bool = False
    """Judge every trace with a rule finding whose score lies in ``uncertain_band``."""
    uncertain_band: tuple[float, float] = (0.3, 0.7)
    concurrency: int = Field(default=8, ge=1)
    """Judge calls in flight at once."""
    max_pending: int = Field(default=1000, ge=1)
    """Traces waiting for the judge; beyond it the rule-only verdict is exported."""
    timeout_s: float = Field(default=30.0, gt=0)
    """Per judge call, retries excluded."""
    retries: int = Field(default=2, ge=0)
    """Extra attempts after a 429, a 5xx or a connection error."""
    backoff_s: float = Field(default=0.5, ge=0)
    """First retry delay; doubles each attempt, with full jitter."""
    backoff_max_s: float = Field(default=10.0, ge=0)
    breaker_failures: int = Field(default=5, ge=1)
    """Consecutive failed calls that open the circuit breaker."""
    breaker_reset_s: float = Field(default=30.0, ge=0)
    """How long the breaker stays open before one trial call (half-open)."""
    calls_per_minute: int | None = Field(default=60, ge=1)
    tokens_per_day: int | None = Field(default=2_000_000, ge=1)
    cache_size: int = Field(default=4096, ge=0)
    """Judge results kept in memory (LRU), keyed by content hash; 0 turns the cache off."""
    cache_dir: Path | None = None
    """Also keep judge results on disk here, so replays do not pay twice."""
    max_chars: int = Field(default=24_000, ge=200)
    """Each judged text is cut to this many characters (head and tail kept)."""
    min_report_score: float = Field(default=0.3, ge=0.0, le=1.0)
    """Judge verdicts scoring below this produce no finding."""

    def wants(self, trace: Trace, findings: Sequence[Finding]) -> bool:
        """Whether this trace should be judged."""
        if self.always:
            return True
        if self.on_rule_findings and any(f.category in JUDGED_CATEGORIES for f in findings):
            return True
        if self.on_uncertain and any(self._uncertain(f) for f in findings):
            return True
        return in_sample(trace.id, self.sample_rate)

    def _uncertain(self, finding: Finding) -> bool:
        low, high = self.uncertain_band
        return finding.category in JUDGED_CATEGORIES and low <= finding.score <= high


def in_sample(trace_id: str, rate: float) -> bool:
    """Whether ``trace_id`` falls in a ``rate`` sample; the same id always answers the same."""
    if rate <= 0.0:
        return False
    if rate >= 1.0:
        return True
    digest = hashlib.blake2b(trace_id.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64 < rate
