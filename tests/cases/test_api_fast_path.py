"""The webhook's fast path: API keys read again at most every few seconds per process, the
record_interaction statements written out (``cases.rawsql``), the serializers' fresh fields."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from rest_framework.test import APIClient
from rest_framework_api_key.models import APIKey

from cases import services
from cases.models import Case, CaseEvent, CaseStatus, Interaction
from cases.serializers import InteractionInputSerializer
from cx import api_auth
from tests.cases.test_api_interactions import URL, body
from tests.factories import record_message

pytestmark = pytest.mark.django_db


def client_with(key: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {key}")
    return client


def post(client, n: int, **overrides):  # noqa: ANN001, ANN201
    return client.post(URL, body(external_id=f"msg-{n}", **overrides), format="json")


# --- API keys ---------------------------------------------------------------------------------


def test_a_key_read_recently_is_not_read_again(api_client, api_key, team):
    assert post(api_client, 1).status_code == 201
    with CaptureQueriesContext(connection) as queries:
        assert post(api_client, 2).status_code == 201
    assert not any("rest_framework_api_key" in q["sql"] for q in queries.captured_queries)


def test_a_wrong_secret_is_refused_even_with_a_key_read_recently(api_client, api_key, team):
    assert post(api_client, 1).status_code == 201
    prefix = api_key.split(".")[0]
    response = post(client_with(f"{prefix}.wrongsecretwrongsecretwrongsecr"), 2)
    assert response.status_code == 401
    assert Interaction.objects.count() == 1


def test_a_key_revoked_here_is_refused_at_once(api_client, api_key, team):
    assert post(api_client, 1).status_code == 201
    key = APIKey.objects.get_from_key(api_key)
    key.revoked = True
    key.save()
    assert post(api_client, 2).status_code == 401


def test_a_key_revoked_elsewhere_is_refused_once_read_again(api_client, api_key, team, monkeypatch):
    assert post(api_client, 1).status_code == 201
    # Another process revokes it: this one's signal handlers never hear of it.
    APIKey.objects.filter(name="chat-widget").update(revoked=True)
    monkeypatch.setattr(api_auth, "KEY_RECHECK_SECONDS", 0.0)
    assert post(api_client, 2).status_code == 401


def test_an_expired_key_read_recently_is_refused(api_client, api_key, team):
    assert post(api_client, 1).status_code == 201
    key = APIKey.objects.get_from_key(api_key)
    key.expiry_date = timezone.now() - timedelta(seconds=1)
    key.save()
    response = post(api_client, 2)
    assert response.status_code == 401
    assert response.json()["detail"] in {
        "This API key has expired.",
        "Esta clave de API ha caducado.",
    }


def test_a_deleted_key_is_refused(api_client, api_key, team):
    assert post(api_client, 1).status_code == 201
    APIKey.objects.get_from_key(api_key).delete()
    assert post(api_client, 2).status_code == 401


# --- record_interaction's statements ------------------------------------------------------------


def test_a_message_of_a_known_customer_costs_four_statements(api_client, team):
    calm = "Vale, quedo a la espera del informe."  # no tone alert, no status change
    assert post(api_client, 1, text=calm).status_code == 201  # customer, case; the key read
    with CaptureQueriesContext(connection) as queries:
        assert post(api_client, 2, text=calm).status_code == 201
    statements = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].split()[0] not in {"BEGIN", "COMMIT", "SAVEPOINT", "RELEASE"}
    ]
    # Customer (locked), active case (locked), the entry and the case's update: one statement on
    # PostgreSQL, two on SQLite (no UPDATE inside WITH).
    expected = 3 if connection.vendor == "postgresql" else 4
    assert len(statements) == expected, statements


def test_the_written_out_statements_store_what_the_orm_would(team):
    first = record_message("rosa@example.com", text="Hola, ¿me llaman?")
    second = record_message(
        "rosa@example.com",
        channel="email",
        text="Es una vergüenza, nadie me llama, estoy harta de esperar.",
    )
    case = Case.objects.get()
    assert second.case_id == first.case_id == case.pk
    stored = Interaction.objects.get(pk=second.pk)
    for field in Interaction._meta.concrete_fields:
        assert getattr(stored, field.attname) == getattr(second, field.attname), field.name
    assert stored.sentiment_label == "negative" and stored.sentiment_drivers
    assert case.channel == "email" and case.channel_list == ["chat", "email"]
    assert case.last_activity_at == second.occurred_at
    assert case.awaiting_reply_since == first.occurred_at
    assert case.tone == pytest.approx(
        0.8 * second.sentiment_compound + 0.2 * first.sentiment_compound, abs=1e-4
    )
    switched = CaseEvent.objects.get(type="case.channel_switched")
    assert switched.data == {"from": "chat", "to": "email", "automatic": True}


def test_a_resolved_case_is_found_by_the_written_out_lookup(team):
    first = record_message("luis@example.com")
    case = first.case
    services.change_status(case, to_status=CaseStatus.RESOLVED, actor=None)
    again = record_message("luis@example.com", text="Sigue sin funcionar.")
    assert again.case_id == case.pk
    assert Case.objects.get().status == CaseStatus.OPEN
    # Past the reopen window a new case opens.
    Case.objects.update(resolved_at=timezone.now() - timedelta(days=30), status="resolved")
    later = record_message("luis@example.com", text="Otra consulta.")
    assert later.case_id != case.pk


# --- Serializers ---------------------------------------------------------------------------------


def test_each_serializer_gets_its_own_fields():
    one, two = InteractionInputSerializer(data={}), InteractionInputSerializer(data={})
    assert one.fields["source"] is not two.fields["source"]
    assert one.fields["customer"] is not two.fields["customer"]
    assert one.fields["customer"].fields["email"] is not two.fields["customer"].fields["email"]
    assert one.fields["source"].parent is one
    assert not one.is_valid() and set(one.errors) >= {"source", "channel", "direction"}


def test_a_reply_that_switches_channel_turns_the_tone_and_reopens_leaves_markers_in_order(
    team, agent
):
    first = record_message("eva@example.com", text="Hola, quería consultar cuándo me llamarán.")
    case = first.case
    services.record_interaction(
        customer=case.customer,
        channel="chat",
        direction="outbound",
        text="Le llamamos mañana.",
        author=agent,
    )
    services.change_status(case, to_status=CaseStatus.WAITING_CUSTOMER, actor=agent)
    recorded = services.record_interaction(
        customer=case.customer,
        channel="email",
        direction="inbound",
        text="Es la cuarta vez que llamo y nadie me da una solución. Es una vergüenza, harta.",
    )
    assert recorded.tone_alert is not None
    case.refresh_from_db()
    assert case.status == CaseStatus.OPEN and case.channel == "email"
    assert (
        case.tone_mood == "negative"
        and case.awaiting_reply_since == recorded.interaction.occurred_at
    )
    latest = list(
        CaseEvent.objects.filter(case=case).order_by("-id").values_list("type", "data")[:3]
    )[::-1]
    assert [kind for kind, _ in latest] == [
        "case.channel_switched",
        "case.tone_alert",
        "case.status_changed",
    ]
    assert latest[2][1] == {"from": "waiting_customer", "to": "open", "reason": "customer_replied"}
