"""The LLM judge checks."""
