"""Exporters stage of cotmonitor."""
