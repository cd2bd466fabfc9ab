"""Fixtures of the live session tests: the scripted local server and the session capture."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from live_support import SessionCapture, by_prompt

from cotmonitor.localserver import LocalModelServer


@pytest.fixture
def server() -> Iterator[LocalModelServer]:
    with LocalModelServer(responder=by_prompt) as running:
        yield running


@pytest.fixture
def capture() -> SessionCapture:
    return SessionCapture()
