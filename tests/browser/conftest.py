"""Browser tests: Debian's Chromium driven by Playwright (sync API) against pytest-django's
live server, on the suite's test database (SQLite or PostgreSQL).

- ``browser``: Chromium, launched once for all the browser tests (this package).
- ``browsing``: the browser contexts of one test (each one person with their own cookies, in
  English, 1440×900 unless told), watched for what must never happen on a page: a
  Content-Security-Policy violation, a JavaScript error or any other console error, and a 4xx/5xx
  response. The test fails at teardown when one happened.
- ``login(page, username)``: sign in through the login form.
- ``workspace``: a small realistic organisation (teams, agents, customers writing in Spanish and
  English, severities, sensitivities, promises), made through ``cases.services``.
- ``screenshot(page, name)``: a full-page PNG; into ``docs/screenshots/`` with
  ``FARO_SCREENSHOTS=1``, else into the test's temporary folder (so the suite leaves the work tree
  alone).
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import Group
from django.db import connection, connections
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Response,
    ViewportSize,
    expect,
    sync_playwright,
)

from cases import services
from cases.models import Case, Customer, Direction, Sensitivity, Severity, Team
from cases.services import CustomerRef
from tests.factories import TeamFactory, UserFactory

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PASSWORD = "pass-word-123"  # tests.factories.UserFactory's
DESKTOP: ViewportSize = {"width": 1440, "height": 900}
TABLET: ViewportSize = {"width": 820, "height": 1180}
WAIT_MS = 10_000  # auto-waiting limit: two live polls (4 s on the case page, 5 s on the queue)
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

CSP_VIOLATION = re.compile(r"Content[ -]Security[ -]Policy|Refused to", re.IGNORECASE)
# The one console error htmx logs that loses nothing: a poll cut short because the page was left
# or reloaded. (Polls and actions are serialised by hx-sync on #timeline, so a poll's answer never
# lands in a #live an action already replaced.)
HTMX_RACE_NOISE = re.compile(r"^htmx:sendAbort\b")


# --- Reference data ------------------------------------------------------------------------------

# The data migrations that make the roles: each one's function, run again after a flush.
_REFERENCE_MIGRATIONS = (
    ("0002_roles_and_sensitivities", "create_roles"),
    ("0007_escalation_permissions", "grant"),
)
_DB_BLOCKER = pytest.StashKey[object]()


def ensure_reference_data() -> None:
    """Put back the roles (groups with their permissions) and the sensitivities of the data
    migrations when they are gone: the flush after a transactional test empties every table, and
    its post_migrate signal brings back only content types and permissions. Runs the migrations'
    own functions, so the two cannot drift apart."""
    if Group.objects.filter(name="agent").exists() and Sensitivity.objects.exists():
        return
    for name, function in _REFERENCE_MIGRATIONS:
        migration = importlib.import_module(f"cases.migrations.{name}")
        state = MigrationLoader(connection).project_state(("cases", name), at_end=True)
        getattr(migration, function)(state.apps, None)


@pytest.fixture(scope="session", autouse=True)
def _remember_db_blocker(pytestconfig, django_db_blocker):
    pytestconfig.stash[_DB_BLOCKER] = django_db_blocker


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a browser test's flush, leave the reference data as it was found: later
    transactional tests (elsewhere in the suite) rely on the roles of migration 0002. Not after
    the session's last test, whose teardown has dropped the test database."""
    try:
        return (yield)
    finally:
        blocker = item.config.stash.get(_DB_BLOCKER, None)
        if blocker is not None and nextitem is not None and "live_server" in item.fixturenames:
            with blocker.unblock():
                ensure_reference_data()


# --- The browser ---------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def live_server(django_db_setup, live_server):
    """pytest-django's live server, started only once the test database exists. Otherwise (it is
    session-scoped, so pytest may start it first) it does not see SQLite's in-memory test
    database, and each of its request threads opens a connection of its own to the shared
    in-memory database, where a write in one thread fails reads in another: "database table is
    locked". Started after, its threads share the test's connection, as Django intends."""
    return live_server


