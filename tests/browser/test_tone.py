"""The customer's tone in a real browser: a message that turns the tone arrives through the
webhook (a real HTTP request to the live server) while the agent has the case open; the alert
banner shows within 5 seconds, the message shows its tone and why, the agent escalates with a
note, the supervisor's board shows the escalation live, and the supervisor closes it while the
agent's page follows along."""

from __future__ import annotations

import json
import re
import time
import urllib.request

import pytest
from playwright.sync_api import Page, expect
from rest_framework_api_key.models import APIKey

from tests.browser.conftest import login

pytestmark = pytest.mark.browser

TURN = (
    "Es la cuarta vez que escribo y la tarjeta sin llegar. "
    "Nadie me da una solución, es una vergüenza."
)
ALERT_WITHIN_MS = 5_000  # the promise: the banner within 5 s of the message arriving


def post_message(base_url: str, api_key: str, email: str, text: str) -> dict:
    """The chat system pushes a customer's message, as in production (``/api/v1/interactions/``)."""
    body = json.dumps(
        {
            "source": "chat-widget",
            "external_id": f"turn-{time.monotonic_ns()}",
            "channel": "chat",
            "direction": "inbound",
            "customer": {"email": email},
            "text": text,
        }
    ).encode()
    request = urllib.request.Request(  # noqa: S310 (http to our own live server)
        f"{base_url}/api/v1/interactions/",
        data=body,
        headers={"Content-Type": "application/json", "Authorization": f"Api-Key {api_key}"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        assert response.status == 201
        return json.load(response)


def mark(page: Page) -> None:
    page.evaluate("window.__marker = 1")


def assert_not_reloaded(page: Page) -> None:
    assert page.evaluate("window.__marker") == 1, "the page was reloaded"


def test_a_turn_alerts_the_agent_who_escalates_and_the_supervisor_closes(
    browsing, workspace, live_server, screenshot
):
    # Javier asked calmly when his new health card arrives; Lucía answered.
    case = workspace.cases[-1]
    email = "javier.gomez@example.org"
    assert case.customer.identities.filter(value=email).exists()
    _, api_key = APIKey.objects.create_key(name="chat-widget")
    agent = browsing.new_page()
    login(agent, "lucia", next_path=f"/cases/{case.pk}/")
    supervisor = browsing.new_page()
    login(supervisor, "diego", next_path="/cases/escalations/")
    expect(supervisor.locator("#escalation-rows")).to_contain_text("No escalation is waiting.")
    for page in (agent, supervisor):
        mark(page)
    expect(agent.locator(".alert-banner")).to_have_count(0)

    answer = post_message(live_server.url, api_key, email, TURN)
    assert answer["sentiment"]["label"] == "negative" and answer["tone_alert"] is not None

    # The banner, live, within 5 seconds; the message coloured, with why on hover.
    banner = agent.locator(".alert-banner")
    expect(banner).to_be_visible(timeout=ALERT_WITHIN_MS)
    expect(banner).to_contain_text("The customer's tone has turned negative.")
    expect(banner.locator(".why")).to_contain_text("“")
    message = agent.locator(f"#i-{answer['id']}")
    expect(message).to_have_class(re.compile(r"\btone-negative\b"))
    chip = message.locator(".tone-chip")
    expect(chip.locator(".tip")).to_be_hidden()
    chip.hover()
    expect(chip.locator(".tip")).to_be_visible()
    expect(chip.locator(".tip")).to_contain_text("Negative (−0.")
    expect(agent.locator("#tone-trend .sparkline")).to_be_visible()
    expect(agent.locator("#timeline")).to_contain_text("The customer's tone turned negative")
    assert_not_reloaded(agent)
    agent.mouse.move(0, 0)
    screenshot(agent, "case-tone-alert.png")

    # Escalate with a note: the link puts the cursor in the note.
    banner.get_by_role("link", name="Escalate to a supervisor").click()
    note = agent.locator("#id_escalate-note")
    expect(note).to_be_focused()
    note.fill("Cuarto mensaje por la tarjeta; muy enfadado.")
    agent.locator(".escalate-form button[type=submit]").click()
    expect(agent.locator(".escalation-banner")).to_contain_text("With a supervisor")
    expect(agent.locator(".escalation-banner")).to_contain_text("Cuarto mensaje")
    expect(agent.locator(".alert-banner")).to_have_count(0)
    expect(agent.locator("#timeline")).to_contain_text(
        "Escalated to a supervisor after a tone alert"
    )
    expect(note).to_have_value("")

    # The supervisor's board, live.
    row = supervisor.locator(f"#escalation-rows tr[data-case='{case.pk}']")
    expect(row).to_contain_text("Cuarto mensaje")
    expect(row).to_contain_text("Lucía Fernández")
    expect(supervisor.locator("#escalation-count")).to_have_text("1 escalation waiting")
    assert_not_reloaded(supervisor)
    screenshot(supervisor, "escalations.png")

    # The queue says so too.
    queue = agent.context.new_page()
    queue.goto("/cases/")
    expect(
        queue.locator(f"#queue-rows tr[data-case='{case.pk}'] .badge.tone-escalated")
    ).to_be_visible()
    queue.close()

    # The supervisor steps in and closes it; the agent's page follows.
    row.locator("a.case-link").click()
    supervisor.locator("#id_close-note").fill(
        "He llamado a Javier: tarjeta reenviada por mensajero."
    )
    supervisor.get_by_role("button", name="Close the escalation").click()
    expect(supervisor.locator(".escalation-banner")).to_have_count(0)
    expect(supervisor.locator("#timeline")).to_contain_text("Escalation closed")
    expect(agent.locator(".escalation-banner")).to_have_count(0)
    expect(agent.locator("#timeline")).to_contain_text("He llamado a Javier")
    assert_not_reloaded(agent)
