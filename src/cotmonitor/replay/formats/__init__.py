"""The log formats replay reads, by ``--format`` name, and detection from a first record.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from typing import Any

from cotmonitor.replay.formats.anthropic_messages import FORMAT as ANTHROPIC
from cotmonitor.replay.formats.base import RecordError, ReplayFormat
from cotmonitor.replay.formats.cotmonitor_jsonl import FORMAT as COTMONITOR
from cotmonitor.replay.formats.inspect_log import FORMAT as INSPECT
from cotmonitor.replay.formats.inspect_log import InspectSample
from cotmonitor.replay.formats.langfuse_observations import FORMAT as LANGFUSE
from cotmonitor.replay.formats.litellm_payload import FORMAT as LITELLM
from cotmonitor.replay.formats.openai_chat import FORMAT as OPENAI
from cotmonitor.replay.formats.openai_responses import FORMAT as OPENAI_RESPONSES
from cotmonitor.replay.formats.otel_spans import FORMAT as OTEL

# Sniffing order matters only where shapes overlap: litellm payloads carry a chat response,
# so they are tried before plain OpenAI request/response pairs.
FORMATS: dict[str, ReplayFormat] = {
    f.name: f
    for f in (COTMONITOR, LITELLM, OPENAI, OPENAI_RESPONSES, ANTHROPIC, OTEL, INSPECT, LANGFUSE)
}


def detect(record: Any) -> ReplayFormat | None:
    """The format whose shape ``record`` has, ``None`` when none does."""
    for fmt in FORMATS.values():
        if fmt.sniff(record):
            return fmt
    return None


__all__ = ["FORMATS", "InspectSample", "RecordError", "ReplayFormat", "detect"]
