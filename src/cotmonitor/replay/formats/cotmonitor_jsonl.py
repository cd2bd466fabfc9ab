"""cotmonitor's own log: ``Verdict`` lines (the JSONL exporter) or bare ``Trace`` lines.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from typing import Any

from cotmonitor.replay.formats.base import RecordError, require_mapping
from cotmonitor.trace.model import Trace

_TRACE_KEYS = frozenset(Trace.model_fields)


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
        keys = record.keys()
        return bool(keys) and keys <= _TRACE_KEYS and ("reasoning" in keys or "segments" in keys)

    def traces(self, record: Any) -> list[Trace]:
        record = require_mapping(record, "the record")
        body = record.get("trace", record) if "findings" in record else record
        if not isinstance(body, dict) or not body.keys() <= _TRACE_KEYS:
            unknown = sorted(set(body) - _TRACE_KEYS) if isinstance(body, dict) else []
            raise RecordError(f"not a cotmonitor trace (unexpected keys {unknown[:5]})")
        return [Trace.model_validate(body)]


FORMAT = CotmonitorFormat()
