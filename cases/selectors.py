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

from django.contrib.auth.models import Permission
from django.db.models import Case as SqlCase
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from cases.models import (
    ACTIVE_STATUSES,
    Case,
    CaseEvent,
    CaseStatus,
    Commitment,
    CommitmentStatus,
    Customer,
    Direction,
    Escalation,
    IdentityKind,
    Interaction,
    Team,
)
from cases.normalize import InvalidIdentity, normalize_phone
from cases.roles import (
    CLOSE_ESCALATION,
    SEE_ALL_CASES,
    VIEW_CASE,
    is_integration,
    sees_all_cases,
)
from sentiment import tone
from sentiment.models import ToneAlert, ToneAlertStatus


def visible_cases(user, *, sees_all: bool | None = None) -> QuerySet[Case]:  # noqa: ANN001
    """The cases ``user`` may see: all for managers and integrations; otherwise their teams' cases
    and the ones they own.

    ``sees_all=None`` (the default) puts the person's permissions into the SQL (``view_case`` to
    see any case, ``view_all_cases`` to see every team's): a page's live poll then costs one query
    beyond the session and the user, where ``user.has_perm`` would load two more. A caller that
    already checked ``view_case`` and knows ``view_all_cases`` passes ``sees_all``, and gets a
    plain condition the database can answer from its indexes (the queue's count).
    """
    cases = Case.objects.all()
    if is_integration(user) or (user.is_active and user.is_superuser) or sees_all:
        return cases
    if not user.is_authenticated or not user.is_active:
        return cases.none()
    my_teams = Team.objects.filter(members=user).values("pk")
    if sees_all is False:
        # The team ids as literals (one tiny query) let the database combine two index scans.
        team_ids = list(my_teams.values_list("pk", flat=True))
        return cases.filter(Q(team__in=team_ids) | Q(owner=user))
    theirs = Q(team__in=my_teams) | Q(owner=user)
    return cases.filter(Q(_holds(user, VIEW_CASE)) & (theirs | Q(_holds(user, SEE_ALL_CASES))))


def _holds(user, permission: str) -> Exists:  # noqa: ANN001
    """True when the user holds ``permission`` ("app.codename") directly or through a group."""
    app_label, codename = permission.split(".")
    return Exists(
        Permission.objects.filter(content_type__app_label=app_label, codename=codename).filter(
            Q(user=user) | Q(group__user=user)
        )
    )


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


