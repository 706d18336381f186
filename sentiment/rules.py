"""Per-language data for the engine: lexicons, modifiers and contact-centre cues.

VADER's rule machinery (see `sentiment.engine`) is the same for every language; what differs is
here, in one `LanguageRules` object per language, built once and cached. English starts from
vaderSentiment's own lexicon and emoji table (MIT, read from the installed package) with Faro's
contact-centre changes on top (`lexicons/en_overrides.tsv`, `lexicons/en_idioms.tsv`); Spanish
uses Faro's own lexicon (`lexicons/es.tsv`, `lexicons/es_idioms.tsv`).

The modifier lists below (negators, boosters, contrast words) and VADER's constants come from
vaderSentiment 3.3.2 (MIT License, Copyright (c) 2016 C.J. Hutto); the Spanish lists and the
contact-centre cues are ours.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from sentiment.normalize import split_words

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


# ----------------------------------------------------------------------------- English

EN_NEGATORS = frozenset(
    # VADER's NEGATE list ...
    split_words(
        "aint arent cannot cant couldnt darent didnt doesnt ain't aren't can't couldn't daren't "
        "didn't doesn't dont hadnt hasnt havent isnt mightnt mustnt neither don't hadn't hasn't "
        "haven't isn't mightn't mustn't neednt needn't never none nope nor not nothing nowhere "
        "oughtnt shant shouldnt uhuh wasnt werent oughtn't shan't shouldn't uh-uh wasn't weren't "
        "without wont wouldnt won't wouldn't rarely seldom despite "
        # ... plus contact-centre negators VADER misses
        "no nobody zero noone wasnt"
    )
    + [
        "no one",
        "not even",
        "not a single",
        "not one",
        "none of it",
        "none of this",
        "none of them",
    ]
)

EN_BOOSTERS = {
    **dict.fromkeys(
        split_words(
            "absolutely amazingly awfully completely considerable considerably decidedly deeply "
            "effing enormous enormously entirely especially exceptional exceptionally extreme "
            "extremely fabulously flipping flippin frackin fracking fricking frickin frigging "
            "friggin fully fuckin fucking fuggin fugging greatly hella highly hugely incredible "
            "incredibly intensely major majorly more most particularly purely quite really "
            "remarkably so substantially thoroughly total totally tremendous tremendously uber "
            "unbelievably unusually utter utterly very super beyond seriously"
        ),
        B_INCR,
    ),
    **dict.fromkeys(
        split_words(
            "almost barely hardly kinda kindof kind-of less little marginal marginally occasional "
            "occasionally partly scarce scarcely slight slightly somewhat sorta sortof sort-of "
            "a_bit"
        )
        + ["just enough", "kind of", "sort of", "a bit", "a little", "a little bit"],
        B_DECR,
    ),
}

EN_CUES = [
    # repeat contact
    (
        r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth|"
        r"\d+(?:st|nd|rd|th)) (?:time|call|attempt|email|message|request|chat|appointment|visit|"
        r"letter|complaint|no-show|no show|engineer|technician|bill|invoice|week|month|mail|"
        r"e-mail|reminder|follow-up|ticket)s?",
        -1.8,
        "repeat contact",
        # the ordinal is rarer than the noun, so it is the trigger
        (
            "second third fourth fifth sixth seventh eighth ninth tenth umpteenth nth 2nd 3rd 4th "
            "5th 6th 7th 8th 9th 10th 11th 12th 13th 14th 15th 16th 17th 18th 19th 20th 100th"
        ),
    ),
    (
        r"(?:yet again|again and again|over and over|not again|time and again|"
        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|countless|"
        r"numerous|a dozen|so many|how many) times|every single time|"
        r"keeps? (?:calling|asking|getting|having|telling|chasing|dropping|failing|crashing|"
        r"cutting out|disconnecting|breaking|charging|sending|happening|going down)|"
        r"kept (?:calling|asking|getting|"
        r"chasing|telling)|(?:called|emailed|written|wrote|contacted|asked|explained|chased|"
        r"happened|happening|charged|broken|down|up|off|out|wrong|late|missing|failed|crashed|"
        r"same (?:thing|problem|issue)|it|this)(?: you| me| it| us)? again(?! to)|"
        r"still (?:the same|happening|broken|down))",
        -1.6,
        "repeat contact",
        "again over keep keeps kept times still",
    ),
    # a connection that fails again and again: "the wifi drops every ten minutes"
    (
        r"(?:drops?|dropping|dropped|cuts? out|cutting out|disconnects?|disconnecting|freezes|"
        r"freezing|crashes|crashing) (?:every|all the time|constantly|non-stop|nonstop)",
        -1.6,
        "repeat contact",
        "drop drops dropping dropped cut cuts cutting disconnect disconnects disconnecting "
        "freezes freezing crashes crashing",
    ),
    # elapsed waiting
    (
        # loyalty is no wait: "I've been a customer for ten years", "with you for ten years"
        r"(?:still|been(?! (?:a |an |your )?(?:customer|client|member|policyholder)s?\b| with "
        r"(?:you|them|us)\b)|"
        r"waiting|waited|wait|already|on hold|hold|"
        r"for(?<!customer for)(?<!client for)(?<!member for)(?<!with you for)(?<!with them for)|"
        r"(?:from|since) (?:the )?(?:last|past))(?: \S+){0,4}? "
        r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|"
        r"eleven|thirteen|fourteen|sixteen|eighteen|thirty|forty|several|many|few|over \w+|"
        r"almost \w+|more than \w+|nearly \w+) "
        r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?)",
        -1.9,
        "waiting",
        "minute minutes min mins hour hours hr hrs day days week weeks month months year years "
        "fortnight fortnights",
    ),
    (
        r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|"
        r"thirty|several|many|few) (?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?) "
        r"(?:later|ago|now|and (?:still|nothing|counting|no)|on hold|waiting|of waiting|queue|"
        r"after (?:i|we) (?:asked|called|rang|phoned|emailed|wrote|complained)|"
        # "three weeks for a meter reading": the wait put as the price of a simple job
        r"(?:for|(?:just )?to (?:get|fix|sort|change|send|process|book|receive)|just to) "
        r"(?:a|an|one|my))",
        -1.9,
        "waiting",
        "minute minutes min mins hour hours hr hrs day days week weeks month months",
    ),
    (
        r"still (?:waiting|no|not|nothing|haven't|hasn't|have not|has not|don't|doesn't|"
        r"didn't|can't|cannot|unable|without|no one|nobody|being charged|charging|pending|"
        r"being billed|billing|chasing|sending|asking|contacting|frozen|stuck|blocked|locked|"
        # a charge that should have gone: "the charge is still on my statement"
        r"showing|appearing|on (?:my|the|our) (?:statement|bill|account|invoice|card))"
        r"|been waiting|waiting (?:since|forever|ages)|no (?:reply|response|answer|update) yet"
        r"|(?:days|weeks|months|hours) (?:and|of) (?:nothing|no)|for ages|forever"
        r"|took (?:over |more than |almost |nearly )?(?:\d+|two|three|four|five|six|seven|eight|"
        r"nine|ten|several|many) (?:hours|days|weeks|months) to",
        -1.5,
        "waiting",
        "still waiting yet ages forever took",
    ),
    # broken promises
    (
        r"(?:you|they|he|she|your (?:agent|colleague|team)|gentleman|lady|man|woman|guy|girl|"
        r"agent|advisor|adviser|engineer|technician|person|rep|operator|colleague|manager|"
        r"assessor|adjuster|adjustor|surveyor|installer|courier|driver|receptionist|someone|"
        r"somebody) "
        r"(?:swore|swears|(?:said|promised|told (?:me|us)|assured (?:me|us)|"
        r"guaranteed)(?: me| us)? (?:you|that|it|i|we|this|they|someone|somebody|the|he'd|"
        r"she'd|they'd|you'd|it'd|he would|she would|they would|you would|it would))"
        r"|(?:promised|assured|guaranteed)(?: me| us)? (?:a|an|to|that|it)\b"
        r"|(?:was|were|been|i'm|am) (?:told|promised|assured)"
        r"|(?:was|were|wasn't|weren't|been|you're|it's|is|isn't|they're) supposed to"
        r"|should(?:'ve| have) (?:been|had|arrived|come|called|heard|received|got|gotten)"
        r"|should already"
        r"|(?:callback|call back|call|refund|visit|engineer|technician|appointment|reply|credit) "
        r"(?:i was |we were |you |they )?promised"
        r"|never (?:called|came|arrived|showed|got back|heard|received)"
        r"|(?:you|u) never(?: ever)? (?!know|knew|can tell)\w+",  # "callbacks you never make"
        -1.6,
        "broken promise",
        "said promised told assured guaranteed swore swears supposed never should should've",
    ),
    # exit and escalation threats
    (
        r"(?:switch|switching|change|changing|move|moving|go|going|port|porting) (?:over )?(?:to )?"
        r"(?:another|a different|your competitor|a competitor|the competition)"
        # moving house is no threat: "if I move to a different city"
        r"(?! (?:city|town|country|state|address|house|home|flat|apartment|room|date|day|time|"
        r"plan|tariff|package|bundle|number|phone|device|card|payment|doctor|ward|hospital))"
        r"|port(?:ing)? (?:my (?:number|line) )?(?:out|away)|switch(?:ing)? (?:provider|providers|"
        r"company|companies|carrier|carriers|bank|banks|insurer|insurers)"
        r"|(?:my|a|our) (?:lawyer|attorney|solicitor)|legal action|take (?:you|this|it) to court"
        r"|sue you|small claims|ombudsman|bbb|better business bureau|trading standards|ofcom"
        r"|(?:file|filing|lodge|lodging|make|making|raise|raising|submit) (?:a |an )?(?:formal )?"
        r"complaint|report(?:ing)? (?:you|this|it) to|(?:speak|talk) (?:to|with) (?:a|your|the)"
        r" (?:manager|supervisor|superior)|(?:escalate|escalating) (?:this|it|my)"
        r"|(?:want|need|get|have) (?:this|it|my complaint|my case) escalated"
        r"|(?:social media|twitter|leave (?:a )?(?:bad|negative|one star|1 star) review)",
        -2.1,
        "escalation threat",
        (
            "switch switching port porting another different competitor competition provider "
            "providers lawyer "
            "attorney solicitor legal court sue claims ombudsman bbb bureau standards ofcom "
            "complaint"
            " report reporting manager supervisor superior escalate escalating escalated media "
            "twitter review"
        ),
    ),
    (
        r"(?:cancel|cancelling|canceling|terminate|terminating|close|closing|end|ending) "
        r"(?:my|our|this) (?:account|subscription|contract|policy|plan|service|membership)",
        -1.5,
        "exit threat",
        "cancel cancelling canceling terminate terminating close closing end ending",
    ),
    # being passed around
    (
        r"(?:passed|transferred|bounced|shuffled|pushed|sent) (?:around|back and forth|from one|"
        r"from department|between)|run ?around|ping ?pong|(?:nobody|no one) knows"
        r"|(?:nobody|no one) (?:takes|will take|wants to take) responsibility"
        r"|(?:transferred|transfered) (?:me )?(?:\d+|two|three|four|five|several|multiple|many|"
        r"again)|(?:\d+|two|three|four|five|six|seven|several|multiple|many) different "
        r"(?:agents|people|advisors|advisers|reps|operators|departments|teams|numbers|staff)",
        -1.8,
        "passed around",
        (
            "around runaround forth between ping pingpong knows responsibility transferred "
            "transfered"
            " again different"
        ),
    ),
]

EN_CUES += [
    (
        r"^(?:\w+ )?again$|again (?:and|with) (?:this|the)|don't make me(?: \S+){1,4} again"
        # a grievance verb that the message closes with "again": "sent it to my old address again"
        r"|(?:sent|send|charged|billed|cut|cancelled|canceled|lost|forgot|forgotten|messed|"
        r"missed|dropped|failed|ignored|done|did)(?: \S+){0,6} again$",
        -1.6,
        "repeat contact",
        "again",
    ),
    (
        # one adjective may come between, unless it is praise ("another good day")
        r"another (?:(?!good|great|nice|lovely|wonderful|happy|fantastic|brilliant|perfect)\w+ )?"
        r"(?:outage|charge|price increase|increase|delay|cut|problem|issue|error|bill|"
        r"fee|week|month|day|hour|excuse|transfer|engineer|technician|rise|hike|letter|email|"
        r"call|visit|form|mistake|fault)",
        -1.5,
        "repeat contact",
        "another",
    ),
    (
        r"stop (?:calling|charging|sending|emailing|texting|billing|transferring|bothering)|"
        r"(?:give|send) me (?:back )?my money|(?:i )?want (?:a|my) (?:refund|money back)|"
        r"(?:i )?want (?:it|this|that|them) (?:refunded|removed|cancelled|reversed)|"
        r"(?:is|will|would|does) (?:anyone|anybody|someone|somebody) (?:ever|going to|gonna|"
        r"actually|care to|bother to|even)|"
        r"(?:does|do) (?:anyone|anybody) (?:there|even|actually|ever|read|listen|check|care)|"
        r"don't know who (?:to|else)|"
        r"what is going on|what's going on",
        -1.6,
        "demand",
        "stop money refund anyone anybody someone somebody who what what's",
    ),
    # Praise followed by "another"/"again" is sarcasm whatever follows. Praise followed by
    # "now" or "so" is sarcasm only if a complaint follows ("perfect, now it works" is not):
    # the engine's sarcastic-opener rule decides those.
    (
        r"^(?:oh )?(?:great|wonderful|perfect|fantastic|brilliant|lovely|awesome|nice|"
        r"just great|just perfect|thanks a lot) (?:another|again)|"
        r"(?:great|wonderful|perfect|fantastic|brilliant|lovely) (?:another|yet another)",
        -3.6,
        "sarcasm",
        "another again",
    ),
    # "why" about a grievance is negative (labelling guideline): a charge, a cut, a refusal
    (
        r"why (?:did|do|does|have|has|was|were|am|are|is|would) (?:you|they|i|we|my \w+|the \w+)"
        r"(?: \S+)?? (?:charge|charged|charging|cut|cancel|cancelled|canceled|cancelling|"
        r"reject|rejected|deny|denied|declined|block|blocked|refuse|refused|penalise|penalised|"
        r"penalize|penalized|fine|fined|disconnect|disconnected|increase|increased|raise|raised)",
        -1.6,
        "grievance question",
        "why",
    ),
    # one thing agreed, another done: "the contract said one price and you're charging another"
    (
        r"(?:said|says|told me|promised|quoted|agreed) one (?:thing|price|amount|figure|rate)"
        r"(?: \S+){0,4}? (?:another|something else|something different)",
        -1.8,
        "broken promise",
        "another else different",
    ),
    # a price rise is a grievance even when it is asked about ("why did my premium go up?")
    (
        r"(?:bill|bills|price|prices|rate|rates|premium|premiums|tariff|fee|fees|cost|costs|"
        r"charge|charges|payment|payments|subscription|plan) (?:has |have |just |suddenly )?"
        r"(?:(?:gone|went|go|goes|going|shot|jumped) up|increased|doubled|tripled|risen|rose|"
        r"skyrocketed)|(?:bill|price|premium|charge|payment|fee|invoice)(?: \S+){0,3}? "
        r"(?:is|was|came to|comes to|has) (?:double|triple|twice)|"
        r"(?:bill|price|premium|fee|invoice|payment)s? (?:double|triple)\b|"
        r"(?:bill|price|premium|fee|invoice|rate|payment)s? (?:is|are|was|were|so|this month is) "
        r"(?:much |so |way )?"
        r"(?:higher|so high|more expensive|through the roof)|(?:is|are|was|were) (?:my|the|our|"
        r"this) (?:bill|price|premium|fee|invoice|rate|payment)s? (?:so |much |this month )?"
        r"(?:higher|so high|more expensive)",
        -1.4,
        "price rise",
        "up increased doubled tripled risen rose skyrocketed double triple twice higher high "
        "expensive roof",
    ),
]

# Complaints told without a sentiment word: the failure that comes back every time, the wait
# put as "three weeks for a meter reading", the promise "you never" keep, the plea for someone
# who will "actually" do the job, the grievance verb closing with "again".
EN_CUES += [
    (
        r"every (?:single )?time (?:i|we) (?:try|tried|call|ring|phone|log|open|use|pay|go|"
        r"turn|switch|check|contact|ask|email)|every (?:single )?(?:day|night|morning|evening) "
        r"(?:this|last) (?:week|month)",
        -1.6,
        "repeat contact",
        "every",
    ),
    (
        r"(?:someone|somebody|anyone|anybody)(?: who)? (?:can|could|will|would) actually",
        -1.6,
        "demand",
        "actually",
    ),
    (
        r"(?:charged|charging|billed|billing|invoiced) (?:me |us )?(?:\S+ )?for "
        r"(?:a |an |the |my |our )?"
        r"(?:\w+ ){0,2}?(?:i|we) (?:returned|sent back|cancelled|canceled|never (?:ordered|used|"
        r"received|asked for)|didn't (?:order|use|receive|ask for))",
        -1.6,
        "grievance",
        # the charge triggers it: "back", "use" or "order" would send most messages to the scan
        "charged charging billed billing invoiced",
    ),
]

# Complaints in set phrases: an apology that changes nothing, a mishap someone "managed" to
# cause, the same thing twice, the promised thing that never came through.
EN_CUES += [
    (
        r"(?:sorry|apology|apologies|excuses) (?:doesn't|don't|won't|isn't|aren't|does not|"
        r"do not|will not|is not|are not) (?:cut it|pay|fix|help|change|solve|bring|refund|"
        r"enough|mean)",
        -1.8,
        "demand",
        # not "sorry", which most apologies carry: "an apology doesn't…", "excuses don't…"
        "apology apologies excuses",
    ),
    (
        r"(?:you|they|you've|they've|someone|somebody|u) (?:managed|manage|have managed) to "
        r"(?:lose|lost|break|mess|delete|cancel|double|charge|send|misplace|forget|block)"
        r"|same (?:\w+ ){0,2}twice",
        -1.8,
        "repeat contact",
        "managed manage twice",
    ),
    (
        r"nothing(?:'s| has| have)? (?:come through|arrived|happened|changed|been done|moved)"
        r"|nothing (?:could|can) be done",
        -1.6,
        "waiting",
        "nothing nothing's",
    ),
]

# Bitter politeness and the service's own formulas: "could someone finally explain", "don't
# make me ring again", "a human", "the template reply", "the speed I'm paying for".
EN_CUES += [
    (
        r"(?:could|would|will|can|to|you) finally"
        r"|(?:what|the \w+) (?:i'm|i am|we're|we are) paying for"
        r"|(?:says|said|shows|showing|marked(?: as)?) delivered",
        -1.6,
        "demand",
        "finally paying delivered",
    ),
    (
        r"(?:a|an) (?:real |actual )?(?:human|person) (?:read|look|answer|respond|reply|call|"
        r"help|deal)|(?:template|automated|copy and paste|copy-paste|canned|generic) (?:reply|"
        r"response|answer|email|message)",
        -1.6,
        "demand",
        "human person template automated paste copy-paste canned generic",
    ),
]

_EN_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

# Complaints told by the facts alone: the promised day against today's, "why does it take two
# months", silence counted in calls, the day off wasted, the story told again, the record that
# has vanished, the visit that never came, the curt "Explain." or "sort it out".
EN_CUES += [
    (
        r"(?:said|told|promised|assured)(?: \S+){0,14}? (?:it's|it is|its|today is|today's|now "
        r"it's|and it's|it's now|it is now|its now) " + _EN_WEEKDAY,
        -1.6,
        "broken promise",
        # the weekday is the trigger: the promise verbs are common, and the scan after one of
        # them (up to 14 words on) is the costly part
        "monday tuesday wednesday thursday friday saturday sunday",
    ),
    (
        r"why (?:does|did|do|is|has) (?:it|this|that|everything) (?:take|taking|taken|took) "
        r"(?:\d+|so long|this long|that long|two|three|four|five|six|weeks|months|ages|forever)",
        -1.6,
        "grievance question",
        "why",
    ),
    (
        r"(?:not|hasn't|haven't|didn't|has not|have not|did not|never|no one|nobody|without)"
        r"(?: \S+){0,2}? a single (?:call|email|e-mail|reply|response|message|word|update|letter|"
        r"text|callback)",
        -1.5,
        "waiting",
        "single",
    ),
    (
        r"(?:took|taken|booked|wasted) (?:a |the |half a |my |our |another )?"
        r"(?:day|morning|afternoon) off(?: work)? for (?:this|it|nothing)",
        -1.6,
        "wasted time",
        "took taken booked wasted",
    ),
    (
        r"(?:i've|i have|i|we've|we have|we) (?:already |just )?explained "
        r"(?:all )?(?:of )?(?:this|that|it|everything)(?: \S+){0,2}? (?:yesterday|"
        r"already|before|twice|last week|to someone|to your colleague|three times|again)",
        -1.4,
        "repeat contact",
        "explained",
    ),
    (
        # the visit that never happened, and nobody said so
        r"(?:didn't|did not|didnt|hasn't|has not|haven't) (?:turn up|turned up|show up|"
        r"showed up|shown up)|no[- ]show|(?:nobody|no one|noone) (?:turned up|showed up)",
        -1.8,
        "no-show",
        # rarer than "up"; "nobody" alone already scores as it is
        "turn turned show showed shown no-show",
    ),
    (
        r"(?:they've|they have|you've|you have|there's|there is|they|you) (?:got |had |have )?"
        r"no record of",
        -1.6,
        "lost record",
        "record",
    ),
    (
        # the bare order, not "can you explain", "please explain", "to sort it out"
        r"explain(?<!please explain)(?<!to explain)(?<!you explain)(?<!me explain)"
        r"(?: yourselves| this| that)?$"
        r"|sort(?<!you sort)(?<!to sort)(?<!please sort)(?<!can sort)(?<!could sort) "
        r"(?:it|this|this mess) out"
        r"(?: now| already| asap)?$"
        r"|(?:logs? me out|drops?|cuts? out|disconnects?|crashes|freezes|reboots?|buffers?|"
        r"kicks? me out)(?: \S+){0,2}? every (?:\d+|few|couple|two|five|ten)",
        -1.6,
        "demand",
        "explain sort every",
    ),
]

# Round 7: complaints told by facts alone, and threats or demands in words the cues above lack.
_EN_NUM = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a few)"
EN_CUES += [
    # "the meter reader didn't even knock", "nobody even bothered to call": not even the least
    (
        r"(?:didn't|didnt|did not|won't|wouldn't|couldn't|never|nobody|no one) (?:even|ever even) "
        r"(?!know|knew|realise|realize|realised|realized|notice|noticed|think|thought|need|have "
        r"to|mind|care about the)\w+|(?:nobody|no one) (?:even )?bothered",
        -1.6,
        "not even",
        "even bothered",
    ),
    # a manager demanded: "I want a manager. Now.", "put me through to a supervisor"
    (
        r"(?:i want|i need|i demand|get me|put me through to|transfer me to|give me|pass me to|"
        r"let me speak to|i'm asking for|i am asking for) (?:a |the |your |to )?(?:manager|"
        r"supervisor|superior|team leader|someone senior|somebody senior|someone in charge)",
        -2.1,
        "escalation threat",
        "manager supervisor superior leader senior charge",
    ),
    # a polite last warning: "this is the last time I'm asking nicely"
    (
        r"last time (?:i'm|i am|im|i'll|i will|i) (?:ask|asking|tell|telling|say|saying|warn|"
        r"warning|request|requesting|explain|explaining)|(?:asking|telling|warning) (?:you )?"
        r"(?:for the|one) last time|final warning",
        -2.1,
        "last warning",
        "ask asking tell telling say saying warn warning request requesting explain explaining "
        "final",
    ),
    # two sides that contradict each other: "the shop told me one thing and the helpline
    # another", "the bank says it's your fault"
    (
        r"one thing and (?:\S+ ){0,6}?(?:another|something else|the opposite)"
        r"|(?:says|said|say|tells me|told me|insists) (?:that )?(?:it's|its|it is|it was) "
        r"(?:your|you guys'|your company's) (?:fault|problem|issue|responsibility|error|mistake)"
        r"|blame (?:each other|one another)",
        -1.8,
        "passed around",
        "thing fault responsibility blame",
    ),
    # a vulnerable person kept waiting: "they left my 85-year-old dad on a trolley for 7 hours"
    (
        r"(?:left|kept|had|made) (?:my |our |an? |the )?(?:\S+ ){0,2}?(?:dad|father|mum|mom|"
        r"mother|son|daughter|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|wife|"
        r"husband|child|baby|kid|patient|him|her|them|us|me) (?:\S+ ){0,8}?" + _EN_NUM + " "
        r"(?:hours?|hrs?)",
        -1.9,
        "waiting",
        "hours hour hrs",
    ),
    # a bill for an empty home: "a $900 water bill for an empty flat"
    (
        r"(?:bill|bills|billed|charge|charged|charges|invoice|invoiced) (?:\S+ ){0,3}?(?:for|on|"
        r"at) (?:an?|my|the|our) (?:empty|vacant|unoccupied) (?:flat|house|property|home|"
        r"apartment|unit|place)",
        -1.8,
        "wrong charge",
        "empty vacant unoccupied",
    ),
    # thanks for a harm, or for what was already put right: "cheers for charging me after I
    # cancelled", "thanks for sending it to my old address after I updated it twice"
    (
        r"(?:thanks|thank you|cheers|thanks a lot|thank you so much) (?:\S+ ){0,2}?for "
        r"(?:charging|overcharging|cancelling|canceling|cutting|disconnecting|losing|ignoring|"
        r"blocking|suspending|hanging up|wasting)"
        r"|(?:thanks|thank you|cheers|thanks a lot) (?:\S+ ){0,2}?for (?:\S+ ){1,10}?after "
        r"(?:i|we) (?:had )?(?:already )?(?:cancelled|canceled|updated|confirmed|changed|paid)"
        r"(?: \S+){0,3} twice",
        -1.6,
        "sarcastic thanks",
        (
            "charging overcharging cancelling canceling cutting disconnecting losing ignoring "
            "blocking suspending hanging wasting twice"
        ),
    ),  # a charge that is not the customer's: "a bill for £640 for the previous tenant's usage",
    # "I never signed up for that"
    (
        r"(?:bill|bills|billed|charge|charged|charges|charging|invoice|invoiced) (?:\S+ ){0,4}?"
        r"for (?:the |a )?(?:previous|old|former|last|other) (?:tenant|tenants|owner|owners|"
        r"occupant|occupants|resident|residents|customer|customers|account holder)"
        r"|(?:i|we) never (?:signed|authorised|authorized)",
        -1.6,
        "wrong charge",
        "tenant tenants tenant's owner owners owner's occupant occupants occupant's resident "
        "residents resident's holder signed authorised authorized",
    ),
    # a promised delay set against the days gone since: "…within 7 working days. That was 19
    # days back"
    (
        r"(?:that was|that's|thats|it's been|its been|it has been|now it's|now its) "
        + _EN_NUM
        + r" (?:working |business )?(?:days|weeks|months) (?:back|ago|later)",
        -1.6,
        "broken promise",
        "days weeks months",
    ),
    # counterfactual praise: "Great service, except you hung up on me twice"
    (
        r"except (?:that )?(?:you|they|it|when|the)\b|if it (?:weren't|wasn't|werent|wasnt) for "
        r"the fact",
        -0.8,
        "counterfactual",
        "except weren't wasn't werent wasnt",
    ),
]

EN_REQUEST = re.compile(
    r"\b(?:please|pls|plz|kindly|can you|could you|would you|will you|can i|could i|may i|"
    r"how (?:do|can|long)|i need|we need|i want|i'd like|i would like|need to|i'm trying|"
    r"in advance|let me know|i was wondering|is it possible|would be (?:great|nice|good|"
    r"helpful|appreciated|grateful)|would appreciate|i'd appreciate|"
    # the customer asking for a moment: "ugh, can't find it, give me a sec"
    r"give me a (?:sec|second|minute|moment)|one sec|bear with me)\b"
)

EN_BEREAVEMENT = re.compile(
    r"\b(?:passed away|died|death|deceased|late (?:husband|wife|father|mother|son|daughter|"
    r"partner)|funeral|bereavement|estate of|probate|executor)\b"
)

EN_NEG_ONLY = {
    **dict.fromkeys(
        split_words(
            "work works working worked fix fixed fixes fixing resolve resolved resolving solve "
            "solved arrive arrived arrives answer answered answers answering respond responded "
            "responds reply replied replies call called calls help helped helps helping listen "
            "listened listens deliver delivered refund refunded received receive sent send show "
            "showed care cares explain explained followed solution solutions response responses "
            "update updates signal service internet connection refunds answer callback "
            "contacted back authorize authorized authorised order ordered request requested "
            "agreed signed coverage fixed resolved sorted solved tell told telling inform informed "
            "notify notified show showed turned came come bother bothered cover covers covered "
            "honour honoured honor honored heard hear changed exist exists existed"
        ),
        -1.8,
    ),
}


@functools.cache
def english() -> LanguageRules:
    lexicon = dict(vader_lexicon())
    lexicon.update(read_tsv(LEXICON_DIR / "en_overrides.tsv"))
    idioms = read_tsv(LEXICON_DIR / "en_idioms.tsv")
    lexicon.update(idioms)
    lexicon.update(emoticons())
    thanks = frozenset(
        [
            "thanks",
            "thank you",
            "thx",
            "ty",
            "tnx",
            "thank u",
            "many thanks",
            "thank you so much",
            "thanks so much",
            # thanks to a whole team ("thank you all so much"), and the formal "much obliged"
            "thank you all",
            "thank you all so much",
            "thanks all",
            "thanks everyone",
            "thank you everyone",
            "much obliged",
            # British sign-off thanks: a courtesy like "thanks" ("Cheers, I'll try that")
            "cheers",
        ]
    )
    for word in thanks:
        lexicon.setdefault(word, 1.9)
    lexicon["thank you"] = 1.9
    lexicon["many thanks"] = 2.2
    lexicon["thank you so much"] = 2.4
    lexicon["thanks so much"] = 2.4
    lexicon["thank you all so much"] = 2.4
    cues = compile_cues(EN_CUES)
    function_phrases = [k for k in list(EN_NEGATORS) + list(EN_BOOSTERS) if " " in k]
    return LanguageRules(
        code="en",
        lexicon=lexicon,
        phrases=build_phrases(*idioms, *function_phrases, *thanks, "thank you"),
        negators=EN_NEGATORS,
        negator_valence={"nobody": -1.3, "no one": -1.3, "noone": -1.3, "never": -0.6},
        soft_negators=frozenset(),
        boosters=EN_BOOSTERS,
        # "perfectly polite and perfectly useless": an intensifier, not praise, before a word
        dual_boosters=frozenset(["pretty", "real", "way", "perfectly"]),
        # "thanks for the call, shame that nothing changed": regret that works like "but"
        contrast=frozenset(["but", "however", "shame that", "pity that", "shame it", "except"]),
        concessive=frozenset(["although", "though", "even though", "despite"]),
        thanks=thanks,
        thanks_for=frozenset(["for"]),
        emphatic_thanks=frozenset(
            ["many thanks", "thank you so much", "thanks so much", "thank you all so much"]
        ),
        acknowledgements=frozenset(
            split_words("ok okay okey k kk noted understood received") + ["got it", "will do"]
        ),
        sarcastic_praise=frozenset(
            split_words(
                "great wonderful perfect fantastic brilliant lovely awesome nice excellent "
                "marvellous marvelous superb fabulous terrific amazing incredible wow fab "
                "delighted thrilled pleasure best splendid impressed sweet cool thoughtful happy "
                "love"
            )
            + ["nice one", "perfect timing", "kind of you", "how kind", "so kind", "i'd love"]
            + ["a pleasure"]
            # applause in a complaint claps at it
            + ["👏"]
        ),
        sarcastic_tags=frozenset(
            [
                "good to know",
                "that's great",
                "thats great",
                "that's just great",
                "cool cool",
                "cool cool cool",
                "very kind",
                "how kind",
                "very customer friendly",
                "customer friendly",
                "love that for me",
                "lovely stuff",
                "really thoughtful",
                "very thoughtful",
                "how thoughtful",
            ]
        ),
        # "such a pleasure to explain it again", "what a lovely way to spend a morning"
        sarcasm_lead=frozenset(
            split_words(
                "oh ah well just yeah such what how honestly really sure ok so absolutely that's i"
            )
        ),
        self_help=frozenset(
            split_words(
                "restarted restart restarting rebooted reboot rebooting reset unplugged replugged "
                "switched turned"
            )
        ),
        own_error=re.compile(
            r"\b(?:i|i've|i have|i'd|we|we've|we have) (?:\w+ )?(?:typed|put|entered|written|"
            r"wrote|given|gave|spelt|spelled|filled|selected|ticked|picked|clicked|keyed)"
            r"(?: \S+){0,4}? (?:wrong|wrongly|incorrectly|incorrect)\b"
        ),
        self_slip=frozenset(
            ["forgot to mention", "forgot to add", "forgot to attach", "my mistake", "my bad"]
            + ["i forgot", "forgot my"]
        ),
        apologies=frozenset(
            ["sorry", "apologies", "apologise", "apologize", "my mistake", "my bad", "oops"]
            + ["whoops", "my fault"]
        ),
        never=frozenset(["never"]),
        never_intensifiers=frozenset(["so", "this", "such"]),
        neg_only=EN_NEG_ONLY,
        abbreviations={
            "u": ("you",),
            "ur": ("your",),
            "im": ("i'm",),
            "thx": ("thanks",),
            "tnx": ("thanks",),
            "ty": ("thanks",),
            "pls": ("please",),
            "plz": ("please",),
            "cos": ("because",),
            "coz": ("because",),
            "bc": ("because",),
            "ppl": ("people",),
            "idk": ("i", "don't", "know"),
        },
        request=EN_REQUEST,
        cues=cues,
        cue_triggers=frozenset().union(*(cue.triggers for cue in cues)),
        bereavement=EN_BEREAVEMENT,
        fold_accents=False,
        collapse_order=(2, 1),
        openers=frozenset(["well", "right", "alright", "fine"]),
        staff=frozenset(
            split_words(
                "staff nurse nurses doctor doctors midwife midwives agent agents engineer "
                "engineers technician technicians lady guy girl woman man colleague lad chap bloke "
                "colleagues receptionist receptionists driver drivers courier advisor adviser "
                "advisors advisers rep reps consultant consultants surgeon surgeons porter "
                "porters carer carers paramedics"
            )
        ),
        mild=frozenset(
            split_words("ugh argh meh sigh shame pity messy fiddly")
            + ["what a shame", "what a pity", "what a pain"]
        ),
        harm=frozenset(split_words("injured injuries injury hurt harmed damage damaged")),
        ironic_praise=frozenset(
            split_words(
                "great wonderful perfect fantastic brilliant lovely awesome excellent marvellous "
                "marvelous superb fabulous terrific amazing stellar splendid fab"
            )
            + ["nice one", "perfect timing", "👏"]
        ),
        failure_fact=re.compile(
            r"\b(?:empty|smashed|broken|crushed|cracked|damaged|(?:is|was|arrived|came) dead|"
            r"missing|(?<!i )(?<!i've )(?<!we )lost|never (?:came|arrived|showed|turned up)|"
            r"(?:nobody|no one) (?:came|called|showed|turned up)|stopped working|overcharged|"
            r"charged (?:me )?twice|"
            r"double charged|estimated (?:reading|bill)|wrong (?:item|size|colour|color|order))\b"
        ),
        ironic_tag=re.compile(
            r"\b(?:love that for me|thanks for nothing|just what i needed|just what i need)\b"
        ),
        irony_triggers=frozenset(
            split_words(
                "empty smashed broken crushed cracked damaged dead missing lost never nobody no "
                "stopped overcharged charged estimated wrong love nothing need needed"
            )
            + ["🙃", "🙄"]
        ),
        repaired=frozenset(
            split_words(
                "fixed replaced repaired refunded sorted resolved solved replacement refund "
                "working works"
            )
        ),
        demand_verbs=frozenset(
            split_words("want need demand expect")
            # idioms joined into one key ("need this fixed")
            + ["need this fixed", "need it fixed", "need this sorted", "need it sorted"]
            + ["want this fixed"]
        ),
        demand_imperatives=frozenset(split_words("fix refund sort send cancel reverse remove")),
        demand_now=re.compile(
            r"(?:^| )(?:now|today|immediately|asap|right now|right away|straight away|at once)$"
        ),
        demand_now_words=frozenset(split_words("now today immediately asap away once")),
        promise_words=EN_PROMISE_WORDS,
        distress=frozenset(
            ["can't breathe", "cannot breathe", "can't stop crying"]
            + ["cant stop crying", "can't think straight", "cannot think straight"]
        ),
    )


# ----------------------------------------------------------------------------- Spanish

ES_NEGATORS = frozenset(
    split_words(
        "no nunca jamas nadie nada ningun ninguno ninguna ningunos ningunas ni tampoco sin nop nel "
        "cero"
    )
    + ["para nada", "en absoluto", "ni siquiera", "en la vida", "no hay", "ni un", "ni una"]
    # "no ha vuelto a fallar": the negation reaches the verb after "vuelto a" (good news)
    + ["no ha vuelto a", "no han vuelto a", "no he vuelto a", "no hemos vuelto a"]
    + ["no volvio a", "no volvieron a"]
)

ES_BOOSTERS = {
    **dict.fromkeys(
        split_words(
            "muy super re recontra requete demasiado demasiada demasiados demasiadas bastante tan "
            "totalmente completamente absolutamente realmente sumamente extremadamente "
            "increiblemente terriblemente tremendamente enormemente profundamente altamente "
            "especialmente mucho mucha muchos muchas mas hiper ultra mega tremendo tremenda "
            "verdaderamente francamente rematadamente horriblemente sumamente"
        )
        + ["de verdad", "muy muy", "lo mas", "la mas"],
        B_INCR,
    ),
    **dict.fromkeys(
        split_words("algo medio casi apenas ligeramente relativamente levemente escasamente")
        + ["un poco", "un poquito", "un poquillo", "un tanto", "mas o menos", "poco"]
        # "hay algo de retraso", "un poco de lío": a little of a bad thing
        + ["algo de", "un poco de", "un poquito de"],
        B_DECR,
    ),
}

_ES_DURATION = (
    r"(?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|"
    r"treinta|cuarenta|varios|varias|muchos|muchas|mas de (?:\d+|un|una|dos|tres|\w+)|"
    r"casi (?:\d+|un|una|dos|tres|\w+)|media|otro|otra|todo el|toda la) (?:minutos?|mins?|"
    r"horas?|hrs?|dias?|semanas?|mes|meses|anos?|manana|tarde|noche|dia)"
)

ES_CUES = [
    # repeat contact
    (
        r"(?:(?:por )?(?:segunda|tercera|cuarta|quinta|sexta|septima|octava|novena|decima|"
        r"enesima|milesima|\d+(?:a|ra|ta|va|na|ma|ª)?) vez"
        # loyalty is no repeat contact: "es la segunda vez que contrato con ustedes"
        r"(?! que (?:contrato|contratamos|compro|compramos|renuevo|renovamos|elijo|elegimos|"
        r"confio|confiamos|me aseguro|nos aseguramos)))|(?:segunda|tercera|cuarta|quinta|"
        r"enesima) (?:cita|visita|llamada|reclamacion|queja|carta|correo|factura|tecnico|"
        r"averia|incidencia)",
        -1.8,
        "repeat contact",
        "vez segunda tercera cuarta quinta enesima",
    ),
    (
        r"(?:(?:otra vez|de nuevo|nuevamente)(?! para| solo para| con el| con la| los datos| el|"
        r" porque me falto| porque se me olvido| porque olvide)|una vez mas|"
        r"otra vuelta|"
        r"(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varias|muchas|mil|cien|"
        r"tantas|un monton de|mas de \w+) veces"
        r"(?! al dia| por dia| a la semana| por semana| al mes)|"
        # "no ha vuelto a fallar" is good news; "vuelvo a escribir para adjuntar…" a purpose
        r"(?<!no )(?:vuelvo|volvi|volvemos|vuelve|vuelven|"
        r"volvio|volvieron|(?:he|ha|han|hemos|habeis) vuelto) a (?:llamar|escribir|reclamar|"
        r"pedir|preguntar|tener|pasar|fallar|"
        r"cobrar|cortar|caer)(?! solo para| para (?:adjuntar|enviar|mandar|dar|anadir|"
        r"completar|confirmar|corregir|aclarar|agradecer|avisar))|"
        r"siempre (?:lo mismo|igual|la misma)|como siempre|cada vez que|"
        r"(?:sigo|seguimos) igual|"
        r"(?:sigue|siguen) (?:igual|pasando|fallando|sin|cortandose|cayendo|cayendose|"
        # with an enclitic pronoun too: "siguen reclamándole pagos", "siguen mandándome cartas"
        r"(?:llamando|cobrando|mandando|enviando|llegando|reclamando|pidiendo|escribiendo|"
        r"cortando|marcando|saliendo|apareciendo|dando)\w*)|"
        # a line that drops again and again: "se corta cada cinco minutos"
        r"se (?:corta|cae|va|desconecta|cuelga|reinicia|bloquea) (?:cada|a cada rato|todo el rato)|"
        # "ya van tres técnicos": the count of visits so far
        r"ya (?:van|son|llevo|llevamos) (?:\d+|dos|tres|cuatro|cinco|seis|varias|varios) "
        r"(?:tecnicos|llamadas|visitas|correos|mails|reclamaciones|citas|intentos|semanas|meses))",
        -1.4,
        "repeat contact",
        (
            "vez nuevo nuevamente vuelta veces vuelvo volvi volvemos vuelve vuelven volvio "
            "volvieron vuelto siempre cada sigue siguen sigo seguimos rato van son"
        ),
    ),
    # elapsed waiting
    (
        r"(?:llevo|llevamos|lleva|llevan|desde hace|ya son|ya van|van|sigo|seguimos|"
        r"ha pasado|han pasado|ya paso|ya pasaron|pasaron|"
        r"esperando|esperado|espera|esperar|todavia|aun)(?: \S+){0,5}? "
        + _ES_DURATION
        # "hace un mes" alone dates a fact ("murió hace un mes"); "hace un mes que espero" waits
        + r"|(?:hace|hacen) "
        + _ES_DURATION
        + r" que (?:espero|esperamos|estoy|estamos|llamo|"
        r"llame|pedi|pedimos|mande|envie|reclame|reclamo|no|nadie|sigo|seguimos)",
        -1.9,
        "waiting",
        (
            "minuto minutos min mins hora horas hr hrs dia dias semana semanas mes meses ano anos "
            "manana tarde noche"
        ),
    ),
    (
        _ES_DURATION + r"(?: \S+){0,3}? (?:esperando|sin|y nada|y nadie|y todavia|y aun|"
        r"y sigo|y seguimos|de espera|en espera|despues|y ni)",
        -1.9,
        "waiting",
        (
            "minuto minutos min mins hora horas hr hrs dia dias semana semanas mes meses ano anos "
            "manana tarde noche"
        ),
    ),
    (
        # "todavía no he decidido", "aún no sé si…": the customer's own indecision, not a wait
        r"(?:todavia no|aun no)(?! (?:lo |me )?(?:he |hemos )?(?:decidido|decidimos|decido|"
        r"elegido|pensado|se si|se que|se cual|sabemos))|"
        r"(?:sigo sin|seguimos sin|todavia sin|aun sin|sigo esperando|"
        r"seguimos esperando|sigue sin|siguen sin|sigo a la espera|a dia de hoy|hasta la fecha|"
        r"a la fecha|y nada|ni rastro|sin noticias|nadie me (?:dice|da|explica)|"
        r"esperando (?:respuesta|una respuesta|solucion|que))",
        -1.5,
        "waiting",
        "todavia aun sigo seguimos sigue siguen dia fecha nada rastro noticias nadie esperando",
    ),
    # broken promises
    (
        r"(?:quedaron|quedo|quedamos|quedaste|quedasteis|quedaron|habian quedado|han quedado|"
        r"habiamos quedado|dijeron|dijo|dijisteis|dijiste) en "
        r"(?:llamar|devolver|enviar|mandar|contactar|solucionar|resolver|avisar|venir|pasar|"
        r"arreglar|escribir)\w*|(?:me|nos) (?:dijeron|dijo|prometieron|prometio|aseguraron|"
        r"aseguro|garantizaron|garantizo|comentaron|indicaron|juraron|juro|juraste|prometiste|"
        r"prometisteis|aseguraste|dijiste) que"
        # an instruction passed on, in either subjunctive ("que llamara", Latin America "que
        # llame a este número"), is no promise
        r"(?! (?:le |les |os |lo |la |se lo |se la )?(?:enviara|mandara|llamara|escribiera|"
        r"trajera|adjuntara|rellenara|pidiera|hiciera|pasara|fuera|esperara|subiera|envie|mande|"
        r"llame|escriba|traiga|adjunte|rellene|pida|haga|pase|vaya|espere|suba)\b)"
        r"|supuestamente|"
        r"se supone que|me prometieron|nos prometieron|promesas|"
        r"(?:me|nos) (?:dijeron|dijo|habian dicho|han dicho|dijisteis) otra cosa",
        -1.6,
        "broken promise",
        (
            "quedaron quedo quedamos quedaste quedasteis quedado dijeron dijo dijisteis dijiste "
            "prometieron prometio aseguraron "
            "aseguro garantizaron garantizo comentaron indicaron juraron juro juraste "
            "prometiste prometisteis aseguraste "
            "supuestamente supone "
            "promesas"
        ),
    ),
    # exit and escalation threats
    (
        r"(?:hoja|libro|formulario) de reclamaciones|(?:poner|pondre|voy a poner|presentar|"
        r"interponer|meter) (?:una )?(?:queja|reclamacion|denuncia|demanda|reclamo)|"
        r"(?:mi|un|una|al|con) abogad[oa]|(?:via|accion|acciones|medidas) legal(?:es)?|"
        r"profeco|facua|ocu|defensa del consumidor|oficina del consumidor|"
        # the consumer office, not "el consumo de abril"
        r"(?:a|en|ante) consumo|oficina de consumo|sernac|"
        r"indecopi|superintendencia|defensor del (?:cliente|asegurado|pueblo)|"
        r"(?:hablar|comunicarme|comuniqueme|paseme|pasame|paseme|pasenme|quiero) (?:con )?"
        r"(?:un |el |tu |su |al |a un |a tu |a su )?(?:supervisor|superior|encargado|"
        r"responsable|jefe|gerente)|redes sociales|(?:cambiarme|cambiarnos|me cambio|"
        r"nos cambiamos|me voy|nos vamos|irme|irnos|me paso|me pasare|nos pasamos|pasarme|"
        r"pasarnos) (?:de|a) (?:compania|operador|empresa|"
        r"aseguradora|banco|proveedor|otra|la competencia)|me voy a la competencia",
        -2.1,
        "escalation threat",
        (
            "reclamaciones queja reclamacion denuncia demanda reclamo abogado abogada legal "
            "legales "
            "profeco facua ocu consumidor consumo sernac indecopi superintendencia defensor "
            "supervisor superior encargado responsable jefe gerente redes compania operador "
            "empresa "
            "aseguradora banco proveedor competencia"
        ),
    ),
    (
        r"(?:cancelar|anular|rescindir|dar de baja|darme de baja|darnos de baja|me doy de baja|"
        r"me dare de baja|cancelo|cancelare|anulo|cancelen|anulen) (?:el |mi |la |los |mis |"
        r"todo )?(?:contrato|contratos|servicio|servicios|poliza|cuenta|linea|suscripcion|"
        r"seguro|plan)|(?:cancelen|cancelad|anulen|anulad) todo(?! el| la| lo)",
        -1.5,
        "exit threat",
        "cancelar anular rescindir baja cancelo cancelare anulo cancelen anulen",
    ),
    # being passed around
    (
        r"de un lado (?:a|para) otro|de departamento en departamento|de area en area|"
        r"de (?:un|una) (?:agente|persona|operador|operadora) (?:a|en) otr[oa]|"
        r"me (?:pasan|transfieren|derivan|mandan|remiten|pasaron|transfirieron|derivaron|"
        r"mandaron|pasais|pasas) (?:de nuevo|otra vez|a otro|con otro|a otra|con otra|de un)|"
        r"nadie sabe nada|nadie se hace (?:cargo|responsable)|ping ?pong|"
        r"me (?:estan|tienen) (?:mareando|toreando|vacilando|paseando)|largas|"
        r"(?:\d+|dos|tres|cuatro|cinco|seis|siete|varias|varios|muchas|muchos) (?:personas|"
        r"agentes|operadores|operadoras|asesores|departamentos) (?:distint[oa]s|diferentes)",
        -1.8,
        "passed around",
        (
            "lado departamento area agente persona operador operadora pasan transfieren derivan "
            "mandan remiten pasaron transfirieron derivaron mandaron pasais pasas nadie ping "
            "pingpong"
            " mareando toreando vacilando paseando largas distintos distintas diferentes"
        ),
    ),
]

ES_CUES += [
    # indignant disbelief opening a message: "¿cómo que no hay sala?", "¿CÓMO QUE RECHAZADO?"
    (r"^(?:pero |y |oiga |oigan |perdona |perdone )?como que", -1.6, "disbelief", "como"),
    # a supply or service cut off by the company
    (
        r"(?:me|nos) (?:cortan|cortaron|han cortado|cortasteis|corto|cortais|cortaste|quitan|"
        r"quitaron|han quitado|suspendieron|han suspendido|suspenden|bloquearon|han bloqueado) "
        r"(?:el|la|los|las|mi|mis) (?:luz|agua|gas|servicio|linea|internet|telefono|fibra|datos|"
        r"suministro|cuenta|tarjeta|movil|wifi|conexion)",
        -1.8,
        "service cut",
        (
            "cortan cortaron cortado cortasteis corto cortais cortaste quitan quitaron quitado "
            "suspendieron suspendido suspenden bloquearon bloqueado"
        ),
    ),
    # "por qué" about a grievance is negative (labelling guideline): a charge, a cut, a refusal
    (
        r"(?:por que|porque|xq) (?:me |nos )?(?:han |ha |habeis )?(?:cobran|cobraron|cobrado|"
        r"cobrais|cortan|cortaron|cortado|quitan|quitaron|quitado|suben|subieron|subido|"
        r"cancelan|cancelaron|cancelado|rechazan|rechazaron|rechazado|deniegan|denegaron|"
        r"denegado|bloquean|bloquearon|bloqueado|penalizan|penalizaron|multan|multaron)",
        -1.6,
        "grievance question",
        "que porque xq",
    ),
    # one thing agreed, another done: "el contrato decía una cosa y me cobran otra"
    (
        r"una cosa y (?:ahora |luego |despues |aqui |alli )?(?:me |nos )?(?:cobran|cobraron|"
        r"hacen|hicieron|dicen|dijeron|mandan|mandaron|ponen|pusieron|dan|dieron) otra",
        -1.8,
        "broken promise",
        "otra",
    ),
    # a price rise is a grievance even when it is asked about ("¿por qué ha subido la cuota?")
    (
        r"(?:(?:factura|facturas|cuota|cuotas|precio|precios|tarifa|tarifas|prima|recibo|recibos|"
        r"mensualidad|plan) (?:me |nos )?(?:ha |han )?(?:subido|aumentado|duplicado|doblado|"
        r"subio|subieron|aumento|aumentaron|sube|suben))|(?:ha |han |me |nos |por que )"
        r"(?:subido|aumentado|duplicado|doblado|subio|subieron) (?:la|el|las|los|mi|mis) "
        r"(?:factura|facturas|cuota|cuotas|precio|precios|tarifa|tarifas|prima|recibo|recibos|"
        r"mensualidad)|(?:factura|recibo|cuota|precio|tarifa|prima|cargo|cobro)(?: \S+){0,4}? "
        r"(?:es|viene|vino|llega|llego|sale|salio|ha venido|ha llegado) (?:el |al )?"
        r"(?:doble|triple)|(?:factura|recibo|cuota|precio|tarifa|prima)(?: \S+){0,3}? "
        r"(?:es|viene|vino|esta|llega|llego|sale|salio) (?:mucho |tan |bastante )?(?:mas alta|"
        r"mas alto|mas cara|mas caro|tan alta|tan alto|por las nubes)",
        -1.4,
        "price rise",
        "subido aumentado duplicado doblado subio subieron aumento aumentaron sube suben doble "
        "triple alta alto cara caro nubes",
    ),
    # "pedí cita hace un mes y …": elapsed time, unless it dates a death ("murió hace un mes y
    # quiero saber…"), which the engine checks (see ELAPSED_TIME in the engine)
    (
        r"(?:hace|hacen) " + _ES_DURATION + r" y",
        -1.6,
        "elapsed time",
        (
            "minuto minutos min mins hora horas hr hrs dia dias semana semanas mes meses ano anos "
            "manana tarde noche"
        ),
    ),
    # it should have been done by now
    (
        r"ya (?:deberia|deberian|tendria que|tendrian que|tenia que|tenian que) (?:estar|haber)"
        r"|(?:deberia|deberian|tendria que|tendrian que) haber(?:lo|la|me|nos)? (?:\w+ado|\w+ido)",
        -1.9,
        "broken promise",
        "deberia deberian tendria tendrian tenia tenian",
    ),
    (
        r"(?<!\bel )(?<!\bdel )(?<!\bal )(?<!\bla )(?:otro|otra) (?:mes|semana|dia|ano|corte|cargo|"
        r"cobro|aumento|subida|retraso|error|"
        r"fallo|problema|averia|excusa|tecnico|perito|agente|llamada|factura|vez mas)",
        -1.5,
        "repeat contact",
        "otro otra",
    ),
    (
        r"(?:deja|dejen|dejad|dejar|dejes|dejaran|dejasen) de (?:llamar|cobrar|molestar|enviar|"
        r"mandar|pasar|"
        r"marear|mentir|escribir|tomar)\w*|(?:devuelvan|devolvedme|devuelveme|devuelvanme|"
        r"devolverme|quiero) (?:mi|el|me) (?:dinero|plata|pasta|reembolso)|"
        r"(?:quiero|exijo|necesito) que me (?:devuelvan|reembolsen|abonen|paguen)|"
        r"(?:alguien|nadie) (?:me )?(?:va a|piensa|puede decirme|sabe|de verdad|realmente|lee|"
        r"leen|lee esto)|"
        r"no se (?:a quien|con quien|donde|que) (?:mas )?(?:acudir|recurrir|llamar|reclamar|hacer)"
        r"|que esta pasando|"
        r"me (?:subieron|suben|han subido|aumentaron) (?:la|el|las|los)|de un (?:departamento|"
        r"area|agente|sitio|lado|numero|telefono) (?:a|para|en) otro",
        -1.6,
        "demand",
        (
            "deja dejen dejad dejar dejes dejaran dejasen exijo necesito devuelvan devolvedme "
            "devuelveme devuelvanme devolverme "
            "quiero alguien nadie acudir recurrir pasando subieron suben subido aumentaron "
            "departamento area agente sitio lado numero telefono"
        ),
    ),
    (
        r"^(?:ay |oh )?(?:genial|perfecto|estupendo|fantastico|maravilloso|que bien|muy bien|"
        r"de maravilla|bravo|excelente) (?:otro|otra|otra vez|de nuevo)",
        -3.6,
        "sarcasm",
        "otro otra vez nuevo",
    ),
]

# "llevo desde ayer así", "llevamos desde el lunes sin agua": the wait dated by its start
ES_CUES += [
    # "ahora resulta que tengo que pagar yo": what was agreed turns out otherwise
    (r"(?:ahora|encima|y) resulta que", -1.6, "broken promise", "resulta"),
    # going public, going to court, returning the direct debits: exit and escalation threats
    (
        r"(?:contar|contarlo|publicar|publicarlo|subir|subirlo|poner|ponerlo|difundir|"
        r"denunciar|denunciarlo|compartir|exponer|escrachar)\w*(?: \S+){0,3} en (?:las )?redes"
        r"|(?:a|ante) (?:juicio|(?:los )?tribunales|(?:el |al )?juzgado)"
        r"|(?:devolver|devuelvo|devolvere|devolveremos|devolvemos)(?: todos)? (?:los|el|las|mis) "
        r"(?:recibos?|cargos?|domiciliacion(?:es)?)",
        -2.1,
        "escalation threat",
        "redes juicio tribunales juzgado devolver devuelvo devolvere devolveremos devolvemos",
    ),
    # disbelief at what happened: "no entiendo cómo pudo pasar"
    (
        r"no (?:entiendo|entendemos|me explico|comprendo) como (?:pudo|pudieron|puede ser|"
        r"es posible|ha podido|han podido|pueden)",
        -1.6,
        "disbelief",
        "entiendo entendemos explico comprendo",
    ),
    # "cortarme el internet justo el día de la mudanza": the cut named by its infinitive
    (
        r"cortar(?:me|nos|le|les) (?:el|la|los|las) (?:internet|luz|linea|agua|gas|telefono|"
        r"servicio|wifi|fibra|suministro|conexion)",
        -1.8,
        "service cut",
        "cortarme cortarnos cortarle cortarles",
    ),
    (
        # "tres meses para cambiar una dirección": the wait put as the price of a simple job
        r"(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|varias|varios|tantas|"
        r"tantos) (?:horas|dias|semanas|meses) (?:para|por) (?:un|una|el|la|mi|cambiar|arreglar|"
        r"poner|mandar|enviar|devolver|dar|hacer|contestar|responder|recibir|activar|instalar|"
        r"que)|(?:un|una) (?:mes|semana|ano) para que",
        -1.5,
        "waiting",
        "horas dias semanas meses mes semana ano",
    ),
    (
        r"llev(?:o|amos|a|an|as|ais) desde (?:ayer|anoche|antier|anteayer|esta manana|"
        r"esta tarde|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|dia|mes)|"
        r"la semana|el mes|hace|principios|primera hora|las \d+|la una|el mediodia)",
        -1.5,
        "waiting",
        "llevo llevamos lleva llevan llevas llevais",
    ),
]

_ES_WEEKDAY = r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)"

# Complaints told by the facts alone, the commonest way a Spanish complaint goes unread: a charge
# for what was paid, returned or never ordered; two sides saying opposite things; the customer
# bounced between two places; a promise dated and then the day it is now; disbelief that it can
# be so; a curt order to fix or explain it; silence counted in calls; a day off spent waiting.
ES_CUES += [
    (
        r"(?:cobran|cobraron|cobrado|cobrando|cobrar|cobro|descontaron|descuentan|descontado|"
        r"cargaron|cargan|cargado|facturan|facturaron|facturado|intereses)(?: \S+){0,6}? "
        r"(?:que|lo que|los que|las que) (?:ya |nunca |no |yo no |nosotros no )?(?:lo |la |los |"
        r"las |le |les )?(?:pague|pagamos|pagado|pedi|pedimos|pedido|contrate|contratamos|"
        r"devolvi|devolvimos|devuelto|solicite|solicitamos|use|usamos|consumi|di de baja|"
        r"dimos de baja|cancele|cancelamos)\b"
        # "pagué la póliza y me sale como impagada": paid, and still owed
        r"|(?:pague|pagamos|he pagado|hemos pagado|ya pague)(?: \S+){0,4}? y (?:me |nos )?"
        r"(?:sale|salen|aparece|aparecen|figura|dicen|reclaman|cobran|siguen)",
        -1.8,
        "wrong charge",
        (
            "cobran cobraron cobrado cobrando cobrar cobro descontaron descuentan descontado "
            "cargaron cargan cargado facturan facturaron facturado intereses pague pagamos pagado"
        ),
    ),
    (
        # "la app dice pagado y ustedes dicen que debo", "allí me dijeron una cosa y aquí otra"
        r"(?:dijeron|dicen|dijo|dice|pone|ponia|decia|decian)(?: \S+){1,10}? y (?:aqui|ahora|"
        r"alli|alla|aca|luego|despues|ustedes|vosotros|en la tienda|el tecnico|el taller) (?:me |"
        r"nos )?(?:dicen|dijeron|dice|dijo|ponen|piden|mandan)"
        # "de la aseguradora al taller y del taller a la aseguradora"
        r"|del? (?:la |el )?(\w+(?: \w+){0,3}?) a(?:l| la| el) (\w+(?: \w+){0,3}?) y del? "
        r"(?:la |el )?\2 a(?:l| la| el) \1\b",
        -1.8,
        "passed around",
        "dijeron dicen dijo dice pone ponia decia decian del",
    ),
    (
        r"(?:lo|la|me|nos|te) (?:pasan|pasaron|pasaran|derivan|derivaron|mandan|mandaron|remiten|"
        r"transfieren|transfirieron) a otr[oa] (?:area|departamento|seccion|persona|agente|"
        r"companero|companera|oficina|sucursal)",
        -1.8,
        "passed around",
        "pasan pasaron pasaran derivan derivaron mandan mandaron remiten transfieren transfirieron",
    ),
    (
        # a promise dated, then the day it is now: "me dijeron el viernes que el lunes… y hoy es
        # miércoles"
        r"(?:dijeron|dijo|dijiste|prometieron|prometio|prometiste|quedaron|quedo|aseguraron)"
        r"(?: \S+){0,14}? (?:hoy es|ya es|estamos a|estamos en) " + _ES_WEEKDAY,
        -1.6,
        "broken promise",
        "lunes martes miercoles jueves viernes sabado domingo",
    ),
    (
        # "no es normal que tarde tanto" — but "¿no es posible que me lo manden?" asks a favour
        r"no (?:es|me parece) (?:posible|normal|logico|serio|aceptable) que"
        r"(?! (?:me |nos )?(?:lo |la |los |las )?(?:manden|envien|llamen|den|pasen|cambien|"
        r"hagan|atiendan|devuelvan)\b)|no es posible$|"
        r"en pleno (?:20\d\d|siglo (?:xxi|21))",
        -1.6,
        "disbelief",
        "posible normal logico serio aceptable pleno",
    ),
    (
        r"(?:arreglen|arreglad|arreglenlo|solucionen|solucionad|solucionenlo|resuelvan|"
        r"resolvedlo|expliquen|expliquenme|explicadme) (?:eso|esto|ya|de una vez|ahora mismo)"
        r"|(?:expliquen|expliquenme|explicadme)$",
        -1.6,
        "demand",
        (
            "arreglen arreglad arreglenlo solucionen solucionad solucionenlo resuelvan resolvedlo "
            "expliquen expliquenme explicadme"
        ),
    ),
    (
        # silence counted: "ni una llamada en tres semanas", "no me han devuelto ni un correo"
        r"ni (?:una|un) (?:sola |solo )?(?:llamada|respuesta|correo|mail|email|mensaje|aviso|"
        r"noticia|explicacion|disculpa)",
        -1.5,
        "waiting",
        "ni",
    ),
    (
        # the customer's day spent for nothing: "me pedí el día libre para esto"
        r"(?:pedi|me pedi|me tome|me cogi|perdi|he perdido|pedimos|perdimos) (?:el|un|medio|la|"
        r"toda la|todo el) (?:dia|manana|tarde)(?: libre| de trabajo| en el trabajo)? "
        r"(?:para esto|para nada|por nada|esperando)",
        -1.6,
        "wasted time",
        "pedi tome cogi perdi perdido pedimos perdimos",
    ),
    (
        # the visit that never happened, and nobody said so: "no vino nadie", "nadie nos avisó"
        r"no (?:vino|vinieron|aparecio|aparecieron|se presento|se presentaron|ha venido|han venido|"
        r"ha aparecido|se ha presentado) (?:nadie|el tecnico|la tecnica|el perito|el instalador|"
        r"el repartidor|el mensajero)|nadie (?:vino|aparecio|se presento|ha venido|"
        r"me aviso|nos aviso|me ha avisado|nos ha avisado|me informo|nos informo)",
        -1.8,
        "no-show",
        "vino vinieron aparecio aparecieron presento presentaron venido aparecido presentado nadie",
    ),
    (
        # the customer made to tell it again: "ya se lo expliqué a su compañera"
        r"ya (?:se |lo |les |te |os |se lo |se los )?(?:lo )?(?:explique|he explicado|conte|"
        r"he contado|hemos explicado|explicamos)",
        -1.4,
        "repeat contact",
        "explique explicado conte contado explicamos",
    ),
]

# Round 7: complaints told by facts alone, and threats or demands in words the cues above lack.
_ES_NUM = r"(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|varias|muchas|unas)"
ES_CUES += [
    # "el técnico ni siquiera tocó el timbre", "ni siquiera me avisaron del corte"
    (
        r"ni siquiera (?:me |nos |le |les |se |lo |la )?(?!se\b|sabia|sabe|se si|hace falta)"
        r"\w+|ni se (?:molestaron|molesto|dignaron|digno)",
        -1.6,
        "not even",
        "siquiera molestaron molesto dignaron digno",
    ),
    # a polite last warning: "es la última vez que lo pido amablemente", "se lo pido por
    # última vez"
    (
        r"ultima vez que (?:se lo |te lo |os lo |se los |lo |la |les |le |os |te |se )?(?:pido|"
        r"digo|repito|aviso|advierto|solicito|reclamo|exijo|explico|pedimos|decimos)"
        r"|(?:pido|digo|repito|aviso|advierto|solicito|exijo|reclamo) por ultima vez"
        r"|por ultima vez(?: se lo| te lo| lo| les| le| os)? (?:pido|digo|repito|aviso|advierto|"
        r"solicito|exijo)|ultimo aviso",
        -2.1,
        "last warning",
        "ultima ultimo",
    ),
    # two sides that contradict each other: "en la tienda me dijeron una cosa y por teléfono
    # otra", "el banco dice que es cosa de ustedes"
    (
        r"una cosa y (?:\S+ ){0,6}?otra\b|un precio y (?:\S+ ){0,6}?otro\b"
        r"|que si y (?:\S+ ){0,5}?que no\b"
        r"|(?:dice|dicen|dijo|dijeron|insiste|insisten) que (?:es|era|fue) (?:cosa|culpa|problema|"
        r"error|responsabilidad|asunto) (?:de ustedes|suya|vuestra|vuestro|suyo|de la empresa|"
        r"del banco|de ellos)"
        r"|se (?:echan|tiran|pasan) la pelota|se culpan",
        -1.8,
        "passed around",
        "cosa precio si culpa problema error responsabilidad asunto pelota culpan",
    ),
    # a vulnerable person kept waiting: "lo tuvieron sentado 6 horas en un pasillo", "tuvieron
    # a mi padre de 80 años cuatro horas de pie"
    (
        r"(?:lo|la|los|las|me|nos|le|les) (?:tuvieron|dejaron|tienen|dejan|han tenido|han dejado|"
        r"tuvisteis|dejasteis) (?:\S+ ){0,3}?" + _ES_NUM + r" horas"
        r"|(?:tuvieron|dejaron|tienen|dejan|han tenido|han dejado) a (?:\S+ ){0,8}?"
        + _ES_NUM
        + r" horas",
        -1.9,
        "waiting",
        "tuvieron dejaron tienen dejan tenido dejado tuvisteis dejasteis",
    ),
    # a bill for an empty home: "me vinieron $48.000 de luz en un depto vacío"
    (
        r"(?:(?:en|por|de) (?:un|una|el|la|mi|nuestro|nuestra) (?:piso|depto|departamento|casa|"
        r"vivienda|local|apartamento|departamento) (?:vacio|vacia|deshabitado|deshabitada|"
        r"cerrado|cerrada|donde no vive nadie|en el que no vive nadie))",
        -1.8,
        "wrong charge",
        "vacio vacia deshabitado deshabitada cerrado cerrada nadie",
    ),
    # thanks for a harm: "gracias por cortarme la luz"
    (
        r"gracias (?:\S+ ){0,2}?por (?:cobrarme|cortarme|colgarme|cancelarme|ignorarme|"
        r"bloquearme|suspenderme|darme de baja|cobrarnos|cortarnos|ignorarnos|hacerme perder)",
        -1.6,
        "sarcastic thanks",
        "gracias",
    ),
    # a charge that is not the customer's: "me estáis cobrando algo que ya no existe", "yo nunca
    # firmé eso", "la factura del inquilino anterior"
    (
        r"(?:cobrando|cobrado|cobran|cobrais|cobraron|facturando|facturan|facturado|cobrandome|"
        r"cobrarme) (?:\S+ ){0,3}?(?:algo|un servicio|una cosa|por algo|cosas) que (?:ya )?no "
        r"(?:existe|tengo|uso|contrate|pedi|solicite|autorice)"
        r"|(?:yo )?nunca (?:firme|autorice|contrate|solicite|acepte|pedi)\b"
        r"|(?:del|de la) (?:inquilino|inquilina|dueno|duena|propietario|propietaria) anterior"
        r"|(?:del|de la) anterior (?:inquilino|inquilina|dueno|duena|propietario|propietaria)",
        -1.6,
        "wrong charge",
        "existe tengo uso contrate pedi solicite autorice nunca anterior",
    ),
    # the same for more: "o sea que pago 8 euros más por los mismos gigas"
    (
        r"(?:pago|pagar|pagamos|pagaria|cobran|cobrais|cobrarme|cobrarnos) (?:\S+ ){0,3}?mas por "
        r"(?:lo mismo|los mismos|las mismas|el mismo|la misma)",
        -1.6,
        "price rise",
        "mismo mismos misma mismas",
    ),
    # counterfactual praise: "Bacán la atención... si no fuera porque me colgaron dos veces"
    (r"si no (?:fuera|fuese) porque", -0.8, "counterfactual", "porque"),
]

ES_REQUEST = re.compile(
    r"\b(?:por favor|necesito|necesitamos|"
    # "os quiero dar las gracias por…" wants to thank, it asks for nothing
    r"(?:quiero|queria|quisiera|quisieramos|me gustaria|nos gustaria)(?! (?:dar|daros|darles|"
    r"darte|darle|agradecer|agradeceros|agradecerles|agradecerte|agradecerle)\b)|"
    r"podrian|podria|pueden|puede|puedes|podrias|me pueden|me puede|solicito|"
    r"solicitamos|les pido|le pido|os pido|ruego|agradeceria|agradeceriamos|de antemano|"
    r"por adelantado|espero (?:su|tu|vuestra) respuesta|quedo (?:atento|atenta|a la espera)|"
    r"como (?:puedo|hago|se)|me podrian|me podria|me indican|me indica|me dicen si|"
    r"me confirman|me confirma|favor de|dame un (?:segundo|momento|minuto)|"
    r"denme un (?:segundo|momento|minuto))\b"
)

ES_BEREAVEMENT = re.compile(
    r"\b(?:fallecio|fallecido|fallecida|fallecimiento|murio|muerte|defuncion|difunt[oa]|"
    r"funeral|funeraria|velorio|sepelio|entierro|herederos?|herencia|albacea|"
    r"en paz descanse|que en paz descanse|q e p d|viud[oa])\b"
)

ES_NEG_ONLY = {
    **dict.fromkeys(
        split_words(
            "funciona funcionan funciono funcionaba funcionando funcionar sirve sirven sirvio "
            "servido llega llegan llego llegaron llegado llegada contesta contestan contesto "
            "contestaron contestado contestar responde responden respondio respondieron "
            "respondido responder atiende atienden atendio atendieron atendido atender ayuda "
            "ayudan ayudo ayudaron ayudado ayudar llama llaman llamo llamaron llamado llamar "
            "devuelven devolvieron devuelto devolver reembolsan reembolsaron reembolsado "
            "reembolso solucion solucionan soluciono solucionaron solucionado solucionar "
            "resuelve resuelven resolvio resolvieron resuelto resolver arreglan arreglo "
            "arreglaron arreglado arreglar respuesta respuestas servicio senal internet luz agua "
            "linea conexion noticias atencion ayuda contestacion devolucion informan informaron "
            "avisan avisaron avisado explican explicaron escuchan escucharon cumplen cumplieron "
            "cumplido cumple hacen caso importa importamos importa interesa recibido "
            "recibi autorice autorizado autorizo autorizamos pedi pedido contrate contratado "
            "solicite solicitado cobertura firmado firme acepte aceptado vino vinieron ido "
            "venido trae traen trajo trajeron traido cubre cubren cubrio cubierto "
            "cubierta aparece aparecen aparecio presento presentaron presentado enciende "
            "encienden conecta conectan dicen dijeron explica informa cambiado"
        ),
        -1.8,
    ),
}

ES_ABBREVIATIONS = {
    "q": ("que",),
    "k": ("que",),
    "ke": ("que",),
    "qe": ("que",),
    "xq": ("porque",),
    "pq": ("porque",),
    "porq": ("porque",),
    "xk": ("porque",),
    "pk": ("porque",),
    "pork": ("porque",),
    "xke": ("porque",),
    "pke": ("porque",),
    "porfa": ("por", "favor"),
    "porfis": ("por", "favor"),
    "porfavor": ("por", "favor"),
    "xfa": ("por", "favor"),
    "xfavor": ("por", "favor"),
    "plis": ("por", "favor"),
    "pls": ("por", "favor"),
    "plz": ("por", "favor"),
    "tb": ("tambien",),
    "tmb": ("tambien",),
    "tbn": ("tambien",),
    "tmbn": ("tambien",),
    "tambn": ("tambien",),
    "d": ("de",),
    "dl": ("del",),
    "pa": ("para",),
    "xa": ("para",),
    "bn": ("bien",),
    "mxo": ("mucho",),
    "mxa": ("mucha",),
    "nd": ("nada",),
    "nunk": ("nunca",),
    "nunka": ("nunca",),
    "ntp": ("no", "te", "preocupes"),
    "sq": ("es", "que"),
    "xo": ("pero",),
    "toy": ("estoy",),
    "asta": ("hasta",),
    "aver": ("a", "ver"),
    "nose": ("no", "se"),
    "nesesito": ("necesito",),
    "nececito": ("necesito",),
    "nesecito": ("necesito",),
    "nesesitamos": ("necesitamos",),
    "kiero": ("quiero",),
    "kien": ("quien",),
    "aki": ("aqui",),
    "dnd": ("donde",),
    "cdo": ("cuando",),
    "tmpc": ("tampoco",),
    "tampoc": ("tampoco",),
    "nadien": ("nadie",),
    "haci": ("asi",),
    "grax": ("gracias",),
    "grx": ("gracias",),
    "grcs": ("gracias",),
    "grasias": ("gracias",),
    "thx": ("gracias",),
    "xfi": ("por", "favor"),
    "tqm": ("tqm",),
    "hiba": ("iba",),
    "ahy": ("ahi",),
    "ai": ("ahi",),
    "pos": ("pues",),
    "ps": ("pues",),
    "mñn": ("manana",),
    "mnn": ("manana",),
    "dsd": ("desde",),
    "xq?": ("porque",),
    "tdv": ("todavia",),
    "tdvia": ("todavia",),
    "aun": ("aun",),
}

# Spanish words that must not carry valence: polite conditionals and requests ("me
# encantaría saber…", "agradecería que…"), discourse markers.
ES_NEUTRAL = split_words(
    "encantaria gustaria agradeceria agradeceriamos encantarian gustarian disculpe disculpa "
    "disculpen perdone perdon perdona vale ok okey okay dale listo bueno"
)


# "si no fuera porque me colgaron": the clause after it decides, as after "pero", and its "no"
# negates nothing
ES_COUNTERFACTUAL = ("si no fuera porque", "si no fuese porque")
EN_PROMISE_WORDS = frozenset(
    split_words(
        "unlimited fixed processed resolved sorted immediate instant express free guaranteed "
        "priority premium fast superfast quick same-day next-day 24/7 refunded dispatched "
        "delivered support care help working upgrade upgraded processing"
    )
)
ES_PROMISE_WORDS = frozenset(
    split_words(
        "ilimitado ilimitada ilimitados inmediata inmediato inmediatos gratis gratuito gratuita "
        "garantizado garantizada prioritario prioritaria premium rapido rapida resuelto "
        "resuelta solucionado solucionada procesado procesada enviado enviada entregado "
        "entregada atencion ayuda express 24 horas reparado reparada arreglado proceso tramite "
        "arreglada mejora"
    )
)


@functools.cache
def spanish() -> LanguageRules:
    lexicon = read_tsv(LEXICON_DIR / "es.tsv")
    idioms = read_tsv(LEXICON_DIR / "es_idioms.tsv")
    lexicon.update(idioms)
    lexicon.update(emoticons())
    for word in ES_NEUTRAL:
        if word != "bueno":
            lexicon[word] = 0.0
    thanks = frozenset(
        [
            "gracias",
            "muchas gracias",
            "mil gracias",
            "muchisimas gracias",
            "agradezco",
            "agradecemos",
        ]
    )
    lexicon.setdefault("agradezco", 2.1)
    lexicon.setdefault("agradecemos", 2.1)
    # the phrase is one token (see `phrases` below): it needs its own valence, as "many thanks"
    lexicon.setdefault("muchas gracias", 2.2)
    cues = compile_cues(ES_CUES)
    function_phrases = [k for k in list(ES_NEGATORS) + list(ES_BOOSTERS) if " " in k]
    return LanguageRules(
        code="es",
        lexicon=lexicon,
        phrases=build_phrases(
            *idioms,
            *function_phrases,
            "por favor",
            "sin embargo",
            "no obstante",
            "aun asi",
            "a pesar de",
            "si bien",
            "muchas gracias",
            "mil gracias",
            "muchisimas gracias",
            "lo siento",
            "de acuerdo",
            *ES_COUNTERFACTUAL,
        ),
        negators=ES_NEGATORS,
        negator_valence={"nadie": -1.3, "nunca": -0.6, "jamas": -0.6},
        soft_negators=frozenset(["poco", "poca", "pocos", "pocas"]),
        boosters=ES_BOOSTERS,
        dual_boosters=frozenset(["bien", "super", "tremendo", "tremenda"]),
        contrast=frozenset(
            ["pero", "sino", "sin embargo", "no obstante", "aun asi", "but"]
            + ["lastima que", "una lastima que", "que pena que", "pena que"]
            + list(ES_COUNTERFACTUAL)
        ),
        concessive=frozenset(["aunque", "a pesar de", "si bien", "pese a"]),
        thanks=thanks,
        thanks_for=frozenset(["por", "a"]),  # "gracias a ustedes" thanks for something done
        thanks_that_done=frozenset(split_words("haya hayas hayan hayais hayamos")),
        emphatic_thanks=frozenset(["muchas gracias", "mil gracias", "muchisimas gracias"]),
        acknowledgements=frozenset(
            split_words(
                "ok okay okey vale recibido recibida recibidos entendido entendida anoto apunto "
                "anotado apuntado"
            )
            + ["de acuerdo", "tomo nota"]
        ),
        sarcastic_praise=frozenset(
            split_words(
                "genial perfecto estupendo fantastico maravilloso excelente fenomenal bravo "
                "magnifico buenisimo increible encantado encantada encantados impecable bacan "
                "barbaro"
            )
            + ["que bien", "muy bien", "de maravilla", "que maravilla", "que bonito", "que lindo"]
            + ["que linda", "que amable", "que amables", "que detalle", "que eficiencia"]
            + ["eficientes", "que eficientes", "que rapidez", "que rapidos", "que atentos"]
            # applause in a complaint claps at it
            + ["👏"]
        ),
        sarcastic_tags=frozenset(
            ["que bonito", "muy bonito", "que lindo", "que maravilla", "de lujo", "que eficiencia"]
            + ["que detalle", "bravo", "chapo", "chapeau", "precioso", "preciosa", "que precioso"]
            + [
                "todo un detalle",
                "todo un detalle por vuestra parte",
                "todo un detalle por su parte",
            ]
            + ["todo un detalle de vuestra parte", "todo un detalle de su parte"]
        ),
        # "ah bueno, qué maravilla, …": a resigned "bueno" leads the sarcasm like "ah" does
        sarcasm_lead=frozenset(split_words("oh ah ay vaya pues uy es bueno")),
        self_help=frozenset(
            split_words(
                "reiniciado reiniciar reinicie reinicio reseteado resetear desenchufado "
                "desenchufar enchufado apagado encendido reconectado"
            )
        ),
        own_error=re.compile(
            r"\b(?:puse|he puesto|pusimos|escribi|he escrito|meti|he metido|marque|he marcado|"
            r"rellene|he rellenado|apunte|he apuntado|di|he dado|teclee)(?: \S+){0,4}? "
            r"(?:mal|incorrect[oa]s?|equivocad[oa]s?)\b"
        ),
        self_slip=frozenset(
            ["se me olvido", "se me paso", "olvide", "me equivoque", "me confundi"]
        ),
        apologies=frozenset(
            [
                "perdon",
                "perdone",
                "perdona",
                "disculpa",
                "disculpe",
                "disculpen",
                "lo siento",
                "disculpad",
                "perdonad",
            ]
        ),
        never=frozenset(["nunca", "jamas"]),
        never_intensifiers=frozenset(["tan", "tanto", "tanta", "tantos", "tantas", "peor"]),
        neg_only=ES_NEG_ONLY,
        abbreviations=ES_ABBREVIATIONS,
        request=ES_REQUEST,
        cues=cues,
        cue_triggers=frozenset().union(*(cue.triggers for cue in cues)),
        bereavement=ES_BEREAVEMENT,
        fold_accents=True,
        collapse_order=(1, 2),
        openers=frozenset(["bueno", "buenos", "bien", "weno", "bueh"]),
        staff=frozenset(
            split_words(
                "enfermera enfermeras enfermero enfermeros medico medicos medica medicas doctor "
                "doctora doctores doctoras tecnico tecnicos tecnica chica chico chicas chicos "
                "senora senor senorita muchacha muchacho agente agentes operadora operador "
                "personal equipo companero companera recepcionista repartidor asesor asesora "
                "asesores cirujano cirujana matrona matronas celador celadores trabajador "
                "trabajadora trabajadores"
            )
        ),
        mild=frozenset(
            split_words("uf uff puf buf jo jolin ay lastima lioso liosa")
            + ["que lata", "que rollo", "que pena", "que lastima", "que lio", "menudo lio"]
            + ["vaya lio"]
        ),
        harm=frozenset(
            split_words(
                "herido herida heridos heridas lesionado lesionada lesionados lesiones dano danos"
            )
        ),
        ironic_praise=frozenset(
            split_words(
                "genial perfecto estupendo estupenda fantastico maravilloso maravillosa excelente "
                "fenomenal magnifico maravilla bravo"
            )
            + ["que maravilla", "de maravilla", "👏"]
        ),
        failure_fact=re.compile(
            r"\b(?:vaci[oa]s?|(?:lectura|consumo|factura) estimad[oa]|"
            r"(?:modem|router|movil|telefono|portatil|ordenador|tele|caldera|bateria) "
            r"se (?:ha )?murio|"
            r"(?:esta|estan|llego|llegaron|vino|venia|venian) (?:\S+ )?rot[oa]s?|"
            r"(?:se|lo|la|los|las|me|han|ha) (?:han |ha )?(?:perdido|roto|estropeado)|"
            r"faltan? (?:la mitad|piezas|cosas|\S+ productos)|dejo de funcionar|"
            r"cobrado (?:de mas|el doble)|cobrais|me (?:han )?anulado|sin tocar|"
            r"(?:nunca|no) (?:vino|llego|aparecio) (?:nadie|el tecnico))\b"
        ),
        ironic_tag=re.compile(
            r"\b(?:gracias por nada|lo que me faltaba|justo lo que necesitaba)\b"
        ),
        irony_triggers=frozenset(
            split_words(
                "vacio vacia vacios vacias estimada estimado murio roto rota rotos rotas perdido "
                "estropeado falta faltan dejo cobrado cobrais anulado tocar vino llego aparecio "
                "nada faltaba necesitaba"
            )
            + ["🙃", "🙄"]
        ),
        repaired=frozenset(
            split_words(
                "arreglado arreglada arreglaron reparado reparada solucionado solucionada resuelto "
                "resuelta cambiado cambiaron devuelto devolvieron reembolsado reembolso funciona"
            )
        ),
        demand_verbs=frozenset(
            split_words(
                "quiero queremos necesito necesitamos exijo exigimos arreglen rectifiquen "
                "solucionen devuelvan reembolsen manden envien arreglenlo solucionenlo "
                "devuelvanme rectifiquenlo quiten anulen cancelen resuelvan vengan regresenme "
                "cancelenlo anulenlo devuelvanlo reembolsenme"
            )
        ),
        demand_now=re.compile(
            r"(?:^| )(?:ya|ya mismo|hoy|hoy mismo|ahora mismo|de inmediato|inmediatamente|"
            r"cuanto antes|urgentemente)$"
        ),
        demand_now_words=frozenset(
            split_words("ya hoy mismo inmediato inmediatamente antes urgentemente")
        ),
        promise_words=ES_PROMISE_WORDS,
        distress=frozenset(
            ["no puedo parar de llorar", "no paro de llorar", "no puedo respirar", "hecha polvo"]
            + ["hecho polvo", "no tengo cabeza", "no puedo mas"]
        ),
    )


def rules_for(language: str) -> LanguageRules:
    return spanish() if language == "es" else english()
