"""The admin, for managers: another interface to the same services, and fast on big tables.

Every write that changes a case or merges customers goes through ``cases.services``, so it leaves
its event on the timeline; interactions, events and merge records are only shown here. Lists of
the big tables never count every row and never run a query per row.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.db import connections
from django.db.models import Count, ForeignKey, Model, QuerySet
from django.forms.models import BaseInlineFormSet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from cases import services
from cases.models import (
    Case,
    CaseEvent,
    Category,
    Commitment,
    CommitmentStatus,
    Customer,
    CustomerMerge,
    Escalation,
    Identity,
    IdentityKind,
    Interaction,
    Sensitivity,
    Team,
)
from cases.normalize import (
    InvalidIdentity,
    normalize_email,
    normalize_external_id,
    normalize_phone,
)
from cases.roles import sees_all_cases
from cases.selectors import visible_cases, visible_customers
from cases.services import CaseError

User = get_user_model()

# --- Shared pieces -------------------------------------------------------------------------------


class EstimatedCountPaginator(Paginator):
    """Counts a big table without scanning it.

    An unfiltered list on PostgreSQL takes the planner's estimate (``pg_class.reltuples``); a
    filtered list, a small table or SQLite counts at most ``CAP`` rows, so the pages past the cap
    of a huge filtered list are reached by narrowing the filter, not by page number.
    """

    CAP = 10_000

    @cached_property
    def count(self) -> int:
        queryset = self.object_list
        if not queryset.query.where:
            estimate = _estimated_rows(queryset)
            if estimate > self.CAP:
                return estimate
        return queryset.order_by()[: self.CAP].count()


def _estimated_rows(queryset: QuerySet) -> int:
    connection = connections[queryset.db]
    if connection.vendor != "postgresql":
        return 0
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reltuples FROM pg_class WHERE oid = to_regclass(%s)",
            [queryset.model._meta.db_table],
        )
        row = cursor.fetchone()
    # No row, or -1 for a table never analysed: no estimate, so the caller counts.
    return int(row[0]) if row and row[0] > 0 else 0


class BigTableAdmin(admin.ModelAdmin):
    paginator = EstimatedCountPaginator
    show_full_result_count = False


class ReadOnlyAdminMixin:
    """Rows only services write: shown, never added, changed or deleted here."""

    def has_add_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


class ServiceErrorsMixin:
    """A ``CaseError`` raised by a service while saving rolls back the whole request (the admin
    saves in one transaction) and comes back as an error message over the unchanged object."""

    def changeform_view(
        self,
        request: HttpRequest,
        object_id: str | None = None,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except CaseError as exc:
            self.message_user(request, exc.message, messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())


class CaseNumberSearchMixin:
    """A number in the search box is a case id, looked up through an index: casting ids to text
    for a text search would read the whole table."""

    case_id_field = "case_id"

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet, search_term: str
    ) -> tuple[QuerySet, bool]:
        term = search_term.strip().removeprefix("#")
        if term.isascii() and term.isdigit() and len(term) < 19:
            return queryset.filter(**{self.case_id_field: int(term)}), False
        return super().get_search_results(request, queryset, search_term)


def _copy_row(source: Model, target: Model) -> None:
    """Make the admin's unsaved form object the row a service wrote, for the log and redirect."""
    for field in source._meta.concrete_fields:
        setattr(target, field.attname, getattr(source, field.attname))
    target._state.adding = False
    target._state.db = source._state.db


def _refusals(refused: dict[str, list[str]]) -> list[str]:
    return [
        _("Not done for %(objects)s: %(error)s") % {"objects": ", ".join(names), "error": error}
        for error, names in refused.items()
    ]


def _excerpt(text: str) -> str:
    return Truncator(" ".join(text.split())).chars(80)


# --- Timeline inlines ----------------------------------------------------------------------------


class NewestFormSet(BaseInlineFormSet):
    """Only the newest rows: a long history stays one bounded query on the change page."""

    limit = 50

    def get_queryset(self) -> QuerySet:
        if not hasattr(self, "_queryset"):
            self._queryset = super().get_queryset()[: self.limit]
        return self._queryset


