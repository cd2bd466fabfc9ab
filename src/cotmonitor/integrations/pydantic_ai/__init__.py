"""Pydantic AI: ``Agent(model, capabilities=[CotMonitorCapability(monitor)])``.

The guard, which checks each response before its tools run, is
``CotMonitorGuardCapability(monitor)`` in its place.

.. versionadded:: 0.2.0
"""

from cotmonitor.integrations.pydantic_ai.capability import CotMonitorCapability
from cotmonitor.integrations.pydantic_ai.guard import CotMonitorGuardCapability

__all__ = ["CotMonitorCapability", "CotMonitorGuardCapability"]
