"""Round 9, English: each rule with paraphrases it must catch and look-alikes it must leave alone.

The sentences are our own, written for the rule (not copied from the evaluation sets). A turn
must score low enough for the tone watch to alert on it after calm messages (about -0.44).
"""

import pytest

from sentiment.engine import analyze
from sentiment.tone import ToneState, observe

TURN = -0.44


def score(text: str) -> float:
    return analyze(text, prior="en").compound


def label(text: str) -> str:
    return analyze(text, prior="en").label


# rule -> (paraphrases it must catch as a turn, look-alikes that must stay non-negative)
CASES = {
    "tiny speed after a fix": (
        [
            "oh wonderful, down to 0.8 Mbps tonight",
            "Line's been repaired. Now at 0.9 Mbps.",
            "oh lovely, getting 0.5mbps again tonight",
            "Still one bar of signal in the kitchen. Fantastic.",
        ],
        [
            "Speed test shows 480 Mbps now, thank you!",
            "Is 8 Mbps the upload speed on the basic plan?",
        ],
    ),
    "irony about value or progress": (
        [
            "Paying £70 a month for this. Really getting my money's worth eh",
            "Dropped out four times during one call. Truly the future of telecoms.",
            "Three apps to pay one bill. What a time to be alive.",
        ],
        [
            "Will fibre be available on my street in the future?",
            "Is the premium plan worth it for two people?",
        ],
    ),
    "two amounts set against each other": (
        [
            "Quoted £450 for the boiler service. Invoice says £610.",
            "Statement shows 92.50. We agreed 60 a month.",
            "The advertised price was 29.99 and I was charged 44.99",
        ],
        [
            "We agreed £450 for the service, invoice attached for your records.",
            "The quote says 450 and the invoice says 450, all good thanks.",
        ],
    ),
    "extras the customer declined": (
        [
            "The bill has three extras we refused at the door.",
            "You've charged for items I declined when I ordered.",
            "There are add-ons on here that we turned down on the phone.",
        ],
        [
            "My card was declined, can I pay another way?",
            "Which items can I add to the order?",
        ],
    ),
    "the same papers sent again": (
        [
            "You want the same form I already submitted twice in May.",
            "This is the same evidence we sent you in March.",
            "Being asked for the same documents I uploaded last week.",
        ],
        [
            "Is this the same form as last year?",
            "Same address as before please.",
        ],
    ),
    "a late arrival counted in days": (
        [
            "The 'next day' parts turned up after 9 days.",
            "Your reply came after 12 days. Wonderful.",
            "The callback finally rang after five days.",
        ],
        [
            "The refund arrived after 3 days, thanks.",
            "The parcel arrived after lunch.",
        ],
    ),
    "the time now and nobody came": (
        [
            "It's now 5pm. No courier, no update.",
            "It's gone 2pm and nobody has shown up.",
            "It is now Friday 11am. Still no engineer.",
        ],
        [
            "It's now 5pm here, so I'll call tomorrow.",
            "It's now 3pm in Sydney, is the line open?",
        ],
    ),
    "a promised date against today's": (
        [
            "Expected delivery the 5th. Today is the 19th.",
            "Told the refund would land by the 3rd, it's now the 21st.",
            "The parcel was due on the 2nd and we're on the 15th.",
        ],
        [
            "The delivery is booked for the 5th, could you confirm the time?",
            "My birthday is on the 5th, can it arrive before then?",
        ],
    ),
    "curt demand with a day or deadline": (
        [
            "Get someone out here. Now.",
            "Send a new router. Tomorrow.",
            "Restore the service by 6pm.",
            "Close the account. Effective immediately.",
        ],
        [
            "Please send a new router tomorrow.",
            "Can you restore the service by 6pm?",
        ],
    ),
    "the money taken and no more apologies": (
        [
            "I don't want credit. I want the money you took back.",
            "I don't want another apology, I want it fixed.",
            "We don't need more excuses, we need a date.",
        ],
        [
            "Thanks for the apology, that's all fine.",
            "Where can I see the money you took for the deposit?",
        ],
    ),
    "ultimatum": (
        [
            "Refund it or I'm disputing the charge with my card issuer.",
            "Unless it's reconnected by Friday I'm switching.",
            "Fix it or I'm calling my bank.",
        ],
        [
            "Or I'm happy to wait till Monday, either works.",
            "Should I switch to the annual plan or stay monthly?",
        ],
    ),
    "anxiety: dread and sleeplessness": (
        [
            "I've hardly slept since the biopsy.",
            "I haven't slept since the letter came.",
            "Not slept a wink since they rang.",
        ],
        [
            "The baby finally slept, so I can talk now.",
            "I'm thinking the weekend works best for the visit.",
        ],
    ),
    "feeling words for how they were treated": (
        [
            "Honestly, I felt like a number the whole time.",
            "We trusted you with her care and felt dismissed at every turn.",
            "The whole visit felt rushed and cold.",
        ],
        [
            "What's my customer number?",
            "We trusted you with the house keys, please return them when done.",
        ],
    ),
    "contacts counted": (
        [
            "Four emails later I'm back where I started.",
            "Six emails so far this week about one bill.",
            "Three chats and I'm none the wiser.",
        ],
        [
            "Can I have two emails on the account?",
            "I've sent three emails and got a reply, thanks, all sorted.",
        ],
    ),
    "a booked day against today's": (
        [
            "The plumber was booked for Tuesday. It's Friday.",
            "Survey scheduled for Monday, it's now Wednesday.",
            "Collection was due Friday and it's Sunday.",
        ],
        [
            "The engineer is booked for Monday, what time should I expect him?",
            "It's Monday today and the visit is booked for Friday, thanks.",
        ],
    ),
    "the bank asked to take the money back": (
        [
            "I'm calling my bank to dispute this charge.",
            "Speaking to my bank about a chargeback tomorrow.",
            "I'll ring the bank and stop every payment to you.",
        ],
        [
            "Should I call my bank to update the card?",
            "Can I pay through my bank app?",
        ],
    ),
    "the direct debit cancelled": (
        [
            "We're cancelling the direct debit.",
            "I'm cancelling my standing order with you.",
            "Cancelling our direct debit as of now.",
        ],
        [
            "Can I cancel the direct debit and pay by card instead?",
            "How do I cancel my direct debit?",
        ],
    ),
    "a meter reading against the bill": (
        [
            "Meter reading says 4512. You've billed me for 6120.",
            "My reading was 10233 and you estimated 11900.",
            "The reading on the 1st was 5520 and I've been charged for 6400.",
        ],
        [
            "Meter reading today is 04512, previous was 04388.",
            "My reading is 5520, can you update the bill?",
        ],
    ),
    "no more apologies, an answer": (
        [
            "I want a date. Not another apology.",
            "Answer my email.",
            "Just answer the question.",
        ],
        [
            "An apology isn't needed, all good now.",
            "Could you answer my question about roaming?",
        ],
    ),
    "a sarcastic sign-off after a complaint": (
        [
            "So the upgrade killed my wifi. Cheers for that.",
            "The update broke my banking app. Great stuff.",
            "Router reset itself overnight and lost my settings. Cheers for that.",
        ],
        [
            "Cheers for that, have a good day.",
            "Great stuff, thanks for sorting it so fast!",
        ],
    ),
    "praise taken back": (
        [
            "Amazing how fast you take payments, less amazing how you refund them.",
            "Great at sending bills, less great at answering emails.",
            "Quick to cut us off, less quick when it comes to reconnecting.",
        ],
        [
            "Less than an hour to fix, great job.",
            "Amazing how quickly you fixed it, thank you so much!",
        ],
    ),
    "the days counted since an estimate": (
        [
            "I was quoted 3 days. Day 11.",
            "Told 5 working days. We're on day 14.",
            "Estimated 7 days. It's day 19.",
        ],
        [
            "Refund takes 5 days, it's day 2 today so fine",
            "Can I have 3 days to decide? Day 1 is Monday.",
        ],
    ),
    "nobody came": (
        [
            "Your text said 8am-12pm. Nobody came.",
            "Waited in all afternoon and no one came.",
            "Booked the survey for Tuesday morning, nobody showed.",
        ],
        [
            "Nobody came to the door but the parcel was left safely, thanks.",
            "Did anyone come for the meter reading?",
        ],
    ),
    "a refusal to pay": (
        [
            "I will not be paying this.",
            "We won't be paying for this.",
            "I'm not paying this until someone explains it.",
        ],
        [
            "I won't be paying by card this time, I'll use a transfer.",
            "I won't be paying this month, I'm on a payment holiday.",
        ],
    ),
    "the speed sold against the speed measured": (
        [
            "The advert said 900 Mbps. Speed test: 45.",
            "Paying for 500 Mbps, speedtest shows 38.",
            "Contract says 150 Mbps and I'm getting 12.",
        ],
        [
            "The package says 500 Mbps and I'm getting 500 Mbps, great.",
            "Is the 900 Mbps plan available at my address?",
        ],
    ),
    "urgency as a clause of its own: this week": (
        [
            "Fix it. This week.",
            "Send an engineer this week, not next month.",
            "Refund the deposit. This week.",
        ],
        [
            "Send the invoice this week please.",
            "Can you come this week?",
        ],
    ),
    "ultimatum: a chargeback": (
        [
            "Refund me in full or I'll be filing a chargeback.",
            "Reverse it or we're opening a chargeback.",
            "Sort it today or I'm making a chargeback claim.",
        ],
        [
            "Or I'm happy to pay by transfer instead, up to you.",
            "Or I'm filing it under misc, whichever is easier.",
        ],
    ),
    "a month against a later one": (
        [
            "Promised by 2 May. It's now 14 July.",
            "Install due in January and we're in March.",
            "Survey booked for February, today is the 3rd of April.",
        ],
        [
            "Booked for June, it's May now, just checking.",
            "I'm moving in March, it's February now, can I book?",
        ],
    ),
}