class TimelineInline(ReadOnlyAdminMixin, admin.TabularInline):
    formset = NewestFormSet
    extra = 0
    can_delete = False
    show_change_link = True
    select_related: tuple[str, ...] = ()

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).select_related(*self.select_related)


class InteractionInline(TimelineInline):
    model = Interaction
    fields = ("occurred_at", "channel", "direction", "author", "excerpt", "duration_seconds")
    readonly_fields = fields
    ordering = ("-occurred_at", "-id")
    select_related = ("author",)
    verbose_name_plural = _("latest interactions")

    @admin.display(description=_("text"))
    def excerpt(self, interaction: Interaction) -> str:
        return _excerpt(interaction.text or interaction.summary)


class CaseEventInline(TimelineInline):
    model = CaseEvent
    fields = ("occurred_at", "type", "actor", "note", "data")
    readonly_fields = fields
    ordering = ("-occurred_at", "-id")
    select_related = ("actor",)
    verbose_name_plural = _("latest events")


class CommitmentInline(TimelineInline):
    model = Commitment
    fields = ("created_at", "description", "due_at", "status", "made_by", "settled_at")
    readonly_fields = fields
    ordering = ("-created_at", "-id")
    select_related = ("made_by",)
    verbose_name_plural = _("latest promises")


class CustomerCaseInline(TimelineInline):
    model = Case
    fk_name = "customer"
    fields = ("subject", "status", "team", "owner", "opened_at", "last_activity_at")
    readonly_fields = fields
    ordering = ("-opened_at", "-id")
    select_related = ("team", "owner")
    verbose_name_plural = _("latest cases")


class CustomerMergeInline(TimelineInline):
    model = CustomerMerge
    fk_name = "survivor"
    fields = ("merged_at", "merged", "merged_name", "moved", "merged_by")
    readonly_fields = fields
    ordering = ("-merged_at", "-id")
    select_related = ("merged", "merged_by")
    verbose_name_plural = _("customers merged into this one")


class IdentityForm(forms.ModelForm):
    """Stores the identity normalised, as ingestion looks it up (lower-case email, E.164 phone)."""

    _normalizers = {
        IdentityKind.EMAIL: normalize_email,
        IdentityKind.PHONE: normalize_phone,
        IdentityKind.EXTERNAL: normalize_external_id,
    }

    class Meta:
        model = Identity
        fields = ("customer", "kind", "namespace", "value")

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        kind, value = cleaned.get("kind"), cleaned.get("value")
        if kind and value:
            try:
                cleaned["value"] = self._normalizers[kind](value)
            except InvalidIdentity as exc:
                self.add_error("value", str(exc))
        if kind and kind != IdentityKind.EXTERNAL and cleaned.get("namespace"):
            self.add_error("namespace", _("Only external ids belong to a system."))
        return cleaned


class IdentityInline(admin.TabularInline):
    model = Identity
    form = IdentityForm
    fields = ("kind", "namespace", "value", "created_at")
    readonly_fields = ("created_at",)
    extra = 1


# --- Cases ---------------------------------------------------------------------------------------


class AssignForm(forms.Form):
    owner = forms.ModelChoiceField(queryset=User.objects.none(), label=_("Assign to"))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Everyone who works in a team; the service refuses a person outside a case's own team.
        self.fields["owner"].queryset = (
            User.objects.filter(is_active=True, faro_teams__isnull=False)
            .distinct()
            .order_by(User.USERNAME_FIELD)
        )


