"""The workspace's forms: they parse and bound what an agent typed; ``cases.services`` decides.

Each form has a prefix, so several can live on one page and a failed one shows its errors in
place. Rules that depend on the case's state (valid transitions, promises in the future, team
membership) stay in the services, which raise ``CaseError``; the views put that message on the
form.
"""

from __future__ import annotations

import secrets

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from cases.models import (
    ALLOWED_TRANSITIONS,
    Case,
    CaseStatus,
    Channel,
    CommitmentStatus,
    Direction,
    Sensitivity,
    Team,
)
from cases.selectors import MAX_ID, QueueFilters
from sentiment.models import ToneAlert, ToneAlertStatus

User = get_user_model()

REPLY_CHANNELS = (Channel.CHAT, Channel.EMAIL, Channel.SMS)
CALL_CHANNELS = (Channel.PHONE, Channel.VIDEO)
SWITCHABLE_CHANNELS = (Channel.CHAT, Channel.PHONE, Channel.VIDEO, Channel.EMAIL, Channel.SMS)
MAX_CALL_MINUTES = 24 * 60


def _choices(values: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(value, Channel(value).label) for value in values]


class TextField(forms.CharField):
    """Free text from an agent, bounded like the API's (``FARO_MAX_TEXT_CHARS``)."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("max_length", settings.FARO_MAX_TEXT_CHARS)
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 3}))
        super().__init__(**kwargs)


class CaseForm(forms.Form):
    """A form about one case: the views build every action form with ``case=``."""

    def __init__(self, *args, case: Case, **kwargs) -> None:
        self.case = case
        super().__init__(*args, **kwargs)


class TakeForm(CaseForm):
    """Taking ownership: the button is the whole input."""

    prefix = "take"


class SubmissionToken(forms.CharField):
    """A one-time token per composer form: a double-click or a browser retry of the same message
    is recognised (it becomes the interaction's external id) instead of sent twice."""

    def __init__(self) -> None:
        super().__init__(widget=forms.HiddenInput, required=False, max_length=64, initial=new_token)


def new_token() -> str:
    return secrets.token_urlsafe(16)


class ReplyForm(CaseForm):
    prefix = "reply"
    token = SubmissionToken()
    channel = forms.ChoiceField(label=_("Reply via"), choices=_choices(REPLY_CHANNELS))
    text = TextField(label=_("Message to the customer"))

    def __init__(self, *args, case: Case, **kwargs) -> None:
        kwargs.setdefault(
            "initial", {"channel": case.channel if case.channel in REPLY_CHANNELS else "chat"}
        )
        super().__init__(*args, case=case, **kwargs)


class CallForm(CaseForm):
    prefix = "call"
    token = SubmissionToken()
    channel = forms.ChoiceField(label=_("Kind of call"), choices=_choices(CALL_CHANNELS))
    direction = forms.ChoiceField(
        label=_("Who called"),
        choices=[
            (Direction.OUTBOUND, _("We called the customer")),
            (Direction.INBOUND, _("The customer called us")),
        ],
    )
    minutes = forms.IntegerField(
        label=_("Duration (minutes)"), min_value=0, max_value=MAX_CALL_MINUTES
    )
    summary = TextField(label=_("Summary of the call"))

    def __init__(self, *args, case: Case, **kwargs) -> None:
        kwargs.setdefault(
            "initial", {"channel": case.channel if case.channel in CALL_CHANNELS else "phone"}
        )
        super().__init__(*args, case=case, **kwargs)


class NoteForm(CaseForm):
    prefix = "note"
    token = SubmissionToken()
    text = TextField(label=_("Internal note (the customer does not see it)"))


class SwitchChannelForm(CaseForm):
    prefix = "switch"
    channel = forms.ChoiceField(label=_("Continue on"), choices=_choices(SWITCHABLE_CHANNELS))


class StatusForm(CaseForm):
    prefix = "status"
    status = forms.ChoiceField(label=_("New status"), choices=CaseStatus.choices)
    note = forms.CharField(
        label=_("Note (optional)"),
        max_length=2000,
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Note (optional)")}),
    )

    def __init__(self, *args, case: Case, **kwargs) -> None:
        super().__init__(*args, case=case, **kwargs)
        # Offer only the moves the lifecycle allows; a forged other value still reaches the
        # service, which refuses it with its own message.
        allowed = ALLOWED_TRANSITIONS[case.status]
        self.allowed_choices = [(v, label) for v, label in CaseStatus.choices if v in allowed]


class AssignForm(CaseForm):
    prefix = "assign"
    owner = forms.ModelChoiceField(
        label=_("Owner"), queryset=User.objects.none(), required=False, empty_label=_("Nobody")
    )

    def __init__(self, *args, case: Case, **kwargs) -> None:
        kwargs.setdefault("initial", {"owner": case.owner_id})
        super().__init__(*args, case=case, **kwargs)
        members = User.objects.filter(is_active=True).order_by("username")
        if case.team_id:
            members = members.filter(faro_teams=case.team_id)
        self.fields["owner"].queryset = members.only("id", "username", "first_name", "last_name")
        self.fields["owner"].label_from_instance = lambda user: (
            user.get_full_name() or user.username
        )


class HandOffForm(CaseForm):
    prefix = "handoff"
    team = forms.ModelChoiceField(
        label=_("To team"), queryset=Team.objects.none(), empty_label=_("Choose a team")
    )
    note = forms.CharField(
        label=_("What the next team needs to know"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={
            "required": _("A hand-off needs a note with the context for the next team.")
        },
    )

    def __init__(self, *args, case: Case, **kwargs) -> None:
        super().__init__(*args, case=case, **kwargs)
        teams = Team.objects.only("id", "name")
        if case.team_id:
            teams = teams.exclude(pk=case.team_id)
        self.fields["team"].queryset = teams


class PromiseForm(CaseForm):
    prefix = "promise"
    description = forms.CharField(label=_("What we promised"), max_length=500)
    due_at = forms.DateTimeField(
        label=_("Due"),
        # Read in the pages' time zone (PageTimeZoneMiddleware activates it).
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"],
    )


class SettlePromiseForm(CaseForm):
    prefix = "settle"
    status = forms.ChoiceField(
        choices=[
            (CommitmentStatus.KEPT, _("Kept")),
            (CommitmentStatus.CANCELLED, _("Cancelled")),
            (CommitmentStatus.BROKEN, _("Broken")),
        ]
    )


class OpenAlertField(forms.ModelChoiceField):
    """One of the case's tone alerts nobody has handled yet, by id (a hidden input)."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("widget", forms.HiddenInput)
        kwargs.setdefault(
            "error_messages",
            {"invalid_choice": _("This alert was already handled, or is not this case's.")},
        )
        super().__init__(queryset=ToneAlert.objects.none(), **kwargs)

    def for_case(self, case: Case) -> None:
        self.queryset = ToneAlert.objects.filter(case=case, status=ToneAlertStatus.OPEN)


class AcknowledgeAlertForm(CaseForm):
    """The agent has seen the tone turn and handles it."""

    prefix = "ack"
    alert = OpenAlertField()
    note = forms.CharField(label=_("Note (optional)"), max_length=2000, required=False)

    def __init__(self, *args, case: Case, **kwargs) -> None:
        super().__init__(*args, case=case, **kwargs)
        self.fields["alert"].for_case(case)


class EscalateForm(CaseForm):
    """Bring in a supervisor (the open tone alerts go with it); the note says why."""

    prefix = "escalate"
    note = forms.CharField(
        label=_("What the supervisor needs to know"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Say why the case is escalated.")},
    )


class CloseEscalationForm(CaseForm):
    """The supervisor has dealt with the escalation."""

    prefix = "close"
    note = forms.CharField(
        label=_("What you did (optional)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class QueueFilterForm(forms.Form):
    """The queue's filters, read from the query string; a bad value is ignored, not an error."""

    scope = forms.ChoiceField(
        label=_("Show"),
        required=False,
        choices=[
            ("", _("Everything I can see")),
            ("mine", _("My cases")),
            ("unassigned", _("Unassigned")),
        ],
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("active", _("Active")), ("all", _("Any status")), *CaseStatus.choices],
    )
    # Ids, not model choices: parsing them costs no query (the live poll counts its queries); the
    # full page fills the options with ``load_options``.
    team = forms.IntegerField(
        label=_("Team"), required=False, min_value=1, max_value=MAX_ID, widget=forms.Select
    )
    channel = forms.ChoiceField(
        label=_("Channel"),
        required=False,
        choices=[("", _("All channels")), *_choices(SWITCHABLE_CHANNELS)],
    )
    sensitivity = forms.IntegerField(
        label=_("Sensitivity"), required=False, min_value=1, max_value=MAX_ID, widget=forms.Select
    )
    tone = forms.ChoiceField(
        label=_("Tone"),
        required=False,
        choices=[
            ("", _("Any tone")),
            ("attention", _("Alert or escalation")),
            ("negative", _("Negative tone")),
        ],
    )
    q = forms.CharField(label=_("Search"), required=False, max_length=200)

    def load_options(self) -> None:
        """Fill the team and sensitivity menus (two small queries, for the full page only)."""
        self.fields["team"].widget.choices = [
            ("", _("All teams")),
            *Team.objects.values_list("id", "name"),
        ]
        self.fields["sensitivity"].widget.choices = [
            ("", _("Any")),
            *((s.pk, s.display_name) for s in Sensitivity.objects.all()),
        ]

    def to_filters(self) -> QueueFilters:
        """The filters that parsed; a field with a bad value falls back to its default."""
        self.is_valid()
        data = {name: value for name, value in self.cleaned_data.items() if name not in self.errors}
        return QueueFilters(
            scope=data.get("scope") or "",
            status=data.get("status") or "active",
            team_id=data.get("team"),
            channel=data.get("channel") or "",
            sensitivity_id=data.get("sensitivity"),
            tone=data.get("tone") or "",
            search=(data.get("q") or "").strip(),
        )
