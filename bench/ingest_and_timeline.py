#!/usr/bin/env python
"""Ingestion and timeline through gunicorn on PostgreSQL with 100,000 cases (1,000,000 entries).

    .venv/bin/python bench/ingest_and_timeline.py            # or: make bench

Starts a throwaway PostgreSQL cluster (durable: fsync and synchronous_commit on) unless
DATABASE_URL is set, migrates, loads 30,000 customers, 100,000 cases, 1,000,000 interactions and
one case.opened event per case with server-side SQL (skipped when the data is already there),
counts the queries of one request of each kind in-process, then starts gunicorn (2 sync workers,
production settings) and measures with wrk (closed loop, 8 connections, 3 runs of 15 s each):

- POST /api/v1/interactions/ with unique bodies (80% existing customers, 20% new ones);
- GET /api/v1/customers/{id}/timeline/ for random customers.

Prints requests/s and p50/p99 latency (medians of the runs) against the targets, and writes the
figures to bench/results/ (not committed). See bench/README.md for the figures measured here.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_INGEST_RPS = 300.0
TARGET_TIMELINE_P99_MS = 50.0
LOAD_TABLES = [
    "cases_customer",
    "cases_identity",
    "cases_case",
    "cases_interaction",
    "cases_caseevent",
]
SAMPLE_TEXTS = [
    "Hola, llamo por la factura del mes pasado, creo que hay un cargo duplicado.",
    "Gracias por la respuesta, lo reviso y os digo algo.",
    "Sigo esperando la llamada que me prometieron el martes.",
    "Necesito el certificado para el seguro antes del viernes.",
    "Hello, I am writing about my mother's admission next week.",
    "Perfecto, muchas gracias por vuestra ayuda y paciencia.",
    "No entiendo por qué se ha cancelado la cita sin avisarme.",
    "Could you confirm the documents I need to bring?",
]


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


# --- Database -------------------------------------------------------------------------------------


class Cluster:
    """A throwaway cluster from scripts/pg-cluster.sh, stopped and removed on exit."""

    def __init__(self, *, durable: bool) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="faro-bench-pg-"))
        env = {**os.environ, "PG_DURABLE": "1" if durable else "0"}
        result = subprocess.run(
            ["bash", str(ROOT / "scripts/pg-cluster.sh"), "start", str(self.dir)],
            env=env,
            check=False,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            shutil.rmtree(self.dir, ignore_errors=True)
            raise SystemExit(f"could not start PostgreSQL:\n{result.stderr}")
        self.url = result.stdout.strip().splitlines()[-1]

    def stop(self) -> None:
        subprocess.run(
            ["bash", str(ROOT / "scripts/pg-cluster.sh"), "stop", str(self.dir)],
            check=False,
            capture_output=True,
        )
        shutil.rmtree(self.dir, ignore_errors=True)


def setup_django(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cx.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()


@contextmanager
def indexes_and_foreign_keys_dropped(cursor, tables: list[str]):
    """Drop the foreign keys and the indexes that back no constraint of ``tables`` and create them
    again afterwards: one index build and one validating join each beat 1M row-by-row updates."""
    cursor.execute(
        """
        SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
        FROM pg_index i
        WHERE i.indrelid = ANY(%s::regclass[])
          AND NOT i.indisprimary
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
        """,
        [tables],
    )
    indexes = cursor.fetchall()
    cursor.execute(
        """
        SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)
        FROM pg_constraint
        WHERE contype = 'f' AND conrelid = ANY(%s::regclass[])
        """,
        [tables],
    )
    foreign_keys = cursor.fetchall()
    for table, name, _ in foreign_keys:
        cursor.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
    for name, _ in indexes:
        cursor.execute(f"DROP INDEX {name}")
    yield
    started = time.monotonic()
    for _, definition in indexes:
        cursor.execute(definition)
    log(f"  rebuilt {len(indexes)} indexes in {time.monotonic() - started:.1f}s")
    started = time.monotonic()
    for table, name, definition in foreign_keys:
        cursor.execute(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
    log(f"  validated {len(foreign_keys)} foreign keys in {time.monotonic() - started:.1f}s")


def load_data(*, customers: int, cases: int, per_case: int) -> None:
    """Fill the tables with server-side SQL (generate_series): no Python per row."""
    from django.db import connection, transaction

    from cases.models import Team

    team, _ = Team.objects.get_or_create(slug="bench", defaults={"name": "Bench"})
    now = datetime.now(UTC).replace(microsecond=0)
    params = {
        "customers": customers,
        "cases": cases,
        "per_case": per_case,
        "team": team.pk,
        "now": now,
        "texts": SAMPLE_TEXTS,
    }
    # Cases are spread over two years up to a day ago; the last `customers` cases (one per
    # customer) are still active, the others closed. Case n belongs to customer (n-1) % C + 1.
    steps = [
        (
            "customers",
            """
            INSERT INTO cases_customer (id, name, preferred_channel, language, time_zone,
                contact_allowed, surveys_allowed, created_at, updated_at, merged_into_id)
            SELECT g, 'Cliente ' || g, CASE WHEN g %% 3 = 0 THEN 'email' ELSE '' END,
                CASE WHEN g %% 5 = 0 THEN 'en' ELSE 'es' END, 'Europe/Madrid', true, g %% 10 <> 0,
                t.t0 + g * t.step - interval '1 hour', t.t0 + g * t.step - interval '1 hour', NULL
            FROM generate_series(1, %(customers)s) g,
                (SELECT %(now)s::timestamptz - interval '731 days' AS t0,
                        interval '730 days' / %(cases)s AS step) t
            """,
        ),
        (
            "identities",
            """
            INSERT INTO cases_identity (kind, namespace, value, created_at, customer_id)
            SELECT 'email', '', 'c' || id || '@bench.test', created_at, id FROM cases_customer
            UNION ALL
            SELECT 'external', 'crm', 'crm-' || id, created_at, id FROM cases_customer
            WHERE id %% 3 = 0
            """,
        ),
        (
            "cases",
            """
            INSERT INTO cases_case (id, subject, status, severity, channel, opened_at,
                first_response_at, resolved_at, closed_at, last_activity_at, owner_id,
                category_id, customer_id, sensitivity_id, team_id)
            SELECT n, 'Consulta ' || n, s.status, 1 + n %% 4, 'chat', s.opened,
                CASE WHEN s.status = 'new' THEN NULL ELSE s.opened + interval '5 minutes' END,
                CASE WHEN s.status = 'closed' THEN s.opened + interval '1 day' END,
                CASE WHEN s.status = 'closed' THEN s.opened + interval '1 day' END,
                s.opened + (%(per_case)s - 1) * interval '5 minutes',
                NULL, NULL, (n - 1) %% %(customers)s + 1, NULL, %(team)s
            FROM generate_series(1, %(cases)s) n,
                LATERAL (SELECT
                    %(now)s::timestamptz - interval '731 days'
                        + n * (interval '730 days' / %(cases)s) AS opened,
                    CASE WHEN n > %(cases)s - %(customers)s
                        THEN (ARRAY['new', 'open', 'waiting_customer',
                                   'waiting_internal'])[1 + n %% 4]
                        ELSE 'closed' END AS status) s
            """,
        ),
        (
            "interactions",
            """
            INSERT INTO cases_interaction (id, channel, direction, text, summary,
                duration_seconds, occurred_at, created_at, source, external_id,
                request_fingerprint, author_id, case_id, customer_id)
            SELECT (c.id - 1) * %(per_case)s + k + 1, 'chat',
                CASE WHEN k %% 2 = 0 THEN 'inbound' ELSE 'outbound' END,
                (%(texts)s::text[])[1 + (c.id + k) %% cardinality(%(texts)s::text[])],
                '', NULL, c.opened_at + k * interval '5 minutes',
                c.opened_at + k * interval '5 minutes', 'seed',
                'seed-' || ((c.id - 1) * %(per_case)s + k + 1), '', NULL, c.id, c.customer_id
            FROM cases_case c CROSS JOIN generate_series(0, %(per_case)s - 1) k
            ORDER BY c.id, k
            """,
        ),
        (
            "case events",
            """
            INSERT INTO cases_caseevent (id, type, data, note, occurred_at, actor_id, case_id,
                customer_id)
            SELECT id, 'case.opened', '{"channel": "chat"}'::jsonb, '', opened_at, NULL, id,
                customer_id
            FROM cases_case ORDER BY id
            """,
        ),
    ]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL synchronous_commit = off")
        cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
        with indexes_and_foreign_keys_dropped(cursor, LOAD_TABLES):
            for label, sql in steps:
                started = time.monotonic()
                cursor.execute(sql, params)
                log(f"  {label}: {cursor.rowcount:,} rows in {time.monotonic() - started:.1f}s")
        for table in LOAD_TABLES:
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT coalesce(max(id), 1) FROM {table}))"
            )
    started = time.monotonic()
    with connection.cursor() as cursor:
        for table in LOAD_TABLES:
            cursor.execute(f"VACUUM ANALYZE {table}")
    log(f"  VACUUM ANALYZE in {time.monotonic() - started:.1f}s")


def open_database(*, fast_db: bool) -> tuple[Cluster | None, str]:
    """``DATABASE_URL`` when set, else a throwaway cluster (durable unless ``fast_db``)."""
    database_url = os.environ.get("DATABASE_URL", "")
    if database_url:
        log(f"database: DATABASE_URL ({database_url.rsplit('@', 1)[-1]})")
        return None, database_url
    cluster = Cluster(durable=not fast_db)
    log(f"database: throwaway cluster {cluster.url} in {cluster.dir}")
    return cluster, cluster.url


def migrate_and_load(*, customers: int, cases: int, per_case: int) -> None:
    """Migrate, then load the data unless it is already there (Django set up first)."""
    from django.core.management import call_command

    started = time.monotonic()
    call_command("migrate", verbosity=0)
    log(f"migrated in {time.monotonic() - started:.1f}s")
    rows = existing_rows()
    wanted_interactions = cases * per_case
    if rows["cases_interaction"] >= wanted_interactions:
        log(f"data already loaded: {rows}")
    elif any(rows.values()):
        raise SystemExit(f"the database holds other data ({rows}); use an empty one")
    else:
        sizes = f"{customers:,} customers, {cases:,} cases, {wanted_interactions:,} interactions"
        log(f"loading {sizes}")
        started = time.monotonic()
        load_data(customers=customers, cases=cases, per_case=per_case)
        log(f"loaded in {time.monotonic() - started:.1f}s: {existing_rows()}")


def existing_rows() -> dict[str, int]:
    from django.db import connection

    counts = {}
    with connection.cursor() as cursor:
        for table in LOAD_TABLES:
            cursor.execute(f"SELECT count(*) FROM {table}")
            counts[table] = cursor.fetchone()[0]
    return counts


def sample_customer_ids(count: int) -> list[int]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id FROM cases_customer WHERE merged_into_id IS NULL ORDER BY random() LIMIT %s",
            [count],
        )
        return [row[0] for row in cursor.fetchall()]


def count_queries(api_key: str, customer_id: int, *, show: bool) -> dict[str, int]:
    """The SQL of one request of each kind, counted in-process with Django's test client."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1", HTTP_AUTHORIZATION=f"Api-Key {api_key}")
    stamp = secrets.token_hex(4)
    requests = {
        "POST interaction (existing customer)": lambda: client.post(
            "/api/v1/interactions/",
            post_body(f"q-{stamp}-1", f"c{customer_id}@bench.test", "2026-11-23T10:00:00Z"),
            content_type="application/json",
        ),
        "POST interaction (new customer)": lambda: client.post(
            "/api/v1/interactions/",
            post_body(f"q-{stamp}-2", f"q-{stamp}@bench.test", "2026-11-23T10:00:00Z"),
            content_type="application/json",
        ),
        "GET timeline": lambda: client.get(f"/api/v1/customers/{customer_id}/timeline/"),
    }
    counts = {}
    for label, send in requests.items():
        send()  # warm: the first request of a process loads URLconf, translations, etc.
        if label.startswith("POST"):
            # The warm-up recorded it; send a fresh one (a retry would take the short path).
            stamp = secrets.token_hex(4)
        with CaptureQueriesContext(connection) as queries:
            response = send()
        assert response.status_code in (200, 201), (label, response.status_code, response.content)
        counts[label] = len(queries.captured_queries)
        log(f"  {label}: {len(queries)} queries")
        if show:
            for query in queries.captured_queries:
                log(f"      {query['sql'][:300]}")
    connection.close()
    return counts


