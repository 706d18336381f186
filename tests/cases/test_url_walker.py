"""Walk every URL pattern of the project: objects of another team are 404 on every page, partial,
action and API endpoint that takes an id, and every state-changing view refuses a post without a
CSRF token.

Comparable systems leaked through side actions and secondary transports; this walk fails as soon
as a new pattern with an id appears without being listed here, so nobody forgets to think about
who may reach it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from cases import services
from cases.models import CaseEvent, Commitment, Escalation, Interaction
from tests.factories import record_message

HTMX = {"HX-Request": "true"}


@dataclass(frozen=True)
class Probe:
    """How to reach one pattern: the method, a query string, headers and a body."""

    method: str = "get"
    query: str = ""
    headers: dict = field(default_factory=dict)
    data: dict = field(default_factory=dict)


# Every pattern whose route takes an object id, by its full name, with the requests to try.
PROBES_BY_NAME: dict[str, list[Probe]] = {
    "workspace:case": [
        Probe(),
        Probe(query="?since=0.0", headers=HTMX),
        Probe(query="?before=MjAyNi0wMS0wMVQwMDowMDowMCswMDowMHxldmVudHwx", headers=HTMX),
    ],
    "workspace:reply": [
        Probe("post", data={"reply-channel": "chat", "reply-text": "x"}),
        Probe("post", headers=HTMX, data={"reply-channel": "chat", "reply-text": "x"}),
    ],
    "workspace:log-call": [
        Probe(
            "post",
            data={
                "call-channel": "phone",
                "call-direction": "outbound",
                "call-minutes": "1",
                "call-summary": "x",
            },
        )
    ],
    "workspace:note": [Probe("post", data={"note-text": "x"})],
    "workspace:switch-channel": [Probe("post", data={"switch-channel": "phone"})],
    "workspace:take": [Probe("post"), Probe("post", headers=HTMX)],
    "workspace:assign": [Probe("post", data={"assign-owner": ""})],
    "workspace:hand-off": [Probe("post", data={"handoff-note": "x"})],
    "workspace:status": [Probe("post", data={"status-status": "resolved"})],
    "workspace:promise-add": [
        Probe("post", data={"promise-description": "x", "promise-due_at": "2099-01-01T10:00"})
    ],
    "workspace:promise-settle": [
        Probe("post", data={"settle-status": "kept"}),
        Probe("post", headers=HTMX, data={"settle-status": "kept"}),
    ],
    "workspace:alert-acknowledge": [
        Probe("post", data={"ack-alert": "1"}),
        Probe("post", headers=HTMX, data={"ack-alert": "1"}),
    ],
    "workspace:escalate": [
        Probe("post", data={"escalate-note": "x"}),
        Probe("post", headers=HTMX, data={"escalate-note": "x"}),
    ],
    "workspace:escalation-close": [Probe("post", data={"close-note": "x"})],
    "api:case-detail": [Probe(), Probe("patch", data={"status": "resolved"})],
    "api:customer-detail": [Probe()],
    "api:customer-timeline": [Probe()],
}


def iter_patterns(resolver: URLResolver | None = None, prefix: str = "", namespace: str = ""):
    """(full name, route, pattern) for every pattern of the project."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            yield from iter_patterns(entry, route, inner)
        elif isinstance(entry, URLPattern):
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name
            yield name, route, entry


def patterns_with_ids() -> dict[str, URLPattern]:
    """Every pattern with an id in its route, by name (by route when it has none)."""
    found = {}
    for name, route, pattern in iter_patterns():
        converters = getattr(pattern.pattern, "converters", {})
        if any(key.endswith("_id") or key in ("pk", "id") for key in converters):
            found[name or route] = pattern
    return found


def our_patterns_with_ids() -> dict[str, URLPattern]:
    """Ours, not Django admin's (the admin checks its own permissions; tested in test_admin)."""
    return {
        name: pattern
        for name, pattern in patterns_with_ids().items()
        if not name.startswith(("admin:", "admin/"))
    }


