from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_post_interaction_opens_case(api_client, team):
    body = {
        "source": "chat-widget",
        "external_id": "msg-1",
        "channel": "chat",
        "direction": "inbound",
        "customer": {"email": "Ana@Example.com", "name": "Ana", "language": "es"},
        "text": "Hola, necesito ayuda",
        "occurred_at": "2026-11-23T10:00:00Z",
    }
    response = api_client.post("/api/v1/interactions/", body, format="json")
    assert response.status_code == 201, response.json()
    again = api_client.post("/api/v1/interactions/", body, format="json")
    assert again.status_code == 200
    assert again.json()["id"] == response.json()["id"]
    timeline = api_client.get(f"/api/v1/customers/{response.json()['customer']['id']}/timeline/")
    assert timeline.status_code == 200
    assert [e["kind"] for e in timeline.json()["results"]] == ["interaction", "event"]
