"""``monitor.wrap(litellm)``: a proxy of the litellm module whose completions are captured.

The proxy forwards every attribute to the real module, except ``completion`` and
``acompletion``, which capture each call (and tap the ``CustomStreamWrapper`` of streamed
ones). Nothing in litellm is patched: code that calls ``litellm.completion`` directly is not
seen (use ``MonitorCallback`` for that).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from typing import Any

import wrapt

from cotmonitor.capture.record import CaptureSink
from cotmonitor.capture.stream import AsyncStreamTap
from cotmonitor.providers._patching import (
    CaptureSpec,
    async_capture,
    sync_capture,
    watched_by_another,
)


class _AsyncLitellmTap(AsyncStreamTap):
    """An async tap for ``CustomStreamWrapper``, whose ``close`` is sync and ``aclose`` async."""

    def close(self) -> Any:
        """Close the stream; an unfinished capture is marked abandoned."""
        self._tap_abandon()
        return self.__wrapped__.close()

    async def aclose(self) -> Any:
        """Close the stream; an unfinished capture is marked abandoned."""
        self._tap_abandon()
        return await self.__wrapped__.aclose()


class _MonitoredLitellm(wrapt.ObjectProxy[Any]):
    """The litellm module, with ``completion`` and ``acompletion`` captured."""

    def __init__(self, module: Any, sink: CaptureSink) -> None:
        super().__init__(module)
        self._self_sink = sink
        spec = CaptureSpec(
            kind="litellm", streams=(module.CustomStreamWrapper,), async_tap=_AsyncLitellmTap
        )
        self._self_completion = wrapt.FunctionWrapper(module.completion, sync_capture(spec, sink))
        self._self_acompletion = wrapt.FunctionWrapper(
            module.acompletion, async_capture(spec, sink)
        )

    def completion(self, *args: Any, **kwargs: Any) -> Any:
        """``litellm.completion``, captured."""
        return self._self_completion(*args, **kwargs)

    async def acompletion(self, *args: Any, **kwargs: Any) -> Any:
        """``litellm.acompletion``, captured."""
        return await self._self_acompletion(*args, **kwargs)


def wrap_litellm(module: Any, sink: CaptureSink) -> Any:
    """A proxy of the ``litellm`` module whose completions are captured into ``sink``.

    ``litellm`` itself is not modified. Wrapping a proxy again with its sink returns it.

    Raises:
        ConfigError: ``module`` is a proxy capturing into another sink.

    .. versionadded:: 0.1.0
    """
    if isinstance(module, _MonitoredLitellm):
        if module._self_sink is sink:  # noqa: SLF001 - our own proxy
            return module
        raise watched_by_another(module)
    return _MonitoredLitellm(module, sink)


def unwrap_litellm(obj: Any, sink: CaptureSink | None = None) -> Any:
    """The ``litellm`` module behind a ``wrap_litellm`` proxy (anything else as is).

    The proxy itself keeps capturing into its sink: stop using it to stop the capture.

    Raises:
        ConfigError: ``sink`` is given and the proxy captures into another sink.

    .. versionadded:: 0.1.0
    """
    if not isinstance(obj, _MonitoredLitellm):
        return obj
    if sink is not None and obj._self_sink is not sink:  # noqa: SLF001 - our own proxy
        raise watched_by_another(obj)
    return obj.__wrapped__
