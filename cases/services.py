"""Every write to customers and cases: the admin, the API and the pages only call these.

Each service owns its transaction, locks the rows it reads before writing them, and leaves a
``CaseEvent`` on the timeline for every state change, so the timeline is also the audit trail.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cases import rawsql
from cases.models import (
    ACTIVE_STATUSES,
    ALLOWED_TRANSITIONS,
    CALL_CHANNELS,
    Case,
    CaseEvent,
    CaseStatus,
    Channel,
    Commitment,
    CommitmentStatus,
    Customer,
    CustomerMerge,
    Direction,
    Escalation,
    EventType,
    Identity,
    IdentityKind,
    Interaction,
    Language,
    Team,
)
from cases.normalize import (
    InvalidIdentity,
    normalize_email,
    normalize_external_id,
    normalize_phone,
)
from sentiment import tone
from sentiment.engine import analyze
from sentiment.models import ToneAlert, ToneAlertStatus
from sentiment.tone import ToneShift

User = AbstractBaseUser


class CaseError(Exception):
    """A refused operation on a case or customer. ``message`` is translated and safe to show."""

    def __init__(self, message: str, *, code: str = "invalid", field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.field = field


class IdempotencyConflict(CaseError):
    """The same ``source`` + ``external_id`` was sent before with a different body."""

    def __init__(self, original: Interaction) -> None:
        super().__init__(
            _(
                "An interaction with this source and external id was already recorded with "
                "different content."
            ),
            code="idempotency_conflict",
        )
        self.original = original


# --- Customers -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CustomerRef:
    """How a channel system names the customer; any one identity is enough to recognise them."""

    email: str = ""
    phone: str = ""
    external_id: str = ""
    namespace: str = ""
    name: str = ""
    language: str = ""

    def identities(self) -> list[tuple[str, str, str]]:
        """The normalised (kind, namespace, value) triples; raises CaseError on a malformed one."""
        found: list[tuple[str, str, str]] = []
        try:
            if self.external_id:
                found.append(
                    (IdentityKind.EXTERNAL, self.namespace, normalize_external_id(self.external_id))
                )
            if self.email:
                found.append((IdentityKind.EMAIL, "", normalize_email(self.email)))
            if self.phone:
                found.append((IdentityKind.PHONE, "", normalize_phone(self.phone)))
        except InvalidIdentity as exc:
            raise CaseError(str(exc), code="invalid_identity", field="customer") from None
        if not found:
            raise CaseError(
                _("Give at least one customer identity: email, phone or external id."),
                code="no_identity",
                field="customer",
            )
        return found


def resolve_customer(ref: CustomerRef) -> Customer:
    """Find the customer by any of ``ref``'s identities, or create them; attach the new identities.

    When identities point at two different customers the first match (external id, then email,
    then phone) wins and nothing is merged automatically: merging is a person's decision.
    """
    return _resolve_customer(ref, lock=False)[0]


def _resolve_customer(ref: CustomerRef, *, lock: bool) -> tuple[Customer, bool]:
    """``resolve_customer``, also telling whether the customer is new. With ``lock`` (inside a
    transaction) the customer's row is locked by the same query that finds it."""
    triples = ref.identities()
    customer, known = _find_customer(triples, lock=lock)
    if customer is None:
        try:
            with transaction.atomic():
                customer = Customer.objects.create(
                    name=ref.name.strip()[:200],
                    language=ref.language or Language.SPANISH,
                )
                Identity.objects.bulk_create(
                    Identity(customer=customer, kind=kind, namespace=namespace, value=value)
                    for kind, namespace, value in triples
                )
            return customer, True
        except IntegrityError:
            # Another request created this customer a moment ago: use theirs.
            customer, known = _find_customer(triples, lock=lock)
            if customer is None:
                raise
    _attach_missing_identities(customer, [t for t in triples if t not in known])
    if ref.name and not customer.name:
        customer.name = ref.name.strip()[:200]
        customer.save(update_fields=["name", "updated_at"])
    return customer, False


