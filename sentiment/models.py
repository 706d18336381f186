"""Tone alerts: the moments a customer's tone turned negative, for the agent to see and act on."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cases.models import Case, Interaction


class ToneAlertStatus(models.TextChoices):
    OPEN = "open", _("Open")
    ACKNOWLEDGED = "acknowledged", _("Acknowledged")
    ESCALATED = "escalated", _("Escalated")


class ToneAlert(models.Model):
    """Raised by ``record_interaction`` when the tone watch (``sentiment.tone``) turns negative."""

    case = models.ForeignKey(
        Case,
        on_delete=models.CASCADE,
        related_name="tone_alerts",
        verbose_name=_("case"),
        db_index=False,  # tone_alert_case_idx leads with it
    )
    interaction = models.OneToOneField(
        Interaction,
        on_delete=models.CASCADE,
        related_name="tone_alert",
        verbose_name=_("message"),
    )
    tone_before = models.FloatField(_("tone before"))
    tone_after = models.FloatField(_("tone after"))
    drivers = models.JSONField(_("what moved the score"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=15, choices=ToneAlertStatus.choices, default=ToneAlertStatus.OPEN
    )
    created_at = models.DateTimeField(_("raised"), default=timezone.now)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("handled by"),
    )
    handled_at = models.DateTimeField(_("handled"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("tone alert")
        verbose_name_plural = _("tone alerts")
        indexes = [
            models.Index(fields=["case", "-created_at"], name="tone_alert_case_idx"),
            models.Index(fields=["status", "-created_at"], name="tone_alert_status_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.case} {self.tone_before:+.2f} → {self.tone_after:+.2f}"
