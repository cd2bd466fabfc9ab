"""Judge answers kept by content hash: in memory (LRU) and optionally on disk.

A replay of logged traces, or the same trace seen twice, does not pay the judge twice. The
key covers the model, the task, the prompt version and the judged content (see
``prompt.render``); the stored value is the judge's validated answer as JSON, so findings are
rebuilt (and quotes re-verified) from it every time.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

_log = logging.getLogger("cotmonitor")


class JudgeCache:
    """Thread-safe LRU of judge answers with an optional directory behind it.

    Args:
        size: entries kept in memory; 0 keeps none (and disables the disk too).
        directory: where answers are also written, one JSON file per key.

    .. versionadded:: 0.1.0
    """

    def __init__(self, size: int, directory: Path | None = None) -> None:
        self.size = size
        self.directory = directory
        self._lock = threading.Lock()
        self._entries: OrderedDict[str, dict[str, Any]] = OrderedDict()

    def get(self, key: str) -> dict[str, Any] | None:
        """The answer stored under ``key``, or ``None``."""
        if self.size <= 0:
            return None
        with self._lock:
            value = self._entries.get(key)
            if value is not None:
                self._entries.move_to_end(key)
                return value
        value = self._read(key)
        if value is not None:
            self._remember(key, value)
        return value

    def put(self, key: str, value: dict[str, Any]) -> None:
        """Store an answer under ``key``."""
        if self.size <= 0:
            return
        self._remember(key, value)
        self._write(key, value)

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def _remember(self, key: str, value: dict[str, Any]) -> None:
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def _path(self, key: str) -> Path | None:
        if self.directory is None:
            return None
        return self.directory / key[:2] / f"{key}.json"

    def _read(self, key: str) -> dict[str, Any] | None:
        path = self._path(key)
        if path is None or not path.is_file():
            return None
        try:
            value = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            _log.debug("unreadable judge cache entry %s", path, exc_info=True)
            return None
        return value if isinstance(value, dict) else None

    def _write(self, key: str, value: dict[str, Any]) -> None:
        path = self._path(key)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # write-then-rename: a reader never sees half an entry
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(value, out)
            Path(tmp).replace(path)
        except OSError:
            _log.debug("judge cache write failed for %s", path, exc_info=True)
