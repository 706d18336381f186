"""POST /api/v1/interactions/: the webhook every channel system calls."""

from __future__ import annotations

import io
import json

import pytest
from django.test import Client
from rest_framework_api_key.models import APIKey

from cases.models import Case, CaseEvent, Customer, Identity, Interaction
from cx.parsers import PayloadTooLarge, StrictJSONParser

pytestmark = pytest.mark.django_db
URL = "/api/v1/interactions/"


def body(**overrides):
    data = {
        "source": "chat-widget",
        "external_id": "msg-123",
        "channel": "chat",
        "direction": "inbound",
        "customer": {"email": "ana@example.com", "name": "Ana", "language": "es"},
        "text": "Hola, llevo dos días esperando el informe",
        "occurred_at": "2026-11-23T10:00:00Z",
        "duration_seconds": None,
        "case_id": None,
    }
    data.update(overrides)
    return data


def post_raw(client, raw: bytes | str, content_type="application/json"):
    return client.generic("POST", URL, raw, content_type=content_type)


def nothing_written():
    return not (
        Customer.objects.exists()
        or Case.objects.exists()
        or Interaction.objects.exists()
        or Identity.objects.exists()
        or CaseEvent.objects.exists()
    )


def test_contract_example_opens_a_case(api_client, team):
    response = api_client.post(URL, body(), format="json")
    assert response.status_code == 201
    data = response.json()
    interaction = Interaction.objects.get()
    assert data["id"] == interaction.pk
    assert data["case"] == {"id": interaction.case_id, "status": "new"}
    assert data["customer"] == {"id": interaction.customer_id}
    assert data["created"] is True
    assert data["occurred_at"] == "2026-11-23T10:00:00Z"


def test_retry_returns_original_with_200_and_creates_nothing(api_client, team):
    first = api_client.post(URL, body(), format="json").json()
    again = api_client.post(URL, body(), format="json")
    assert again.status_code == 200
    assert again.json()["id"] == first["id"] and again.json()["created"] is False
    assert Interaction.objects.count() == 1 and Case.objects.count() == 1


def test_reused_key_with_another_body_is_409(api_client, team):
    api_client.post(URL, body(), format="json")
    response = api_client.post(URL, body(text="Otro texto"), format="json")
    assert response.status_code == 409
    assert response.json()["code"] == "idempotency_conflict"
    assert Interaction.objects.count() == 1


