"""An on-disk response cache keyed by a hash of the request.

Every answered request is appended to one JSONL file and flushed at once, so a run that is
interrupted loses at most the requests in flight: the rerun reads the file back and only
asks for what is missing, and a finished run can be rerun (with new templates for the
report, say) without a single request. A half-written last line (the process was killed
mid-write) is skipped.

The key covers the model name and everything sent (messages, sampling parameters) but not the
server address, so the same model reached through another URL still hits the cache. Use a
different cache file when one model name means different models.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

_log = logging.getLogger("cotmonitor.faithfulness")


def request_key(request: Mapping[str, Any]) -> str:
    """A stable hash of a request: same model, messages and parameters, same key.

    .. versionadded:: 0.1.0
    """
    canonical = json.dumps(request, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class ResponseCache:
    """Answers by request key, persisted to ``path`` (``None`` keeps them in memory only).

    .. versionadded:: 0.1.0
    """

    def __init__(self, path: str | Path | None) -> None:
        self.path = Path(path) if path is not None else None
        self._entries: dict[str, dict[str, Any]] = {}
        self.skipped_lines = 0
        self._torn_tail = False
        if self.path is not None and self.path.exists():
            self._load(self.path)

    def _load(self, path: Path) -> None:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                try:
                    record = json.loads(line)
                    self._entries[str(record["key"])] = dict(record["response"])
                except (ValueError, KeyError, TypeError):
                    _log.debug("skipping unreadable cache line %s:%d", path, number)
                    self.skipped_lines += 1
        with path.open("rb") as raw:
            raw.seek(0, 2)
            if raw.tell():
                raw.seek(-1, 2)
                self._torn_tail = raw.read(1) != b"\n"

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def get(self, key: str) -> dict[str, Any] | None:
        """The cached response for ``key``, or ``None``."""
        return self._entries.get(key)

    def put(self, key: str, response: Mapping[str, Any]) -> None:
        """Remember ``response`` and append it to the file."""
        self._entries[key] = dict(response)
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps({"key": key, "response": response}, ensure_ascii=False)
        if self._torn_tail:
            # A killed run left half a line: end it, so the new line is not glued to it.
            line = "\n" + line
            self._torn_tail = False
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")
            handle.flush()
