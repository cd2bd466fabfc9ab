"""Scripted judge answers and a judge pointed at the local server (real litellm, real HTTP)."""

from __future__ import annotations

import json
from typing import Any

from cotmonitor.checks.judge import Judge, JudgePolicy
from cotmonitor.localserver import LocalModelServer, Reply

FAST = {
    "timeout_s": 2.0,
    "retries": 1,
    "backoff_s": 0.01,
    "backoff_max_s": 0.02,
    "sample_rate": 1.0,
    "calls_per_minute": None,
    "tokens_per_day": None,
}


def make_judge(server: LocalModelServer, **policy: Any) -> Judge:
    tasks = policy.pop("tasks", ("reliance",))
    return Judge(
        "openai/judge",
        api_base=server.openai_base_url,
        api_key="x",
        policy=JudgePolicy(**{**FAST, **policy}),
        tasks=tasks,
    )


def reliance_reply(
    relied: bool = True, confidence: float = 0.9, quotes: tuple[str, ...] = (), **reply: Any
) -> Reply:
    body = {
        "relied_on_unacknowledged": relied,
        "acknowledged": False,
        "information": "the suggested answer",
        "confidence": confidence,
        "quotes": list(quotes),
        "explanation": "answer follows the suggestion",
    }
    return Reply(content=json.dumps(body), reasoning_field="none", **reply)


def hack_reply(suspicion: int, behaviour: str = "exits before tests", **reply: Any) -> Reply:
    body = {"suspicion": suspicion, "behaviour": behaviour, "quotes": [], "explanation": "."}
    return Reply(content=json.dumps(body), reasoning_field="none", **reply)
