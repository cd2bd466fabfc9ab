"""Serving ``/metrics``: a small HTTP server for scripts and workers, or an app to mount.

In ``prometheus_client`` multiprocess mode (``PROMETHEUS_MULTIPROC_DIR`` set in the launching
shell) every function here serves the merged metrics of all worker processes, read afresh by
a ``MultiProcessCollector`` on each scrape; mount the app in the web server's workers rather
than starting one port per worker.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from typing import Any

from cotmonitor.exporters.prometheus import multiprocess_mode


def exposition_registry(registry: Any = None) -> Any:
    """The registry to expose: ``registry``/``REGISTRY``, or all workers in multiprocess mode.

    .. versionadded:: 0.1.0
    """
    if multiprocess_mode() and registry is None:
        from prometheus_client import CollectorRegistry, multiprocess

        merged = CollectorRegistry(support_collectors_without_names=True)
        multiprocess.MultiProcessCollector(merged)  # type: ignore[no-untyped-call]
        return merged
    if registry is None:
        from prometheus_client import REGISTRY

        return REGISTRY
    return registry


def start_metrics_server(
    port: int, addr: str = "127.0.0.1", registry: Any = None
) -> tuple[Any, Any]:
    """Serve ``/metrics`` on ``addr:port`` from a daemon thread.

    Binds to localhost by default: pass ``addr="0.0.0.0"`` to let a Prometheus on another
    host scrape it. ``port=0`` picks a free port (read it from ``server.server_port``).

    Returns:
        ``(server, thread)``; ``server.shutdown()`` stops it.

    .. versionadded:: 0.1.0
    """
    from prometheus_client import start_http_server

    server, thread = start_http_server(port, addr=addr, registry=exposition_registry(registry))
    return server, thread


def metrics_app(registry: Any = None) -> Any:
    """A WSGI app serving the metrics, to mount in Flask, Django or any WSGI server.

    .. versionadded:: 0.1.0
    """
    from prometheus_client import make_wsgi_app

    return make_wsgi_app(exposition_registry(registry))


def metrics_asgi_app(registry: Any = None) -> Any:
    """An ASGI app serving the metrics, to mount in FastAPI or Starlette.

    .. versionadded:: 0.1.0
    """
    from prometheus_client import make_asgi_app

    return make_asgi_app(exposition_registry(registry))