def _find_customer(
    triples: list[tuple[str, str, str]], *, lock: bool = False
) -> tuple[Customer | None, set[tuple[str, str, str]]]:
    """The customer of the first triple that is known, and every triple that is known.

    One query on the hot path of every webhook call, so written out (``rawsql``): the identities
    that match, each with its customer's row; with ``lock``, customers locked in id order, so two
    requests naming the same two never deadlock."""
    match = " OR ".join(["(i.kind = %s AND i.namespace = %s AND i.value = %s)"] * len(triples))
    sql = (
        f"SELECT {rawsql.columns(Customer, 'c')}, i.kind, i.namespace, i.value "  # noqa: S608
        f"FROM {rawsql.table(Identity)} i INNER JOIN {rawsql.table(Customer)} c "
        f"ON c.id = i.customer_id WHERE {match}"
    )
    if lock:
        sql += " ORDER BY i.customer_id" + rawsql.for_update(of="c")
    found = rawsql.select(Customer, sql, [part for triple in triples for part in triple])
    identities = {tuple(triple): customer for customer, triple in found}
    for triple in triples:
        if triple in identities:
            return identities[triple], set(identities)
    return None, set()


def _attach_missing_identities(customer: Customer, triples: list[tuple[str, str, str]]) -> None:
    for kind, namespace, value in triples:
        try:
            with transaction.atomic():
                Identity.objects.get_or_create(
                    kind=kind, namespace=namespace, value=value, defaults={"customer": customer}
                )
        except IntegrityError:
            # Claimed concurrently by someone: it stays theirs, as it would have been found first.
            continue


def merge_customers(
    survivor: Customer, merged: Customer, *, actor: User | None = None
) -> CustomerMerge:
    """Fold ``merged`` into ``survivor``: its cases, interactions, events and identities move over,
    its row stays as a tombstone pointing at the survivor, and the merge is on the timeline."""
    if survivor.pk == merged.pk:
        raise CaseError(_("A customer cannot be merged into themselves."), code="merge_self")
    with transaction.atomic():
        # Lock both rows in id order so two crossing merges cannot deadlock.
        locked = {
            c.pk: c
            for c in Customer.objects.select_for_update()
            .filter(pk__in=[survivor.pk, merged.pk])
            .order_by("pk")
        }
        survivor, merged = locked[survivor.pk], locked[merged.pk]
        if survivor.merged_into_id or merged.merged_into_id:
            raise CaseError(
                _("One of these customers was already merged into another."), code="merged"
            )
        moved = {
            "cases": Case.objects.filter(customer=merged).update(customer=survivor),
            "interactions": Interaction.objects.filter(customer=merged).update(customer=survivor),
            "events": CaseEvent.objects.filter(customer=merged).update(customer=survivor),
            "identities": Identity.objects.filter(customer=merged).update(customer=survivor),
        }
        _fill_blank_profile(survivor, merged)
        merged.merged_into = survivor
        merged.save(update_fields=["merged_into", "updated_at"])
        record = CustomerMerge.objects.create(
            survivor=survivor,
            merged=merged,
            merged_name=merged.name,
            moved=moved,
            merged_by=actor,
        )
        CaseEvent.objects.create(
            customer=survivor,
            type=EventType.CUSTOMER_MERGED,
            actor=actor,
            data={"merged_customer_id": merged.pk, "merged_name": merged.name, **moved},
        )
    return record


def _fill_blank_profile(survivor: Customer, merged: Customer) -> None:
    """Keep the survivor's profile, fill its gaps from the merged one; the stricter consent wins."""
    survivor.name = survivor.name or merged.name
    survivor.preferred_channel = survivor.preferred_channel or merged.preferred_channel
    survivor.contact_allowed = survivor.contact_allowed and merged.contact_allowed
    survivor.surveys_allowed = survivor.surveys_allowed and merged.surveys_allowed
    survivor.save()


# --- Interactions --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordedInteraction:
    interaction: Interaction
    created: bool  # False when this was a retry of an interaction already recorded
    # The alert this customer message raised (their tone turned negative), if any.
    tone_alert: ToneAlert | None = None


