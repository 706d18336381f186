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
from django.utils.text import Truncator
from django.utils.timesince import timesince
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cases.models import (
    Case,
    CaseEvent,
    CaseStatus,
    Channel,
    CommitmentStatus,
    Escalation,
    EventType,
    Severity,
)
from sentiment import tone
from sentiment.engine import label_for

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
        if data.get("alert_ids"):
            return _("Escalated to a supervisor after a tone alert")
        return _("Escalated to a supervisor")
    if kind == EventType.ESCALATION_CLOSED:
        return _("Escalation closed")
    if kind == EventType.TONE_ACKNOWLEDGED:
        return _("Tone alert acknowledged")
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
        return _("The customer's tone turned negative (%(before)s → %(after)s)") % {
            "before": format_score(data.get("tone_before") or 0.0),
            "after": format_score(data.get("tone_after") or 0.0),
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


class CaseUrls:
    """The case's page and action URLs for its templates (``{{ urls.log_call }}``), each reversed
    once per response: the page names most of them twice (``action`` and ``hx-post``), and a
    reverse costs more than the rest of a form's markup."""

    def __init__(self, case_id: int) -> None:
        self.case_id = case_id
        self._known: dict[str, str] = {}

    def __getitem__(self, name: str) -> str:
        if name not in self._known:
            url_name = "workspace:" + name.replace("_", "-")
            self._known[name] = reverse(url_name, args=[self.case_id])
        return self._known[name]


# --- Tone ---------------------------------------------------------------------------------------

TONE_LABELS = {
    "negative": gettext_lazy("Negative"),
    "neutral": gettext_lazy("Neutral"),
    "positive": gettext_lazy("Positive"),
}
# The drivers a tooltip names: the strongest few say why; the rest is noise to a busy agent.
DRIVERS_SHOWN = 4


def tone_summary(label: str, compound: float | None, drivers: list[dict] | None) -> str:
    """A message's tone in words, for its tooltip: "Negative (−0.62): “esperando” −1.8 ·
    “nadie” −1.2" (plain text; the template escapes it)."""
    if compound is None:
        return ""
    words = str(TONE_LABELS.get(label, label))
    summary = f"{words} ({format_score(compound)})"
    reasons = drivers_text(drivers)
    return f"{summary}: {reasons}" if reasons else summary


def drivers_text(drivers: list[dict] | None) -> str:
    """The strongest drivers of a score as text ("“nadie” −1.2 · “esperando” −1.8")."""
    if not isinstance(drivers, list):
        return ""
    named = [d for d in drivers if isinstance(d, dict) and isinstance(d.get("weight"), int | float)]
    strongest = sorted(named, key=lambda d: -abs(d["weight"]))[:DRIVERS_SHOWN]
    return " · ".join(_driver_text(driver) for driver in strongest if driver["weight"])


def _driver_text(driver: dict) -> str:
    weight = format_score(driver.get("weight") or 0.0, digits=1)
    text = str(driver.get("text") or "")[:40]
    return f"“{text}” {weight}"


def format_score(value: float, *, digits: int = 2) -> str:
    """A signed score with a real minus sign ("−0.62", "+0.40")."""
    return f"{value:+.{digits}f}".replace("-", "\u2212")


@dataclass(frozen=True)
class Sparkline:
    """The case's tone over its latest customer messages, as an SVG polyline's points."""

    points: str
    zero_y: float
    last_x: float
    last_y: float
    width: int
    height: int
    first: float
    last: float
    count: int


def sparkline(history: list[float], *, width: int = 160, height: int = 32) -> Sparkline | None:
    """The smoothed tone (the tone watch's own average, replayed over ``history``) drawn from
    −1 at the bottom to +1 at the top; None with fewer than two scored messages."""
    if len(history) < 2:
        return None
    settings = tone.settings_from_django()
    state = tone.ToneState()
    smoothed = []
    for compound in history:
        state, _shift = tone.observe(state, compound, settings)
        smoothed.append(state.tone)
    pad = 3  # room for the end dot
    step = (width - 2 * pad) / (len(smoothed) - 1)

    def y_of(value: float) -> float:
        return round(pad + (1 - value) / 2 * (height - 2 * pad), 1)

    coordinates = [(round(pad + i * step, 1), y_of(value)) for i, value in enumerate(smoothed)]
    return Sparkline(
        points=" ".join(f"{x},{y}" for x, y in coordinates),
        zero_y=y_of(0.0),
        last_x=coordinates[-1][0],
        last_y=coordinates[-1][1],
        width=width,
        height=height,
        first=smoothed[0],
        last=smoothed[-1],
        count=len(smoothed),
    )


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
    tone_badges: list[ToneBadge]


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


@dataclass(frozen=True)
class ToneBadge:
    kind: str  # "escalated", "alert" or "negative": the badge's style
    label: str


def tone_badges(case: Case) -> list[ToneBadge]:
    """What the queue says about the customer's tone: the case is with a supervisor, an alert
    waits for the agent, or the tone is negative (annotations of ``selectors.queue_cases``)."""
    badges = []
    if case.is_escalated:
        badges.append(ToneBadge("escalated", _("With a supervisor")))
    if case.has_open_alert:
        badges.append(ToneBadge("alert", _("Tone alert")))
    elif case.tone_mood == tone.NEGATIVE:
        badges.append(ToneBadge("negative", _("Negative tone")))
    return badges


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
        owner=person_name(case.owner),
        tone_badges=tone_badges(case),
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


# --- The escalations board -----------------------------------------------------------------------


@dataclass(frozen=True)
class EscalationRow:
    """One escalation on the supervisors' board, every text ready (like ``QueueRow``)."""

    escalation: Escalation
    case: Case
    url: str
    customer: str
    team: str
    owner: str  # empty when unassigned
    raised_by: str
    waiting: str
    note: str
    tone: str  # "negative", "neutral", "positive" or "" before any customer message
    tone_text: str


def escalation_rows(
    escalations: list[Escalation], *, now: datetime | None = None
) -> list[EscalationRow]:
    """The board's rows for escalations loaded by ``selectors.open_escalations``."""
    now = now or timezone.now()
    return [_escalation_row(escalation, now) for escalation in escalations]


def _escalation_row(escalation: Escalation, now: datetime) -> EscalationRow:
    case = escalation.case
    mood = tone_mood_label(case.tone)
    return EscalationRow(
        escalation=escalation,
        case=case,
        url=reverse("workspace:case", args=[case.pk]),
        customer=str(case.customer),
        team=case.team.name if case.team else "—",
        owner=person_name(case.owner),
        raised_by=person_name(escalation.raised_by) or "—",
        waiting=timesince(escalation.raised_at, now, depth=1),
        note=Truncator(" ".join(escalation.note.split())).chars(280),
        tone=mood,
        tone_text=f"{TONE_LABELS[mood]} ({format_score(case.tone)})" if mood else "—",
    )


def person_name(user) -> str:  # noqa: ANN001
    """A colleague as the pages name them: full name, else username; empty for nobody."""
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def tone_mood_label(compound: float | None) -> str:
    """The label of a smoothed tone, with the engine's thresholds."""
    if compound is None:
        return ""
    return label_for(compound)
