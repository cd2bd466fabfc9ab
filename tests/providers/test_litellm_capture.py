"""The litellm adapters (module proxy and ``CustomLogger`` callback), driven by the real litellm
over HTTP to the local server, for OpenAI-compatible and Anthropic upstreams."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import litellm
import openai
import pytest
from openai_support import stable

import cotmonitor
from cotmonitor import Monitor
from cotmonitor.localserver import LocalModelServer, Reply
from cotmonitor.testing import CapturingExporter

# litellm builds pydantic schemas of its ReadOnly TypedDicts on first use, which warns.
pytestmark = pytest.mark.filterwarnings("ignore:.*using the `ReadOnly` qualifier:UserWarning")

REASONING = "Two plus two: count on from two, three, four. So four. " * 2
ANSWER = "The answer is 4."
ASK = [{"role": "user", "content": "What is 2 + 2?"}]
CLAUDE = "anthropic/claude-sonnet-4-5"
CALLBACK_LISTS = (
    "input_callback",
    "success_callback",
    "failure_callback",
    "_async_success_callback",
    "_async_failure_callback",
)

CASES = {
    "openai-field": Reply(content=ANSWER, reasoning=REASONING),
    "openai-think-tag": Reply(content=ANSWER, reasoning=REASONING, reasoning_field="think_tag"),
    # R1 templates open <think> in the prompt: the output only closes it (litellm misses it).
    "openai-r1": Reply(content=f"{REASONING}</think>{ANSWER}", reasoning_field="none"),
    "anthropic-thinking": Reply(content=ANSWER, reasoning=REASONING),
    "anthropic-redacted": Reply(content=ANSWER, reasoning=REASONING, redacted=True),
}


def route(case: str, server: LocalModelServer) -> dict[str, Any]:
    if case.startswith("anthropic"):
        return {"model": CLAUDE, "api_base": server.base_url, "api_key": "k"}
    return {"model": "openai/x", "api_base": server.openai_base_url, "api_key": "k"}


@pytest.fixture(autouse=True)
async def close_litellm_clients():
    """litellm caches async HTTP clients per loop; close them before this test's loop ends."""
    yield
    await litellm.close_litellm_async_clients()