def post_body(external_id: str, email: str, occurred_at: str) -> str:
    return json.dumps(
        {
            "source": "bench",
            "external_id": external_id,
            "channel": "chat",
            "direction": "inbound",
            "customer": {"email": email},
            "text": "Hola, sigo esperando la llamada que me prometieron ayer.",
            "occurred_at": occurred_at,
        }
    )


# --- The server -----------------------------------------------------------------------------------


class Gunicorn:
    def __init__(
        self,
        *,
        database_url: str,
        port: int,
        workers: int,
        log_path: Path,
        secret_key: str = "",
        worker_class: str = "sync",
        threads: int = 1,
    ) -> None:
        # A caller that signs sessions in-process passes its own key; otherwise a fresh one.
        env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "FARO_ENV": "production",
            "SECRET_KEY": secret_key or secrets.token_urlsafe(48),
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "0",
            "LOG_LEVEL": "WARNING",
        }
        env.pop("DEBUG", None)
        self.log = log_path.open("w")
        self.process = subprocess.Popen(
            [
                str(ROOT / ".venv/bin/gunicorn"),
                "cx.wsgi",
                "-w",
                str(workers),
                "-k",
                worker_class,
                *(["--threads", str(threads)] if worker_class == "gthread" else []),
                "-b",
                f"127.0.0.1:{port}",
            ],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self.url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"gunicorn did not start; see {log_path}")
            time.sleep(0.3)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


