"""Round 10, English: each class of rule with paraphrases it must catch and look-alikes it must
leave alone.

The sentences are our own, written for the class in situations the evaluation sets do not use
(other services, other nouns, UK/US/Irish/Indian/Australian wording); none is copied from a data
file. A turn must score low enough for the tone watch to alert on it after calm messages (about
-0.44).
"""

import pytest

from sentiment.engine import analyze
from sentiment.tone import ToneState, observe

TURN = -0.44


def score(text: str) -> float:
    return analyze(text, prior="en").compound


def label(text: str) -> str:
    return analyze(text, prior="en").label


# class -> (paraphrases it must catch as a turn, look-alikes that must stay non-negative)
CASES = {
    "nothing paid on a claim": (
        [
            "Storm claim lodged 2 May. Paid out so far: £0.",
            "Dental claim SR-2291, reimbursed to date: $0.00",
            "Eight weeks since the flight was cancelled. Compensation received: €0.",
        ],
        [
            "Is there 0% interest on the sofa finance?",
            "My balance shows £0, do I need to pay anything this month?",
        ],
    ),
    "less arrived than was sent": (
        [
            "Topped up 20 quid and only 12 went on the meter.",
            "transferred 2500 to the wallet and only 2000 was credited",
            "I loaded €50 onto the travel card and only €35 showed up.",
        ],
        [
            "I topped up 20 yesterday, can you confirm it arrived?",
            "Transferred 500 to my savings, thanks for the quick setup.",
        ],
    ),
    "a fix that lasted no time": (
        [
            "Cheers for fixing the boiler, it lasted a whole two hours.",
            "Thanks for sorting the signal, it worked for a whole two hours.",
            "Thanks so much, the repair held for a grand total of one day.",
        ],
        [
            "We're away for a whole week in June, can you pause deliveries?",
            "It's been fixed and working for a whole week now, thank you!",
        ],
    ),
    "a regulator or authority named as the next step": (
        [
            "Complaint lodged with AFCA today.",
            "This is going to the Communications Commission.",
            "Sort my bill out or I will complain to the Energy Commission.",
            "reported you to TRAI this morning",
        ],
        [
            "Is your scheme approved by the Financial Conduct Authority?",
            "The local authority pays half my rent, who do I send the letter to?",
        ],
    ),
    "money taken on top of the plan": (
        [
            "You also charged me the cancellation fee on top of the last month.",
            "The instalment went out and they additionally debited £90 from my account.",
            "Payment plan agreed, then you took the full amount all at once.",
        ],
        [
            "I also paid the deposit yesterday, can you confirm?",
            "We also took out home cover with you last year, can it be added to the bundle?",
        ],
    ),
    "a machine that kept the money": (
        [
            "The car park machine ate my £10 note and no ticket came out.",
            "ATM swallowed my card at 11pm on a Sunday.",
        ],
        [
            "The meter took my card payment fine, I just need a receipt.",
            "The app kept my card details for next time, handy.",
        ],
    ),
    "a better tier paid for, a worse one given": (
        [
            "Paid for an aisle seat and got the middle seat at the back.",
            "Paid for the ad-free plan and still get adverts.",
            "paid for a deluxe room and were given a basic one facing the bins",
        ],
        [
            "Can I pay for express delivery on this order?",
            "Paid for premium support and got a callback within the hour, great.",
        ],
    ),
    "an account or supply frozen by the company": (
        [
            "They froze my account over a £3 query and my rent is due.",
            "They've locked my account and my wages are sitting in it.",
        ],
        [
            "Could you freeze my card until I find my wallet?",
            "Can you unlock my account? I forgot my password.",
        ],
    ),
    "the bank asked to take the money back": (
        [
            "My bank is reversing the payment.",
            "I've opened a chargeback with my card provider.",
            "Instructed my bank to recall the transfer.",
        ],
        [
            "How do I raise a query about a transaction I don't recognise?",
            "My bank is changing its name, do I need a new mandate?",
        ],
    ),
    "the dead chased for money": (
        [
            "Bailiffs called at the house asking for my dad, who died in January.",
            "My husband passed away in May and your agency is still chasing him for the bill.",
            "Final reminder addressed to my mother who died in the spring.",
        ],
        [
            "My father died last month, are there any arrears on his account?",
            "She passed away in March; who handles the final bill?",
        ],
    ),
    "a deadline set for the company": (
        [
            "You have until Friday to put this right.",
            "I expect the money refunded by close of business.",
            "You have until the 30th to refund me in full.",
        ],
        [
            "Do I have until Friday to send the forms?",
            "You have until when to receive the signed copy?",
        ],
    ),
    "told not to make contact again": (
        [
            "Please do not contact me again.",
            "Don't ring me again about the upgrade.",
        ],
        [
            "Don't worry about contacting me again, it's all sorted now.",
        ],
    ),
    "a failure on a clock": (
        [
            "Pop-up adverts every thirty seconds, on a paid plan.",
            "Adverts every five minutes on a plan I pay for.",
        ],
        [
            "Can the app refresh every 5 minutes?",
            "The shuttle runs every ten minutes from the car park, right?",
        ],
    ),
    "hours in a place of waiting": (
        [
            "Eleven hours on a trolley in a corridor with a broken hip.",
            "Kept six hours at the terminal with two small kids.",
        ],
        [
            "We'll be 3 hours at the airport before boarding, is there a lounge?",
            "The flight is 7 hours, what's the baggage allowance?",
        ],
    ),
    "a run of failures": (
        [
            "Missed our bins four weeks in a row.",
            "The 7am service was cancelled three days running.",
        ],
        [
            "Fixed first time, three weeks running without a fault now.",
        ],
    ),
    "an order to pay, alone": (
        [
            "Reimburse me. The receipt is attached.",
            "Repay the overcharge.",
        ],
        [
            "Reimburse me please, receipts attached.",
            "Can you reimburse the parking?",
        ],
    ),
    "an order or the exit": (
        [
            "Get the line working by Monday or cancel my contract.",
            "Refund the fee or close my account.",
        ],
        [
            "Should I pay the balance or close the account first?",
            "Do I pay now or cancel the plan and rejoin later?",
        ],
    ),
    "a payment later than its day": (
        [
            "My salary credit arrived on the 9th not the 1st.",
            "The grant landed on the 20th instead of the 5th, after the rent was due.",
        ],
        [
            "Can the payment come out on the 5th instead of the 1st?",
        ],
    ),
    "sarcastic thanks for a booking moved again": (
        [
            "Thanks for postponing my surgery for the second time.",
            "cheers for rescheduling the delivery for the 4th time",
        ],
        [
            "Thanks for rescheduling the engineer, Tuesday works better.",
            "Thanks for the warning about the delay, I'll plan around it.",
        ],
    ),
    "a run of praise closing a complaint": (
        [
            "Bills doubled and the service got worse. Great value, well done.",
            "Loving the hold music, an hour and counting.",
        ],
        [
            "Fixed the same day. Great value, well done.",
        ],
    ),
    "a curt order with urgency": (
        [
            "Manager. Now.",
            "Take the charge off. Today.",
        ],
        [
            "Take your time, no rush.",
            "Manager said today is fine.",
        ],
    ),
    "a harm with no word of it": (
        [
            "Power cut off at 7am with no warning and no explanation.",
        ],
        [
            "Will I get notice before the engineer comes?",
        ],
    ),
    "an estimate, a valuation or a meter set against the bill": (
        [
            "Estimate said $400. Final bill $1,150.",
            "The assessor valued the roof at £6,200 and you've offered £1,900.",
            "Meter says 18,410. Bill says 19,975.",
        ],
        [
            "The estimate was $400, when can the work start?",
            "Meter reading today is 18,410.",
        ],
    ),
    "praise heading a stated failure": (
        [
            "Oh perfect, the new passport arrived already expired.",
            "Great job, the driver left my insulin on the doorstep in the rain.",
            "Marvellous, another 'your call is important to us' message.",
        ],
        [
            "Perfect, the renewal arrived well before the old one expired.",
            "Great job, the driver left it with my neighbour as I asked.",
        ],
    ),
    "anyone who will hear about this": (
        [
            "My TD will hear about this.",
            "See you at the tribunal.",
            "Local radio will be hearing about this, believe me.",
        ],
        [
            "I heard about you on the local radio, can I get a quote?",
            "Can I contact you by radio from the boat?",
        ],
    ),
    "a repeat counted in days": (
        [
            "Locked out of my online banking for the third day and rent is due.",
            "Bins not collected for the second weekend running.",
        ],
        [
            "The course runs for a third day if enough people sign up, can I book it?",
        ],
    ),
    "nothing came back, counted": (
        [
            "9 calls. 3 agents. 0 answers.",
            "Two emails, zero replies.",
        ],
        [
            "0 outstanding payments on my record, can I get the loyalty rate?",
        ],
    ),
    "disbelief closing the message": (
        [
            "A £25 admin fee to update my address. Seriously?",
            "You want me to post the form? In 2024? Seriously",
        ],
        [
            "Seriously, thank you all, you made it easy.",
        ],
    ),
    "money kept although the service failed": (
        [
            "The kiosk froze mid-payment and charged me anyway.",
            "Well that's just brilliant, the gas bill went out because you took it twice.",
        ],
        [
            "I know the course was full, so thanks for holding my deposit anyway.",
        ],
    ),
    "someone else hired at the company's cost": (
        [
            "Sort the leak by Friday or I'm getting an independent plumber and billing you.",
            "Repair it this week, otherwise I'm hiring a private mechanic.",
        ],
        [
            "Can I use an independent garage for the service without losing the warranty?",
        ],
    ),
}


