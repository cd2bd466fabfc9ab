"""Checks stage of cotmonitor."""