def test_second_message_joins_the_open_case_and_targeting_a_case_works(api_client, team):
    first = api_client.post(URL, body(), format="json").json()
    second = api_client.post(
        URL,
        body(
            external_id="call-9",
            channel="phone",
            customer={"phone": "+34 600 111 222", "email": "ana@example.com"},
            text="",
            summary="Llamada de seguimiento",
            duration_seconds=300,
            case_id=first["case"]["id"],
        ),
        format="json",
    )
    assert second.status_code == 201, second.json()
    assert second.json()["case"]["id"] == first["case"]["id"]
    assert Customer.objects.count() == 1


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"channel": "fax"}, "channel"),
        ({"direction": "sideways"}, "direction"),
        ({"customer": {"email": "not-an-email"}}, "customer"),
        ({"customer": {"phone": "12345"}}, "customer"),
        ({"customer": {"name": "Sin identidad"}}, "customer"),
        ({"customer": "ana@example.com"}, "customer"),
        ({"source": ""}, "source"),
        ({"text": "", "summary": ""}, "text"),
        ({"occurred_at": "ayer"}, "occurred_at"),
        ({"duration_seconds": -5, "channel": "phone"}, "duration_seconds"),
        ({"duration_seconds": 30}, "duration_seconds"),
        ({"case_id": 999999}, "case_id"),
        ({"case_id": "abc"}, "case_id"),
        ({"team": "no-such-team"}, "team"),
        ({"channel": "note"}, "direction"),
        ({"text": "x" * (64 * 1024 + 1)}, "text"),
        ({"external_id": "x" * 201}, "external_id"),
    ],
)
def test_bad_field_is_a_400_naming_it_and_writes_nothing(api_client, team, change, field):
    response = api_client.post(URL, body(**change), format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()
    assert nothing_written()


@pytest.mark.parametrize("missing", ["source", "channel", "direction", "customer"])
def test_missing_required_field_is_a_400(api_client, team, missing):
    data = body()
    del data[missing]
    response = api_client.post(URL, data, format="json")
    assert response.status_code == 400
    assert missing in response.json()
    assert nothing_written()


@pytest.mark.parametrize(
    "raw",
    [
        b"{not json",
        b"",
        b"[]",
        b"null",
        b'"a string"',
        b'{"source": NaN}',
        b'{"source": Infinity}',
        b'{"source": "a", "source": "b"}',
        b"\xff\xfe\x00",
        ("[" * 1000 + "]" * 1000).encode(),
        ('{"a":' * 1000 + "1" + "}" * 1000).encode(),
    ],
    ids=[
        "truncated",
        "empty",
        "array",
        "null",
        "string",
        "nan",
        "infinity",
        "duplicate-key",
        "not-utf8",
        "deep-array",
        "deep-object",
    ],
)
def test_malformed_body_is_a_clear_400(api_client, team, raw):
    response = post_raw(api_client, raw)
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/json"
    assert nothing_written()


@pytest.mark.parametrize("text", ["\ud800", "hola\u0000adiós"], ids=["surrogate", "nul"])
def test_lone_surrogate_and_nul_are_refused_before_the_database(api_client, team, text):
    raw = json.dumps(body(text=text))  # ensure_ascii escapes them as \ud800 and \u0000
    response = post_raw(api_client, raw)
    assert response.status_code == 400
    assert nothing_written()


def test_nul_in_a_key_or_customer_field_is_refused(api_client, team):
    raw = json.dumps(body(customer={"email": "ana@example.com", "name": "A\u0000"}))
    assert post_raw(api_client, raw).status_code == 400
    raw = json.dumps({**body(), "x\u0000": 1})
    assert post_raw(api_client, raw).status_code == 400
    assert nothing_written()


def test_body_over_the_limit_is_a_json_413(api_client, team, settings):
    settings.FARO_MAX_REQUEST_BYTES = 1024
    response = api_client.post(URL, body(text="x" * 2000), format="json")
    assert response.status_code == 413
    assert response.json()["code"] == "payload_too_large"
    assert nothing_written()


def test_parser_caps_a_body_without_content_length(settings):
    # A chunked upload has no Content-Length for the middleware to check: the parser counts.
    settings.FARO_MAX_REQUEST_BYTES = 1024
    raw = json.dumps(body(text="x" * 2000)).encode()
    with pytest.raises(PayloadTooLarge):
        StrictJSONParser().parse(io.BytesIO(raw))


def test_form_encoded_body_is_a_415(api_client, team):
    response = api_client.post(URL, {"source": "x"})
    assert response.status_code == 415
    assert nothing_written()


def test_customer_text_is_stored_verbatim_not_interpreted(api_client, team):
    hostile = '<script>alert(1)</script><img src=x onerror="alert(2)"> {{ secret }} \' OR 1=1 --'
    response = api_client.post(URL, body(text=hostile), format="json")
    assert response.status_code == 201
    assert Interaction.objects.get().text == hostile
    assert response["Content-Type"] == "application/json"


# --- authentication --------------------------------------------------------------------------


def test_no_key_is_401(anonymous_client, team):
    response = anonymous_client.post(URL, body(), format="json")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Api-Key"
    assert nothing_written()


def test_wrong_key_is_401(anonymous_client, api_key, team):
    prefix = api_key.split(".")[0]
    for wrong in ["nonsense", f"{prefix}.wrongsecret", "", "a.b.c"]:
        anonymous_client.credentials(HTTP_AUTHORIZATION=f"Api-Key {wrong}")
        response = anonymous_client.post(URL, body(), format="json")
        assert response.status_code == 401, wrong
    assert nothing_written()


def test_revoked_key_is_401(api_client, api_key, team):
    key = APIKey.objects.get_from_key(api_key)
    key.revoked = True
    key.save()
    response = api_client.post(URL, body(), format="json")
    assert response.status_code == 401
    assert nothing_written()


def test_expired_key_is_401(api_client, api_key, team):
    from datetime import timedelta

    from django.utils import timezone

    APIKey.objects.filter(name="chat-widget").update(
        expiry_date=timezone.now() - timedelta(minutes=1)
    )
    assert api_client.post(URL, body(), format="json").status_code == 401


def test_staff_session_may_post_as_themselves(agent, team):
    client = Client(enforce_csrf_checks=True)
    client.force_login(agent)
    response = client.post(
        URL, body(direction="outbound", text="Le llamo mañana"), content_type="application/json"
    )
    # Session authentication enforces CSRF: without the token a browser post is refused.
    assert response.status_code == 403
    from rest_framework.test import APIClient

    api = APIClient(enforce_csrf_checks=False)
    api.force_authenticate(agent)
    response = api.post(URL, body(direction="outbound", text="Le llamo mañana"), format="json")
    assert response.status_code == 201
    assert Interaction.objects.get().author == agent


def test_logged_in_user_without_a_role_is_403(client, team):
    from tests.factories import UserFactory

    client.force_login(UserFactory(username="nobody"))
    response = client.get("/api/v1/cases/")
    assert response.status_code == 403


def test_an_integration_is_authenticated_but_not_a_person(api_client, team):
    from cases.roles import Integration

    response = api_client.post(URL, body(), format="json")
    request = response.wsgi_request
    assert response.status_code == 201
    assert isinstance(request.user, Integration)
    assert request.user.is_authenticated and not request.user.is_anonymous
    assert Interaction.objects.get().author is None
