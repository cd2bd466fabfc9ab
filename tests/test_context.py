from __future__ import annotations

import asyncio
import threading

from cotmonitor import bind_context, context
from cotmonitor.context import current_labels


def test_nested_context_merges_and_restores() -> None:
    with context(agent="coder", session_id="s-1"):
        with context(team="x", agent="planner"):
            assert dict(current_labels()) == {"agent": "planner", "session_id": "s-1", "team": "x"}
        assert dict(current_labels()) == {"agent": "coder", "session_id": "s-1"}
    assert dict(current_labels()) == {}


async def test_asyncio_tasks_inherit_labels() -> None:
    async def read() -> dict[str, str]:
        await asyncio.sleep(0)
        return dict(current_labels())

    with context(agent="a"):
        task = asyncio.create_task(read())
    assert await task == {"agent": "a"}


def test_bind_context_carries_labels_into_threads() -> None:
    seen: list[dict[str, str]] = []
    with context(agent="t"):
        fn = bind_context(lambda: seen.append(dict(current_labels())))
    thread = threading.Thread(target=fn)
    thread.start()
    thread.join()
    assert seen == [{"agent": "t"}]