# --- Where the CPU went -------------------------------------------------------------------------

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def process_table() -> dict[int, tuple[int, float]]:
    """pid -> (parent pid, CPU seconds used so far) of every process on the machine: its own and
    that of its children it has reaped (a PostgreSQL backend or a gunicorn worker that ends moves
    its CPU to its parent's account; without it, a connection closed mid-run lost its share)."""
    table = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            raw = Path(f"/proc/{entry.name}/stat").read_text()
        except OSError:
            continue
        fields = raw[raw.rindex(")") + 2 :].split()  # from field 3 (state) on
        used = sum(int(value) for value in fields[11:15])  # utime, stime, cutime, cstime
        table[int(entry.name)] = (int(fields[1]), used / CLOCK_TICKS)
    return table


def tree_cpu(table: dict[int, tuple[int, float]], root: int | None) -> dict[int, float]:
    """CPU seconds of ``root`` and every process under it, by pid."""
    if root is None:
        return {}
    children: dict[int, list[int]] = {}
    for pid, (ppid, _) in table.items():
        children.setdefault(ppid, []).append(pid)
    found, todo = {}, [root]
    while todo:
        pid = todo.pop()
        if pid in table:
            found[pid] = table[pid][1]
        todo.extend(children.get(pid, []))
    return found


