"""``python -m cotmonitor.localserver --port N [--traces FILE]``: serve until interrupted.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import argparse
import sys
import threading

from cotmonitor.localserver.responders import TraceResponder, echo_responder
from cotmonitor.localserver.server import LocalModelServer


def main(argv: list[str] | None = None) -> int:
    """Run the local model server in the foreground."""
    parser = argparse.ArgumentParser(prog="python -m cotmonitor.localserver")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--traces", help="JSONL of example traces to answer from")
    args = parser.parse_args(argv)
    responder = TraceResponder(args.traces) if args.traces else echo_responder
    server = LocalModelServer(responder, host=args.host, port=args.port).start()
    sys.stdout.write(
        f"serving OpenAI at {server.openai_base_url} and Anthropic at {server.base_url}\n"
    )
    sys.stdout.flush()
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
