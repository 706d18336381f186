"""Normalising the ways a customer is recognised, so one person is one identity across channels."""

from __future__ import annotations

import phonenumbers
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils.translation import gettext as _

_email_validator = EmailValidator()


class InvalidIdentity(ValueError):
    """A phone or email that cannot be normalised; the message is translated and safe to show."""


def normalize_email(raw: str) -> str:
    value = raw.strip().lower()
    try:
        _email_validator(value)
    except ValidationError:
        raise InvalidIdentity(
            _("%(value)s is not a valid email address.") % {"value": raw}
        ) from None
    return value


def normalize_phone(raw: str, region: str | None = None) -> str:
    """Return the number in E.164 (+34600111222). National numbers are read in ``region``
    (``FARO_PHONE_REGION``, Spain by default)."""
    region = region or settings.FARO_PHONE_REGION
    try:
        number = phonenumbers.parse(raw.strip(), region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise InvalidIdentity(_("%(value)s is not a valid phone number.") % {"value": raw})
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_external_id(raw: str) -> str:
    value = raw.strip()
    if not value or len(value) > 254:
        raise InvalidIdentity(_("An external id must have between 1 and 254 characters."))
    return value