def machine_cpu() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine since boot."""
    values = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]
    total = sum(values[:8])
    return (total - idle) / CLOCK_TICKS, total / CLOCK_TICKS


def wait_until_quiet(limit_seconds: int, *, busy_below: float = 20.0) -> float:
    """Wait (up to ``limit_seconds``) until the machine is less than ``busy_below`` % busy over 5 s;
    this machine may be shared with other work. Returns the last busy share seen."""
    deadline = time.monotonic() + limit_seconds
    while True:
        busy0, total0 = machine_cpu()
        time.sleep(5)
        busy1, total1 = machine_cpu()
        share = 100 * (busy1 - busy0) / max(total1 - total0, 1e-9)
        if share < busy_below or time.monotonic() > deadline:
            return share
        log(f"  machine {share:.0f}% busy with other work; waiting for it to calm down")
        time.sleep(25)


def postmaster_pid() -> int | None:
    """The local PostgreSQL server's main process (the parent of our backend), if it is here."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        backend = cursor.fetchone()[0]
    try:
        stat = Path(f"/proc/{backend}/stat").read_text()
        parent = int(stat[stat.rindex(")") + 2 :].split()[1])
        if Path(f"/proc/{parent}/comm").read_text().strip() in {"postgres", "postmaster"}:
            return parent
    except (OSError, ValueError):
        pass
    return None