def record_interaction(
    *,
    customer: CustomerRef | Customer,
    channel: str,
    direction: str,
    text: str = "",
    summary: str = "",
    occurred_at: datetime | None = None,
    duration_seconds: int | None = None,
    source: str = "",
    external_id: str = "",
    case: Case | None = None,
    subject: str = "",
    team: Team | None = None,
    author: User | None = None,
) -> RecordedInteraction:
    """Store one interaction in the customer's story: resolve the customer, find their active case
    (or open one), store the entry and update the case, all in one transaction.

    Idempotent on ``source`` + ``external_id``: a retry with the same content returns the original
    (``created=False``); the same key with different content raises ``IdempotencyConflict``.
    """
    fingerprint = _fingerprint(
        customer=customer,
        channel=channel,
        direction=direction,
        text=text,
        summary=summary,
        occurred_at=occurred_at,
        duration_seconds=duration_seconds,
        case_id=case.pk if case else None,
        author_id=author.pk if author else None,
    )
    _check_interaction_fields(channel, direction, text, summary, duration_seconds, occurred_at)
    # Optimistic: most calls are new, so store first and let the unique (source, external_id)
    # constraint recognise a retry; its transaction rolls back whole, leaving nothing behind.
    try:
        interaction, alert = _store_interaction(
            customer=customer,
            case=case,
            subject=subject,
            team=team,
            fields={
                "channel": channel,
                "direction": direction,
                "text": text,
                "summary": summary,
                "occurred_at": occurred_at or timezone.now(),
                "duration_seconds": duration_seconds,
                "source": source,
                "external_id": external_id,
                "request_fingerprint": fingerprint,
                "author": author,
            },
        )
    except (IntegrityError, CaseError):
        # A retry, or an identical request that won the race: answer with the original (or 409
        # for other content). A retry is answered even when its case has since changed hands.
        existing = _existing_interaction(source, external_id, fingerprint) if external_id else None
        if existing is None:
            raise
        return RecordedInteraction(
            existing,
            created=False,
            tone_alert=ToneAlert.objects.filter(interaction=existing).first(),
        )
    return RecordedInteraction(interaction, created=True, tone_alert=alert)


def _check_interaction_fields(
    channel: str,
    direction: str,
    text: str,
    summary: str,
    duration_seconds: int | None,
    occurred_at: datetime | None,
) -> None:
    if channel not in Channel.values:
        raise CaseError(_("Unknown channel."), code="invalid_channel", field="channel")
    if direction not in Direction.values:
        raise CaseError(_("Unknown direction."), code="invalid_direction", field="direction")
    if (channel == Channel.NOTE) != (direction == Direction.INTERNAL):
        raise CaseError(
            _("Internal notes, and only they, have the internal direction."),
            code="invalid_direction",
            field="direction",
        )
    if duration_seconds is not None and channel not in CALL_CHANNELS:
        raise CaseError(
            _("Only phone and video calls have a duration."),
            code="invalid_duration",
            field="duration_seconds",
        )
    if not text.strip() and not summary.strip():
        raise CaseError(_("Give the text or a summary."), code="empty", field="text")
    limit = settings.FARO_MAX_TEXT_CHARS
    if len(text) > limit or len(summary) > limit:
        raise CaseError(
            _("The text is longer than the limit of %(limit)s characters.") % {"limit": limit},
            code="too_long",
            field="text",
        )
    if occurred_at is not None and timezone.is_naive(occurred_at):
        raise CaseError(
            _("The time must include a time zone."), code="naive_time", field="occurred_at"
        )


def _existing_interaction(source: str, external_id: str, fingerprint: str) -> Interaction | None:
    existing = (
        Interaction.objects.select_related("case", "customer")
        .filter(source=source, external_id=external_id)
        .first()
    )
    if existing is not None and existing.request_fingerprint != fingerprint:
        raise IdempotencyConflict(existing)
    return existing


@transaction.atomic
def _store_interaction(
    *,
    customer: CustomerRef | Customer,
    case: Case | None,
    subject: str,
    team: Team | None,
    fields: dict[str, Any],
) -> tuple[Interaction, ToneAlert | None]:
    # The customer row lock serialises messages of one customer, so two first messages arriving
    # together join one new case instead of opening two.
    is_new = False
    if isinstance(customer, CustomerRef):
        # Identities never name a merged customer: they moved to the survivor.
        customer, is_new = _resolve_customer(customer, lock=True)
    else:
        customer = Customer.objects.select_for_update().get(pk=customer.pk)
        if customer.merged_into_id:
            customer = Customer.objects.select_for_update().get(pk=customer.merged_into_id)
    if case is not None:
        case = Case.objects.select_for_update().get(pk=case.pk)
        if case.customer_id != customer.pk:
            raise CaseError(
                _("That case belongs to another customer."), code="case_mismatch", field="case_id"
            )
    else:
        existing = None if is_new else _active_case(customer)
        case = existing or open_case(
            customer=customer,
            subject=subject or _subject_from(fields["text"] or fields["summary"]),
            channel=fields["channel"],
            team=team,
            opened_at=fields["occurred_at"],
        )
    fields.update(_customer_tone(fields, customer))
    interaction = Interaction(case=case, customer=customer, **fields)
    return interaction, _advance_case(case, interaction)