def test_every_pattern_with_an_id_is_walked():
    missing = sorted(set(our_patterns_with_ids()) - set(PROBES_BY_NAME))
    assert not missing, f"add these URL patterns to PROBES_BY_NAME: {missing}"
    stale = sorted(set(PROBES_BY_NAME) - set(our_patterns_with_ids()))
    assert not stale, f"these are no longer URL patterns: {stale}"


@pytest.fixture
def targets(team, agent):
    """A case of the agent's team with a promise: what an outsider must never reach."""
    case = record_message("carmen@example.com", name="Carmen", team=team).case
    promise = services.add_commitment(
        case, description="Llamar", due_at=timezone.now() + timedelta(days=1), actor=agent
    )
    return {
        "case_id": case.pk,
        "customer_id": case.customer_id,
        "commitment_id": promise.pk,
    }


def url_for(pattern: URLPattern, name: str, ids: dict) -> str:
    from django.urls import reverse

    kwargs = {key: ids[key] for key in pattern.pattern.converters}
    return reverse(name, kwargs=kwargs)


def send(client: Client, url: str, probe: Probe):  # noqa: ANN201
    method = getattr(client, probe.method)
    if probe.method == "patch":
        return method(url + probe.query, probe.data, content_type="application/json")
    if probe.method == "get":
        return method(url + probe.query, headers=probe.headers)
    return method(url + probe.query, probe.data, headers=probe.headers)


def test_another_teams_agent_gets_404_everywhere(targets, outsider):
    client = Client()
    client.force_login(outsider)
    rows = written_rows()
    for name, pattern in our_patterns_with_ids().items():
        url = url_for(pattern, name, targets)
        for probe in PROBES_BY_NAME[name]:
            response = send(client, url, probe)
            assert response.status_code == 404, (name, probe, response.status_code)
    assert written_rows() == rows


def written_rows() -> tuple[int, ...]:
    """How many rows the actions could have written."""
    return tuple(
        model.objects.count() for model in (Interaction, CaseEvent, Commitment, Escalation)
    )


def test_the_teams_own_agent_reaches_the_same_urls(targets, agent):
    """The control: the 404s above are about the outsider, not broken URLs."""
    client = Client()
    client.force_login(agent)
    for name, pattern in our_patterns_with_ids().items():
        if name.startswith("api:"):
            continue  # agents read cases on pages; the API is for staff and integrations
        url = url_for(pattern, name, targets)
        response = send(client, url, PROBES_BY_NAME[name][0])
        assert response.status_code != 404, (name, response.status_code)


# --- CSRF ----------------------------------------------------------------------------------------


def state_changing_patterns() -> dict[str, URLPattern]:
    """Our views that accept a POST: every workspace action, login, logout and the language."""
    names = {n: p for n, p in our_patterns_with_ids().items() if n.startswith("workspace:")}
    names.pop("workspace:case")  # GET only
    for name, _route, pattern in iter_patterns():
        if name in ("login", "logout", "set_language"):
            names[name] = pattern
    return names


def test_every_state_changing_view_refuses_a_post_without_csrf_token(targets, agent):
    client = Client(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(agent)
    rows = written_rows()
    patterns = state_changing_patterns()
    assert len(patterns) >= 16  # 13 case actions, login, logout, language
    for name, pattern in patterns.items():
        url = url_for(pattern, name, targets) if pattern.pattern.converters else None
        if url is None:
            from django.urls import reverse

            url = reverse(name)
        data = PROBES_BY_NAME.get(name, [Probe("post")])[0].data
        for headers in ({}, HTMX):
            response = client.post(url, data, headers=headers)
            assert response.status_code == 403, (name, response.status_code)
            assert b"session needs to be refreshed" in response.content, name  # CSRF, not a role
    assert written_rows() == rows
