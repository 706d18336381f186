"""The customer's tone on the workspace pages: each message's colour and drivers, the trend, the
alert banner (live), acknowledging and escalating, the supervisors' board and the queue badge."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cases import services
from cases.models import CaseEvent, Direction, Escalation, EventType
from sentiment.models import ToneAlert, ToneAlertStatus
from tests.cases.test_workspace import HTMX, ROWS, case_url, client_for, stamp_of
from tests.factories import record_message

CALM = "Hola, quería consultar cuándo me llamará el perito."
STILL_CALM = "Vale, gracias, quedo a la espera."
TURN = "Es la cuarta vez que llamo y nadie me da una solución. Es una vergüenza, estoy harta."
BOARD_ROWS = {"HX-Request": "true", "HX-Target": "escalation-rows"}


def say(case, text: str):  # noqa: ANN001, ANN201
    """The case's customer writes again (as the webhook records it)."""
    return services.record_interaction(
        customer=case.customer, case=case, channel="chat", direction="inbound", text=text
    )


@pytest.fixture
def calm_case(team, agent):
    case = record_message("carmen@example.com", name="Carmen", team=team, text=CALM).case
    say(case, STILL_CALM)
    return case


@pytest.fixture
def alerted_case(calm_case):
    recorded = say(calm_case, TURN)
    assert recorded.tone_alert is not None
    return calm_case


def open_alert(case) -> ToneAlert:  # noqa: ANN001
    return ToneAlert.objects.get(case=case, status=ToneAlertStatus.OPEN)


# --- What the case page shows ---------------------------------------------------------------------


class TestCasePage:
    def test_each_customer_message_shows_its_tone_and_why(self, alerted_case, agent):
        services.record_interaction(
            customer=alerted_case.customer,
            case=alerted_case,
            channel="chat",
            direction=Direction.OUTBOUND,
            text="Lo siento muchísimo, es terrible.",
            author=agent,
        )
        html = client_for(agent).get(case_url(alerted_case)).content.decode()
        chips = re.findall(r'<span class="tone-chip tone-(\w+)"', html)
        assert len(chips) == 3  # the agent's own reply is not the customer's tone
        assert "negative" not in chips[:2] and chips[2] == "negative"
        tip = re.search(
            r'tone-chip tone-negative".*?<span class="tip" role="tooltip">(.*?)</span>', html
        )
        assert tip is not None
        assert tip.group(1).startswith("Negative (−0.")
        assert "“" in tip.group(1)  # the words that moved the score

    def test_customer_words_in_the_tooltip_are_escaped(self, calm_case, agent):
        say(calm_case, "<img src=x onerror=alert(1)> es horrible, una vergüenza")
        html = client_for(agent).get(case_url(calm_case)).content.decode()
        assert "<img src=x" not in html
        assert "&lt;img src=x onerror=alert(1)&gt;" in html

    def test_the_trend_needs_two_scored_messages(self, team, agent):
        case = record_message("solo@example.com", team=team, text=CALM).case
        html = client_for(agent).get(case_url(case)).content.decode()
        assert 'class="sparkline"' not in html and "Tone now:" in html
        say(case, TURN)
        html = client_for(agent).get(case_url(case)).content.decode()
        points = re.search(r'<polyline class="trend" points="([^"]+)"', html).group(1).split()
        assert len(points) == 2
        (_, y_calm), (_, y_upset) = (map(float, point.split(",")) for point in points)
        assert y_upset > y_calm  # negative is drawn lower
        assert "The tone over the last 2 messages" in html

    def test_an_alert_shows_a_banner_with_its_drivers(self, alerted_case, agent):
        html = client_for(agent).get(case_url(alerted_case)).content.decode()
        assert "The customer's tone has turned negative." in html
        assert "What moved it:" in html
        alert = open_alert(alerted_case)
        assert f'name="ack-alert" value="{alert.pk}"' in html
        assert f'href="#i-{alert.interaction_id}"' in html

    def test_the_page_is_in_spanish_too(self, alerted_case, agent):
        html = client_for(agent, "es").get(case_url(alerted_case)).content.decode()
        assert "El tono del cliente se ha vuelto negativo." in html
        assert "Escalar a un supervisor" in html

    def test_queries_do_not_grow_with_alerts_and_history(self, alerted_case, agent):
        client = client_for(agent)

        def count() -> int:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(case_url(alerted_case)).status_code == 200
            return len(queries)

        before = count()
        for n in range(40):
            say(alerted_case, f"Sigo esperando, mensaje {n}. Vergüenza.")
            say(alerted_case, "Gracias, ya está todo solucionado, genial!")
        assert count() == before


