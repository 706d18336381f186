"""``manage.py seed_demo``: the demo organisation that ``make run`` starts with.

Teams, staff logins, ~50 customers and ~120 cases whose stories run over the last 60 days on every
channel. Every case, interaction, assignment, hand-off, channel switch, status change and promise
is written through ``cases.services``, as the product writes them; the content is in
``cases.management.demo_data``.

Idempotent: once demo interactions exist the command only prints the logins, so ``make run`` can
call it on every start. Times are relative to the moment it runs and every choice comes from a
seeded random generator, so two fresh databases get the same stories.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import accumulate, count, cycle, takewhile
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import AbstractBaseUser, Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Min
from django.utils import timezone

from cases import services
from cases.management import demo_data as demo
from cases.models import (
    Case,
    CaseEvent,
    CaseStatus,
    Category,
    Channel,
    Commitment,
    CommitmentStatus,
    Customer,
    Direction,
    Escalation,
    EventType,
    Identity,
    Interaction,
    Sensitivity,
    Severity,
    Team,
)
from cases.services import CustomerRef

SOURCE = "demo"
SEED = 2026
# Everyday cases per language (about two thirds Spanish); the two stories add four more.
EVERYDAY_CASES = {"es": 78, "en": 38}
MAX_CASES_PER_CUSTOMER = 4
DAYS_OF_HISTORY = 58

PHONE_FORMATS = {
    "ES": "+3461{:07d}",
    "MX": "+5255{:08d}",
    "CO": "+57300{:07d}",
    "AR": "+54911{:08d}",
    "GB": "+447911{:06d}",
    "IE": "+35387{:07d}",
}
EMAIL_DOMAINS = ("example.com", "example.org", "example.net")

# Minutes between a step and the one before it: (fewest, most).
GAP_MINUTES = {
    demo.MESSAGE: (45, 26 * 60),
    demo.REPLY: (4, 90),
    demo.CALL: (15, 8 * 60),
    demo.NOTE: (3, 45),
    demo.SWITCH: (1, 8),
    demo.HANDOFF: (5, 40),
    demo.PROMISE: (1, 4),
    demo.VISIT: (10 * 60, 40 * 60),
}

User = AbstractBaseUser


@dataclass(frozen=True)
class Seeded:
    teams: int
    customers: int
    cases: int
    interactions: int
    commitments: dict[str, int]
    this_week: Customer
    this_week_case: Case
    seventh_contact: Customer


class Command(BaseCommand):
    help = "Load the demo organisation (teams, logins, customers, cases); does nothing if loaded."

    def handle(self, *args: Any, **options: Any) -> None:
        already = Interaction.objects.filter(source=SOURCE).count()
        if already:
            self.stdout.write(f"Demo data already loaded ({already} interactions); nothing to do.")
        else:
            # A seeded generator: the same stories on every fresh database (nothing secret here).
            rng = random.Random(SEED)  # noqa: S311
            with transaction.atomic():
                seeded = DemoSeeder(now=timezone.now(), rng=rng).load()
            self._print_summary(seeded)
        self._print_logins()

    def _print_summary(self, seeded: Seeded) -> None:
        commitments = ", ".join(f"{n} {status}" for status, n in seeded.commitments.items())
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data loaded: {seeded.teams} teams, {seeded.customers} customers, "
                f"{seeded.cases} cases, {seeded.interactions} interactions."
            )
        )
        self.stdout.write(f"  Promises: {commitments}.")
        self.stdout.write(
            f"  Three chats, two calls and an email this week about one problem: "
            f"{seeded.this_week.name} (case #{seeded.this_week_case.pk})."
        )
        self.stdout.write(
            f"  Seventh contact this month, third today: {seeded.seventh_contact.name}."
        )

    def _print_logins(self) -> None:
        self.stdout.write(
            f"Demo logins at /accounts/login/ (password for all: {demo.PASSWORD}); "
            "agents work in /cases/:"
        )
        for user in demo.USERS:
            where = "all teams, /admin/" if user.role == "manager" else ", ".join(user.teams)
            self.stdout.write(f"  {user.username:<14} {user.role:<11} {where}")


class DemoSeeder:
    """Plays the demo stories through the services, one case at a time in story order.

    The services stamp what they log with the real clock; the story happened over the last
    weeks, so after each step the few timestamps it wrote are moved back to the step's moment
    (``_backdate`` and the comments beside the other direct updates). Nothing else is written
    directly.
    """

    def __init__(self, *, now: datetime, rng: random.Random) -> None:
        self.now = now
        self.rng = rng
        self._external_ids = count(1)
        self._customers: list[Customer] = []

    def load(self) -> Seeded:
        self.teams = self._teams()
        self.categories = self._categories()
        self.sensitivities = {s.slug: s for s in Sensitivity.objects.all()}
        self.users = self._users()
        self.teams_of = {u.username: u.teams for u in demo.USERS}
        self.agents_of = {
            slug: [
                self.users[u.username] for u in demo.USERS if u.role == "agent" and slug in u.teams
            ]
            for slug in demo.TEAMS
        }
        this_week, this_week_case = self._story_this_week()
        seventh_contact = self._story_seventh_contact()
        self._story_tone_turns()
        self._everyday_cases()
        for customer in self._customers:
            self._date_profile(customer)
        promises = Counter(
            Commitment.objects.filter(case__customer__in=self._customers).values_list(
                "status", flat=True
            )
        )
        return Seeded(
            teams=len(self.teams),
            customers=len(self._customers),
            cases=Case.objects.filter(customer__in=self._customers).count(),
            interactions=Interaction.objects.filter(source=SOURCE).count(),
            commitments={status: promises[status] for status in CommitmentStatus.values},
            this_week=this_week,
            this_week_case=this_week_case,
            seventh_contact=seventh_contact,
        )

    # --- The organisation --------------------------------------------------------------------

    def _teams(self) -> dict[str, Team]:
        return {
            slug: Team.objects.get_or_create(
                slug=slug, defaults={"name": name, "description": description}
            )[0]
            for slug, (name, description) in demo.TEAMS.items()
        }

    def _categories(self) -> dict[str, Category]:
        return {
            slug: Category.objects.get_or_create(
                slug=slug, defaults={"name": name, "name_en": name_en}
            )[0]
            for slug, (name, name_en) in demo.CATEGORIES.items()
        }

    def _users(self) -> dict[str, User]:
        users = {}
        # One hash for the shared password: hashing is slow on purpose (a fifth of a second).
        password = make_password(demo.PASSWORD)
        for spec in demo.USERS:
            user, created = get_user_model().objects.get_or_create(
                username=spec.username,
                defaults={
                    "first_name": spec.first_name,
                    "last_name": spec.last_name,
                    "email": f"{spec.username}@faro-demo.example.org",
                    "is_staff": spec.is_staff,
                    "password": password,
                },
            )
            if created:
                user.groups.add(Group.objects.get(name=spec.role))
            for slug in spec.teams:
                self.teams[slug].members.add(user)
            users[spec.username] = user
        return users

    def _customer(self, person: demo.DemoCustomer) -> tuple[Customer, CustomerRef]:
        index = len(self._customers)
        ascii_name = unicodedata.normalize("NFKD", person.name).encode("ascii", "ignore").decode()
        local = ".".join(re.findall(r"[a-z]+", ascii_name.lower().replace("'", "")))
        ref = CustomerRef(
            email=f"{local}@{EMAIL_DOMAINS[index % len(EMAIL_DOMAINS)]}",
            phone=self._phone(person.country, index),
            name=person.name,
            language=person.language,
        )
        customer = services.resolve_customer(ref)
        self._customers.append(customer)
        return customer, ref

    @staticmethod
    def _phone(country: str, index: int) -> str:
        if country == "US":
            return f"+1202555{100 + index:04d}"  # the 555-01xx numbers reserved for fiction
        return PHONE_FORMATS[country].format(100 + index * 37)

    # --- The two stories the brief asks for ---------------------------------------------------

    def _ago(self, days: float = 0, hours: float = 0, minutes: float = 0) -> datetime:
        return self.now - timedelta(days=days, hours=hours, minutes=minutes)

    def _story_this_week(self) -> tuple[Customer, Case]:
        """Three chats, two calls and an email this week, all about the same claim."""
        customer, ref = self._customer(demo.STORY_THIS_WEEK)
        ago = self._ago
        alex, tom = self.users["agent"], self.users["agent.tom"]

        # An earlier question, settled long ago: her profile already has a history.
        old = self._open(
            customer,
            team="insurer-billing",
            category="payment-plan",
            subject="Cambio de cuenta bancaria para los recibos",
            channel=Channel.CHAT,
            at=ago(41, 3),
        )
        old = self._say(
            old,
            ref,
            ago(41, 3),
            Channel.CHAT,
            text="Hola, he cambiado de banco. ¿Cómo actualizo la cuenta donde me cobran el seguro "
            "del coche?",
        )
        old = self._assign(old, tom, actor=tom, at=ago(41, 2, 50))
        old = self._say(
            old,
            ref,
            ago(41, 2, 48),
            Channel.CHAT,
            Direction.OUTBOUND,
            author=tom,
            text="Hola, Carmen. Puede cambiarla en el área de cliente, en «Mis recibos». El "
            "próximo recibo ya se cargará en la cuenta nueva.",
        )
        old = self._say(old, ref, ago(41, 2, 40), Channel.CHAT, text="Hecho. ¡Gracias!")
        old = self._status(old, CaseStatus.RESOLVED, actor=tom, at=ago(41, 2, 30))
        self._status(old, CaseStatus.CLOSED, actor=tom, at=ago(38))

        claim = "SIN-2026-31842"
        case = self._open(
            customer,
            team="insurer-claims",
            category="claim",
            subject=f"Siniestro {claim}: el coche sigue en el depósito y el perito no llega",
            channel=Channel.CHAT,
            severity=Severity.HIGH,
            at=ago(6, 2),
        )
        case = self._say(
            case,
            ref,
            ago(6, 2),
            Channel.CHAT,
            text="Hola. El viernes me golpearon por detrás en un semáforo. Estoy bien, pero el "
            "coche está en el depósito de la grúa y nadie me dice nada. Siniestro " + claim + ".",
        )
        case = self._assign(case, alex, actor=alex, at=ago(6, 1, 45))
        case = self._status(case, CaseStatus.OPEN, actor=alex, at=ago(6, 1, 45))
        case = self._say(
            case,
            ref,
            ago(6, 1, 40),
            Channel.NOTE,
            Direction.INTERNAL,
            author=alex,
            text="Vehículo en el depósito de Grúas del Sur. Pendiente de asignar perito.",
        )
        case = self._say(
            case,
            ref,
            ago(5, 4),
            Channel.PHONE,
            author=alex,
            duration=11 * 60 + 20,
            summary="Llama la clienta: necesita el coche para llevar a su madre a diálisis tres "
            "veces por semana. Le explicamos la peritación y pedimos prioridad.",
        )
        # Not kept: nobody called the next day, and she wrote again.
        broken = self._promise(
            case,
            "Llamar a Carmen con la fecha de visita del perito",
            due=ago(4, 4),
            actor=alex,
            at=ago(5, 3, 55),
        )
        self._settle(broken, CommitmentStatus.BROKEN, actor=None, at=ago(4, 3, 59))
        case = self._say(
            case,
            ref,
            ago(4, 1),
            Channel.CHAT,
            text="Buenos días. Me dijeron que me llamarían ayer con la fecha del perito y nadie "
            "me ha llamado. ¿Sigue todo parado?",
        )
        case = self._say(
            case,
            ref,
            ago(3, 20),
            Channel.NOTE,
            Direction.INTERNAL,
            author=alex,
            text="Perito asignado para el jueves. Pedido coche de sustitución por necesidad "
            "médica de la familia.",
        )
        case = self._say(
            case,
            ref,
            ago(3, 2),
            Channel.EMAIL,
            text="Les adjunto el parte amistoso firmado por los dos conductores, las fotos del "
            "coche y el justificante de las sesiones de diálisis de mi madre, por si sirve para "
            "el coche de sustitución.",
        )
        case = self._say(
            case,
            ref,
            ago(2, 3),
            Channel.PHONE,
            Direction.OUTBOUND,
            author=alex,
            duration=8 * 60 + 5,
            summary="Llamamos a Carmen: el perito irá el jueves entre las 9 y las 11 al "
            "depósito. Coche de sustitución aprobado desde mañana. Nos disculpamos por la "
            "llamada que no llegó.",
        )
        self._promise(
            case,
            "Confirmar a Carmen el resultado de la peritación el mismo jueves",
            due=self.now + timedelta(hours=30),
            actor=alex,
            at=ago(2, 2, 55),
        )
        case = self._say(
            case,
            ref,
            ago(1, 1),
            Channel.CHAT,
            text="El perito no ha aparecido por el depósito. Es la tercera vez que escribo esta "
            "semana por lo mismo y mi madre tiene diálisis pasado mañana.",
        )
        case = self._escalate(
            case,
            "Tres chats, dos llamadas y un email esta semana por el mismo siniestro. Necesita "
            "una solución hoy: su madre tiene diálisis pasado mañana.",
            actor=alex,
            at=ago(1, 0, 40),
        )
        return customer, case

    def _story_seventh_contact(self) -> Customer:
        """A home heart monitor that keeps failing: the seventh contact this month, the third
        today (exactly seven inbound entries in the last 30 days, three in the last 24 hours)."""
        customer, ref = self._customer(demo.STORY_SEVENTH_CONTACT)
        ago = self._ago
        lucia, tom = self.users["agente.lucia"], self.users["agent.tom"]
        supervisor = self.users["supervisor"]

        # The installation, six weeks ago: before the month that counts.
        setup = self._open(
            customer,
            team="hospital-patient-care",
            category="technical-issue",
            subject="Setting up Dad's home heart monitor",
            channel=Channel.EMAIL,
            at=ago(46, 3),
        )
        setup = self._say(
            setup,
            ref,
            ago(46, 3),
            Channel.EMAIL,
            text="Hello, my father (82) was discharged after a heart attack and Cardiology has "
            "given him a home monitor. Could someone help us set it up? I look after him.",
        )
        setup = self._assign(setup, tom, actor=tom, at=ago(46, 2))
        setup = self._say(
            setup,
            ref,
            ago(46, 1),
            Channel.EMAIL,
            Direction.OUTBOUND,
            author=tom,
            text="Hi Daniel, of course. A technician will visit on Thursday morning to install "
            "it and show you both how it works.",
        )
        setup = self._say(
            setup,
            ref,
            ago(44, 5),
            Channel.NOTE,
            Direction.INTERNAL,
            author=tom,
            text="Monitor and hub installed; Cardiology confirms the first readings arrived.",
        )
        setup = self._status(setup, CaseStatus.RESOLVED, actor=tom, at=ago(44, 4))
        self._status(setup, CaseStatus.CLOSED, actor=tom, at=ago(41))

        case = self._open(
            customer,
            team="hospital-patient-care",
            category="technical-issue",
            subject="Dad's home heart monitor keeps disconnecting",
            channel=Channel.PHONE,
            severity=Severity.HIGH,
            sensitivity="serious-diagnosis",
            at=ago(24, 5),
        )
        case = self._assign(case, lucia, actor=lucia, at=ago(24, 5))
        case = self._say(  # contact 1
            case,
            ref,
            ago(24, 5),
            Channel.PHONE,
            author=lucia,
            duration=7 * 60 + 12,
            summary="Son of a cardiac patient on home monitoring: the monitor has shown 'no "
            "connection' since last night and Cardiology called about missing readings. Talked "
            "him through restarting the hub; readings are back.",
        )
        case = self._say(
            case,
            ref,
            ago(24, 4, 50),
            Channel.NOTE,
            Direction.INTERNAL,
            author=lucia,
            text="A restart fixed it. Logged as a device fault with the supplier.",
        )
        case = self._status(case, CaseStatus.RESOLVED, actor=lucia, at=ago(24, 4, 45))
        case = self._say(  # contact 2: reopens the case
            case,
            ref,
            ago(17, 6),
            Channel.CHAT,
            text="The monitor has disconnected again. Dad gets anxious every time the light "
            "turns red. Can someone look at it properly?",
        )
        case = self._say(
            case,
            ref,
            ago(17, 5, 50),
            Channel.CHAT,
            Direction.OUTBOUND,
            author=lucia,
            text="I'm sorry, Daniel. I'm booking a technician to replace the hub; they will come "
            "by Thursday 14:00 at the latest.",
        )
        broken = self._promise(
            case,
            "Technician visit to replace the monitoring hub",
            due=ago(15, 6),
            actor=lucia,
            at=ago(17, 5, 48),
        )
        self._settle(broken, CommitmentStatus.BROKEN, actor=None, at=ago(15, 5, 59))
        case = self._say(  # contact 3
            case,
            ref,
            ago(15, 2),
            Channel.PHONE,
            author=lucia,
            duration=6 * 60 + 40,
            summary="Daniel calls: the technician never came and nobody called. Apologised and "
            "rebooked with the supplier's coordinator for tomorrow morning.",
        )
        kept = self._promise(
            case,
            "Technician visit tomorrow before 12:00",
            due=ago(14, 6),
            actor=lucia,
            at=ago(15, 1, 55),
        )
        case = self._say(
            case,
            ref,
            ago(14, 9),
            Channel.NOTE,
            Direction.INTERNAL,
            author=lucia,
            text="Technician replaced the hub this morning. Signal OK.",
        )
        self._settle(kept, CommitmentStatus.KEPT, actor=lucia, at=ago(14, 8, 58))
        case = self._switch(
            case,
            Channel.VIDEO,
            "Video call so we can see the new hub's lights with Daniel.",
            actor=lucia,
            at=ago(12, 3),
        )
        case = self._say(
            case,
            ref,
            ago(12, 3),
            Channel.VIDEO,
            Direction.OUTBOUND,
            author=lucia,
            duration=12 * 60 + 30,
            summary="Follow-up video call: the hub sits in the basement, where the mobile signal "
            "is weak. Moved it upstairs together; readings flowing again.",
        )
        case = self._status(case, CaseStatus.RESOLVED, actor=lucia, at=ago(12, 2, 40))
        case = self._say(  # contact 4: reopens the case
            case,
            ref,
            ago(4, 7),
            Channel.EMAIL,
            text="It happened again on Sunday night. This is the fourth time I've had to contact "
            "you this month. I need a permanent fix, not another restart. My father had a heart "
            "attack in March and these alarms frighten him.",
        )
        case = self._say(
            case,
            ref,
            ago(4, 5),
            Channel.EMAIL,
            Direction.OUTBOUND,
            author=lucia,
            text="You're right, Daniel, and I'm sorry. We're replacing the hub with a wired model "
            "that doesn't depend on the mobile signal. Our engineer will call you to arrange it.",
        )
        self._promise(
            case,
            "Engineer to call Daniel to arrange the wired hub",
            due=self.now + timedelta(hours=22),
            actor=lucia,
            at=ago(4, 4, 58),
        )
        case = self._escalate(
            case,
            "Fourth contact this month about the same fault; he needs a permanent fix.",
            actor=lucia,
            at=ago(4, 4, 55),
        )
        case = self._status(case, CaseStatus.WAITING_INTERNAL, actor=lucia, at=ago(4, 4, 50))
        case = self._say(  # contact 5: the first today
            case,
            ref,
            ago(0, 5),
            Channel.PHONE,
            author=tom,
            duration=4 * 60 + 5,
            summary="Monitor offline again since 5 a.m.; Cardiology called him about missing "
            "readings. A restart didn't help. Told him the wired hub is being arranged.",
        )
        case = self._status(case, CaseStatus.OPEN, actor=tom, at=ago(0, 4, 55))
        case = self._say(  # contact 6
            case,
            ref,
            ago(0, 2),
            Channel.CHAT,
            text="Still offline. Nobody has called me back about the new hub. I can't keep "
            "doing this.",
        )
        case = self._assign(case, supervisor, actor=supervisor, at=ago(0, 0, 27))
        case = self._say(  # contact 7: the third today
            case,
            ref,
            ago(0, 0, 25),
            Channel.PHONE,
            author=supervisor,
            duration=5 * 60 + 30,
            summary="Third call today, seventh contact this month. Daniel is worn out but calm "
            "and asked for someone who can decide. The supervisor took the call and the case.",
        )
        self._say(
            case,
            ref,
            ago(0, 0, 15),
            Channel.NOTE,
            Direction.INTERNAL,
            author=supervisor,
            text="Calling the supplier now to get the wired hub installed today.",
        )
        return customer

    def _story_tone_turns(self) -> Case:
        """A flooded kitchen: two calm messages, an answer, then three days of silence and the
        customer's tone turns this morning. The tone alert is left open for the agent (the
        case page's banner, the queue's badge)."""
        customer, ref = self._customer(demo.STORY_TONE_TURNS)
        ago = self._ago
        tom = self.users["agent.tom"]
        case = self._open(
            customer,
            team="insurer-claims",
            category="claim",
            subject="Fuga de agua en la cocina",
            channel=Channel.CHAT,
            at=ago(3, 6),
        )
        case = self._say(
            case,
            ref,
            ago(3, 6),
            Channel.CHAT,
            text="Hola, os escribo por una fuga de agua en la cocina. ¿Cuándo podría venir el "
            "perito a verla?",
        )
        case = self._assign(case, tom, actor=tom, at=ago(3, 5))
        case = self._say(
            case,
            ref,
            ago(3, 5),
            Channel.CHAT,
            Direction.OUTBOUND,
            author=tom,
            text="Hola Alba, ya está abierto el siniestro. El perito la llamará esta semana "
            "para concertar la visita.",
        )
        case = self._say(
            case, ref, ago(3, 4), Channel.CHAT, text="Vale, gracias, quedo a la espera."
        )
        return self._say(
            case,
            ref,
            ago(0, 0, 40),
            Channel.CHAT,
            text="Han pasado tres días y nadie me ha llamado. Tengo la cocina levantada y dos "
            "niños pequeños en casa. Es una vergüenza.",
        )

    # --- Everyday cases -----------------------------------------------------------------------

    def _everyday_cases(self) -> None:
        for language, scenarios in (
            ("es", demo.SPANISH_SCENARIOS),
            ("en", demo.ENGLISH_SCENARIOS),
        ):
            people = [p for p in demo.CUSTOMERS if p.language == language]
            order = list(scenarios)
            self.rng.shuffle(order)
            # Consecutive picks from one cycle: a customer never gets the same scenario twice.
            next_scenario = cycle(order)
            for person, how_many in zip(
                people, self._spread(EVERYDAY_CASES[language], len(people)), strict=True
            ):
                customer, ref = self._customer(person)
                starts = [
                    self._ago(days=self.rng.uniform(0.5, DAYS_OF_HISTORY)) for _ in range(how_many)
                ]
                if self.rng.random() < 0.3:
                    starts[0] = self._ago(hours=self.rng.uniform(1.5, 20))  # a fresh case
                starts.sort()
                for n, start in enumerate(starts):
                    self._play(
                        person, customer, ref, next(next_scenario), start, latest=n == how_many - 1
                    )

    def _spread(self, total: int, people: int) -> list[int]:
        counts = [1] * people
        for _ in range(total - people):
            counts[
                self.rng.choice([i for i, n in enumerate(counts) if n < MAX_CASES_PER_CUSTOMER])
            ] += 1
        return counts

    def _play(
        self,
        person: demo.DemoCustomer,
        customer: Customer,
        ref: CustomerRef,
        scenario: demo.Scenario,
        start: datetime,
        *,
        latest: bool,
    ) -> Case:
        rng = self.rng
        words = {
            "name": person.first_name,
            "ref": f"SIN-2026-{rng.randint(10000, 99999)}",
            "amount": (
                f"{rng.randint(40, 400)},{rng.choice(['00', '50', '90'])} €"
                if scenario.language == "es"
                else f"£{rng.randint(40, 400)}.{rng.choice(['00', '50', '90'])}"
            ),
        }
        steps = scenario.steps
        if latest and self.now - start < timedelta(days=1) and rng.random() < 0.5:
            # Nobody has answered yet: the case waits, new, in its team's queue.
            steps = tuple(takewhile(lambda s: s.kind == demo.MESSAGE, steps)) or steps
        elif latest and self.now - start < timedelta(days=3) and rng.random() < 0.6:
            # The story stops at its promise: the case waits for the team to keep it.
            promised = [i for i, step in enumerate(steps) if step.kind == demo.PROMISE]
            steps = steps[: promised[0] + 1] if promised else steps
        times = self._schedule(steps, start)
        team = scenario.team
        case = self._open(
            customer,
            team=team,
            category=scenario.category,
            subject=scenario.subject.format(**words),
            channel=steps[0].channel,
            severity=scenario.severity,
            sensitivity=scenario.sensitivity,
            at=start,
        )
        owner: User | None = None
        picked_up = False
        pending: list[tuple[datetime, Commitment, str, User | None]] = []
        for i, (step, at) in enumerate(zip(steps, times, strict=True)):
            pending = self._settle_pending(pending, until=at)
            agent = None
            if step.kind != demo.MESSAGE:
                if not picked_up:
                    picked_up = True
                    if rng.random() < 0.85:
                        owner = rng.choice(self.agents_of[team])
                        # Usually taken by the agent, sometimes given by the supervisor.
                        assigner = rng.choice([owner, owner, self.users["supervisor"]])
                        if team not in self.teams_of[assigner.get_username()]:
                            assigner = owner
                        case = self._assign(case, owner, actor=assigner, at=at)
                agent = owner or rng.choice(self.agents_of[team])
            text = step.text.format(**words)
            if step.kind in (demo.MESSAGE, demo.REPLY, demo.NOTE, demo.VISIT):
                case = self._say(
                    case,
                    ref,
                    at,
                    step.channel,
                    step.direction,
                    author=agent,
                    text=text if step.kind != demo.VISIT else "",
                    summary=text if step.kind == demo.VISIT else "",
                )
            elif step.kind == demo.CALL:
                case = self._say(
                    case,
                    ref,
                    at,
                    step.channel,
                    step.direction,
                    author=agent,
                    summary=text,
                    duration=step.minutes * 60 + rng.randint(0, 59),
                )
            elif step.kind == demo.SWITCH:
                if case.channel != step.channel:
                    case = self._switch(case, step.channel, text, actor=agent, at=at)
            elif step.kind == demo.HANDOFF:
                case = self._hand_off(case, step.team, text, actor=agent, at=at)
                team, owner, picked_up = step.team, None, False
            elif step.kind == demo.PROMISE:
                due = at + timedelta(hours=step.minutes)
                commitment = self._promise(case, text, due=due, actor=agent, at=at)
                outcome = self._promise_outcome(steps, times, i, due)
                if outcome is not None:
                    pending.append((outcome[0], commitment, outcome[1], agent))
        # What happens next comes after every promise left to settle.
        last = max([times[-1], *(at for at, *_ in pending)])
        self._settle_pending(pending, until=self.now)
        answered = any(step.kind != demo.MESSAGE for step in steps)
        if answered:
            still_promised = case.commitments.filter(status=CommitmentStatus.OPEN).exists()
            self._close_out(
                case,
                last=last,
                latest=latest,
                promised=still_promised,
                answered_last=steps[-1].answers_customer,
                actor=owner or rng.choice(self.agents_of[team]),
            )
        return case

    def _schedule(self, steps: tuple[demo.Step, ...], start: datetime) -> list[datetime]:
        """When each step happens: realistic gaps, squeezed to end before now when they must."""
        gaps = [0.0]
        for step in steps[1:]:
            customer_called = step.kind == demo.CALL and step.direction == Direction.INBOUND
            gaps.append(
                self.rng.uniform(*GAP_MINUTES[demo.MESSAGE if customer_called else step.kind])
            )
        for i, step in enumerate(steps):
            answer = self._next_answer(steps, i) if step.kind == demo.PROMISE else None
            if answer is not None and self.rng.random() < 0.15:
                # The answer that keeps this promise comes late: the promise is broken.
                gaps[answer] += step.minutes * 60 + self.rng.uniform(30, 300)
        room = (self.now - timedelta(minutes=10) - start) / timedelta(minutes=1)
        scale = min(1.0, room / sum(gaps)) if sum(gaps) else 1.0
        return [start + timedelta(minutes=m * scale) for m in accumulate(gaps)]

    @staticmethod
    def _next_answer(steps: tuple[demo.Step, ...], after: int) -> int | None:
        return next((j for j in range(after + 1, len(steps)) if steps[j].answers_customer), None)

    def _promise_outcome(
        self, steps: tuple[demo.Step, ...], times: list[datetime], i: int, due: datetime
    ) -> tuple[datetime, str] | None:
        """When and how the promise made at step ``i`` is settled; None while it is still due."""
        minute = timedelta(minutes=1)
        answer = self._next_answer(steps, i)
        if answer is not None:
            if times[answer] <= due:
                return times[answer] + minute, CommitmentStatus.KEPT
            return due + minute, CommitmentStatus.BROKEN
        if due + minute >= self.now - timedelta(minutes=5):
            return None
        if self.rng.random() < 0.7:
            return max(times[i] + minute, due - timedelta(minutes=30)), CommitmentStatus.KEPT
        return due + minute, CommitmentStatus.BROKEN

    def _settle_pending(
        self, pending: list[tuple[datetime, Commitment, str, User | None]], *, until: datetime
    ) -> list[tuple[datetime, Commitment, str, User | None]]:
        left = []
        for at, commitment, status, agent in sorted(pending, key=lambda p: p[0]):
            if at <= until:
                # A broken promise is noticed by the system, not by an agent.
                actor = agent if status == CommitmentStatus.KEPT else None
                self._settle(commitment, status, actor=actor, at=at)
            else:
                left.append((at, commitment, status, agent))
        return left

    def _close_out(
        self,
        case: Case,
        *,
        last: datetime,
        latest: bool,
        promised: bool,
        answered_last: bool,
        actor: User,
    ) -> None:
        """Where the case stands today: old cases resolved (most of them closed), a customer's
        latest recent case still being worked, a case with an open promise kept active."""
        rng = self.rng
        soon = min(last + timedelta(minutes=rng.uniform(2, 20)), self.now - timedelta(minutes=1))
        if promised:
            if rng.random() < 0.5:
                self._status(case, CaseStatus.WAITING_INTERNAL, actor=actor, at=soon)
            return
        if latest and (self.now - last < timedelta(days=4) or rng.random() < 0.15):
            if answered_last and rng.random() < 0.6:
                self._status(case, CaseStatus.WAITING_CUSTOMER, actor=actor, at=soon)
            return
        resolved = min(last + timedelta(hours=rng.uniform(0.3, 8)), self.now - timedelta(minutes=5))
        case = self._status(case, CaseStatus.RESOLVED, actor=actor, at=resolved)
        closed = resolved + timedelta(days=rng.uniform(2, 4))
        if closed < self.now and rng.random() < 0.75:
            self._status(case, CaseStatus.CLOSED, actor=actor, at=closed)

    # --- One service call per step, each put back at its moment in the story ------------------

    def _open(
        self,
        customer: Customer,
        *,
        team: str,
        category: str,
        subject: str,
        channel: str,
        at: datetime,
        severity: int = Severity.NORMAL,
        sensitivity: str = "",
    ) -> Case:
        return services.open_case(
            customer=customer,
            subject=subject,
            channel=channel,
            team=self.teams[team],
            opened_at=at,
            severity=severity,
            sensitivity=self.sensitivities[sensitivity] if sensitivity else None,
            category=self.categories[category],
        )

    def _say(
        self,
        case: Case,
        ref: CustomerRef,
        at: datetime,
        channel: str,
        direction: str = Direction.INBOUND,
        *,
        author: User | None = None,
        text: str = "",
        summary: str = "",
        duration: int | None = None,
    ) -> Case:
        status = case.status
        recorded = services.record_interaction(
            customer=ref,
            case=case,
            channel=channel,
            direction=direction,
            text=text,
            summary=summary,
            duration_seconds=duration,
            occurred_at=at,
            author=author,
            source=SOURCE,
            external_id=f"demo-{next(self._external_ids)}",
        )
        case = recorded.interaction.case
        if case.status != status:
            # Only an automatic status change is stamped with the real clock here (an
            # automatic channel switch already carries the interaction's time).
            self._backdate(case, at)
        return case

    def _assign(self, case: Case, owner: User, *, actor: User, at: datetime) -> Case:
        case = services.assign_case(case, owner=owner, actor=actor)
        self._backdate(case, at)
        return case

    def _hand_off(self, case: Case, team: str, note: str, *, actor: User, at: datetime) -> Case:
        case = services.hand_off(case, to_team=self.teams[team], note=note, actor=actor)
        self._backdate(case, at)
        return case

    def _switch(self, case: Case, channel: str, note: str, *, actor: User, at: datetime) -> Case:
        case = services.switch_channel(case, to_channel=channel, actor=actor, note=note)
        self._backdate(case, at)
        return case

    def _escalate(self, case: Case, note: str, *, actor: User, at: datetime) -> Case:
        escalation = services.escalate_case(case, actor=actor, note=note)
        Escalation.objects.filter(pk=escalation.pk).update(raised_at=at)
        self._backdate(case, at)
        return escalation.case

    def _status(self, case: Case, status: str, *, actor: User, at: datetime) -> Case:
        case = services.change_status(case, to_status=status, actor=actor)
        self._backdate(case, at)
        # change_status stamps the resolution and closing with the real clock as well.
        if status == CaseStatus.RESOLVED:
            Case.objects.filter(pk=case.pk).update(resolved_at=at)
        elif status == CaseStatus.CLOSED:
            Case.objects.filter(pk=case.pk).update(closed_at=at)
        return case

    def _promise(
        self, case: Case, description: str, *, due: datetime, actor: User, at: datetime
    ) -> Commitment:
        # add_commitment rightly refuses a due time in the past. A promise whose due time has
        # already passed in the story is made with a placeholder due time, then put back.
        placeholder = max(due, timezone.now() + timedelta(hours=1))
        commitment = services.add_commitment(
            case, description=description, due_at=placeholder, actor=actor
        )
        Commitment.objects.filter(pk=commitment.pk).update(created_at=at, due_at=due)
        if placeholder != due:
            event = CaseEvent.objects.filter(case=case, type=EventType.COMMITMENT_ADDED).latest(
                "id"
            )
            event.data["due_at"] = due.isoformat()
            event.save(update_fields=["data"])
        self._backdate(case, at)
        return commitment

    def _settle(
        self, commitment: Commitment, status: str, *, actor: User | None, at: datetime
    ) -> None:
        services.settle_commitment(commitment, status=status, actor=actor)
        Commitment.objects.filter(pk=commitment.pk).update(settled_at=at)
        self._backdate(commitment.case, at)

    @staticmethod
    def _backdate(case: Case, at: datetime) -> None:
        """Move the events the last service call stamped with the real clock back to ``at``,
        the moment of the story it played. Story moments are all in the past and played in
        order, so the case's only events later than ``at`` are the ones just written."""
        CaseEvent.objects.filter(case_id=case.pk, occurred_at__gt=at).update(occurred_at=at)

    @staticmethod
    def _date_profile(customer: Customer) -> None:
        # The profile dates from the customer's first contact, not from when the seed ran.
        first = customer.interactions.aggregate(first=Min("occurred_at"))["first"]
        Customer.objects.filter(pk=customer.pk).update(created_at=first)
        Identity.objects.filter(customer=customer).update(created_at=first)
