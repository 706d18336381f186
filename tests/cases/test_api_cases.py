"""Cases, customers and the timeline through the API, for every persona."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from rest_framework.test import APIClient

from cases import services
from cases.models import Channel, EventType
from tests.factories import record_message

pytestmark = pytest.mark.django_db


def client_for(user):
    client = APIClient()
    client.force_authenticate(user)
    return client


def new_case(email="ana@example.com", **fields):
    return record_message(email, **fields).case


# --- cases ---------------------------------------------------------------------------------------


def test_cases_list_shows_only_visible_cases(team, other_team, agent, outsider, manager):
    mine = new_case("ana@example.com", team=team)
    theirs = new_case("luis@example.com", team=other_team)
    ids = lambda user: {c["id"] for c in client_for(user).get("/api/v1/cases/").json()["results"]}  # noqa: E731
    assert ids(agent) == {mine.pk}
    assert ids(outsider) == {theirs.pk}
    assert ids(manager) == {mine.pk, theirs.pk}


def test_agent_sees_a_case_they_own_in_another_team(team, other_team, agent):
    case = new_case(team=other_team)
    other_team.members.add(agent)
    services.assign_case(case, owner=agent, actor=None)
    other_team.members.remove(agent)
    assert client_for(agent).get(f"/api/v1/cases/{case.pk}/").status_code == 200


def test_cases_list_filters_and_rejects_bad_filters(api_client, team, other_team):
    a = new_case("ana@example.com", team=team)
    new_case("luis@example.com", team=other_team)
    response = api_client.get("/api/v1/cases/", {"team": "admissions", "status": "new"})
    assert [c["id"] for c in response.json()["results"]] == [a.pk]
    assert api_client.get("/api/v1/cases/", {"status": "bogus"}).status_code == 400
    assert api_client.get("/api/v1/cases/", {"owner": "x"}).status_code == 400


def test_cases_list_paginates_with_a_cursor(api_client, team):
    for n in range(5):
        new_case(f"p{n}@example.com", team=team)
    first = api_client.get("/api/v1/cases/", {"page_size": 2}).json()
    second = api_client.get(first["next"]).json()
    assert len(first["results"]) == 2 and len(second["results"]) == 2
    assert not {c["id"] for c in first["results"]} & {c["id"] for c in second["results"]}


def test_case_detail_shape(api_client, team):
    case = new_case(team=team)
    data = api_client.get(f"/api/v1/cases/{case.pk}/").json()
    assert data["id"] == case.pk and data["status"] == "new"
    assert data["team"] == {"id": team.pk, "slug": "admissions", "name": "Admisiones"}
    assert data["customer"]["id"] == case.customer_id


def test_other_teams_case_is_404_everywhere(team, other_team, outsider):
    case = new_case(team=team)
    client = client_for(outsider)
    assert client.get(f"/api/v1/cases/{case.pk}/").status_code == 404
    assert client.patch(f"/api/v1/cases/{case.pk}/", {"status": "open"}).status_code == 404
    assert client.get(f"/api/v1/customers/{case.customer_id}/").status_code == 404
    assert client.get(f"/api/v1/customers/{case.customer_id}/timeline/").status_code == 404
    response = client.post(
        "/api/v1/interactions/",
        {
            "source": "x",
            "channel": "chat",
            "direction": "outbound",
            "customer": {"email": "ana@example.com"},
            "text": "hola",
            "case_id": case.pk,
        },
        format="json",
    )
    assert response.status_code == 400 and "case_id" in response.json()
    case.refresh_from_db()
    assert case.status == "new" and case.interactions.count() == 1


def test_patch_changes_status_and_owner_through_services(team, agent):
    case = new_case(team=team)
    client = client_for(agent)
    response = client.patch(
        f"/api/v1/cases/{case.pk}/", {"status": "open", "owner": agent.pk}, format="json"
    )
    assert response.status_code == 200, response.json()
    assert response.json()["status"] == "open"
    assert response.json()["owner"] == {"id": agent.pk, "username": "agent"}
    types = set(case.events.values_list("type", flat=True))
    assert {EventType.STATUS_CHANGED, EventType.ASSIGNED} <= types
    assert case.events.get(type=EventType.ASSIGNED).actor == agent


def test_patch_invalid_transition_is_400_and_changes_nothing(team, agent, outsider):
    case = new_case(team=team)
    client = client_for(agent)
    response = client.patch(f"/api/v1/cases/{case.pk}/", {"status": "closed"}, format="json")
    assert response.status_code == 200  # new -> closed is allowed (spam, duplicates)
    response = client.patch(
        f"/api/v1/cases/{case.pk}/", {"status": "waiting_customer"}, format="json"
    )
    assert response.status_code == 400
    assert "status" in response.json()
    response = client.patch(
        f"/api/v1/cases/{case.pk}/", {"status": "open", "owner": outsider.pk}, format="json"
    )
    assert response.status_code == 400 and "owner" in response.json()
    case.refresh_from_db()
    assert case.status == "closed" and case.owner is None
    assert client.patch(f"/api/v1/cases/{case.pk}/", {}, format="json").status_code == 400
    bad_owner = client.patch(f"/api/v1/cases/{case.pk}/", {"owner": 999999}, format="json")
    assert bad_owner.status_code == 400


def test_patch_by_integration_has_no_person_as_actor(api_client, team, agent):
    case = new_case(team=team)
    response = api_client.patch(f"/api/v1/cases/{case.pk}/", {"owner": agent.pk}, format="json")
    assert response.status_code == 200
    assert case.events.get(type=EventType.ASSIGNED).actor is None


# --- customers and the timeline ------------------------------------------------------------------


def test_customer_detail_has_identities_and_contact_counts(api_client, team):
    case = new_case()
    new_case(text="¿Alguien me puede responder?")
    data = api_client.get(f"/api/v1/customers/{case.customer_id}/").json()
    assert data["identities"] == [{"kind": "email", "namespace": "", "value": "ana@example.com"}]
    assert (data["contacts_last_24h"], data["contacts_last_30d"]) == (2, 2)


def test_timeline_spans_cases_and_channels_newest_first(api_client, team, other_team, agent):
    now = timezone.now()
    case = new_case(team=team, occurred_at=now - timedelta(hours=3))
    services.switch_channel(case, to_channel=Channel.PHONE, actor=agent)
    services.change_status(case, to_status="resolved", actor=agent)
    services.change_status(case, to_status="closed", actor=agent)
    second = new_case(team=other_team, text="Otra cosa")
    assert second != case
    data = api_client.get(f"/api/v1/customers/{case.customer_id}/timeline/").json()
    times = [entry["occurred_at"] for entry in data["results"]]
    assert times == sorted(times, reverse=True)
    assert {entry["case_id"] for entry in data["results"]} == {case.pk, second.pk}
    kinds = [(e["kind"], e["event_type"] or e["channel"]) for e in data["results"]]
    assert ("event", "case.channel_switched") in kinds
    assert kinds[-1] == ("interaction", "chat") or kinds[-1] == ("event", "case.opened")


def test_timeline_cursor_pages_cover_everything_once(api_client, team, agent):
    at = timezone.now() - timedelta(days=1)
    case = new_case(occurred_at=at)
    # Interactions and events sharing one instant are where a naive cursor loses rows.
    for n in range(7):
        services.record_interaction(
            customer=case.customer,
            channel="chat",
            direction="inbound",
            text=f"m{n}",
            occurred_at=at,
        )
    services.escalate_case(case, actor=agent, note="x")
    total = case.interactions.count() + case.events.count()
    seen, url = [], f"/api/v1/customers/{case.customer_id}/timeline/?limit=3"
    while url:
        page = api_client.get(url).json()
        seen += [(e["kind"], e["id"]) for e in page["results"]]
        url = page["next"]
    assert len(seen) == total == len(set(seen))


def test_timeline_rejects_bad_cursor_and_limit(api_client, team):
    case = new_case()
    url = f"/api/v1/customers/{case.customer_id}/timeline/"
    assert api_client.get(url, {"cursor": "garbage!"}).status_code == 400
    assert api_client.get(url, {"limit": 0}).status_code == 400
    assert api_client.get(url, {"limit": 10_000}).status_code == 400
    assert api_client.get("/api/v1/customers/999999/timeline/").status_code == 404


def _timeline_queries(client, customer_id):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/api/v1/customers/{customer_id}/timeline/")
    assert response.status_code == 200
    return len(queries)


def test_timeline_query_count_does_not_grow_with_history(client, team, agent):
    client.force_login(agent)  # a fresh user per request, as in production
    small = new_case("small@example.com")
    big = new_case("big@example.com")
    for n in range(4):
        services.record_interaction(
            customer=small.customer,
            channel="chat",
            direction="outbound",
            text=f"r{n}",
            author=agent,
        )
    for n in range(499):
        services.record_interaction(
            customer=big.customer, channel="chat", direction="outbound", text=f"r{n}", author=agent
        )
    assert small.customer.interactions.count() == 5 and big.customer.interactions.count() == 500
    small_count = _timeline_queries(client, small.customer_id)
    assert small_count == _timeline_queries(client, big.customer_id)
    # session + user + permissions (2) + customer access + interactions + events
    assert small_count <= 7


# --- health and docs -----------------------------------------------------------------------------


def test_healthz_answers_without_authentication(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_schema_and_docs_are_served_offline(client):
    schema = client.get("/api/schema/", {"format": "json"})
    assert schema.status_code == 200
    assert "/api/v1/interactions/" in schema.json()["paths"]
    docs = client.get("/api/docs/")
    assert docs.status_code == 200
    html = docs.content.decode()
    assert "http://" not in html.replace("http://testserver", "")
    assert "https://" not in html
    assert "/static/drf_spectacular_sidecar/" in html
