"""The agent workspace: the queue, the case page and the actions taken on a case.

Views are thin: read the input with a form, find the case through ``selectors.access_case`` (a
case the agent may not see is a 404 on the page, on every partial and on every action), call one
service, render. One URL per page; an HTMX request to it gets a named partial of the same
template. Every action works as a plain form post too: without JavaScript it redirects back to the
case page (or shows it again with the error); with HTMX it answers the case's live update.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Window
from django.forms import Form
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from cases import forms, presenters, selectors, services
from cases.models import Case, CaseStatus, Direction, EventType
from cases.roles import CHANGE_CASE, CLOSE_ESCALATION, SEE_ALL_CASES, VIEW_CASE
from cases.selectors import InvalidCursor, LiveStamp


def _require(user, permission: str) -> bool:  # noqa: ANN001
    """403 for a signed-in person whose role lacks ``permission`` (full pages and actions; the
    live polls skip it because ``visible_cases`` applies the same permission in SQL).

    Returns whether the user sees every team's cases: the permissions are loaded by now, so the
    case lookups that follow can use a plain condition instead of checking them in SQL again.
    """
    if not user.has_perm(permission):
        raise PermissionDenied
    return user.has_perm(SEE_ALL_CASES)


# --- The queue -----------------------------------------------------------------------------------


@require_GET
@login_required
def queue(request: HttpRequest) -> HttpResponse:
    """My cases, my teams' cases and the unassigned ones, most urgent first, filtered and paged.

    The rows poll themselves (HTMX, ``HX-Target: queue-rows``): one query, and a 304 when the
    rows rendered the same as last time.
    """
    filter_form = forms.QueueFilterForm(request.GET)
    filters = filter_form.to_filters()
    page_number = _page_number(request.GET.get("page"))
    if request.htmx and request.htmx.target == "queue-rows":
        cases = selectors.queue_cases(request.user, filters)  # permissions in the one query
        start = (page_number - 1) * selectors.QUEUE_PAGE_SIZE
        rows = presenters.queue_rows(list(cases[start : start + selectors.QUEUE_PAGE_SIZE]))
        response = render(request, "cases/queue.html#rows", {"rows": rows})
        return _conditional(request, response)
    sees_all = _require(request.user, VIEW_CASE)
    cases = selectors.queue_cases(request.user, filters, sees_all=sees_all)
    filter_form.load_options()
    page = Paginator(cases, selectors.QUEUE_PAGE_SIZE).get_page(page_number)
    rows = presenters.queue_rows(list(page.object_list))
    return _vary_on_htmx(
        render(
            request, "cases/queue.html", {"filter_form": filter_form, "page": page, "rows": rows}
        )
    )


def _page_number(raw: str | None) -> int:
    try:
        number = int(raw or 1)
    except ValueError:
        return 1
    return min(max(number, 1), 10_000)


def _conditional(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """A 304 when the browser already holds exactly this partial (its ETag)."""
    etag = '"' + hashlib.blake2b(response.content, digest_size=16).hexdigest() + '"'
    _vary_on_htmx(response)
    patch_cache_control(response, private=True, no_cache=True)
    response["ETag"] = etag
    not_modified = get_conditional_response(request, etag=etag, response=response)
    return not_modified if not_modified is not None else response


def _vary_on_htmx(response: HttpResponse) -> HttpResponse:
    # One URL answers the page and its partials: caches must keep them apart.
    patch_vary_headers(response, ("HX-Request", "HX-Target"))
    return response


# --- The case page -------------------------------------------------------------------------------


@require_GET
@login_required
def case_page(request: HttpRequest, case_id: int) -> HttpResponse:
    """The case with the customer 360, its timeline, the composer and the actions.

    HTMX partials of the same URL: ``?since=<stamp>`` is the live poll (204 when nothing changed,
    else the new entries plus the refreshed header and promises); ``?before=<cursor>`` is an
    earlier page of the timeline.
    """
    if request.htmx and "since" in request.GET:
        return _live_update(request, case_id, LiveStamp.parse(request.GET["since"]), poll=True)
    sees_all = _require(request.user, VIEW_CASE)
    case, stamp = selectors.access_case_with_stamp(request.user, case_id, sees_all=sees_all)
    before = request.GET.get("before")
    try:
        if request.htmx and before is not None:
            return _earlier_entries(request, case, before)
        # Without JavaScript, "show earlier" is the whole page at that point of the story.
        context = _case_context(request, case, stamp, before=before)
    except InvalidCursor:
        return HttpResponseBadRequest(_("That page of the timeline does not exist."))
    return _vary_on_htmx(render(request, "cases/case.html", context))


def _case_context(
    request: HttpRequest,
    case: Case,
    stamp: LiveStamp,
    *,
    failed: Form | None = None,
    before: str | None = None,
) -> dict[str, Any]:
    """Everything the case page shows, in a constant number of queries."""
    timeline = selectors.list_case_timeline(case, cursor=before or None, limit=50)
    entries = list(reversed(timeline.entries))  # oldest first, the newest at the end
    customer = case.customer
    context: dict[str, Any] = {
        "case": case,
        "urls": presenters.CaseUrls(case.pk),
        "customer": customer,
        "entries": entries,
        "earlier_cursor": timeline.next_cursor,
        "stamp": stamp,
        "identities": list(customer.identities.all()),
        "other_cases": selectors.other_cases_of(customer, exclude=case),
        "contacts": selectors.get_contact_counts(customer),
        "local_time": presenters.customer_local_time(customer.time_zone),
        "promises": selectors.open_commitments(case),
        **_tone_context(request, case, trend=True, alerts=True, escalation=True),
    }
    for name, form_class in ACTION_FORMS.items():
        context[name] = form_class(case=case)
    if failed is not None:
        context[f"{failed.prefix}_form"] = failed
    return context


# The events that change what the tone panel shows (its alerts, its escalation).
ALERT_EVENTS = {EventType.TONE_ALERT, EventType.TONE_ACKNOWLEDGED, EventType.ESCALATED}
ESCALATION_EVENTS = {EventType.ESCALATED, EventType.ESCALATION_CLOSED}


def _tone_context(
    request: HttpRequest, case: Case, *, trend: bool, alerts: bool, escalation: bool
) -> dict[str, Any]:
    """The parts of the tone panel asked for (one query each): the trend of the customer's
    tone, the alerts waiting for the agent, the escalation waiting for a supervisor."""
    context: dict[str, Any] = {
        "refresh_trend": trend,
        "refresh_alerts": alerts,
        "refresh_escalation": escalation,
    }
    if trend:
        context["sparkline"] = presenters.sparkline(selectors.tone_history(case))
    if alerts:
        context["open_alerts"] = selectors.open_tone_alerts(case)
    if escalation:
        context["escalation"] = selectors.open_escalation(case)
        context["can_close_escalation"] = request.user.has_perm(CLOSE_ESCALATION)
    return context


def _tone_refresh(request: HttpRequest, case: Case, entries: list) -> dict[str, Any]:
    """The tone panel's parts that the new ``entries`` change: a customer's message moves the
    trend (and may raise an alert); alert and escalation events change those banners."""
    events = {entry.item.type for entry in entries if entry.kind == selectors.EVENT}
    customer_wrote = any(
        entry.kind != selectors.EVENT and entry.item.direction == Direction.INBOUND
        for entry in entries
    )
    return _tone_context(
        request,
        case,
        trend=customer_wrote,
        alerts=bool(events & ALERT_EVENTS),
        escalation=bool(events & ESCALATION_EVENTS),
    )


def _live_update(
    request: HttpRequest, case_id: int, stamp: LiveStamp | None, *, poll: bool
) -> HttpResponse:
    """What changed on the case since the page's ``stamp``: new timeline entries, the header and
    the promises (out of band), and the poller with the new stamp. A poll with nothing new is a
    204 after one query."""
    case, current = selectors.access_case_with_stamp(request.user, case_id)
    if stamp is None:
        stamp = current  # a page that lost its stamp resumes from now
    elif poll and stamp == current:
        return _vary_on_htmx(HttpResponse(status=204))
    entries = selectors.case_timeline_since(case, stamp, current=current)
    context = {
        "case": case,
        "urls": presenters.CaseUrls(case.pk),
        "entries": entries,
        "stamp": current,
        "promises": selectors.open_commitments(case),
        "refresh_panels": True,
        "composer_prefixes": ("reply", "call", "note"),
        # A state change (always an event) may change which actions make sense; a new message
        # alone does not, and leaves the action forms (and what is typed in them) alone.
        "refresh_actions": any(entry.kind == selectors.EVENT for entry in entries),
    }
    if context["refresh_actions"]:
        context.update({name: ACTION_FORMS[name](case=case) for name in ACTIONS_PANEL_FORMS})
    context.update(_tone_refresh(request, case, entries))
    return _vary_on_htmx(render(request, "cases/case.html#live", context))


def _earlier_entries(request: HttpRequest, case: Case, cursor: str) -> HttpResponse:
    """The 50 entries before ``cursor`` and the link to the ones before them (InvalidCursor for
    a cursor that is not ours)."""
    timeline = selectors.list_case_timeline(case, cursor=cursor, limit=50)
    return render(
        request,
        "cases/case.html#earlier",
        {
            "case": case,
            "urls": presenters.CaseUrls(case.pk),
            "entries": list(reversed(timeline.entries)),
            "earlier_cursor": timeline.next_cursor,
        },
    )


# --- Actions -------------------------------------------------------------------------------------

# What each action does with a valid form: a service call, and the message that confirms it.
Perform = Callable[[HttpRequest, Case, dict[str, Any]], str]


def _reply(request: HttpRequest, case: Case, data: dict[str, Any]) -> str:
    services.record_interaction(
        customer=case.customer,
        case=case,
        channel=data["channel"],
        direction=Direction.OUTBOUND,
        text=data["text"],
        author=request.user,
        **_submission(request, data),
    )
    return _("Reply sent.")


def _log_call(request: HttpRequest, case: Case, data: dict[str, Any]) -> str:
    services.record_interaction(
        customer=case.customer,
        case=case,
        channel=data["channel"],
        direction=data["direction"],
        summary=data["summary"],
        duration_seconds=data["minutes"] * 60,
        author=request.user,
        **_submission(request, data),
    )
    return _("Call logged.")


def _add_note(request: HttpRequest, case: Case, data: dict[str, Any]) -> str:
    services.record_interaction(
        customer=case.customer,
        case=case,
        channel="note",
        direction=Direction.INTERNAL,
        text=data["text"],
        author=request.user,
        **_submission(request, data),
    )
    return _("Note added.")


def _submission(request: HttpRequest, data: dict[str, Any]) -> dict[str, str]:
    """The composer form's one-time token as the interaction's idempotency key."""
    if not data.get("token"):
        return {}
    return {"source": "workspace", "external_id": f"{request.user.pk}:{data['token']}"}


def _switch_channel(request: HttpRequest, case: Case, data: dict[str, Any]) -> str:
    services.switch_channel(case, to_channel=data["channel"], actor=request.user)
    return _("The conversation continues on the new channel.")


def _take(request: HttpRequest, case: Case, data: dict[str, Any]) -> str:
    services.assign_case(case, owner=request.user, actor=request.user)
    return _("The case is yours.")


def _assign(request: HttpRequest, case: Case, data: dict[str, Any]) -> str:
    services.assign_case(case, owner=data["owner"], actor=request.user)
    return _("Owner changed.")


def _hand_off(request: HttpRequest, case: Case, data: dict[str, Any]) -> str:
    services.hand_off(case, to_team=data["team"], note=data["note"], actor=request.user)
    return _("Handed off to %(team)s.") % {"team": data["team"].name}


def _change_status(request: HttpRequest, case: Case, data: dict[str, Any]) -> str:
    services.change_status(case, to_status=data["status"], actor=request.user, note=data["note"])
    return _("Status changed to %(status)s.") % {"status": CaseStatus(data["status"]).label}


def _add_promise(request: HttpRequest, case: Case, data: dict[str, Any]) -> str:
    services.add_commitment(
        case, description=data["description"], due_at=data["due_at"], actor=request.user
    )
    return _("Promise recorded.")


def _acknowledge_alert(request: HttpRequest, case: Case, data: dict[str, Any]) -> str:
    services.acknowledge_tone_alert(data["alert"], actor=request.user, note=data["note"])
    return _("Alert acknowledged.")


def _escalate(request: HttpRequest, case: Case, data: dict[str, Any]) -> str:
    services.escalate_case(case, actor=request.user, note=data["note"])
    return _("A supervisor has been asked to step in.")


def _close_escalation(request: HttpRequest, case: Case, data: dict[str, Any]) -> str:
    services.close_escalation(case, actor=request.user, note=data["note"])
    return _("Escalation closed.")


# The forms the case page shows, by context name (``<prefix>_form``, so a failed one replaces
# its blank twin).
ACTION_FORMS: dict[str, type[Form]] = {
    f"{form_class.prefix}_form": form_class
    for form_class in (
        forms.ReplyForm,
        forms.CallForm,
        forms.NoteForm,
        forms.SwitchChannelForm,
        forms.StatusForm,
        forms.AssignForm,
        forms.HandOffForm,
        forms.PromiseForm,
        forms.EscalateForm,
        forms.CloseEscalationForm,
    )
}


# The forms of the actions panel, the part of the page a live update redraws after a state change.
ACTIONS_PANEL_FORMS = ("switch_form", "status_form", "assign_form")


def _action(form_class: type[Form], perform: Perform, *, permission: str = CHANGE_CASE) -> Callable:
    """A view running ``perform`` on the case with a valid ``form_class``, for people whose role
    holds ``permission`` (and who may see the case)."""

    @require_POST
    @login_required
    def view(request: HttpRequest, case_id: int) -> HttpResponse:
        sees_all = _require(request.user, CHANGE_CASE)
        case = selectors.access_case(request.user, case_id, sees_all=sees_all)
        # After the case: someone else's case is a 404 whatever their role.
        if permission != CHANGE_CASE and not request.user.has_perm(permission):
            raise PermissionDenied
        form = form_class(request.POST, case=case)
        done = None
        if form.is_valid():
            try:
                done = perform(request, case, form.cleaned_data)
            except services.CaseError as error:
                field = error.field if error.field in form.fields else None
                form.add_error(field, str(error))
        if done is None:
            return _action_failed(request, case, form)
        return _action_done(request, case, done)

    view.__name__ = perform.__name__.lstrip("_")
    view.__doc__ = perform.__doc__
    return view


def _action_done(request: HttpRequest, case: Case, message: str) -> HttpResponse:
    """Show the result: the live update (htmx) or the case page again. After a hand-off to a team
    the agent is not in, the case is no longer theirs to see: back to the queue, with the news."""
    still_visible = selectors.visible_cases(request.user).filter(pk=case.pk).exists()
    if request.htmx and still_visible:
        response = _live_update(
            request, case.pk, LiveStamp.parse(request.POST.get("since")), poll=False
        )
        response["HX-Trigger"] = _notice(message)
        return response
    messages.success(request, message)
    if still_visible:
        target = reverse("workspace:case", args=[case.pk]) + "#latest"
    else:
        target = reverse("workspace:queue")
    if request.htmx:
        response = HttpResponse(status=204)
        response["HX-Redirect"] = target
        return response
    response = redirect(target)
    response.status_code = 303  # see the page again with a GET, never re-post
    return response


def _action_failed(request: HttpRequest, case: Case, form: Form) -> HttpResponse:
    """422 with the form's errors: in place for HTMX, on the whole page without JavaScript."""
    if request.htmx:
        response = render(request, "cases/_form_errors.html", {"form": form}, status=422)
        response["HX-Retarget"] = f"#errors-{form.prefix}"
        response["HX-Reswap"] = "innerHTML"
        return response
    sees_all = request.user.has_perm(SEE_ALL_CASES)  # loaded by the action's check
    case, stamp = selectors.access_case_with_stamp(request.user, case.pk, sees_all=sees_all)
    context = _case_context(request, case, stamp, failed=form)
    return render(request, "cases/case.html", context, status=422)