@admin.register(Case)
class CaseAdmin(ServiceErrorsMixin, CaseNumberSearchMixin, BigTableAdmin):
    list_display = (
        "id",
        "subject",
        "customer",
        "team",
        "owner",
        "status",
        "severity",
        "sensitivity",
        "channel",
        "last_activity_at",
        "opened_at",
    )
    list_display_links = ("id", "subject")
    list_select_related = ("customer", "team", "owner", "sensitivity")
    list_filter = (
        "status",
        "severity",
        "channel",
        "team",
        "sensitivity",
        "category",
        ("owner", admin.EmptyFieldListFilter),
    )
    search_fields = ("subject", "customer__name")
    search_help_text = _(
        "A number finds the case with that id; words search the subject and the customer's name."
    )
    case_id_field = "pk"
    date_hierarchy = "opened_at"
    autocomplete_fields = ("customer", "team", "owner", "sensitivity", "category")
    actions = ("assign_cases",)
    add_fields = (
        "customer",
        "subject",
        "team",
        "owner",
        "channel",
        "severity",
        "sensitivity",
        "category",
    )
    change_fields = (
        "subject",
        "customer",
        "team",
        "status",
        "owner",
        "channel",
        "severity",
        "sensitivity",
        "category",
        "opened_at",
        "first_response_at",
        "resolved_at",
        "closed_at",
        "last_activity_at",
    )
    # Changed only through their service, which checks the rules and writes the event.
    service_fields = ("status", "owner")
    # Changed by dedicated services (hand-off, channel switch) or never.
    locked_fields = (
        "customer",
        "team",
        "channel",
        "opened_at",
        "first_response_at",
        "resolved_at",
        "closed_at",
        "last_activity_at",
    )

    def get_queryset(self, request: HttpRequest) -> QuerySet[Case]:
        # The rule of the pages and the API: managers see every case, the others their teams'.
        queryset = visible_cases(request.user)
        ordering = self.get_ordering(request)
        return queryset.order_by(*ordering) if ordering else queryset

    def get_fields(self, request: HttpRequest, obj: Case | None = None) -> tuple[str, ...]:
        return self.add_fields if obj is None else self.change_fields

    def get_readonly_fields(self, request: HttpRequest, obj: Case | None = None) -> tuple:
        return () if obj is None else self.locked_fields

    def get_inlines(self, request: HttpRequest, obj: Case | None) -> tuple:
        return () if obj is None else (InteractionInline, CaseEventInline, CommitmentInline)

    def has_delete_permission(self, request: HttpRequest, obj: Case | None = None) -> bool:
        return False  # the timeline is the audit trail

    def formfield_for_foreignkey(
        self, db_field: ForeignKey, request: HttpRequest, **kwargs: Any
    ) -> forms.ModelChoiceField:
        if db_field.name == "customer":
            kwargs["queryset"] = Customer.objects.active()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(
        self, request: HttpRequest, obj: Case, form: forms.ModelForm, change: bool
    ) -> None:
        data = form.cleaned_data
        if not change:
            case = services.open_case(
                customer=data["customer"],
                subject=data["subject"],
                channel=data["channel"],
                team=data["team"],
                actor=request.user,
                severity=data["severity"],
                sensitivity=data["sensitivity"],
                category=data["category"],
            )
            if data["owner"] is not None:
                case = services.assign_case(case, owner=data["owner"], actor=request.user)
        else:
            plain = [name for name in form.changed_data if name not in self.service_fields]
            if plain:
                obj.save(update_fields=plain)
            changes = {
                name: data[name] for name in self.service_fields if name in form.changed_data
            }
            # A fresh row: ``obj`` already carries the form's values, the service needs the old.
            case = Case.objects.get(pk=obj.pk)
            if changes:
                case = services.update_case(case, actor=request.user, **changes)
        _copy_row(case, obj)

    @admin.action(description=_("Assign to…"), permissions=["change"])
    def assign_cases(self, request: HttpRequest, queryset: QuerySet[Case]) -> HttpResponse | None:
        form = AssignForm(request.POST if "apply" in request.POST else None)
        if not form.is_valid():
            return _action_page(
                request,
                self,
                queryset,
                template="admin/cases/case/assign_cases.html",
                title=_("Assign cases"),
                form=form,
            )
        owner = form.cleaned_data["owner"]
        assigned, refused = 0, {}
        for case in queryset.order_by("pk"):
            try:
                services.assign_case(case, owner=owner, actor=request.user)
            except CaseError as exc:
                refused.setdefault(exc.message, []).append(f"#{case.pk}")
            else:
                assigned += 1
        for message in _refusals(refused):
            self.message_user(request, message, messages.ERROR)
        if assigned:
            self.message_user(
                request,
                ngettext(
                    "%(count)d case assigned to %(owner)s.",
                    "%(count)d cases assigned to %(owner)s.",
                    assigned,
                )
                % {"count": assigned, "owner": owner.get_username()},
                messages.SUCCESS,
            )
        return None