CATCH = [(rule, text) for rule, (catch, _) in CASES.items() for text in catch]
LEAVE = [(rule, text) for rule, (_, leave) in CASES.items() for text in leave]


@pytest.mark.parametrize(("rule", "text"), CATCH)
def test_round9_turns_score_low_enough_to_alert(rule, text):
    assert score(text) <= TURN, (rule, score(text))


@pytest.mark.parametrize(("rule", "text"), LEAVE)
def test_round9_look_alikes_are_not_negative(rule, text):
    assert label(text) != "negative", (rule, score(text))


@pytest.mark.parametrize(
    "text",
    [
        # a relayed estimate is news until the message says it did not happen
        "The surveyor said the report would take about three weeks.",
        "They said somebody would ring about the scan.",
        "She said it'd take a few working days to process.",
        # a diagnosis named calmly, a reference to a complaint, announced work, a question
        "Could you give me the status of my complaint please?",
        "Is there a planned power outage on Friday?",
        "I'll be away for two weeks, can I pause the plan?",
        "My bad, I paid the wrong invoice. Can you move it?",
    ],
)
def test_round9_reports_and_questions_are_not_negative(text):
    assert label(text) != "negative", score(text)


@pytest.mark.parametrize(
    "text",
    [
        "They said someone would call, but nobody has.",
        "He said it would take ten days. That was six weeks ago.",
        "They said it would be fixed by Monday.",
    ],
)
def test_round9_relayed_promise_that_failed_is_negative(text):
    assert label(text) == "negative", score(text)