class CpuMeter:
    """CPU time per request of gunicorn, PostgreSQL, wrk and everything else on the machine."""

    def __init__(self, *, gunicorn: int, postgres: int | None) -> None:
        self.roots = {"gunicorn": gunicorn, "postgres": postgres}

    def snapshot(self) -> dict:
        table = process_table()
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        busy, total = machine_cpu()
        return {
            **{name: tree_cpu(table, pid) for name, pid in self.roots.items()},
            "wrk": usage.ru_utime + usage.ru_stime,
            "busy": busy,
            "total": total,
        }

    @staticmethod
    def per_request(before: dict, after: dict, requests: int) -> dict[str, float]:
        used = {}
        for key, value in after.items():
            if isinstance(value, dict):
                # A process that ended during the run is in its parent's account now (reaped
                # children); one that started counts whole.
                used[key] = sum(value.values()) - sum(before[key].values())
            else:
                used[key] = value - before[key]
        mine = used["gunicorn"] + used["postgres"] + used["wrk"]
        per = {
            key: round(used[key] * 1000 / max(requests, 1), 2)
            for key in ("gunicorn", "postgres", "wrk")
        }
        per["other"] = round(max(used["busy"] - mine, 0.0) * 1000 / max(requests, 1), 2)
        per["machine_busy_pct"] = round(100 * used["busy"] / max(used["total"], 1e-9), 1)
        return per


# --- Load (wrk) -----------------------------------------------------------------------------------

LUA_COMMON = """
local threads = {}
function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end
bad = 0
function response(status, headers, body)
  if status < 200 or status > 299 then
    bad = bad + 1
    if bad <= 3 then io.stderr:write("status " .. status .. ": " .. body:sub(1, 300) .. "\\n") end
  end
end
function done(summary, latency, requests)
  local badsum = 0
  for _, t in ipairs(threads) do badsum = badsum + t:get("bad") end
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests":%d,"duration_us":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,' ..
    '"max_us":%d,"mean_us":%.1f,"errors":%d,"timeouts":%d,"bad_status":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, latency.mean,
    e.connect + e.read + e.write + e.status, e.timeout, badsum))
end
"""

LUA_POST = """
local counter = 0
function init(args)
  math.randomseed(os.time() * 1000 + tid * 7919)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Api-Key {key}"
end
function request()
  counter = counter + 1
  local email
  if math.random() < {new_share} then
    email = string.format("new-{run}-%d-%d@bench.test", tid, counter)
  else
    email = string.format("c%d@bench.test", math.random(1, {customers}))
  end
  local body = string.format(
    '{"source":"bench","external_id":"b-{run}-%d-%d","channel":"chat",' ..
    '"direction":"inbound","customer":{"email":"%s"},' ..
    '"text":"Hola, sigo esperando la llamada que me prometieron (mensaje %d).",' ..
    '"occurred_at":"{occurred_at}"}',
    tid, counter, email, counter)
  return wrk.format(nil, "/api/v1/interactions/", nil, body)
end
"""

