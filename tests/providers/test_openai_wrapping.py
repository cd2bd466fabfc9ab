"""Wrapping is transparent, idempotent and reversible, and never blocks or breaks the caller."""

from __future__ import annotations

import threading
import time

import openai
import pytest
from openai_support import make_client

from cotmonitor import ConfigError, Monitor
from cotmonitor.localserver import Reply
from cotmonitor.testing import CapturingExporter

ASK = [{"role": "user", "content": "hi"}]


def test_wrap_returns_the_same_client_and_unwrap_restores(model_server):
    exporter = CapturingExporter()
    monitor = Monitor(checks=[], exporters=[exporter])
    client = make_client("sync", model_server)
    original = type(client.chat.completions).create
    assert monitor.wrap(client) is client
    assert isinstance(client, openai.OpenAI)
    assert "create" in vars(client.chat.completions)
    assert monitor.unwrap(client) is client
    assert "create" not in vars(client.chat.completions)
    assert client.chat.completions.create.__func__ is original
    client.chat.completions.create(model="m", messages=ASK)
    assert monitor.flush()
    assert exporter.traces == []


def test_double_wrap_captures_once(model_server):
    exporter = CapturingExporter()
    monitor = Monitor(checks=[], exporters=[exporter])
    client = monitor.wrap(monitor.wrap(make_client("sync", model_server)))
    client.chat.completions.create(model="m", messages=ASK)
    assert monitor.flush()
    assert len(exporter.traces) == 1


def test_unknown_clients_are_refused():
    with pytest.raises(ConfigError, match="supported clients"):
        Monitor(checks=[], exporters=[]).wrap(object())


def test_raising_exporter_never_reaches_the_caller(model_server):
    def explode(verdict):
        raise RuntimeError("exporter down")

    monitor = Monitor(checks=[], exporters=[explode])
    client = monitor.wrap(make_client("sync", model_server))
    model_server.enqueue(Reply(content="fine"))
    result = client.chat.completions.create(model="m", messages=ASK)
    assert result.choices[0].message.content == "fine"
    assert monitor.flush()
    assert monitor.stats.total("internal_errors") == 1


def test_full_queue_drops_without_blocking(model_server):
    release = threading.Event()

    def slow(verdict):
        release.wait(5)

    monitor = Monitor(checks=[], exporters=[slow], queue_size=1)
    client = monitor.wrap(make_client("sync", model_server))
    started = time.perf_counter()
    for _ in range(6):
        client.chat.completions.create(model="m", messages=ASK)
    elapsed = time.perf_counter() - started
    release.set()
    assert monitor.flush()
    assert elapsed < 4
    assert monitor.stats.get("queue_dropped") >= 3
