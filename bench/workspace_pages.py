#!/usr/bin/env python
"""The agent workspace pages through gunicorn on PostgreSQL with 100,000 cases.

    .venv/bin/python bench/workspace_pages.py

Reuses the machinery of bench/ingest_and_timeline.py: a throwaway durable PostgreSQL cluster
(unless DATABASE_URL is set), the same 30,000 customers / 100,000 cases / 1,000,000 interactions
(skipped when already loaded). Then shapes the data like a working queue (idempotent): cases spread
over 8 teams with a few agents each, owners on the cases that left "new", half of the active cases
waiting for our reply, channels used, a realistic spread of severities, and a few active cases with
a long history (500 interactions). It signs in an agent (member of one team) and a manager with
server-side sessions, counts the queries of every page in-process, collects the static files as
production serves them, starts gunicorn (2 sync workers, production settings) and measures with
wrk (closed loop, 8 connections, 3 runs of 15 s each):

- GET /cases/ (the queue) as the agent and as the manager;
- GET /cases/ with HX-Request + HX-Target: queue-rows (the queue's live poll: rows only);
- GET /cases/<id>/ (the case page) for random cases the persona may see, and for long histories;
- the case page's live poll (nothing new since the page was drawn).

Prints requests/s and p50/p99 latency (medians of the runs) against the target (p99 < 150 ms) and
writes the figures to bench/results/ (not committed). See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest_and_timeline import (  # noqa: E402  (the bench folder is not a package)
    LUA_COMMON,
    ROOT,
    CpuMeter,
    Gunicorn,
    describe,
    describe_cpu,
    existing_rows,
    fill,
    free_port,
    log,
    machine,
    median_of,
    migrate_and_load,
    open_database,
    postmaster_pid,
    run_wrk,
    setup_django,
    wait_until_quiet,
)

TARGET_P99_MS = 150.0
TEAMS = [
    ("bench-admissions", "Admisiones hospital"),
    ("bench-claims", "Siniestros seguros"),
    ("bench-funeral", "Servicios funerarios"),
    ("bench-billing", "Facturación"),
    ("bench-appointments", "Citas y consultas"),
    ("bench-pharmacy", "Farmacia"),
    ("bench-outages", "Incidencias de servicio"),
    ("bench-aftercare", "Seguimiento"),
]
ACTIVE = ("new", "open", "waiting_customer", "waiting_internal")
PASSWORD = "bench-pass-word-2026"  # noqa: S105  (throwaway users of a throwaway database)


def pick(expression: str, modulo: int) -> str:
    """SQL: a well-spread value in 0..modulo-1 from an integer ``expression`` (hashint8 mixes the
    bits, so choices made from the same id with different expressions are independent)."""
    return f"mod(mod(hashint8({expression})::bigint, {modulo}) + {modulo}, {modulo})"


# --- Data shaped like a working queue -------------------------------------------------------------


@dataclass
class Personas:
    agent: object
    manager: object
    team_ids: list[int]
    agents_by_team: dict[int, list[int]] = field(default_factory=dict)


def make_personas(agents_per_team: int) -> Personas:
    """8 teams with a few agents each (Django group "agent", team members), and a manager."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group

    from cases.models import Team

    user_model = get_user_model()
    agent_group = Group.objects.get(name="agent")
    manager_group = Group.objects.get(name="manager")

    # One hash for everybody: 41 PBKDF2 rounds would take ten seconds (wrk signs in by session).
    password = make_password(PASSWORD)

    def user(username: str, group: Group, *, staff: bool = False):
        found, created = user_model.objects.get_or_create(
            username=username,
            defaults={"email": f"{username}@bench.test", "is_staff": staff, "password": password},
        )
        if created:
            found.groups.add(group)
        return found

    team_ids, agents_by_team = [], {}
    first_agent = None
    for index, (slug, name) in enumerate(TEAMS, start=1):
        team, _ = Team.objects.get_or_create(slug=slug, defaults={"name": name})
        team_ids.append(team.pk)
        agents = [
            user(f"bench-agent-{index}-{k}", agent_group) for k in range(1, agents_per_team + 1)
        ]
        team.members.add(*agents)
        agents_by_team[team.pk] = [a.pk for a in agents]
        first_agent = first_agent or agents[0]
    manager = user("bench-manager", manager_group, staff=True)  # as the demo's manager
    return Personas(
        agent=first_agent, manager=manager, team_ids=team_ids, agents_by_team=agents_by_team
    )


