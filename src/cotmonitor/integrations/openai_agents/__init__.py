"""OpenAI Agents SDK: ``agents.add_trace_processor(CotMonitorTracingProcessor(monitor))``.

.. versionadded:: 0.2.0
"""

from cotmonitor.integrations.openai_agents.processor import CotMonitorTracingProcessor

__all__ = ["CotMonitorTracingProcessor"]
