"""The exporters a ``Monitor`` built without ``exporters=`` uses, chosen from the settings.

The structlog alert log (``log_alerts``), the JSONL trace log (``jsonl_path``), the default
Prometheus registry (``prometheus``), and OpenTelemetry when the application has installed an
SDK tracer or meter provider (``otel``). Every monitor shares the one Prometheus exporter of
the default registry, so building several never registers a metric twice.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from cotmonitor.settings import CotMonitorSettings
from cotmonitor.types import Exporter


def default_exporters(settings: CotMonitorSettings) -> list[Exporter]:
    """The exporters ``settings`` switch on.

    .. versionadded:: 0.1.0
    """
    chosen: list[Exporter] = []
    if settings.log_alerts:
        from cotmonitor.exporters.log import LogExporter

        chosen.append(LogExporter(capture_content=settings.capture_content))
    if settings.jsonl_path is not None:
        from cotmonitor.exporters.jsonl import JsonlExporter

        chosen.append(JsonlExporter(settings.jsonl_path))
    if settings.prometheus:
        from cotmonitor.exporters.prometheus import default_prometheus_exporter

        chosen.append(default_prometheus_exporter())
    if settings.otel:
        from cotmonitor.exporters.otel import OTelExporter, sdk_configured

        if sdk_configured():
            chosen.append(
                OTelExporter(
                    capture_content=settings.span_content,
                    latest_experimental=settings.genai_latest_experimental,
                )
            )
    return chosen
