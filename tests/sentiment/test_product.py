"""The engine in the product: every customer message scored as it arrives, the case's tone, and
an alert when the tone turns negative (services and the webhook's answer)."""

from __future__ import annotations

import pytest

from cases import services
from cases.models import CaseStatus, EventType
from cases.selectors import list_case_timeline
from sentiment.models import ToneAlert
from tests.factories import record_message

CALM = "Hola, quería consultar cuándo me llamará el perito."
STILL_CALM = "Vale, gracias, quedo a la espera."
TURN = "Es la cuarta vez que llamo y nadie me da una solución. Es una vergüenza, estoy harta."


def test_a_customer_message_is_scored_as_it_arrives(db):
    interaction = record_message("ana@example.com", text=TURN)
    assert interaction.sentiment_label == "negative"
    assert -1 <= interaction.sentiment_compound < 0
    assert interaction.sentiment_language == "es"
    assert interaction.sentiment_drivers  # why: the words and rules that moved it
    assert interaction.case.tone == pytest.approx(interaction.sentiment_compound, abs=1e-4)
    assert interaction.case.tone_at_open == interaction.case.tone


def test_our_own_words_are_not_the_customers_tone(db, agent):
    case = record_message("ana@example.com", text=CALM).case
    reply = services.record_interaction(
        customer=case.customer,
        case=case,
        channel="chat",
        direction="outbound",
        text="Lamentamos muchísimo el retraso, es terrible.",
        author=agent,
    ).interaction
    note = services.record_interaction(
        customer=case.customer,
        case=case,
        channel="note",
        direction="internal",
        text="Cliente furiosa, fatal.",
        author=agent,
    ).interaction
    call = services.record_interaction(
        customer=case.customer,
        case=case,
        channel="phone",
        direction="inbound",
        summary="La clienta está muy enfadada",
        duration_seconds=60,
    ).interaction
    for entry in (reply, note, call):
        assert entry.sentiment_compound is None and entry.sentiment_label == ""


def test_a_turn_raises_one_alert_on_the_timeline(db):
    first = record_message("ana@example.com", text=CALM)
    record_message("ana@example.com", text=STILL_CALM)
    assert not ToneAlert.objects.exists()
    turned = record_message("ana@example.com", text=TURN)
    alert = ToneAlert.objects.get()
    assert alert.interaction == turned and alert.case == first.case
    assert alert.tone_after < alert.tone_before and alert.drivers
    event = first.case.events.get(type=EventType.TONE_ALERT)
    assert event.data["alert_id"] == alert.pk
    # The marker follows the message it is about, on the page and in the API (newest first).
    newest = list_case_timeline(first.case).entries
    assert [entry.item for entry in newest[:2]] == [event, turned]
    turned.case.refresh_from_db()
    assert turned.case.tone_mood == "negative"
    # Still upset: no second alert until the tone has recovered.
    record_message("ana@example.com", text="Sigo esperando, esto es inaceptable.")
    assert ToneAlert.objects.count() == 1


def test_the_tone_at_resolution_is_kept(db, agent):
    case = record_message("ana@example.com", text="¡Muchas gracias, todo perfecto!").case
    services.change_status(case, to_status=CaseStatus.RESOLVED, actor=agent)
    case.refresh_from_db()
    assert case.tone_at_resolution is not None and case.tone_at_resolution > 0


def body(external_id: str, text: str, direction: str = "inbound") -> dict:
    return {
        "source": "chat-widget",
        "external_id": external_id,
        "channel": "chat",
        "direction": direction,
        "customer": {"email": "ana@example.com", "language": "es"},
        "text": text,
    }


def test_the_webhook_answers_the_score_and_the_alert(api_client):
    calm = api_client.post("/api/v1/interactions/", body("m1", CALM), format="json").json()
    assert calm["sentiment"]["label"] in ("neutral", "positive")
    assert calm["sentiment"]["language"] == "es" and calm["tone_alert"] is None
    api_client.post("/api/v1/interactions/", body("m2", STILL_CALM), format="json")
    turned = api_client.post("/api/v1/interactions/", body("m3", TURN), format="json")
    assert turned.status_code == 201
    alert = turned.json()["tone_alert"]
    assert alert["id"] == ToneAlert.objects.get().pk
    assert alert["tone_after"] < alert["tone_before"]
    assert turned.json()["sentiment"]["label"] == "negative"
    retry = api_client.post("/api/v1/interactions/", body("m3", TURN), format="json")
    assert retry.status_code == 200 and retry.json()["tone_alert"] == alert
    outbound = api_client.post(
        "/api/v1/interactions/",
        body("m4", "Sentimos mucho las molestias", "outbound"),
        format="json",
    ).json()
    assert outbound["sentiment"] is None and outbound["tone_alert"] is None
