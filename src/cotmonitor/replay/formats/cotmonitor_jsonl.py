"""cotmonitor's own log: ``Verdict`` lines (the JSONL exporter) or bare ``Trace`` lines.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from cotmonitor.replay.formats.base import RecordError, require_mapping
from cotmonitor.trace.model import Trace

_TRACE_KEYS = frozenset(Trace.model_fields)
_VERDICT_PREFIX = b'{"trace":'


def _is_session_line(record: dict[str, Any] | Any) -> bool:
    """A session line of a findings file: ``session_id``, ``steps`` and ``findings``."""
    return "session_id" in record and "steps" in record and "findings" in record


class _VerdictLine(BaseModel):
    """A verdict line, reading only its trace: the logged findings are not reused."""

    model_config = ConfigDict(extra="ignore")

    trace: Trace


class CotmonitorFormat:
    """Lines written by ``JsonlExporter`` (``{"trace": ..., "findings": ...}``) or bare traces.

    Logged findings are not trusted or reused: the trace is checked again with the current
    checks, which is the point of replaying after a rule change.
    """

    name = "cotmonitor"

    def sniff(self, record: Any) -> bool:
        if not isinstance(record, dict):
            return False
        if isinstance(record.get("trace"), dict) and "findings" in record:
            return True
        if _is_session_line(record):
            return True
        keys = record.keys()
        return bool(keys) and keys <= _TRACE_KEYS and ("reasoning" in keys or "segments" in keys)

    def traces(self, record: Any) -> list[Trace]:
        record = require_mapping(record, "the record")
        if _is_session_line(record):
            # A session's findings: its steps are the verdict lines, checked again on replay.
            return []
        body = record.get("trace", record) if "findings" in record else record
        if not isinstance(body, dict) or not body.keys() <= _TRACE_KEYS:
            unknown = sorted(set(body) - _TRACE_KEYS) if isinstance(body, dict) else []
            raise RecordError(f"not a cotmonitor trace (unexpected keys {unknown[:5]})")
        return [Trace.model_validate(body)]

    def traces_from_json(self, line: bytes) -> list[Trace] | None:
        """Parse and validate a raw line in one step (pydantic's JSON parser, no dicts).

        Returns ``None`` for lines this fast path does not handle; ``traces`` then does.

        Raises:
            RecordError: the line is not valid JSON.
        """
        if not line.startswith(_VERDICT_PREFIX):
            return None
        try:
            parsed = _VerdictLine.model_validate_json(line)
        except ValidationError as exc:
            if any(e["type"] == "json_invalid" for e in exc.errors()):
                reason = f"not valid JSON ({exc.errors()[0]['msg']})"
                raise RecordError(reason, kind="malformed_json") from exc
            # the slower path reads it again and explains what is wrong, field by field
            return None
        return [parsed.trace]


FORMAT = CotmonitorFormat()
