"""Messages per second of `sentiment.engine.analyze` against plain vaderSentiment.

    .venv/bin/python bench/sentiment_speed.py [--size 20000] [--runs 5]

Uses the texts of tests/data/sentiment_dev.jsonl replicated to --size messages (never the
held-out files). Prints, as medians of --runs runs on one core:
1. English messages: plain `SentimentIntensityAnalyzer().polarity_scores` vs `analyze(text, "en")`
   in the same run, alternating chunks of 500 messages, and the ratio (ours / VADER; >= 1.0
   means at least as fast);
2. the mixed Spanish/English set with language detection (`analyze(text)`).
Engines are built and warmed up before timing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

from sentiment.engine import analyze  # noqa: E402

DEV = ROOT / "tests" / "data" / "sentiment_dev.jsonl"


def load(size: int) -> tuple[list[str], list[str]]:
    items = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    mixed = [item["text"] for item in items]
    english = [item["text"] for item in items if item.get("lang") == "en"]
    return (english * (size // len(english) + 1))[:size], (mixed * (size // len(mixed) + 1))[:size]


def rate(function, texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        function(text)
    return len(texts) / (time.perf_counter() - start)


def paired_rates(first, second, texts: list[str], chunk: int = 500) -> tuple[float, float]:
    """Both functions over the same texts, alternating chunks so both see the same machine
    load (development machines here are shared)."""
    spent = [0.0, 0.0]
    for start in range(0, len(texts), chunk):
        part = texts[start : start + chunk]
        for n, function in enumerate((first, second)):
            began = time.perf_counter()
            for text in part:
                function(text)
            spent[n] += time.perf_counter() - began
    return len(texts) / spent[0], len(texts) / spent[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    english, mixed = load(args.size)
    vader = SentimentIntensityAnalyzer()
    ours_en = lambda text: analyze(text, "en")  # noqa: E731
    for text in mixed[:2000]:  # warm up: lexicons, lingua models, token caches
        analyze(text)
        vader.polarity_scores(text)

    vader_rates, our_rates, ratios, mixed_rates = [], [], [], []
    for _ in range(args.runs):
        v, o = paired_rates(vader.polarity_scores, ours_en, english)
        vader_rates.append(v)
        our_rates.append(o)
        ratios.append(o / v)
        mixed_rates.append(rate(analyze, mixed))

    print(f"messages: {args.size} per set, {args.runs} runs, medians, one core")
    print(f"english  vaderSentiment      {statistics.median(vader_rates):>10,.0f} msg/s")
    print(f"english  analyze(text, 'en') {statistics.median(our_rates):>10,.0f} msg/s")
    print(f"english  ratio ours / vader  {statistics.median(ratios):>10.2f}  (target >= 1.0)")
    print(
        f"mixed    analyze(text) + detection {statistics.median(mixed_rates):>10,.0f} msg/s"
        "  (target >= 5,000)"
    )


if __name__ == "__main__":
    main()