def shape_cases(personas: Personas, *, cases: int) -> bool:
    """Spread the loaded cases over the teams, give owners, waiting customers, channels and
    severities. Idempotent: False when already done."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM cases_case WHERE id <= %s AND (team_id <> ALL(%s) "
            "OR team_id IS NULL OR channels_used = '')",
            [cases, personas.team_ids],
        )
        if cursor.fetchone()[0] == 0:
            return False
        teams = len(personas.team_ids)
        per_team = len(next(iter(personas.agents_by_team.values())))
        agents = [pk for team in personas.team_ids for pk in personas.agents_by_team[team]]
        started = time.monotonic()
        team_index = pick("c.id", teams)
        cursor.execute(
            f"""
            UPDATE cases_case c SET
                team_id = (%(teams)s::bigint[])[1 + {team_index}],
                -- whoever took it; a new case has nobody yet
                owner_id = CASE WHEN c.status = 'new' THEN NULL ELSE
                    (%(agents)s::bigint[])[1 + {team_index} * %(per_team)s
                        + {pick("c.id * 7 + 1", per_team)}] END,
                -- 1 in 20 critical, 3 high, 12 normal, 4 low
                severity = CASE
                    WHEN {pick("c.id * 3 + 2", 20)} = 0 THEN 4
                    WHEN {pick("c.id * 3 + 2", 20)} < 4 THEN 3
                    WHEN {pick("c.id * 3 + 2", 20)} < 16 THEN 2 ELSE 1 END,
                -- the customer waits for us: every new case, half the open / waiting_internal
                awaiting_reply_since = CASE
                    WHEN c.status = 'new' THEN c.last_activity_at
                    WHEN c.status IN ('open', 'waiting_internal')
                        AND {pick("c.id * 5 + 3", 2)} = 0 THEN c.last_activity_at END,
                channels_used = CASE WHEN {pick("c.id * 11 + 4", 5)} = 0
                    THEN 'chat,phone' ELSE 'chat' END
            WHERE c.id <= %(cases)s
            """,
            {"teams": personas.team_ids, "agents": agents, "per_team": per_team, "cases": cases},
        )
        log(f"  shaped {cursor.rowcount:,} cases in {time.monotonic() - started:.1f}s")
    started = time.monotonic()
    with connection.cursor() as cursor:
        # The UPDATE left a dead copy of every row: rewrite, as a table that grew by inserts;
        # then a plain VACUUM sets the visibility map (index-only scans), as autovacuum would.
        cursor.execute("VACUUM FULL cases_case")
        cursor.execute("VACUUM ANALYZE cases_case")
    log(f"  VACUUM FULL, VACUUM ANALYZE cases_case in {time.monotonic() - started:.1f}s")
    return True


def add_long_histories(personas: Personas, *, count: int, length: int, per_case: int) -> list[int]:
    """``count`` active cases of the agent's team get ``length`` interactions in all (chat, calls,
    emails, notes) and a status change every 25 entries. Idempotent; returns their ids."""
    from django.db import connection, transaction

    team = personas.team_ids[0]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT DISTINCT case_id FROM cases_interaction WHERE source = 'bench-long' "
            "ORDER BY case_id"
        )
        done = [row[0] for row in cursor.fetchall()]
    if len(done) >= count or count == 0:
        return done[:count]
    extra = length - per_case
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT id FROM cases_case WHERE team_id = %s AND status = 'open' "
            "AND NOT (id = ANY(%s)) ORDER BY id DESC LIMIT %s",
            [team, done, count - len(done)],
        )
        chosen = [row[0] for row in cursor.fetchall()]
        params = {"ids": chosen, "extra": extra, "per_case": per_case}
        cursor.execute(
            """
            INSERT INTO cases_interaction (channel, direction, text, summary, duration_seconds,
                occurred_at, created_at, source, external_id, request_fingerprint, author_id,
                case_id, customer_id)
            SELECT ch.channel,
                CASE WHEN ch.channel = 'note' THEN 'internal'
                     WHEN k %% 2 = 0 THEN 'inbound' ELSE 'outbound' END,
                CASE WHEN ch.channel = 'phone'
                     THEN 'Llamada: la clienta explica que sigue sin noticias del informe y pide '
                          'que la llamen antes del viernes; se le confirma el seguimiento.'
                     WHEN ch.channel = 'email'
                     THEN 'Buenos días, adjunto la documentación que me pidieron. Quedo a la '
                          'espera de su confirmación. Un saludo.'
                     WHEN ch.channel = 'note' THEN 'Nota interna: revisar con facturación.'
                     ELSE 'Mensaje ' || k || ': ¿hay alguna novedad sobre mi caso?' END,
                '', CASE WHEN ch.channel = 'phone' THEN 120 + k %% 300 END,
                c.opened_at + %(per_case)s * interval '5 minutes' + k * interval '1 minute',
                c.opened_at + %(per_case)s * interval '5 minutes' + k * interval '1 minute',
                'bench-long', 'long-' || c.id || '-' || k, '',
                CASE WHEN k %% 2 = 1 OR ch.channel = 'note' THEN c.owner_id END,
                c.id, c.customer_id
            FROM cases_case c CROSS JOIN generate_series(0, %(extra)s - 1) k,
                LATERAL (SELECT CASE WHEN k %% 25 = 24 THEN 'note'
                                     WHEN k %% 10 = 3 THEN 'phone'
                                     WHEN k %% 10 = 7 THEN 'email'
                                     ELSE 'chat' END AS channel) ch
            WHERE c.id = ANY(%(ids)s)
            """,
            params,
        )
        interactions = cursor.rowcount
        cursor.execute(
            """
            INSERT INTO cases_caseevent (type, data, note, occurred_at, actor_id, case_id,
                customer_id)
            SELECT 'case.status_changed',
                CASE WHEN (k / 25) %% 2 = 0
                     THEN '{"from": "open", "to": "waiting_customer"}'::jsonb
                     ELSE '{"from": "waiting_customer", "to": "open"}'::jsonb END,
                '', c.opened_at + %(per_case)s * interval '5 minutes' + k * interval '1 minute'
                    + interval '30 seconds', c.owner_id, c.id, c.customer_id
            FROM cases_case c CROSS JOIN generate_series(0, %(extra)s - 1, 25) k
            WHERE c.id = ANY(%(ids)s)
            """,
            params,
        )
        events = cursor.rowcount
        cursor.execute(
            "UPDATE cases_case c SET channels_used = 'chat,phone,email', "
            "last_activity_at = (SELECT max(occurred_at) FROM cases_interaction i "
            "WHERE i.case_id = c.id), awaiting_reply_since = NULL WHERE c.id = ANY(%s)",
            [chosen],
        )
    with connection.cursor() as cursor:
        for table in ("cases_case", "cases_interaction", "cases_caseevent"):
            cursor.execute(f"VACUUM ANALYZE {table}")
    log(
        f"  long histories: {len(chosen)} cases, {interactions:,} interactions and "
        f"{events:,} events added"
    )
    return sorted(done + chosen)


def session_for(user) -> str:  # noqa: ANN001
    """A signed-in session stored server-side, as the login view leaves it."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


