"""English data for the engine: VADER's lexicon with Faro's contact-centre changes on top, its
modifiers, and the English contact-centre cues. Shared machinery is in `sentiment.rules`."""

from __future__ import annotations

import functools
import re

from sentiment.normalize import split_words
from sentiment.rules import (
    B_DECR,
    B_INCR,
    LEXICON_DIR,
    LanguageRules,
    build_phrases,
    compile_cues,
    emoticons,
    read_tsv,
    vader_lexicon,
)

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


EN_PROMISE_WORDS = frozenset(
    split_words(
        "unlimited fixed processed resolved sorted immediate instant express free guaranteed "
        "priority premium fast superfast quick same-day next-day 24/7 refunded dispatched "
        "delivered support care help working upgrade upgraded processing"
    )
)


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