def _action_page(
    request: HttpRequest,
    model_admin: admin.ModelAdmin,
    queryset: QuerySet,
    *,
    template: str,
    title: str,
    **context: Any,
) -> TemplateResponse:
    """The intermediate page of an action: it posts the same selection back with ``apply``."""
    return TemplateResponse(
        request,
        template,
        {
            **model_admin.admin_site.each_context(request),
            "title": title,
            "opts": model_admin.opts,
            "objects": queryset[:100],
            "count": queryset.count(),
            "action": request.POST.get("action", ""),
            "selected": request.POST.getlist(ACTION_CHECKBOX_NAME),
            "select_across": request.POST.get("select_across", "0"),
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
            **context,
        },
    )


@admin.register(Interaction)
class InteractionAdmin(ReadOnlyAdminMixin, CaseNumberSearchMixin, BigTableAdmin):
    list_display = (
        "id",
        "occurred_at",
        "case",
        "customer",
        "channel",
        "direction",
        "author",
        "excerpt",
    )
    list_select_related = ("case", "customer", "author")
    # A date filter rather than date_hierarchy, and newest by id: no index leads with
    # occurred_at, and both would read the whole table on every page.
    list_filter = ("channel", "direction", ("occurred_at", admin.DateFieldListFilter))
    ordering = ("-id",)
    search_fields = ("external_id__exact",)
    search_help_text = _("A number finds the entries of that case; text finds an external id.")

    @admin.display(description=_("text"))
    def excerpt(self, interaction: Interaction) -> str:
        return _excerpt(interaction.text or interaction.summary)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Interaction]:
        queryset = super().get_queryset(request)
        if sees_all_cases(request.user):
            return queryset
        return queryset.filter(case__in=visible_cases(request.user))


@admin.register(CaseEvent)
class CaseEventAdmin(ReadOnlyAdminMixin, CaseNumberSearchMixin, BigTableAdmin):
    list_display = ("id", "occurred_at", "type", "case", "customer", "actor", "note_excerpt")
    list_select_related = ("case", "customer", "actor")
    # See InteractionAdmin for why there is no date_hierarchy.
    list_filter = ("type", ("occurred_at", admin.DateFieldListFilter))
    ordering = ("-id",)
    search_fields = ("note",)
    search_help_text = _("A number finds the events of that case; words search the notes.")

    @admin.display(description=_("note"))
    def note_excerpt(self, event: CaseEvent) -> str:
        return _excerpt(event.note)

    def get_queryset(self, request: HttpRequest) -> QuerySet[CaseEvent]:
        queryset = super().get_queryset(request)
        if sees_all_cases(request.user):
            return queryset
        return queryset.filter(case__in=visible_cases(request.user))


