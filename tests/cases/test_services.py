"""The services, through their real interface: every write leaves its event on the timeline."""

from __future__ import annotations

from datetime import timedelta
from functools import partial

import pytest
from django.utils import timezone

from cases import services
from cases.models import (
    Case,
    CaseEvent,
    CaseStatus,
    Channel,
    Commitment,
    CommitmentStatus,
    Customer,
    CustomerMerge,
    EventType,
    Identity,
    Interaction,
)
from cases.selectors import get_contact_counts
from cases.services import CaseError, CustomerRef
from tests.factories import record_message

pytestmark = pytest.mark.django_db


record = partial(record_message, name="Ana López")


def event_types(case):
    return list(case.events.order_by("occurred_at", "id").values_list("type", flat=True))


# --- record_interaction ---------------------------------------------------------------------


def test_first_message_creates_customer_case_and_interaction(team):
    interaction = record(source="chat-widget", external_id="m1")
    case = interaction.case
    assert case.customer.name == "Ana López"
    assert case.team == team  # the default team when none is named
    assert case.status == CaseStatus.NEW
    assert case.channel == Channel.CHAT
    assert event_types(case) == [EventType.OPENED]
    assert Identity.objects.get().value == "ana@example.com"


def test_customer_is_recognised_by_any_identity_across_channels(team):
    first = record(ref=CustomerRef(email="Ana@Example.COM ", phone="600 111 222"))
    by_phone = record(
        ref=CustomerRef(phone="+34600111222"), channel=Channel.PHONE, summary="Llamada", text=""
    )
    assert by_phone.customer == first.customer
    assert by_phone.case == first.case  # joins the active case
    assert Customer.objects.count() == 1
    assert sorted(Identity.objects.values_list("value", flat=True)) == [
        "+34600111222",
        "ana@example.com",
    ]


def test_new_identity_is_attached_to_known_customer(team):
    first = record(ref=CustomerRef(email="ana@example.com"))
    record(ref=CustomerRef(email="ana@example.com", phone="+34 611 222 333"))
    assert set(first.customer.identities.values_list("kind", flat=True)) == {"email", "phone"}


def test_external_ids_are_namespaced_by_source(team):
    one = record(ref=CustomerRef(external_id="42", namespace="chat-widget"))
    other = record(ref=CustomerRef(external_id="42", namespace="telephony"))
    assert one.customer != other.customer


def test_malformed_identity_is_refused_and_nothing_is_written(team):
    with pytest.raises(CaseError) as error:
        record(ref=CustomerRef(email="ana@example.com", phone="12"))
    assert error.value.code == "invalid_identity"
    assert not Customer.objects.exists() and not Case.objects.exists()


def test_message_needs_an_identity(team):
    with pytest.raises(CaseError) as error:
        record(ref=CustomerRef(name="Nadie"))
    assert error.value.code == "no_identity"


def test_retry_with_same_key_returns_original(team):
    first = services.record_interaction(
        customer=CustomerRef(email="ana@example.com"),
        channel="chat",
        direction="inbound",
        text="hola",
        source="chat-widget",
        external_id="m1",
    )
    again = services.record_interaction(
        customer=CustomerRef(email="ana@example.com"),
        channel="chat",
        direction="inbound",
        text="hola",
        source="chat-widget",
        external_id="m1",
    )
    assert first.created and not again.created
    assert again.interaction.pk == first.interaction.pk
    assert Interaction.objects.count() == 1


def test_same_key_with_other_content_is_a_conflict(team):
    record(source="chat-widget", external_id="m1", text="hola")
    with pytest.raises(services.IdempotencyConflict):
        record(source="chat-widget", external_id="m1", text="adiós")
    assert Interaction.objects.count() == 1


def test_same_external_id_from_another_source_is_another_interaction(team):
    record(source="chat-widget", external_id="m1")
    record(source="email", external_id="m1", channel=Channel.EMAIL)
    assert Interaction.objects.count() == 2


