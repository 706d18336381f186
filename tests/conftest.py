"""Personas and clients shared by the suite: every endpoint is tried allowed and forbidden."""

from __future__ import annotations

import pytest
from django.db import connection
from rest_framework.test import APIClient
from rest_framework_api_key.models import APIKey

from tests.factories import TeamFactory, UserFactory


def pytest_collection_modifyitems(config, items):
    """PostgreSQL-only tests (row-level races SQLite cannot show) are deselected on SQLite."""
    if connection.vendor == "postgresql":
        return
    kept, dropped = [], []
    for item in items:
        (dropped if item.get_closest_marker("postgres") else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """PBKDF2's deliberate slowness is for attackers, not for the suite."""
    settings.PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.MD5PasswordHasher",
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",  # hashes made outside a test
    ]


@pytest.fixture
def team(db):
    return TeamFactory(name="Admisiones", slug="admissions")


@pytest.fixture
def other_team(db):
    return TeamFactory(name="Siniestros", slug="claims")


@pytest.fixture
def agent(team):
    user = UserFactory(username="agent", role="agent")
    team.members.add(user)
    return user


@pytest.fixture
def supervisor(team):
    user = UserFactory(username="supervisor", role="supervisor")
    team.members.add(user)
    return user


@pytest.fixture
def manager(db):
    return UserFactory(username="manager", role="manager", is_staff=True)


@pytest.fixture
def outsider(other_team):
    """An agent of another team: must never see the first team's cases."""
    user = UserFactory(username="outsider", role="agent")
    other_team.members.add(user)
    return user


@pytest.fixture
def api_key(db):
    _, key = APIKey.objects.create_key(name="chat-widget")
    return key


@pytest.fixture
def api_client(api_key):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {api_key}")
    return client


@pytest.fixture
def anonymous_client():
    return APIClient()
