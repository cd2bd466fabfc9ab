"""LangChain and LangGraph: ``config={"callbacks": [CotMonitorCallbackHandler(monitor)]}``.

.. versionadded:: 0.2.0
"""

from cotmonitor.integrations.langchain.handler import CotMonitorCallbackHandler

__all__ = ["CotMonitorCallbackHandler"]