def test_customer_reply_reopens_a_case_waiting_on_them(team, agent):
    case = record().case
    services.change_status(case, to_status=CaseStatus.WAITING_CUSTOMER, actor=agent)
    record(text="Ya les envié los papeles")
    case.refresh_from_db()
    assert case.status == CaseStatus.OPEN


def test_first_agent_answer_sets_first_response_and_opens(team, agent):
    case = record().case
    reply = record(direction="outbound", text="Hola Ana, le ayudo", author=agent)
    case.refresh_from_db()
    assert case.first_response_at == reply.occurred_at
    assert case.status == CaseStatus.OPEN
    record(direction="outbound", text="¿Algo más?", author=agent)
    case.refresh_from_db()
    assert case.first_response_at == reply.occurred_at


def test_customer_reply_reopens_a_resolved_case(team, agent):
    case = record().case
    services.change_status(case, to_status=CaseStatus.RESOLVED, actor=agent)
    assert record(text="Sigue sin funcionar").case == case
    case.refresh_from_db()
    assert case.status == CaseStatus.OPEN and case.resolved_at is None


def test_message_after_the_case_closed_opens_a_new_case(team, agent):
    case = record().case
    services.change_status(case, to_status=CaseStatus.RESOLVED, actor=agent)
    services.change_status(case, to_status=CaseStatus.CLOSED, actor=agent)
    later = record(text="Tengo otra consulta")
    assert later.case != case


def test_customer_on_other_channel_records_channel_switch(team):
    case = record().case
    record(channel=Channel.PHONE, text="", summary="Llamó para seguir", duration_seconds=120)
    case.refresh_from_db()
    assert case.channel == Channel.PHONE
    switch = case.events.get(type=EventType.CHANNEL_SWITCHED)
    assert switch.data == {"from": "chat", "to": "phone", "automatic": True}


def test_duration_only_for_calls_and_note_only_internal(team):
    with pytest.raises(CaseError):
        record(duration_seconds=30)
    with pytest.raises(CaseError):
        record(channel=Channel.NOTE, direction="inbound")
    with pytest.raises(CaseError):
        record(text="   ")
    assert not Interaction.objects.exists()


def test_text_over_the_limit_is_refused(team, settings):
    settings.FARO_MAX_TEXT_CHARS = 10
    with pytest.raises(CaseError) as error:
        record(text="x" * 11)
    assert error.value.code == "too_long"


def test_targeted_case_must_belong_to_the_customer(team):
    ana_case = record(email="ana@example.com").case
    with pytest.raises(CaseError) as error:
        record(email="luis@example.com", case=ana_case)
    assert error.value.code == "case_mismatch"
    assert Interaction.objects.count() == 1
    assert not Customer.objects.filter(identities__value="luis@example.com").exists()


# --- case lifecycle --------------------------------------------------------------------------


def test_valid_lifecycle_sets_timestamps_and_events(team, agent):
    case = record().case
    for status in ["open", "waiting_internal", "resolved", "closed", "open"]:
        case = services.change_status(case, to_status=status, actor=agent)
        if status == "resolved":
            assert case.resolved_at is not None
        if status == "closed":
            assert case.closed_at is not None
    assert case.resolved_at is None and case.closed_at is None  # reopened
    changes = case.events.filter(type=EventType.STATUS_CHANGED).order_by("occurred_at", "id")
    assert [(e.data["from"], e.data["to"]) for e in changes] == [
        ("new", "open"),
        ("open", "waiting_internal"),
        ("waiting_internal", "resolved"),
        ("resolved", "closed"),
        ("closed", "open"),
    ]
    assert all(e.actor == agent for e in changes)


@pytest.mark.parametrize(
    ("path", "refused"),
    [
        ([], "new"),
        (["open"], "new"),
        (["open"], "closed"),
        (["open", "resolved", "closed"], "waiting_customer"),
        ([], "nonsense"),
    ],
)
def test_invalid_transition_is_refused_with_a_clear_message(team, agent, path, refused):
    case = record().case
    for status in path:
        case = services.change_status(case, to_status=status, actor=agent)
    before = case.events.count()
    with pytest.raises(CaseError) as error:
        services.change_status(case, to_status=refused, actor=agent)
    assert error.value.code in {"invalid_transition", "invalid_status"}
    assert error.value.message
    case.refresh_from_db()
    assert case.status == (path[-1] if path else "new")
    assert case.events.count() == before


