"""The agent workspace's pages and actions (``/cases/``)."""

from __future__ import annotations

from django.urls import path

from cases import views

app_name = "workspace"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("escalations/", views.escalations, name="escalations"),
    path("<int:case_id>/", views.case_page, name="case"),
    path("<int:case_id>/reply/", views.reply, name="reply"),
    path("<int:case_id>/call/", views.log_call, name="log-call"),
    path("<int:case_id>/note/", views.add_note, name="note"),
    path("<int:case_id>/channel/", views.switch_channel, name="switch-channel"),
    path("<int:case_id>/take/", views.take, name="take"),
    path("<int:case_id>/assign/", views.assign, name="assign"),
    path("<int:case_id>/hand-off/", views.hand_off, name="hand-off"),
    path("<int:case_id>/status/", views.change_status, name="status"),
    path("<int:case_id>/promises/", views.add_promise, name="promise-add"),
    path(
        "<int:case_id>/promises/<int:commitment_id>/settle/",
        views.settle_promise,
        name="promise-settle",
    ),
    path("<int:case_id>/tone/acknowledge/", views.acknowledge_alert, name="alert-acknowledge"),
    path("<int:case_id>/escalate/", views.escalate, name="escalate"),
    path("<int:case_id>/escalation/close/", views.close_escalation, name="escalation-close"),
]
