"""Regenerate the session sample logs here with the real tools against the local model server.

    python examples/logs/make_session_logs.py            # litellm and Responses API logs
    python -m venv .venv-inspect && .venv-inspect/bin/pip install -e . inspect_ai
    .venv-inspect/bin/python examples/logs/make_session_logs.py inspect

The sessions are those of ``session_script.py``; cotmonitor's local model server answers each
step as scripted (reasoning included). Steps of different sessions are interleaved, as an
agent server running several conversations logs them.

- ``litellm-session.jsonl``: the real ``litellm.completion`` with ``litellm_session_id``, each
  call's ``StandardLoggingPayload`` as a ``CustomLogger`` receives it.
- ``openai-responses-chain.jsonl``: the real ``openai`` client's ``responses.create``, each
  step continuing the previous one with ``previous_response_id``; ``{"request", "response"}``
  lines.
- ``inspect-session.eval``: a real Inspect AI eval (``inspect_ai`` is not a dependency of
  cotmonitor: install it in a separate venv as above), one sample per session, whose tools
  return the scripted results.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from session_script import MODEL, SESSIONS, Session, Step  # noqa: E402

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": name,
            "description": description,
            "parameters": {
                "type": "object",
                "properties": {arg: {"type": "string"} for arg in args},
                "required": list(args),
            },
        },
    }
    for name, description, args in (
        ("bash", "Run a shell command.", ("command",)),
        ("read_file", "Read a file of the workspace.", ("path",)),
        ("write_file", "Write a file of the workspace.", ("path", "content")),
        ("calculator", "Evaluate an arithmetic expression.", ("expression",)),
    )
]


def _interleaved() -> Iterator[tuple[Session, int, Step]]:
    """Steps of all sessions, round robin: the first step of each, then the second ..."""
    longest = max(len(s.steps) for s in SESSIONS)
    for n in range(longest):
        for session in SESSIONS:
            if n < len(session.steps):
                yield session, n, session.steps[n]


def _reply(session: Session, n: int, step: Step) -> Any:
    from cotmonitor.localserver import Reply

    calls = ()
    if step.tool:
        calls = ({"id": _call_id(session, n), "name": step.tool, "arguments": step.arguments},)
    return Reply(content=step.answer, reasoning=step.reasoning, tool_calls=calls, model=MODEL)


def _call_id(session: Session, n: int) -> str:
    return f"call_{session.session_id.replace('-', '_')}_{n}"


def _write_lines(name: str, records: list[dict[str, Any]]) -> None:
    with (HERE / name).open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, default=str) + "\n")


def litellm_log() -> None:
    import litellm
    from litellm.integrations.custom_logger import CustomLogger

    from cotmonitor.localserver import LocalModelServer

    payloads: list[dict[str, Any]] = []

    class Keep(CustomLogger):  # type: ignore[misc]
        def log_success_event(
            self,
            kwargs: Any,
            response_obj: Any,  # noqa: ARG002 - litellm passes these by keyword
            start_time: Any,  # noqa: ARG002
            end_time: Any,  # noqa: ARG002
        ) -> None:
            payloads.append(kwargs["standard_logging_object"])

    history = {s.session_id: [{"role": "user", "content": s.task}] for s in SESSIONS}
    litellm.callbacks = [Keep()]
    with LocalModelServer() as server:
        for session, n, step in _interleaved():
            server.enqueue(_reply(session, n, step))
            messages = history[session.session_id]
            before = len(payloads)
            response = litellm.completion(
                model=f"openai/{MODEL}",
                api_base=server.openai_base_url,
                api_key="sk-local",
                messages=list(messages),
                tools=TOOLS,
                litellm_session_id=session.session_id,
                input_cost_per_token=5.5e-7,
                output_cost_per_token=2.19e-6,
            )
            _wait_for(payloads, before)
            message = response.choices[0].message
            messages.append(message.model_dump(exclude_none=True))
            for call in message.tool_calls or ():
                messages.append({"role": "tool", "tool_call_id": call.id, "content": step.result})
    litellm.callbacks = []
    _write_lines("litellm-session.jsonl", payloads)


def _wait_for(payloads: list[dict[str, Any]], before: int) -> None:
    wanted = before + 1
    deadline = time.time() + 5
    # litellm logs from a thread: wait for each call's payload so the lines keep call order.
    while len(payloads) < wanted and time.time() < deadline:
        time.sleep(0.01)
    if len(payloads) < wanted:
        raise SystemExit("litellm logged no StandardLoggingPayload")


def responses_log() -> None:
    from openai import OpenAI

    from cotmonitor.localserver import LocalModelServer

    tools = [{"type": "function", **t["function"]} for t in TOOLS]
    previous: dict[str, tuple[str, list[Any]]] = {}
    lines = []
    with LocalModelServer() as server:
        client = OpenAI(base_url=server.openai_base_url, api_key="sk-local")
        for session, n, step in _interleaved():
            server.enqueue(_reply(session, n, step))
            request: dict[str, Any] = {"model": MODEL, "tools": tools}
            if n == 0:
                request["input"] = session.task
            else:
                response_id, outputs = previous[session.session_id]
                request["previous_response_id"] = response_id
                request["input"] = outputs
            response = client.responses.create(**request)
            lines.append({"request": request, "response": response.model_dump()})
            outputs = [
                {"type": "function_call_output", "call_id": item.call_id, "output": step.result}
                for item in response.output
                if item.type == "function_call"
            ]
            previous[session.session_id] = (response.id, outputs)
    _write_lines("openai-responses-chain.jsonl", lines)


def main() -> None:
    if sys.argv[1:] == ["inspect"]:
        from make_inspect_session import inspect_log

        inspect_log()
        return
    litellm_log()
    responses_log()


if __name__ == "__main__":
    main()
