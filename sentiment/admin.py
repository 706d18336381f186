"""Tone alerts in the back office: the record of every time a customer's tone turned, and who
handled it (they are raised by ``record_interaction`` and handled on the case page)."""

from __future__ import annotations

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from cases.admin import CaseNumberSearchMixin, ReadOnlyAdminMixin
from cases.selectors import visible_cases
from sentiment.models import ToneAlert


@admin.register(ToneAlert)
class ToneAlertAdmin(ReadOnlyAdminMixin, CaseNumberSearchMixin, admin.ModelAdmin):
    list_display = ("created_at", "case", "tone_before", "tone_after", "status", "handled_by")
    list_select_related = ("case", "handled_by")
    list_filter = ("status", "created_at")
    search_fields = ("case__customer__name",)
    date_hierarchy = "created_at"
    raw_id_fields = ("case", "interaction")

    def get_queryset(self, request: HttpRequest) -> QuerySet[ToneAlert]:
        return super().get_queryset(request).filter(case__in=visible_cases(request.user))
