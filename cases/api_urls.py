from __future__ import annotations

from django.urls import path, re_path

from cases import api

app_name = "api"

urlpatterns = [
    path("interactions/", api.InteractionCreateApi.as_view(), name="interaction-create"),
    path("cases/", api.CaseListApi.as_view(), name="case-list"),
    path("cases/<int:case_id>/", api.CaseDetailApi.as_view(), name="case-detail"),
    path("customers/<int:customer_id>/", api.CustomerDetailApi.as_view(), name="customer-detail"),
    path(
        "customers/<int:customer_id>/timeline/",
        api.TimelineApi.as_view(),
        name="customer-timeline",
    ),
]

# Anything else under /api/ answers a JSON 404, never the HTML page.
urlpatterns.append(re_path(r"^[\s\S]*$", api.not_found, name="not-found"))