LUA_TIMELINE = """
local ids = {ids}
function init(args)
  math.randomseed(os.time() * 1000 + tid * 104729)
  wrk.headers["Authorization"] = "Api-Key {key}"
end
function request()
  local id = ids[math.random(1, #ids)]
  return wrk.format("GET", "/api/v1/customers/" .. id .. "/timeline/")
end
"""


def fill(template: str, **values: object) -> str:
    for name, value in values.items():
        template = template.replace("{" + name + "}", str(value))
    return template


def run_wrk(
    script: Path,
    url: str,
    *,
    seconds: int,
    threads: int,
    connections: int,
    meter: CpuMeter | None = None,
) -> dict:
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--latency",
        "-s",
        str(script),
        url,
    ]
    before = meter.snapshot() if meter else None
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    after = meter.snapshot() if meter else None
    if result.stderr.strip():
        log("  wrk: " + result.stderr.strip().replace("\n", "\n  wrk: "))
    line = next(x for x in result.stdout.splitlines() if x.startswith("BENCH "))
    figures = json.loads(line.removeprefix("BENCH "))
    figures["rps"] = figures["requests"] / (figures["duration_us"] / 1e6)
    figures["non_2xx"] = figures["bad_status"]
    if meter:
        figures["cpu_ms_per_request"] = CpuMeter.per_request(before, after, figures["requests"])
    return figures


def describe(figures: dict) -> str:
    return (
        f"{figures['rps']:7.1f} req/s  p50 {figures['p50_us'] / 1000:6.1f} ms  "
        f"p99 {figures['p99_us'] / 1000:6.1f} ms  non-2xx {figures['non_2xx']}  "
        f"socket errors {figures['errors']} timeouts {figures['timeouts']}"
        + (
            f"\n           {describe_cpu(figures['cpu_ms_per_request'])}"
            if "cpu_ms_per_request" in figures
            else ""
        )
    )


def describe_cpu(cpu: dict) -> str:
    return (
        f"CPU ms/request: gunicorn {cpu['gunicorn']:.2f}, PostgreSQL {cpu['postgres']:.2f}, "
        f"wrk {cpu['wrk']:.2f}, rest of the machine {cpu['other']:.2f} "
        f"(machine {cpu['machine_busy_pct']:.0f}% busy)"
    )


def median_of(runs: list[dict]) -> dict:
    return {
        "rps": statistics.median(r["rps"] for r in runs),
        "p50_ms": statistics.median(r["p50_us"] for r in runs) / 1000,
        "p99_ms": statistics.median(r["p99_us"] for r in runs) / 1000,
        "non_2xx": sum(r["non_2xx"] for r in runs),
        "errors": sum(r["errors"] + r["timeouts"] for r in runs),
        "requests": sum(r["requests"] for r in runs),
        "cpu_ms_per_request": {
            key: statistics.median(r["cpu_ms_per_request"][key] for r in runs)
            for key in runs[0].get("cpu_ms_per_request", {})
        },
    }


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores {model} · {platform.python_version()}"


