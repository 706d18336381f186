#!/usr/bin/env python
"""Open-loop load: GET requests at a fixed average rate, as people's clicks arrive.

    bench/openloop.py URL --spec SPEC.json --rate 40 --seconds 15

wrk is a closed loop: each connection asks again the moment its answer arrives, so it measures a
server at saturation, where latency is set by how many connections queue up. This script sends
requests at Poisson arrival times (exponential gaps, mean 1/rate) whatever the server does, each
on a new connection (gunicorn's sync workers close theirs), and counts each latency from the
moment the request was due, not from when it could be sent — a slow server is not let off
(no "coordinated omission").

SPEC.json: {"paths": [...], "headers": {...}, "expect": 200}. Prints one line
``BENCH {json}`` with the keys of the wrk scripts' summary (requests, duration_us, p50_us, p90_us,
p99_us, max_us, mean_us, errors, timeouts, bad_status) and ``expected`` (answers with the expected
status). Standard library only; run as a child of the bench so its CPU is counted apart.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
from urllib.parse import urlsplit

TIMEOUT_SECONDS = 10.0


async def fetch(host: str, port: int, request: bytes) -> int:
    """One request on a new connection; the answer's status once the whole answer is read."""
    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(request)
        await writer.drain()
        status_line = await reader.readline()
        await reader.read()  # to the end: the server closes the connection
        return int(status_line.split()[1])
    finally:
        writer.close()


def percentile(sorted_values: list[float], share: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return 0.0
    rank = max(1, round(share * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


async def run(url: str, spec: dict, rate: float, seconds: float, seed: int) -> dict:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    headers = {"Host": f"{host}:{port}", "Connection": "close", **spec.get("headers", {})}
    head = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    requests = [f"GET {path} HTTP/1.1\r\n{head}\r\n".encode() for path in spec["paths"]]
    expect = spec.get("expect", 200)
    rng = random.Random(seed)
    loop = asyncio.get_running_loop()
    latencies: list[float] = []
    counts = {"errors": 0, "timeouts": 0, "bad_status": 0, "expected": 0}

    async def one(due: float, request: bytes) -> None:
        try:
            status = await asyncio.wait_for(fetch(host, port, request), TIMEOUT_SECONDS)
        except TimeoutError:
            counts["timeouts"] += 1
            return
        except (OSError, ValueError, IndexError):
            counts["errors"] += 1
            return
        latencies.append(loop.time() - due)  # from when it was due: queueing counts
        if status == expect:
            counts["expected"] += 1
        elif status != 304 and not 200 <= status <= 299:
            counts["bad_status"] += 1

    start = due = loop.time() + 0.05
    end = start + seconds
    tasks = []
    while True:
        due += rng.expovariate(rate)
        if due >= end:
            break
        await asyncio.sleep(max(due - loop.time(), 0))
        tasks.append(asyncio.create_task(one(due, rng.choice(requests))))
    await asyncio.gather(*tasks)
    ordered = sorted(latencies)
    us = 1_000_000
    return {
        "requests": len(ordered),
        "duration_us": int(seconds * us),
        "p50_us": int(percentile(ordered, 0.50) * us),
        "p90_us": int(percentile(ordered, 0.90) * us),
        "p99_us": int(percentile(ordered, 0.99) * us),
        "max_us": int((ordered[-1] if ordered else 0) * us),
        "mean_us": round(statistics.fmean(ordered) * us, 1) if ordered else 0.0,
        **counts,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--spec", required=True, help="JSON: paths, headers, expect")
    parser.add_argument("--rate", type=float, required=True, help="requests per second")
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with open(args.spec, encoding="utf-8") as source:
        spec = json.load(source)
    figures = asyncio.run(run(args.url, spec, args.rate, args.seconds, args.seed))
    print("BENCH " + json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
