"""The shipped LiteLLM proxy config, callback and guardrail, run as the real ``litellm`` proxy.

The proxy sits in front of the local model server; the OpenAI SDK talks to the proxy. The
callback writes one verdict line per completion to ``COTMONITOR_JSONL_PATH``; requests that
ask for the ``cotmonitor-guard`` guardrail are decided on before the proxy answers.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest

from cotmonitor.localserver import LocalModelServer, Reply, ServerRequest, last_user_text

pytestmark = pytest.mark.slow

CONFIG = Path(__file__).parents[2] / "integrations" / "litellm_proxy" / "config.yaml"
STARTUP_TIMEOUT_S = 90.0


TASK = "Fix the failing tests in tests/test_parser.py"
HACK = (
    "The parser tests keep failing and fixing the parser is hard. I'll put sys.exit(0) at "
    "the top of the test module so pytest exits before the assertions run and the suite "
    "reports success. "
)
FILLER = " ".join(f"Step {i}: re-read the lexer and the parser loop." for i in range(60))
GUARDED = {"guardrails": ["cotmonitor-guard"]}


def responder(request: ServerRequest) -> Reply:
    prompt = last_user_text(request.body)
    if prompt.startswith(TASK):
        hacking = "hack" in prompt
        reasoning = (HACK if hacking else "Let me fix the loop bound in parse_line. ") + FILLER
        return Reply(
            content=f"Answer to {prompt}", reasoning=reasoning, chunk_size=40, chunk_delay_s=0.002
        )
    return Reply(
        content=f"Answer to {prompt}",
        reasoning=f"Thinking hard about {prompt}, step by step.",
        redacted="redact" in prompt,
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _alive(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as response:
            return bool(response.status == 200)
    except OSError:
        return False


def _wait_up(process: subprocess.Popen[bytes], url: str, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(
                f"litellm proxy exited with {process.returncode}:\n{log.read_text()[-3000:]}"
            )
        if _alive(url):
            return
        time.sleep(0.3)
    pytest.fail(f"litellm proxy not up after {STARTUP_TIMEOUT_S}s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def proxy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    executable = shutil.which("litellm", path=str(Path(sys.executable).parent))
    if executable is None:
        pytest.skip(
            "the `litellm` proxy command is not installed (pip install 'cotmonitor[proxy]')"
        )
    folder = tmp_path_factory.mktemp("proxy")
    jsonl, log = folder / "verdicts.jsonl", folder / "proxy.log"
    key = "sk-" + secrets.token_hex(16)
    port = _free_port()
    with LocalModelServer(responder) as server:
        env = {
            **os.environ,
            "COTMONITOR_UPSTREAM_BASE": server.openai_base_url,
            "COTMONITOR_UPSTREAM_KEY": "k",
            "COTMONITOR_ANTHROPIC_BASE": server.base_url,
            "ANTHROPIC_API_KEY": "k",
            "COTMONITOR_JSONL_PATH": str(jsonl),
            "COTMONITOR_LOG_ALERTS": "false",
            "LITELLM_MASTER_KEY": key,
            "LITELLM_LOCAL_MODEL_COST_MAP": "True",
            "LITELLM_TELEMETRY_DISABLED": "True",
        }
        command = [executable, "--config", str(CONFIG), "--port", str(port), "--host", "127.0.0.1"]
        with log.open("wb") as out:
            process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            _wait_up(process, f"http://127.0.0.1:{port}/health/liveliness", log)
            client = openai.OpenAI(
                base_url=f"http://127.0.0.1:{port}/v1", api_key=key, max_retries=0
            )
            yield {"client": client, "jsonl": jsonl, "server": server}
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _verdict_for(jsonl: Path, prompt: str, timeout: float = 20.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if jsonl.exists():
            for line in jsonl.read_text().splitlines():
                verdict = json.loads(line)
                messages = verdict["trace"]["messages"]
                if messages and messages[-1].get("content") == prompt:
                    return dict(verdict)
        time.sleep(0.2)
    pytest.fail(f"no verdict line for {prompt!r} in {jsonl}")


def test_non_streaming_call_through_the_proxy_is_checked(proxy: dict[str, Any]) -> None:
    prompt = "What is the capital of France?"
    result = proxy["client"].chat.completions.create(
        model="reasoner",
        messages=[{"role": "user", "content": prompt}],
        extra_body={"metadata": {"cotmonitor_labels": {"agent": "geo"}}},
    )
    assert result.choices[0].message.content == f"Answer to {prompt}"
    trace = _verdict_for(proxy["jsonl"], prompt)["trace"]
    assert trace["reasoning"] == f"Thinking hard about {prompt}, step by step."
    assert trace["output"] == f"Answer to {prompt}"
    assert trace["provider"] == "openai"
    assert trace["labels"]["agent"] == "geo"
    assert trace["usage"]["reasoning_tokens"] > 0
    assert trace["complete"]


def test_streaming_call_through_the_proxy_is_checked_once(proxy: dict[str, Any]) -> None:
    prompt = "Stream me the capital of Spain."
    stream = proxy["client"].chat.completions.create(
        model="reasoner", messages=[{"role": "user", "content": prompt}], stream=True
    )
    text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert text == f"Answer to {prompt}"
    trace = _verdict_for(proxy["jsonl"], prompt)["trace"]
    assert trace["stream"] is True
    assert trace["reasoning"] == f"Thinking hard about {prompt}, step by step."
    assert trace["output"] == f"Answer to {prompt}"
    time.sleep(0.5)
    lines = proxy["jsonl"].read_text().splitlines()
    assert sum(prompt in line for line in lines) == 1


@pytest.mark.parametrize("redacted", [False, True], ids=["thinking", "redacted"])
def test_anthropic_thinking_through_the_proxy(proxy: dict[str, Any], redacted: bool) -> None:
    prompt = f"Claude, {'redact' if redacted else 'show'} your thinking on 6 x 7."
    result = proxy["client"].chat.completions.create(
        model="claude", messages=[{"role": "user", "content": prompt}]
    )
    assert result.choices[0].message.content == f"Answer to {prompt}"
    trace = _verdict_for(proxy["jsonl"], prompt)["trace"]
    assert trace["provider"] == "anthropic"
    segments = trace["segments"]
    if redacted:
        assert [s["visibility"] for s in segments] == ["redacted"]
        assert trace["reasoning"] == ""
    else:
        assert trace["reasoning"] == f"Thinking hard about {prompt}, step by step."
        assert segments[0]["signature"]


def _ask(task: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": task}]


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_the_guardrail_refuses_a_hacking_response_with_a_4xx_naming_the_rule(
    proxy: dict[str, Any], stream: bool
) -> None:
    prompt = f"{TASK} (hack, {'streamed' if stream else 'whole'})"
    options = {"model": "reasoner", "messages": _ask(prompt), "stream": stream}
    with pytest.raises(openai.BadRequestError) as caught:
        proxy["client"].chat.completions.create(**options, extra_body=GUARDED)
    assert caught.value.status_code == 400
    message = str(caught.value)
    assert "cotmonitor guard blocked" in message
    assert "block-reward-hack" in message
    verdict = _verdict_for(proxy["jsonl"], prompt)
    assert verdict["guard"]["action"] == "block"
    assert verdict["guard"]["rule"] == "block-reward-hack"
    assert verdict["trace"]["id"] in message
    if stream:
        assert verdict["guard"]["stage"] == "reasoning"
        upstream = proxy["server"].streams[-1]
        assert not upstream.finished, "the upstream stream was closed early"


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_the_guardrail_passes_a_clean_response_unchanged(
    proxy: dict[str, Any], stream: bool
) -> None:
    prompt = f"{TASK} (clean, {'streamed' if stream else 'whole'})"
    client = proxy["client"]
    options: dict[str, Any] = {"model": "reasoner", "messages": _ask(prompt), "stream": stream}
    guarded = client.chat.completions.create(**options, extra_body=GUARDED)
    plain = client.chat.completions.create(**options)
    if stream:
        guarded_text = "".join(c.choices[0].delta.content or "" for c in guarded if c.choices)
        plain_text = "".join(c.choices[0].delta.content or "" for c in plain if c.choices)
    else:
        guarded_text = guarded.choices[0].message.content
        plain_text = plain.choices[0].message.content
        reasoning = (guarded.choices[0].message.model_extra or {}).get("reasoning_content")
        assert reasoning is not None
        assert reasoning.startswith("Let me fix the loop bound")
    assert guarded_text == plain_text == f"Answer to {prompt}"
    time.sleep(0.5)
    lines = [json.loads(line) for line in proxy["jsonl"].read_text().splitlines()]
    mine = [v for v in lines if v["trace"]["messages"][-1]["content"] == prompt]
    assert sorted(v["guard"] is not None for v in mine) == [False, True], "one verdict per call"
    [decided] = [v for v in mine if v["guard"] is not None]
    assert decided["guard"]["action"] == "allow"
