"""cotmonitor for the LiteLLM proxy.

Load it with ``litellm_settings: callbacks: cotmonitor_callback.proxy_handler_instance``.

The monitor is configured from ``COTMONITOR_*`` environment variables (``COTMONITOR_JSONL_PATH``,
``COTMONITOR_JUDGE__MODEL`` ...), exactly as ``cotmonitor.Monitor()`` anywhere else. Every
completion the proxy serves, streamed or not, is checked off the request path; a failure inside
the monitor is counted and never reaches the proxy's clients. It is the process's default
monitor, shared with the guardrail (``cotmonitor_guardrail.py``) when that is loaded too: the
calls the guardrail decides on are exported once, with their decision.

Clients may label their calls by sending ``metadata: {"cotmonitor_labels": {"agent": "coder"}}``
in the request body.
"""

from __future__ import annotations

import cotmonitor
from cotmonitor.exporters.jsonl import JsonlExporter

monitor = cotmonitor.get_default_monitor()

# A proxy is long-lived and usually stopped by a signal: put every verdict on disk as it is
# written instead of when a buffer fills.
for exporter in monitor.exporters:
    if isinstance(exporter, JsonlExporter):
        exporter.fsync = True

proxy_handler_instance = monitor.litellm_callback()
