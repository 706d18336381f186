"""The management commands: ``seed_demo`` (the demo organisation of ``make run``) and
``create_api_key``."""

from __future__ import annotations

import io
import re
from collections import Counter
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import transaction
from django.test import Client
from django.utils import timezone
from rest_framework.test import APIClient
from rest_framework_api_key.models import APIKey

from cases.management import demo_data
from cases.management.commands import seed_demo
from cases.models import (
    Case,
    CaseEvent,
    CaseStatus,
    Category,
    Channel,
    Commitment,
    CommitmentStatus,
    Customer,
    Direction,
    EventType,
    Identity,
    Interaction,
    Team,
)
from cases.selectors import ContactCounts, get_contact_counts

pytestmark = pytest.mark.django_db

PASSWORD = "faro-demo-2026"


def seed() -> str:
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def test_seed_demo_leaves_nothing_behind_when_it_fails(monkeypatch):
    def fail(self):
        raise RuntimeError("disk full")

    monkeypatch.setattr(seed_demo.DemoSeeder, "_everyday_cases", fail)
    with pytest.raises(RuntimeError):
        seed()
    assert not Customer.objects.exists()
    assert not Interaction.objects.exists()
    assert not Team.objects.exists()
    assert not get_user_model().objects.exists()


@pytest.fixture(scope="class")
def seeded(django_db_setup, django_db_blocker):
    """One seed for a whole class of tests (it takes a few seconds), rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        started = timezone.now()
        yield SimpleNamespace(output=seed(), started=started)
        transaction.set_rollback(True)


@pytest.fixture
def output(seeded):
    return seeded.output


@pytest.mark.usefixtures("seeded")
class TestSeedDemo:
    def test_seed_demo_creates_about_fifty_customers_and_120_cases(self):
        assert 45 <= Customer.objects.count() <= 60
        assert 110 <= Case.objects.count() <= 130
        assert Interaction.objects.count() == Interaction.objects.filter(source="demo").count()

    def test_seed_demo_creates_hospital_insurer_and_funeral_teams_with_cases(self):
        teams = {team.slug: team for team in Team.objects.all()}
        for slug in (
            "hospital-admissions",
            "hospital-oncology",
            "insurer-claims",
            "insurer-billing",
            "funeral-arrangements",
        ):
            assert teams[slug].cases.exists(), slug
        assert Category.objects.filter(cases__isnull=False).distinct().count() >= 8

    def test_seed_demo_creates_logins_with_their_roles_and_the_demo_password(self, output):
        users = {user.username: user for user in get_user_model().objects.all()}
        for username, role in [
            ("manager", "manager"),
            ("supervisor", "supervisor"),
            ("agent", "agent"),
            ("agente.lucia", "agent"),
            ("agent.tom", "agent"),
        ]:
            assert users[username].check_password(PASSWORD), username
            assert list(users[username].groups.values_list("name", flat=True)) == [role]
            assert username in output
        assert PASSWORD in output
        assert users["manager"].is_staff
        assert users["supervisor"].faro_teams.count() >= 3
        assert set(users["agent"].faro_teams.values_list("slug", flat=True)) == {
            "hospital-admissions",
            "insurer-claims",
        }

    def test_seed_demo_manager_can_open_the_admin(self):
        client = Client()
        response = client.post(
            "/accounts/login/", {"username": "manager", "password": PASSWORD}, follow=True
        )
        assert response.redirect_chain[-1][0] == "/cases/"
        assert client.get("/admin/").status_code == 200

    def test_seed_demo_customers_speak_spanish_and_english(self):
        languages = Counter(Customer.objects.values_list("language", flat=True))
        assert set(languages) == {"es", "en"}
        assert languages["es"] > 1.5 * languages["en"]
        case_languages = Counter(Case.objects.values_list("customer__language", flat=True))
        assert case_languages["es"] > 1.5 * case_languages["en"]

    def test_seed_demo_three_chats_two_calls_and_an_email_this_week_in_one_case(self, output):
        customer = Customer.objects.get(name=demo_data.STORY_THIS_WEEK.name)
        this_week = Interaction.objects.filter(
            customer=customer, occurred_at__gte=timezone.now() - timedelta(days=7)
        ).exclude(channel=Channel.NOTE)
        assert Counter(this_week.values_list("channel", flat=True)) == {
            Channel.CHAT: 3,
            Channel.PHONE: 2,
            Channel.EMAIL: 1,
        }
        assert this_week.values("case").distinct().count() == 1
        case = this_week.first().case
        assert case.is_active
        assert customer.cases.count() == 2  # and an older, closed question
        assert customer.name in output

    def test_seed_demo_seventh_contact_this_month_third_today(self, output):
        customer = Customer.objects.get(name=demo_data.STORY_SEVENTH_CONTACT.name)
        assert get_contact_counts(customer) == ContactCounts(last_24h=3, last_30d=7)
        assert customer.name in output

    def test_seed_demo_dates_everything_in_the_past_not_when_it_ran(self, seeded):
        for model, field in [
            (Interaction, "occurred_at"),
            (CaseEvent, "occurred_at"),
            (Case, "resolved_at"),
            (Case, "closed_at"),
            (Commitment, "created_at"),
            (Commitment, "settled_at"),
            (Customer, "created_at"),
            (Identity, "created_at"),
        ]:
            stamped_now = model.objects.filter(**{f"{field}__gte": seeded.started})
            assert not stamped_now.exists(), (model, field)
        # The promises' due times were put back, and the timeline records them as they are.
        for event in CaseEvent.objects.filter(type=EventType.COMMITMENT_ADDED):
            commitment = Commitment.objects.get(pk=event.data["commitment_id"])
            assert event.data["due_at"] == commitment.due_at.isoformat()

    def test_seed_demo_histories_span_the_last_sixty_days_on_every_channel(self):
        now = timezone.now()
        interactions = Interaction.objects.all()
        assert not interactions.filter(occurred_at__gt=now).exists()
        assert not interactions.filter(occurred_at__lt=now - timedelta(days=60)).exists()
        assert interactions.filter(occurred_at__lt=now - timedelta(days=45)).exists()
        assert interactions.filter(occurred_at__gt=now - timedelta(days=1)).exists()
        assert set(interactions.values_list("channel", flat=True)) == set(Channel.values)
        assert set(interactions.values_list("direction", flat=True)) == set(Direction.values)
        calls = interactions.filter(channel__in=[Channel.PHONE, Channel.VIDEO])
        assert not calls.filter(duration_seconds__isnull=True).exists()
        assert not calls.filter(summary="").exists()
        assert not interactions.filter(direction=Direction.OUTBOUND, author=None).exists()

    def test_seed_demo_cases_are_at_every_stage(self):
        statuses = set(Case.objects.values_list("status", flat=True))
        assert {CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.RESOLVED, CaseStatus.CLOSED} <= statuses
        assert statuses & {CaseStatus.WAITING_CUSTOMER, CaseStatus.WAITING_INTERNAL}
        assert Case.objects.filter(owner__isnull=False).exists()
        assert Case.objects.filter(owner__isnull=True).exists()
        sensitivities = set(Case.objects.values_list("sensitivity__slug", flat=True))
        assert {"bereavement", "serious-diagnosis", "financial-hardship"} <= sensitivities
        resolved = Case.objects.filter(status=CaseStatus.RESOLVED)
        assert not resolved.filter(resolved_at__gt=timezone.now() - timedelta(minutes=1)).exists()

    def test_seed_demo_has_a_tone_alert_and_an_escalation_waiting(self):
        from cases.models import Escalation
        from sentiment.models import ToneAlert, ToneAlertStatus

        alert = ToneAlert.objects.get(
            status=ToneAlertStatus.OPEN, case__customer__name="Alba Ferrer Soler"
        )
        assert alert.tone_after < 0 <= alert.tone_before
        assert Escalation.objects.filter(closed_at__isnull=True).exists()

    def test_seed_demo_records_hand_offs_channel_switches_and_promises_as_events(self):
        events = Counter(CaseEvent.objects.values_list("type", flat=True))
        assert events[EventType.OPENED] == Case.objects.count()
        assert events[EventType.HANDED_OFF] >= 3
        assert events[EventType.ESCALATED] >= 1
        manual_switches = [
            event.data["to"]
            for event in CaseEvent.objects.filter(type=EventType.CHANNEL_SWITCHED)
            if not event.data["automatic"]
        ]
        assert {Channel.PHONE, Channel.VIDEO} <= set(manual_switches)
        promises = Counter(Commitment.objects.values_list("status", flat=True))
        assert promises[CommitmentStatus.OPEN] >= 2
        assert promises[CommitmentStatus.KEPT] > promises[CommitmentStatus.BROKEN] > 0
        assert not Commitment.objects.filter(
            status=CommitmentStatus.OPEN, due_at__lt=timezone.now()
        ).exists()

    def test_seed_demo_twice_changes_nothing(self):
        models = [Team, Category, Customer, Identity, Case, Interaction, CaseEvent, Commitment]
        before = {model: model.objects.count() for model in models}
        users = list(get_user_model().objects.values_list("username", "password"))

        again = seed()

        assert {model: model.objects.count() for model in models} == before
        assert list(get_user_model().objects.values_list("username", "password")) == users
        assert "nothing to do" in again


def created_key(output: str) -> str:
    match = re.search(r"^\s+(\S+\.\S+)$", output, re.MULTILINE)
    assert match, output
    return match.group(1)


def test_create_api_key_prints_a_key_that_authenticates_once():
    out = io.StringIO()
    call_command("create_api_key", "chat-widget", stdout=out)
    key = created_key(out.getvalue())

    client = APIClient()
    assert client.get("/api/v1/cases/").status_code in (401, 403)
    response = client.get("/api/v1/cases/", HTTP_AUTHORIZATION=f"Api-Key {key}")
    assert response.status_code == 200
    assert out.getvalue().count(key) == 1
    assert "Authorization: Api-Key <key>" in out.getvalue()
    api_key = APIKey.objects.get()
    assert api_key.name == "chat-widget"
    assert api_key.expiry_date is None


def test_create_api_key_can_expire():
    call_command("create_api_key", "telephony", "--expires-days", "30", stdout=io.StringIO())
    expiry = APIKey.objects.get(name="telephony").expiry_date
    assert timezone.now() + timedelta(days=29) < expiry < timezone.now() + timedelta(days=31)


@pytest.mark.parametrize("arguments", [[""], ["   "], ["x" * 51], ["ok", "--expires-days", "0"]])
def test_create_api_key_refuses_an_empty_name_or_bad_expiry(arguments):
    with pytest.raises(CommandError):
        call_command("create_api_key", *arguments, stdout=io.StringIO())
    assert not APIKey.objects.exists()


def test_create_api_key_key_only_prints_just_the_key():
    out = io.StringIO()
    call_command("create_api_key", "telephony", "--key-only", stdout=out)
    key = out.getvalue().strip()
    assert "\n" not in key and APIKey.objects.is_valid(key)
