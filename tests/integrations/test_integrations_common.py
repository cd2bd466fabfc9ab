"""What the framework integrations share: labels from framework ids, helpful import errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

import cotmonitor
from cotmonitor.integrations._common import MAX_ID_LENGTH, fixed_labels, framework_labels


def test_registered_labels_beat_framework_ids_which_beat_context() -> None:
    with cotmonitor.context(agent="ctx", session_id="s-ctx", team="search"):
        labels = framework_labels(agent="graph", session_id="t-1", fixed=fixed_labels("mine", {}))
    assert labels == {"agent": "mine", "session_id": "t-1", "team": "search"}


def test_framework_ids_are_bounded_and_empty_ones_ignored() -> None:
    labels = framework_labels(agent="  ", session_id="x" * 1000)
    assert labels == {"session_id": "x" * MAX_ID_LENGTH}
    assert framework_labels(agent=None, session_id=b"raw") == {}
    assert framework_labels(session_id=42) == {"session_id": "42"}


@pytest.mark.parametrize(
    ("module", "framework", "extra"),
    [
        ("langchain", "langchain_core", "cotmonitor[langchain]"),
        ("openai_agents", "agents", "cotmonitor[openai-agents]"),
        ("pydantic_ai", "pydantic_ai", "cotmonitor[pydantic-ai]"),
        ("claude_agent_sdk", "claude_agent_sdk", "cotmonitor[claude-agent-sdk]"),
    ],
)
def test_missing_framework_names_the_extra(module: str, framework: str, extra: str) -> None:
    code = (
        f"import sys; sys.modules[{framework!r}] = None\n"
        f"try:\n    import cotmonitor.integrations.{module}\n"
        "except ImportError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert extra in out.stdout
