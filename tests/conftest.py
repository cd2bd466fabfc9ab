"""Shared fixtures: the local model server, sync and async flavours, a capturing exporter."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from cotmonitor.localserver import LocalModelServer
from cotmonitor.testing import CapturingExporter

# litellm fetches its cost map over the network at import unless told not to.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")


@pytest.fixture
def model_server() -> Iterator[LocalModelServer]:
    """A local model server on a random port, for the real SDKs to talk to."""
    with LocalModelServer() as server:
        yield server


@pytest.fixture(params=["sync", "async"])
def flavor(request: pytest.FixtureRequest) -> str:
    """Run a test once with the sync client and once with the async one."""
    return str(request.param)


@pytest.fixture
def exporter() -> CapturingExporter:
    return CapturingExporter()