# --- Live: the banner arrives with the poll -------------------------------------------------------


class TestLive:
    def test_a_poll_after_the_turn_brings_the_banner_and_the_trend(self, calm_case, agent):
        client = client_for(agent)
        stamp = stamp_of(client.get(case_url(calm_case)).content.decode())
        say(calm_case, TURN)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(case_url(calm_case) + f"?since={stamp}", headers=HTMX)
        html = response.content.decode()
        assert response.status_code == 200
        assert 'id="tone-alerts" class="tone-alerts" hx-swap-oob="true"' in html
        assert "tone has turned negative" in html
        assert 'id="tone-trend" class="tone-trend" hx-swap-oob="true"' in html
        assert 'id="escalation"' not in html  # nothing changed there
        assert len(queries) <= 12

    def test_a_poll_after_our_own_reply_leaves_the_tone_panel_alone(self, calm_case, agent):
        client = client_for(agent)
        stamp = stamp_of(client.get(case_url(calm_case)).content.decode())
        services.record_interaction(
            customer=calm_case.customer,
            case=calm_case,
            channel="chat",
            direction=Direction.OUTBOUND,
            text="Le llamamos mañana.",
            author=agent,
        )
        html = client.get(case_url(calm_case) + f"?since={stamp}", headers=HTMX).content.decode()
        assert "tone-trend" not in html and "tone-alerts" not in html


# --- Acknowledge, escalate, close -----------------------------------------------------------------


class TestAcknowledge:
    def test_the_agent_acknowledges_and_the_banner_goes(self, alerted_case, agent):
        client = client_for(agent)
        html = client.get(case_url(alerted_case)).content.decode()
        alert = open_alert(alerted_case)
        response = client.post(
            case_url(alerted_case, "tone/acknowledge"),
            {"ack-alert": alert.pk, "since": stamp_of(html)},
            headers=HTMX,
        )
        assert response.status_code == 200
        body = response.content.decode()
        assert 'id="tone-alerts"' in body and "tone has turned negative." not in body
        assert "Tone alert acknowledged" in body  # the marker on the timeline
        alert.refresh_from_db()
        assert alert.status == ToneAlertStatus.ACKNOWLEDGED and alert.handled_by == agent
        assert alerted_case.events.filter(type=EventType.TONE_ACKNOWLEDGED).count() == 1

    @pytest.mark.parametrize(
        "value", ["", "abc", "-1", "99999999999999999999", "1 OR 1=1", "<script>"]
    )
    def test_bad_alert_ids_are_refused_in_place(self, alerted_case, agent, value):
        response = client_for(agent).post(
            case_url(alerted_case, "tone/acknowledge"), {"ack-alert": value}, headers=HTMX
        )
        assert response.status_code == 422
        assert response["HX-Retarget"] == "#errors-ack"
        assert open_alert(alerted_case).status == ToneAlertStatus.OPEN

    def test_another_cases_alert_or_a_handled_one_is_refused(self, alerted_case, agent, team):
        other = record_message("otra@example.com", team=team, text=CALM).case
        say(other, TURN)
        foreign = open_alert(other)
        client = client_for(agent)
        response = client.post(
            case_url(alerted_case, "tone/acknowledge"), {"ack-alert": foreign.pk}, headers=HTMX
        )
        assert response.status_code == 422
        assert "already handled, or is not this case" in response.content.decode()
        mine = open_alert(alerted_case)
        assert client.post(case_url(alerted_case, "tone/acknowledge"), {"ack-alert": mine.pk})
        again = client.post(case_url(alerted_case, "tone/acknowledge"), {"ack-alert": mine.pk})
        assert again.status_code == 422  # the whole page again, without JavaScript
        assert "already handled" in again.content.decode()
        assert CaseEvent.objects.filter(type=EventType.TONE_ACKNOWLEDGED).count() == 1
        foreign.refresh_from_db()
        assert foreign.status == ToneAlertStatus.OPEN


