"""Small display helpers for the workspace templates (no queries)."""

from __future__ import annotations

from django import template
from django.utils import timezone

from cases import forms, presenters
from cases.models import Channel

register = template.Library()


@register.filter
def describe(event) -> str:  # noqa: ANN001
    return presenters.describe_event(event)


@register.filter
def duration(seconds: int | None) -> str:
    return presenters.format_duration(seconds)


@register.filter
def channel_icon(channel: str) -> str:
    return presenters.CHANNEL_ICONS.get(channel, "chat")


@register.filter
def channel_label(channel: str) -> str:
    try:
        return str(Channel(channel).label)
    except ValueError:
        return channel


@register.filter
def is_long(text: str) -> bool:
    return len(text or "") > presenters.FOLD_AFTER_CHARS


@register.filter
def overdue(moment) -> bool:  # noqa: ANN001
    return moment is not None and moment <= timezone.now()


@register.filter
def minutes(span) -> int:  # noqa: ANN001
    """Whole minutes of a timedelta, at least 1 (0 for none)."""
    if span is None:
        return 0
    return max(1, round(span.total_seconds() / 60))


@register.filter
def css_name(value: str) -> str:
    """An event type as a class name: "case.handed_off" → "case-handed-off"."""
    return value.replace(".", "-").replace("_", "-")


@register.simple_tag
def new_token() -> str:
    """A fresh one-time token for a composer form (see ``forms.SubmissionToken``)."""
    return forms.new_token()
