"""Score JSON lines from stdin: `{"id", "text"[, "language"]}` -> `{"id", "label", "compound",
"language"}`, one output line per input line, in order (a blank or malformed line gets
`{"id": … or null, "error": "…"}`). The engine is loaded once, before the first line."""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand

from sentiment.engine import analyze, get_engine


def score_line(line: str) -> dict:
    """One output object for one input line; a malformed line gets an "error" instead."""
    if not line.strip():
        return {"id": None, "error": "empty line"}
    try:
        item = json.loads(line)
    except ValueError as error:
        return {"id": None, "error": f"invalid JSON: {error}"}
    if not isinstance(item, dict):
        return {"id": None, "error": "expected a JSON object"}
    item_id = item.get("id")
    text = item.get("text")
    language = item.get("language")
    if text is not None and not isinstance(text, str):
        return {"id": item_id, "error": '"text" must be a string'}
    if "text" not in item:
        return {"id": item_id, "error": 'missing "text"'}
    if language is not None and language not in ("es", "en"):
        return {"id": item_id, "error": '"language" must be "es" or "en"'}
    score = analyze(text, language)
    return {
        "id": item_id,
        "label": score.label,
        "compound": score.compound,
        "language": score.language,
    }


class Command(BaseCommand):
    help = (
        "Score JSON lines {id, text[, language]} from stdin; write {id, label, compound, language}."
    )
    stealth_options = ("stdin",)

    def handle(self, *args, **options) -> None:
        stdin = options.get("stdin") or sys.stdin
        get_engine()  # load once, before the first line
        write = self.stdout.write
        for line in stdin:
            write(json.dumps(score_line(line), ensure_ascii=False))
