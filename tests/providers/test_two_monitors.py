"""One client reports to one monitor: a second monitor's wrap or unwrap is refused, clearly.

Before, a second ``wrap`` silently took the client's traffic away from the first monitor, and
``unwrap`` on either removed the other's capture. A judge shared by two monitors was rebound
to the last one and had its ``redact`` attribute changed on the user's object.
"""

from __future__ import annotations

import anthropic
import litellm
import pytest
from openai_support import make_client

from cotmonitor import ConfigError, Judge, Monitor
from cotmonitor.localserver import Reply
from cotmonitor.testing import CapturingExporter

ASK = [{"role": "user", "content": "hi"}]


def monitors() -> tuple[Monitor, Monitor, CapturingExporter, CapturingExporter]:
    first, second = CapturingExporter(), CapturingExporter()
    return (
        Monitor(checks=[], exporters=[first]),
        Monitor(checks=[], exporters=[second]),
        first,
        second,
    )


def test_a_second_monitor_cannot_take_an_openai_client(model_server):
    one, two, first, second = monitors()
    client = one.wrap(make_client("sync", model_server))
    with pytest.raises(ConfigError, match="already watched by another Monitor"):
        two.wrap(client)
    with pytest.raises(ConfigError, match="already watched by another Monitor"):
        two.unwrap(client)
    model_server.enqueue(Reply(content="fine"))
    client.chat.completions.create(model="m", messages=ASK)
    assert one.flush()
    assert two.flush()
    assert (len(first.traces), len(second.traces)) == (1, 0)
    # once its own monitor lets go, another may take it
    one.unwrap(client)
    assert two.wrap(client) is client
    client.chat.completions.create(model="m", messages=ASK)
    assert two.flush()
    assert (len(first.traces), len(second.traces)) == (1, 1)


def test_copies_of_a_wrapped_client_stay_with_its_monitor(model_server):
    one, two, first, _ = monitors()
    client = one.wrap(make_client("sync", model_server))
    other = client.with_options(timeout=5)
    with pytest.raises(ConfigError, match="another Monitor"):
        two.wrap(other)
    other.chat.completions.create(model="m", messages=ASK)
    assert one.flush()
    assert len(first.traces) == 1


def test_a_second_monitor_cannot_take_an_anthropic_client():
    one, two, _, _ = monitors()
    client = one.wrap(anthropic.Anthropic(api_key="k", base_url="http://127.0.0.1:9"))
    with pytest.raises(ConfigError, match="another Monitor"):
        two.wrap(client)
    with pytest.raises(ConfigError, match="another Monitor"):
        two.unwrap(client)
    assert "create" in vars(client.messages)  # the first monitor's capture is intact


def test_a_second_monitor_cannot_take_a_litellm_proxy():
    one, two, _, _ = monitors()
    proxy = one.wrap(litellm)
    assert one.wrap(proxy) is proxy
    with pytest.raises(ConfigError, match="another Monitor"):
        two.wrap(proxy)
    with pytest.raises(ConfigError, match="another Monitor"):
        two.unwrap(proxy)
    assert one.unwrap(proxy) is litellm
    assert two.wrap(litellm) is not proxy


def test_a_shared_judge_is_never_changed():
    judge = Judge("openai/judge")
    stats, redact = judge.stats, judge.redact
    one = Monitor(checks=[], exporters=[], judge=judge)
    two = Monitor(checks=[], exporters=[], judge=judge)
    assert (judge.stats, judge.redact) == (stats, redact)
    assert isinstance(one.judge, Judge)
    assert isinstance(two.judge, Judge)
    assert one.judge.stats is one.stats
    assert two.judge.stats is two.stats
    # both copies redact secrets before the judge sees them, and share one budget
    assert one.judge.redact is one.redactor
    assert one.judge.budget is two.judge.budget is judge.budget
    one.close()
    two.close()
