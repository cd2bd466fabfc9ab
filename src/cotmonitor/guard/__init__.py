"""Guard mode: a policy over findings decides whether a response reaches the caller.

The names users need are re-exported from ``cotmonitor``; this package imports nothing on
its own, so ``cotmonitor.verdicts`` can depend on ``guard.decision`` without a cycle.
"""