def _customer_tone(fields: dict[str, Any], customer: Customer) -> dict[str, Any]:
    """The sentiment fields of a customer's message, scored as it arrives (their known language
    settles very short texts). Outbound and internal entries are not the customer's tone, and a
    call's summary is the agent's words: only the customer's own text is scored."""
    if fields["direction"] != Direction.INBOUND or not fields["text"].strip():
        return {}
    score = analyze(fields["text"], prior=customer.language or None)
    return {
        "sentiment_compound": score.compound,
        "sentiment_label": score.label,
        "sentiment_language": score.language,
        "sentiment_drivers": [driver.to_dict() for driver in score.drivers],
    }


def _active_case(customer: Customer) -> Case | None:
    """The customer's case a new message belongs to: the latest active one, or one resolved within
    ``FARO_REOPEN_WINDOW_DAYS`` (the reply means it was not solved after all)."""
    recently = timezone.now() - timedelta(days=settings.FARO_REOPEN_WINDOW_DAYS)
    # Written out (``rawsql``) as the queryset built it: the hot path of every webhook call.
    active, lock = ", ".join(["%s"] * len(ACTIVE_STATUSES)), rawsql.for_update()
    sql = (
        f"SELECT {rawsql.columns(Case)} FROM {rawsql.table(Case)} WHERE customer_id = %s "  # noqa: S608
        f"AND (status IN ({active}) OR (resolved_at >= %s AND status = %s)) "
        f"ORDER BY last_activity_at DESC, id DESC LIMIT 1{lock}"
    )
    resolved_at = Case._meta.get_field("resolved_at")
    params = [
        customer.pk,
        *map(str, ACTIVE_STATUSES),
        resolved_at.get_db_prep_value(recently, connection),
        str(CaseStatus.RESOLVED),
    ]
    found = rawsql.select(Case, sql, params)
    return found[0][0] if found else None


def _subject_from(text: str) -> str:
    words = " ".join(text.split())
    return words[:80] + ("…" if len(words) > 80 else "") or _("New conversation")


def _advance_case(case: Case, interaction: Interaction) -> ToneAlert | None:
    """Store a new entry and update its case for it: activity time, first response, the channel
    the conversation moved to, and its status (a customer's reply reopens a case waiting on them
    or resolved; an agent's first answer opens a new one)."""
    changed = ["last_activity_at"]
    case.last_activity_at = max(case.last_activity_at, interaction.occurred_at)
    # An answered call is a live conversation with an agent, whoever dialled.
    agent_replied = interaction.direction == Direction.OUTBOUND or bool(
        interaction.channel in CALL_CHANNELS and interaction.duration_seconds
    )
    if agent_replied and case.first_response_at is None:
        case.first_response_at = interaction.occurred_at
        changed.append("first_response_at")
    if agent_replied and case.awaiting_reply_since is not None:
        case.awaiting_reply_since = None
        changed.append("awaiting_reply_since")
    elif interaction.direction == Direction.INBOUND and case.awaiting_reply_since is None:
        case.awaiting_reply_since = interaction.occurred_at
        changed.append("awaiting_reply_since")
    if _note_channel_used(case, interaction.channel):
        changed.append("channels_used")
    shift = _follow_tone(case, interaction, changed)
    switched_from = None
    if interaction.channel != Channel.NOTE and interaction.channel != case.channel:
        switched_from, case.channel = case.channel, interaction.channel
        changed.append("channel")
    reopened_by, reason = None, ""
    customer_wrote = interaction.direction == Direction.INBOUND
    if customer_wrote and case.status in (CaseStatus.WAITING_CUSTOMER, CaseStatus.RESOLVED):
        reason = "customer_replied"
    elif agent_replied and case.status == CaseStatus.NEW:
        reopened_by, reason = interaction.author, "answered"
    if reason:
        _check_transition(case, CaseStatus.OPEN)
        previous_status = _apply_status(case, CaseStatus.OPEN, interaction.occurred_at)
        changed += STATUS_FIELDS
    # The entry and the case's new state go in one statement (one round trip) on PostgreSQL;
    # then the timeline's markers, in the order things happened.
    rawsql.insert_row(interaction, along_with=(case, changed))
    if switched_from is not None:
        _log(
            case,
            EventType.CHANNEL_SWITCHED,
            actor=interaction.author,
            data={"from": switched_from, "to": interaction.channel, "automatic": True},
            occurred_at=interaction.occurred_at,
        )
    alert = _raise_tone_alert(case, interaction, shift) if shift is not None else None
    if reason:
        _log_status_change(
            case,
            previous_status,
            actor=reopened_by,
            note="",
            reason=reason,
            at=interaction.occurred_at,
        )
    return alert


