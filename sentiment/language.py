"""Spanish or English? A cheap first pass on function words, lingua when unsure.

Most customer messages give themselves away in a few function words ("que", "de", "the",
"my") or in Spanish-only characters (ñ, ¿, ¡, accents); those are decided here in a few
microseconds. The rest go to lingua-language-detector restricted to Spanish and English
(built once, on first use). For very short texts the customer's known language (`prior`) wins
unless the text clearly says otherwise.
"""

from __future__ import annotations

import functools
import re

from sentiment.normalize import split_words

SPANISH = "es"
ENGLISH = "en"
DEFAULT_LANGUAGE = SPANISH

# Below this many words a text says little about its language; the prior decides.
SHORT_TEXT_WORDS = 4
# Only the start of a long text is looked at.
DETECT_CHARS = 600

_WORD = re.compile(r"[a-záéíóúüñ']+")
_SPANISH_CHARS = re.compile(r"[ñáéíóú¿¡]")

# Frequent words that belong to one language only (both lists avoid shared ones: "no", "me",
# "a", "mi" is Spanish-only enough, "he" is not).
ES_WORDS = frozenset(
    split_words(
        "que de el la los las y en por para con es mi del al se su pero muy ya hace esta estoy "
        "tengo gracias hola favor nadie nunca sin una lo le les nos este eso esto son fue hay "
        "cuando como donde porque tambien todavia aun sigo llevo desde hasta otra vez nada "
        "ningun ninguna mas bien mal bueno buena buenas dias tardes noches quiero necesito "
        "puedo pueden usted ustedes factura cuenta pedido seguro llamada llamar servicio "
        "ahora hoy ayer mañana semana horas meses ni tampoco q xq pq porfa tmb vale pues "
        "todo toda todos todas pago oki okis"
    )
)
EN_WORDS = frozenset(
    split_words(
        "the and to of is my i you it for this that was have not please thanks thank hi hello "
        "your with but been still again are be can will would on at im i'm don't dont it's get "
        "got just what why how when where there they we our us has had did didn't doesn't "
        "isn't can't won't order account bill help need want call called waiting hours days "
        "week today yesterday nobody anyone someone from about an if or so all any"
    )
)


@functools.cache
def _lingua_detector():
    """lingua's detector for es/en, or None when the package is not installed."""
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:  # pragma: no cover - lingua is a declared dependency
        return None
    return (
        LanguageDetectorBuilder.from_languages(Language.SPANISH, Language.ENGLISH)
        .with_preloaded_language_models()
        .build()
    )


def _lingua_language(text: str) -> str | None:
    detector = _lingua_detector()
    if detector is None:
        return None
    result = detector.detect_language_of(text)
    if result is None:
        return None
    return SPANISH if result.name == "SPANISH" else ENGLISH


def cue_counts(text: str) -> tuple[int, int, int]:
    """(Spanish cue hits, English cue hits, words) for the start of `text`."""
    words = _WORD.findall(text[:DETECT_CHARS].lower())
    es = sum(1 for w in words if w in ES_WORDS)
    en = sum(1 for w in words if w in EN_WORDS)
    if _SPANISH_CHARS.search(text[:DETECT_CHARS]):
        es += 2
    return es, en, len(words)


def detect_language(text: str, prior: str | None = None) -> str:
    """Return "es" or "en" for `text`; `prior` is the customer's known language, if any.

    Order: clear cue-word majority; for short texts (< SHORT_TEXT_WORDS words) the prior;
    lingua; the prior; DEFAULT_LANGUAGE. Never raises.
    """
    if prior not in (SPANISH, ENGLISH):
        prior = None
    es, en, words = cue_counts(text)
    if words < SHORT_TEXT_WORDS:
        # Two or more one-sided cues beat the prior ("¿otra vez?", "thank you so much").
        if es >= 2 and en == 0:
            return SPANISH
        if en >= 2 and es == 0:
            return ENGLISH
        if prior:
            return prior
        # no prior: one one-sided cue says more than lingua does on a word or two ("oki", "ok")
        if es != en:
            return SPANISH if es > en else ENGLISH
    elif es >= 2 and es >= 3 * en + 1:
        return SPANISH
    elif en >= 2 and en >= 3 * es + 1:
        return ENGLISH
    if words == 0:
        return prior or DEFAULT_LANGUAGE
    return _lingua_language(text[:DETECT_CHARS]) or prior or DEFAULT_LANGUAGE
