"""LangChain and LangGraph: ``config={"callbacks": [CotMonitorCallbackHandler(monitor)]}``.

Guard: ``create_agent(model, tools, middleware=[CotMonitorGuardMiddleware(monitor)])``.

.. versionadded:: 0.2.0
"""

from cotmonitor.integrations.langchain.handler import CotMonitorCallbackHandler
from cotmonitor.integrations.langchain.middleware import CotMonitorGuardMiddleware

__all__ = ["CotMonitorCallbackHandler", "CotMonitorGuardMiddleware"]
