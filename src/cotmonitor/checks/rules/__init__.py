"""Rule checks: fast, deterministic, no LLM."""
