"""litellm: a ``CustomLogger`` callback adapter and module wrapping (no patching of litellm).

Two ways in, pick one per call path (both at once would capture each call twice):

- ``llm = monitor.wrap(litellm)`` returns a proxy of the module whose ``completion`` and
  ``acompletion`` capture (streams included); everything else is litellm's own. The
  ``litellm`` module itself is left untouched.
- ``litellm.callbacks = [monitor.litellm_callback()]`` (``MonitorCallback``) sees every call
  litellm makes in the process, and is what the LiteLLM proxy loads.

``MonitorCallback`` derives from litellm's ``CustomLogger`` and is built on first access, so
importing this module does not import litellm.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from typing import Any

from cotmonitor.providers.litellm_callback import callback_class
from cotmonitor.providers.litellm_module import unwrap_litellm, wrap_litellm

__all__ = ["unwrap_litellm", "wrap_litellm"]


def __getattr__(name: str) -> Any:
    if name == "MonitorCallback":
        return callback_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
