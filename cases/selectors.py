"""The reads behind pages and the API, and the one permission helper per kind of object.

Every lookup of a case or customer by id goes through ``access_case`` / ``access_customer`` so the
admin, the API and the pages apply the same rule: someone else's object is a 404, never a 403 that
confirms it exists.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from cases.models import Case, CaseEvent, Commitment, Customer, Direction, Interaction, Team
from cases.roles import sees_all_cases


def visible_cases(user) -> QuerySet[Case]:  # noqa: ANN001
    """The cases ``user`` may see: all for managers and integrations; otherwise their teams' cases
    and the ones they own."""
    cases = Case.objects.all()
    if sees_all_cases(user):
        return cases
    if not user.is_authenticated or not user.is_active:
        return cases.none()
    my_teams = Team.objects.filter(members=user).values("pk")
    return cases.filter(Q(team__in=my_teams) | Q(owner=user))


def visible_customers(user) -> QuerySet[Customer]:  # noqa: ANN001
    customers = Customer.objects.all()
    if sees_all_cases(user):
        return customers
    return customers.filter(pk__in=visible_cases(user).values("customer_id"))


MAX_ID = 2**63 - 1  # the largest id a bigint column holds


def _as_id(value: Any) -> int:
    """An id from a URL or a body; anything that cannot be a row id is a 404, not a 500."""
    try:
        pk = int(value)
    except (TypeError, ValueError):
        raise Http404 from None
    if not 0 < pk <= MAX_ID:
        raise Http404
    return pk


def access_case(user, case_id: Any) -> Case:  # noqa: ANN001
    """The case with that id if ``user`` may see it, else Http404 (also for a malformed id)."""
    pk = _as_id(case_id)
    case = (
        visible_cases(user)
        .select_related("customer", "team", "owner", "sensitivity", "category")
        .filter(pk=pk)
        .first()
    )
    if case is None:
        raise Http404
    return case


def access_customer(user, customer_id: Any) -> Customer:  # noqa: ANN001
    pk = _as_id(customer_id)
    customer = visible_customers(user).filter(pk=pk).first()
    if customer is None:
        raise Http404
    return customer


def access_commitment(user, commitment_id: Any) -> Commitment:  # noqa: ANN001
    pk = _as_id(commitment_id)
    commitment = (
        Commitment.objects.select_related("case")
        .filter(pk=pk, case__in=visible_cases(user))
        .first()
    )
    if commitment is None:
        raise Http404
    return commitment


def list_cases(user) -> QuerySet[Case]:  # noqa: ANN001
    return visible_cases(user).select_related(
        "customer", "team", "owner", "sensitivity", "category"
    )


# --- Contact counters ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ContactCounts:
    last_24h: int
    last_30d: int


def get_contact_counts(customer: Customer, *, now: datetime | None = None) -> ContactCounts:
    """How often the customer reached out (inbound entries on any channel): "3rd today, 7th this
    month". One indexed query."""
    now = now or timezone.now()
    day, month = now - timedelta(hours=24), now - timedelta(days=30)
    counts = Interaction.objects.filter(
        customer=customer, direction=Direction.INBOUND, occurred_at__gt=month
    ).aggregate(
        last_30d=Count("id", filter=Q(occurred_at__lte=now)),
        last_24h=Count("id", filter=Q(occurred_at__gt=day, occurred_at__lte=now)),
    )
    return ContactCounts(last_24h=counts["last_24h"], last_30d=counts["last_30d"])


# --- The customer's story ------------------------------------------------------------------------

INTERACTION, EVENT = "interaction", "event"
_KIND_RANK = {EVENT: 0, INTERACTION: 1}  # at the same instant an interaction sorts after events


@dataclass(frozen=True)
class TimelineEntry:
    kind: str
    item: Interaction | CaseEvent

    @property
    def sort_key(self) -> tuple[datetime, int, int]:
        return (self.item.occurred_at, _KIND_RANK[self.kind], self.item.pk)


@dataclass(frozen=True)
class TimelinePage:
    entries: list[TimelineEntry]
    next_cursor: str | None


class InvalidCursor(ValueError):
    pass


_INTERACTION_FIELDS = (
    "id",
    "case_id",
    "customer_id",
    "channel",
    "direction",
    "author_id",
    "text",
    "summary",
    "duration_seconds",
    "occurred_at",
)
_EVENT_FIELDS = ("id", "case_id", "customer_id", "type", "actor_id", "data", "note", "occurred_at")


def list_customer_timeline(
    customer: Customer, *, cursor: str | None = None, limit: int = 50
) -> TimelinePage:
    """Every interaction and event of the customer across cases and channels, newest first.

    Two indexed range scans (one per table) merged in memory, whatever the history's length; the
    cursor is the position of the last entry returned.
    """
    after = _decode_cursor(cursor) if cursor else None
    # Of the people, only what the timeline shows: a whole auth_user row per entry costs more.
    interactions = (
        Interaction.objects.filter(customer=customer)
        .select_related("author")
        .only(*_INTERACTION_FIELDS, "author__id", "author__username")
    )
    events = (
        CaseEvent.objects.filter(customer=customer)
        .select_related("actor")
        .only(*_EVENT_FIELDS, "actor__id", "actor__username")
    )
    if after is not None:
        at, kind, pk = after
        interactions = interactions.filter(_after_cursor(at, kind, pk, table=INTERACTION))
        events = events.filter(_after_cursor(at, kind, pk, table=EVENT))
    newest = [
        *(
            TimelineEntry(INTERACTION, i)
            for i in interactions.order_by("-occurred_at", "-id")[: limit + 1]
        ),
        *(TimelineEntry(EVENT, e) for e in events.order_by("-occurred_at", "-id")[: limit + 1]),
    ]
    newest.sort(key=lambda entry: entry.sort_key, reverse=True)
    page = newest[:limit]
    next_cursor = _encode_cursor(page[-1]) if len(newest) > limit else None
    return TimelinePage(entries=page, next_cursor=next_cursor)


def _after_cursor(at: datetime, kind: str, pk: int, *, table: str) -> Q:
    """The rows of ``table`` that come after the cursor in newest-first order."""
    if table == kind:
        return Q(occurred_at__lt=at) | Q(occurred_at=at, id__lt=pk)
    if _KIND_RANK[table] < _KIND_RANK[kind]:
        # This table's rows at the cursor's instant sort after the cursor: they are still due.
        return Q(occurred_at__lte=at)
    return Q(occurred_at__lt=at)


def _encode_cursor(entry: TimelineEntry) -> str:
    raw = f"{entry.item.occurred_at.isoformat()}|{entry.kind}|{entry.item.pk}"
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[datetime, str, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        at_text, kind, pk_text = raw.split("|")
        at = parse_datetime(at_text)
        pk = int(pk_text)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise InvalidCursor(cursor) from None
    if at is None or kind not in _KIND_RANK or timezone.is_naive(at):
        raise InvalidCursor(cursor)
    return at, kind, pk