# --- What is measured ---------------------------------------------------------------------------


@dataclass
class Endpoint:
    key: str
    label: str
    persona: str  # "agent" or "manager"
    paths: list[str]
    headers: dict[str, str] = field(default_factory=dict)
    expect: int = 200  # the answer the realistic request gets (a quiet poll: 204 or 304)
    target: bool = True  # held to p99 < TARGET_P99_MS


HX_ROWS = {"HX-Request": "true", "HX-Target": "queue-rows"}


def sample_cases(user, count: int, *, exclude: list[int]) -> list[int]:  # noqa: ANN001
    """Random cases ``user`` may see (the app's own rule): half active, half closed."""
    from cases.selectors import visible_cases

    cases = visible_cases(user).exclude(pk__in=exclude)
    half = count // 2
    active = cases.filter(status__in=ACTIVE).order_by("?").values_list("pk", flat=True)[:half]
    rest = cases.exclude(status__in=ACTIVE).order_by("?").values_list("pk", flat=True)[:half]
    return [*active, *rest]


def case_poll_path(user, case_id: int) -> str:  # noqa: ANN001
    """The case page's live poll as the page sends it: ``?since=`` the stamp the page was drawn
    with. Nothing happens on these cases during the run, so every poll is the quiet one (204)."""
    from cases.selectors import access_case_with_stamp

    _, stamp = access_case_with_stamp(user, case_id)
    return f"/cases/{case_id}/?since={quote(str(stamp))}"


