from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

import cotmonitor


def test_all_is_sorted_and_resolves() -> None:
    assert cotmonitor.__all__ == sorted(cotmonitor.__all__)
    for name in cotmonitor.__all__:
        assert hasattr(cotmonitor, name), name


def test_version_matches_metadata() -> None:
    assert cotmonitor.__version__ == version("cotmonitor")


def test_import_loads_no_provider_sdk_or_litellm() -> None:
    # The integrations package too: each framework loads only with its own subpackage.
    code = (
        "import sys, cotmonitor, cotmonitor.integrations; "
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('openai', 'anthropic', 'litellm', 'httpx', 'structlog', 'rich', 'hyperscan', "
        "'langchain_core', 'langgraph', 'agents', 'pydantic_ai')]; "
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_import_is_lazy_about_heavy_modules() -> None:
    code = (
        "import sys, cotmonitor; "
        "heavy = ('pydantic', 'pydantic_settings', 'prometheus_client', 'opentelemetry', "
        "'litellm', 'openai', 'anthropic', 'rich', 'asyncio'); "
        "print(','.join(m for m in sys.modules if m.split('.')[0] in heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_lazy_names_resolve_to_their_modules_and_are_listed() -> None:
    from cotmonitor.monitor import Monitor

    assert cotmonitor.Monitor is Monitor
    assert set(cotmonitor.__all__) <= set(dir(cotmonitor))
    try:
        cotmonitor.NoSuchName  # noqa: B018 - the attribute access is the test
    except AttributeError as e:
        assert "NoSuchName" in str(e)  # noqa: PT017 - checks the message, not only the type
    else:
        raise AssertionError


def test_guard_names_are_public_and_load_on_first_use() -> None:
    for name in ("GuardPolicy", "GuardRule", "GuardDecision", "GuardAction", "GuardBlocked",
                 "guard_verdict"):  # fmt: skip
        assert name in cotmonitor.__all__, name
    code = (
        "import sys, cotmonitor; "
        "print(','.join(m for m in sys.modules if m.startswith(('cotmonitor.guard', "
        "'cotmonitor.incremental'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
    assert issubclass(cotmonitor.GuardBlocked, cotmonitor.CotMonitorError)


def test_session_names_are_public_and_load_on_first_use() -> None:
    assert "SessionVerdict" in cotmonitor.__all__
    code = (
        "import sys, cotmonitor; "
        "print(','.join(m for m in sys.modules if m.startswith('cotmonitor.sessions')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
    from cotmonitor.sessions.verdict import SessionVerdict

    assert cotmonitor.SessionVerdict is SessionVerdict
