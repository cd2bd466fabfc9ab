"""``cotmonitor faithfulness``: how often a model's CoT admits using a hint (Chen et al. 2025).

Exit status: 0 done, 1 no pair could be scored (every request failed), 2 bad arguments,
input files or a request the provider refused.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
from pathlib import Path
from typing import Any

from cotmonitor.errors import ConfigError
from cotmonitor.verdicts import HINT_TYPES, HintType


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of ``faithfulness``."""
    parser.add_argument("--model", required=True, help="litellm model name, e.g. openai/gpt-4o")
    parser.add_argument("--api-base", help="server URL (OpenAI-compatible or self-hosted)")
    parser.add_argument("--api-key", help="API key (default: the provider's usual variable)")
    parser.add_argument(
        "--questions",
        default="bundled",
        help="'bundled' (generated arithmetic/logic set) or a JSONL file of questions",
    )
    parser.add_argument("--n", type=int, default=None, help="number of questions (bundled: 100)")
    parser.add_argument("--seed", type=int, default=0, help="seed for questions, hints, bootstrap")
    parser.add_argument(
        "--hint-types",
        default=",".join(HINT_TYPES),
        help="comma-separated hint types (default: all six)",
    )
    parser.add_argument(
        "--hint-target",
        choices=("wrong", "gold"),
        default="wrong",
        help="the option each hint points at: a wrong one (default) or the right one",
    )
    parser.add_argument("--templates", help="TOML/YAML/JSON file overriding hint templates")
    parser.add_argument("--concurrency", type=int, default=8, help="requests in flight")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per request")
    parser.add_argument("--retries", type=int, default=3, help="retries per failed request")
    parser.add_argument(
        "--temperature", type=float, default=None, help="sampling temperature (default: provider's)"
    )
    parser.add_argument(
        "--max-tokens", type=int, default=None, help="token limit per answer (default: provider's)"
    )
    parser.add_argument("--cache", help="response cache file (default: user cache dir)")
    parser.add_argument("--no-cache", action="store_true", help="keep responses in memory only")
    parser.add_argument("--bootstrap", type=int, default=1000, help="bootstrap replicates")
    parser.add_argument(
        "--judge",
        metavar="MODEL",
        help="let this model decide whether each CoT owns up to the hint",
    )
    parser.add_argument("--judge-api-base", help="server URL of the judge model")
    parser.add_argument("--judge-api-key", help="API key of the judge model")
    parser.add_argument("--out", help="write the full result (summary and pairs) as JSON")
    parser.add_argument("--plot", help="write faithfulness per hint type as an SVG chart")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table too")
    parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")


