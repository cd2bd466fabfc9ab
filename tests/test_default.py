from __future__ import annotations

from openai import OpenAI

import cotmonitor
from cotmonitor.localserver import LocalModelServer, Reply
from cotmonitor.testing import capture_verdicts


def test_wrap_uses_one_default_monitor_and_returns_the_same_client(
    model_server: LocalModelServer,
) -> None:
    monitor = cotmonitor.get_default_monitor()
    assert cotmonitor.get_default_monitor() is monitor
    client = OpenAI(base_url=model_server.openai_base_url, api_key="k", max_retries=0)
    assert cotmonitor.wrap(client) is client
    model_server.enqueue(Reply(content="4", reasoning="2 + 2 = 4"))
    with capture_verdicts(monitor) as verdicts:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "2+2?"}])
    assert [v.trace.reasoning for v in verdicts] == ["2 + 2 = 4"]
    client.close()
