"""Project-level guarantees: health check, deployment settings, migrations, configuration."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

from cx.env import env_bool, env_int, env_list, env_secret

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env.update(
        FARO_ENV="production",
        SECRET_KEY="a-long-random-production-secret-" + "x" * 40,
        ALLOWED_HOSTS="127.0.0.1,faro.example.org",
        **extra,
    )
    return env


def test_healthz_is_503_when_the_database_is_unreachable():
    """A real server whose database does not answer (nothing listens on the port)."""
    port, dead_db_port = free_port(), free_port()
    env = production_env(
        DATABASE_URL=f"postgres://faro:faro@127.0.0.1:{dead_db_port}/faro",
        SECURE_SSL_REDIRECT="0",
    )
    gunicorn = Path(sys.executable).parent / "gunicorn"
    server = subprocess.Popen(  # noqa: S603
        [str(gunicorn), "cx.wsgi", "-b", f"127.0.0.1:{port}", "-w", "1", "--timeout", "20"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        status = None
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5)  # noqa: S310
                status = 200
                break
            except urllib.error.HTTPError as error:
                status = error.code
                break
            except OSError:
                time.sleep(0.1)
        assert status == 503
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_deploy_checklist_is_clean_with_production_settings():
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    env = production_env()
    del env["SECRET_KEY"]
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


@pytest.mark.django_db
def test_models_and_migrations_agree():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_env_helpers_read_and_refuse(monkeypatch, tmp_path):
    monkeypatch.setenv("X_BOOL", "yes")
    monkeypatch.setenv("X_INT", "12")
    monkeypatch.setenv("X_LIST", "a, b,,c")
    assert env_bool("X_BOOL") is True and env_int("X_INT", 0) == 12
    assert env_list("X_LIST") == ["a", "b", "c"]
    monkeypatch.setenv("X_BOOL", "maybe")
    with pytest.raises(ImproperlyConfigured, match="X_BOOL"):
        env_bool("X_BOOL")
    monkeypatch.setenv("X_INT", "twelve")
    with pytest.raises(ImproperlyConfigured, match="X_INT"):
        env_int("X_INT", 0)
    secret = tmp_path / "secret"
    secret.write_text("s3cret\n")
    monkeypatch.setenv("X_SECRET_FILE", str(secret))
    assert env_secret("X_SECRET") == "s3cret"


def test_home_page_and_admin_login_render(client):
    assert client.get("/").status_code == 200
    assert client.get("/admin/login/").status_code == 200


def test_unknown_page_is_a_friendly_404_and_unknown_api_path_json(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    response = client.get("/api/v1/no-such-thing/")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_env_float_reads_numbers_and_refuses_garbage(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    from cx.env import env_float

    monkeypatch.setenv("FARO_TEST_FLOAT", "-0.35")
    assert env_float("FARO_TEST_FLOAT", 1.0) == -0.35
    monkeypatch.setenv("FARO_TEST_FLOAT", "")
    assert env_float("FARO_TEST_FLOAT", 1.0) == 1.0
    for bad in ("abc", "nan", "inf"):
        monkeypatch.setenv("FARO_TEST_FLOAT", bad)
        with pytest.raises(ImproperlyConfigured):
            env_float("FARO_TEST_FLOAT", 1.0)