@pytest.mark.parametrize(
    "text",
    [
        "I can't thank the midwives enough.",
        "We couldn't have got through the week without your help. Thank you.",
        "Twelve years with you and never had a reason to complain.",
        "Felt really listened to on the phone today.",
        "Thanks a ton, it works perfectly now.",
    ],
)
def test_round9_gratitude_through_a_negation_is_positive(text):
    assert label(text) == "positive", score(text)


@pytest.mark.parametrize(
    "text",
    [
        "Oh wonderful, another 'sorry for the delay' text. Very reassuring.",
        "Oh superb, so my 'refund' is store credit. Cheers for that.",
        "so thoughtful, a refund as a voucher I can only use with you.",
    ],
)
def test_round9_sarcastic_praise_beside_a_failure_is_negative(text):
    assert label(text) == "negative", score(text)


def test_round9_a_calm_diagnosis_stays_mild():
    # after an upset opening, "the tech said it's a faulty X" must not keep the alert going
    assert score("Ok, the engineer said it's a faulty socket.") > -0.3


def test_round9_calm_then_relayed_estimate_does_not_alert():
    state, alerts = ToneState(), []
    for text in [
        "Hi, I had a scan on Monday.",
        "They said someone would call about the results.",
        "Yes, my number is 07700 900456.",
    ]:
        state, shift = observe(state, score(text))
        alerts.append(shift is not None)
    assert not any(alerts)


def test_round9_sarcastic_turn_alerts_at_its_message():
    state, alerts = ToneState(), []
    for text in [
        "Hi, got a text saying the line is fixed.",
        "Thanks, I'll test it tonight.",
        "Oh it's fixed alright. Stuck at 0.6 Mbps. Truly the future of broadband.",
    ]:
        state, shift = observe(state, score(text))
        alerts.append(shift is not None)
    assert alerts == [False, False, True]