def access_case(user, case_id: Any, *, sees_all: bool | None = None) -> Case:  # noqa: ANN001
    """The case with that id if ``user`` may see it, else Http404 (also for a malformed id).
    ``sees_all`` as in ``visible_cases``."""
    pk = _as_id(case_id)
    case = (
        visible_cases(user, sees_all=sees_all)
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


def access_commitment(user, commitment_id: Any, *, case: Case | None = None) -> Commitment:  # noqa: ANN001
    """The promise if ``user`` may see its case (and it belongs to ``case`` when given)."""
    pk = _as_id(commitment_id)
    commitments = Commitment.objects.select_related("case").filter(pk=pk)
    if case is not None:
        commitment = commitments.filter(case=case).first()
    else:
        commitment = commitments.filter(case__in=visible_cases(user)).first()
    if commitment is None:
        raise Http404
    return commitment


def list_cases(user) -> QuerySet[Case]:  # noqa: ANN001
    return visible_cases(user).select_related(
        "customer", "team", "owner", "sensitivity", "category"
    )


def other_cases_of(customer: Customer, *, exclude: Case, limit: int = 10) -> list[Case]:
    """The customer's other cases, active ones first, then the latest (for the 360 panel)."""
    return list(
        Case.objects.filter(customer=customer)
        .exclude(pk=exclude.pk)
        .select_related("team")
        .only("id", "subject", "status", "opened_at", "team__name")
        .annotate(
            closed_rank=SqlCase(When(status__in=ACTIVE_STATUSES, then=Value(0)), default=Value(1))
        )
        .order_by("closed_rank", "-opened_at", "-id")[:limit]
    )


def open_commitments(case: Case) -> list[Commitment]:
    """The case's open promises, soonest due first."""
    return list(
        Commitment.objects.filter(case=case, status=CommitmentStatus.OPEN)
        .select_related("made_by")
        .only("id", "description", "due_at", "created_at", "made_by__username")
        .order_by("due_at", "id")
    )


# --- Tone and escalations ------------------------------------------------------------------------

TONE_HISTORY_LENGTH = 30


def tone_history(case: Case) -> list[float]:
    """The scores of the customer's latest messages on the case, oldest first (the sparkline)."""
    scores = (
        Interaction.objects.filter(case=case, sentiment_compound__isnull=False)
        .order_by("-occurred_at", "-id")
        .values_list("sentiment_compound", flat=True)[:TONE_HISTORY_LENGTH]
    )
    return list(reversed(scores))


def open_tone_alerts(case: Case) -> list[ToneAlert]:
    """The case's tone alerts nobody has acknowledged or escalated yet, oldest first."""
    return list(
        ToneAlert.objects.filter(case=case, status=ToneAlertStatus.OPEN).order_by(
            "created_at", "id"
        )
    )


def open_escalation(case: Case) -> Escalation | None:
    """The case's escalation waiting for a supervisor, if any (there is at most one)."""
    return (
        Escalation.objects.filter(case=case, closed_at__isnull=True)
        .select_related("raised_by")
        .first()
    )


ESCALATIONS_PAGE_SIZE = 25


def open_escalations(user, *, sees_all: bool | None = None) -> QuerySet[Escalation]:  # noqa: ANN001
    """The escalations waiting for a supervisor on cases ``user`` sees, the longest waiting
    first (the supervisors' board). ``sees_all`` as in ``visible_cases``; with None (a live
    poll) the right to close escalations is checked in the same SQL too."""
    waiting = Escalation.objects.filter(
        closed_at__isnull=True, case__in=visible_cases(user, sees_all=sees_all)
    )
    if sees_all is None and not is_integration(user):
        waiting = waiting.filter(_holds(user, CLOSE_ESCALATION))
    return waiting.select_related(
        "case__customer", "case__team", "case__owner", "raised_by"
    ).order_by("raised_at", "id")


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
    # The customer's tone in the message: its colour and its tooltip.
    "sentiment_compound",
    "sentiment_label",
    "sentiment_drivers",
)
_EVENT_FIELDS = ("id", "case_id", "customer_id", "type", "actor_id", "data", "note", "occurred_at")


def list_customer_timeline(
    customer: Customer, *, cursor: str | None = None, limit: int = 50
) -> TimelinePage:
    """Every interaction and event of the customer across cases and channels, newest first.

    Two indexed range scans (one per table) merged in memory, whatever the history's length; the
    cursor is the position of the last entry returned.
    """
    return _merged_timeline(
        _timeline_interactions().filter(customer=customer),
        _timeline_events().filter(customer=customer),
        cursor=cursor,
        limit=limit,
    )


def list_case_timeline(case: Case, *, cursor: str | None = None, limit: int = 50) -> TimelinePage:
    """The case's own interactions and events, newest first (pages show them oldest first)."""
    return _merged_timeline(
        _timeline_interactions().filter(case=case),
        _timeline_events().filter(case=case),
        cursor=cursor,
        limit=limit,
    )