@pytest.fixture(scope="package", autouse=True)
def _orm_beside_playwright() -> Iterator[None]:
    """Playwright's sync API keeps an asyncio event loop running in the test thread, and Django
    refuses ORM calls from a thread with a running loop unless told the caller is synchronous (it
    is). Only for these tests: the variable would also reach subprocesses of other tests (the
    deployment check refuses it)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    """Chromium, launched once for the browser tests and closed after them, which also stops
    Playwright's event loop before the rest of the suite runs."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set CHROMIUM)")
    expect.set_options(timeout=WAIT_MS)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class Browsing:
    """The browser contexts of one test and what went wrong on their pages."""

    browser: Browser
    base_url: str
    problems: list[str] = field(default_factory=list)
    contexts: list[BrowserContext] = field(default_factory=list)

    def new_page(self, *, viewport: ViewportSize = DESKTOP) -> Page:
        """A page in a new context: a separate person (own cookies), reading in English."""
        context = self.browser.new_context(
            base_url=self.base_url,
            locale="en-US",  # also the Accept-Language header: Django's LocaleMiddleware → "en"
            timezone_id=settings.FARO_PAGES_TIME_ZONE,
            viewport=viewport,
        )
        context.set_default_timeout(WAIT_MS)
        context.on("console", self._on_console)
        context.on("weberror", lambda error: self.problems.append(f"page error: {error.error}"))
        context.on("response", self._on_response)
        self.contexts.append(context)
        return context.new_page()

    def _on_console(self, message: ConsoleMessage) -> None:
        if CSP_VIOLATION.search(message.text) or (
            message.type == "error" and not HTMX_RACE_NOISE.search(message.text)
        ):
            self.problems.append(f"console {message.type} on {message.page.url}: {message.text}")

    def _on_response(self, response: Response) -> None:
        if response.status >= 400:
            request = response.request
            self.problems.append(f"{response.status} for {request.method} {response.url}")

    def close(self) -> None:
        for context in self.contexts:
            context.close()


@pytest.fixture(autouse=True)
def _one_connection_on_sqlite(live_server) -> None:
    """On SQLite's in-memory test database, use the connection the live server's threads share.

    With Playwright's event loop running in the test thread, Django keeps that thread's
    connections per asyncio context (asgiref's ``Local``), so the test would otherwise open a
    second connection to the shared in-memory database; a write from the test (a customer's
    message) while a page's poll reads would then fail the poll: "database table is locked".
    (On PostgreSQL each thread has its own connection anyway: nothing to share.)"""
    for alias, shared in live_server.thread.connections_override.items():
        connections[alias] = shared


@pytest.fixture
def browsing(browser, live_server) -> Iterator[Browsing]:
    """Open pages with ``browsing.new_page()``; the test fails if any of them saw a CSP
    violation, a JavaScript error, a console error or an error response."""
    session = Browsing(browser=browser, base_url=live_server.url)
    yield session
    session.close()
    assert not session.problems, "the pages reported:\n" + "\n".join(session.problems)


def login(
    page: Page, username: str, password: str = PASSWORD, *, next_path: str = "/cases/"
) -> None:
    """Sign in through the login form and land on ``next_path`` (the queue by default)."""
    page.goto(f"/accounts/login/?next={quote(next_path)}")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator(".login-card button[type=submit]").click()
    expect(page).to_have_url(re.compile(re.escape(next_path) + "$"))


# Chromium lays a full-page capture out again at the page's whole height, which scrolls the
# timeline's own scroll box back to its oldest entry; unrolled, the capture shows the whole story.
# (Through the CSSOM: the Content-Security-Policy refuses the stylesheet Playwright would inject.)
UNROLL_TIMELINE = """(value) => {
    document.getElementById("timeline")?.style.setProperty("max-height", value);
}"""
# The capture leaves empty style attributes behind (the timeline's above, and Playwright's own on
# inputs); htmx settles "style" among the attributes of swapped elements, and copying even an
# empty inline style trips the Content-Security-Policy. Removing an attribute does not.
DROP_EMPTY_STYLES = """() => document.querySelectorAll('[style=""]').forEach(
    (element) => element.removeAttribute("style"))"""
