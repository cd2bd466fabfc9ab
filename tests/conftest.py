"""Shared fixtures."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from cotmonitor.localserver import LocalModelServer

# litellm fetches its cost map over the network at import unless told not to.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")


@pytest.fixture
def model_server() -> Iterator[LocalModelServer]:
    """A local model server on a random port, for the real SDKs to talk to."""
    with LocalModelServer() as server:
        yield server