def case_timeline_since(
    case: Case, stamp: LiveStamp, *, current: LiveStamp | None = None, limit: int = 100
) -> list[TimelineEntry]:
    """The case's entries stored after ``stamp`` (the ids the page last saw), oldest first.
    ``current`` is the case's stamp now, when known."""
    entries = []
    # Only the tables whose newest id moved: a new message costs one query, not two.
    if current is None or current.interaction_id != stamp.interaction_id:
        interactions = _timeline_interactions().filter(case=case, id__gt=stamp.interaction_id)
        entries += [TimelineEntry(INTERACTION, i) for i in interactions.order_by("id")[:limit]]
    if current is None or current.event_id != stamp.event_id:
        events = _timeline_events().filter(case=case, id__gt=stamp.event_id)
        entries += [TimelineEntry(EVENT, e) for e in events.order_by("id")[:limit]]
    entries.sort(key=lambda entry: entry.sort_key)
    return entries


def _timeline_interactions() -> QuerySet[Interaction]:
    # Of the people, only what the timeline shows: a whole auth_user row per entry costs more.
    return Interaction.objects.select_related("author").only(
        *_INTERACTION_FIELDS, "author__id", "author__username"
    )


def _timeline_events() -> QuerySet[CaseEvent]:
    return CaseEvent.objects.select_related("actor").only(
        *_EVENT_FIELDS, "actor__id", "actor__username"
    )


def _merged_timeline(
    interactions: QuerySet[Interaction],
    events: QuerySet[CaseEvent],
    *,
    cursor: str | None,
    limit: int,
) -> TimelinePage:
    after = _decode_cursor(cursor) if cursor else None
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


# --- Live updates --------------------------------------------------------------------------------


@dataclass(frozen=True)
class LiveStamp:
    """What a case page has seen: the newest interaction and event ids. Every change to a case
    writes one of them (a state change always leaves an event), so equal stamps mean nothing new.
    """

    interaction_id: int = 0
    event_id: int = 0

    def __str__(self) -> str:
        return f"{self.interaction_id}.{self.event_id}"

    @classmethod
    def parse(cls, raw: str | None) -> LiveStamp | None:
        """The stamp a page sent back, or None when it is missing or malformed."""
        try:
            interaction_id, event_id = (int(part) for part in (raw or "").split("."))
        except ValueError:
            return None
        if not (0 <= interaction_id <= MAX_ID and 0 <= event_id <= MAX_ID):
            return None
        return cls(interaction_id, event_id)


def access_case_with_stamp(
    user,  # noqa: ANN001
    case_id: Any,
    *,
    sees_all: bool | None = None,
) -> tuple[Case, LiveStamp]:
    """``access_case`` plus the case's live stamp, in the same single query (``sees_all`` as in
    ``visible_cases``)."""
    pk = _as_id(case_id)
    newest = "-id"
    case = (
        visible_cases(user, sees_all=sees_all)
        .select_related("customer", "team", "owner", "sensitivity", "category")
        .annotate(
            newest_interaction_id=Subquery(
                Interaction.objects.filter(case=OuterRef("pk")).order_by(newest).values("id")[:1]
            ),
            newest_event_id=Subquery(
                CaseEvent.objects.filter(case=OuterRef("pk")).order_by(newest).values("id")[:1]
            ),
        )
        .filter(pk=pk)
        .first()
    )
    if case is None:
        raise Http404
    return case, LiveStamp(case.newest_interaction_id or 0, case.newest_event_id or 0)


# --- The queue -----------------------------------------------------------------------------------

QUEUE_PAGE_SIZE = 25


@dataclass(frozen=True)
class QueueFilters:
    """What the agent asked the queue for; empty fields do not filter."""

    scope: str = ""  # "", "mine" or "unassigned"
    status: str = "active"  # "active", "all" or one CaseStatus value
    team_id: int | None = None
    channel: str = ""
    sensitivity_id: int | None = None
    tone: str = ""  # "", "attention" (an unhandled alert or an open escalation) or "negative"
    search: str = ""


