"""The worker drains on a schedule: calls do not wake it, except after it dozed or in bulk."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from cotmonitor import Monitor, worker
from cotmonitor.settings import CotMonitorSettings
from cotmonitor.stats import MonitorStats


def _worker(delay_s: float, **kwargs: Any) -> tuple[worker.Worker, list[tuple[str, float]]]:
    done: list[tuple[str, float]] = []

    def process(name: str) -> None:
        done.append((name, time.monotonic()))

    return worker.Worker(process, MonitorStats(), 100, "w", delay_s=delay_s, **kwargs), done


def _until(predicate: object, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.005)
    return False


def test_an_awake_worker_is_not_woken_by_a_call_but_takes_it_on_schedule() -> None:
    pool, done = _worker(0.4)
    pool.submit("first")  # the worker starts asleep: this wakes it
    assert pool.wait_idle(time.monotonic() + 5)
    submitted = time.monotonic()
    pool.submit("second")
    assert _until(lambda: len(done) == 2), "taken on the worker's schedule, unwoken"
    assert done[1][1] - submitted >= 0.2, "an awake worker was woken by a call"
    pool.close(time.monotonic() + 5)


def test_many_waiting_items_wake_the_worker_before_its_schedule() -> None:
    pool, done = _worker(30.0, batch=3)
    pool.submit("a")
    assert pool.wait_idle(time.monotonic() + 5)
    for name in "bcd":
        pool.submit(name)
    assert _until(lambda: len(done) == 4, timeout=10), "three waiting items wake the worker"
    pool.close(time.monotonic() + 5)


def test_waiting_for_the_worker_wakes_it() -> None:
    pool, done = _worker(30.0)
    pool.submit("a")
    assert pool.wait_idle(time.monotonic() + 5)
    pool.submit("b")
    started = time.monotonic()
    assert pool.wait_idle(time.monotonic() + 10)
    assert [name for name, _ in done] == ["a", "b"]
    assert time.monotonic() - started < 10
    pool.close(time.monotonic() + 5)


def test_a_quiet_worker_dozes_and_the_next_item_wakes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker, "_DOZE_AFTER_S", 0.1)
    idle = threading.Event()
    pool, done = _worker(0.02, on_idle=idle.set, idle_s=0.2)
    pool.submit("a")
    assert _until(lambda: len(done) == 1)
    # on_idle runs only once the worker dozes: this proves it stopped its schedule.
    assert idle.wait(5), "a dozing worker still ends idle sessions on time"
    pool.submit("b")  # only a wake-up can get it taken now: a dozing worker has no schedule
    assert _until(lambda: len(done) == 2)
    pool.close(time.monotonic() + 5)


def test_a_zero_delay_wakes_the_worker_for_every_item() -> None:
    pool, done = _worker(0.0)
    for name in "abc":
        submitted = time.monotonic()
        pool.submit(name)
        assert _until(lambda n=name: done and done[-1][0] == n), name
        assert done[-1][1] - submitted < 5
    pool.close(time.monotonic() + 5)


def test_the_monitor_takes_its_schedule_from_the_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COTMONITOR_SCHEDULE_DELAY_S", "0.25")
    assert CotMonitorSettings().schedule_delay_s == 0.25
    monitor = Monitor(checks=[], exporters=[], settings=CotMonitorSettings())
    try:
        assert monitor._worker._delay_s == 0.25  # what the worker was given
    finally:
        monitor.close()
    monkeypatch.setenv("COTMONITOR_SCHEDULE_DELAY_S", "-1")
    with pytest.raises(ValueError, match="schedule_delay_s"):
        CotMonitorSettings()
