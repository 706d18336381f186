"""The agent workspace's pages and actions, through Django's test client (the browser tests in
tests/browser drive the same pages in Chromium)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cases import services
from cases.models import (
    Case,
    CaseEvent,
    CaseStatus,
    Commitment,
    CommitmentStatus,
    Direction,
    EventType,
    Interaction,
    Sensitivity,
)
from cases.services import CustomerRef
from tests.factories import UserFactory, record_message

HTMX = {"HX-Request": "true"}
ROWS = {"HX-Request": "true", "HX-Target": "queue-rows"}


def client_for(user, language: str = "en") -> Client:  # noqa: ANN001
    """A browser of ``user`` reading in ``language`` (English unless a test is about Spanish)."""
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def case(team, agent) -> Case:
    interaction = record_message(
        "carmen@example.com", name="Carmen Ortega Ruiz", team=team, text="El perito no llega"
    )
    return interaction.case


@pytest.fixture
def other_case(other_team) -> Case:
    return record_message("otro@example.com", name="Otra Persona", team=other_team).case


def case_url(case: Case, action: str = "") -> str:
    return f"/cases/{case.pk}/" + (f"{action}/" if action else "")


def stamp_of(html: str) -> str:
    return re.search(r'name="since" value="([\d.]+)"', html).group(1)


# --- Who sees what --------------------------------------------------------------------------------


class TestAccess:
    def test_anonymous_is_sent_to_the_login_page(self, case):
        for url in ("/cases/", case_url(case)):
            response = Client().get(url)
            assert response.status_code == 302
            assert response["Location"].startswith("/accounts/login/?next=")
        response = Client().post(case_url(case, "reply"), {"reply-text": "x"})
        assert response.status_code == 302
        assert not Interaction.objects.filter(direction=Direction.OUTBOUND).exists()

    @pytest.mark.parametrize("persona", ["agent", "supervisor", "manager"])
    def test_the_team_its_supervisor_and_managers_see_the_case(self, persona, case, request):
        user = request.getfixturevalue(persona)
        assert client_for(user).get(case_url(case)).status_code == 200
        assert f"#{case.pk}" in client_for(user).get("/cases/").content.decode()

    def test_an_agent_of_another_team_gets_404_and_an_empty_queue(self, case, outsider):
        client = client_for(outsider)
        assert client.get(case_url(case)).status_code == 404
        assert client.get(case_url(case) + "?since=0.0", headers=HTMX).status_code == 404
        assert f"#{case.pk}" not in client.get("/cases/").content.decode()

    def test_an_agent_sees_a_case_they_own_in_another_team(self, other_case, agent):
        other_case.owner = agent
        other_case.save(update_fields=["owner"])
        assert client_for(agent).get(case_url(other_case)).status_code == 200

    def test_a_person_without_a_role_is_refused(self, case, team):
        nobody = UserFactory(username="nobody")
        team.members.add(nobody)
        client = client_for(nobody)
        assert client.get("/cases/").status_code == 403
        assert client.get(case_url(case)).status_code == 403
        assert client.post(case_url(case, "take")).status_code == 403
        # The live polls apply the same rule in SQL: nothing to see.
        assert client.get(case_url(case) + "?since=0.0", headers=HTMX).status_code == 404
        assert f"#{case.pk}" not in client.get("/cases/", headers=ROWS).content.decode()

    def test_a_malformed_or_huge_id_is_404(self, agent):
        client = client_for(agent)
        assert client.get("/cases/99999999999999999999999/").status_code == 404
        assert client.get("/cases/0/").status_code == 404


# --- The queue ------------------------------------------------------------------------------------


class TestQueue:
    def test_rows_show_what_an_agent_needs(self, case, agent):
        services.add_commitment(
            case,
            description="Llamar con la fecha del perito",
            due_at=timezone.now() + timedelta(hours=3),
            actor=agent,
        )
        record_message("carmen@example.com", text="¿Hay novedades?")
        html = client_for(agent).get("/cases/").content.decode()
        assert "Carmen Ortega Ruiz" in html
        assert "Llamar con la fecha del perito" in html
        assert 'href="#i-chat"' in html  # the channel icon
        assert "2nd this month · 2nd today" in html

    def test_an_agent_sees_only_their_teams_cases(self, case, other_case, agent, manager):
        html = client_for(agent).get("/cases/").content.decode()
        assert f"#{case.pk}<" in html and f"#{other_case.pk}<" not in html
        html = client_for(manager).get("/cases/").content.decode()
        assert f"#{case.pk}<" in html and f"#{other_case.pk}<" in html

    def test_filters(self, case, team, agent):
        bereavement = Sensitivity.objects.get(slug="bereavement")
        phone_case = record_message(
            "luis@example.com", name="Luis Gil", team=team, channel="phone", duration_seconds=60
        ).case
        phone_case.sensitivity = bereavement
        phone_case.save()
        services.assign_case(phone_case, owner=agent, actor=agent)
        client = client_for(agent)

        def listed(query: str) -> set[int]:
            html = client.get("/cases/?" + query).content.decode()
            return {int(pk) for pk in re.findall(r'data-case="(\d+)"', html)}

        assert listed("") == {case.pk, phone_case.pk}
        assert listed("channel=phone") == {phone_case.pk}
        assert listed(f"sensitivity={bereavement.pk}") == {phone_case.pk}
        assert listed("scope=mine") == {phone_case.pk}
        assert listed("scope=unassigned") == {case.pk}
        assert listed(f"team={team.pk}") == {case.pk, phone_case.pk}
        assert listed("status=resolved") == set()
        assert listed(f"status={CaseStatus.OPEN}") == {phone_case.pk}  # an answered call opens

    def test_search_by_name_email_phone_and_case_number(self, case, team, agent):
        record_message(
            ref=CustomerRef(phone="+34 600 111 222", name="Marta Ruiz"), team=team, channel="sms"
        )
        client = client_for(agent)

        def found(text: str) -> list[str]:
            html = client.get("/cases/", {"q": text}).content.decode()
            return re.findall(r'data-case="(\d+)"', html)

        assert found("carmen") == [str(case.pk)]
        assert found("CARMEN@example.com") == [str(case.pk)]
        assert len(found("600111222")) == 1 and found("600111222") != [str(case.pk)]
        assert found(f"#{case.pk}") == [str(case.pk)]
        assert found("nadie") == []

    def test_bad_filter_values_are_ignored_not_errors(self, case, agent):
        client = client_for(agent)
        for query in (
            "team=abc",
            "team=99999999999999999999999",
            "status=bogus",
            "page=-3",
            "page=abc",
            "q=" + "x" * 5000,
            "q=%00",
            "sensitivity=<script>",
        ):
            assert client.get("/cases/?" + query).status_code == 200, query

    def test_pagination(self, team, agent):
        for n in range(27):
            record_message(f"p{n}@example.com", team=team)
        client = client_for(agent)
        first = client.get("/cases/").content.decode()
        second = client.get("/cases/?page=2").content.decode()
        assert len(re.findall(r'data-case="', first)) == 25
        assert len(re.findall(r'data-case="', second)) == 2
        assert 'rel="next"' in first and 'rel="prev"' in second

    def test_the_rows_poll_is_a_small_partial_with_an_etag(self, case, agent):
        client = client_for(agent)
        response = client.get("/cases/?status=active", headers=ROWS)
        html = response.content.decode()
        assert html.lstrip().startswith('<tbody id="queue-rows"')
        assert "<html" not in html
        assert 'hx-get="/cases/?status=active"' in html  # keeps the agent's filters
        assert "HX-Request" in response["Vary"]
        again = client.get(
            "/cases/?status=active", headers={**ROWS, "If-None-Match": response["ETag"]}
        )
        assert again.status_code == 304
        record_message("carmen@example.com", text="otra vez")
        changed = client.get(
            "/cases/?status=active", headers={**ROWS, "If-None-Match": response["ETag"]}
        )
        assert changed.status_code == 200

    def test_the_rows_poll_costs_at_most_three_queries(self, case, agent):
        client = client_for(agent)
        client.get("/cases/")  # warm the session
        with CaptureQueriesContext(connection) as queries:
            client.get("/cases/", headers=ROWS)
        assert len(queries) <= 3, [q["sql"] for q in queries]

    def test_the_page_uses_the_same_queries_for_5_and_50_cases(self, team, agent):
        client = client_for(agent)

        def queries_for_queue() -> int:
            with CaptureQueriesContext(connection) as queries:
                assert client.get("/cases/").status_code == 200
            return len(queries)

        for n in range(5):
            case = record_message(f"a{n}@example.com", team=team).case
            services.add_commitment(
                case, description="x", due_at=timezone.now() + timedelta(days=1), actor=agent
            )
        five = queries_for_queue()
        for n in range(45):
            record_message(f"b{n}@example.com", team=team)
        assert queries_for_queue() == five


# --- The case page --------------------------------------------------------------------------------


class TestCasePage:
    def test_shows_the_customer_360_and_the_timeline(self, case, agent):
        services.switch_channel(case, to_channel="phone", actor=agent)
        record_message("carmen@example.com", text="Le llamo ahora", channel="phone")
        html = client_for(agent).get(case_url(case)).content.decode()
        assert "carmen@example.com" in html  # identities
        assert "Europe/Madrid" in html  # the customer's zone and local time
        assert "El perito no llega" in html and "Le llamo ahora" in html
        assert "marker-case-channel-switched" in html
        assert html.index("El perito no llega") < html.index("Le llamo ahora")  # oldest first

    def test_a_long_transcript_is_folded(self, case, agent):
        record_message("carmen@example.com", text="palabra " * 200, channel="phone")
        html = client_for(agent).get(case_url(case)).content.decode()
        assert '<details class="long">' in html

    def test_earlier_activity_is_paged(self, case, agent):
        for n in range(60):
            record_message("carmen@example.com", text=f"mensaje {n}")
        client = client_for(agent)
        html = client.get(case_url(case)).content.decode()
        assert "mensaje 59" in html and "mensaje 0<" not in html
        cursor = re.search(r'\?before=([^"&]+)"', html).group(1)
        earlier = client.get(case_url(case) + f"?before={cursor}", headers=HTMX)
        assert earlier.status_code == 200
        assert "mensaje 0<" in earlier.content.decode()
        assert client.get(case_url(case) + "?before=garbage", headers=HTMX).status_code == 400
        # Without JavaScript the link opens the whole page at that point.
        page = client.get(case_url(case) + f"?before={cursor}").content.decode()
        assert "<html" in page and "mensaje 0<" in page and "mensaje 59<" not in page
        assert client.get(case_url(case) + "?before=garbage").status_code == 400

    def test_same_queries_for_5_and_500_interactions(self, case, agent):
        client = client_for(agent)

        def queries_for_page() -> int:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(case_url(case)).status_code == 200
            return len(queries)

        for n in range(4):
            record_message("carmen@example.com", text=f"m{n}")
        five = queries_for_page()
        Interaction.objects.bulk_create(
            Interaction(
                case=case,
                customer=case.customer,
                channel="chat",
                direction=Direction.INBOUND,
                text=f"bulk {n}",
            )
            for n in range(495)
        )
        assert case.interactions.count() == 500
        assert queries_for_page() == five


# --- Live updates ---------------------------------------------------------------------------------


class TestLive:
    def test_nothing_new_is_a_204_after_three_queries(self, case, agent):
        client = client_for(agent)
        stamp = stamp_of(client.get(case_url(case)).content.decode())
        with CaptureQueriesContext(connection) as queries:
            response = client.get(case_url(case) + f"?since={stamp}", headers=HTMX)
        assert response.status_code == 204
        assert len(queries) <= 3, [q["sql"] for q in queries]

    def test_a_new_message_arrives_with_the_refreshed_panels(self, case, agent):
        client = client_for(agent)
        stamp = stamp_of(client.get(case_url(case)).content.decode())
        record_message("carmen@example.com", text="¿Alguien me puede ayudar?")
        response = client.get(case_url(case) + f"?since={stamp}", headers=HTMX)
        html = response.content.decode()
        assert response.status_code == 200
        assert "¿Alguien me puede ayudar?" in html
        assert ">El perito no llega</div>" not in html  # only what is new
        assert stamp_of(html) != stamp
        assert 'id="case-header" class="case-header" hx-swap-oob="true"' in html
        assert 'id="case-actions"' not in html  # a message does not redraw the action forms

    def test_a_state_change_redraws_the_action_forms(self, case, agent, other_team):
        client = client_for(agent)
        stamp = stamp_of(client.get(case_url(case)).content.decode())
        services.change_status(case, to_status=CaseStatus.WAITING_CUSTOMER, actor=agent)
        html = client.get(case_url(case) + f"?since={stamp}", headers=HTMX).content.decode()
        assert "marker-case-status-changed" in html
        assert 'id="case-actions" class="panel" hx-swap-oob="true"' in html

    def test_a_malformed_stamp_resumes_from_now(self, case, agent):
        client = client_for(agent)
        for since in ("", "abc", "1.2.3", "-1.0", "99999999999999999999.1"):
            response = client.get(case_url(case) + f"?since={since}", headers=HTMX)
            assert response.status_code == 200, since
            assert ">El perito no llega</div>" not in response.content.decode()


# --- Actions --------------------------------------------------------------------------------------


def post(client: Client, url: str, data: dict, *, htmx: bool = False):  # noqa: ANN201
    return client.post(url, data, headers=HTMX if htmx else {})


class TestActions:
    def test_reply_without_javascript_redirects_back(self, case, agent):
        response = post(
            client_for(agent),
            case_url(case, "reply"),
            {"reply-channel": "chat", "reply-text": "Hola"},
        )
        assert response.status_code == 303
        assert response["Location"] == case_url(case) + "#latest"
        reply = case.interactions.get(direction=Direction.OUTBOUND)
        assert (reply.text, reply.author, reply.channel) == ("Hola", agent, "chat")

    def test_reply_with_htmx_answers_the_live_update(self, case, agent):
        client = client_for(agent)
        stamp = stamp_of(client.get(case_url(case)).content.decode())
        response = client.post(
            case_url(case, "reply"),
            {"reply-channel": "email", "reply-text": "Le escribimos por correo", "since": stamp},
            headers=HTMX,
        )
        assert response.status_code == 200
        html = response.content.decode()
        assert "Le escribimos por correo" in html and ">El perito no llega</div>" not in html
        assert "faro:notice" in response["HX-Trigger"]
        case.refresh_from_db()
        assert case.channel == "email" and case.first_response_at is not None

    def test_log_a_call(self, case, agent):
        response = post(
            client_for(agent),
            case_url(case, "call"),
            {
                "call-channel": "video",
                "call-direction": "outbound",
                "call-minutes": "12",
                "call-summary": "Explicamos la peritación",
            },
        )
        assert response.status_code == 303
        call = case.interactions.get(channel="video")
        assert (call.duration_seconds, call.summary, call.author) == (
            720,
            "Explicamos la peritación",
            agent,
        )

    def test_internal_note(self, case, agent):
        post(client_for(agent), case_url(case, "note"), {"note-text": "Pendiente de perito"})
        note = case.interactions.get(direction=Direction.INTERNAL)
        assert note.channel == "note" and note.text == "Pendiente de perito"

    def test_switch_channel_keeps_one_case(self, case, agent):
        client = client_for(agent)
        for channel in ("phone", "video", "chat"):
            assert (
                post(client, case_url(case, "channel"), {"switch-channel": channel}).status_code
                == 303
            )
        case.refresh_from_db()
        assert case.channel == "chat"
        assert case.channel_list == ["chat", "phone", "video"]
        assert case.events.filter(type=EventType.CHANNEL_SWITCHED).count() == 3
        assert Case.objects.filter(customer=case.customer).count() == 1

    def test_take_ownership_and_assign(self, case, agent, supervisor):
        client = client_for(agent)
        assert post(client, case_url(case, "take"), {}).status_code == 303
        case.refresh_from_db()
        assert case.owner == agent
        post(client_for(supervisor), case_url(case, "assign"), {"assign-owner": supervisor.pk})
        case.refresh_from_db()
        assert case.owner == supervisor
        post(client, case_url(case, "assign"), {"assign-owner": ""})
        case.refresh_from_db()
        assert case.owner is None

    def test_hand_off_with_a_note(self, case, agent, other_team):
        response = post(
            client_for(agent),
            case_url(case, "hand-off"),
            {"handoff-team": other_team.pk, "handoff-note": "Necesita perito urgente"},
        )
        assert response.status_code == 303
        case.refresh_from_db()
        assert case.team == other_team and case.owner is None
        event = case.events.get(type=EventType.HANDED_OFF)
        assert event.note == "Necesita perito urgente"

    def test_change_status(self, case, agent):
        post(client_for(agent), case_url(case, "status"), {"status-status": "waiting_internal"})
        case.refresh_from_db()
        assert case.status == CaseStatus.WAITING_INTERNAL

    def test_promise_added_then_kept(self, case, agent):
        client = client_for(agent)
        due = timezone.localtime(timezone.now(), timezone.get_fixed_timezone(60)) + timedelta(
            days=1
        )
        response = post(
            client,
            case_url(case, "promises"),
            {
                "promise-description": "Llamar el jueves",
                "promise-due_at": due.strftime("%Y-%m-%dT%H:%M"),
            },
        )
        assert response.status_code == 303
        promise = case.commitments.get()
        assert promise.due_at > timezone.now()
        html = client.get(case_url(case)).content.decode()
        assert "Llamar el jueves" in html and " left<" in html
        response = post(
            client, case_url(case, f"promises/{promise.pk}/settle"), {"settle-status": "kept"}
        )
        assert response.status_code == 303
        promise.refresh_from_db()
        assert promise.status == CommitmentStatus.KEPT


class TestInvalidActions:
    """Every refusal is a 422 with the reason on the form, and changes nothing."""

    def refused(self, client, url, data, *, htmx=False) -> str:  # noqa: ANN001
        events, interactions = CaseEvent.objects.count(), Interaction.objects.count()
        response = post(client, url, data, htmx=htmx)
        assert response.status_code == 422
        assert (CaseEvent.objects.count(), Interaction.objects.count()) == (events, interactions)
        return response.content.decode()

    def test_bad_transition(self, case, agent):
        html = self.refused(client_for(agent), case_url(case, "status"), {"status-status": "new"})
        assert "cannot go from" in html
        assert "<html" in html  # without JavaScript: the whole page, with the error in place

    def test_unknown_status(self, case, agent):
        self.refused(client_for(agent), case_url(case, "status"), {"status-status": "bogus"})

    def test_hand_off_without_a_note(self, case, agent, other_team):
        client = client_for(agent)
        html = self.refused(
            client,
            case_url(case, "hand-off"),
            {"handoff-team": other_team.pk, "handoff-note": "  "},
        )
        assert "needs a note" in html
        html = self.refused(
            client, case_url(case, "hand-off"), {"handoff-team": other_team.pk}, htmx=True
        )
        assert "<html" not in html and "errorlist" in html

    def test_hand_off_to_the_same_team_is_not_offered(self, case, agent, team):
        self.refused(
            client_for(agent),
            case_url(case, "hand-off"),
            {"handoff-team": team.pk, "handoff-note": "x"},
        )

    def test_promise_in_the_past(self, case, agent):
        html = self.refused(
            client_for(agent),
            case_url(case, "promises"),
            {"promise-description": "Llamar", "promise-due_at": "2020-01-01T10:00"},
        )
        assert "must be due in the future" in html
        assert Commitment.objects.count() == 0
        # Without JavaScript the page comes back with what was typed, marked for screen readers.
        assert 'value="Llamar"' in html and 'value="2020-01-01T10:00"' in html
        due_input = re.search(r'<input[^>]*name="promise-due_at"[^>]*>', html).group(0)
        assert 'aria-invalid="true"' in due_input

    def test_promise_with_a_malformed_date(self, case, agent):
        for due in ("", "mañana", "2026-13-45T99:99", "9" * 300):
            self.refused(
                client_for(agent),
                case_url(case, "promises"),
                {"promise-description": "Llamar", "promise-due_at": due},
            )

    def test_empty_and_oversized_replies(self, case, agent, settings):
        client = client_for(agent)
        self.refused(client, case_url(case, "reply"), {"reply-channel": "chat", "reply-text": ""})
        self.refused(client, case_url(case, "reply"), {"reply-channel": "fax", "reply-text": "x"})
        settings.FARO_MAX_TEXT_CHARS = 100
        # The field's bound is read when the form class is built; use a text over the real bound.
        too_long = "x" * (64 * 1024 + 1)
        self.refused(
            client, case_url(case, "reply"), {"reply-channel": "chat", "reply-text": too_long}
        )

    def test_a_body_over_the_request_limit_is_a_friendly_400(self, case, agent):
        response = client_for(agent).post(case_url(case, "note"), {"note-text": "x" * (300 * 1024)})
        assert response.status_code == 400
        assert Interaction.objects.filter(direction=Direction.INTERNAL).count() == 0

    def test_switch_to_the_current_channel(self, case, agent):
        html = self.refused(
            client_for(agent), case_url(case, "channel"), {"switch-channel": "chat"}
        )
        assert "already" in html

    def test_assign_to_someone_outside_the_team(self, case, agent, outsider):
        self.refused(client_for(agent), case_url(case, "assign"), {"assign-owner": outsider.pk})

    def test_a_call_with_a_negative_or_absurd_duration(self, case, agent):
        for minutes in ("-5", "100000", "abc", ""):
            self.refused(
                client_for(agent),
                case_url(case, "call"),
                {
                    "call-channel": "phone",
                    "call-direction": "outbound",
                    "call-minutes": minutes,
                    "call-summary": "x",
                },
            )

    def test_settling_twice_and_settling_another_cases_promise(
        self, case, other_case, agent, manager
    ):
        promise = services.add_commitment(
            case, description="x", due_at=timezone.now() + timedelta(days=1), actor=agent
        )
        client = client_for(agent)
        url = case_url(case, f"promises/{promise.pk}/settle")
        assert post(client, url, {"settle-status": "cancelled"}).status_code == 303
        html = self.refused(client, url, {"settle-status": "kept"})
        assert "already" in html
        self.refused(client, url, {"settle-status": "open"})
        # The promise exists, but not on that case: 404 even for a manager who sees both.
        wrong = case_url(other_case, f"promises/{promise.pk}/settle")
        assert post(client_for(manager), wrong, {"settle-status": "kept"}).status_code == 404

    def test_htmx_errors_go_to_the_forms_own_error_box(self, case, agent):
        response = post(
            client_for(agent),
            case_url(case, "reply"),
            {"reply-channel": "chat", "reply-text": ""},
            htmx=True,
        )
        assert response.status_code == 422
        assert response["HX-Retarget"] == "#errors-reply"

    def test_get_on_an_action_is_405(self, case, agent):
        assert client_for(agent).get(case_url(case, "reply")).status_code == 405


# --- Safety ---------------------------------------------------------------------------------------

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">'


class TestSafety:
    def test_customer_text_is_escaped_everywhere(self, team, agent, other_team):
        interaction = record_message(
            "evil@example.com", name=HOSTILE, team=team, text=HOSTILE, subject=HOSTILE
        )
        case = interaction.case
        services.hand_off(case, to_team=other_team, note=HOSTILE, actor=agent)
        services.assign_case(case, owner=None, actor=agent)
        manager = UserFactory(username="boss", role="manager")
        client = client_for(manager)
        for html in (
            client.get("/cases/").content.decode(),
            client.get(case_url(case)).content.decode(),
            client.get(case_url(case) + "?since=0.0", headers=HTMX).content.decode(),
        ):
            assert "<script>alert" not in html
            assert "<img src=x" not in html
            assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html

    def test_names_in_menus_are_escaped(self, case, agent, team):
        """Team and people names reach the hand-built <select> menus escaped too."""
        team.name = '<img src=x onerror="alert(3)">Admisiones'
        team.save()
        agent.first_name = "<script>alert(4)</script>"
        agent.save()
        client = client_for(agent)
        for html in (
            client.get("/cases/").content.decode(),
            client.get(case_url(case)).content.decode(),
        ):
            assert "<img src=x" not in html and "<script>alert(4)" not in html
            assert "&lt;img src=x" in html

    def test_pages_carry_a_strict_csp_and_no_inline_script_or_style(self, case, manager):
        client = client_for(manager)
        for url in (
            "/cases/",
            case_url(case),
            "/accounts/login/",
            "/",
            "/admin/",
            "/admin/cases/case/",
            f"/admin/cases/case/{case.pk}/change/",
        ):
            response = client.get(url)
            policy = response["Content-Security-Policy"]
            assert "script-src 'self'" in policy and "unsafe-inline" not in policy
            html = response.content.decode()
            assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), url
            assert not re.search(r"\sstyle=", html), url
            assert not re.search(r"\son[a-z]+=", html), url


# --- Login ----------------------------------------------------------------------------------------


class TestLogin:
    def test_login_lands_on_the_queue(self, agent):
        client = Client()
        response = client.post(
            "/accounts/login/", {"username": "agent", "password": "pass-word-123"}, follow=True
        )
        assert response.redirect_chain[-1][0] == "/cases/"

    def test_repeated_failures_lock_the_account_from_that_address(self, agent, settings):
        client = Client()
        for _ in range(settings.AXES_FAILURE_LIMIT):
            response = client.post("/accounts/login/", {"username": "agent", "password": "wrong"})
        assert response.status_code in (200, 429)
        locked = client.post("/accounts/login/", {"username": "agent", "password": "pass-word-123"})
        assert locked.status_code == 429
        assert "_auth_user_id" not in client.session
        # Another address is not locked out by someone else's guessing.
        other = Client(REMOTE_ADDR="10.0.0.9").post(
            "/accounts/login/", {"username": "agent", "password": "pass-word-123"}
        )
        assert other.status_code == 302

    def test_logout_is_a_post(self, agent):
        client = client_for(agent)
        assert client.get("/accounts/logout/").status_code == 405
        assert client.post("/accounts/logout/").status_code == 302
        assert client.get("/cases/").status_code == 302


@pytest.fixture
def two_teams_member(team, other_team):
    user = UserFactory(username="both", role="agent")
    team.members.add(user)
    other_team.members.add(user)
    return user


def test_a_handed_off_case_leaves_the_first_teams_queue(case, agent, two_teams_member, other_team):
    services.hand_off(case, to_team=other_team, note="contexto", actor=agent)
    assert client_for(agent).get(case_url(case)).status_code == 404
    assert client_for(two_teams_member).get(case_url(case)).status_code == 200


@pytest.mark.parametrize("htmx", [False, True])
def test_handing_off_to_a_team_you_are_not_in_returns_you_to_the_queue(
    case, agent, other_team, htmx
):
    client = client_for(agent)
    response = post(
        client,
        case_url(case, "hand-off"),
        {"handoff-team": other_team.pk, "handoff-note": "Para siniestros"},
        htmx=htmx,
    )
    if htmx:
        assert (response.status_code, response["HX-Redirect"]) == (204, "/cases/")
    else:
        assert (response.status_code, response["Location"]) == (303, "/cases/")
    queue = client.get("/cases/").content.decode()
    assert "Handed off to Siniestros." in queue  # the news waits on the queue page
    case.refresh_from_db()
    assert case.team == other_team


def test_a_double_submitted_reply_is_sent_once(case, agent):
    client = client_for(agent)
    html = client.get(case_url(case)).content.decode()
    token = re.search(r'<input[^>]*name="reply-token"[^>]*value="([^"]+)"', html).group(1)
    data = {"reply-channel": "chat", "reply-text": "Solo una vez", "reply-token": token}
    assert post(client, case_url(case, "reply"), data).status_code == 303
    assert post(client, case_url(case, "reply"), data, htmx=True).status_code == 200
    assert case.interactions.filter(text="Solo una vez").count() == 1
    # The live update hands the composer a fresh token for the next message.
    fresh = post(client, case_url(case, "note"), {"note-text": "n"}, htmx=True).content.decode()
    assert re.search(r'name="reply-token" id="id_reply-token" value="(?!' + token + ")", fresh)


def test_the_workspace_speaks_spanish_first_and_english(case, agent):
    record_message("carmen@example.com", text="¿Alguna novedad?")
    spanish = client_for(agent, language="es")
    queue = spanish.get("/cases/").content.decode()
    assert '<html lang="es">' in queue
    assert "Cola" in queue and "2º este mes · 2º hoy" in queue
    page = spanish.get(case_url(case)).content.decode()
    assert "Tomar el caso" in page and "Atajos: r responder" in page
    english = client_for(agent, language="en").get(case_url(case)).content.decode()
    assert "Take ownership" in english and "2 contacts in 24 h" in english


@pytest.mark.parametrize("persona", ["agent", "supervisor", "manager", "outsider"])
def test_visible_cases_is_the_same_rule_in_sql_and_with_known_permissions(
    persona, request, case, other_case
):
    """The queue's poll (permissions in SQL) and its page (permissions checked first) list the
    same cases."""
    from cases.roles import SEE_ALL_CASES
    from cases.selectors import visible_cases

    user = request.getfixturevalue(persona)
    owned = record_message("own@example.com", team=other_case.team).case
    owned.owner = user
    owned.save(update_fields=["owner"])
    in_sql = set(visible_cases(user).values_list("pk", flat=True))
    known = set(
        visible_cases(user, sees_all=user.has_perm(SEE_ALL_CASES)).values_list("pk", flat=True)
    )
    assert in_sql == known
    assert owned.pk in in_sql
