"""English data for the engine: VADER's lexicon with Faro's contact-centre changes on top, its
modifiers, and the English contact-centre cues. Shared machinery is in `sentiment.rules`."""

from __future__ import annotations

import functools
import re

from sentiment.normalize import split_words
from sentiment.rules import (
    B_DECR,
    B_INCR,
    CUE_WEIGHT,
    LEXICON_DIR,
    Cue,
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
        # "Not once has anyone called me back."
        "not once",
    ]
)

EN_BOOSTERS = {
    **dict.fromkeys(
        split_words(
            "absolutely amazingly awfully completely considerable considerably decidedly deeply "
            "effing enormous enormously entirely especially exceptional exceptionally extreme "
            "extremely fabulously flipping flippin frackin fracking fricking frickin frigging "
            # not "incredible": praise of its own ("the midwives were incredible"), in the lexicon
            "friggin fully fuckin fucking fuggin fugging greatly hella highly hugely "
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

_EN_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

EN_CUES = [
    # repeat contact
    (
        r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth|"
        r"\d+(?:st|nd|rd|th)) (?:time|call|attempt|email|message|request|chat|appointment|visit|"
        r"letter|complaint|no-show|no show|engineer|technician|bill|invoice|week|month|mail|"
        r"e-mail|reminder|follow-up|ticket)s?"
        # Round 10: "locked out of my online banking for the third day"
        r"|(?:for|into) the (?:second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th)) "
        r"(?:day|night|morning|weekend)(?: (?:running|in a row|now|today))?",
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
        # Round 10: "Oh it's dropped again."
        r"dropped|died|gone|stopped|froze|frozen|dead|"
        r"same (?:thing|problem|issue)|it|this)(?: you| me| it| us)? again(?! to)|"
        r"still (?:the same|happening|broken|down)"
        # "we sent the correction on Monday and again on Wednesday"
        r"|and again (?:on|yesterday|today|this|last|at|by))",
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
        r"for(?<!customer for)(?<!client for)(?<!member for)(?<!with you for)(?<!with them for)"
        # a planned absence is no wait: "I'll be away for two weeks"
        r"(?<!away for)(?<!abroad for)(?<!holiday for)(?<!vacation for)"
        r"(?<!travelling for)(?<!traveling for)(?<!leave for)(?<!trip for)"
        # Round 10: a pause asked for: "can I freeze my gym membership for two months?"
        r"(?<!membership for)(?<!subscription for)(?<!policy for)(?<!contract for)|"
        r"(?:from|since) (?:the )?(?:last|past))(?: \S+){0,4}? "
        # up to three digits: "meter reading for today: 04512 day" is a reading, not a wait;
        # Round 10: nor is a rate ("$150 a month"; the lookbehinds follow the "a", so the scan
        # still skips the places where no quantity can start)
        r"(?:\d{1,3}|an?(?<!\d a)(?<!\d an)|one|two|three|four|five|six|seven|eight|nine|ten|"
        r"twelve|fifteen|twenty|eleven|thirteen|fourteen|sixteen|eighteen|thirty|forty|several|many|few|"
        r"over \w+|"
        r"almost \w+|more than \w+|nearly \w+) "
        r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?)",
        -1.9,
        "waiting",
        "minute minutes min mins hour hours hr hrs day days week weeks month months year years "
        "fortnight fortnights",
    ),
    (
        # (not a rate: "$150 a month to pay it off")
        r"(?:\d+|an?(?<!\d a)(?<!\d an)|one|two|three|four|five|six|seven|eight|nine|ten|"
        r"twelve|fifteen|twenty|thirty|forty|fifty|sixty|several|many|few) (?:minutes?|mins?|"
        r"hours?|hrs?|days?|weeks?|months?) "
        r"(?:later|ago|now|and (?:still|nothing|counting|no)|on hold|waiting|of waiting|queue|"
        # "Forty days to answer one email."
        r"to (?:answer|reply to|respond to|return|process|approve) (?:a|an|one|my)|"
        r"after (?:i|we) (?:asked|called|rang|phoned|emailed|wrote|complained)|"
        # "three weeks for a meter reading": the wait put as the price of a simple job
        r"(?:for|(?:just )?to (?:get|fix|sort|change|send|process|book|receive)|just to) "
        r"(?:a|an|one|my))",
        -1.9,
        "waiting",
        "minute minutes min mins hour hours hr hrs day days week weeks month months",
    ),
    # a reply that took its time: "kind of you to reply after a month" (cues of their own, with
    # narrower triggers than the wait above, so fewer messages pay for the scan)
    (
        r"(?:reply|replying|respond|responding|answer|answering|get back|getting back|call back|"
        r"calling back|ring back) (?:to me |to us )?after (?:a|an|one|two|three|four|five|six|"
        r"\d{1,2}) (?:weeks?|months?|fortnight)"
        # Round 9: "a callback 'within 24 hours' that showed up after 6 days" (a short wait is
        # no grievance: "the refund arrived after 3 days")
        r"|(?:showed up|turned up|arrived|came|rang|called|replied|answered|got back|came through)"
        r"(?: \S+){0,2}? after (?:[4-9]|\d{2,3}|four|five|six|seven|eight|nine|ten|several|many) "
        r"days",
        -1.9,
        "waiting",
        "week weeks month months fortnight days",
    ),
    # the days counted: "Day 12. Nothing.", "week 3 and still no engineer"
    (
        r"(?:day|week|month) \d{1,3} (?:of (?:waiting|chasing|no|this|being)|and|nothing|still|"
        r"no|without)",
        -1.9,
        "waiting",
        "day week month",
    ),
    (
        r"still (?:waiting|no|not|nothing|haven't|hasn't|have not|has not|don't|doesn't|"
        r"didn't|can't|cannot|unable|without|no one|nobody|being charged|charging|pending|"
        r"being billed|billing|chasing|sending|asking|contacting|frozen|stuck|blocked|locked|"
        # a charge that should have gone: "the charge is still on my statement"
        r"showing|appearing|on (?:my|the|our) (?:statement|bill|account|invoice|card))"
        # "I've been waiting in for a parcel" stays home, it does not complain
        r"|been waiting(?! in\b)|waiting (?:since|forever|ages)"
        r"|no (?:reply|response|answer|update) yet"
        r"|(?:days|weeks|months|hours) (?:and|of) (?:nothing|no)|for ages|forever"
        r"|took (?:you |them |us |me )?(?:over |more than |almost |nearly )?(?:\d+|two|three|"
        r"four|five|six|seven|eight|nine|ten|several|many) (?:hours|days|weeks|months) to"
        # a long time with no "to": "your 'next day delivery' took nine days"
        r"|took (?:you |them |us |me )?(?:over |more than |almost |nearly )?(?:\d{2,3}|nine|ten|"
        r"eleven|twelve|fifteen|twenty|thirty|several|many) (?:days|weeks|months)",
        -1.5,
        "waiting",
        "still waiting yet ages forever took",
    ),
    # broken promises
    (
        # "got the card before you said I would" is early, not late
        r"(?<!before )(?<!than )"
        r"(?:you|your (?:agent|colleague|team)|(?P<third>they|he|she|gentleman|lady|man|woman|"
        r"guy|girl|agent|advisor|adviser|engineer|technician|person|rep|operator|colleague|"
        r"manager|assessor|adjuster|adjustor|surveyor|installer|courier|driver|receptionist|"
        r"someone|somebody)) "
        r"(?:swore|swears|(?:(?P<said>said|told (?:me|us))|promised|assured (?:me|us)|"
        r"guaranteed)(?: me| us)? "
        # "you told me last week this was fixed"
        r"(?:(?:last \w+|yesterday|earlier|this morning|on \w+) )?"
        # an instruction relayed: "the assessor said I should send three quotes"
        r"(?!(?:i|we) (?:should|need|needed|must|have to|had to|could|can)\b)"
        r"(?:(?P<toyou>you'd|you would|you)|that|it|i|we|this|they|someone|somebody|the|he'd|"
        r"she'd|they'd|it'd|he would|she would|they would|it would)"
        # Round 9: an estimate relayed from a third party ("He said the report would take about
        # 10 working days", "They said someone would call") is news until the message says it
        # did not happen ("…but nobody has", "that was eight weeks ago"); a promise made for the
        # company ("the agent said you'd call me back") is held against it
        r"(?(toyou)|(?(said)(?(third)"
        # checked, not held against anyone: "he said Tuesday, is that still right?"
        r"(?!(?: \S+){0,12}? is (?:that|this|it) (?:still )?(?:right|correct|true|the case|the "
        r"plan))(?=(?: \S+)*? (?:but|yet|never|nobody|no one|noone|nothing|"
        r"didn't|did not|hasn't|has not|haven't|have not|wasn't|weren't|isn't|ago|not|no|"
        r"still)\b"
        # ... or ends on the day it was due ("they said it would arrive Friday"): a date held up
        # is a promise; a relayed appointment with its times ("he said he'd be here Tuesday
        # between 8 and 12") and a duration ("about 10 working days") are estimates
        r"|(?: \S+)*? (?:today|tonight|tomorrow|yesterday|" + _EN_WEEKDAY + r")$)))))"
        r"|(?:promised|assured|guaranteed)(?: me| us)? (?:a|an|to|that|it)\b"
        # "we were told to book a follow-up" relays an instruction, not a promise, and "we've
        # been told it's cancer" or "I was told she needs surgery" news
        r"|(?:was|were|been|i'm|am) (?:told"
        r"(?! (?:by (?:the |my |our |your )?\S+ )?to (?!expect\b))"
        r"(?! (?:that )?(?:he|she|i|we|they|"
        r"mum|mom|dad|my \w+|our \w+) (?:has|have|had|is|are|got|needs|need|needed)\b)"
        r"(?! (?:that )?(?:it's|it is) (?:cancer|terminal|malignant|benign|serious|stage|a tumour|"
        r"a tumor))"
        # checked, not held against anyone: "I was told it takes two weeks, is that right?"
        r"(?!(?: \S+){0,12}? is (?:that|this|it) (?:still )?(?:right|correct|true|the case))"
        # Round 10: an estimate that closes the message is news, not yet broken: "Could you let
        # me know when the results will be ready? Taken on the 4th, I was told about a week."
        r"(?! (?:it'd take |it would take |it takes |it'll take )?(?:about|around|roughly|"
        r"approximately|up to|within) (?:a|an|\d+|one|two|three|four|five|six|seven|ten) "
        r"(?:\S+ )?(?:days?|weeks?|hours?|months?)$)"
        r"|promised|assured)"
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
        r"(?:switch|switching|change|changing|move|moving|go|going|port|porting) (?:over )?"
        # "we are going with another director"
        r"(?:to |with )?"
        r"(?:another|a different|your competitor|a competitor|the competition)"
        # moving house is no threat: "if I move to a different city"
        r"(?! (?:city|town|country|state|address|house|home|flat|apartment|room|date|day|time|"
        r"plan|tariff|package|bundle|number|phone|device|card|payment|doctor|ward|hospital|"
        r"option|colour|color|size|model|room|seat|slot|form|method|way))"
        r"|port(?:ing)? (?:my (?:number|line) )?(?:out|away)|switch(?:ing)? (?:provider|providers|"
        r"company|companies|carrier|carriers|bank|banks|insurer|insurers)"
        # a solicitor on a sale or an estate is no threat: "my solicitor is handling the sale"
        r"|(?:my|a|an|our) (?:lawyer|attorney|solicitor)(?!s?(?: \S+){0,8}? (?:sale|purchase|"
        r"probate|conveyancing|estate|mortgage|completion|exchange|house move"
        # Round 10: the solicitor asking for papers is procedure ("my solicitor asked for a copy
        # of the policy")
        r"|asked for|has asked|wants a copy|needs a copy|requested|copy of|documents|paperwork))"
        r"|legal action|take (?:you|this|it) to court"
        r"|sue you|small claims|ombudsman|bbb|better business bureau|trading standards|ofcom"
        r"|(?:file|filing|lodge|lodging|make|making|raise|raising|submit) (?:a |an )?(?:formal )?"
        r"complaint|report(?:ing)? (?:you|this|it) to"
        # asking politely for a manager is routine: "could I speak to a supervisor about…"
        r"|(?<!can i )(?<!could i )(?<!may i )(?<!like to )(?:speak|talk) (?:to|with) "
        r"(?:a|your|the) (?:manager|supervisor|superior)|(?:escalate|escalating) (?:this|it|my)"
        r"|(?:want|need|get|have) (?:this|it|my complaint|my case) escalated"
        r"|(?:social media|twitter|leave (?:a )?(?:bad|negative|one star|1 star) review)"
        # "leaving a review everywhere I can"
        r"|(?:leave|leaving|post|posting|write|writing) (?:a |an )?(?:\S+ )?reviews? "
        r"(?:everywhere|on every|all over|wherever|anywhere)",
        -2.1,
        "escalation threat",
        (
            # not "provider(s)": "switch provider" holds "switch" already
            "switch switching port porting another different competitor competition lawyer "
            "attorney solicitor legal court sue claims ombudsman bbb bureau standards ofcom "
            "complaint"
            " report reporting manager supervisor superior escalate escalating escalated media "
            "twitter review"
        ),
    ),
    (
        # a polite request to leave is no threat: "I'd like to cancel my subscription please",
        # "please close my account, I'm moving abroad"
        r"(?<!like to )(?<!please )(?<!can i )(?<!could i )(?<!how do i )(?<!how can i )"
        r"(?:cancel|cancelling|canceling|terminate|terminating|close|closing|end|ending) "
        r"(?:(?:my|our|this) (?:account|subscription|contract|policy|plan|service|membership)|"
        # "I'm cancelling the direct debit today."
        r"(?:my|our|this|the) (?:direct debit|standing order))",
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
            # not "again": "transferred again" holds "transferred" already, and "again" sent
            # every repeat-contact message to this scan
            "around runaround forth between ping pingpong knows responsibility transferred "
            "transfered different"
        ),
    ),
]

EN_CUES += [
    (
        r"^(?:\w+ )?again$|don't make me(?: \S+){1,4} again"
        # Round 10: "Do not contact me again.", "don't ring us again about this" (one scan for
        # the messages that say "again")
        r"|(?:do not|don't|dont|never|stop) (?:contact|contacting|call|calling|ring|ringing|phone|"
        r"phoning|email|emailing|text|texting|message|messaging|write to|writing to|bother)"
        r"(?: me| us| my \S+| our \S+)? again"
        # not "emailing again with the serial number you asked for": a reply with what was asked
        r"|again (?:and|with) (?:this|the)(?! (?:\S+ )?(?:number|reference|details|documents?|"
        r"photos?|form|attachment|file|info|information|serial|receipt|invoice|code|screenshot))"
        # a grievance verb that the message closes with "again": "sent it to my old address again"
        r"|(?:sent|send|charged|billed|cut|cancelled|canceled|lost|forgot|forgotten|messed|"
        r"missed|dropped|failed|ignored|done|did|"
        # "the courier left my parcel in the rain. Again."
        r"(?<!i )(?<!we )left|delivered|dumped|thrown|broke|broken|damaged)(?: \S+){0,6} "
        # "my payment failed, can I try again?" is a retry
        r"(?<!try )again$",
        -1.6,
        "repeat contact",
        "again",
    ),
    (
        # one adjective may come between, unless it is praise ("another good day")
        r"another (?:(?!good|great|nice|lovely|wonderful|happy|fantastic|brilliant|perfect)\w+ )?"
        r"(?:outage|charge|price increase|increase|delay|cut|problem|issue|error|bill|"
        r"fee|week|month|day|hour|excuse|transfer|engineer|technician|rise|hike|letter|email|"
        r"call|visit|form|mistake|fault|maintenance|disruption|cancellation|breakdown|leak|"
        r"power cut|blackout|failure|glitch|no-show)"
        # a booking only when it failed: "another missed delivery" ("book another delivery" is a
        # plain request)
        r"|another (?:missed|failed|late|cancelled|canceled|wasted|botched|no-show) (?:delivery|"
        r"appointment|callback|call back|visit|collection)",
        -1.5,
        "repeat contact",
        "another",
    ),
    (
        r"stop (?:calling|charging|sending|emailing|texting|billing|transferring|bothering|"
        r"taking|debiting|ringing|chasing|harassing|contacting)|"
        r"(?:give|send) me (?:back )?my money|(?:i )?want (?:a|my) (?:refund|money back)|"
        # "I want my money."
        r"(?:i )?want my money$|"
        # "I want the money you took."
        r"(?:want|give me|return|refund|need) (?:back )?(?:the|my|our) money (?:you|u|they|you've|"
        r"they've) (?:took|taken|have taken|charged|stole|debited)|"
        r"(?:i )?want (?:it|this|that|them) (?:refunded|removed|cancelled|reversed)|"
        r"(?:is|will|would|does) (?:anyone|anybody|someone|somebody) (?:ever|going to|gonna|"
        r"actually|care to|bother to|even)|"
        r"(?:does|do|did) (?:anyone|anybody) (?:there|even|actually|ever|read|listen|check|care)",
        -1.6,
        "demand",
        # "what's going on" and "don't know who to ask" are idioms (en_idioms.tsv): as cues,
        # "what" and "who" sent a tenth of all messages to this scan
        "stop money refund anyone anybody someone somebody",
    ),
    # Praise followed by "another"/"again" is sarcasm whatever follows. Praise followed by
    # "now" or "so" is sarcasm only if a complaint follows ("perfect, now it works" is not):
    # the engine's sarcastic-opener rule decides those.
    (
        r"^(?:oh )?(?:great|wonderful|perfect|fantastic|brilliant|lovely|awesome|nice|"
        r"just great|just perfect|thanks a lot) (?:another|again)|"
        # an emoji may sit between: "Brilliant 👏 another missed delivery"
        # (Round 10: "Fab, another 'we're experiencing high volumes' message")
        r"(?:great|wonderful|perfect|fantastic|brilliant|lovely|fab|superb|marvellous|excellent|"
        r"awesome|amazing) (?:[^\w\s]+ )?"
        r"(?:another|yet another)|"
        # "Oh good, another letter saying I'm in arrears"
        r"^oh (?:good|goody|joy|super|fab) (?:another|again)",
        -3.6,
        # ironic: the praise after it counts negative too ("…another 'we apologise' email. Very
        # comforting.")
        "incredulity",
        "another again",
    ),
    # "why" about a grievance is negative (labelling guideline): a charge, a cut, a refusal
    (
        r"why (?:did|do|does|have|has|was|were|am|are|is|would) (?:you|they|i|we|my \w+|the \w+)"
        r"(?: \S+)?? (?:charge|charged|charging|cut|cancel|cancelled|canceled|cancelling|"
        r"reject|rejected|deny|denied|declined|block|blocked|refuse|refused|penalise|penalised|"
        r"penalize|penalized|fine|fined|disconnect|disconnected|increase|increased|raise|raised|"
        # "why am I paying more than new customers?"
        r"paying (?:more|extra|twice|double|for))",
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
        r"charge|charges|payment|payments|subscription|plan|quote|renewal|estimate) "
        r"(?:has |have |just |suddenly )?"
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
        r"(?:charged|charging|billed|billing|invoiced|debited) (?:me |us )?(?:\S+ )?for "
        r"(?:a |an |the |my |our )?"
        r"(?:\w+ ){0,2}?(?:i|we) (?:returned|sent back|cancelled|canceled|never (?:ordered|used|"
        r"received|asked for)|didn't (?:order|use|receive|ask for))",
        -1.6,
        "grievance",
        # the charge triggers it: "back", "use" or "order" would send most messages to the scan
        "charged charging billed billing invoiced debited",
    ),
]

# Complaints in set phrases: an apology that changes nothing, a mishap someone "managed" to
# cause, the same thing twice, the promised thing that never came through.
EN_CUES += [
    (
        r"(?:sorry|apology|apologies|excuses) (?:doesn't|don't|won't|isn't|aren't|does not|"
        r"do not|will not|is not|are not) (?:cut it|pay|fix|help|change|solve|bring|refund|"
        r"enough|mean)"
        # "I don't need another apology, I need my internet working."
        r"|(?:don't|do not|dont) (?:need|want) (?:another|more|an?|your|any more) "
        r"(?:apology|apologies|excuses)|(?:not|no more) (?:an?|another|more) (?:apology|apologies|"
        r"excuses)(?! (?:needed|necessary|required))"
        # the question the service keeps not answering: "Answer the question."
        r"|^(?:just )?answer (?:the|my) (?:question|email)|(?:haven't|didn't|still haven't|never|"
        r"not) answered (?:the|my) (?:question|email)",
        -1.8,
        "demand",
        # not "sorry", which most apologies carry: "an apology doesn't…", "excuses don't…"
        "apology apologies excuses answer answered",
    ),
    (
        r"(?:you|they|you've|they've|someone|somebody|u) (?:managed|manage|have managed) to "
        r"(?:lose|lost|break|mess|delete|cancel|double|charge|send|misplace|forget|block)"
        r"|same (?:\w+ ){0,2}twice"
        # "your executive disconnected the call twice"
        # (not "declined twice": "my card was declined twice, is there a limit?" asks)
        r"|(?:disconnected|dropped|hung up|cut (?:me |us )?off|cancelled|canceled)"
        r"(?: \S+){0,3}? twice",
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
        r"|what (?:am i|are we) (?:even )?paying(?: you)? for"
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


# Complaints told by the facts alone: the promised day against today's, "why does it take two
# months", silence counted in calls, the day off wasted, the story told again, the record that
# has vanished, the visit that never came, the curt "Explain." or "sort it out".
EN_CUES += [
    (
        # Round 9: a booking too ("Your engineer was booked for Monday. It's Thursday.")
        r"(?:said|told|promised|assured|booked|due|expected|scheduled)(?: \S+){0,14}? "
        r"(?:it's|it is|its|today is|today's|now "
        r"it's|and it's|it's now|it is now|its now) " + _EN_WEEKDAY + "|"
        # "Told the technician would come Tuesday morning. Tuesday evening now, nothing."
        r"(?:said|told|promised|assured)(?: \S+){0,14}? " + _EN_WEEKDAY + r" (?:evening|afternoon|"
        r"night) now",
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
        r"text|callback|doctor|nurse|person|engineer|soul|one|human)",
        -1.5,
        "waiting",
        "single",
    ),
    (
        # Round 10: "I just love taking days off work for nothing"
        r"(?:took|taken|booked|wasted|taking|booking|wasting) (?:a |the |half a |my |our |another "
        r"|two |three )?(?:days?|mornings?|afternoons?) off(?: work)? for (?:this|it|nothing)",
        -1.6,
        "wasted time",
        "took taken booked wasted wasting",
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
        # a closing "please" does not soften the order: "Sort it out today please."
        r"(?: now| already| asap| today)?(?: please| pls)?$"
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
        r"to|mind|care about the)\w+|(?:nobody|no one) (?:even )?bothered"
        # "do you even read these messages?"
        r"|(?:do|did|does) (?:you|u|they|your \w+) (?:even|ever) (?:read|listen|check|care|look|"
        r"bother)",
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
        # ... or a prize for it ("top marks for losing my file twice"); one shared head, so a
        # search tries the thanks words once at each place
        r"(?:thanks|thank you|cheers|thanks a lot|thank you so much|top marks|full marks|"
        r"gold star|five stars|well done|great job|good job|nice job|kudos|bravo) "
        # up to three words between: "thanks ever so much for cutting off…"
        r"(?:\S+ ){0,3}?for "
        r"(?:(?:charging|overcharging|cancelling|canceling|cutting|disconnecting|losing|ignoring|"
        r"blocking|suspending|hanging up|wasting|forgetting|missing|breaking|misplacing)"
        # Round 10: a booking moved again ("thanks so much for rescheduling the engineer for
        # the fourth time")
        r"|(?:rescheduling|postponing|cancelling) (?:\S+ ){0,4}?for the "
        r"(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|umpteenth|nth) time"
        # ... or for a wait: "thanks so much for the 4 hour wait" (not "thanks for your time,
        # I'll wait for your reply")
        # (nor a warning of one: "thank you for the heads-up about the delay")
        r"|(?:the |my |an? |another )?(?:(?!(?:i|i'll|i'm|we|we'll|you|heads-up|heads|warning|"
        r"notice|update|updates|news|info|information|letting|telling|explaining|about)\b)\S+ )"
        r"{0,3}?(?:wait|delay|queue|runaround|silence)\b"
        # ... or for news that said nothing: "cheers for the update that told me nothing"
        r"|(?:\S+ ){1,6}?(?:that|which) (?:told (?:me|us) nothing|said nothing|changed nothing|"
        r"solved nothing|fixed nothing)"
        r"|(?:\S+ ){1,10}?after (?:i|we) (?:had )?(?:already )?(?:cancelled|canceled|updated|"
        r"confirmed|changed|paid)(?: \S+){0,3} twice)",
        -1.6,
        "sarcastic thanks",
        (
            "charging overcharging cancelling canceling cutting disconnecting losing ignoring "
            # not "missing": a missing page or item is mostly the customer's own
            "blocking suspending hanging wasting twice forgetting breaking misplacing "
            "wait delay queue runaround silence nothing rescheduling postponing"
        ),
    ),  # a charge that is not the customer's: "a bill for £640 for the previous tenant's usage",
    # "I never signed up for that"
    (
        r"(?:bill|bills|billed|charge|charged|charges|charging|invoice|invoiced) (?:\S+ ){0,4}?"
        r"for (?:the |a )?(?:previous|old|former|last|other) (?:tenant|tenants|owner|owners|"
        r"occupant|occupants|resident|residents|customer|customers|account holder)"
        r"|(?:i|we) never (?:signed|authorised|authorized"
        # "I never cancelled anything!" (against a termination fee), "we never ordered it"
        r"|(?:cancelled|canceled) (?:anything|it|that|this)|ordered(?! from| before)|agreed|"
        r"asked for|requested|opened|took out|set up)",
        -1.6,
        "wrong charge",
        "tenant tenants tenant's owner owners owner's occupant occupants occupant's resident "
        "residents resident's signed authorised authorized never",
    ),
    # a promised delay set against the days gone since: "…within 7 working days. That was 19
    # days back"
    (
        r"(?:that was|that's|thats|it's been|its been|it has been|now it's|now its) "
        + _EN_NUM
        + r" (?:working |business )?(?:days|weeks|months) (?:back|ago|later)"
        # "Your website says 3-5 working days. It has been 19."
        r"|(?:days|weeks|months)(?: \S+){0,8}? (?:it's been|it has been|its been|that was|now) "
        r"\d{1,3}$"
        # Round 9: the days counted since: "I was quoted 3 days. Day 11.", "…we're on day 14"
        r"|(?:days|weeks)(?: \S+){0,8}? (?:it's |it is |now |we're on |we are on |this is )?"
        r"(?:day|week) \d{1,3}(?: now| today)?$",
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

# A clock time: "3pm", "3:30 pm", "11.15am" (the tokens are the trigger words: "am" alone is
# too common, "pm" is not).
_EN_CLOCK = r"\d{1,2}(?:[:.]\d\d)? ?(?:am|pm)"
_EN_CLOCK_TRIGGERS = " ".join(
    [f"{hour}{half}" for hour in range(1, 13) for half in ("am", "pm")]
    + [
        f"{hour}{sep}{minute}{half}"
        for hour in range(1, 13)
        for sep in ":."
        for minute in ("15", "30", "45")
        for half in ("am", "pm")
    ]
    + ["pm", "p.m", "noon", "midday", "half", "quarter", "gone"]
)

# Round 8: the time or the money a complaint is about, told as plain facts; threats to go to
# a regulator or a review site; a rhetorical "how is this acceptable"; a sarcastic thanks for
# what came after the customer had already acted.
EN_CUES += [
    # a promised time set against the time now: "the 'on the way' text came at 8 and it's now
    # 3pm", "booked for 8-1, now gone 4pm"
    (
        r"(?:(?:at|by|for|between|before|until|from|due|around|booked|slot|window|said|says|"
        r"promised|expected|eta) "
        r"\d{1,2}(?:[:.]\d\d)?(?: ?(?:am|pm))?(?:-\d{1,2}\S*)?"
        # "Wednesday 8-12 slot. It's 3.15pm."
        r"|\d{1,2}(?:am|pm)?-\d{1,2}(?:am|pm)? (?:slot|window|appointment|booking)"
        # "the window was 8 till 1" (not opening hours: "we're open 9 till 5, it's gone 4")
        r"|(?:window|slot|appointment|booking|delivery) (?:was|is) (?:for |from |between )?"
        r"\d{1,2}(?:[:.]\d\d)?(?: ?(?:am|pm))?(?:-\d{1,2}\S*)?)"
        r"(?: \S+){0,12}? "
        r"(?:(?:it's|it is|its|now it's|and it's)(?: now| gone| already| past| nearly| almost)?"
        r"|still(?: \S+){0,6}? (?:at|by|gone|past)|now|gone|already|past) "
        # British clock talk: "It's half 2", "it's gone 4"
        r"(?:" + _EN_CLOCK + r"|noon|midday|half \d{1,2}|quarter (?:past|to) \d{1,2}|"
        r"(?<=gone )\d{1,2})"
        # Round 9: the time now, and nobody came: "It's now Tuesday 4:30pm. No engineer, no call."
        r"|(?:it's|it is|its) (?:now|gone|already) (?:"
        + _EN_WEEKDAY
        + r" )?(?:"
        + _EN_CLOCK
        + r"|noon|midday)(?: \S+){0,3}? (?:no|nobody|no one|nothing|still no|and no|and nobody)",
        -1.6,
        "missed time",
        _EN_CLOCK_TRIGGERS,
    ),
    # money still taken, or taken after the account was closed: "a direct debit of £62.40 was
    # still taken on 1 December", "you charged me after I'd cancelled"
    (
        r"(?:was|were|been|got|has|have|you|they|and|but|you've|they've|it|debit|payment|"
        r"payments|money|charge|fee|premium|subscription) still "
        r"(?:taken|took|take|charged|debited|billed|collected|deducted|invoiced|came out|"
        r"went out|comes out|goes out)",
        -1.6,
        "wrong charge",
        # the taking, not "still" (a common word): "was still charged", "still came out"
        "taken took take charged debited billed collected deducted invoiced out",
    ),
    (
        r"(?:charged|charging|billed|billing|debited|taken|took|collected|invoiced|deducted|"
        # "£12.99 has come out of my account every month since I cancelled"
        r"payment|debit|charge|bill|out)(?: \S+){0,8}? (?:after|since|despite|even though|though|"
        r"when) (?:i|we|i'd|we'd|i've|we've)(?: had| have)?(?: already)? (?:cancelled|canceled|"
        r"closed|terminated|ended|switched|left)"
        r"|(?:after|since|despite) (?:my|our|the) (?:account|contract|policy|subscription|plan|"
        r"membership|direct debit) (?:was |had been |has been |being )?(?:cancelled|canceled|"
        r"closed|terminated|ended)"
        # the charge told first: "a direct debit went out on 3 March. I closed the account on
        # 14 February"
        r"|(?:went out|came out|taken|took|debited|charged|collected|billed|left my account)"
        r"(?: \S+){0,12}? "
        r"(?:(?:i|we) (?:had )?(?:already )?(?:closed|cancelled|canceled|terminated|ended) "
        r"(?:the|my|our|this|that) (?:account|contract|policy|subscription|plan|membership|"
        r"direct debit|line)|(?:the|my|our|that) (?:account|contract|policy|subscription|plan|"
        r"membership|line) (?:ended|closed|expired|finished|was (?:closed|cancelled|canceled|"
        r"terminated)|had (?:ended|expired)))"
        # the closing told first: "I cancelled in June and you've taken three more payments"
        r"|(?:cancelled|canceled|closed|terminated|ended)(?: \S+){0,16}? (?:(?:you've|you have|"
        r"you|they've|they have|they|and|but|yet) (?:still |then |since |now )?(?:taken|took|"
        r"charged|billed|debited|collected|invoiced|keep taking|keep charging|kept taking|"
        r"kept charging)"
        # told in the passive: "I cancelled on 1 June, yet payments were taken in July"
        r"|(?:was|were|been|got|are|is) (?:still )?(?:taken|debited|charged|collected|billed|"
        r"invoiced))",
        -1.6,
        "wrong charge",
        "cancelled canceled closed terminated ended expired finished",
    ),
    # visits that never happened, counted: "four missed appointments", "two missed deliveries"
    (
        r"(?:\d+|two|three|four|five|six|several|multiple|countless) missed (?:appointments|"
        r"visits|deliveries|collections|calls|callbacks|slots)",
        -1.6,
        "repeat contact",
        "missed",
    ),
    # the same money taken twice: "the money came out of my account twice", "two payments
    # went out for the same bill"
    (
        r"(?:came|come|went|gone|taken|took|debited|deducted|collected|paid|paying|billed|charged)"
        r"(?: out| it| them)?"
        r"(?: of (?:my|our|the) (?:account|card|bank))? twice"
        # Round 10: money kept although the service failed: "the app logged me out mid-payment
        # and took the money anyway"
        r"|(?:took|taken|charged|debited|billed|kept) (?:the |my |our )?(?:money|payment|fee|"
        r"deposit|it|me|us) anyway"
        r"|(?:two|2|three|3|duplicate|double) (?:payments|charges|debits|direct debits|"
        r"transactions|deductions)(?: \S+){0,4}? (?:for|on) (?:the )?(?:same|one|a single)",
        -1.6,
        "wrong charge",
        # not "double payment" alone: "thanks for putting the double payment back"
        "twice payments charges debits transactions deductions anyway",
    ),
    # money taken for a service that did not happen: "amount debited but recharge not done"
    (
        r"(?:amount|money|payment|balance|rs|inr)(?: \S+){0,2}? (?:debited|deducted)(?: \S+){0,4}? "
        r"but (?:\S+ ){0,3}?(?:not|failed|never|no|isn't|wasn't|hasn't)\b",
        # the cue stands before its "but", where it counts half
        -3.2,
        "wrong charge",
        "debited deducted",
    ),
    # thanks for what came after the customer had already acted: "thanks for the callback
    # after I'd already sorted it myself"
    (
        r"(?:thanks|thank you|cheers|thanks a lot) (?:\S+ ){0,2}?for (?:\S+ ){1,10}?(?:after|"
        r"when|even though|though) (?:i|we|i'd|we'd|i've|we've|i had|we had|i have|we have) "
        r"already",
        -1.6,
        "sarcastic thanks",
        "already",
    ),
    # thanks for what took weeks: "thanks for getting back to me after three weeks"
    (
        r"(?:thanks|thank you|cheers|thanks a lot) (?:\S+ ){0,2}?for (?:\S+ ){1,8}?after "
        r"(?:(?:two|three|four|five|six|seven|eight|\d{1,2}|several|many) (?:weeks|months)|"
        r"a month|a fortnight|over a month)",
        -1.6,
        "sarcastic thanks",
        "weeks months month fortnight",
    ),
    # a regulator or a review site named as where the complaint goes next: "I'll be contacting
    # the CQC", "posting this on Trustpilot" (a calm "are you FCA regulated?" names it only)
    (
        r"(?:report|reporting|reported|contact|contacting|complain|complaining|write|writing|"
        r"go|going|take|taking|escalate|escalating|refer|referring|raise|raising|tell|telling|"
        r"file|filing|lodge|lodging|involve|involving|get|getting|complaint|complaints|"
        r"approach|approaching)"
        r"(?: \S+){0,5}? (?:the )?(?:fca|cqc|ftc|ofgem|ofwat|cfpb|fos|regulator|regulators|"
        r"watchdog|(?:state |insurance |state insurance )?commissioner|attorney general|"
        r"citizens advice|consumer protection|consumer (?:forum|court|council|rights))"
        # "post" the verb, not "your post on Facebook"
        r"|(?:(?<!your )(?<!the )(?<!a )(?<!this )(?<!that )post|posting|write|writing|leave|"
        r"leaving|put|putting|share|sharing|tell|telling|"
        # "…the whole story goes on Facebook"
        r"goes|go|going|ends up|end up|contact|contacting|calling|ringing)"
        r"(?: \S+){0,6}? (?:trustpilot|tripadvisor|yelp|reddit|tiktok|facebook|google reviews|"
        r"the press|the papers|the local paper|a newspaper"
        # Round 10: "I'll be contacting the Press Council and my local radio station"
        r"|(?:the |my |our )(?:local )?radio|(?:a )?journalists?|(?:the )?press council|"
        r"reporters?|the media)",
        -2.1,
        "escalation threat",
        "fca cqc ftc ofgem ofwat cfpb fos regulator regulators watchdog commissioner attorney "
        "citizens consumer forum trustpilot tripadvisor yelp reddit tiktok facebook press papers "
        "paper newspaper radio journalist journalists reporter reporters media",
    ),
    # an ultimatum: "sort it out or I'm leaving", "fix this today, otherwise I'll cancel"
    (
        r"(?:or|otherwise|or else|(?:unless|(?:isn't|is not|aren't|isnt|not) (?:fixed|sorted|"
        # "Unless it's back on by Friday I'm cancelling"
        r"resolved|refunded|reversed|credited|back|done))(?: \S+){0,8}?) (?:then )?"
        r"(?:i'm|i am|i'll|i will|we're|we are|we'll|we will) "
        r"(?:\S+ )?(?:leaving|leave|cancelling|canceling|cancel|switching|switch|closing|close|"
        r"complaining|complain|reporting|report|escalating|escalate|walking|done|going elsewhere|"
        # "Reverse it or I'm disputing it with my bank"
        r"disputing|dispute|charging (?:it )?back|doing a chargeback|suing|sue|taking (?:you|this|"
        r"it)|taking my business|going to (?:my bank|the bank|court|the press)|calling (?:my|the) "
        r"bank|posting|(?:be )?(?:filing|raising|lodging|opening|making) (?:a |an )?(?:formal )?"
        # "Refund me in full or I'll be filing a chargeback."
        r"(?:chargeback|dispute|complaint|claim)"
        # Round 10: someone else hired at the company's cost: "Fix my boiler by Thursday or I'm
        # getting a private engineer"
        r"|(?:getting|hiring|using|calling|booking) (?:in )?(?:a |an |my own )?(?:private|"
        r"independent|another) (?:engineer|plumber|electrician|firm|company|contractor|"
        r"mechanic|solicitor|lawyer))",
        -2.1,
        # a rule of its own: it adds to a threat named beside it ("…and leaving a review")
        "ultimatum",
        # the -ing forms and "cancel": the other bare verbs are too common to trigger a scan
        "leaving cancelling canceling cancel switching closing complaining reporting escalating "
        "walking elsewhere disputing chargeback suing business posting private independent",
    ),
    # what the customer expects, not asks for: "I expect a full refund"
    (
        r"(?:i|we) (?:expect|demand) (?:a |an |the |my |our )?(?:full |written |formal )?"
        r"(?:refund|apology|compensation|explanation|response|answer|reply)"
        # Round 10, with a deadline or a result: "I expect the money refunded by close of
        # business", "I expect this resolved within 48 hours" (one scan for "expect" messages)
        r"|(?:i|we) (?:expect|demand|insist on)(?: \S+){1,8}? (?:before|by) (?:the )?"
        r"(?:end of (?:the )?(?:day|week|business)|close of business|cob|eod|eob)"
        r"|(?:i|we) (?:expect|demand) (?:this|it|the matter|my \S+|the \S+|everything|"
        r"the money|this matter) (?:to be )?(?:resolved|fixed|sorted|refunded|reversed|credited|"
        r"corrected|repaired|reconnected|restored|paid|returned|removed|cancelled|canceled|"
        r"rectified|put right|dealt with)",
        -1.6,
        "demand",
        "expect demand insist",
    ),
    # an elected representative as the next step: "I'll be contacting my MP"
    (
        r"(?:contact|contacting|write|writing|email|emailing|go|going|take|taking|report|"
        r"reporting|complain|complaining|involve|involving|raise|raising|tell|telling) "
        r"(?:\S+ ){0,4}?(?:my|our|the|your)(?: local)? (?:mp|congressman|congresswoman|"
        r"senator|councillor|councilor|representative|assemblyman|assemblywoman|mla|msp|td|mep|"
        r"mayor)"
        # Round 10: anyone who "will hear about this": "My MLA will hear about this", "the papers
        # will be hearing about this"; and a court or tribunal as the meeting place
        r"|(?:will|'ll|is going to|are going to|gonna) (?:be )?(?:hear|hearing) (?:all )?about "
        r"(?:this|it|you)|see you (?:at|in) (?:the )?(?:court|tribunal|small claims)",
        -2.1,
        "escalation threat",
        "mp congressman congresswoman senator councillor councilor representative assemblyman "
        "assemblywoman mla msp td mep mayor hear hearing tribunal court",
    ),
    # a bill for a home the customer has left: "a bill for a house I moved out of in January"
    (
        r"(?:bill|bills|billed|charge|charged|charges|invoice|invoiced|charging|billing)"
        r"(?: \S+){0,6}? (?:(?:i|we) (?:moved out of|left|sold|no longer (?:own|live in|rent))|"
        r"after (?:i|we) (?:had )?(?:moved out|left|sold))",
        -1.6,
        "wrong charge",
        "moved sold longer left",
    ),
    # sarcastic wonder set against a contrast: "amazing how you can take my money in seconds
    # but refunds take 6 weeks"
    (
        r"(?:amazing|funny|interesting|incredible|strange|odd) how (?:(?:fast|quick|quickly|"
        r"easily|keen|eager|prompt|promptly) )?(?:you|they|"
        r"your|the|it|i|we)(?: \S+){1,10}? but ",
        # heavy: the cue stands before the "but", where it (and the praise) counts half
        -4.0,
        "sarcasm",
        # not "love"/"great": common praise would send most thanks to the scan
        "amazing funny interesting incredible strange odd",
    ),
    # paying for one thing and getting less: "so I pay for 500 Mbps and get 20"
    (
        # a speed or a tier paid for ("pay for 2 lines and get 2 SIMs" is a question of fact)
        r"(?:pay|paying|paid) (?:for )?(?:\S+ ){0,3}?(?:mbps|mb|gb|meg|megs|gig|gigabit|premium|"
        r"fibre|fiber|superfast|ultrafast|unlimited|full|fast|speed|speeds)(?: \S+){0,3}? "
        r"(?:and|but) (?:only )?(?:get|getting|got|"
        r"receive|receiving) (?:\d+|a basic|basic|half|nothing|less|a fraction)"
        # "so I'm paying for a service I don't have"
        r"|(?:paying|pay|paid) for (?:a|an|the|something|things|stuff)(?: \w+){0,2}? "
        r"(?:i|we) (?:don't|do not|didn't|did not|never|can't|cannot) (?:have|use|get|receive|"
        r"want|need)",
        -1.6,
        "wrong charge",
        # the tier, not "pay"/"paid": common words
        "paying mbps mb gb meg megs gig gigabit superfast ultrafast",
    ),
    # news that came after the event: "the appointment letter arrived two days after the
    # appointment"
    (
        r"(?:arrived|came|turned up|delivered|received|got here)(?: \S+){0,3}? (?:after|too late "
        r"for) (?:the|my|our) (?:appointment|deadline|date|event|funeral|wedding|party|birthday|"
        r"meeting|due date|exam|operation|surgery|procedure|hearing|flight|move)"
        # Round 10: "Approval arrived 12 Sept, a week after I paid $1,140 out of pocket"
        r"|(?:arrived|came through|turned up|delivered|got here|was approved|approved|landed)"
        r"(?: \S+){0,4}? (?:a day|a week|a month|a fortnight|days|weeks|(?:\d+|two|three|four|"
        r"five|six|ten) (?:days|weeks|months)) after (?:i|we|i'd|we'd) (?:had )?(?:already )?"
        r"(?:paid|needed|asked|cancelled|canceled|left|gone|booked|bought|moved|had to)",
        -1.6,
        "no-show",
        # not "came"/"got" nor "appointment"/"surgery": a booking message would pay for the scan
        # "landed", not "approved" ("my reimbursement was approved" is good news)
        "arrived delivered deadline funeral wedding landed",
    ),
    # no change after a fix: "nope, same error code"
    (
        r"^(?:nope|nah|no) (?:still )?(?:the )?same",
        -1.6,
        "repeat contact",
        # "same", not "no": most messages hold a "no"
        "nope nah same",
    ),
    # a sarcastic gloss: "Brilliant customer service, if by brilliant you mean nonexistent"
    (
        # praise or a promise glossed ("if by tomorrow you mean Friday, that's fine" is not)
        r"if by (?:brilliant|great|excellent|fast|quick|quickly|helpful|good|amazing|fantastic|"
        r"efficient|prompt|promptly|support|service|help|care|soon|shortly|urgent|urgently|"
        r"priority|premium|express|immediately|asap|next day|same day|24 hours) you mean",
        -2.0,
        "counterfactual",
        "mean",
    ),
    # a supply switched off by the company: "you shut my service off on the 5th"
    (
        r"(?:you|they|you've|they've|u|you have|they have) (?:\S+ )?(?:shut|switched|turned|cut) "
        r"(?:off )?(?:my|our|the) (?:service|power|gas|electric|electricity|water|internet|"
        r"broadband|phone|line|heating|supply|account|card)(?: off)?",
        -1.6,
        "service cut",
        "shut switched turned",
    ),
    # a need gone unmet for a while: "has been without water since Monday"
    (
        r"(?:been|gone|left) without (?:\S+ ){1,3}?(?:since|for (?:a|an|\d|two|three|four|"
        r"five|six|several|days|weeks|over))",
        -1.6,
        "waiting",
        "without",
    ),
    # a rhetorical question about fairness: "how is this acceptable?", "how can you justify
    # that?", "in what world is that fair"
    (
        r"how (?:is|was|can|could|are|would|does) (?:this|that|it|any of this|you|they)"
        r"(?: \S+){0,2}? (?:be )?(?:acceptable|fair|legal|allowed|reasonable|justified|justify|"
        r"defend|ethical)|in what world (?:is|was|does)"
        # "who thinks a 40-minute hold is reasonable?"
        r"|who (?:thinks|thought|decided|decides|agreed|says|said)(?: \S+){0,8}? (?:is|was|are|"
        r"were|isn't|wasn't) (?:\S+ )?(?:acceptable|fair|reasonable|ok|okay|normal|justified)",
        -1.6,
        "grievance question",
        "acceptable fair legal allowed reasonable justified justify defend ethical world",
    ),
]

# Round 9: a tiny measured speed after a fix or a promise ("still 0.2 mbps", "fixed at 0.4
# Mbps"); irony about value or progress ("really getting my $90 worth huh", "truly the future of
# fibre"); two amounts set against each other (billed against agreed); a promised date against
# today's; a refund paid as credit; extras the customer had declined; the same papers asked for
# again.
_EN_SPEED = r"(?:mbps|mb/s|mbit|megs?)"
_EN_SPEED_TRIGGERS = " ".join(
    ["mbps", "kbps", "mb/s", "mbit", "meg", "megs", "bar", "bars"]
    + [
        f"{n}{unit}"
        for n in [*range(10), *(f"0.{d}" for d in range(1, 10)), *(f"{d}.5" for d in range(1, 10))]
        for unit in ("mbps", "kbps")
    ]
)
# an amount of money: two digits at least, and no unit of time or data after it (keys lose "$")
_EN_AMOUNT = (
    r"[£€]?\d[\d,]*\d(?:\.\d\d)?(?! ?(?:days?|weeks?|months?|years?|hours?|hrs?|mins?|minutes?|"
    r"lines?|gb|mb|mbps|am|pm|st|nd|rd|th|jan|january|feb|february|mar|march|apr|april|may|"
    r"jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\b)"
)
# Round 10: an estimate or a valuation is a figure agreed too ("Estimate said $400. Final bill
# $1,150.", "valued the damage at €9,000 and you've offered €2,500")
_EN_AGREED = (
    r"(?:contract|contracted|quote|quoted|agreed|advertised|promised|estimate|estimated|valued|"
    r"valuation|assessed)"
)
_EN_BILLED = (
    r"(?:bill|invoice|statement|charged|billed|debited|charge|payment|total|says|shows|showing|"
    r"came to|comes to|took|taken|charging|is|was|offered|offering|offer|paid out|settled)"
)
# the days of a month as ordinals ("1st" … "31st"), the triggers of a date set against today's
# a day of the month and, after "today is" or "it's now", a later one (a booking for the 12th
# asked about on the 10th is no broken promise)
_EN_LATER_DATE = "|".join(
    rf"{due}(?:st|nd|rd|th)(?: \S+){{0,10}}? (?:it's|it is|its|today is|today's|now it's|and "
    rf"it's|it's now|it is now|we're on|we are on|now|today) (?:the )?"
    rf"(?:{'|'.join(str(later) for later in range(due + 1, 32))})(?:st|nd|rd|th)"
    for due in range(1, 31)
)
# ... and a month against a later one ("Refund approved in March, it's now June")
_EN_MONTHS = split_words(
    "january february march april may june july august september october november december"
)
_EN_LATER_MONTH = "|".join(
    rf"{month}(?: \S+){{0,10}}? (?:it's|it is|its|now it's|and it's|it's now|it is now|we're in|"
    rf"we are in|we're now in|today is|today's) (?:the )?(?:\d{{1,2}}(?:st|nd|rd|th)? )?(?:of )?"
    rf"(?:{'|'.join(_EN_MONTHS[n + 1 :])})"
    for n, month in enumerate(_EN_MONTHS[:-1])
)
_EN_ORDINAL_TRIGGERS = " ".join(
    str(n) + ("th" if 10 < n < 14 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))
    for n in range(1, 32)
)
EN_CUES += [
    (
        # (not a bare "at" or "get": "is 5 Mbps normal on the basic plan?" asks)
        r"(?:still|only|just|barely|fixed at|getting|down to|whopping|blazing|massive|all of|"
        r"peaking at|averaging|crawling at|stuck at|now at) (?:a |an )?"
        r"(?:0?\.\d+|\d(?:\.\d+)?)(?: ?" + _EN_SPEED + r"|(?:\.\d+)?" + _EN_SPEED + r")"
        # an upload tier is no failure: "only 2 Mbps upload on this plan?"
        r"(?! (?:upload|up)\b)"
        r"|\d+(?:\.\d+)? ?kbps"
        # "still one bar of signal"
        r"|(?:still|only|just|barely|at most) (?:one|1|0|zero|a single) bars?"
        # the speed sold against the speed measured: "The advert said 900 Mbps. Speed test: 45."
        r"|(?:advertised|advert|ad|said|says|promised|paying for|pay for|sold|contract|package)"
        r"(?: \S+){0,4}? (?P<sold>\d+) ?" + _EN_SPEED + r"(?: \S+){0,8}? (?:speed test|speedtest|"
        r"getting|get|shows|showing|actual|actually|test|measured|reads)(?: \S+){0,3}? "
        r"(?!(?P=sold)\b)\d+(?:\.\d+)?",
        -1.6,
        "slow line",
        _EN_SPEED_TRIGGERS,
    ),
    (
        r"worth (?:huh|eh)|(?:truly|really|clearly|surely|honestly|basically|literally) the "
        r"future(?! of (?:the|my|our|this)\b)|(?:welcome to|living in) the future"
        r"|what a time to be alive"
        # praise taken back: "Amazing how fast you take payments, less amazing how you refund them."
        r"|(?:amazing|impressive|great|good|quick|fast) (?:\S+ ){0,10}?less (?:amazing|impressive|"
        r"quick|fast|great|good|keen|eager) (?:how|at|when)",
        -1.6,
        "incredulity",
        "huh eh future alive less",
    ),
    (
        # billed first: "First bill: $187.40. Contract says $120."
        r""
        + _EN_BILLED
        + r"(?: \S+){0,3}? (?P<billed>"
        + _EN_AMOUNT
        + r")(?: \S+){0,8}? "
        + _EN_AGREED
        + r"(?: \S+){0,3}? (?!(?P=billed)\b)"
        + _EN_AMOUNT
        # agreed first: "We were quoted £450 and the invoice says £520"
        + r"|"
        + _EN_AGREED
        + r"(?: \S+){0,5}? (?P<agreed>"
        + _EN_AMOUNT
        + r")(?: \S+){0,14}? "
        + _EN_BILLED
        + r"(?: \S+){0,3}? (?!(?P=agreed)\b)"
        + _EN_AMOUNT
        # a meter read against the bill: "Meter reading says 4512. You've billed me for 6120."
        + r"|(?:reading|meter)(?: \S+){0,5}? (?P<read>"
        + _EN_AMOUNT
        # Round 10: "Meter says 31,204. Bill says 33,900."
        + r")(?: \S+){0,10}? (?:billed|charged|invoiced|estimated|bill (?:says|shows))"
        + r"(?: \S+){0,4}? (?!(?P=read)\b)"
        + _EN_AMOUNT,
        -2.0,
        "wrong charge",
        # not "promised": common, and the scan is long
        "contract contracted quote quoted agreed advertised reading meter estimate estimated "
        "valued valuation assessed",
    ),
    (
        # a promised date against today's: "Delivery was promised for the 5th. Today is the 19th."
        r"(?:said|told|promised|assured|due|expected|guaranteed|supposed|booked|scheduled|"
        r"deadline|by)(?: \S+){0,6}? (?:the )?(?:" + _EN_LATER_DATE + ")"
        r"|(?:said|told|promised|assured|due|expected|approved|booked|scheduled|deadline|by|on|in|"
        r"for)(?: \S+){0,3}? (?:the )?(?:\d{1,2}(?:st|nd|rd|th)? )?(?:of )?(?:"
        + _EN_LATER_MONTH
        + ")",
        -1.6,
        "broken promise",
        # the months, not "may" (a common verb): the later month is another one
        _EN_ORDINAL_TRIGGERS + " " + " ".join(m for m in _EN_MONTHS if m != "may"),
    ),
    (
        # a refund paid as credit the customer can only spend with the company: "so the 'refund'
        # is a credit note I can only spend with you", "my refund as a voucher"
        r"(?:voucher|vouchers|credit note|store credit|gift card|account credit)(?: \S+){0,6}? "
        r"(?:i|we) can only (?:spend|use|redeem)|(?:refund|money back|refunded)(?: \S+){0,3}? "
        r"(?:as|is|was|in the form of|into) (?:a |an )?(?:voucher|credit note|store credit|gift "
        r"card)(?!(?: \S+){0,3}? (?:like|as) (?:i|we) (?:asked|requested|wanted))"
        r"|(?:i|we) can only (?:spend|use|redeem) (?:it |them )?(?:with|at|on) (?:you|your)",
        -1.6,
        "wrong charge",
        "voucher vouchers note gift spend redeem",
    ),
    (
        # "The extra lines are for items we declined on the day."
        r"(?:items|things|extras|services|lines|charges|add-ons|addons|products|options|"
        r"upgrades|stuff|extra) (?:\S+ ){0,3}?(?:that |which )?(?:we|i) (?:had |have )?"
        r"(?:specifically |already |explicitly |clearly )?(?:declined|refused|turned down)",
        -2.0,
        "wrong charge",
        "declined refused turned",
    ),
    (
        # "the same one I sent in January, February and March"
        r"(?:the )?same (?:one|ones|form|forms|thing|document|documents|details|info|"
        r"information|photo|photos|email|letter|papers|paperwork|evidence)(?: that)? (?:i|we) "
        r"(?:already |have already |had already |'ve already )?(?:sent|submitted|gave|provided|"
        r"uploaded|emailed|posted|filled)",
        -1.6,
        "repeat contact",
        "same",
    ),
    (
        # a refusal to pay the bill: "I will not be paying this." (not "I won't be paying this
        # month", a holiday, nor "not paying by card")
        r"(?:will not|won't|wont|am not|i'm not|im not|we're not|are not|not going to|refuse to) "
        r"(?:be )?(?:paying|pay) (?:for )?(?:this|that|it|them)(?! (?:month|week|year|time|by|via|"
        r"online|with|today|yet|now))",
        -1.6,
        "demand",
        "paying",
    ),
    (
        # contacts counted: "Six calls and I'm back to square one", "four emails later" (small
        # cues of their own: the nouns would send every "calls" to the long repeat-contact scan)
        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|countless|numerous|"
        r"a dozen) (?:calls|phone calls|emails|chats|letters) (?:and (?:still|no|nothing|not|never|"
        r"i'm|i am|we're|back|counting)|later|in|so far|since)",
        -1.6,
        "repeat contact",
        # not "calls": "nobody returned my calls" would pay for a scan
        "emails chats letters",
    ),
    (
        # the bank asked to take the money back: "I'll be contacting my bank to reverse it"
        r"(?:contact|contacting|call|calling|ring|ringing|going to|go to|speak to|speaking to|"
        r"talk to|talking to) (?:my|the) bank (?:to|and|about|for) (?:\S+ )?(?:reverse|dispute|"
        r"stop|cancel|block|recall|claw|chargeback|charge)"
        # "Fix it or I'm calling my bank."
        r"|(?:or|otherwise|or else) (?:i'm|i am|i'll|i will|we're|we'll) (?:be )?(?:calling|"
        r"ringing|contacting|going to|phoning) (?:my|the|our) bank"
        # Round 10, told as done: "my bank is disputing the direct debit", "instructed my bank to
        # dispute the payment" (the word "bank" first, its owner checked behind it)
        r"|bank(?:(?<=my bank)|(?<=the bank)|(?<=our bank)) (?:is|are|has|have|will|will be|"
        r"is now) (?:now )?(?:disputing|reversing|investigating|recalling|clawing|charging|"
        r"refunding|blocking|taking)"
        r"|(?:instructed|asked|told|getting|got) (?:my|the|our) bank to (?:dispute|reverse|"
        r"recall|cancel|block|stop|claw)",
        -2.1,
        "escalation threat",
        "bank",
    ),
    (
        # Round 10: "I've raised a chargeback", "opened a chargeback with my card provider"
        r"(?:raised|raising|opened|opening|filed|filing|lodged|lodging|started|starting|made|"
        r"making|initiated|initiating|requested|requesting) (?:a |an )?(?:chargeback|charge back)",
        -2.1,
        "escalation threat",
        "chargeback",
    ),
]

# Round 10: complaints in unseen situations, each cue written for its class. Nothing paid on a
# claim ("Paid to date: €0") and nothing came back ("0 answers"); less arriving than was sent
# ("topped up 1000 and only 600 showed"); a regulator or authority of any country named as the
# next step; money taken on top of a plan ("you also took the full balance"); a machine that
# kept the money; paying for a better tier and getting a worse one; a supply or account frozen
# by the company; a chargeback raised; the dead chased for money; a deadline set for the company
# ("you have until Friday"); a failure on a clock ("adverts every ten minutes"); hours in a place
# of waiting ("9 hours in A&E"); a run of failures ("three weeks running"); an order to pay, or
# the exit, as the other half of an order; disbelief closing the message ("Seriously?"). Some
# classes extend the cues above instead (the bank, "again", "expect", the amounts set against
# each other), and `_EN_AFTER_CUES` below holds those anchored on a rare phrase.
_EN_ZERO = r"(?:[£€₹]?0(?:\.00?)?|zero|nil)"
EN_CUES += [
    (
        # the amount paid on a claim, or refunded, is nothing ("0% interest" is a rate)
        r"(?:paid|paid out|payout|refunded|refund|reimbursed|credited|settled|received|"
        r"compensation|offered)(?: \S+){0,3}? " + _EN_ZERO + r"(?! ?(?:%|percent|interest|apr|fee|"
        r"fees|deposit|upfront|excess|balance|calls?|minutes?|data)\b)",
        -1.6,
        "unpaid",
        # the figure, not "zero" ("zero help from your team" is read as it is)
        "0 €0 £0 ₹0 0.00 €0.00 £0.00 0.0",
    ),
    (
        # nothing came back, counted: "12 calls. 4 agents. 0 answers."
        r"(?:0|zero|nil) (?:answers|replies|responses|callbacks|call backs|updates|help|progress|"
        r"solutions|emails back)",
        -1.6,
        "waiting",
        "0 zero",
    ),
    (
        # "topped up 1000 and only 600 showed up", "sent 5000 rupees and only 3000 was credited"
        r"(?:top up|topped up|topup|topped|paid|sent|transferred|deposited|loaded|added|put in|"
        r"recharged|recharge|paid in) (?:\S+ ){0,3}?(?P<sent>[£€₹]?\d[\d,.]*)(?: \S+){0,6}? "
        r"(?:only|just) (?:got |received |arrived |came |\S+ )?(?!(?P=sent)\b)[£€₹]?\d[\d,.]*",
        -1.6,
        "wrong charge",
        # the sending, not "only" (a common word)
        "topped top topup recharged recharge deposited transferred credited loaded",
    ),
    (
        # a regulator, authority or tribunal of any country as the next step: "I will report to
        # the Communications Authority", "complaint going to ACMA", "reported you to ComReg"
        r"(?:report|reporting|reported|complain|complaining|complained|complaint|escalate|"
        r"escalating|escalated|refer|referring|take|taking|going|lodge|lodging|file|filing)"
        r"(?: \S+){0,6}? (?:the )?(?:\S+ )?(?:authority|commission|tribunal|regulator|ombudsman)"
        r"|(?:report|reporting|reported|contact|contacting|complain|complaining|complained|"
        r"complaint|escalate|escalating|escalated|refer|referring|take|taking|going|lodge|"
        r"lodging|file|filing|write|writing|writing to|tell|telling|raise|raising)(?: \S+){0,6}? "
        # the regulators by their initials (UK, Ireland, US, Australia, India)
        r"(?:the )?(?:acma|accc|afca|tio|comreg|ccpc|fspo|cru|trai|irdai|rbi|sebi|fcc|ico|ewon|"
        r"ewov|puc|cpuc|asa|ofcom|ofgem|ofwat|fca|fos|cqc|ftc|cfpb)\b",
        -2.1,
        "escalation threat",
        "authority commission tribunal regulator acma accc afca tio comreg ccpc fspo cru trai "
        "irdai rbi sebi fcc ico ewon ewov puc cpuc asa",
    ),
    (
        # money taken on top of what was agreed: "you also took the full $1,800 on the 2nd",
        # "then charged the whole balance in one go"
        # (the rare word first, and its lookbehinds after it: they are tried where it matched,
        # not at every place in the message)
        r"(?:also|additionally)(?<!\bi also)(?<!\bwe also)(?<!\bi additionally) (?:took|taken|"
        r"charged|debited|billed|deducted|collected|withdrew|pulled)"
        r"|(?:took|taken|charged|debited|deducted|collected|withdrew|pulled)(?: \S+){0,3}? "
        r"(?:in one go|all at once|in one lump|in a lump sum)",
        -1.6,
        "wrong charge",
        # not "full" or "whole" ("I have full coverage")
        "also additionally once lump",
    ),
    (
        # a machine that kept the money or the card: "the parking machine ate £40"
        # (not "took" or "kept": "the meter took my card payment fine", "the app kept my card")
        r"(?:machine|atm|meter|kiosk|terminal|app|till|slot|it) (?:ate|swallowed|has eaten|"
        r"eaten|has swallowed) (?:my )?(?:card|money|cash|coins|[£€₹]?\d[\d,.]*)",
        -1.6,
        "wrong charge",
        "ate swallowed eaten machine atm kiosk",
    ),
    (
        # a better tier paid for and a worse one given: "paid for a window seat, got a middle
        # seat", "I pay for the ad-free tier and get adverts", "paid extra for express shipping
        # and it came in 9 days"
        r"(?:pay|paid|paying|pays)(?: extra| more| double)? for (?:a |an |the |my |our )?"
        r"(?:\S+ )?(?:express|premium|priority|ad-free|window|aisle|legroom|upgrade|upgraded|"
        r"deluxe|vip|platinum|tracked|superfast|ultrafast|unlimited|fast-track|next-day|"
        r"same-day|business class|first class|sea view)(?: \S+){0,6}? "
        r"(?:(?:and|but|yet) )?(?:(?:still|instead|only) )?"
        r"(?:(?:i |we )?(?:got|get|getting|received|given|gave)(?: us| me)? (?:a |an |the )?"
        r"(?:middle|standard|basic|economy|normal|"
        r"regular|adverts|ads|nothing|half|less|no|slower|worse|a room|a view of)"
        r"|(?:it |they |he |she )?(?:came|arrived|took|turned up|got here|was delivered) "
        r"(?:in |after |over )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a week|"
        r"weeks|days))",
        -1.8,
        "wrong charge",
        # not "premium", "upgrade" or "unlimited" (common in plan questions)
        "express priority ad-free window aisle legroom deluxe vip platinum tracked superfast "
        "ultrafast fast-track next-day same-day",
    ),
    (
        # a supply or account frozen by the company: "your bank froze my account", "they've
        # suspended my line" (a card blocked at the customer's request is thanked for)
        r"(?:you|they|you've|they've|you have|they have|bank|u|your \S+|the \S+) "
        r"(?:have |has |just |then |now )?(?:froze|frozen|blocked|suspended|locked|restricted|"
        r"deactivated|disabled|cut off|barred) (?:my|our) (?:\S+ )?(?:account|accounts|card|cards|"
        r"line|sim|number|policy|service|phone|broadband|internet|membership|access|meter|supply|"
        r"wages|salary|benefits|pension)",
        -1.6,
        "service cut",
        "froze frozen blocked suspended locked restricted deactivated disabled barred",
    ),
    (
        # the dead chased for money: "we buried my wife on tuesday and today a letter chasing
        # her for an overdue bill", "final notice sent to a man who died in April" (arrears
        # named calmly by the bereaved are procedure: "there are arrears on his account, how do
        # I settle them?")
        r"(?:final (?:notice|demand|reminder)|late (?:payment )?fee|bailiffs?|debt collectors?|"
        r"collections? agency|threatening|demanding payment)(?: \S+){0,10}? (?:who|that|he|she) "
        r"(?:died|passed away|has died|is dead|was dead|had died)"
        r"|(?:died|passed away|buried|cremated|funeral|death certificate|deceased|late "
        r"(?:husband|wife|father|mother|son|daughter|partner|husband's|wife's|father's|"
        r"mother's|son's|daughter's|partner's|mum|mum's|dad|dad's))(?: \S+){0,24}? "
        r"(?:chasing (?:him|her|them|my|his|for)|final (?:notice|demand|reminder)|"
        r"late (?:payment )?fee|bailiffs|debt collectors?|threatening|demanding (?:payment|money))",
        -1.8,
        "grievance",
        # the dunning, not the death (a bereaved message asking what a claim needs pays no scan)
        "chasing bailiff bailiffs collector collectors threatening demanding final",
    ),
    (
        # a deadline set for the company: "You have until Friday to refund me in full", "I want
        # a callback from a manager before close of business" (with "expect", the round-8
        # cue: "I expect this resolved within 48 hours"); not a question of when: "you have
        # until when to receive the forms?"; not "end of day": "end" and "day" are too common
        # to trigger a scan
        r"you (?:have|'ve got|have got) (?:until|till|untill)(?! when) (?:\S+ ){0,3}?to\b"
        r"|(?:i|we) want(?: \S+){1,8}? (?:before|by) (?:close of business|cob|eod|eob)",
        -1.6,
        "demand",
        "until till untill cob eod eob",
    ),
    (
        # a failure that comes back on a clock: "adverts every ten minutes", "it reboots every
        # few minutes" (a frequency in hours or months is a schedule: "remind me every 3 months")
        # (not a schedule: "can the app refresh every 5 minutes?", "buses run every ten minutes")
        r"every(?<!refresh every)(?<!sync every)(?<!update every)(?<!check every)"
        r"(?<!updated every)(?<!updates every)(?<!refreshed every)(?<!refreshes every)"
        r"(?<!runs every)(?<!run every)(?<!come every)(?<!comes every)(?<!remind me every) "
        r"(?:(?:\d+|few|couple of|two|three|four|five|ten|fifteen|twenty|thirty) (?:seconds|secs|"
        r"minutes|mins)|(?:single )?(?:minute|second))",
        -1.6,
        "repeat contact",
        "every",
    ),
    (
        # the time spent in a place of waiting: "9 hours in A&E", "six hours on a trolley",
        # "14 hours at the airport with two kids"
        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many) "
        r"(?:hours|hrs) (?:in|at|on) (?:a |the )?(?:a&e|er|emergency|casualty|waiting room|"
        r"trolley|corridor)"
        # a place of travel only when the customer was stuck there ("we'll be 3 hours at the
        # airport before boarding, is there a lounge?" plans)
        r"|(?:stuck|stranded|sat|sitting|waited|waiting|left|kept|spent|been) (?:\S+ ){0,3}?"
        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many) "
        r"(?:hours|hrs) (?:in|at|on) (?:a |the )?(?:airport|terminal|gate|departure lounge|"
        r"station|platform|tarmac|plane)",
        -1.9,
        "waiting",
        # the places, not "waiting" or "queue" (common in complaints that a cue already reads)
        "a&e casualty trolley corridor airport terminal lounge tarmac platform",
    ),
    (
        # disbelief closing the message: "A £25 admin fee to update my address. Seriously?"
        r"(?:^|(?<= ))seriously$",
        -1.6,
        "incredulity",
        "seriously",
    ),
    (
        # a run of failures: "skipped our street three weeks running", "four days in a row"
        r"(?:two|three|four|five|six|\d+) (?:weeks|days|months|times|nights|mornings|collections|"
        r"visits) (?:running|in a row|on the trot|straight)",
        -1.6,
        "repeat contact",
        "running row trot",
    ),
    (
        # an order to pay that stands alone: "Reimburse the orthodontic claim. Invoice was sent."
        # (not with "please")
        r"^(?:reimburse|repay|compensate|settle|pay out) (?:the|my|our|me|us|this|it)\b"
        r"(?!.* (?:please|pls|kindly)\b)",
        -1.6,
        "demand",
        "reimburse repay compensate settle",
    ),
    (
        # an exit as the other half of an order: "Send a working router by Friday or close the
        # account", "fix it or cancel my contract"
        # (an order opens the message: "should I pay the balance or close the account?" asks)
        r"^(?:get|fix|send|sort|refund|reverse|restore|reconnect|pay|credit|return|give|waive|"
        r"remove|stop|put|repair|replace|deliver|reimburse|make|have)\b(?: \S+){0,14}? "
        r"(?:or|otherwise|or else) (?:just )?(?:close|cancel|terminate|end) (?:the|my|our|this) "
        r"(?:account|contract|service|policy|subscription|plan|membership|line)",
        -2.1,
        "ultimatum",
        "close cancel terminate",
    ),
]


class _AfterPattern:
    """A cue anchored on a rare phrase (`tail`) that counts only after a word of `head` in the
    few words before it. The rare phrase is searched first, so a common head word ("fixed",
    "took") costs no scan in the many messages that hold it without the phrase."""

    def __init__(self, tail: str, head: str, reach: int = 60) -> None:
        self.tail = re.compile(rf"\b(?:{tail})\b")
        self.head = re.compile(rf"\b(?:{head})\b")
        self.reach = reach  # characters before the phrase where the head word may stand

    def finditer(self, text: str):
        return (
            match
            for match in self.tail.finditer(text)
            if self.head.search(text, max(0, match.start() - self.reach), match.start())
        )

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


# Round 10 cues read through `_AfterPattern`: (tail, head, valence, rule, triggers)
_EN_AFTER_CUES = [
    (
        # a payment that came later than its day: "the pension landed on the 11th not the 1st"
        # (not "can the payment come out on the 5th instead of the 1st?": it has not come)
        r"(?:on|by) the (?P<late>\d{1,2})(?:st|nd|rd|th) (?:not|instead of|rather than) the "
        r"(?!(?P=late)\b)\d{1,2}(?:st|nd|rd|th)",
        r"landed|arrived|came|came in|went in|showed up|turned up|got here|hit my account|"
        r"was paid|got paid|credited",
        -1.6,
        "broken promise",
        _EN_ORDINAL_TRIGGERS,
    ),
    (
        # a thing sold as free that costs: "so the \"free\" upgrade costs me £15 a month now?",
        # "the complimentary check was charged at £60" (not "is the free check charged if I
        # cancel?": a question of terms); the cost is the trigger, not "free" (common)
        r"costs|costing|now costs|was charged|were charged|has been charged|got charged|"
        r"was billed",
        r"free|complimentary|no-cost",
        -1.6,
        "wrong charge",
        "costs costing charged billed",
    ),
    (
        # a fix that lasted no time: "thanks for fixing my internet... for a whole 40 minutes",
        # "fixed for a full lunchtime", "the update lasted a grand total of one day" (ironic: the
        # praise and thanks beside it turn negative)
        r"(?:a whole|a full|an entire|a grand total of|a solid|a glorious|all of a|a staggering) "
        r"(?:\d+ |one |two |three |four |five |ten |twenty |thirty |forty |half an? |half a )?"
        # (a week or more may be sincere: "working for a whole week now, thank you")
        r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|lunchtime|afternoon|morning|evening|night)",
        r"fixed|fixing|fix|worked|working|lasted|sorted|repaired|restored|back|stable|connected|"
        r"reconnected|running|held|up",
        -1.6,
        "incredulity",
        # the rare phrase is searched first, so "full coverage" costs one short scan
        "whole full entire grand solid glorious staggering",
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
            "honour honoured honor honored heard hear changed exist exists existed "
            # "Nobody rang.", "no one phoned back"
            # (not "phoned"/"visited": "I haven't visited the branch yet" is the customer's own)
            "rang rung picks picking "
            # Round 10: "now it doesn't connect at all", "the page won't load", "no certificate
            # issued" (not the past "connected"/"loaded": "I haven't connected it yet" is the
            # customer's own)
            "connect connects connecting load loads loading boot boots booting sync syncs issued "
            "credited"
        ),
        -1.8,
    ),
}


