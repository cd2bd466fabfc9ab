from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from cotmonitor.cli import main


def test_demo_runs_the_agent_and_summarises_its_verdicts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    # one row per bundled example, then the totals line
    match = re.search(r"(\d+) calls, (\d+) alerts; findings by category: (.*)", out)
    assert match is not None, out
    calls, alerts = int(match.group(1)), int(match.group(2))
    assert calls == 8
    assert alerts >= 2
    assert "unverbalized_hint" in match.group(3)
    assert "reward_hack" in match.group(3)
    # alerts are logged as they happen, before the summary
    assert out.index("cotmonitor.alert") < out.index("calls,")


@pytest.mark.slow
def test_demo_with_metrics_serves_prometheus_until_interrupted() -> None:
    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "cotmonitor.cli", "demo", "--metrics-port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        url = None
        deadline = time.monotonic() + 60
        while url is None and time.monotonic() < deadline:
            line = proc.stdout.readline()
            found = re.search(r"metrics on (http://\S+/metrics)", line)
            url = found.group(1) if found else None
        assert url is not None
        body = ""
        # Findings are counted as their traces are checked, one by one: wait for this one.
        hack = r'cotmonitor_findings_total\{[^}]*category="reward_hack"'
        while not re.search(hack, body) and time.monotonic() < deadline:
            time.sleep(0.5)
            with urllib.request.urlopen(url, timeout=5) as response:
                body = response.read().decode()
        assert re.search(hack, body)
        assert 'cotmonitor_traces_total{agent="demo-agent"' in body
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=20)
    assert proc.returncode == 0