# --- Main -----------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=30_000)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--per-case", type=int, default=10, help="interactions per case")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=15, help="length of one wrk run")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument(
        "--workers", type=int, default=2, help="gunicorn sync workers (2 per 2 cores)"
    )
    parser.add_argument(
        "--worker-class",
        choices=["sync", "gthread"],
        default="sync",
        help="gunicorn worker class (gthread keeps connections alive)",
    )
    parser.add_argument("--gthreads", type=int, default=2, help="threads per gthread worker")
    parser.add_argument("--port", type=int, default=0, help="gunicorn's port (0: a free one)")
    parser.add_argument("--new-share", type=float, default=0.2, help="POSTs for new customers")
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
        help="before each run, wait up to this long for the machine to be idle (shared machines)",
    )
    parser.add_argument("--show-queries", action="store_true", help="print each request's SQL")
    parser.add_argument("--only", choices=["post", "timeline"], help="measure one endpoint only")
    args = parser.parse_args()

    if shutil.which("wrk") is None:
        print("wrk is missing: apt-get install wrk", file=sys.stderr)
        return 2
    results_dir = ROOT / "bench/results"
    results_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")

    cluster, database_url = open_database(fast_db=args.fast_db)
    server = None
    try:
        setup_django(database_url)
        from django.db import connection
        from rest_framework_api_key.models import APIKey

        migrate_and_load(customers=args.customers, cases=args.cases, per_case=args.per_case)

        _, key = APIKey.objects.create_key(name=f"bench-{stamp}")
        ids = sample_customer_ids(2000)
        max_customer = args.customers
        log("queries per request (in-process, Django test client):")
        queries = count_queries(key, ids[0], show=args.show_queries)
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM cases_interaction WHERE source = 'bench'")
            bench_rows_before = cursor.fetchone()[0]
        postgres_pid = postmaster_pid()
        connection.close()

        port = args.port or free_port()
        log(f"starting gunicorn on :{port} ({workers_label(args)}, FARO_ENV=production)")
        if args.wait_quiet:
            wait_until_quiet(args.wait_quiet)
        load_before = os.getloadavg()[0]
        server = Gunicorn(
            database_url=database_url,
            port=port,
            workers=args.workers,
            log_path=results_dir / f"gunicorn-{stamp}.log",
            worker_class=args.worker_class,
            threads=args.gthreads,
        )
        meter = CpuMeter(gunicorn=server.process.pid, postgres=postgres_pid)
        scripts_dir = Path(tempfile.mkdtemp(prefix="faro-bench-lua-"))
        occurred_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

        def post_script(run: str) -> Path:
            path = scripts_dir / f"post-{run}.lua"
            path.write_text(
                LUA_COMMON
                + fill(
                    LUA_POST,
                    key=key,
                    run=f"{stamp}-{run}",
                    customers=max_customer,
                    new_share=args.new_share,
                    occurred_at=occurred_at,
                )
            )
            return path

        timeline_script = scripts_dir / "timeline.lua"
        timeline_script.write_text(
            LUA_COMMON + fill(LUA_TIMELINE, key=key, ids="{" + ",".join(map(str, ids)) + "}")
        )
        wrk_options = {"threads": args.threads, "connections": args.connections, "meter": meter}
        measured: dict[str, list[dict]] = {}
        if args.only in (None, "post"):
            log("POST /api/v1/interactions/ — warm-up 3 s")
            warm_posts = run_wrk(post_script("warm"), server.url, seconds=3, **wrk_options)
            measured["post"] = []
            for run in range(1, args.runs + 1):
                if args.wait_quiet:
                    wait_until_quiet(args.wait_quiet)
                figures = run_wrk(
                    post_script(str(run)), server.url, seconds=args.seconds, **wrk_options
                )
                measured["post"].append(figures)
                log(f"  run {run}: {describe(figures)}")
        if args.only in (None, "timeline"):
            if args.wait_quiet and measured:
                wait_until_quiet(args.wait_quiet)
            log("GET /api/v1/customers/{id}/timeline/ — warm-up 3 s")
            run_wrk(timeline_script, server.url, seconds=3, **wrk_options)
            measured["timeline"] = []
            for run in range(1, args.runs + 1):
                if args.wait_quiet:
                    wait_until_quiet(args.wait_quiet)
                figures = run_wrk(timeline_script, server.url, seconds=args.seconds, **wrk_options)
                measured["timeline"].append(figures)
                log(f"  run {run}: {describe(figures)}")
        shutil.rmtree(scripts_dir, ignore_errors=True)
        server.stop()
        server = None

        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM cases_interaction WHERE source = 'bench'")
            stored = cursor.fetchone()[0] - bench_rows_before
        connection.close()

        summary = {name: median_of(runs) for name, runs in measured.items()}
        report = {
            "when": stamp,
            "machine": machine(),
            "database": "throwaway cluster, "
            + ("fsync off" if args.fast_db else "durable (fsync on, synchronous_commit on)")
            if cluster
            else "DATABASE_URL",
            "settings": vars(args),
            "load_average_before": load_before,
            "rows": existing_rows(),
            "queries_per_request": queries,
            "runs": measured,
            "medians": summary,
            "interactions_stored_by_post_runs": stored,
        }
        out = results_dir / f"ingest_and_timeline-{stamp}.json"
        out.write_text(json.dumps(report, indent=2, default=str))
        print_table(summary, queries, stored, args, report["machine"])
        log(f"figures written to {out.relative_to(ROOT)}")
        for name, figures in summary.items():
            other = figures.get("cpu_ms_per_request", {}).get("other", 0.0)
            if other > 0.5:
                log(
                    f"WARNING: other work on this machine used {other:.2f} ms of CPU per {name} "
                    "request: those figures are low (try --wait-quiet 600)"
                )
        failed = any(s["non_2xx"] or s["errors"] for s in summary.values())
        if "post" in measured:
            sent = warm_posts["requests"] + sum(r["requests"] for r in measured["post"])
            # wrk's count leaves out requests in flight when a run stops, which still commit.
            if not sent <= stored <= sent + 3 * args.connections * (args.runs + 1):
                log(f"WARNING: {sent} POSTs answered but {stored} interactions stored")
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


