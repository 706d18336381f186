"""Small display helpers for the workspace templates (no queries)."""

from __future__ import annotations

from django import template
from django.forms.widgets import DateTimeInput, HiddenInput, NumberInput, Textarea, TextInput
from django.template.defaultfilters import linebreaksbr
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from cases import forms, presenters, selectors

register = template.Library()


@register.filter
def channel_icon(channel: str) -> str:
    return presenters.CHANNEL_ICONS.get(channel, "chat")


@register.filter
def overdue(moment) -> bool:  # noqa: ANN001
    return moment is not None and moment <= timezone.now()


@register.filter
def minutes(span) -> int:  # noqa: ANN001
    """Whole minutes of a timedelta, at least 1 (0 for none)."""
    if span is None:
        return 0
    return max(1, round(span.total_seconds() / 60))


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


# --- Timeline entries ----------------------------------------------------------------------------
# Built in Python, like the menus below: an entry rendered through the template language cost
# about 0.3 ms inside the case page (every variable lookup walks the page's deep context), and a
# page shows up to 50 of them on every load and poll. Same markup as a template would write, every
# value escaped by format_html.


@register.simple_tag
def timeline_entry(entry, case) -> str:  # noqa: ANN001
    """One timeline entry: a message, call or note (``<li class="entry …">``) or an event marker
    (``<li class="marker …">``)."""
    if entry.kind == selectors.EVENT:
        return _event_html(entry.item)
    return _interaction_html(entry.item, case)


def _interaction_html(item, case) -> str:  # noqa: ANN001
    classes = f"entry {item.direction} channel-{item.channel}"
    if item.sentiment_label:
        classes += f" tone-{item.sentiment_label}"
    channel = item.get_channel_display()
    if item.direction == "inbound":
        who = str(case.customer)
    elif item.author_id:
        who = item.author.get_username()
    else:
        who = _("Team")
    meta = format_html(
        '<div class="meta"><svg class="icon" role="img" aria-label="{}"><use href="#i-{}"></use>'
        '</svg> <span class="who">{}</span> <span class="how">{} · {}</span> {}{}</div>',
        channel,
        presenters.CHANNEL_ICONS.get(item.channel, "chat"),
        who,
        channel,
        item.get_direction_display(),
        _time_html(item.occurred_at),
        _tone_chip_html(item),
    )
    parts = [meta]
    if item.duration_seconds is not None:
        length = presenters.format_duration(item.duration_seconds)
        parts.append(
            format_html('<p class="duration">{}</p>', _("Call, %(length)s") % {"length": length})
        )
    if item.summary:
        parts.append(format_html('<p class="summary">{}</p>', linebreaksbr(item.summary)))
    if item.text:
        text = format_html('<div class="text">{}</div>', linebreaksbr(item.text))
        if len(item.text) > presenters.FOLD_AFTER_CHARS:
            text = format_html(
                '<details class="long"><summary>{}</summary>{}</details>',
                Truncator(item.text).chars(280),
                text,
            )
        parts.append(text)
    return format_html(
        '<li class="{}" id="i-{}">{}</li>',
        classes,
        item.pk,
        mark_safe("".join(parts)),  # noqa: S308
    )


def _tone_chip_html(item) -> str:  # noqa: ANN001
    """The customer's tone in the message, with why in a tooltip (hover or keyboard focus)."""
    if not item.sentiment_label:
        return ""
    return format_html(
        ' <span class="tone-chip tone-{}" tabindex="0">{} {}<span class="tip" role="tooltip">{}'
        "</span></span>",
        item.sentiment_label,
        tone_word(item.sentiment_label),
        score(item.sentiment_compound),
        tone_summary(item),
    )


EVENT_ICONS = {
    "case.handed_off": "handoff",
    "case.channel_switched": "switch",
    "case.commitment_added": "promise",
    "case.commitment_updated": "promise",
    "case.tone_alert": "alert",
    "case.escalated": "escalate",
}


def _event_html(event) -> str:  # noqa: ANN001
    by = (
        format_html(' <span class="by">{}</span>', event.actor.get_username())
        if event.actor_id
        else ""
    )
    note = format_html('<p class="note">{}</p>', linebreaksbr(event.note)) if event.note else ""
    return format_html(
        '<li class="marker marker-{}" id="e-{}"><svg class="icon" aria-hidden="true">'
        '<use href="#i-{}"></use></svg> <span class="what">{}</span>{} {}{}</li>',
        css_name(event.type),
        event.pk,
        EVENT_ICONS.get(event.type, "event"),
        presenters.describe_event(event),
        by,
        _time_html(event.occurred_at),
        note,
    )


def _time_html(moment) -> str:  # noqa: ANN001
    local = timezone.localtime(moment)
    return format_html(
        '<time datetime="{}">{}</time>',
        local.isoformat(),
        date_format(local, "SHORT_DATETIME_FORMAT"),
    )


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
