"""Small display helpers for the workspace templates (no queries)."""

from __future__ import annotations

from django import template
from django.forms.widgets import DateTimeInput, HiddenInput, NumberInput, Textarea, TextInput
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from cases import forms, presenters

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


@register.filter
def score(value: float | None) -> str:
    """A sentiment score, signed with a real minus ("−0.62")."""
    return "" if value is None else presenters.format_score(value)


@register.filter
def tone_mood(compound: float | None) -> str:
    """The label ("negative", "neutral", "positive") of a smoothed tone."""
    return presenters.tone_mood_label(compound)


@register.filter
def tone_word(label: str) -> str:
    """A sentiment label in the page's language."""
    return str(presenters.TONE_LABELS.get(label, label))


@register.filter
def tone_summary(interaction) -> str:  # noqa: ANN001
    """A scored message's tooltip: its tone and the words that moved it."""
    return presenters.tone_summary(
        interaction.sentiment_label,
        interaction.sentiment_compound,
        interaction.sentiment_drivers,
    )


@register.filter
def drivers_text(drivers: list[dict] | None) -> str:
    """The words that moved a score, strongest first ("“nadie” −1.2 · “esperando” −1.8")."""
    return presenters.drivers_text(drivers)


@register.simple_tag
def new_token() -> str:
    """A fresh one-time token for a composer form (see ``forms.SubmissionToken``)."""
    return forms.new_token()


@register.simple_tag
def select(field) -> str:  # noqa: ANN001
    """A form field's ``<select>``, built in Python: Django renders each widget and each of its
    options through templates, which was a fifth of the case page's time. Same markup: name, id,
    required, the bound or initial value selected, the field's errors marked for screen readers.
    """
    chosen = field.value()
    chosen = "" if chosen is None else str(chosen)
    options = format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        (
            (value, mark_safe(" selected") if str(value) == chosen else "", label)  # noqa: S308
            for value, label in (
                (_choice_value(v), label) for v, label in field.field.widget.choices
            )
        ),
    )
    return format_html(
        '<select name="{}" id="{}"{}{}>{}</select>',
        field.html_name,
        field.id_for_label,
        mark_safe(" required") if field.field.required else "",  # noqa: S308
        mark_safe(' aria-invalid="true"') if field.errors else "",  # noqa: S308
        options,
    )


def _choice_value(value) -> str:  # noqa: ANN001
    """A choice's value as the form posts it (a ModelChoiceIteratorValue, a number, a string)."""
    return "" if value is None else str(value)


@register.simple_tag
def control(field) -> str:  # noqa: ANN001
    """A form field's ``<input>`` or ``<textarea>``, built in Python like ``select``: the same
    attributes Django's widgets render (type, name, id, value, required, maxlength, the widget's
    own attrs), without a template per widget. Other widgets fall back to Django's rendering."""
    widget = field.field.widget
    attrs = field.build_widget_attrs(dict(widget.attrs), widget)
    attrs["name"], attrs["id"] = field.html_name, field.auto_id
    if field.errors:
        attrs["aria-invalid"] = "true"
    value = field.value()
    if isinstance(widget, Textarea):
        return format_html(
            "<textarea{}>\n{}</textarea>", _attributes(attrs), "" if value is None else value
        )
    if type(widget) not in (TextInput, NumberInput, HiddenInput, DateTimeInput):
        return field.as_widget()
    attrs.setdefault("type", widget.input_type)
    if value not in (None, ""):
        attrs["value"] = widget.format_value(value)
    return format_html("<input{}>", _attributes(attrs))


def _attributes(attrs: dict) -> str:
    """`` name="value"`` pairs, escaped; True as a bare attribute, False and None left out."""
    return format_html_join(
        "",
        " {}{}",
        (
            (name, "" if value is True else format_html('="{}"', value))
            for name, value in attrs.items()
            if value is not False and value is not None
        ),
    )
