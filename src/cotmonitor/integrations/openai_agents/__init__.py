"""OpenAI Agents SDK: ``agents.add_trace_processor(CotMonitorTracingProcessor(monitor))``.

Guard: ``CotMonitorGuardrails(monitor)``, its ``output`` and ``tool_input`` guardrails, and the
object itself as the run's hooks.

.. versionadded:: 0.2.0
"""

from cotmonitor.integrations.openai_agents.guardrails import CotMonitorGuardrails
from cotmonitor.integrations.openai_agents.processor import CotMonitorTracingProcessor

__all__ = ["CotMonitorGuardrails", "CotMonitorTracingProcessor"]