@admin.register(Commitment)
class CommitmentAdmin(ServiceErrorsMixin, CaseNumberSearchMixin, admin.ModelAdmin):
    list_display = ("description", "case", "status", "due_at", "made_by", "settled_at")
    list_select_related = ("case", "made_by")
    list_filter = ("status",)
    search_fields = ("description",)
    search_help_text = _(
        "A number finds the promises of that case; words search what was promised."
    )
    date_hierarchy = "due_at"
    autocomplete_fields = ("case",)
    actions = ("mark_kept", "mark_broken", "mark_cancelled")

    def get_fields(self, request: HttpRequest, obj: Commitment | None = None) -> tuple[str, ...]:
        if obj is None:
            return ("case", "description", "due_at")
        return ("case", "description", "due_at", "status", "made_by", "created_at", "settled_at")

    def get_queryset(self, request: HttpRequest) -> QuerySet[Commitment]:
        queryset = super().get_queryset(request)
        if sees_all_cases(request.user):
            return queryset
        return queryset.filter(case__in=visible_cases(request.user))

    # Promises are made and settled through their services (which write the event), not edited.
    def has_change_permission(self, request: HttpRequest, obj: Commitment | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Commitment | None = None) -> bool:
        return False

    def has_settle_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("cases.change_commitment")

    def save_model(
        self, request: HttpRequest, obj: Commitment, form: forms.ModelForm, change: bool
    ) -> None:
        commitment = services.add_commitment(
            form.cleaned_data["case"],
            description=form.cleaned_data["description"],
            due_at=form.cleaned_data["due_at"],
            actor=request.user,
        )
        _copy_row(commitment, obj)

    @admin.action(description=_("Mark selected promises kept"), permissions=["settle"])
    def mark_kept(self, request: HttpRequest, queryset: QuerySet[Commitment]) -> None:
        self._settle(request, queryset, CommitmentStatus.KEPT)

    @admin.action(description=_("Mark selected promises broken"), permissions=["settle"])
    def mark_broken(self, request: HttpRequest, queryset: QuerySet[Commitment]) -> None:
        self._settle(request, queryset, CommitmentStatus.BROKEN)

    @admin.action(description=_("Cancel selected promises"), permissions=["settle"])
    def mark_cancelled(self, request: HttpRequest, queryset: QuerySet[Commitment]) -> None:
        self._settle(request, queryset, CommitmentStatus.CANCELLED)

    def _settle(self, request: HttpRequest, queryset: QuerySet[Commitment], status: str) -> None:
        settled, refused = 0, {}
        for commitment in queryset.order_by("pk"):
            try:
                services.settle_commitment(commitment, status=status, actor=request.user)
            except CaseError as exc:
                refused.setdefault(exc.message, []).append(str(commitment))
            else:
                settled += 1
        for message in _refusals(refused):
            self.message_user(request, message, messages.ERROR)
        if settled:
            self.message_user(
                request,
                ngettext("%(count)d promise updated.", "%(count)d promises updated.", settled)
                % {"count": settled},
                messages.SUCCESS,
            )


# --- Customers -----------------------------------------------------------------------------------