class TestEscalate:
    def test_escalating_needs_a_note(self, alerted_case, agent):
        for note in ("", "   "):
            response = client_for(agent).post(
                case_url(alerted_case, "escalate"), {"escalate-note": note}, headers=HTMX
            )
            assert response.status_code == 422
            assert response["HX-Retarget"] == "#errors-escalate"
            assert "Say why the case is escalated." in response.content.decode()
        assert not Escalation.objects.exists()
        assert open_alert(alerted_case)

    def test_an_oversized_note_is_refused(self, alerted_case, agent):
        response = client_for(agent).post(
            case_url(alerted_case, "escalate"), {"escalate-note": "x" * 2001}, headers=HTMX
        )
        assert response.status_code == 422
        assert not Escalation.objects.exists()

    def test_escalating_takes_the_open_alerts_to_a_supervisor(self, alerted_case, agent):
        client = client_for(agent)
        stamp = stamp_of(client.get(case_url(alerted_case)).content.decode())
        response = client.post(
            case_url(alerted_case, "escalate"),
            {
                "escalate-note": "Clienta <b>muy</b> afectada, pide hablar con alguien",
                "since": stamp,
            },
            headers=HTMX,
        )
        assert response.status_code == 200
        body = response.content.decode()
        assert 'id="escalation" class="escalation" hx-swap-oob="true"' in body
        assert "With a supervisor" in body and "Clienta &lt;b&gt;muy&lt;/b&gt;" in body
        assert "Close the escalation" not in body  # an agent cannot close it
        assert "Escalated to a supervisor after a tone alert" in body
        escalation = Escalation.objects.get()
        assert escalation.raised_by == agent and escalation.is_open
        alert = ToneAlert.objects.get(case=alerted_case)
        assert alert.status == ToneAlertStatus.ESCALATED and escalation.alert == alert
        assert "tone has turned negative." not in body  # handled by the escalation

    def test_a_case_is_escalated_once_at_a_time(self, calm_case, agent):
        client = client_for(agent)
        assert (
            client.post(case_url(calm_case, "escalate"), {"escalate-note": "Ayuda"}).status_code
            == 303
        )
        second = client.post(
            case_url(calm_case, "escalate"), {"escalate-note": "Otra vez"}, headers=HTMX
        )
        assert second.status_code == 422
        assert "already with a supervisor" in second.content.decode()
        assert Escalation.objects.count() == 1
        assert calm_case.events.filter(type=EventType.ESCALATED).count() == 1


