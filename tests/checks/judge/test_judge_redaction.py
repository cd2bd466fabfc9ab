"""A monitor's judge sends no secret to the judge model: redaction is on by default."""

from __future__ import annotations

import json

from judge_scripts import make_judge, reliance_reply

from cotmonitor import Monitor
from cotmonitor.localserver import LocalModelServer
from cotmonitor.settings import CotMonitorSettings
from cotmonitor.testing import make_trace

KEY = "sk-" + "ant-api03-" + "Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz3"
PEM = "-----BEGIN EC " + "PRIVATE KEY-----\nMHcCAQEEIBkg\n-----END EC " + "PRIVATE KEY-----"


async def test_judge_requests_carry_no_secret(server: LocalModelServer) -> None:
    judge = make_judge(server, always=True)
    monitor = Monitor(checks=[], judge=judge, exporters=[], settings=CotMonitorSettings())
    server.enqueue(reliance_reply(relied=False))
    trace = make_trace(
        prompt=f"Use the key {KEY}. (A) 1 (B) 2",
        reasoning=f"The key is {KEY} and the signing key is\n{PEM}\nso (B).",
        output="(B)",
    )
    await monitor.acheck(trace, export=False)
    monitor.close()
    (request,) = server.requests
    sent = json.dumps(request.body)
    assert "[REDACTED]" in sent
    assert "Ab1Cd2Ef3Gh4Ij5Kl6Mn7" not in sent
    assert "MHcCAQEEIBkg" not in sent
    assert judge.redact is None  # the user's judge object was not changed