class MergeForm(forms.Form):
    survivor = forms.ModelChoiceField(
        queryset=Customer.objects.none(),
        label=_("Customer to keep"),
        widget=forms.RadioSelect,
        empty_label=None,
    )

    def __init__(self, *args: Any, customers: QuerySet[Customer], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["survivor"].queryset = customers


@admin.register(Customer)
class CustomerAdmin(BigTableAdmin):
    list_display = (
        "id",
        "name",
        "language",
        "preferred_channel",
        "contact_allowed",
        "surveys_allowed",
        "merged_into",
        "created_at",
    )
    list_display_links = ("id", "name")
    list_select_related = ("merged_into",)
    list_filter = (
        "language",
        "preferred_channel",
        "contact_allowed",
        "surveys_allowed",
        ("merged_into", admin.EmptyFieldListFilter),
    )
    search_fields = ("name", "=identities__value", "id__exact")
    search_help_text = _("Search by name, exact email, phone (+34…) or external id, or id.")
    date_hierarchy = "created_at"
    # Newest first through the created_at index; sorting by name would sort the whole table.
    ordering = ("-created_at",)
    fields = (
        "name",
        "language",
        "preferred_channel",
        "time_zone",
        "contact_allowed",
        "surveys_allowed",
        "merged_into",
        "created_at",
        "updated_at",
    )
    # Merging happens only through the merge action, which moves the customer's story.
    readonly_fields = ("merged_into", "created_at", "updated_at")
    inlines = (IdentityInline, CustomerCaseInline, CustomerMergeInline)
    actions = ("merge_selected_customers",)
    max_merge = 10

    def has_delete_permission(self, request: HttpRequest, obj: Customer | None = None) -> bool:
        # Deleting would take the customer's events and merge records with it: no service for it.
        return False

    def get_queryset(self, request: HttpRequest) -> QuerySet[Customer]:
        queryset = visible_customers(request.user)
        ordering = self.get_ordering(request)
        return queryset.order_by(*ordering) if ordering else queryset

    @admin.action(description=_("Merge selected customers"), permissions=["change"])
    def merge_selected_customers(
        self, request: HttpRequest, queryset: QuerySet[Customer]
    ) -> HttpResponse | None:
        count = queryset.count()
        if count < 2:
            self.message_user(
                request,
                _("Select at least two customers: a customer cannot be merged into themselves."),
                messages.ERROR,
            )
            return None
        if count > self.max_merge:
            self.message_user(
                request,
                _("Select at most %(max)d customers to merge at once.") % {"max": self.max_merge},
                messages.ERROR,
            )
            return None
        form = MergeForm(request.POST if "apply" in request.POST else None, customers=queryset)
        if not form.is_valid():
            return _action_page(
                request,
                self,
                queryset.prefetch_related("identities").annotate(case_count=Count("cases")),
                template="admin/cases/customer/merge_customers.html",
                title=_("Merge customers"),
                form=form,
            )
        survivor = form.cleaned_data["survivor"]
        merged, refused = 0, {}
        for customer in queryset.exclude(pk=survivor.pk).order_by("pk"):
            try:
                services.merge_customers(survivor, customer, actor=request.user)
            except CaseError as exc:
                refused.setdefault(exc.message, []).append(str(customer))
            else:
                merged += 1
        for message in _refusals(refused):
            self.message_user(request, message, messages.ERROR)
        if not merged:
            return None
        url = reverse("admin:cases_customer_change", args=[survivor.pk])
        self.message_user(
            request,
            format_html(
                ngettext(
                    "{count} customer merged into {survivor}; the record is on its page.",
                    "{count} customers merged into {survivor}; the records are on its page.",
                    merged,
                ),
                count=merged,
                survivor=format_html('<a href="{}">{}</a>', url, survivor),
            ),
            messages.SUCCESS,
        )
        return HttpResponseRedirect(url)


@admin.register(Identity)
class IdentityAdmin(BigTableAdmin):
    form = IdentityForm
    list_display = ("value", "kind", "namespace", "customer", "created_at")
    list_select_related = ("customer",)
    list_filter = ("kind",)
    search_fields = ("=value", "customer__name")
    date_hierarchy = "created_at"
    autocomplete_fields = ("customer",)
    ordering = ("-id",)  # the primary key index: the model's (kind, value) order sorts everything

    def get_queryset(self, request: HttpRequest) -> QuerySet[Identity]:
        queryset = super().get_queryset(request)
        if sees_all_cases(request.user):
            return queryset
        return queryset.filter(customer__in=visible_customers(request.user))


@admin.register(CustomerMerge)
class CustomerMergeAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("merged_at", "merged_name", "merged", "survivor", "merged_by", "moved")
    list_select_related = ("merged", "survivor", "merged_by")
    list_filter = (("merged_by", admin.EmptyFieldListFilter),)
    search_fields = ("merged_name", "survivor__name")
    date_hierarchy = "merged_at"

    def get_queryset(self, request: HttpRequest) -> QuerySet[CustomerMerge]:
        queryset = super().get_queryset(request)
        if sees_all_cases(request.user):
            return queryset
        return queryset.filter(survivor__in=visible_customers(request.user))


@admin.register(Escalation)
class EscalationAdmin(ReadOnlyAdminMixin, CaseNumberSearchMixin, admin.ModelAdmin):
    """Escalations are raised and closed on the case page (``cases.services``); here they are
    the record: who asked, why, and what the supervisor did."""

    list_display = ("raised_at", "case", "raised_by", "is_open", "closed_by", "closed_at")
    list_select_related = ("case", "raised_by", "closed_by")
    list_filter = (("closed_at", admin.EmptyFieldListFilter), "raised_at")
    search_fields = ("case__customer__name", "note")
    date_hierarchy = "raised_at"

    @admin.display(boolean=True, description=_("open"))
    def is_open(self, escalation: Escalation) -> bool:
        return escalation.is_open

    def get_queryset(self, request: HttpRequest) -> QuerySet[Escalation]:
        return super().get_queryset(request).filter(case__in=visible_cases(request.user))


# --- Configuration -------------------------------------------------------------------------------


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "member_count", "created_at")
    list_filter = ("created_at",)
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("members",)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Team]:
        return super().get_queryset(request).annotate(member_count=Count("members"))

    @admin.display(description=_("members"), ordering="member_count")
    def member_count(self, team: Team) -> int:
        return team.member_count


class BilingualNameAdmin(admin.ModelAdmin):
    list_display = ("name", "name_en", "slug")
    search_fields = ("name", "name_en", "slug")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Sensitivity)
class SensitivityAdmin(BilingualNameAdmin):
    pass


@admin.register(Category)
class CategoryAdmin(BilingualNameAdmin):
    pass
