"""Schemathesis, driven by /api/schema/, against a live server with a real API key."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cases import services
from cases.services import CustomerRef

pytestmark = pytest.mark.django_db(transaction=True)

CHECKS = ",".join(
    [
        "not_a_server_error",
        "response_schema_conformance",
        "content_type_conformance",
        "status_code_conformance",
    ]
)


def test_api_survives_schema_driven_fuzzing(live_server, api_key, team, agent, tmp_path):
    # Some real objects, so the generated ids sometimes hit (1, 2, ...) and 200s get checked too.
    for n in range(3):
        services.record_interaction(
            customer=CustomerRef(email=f"fuzz{n}@example.com"),
            channel="chat",
            direction="inbound",
            text="Hola",
        )
    schemathesis = Path(sys.executable).parent / "schemathesis"
    result = subprocess.run(  # noqa: S603 - our own tool, fixed arguments
        [
            str(schemathesis),
            "run",
            f"{live_server.url}/api/schema/?format=json",
            "--header",
            f"Authorization: Api-Key {api_key}",
            "--checks",
            CHECKS,
            "--max-examples",
            "25",
            "--seed",
            "2026",
            "--no-shrink",
            "--workers",
            "1",
            "--report",
            "junit",
            "--report-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    assert "generated" in output  # it really ran cases, not an empty selection