def _follow_tone(case: Case, interaction: Interaction, changed: list[str]) -> ToneShift | None:
    """Move the case's tone with a scored customer message (``sentiment.tone``); the shift when
    the customer's tone has just turned negative."""
    if interaction.sentiment_compound is None:
        return None
    state, shift = tone.observe(
        tone.ToneState(case.tone, case.tone_mood or tone.CALM),
        interaction.sentiment_compound,
        tone.settings_from_django(),
    )
    if case.tone_at_open is None:
        case.tone_at_open = state.tone
        changed.append("tone_at_open")
    case.tone, case.tone_mood = state.tone, state.mood
    changed += ["tone", "tone_mood"]
    return shift


ALERT_MARKER_DELAY = timedelta(microseconds=1)


def _raise_tone_alert(case: Case, interaction: Interaction, shift: ToneShift) -> ToneAlert:
    """Tell the agent: an alert for the case page and the queue, and a marker on the timeline."""
    alert = ToneAlert.objects.create(
        case=case,
        interaction=interaction,
        tone_before=shift.before,
        tone_after=shift.after,
        drivers=interaction.sentiment_drivers or [],
        created_at=interaction.occurred_at,
    )
    _log(
        case,
        EventType.TONE_ALERT,
        actor=None,
        data={
            "alert_id": alert.pk,
            "interaction_id": interaction.pk,
            "tone_before": shift.before,
            "tone_after": shift.after,
        },
        # A microsecond after its message, so the marker follows the message it is about
        # (at the same instant the timeline puts events first: a channel switch precedes it).
        occurred_at=interaction.occurred_at + ALERT_MARKER_DELAY,
    )
    return alert


def _note_channel_used(case: Case, channel: str) -> bool:
    """Add ``channel`` to the case's channels; True when it was new (the field needs saving)."""
    if channel == Channel.NOTE or channel in case.channel_list:
        return False
    case.channels_used = ",".join([*case.channel_list, channel])
    return True


