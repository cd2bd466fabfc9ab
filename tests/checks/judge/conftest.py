"""A local OpenAI-compatible judge server on 127.0.0.1 (a random port)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cotmonitor.checks.judge.transport import load_litellm
from cotmonitor.localserver import LocalModelServer

_HERE = Path(__file__).parent
# litellm builds pydantic adapters over its own ReadOnly TypedDicts on first use; pydantic
# warns about those, which is litellm's business, not a failure of the judge.
_LITELLM_READONLY = "ignore:.*using the `ReadOnly` qualifier:UserWarning"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _HERE in item.path.parents:
            item.add_marker(pytest.mark.filterwarnings(_LITELLM_READONLY))


@pytest.fixture(scope="session", autouse=True)
def _litellm_imported() -> None:
    """Import litellm once up front: its import takes seconds, which no test is about."""
    load_litellm()


@pytest.fixture
def server() -> Iterator[LocalModelServer]:
    with LocalModelServer() as running:
        yield running
