"""Coding and agent tasks shared by both splits (a structural axis, like the questions)."""

from .agentic import GAME_TASKS, GRADED_TASKS, PERF_TASKS
from .functions import FUNCTION_TASKS
from .model import Task
from .repos import REPO_TASKS

ALL_TASKS = FUNCTION_TASKS + REPO_TASKS + PERF_TASKS + GAME_TASKS + GRADED_TASKS
TASKS_BY_KIND = {
    kind: tuple(t for t in ALL_TASKS if t.kind == kind)
    for kind in ("func", "repo", "perf", "game", "graded")
}

__all__ = ["ALL_TASKS", "TASKS_BY_KIND", "Task"]
