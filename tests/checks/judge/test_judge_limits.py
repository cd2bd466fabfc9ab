from __future__ import annotations

from pathlib import Path

from cotmonitor.checks.judge.breaker import CircuitBreaker
from cotmonitor.checks.judge.budget import Budget
from cotmonitor.checks.judge.cache import JudgeCache


class Clock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_breaker_opens_then_half_opens_then_closes() -> None:
    clock = Clock()
    breaker = CircuitBreaker(failures=3, reset_s=10, clock=clock)
    for _ in range(2):
        assert breaker.allow()
        breaker.record_failure()
    assert breaker.state == "closed"
    breaker.record_failure()
    assert breaker.state == "open"
    assert not breaker.allow()
    clock.now += 10
    assert breaker.state == "half_open"
    assert breaker.allow()
    assert not breaker.allow(), "only one trial call in half-open"
    breaker.record_success()
    assert breaker.state == "closed"
    assert breaker.allow()


def test_breaker_failed_trial_reopens() -> None:
    clock = Clock()
    breaker = CircuitBreaker(failures=1, reset_s=5, clock=clock)
    breaker.record_failure()
    clock.now += 5
    assert breaker.allow()
    breaker.record_failure()
    assert breaker.state == "open"
    clock.now += 4
    assert not breaker.allow()
    clock.now += 1
    assert breaker.allow()


def test_success_resets_consecutive_count() -> None:
    breaker = CircuitBreaker(failures=2, reset_s=5, clock=Clock())
    breaker.record_failure()
    breaker.record_success()
    breaker.record_failure()
    assert breaker.state == "closed"


def test_budget_calls_per_minute_slides() -> None:
    clock = Clock()
    budget = Budget(calls_per_minute=3, tokens_per_day=None, clock=clock)
    assert [budget.try_acquire() for _ in range(4)] == [True, True, True, False]
    clock.now += 59
    assert not budget.try_acquire()
    clock.now += 1
    assert budget.try_acquire()


def test_budget_tokens_per_day_resets_next_day() -> None:
    clock = Clock(86_400.0 * 100 + 10)
    budget = Budget(calls_per_minute=None, tokens_per_day=1000, clock=clock)
    assert budget.try_acquire()
    budget.spend_tokens(999)
    assert budget.try_acquire()
    budget.spend_tokens(5)
    assert not budget.try_acquire()
    assert budget.tokens_today == 1004
    clock.now += 86_400
    assert budget.tokens_today == 0
    assert budget.try_acquire()


def test_cache_lru_eviction() -> None:
    cache = JudgeCache(size=2)
    cache.put("a", {"v": 1})
    cache.put("b", {"v": 2})
    assert cache.get("a") == {"v": 1}
    cache.put("c", {"v": 3})
    assert cache.get("b") is None
    assert cache.get("a") == {"v": 1}
    assert len(cache) == 2


def test_cache_on_disk_survives_a_new_instance(tmp_path: Path) -> None:
    JudgeCache(size=8, directory=tmp_path).put("ab12", {"suspicion": 3})
    fresh = JudgeCache(size=8, directory=tmp_path)
    assert fresh.get("ab12") == {"suspicion": 3}
    assert fresh.get("zz99") is None
    (tmp_path / "cd").mkdir()
    (tmp_path / "cd" / "cd34.json").write_text("{not json")
    assert fresh.get("cd34") is None


def test_cache_size_zero_is_off(tmp_path: Path) -> None:
    cache = JudgeCache(size=0, directory=tmp_path)
    cache.put("k", {"v": 1})
    assert cache.get("k") is None
    assert not any(tmp_path.iterdir())
