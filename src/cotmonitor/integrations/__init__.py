"""Framework integrations: one subpackage per agent framework, each registered in one line.

``cotmonitor.integrations.langchain``, ``cotmonitor.integrations.openai_agents``,
``cotmonitor.integrations.pydantic_ai`` and ``cotmonitor.integrations.claude_agent_sdk`` each
import their own framework and nothing else;
importing ``cotmonitor`` (or this package) imports none of them.

.. versionadded:: 0.2.0
"""
