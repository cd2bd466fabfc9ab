"""The LLM judge: prompts, parsing, policy, limits, the counterfactual probe."""

from cotmonitor.checks.judge.check import Judge
from cotmonitor.checks.judge.policy import JudgePolicy
from cotmonitor.checks.judge.probe import CounterfactualProbe
from cotmonitor.checks.judge.review import JudgeReview

__all__ = ["CounterfactualProbe", "Judge", "JudgePolicy", "JudgeReview"]
