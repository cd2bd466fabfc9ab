"""``Judge``: the LLM judge as an async check (any litellm model).

Per trace: the policy decides whether to judge; each enabled, applicable task renders its
fenced prompt, and the answer comes from the cache, or from one litellm call made under the
circuit breaker, the budget and the concurrency limit; the answer is validated (one repair
round on invalid JSON) and turned into findings with verified quotes. Every outcome is
counted in ``stats`` as ``judge_requests{outcome}`` and every call's duration is observed as
``judge_duration_seconds``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import time
import weakref
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from cotmonitor.checks.judge.breaker import CircuitBreaker
from cotmonitor.checks.judge.budget import Budget
from cotmonitor.checks.judge.cache import JudgeCache
from cotmonitor.checks.judge.outcomes import note
from cotmonitor.checks.judge.parse import parse_answer, to_findings
from cotmonitor.checks.judge.policy import JudgePolicy
from cotmonitor.checks.judge.prompt import JudgeRequest, render, repair_message
from cotmonitor.checks.judge.review import JudgeReview
from cotmonitor.checks.judge.schema import TASKS, Answer, TaskName
from cotmonitor.checks.judge.transport import Endpoint, complete, with_retries
from cotmonitor.errors import ConfigError, JudgeResponseError, JudgeTimeout
from cotmonitor.stats import MonitorStats
from cotmonitor.trace.model import Trace
from cotmonitor.types import MonitorView
from cotmonitor.verdicts import Finding

if TYPE_CHECKING:
    from cotmonitor.checks.judge.probe import CounterfactualProbe

_log = logging.getLogger("cotmonitor")
DEFAULT_TASKS: tuple[TaskName, ...] = ("reliance", "reward_hack")
_CODE_MARKERS = ("```", "def ", "import ", "pytest", "sys.exit", "os._exit")


class Judge:
    """An LLM judge over reasoning traces, through litellm.

    Args:
        model: a litellm model string: ``openai/gpt-4o-mini``, ``anthropic/claude-...``,
            ``ollama/qwen3``, or ``openai/<name>`` with an OpenAI-compatible ``api_base``.
        api_base: base URL of the judge's server.
        api_key: the key; litellm reads the provider's usual variable when ``None``.
        policy: when to judge and the limits (sampling, concurrency, timeout, retries,
            breaker, budget, cache).
        tasks: which judge tasks run (``reliance``, ``reward_hack``, ``faithfulness``).
        sample_rate: shortcut overriding ``policy.sample_rate``.
        params: extra completion parameters for the judge (``temperature`` ...).
        json_mode: ask for a JSON object (``response_format``); turn off for servers that
            reject it.
        probe: an optional counterfactual probe (costs extra calls; off by default).
        redact: applied to every judged text before it is sent (e.g. to mask secrets).
        stats: where outcomes are counted; a ``Monitor`` uses a copy counting into its own
            (``for_monitor``).

    .. versionadded:: 0.1.0
    """

    name = "judge"

    def __init__(
        self,
        model: str,
        *,
        api_base: str | None = None,
        api_key: str | None = None,
        policy: JudgePolicy | None = None,
        tasks: Iterable[TaskName] = DEFAULT_TASKS,
        sample_rate: float | None = None,
        params: dict[str, Any] | None = None,
        json_mode: bool = True,
        probe: CounterfactualProbe | None = None,
        redact: Callable[[str], str] | None = None,
        stats: MonitorStats | None = None,
    ) -> None:
        policy = policy or JudgePolicy()
        if sample_rate is not None:
            policy = policy.model_copy(update={"sample_rate": sample_rate})
        self.tasks = tuple(tasks)
        unknown = set(self.tasks) - set(TASKS)
        if unknown or not self.tasks:
            raise ConfigError(f"judge tasks must be among {TASKS}, got {self.tasks}")
        self.endpoint = Endpoint(model, api_base, api_key, dict(params or {}))
        self.policy = policy
        self.json_mode = json_mode
        self.probe = probe
        self.redact = redact
        self.stats = stats or MonitorStats()
        self.breaker = CircuitBreaker(policy.breaker_failures, policy.breaker_reset_s)
        self.budget = Budget(policy.calls_per_minute, policy.tokens_per_day)
        self.cache = JudgeCache(policy.cache_size, policy.cache_dir)
        self._limits: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore]
        self._limits = weakref.WeakKeyDictionary()

    @classmethod
    def from_cli(cls, model: str, sample_rate: float = 1.0, api_base: str | None = None) -> Judge:
        """A judge for ``--judge MODEL`` (replay judges every sampled trace it reads)."""
        return cls(model, api_base=api_base, policy=JudgePolicy(sample_rate=sample_rate))

    @property
    def model(self) -> str:
        """The judge's litellm model string."""
        return self.endpoint.model

    def for_monitor(self, monitor: MonitorView) -> Judge:
        """A copy counting into ``monitor.stats``, redacting with its redactor unless set.

        The copy shares this judge's cache, budget, circuit breaker and concurrency limit, so
        one judge given to several monitors stays within one budget; this object is left as
        it is.
        """
        bound = copy.copy(self)
        bound.stats = monitor.stats
        if bound.redact is None:
            bound.redact = monitor.redactor
        if self.probe is not None:
            bound.probe = self.probe.for_monitor(monitor)
        return bound

    def wants(self, trace: Trace, findings: Sequence[Finding]) -> bool:
        """Whether the policy says to judge this trace."""
        return self.policy.wants(trace, findings) and bool(self.applicable(trace, findings))

    def applicable(self, trace: Trace, findings: Sequence[Finding]) -> list[TaskName]:
        """The enabled tasks that make sense for this trace."""
        if not trace.reasoning.strip():
            return []
        chosen: list[TaskName] = []
        for task in self.tasks:
            if task == "reward_hack" and not _agentic(trace, findings):
                continue
            if task != "reward_hack" and not trace.output.strip():
                continue
            chosen.append(task)
        return chosen

    async def __call__(self, trace: Trace, findings: Sequence[Finding]) -> list[Finding]:
        """The AsyncCheck protocol: judge where the policy says, return findings to add."""
        if not self.wants(trace, findings):
            self.stats.incr("judge_requests", outcome="skipped")
            return []
        review = await self.review(trace, findings)
        return review.as_additions(findings)

    async def review(self, trace: Trace, findings: Sequence[Finding]) -> JudgeReview:
        """Judge ``trace`` now (no policy check) and run the probe if one is set."""
        tasks = self.applicable(trace, findings)
        results = await asyncio.gather(*(self._judge(t, trace, findings) for t in tasks))
        review = JudgeReview(added=[f for found in results for f in found], judged=True)
        if self.probe is not None:
            review.revised = await self.probe.revise(trace, findings)
        return review

    async def _judge(
        self, task: TaskName, trace: Trace, findings: Sequence[Finding]
    ) -> list[Finding]:
        request = render(
            task,
            trace,
            findings,
            model=self.model,
            max_chars=self.policy.max_chars,
            redact=self.redact,
        )
        answer = await self._answer(request)
        if answer is None:
            return []
        check = f"{self.name}.{task}"
        return to_findings(
            answer, trace, findings, check=check, min_score=self.policy.min_report_score
        )

    async def _answer(self, request: JudgeRequest) -> Answer | None:
        cached = self.cache.get(request.key)
        if cached is not None:
            try:
                answer = parse_answer(request.task, json.dumps(cached))
            except JudgeResponseError:
                self.stats.incr("internal_errors", stage="judge", component="cache")
            else:
                self.stats.incr("judge_requests", outcome="cached")
                return answer
        if not self.breaker.allow():
            self.stats.incr("judge_requests", outcome="breaker")
            note("breaker")
            return None
        if not self.budget.try_acquire():
            self.stats.incr("judge_requests", outcome="budget")
            note("budget")
            self.stats.incr("judge_budget_exhausted")
            return None
        async with self._limit():
            return await self._call(request)

    async def _call(self, request: JudgeRequest) -> Answer | None:
        started = time.perf_counter()
        outcome = "ok"
        answer: Answer | None = None
        try:
            answer = await self._ask(request)
        except JudgeTimeout:
            outcome = "timeout"
        except JudgeResponseError:
            _log.debug("judge %s answer invalid", request.task, exc_info=True)
            outcome = "invalid"
        except Exception:
            _log.debug("judge %s call failed", request.task, exc_info=True)
            outcome = "error"
        finally:
            elapsed = time.perf_counter() - started
            self.stats.observe("judge_duration_seconds", elapsed, task=request.task)
        if outcome in ("timeout", "error"):
            self.breaker.record_failure()
        else:
            self.breaker.record_success()
        self.stats.incr("judge_requests", outcome=outcome)
        note(outcome)
        if answer is not None:
            self.cache.put(request.key, answer.model_dump(mode="json"))
        return answer

    async def _ask(self, request: JudgeRequest) -> Answer:
        messages = list(request.messages)
        reply = await self._send(messages)
        try:
            return parse_answer(request.task, reply)
        except JudgeResponseError as exc:
            # one repair round: models often fix a stray sentence or a missing field
            self.stats.incr("judge_repairs")
            messages += [{"role": "assistant", "content": reply[:4000]}, repair_message(str(exc))]
            return parse_answer(request.task, await self._send(messages))

    async def _send(self, messages: list[dict[str, str]]) -> str:
        policy = self.policy

        async def attempt() -> str:
            done = await complete(
                self.endpoint, messages, timeout_s=policy.timeout_s, json_mode=self.json_mode
            )
            self.budget.spend_tokens(done.tokens)
            self.stats.incr("judge_tokens", done.tokens)
            if done.cost_usd is not None:
                self.stats.incr("judge_cost_usd", done.cost_usd)
            return done.text

        return await with_retries(
            attempt,
            retries=policy.retries,
            backoff_s=policy.backoff_s,
            backoff_max_s=policy.backoff_max_s,
            on_retry=lambda _exc: self.stats.incr("judge_retries"),
        )

    def _limit(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        limit = self._limits.get(loop)
        if limit is None:
            limit = self._limits[loop] = asyncio.Semaphore(self.policy.concurrency)
        return limit


def _agentic(trace: Trace, findings: Sequence[Finding]) -> bool:
    if trace.tool_calls or any(f.category == "reward_hack" for f in findings):
        return True
    return any(marker in trace.output for marker in _CODE_MARKERS)
