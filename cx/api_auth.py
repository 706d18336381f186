"""API authentication: per-integration API keys for machines, the session for staff."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from django.db import connection
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions, permissions
from rest_framework_api_key.models import APIKey
from rest_framework_api_key.permissions import KeyParser

from cases.roles import Integration, is_integration

KEYWORD = "Api-Key"
# A key's row read from the database is trusted this long by the process that read it: a key
# revoked, deleted or changed stops working within this many seconds everywhere (at once in the
# process that changed it, through the signals below). The secret and the expiry date (as read)
# are checked on every request.
KEY_RECHECK_SECONDS = 2.0
_KEY_PARSER = KeyParser()
_KEY_GENERATOR = APIKey.objects.key_generator
# prefix -> (when it was read, the key as stored). Only keys that exist and are not revoked.
_recently_read: dict[str, tuple[float, APIKey]] = {}


class ApiKeyAuthentication(authentication.BaseAuthentication):
    """``Authorization: Api-Key <prefix>.<secret>``; keys are stored hashed (SHA-512), revocable.

    The secret is checked on every request (SHA-512, constant-time comparison) against the stored
    hash; the stored row is read again at most every ``KEY_RECHECK_SECONDS`` per process, with one
    plain indexed query by prefix (the ORM's ``get_from_key`` cost ~0.8 ms of CPU per webhook
    call, the round trip some more). Keys hashed by an older library version (Django password
    hashers) take the library's path, which also upgrades them."""

    def authenticate(self, request) -> tuple[Integration, APIKey] | None:  # noqa: ANN001
        key = _KEY_PARSER.get(request)
        if key is None:
            return None
        api_key = _usable_key(key)
        if api_key is None:
            raise exceptions.AuthenticationFailed(_("Invalid or revoked API key."))
        if api_key.has_expired:
            raise exceptions.AuthenticationFailed(_("This API key has expired."))
        return Integration(api_key), api_key

    def authenticate_header(self, request) -> str:  # noqa: ANN001
        return KEYWORD


def _usable_key(key: str) -> APIKey | None:
    """The unrevoked key ``key`` names (``<prefix>.<secret>``) when its secret matches, else None.
    Same rules as ``APIKey.objects.get_from_key``."""
    prefix = key.partition(".")[0]
    now = time.monotonic()
    read = _recently_read.get(prefix)
    if read is None or now - read[0] >= KEY_RECHECK_SECONDS:
        stored = _read_key(prefix)
        if stored is None:
            _recently_read.pop(prefix, None)
            return None
        if not _KEY_GENERATOR.using_preferred_hasher(stored.hashed_key):
            try:
                return APIKey.objects.get_from_key(key)
            except APIKey.DoesNotExist:
                return None
        read = _recently_read[prefix] = (now, stored)
    api_key = read[1]
    return api_key if _KEY_GENERATOR.verify(key, api_key.hashed_key) else None


def _read_key(prefix: str) -> APIKey | None:
    table = connection.ops.quote_name(APIKey._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, hashed_key, name, expiry_date FROM {table} "  # noqa: S608 - our names
            "WHERE prefix = %s AND NOT revoked",
            [prefix],
        )
        row = cursor.fetchone()
    if row is None:
        return None
    pk, hashed_key, name, expiry_date = row
    return APIKey(
        id=pk,
        prefix=prefix,
        hashed_key=hashed_key,
        name=name,
        revoked=False,
        expiry_date=_aware(expiry_date),
    )


@receiver(post_save, sender=APIKey)
@receiver(post_delete, sender=APIKey)
def _forget_keys(**kwargs) -> None:  # noqa: ANN003
    """A key revoked, changed or deleted here is read again on its next use."""
    _recently_read.clear()


def _aware(value: datetime | str | None) -> datetime | None:
    """A timestamp read with a plain cursor: a datetime on PostgreSQL, text (UTC) on SQLite."""
    if isinstance(value, str):
        value = parse_datetime(value)
    if value is not None and timezone.is_naive(value):
        value = timezone.make_aware(value, UTC)
    return value


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
