"""``inspect-session.eval``: a real Inspect AI eval of the scripted sessions.

One sample per session of ``session_script.py``; the model is cotmonitor's local model server
behind Inspect's ``openai-api`` provider, answering each request with the step its
conversation has reached; the tools return the scripted results. Inspect runs the tool loop
(``generate(tool_calls="loop")``) and writes the log itself.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from session_script import MODEL, SESSIONS, Session

HERE = Path(__file__).parent


def _key(name: str, arguments: dict[str, Any]) -> str:
    return f"{name}:{json.dumps(arguments, sort_keys=True)}"


RESULTS = {
    _key(step.tool, json.loads(step.arguments)): step.result
    for session in SESSIONS
    for step in session.steps
    if step.tool
}


def _responder(request: Any) -> Any:
    from cotmonitor.localserver import Reply

    messages = request.body.get("messages") or []
    first = next((m for m in messages if m.get("role") == "user"), {})
    text = first.get("content")
    if isinstance(text, list):
        text = "".join(p.get("text", "") for p in text if isinstance(p, dict))
    session: Session = next(s for s in SESSIONS if s.task == text)
    n = sum(1 for m in messages if m.get("role") == "assistant")
    step = session.steps[n]
    calls = ()
    if step.tool:
        calls = ({"id": f"call_{n}", "name": step.tool, "arguments": step.arguments},)
    return Reply(content=step.answer, reasoning=step.reasoning, tool_calls=calls, model=MODEL)


def _tools() -> list[Any]:
    from inspect_ai.tool import tool

    @tool
    def bash() -> Any:
        async def execute(command: str) -> str:
            """Run a shell command.

            Args:
                command: the command line.
            """
            return RESULTS[_key("bash", {"command": command})]

        return execute

    @tool
    def read_file() -> Any:
        async def execute(path: str) -> str:
            """Read a file of the workspace.

            Args:
                path: the file's path.
            """
            return RESULTS[_key("read_file", {"path": path})]

        return execute

    @tool
    def write_file() -> Any:
        async def execute(path: str, content: str) -> str:
            """Write a file of the workspace.

            Args:
                path: the file's path.
                content: what to write.
            """
            return RESULTS[_key("write_file", {"path": path, "content": content})]

        return execute

    @tool
    def calculator() -> Any:
        async def execute(expression: str) -> str:
            """Evaluate an arithmetic expression.

            Args:
                expression: the expression.
            """
            return RESULTS[_key("calculator", {"expression": expression})]

        return execute

    return [bash(), read_file(), write_file(), calculator()]


def inspect_log() -> None:
    """Run the eval and copy its ``.eval`` log here."""
    from inspect_ai import Task
    from inspect_ai import eval as inspect_eval
    from inspect_ai.dataset import Sample
    from inspect_ai.solver import generate, use_tools

    from cotmonitor.localserver import LocalModelServer

    dataset = [Sample(input=s.task, id=s.session_id) for s in SESSIONS]
    task = Task(
        dataset=dataset,
        solver=[use_tools(_tools()), generate(tool_calls="loop")],
        name="sessions",
    )
    with LocalModelServer(_responder) as server, tempfile.TemporaryDirectory() as logs:
        os.environ["LOCAL_BASE_URL"] = server.openai_base_url
        os.environ["LOCAL_API_KEY"] = "sk-local"
        [log] = inspect_eval(
            task,
            model=f"openai-api/local/{MODEL}",
            log_dir=logs,
            log_format="eval",
            max_samples=1,
            display="none",
        )
        if log.status != "success":
            raise SystemExit(f"the eval did not succeed: {log.status} {log.error}")
        shutil.copy(log.location, HERE / "inspect-session.eval")