def _fingerprint(**fields: Any) -> str:
    customer = fields.pop("customer")
    if isinstance(customer, CustomerRef):
        fields["customer"] = sorted(asdict(customer).items())
    else:
        fields["customer"] = customer.pk
    if fields["occurred_at"] is not None:
        fields["occurred_at"] = fields["occurred_at"].isoformat()
    canonical = json.dumps(fields, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


# --- Cases ---------------------------------------------------------------------------------------


def open_case(
    *,
    customer: Customer,
    subject: str,
    channel: str = Channel.CHAT,
    team: Team | None = None,
    opened_at: datetime | None = None,
    actor: User | None = None,
    **fields: Any,
) -> Case:
    """Open a case for the customer in ``team`` (or the default team)."""
    if customer.merged_into_id:
        raise CaseError(
            _("This customer was merged into another; open the case for that one."),
            code="merged",
            field="customer",
        )
    opened_at = opened_at or timezone.now()
    # No savepoint: inside record_interaction any failure here fails the whole message anyway.
    with transaction.atomic(savepoint=False):
        case = Case.objects.create(
            customer=customer,
            subject=subject.strip()[:200] or _("New conversation"),
            channel=channel if channel != Channel.NOTE else Channel.CHAT,
            team=team or default_team(),
            opened_at=opened_at,
            last_activity_at=opened_at,
            **fields,
        )
        _log(
            case,
            EventType.OPENED,
            actor=actor,
            data={"channel": case.channel},
            occurred_at=opened_at,
        )
    return case


def default_team() -> Team | None:
    """The team named by ``FARO_DEFAULT_TEAM``, else the first team; None before any exists."""
    if settings.FARO_DEFAULT_TEAM:
        team = Team.objects.filter(slug=settings.FARO_DEFAULT_TEAM).first()
        if team is not None:
            return team
    return Team.objects.order_by("pk").first()


def assign_case(case: Case, *, owner: User | None, actor: User | None) -> Case:
    """Give the case to ``owner`` (a member of the case's team), or unassign it with None."""
    with transaction.atomic():
        case = _lock(case)
        if owner is not None:
            if not owner.is_active:
                raise CaseError(_("That person's account is inactive."), field="owner")
            if case.team_id and not case.team.members.filter(pk=owner.pk).exists():
                raise CaseError(
                    _("%(name)s is not a member of the team %(team)s.")
                    % {"name": owner.get_username(), "team": case.team.name},
                    code="not_team_member",
                    field="owner",
                )
        if case.owner_id == (owner.pk if owner else None):
            return case
        previous = case.owner
        case.owner = owner
        case.save(update_fields=["owner"])
        _log(
            case,
            EventType.ASSIGNED,
            actor=actor,
            data={
                "from": previous.get_username() if previous else None,
                "to": owner.get_username() if owner else None,
            },
        )
    return case


def hand_off(case: Case, *, to_team: Team, note: str, actor: User | None) -> Case:
    """Pass the case to another team with the context they need; it waits there unassigned."""
    if not note.strip():
        raise CaseError(
            _("A hand-off needs a note with the context for the next team."),
            code="note_required",
            field="note",
        )
    with transaction.atomic():
        case = _lock(case)
        if case.team_id == to_team.pk:
            raise CaseError(_("The case is already with that team."), field="to_team")
        if not case.is_active:
            raise CaseError(_("Only an active case can be handed off."), code="inactive")
        previous = case.team
        case.team = to_team
        case.owner = None
        case.save(update_fields=["team", "owner"])
        _log(
            case,
            EventType.HANDED_OFF,
            actor=actor,
            note=note.strip(),
            data={"from": previous.name if previous else None, "to": to_team.name},
        )
    return case


def switch_channel(case: Case, *, to_channel: str, actor: User | None, note: str = "") -> Case:
    """Move the conversation to another channel (chat → call → video); it stays one case."""
    if to_channel not in Channel.values or to_channel == Channel.NOTE:
        raise CaseError(_("Unknown channel."), code="invalid_channel", field="to_channel")
    with transaction.atomic():
        case = _lock(case)
        if case.channel == to_channel:
            raise CaseError(_("The conversation is already on that channel."), field="to_channel")
        _log(
            case,
            EventType.CHANNEL_SWITCHED,
            actor=actor,
            note=note.strip(),
            data={"from": case.channel, "to": to_channel, "automatic": False},
        )
        case.channel = to_channel
        _note_channel_used(case, to_channel)
        case.save(update_fields=["channel", "channels_used"])
    return case


def change_status(case: Case, *, to_status: str, actor: User | None, note: str = "") -> Case:
    """Move the case along its lifecycle; an invalid transition raises CaseError."""
    with transaction.atomic():
        case = _lock(case)
        _set_status(case, to_status, actor=actor, note=note.strip(), reason="")
    return case


def _set_status(
    case: Case,
    to_status: str,
    *,
    actor: User | None,
    note: str,
    reason: str,
    at: datetime | None = None,
) -> None:
    """``at`` dates a change caused by an interaction at that interaction's time (replays of
    history through the API keep their order)."""
    _check_transition(case, to_status)
    now = at or timezone.now()
    previous = _apply_status(case, to_status, now)
    case.save(update_fields=STATUS_FIELDS)
    _log_status_change(case, previous, actor=actor, note=note, reason=reason, at=now)


def _check_transition(case: Case, to_status: str) -> None:
    if to_status not in CaseStatus.values:
        raise CaseError(_("Unknown status."), code="invalid_status", field="status")
    if to_status not in ALLOWED_TRANSITIONS[case.status]:
        raise CaseError(
            _("A case cannot go from “%(from)s” to “%(to)s”.")
            % {"from": CaseStatus(case.status).label, "to": CaseStatus(to_status).label},
            code="invalid_transition",
            field="status",
        )


# What a status change writes on the case (``_apply_status``).
STATUS_FIELDS = ["status", "resolved_at", "closed_at", "tone_at_resolution"]


def _apply_status(case: Case, to_status: str, now: datetime) -> str:
    """Set the case's status and the times that go with it (not saved); the previous status."""
    previous = case.status
    case.status = to_status
    if to_status == CaseStatus.RESOLVED:
        case.resolved_at = now
        case.tone_at_resolution = case.tone
    elif to_status == CaseStatus.CLOSED:
        case.closed_at = now
        case.resolved_at = case.resolved_at or now
    elif previous in (CaseStatus.RESOLVED, CaseStatus.CLOSED):
        case.resolved_at = case.closed_at = None  # reopened
    return previous


def _log_status_change(
    case: Case, previous: str, *, actor: User | None, note: str, reason: str, at: datetime
) -> None:
    data = {"from": previous, "to": case.status}
    if reason:
        data["reason"] = reason
    _log(case, EventType.STATUS_CHANGED, actor=actor, note=note, data=data, occurred_at=at)


_UNCHANGED: Any = object()


def update_case(
    case: Case,
    *,
    actor: User | None,
    status: str | None = None,
    owner: User | None = _UNCHANGED,
    note: str = "",
) -> Case:
    """Change status and/or owner together: both happen or neither does."""
    with transaction.atomic():
        case = _lock(case)  # compare with the row as it is now, not as the caller last saw it
        if status is not None and status != case.status:
            case = change_status(case, to_status=status, actor=actor, note=note)
        if owner is not _UNCHANGED:
            case = assign_case(case, owner=owner, actor=actor)
    return case


# --- Tone alerts and escalations ------------------------------------------------------------------


def acknowledge_tone_alert(alert: ToneAlert, *, actor: User | None, note: str = "") -> ToneAlert:
    """The agent has seen the customer's tone turn and handles it themselves."""
    with transaction.atomic():
        alert = _lock_open_alert(alert)
        _handle_alert(alert, ToneAlertStatus.ACKNOWLEDGED, actor=actor, note=note)
        _log(
            alert.case,
            EventType.TONE_ACKNOWLEDGED,
            actor=actor,
            data={"alert_id": alert.pk},
            note=alert.note,
        )
    return alert


def escalate_case(case: Case, *, actor: User | None, note: str) -> Escalation:
    """Bring a supervisor in; the note says why. The tone alerts still open on the case are
    handled by it (the newest is linked to the escalation). A case is with a supervisor once at
    a time: until they close it, a second escalation is refused."""
    if not note.strip():
        raise CaseError(_("Say why the case is escalated."), code="note_required", field="note")
    with transaction.atomic():
        case = _lock(case)
        if Escalation.objects.filter(case=case, closed_at__isnull=True).exists():
            raise CaseError(_("This case is already with a supervisor."), code="already_escalated")
        alerts = list(
            ToneAlert.objects.select_for_update()
            .filter(case=case, status=ToneAlertStatus.OPEN)
            .order_by("created_at", "id")
        )
        for alert in alerts:
            _handle_alert(alert, ToneAlertStatus.ESCALATED, actor=actor, note=note)
        newest_alert = alerts[-1] if alerts else None
        escalation = Escalation.objects.create(
            case=case, alert=newest_alert, raised_by=_person(actor), note=note.strip()
        )
        _log(
            case,
            EventType.ESCALATED,
            actor=actor,
            data={
                "escalation_id": escalation.pk,
                "alert_ids": [alert.pk for alert in alerts],
            },
            note=escalation.note,
        )
    return escalation


def close_escalation(case: Case, *, actor: User | None, note: str = "") -> Escalation:
    """The supervisor has dealt with the case's open escalation; the note says what they did."""
    with transaction.atomic():
        case = _lock(case)
        escalation = (
            Escalation.objects.select_for_update(of=("self",))
            .filter(case=case, closed_at__isnull=True)
            .first()
        )
        if escalation is None:
            raise CaseError(_("This case has no open escalation."), code="not_escalated")
        escalation.closed_by = _person(actor)
        escalation.closed_at = timezone.now()
        escalation.closing_note = note.strip()
        escalation.save(update_fields=["closed_by", "closed_at", "closing_note"])
        _log(
            case,
            EventType.ESCALATION_CLOSED,
            actor=actor,
            data={"escalation_id": escalation.pk},
            note=escalation.closing_note,
        )
    return escalation


def _lock_open_alert(alert: ToneAlert) -> ToneAlert:
    """The alert's row, locked; refused when someone handled it meanwhile."""
    alert = (
        ToneAlert.objects.select_for_update(of=("self",)).select_related("case").get(pk=alert.pk)
    )
    if alert.status != ToneAlertStatus.OPEN:
        raise CaseError(_("This alert was already handled."), code="handled", field="alert")
    return alert


def _handle_alert(alert: ToneAlert, status: str, *, actor: User | None, note: str) -> None:
    alert.status = status
    alert.handled_by = _person(actor)
    alert.handled_at = timezone.now()
    alert.note = note.strip()
    alert.save(update_fields=["status", "handled_by", "handled_at", "note"])


# --- Commitments ---------------------------------------------------------------------------------


def add_commitment(
    case: Case, *, description: str, due_at: datetime, actor: User | None
) -> Commitment:
    """Record a promise to the customer; it must be due in the future."""
    if not description.strip():
        raise CaseError(_("Say what was promised."), code="required", field="description")
    if timezone.is_naive(due_at):
        raise CaseError(_("The time must include a time zone."), field="due_at")
    if due_at <= timezone.now():
        raise CaseError(_("A promise must be due in the future."), code="past", field="due_at")
    with transaction.atomic():
        case = _lock(case)
        commitment = Commitment.objects.create(
            case=case, description=description.strip()[:500], due_at=due_at, made_by=actor
        )
        _log(
            case,
            EventType.COMMITMENT_ADDED,
            actor=actor,
            data={
                "commitment_id": commitment.pk,
                "description": commitment.description,
                "due_at": due_at.isoformat(),
            },
        )
    return commitment


def settle_commitment(commitment: Commitment, *, status: str, actor: User | None) -> Commitment:
    """Mark an open promise kept, broken or cancelled."""
    if status not in (CommitmentStatus.KEPT, CommitmentStatus.BROKEN, CommitmentStatus.CANCELLED):
        raise CaseError(_("Unknown promise status."), code="invalid_status", field="status")
    with transaction.atomic():
        commitment = (
            Commitment.objects.select_for_update().select_related("case").get(pk=commitment.pk)
        )
        if commitment.status != CommitmentStatus.OPEN:
            raise CaseError(_("This promise was already settled."), code="settled")
        commitment.status = status
        commitment.settled_at = timezone.now()
        commitment.save(update_fields=["status", "settled_at"])
        _log(
            commitment.case,
            EventType.COMMITMENT_UPDATED,
            actor=actor,
            data={
                "commitment_id": commitment.pk,
                "description": commitment.description,
                "status": status,
            },
        )
    return commitment


# --- Helpers -------------------------------------------------------------------------------------


def _lock(case: Case) -> Case:
    return (
        Case.objects.select_for_update(of=("self",)).select_related("team", "owner").get(pk=case.pk)
    )


def _person(actor: User | None) -> User | None:
    """The actor as a person to record (an integration or anonymous caller is nobody)."""
    return actor if isinstance(actor, AbstractBaseUser) and actor.is_authenticated else None


def _log(
    case: Case,
    type: str,  # noqa: A002
    *,
    actor: User | None,
    data: dict[str, Any] | None = None,
    note: str = "",
    occurred_at: datetime | None = None,
) -> CaseEvent:
    return CaseEvent.objects.create(
        case=case,
        customer_id=case.customer_id,
        type=type,
        actor=_person(actor),
        data=data or {},
        note=note,
        occurred_at=occurred_at or timezone.now(),
    )
