"""Trace stage of cotmonitor."""
