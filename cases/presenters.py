"""How the workspace says things: timeline events as sentences, durations, local times.

Pure functions of what the selectors loaded; no queries. Every sentence is translated, and the
values put into it are data the templates escape (event data holds names customers may have typed).
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import datetime

from django.contrib.humanize.templatetags.humanize import naturaltime, ordinal
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.timesince import timesince
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cases.models import Case, CaseEvent, CaseStatus, Channel, CommitmentStatus, EventType, Severity

# Long transcripts fold behind "show all" so a timeline stays readable.
FOLD_AFTER_CHARS = 600


def _label(choices: type, value: str | None) -> str:
    try:
        return str(choices(value).label)
    except ValueError:
        return value or "—"


def describe_event(event: CaseEvent) -> str:
    """One plain sentence for a timeline marker ("Handed off from Admissions to Billing")."""
    data = event.data or {}
    kind = event.type
    if kind == EventType.OPENED:
        return _("Case opened via %(channel)s") % {"channel": _label(Channel, data.get("channel"))}
    if kind == EventType.STATUS_CHANGED:
        text = _("Status: %(from)s → %(to)s") % {
            "from": _label(CaseStatus, data.get("from")),
            "to": _label(CaseStatus, data.get("to")),
        }
        if data.get("reason") == "customer_replied":
            text += " " + _("(the customer replied)")
        return text
    if kind == EventType.ASSIGNED:
        if data.get("to"):
            return _("Assigned to %(name)s") % {"name": data["to"]}
        return _("Owner removed")
    if kind == EventType.HANDED_OFF:
        return _("Handed off from %(from)s to %(to)s") % {
            "from": data.get("from") or "—",
            "to": data.get("to") or "—",
        }
    if kind == EventType.CHANNEL_SWITCHED:
        return _("Conversation moved from %(from)s to %(to)s") % {
            "from": _label(Channel, data.get("from")),
            "to": _label(Channel, data.get("to")),
        }
    if kind == EventType.ESCALATED:
        return _("Escalated to a supervisor")
    if kind == EventType.COMMITMENT_ADDED:
        due = parse_datetime(data.get("due_at") or "")
        return _("Promise: %(what)s (due %(due)s)") % {
            "what": data.get("description", ""),
            "due": format_time(due) if due else "—",
        }
    if kind == EventType.COMMITMENT_UPDATED:
        sentence = _SETTLED.get(data.get("status"), _("Promise updated: %(what)s"))
        return str(sentence) % {"what": data.get("description", "")}
    if kind == EventType.TONE_ALERT:
        return _("The customer's tone turned negative (%(before)+.2f → %(after)+.2f)") % {
            "before": data.get("tone_before") or 0.0,
            "after": data.get("tone_after") or 0.0,
        }
    if kind == EventType.CUSTOMER_MERGED:
        return _("%(name)s was merged into this customer") % {
            "name": data.get("merged_name") or "—"
        }
    return _label(EventType, kind)


# One whole sentence per outcome: translations need the grammar, not a word slotted in.
_SETTLED = {
    CommitmentStatus.KEPT: gettext_lazy("Promise kept: %(what)s"),
    CommitmentStatus.BROKEN: gettext_lazy("Promise broken: %(what)s"),
    CommitmentStatus.CANCELLED: gettext_lazy("Promise cancelled: %(what)s"),
}


def format_time(moment: datetime) -> str:
    """A moment in the pages' time zone, short ("23/11/2026 16:40")."""
    return date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT")


@dataclass(frozen=True)
class LocalTime:
    zone: str
    now: datetime


def customer_local_time(time_zone: str, *, now: datetime | None = None) -> LocalTime | None:
    """The customer's wall-clock time now, or None for a zone this machine does not know."""
    try:
        zone = zoneinfo.ZoneInfo(time_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None
    return LocalTime(zone=time_zone, now=(now or timezone.now()).astimezone(zone))


def format_duration(seconds: int | None) -> str:
    """A call's length, "12 min 5 s" / "45 s"."""
    if seconds is None:
        return ""
    minutes, rest = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return _("%(h)d h %(m)d min") % {"h": hours, "m": minutes}
    if minutes:
        return _("%(m)d min %(s)d s") % {"m": minutes, "s": rest}
    return _("%(s)d s") % {"s": rest}


# --- Queue rows ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChannelIcon:
    icon: str
    label: str


@dataclass(frozen=True)
class QueueRow:
    """One queue row, every text ready: formatting in Python is several times cheaper than in
    template filters, and the queue renders 25 of these on every poll."""

    case: Case
    url: str
    status_label: str
    severity_label: str  # empty below "high"
    sensitivity: str
    channels: list[ChannelIcon]
    waiting: str  # empty when nobody waits for us
    waiting_since: datetime | None
    contacts: str
    promise: str
    promise_due: str
    promise_overdue: bool
    team: str
    owner: str  # empty when unassigned


CHANNEL_ICONS = {
    Channel.CHAT: "chat",
    Channel.PHONE: "phone",
    Channel.VIDEO: "video",
    Channel.EMAIL: "email",
    Channel.SMS: "sms",
    Channel.IN_APP: "app",
    Channel.IN_PERSON: "person",
    Channel.NOTE: "note",
}


def queue_rows(cases: list[Case], *, now: datetime | None = None) -> list[QueueRow]:
    """The rows of the queue for cases loaded by ``selectors.queue_cases``."""
    now = now or timezone.now()
    status_labels = {value: str(label) for value, label in CaseStatus.choices}
    channel_icons = {
        value: ChannelIcon(CHANNEL_ICONS.get(value, "chat"), str(label))
        for value, label in Channel.choices
    }
    return [_queue_row(case, now, status_labels, channel_icons) for case in cases]


def _queue_row(case: Case, now: datetime, status_labels: dict, channel_icons: dict) -> QueueRow:
    due = case.next_promise_due_at
    owner = case.owner
    return QueueRow(
        case=case,
        url=reverse("workspace:case", args=[case.pk]),
        status_label=status_labels.get(case.status, case.status),
        severity_label=str(Severity(case.severity).label) if case.severity >= Severity.HIGH else "",
        sensitivity=case.sensitivity.display_name if case.sensitivity else "",
        channels=[channel_icons[c] for c in case.channel_list if c in channel_icons],
        waiting=timesince(case.awaiting_reply_since, now, depth=1)
        if case.awaiting_reply_since
        else "",
        waiting_since=case.awaiting_reply_since,
        contacts=contact_ordinals(case.contacts_30d, case.contacts_24h),
        promise=case.next_promise or "",
        promise_due=naturaltime(due) if due else "",
        promise_overdue=due is not None and due <= now,
        team=case.team.name if case.team else "—",
        owner=(owner.get_full_name() or owner.get_username()) if owner else "",
    )


def contact_ordinals(last_30d: int, last_24h: int) -> str:
    """ "7th this month · 3rd today": how often the customer wrote, counting this time."""
    if not last_30d:
        return "—"
    if last_24h:
        return _("%(month)s this month · %(today)s today") % {
            "month": ordinal(last_30d),
            "today": ordinal(last_24h),
        }
    return _("%(month)s this month") % {"month": ordinal(last_30d)}
