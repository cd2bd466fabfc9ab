"""Capture stage of cotmonitor."""