def default_cache_path() -> Path:
    """``$XDG_CACHE_HOME/cotmonitor/faithfulness.jsonl`` (``~/.cache`` by default)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "cotmonitor" / "faithfulness.jsonl"


def run(args: argparse.Namespace) -> int:
    """Run the evaluation and print the table."""
    from cotmonitor.faithfulness.completion import FatalRequestError

    setup = _setup(args)
    try:
        result = asyncio.run(_evaluate(args, setup))
    except FatalRequestError as exc:
        raise ConfigError(f"the provider refused a request: {exc}") from exc
    return _output(args, setup, result)


def _hint_types(text: str) -> tuple[HintType, ...]:
    chosen = [t.strip() for t in text.split(",") if t.strip()]
    unknown = [t for t in chosen if t not in HINT_TYPES]
    if unknown or not chosen:
        raise ConfigError(f"unknown hint type {unknown[:1]} (known: {', '.join(HINT_TYPES)})")
    return tuple(t for t in HINT_TYPES if t in chosen)


def _setup(args: argparse.Namespace) -> dict[str, Any]:
    from cotmonitor.faithfulness.bundled import generate_questions
    from cotmonitor.faithfulness.cache import ResponseCache
    from cotmonitor.faithfulness.completion import ClientOptions
    from cotmonitor.faithfulness.hints import HintTemplates, load_templates
    from cotmonitor.faithfulness.questions import load_questions
    from cotmonitor.faithfulness.runner import RunOptions

    if args.n is not None and args.n < 1:
        raise ConfigError("--n must be at least 1")
    if args.questions == "bundled":
        questions = generate_questions(args.n or 100, seed=args.seed)
    else:
        questions = load_questions(args.questions)[: args.n]
    params = {"temperature": args.temperature, "max_tokens": args.max_tokens}
    client = ClientOptions(
        model=args.model,
        api_base=args.api_base,
        api_key=args.api_key,
        timeout_s=args.timeout,
        retries=max(0, args.retries),
        params={k: v for k, v in params.items() if v is not None},
    )
    options = RunOptions(
        hint_types=_hint_types(args.hint_types),
        hint_target=args.hint_target,
        templates=load_templates(args.templates) if args.templates else HintTemplates(),
        seed=args.seed,
        concurrency=args.concurrency,
    )
    cache_path = None if args.no_cache else Path(args.cache or default_cache_path())
    return {
        "questions": questions,
        "client": client,
        "options": options,
        "cache": ResponseCache(cache_path),
        "monitor": _monitor(args),
    }


def _monitor(args: argparse.Namespace) -> Any:
    from cotmonitor.monitor import Monitor
    from cotmonitor.settings import CotMonitorSettings

    # A judge configured in the environment would silently judge (and bill) every pair.
    settings = CotMonitorSettings()
    settings = settings.model_copy(
        update={"judge": settings.judge.model_copy(update={"model": None})}
    )
    if args.judge is None:
        return Monitor(exporters=[], settings=settings)
    try:
        from cotmonitor.checks.judge import Judge, JudgePolicy
    except ImportError as exc:
        raise ConfigError(
            "--judge needs cotmonitor.Judge, which this version of cotmonitor does not have; "
            "run without --judge to use the rule checks"
        ) from exc
    # Every pair is judged, on the reliance task only, without the live rate limits.
    policy = JudgePolicy(
        always=True,
        concurrency=max(1, args.concurrency),
        calls_per_minute=None,
        tokens_per_day=None,
    )
    judge = Judge(
        args.judge,
        api_base=args.judge_api_base,
        api_key=args.judge_api_key,
        policy=policy,
        tasks=("reliance",),
    )
    return Monitor(exporters=[], judge=judge, settings=settings)


async def _evaluate(args: argparse.Namespace, setup: dict[str, Any]) -> Any:
    from cotmonitor.faithfulness.runner import evaluate, plan

    total = len({job.key for job in plan(setup["questions"], setup["client"], setup["options"])})
    if args.no_progress:
        return await evaluate(**setup)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    columns = (
        "{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(f"asking {args.model}", total=total)
        return await evaluate(**setup, progress=lambda n: bar.advance(task, n))


def _output(args: argparse.Namespace, setup: dict[str, Any], result: Any) -> int:
    from rich.console import Console

    from cotmonitor.faithfulness.plot import faithfulness_svg
    from cotmonitor.faithfulness.report import markdown_table, rich_table, summarize

    summary = summarize(result.records, reps=args.bootstrap, seed=args.seed)
    console = Console()
    console.print(rich_table(summary, title=f"CoT faithfulness of {args.model}"))
    console.print(
        f"{len(setup['questions'])} questions; {result.requests} requests sent, "
        f"{result.cached} answered from the cache, {len(result.failed)} failed",
        highlight=False,
    )
    if args.judge:
        judged = sum(r.judged for r in result.records)
        console.print(
            f"the judge answered on {judged} of {len(result.records)} hinted traces "
            "(the rules decided the others)",
            highlight=False,
        )
    if args.markdown:
        print(markdown_table(summary))
    document = {
        "model": args.model,
        "questions": args.questions,
        "n_questions": len(setup["questions"]),
        "hint_target": args.hint_target,
        "seed": args.seed,
        "requests": {
            "sent": result.requests,
            "cached": result.cached,
            "failed": len(result.failed),
        },
        **summary,
        "pairs": [record.to_dict() for record in result.records],
    }
    if args.out:
        Path(args.out).write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    if args.plot:
        svg = faithfulness_svg(summary, title=f"CoT faithfulness of {args.model}")
        Path(args.plot).write_text(svg, encoding="utf-8")
    scored = any(record.error is None for record in result.records)
    return 0 if scored else 1
