"""A monitored app for the Prometheus + Grafana example: a wrapped OpenAI client asking the
bundled local model server the example questions, forever, with metrics on /metrics.

    python examples/metrics_app.py            # metrics on http://127.0.0.1:8000/metrics

Environment: METRICS_ADDR (default 127.0.0.1; the compose file sets 0.0.0.0), METRICS_PORT
(default 8000), PAUSE_S between calls (default 1.0).
"""

from __future__ import annotations

import json
import os
import time

from openai import OpenAI

import cotmonitor
from cotmonitor.localserver import LocalModelServer, TraceResponder, bundled_examples


def main() -> None:
    cotmonitor.configure_logging(json=os.environ.get("LOG_JSON", "") == "1")
    examples = [json.loads(line) for line in bundled_examples().read_text().splitlines() if line]
    server = LocalModelServer(TraceResponder(bundled_examples())).start()
    client = cotmonitor.wrap(OpenAI(base_url=server.openai_base_url, api_key="local"))
    port = int(os.environ.get("METRICS_PORT", "8000"))
    cotmonitor.start_metrics_server(port, addr=os.environ.get("METRICS_ADDR", "127.0.0.1"))
    print(f"metrics on :{port}/metrics; model server at {server.openai_base_url}")
    pause = float(os.environ.get("PAUSE_S", "1.0"))
    agents = ("researcher", "coder")
    turn = 0
    while True:
        example = examples[turn % len(examples)]
        with cotmonitor.context(agent=agents[turn % len(agents)]):
            client.chat.completions.create(
                model=example.get("model", "local-reasoner"),
                messages=[{"role": "user", "content": example["prompt"]}],
            )
        turn += 1
        time.sleep(pause)


if __name__ == "__main__":
    main()
