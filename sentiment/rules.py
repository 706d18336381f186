"""Per-language data for the engine: lexicons, modifiers and contact-centre cues.

VADER's rule machinery (see `sentiment.engine`) is the same for every language; what differs is
one `LanguageRules` object per language, built once and cached: this module holds its shape and
the shared loading helpers, `sentiment.rules_en` and `sentiment.rules_es` the data. English
starts from vaderSentiment's own lexicon and emoji table (MIT, read from the installed package)
with Faro's contact-centre changes on top (`lexicons/en_overrides.tsv`,
`lexicons/en_idioms.tsv`); Spanish uses Faro's own lexicon (`lexicons/es.tsv`,
`lexicons/es_idioms.tsv`).

The English modifier lists (negators, boosters, contrast words) and VADER's constants come from
vaderSentiment 3.3.2 (MIT License, Copyright (c) 2016 C.J. Hutto); the Spanish lists and the
contact-centre cues are ours.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"

# VADER's empirically derived constants (vaderSentiment 3.3.2).
B_INCR = 0.293
B_DECR = -0.293
C_INCR = 0.733
N_SCALAR = -0.74

# Valence of a "thanks" that thanks for something done ("thanks for fixing it").
THANKS_DONE = 2.6

# Cue valences below are written on the lexicon's scale; this weight lifts them so that one cue
# on its own ("llevo 3 horas esperando", "you said you would call") reads as clearly negative
# (compound about -0.5), as a complaint does, and stays well apart from a mild, self-directed
# word ("uf", "ugh", "qué lata") — the tone watch relies on that gap.
CUE_WEIGHT = 1.25


@dataclass(frozen=True, slots=True)
class LanguageRules:
    """Everything language-specific the engine needs. Keys are normalised lookup keys."""

    code: str
    lexicon: dict[str, float]
    # phrase first word -> [(words, phrase key)], longest first
    phrases: dict[str, list[tuple[tuple[str, ...], str]]]
    negators: frozenset[str]
    # negators that also carry valence when they do not negate a word ("nadie", "nobody")
    negator_valence: dict[str, float]
    # negate a positive word, dampen a negative one ("poco amable" = unkind)
    soft_negators: frozenset[str]
    boosters: dict[str, float]
    # lexicon words that act as a booster right before another sentiment word ("bien feo")
    dual_boosters: frozenset[str]
    contrast: frozenset[str]
    concessive: frozenset[str]
    thanks: frozenset[str]
    thanks_for: frozenset[str]
    emphatic_thanks: frozenset[str]
    # acknowledgements ("ok", "got it", "recibido"): a plain thanks next to them is a courtesy
    acknowledgements: frozenset[str]
    # praise that opens or closes a complaint as a clause of its own is sarcasm ("genial, otra
    # vez sin luz", "me cortan la luz otra vez, genial")
    sarcastic_praise: frozenset[str]
    # interjections that may come before such an opener ("oh great, …", "ay, qué bien, …")
    sarcasm_lead: frozenset[str]
    # praise that closes a complaint as a clause of its own, sarcastic even after a positive
    # word ("I pay on time and you raise the fee without notice, qué bonito", "good to know")
    sarcastic_tags: frozenset[str]
    # the customer's own troubleshooting: "restarted it three times" counts tries, not contacts
    self_help: frozenset[str]
    # the customer's own slip: "vuelvo a escribir porque se me olvidó la foto" repeats a contact
    # to mend it, not to complain
    self_slip: frozenset[str]
    apologies: frozenset[str]
    # after "never"/"nunca" these intensify instead of negating ("never had so many problems")
    never: frozenset[str]
    never_intensifiers: frozenset[str]
    # words with no valence of their own that turn negative when negated ("no funciona")
    neg_only: dict[str, float]
    abbreviations: dict[str, tuple[str, ...]]
    request: re.Pattern[str]
    cues: tuple[Cue, ...]
    cue_triggers: frozenset[str]
    bereavement: re.Pattern[str]
    fold_accents: bool
    collapse_order: tuple[int, int]
    # praise words that open a message as a clause of their own are discourse markers, not
    # praise ("bueno, gracias, quedo atento", "well, here is the number")
    openers: frozenset[str] = frozenset()
    # mild, self-directed interjections ("ugh", "uf", "qué lata"): in a request or question they
    # are a sigh, not a complaint (labelling guideline 7), and the tone watch must not see a dip
    mild: frozenset[str] = frozenset()
    # people the customer may praise inside a complaint about the service ("the nurses were
    # lovely. The discharge was a shambles"): the complaint decides
    staff: frozenset[str] = frozenset()
    # harm named to say nobody suffered it ("nadie herido", "no one was injured"): negated, it is
    # a fact for the claim, not relief or praise
    harm: frozenset[str] = frozenset()
    # the customer's own input error ("I've typed the postcode wrong", "puse mal el DNI"): the
    # wrong is theirs, a correction follows, and it is no complaint about the service
    own_error: re.Pattern[str] | None = None
    # after "que", a thanks for what has been done: "os agradezco que me hayáis quitado el
    # recargo" (a present subjunctive, "que me contesten pronto", asks for something instead)
    thanks_that_done: frozenset[str] = frozenset()
    # ironic praise: an exclamation of praise heading a clause ("genial, …", "Stellar packing,
    # guys") in a message that states a failure ("empty", "se murió", "lectura estimada") or
    # carries an unambiguous ironic tag ("gracias por nada", "love that for me")
    ironic_praise: frozenset[str] = frozenset()
    failure_fact: re.Pattern[str] | None = None
    ironic_tag: re.Pattern[str] | None = None
    # a word that every failure or tag above holds (and the ironic emoji): one set test on the
    # message's words skips both scans for most praise
    irony_triggers: frozenset[str] = frozenset()
    # words that say the failure was mended ("excellent, the broken boiler is fixed")
    repaired: frozenset[str] = frozenset()
    # a curt demand: a want/need verb (or an imperative) and "ya"/"now" closing its clause
    demand_verbs: frozenset[str] = frozenset()
    # imperatives that demand only at the start of their clause ("Fix this now")
    demand_imperatives: frozenset[str] = frozenset()
    demand_now: re.Pattern[str] | None = None
    demand_now_words: frozenset[str] = frozenset()
    # a service's promise in scare quotes reads as sarcasm ("your 'unlimited' plan throttled me",
    # "la 'devolución inmediata' lleva tres semanas")
    promise_words: frozenset[str] = frozenset()
    # grief or panic expressed ("I can't breathe", "no puedo parar de llorar"): an apology before
    # it ("sorry, …") does not soften it, as it softens the customer's own slip
    distress: frozenset[str] = frozenset()
    # a feeling told as past ("estaba nerviosa") is part of the slip an apology takes back
    past_state: frozenset[str] = frozenset()
    # Round 8 demands: an imperative with its pronoun joined ("sáquenme", "mándenmela") ends in
    # one of these; it demands with urgency (`demand_firm`, which takes "ahora" and "y ya" too);
    # an order to mend it demands as a clause of its own ("Arréglenlo."); and urgency
    # may be a sentence of its own after the demand ("Quiero la baja. Ya.")
    imperative_endings: tuple[str, ...] = ()
    demand_firm: re.Pattern[str] | None = None
    demand_alone: frozenset[str] = frozenset()
    urgency_alone: re.Pattern[str] | None = None
    # cues that state a plain failure as surely as `failure_fact` does (a wrong charge, a cut):
    # praise heading a clause beside them is ironic ("Enhorabuena, … un recibo por un piso vacío")
    failure_rules: frozenset[str] = frozenset()
    # cues too weak to stand alone: they count only beside a negative word or another cue ("me
    # dijeron que tarda 10 días" reports; "…y nadie ha venido" complains)
    weak_rules: frozenset[str] = frozenset()
    # a hard moment (fear, grief, a scare) told before a "pero" that the service then eased:
    # "fue un susto enorme, pero ustedes respondieron de inmediato. Mil gracias"
    hard_moment: frozenset[str] = frozenset()
    hard_moment_past: frozenset[str] = frozenset()
    # something that did not arrive, named as the reason for a request to send it again ("no me
    # ha llegado la carta, ¿me la pueden reenviar?"): a fact, not a complaint. `missing_words`
    # gates the scan; the pattern holds both parts
    missing_words: frozenset[str] = frozenset()
    missing_then_request: re.Pattern[str] | None = None
    # a service back ("ya tenemos luz", "qué alivio"): a bare "otra vez" beside it is no repeat
    restored: frozenset[str] = frozenset()
    # an absence after these and a negator is a supposition: "¿qué pasa si no llego a pagar?"
    conditionals: frozenset[str] = frozenset()
    # words that may come before such praise in its clause, besides the interjections ("muy
    # amables, ni contestan", "me encanta que me pidan el mismo papel por quinta vez")
    ironic_lead: frozenset[str] = frozenset()
    # round 9: the key a participle made a superlative maps to when its base carries no valence
    # ("restablecidísimo", "solucionadísimo"): a service's act praised that much is irony
    ironic_superlative: str = ""
    # round 10: a negative word negated after these is prevented, not praised: "aviso para que no
    # me bloqueen la tarjeta" is a notice, not relief (VADER would turn "no bloqueen" positive)
    preventive: frozenset[str] = frozenset()
    # words whose accents tell them apart from a lexicon word they would fold into: "Peña" (a
    # surname, a rock) is no "pena" (sorrow); raw lower-case word -> key
    kept_accents: dict[str, str] = field(default_factory=dict)
    # discourse openers that are no praise at the start of any sentence, not only the first
    # ("Ay, qué semana. Bueno, les escribo para pedir el duplicado")
    sentence_openers: frozenset[str] = frozenset()


# ----------------------------------------------------------------------------- loading


def read_tsv(path: Path) -> dict[str, float]:
    """Read `key<TAB>valence` lines; `#` starts a comment line."""
    table: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        key, value = line.split("\t")[:2]
        table[key.strip()] = float(value)
    return table


def vader_file(name: str) -> str:
    return resources.files("vaderSentiment").joinpath(name).read_text(encoding="utf-8")


@functools.cache
def vader_lexicon() -> dict[str, float]:
    lexicon: dict[str, float] = {}
    for line in vader_file("vader_lexicon.txt").splitlines():
        if line:
            word, measure = line.strip().split("\t")[:2]
            lexicon[word] = float(measure)
    return lexicon


# A thumbs-up or an OK hand next to an acknowledgement or a request is a courtesy, like "ok" (the
# engine zeroes it there); on its own or after news it is approval.
COURTESY_EMOJI = frozenset("👍👌")

# Emoji VADER's descriptions miss or get wrong for customer messages.
EMOJI_OVERRIDES = {
    "👍": 1.5,
    "👎": -1.8,
    "🙏": 0.0,
    "😡": -2.6,
    "😠": -2.4,
    "😤": -2.0,
    "🤬": -3.0,
    "🙄": -1.6,
    "😒": -1.6,
    "👏": 1.5,
    "💪": 1.0,
    "🤦": -1.6,
    "😑": -1.0,
    "😐": -0.3,
    "🤷": -0.3,
    "😩": -2.0,
    "😫": -2.0,
    "🥺": -0.6,
    "🤔": 0.0,
    "✅": 1.0,
    "❌": -1.2,
    "💯": 1.5,
    "🔥": 0.0,
    "😅": 0.2,
    "🙂": 1.0,
    "🙃": -0.4,
    "⏳": -0.6,
    "⌛": -0.6,
    "😞": -2.0,
    "😔": -1.6,
    "💔": -2.6,
    "😢": -2.1,
    "😭": -2.3,
    "💩": -2.5,
    "🙌": 2.0,
}


@functools.cache
def emoji_valences() -> dict[str, float]:
    """Emoji -> valence: VADER's English description scored with VADER's lexicon.

    Emoji mean the same in both languages, so this table is shared. Only single code points are
    keyed (as in VADER); skin-tone modifiers and variation selectors are dropped by the engine.
    """
    lexicon = vader_lexicon()
    table: dict[str, float] = {}
    for line in vader_file("emoji_utf8_lexicon.txt").splitlines():
        if not line:
            continue
        emoji, description = line.strip().split("\t")[:2]
        if len(emoji) != 1:
            continue
        table[emoji] = round(sum(lexicon.get(w, 0.0) for w in description.lower().split()), 3)
    table.update(EMOJI_OVERRIDES)
    return table


def emoticons() -> dict[str, float]:
    """VADER's emoticons (":)", ":-(", "<3", "xD"): entries that are not plain words."""
    return {k: v for k, v in vader_lexicon().items() if not k.replace("'", "").isalpha()} | {
        "xd": 1.3,
        ":d": 2.2,
        ";d": 2.0,
    }


def build_phrases(*keys: str) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key in keys:
        words = tuple(key.split())
        if len(words) > 1:
            index.setdefault(words[0], []).append((words, key))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return index


@dataclass(frozen=True, slots=True)
class Cue:
    """A contact-centre cue: a regex over the normalised words, run only when one of its
    trigger words is in the message (most messages skip every scan)."""

    pattern: re.Pattern[str]
    valence: float
    rule: str
    triggers: frozenset[str]


def compile_cues(cues: list[tuple[str, float, str, str]]) -> tuple[Cue, ...]:
    return tuple(
        Cue(
            re.compile(rf"\b(?:{pattern})\b"),
            valence * CUE_WEIGHT,
            rule,
            frozenset(triggers.split()),
        )
        for pattern, valence, rule, triggers in cues
    )


def rules_for(language: str) -> LanguageRules:
    """The rules for a language code ("es", anything else is English), built once."""
    # imported here: the language modules build on the shared machinery in this module
    from sentiment.rules_en import english
    from sentiment.rules_es import spanish

    return spanish() if language == "es" else english()
