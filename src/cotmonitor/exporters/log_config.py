"""Rendering the alert events: JSON lines in production, a readable console for the demo.

``configure_logging()`` sets structlog up once for the process; skip it when the application
configures structlog itself (the alert events then follow the application's setup).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import logging
import sys
from typing import Any, TextIO


def configure_logging(
    *, json: bool = True, level: int | str = logging.INFO, stream: TextIO | None = None
) -> None:
    """Configure structlog for cotmonitor's events.

    Args:
        json: one JSON object per line (production); ``False`` for a colored console.
        level: the lowest level written.
        stream: where events go; ``sys.stderr`` by default.

    .. versionadded:: 0.1.0
    """
    import structlog

    renderer: Any = (
        structlog.processors.JSONRenderer()
        if json
        else structlog.dev.ConsoleRenderer(colors=stream is None and sys.stderr.isatty())
    )
    numeric = logging.getLevelName(level) if isinstance(level, str) else level
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        logger_factory=structlog.PrintLoggerFactory(stream or sys.stderr),
        cache_logger_on_first_use=False,
    )
