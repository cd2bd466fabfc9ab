"""Pick the adapter for a client object, by the package its type comes from.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import importlib
import types
from collections.abc import Callable
from typing import Any, TypeVar, cast

from cotmonitor.capture.record import CaptureSink
from cotmonitor.errors import ConfigError

_C = TypeVar("_C")

_ADAPTERS: dict[str, tuple[str, str, str]] = {
    "openai": ("cotmonitor.providers.openai", "wrap_openai", "unwrap_openai"),
    "anthropic": ("cotmonitor.providers.anthropic", "wrap_anthropic", "unwrap_anthropic"),
    "litellm": ("cotmonitor.providers.litellm", "wrap_litellm", "unwrap_litellm"),
    "ollama": ("cotmonitor.providers.ollama", "wrap_ollama", "unwrap_ollama"),
    "google": ("cotmonitor.providers.gemini", "wrap_gemini", "unwrap_gemini"),
    "botocore": ("cotmonitor.providers.bedrock", "wrap_bedrock", "unwrap_bedrock"),
}
_SUPPORTED = (
    "openai.OpenAI, openai.AsyncOpenAI (and Azure variants), anthropic.Anthropic, "
    "anthropic.AsyncAnthropic (and their Bedrock and Vertex variants), google.genai.Client, "
    "boto3 bedrock-runtime clients, ollama.Client, ollama.AsyncClient, or the litellm module"
)


def _package(client: object) -> str:
    if isinstance(client, types.ModuleType):
        return client.__name__.split(".", 1)[0]
    return type(client).__module__.split(".", 1)[0]


def _adapter(client: object, which: int) -> Callable[..., Any]:
    package = _package(client)
    try:
        entry = _ADAPTERS[package]
    except KeyError:
        kind = f"{type(client).__module__}.{type(client).__name__}"
        raise ConfigError(f"cannot monitor a {kind}: supported clients are {_SUPPORTED}") from None
    try:
        module = importlib.import_module(entry[0])
        function: Callable[..., Any] = getattr(module, entry[which])
    except (ImportError, AttributeError) as e:
        raise ConfigError(f"no adapter for {package} clients is available ({e})") from e
    return function


def wrap_client(client: _C, sink: CaptureSink) -> _C:
    """Route ``client``'s calls through capture into ``sink``; returns the same client.

    Raises:
        ConfigError: the client is of no supported kind, or another sink captures it.

    .. versionadded:: 0.1.0
    """
    return cast("_C", _adapter(client, 1)(client, sink))


def unwrap_client(client: _C, sink: CaptureSink | None = None) -> _C:
    """Undo ``wrap_client`` (only ``sink``'s, when given); returns the same client.

    Raises:
        ConfigError: the client is of no supported kind, or another sink captures it.

    .. versionadded:: 0.1.0
    """
    return cast("_C", _adapter(client, 2)(client, sink))