CATCH = [(rule, text) for rule, (catch, _) in CASES.items() for text in catch]
LEAVE = [(rule, text) for rule, (_, leave) in CASES.items() for text in leave]


@pytest.mark.parametrize(("rule", "text"), CATCH)
def test_round10_turns_score_low_enough_to_alert(rule, text):
    assert score(text) <= TURN, (rule, score(text))


@pytest.mark.parametrize(("rule", "text"), LEAVE)
def test_round10_look_alikes_are_not_negative(rule, text):
    assert label(text) != "negative", (rule, score(text))


@pytest.mark.parametrize(
    "text",
    [
        # nouns of the service and questions about a loss, a rate or a late fee
        "Is the gas safety check included in the cover?",
        "Can I take a power bank in hand luggage?",
        "The loss adjuster visits on Monday, what should I have ready?",
        "Could you ring me after 6 ideally?",
        "My security code expired, can you send a new one please?",
        "What happens if I miss a payment on the car loan?",
        "Can I claim for a stolen bike on the home policy?",
        "I'm on the payment plan for the dental bill, $90 a month.",
        # the customer's own slip, owned
        "I scheduled the wrong date for the transfer, can you change it to Friday?",
        "My own fault, I let the card expire. Can I update it online?",
        # a request not to do a harm, a slot accepted, a complaint disowned
        "I'm travelling next month, please don't block my card.",
        "Thursday 10am suits, ta.",
        "Not a complaint, just asking when the warranty ends.",
        # papers for a solicitor, a figure for a valuation
        "My solicitor asked for a copy of the policy, could you email it?",
        "The ring was valued at £900, do I need to list it separately?",
        # a pause asked for, a dose named
        "Can I freeze my gym membership for two months?",
        "Which strength of the blood pressure tablets is on my repeat?",
        "Leak reference is TW-88120 if you need it.",
    ],
)
def test_round10_calm_questions_and_reports_are_not_negative(text):
    assert label(text) != "negative", score(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bless you for getting the heating back on, I was dreading tonight.",
        "Refund landed this morning, no hassle. Merci beaucoup!",
        "The claims team kept me in the loop the whole way through.",
        "Bang on time and in and out in ten minutes.",
    ],
)
def test_round10_thanks_and_praise_in_plain_words_are_positive(text):
    assert label(text) == "positive", score(text)


