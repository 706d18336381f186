from __future__ import annotations

from django.apps import AppConfig


class CxConfig(AppConfig):
    name = "cx"
    verbose_name = "Faro"
