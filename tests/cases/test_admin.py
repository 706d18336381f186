"""The admin as managers use it: every page renders, lists cost the same queries for 5 rows as
for 50, and every write goes through the services (so its event is on the timeline)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cases import services
from cases.admin import EstimatedCountPaginator
from cases.models import (
    Case,
    CaseEvent,
    CaseStatus,
    Category,
    Commitment,
    CommitmentStatus,
    Customer,
    CustomerMerge,
    EventType,
    Identity,
    Interaction,
    Sensitivity,
)
from tests.factories import CustomerFactory, UserFactory, record_message

pytestmark = pytest.mark.django_db


record = record_message


def changelist(model: str) -> str:
    return reverse(f"admin:cases_{model}_changelist")


def message_texts(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def form_data(response) -> dict:
    """The POST body of a change form as rendered: the form and every inline's management form."""
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        forms += [inline.formset.management_form, *inline.formset.forms]
    data = {}
    for form in forms:
        for name in form.fields:
            value = form[name].value()
            if value is None or value is False:
                continue
            data[form.add_prefix(name)] = "on" if value is True else value
    return data


@pytest.fixture(autouse=True)
def english_admin(client):
    """These tests read the admin's messages in English (Spanish is the default language)."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"


@pytest.fixture
def superuser(db):
    return UserFactory(username="root", is_staff=True, is_superuser=True)


@pytest.fixture
def manager_client(client, manager):
    client.force_login(manager)
    return client


@pytest.fixture
def case(team, agent):
    """A case with a conversation, a promise and a status change on its timeline."""
    case = record("ana@example.com", name="Ana López").case
    services.record_interaction(
        customer=case.customer, channel="chat", direction="outbound", text="Le ayudo", author=agent
    )
    services.add_commitment(
        case,
        description="Llamar antes del viernes",
        due_at=timezone.now() + timedelta(days=2),
        actor=agent,
    )
    services.change_status(case, to_status=CaseStatus.WAITING_CUSTOMER, actor=agent)
    case.refresh_from_db()
    return case


@pytest.fixture
def merge(case, manager):
    duplicate = record("ana.lopez@example.org", name="Ana L.").customer
    return services.merge_customers(case.customer, duplicate, actor=manager)


# --- Every page renders ---------------------------------------------------------------------

MODELS = [
    "team",
    "sensitivity",
    "category",
    "customer",
    "identity",
    "case",
    "interaction",
    "caseevent",
    "commitment",
    "customermerge",
]


@pytest.mark.parametrize("persona", ["manager", "superuser"])
@pytest.mark.parametrize("model", MODELS)
def test_every_changelist_renders_with_search_and_filter(client, request, persona, model, merge):
    client.force_login(request.getfixturevalue(persona))
    response = client.get(changelist(model))
    assert response.status_code == 200
    # The first choice past "All" of every filter, as its link on the page.
    queries = [
        next(c for c in spec.choices(response.context["cl"]) if not c["selected"])["query_string"]
        for spec in response.context["cl"].filter_specs
    ]
    queries += ["?q=ana", f"?q={merge.survivor.cases.first().pk}", "?q=%23999999"]
    for query in queries:
        response = client.get(changelist(model) + query)
        assert response.status_code == 200, (model, query)
        assert "e=1" not in response.get("Location", ""), (model, query)


def test_case_list_is_searched_by_id_subject_and_customer(manager_client, case):
    for query in [str(case.pk), f"#{case.pk}", "Ana", "ingreso"]:
        response = manager_client.get(changelist("case"), {"q": query})
        assert list(response.context["cl"].result_list) == [case], query
    response = manager_client.get(changelist("case"), {"q": "nadie"})
    assert list(response.context["cl"].result_list) == []


def test_customer_is_found_by_exact_identity(manager_client, case):
    response = manager_client.get(changelist("customer"), {"q": "ANA@example.com"})
    assert list(response.context["cl"].result_list) == [case.customer]


def test_case_list_has_date_hierarchy_drilldown(manager_client, case):
    year = timezone.localtime(case.opened_at).year
    response = manager_client.get(changelist("case"), {"opened_at__year": year})
    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [case]


@pytest.mark.parametrize(
    "model", ["team", "sensitivity", "category", "customer", "identity", "case", "commitment"]
)
def test_add_form_renders(manager_client, model):
    assert manager_client.get(reverse(f"admin:cases_{model}_add")).status_code == 200


@pytest.mark.parametrize("model", ["interaction", "caseevent", "customermerge"])
def test_timeline_rows_cannot_be_added_in_admin(manager_client, model):
    assert manager_client.get(reverse(f"admin:cases_{model}_add")).status_code == 403


@pytest.mark.parametrize("persona", ["manager", "superuser"])
def test_every_change_form_renders(client, request, persona, team, case, merge):
    client.force_login(request.getfixturevalue(persona))
    objects = [
        team,
        Sensitivity.objects.first(),
        Category.objects.create(slug="billing", name="Facturación", name_en="Billing"),
        case.customer,
        Identity.objects.first(),
        case,
        Interaction.objects.first(),
        CaseEvent.objects.first(),
        Commitment.objects.first(),
        merge,
    ]
    for obj in objects:
        url = reverse(f"admin:cases_{obj._meta.model_name}_change", args=[obj.pk])
        assert client.get(url).status_code == 200, obj._meta.model_name


def test_case_page_shows_the_timeline_newest_first_and_read_only(manager_client, case):
    response = manager_client.get(reverse("admin:cases_case_change", args=[case.pk]))
    inlines = {i.formset.prefix: i for i in response.context["inline_admin_formsets"]}
    assert set(inlines) == {"interactions", "events", "commitments"}
    interactions = [form.instance for form in inlines["interactions"].formset.forms]
    assert [i.direction for i in interactions] == ["outbound", "inbound"]
    events = [form.instance.type for form in inlines["events"].formset.forms]
    assert events[0] == EventType.STATUS_CHANGED
    assert events[-1] == EventType.OPENED
    for inline in inlines.values():
        assert not inline.has_add_permission
        assert not inline.has_change_permission
        assert not inline.has_delete_permission


def test_customer_text_is_escaped(manager_client, team):
    case = record("x@example.com", name="<script>alert(1)</script>", text="<b>hola</b>").case
    page = manager_client.get(reverse("admin:cases_case_change", args=[case.pk])).content
    assert b"<script>alert(1)</script>" not in page
    assert b"&lt;b&gt;hola&lt;/b&gt;" in page


# --- Lists stay cheap -----------------------------------------------------------------------


def open_cases(count: int, *, team, owners) -> None:
    sensitivity = Sensitivity.objects.first()
    for n in range(count):
        case = services.open_case(
            customer=CustomerFactory(), subject=f"Caso {n}", team=team, sensitivity=sensitivity
        )
        services.assign_case(case, owner=owners[n % len(owners)], actor=None)


def test_case_changelist_queries_do_not_grow_with_rows(manager_client, team, agent, supervisor):
    url = changelist("case")
    open_cases(5, team=team, owners=[agent, supervisor])
    manager_client.get(url)  # warm the per-process caches (content types, permissions)
    with CaptureQueriesContext(connection) as five:
        assert manager_client.get(url).status_code == 200
    open_cases(45, team=team, owners=[agent, supervisor])
    with CaptureQueriesContext(connection) as fifty:
        response = manager_client.get(url)
    assert len(response.context["cl"].result_list) == 50
    assert len(fifty.captured_queries) == len(five.captured_queries)


class SmallCapPaginator(EstimatedCountPaginator):
    CAP = 3


def test_paginator_caps_the_count_instead_of_counting_everything(team):
    open_cases(5, team=team, owners=[None])
    # Never analysed (or SQLite): no estimate, so a capped count.
    assert SmallCapPaginator(Case.objects.all(), 2).count == 3
    assert SmallCapPaginator(Case.objects.filter(subject="Caso 1"), 2).count == 1
    assert EstimatedCountPaginator(Case.objects.all(), 2).count == 5


@pytest.mark.postgres
def test_paginator_takes_the_planner_estimate_of_an_unfiltered_table(team):
    open_cases(5, team=team, owners=[None])
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE cases_case")
    assert SmallCapPaginator(Case.objects.all(), 2).count == 5  # the estimate, past the cap
    assert SmallCapPaginator(Case.objects.filter(team=team), 2).count == 3  # filtered: counted


# --- Writes go through the services ---------------------------------------------------------


def test_adding_a_case_opens_it_through_the_service(manager_client, manager, team, agent):
    customer = record("ana@example.com").customer
    response = manager_client.post(
        reverse("admin:cases_case_add"),
        {
            "customer": customer.pk,
            "subject": "Duda sobre la factura",
            "team": team.pk,
            "owner": agent.pk,
            "channel": "phone",
            "severity": 3,
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    case = Case.objects.get(subject="Duda sobre la factura")
    assert case.owner == agent
    events = list(case.events.order_by("id").values_list("type", "actor"))
    assert events == [(EventType.OPENED, manager.pk), (EventType.ASSIGNED, manager.pk)]


def test_changing_status_and_owner_in_admin_writes_their_events(
    manager_client, manager, case, supervisor
):
    url = reverse("admin:cases_case_change", args=[case.pk])
    data = form_data(manager_client.get(url))
    data.update(status=CaseStatus.OPEN, owner=supervisor.pk, subject="Ingreso de la madre")
    response = manager_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    case.refresh_from_db()
    assert (case.status, case.owner, case.subject) == ("open", supervisor, "Ingreso de la madre")
    status_event = case.events.get(type=EventType.STATUS_CHANGED, actor=manager)
    assert status_event.data == {"from": "waiting_customer", "to": "open"}
    assert case.events.get(type=EventType.ASSIGNED).data["to"] == "supervisor"


def test_invalid_transition_in_admin_shows_error_and_saves_nothing(manager_client, case, agent):
    services.change_status(case, to_status=CaseStatus.RESOLVED, actor=agent)
    services.change_status(case, to_status=CaseStatus.CLOSED, actor=agent)
    events_before = CaseEvent.objects.count()
    url = reverse("admin:cases_case_change", args=[case.pk])
    data = form_data(manager_client.get(url))
    data.update(status=CaseStatus.WAITING_CUSTOMER, subject="Cambiado")
    response = manager_client.post(url, data, follow=True)
    assert response.redirect_chain == [(url, 302)]
    assert any("cannot go from" in text for text in message_texts(response))
    case.refresh_from_db()
    assert (case.status, case.subject) == (
        CaseStatus.CLOSED,
        "Hola, necesito ayuda con el ingreso de mi madre",
    )
    assert CaseEvent.objects.count() == events_before


def test_assign_action_asks_for_the_person_first(manager_client, case):
    response = manager_client.post(
        changelist("case"), {"action": "assign_cases", "_selected_action": [case.pk]}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert 'name="csrfmiddlewaretoken"' in page
    assert 'name="action" value="assign_cases"' in page
    assert f'name="_selected_action" value="{case.pk}"' in page
    assert not case.events.filter(type=EventType.ASSIGNED).exists()


def test_assign_action_assigns_through_the_service(manager_client, manager, team, agent):
    cases = [record(f"c{n}@example.com").case for n in range(2)]
    response = manager_client.post(
        changelist("case"),
        {
            "action": "assign_cases",
            "_selected_action": [c.pk for c in cases],
            "owner": agent.pk,
            "apply": "1",
        },
    )
    assert response.status_code == 302
    for case in cases:
        case.refresh_from_db()
        assert case.owner == agent
        event = case.events.get(type=EventType.ASSIGNED)
        assert (event.actor, event.data["to"]) == (manager, "agent")
    assert message_texts(response) == ["2 cases assigned to agent."]


def test_assign_action_refuses_a_person_outside_the_team(manager_client, case, outsider):
    response = manager_client.post(
        changelist("case"),
        {
            "action": "assign_cases",
            "_selected_action": [case.pk],
            "owner": outsider.pk,
            "apply": "1",
        },
    )
    assert response.status_code == 302
    [message] = message_texts(response)
    assert f"#{case.pk}" in message
    assert "outsider is not a member of the team Admisiones" in message
    case.refresh_from_db()
    assert case.owner is None
    assert not case.events.filter(type=EventType.ASSIGNED).exists()


def test_merge_action_asks_which_customer_to_keep(manager_client, team):
    customers = [record(f"m{n}@example.com").customer for n in range(2)]
    response = manager_client.post(
        changelist("customer"),
        {"action": "merge_selected_customers", "_selected_action": [c.pk for c in customers]},
    )
    assert response.status_code == 200
    assert response.content.decode().count('name="survivor"') == 2
    assert not CustomerMerge.objects.exists()


def test_merge_action_merges_customers(manager_client, manager, case):
    duplicate = record("ana.lopez@example.org", name="Ana L.").customer
    moved_case = duplicate.cases.get()
    survivor = case.customer
    response = manager_client.post(
        changelist("customer"),
        {
            "action": "merge_selected_customers",
            "_selected_action": [survivor.pk, duplicate.pk],
            "survivor": survivor.pk,
            "apply": "1",
        },
        follow=True,
    )
    url = reverse("admin:cases_customer_change", args=[survivor.pk])
    assert response.redirect_chain == [(url, 302)]
    assert "Ana L." in response.content.decode()  # the merge record, on the survivor's page
    moved_case.refresh_from_db()
    duplicate.refresh_from_db()
    assert moved_case.customer == survivor
    assert duplicate.merged_into == survivor
    record_ = CustomerMerge.objects.get()
    assert (record_.survivor, record_.merged, record_.merged_by) == (survivor, duplicate, manager)
    event = CaseEvent.objects.get(type=EventType.CUSTOMER_MERGED)
    assert (event.customer, event.actor) == (survivor, manager)


def test_merge_action_refuses_merging_a_customer_into_itself(manager_client, case):
    response = manager_client.post(
        changelist("customer"),
        {
            "action": "merge_selected_customers",
            "_selected_action": [case.customer.pk],
            "survivor": case.customer.pk,
            "apply": "1",
        },
    )
    assert response.status_code == 302
    assert any("cannot be merged into themselves" in m for m in message_texts(response))
    assert not CustomerMerge.objects.exists()
    assert not CaseEvent.objects.filter(type=EventType.CUSTOMER_MERGED).exists()


def test_merge_action_reports_a_customer_already_merged(manager_client, case, merge):
    other = record("otra@example.com").customer
    response = manager_client.post(
        changelist("customer"),
        {
            "action": "merge_selected_customers",
            "_selected_action": [other.pk, merge.merged.pk],
            "survivor": other.pk,
            "apply": "1",
        },
    )
    assert response.status_code == 302
    assert any("already merged" in m for m in message_texts(response))
    assert CustomerMerge.objects.count() == 1


def test_identity_added_in_admin_is_normalised(manager_client, case):
    response = manager_client.post(
        reverse("admin:cases_identity_add"),
        {"customer": case.customer.pk, "kind": "phone", "namespace": "", "value": "600 111 222"},
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Identity.objects.get(kind="phone").value == "+34600111222"


def test_identity_inline_on_customer_page_is_editable(manager_client, case):
    url = reverse("admin:cases_customer_change", args=[case.customer.pk])
    data = form_data(manager_client.get(url))
    data.update({"identities-1-kind": "email", "identities-1-value": " Ana.Work@Example.com"})
    response = manager_client.post(url, data)
    assert response.status_code == 302
    assert case.customer.identities.filter(value="ana.work@example.com").exists()


def test_settling_a_promise_in_admin_writes_its_event(manager_client, manager, case):
    commitment = case.commitments.get()
    response = manager_client.post(
        changelist("commitment"), {"action": "mark_kept", "_selected_action": [commitment.pk]}
    )
    assert response.status_code == 302
    commitment.refresh_from_db()
    assert commitment.status == CommitmentStatus.KEPT
    assert case.events.get(type=EventType.COMMITMENT_UPDATED).actor == manager


def test_adding_a_promise_in_the_past_is_refused(manager_client, case):
    response = manager_client.post(
        reverse("admin:cases_commitment_add"),
        {
            "case": case.pk,
            "description": "Llamar ayer",
            "due_at_0": "2000-01-01",
            "due_at_1": "10:00:00",
        },
        follow=True,
    )
    assert any("future" in m for m in message_texts(response))
    assert case.commitments.count() == 1


# --- Roles ----------------------------------------------------------------------------------


def test_staff_without_view_all_cases_sees_only_their_teams_cases(client, case, outsider):
    outsider.is_staff = True
    outsider.save()
    theirs = record("otro@example.com", team=outsider.faro_teams.get()).case
    client.force_login(outsider)
    response = client.get(changelist("case"))
    assert list(response.context["cl"].result_list) == [theirs]
    response = client.get(reverse("admin:cases_case_change", args=[case.pk]))
    assert response.status_code == 302  # "doesn't exist", as for an unknown id
    assert Customer.objects.count() == 2
