"""Customers, their identities, teams, cases and the one timeline of interactions and events.

Rows here only hold state and one-row rules; every write that changes a case goes through
``cases.services`` so it leaves a ``CaseEvent`` on the timeline in the same transaction.
"""

from __future__ import annotations

import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    CHAT = "chat", _("Chat")
    PHONE = "phone", _("Phone call")
    VIDEO = "video", _("Video call")
    EMAIL = "email", _("Email")
    SMS = "sms", _("SMS")
    IN_APP = "in_app", _("In-app")
    IN_PERSON = "in_person", _("In person")
    NOTE = "note", _("Internal note")


# Channels on which a conversation happens live, with a duration.
CALL_CHANNELS = frozenset({Channel.PHONE, Channel.VIDEO})


class Language(models.TextChoices):
    SPANISH = "es", _("Spanish")
    ENGLISH = "en", _("English")


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("%(value)s is not a known time zone."), params={"value": value})


class BilingualName(models.Model):
    """A configurable label with Spanish and English names, shown in the reader's language."""

    slug = models.SlugField(_("code"), max_length=50, unique=True)
    name = models.CharField(_("name (Spanish)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100, blank=True)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        if (get_language() or "es").startswith("en") and self.name_en:
            return self.name_en
        return self.name


class Team(models.Model):
    """An area of the organisation (admissions, claims, funeral arrangements); partitions cases."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("code"), max_length=50, unique=True)
    description = models.TextField(_("description"), blank=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="faro_teams", blank=True, verbose_name=_("members")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("team")
        verbose_name_plural = _("teams")

    def __str__(self) -> str:
        return self.name


class Sensitivity(BilingualName):
    """A kind of sensitive situation (bereavement, serious diagnosis); managers may add more."""

    class Meta(BilingualName.Meta):
        verbose_name = _("sensitivity")
        verbose_name_plural = _("sensitivities")


class Category(BilingualName):
    class Meta(BilingualName.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")


class CustomerQuerySet(models.QuerySet):
    def active(self) -> CustomerQuerySet:
        return self.filter(merged_into__isnull=True)


class Customer(models.Model):
    name = models.CharField(_("name"), max_length=200, blank=True)
    preferred_channel = models.CharField(
        _("preferred channel"), max_length=20, choices=Channel.choices, blank=True
    )
    language = models.CharField(
        _("preferred language"), max_length=5, choices=Language.choices, default=Language.SPANISH
    )
    time_zone = models.CharField(
        _("time zone"), max_length=64, default="Europe/Madrid", validators=[validate_time_zone]
    )
    contact_allowed = models.BooleanField(_("contact allowed"), default=True)
    surveys_allowed = models.BooleanField(_("surveys allowed"), default=True)
    # A customer merged into another keeps its row as a tombstone pointing at the survivor.
    merged_into = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="merged_customers",
        verbose_name=_("merged into"),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = CustomerQuerySet.as_manager()

    class Meta:
        ordering = ["name", "id"]
        verbose_name = _("customer")
        verbose_name_plural = _("customers")

    def __str__(self) -> str:
        return self.name or _("Customer #%(id)s") % {"id": self.pk}


class IdentityKind(models.TextChoices):
    EMAIL = "email", _("Email")
    PHONE = "phone", _("Phone")
    EXTERNAL = "external", _("External id")


class Identity(models.Model):
    """One way to recognise a customer: an email, an E.164 phone, or a channel system's own id.

    ``namespace`` is empty for emails and phones and names the channel system for external ids, so
    two systems may use the same id for different people.
    """

    customer = models.ForeignKey(
        Customer, on_delete=models.CASCADE, related_name="identities", verbose_name=_("customer")
    )
    kind = models.CharField(_("kind"), max_length=10, choices=IdentityKind.choices)
    namespace = models.CharField(_("system"), max_length=100, blank=True, default="")
    value = models.CharField(_("value"), max_length=254)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        ordering = ["kind", "value"]
        verbose_name = _("identity")
        verbose_name_plural = _("identities")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "namespace", "value"], name="identity_unique_per_kind"
            )
        ]

    def __str__(self) -> str:
        if self.namespace:
            return f"{self.get_kind_display()}: {self.namespace}/{self.value}"
        return f"{self.get_kind_display()}: {self.value}"


class CaseStatus(models.TextChoices):
    NEW = "new", _("New")
    OPEN = "open", _("Open")
    WAITING_CUSTOMER = "waiting_customer", _("Waiting on customer")
    WAITING_INTERNAL = "waiting_internal", _("Waiting internal")
    RESOLVED = "resolved", _("Resolved")
    CLOSED = "closed", _("Closed")


# Statuses of a case that still needs work; a new message joins the customer's latest such case.
ACTIVE_STATUSES = (
    CaseStatus.NEW,
    CaseStatus.OPEN,
    CaseStatus.WAITING_CUSTOMER,
    CaseStatus.WAITING_INTERNAL,
)

# The lifecycle: status -> statuses it may move to. Reopening goes back to OPEN.
ALLOWED_TRANSITIONS: dict[str, frozenset[str]] = {
    CaseStatus.NEW: frozenset(
        {
            CaseStatus.OPEN,
            CaseStatus.WAITING_CUSTOMER,
            CaseStatus.WAITING_INTERNAL,
            CaseStatus.RESOLVED,
            CaseStatus.CLOSED,
        }
    ),
    CaseStatus.OPEN: frozenset(
        {CaseStatus.WAITING_CUSTOMER, CaseStatus.WAITING_INTERNAL, CaseStatus.RESOLVED}
    ),
    CaseStatus.WAITING_CUSTOMER: frozenset(
        {CaseStatus.OPEN, CaseStatus.WAITING_INTERNAL, CaseStatus.RESOLVED}
    ),
    CaseStatus.WAITING_INTERNAL: frozenset(
        {CaseStatus.OPEN, CaseStatus.WAITING_CUSTOMER, CaseStatus.RESOLVED}
    ),
    CaseStatus.RESOLVED: frozenset({CaseStatus.CLOSED, CaseStatus.OPEN}),
    CaseStatus.CLOSED: frozenset({CaseStatus.OPEN}),
}


class Severity(models.IntegerChoices):
    LOW = 1, _("Low")
    NORMAL = 2, _("Normal")
    HIGH = 3, _("High")
    CRITICAL = 4, _("Critical")


class CaseQuerySet(models.QuerySet):
    def active(self) -> CaseQuerySet:
        return self.filter(status__in=ACTIVE_STATUSES)


class Case(models.Model):
    # db_index=False where a composite index in Meta leads with the same column: one less index
    # to maintain on every insert, the same lookups.
    customer = models.ForeignKey(
        Customer,
        on_delete=models.PROTECT,
        related_name="cases",
        verbose_name=_("customer"),
        db_index=False,
    )
    subject = models.CharField(_("subject"), max_length=200)
    team = models.ForeignKey(
        Team,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cases",
        verbose_name=_("team"),
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="owned_cases",
        verbose_name=_("owner"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=CaseStatus.choices, default=CaseStatus.NEW
    )
    severity = models.PositiveSmallIntegerField(
        _("severity"), choices=Severity.choices, default=Severity.NORMAL
    )
    sensitivity = models.ForeignKey(
        Sensitivity,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cases",
        verbose_name=_("sensitivity"),
    )
    category = models.ForeignKey(
        Category,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cases",
        verbose_name=_("category"),
    )
    channel = models.CharField(
        _("current channel"), max_length=20, choices=Channel.choices, default=Channel.CHAT
    )
    opened_at = models.DateTimeField(_("opened"), default=timezone.now)
    first_response_at = models.DateTimeField(_("first response"), null=True, blank=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now)
    # When the customer's oldest unanswered message arrived: set by an inbound message, cleared
    # by the agent's reply or an answered call. Empty when nobody is waiting for us.
    awaiting_reply_since = models.DateTimeField(
        _("waiting for a reply since"), null=True, blank=True
    )
    # Every channel the conversation used, comma-separated in order of first use ("chat,phone"),
    # so a queue row shows its channel icons without reading the interactions.
    channels_used = models.CharField(
        _("channels used"), max_length=200, blank=True, default="", db_default=""
    )
    # The customer's tone over the case (sentiment.tone): smoothed over their messages, whether
    # the watch considers it turned negative, and what it was at opening and at resolution.
    tone = models.FloatField(_("tone"), null=True, blank=True)
    tone_mood = models.CharField(
        _("tone watch"), max_length=10, blank=True, default="calm", db_default="calm"
    )
    tone_at_open = models.FloatField(_("tone at opening"), null=True, blank=True)
    tone_at_resolution = models.FloatField(_("tone at resolution"), null=True, blank=True)

    objects = CaseQuerySet.as_manager()

    class Meta:
        ordering = ["-opened_at", "-id"]
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        permissions = [("view_all_cases", _("Can see the cases of every team"))]
        indexes = [
            models.Index(fields=["status", "team", "-last_activity_at"], name="case_queue_idx"),
            # The queue's order over the cases still being worked (selectors.queue_cases): the
            # first page is the first rows of this index, whatever the number of cases.
            # (PostgreSQL sorts NULLs last in ascending order, as the queue wants; SQLite would
            # not accept NULLS LAST in an index.)
            models.Index(
                fields=["-severity", "awaiting_reply_since", "-last_activity_at", "-id"],
                condition=Q(status__in=ACTIVE_STATUSES),
                name="case_queue_order_idx",
            ),
            models.Index(fields=["owner", "status"], name="case_owner_status_idx"),
            models.Index(fields=["customer", "status"], name="case_customer_status_idx"),
            models.Index(fields=["-opened_at", "-id"], name="case_opened_idx"),
            models.Index(fields=["severity"], name="case_severity_idx"),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.subject}"

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    @property
    def channel_list(self) -> list[str]:
        return [c for c in self.channels_used.split(",") if c]


class Direction(models.TextChoices):
    INBOUND = "inbound", _("Inbound")
    OUTBOUND = "outbound", _("Outbound")
    INTERNAL = "internal", _("Internal")


class Interaction(models.Model):
    """One entry of the timeline on any channel: a message, a call, an email, a note.

    ``source`` + ``external_id`` identify the entry in the channel system that sent it; they are
    unique together when given, which makes ingestion idempotent.
    """

    case = models.ForeignKey(
        Case,
        on_delete=models.CASCADE,
        related_name="interactions",
        verbose_name=_("case"),
        db_index=False,  # interaction_case_idx leads with it
    )
    # Denormalised from the case so the customer's story is one indexed range scan.
    customer = models.ForeignKey(
        Customer,
        on_delete=models.CASCADE,
        related_name="interactions",
        verbose_name=_("customer"),
        db_index=False,  # interaction_story_idx leads with it
    )
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices)
    direction = models.CharField(_("direction"), max_length=10, choices=Direction.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="interactions",
        verbose_name=_("agent"),
        help_text=_("The agent who wrote or logged it; empty when the customer is the author."),
    )
    text = models.TextField(_("text or transcript"), blank=True)
    summary = models.TextField(_("summary"), blank=True)
    duration_seconds = models.PositiveIntegerField(_("duration (seconds)"), null=True, blank=True)
    occurred_at = models.DateTimeField(_("occurred"), default=timezone.now)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    source = models.CharField(_("source"), max_length=100, blank=True)
    external_id = models.CharField(_("external id"), max_length=200, blank=True)
    # SHA-256 of the canonical request, so a retry with a different body is told apart (409).
    request_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    # The customer's tone in this message (sentiment.engine), scored as it arrives; empty for
    # outbound and internal entries, which are not the customer's tone.
    sentiment_compound = models.FloatField(_("sentiment"), null=True, blank=True)
    sentiment_label = models.CharField(
        _("tone"), max_length=10, blank=True, default="", db_default=""
    )
    sentiment_language = models.CharField(
        _("detected language"), max_length=5, blank=True, default="", db_default=""
    )
    sentiment_drivers = models.JSONField(_("what moved the score"), null=True, blank=True)

    class Meta:
        ordering = ["-occurred_at", "-id"]
        verbose_name = _("interaction")
        verbose_name_plural = _("interactions")
        constraints = [
            models.UniqueConstraint(
                fields=["source", "external_id"],
                condition=~Q(external_id=""),
                name="interaction_unique_external_id",
            ),
            models.CheckConstraint(
                condition=Q(duration_seconds__isnull=True) | Q(duration_seconds__gte=0),
                name="interaction_duration_not_negative",
            ),
        ]
        indexes = [
            models.Index(fields=["customer", "-occurred_at", "-id"], name="interaction_story_idx"),
            models.Index(fields=["case", "-occurred_at", "-id"], name="interaction_case_idx"),
            models.Index(
                fields=["customer", "direction", "occurred_at"], name="interaction_contacts_idx"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} {self.get_direction_display()} #{self.pk}"

    @property
    def is_from_customer(self) -> bool:
        return self.direction == Direction.INBOUND


class EventType(models.TextChoices):
    OPENED = "case.opened", _("Case opened")
    STATUS_CHANGED = "case.status_changed", _("Status changed")
    ASSIGNED = "case.assigned", _("Assigned")
    HANDED_OFF = "case.handed_off", _("Handed off")
    CHANNEL_SWITCHED = "case.channel_switched", _("Channel switched")
    ESCALATED = "case.escalated", _("Escalated")
    ESCALATION_CLOSED = "case.escalation_closed", _("Escalation closed")
    COMMITMENT_ADDED = "case.commitment_added", _("Promise made")
    COMMITMENT_UPDATED = "case.commitment_updated", _("Promise updated")
    TONE_ALERT = "case.tone_alert", _("Tone turned negative")
    TONE_ACKNOWLEDGED = "case.tone_acknowledged", _("Tone alert acknowledged")
    CUSTOMER_MERGED = "customer.merged", _("Customers merged")


class CaseEvent(models.Model):
    """A state change on the timeline and in the audit trail. ``case`` is empty for customer-level
    events (a merge into a customer without cases)."""

    case = models.ForeignKey(
        Case,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("case"),
        db_index=False,  # event_case_idx leads with it
    )
    customer = models.ForeignKey(
        Customer,
        on_delete=models.CASCADE,
        related_name="events",
        verbose_name=_("customer"),
        db_index=False,  # event_story_idx leads with it
    )
    type = models.CharField(_("type"), max_length=40, choices=EventType.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="case_events",
        verbose_name=_("by"),
    )
    data = models.JSONField(_("details"), default=dict, blank=True)
    note = models.TextField(_("note"), blank=True)
    occurred_at = models.DateTimeField(_("occurred"), default=timezone.now)

    class Meta:
        ordering = ["-occurred_at", "-id"]
        verbose_name = _("case event")
        verbose_name_plural = _("case events")
        indexes = [
            models.Index(fields=["customer", "-occurred_at", "-id"], name="event_story_idx"),
            models.Index(fields=["case", "-occurred_at", "-id"], name="event_case_idx"),
            models.Index(fields=["type", "-occurred_at"], name="event_type_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_type_display()} #{self.pk}"


class CommitmentStatus(models.TextChoices):
    OPEN = "open", _("Open")
    KEPT = "kept", _("Kept")
    BROKEN = "broken", _("Broken")
    CANCELLED = "cancelled", _("Cancelled")


class Commitment(models.Model):
    """A promise made to the customer ("we will call you before Friday 12:00")."""

    case = models.ForeignKey(
        Case,
        on_delete=models.CASCADE,
        related_name="commitments",
        verbose_name=_("case"),
        db_index=False,  # commitment_case_idx leads with it
    )
    description = models.CharField(_("what"), max_length=500)
    due_at = models.DateTimeField(_("due"))
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="commitments",
        verbose_name=_("made by"),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=CommitmentStatus.choices,
        default=CommitmentStatus.OPEN,
    )
    created_at = models.DateTimeField(_("made"), default=timezone.now)
    settled_at = models.DateTimeField(_("settled"), null=True, blank=True)

    class Meta:
        ordering = ["due_at", "id"]
        verbose_name = _("promise")
        verbose_name_plural = _("promises")
        indexes = [
            models.Index(fields=["status", "due_at"], name="commitment_due_idx"),
            models.Index(fields=["case", "status"], name="commitment_case_idx"),
        ]

    def __str__(self) -> str:
        return self.description


class Escalation(models.Model):
    """A case brought to a supervisor (by an agent, often from a tone alert), open until a
    supervisor closes it. The supervisors' board lists the open ones; a case has at most one."""

    case = models.ForeignKey(
        Case,
        on_delete=models.CASCADE,
        related_name="escalations",
        verbose_name=_("case"),
        db_index=False,  # escalation_case_idx leads with it
    )
    # The tone alert the agent escalated, when it came from one.
    alert = models.OneToOneField(
        "sentiment.ToneAlert",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="escalation",
        verbose_name=_("tone alert"),
    )
    raised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("escalated by"),
    )
    note = models.TextField(_("why"))
    raised_at = models.DateTimeField(_("escalated"), default=timezone.now)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("closed by"),
    )
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    closing_note = models.TextField(_("what the supervisor did"), blank=True)

    class Meta:
        ordering = ["-raised_at", "-id"]
        verbose_name = _("escalation")
        verbose_name_plural = _("escalations")
        indexes = [
            models.Index(fields=["case", "-raised_at"], name="escalation_case_idx"),
            # The board: the open ones, oldest first.
            models.Index(
                fields=["raised_at", "id"],
                condition=Q(closed_at__isnull=True),
                name="escalation_open_idx",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["case"],
                condition=Q(closed_at__isnull=True),
                name="one_open_escalation_per_case",
            )
        ]

    def __str__(self) -> str:
        return f"{self.case} ({self.raised_at:%Y-%m-%d %H:%M})"

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


class CustomerMerge(models.Model):
    """The record of one merge: who was folded into whom, by whom, and what moved."""

    survivor = models.ForeignKey(
        Customer, on_delete=models.CASCADE, related_name="merges", verbose_name=_("survivor")
    )
    merged = models.OneToOneField(
        Customer,
        on_delete=models.CASCADE,
        related_name="merge_record",
        verbose_name=_("merged customer"),
    )
    merged_name = models.CharField(_("merged customer's name"), max_length=200, blank=True)
    moved = models.JSONField(_("moved"), default=dict)
    merged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("merged by"),
    )
    merged_at = models.DateTimeField(_("merged"), default=timezone.now)

    class Meta:
        ordering = ["-merged_at"]
        verbose_name = _("customer merge")
        verbose_name_plural = _("customer merges")

    def __str__(self) -> str:
        return f"{self.merged_name} → {self.survivor}"