@pytest.fixture(params=["wrap", "callback"])
def llm(request: pytest.FixtureRequest, monitor: Monitor, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The litellm a user calls: the wrapped module, or litellm itself with the callback set."""
    if request.param == "wrap":
        return monitor.wrap(litellm)
    # litellm copies `callbacks` into its own lists on the next call: restore those too.
    for name in CALLBACK_LISTS:
        monkeypatch.setattr(litellm, name, list(getattr(litellm, name)))
    monkeypatch.setattr(litellm, "callbacks", [monitor.litellm_callback()])
    return litellm


async def complete(module: Any, flavor: str, **kwargs: Any) -> Any:
    if flavor == "async":
        return await module.acompletion(**kwargs)
    return module.completion(**kwargs)


async def drain(stream: Any, flavor: str, limit: int | None = None) -> list[Any]:
    out: list[Any] = []
    if flavor == "async":
        async for chunk in stream:
            out.append(chunk)
            if limit is not None and len(out) >= limit:
                break
    else:
        for chunk in stream:
            out.append(chunk)
            if limit is not None and len(out) >= limit:
                break
    return out


def text_of(chunks: list[Any]) -> str:
    return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)


async def wait_traces(monitor: Monitor, exporter: CapturingExporter, count: int = 1) -> list[Any]:
    """litellm calls its loggers later, on its threads or on this event loop: yield to both."""
    deadline = time.monotonic() + 15
    while len(exporter.traces) < count and time.monotonic() < deadline:
        monitor.flush(timeout=0.05)
        await asyncio.sleep(0.02)
    monitor.flush(timeout=2)
    return exporter.traces


def expected_reasoning(case: str) -> str:
    return "" if case.endswith("redacted") else REASONING


@pytest.mark.parametrize("case", list(CASES))
async def test_completion_is_unchanged_and_traced(  # noqa: PLR0917 - pytest fixtures
    llm, flavor, model_server, monitor, exporter, case
):
    model_server.enqueue(CASES[case], CASES[case])
    options = {**route(case, model_server), "messages": ASK}
    if llm is not litellm:
        expected = await complete(litellm, flavor, **options)
    with cotmonitor.context(agent="adder"):
        got = await complete(llm, flavor, **options)
    if llm is not litellm:
        assert type(got) is type(expected)
        assert stable(got) == stable(expected)
    [trace] = await wait_traces(monitor, exporter)
    assert trace.output == ANSWER
    assert trace.reasoning.strip() == expected_reasoning(case).strip()
    assert trace.provider == case.split("-", 1)[0]
    assert trace.labels == {"agent": "adder"}
    assert trace.messages == tuple(ASK)
    assert trace.usage.total_tokens == got.usage.total_tokens
    assert trace.usage.reasoning_tokens == got.usage.completion_tokens_details.reasoning_tokens
    assert trace.complete
    assert trace.visibility == ("redacted" if case.endswith("redacted") else "readable")


@pytest.mark.parametrize("case", list(CASES))
async def test_stream_is_unchanged_and_traced_once(  # noqa: PLR0917 - pytest fixtures
    llm, flavor, model_server, monitor, exporter, case
):
    reply = CASES[case]
    model_server.enqueue(reply, reply)
    options = {**route(case, model_server), "messages": ASK, "stream": True}
    got = await drain(await complete(llm, flavor, **options), flavor)
    if llm is not litellm:
        expected = await drain(await complete(litellm, flavor, **options), flavor)
        assert [stable(c) for c in got] == [stable(c) for c in expected]
    [trace] = await wait_traces(monitor, exporter)
    assert trace.stream
    assert trace.complete
    assert trace.output == ANSWER
    assert trace.reasoning.strip() == expected_reasoning(case).strip()
    assert trace.visibility == ("redacted" if case.endswith("redacted") else "readable")
    await asyncio.sleep(0.3)
    assert len(exporter.traces) == 1


@pytest.mark.parametrize(
    "reply",
    [Reply(status=400), Reply(status=500), Reply(malformed=True)],
    ids=["400", "500", "bad-json"],
)
async def test_failures_behave_as_bare_and_are_traced(  # noqa: PLR0917 - pytest fixtures
    llm, flavor, model_server, monitor, exporter, reply
):
    model_server.enqueue(reply, reply)
    options = {**route("openai", model_server), "messages": ASK, "num_retries": 0}
    outcomes = []
    for module in (litellm, llm):
        try:
            outcomes.append(("ok", stable(await complete(module, flavor, **options))))
        except Exception as caught:
            outcomes.append((type(caught), type(caught).__name__))
    assert outcomes[0][0] is not str
    assert outcomes[0][0] == outcomes[1][0]
    assert outcomes[0][0] != "ok"
    traces = await wait_traces(monitor, exporter, count=2 if llm is litellm else 1)
    assert traces
    assert all(not t.complete for t in traces)
    assert all(t.error for t in traces)


async def test_stream_cut_half_way_is_partial(llm, flavor, model_server, monitor, exporter):
    reply = Reply(content=ANSWER, reasoning=REASONING, chunk_size=8, cut_after_chunks=5)
    model_server.enqueue(reply, reply)
    options = {**route("openai", model_server), "messages": ASK, "stream": True}
    seen: dict[str, list[Any]] = {}
    errors: dict[str, type[BaseException] | None] = {}
    for name, module in (("bare", litellm), ("monitored", llm)):
        seen[name] = []
        errors[name] = None
        try:
            stream = await complete(module, flavor, **options)
            seen[name] = await drain(stream, flavor)
        except Exception as caught:
            errors[name] = type(caught)
    assert errors["bare"] is not None
    assert errors["monitored"] is errors["bare"]
    traces = await wait_traces(monitor, exporter)
    partial = [t for t in traces if not t.complete]
    assert partial
    if llm is not litellm:
        assert partial[0].reasoning
        assert REASONING.startswith(partial[0].reasoning)
        assert partial[0].reasoning != REASONING


async def test_abandoned_stream_is_partial(flavor, model_server, monitor, exporter):
    llm = monitor.wrap(litellm)
    model_server.enqueue(Reply(content=ANSWER, reasoning=REASONING, chunk_size=5))
    stream = await complete(llm, flavor, **route("openai", model_server), messages=ASK, stream=True)
    got = await drain(stream, flavor, limit=3)
    if flavor == "async":
        await stream.aclose()
    else:
        stream.close()
    assert len(got) == 3
    [trace] = await wait_traces(monitor, exporter)
    assert not trace.complete
    assert "closed" in trace.error


def test_wrapped_module_is_a_proxy_and_unwraps(monitor):
    llm = monitor.wrap(litellm)
    assert llm is not litellm
    assert llm.ModelResponse is litellm.ModelResponse
    assert monitor.wrap(llm) is llm
    assert monitor.unwrap(llm) is litellm
    assert litellm.completion is not llm.completion


async def test_wrapped_openai_client_inside_wrapped_litellm_is_captured_once(
    model_server, monitor, exporter
):
    client = monitor.wrap(openai.OpenAI(base_url=model_server.openai_base_url, api_key="k"))
    llm = monitor.wrap(litellm)
    model_server.enqueue(Reply(content=ANSWER, reasoning=REASONING))
    llm.completion(model="openai/x", messages=ASK, client=client, api_key="k")
    await asyncio.sleep(0.3)
    traces = await wait_traces(monitor, exporter)
    assert [t.provider for t in traces] == ["openai"]
    assert len(traces) == 1
    assert traces[0].reasoning == REASONING
    client.close()


def test_adapters_import_no_sdk() -> None:
    import subprocess
    import sys

    code = (
        "import sys, cotmonitor, cotmonitor.providers.litellm, cotmonitor.providers.anthropic;"
        "print(sorted(m for m in ('litellm', 'anthropic') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
