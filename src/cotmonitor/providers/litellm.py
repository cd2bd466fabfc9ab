"""litellm: a ``CustomLogger`` callback adapter and module wrapping (no patching of litellm).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from typing import Any


class MonitorCallback:
    """Placeholder until the litellm adapter lands."""

    def __init__(self, monitor: Any) -> None:
        raise NotImplementedError("the litellm adapter is not built yet")
