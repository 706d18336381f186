"""Evaluate the engine on labelled JSON lines `{"text", "label"[, "lang"]}`.

Prints accuracy, macro-F1, per-label precision/recall and a confusion matrix per language and
overall, and language-detection accuracy when lines carry "lang". The language used for scoring
is always the detected one (as in the product, where no language is given).
"""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sentiment.engine import analyze

LABELS = ("negative", "neutral", "positive")


def metrics(pairs: list[tuple[str, str]]) -> dict:
    """Accuracy, macro-F1, per-label precision/recall/F1 and confusion for (gold, predicted)."""
    confusion = {g: dict.fromkeys(LABELS, 0) for g in LABELS}
    for gold, predicted in pairs:
        confusion[gold][predicted] += 1
    per_label = {}
    for label in LABELS:
        tp = confusion[label][label]
        predicted = sum(confusion[g][label] for g in LABELS)
        actual = sum(confusion[label].values())
        precision = tp / predicted if predicted else 0.0
        recall = tp / actual if actual else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label[label] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": actual,
        }
    n = len(pairs)
    present = [label for label in LABELS if per_label[label]["support"]]
    return {
        "n": n,
        "accuracy": round(sum(g == p for g, p in pairs) / n, 4) if n else 0.0,
        "macro_f1": round(sum(per_label[x]["f1"] for x in present) / len(present), 4)
        if present
        else 0.0,
        "per_label": per_label,
        "confusion": confusion,
    }


def evaluate(lines: list[dict]) -> dict:
    by_language: dict[str, list[tuple[str, str]]] = {}
    everything: list[tuple[str, str]] = []
    detected_right = detected_total = 0
    for item in lines:
        score = analyze(item["text"])
        gold_language = item.get("lang")
        if gold_language:
            detected_total += 1
            detected_right += score.language == gold_language
        pair = (item["label"], score.label)
        by_language.setdefault(gold_language or score.language, []).append(pair)
        everything.append(pair)
    report = {language: metrics(pairs) for language, pairs in sorted(by_language.items())}
    report["overall"] = metrics(everything)
    if detected_total:
        report["language_detection"] = {
            "n": detected_total,
            "accuracy": round(detected_right / detected_total, 4),
        }
    return report


def format_report(report: dict) -> str:
    out = []
    for name, result in report.items():
        if name == "language_detection":
            continue
        out.append(
            f"== {name}: n={result['n']} accuracy={result['accuracy']:.4f} "
            f"macro-F1={result['macro_f1']:.4f}"
        )
        for label in LABELS:
            m = result["per_label"][label]
            out.append(
                f"   {label:<9} P={m['precision']:.3f} R={m['recall']:.3f} "
                f"F1={m['f1']:.3f} n={m['support']}"
            )
        out.append("   confusion (rows gold, columns predicted): " + " ".join(LABELS))
        for gold in LABELS:
            row = " ".join(f"{result['confusion'][gold][p]:>8}" for p in LABELS)
            out.append(f"   {gold:<9}{row}")
    if "language_detection" in report:
        d = report["language_detection"]
        out.append(f"== language detection: n={d['n']} accuracy={d['accuracy']:.4f}")
    return "\n".join(out)


class Command(BaseCommand):
    help = "Accuracy, macro-F1 and confusion per language for labelled JSON lines."

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help="JSON lines with text, label and optionally lang")
        parser.add_argument("--json", action="store_true", help="print one JSON object")

    def handle(self, *args, **options) -> None:
        path = Path(options["file"])
        try:
            raw = path.read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise CommandError(f"cannot read {path}: {error}") from error
        lines = []
        for number, line in enumerate(raw, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError as error:
                raise CommandError(f"{path}:{number}: invalid JSON: {error}") from error
            if item.get("label") not in LABELS or not isinstance(item.get("text"), str):
                raise CommandError(f"{path}:{number}: needs a text and a label in {LABELS}")
            lines.append(item)
        report = evaluate(lines)
        if options["json"]:
            self.stdout.write(json.dumps(report))
        else:
            self.stdout.write(format_report(report))