# A passing notice ("Reply sent.") would float in the middle of a full-page capture.
CLEAR_NOTICES = "() => document.getElementById('notices')?.replaceChildren()"


@pytest.fixture
def screenshot(tmp_path) -> Callable[[Page, str], Path]:
    """Save a full-page screenshot (timeline unrolled, passing notices cleared); into
    docs/screenshots/ when FARO_SCREENSHOTS=1."""
    folder = SCREENSHOTS if os.environ.get("FARO_SCREENSHOTS") == "1" else tmp_path

    def take(page: Page, name: str) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        page.evaluate(CLEAR_NOTICES)
        page.evaluate(UNROLL_TIMELINE, "none")
        page.screenshot(path=str(path), full_page=True, animations="disabled")
        page.evaluate(UNROLL_TIMELINE, "")
        page.evaluate(DROP_EMPTY_STYLES)
        return path

    return take


# --- The organisation ----------------------------------------------------------------------------


def local_input(moment: datetime) -> str:
    """A moment as a ``datetime-local`` input holds it, in the pages' time zone."""
    zone = ZoneInfo(settings.FARO_PAGES_TIME_ZONE)
    return moment.astimezone(zone).strftime("%Y-%m-%dT%H:%M")


@dataclass
class Workspace:
    lucia: AbstractBaseUser  # agent in admissions and claims: the one working in the browser
    diego: AbstractBaseUser  # supervisor of admissions and claims: watches the same case
    admissions: Team
    claims: Team
    carmen_email: str
    carmen_case: Case  # the case the scenario works: high severity, sensitive, a promise open
    cases: list[Case]


def _message(ago: timedelta, **fields) -> Case:
    """Record one interaction ``ago`` before now; its case."""
    fields.setdefault("direction", Direction.INBOUND)
    recorded = services.record_interaction(occurred_at=timezone.now() - ago, **fields)
    return recorded.interaction.case


def _label(case: Case, *, severity: int, sensitivity: str | None = None) -> Case:
    """Severity and sensitivity, as a supervisor sets them in the back office."""
    Case.objects.filter(pk=case.pk).update(
        severity=severity,
        sensitivity=Sensitivity.objects.get(slug=sensitivity) if sensitivity else None,
    )
    case.refresh_from_db()
    return case


