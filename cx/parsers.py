"""A JSON parser that turns every malformed body into a clear 400 or 413, never a 500.

Python's ``json`` raises ``RecursionError`` on deeply nested input (which DRF does not catch),
accepts ``NaN`` and ``Infinity`` (not JSON), keeps the last of duplicated keys silently and lets
lone surrogates and NUL characters through, which PostgreSQL then refuses mid-transaction.
"""

from __future__ import annotations

import json
import re
from typing import Any

from django.conf import settings
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.exceptions import APIException, ParseError
from rest_framework.parsers import BaseParser

from cx.middleware import payload_too_large_message

# Nesting deeper than this is refused before json can recurse into it.
MAX_DEPTH = 32
_FORBIDDEN_CHARS = re.compile("[\x00\ud800-\udfff]")


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "payload_too_large"

    def __init__(self) -> None:
        super().__init__(payload_too_large_message())


class StrictJSONParser(BaseParser):
    media_type = "application/json"

    def parse(self, stream, media_type=None, parser_context=None) -> Any:  # noqa: ANN001
        limit = settings.FARO_MAX_REQUEST_BYTES
        raw = stream.read(limit + 1) if stream is not None else b""
        if len(raw) > limit:
            raise PayloadTooLarge()
        return parse_strict_json(raw)


def parse_strict_json(raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ParseError(_("The body is not valid UTF-8.")) from None
    if text.count("[") + text.count("{") > MAX_DEPTH and _nesting_depth(text) > MAX_DEPTH:
        raise ParseError(_("The JSON body is nested too deeply.")) from None
    try:
        data = json.loads(
            text, parse_constant=_refuse_constant, object_pairs_hook=_refuse_duplicate_keys
        )
    except RecursionError:
        raise ParseError(_("The JSON body is nested too deeply.")) from None
    except ValueError as exc:
        raise ParseError(_("The body is not valid JSON: %(error)s") % {"error": exc}) from None
    _refuse_forbidden_characters(data)
    return data


def _nesting_depth(text: str) -> int:
    """Upper bound of the nesting depth (brackets in strings count too: errs on the safe side)."""
    depth = deepest = 0
    for char in text:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _refuse_constant(name: str) -> None:
    raise ValueError(_("%(name)s is not a JSON value") % {"name": name})


def _refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(_("duplicated key %(key)s") % {"key": json.dumps(key)})
        result[key] = value
    return result


def _refuse_forbidden_characters(value: Any) -> None:
    if isinstance(value, str):
        if _FORBIDDEN_CHARS.search(value):
            raise ParseError(
                _("Text may not contain NUL characters or unpaired surrogates (\\u0000, \\ud800).")
            )
    elif isinstance(value, dict):
        for key, item in value.items():
            _refuse_forbidden_characters(key)
            _refuse_forbidden_characters(item)
    elif isinstance(value, list):
        for item in value:
            _refuse_forbidden_characters(item)
