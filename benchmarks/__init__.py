"""Benchmarks (``python -m benchmarks``)."""