def test_assign_records_event_and_refuses_outsiders(team, agent, outsider):
    case = record().case
    services.assign_case(case, owner=agent, actor=agent)
    case.refresh_from_db()
    assert case.owner == agent
    assert case.events.get(type=EventType.ASSIGNED).data == {"from": None, "to": "agent"}
    with pytest.raises(CaseError) as error:
        services.assign_case(case, owner=outsider, actor=agent)
    assert error.value.code == "not_team_member"
    case.refresh_from_db()
    assert case.owner == agent


def test_hand_off_needs_a_note_and_moves_team(team, other_team, agent):
    case = record().case
    services.assign_case(case, owner=agent, actor=agent)
    with pytest.raises(CaseError) as error:
        services.hand_off(case, to_team=other_team, note="  ", actor=agent)
    assert error.value.code == "note_required"
    services.hand_off(case, to_team=other_team, note="Reclamación de factura", actor=agent)
    case.refresh_from_db()
    assert case.team == other_team and case.owner is None
    event = case.events.get(type=EventType.HANDED_OFF)
    assert event.note == "Reclamación de factura"
    assert event.data == {"from": "Admisiones", "to": "Siniestros"}
    with pytest.raises(CaseError):
        services.hand_off(case, to_team=other_team, note="otra vez", actor=agent)


def test_switch_channel_keeps_one_case(team, agent):
    case = record().case
    services.switch_channel(case, to_channel=Channel.PHONE, actor=agent)
    services.switch_channel(case, to_channel=Channel.VIDEO, actor=agent, note="Mejor por vídeo")
    case.refresh_from_db()
    assert case.channel == Channel.VIDEO
    switches = case.events.filter(type=EventType.CHANNEL_SWITCHED).order_by("occurred_at", "id")
    assert [(e.data["from"], e.data["to"]) for e in switches] == [
        ("chat", "phone"),
        ("phone", "video"),
    ]
    with pytest.raises(CaseError):
        services.switch_channel(case, to_channel=Channel.VIDEO, actor=agent)
    with pytest.raises(CaseError):
        services.switch_channel(case, to_channel="fax", actor=agent)
    assert Case.objects.count() == 1


def test_escalation_needs_a_reason(team, agent):
    case = record().case
    with pytest.raises(CaseError):
        services.escalate_case(case, actor=agent, note="")
    services.escalate_case(case, actor=agent, note="Cliente muy afectado")
    assert case.events.filter(type=EventType.ESCALATED).count() == 1


def test_update_case_is_all_or_nothing(team, agent, outsider):
    case = record().case
    with pytest.raises(CaseError):
        services.update_case(case, actor=agent, status="open", owner=outsider)
    case.refresh_from_db()
    assert case.status == "new" and case.owner is None
    assert not case.events.filter(type=EventType.STATUS_CHANGED).exists()


# --- commitments -----------------------------------------------------------------------------


def test_commitment_lifecycle(team, agent):
    case = record().case
    due = timezone.now() + timedelta(days=2)
    promise = services.add_commitment(
        case, description="Llamarle el viernes", due_at=due, actor=agent
    )
    assert promise.status == CommitmentStatus.OPEN and promise.made_by == agent
    services.settle_commitment(promise, status=CommitmentStatus.KEPT, actor=agent)
    promise.refresh_from_db()
    assert promise.status == CommitmentStatus.KEPT and promise.settled_at is not None
    assert event_types(case)[-2:] == [EventType.COMMITMENT_ADDED, EventType.COMMITMENT_UPDATED]
    with pytest.raises(CaseError):
        services.settle_commitment(promise, status=CommitmentStatus.BROKEN, actor=agent)


def test_commitment_in_the_past_or_empty_is_refused(team, agent):
    case = record().case
    with pytest.raises(CaseError) as error:
        services.add_commitment(
            case, description="Llamar", due_at=timezone.now() - timedelta(hours=1), actor=agent
        )
    assert error.value.code == "past"
    with pytest.raises(CaseError):
        services.add_commitment(
            case, description=" ", due_at=timezone.now() + timedelta(hours=1), actor=agent
        )
    assert not Commitment.objects.exists()