def workers_label(args) -> str:  # noqa: ANN001
    if args.worker_class == "gthread":
        return f"{args.workers} gthread workers × {args.gthreads} threads"
    return f"{args.workers} sync workers"


def print_table(summary: dict, queries: dict, stored: int, args, machine_name: str) -> None:
    print()
    print(f"Faro bench — {machine_name}")
    print(
        f"gunicorn {workers_label(args)} · wrk -t{args.threads} -c{args.connections} "
        f"-d{args.seconds}s · median of {args.runs} runs"
    )
    print(f"{'endpoint':<38}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'non-2xx':>9}  target")
    if "post" in summary:
        post = summary["post"]
        ratio = post["rps"] / TARGET_INGEST_RPS
        print(
            f"{'POST /api/v1/interactions/':<38}{post['rps']:>9.1f}{post['p50_ms']:>9.1f}"
            f"{post['p99_ms']:>9.1f}{post['non_2xx']:>9}  >= {TARGET_INGEST_RPS:.0f}/s: "
            f"{ratio:.2f}x {'OK' if ratio >= 1 else 'MISSED'}"
        )
    if "timeline" in summary:
        timeline = summary["timeline"]
        ratio = TARGET_TIMELINE_P99_MS / timeline["p99_ms"]
        print(
            f"{'GET /api/v1/customers/{id}/timeline/':<38}{timeline['rps']:>9.1f}"
            f"{timeline['p50_ms']:>9.1f}{timeline['p99_ms']:>9.1f}{timeline['non_2xx']:>9}"
            f"  p99 < {TARGET_TIMELINE_P99_MS:.0f} ms: {ratio:.2f}x "
            f"{'OK' if ratio >= 1 else 'MISSED'}"
        )
    for name, figures in summary.items():
        if figures.get("cpu_ms_per_request"):
            print(f"{name:>8}: {describe_cpu(figures['cpu_ms_per_request'])}")
    print("queries per request: " + ", ".join(f"{k}: {v}" for k, v in queries.items()))
    if "post" in summary:
        print(f"interactions stored by the POST runs (warm-up included): {stored:,}")
    print()


if __name__ == "__main__":
    sys.exit(main())
