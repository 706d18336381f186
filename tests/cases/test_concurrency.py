"""Races only a real multi-connection database shows (PostgreSQL; SQLite serialises writers)."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from cases import services
from cases.models import Case, Customer, Identity, Interaction
from cases.services import CustomerRef

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def race(function, count=8):
    """Run ``function`` in ``count`` threads released at the same instant; return results."""
    barrier = threading.Barrier(count)
    results, errors = [], []

    def run():
        try:
            barrier.wait()
            results.append(function())
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors


def test_identical_requests_racing_leave_one_row(team):
    def send():
        return services.record_interaction(
            customer=CustomerRef(email="ana@example.com", namespace="chat-widget"),
            channel="chat",
            direction="inbound",
            text="Hola",
            source="chat-widget",
            external_id="msg-123",
        )

    results, errors = race(send)
    assert errors == []
    assert Interaction.objects.count() == 1
    assert Customer.objects.count() == 1 and Identity.objects.count() == 1
    assert Case.objects.count() == 1
    assert sum(result.created for result in results) == 1
    assert {result.interaction.pk for result in results} == {Interaction.objects.get().pk}


def test_identical_api_requests_racing_leave_one_row(team, api_key):
    from rest_framework.test import APIClient

    body = {
        "source": "chat-widget",
        "external_id": "msg-9",
        "channel": "chat",
        "direction": "inbound",
        "customer": {"phone": "+34600111222"},
        "text": "¿Hay alguien?",
    }

    def send():
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Api-Key {api_key}")
        return client.post("/api/v1/interactions/", body, format="json").status_code

    statuses, errors = race(send)
    assert errors == []
    assert sorted(statuses) == [200] * 7 + [201]
    assert Interaction.objects.count() == 1 and Case.objects.count() == 1


def test_different_first_messages_of_one_customer_join_one_case(team):
    counter = iter(range(100))
    lock = threading.Lock()

    def send():
        with lock:
            n = next(counter)
        return services.record_interaction(
            customer=CustomerRef(email="luis@example.com"),
            channel="chat",
            direction="inbound",
            text=f"mensaje {n}",
            source="chat-widget",
            external_id=f"m-{n}",
        )

    results, errors = race(send)
    assert errors == []
    assert Interaction.objects.count() == 8
    assert Customer.objects.count() == 1 and Case.objects.count() == 1
