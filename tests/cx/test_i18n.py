"""Both catalogs stay complete and compiled; pages follow the chosen language."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parents[2] / "locale"


@pytest.mark.parametrize("language", ["es", "en"])
def test_catalog_is_complete_and_compiled(language):
    po = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    assert len(po) > 100
    missing = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert missing == [] and fuzzy == []
    mo = polib.mofile(str(LOCALE / language / "LC_MESSAGES" / "django.mo"))
    compiled = {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in mo if e.msgid}
    source = {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in po.translated_entries()}
    assert compiled == source, "run `make messages` to recompile the catalogs"


def test_the_english_catalog_is_the_identity():
    """The code is written in English: any English msgstr that differs is a stale guess."""
    po = polib.pofile(str(LOCALE / "en" / "LC_MESSAGES" / "django.po"))
    for entry in po.translated_entries():
        if entry.msgid_plural:
            assert entry.msgstr_plural == {0: entry.msgid, 1: entry.msgid_plural}, entry.msgid
        else:
            assert entry.msgstr == entry.msgid, entry.msgid


@pytest.mark.parametrize("language", ["es", "en"])
def test_placeholders_survive_translation(language):
    po = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    for entry in po.translated_entries():
        if "%(" in entry.msgid and not entry.msgid_plural:
            wanted = sorted(p for p in entry.msgid.split("%(")[1:])
            names = sorted(p.split(")")[0] for p in wanted)
            got = sorted(p.split(")")[0] for p in entry.msgstr.split("%(")[1:])
            assert got == names, entry.msgid


def test_spanish_is_the_default_and_english_is_available(client):
    assert (
        "Atención" in client.get("/").content.decode() or "Faro" in client.get("/").content.decode()
    )
    spanish = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="es").content.decode()
    english = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Contraseña" in spanish
    assert "Password" in english


def test_staff_can_switch_language(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert response.status_code == 302
    page = client.get("/").content.decode()
    assert 'lang="en"' in page
    client.post("/i18n/setlang/", {"language": "es", "next": "/"})
    assert 'lang="es"' in client.get("/").content.decode()


@pytest.mark.django_db
def test_api_errors_follow_the_callers_language(api_client, team):
    body = {"source": "x", "channel": "chat", "direction": "inbound", "customer": {}, "text": "a"}
    spanish = api_client.post("/api/v1/interactions/", body, format="json").json()
    english = api_client.post(
        "/api/v1/interactions/", body, format="json", HTTP_ACCEPT_LANGUAGE="en"
    ).json()
    assert "Indique al menos una identidad" in str(spanish["customer"])
    assert "Give at least one customer identity" in str(english["customer"])