def routable(path: str) -> bool:
    from django.urls import Resolver404, resolve

    try:
        resolve(path.split("?", 1)[0])
    except Resolver404:
        return False
    return True


def endpoints(personas: Personas, *, sample: int, long_ids: list[int]) -> list[Endpoint]:
    agent_cases = sample_cases(personas.agent, sample, exclude=long_ids)
    manager_cases = sample_cases(personas.manager, sample, exclude=long_ids)
    found = [
        Endpoint("queue-agent", "GET /cases/ (agent)", "agent", ["/cases/"]),
        Endpoint("queue-manager", "GET /cases/ (manager)", "manager", ["/cases/"]),
        Endpoint(
            "rows-agent", "GET /cases/ rows poll, changed (agent)", "agent", ["/cases/"], HX_ROWS
        ),
        Endpoint(
            "rows-manager",
            "GET /cases/ rows poll, changed (manager)",
            "manager",
            ["/cases/"],
            HX_ROWS,
        ),
        # The browser revalidates the partial with the ETag it holds: the quiet poll is a 304.
        # If-None-Match is added once gunicorn answers (the ETag is of the production render).
        Endpoint(
            "rows-agent-304",
            "GET /cases/ rows poll, same (agent)",
            "agent",
            ["/cases/"],
            dict(HX_ROWS),
            expect=304,
        ),
        Endpoint(
            "case-agent", "GET /cases/<id>/ (agent)", "agent", [f"/cases/{i}/" for i in agent_cases]
        ),
        Endpoint(
            "case-manager",
            "GET /cases/<id>/ (manager)",
            "manager",
            [f"/cases/{i}/" for i in manager_cases],
        ),
    ]
    if long_ids:
        found.append(
            Endpoint(
                "case-long",
                f"GET /cases/<id>/ {len(long_ids)} long (agent)",
                "agent",
                [f"/cases/{i}/" for i in long_ids],
                target=False,
            )
        )
    if routable("/cases/1/"):
        found.append(
            Endpoint(
                "case-poll",
                "GET /cases/<id>/?since= poll (agent)",
                "agent",
                [case_poll_path(personas.agent, i) for i in agent_cases[:500]],
                {"HX-Request": "true"},
                expect=204,
            )
        )
    kept = []
    for endpoint in found:
        if routable(endpoint.paths[0]):
            kept.append(endpoint)
        else:
            log(f"  {endpoint.paths[0]} is not routed (yet): {endpoint.key} not measured")
    return kept