# --- merge -----------------------------------------------------------------------------------


def test_merge_moves_everything_and_is_on_the_timeline(team, manager):
    ana = record(email="ana@example.com").customer
    duplicate_interaction = record(
        ref=CustomerRef(phone="+34600111222", name="A. López"), text="Soy Ana otra vez"
    )
    duplicate = duplicate_interaction.customer
    duplicate.contact_allowed = False
    duplicate.save()
    merge = services.merge_customers(ana, duplicate, actor=manager)
    duplicate.refresh_from_db()
    ana.refresh_from_db()
    assert duplicate.merged_into == ana
    assert merge.moved == {"cases": 1, "interactions": 1, "events": 1, "identities": 1}
    assert set(ana.identities.values_list("value", flat=True)) == {
        "ana@example.com",
        "+34600111222",
    }
    assert ana.cases.count() == 2 and ana.interactions.count() == 2
    assert ana.contact_allowed is False  # the stricter consent survives
    event = CaseEvent.objects.get(type=EventType.CUSTOMER_MERGED)
    assert event.customer == ana and event.actor == manager
    assert CustomerMerge.objects.get().merged_name == "A. López"
    # The phone now finds the survivor.
    assert record(ref=CustomerRef(phone="600111222"), text="hola").customer == ana


def test_merge_refuses_self_and_already_merged(team, manager):
    ana = record(email="ana@example.com").customer
    luis = record(email="luis@example.com").customer
    with pytest.raises(CaseError):
        services.merge_customers(ana, ana, actor=manager)
    services.merge_customers(ana, luis, actor=manager)
    with pytest.raises(CaseError):
        services.merge_customers(luis, ana, actor=manager)
    assert CustomerMerge.objects.count() == 1


# --- contact counters ------------------------------------------------------------------------


def test_contact_counts_seventh_this_month_third_today(team):
    now = timezone.now()
    for days_ago in [29, 20, 10, 5, 0, 0, 0]:
        record(occurred_at=now - timedelta(days=days_ago, minutes=5))
    record(occurred_at=now - timedelta(days=40))  # too old
    record(direction="outbound", text="respuesta")  # not a contact by the customer
    customer = Customer.objects.get()
    counts = get_contact_counts(customer, now=now)
    assert (counts.last_30d, counts.last_24h) == (7, 3)


def test_message_long_after_resolution_opens_a_new_case(team, agent, settings):
    settings.FARO_REOPEN_WINDOW_DAYS = 7
    case = record().case
    services.change_status(case, to_status=CaseStatus.RESOLVED, actor=agent)
    Case.objects.filter(pk=case.pk).update(resolved_at=timezone.now() - timedelta(days=8))
    assert record(text="Otra consulta").case != case


def test_an_answered_call_is_a_first_response(team):
    case = record().case
    call = record(
        channel=Channel.PHONE, text="", summary="Le explicamos el trámite", duration_seconds=240
    )
    case.refresh_from_db()
    assert case.first_response_at == call.occurred_at and case.status == CaseStatus.OPEN


def test_status_changes_caused_by_a_message_carry_its_time(team, agent):
    case = record().case
    services.change_status(case, to_status=CaseStatus.WAITING_CUSTOMER, actor=agent)
    replayed_at = timezone.now() - timedelta(minutes=5)
    record(text="Aquí están los papeles", occurred_at=replayed_at)
    reopened = case.events.filter(type=EventType.STATUS_CHANGED).latest("id")
    assert reopened.data["reason"] == "customer_replied"
    assert reopened.occurred_at == replayed_at


def test_known_customer_costs_no_identity_writes(team, django_assert_max_num_queries):
    record(ref=CustomerRef(email="ana@example.com", phone="+34600111222"))
    with django_assert_max_num_queries(12):
        record(ref=CustomerRef(email="ana@example.com", phone="+34600111222"), text="otra vez")
