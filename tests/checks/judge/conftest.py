"""A local OpenAI-compatible judge server on 127.0.0.1 (a random port)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cotmonitor.localserver import LocalModelServer


@pytest.fixture
def server() -> Iterator[LocalModelServer]:
    with LocalModelServer() as running:
        yield running