@pytest.mark.parametrize(
    "text",
    [
        "I can barely sleep waiting for the biopsy result. Every day without news is awful.",
        "Nan's memorial page got wiped and all the photos are gone.",
    ],
)
def test_round10_hard_moments_stay_negative(text):
    assert label(text) == "negative", score(text)


@pytest.mark.parametrize(
    "text",
    [
        "Since your update the app won't load at all.",
        "New router installed and the laptop doesn't connect.",
        "The repair was signed off but no certificate issued.",
    ],
)
def test_round10_a_device_that_will_not_connect_or_load_is_negative(text):
    assert label(text) == "negative", score(text)


@pytest.mark.parametrize(
    "text",
    [
        "Your man said Thursday. Thursday came and went.",
        "Consider this my notice.",
        "Bought the ticket on the app and the inspector still fined me £60.",
        "The chemist gave my dad the wrong strength of insulin.",
        "I have screenshots of everything and I'm not afraid to use them.",
    ],
)
def test_round10_facts_of_a_grievance_are_negative(text):
    assert label(text) == "negative", score(text)


def test_round10_a_price_per_month_is_no_wait():
    # after an upset opening, "… $150 a month" must not read as a wait of a month
    assert label("Set up the payment plan for the vet bill, $150 a month.") != "negative"


def test_round10_sarcastic_fix_alerts_at_its_message():
    state, alerts = ToneState(), []
    for text in [
        "Hi, the technician came this morning for the TV fault.",
        "Picture's back now.",
        "Oh it's gone again. Brilliant, fixed for a whole afternoon. Top work.",
    ]:
        state, shift = observe(state, score(text))
        alerts.append(shift is not None)
    assert alerts == [False, False, True]
