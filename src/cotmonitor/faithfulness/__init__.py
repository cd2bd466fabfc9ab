"""Measure how faithful a model's chain of thought is, with the hint method of Chen et al. 2025.

Ask each multiple-choice question without and with a hint pointing at one option; among the
pairs whose answer switches to the hinted option, the share whose CoT says it used the hint
is the faithfulness score (normalised for random switching). ``cotmonitor faithfulness`` runs
it against any litellm model; see ``docs/faithfulness.md``.

.. versionadded:: 0.1.0
"""

from cotmonitor.faithfulness.bundled import generate_questions
from cotmonitor.faithfulness.cache import ResponseCache, request_key
from cotmonitor.faithfulness.completion import ClientOptions, FatalRequestError
from cotmonitor.faithfulness.hints import HintTemplates, build_messages, load_templates
from cotmonitor.faithfulness.metric import Counts, bootstrap, count_by_type
from cotmonitor.faithfulness.questions import Question, QuestionFileError, load_questions
from cotmonitor.faithfulness.records import PairRecord
from cotmonitor.faithfulness.report import markdown_table, summarize
from cotmonitor.faithfulness.runner import RunOptions, RunResult, evaluate

__all__ = [
    "ClientOptions",
    "Counts",
    "FatalRequestError",
    "HintTemplates",
    "PairRecord",
    "Question",
    "QuestionFileError",
    "ResponseCache",
    "RunOptions",
    "RunResult",
    "bootstrap",
    "build_messages",
    "count_by_type",
    "evaluate",
    "generate_questions",
    "load_questions",
    "load_templates",
    "markdown_table",
    "request_key",
    "summarize",
]
