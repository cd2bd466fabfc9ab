"""Per-provider normalizers; importing a module registers it with ``trace.normalize``."""

from cotmonitor.trace.normalizers import anthropic as anthropic
from cotmonitor.trace.normalizers import bedrock as bedrock
from cotmonitor.trace.normalizers import gemini as gemini
from cotmonitor.trace.normalizers import litellm as litellm
from cotmonitor.trace.normalizers import ollama as ollama
from cotmonitor.trace.normalizers import openai as openai
from cotmonitor.trace.normalizers import text as text