class TestClose:
    @pytest.fixture
    def escalated(self, alerted_case, agent):
        services.escalate_case(alerted_case, actor=agent, note="Necesita un supervisor")
        return alerted_case

    def test_an_agent_may_not_close_it(self, escalated, agent):
        response = client_for(agent).post(case_url(escalated, "escalation/close"), {})
        assert response.status_code == 403
        assert Escalation.objects.get().is_open
        assert not escalated.events.filter(type=EventType.ESCALATION_CLOSED).exists()

    def test_the_supervisor_closes_it_with_a_note(self, escalated, supervisor):
        client = client_for(supervisor)
        html = client.get(case_url(escalated)).content.decode()
        assert "Close the escalation" in html
        response = client.post(
            case_url(escalated, "escalation/close"),
            {"close-note": "Hablé con ella y le ofrecí una compensación", "since": stamp_of(html)},
            headers=HTMX,
        )
        assert response.status_code == 200
        assert "Escalation closed" in response.content.decode()
        escalation = Escalation.objects.get()
        assert not escalation.is_open and escalation.closed_by == supervisor
        assert escalation.closing_note.startswith("Hablé con ella")
        again = client.post(case_url(escalated, "escalation/close"), {}, headers=HTMX)
        assert again.status_code == 422
        assert "no open escalation" in again.content.decode()
        # Closed, the case may be escalated again.
        services.escalate_case(escalated, actor=supervisor, note="Vuelve a escribir furiosa")
        assert Escalation.objects.filter(closed_at__isnull=True).count() == 1

    def test_everything_is_on_the_timeline(self, escalated, supervisor):
        services.close_escalation(escalated, actor=supervisor, note="Resuelto")
        html = client_for(supervisor).get(case_url(escalated)).content.decode()
        for marker in (
            "The customer&#x27;s tone turned negative (",
            "Escalated to a supervisor after a tone alert",
            "Escalation closed",
        ):
            assert marker in html, marker


# --- The supervisors' board -----------------------------------------------------------------------


class TestBoard:
    @pytest.fixture
    def escalations(self, alerted_case, other_team, agent):
        services.escalate_case(alerted_case, actor=agent, note="Mi equipo")
        elsewhere = record_message("lejos@example.com", team=other_team, text=CALM).case
        services.escalate_case(elsewhere, actor=None, note="Otro equipo")
        return alerted_case, elsewhere

    def test_agents_and_anonymous_do_not_get_it(self, escalations, agent):
        assert client_for(agent).get("/cases/escalations/").status_code == 403
        response = client_for(None).get("/cases/escalations/")
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]

    def test_a_supervisor_sees_their_teams_and_a_manager_every_one(
        self, escalations, supervisor, manager
    ):
        mine, elsewhere = escalations
        html = client_for(supervisor).get("/cases/escalations/").content.decode()
        assert f"#{mine.pk}" in html and "Mi equipo" in html
        assert f"#{elsewhere.pk}<" not in html and "Otro equipo" not in html
        assert 'href="/cases/escalations/"' in html  # in the menu
        html = client_for(manager).get("/cases/escalations/").content.decode()
        assert "Mi equipo" in html and "Otro equipo" in html

    def test_the_rows_poll_in_three_queries_and_answer_304_when_unchanged(
        self, escalations, supervisor
    ):
        client = client_for(supervisor)
        with CaptureQueriesContext(connection) as queries:
            first = client.get("/cases/escalations/", headers=BOARD_ROWS)
        assert first.status_code == 200 and len(queries) <= 3
        assert b'<tbody id="escalation-rows"' in first.content
        assert b'id="escalation-count" class="count" aria-live="polite" hx-swap-oob="true">' in (
            first.content
        )
        assert b"1 escalation waiting" in first.content
        again = client.get(
            "/cases/escalations/", headers={**BOARD_ROWS, "If-None-Match": first["ETag"]}
        )
        assert again.status_code == 304
        services.close_escalation(escalations[0], actor=supervisor)
        changed = client.get(
            "/cases/escalations/", headers={**BOARD_ROWS, "If-None-Match": first["ETag"]}
        )
        assert changed.status_code == 200 and b"Mi equipo" not in changed.content

    def test_an_agents_poll_gets_no_rows(self, escalations, agent):
        response = client_for(agent).get("/cases/escalations/", headers=BOARD_ROWS)
        assert b"Mi equipo" not in response.content and b"Otro equipo" not in response.content

    def test_queries_do_not_grow_with_the_board(self, team, manager):
        client = client_for(manager)

        def count() -> int:
            with CaptureQueriesContext(connection) as queries:
                assert client.get("/cases/escalations/").status_code == 200
            return len(queries)

        services.escalate_case(
            record_message("a0@example.com", team=team).case, actor=None, note="n"
        )
        before = count()
        for n in range(1, 30):
            services.escalate_case(
                record_message(f"a{n}@example.com", team=team).case, actor=None, note="n"
            )
        assert count() == before
        assert "Page 1 of 2" in client.get("/cases/escalations/").content.decode()