@pytest.fixture
def workspace(transactional_db) -> Workspace:
    """Two teams, an agent and a supervisor in both, and five customers' cases in Spanish and
    English, as the live server sees them (committed)."""
    ensure_reference_data()
    admissions = TeamFactory(name="Admisiones", slug="admissions")
    claims = TeamFactory(name="Siniestros", slug="claims")
    lucia = UserFactory(username="lucia", role="agent", first_name="Lucía", last_name="Fernández")
    diego = UserFactory(
        username="diego", role="supervisor", first_name="Diego", last_name="Navarro"
    )
    for team in (admissions, claims):
        # Both in both teams: the scenario hands the case over to claims and goes on with it.
        team.members.add(lucia, diego)

    carmen_email = "carmen.ortega@example.com"
    carmen = CustomerRef(email=carmen_email, phone="+34 612 345 678", name="Carmen Ortega Ruiz")
    carmen_case = _message(
        timedelta(minutes=52),
        customer=carmen,
        channel="chat",
        team=admissions,
        subject="Ingreso de su padre: ¿cubre la habitación individual?",
        text="Hola, a mi padre lo ingresaron anoche en urgencias y no sé si la póliza cubre la "
        "habitación individual. ¿Me podéis ayudar? Estoy muy nerviosa.",
    )
    services.assign_case(carmen_case, owner=lucia, actor=diego)
    _message(
        timedelta(minutes=47),
        customer=carmen_case.customer,
        case=carmen_case,
        channel="note",
        direction=Direction.INTERNAL,
        author=diego,
        text="Hija del asegurado, muy afectada. Prioridad: si no contesta al chat, llamadla.",
    )
    _message(
        timedelta(minutes=41),
        customer=carmen,
        channel="chat",
        text="Perdón, olvidé decir el número de póliza: 77-40213.",
    )
    services.add_commitment(
        carmen_case,
        description="Llamar a Carmen con la autorización del ingreso",
        due_at=timezone.now() + timedelta(hours=3),
        actor=diego,
    )
    carmen_case = _label(carmen_case, severity=Severity.HIGH, sensitivity="serious-diagnosis")

    james_case = _message(
        timedelta(hours=2),
        customer=CustomerRef(
            email="james.oconnor@example.co.uk", name="James O'Connor", language="en"
        ),
        channel="email",
        team=claims,
        subject="Cancelling my late mother's policy",
        text="Hello, my mother, Margaret O'Connor, passed away last Tuesday. I need to cancel her "
        "policy and understand what the funeral cover includes. I am her executor.",
    )
    Customer.objects.filter(pk=james_case.customer_id).update(time_zone="Europe/London")
    james_case = _label(james_case, severity=Severity.CRITICAL, sensitivity="bereavement")

    rosa = CustomerRef(phone="+34 611 222 333", name="Rosa Martín Delgado")
    rosa_case = _message(
        timedelta(hours=3),
        customer=rosa,
        channel="phone",
        team=claims,
        duration_seconds=7 * 60,
        subject="Reembolso de la factura de la clínica dental",
        summary="Llama por el reembolso de la factura de la clínica dental. No puede adelantar "
        "el pago este mes; pide que se tramite cuanto antes.",
    )
    services.assign_case(rosa_case, owner=diego, actor=diego)
    _message(
        timedelta(hours=2) + timedelta(minutes=50),
        customer=rosa,
        case=rosa_case,
        channel="sms",
        direction=Direction.OUTBOUND,
        author=diego,
        text="Hola Rosa, hemos recibido la factura. Le confirmamos el reembolso en 48 horas.",
    )
    services.add_commitment(
        rosa_case,
        description="Confirmar a Rosa la fecha del reembolso",
        due_at=timezone.now() + timedelta(days=2),
        actor=diego,
    )
    rosa_case = _label(rosa_case, severity=Severity.NORMAL, sensitivity="financial-hardship")

    emily_case = _message(
        timedelta(minutes=18),
        customer=CustomerRef(phone="+44 7911 123456", name="Emily Clarke", language="en"),
        channel="sms",
        team=admissions,
        text="Hi, could someone call me back about my claim? Ref 55-2310. I'm free after 5pm.",
    )
    emily_case = _label(emily_case, severity=Severity.LOW)

    javier = CustomerRef(email="javier.gomez@example.org", name="Javier Gómez Ibáñez")
    javier_case = _message(
        timedelta(hours=5),
        customer=javier,
        channel="chat",
        team=admissions,
        text="Buenas tardes, ¿cuándo me llega la tarjeta sanitaria nueva?",
    )
    services.assign_case(javier_case, owner=lucia, actor=lucia)
    _message(
        timedelta(hours=4) + timedelta(minutes=52),
        customer=javier,
        case=javier_case,
        channel="chat",
        direction=Direction.OUTBOUND,
        author=lucia,
        text="Hola Javier, la tarjeta se envió el lunes por correo ordinario; debería llegarle "
        "esta semana.",
    )

    return Workspace(
        lucia=lucia,
        diego=diego,
        admissions=admissions,
        claims=claims,
        carmen_email=carmen_email,
        carmen_case=carmen_case,
        cases=[carmen_case, james_case, rosa_case, emily_case, javier_case],
    )