def queue_cases(
    user,  # noqa: ANN001
    filters: QueueFilters,
    *,
    sees_all: bool | None = None,
    now: datetime | None = None,
) -> QuerySet[Case]:
    """The agent's queue: visible cases matching ``filters``, most urgent first, each row carrying
    what the queue shows (contact counts, the next open promise) in the same single query.
    ``sees_all`` as in ``visible_cases``."""
    now = now or timezone.now()
    cases = _filtered_cases(visible_cases(user, sees_all=sees_all), filters, user)
    inbound = Interaction.objects.filter(
        customer=OuterRef("customer_id"), direction=Direction.INBOUND, occurred_at__lte=now
    )
    open_promises = Commitment.objects.filter(
        case=OuterRef("pk"), status=CommitmentStatus.OPEN
    ).order_by("due_at", "id")
    return (
        cases.select_related("customer", "team", "owner", "sensitivity")
        .annotate(
            contacts_24h=_count(inbound.filter(occurred_at__gt=now - timedelta(hours=24))),
            contacts_30d=_count(inbound.filter(occurred_at__gt=now - timedelta(days=30))),
            next_promise=Subquery(open_promises.values("description")[:1]),
            next_promise_due_at=Subquery(open_promises.values("due_at")[:1]),
            has_open_alert=Exists(_open_alerts()),
            is_escalated=Exists(_open_escalations()),
        )
        .order_by(
            "-severity",
            F("awaiting_reply_since").asc(nulls_last=True),
            "-last_activity_at",
            "-id",
        )
    )


def _open_alerts() -> QuerySet[ToneAlert]:
    """The row's case's tone alerts nobody has handled (for ``Exists``)."""
    return ToneAlert.objects.filter(case=OuterRef("pk"), status=ToneAlertStatus.OPEN)


def _open_escalations() -> QuerySet[Escalation]:
    """The row's case's escalation waiting for a supervisor (for ``Exists``)."""
    return Escalation.objects.filter(case=OuterRef("pk"), closed_at__isnull=True)


def _count(rows: QuerySet) -> Coalesce:
    """A correlated COUNT(*) of ``rows`` (0 when there are none)."""
    counted = rows.order_by().values("customer_id").annotate(n=Count("*")).values("n")
    return Coalesce(Subquery(counted), 0)


def _filtered_cases(cases: QuerySet[Case], filters: QueueFilters, user) -> QuerySet[Case]:  # noqa: ANN001
    if filters.scope == "mine":
        cases = cases.filter(owner=user)
    elif filters.scope == "unassigned":
        cases = cases.filter(owner__isnull=True)
    if filters.status == "active":
        cases = cases.filter(status__in=ACTIVE_STATUSES)
    elif filters.status in CaseStatus.values:
        cases = cases.filter(status=filters.status)
    if filters.team_id:
        cases = cases.filter(team_id=filters.team_id)
    if filters.channel:
        cases = cases.filter(channels_used__contains=filters.channel)
    if filters.sensitivity_id:
        cases = cases.filter(sensitivity_id=filters.sensitivity_id)
    if filters.tone == "attention":
        cases = cases.filter(Exists(_open_alerts()) | Exists(_open_escalations()))
    elif filters.tone == "negative":
        cases = cases.filter(tone_mood=tone.NEGATIVE)
    if filters.search:
        cases = cases.filter(_search(filters.search))
    return cases


def _search(text: str) -> Q:
    """A case number ("#123"), a phone, an email or part of a name."""
    text = text.strip()
    digits = text.lstrip("#").strip()
    if digits.isdigit() and (text.startswith("#") or len(digits) < 7):
        return Q(pk=int(digits)) if int(digits) <= MAX_ID else Q(pk__in=[])
    if "@" in text:
        return Q(
            customer__identities__kind=IdentityKind.EMAIL, customer__identities__value=text.lower()
        )
    try:
        phone = normalize_phone(text)
    except InvalidIdentity:
        return Q(customer__name__icontains=text) | Q(subject__icontains=text)
    return Q(customer__identities__kind=IdentityKind.PHONE, customer__identities__value=phone)