def _notice(message: str) -> str:
    """An ``HX-Trigger`` header: faro.js shows the message in the page's live region."""
    return json.dumps({"faro:notice": {"message": message}})


@require_POST
@login_required
def settle_promise(request: HttpRequest, case_id: int, commitment_id: int) -> HttpResponse:
    """Mark one of the case's open promises kept, cancelled or broken."""
    sees_all = _require(request.user, CHANGE_CASE)
    case = selectors.access_case(request.user, case_id, sees_all=sees_all)
    commitment = selectors.access_commitment(request.user, commitment_id, case=case)
    form = forms.SettlePromiseForm(request.POST, case=case)
    if form.is_valid():
        try:
            services.settle_commitment(
                commitment, status=form.cleaned_data["status"], actor=request.user
            )
        except services.CaseError as error:
            form.add_error(None, str(error))
    if form.errors:
        return _action_failed(request, case, form)
    return _action_done(request, case, _("Promise updated."))


reply = _action(forms.ReplyForm, _reply)
log_call = _action(forms.CallForm, _log_call)
add_note = _action(forms.NoteForm, _add_note)
switch_channel = _action(forms.SwitchChannelForm, _switch_channel)
take = _action(forms.TakeForm, _take)
assign = _action(forms.AssignForm, _assign)
hand_off = _action(forms.HandOffForm, _hand_off)
change_status = _action(forms.StatusForm, _change_status)
add_promise = _action(forms.PromiseForm, _add_promise)
acknowledge_alert = _action(forms.AcknowledgeAlertForm, _acknowledge_alert)
escalate = _action(forms.EscalateForm, _escalate)
close_escalation = _action(
    forms.CloseEscalationForm, _close_escalation, permission=CLOSE_ESCALATION
)


