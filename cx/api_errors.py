from __future__ import annotations

from typing import Any

from django.core.exceptions import RequestDataTooBig
from rest_framework.exceptions import APIException
from rest_framework.response import Response
from rest_framework.views import exception_handler

from cx.middleware import payload_too_large_message


def api_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """DRF's handler, plus a JSON 413 for RequestDataTooBig (a plain-text 400 otherwise)."""
    if isinstance(exc, RequestDataTooBig):
        return Response({"detail": payload_too_large_message(), "code": "payload_too_large"}, 413)
    response = exception_handler(exc, context)
    if (
        response is not None
        and isinstance(exc, APIException)
        and isinstance(response.data, dict)
        and set(response.data) == {"detail"}
    ):
        # One shape for every error with a single message: {"detail": ..., "code": ...}.
        response.data["code"] = exc.get_codes()
    return response
