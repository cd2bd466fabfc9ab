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
    code = (
        "import sys, cotmonitor; "
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('openai', 'anthropic', 'litellm', 'httpx', 'structlog', 'rich', 'hyperscan')]; "
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