EN_PROMISE_WORDS = frozenset(
    split_words(
        "unlimited fixed processed resolved sorted immediate instant express free guaranteed "
        "priority premium fast superfast quick same-day next-day 24/7 refunded dispatched "
        "delivered support care help working upgrade upgraded processing fast-track priority "
        # "the claim has been 'under review' since June", "the 'on the way' text"
        "review pending progress investigating investigation escalated way shortly soon urgent "
        # "so the 'refund' is a credit note", "a callback 'within 24 hours'"
        "refund within compensation"
    )
)


@functools.cache
def english() -> LanguageRules:
    lexicon = dict(vader_lexicon())
    lexicon.update(read_tsv(LEXICON_DIR / "en_overrides.tsv"))
    idioms = read_tsv(LEXICON_DIR / "en_idioms.tsv")
    lexicon.update(idioms)
    lexicon.update(emoticons())
    # VADER's number and code slang reads postcodes and references ("Leeds LS6 2QT", "London N1",
    # "ref 187") as feelings: only the spelled-out slang ("gr8", "h8") is kept
    for code in split_words("1337 143 1432 14aa41 182 187 2qt 4col 5fs 86 8d d8 g1 n1 m8 gn8"):
        lexicon.pop(code, None)
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
            # "thanks very much for your help": the emphatic forms still thank for something
            "thanks very much",
            "thank you very much",
            "thanks ever so much",
            "thank you ever so much",
            "thanks a million",
            "thank you kindly",
            # British sign-off thanks: a courtesy like "thanks" ("Cheers, I'll try that")
            "cheers",
            # Round 10: a blessing thanks ("Bless you for getting the leak fixed"), and thanks
            # in the customer's other language inside an English message ("Asante sana.")
            "bless you",
            "god bless you",
            "bless you all",
            "asante",
            "asante sana",
            "merci",
            "merci beaucoup",
            "danke",
            "danke schön",
            "grazie",
            "obrigado",
            "obrigada",
            "shukran",
            "dhanyavaad",
            "dhanyavad",
            "dhanyawad",
            "mahalo",
            "diolch",
            "arigato",
        ]
    )
    for word in thanks:
        lexicon.setdefault(word, 1.9)
    lexicon["thank you"] = 1.9
    lexicon["many thanks"] = 2.2
    lexicon["thank you so much"] = 2.4
    lexicon["thanks so much"] = 2.4
    lexicon["thank you all so much"] = 2.4
    for word in ("thanks very much", "thank you very much", "thanks ever so much"):
        lexicon[word] = 2.4
    lexicon["thank you ever so much"] = 2.4
    lexicon["thanks a million"] = 2.6
    # "asante sana", "merci beaucoup": the emphatic forms, like "thanks so much"
    for word in ("asante sana", "merci beaucoup", "danke schön"):
        lexicon[word] = 2.4
    cues = compile_cues(EN_CUES) + tuple(
        Cue(_AfterPattern(tail, head), valence * CUE_WEIGHT, rule, frozenset(words.split()))
        for tail, head, valence, rule, words in _EN_AFTER_CUES
    )
    function_phrases = [k for k in list(EN_NEGATORS) + list(EN_BOOSTERS) if " " in k]
    return LanguageRules(
        code="en",
        lexicon=lexicon,
        phrases=build_phrases(*idioms, *function_phrases, *thanks, "thank you"),
        negators=EN_NEGATORS,
        negator_valence={
            "nobody": -1.3,
            "no one": -1.3,
            "noone": -1.3,
            "never": -0.6,
            "not once": -1.3,
        },
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
            # thanks to a whole team is gratitude, not a courtesy: "Got the cheque, thank you all"
            + ["thank you all", "thanks all", "thanks everyone", "thank you everyone"]
            + ["thanks very much", "thank you very much", "thanks ever so much"]
            + ["thank you ever so much", "thanks a million"]
            + ["asante sana", "merci beaucoup", "danke schön", "god bless you", "bless you all"]
        ),
        acknowledgements=frozenset(
            split_words("ok okay okey k kk noted understood received")
            + ["got it", "will do"]
            # Round 10: accepting a slot ("Tuesday 3pm suits, ta.")
            + ["suits", "works for me", "sounds good"]
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
            # congratulations on a failure: "well done, you've lost my parcel again"
            + ["well done", "good job", "great job", "nice job", "nice work", "bravo", "kudos"]
            # "…because your website was down. Genius.", "Forty days to answer one email. Stellar."
            + ["genius", "stellar"]
            # "…that showed up after 6 days. Impressive.", "Very comforting."
            + ["impressive", "comforting", "reassuring"]
            # "really appreciate being cut off", "so helpful of you to…" ("top marks" closes
            # sincere surprise too: "never had a reply on a Sunday before, top marks")
            + ["appreciate", "helpful"]
            # applause in a complaint claps at it
            + ["👏"]
            # Round 10: British "cracking" ("Cracking service, the app logged me out…")
            + ["cracking"]
            # Round 10: "Loving the hold music, 55 minutes and counting", "great value, adverts
            # every five minutes"
            + ["loving", "enjoying", "great value", "good value", "value for money"]
            + ["excellent value", "cheers"]
        ),
        sarcastic_tags=frozenset(
            [
                "good to know",
                "that's great",
                "thats great",
                "that's just great",
                "cool cool",
                # Round 9, after a complaint: "…a credit note I can only spend with you. Cheers
                # for that."
                "cheers for that",
                "great stuff",
                "living the dream",
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
                # "…a voucher I can only spend with you. how generous."
                "how generous",
                "very generous",
                "so generous",
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
            r"wrote|given|gave|spelt|spelled|filled|selected|ticked|picked|clicked|keyed|"
            # "I paid into the wrong account number"
            r"paid|sent|transferred|dialled|dialed|chose|booked|ordered|used|input|inputted|"
            # Round 10: "I set the wrong date for my direct debit", "I scheduled it wrong"
            r"set|scheduled|uploaded|attached|registered|linked|added|saved|made|took|read)"
            r"(?: \S+){0,4}? (?:wrong|wrongly|incorrectly|incorrect)\b"
        ),
        self_slip=frozenset(
            ["forgot to mention", "forgot to add", "forgot to attach", "my mistake", "my bad"]
            + ["i forgot", "forgot my"]
        ),
        apologies=frozenset(
            ["sorry", "apologies", "apologise", "apologize", "my mistake", "my bad", "oops"]
            + ["whoops", "my fault"]
            # Round 10: "My own fault, I forgot to top up", "my own mistake, I booked the wrong
            # date"
            + ["my own fault", "my own mistake", "my own error"]
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
            # British "ta": thanks ("Brill, ta")
            "ta": ("thanks",),
            # Irish "ye" is the plural "you": "the day after ye told us it was sorted"
            "ye": ("you",),
            "idk": ("i", "don't", "know"),
            "tysm": ("thank", "you", "so", "much"),
            "tyvm": ("thank", "you", "so", "much"),
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
                "porters carer carers paramedics "
                # Round 10: "The funeral director was kind, I'll give him that. The invoice…"
                "director undertaker undertakers arranger assessor adjuster adjustor surveyor "
                "installer installers fitter fitters plumber electrician"
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
                "marvelous superb fabulous terrific amazing stellar splendid fab cracking"
            )
            + ["nice one", "perfect timing", "👏", "well done", "good job", "bravo", "kudos"]
            + ["genius"]
        ),
        failure_fact=re.compile(
            r"\b(?:empty|smashed|broken|crushed|cracked|damaged|(?:is|was|arrived|came) dead|"
            r"missing|(?<!i )(?<!i've )(?<!we )lost|never (?:came|arrived|showed|turned up)|"
            r"(?:nobody|no one) (?:came|called|showed|turned up)|stopped working|overcharged|"
            r"charged (?:me )?twice|"
            r"double charged|estimated (?:reading|bill)|wrong (?:item|size|colour|color|order)|"
            # Round 10: "the new card arrived already expired", "left my prescription on the
            # doorstep in the rain", "sent to the wrong address"
            r"(?:arrived|came|is|was) (?:already )?(?:expired|out of date|soaked|opened)|"
            r"(?:left|dumped|thrown)(?: \S+){0,6}? (?:in the rain|over the fence|in the bin|"
            r"on the doorstep|on the step|outside)|wrong (?:address|house|flat|name|person|plot|"
            r"grave|part|model)|"
            # "your website was down", "Nobody rang."
            r"(?:website|site|app|system|portal|phones|phone line) (?:was|is|went|were|are) down|"
            r"(?:nobody|no one) (?:rang|answered|picked up|replied|got back)|"
            # Round 10: the replacement is the one that failed: "the exact same model that died"
            r"(?:same|identical) (?:\S+ ){0,2}?(?:that|which) (?:died|failed|broke|stopped working|"
            r"packed up|gave up|keeps failing))\b"
        ),
        ironic_tag=re.compile(
            r"\b(?:love that for me|thanks for nothing|just what i needed|just what i need)\b"
        ),
        irony_triggers=frozenset(
            split_words(
                "empty smashed broken crushed cracked damaged dead missing lost never nobody no "
                "stopped overcharged charged estimated wrong love nothing need needed down same "
                "identical expired date soaked opened left dumped thrown"
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
            + ["want this fixed", "need this resolved", "need it resolved", "want it fixed"]
            + ["want this sorted", "want it sorted", "want this resolved", "want it resolved"]
            # "Get it sorted. Today."
            + ["get it sorted", "get this sorted"]
        ),
        demand_imperatives=frozenset(
            split_words("fix refund sort send cancel reverse remove")
            # "Reconnect the power TODAY.", "Waive it. Now."
            + split_words("reconnect restore return waive reinstate credit release repay unblock")
            # "Put the money back. Today.", "Pay me back today."
            + split_words("put pay give")
            # "Get me someone who actually knows. Now.", "Close the account. Effective immediately."
            + split_words("get close terminate")
            # Round 10: "Take the fee off. Now.", "Supervisor. Now.": an order or the person asked
            # for, with urgency
            + split_words("take drop stop supervisor manager")
        ),
        demand_now=re.compile(
            r"(?:^| )(?:now|today|immediately|asap|right now|right away|straight away|at once|"
            # "a callback within the hour", "back in my account by tonight"
            r"within the (?:hour|day)|by (?:tonight|the end of (?:the )?day|end of (?:the )?day)|"
            # a deadline: "Reconnect the line by 5pm."
            r"by (?:" + _EN_CLOCK + r"|noon|midday|tomorrow))"
            # "Fix it today, not next week."
            r"(?: not (?:next (?:week|month)|tomorrow|later|" + _EN_WEEKDAY + r"))?$"
        ),
        demand_now_words=frozenset(
            split_words("now today immediately asap away once hour tonight tomorrow noon midday")
            + split_words("week afternoon morning evening")
            + _EN_CLOCK_TRIGGERS.split()
            # idioms joined into one key
            + ["effective immediately", "with immediate effect"]
        ),
        promise_words=EN_PROMISE_WORDS,
        distress=frozenset(
            ["can't breathe", "cannot breathe", "can't stop crying"]
            + ["cant stop crying", "can't think straight", "cannot think straight"]
            # "Sorry, I thought I could do this calmly. I'm completely falling apart."
            + [
                "falling apart",
                "can't cope",
                "cannot cope",
                "begging you",
                "in tears",
                "i'm begging",
            ]
            # "Sorry, I'm shaking as I type this"
            + ["i'm shaking", "i am shaking", "hands are shaking", "can't stop worrying"]
        ),
        # "Refund. Now.", "I want it cancelled. Today.": the urgency as a sentence of its own
        urgency_alone=re.compile(
            r"(?:right )?now|today|immediately|asap|at once|right away|straight away|"
            r"this (?:minute|instant)|"
            # "Send an engineer. Tomorrow. Not next week.", "Close it. Effective immediately."
            r"tomorrow|(?:by )?tomorrow (?:morning|latest|at the latest)|effective immediately|"
            r"with immediate effect|not (?:next (?:week|month)|later)|"
            # "Send someone out. This week, not next month."
            r"this (?:week|afternoon|morning|evening)(?: please)?"
        ),
        # facts as plain as a broken parcel: praise heading a clause beside them is ironic
        # ("really great service" after "the text came at 8 and it's now 3pm"). Not a wait or a
        # repeat: "perfect, I'll wait 2 days then" is sincere.
        failure_rules=frozenset(
            ["wrong charge", "no-show", "missed time", "lost record", "service cut"]
            # Round 9: "Fixed at 0.4 Mbps" beside "oh it's fixed alright"
            + ["slow line"]
        ),
    )
