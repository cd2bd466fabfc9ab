"""Claude Agent SDK: ``ClaudeAgentOptions(hooks=cotmonitor_hooks(monitor))``.

.. versionadded:: 0.2.0
"""

from cotmonitor.integrations.claude_agent_sdk.capture import MessageCapture
from cotmonitor.integrations.claude_agent_sdk.hooks import CotMonitorHooks, cotmonitor_hooks

__all__ = ["CotMonitorHooks", "MessageCapture", "cotmonitor_hooks"]