def etag_of(url: str, point: Endpoint, session: str) -> str:
    """The ETag gunicorn gives the partial (production render), checked to give a 304 back."""
    headers = {"Cookie": f"sessionid={session}", **point.headers}
    with urllib.request.urlopen(urllib.request.Request(url + point.paths[0], headers=headers)) as r:
        etag = r.headers.get("ETag", "")
    if not etag:
        log(f"  {point.key}: the partial carries no ETag: every poll renders the rows")
        return ""
    request = urllib.request.Request(
        url + point.paths[0], headers={**headers, "If-None-Match": etag}
    )
    try:
        with urllib.request.urlopen(request) as r:
            log(
                f"  {point.key}: the same request again answered {r.status}, not 304: the ETag "
                f"changes between identical renders ({etag} -> {r.headers.get('ETag')})"
            )
    except urllib.error.HTTPError as answer:
        if answer.code != 304:
            raise
    return etag


def count_queries(
    points: list[Endpoint], sessions: dict[str, str], *, show: bool, repeat: int
) -> dict[str, dict]:
    """Queries, status, size and in-process time of one request of each kind (Django's test
    client, the SQL counted with CaptureQueriesContext)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    found = {}
    for point in points:
        client = Client(HTTP_HOST="127.0.0.1")
        client.cookies["sessionid"] = sessions[point.persona]
        path = point.paths[0]
        client.get(path, headers=point.headers)  # warm: URLconf, templates, translations
        with CaptureQueriesContext(connection) as context:
            response = client.get(path, headers=point.headers)
        # A copy: the property reads the connection's log, which the next request clears.
        queries = list(context.captured_queries)
        if not (200 <= response.status_code < 300 or response.status_code == 304):
            raise SystemExit(
                f"{point.key}: {path} answered {response.status_code} {response.content[:300]!r}"
            )
        timings = []
        for path in point.paths[1 : repeat + 1] or point.paths * repeat:
            started = time.perf_counter()
            client.get(path, headers=point.headers)
            timings.append((time.perf_counter() - started) * 1000)
        found[point.key] = {
            "queries": len(queries),
            "status": response.status_code,
            "bytes": len(response.content),
            "in_process_ms": round(statistics.median(timings), 1),
            "sql_ms": round(sum(float(q["time"]) for q in queries) * 1000, 1),
        }
        log(
            f"  {point.label}: {len(queries)} queries, {response.status_code}, "
            f"{len(response.content):,} bytes, in-process median "
            f"{found[point.key]['in_process_ms']} ms ({point.paths[0]})"
        )
        if show:
            for query in queries:
                log(f"      [{query['time']}s] {query['sql'][:400]}")
    connection.close()
    return found


LUA_PAGES = """
local paths = {paths}
function init(args)
  math.randomseed(os.time() * 1000 + tid * 104729)
  wrk.headers["Cookie"] = "sessionid={session}"
{headers}
end
function request()
  return wrk.format("GET", paths[math.random(1, #paths)])
end
-- 2xx and 304 are answers; count how many were the expected one (a quiet poll: 204 / 304).
hits = 0
function response(status, headers, body)
  if status == {expect} then
    hits = hits + 1
  elseif status ~= 304 and (status < 200 or status > 299) then
    bad = bad + 1
    if bad <= 3 then io.stderr:write("status " .. status .. ": " .. body:sub(1, 300) .. "\\n") end
  end
end
local common_done = done
function done(summary, latency, requests)
  common_done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do total = total + t:get("hits") end
  local out = io.open("{hits_file}", "w")
  out:write(tostring(total))
  out:close()
end
"""


def lua_script(point: Endpoint, session: str, hits_file: Path) -> str:
    # JSON's string syntax is Lua's for these ASCII strings (an ETag holds double quotes).
    paths = "{" + ",".join(json.dumps(p) for p in point.paths) + "}"
    headers = "\n".join(
        f"  wrk.headers[{json.dumps(k)}] = {json.dumps(v)}" for k, v in point.headers.items()
    )
    return LUA_COMMON + fill(
        LUA_PAGES,
        paths=paths,
        session=session,
        headers=headers,
        expect=point.expect,
        hits_file=hits_file,
    )


def run_point(script: Path, hits_file: Path, url: str, **options) -> dict:
    figures = run_wrk(script, url, **options)
    figures["expected_status"] = int(hits_file.read_text() or 0)
    return figures


def run_open_loop(
    point: Endpoint, session: str, url: str, *, rate: float, seconds: int, seed: int, meter
) -> dict:
    """``--rate``: the page at that many requests per second, Poisson arrivals (openloop.py), with
    the same figures as a wrk run (the load generator's CPU in the ``wrk`` column)."""
    headers = {"Cookie": f"sessionid={session}", **point.headers}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as spec:
        json.dump({"paths": point.paths, "headers": headers, "expect": point.expect}, spec)
    command = [sys.executable, str(ROOT / "bench/openloop.py"), url, "--spec", spec.name]
    command += ["--rate", str(rate), "--seconds", str(seconds), "--seed", str(seed)]
    before = meter.snapshot()
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    after = meter.snapshot()
    Path(spec.name).unlink()
    line = next(x for x in result.stdout.splitlines() if x.startswith("BENCH "))
    figures = json.loads(line.removeprefix("BENCH "))
    figures["rps"] = figures["requests"] / seconds
    figures["non_2xx"] = figures["bad_status"]
    figures["expected_status"] = figures.pop("expected")
    figures["cpu_ms_per_request"] = CpuMeter.per_request(before, after, figures["requests"])
    return figures


def collect_static(secret_key: str) -> None:
    """Production serves the manifest's hashed names: the pages need collectstatic first."""
    env = {
        **os.environ,
        "FARO_ENV": "production",
        "SECRET_KEY": secret_key,
        "ALLOWED_HOSTS": "127.0.0.1",
    }
    started = time.monotonic()
    subprocess.run(
        [str(ROOT / ".venv/bin/python"), "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    log(f"collectstatic (production manifest) in {time.monotonic() - started:.1f}s")


# --- Main -----------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=30_000)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--per-case", type=int, default=10, help="interactions per case")
    parser.add_argument("--agents-per-team", type=int, default=5)
    parser.add_argument("--long-cases", type=int, default=10, help="cases with a long history")
    parser.add_argument("--long-length", type=int, default=500, help="entries of a long history")
    parser.add_argument("--sample", type=int, default=2000, help="cases sampled per persona")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=15, help="length of one wrk run")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument(
        "--rate",
        type=float,
        default=0,
        help="open loop: this many requests/s at random (Poisson) times, latency counted from "
        "when each was due (bench/openloop.py); 0 (default): wrk's closed loop, at saturation",
    )
    parser.add_argument(
        "--workers", type=int, default=2, help="gunicorn sync workers (2 per 2 cores)"
    )
    parser.add_argument("--port", type=int, default=0, help="gunicorn's port (0: a free one)")
    parser.add_argument(
        "--fast-db", action="store_true", help="throwaway cluster with fsync off (not durable)"
    )
    parser.add_argument(
        "--keep", action="store_true", help="leave the cluster running and print its URL"
    )
    parser.add_argument(
        "--wait-quiet",
        type=int,
        default=0,
        metavar="SECONDS",
        help="first wait up to this long for the machine to be idle (shared machines)",
    )
    parser.add_argument("--show-queries", action="store_true", help="print each request's SQL")
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated endpoint keys (queue-agent, queue-manager, rows-agent, "
        "rows-manager, case-agent, case-manager, case-long, case-poll)",
    )
    parser.add_argument(
        "--no-load", action="store_true", help="prepare and count queries only: no gunicorn/wrk"
    )
    args = parser.parse_args()

    if shutil.which("wrk") is None and not args.no_load:
        print("wrk is missing: apt-get install wrk", file=sys.stderr)
        return 2
    results_dir = ROOT / "bench/results"
    results_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    # One key for the sessions signed here and for gunicorn, which must read them.
    secret_key = secrets.token_urlsafe(48)
    os.environ["SECRET_KEY"] = secret_key

    cluster, database_url = open_database(fast_db=args.fast_db)
    server = None
    try:
        setup_django(database_url)
        from django.db import connection

        migrate_and_load(customers=args.customers, cases=args.cases, per_case=args.per_case)

        log("shaping the data like a working queue")
        personas = make_personas(args.agents_per_team)
        if not shape_cases(personas, cases=args.cases):
            log("  already shaped")
        long_ids = add_long_histories(
            personas, count=args.long_cases, length=args.long_length, per_case=args.per_case
        )
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT t.slug, count(*) FILTER (WHERE c.status = ANY(%s)), count(*), "
                "count(c.awaiting_reply_since) FROM cases_case c JOIN cases_team t "
                "ON t.id = c.team_id GROUP BY t.slug ORDER BY t.slug",
                [list(ACTIVE)],
            )
            spread = {slug: {"active": a, "all": n, "waiting": w} for slug, a, n, w in cursor}
        persona_team = TEAMS[0][0]
        log(f"  the agent ({personas.agent.username}) is a member of {persona_team}: {spread}")

        sessions = {
            "agent": session_for(personas.agent),
            "manager": session_for(personas.manager),
        }
        points = endpoints(personas, sample=args.sample, long_ids=long_ids)
        if args.only:
            wanted = set(args.only.split(","))
            points = [p for p in points if p.key in wanted]
        if not points:
            raise SystemExit("no page to measure (the routes do not exist yet?)")
        log("queries per request (in-process, Django test client, development settings):")
        queries = count_queries(points, sessions, show=args.show_queries, repeat=20)
        postgres_pid = postmaster_pid()
        connection.close()
        report = {
            "when": stamp,
            "machine": machine(),
            "database": "throwaway cluster, "
            + ("fsync off" if args.fast_db else "durable (fsync on, synchronous_commit on)")
            if cluster
            else "DATABASE_URL",
            "settings": vars(args),
            "rows": existing_rows(),
            "teams": spread,
            "long_history_cases": long_ids,
            "queries_per_request": queries,
        }
        if args.no_load:
            out = results_dir / f"workspace_pages-{stamp}.json"
            out.write_text(json.dumps(report, indent=2, default=str))
            log(f"--no-load: figures written to {out.relative_to(ROOT)}")
            return 0

        collect_static(secret_key)
        port = args.port or free_port()
        log(f"starting gunicorn on :{port} ({args.workers} sync workers, FARO_ENV=production)")
        if args.wait_quiet:
            wait_until_quiet(args.wait_quiet)
        report["load_average_before"] = os.getloadavg()[0]
        server = Gunicorn(
            database_url=database_url,
            port=port,
            workers=args.workers,
            log_path=results_dir / f"gunicorn-pages-{stamp}.log",
            secret_key=secret_key,
        )
        meter = CpuMeter(gunicorn=server.process.pid, postgres=postgres_pid)
        scripts_dir = Path(tempfile.mkdtemp(prefix="faro-bench-lua-"))
        wrk_options = {"threads": args.threads, "connections": args.connections, "meter": meter}
        measured: dict[str, list[dict]] = {}
        for point in points:
            if point.expect == 304:
                point.headers["If-None-Match"] = etag_of(server.url, point, sessions[point.persona])
            script = scripts_dir / f"{point.key}.lua"
            hits_file = scripts_dir / f"{point.key}.hits"
            script.write_text(lua_script(point, sessions[point.persona], hits_file))
            if args.wait_quiet and measured:
                wait_until_quiet(args.wait_quiet)
            log(f"{point.label} — warm-up 3 s")
            run_point(script, hits_file, server.url, seconds=3, **wrk_options)
            measured[point.key] = []
            for run in range(1, args.runs + 1):
                if args.rate:
                    figures = run_open_loop(
                        point,
                        sessions[point.persona],
                        server.url,
                        rate=args.rate,
                        seconds=args.seconds,
                        seed=run,
                        meter=meter,
                    )
                else:
                    figures = run_point(
                        script, hits_file, server.url, seconds=args.seconds, **wrk_options
                    )
                measured[point.key].append(figures)
                log(
                    f"  run {run}: {describe(figures)}\n           answered "
                    f"{point.expect}: {figures['expected_status']}/{figures['requests']}"
                )
        shutil.rmtree(scripts_dir, ignore_errors=True)
        server.stop()
        server = None

        summary = {key: median_of(runs) for key, runs in measured.items()}
        for key, runs in measured.items():
            summary[key]["expected_share"] = sum(r["expected_status"] for r in runs) / max(
                sum(r["requests"] for r in runs), 1
            )
        report.update({"runs": measured, "medians": summary})
        out = results_dir / f"workspace_pages-{stamp}.json"
        out.write_text(json.dumps(report, indent=2, default=str))
        print_table(points, summary, queries, args, report["machine"])
        log(f"figures written to {out.relative_to(ROOT)}")
        for key, figures in summary.items():
            other = figures.get("cpu_ms_per_request", {}).get("other", 0.0)
            if other > 0.5:
                log(
                    f"WARNING: other work on this machine used {other:.2f} ms of CPU per {key} "
                    "request: those figures are low (try --wait-quiet 600)"
                )
        failed = any(s["non_2xx"] or s["errors"] for s in summary.values())
        return 1 if failed else 0
    finally:
        if server is not None:
            server.stop()
        if cluster is not None:
            if args.keep:
                log(f"cluster left running: DATABASE_URL={cluster.url}")
                log(f"stop it with: scripts/pg-cluster.sh stop {cluster.dir}")
            else:
                cluster.stop()


def print_table(points: list[Endpoint], summary: dict, queries: dict, args, machine_name) -> None:
    print()
    print(f"Faro bench — workspace pages — {machine_name}")
    print(
        f"gunicorn {args.workers} sync workers · "
        + (
            f"open loop, {args.rate:g} req/s Poisson arrivals, {args.seconds}s"
            if args.rate
            else f"wrk -t{args.threads} -c{args.connections} -d{args.seconds}s (closed loop)"
        )
        + f" · median of {args.runs} runs"
    )
    print(
        f"{'page':<44}{'req/s':>8}{'p50 ms':>8}{'p99 ms':>8}{'bad':>5}{'answer':>11}"
        f"{'queries':>8}{'KB':>5}  target p99 < {TARGET_P99_MS:.0f} ms"
    )
    for point in points:
        figures = summary[point.key]
        counted = queries[point.key]
        verdict = ""
        if point.target:
            ratio = TARGET_P99_MS / figures["p99_ms"]
            verdict = f"{ratio:.2f}x {'OK' if ratio >= 1 else 'MISSED'}"
        answer = f"{point.expect} {100 * figures['expected_share']:3.0f}%"
        print(
            f"{point.label:<44}{figures['rps']:>8.1f}{figures['p50_ms']:>8.1f}"
            f"{figures['p99_ms']:>8.1f}{figures['non_2xx']:>5}{answer:>11}"
            f"{counted['queries']:>8}{counted['bytes'] / 1024:>5.0f}  {verdict}"
        )
    for point in points:
        cpu = summary[point.key].get("cpu_ms_per_request")
        if cpu:
            print(f"{point.key:>14}: {describe_cpu(cpu)}")
    print(
        "queries and KB: one request in-process (Django test client); "
        "in-process median ms: "
        + ", ".join(f"{p.key} {queries[p.key]['in_process_ms']}" for p in points)
    )
    print()


if __name__ == "__main__":
    sys.exit(main())
