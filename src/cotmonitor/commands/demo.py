"""``cotmonitor demo``: an example agent, wrapped in one line, against the bundled model server.

Needs no API key and no network: the local model server that ships with the package answers
from example reasoning traces (hinted questions answered with and without acknowledging the
hint, a reward-hack rationale, clean ones). Alerts are logged as they happen; a summary table
closes the run.
"""

from __future__ import annotations

import argparse
import os
import time
from typing import Any

from cotmonitor.context import context
from cotmonitor.localserver.responders import TraceResponder, bundled_examples
from cotmonitor.localserver.server import LocalModelServer
from cotmonitor.monitor import Monitor
from cotmonitor.testing import CapturingExporter
from cotmonitor.verdicts import Verdict


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of ``demo``."""
    parser.add_argument(
        "--rounds", type=int, default=1, help="how many times to go through the examples"
    )
    parser.add_argument(
        "--no-stream", action="store_true", help="never stream (by default every other call does)"
    )
    parser.add_argument(
        "--metrics-port",
        type=int,
        default=None,
        help="serve Prometheus metrics on this port and keep the agent running until Ctrl-C",
    )
    parser.add_argument(
        "--metrics-addr",
        default="127.0.0.1",
        help="address for --metrics-port (default: %(default)s)",
    )


def _example_prompts() -> list[str]:
    responder = TraceResponder(bundled_examples())
    return [str(r["prompt"]) for r in responder.records]


def _agent(client: Any, prompts: list[str], rounds: int, *, stream: bool) -> None:
    """The example agent: asks each question and reads the answer, streaming every other call."""
    for round_number in range(rounds):
        for i, prompt in enumerate(prompts):
            messages = [{"role": "user", "content": prompt}]
            # Each question is a task of its own: one session each, not one for the round.
            with context(agent="demo-agent", session_id=f"demo-{round_number}-{i}"):
                if stream and i % 2:
                    chunks = client.chat.completions.create(
                        model="local-reasoner", messages=messages, stream=True
                    )
                    for _ in chunks:
                        pass
                else:
                    client.chat.completions.create(model="local-reasoner", messages=messages)


def _summary(verdicts: list[Verdict]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="cotmonitor demo: one verdict per call")
    for column in ("prompt", "answer", "findings", "alert"):
        table.add_column(column, overflow="fold")
    counts: dict[str, int] = {}
    for verdict in verdicts:
        found = []
        for finding in verdict.findings:
            counts[finding.category] = counts.get(finding.category, 0) + 1
            hint = finding.details.get("hint_type")
            found.append(
                f"{finding.category}{f' ({hint})' if hint else ''} [{finding.severity.value}]"
            )
        prompt = verdict.trace.message_text(len(verdict.trace.messages) - 1)
        table.add_row(
            " ".join(prompt.split())[:70],
            " ".join(verdict.trace.output.split())[:40],
            "\n".join(found) or "-",
            "ALERT" if verdict.alert else "",
        )
    # Captured output (CI logs, pipes) defaults to 80 columns, too narrow for the table.
    console = Console(width=None if Console().is_terminal else 120)
    console.print(table)
    totals = ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())) or "none"
    alerts = sum(v.alert for v in verdicts)
    console.print(f"{len(verdicts)} calls, {alerts} alerts; findings by category: {totals}")


def run(args: argparse.Namespace) -> int:
    """Serve the examples, run the wrapped agent against them, print the summary."""
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    from openai import OpenAI

    collected = CapturingExporter()
    monitor = Monitor()
    monitor.exporters.append(collected)
    prompts = _example_prompts()
    with LocalModelServer(TraceResponder(bundled_examples())) as server:
        client = monitor.wrap(OpenAI(base_url=server.openai_base_url, api_key="local"))
        if args.metrics_port is not None:
            return _serve(monitor, client, prompts, args)
        _agent(client, prompts, args.rounds, stream=not args.no_stream)
        monitor.flush(timeout=10)
    monitor.close()
    _summary(collected.verdicts)
    return 0


def _serve(monitor: Monitor, client: Any, prompts: list[str], args: argparse.Namespace) -> int:
    """Keep the agent calling, with metrics served, until interrupted."""
    from cotmonitor.exporters.serving import start_metrics_server

    server, _thread = start_metrics_server(args.metrics_port, addr=args.metrics_addr)
    print(f"metrics on http://{args.metrics_addr}:{server.server_port}/metrics (Ctrl-C to stop)")
    try:
        while True:
            _agent(client, prompts, 1, stream=not args.no_stream)
            time.sleep(1.0)
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        monitor.close()
    return 0
