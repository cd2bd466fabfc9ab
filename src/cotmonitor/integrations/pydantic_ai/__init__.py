"""Pydantic AI: ``Agent(model, capabilities=[CotMonitorCapability(monitor)])``.

.. versionadded:: 0.2.0
"""

from cotmonitor.integrations.pydantic_ai.capability import CotMonitorCapability

__all__ = ["CotMonitorCapability"]