# --- The queue ------------------------------------------------------------------------------------


class TestQueueBadges:
    def test_badges_for_an_alert_an_escalation_and_a_negative_tone(self, alerted_case, agent, team):
        html = client_for(agent).get("/cases/", headers=ROWS).content.decode()
        assert '<span class="badge tone-alert">Tone alert</span>' in html
        alert = open_alert(alerted_case)
        services.acknowledge_tone_alert(alert, actor=agent)
        html = client_for(agent).get("/cases/", headers=ROWS).content.decode()
        assert "Tone alert" not in html
        assert '<span class="badge tone-negative">Negative tone</span>' in html
        services.escalate_case(alerted_case, actor=agent, note="ayuda")
        html = client_for(agent).get("/cases/").content.decode()
        assert '<span class="badge tone-escalated">With a supervisor</span>' in html


def test_the_roles_get_what_the_board_needs(db):
    def codenames(group: str) -> set[str]:
        return set(Group.objects.get(name=group).permissions.values_list("codename", flat=True))

    assert "change_escalation" in codenames("supervisor")
    assert "change_escalation" in codenames("manager")
    assert "change_escalation" not in codenames("agent")
    assert {"view_escalation", "view_tonealert"} <= codenames("agent")


# --- The back office ------------------------------------------------------------------------------


@pytest.mark.parametrize("model", ["cases_escalation", "sentiment_tonealert"])
def test_the_admin_lists_alerts_and_escalations_read_only(model, alerted_case, agent, manager):
    services.escalate_case(alerted_case, actor=agent, note="Necesita supervisor")
    client = client_for(manager)
    listing = client.get(f"/admin/{model.replace('_', '/', 1)}/")
    assert listing.status_code == 200
    for spec in listing.context["cl"].filter_specs:
        choice = next(c for c in spec.choices(listing.context["cl"]) if not c["selected"])
        assert client.get(listing.request["PATH_INFO"] + choice["query_string"]).status_code == 200
    for query in (f"?q={alerted_case.pk}", "?q=Carmen", "?q=%23999999"):
        assert client.get(listing.request["PATH_INFO"] + query).status_code == 200
    row = listing.context["cl"].result_list[0]
    assert client.get(f"{listing.request['PATH_INFO']}{row.pk}/change/").status_code == 200
    assert client.get(f"{listing.request['PATH_INFO']}add/").status_code == 403


class TestQueueToneFilter:
    def test_the_queue_filters_by_what_needs_attention(self, alerted_case, agent, team):
        calm = record_message("tranquila@example.com", team=team, text=CALM).case
        escalated = record_message("escalado@example.com", team=team, text=CALM).case
        services.escalate_case(escalated, actor=agent, note="n")
        client = client_for(agent)

        def shown(query: str) -> set[int]:
            html = client.get("/cases/" + query).content.decode()
            return {
                int(pk) for pk in re.findall(r'<tr class="queue-row[^"]*" data-case="(\d+)"', html)
            }

        assert shown("?tone=attention") == {alerted_case.pk, escalated.pk}
        assert shown("?tone=negative") == {alerted_case.pk}
        assert shown("?tone=nonsense") == shown("") >= {alerted_case.pk, calm.pk, escalated.pk}
        html = client.get("/cases/?tone=attention").content.decode()
        assert '<option value="attention" selected>' in html
