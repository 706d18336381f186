from __future__ import annotations

import zoneinfo
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.translation import gettext as _


class ApiBodyLimitMiddleware:
    """Refuse an API body over ``FARO_MAX_REQUEST_BYTES`` with a JSON 413 before anything reads it.

    Without this, Django's ``RequestDataTooBig`` reaches an API client as a plain-text 400. Bodies
    without a Content-Length (chunked) are capped again by ``cx.parsers.StrictJSONParser``.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith("/api/") and _declared_length(request) > (
            settings.FARO_MAX_REQUEST_BYTES
        ):
            return payload_too_large_response()
        return self.get_response(request)


def _declared_length(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def payload_too_large_message() -> str:
    return _("The request body is larger than the limit of %(limit)s bytes.") % {
        "limit": settings.FARO_MAX_REQUEST_BYTES
    }


def payload_too_large_response() -> JsonResponse:
    return JsonResponse(
        {"detail": payload_too_large_message(), "code": "payload_too_large"}, status=413
    )


class PageTimeZoneMiddleware:
    """Show the pages' times in ``FARO_PAGES_TIME_ZONE``; the API stays in UTC."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.zone = zoneinfo.ZoneInfo(settings.FARO_PAGES_TIME_ZONE)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith("/api/"):
            return self.get_response(request)
        timezone.activate(self.zone)
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()