# --- The supervisors' escalations board ----------------------------------------------------------


@require_GET
@login_required
def escalations(request: HttpRequest) -> HttpResponse:
    """The escalations waiting for a supervisor on the cases they see, the longest waiting first.
    The rows poll themselves like the queue's (``HX-Target: escalation-rows``, 304 when
    unchanged)."""
    page_number = _page_number(request.GET.get("page"))
    if request.htmx and request.htmx.target == "escalation-rows":
        # Permissions and the total (a window count) in the one query.
        waiting = selectors.open_escalations(request.user).annotate(total=Window(Count("id")))
        start = (page_number - 1) * selectors.ESCALATIONS_PAGE_SIZE
        shown = list(waiting[start : start + selectors.ESCALATIONS_PAGE_SIZE])
        context = {
            "rows": presenters.escalation_rows(shown),
            "waiting_total": shown[0].total if shown else 0,
            "poll": True,
        }
        return _conditional(request, render(request, "cases/escalations.html#rows", context))
    sees_all = _require(request.user, VIEW_CASE)
    if not request.user.has_perm(CLOSE_ESCALATION):
        raise PermissionDenied
    waiting = selectors.open_escalations(request.user, sees_all=sees_all)
    page = Paginator(waiting, selectors.ESCALATIONS_PAGE_SIZE).get_page(page_number)
    context = {
        "page": page,
        "rows": presenters.escalation_rows(list(page.object_list)),
        "waiting_total": page.paginator.count,
    }
    return _vary_on_htmx(render(request, "cases/escalations.html", context))
