"""`manage.py sentiment_score` and `manage.py sentiment_eval`."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command


def run_score(lines: list[str]) -> list[dict]:
    out = StringIO()
    call_command("sentiment_score", stdin=StringIO("\n".join(lines) + "\n"), stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_sentiment_score_writes_one_line_per_input_line_in_order():
    results = run_score(
        [
            json.dumps({"id": 1, "text": "Llevo 3 horas esperando, es una vergüenza"}),
            json.dumps({"id": "b", "text": "Thanks for fixing it so fast!"}),
            json.dumps({"id": 3, "text": "ok", "language": "en"}),
        ]
    )
    assert [r["id"] for r in results] == [1, "b", 3]
    assert [r["label"] for r in results] == ["negative", "positive", "neutral"]
    assert [r["language"] for r in results] == ["es", "en", "en"]
    assert all(-1 <= r["compound"] <= 1 for r in results)


def test_sentiment_score_reports_malformed_lines_and_continues():
    results = run_score(
        [
            "{not json",
            json.dumps([1, 2]),
            json.dumps({"id": 7}),
            json.dumps({"id": 8, "text": 42}),
            json.dumps({"id": 9, "text": "hola", "language": "fr"}),
            "",
            json.dumps({"id": 10, "text": "todo perfecto"}),
        ]
    )
    assert len(results) == 7
    assert results[0]["id"] is None and "error" in results[0]
    assert results[1]["id"] is None and "error" in results[1]
    assert results[2] == {"id": 7, "error": 'missing "text"'}
    assert results[3]["id"] == 8 and "error" in results[3]
    assert results[4]["id"] == 9 and "error" in results[4]
    assert results[5]["id"] is None and "error" in results[5]
    assert results[6]["label"] == "positive"


@pytest.fixture
def labelled_file(tmp_path):
    path = tmp_path / "labelled.jsonl"
    lines = [
        {"text": "Es la tercera vez que llamo y nadie me ayuda", "label": "negative", "lang": "es"},
        {"text": "Muchas gracias por resolverlo tan rápido", "label": "positive", "lang": "es"},
        {"text": "Necesito el duplicado de la factura", "label": "neutral", "lang": "es"},
        {"text": "Still waiting for my refund, 3 weeks now", "label": "negative", "lang": "en"},
        {"text": "Please update my address", "label": "neutral", "lang": "en"},
        {"text": "The nurse was wonderful", "label": "negative", "lang": "en"},
    ]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n")
    return path


def test_sentiment_eval_prints_metrics_per_language(labelled_file):
    out = StringIO()
    call_command("sentiment_eval", str(labelled_file), stdout=out)
    text = out.getvalue()
    assert "== es: n=3 accuracy=1.0000" in text
    assert "== en: n=3 accuracy=0.6667" in text
    assert "== overall: n=6" in text
    assert "language detection: n=6 accuracy=1.0000" in text
    assert "confusion" in text


def test_sentiment_eval_json(labelled_file):
    out = StringIO()
    call_command("sentiment_eval", str(labelled_file), "--json", stdout=out)
    report = json.loads(out.getvalue())
    assert report["en"]["confusion"]["negative"]["positive"] == 1
    assert report["en"]["per_label"]["positive"]["precision"] == 0.0
    assert report["overall"]["n"] == 6
    assert report["language_detection"]["accuracy"] == 1.0


def test_sentiment_eval_rejects_a_bad_file(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "hola"}\n')
    with pytest.raises(CommandError):
        call_command("sentiment_eval", str(path), stdout=StringIO())
