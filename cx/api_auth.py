"""API authentication: per-integration API keys for machines, the session for staff."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions, permissions
from rest_framework_api_key.models import APIKey
from rest_framework_api_key.permissions import KeyParser

from cases.roles import Integration, is_integration

KEYWORD = "Api-Key"


class ApiKeyAuthentication(authentication.BaseAuthentication):
    """``Authorization: Api-Key <prefix>.<secret>``; keys are stored hashed (SHA-512), revocable."""

    def authenticate(self, request) -> tuple[Integration, APIKey] | None:  # noqa: ANN001
        key = KeyParser().get(request)
        if key is None:
            return None
        try:
            api_key = APIKey.objects.get_from_key(key)
        except APIKey.DoesNotExist:
            raise exceptions.AuthenticationFailed(_("Invalid or revoked API key.")) from None
        if api_key.has_expired:
            raise exceptions.AuthenticationFailed(_("This API key has expired."))
        return Integration(api_key), api_key

    def authenticate_header(self, request) -> str:  # noqa: ANN001
        return KEYWORD


class IsStaffOrIntegration(permissions.BasePermission):
    """Integrations may call every endpoint; people need the case permissions of their role."""

    message = gettext_lazy("Your role does not allow this.")

    def has_permission(self, request, view) -> bool:  # noqa: ANN001
        user = request.user
        if is_integration(user):
            return True
        if not (user and user.is_authenticated and user.is_active):
            return False
        if request.method in permissions.SAFE_METHODS:
            return user.has_perm("cases.view_case")
        return user.has_perm("cases.change_case")


class ApiKeyAuthenticationScheme(OpenApiAuthenticationExtension):
    """Describes API-key authentication in the OpenAPI schema (and the docs' Authorize button)."""

    target_class = "cx.api_auth.ApiKeyAuthentication"
    name = "ApiKeyAuth"

    def get_security_definition(self, auto_schema) -> dict:  # noqa: ANN001
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Api-Key <key>`, a key made with `manage.py create_api_key NAME`.",
        }
