"""``manage.py create_api_key NAME [--expires-days N]``: a key for one integration (chat widget,
telephony, email provider). The key is stored hashed, so it is printed once, here; revoke it in
the admin."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone
from rest_framework_api_key.models import APIKey

from cx.api_auth import KEYWORD

NAME_MAX_LENGTH = APIKey._meta.get_field("name").max_length


class Command(BaseCommand):
    help = "Create an API key for an integration and print it once."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name", help="Who uses the key, e.g. chat-widget or telephony.")
        parser.add_argument(
            "--expires-days",
            type=int,
            metavar="N",
            help="The key stops working after N days (default: never).",
        )
        parser.add_argument(
            "--key-only", action="store_true", help="Print only the key (for scripts)."
        )

    def handle(
        self, *args: Any, name: str, expires_days: int | None, key_only: bool, **options: Any
    ) -> None:
        name = name.strip()
        if not name:
            raise CommandError("Give the key a name, e.g. chat-widget.")
        if len(name) > NAME_MAX_LENGTH:
            raise CommandError(f"The name can have at most {NAME_MAX_LENGTH} characters.")
        if expires_days is not None and expires_days < 1:
            raise CommandError("--expires-days must be at least 1.")
        expiry = timezone.now() + timedelta(days=expires_days) if expires_days else None
        api_key, key = APIKey.objects.create_key(name=name, expiry_date=expiry)
        if key_only:
            self.stdout.write(key)
            return
        until = f"until {api_key.expiry_date:%Y-%m-%d %H:%M %Z}" if expiry else "without expiry"
        self.stdout.write(
            self.style.SUCCESS(f"API key {name!r} created (prefix {api_key.prefix}), {until}.")
        )
        self.stdout.write("Copy it now: it is stored hashed and cannot be shown again.")
        self.stdout.write(f"\n    {key}\n\n")
        self.stdout.write(
            f'Send it on every request as the header "Authorization: {KEYWORD} <key>".'
        )
        self.stdout.write("Revoke it in the admin (API keys) when it is no longer needed.")
