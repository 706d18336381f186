"""How the workspace says things: timeline events as sentences, durations, local times.

Pure functions of what the selectors loaded; no queries. Every sentence is translated, and the
values put into it are data the templates escape (event data holds names customers may have typed).
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cases.models import CaseEvent, CaseStatus, Channel, CommitmentStatus, EventType

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
