"""Dict-based response normalizers that replay uses until ``trace.normalize`` has its own.

``cotmonitor.replay.capture_to_trace`` prefers the normalizer registered for a capture kind;
these cover the kinds that have none yet, from plain JSON dicts only.

.. versionadded:: 0.1.0
"""
