"""The sentiment engine on the public labelled sets in ../shared/data, beside plain VADER.

    .venv/bin/python bench/sentiment_public.py [--data ../shared/data]

Neither set is customer service (political tweets; tweets, reviews and editorials), so these are
a sanity check of coverage, not the target (see docs/sentiment.md). Prints:
1. SentiMP-21 (Spanish and English tweets of members of parliament, labels -1/0/1): accuracy and
   macro-F1 of ``analyze`` (language given, as a customer's known language would be) and of plain
   vaderSentiment on the same tweets;
2. VADER's ground truth (English; the mean of ~20 raters on -4…+4): Pearson r of the compound
   score against the mean rating, ours and plain VADER's.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

from sentiment.engine import analyze, label_for  # noqa: E402
from sentiment.management.commands.sentiment_eval import metrics  # noqa: E402

SENTIMP_LABELS = {"-1": "negative", "0": "neutral", "1": "positive"}
SENTIMP_FILES = {"es": "es_simple.csv", "en": "uk_simple.csv"}
VADER_FILES = ("tweets", "amazonReviewSnippets", "movieReviewSnippets", "nytEditorialSnippets")


def sentimp(data: Path, language: str) -> list[tuple[str, str]]:
    """(text, gold label) of one SentiMP-21 file."""
    with open(data / "sentimp21" / SENTIMP_FILES[language], encoding="utf-8", newline="") as f:
        return [(row["full_text"], SENTIMP_LABELS[row["final_label"]]) for row in csv.DictReader(f)]


def vader_truth(data: Path, name: str) -> list[tuple[str, float]]:
    """(text, mean rating) of one of VADER's ground-truth files."""
    rows = []
    path = data / "vader_icwsm2014" / f"{name}_GroundTruth.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t", 2)
        if len(parts) == 3:
            rows.append((parts[2], float(parts[1])))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    vader = SentimentIntensityAnalyzer()

    print("SentiMP-21 (political tweets): accuracy / macro-F1")
    for language in ("es", "en"):
        rows = sentimp(args.data, language)
        ours = metrics([(gold, analyze(text, language).label) for text, gold in rows])
        plain = metrics(
            [(gold, label_for(vader.polarity_scores(text)["compound"])) for text, gold in rows]
        )
        print(
            f"  {language}: n={ours['n']}  Faro {ours['accuracy']:.3f} / {ours['macro_f1']:.3f}"
            f"   plain VADER {plain['accuracy']:.3f} / {plain['macro_f1']:.3f}"
        )

    print("VADER ground truth (English): Pearson r of compound against the raters' mean")
    for name in VADER_FILES:
        rows = vader_truth(args.data, name)
        truth = [rating for _, rating in rows]
        ours = [analyze(text, "en").compound for text, _ in rows]
        plain = [vader.polarity_scores(text)["compound"] for text, _ in rows]
        print(
            f"  {name}: n={len(rows)}  Faro r={statistics.correlation(ours, truth):.3f}"
            f"   plain VADER r={statistics.correlation(plain, truth):.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
