"""The version of cotmonitor (kept equal to the package metadata by a test)."""

# A literal rather than importlib.metadata, whose import costs tens of milliseconds.
__version__ = "0.1.0"
