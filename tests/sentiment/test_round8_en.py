"""Round 8, English: each rule with paraphrases it must catch and look-alikes it must leave alone.

The sentences are our own, written for the rule (not copied from the evaluation sets).
"""

import pytest

from sentiment.engine import analyze
from sentiment.tone import ToneState, observe


def label(text: str) -> str:
    return analyze(text, prior="en").label


def rules_fired(text: str) -> set[str]:
    return {driver.rule for driver in analyze(text, prior="en").drivers if driver.rule}


NEGATIVE = [
    # a promised time set against the time now
    "The engineer was booked for 9am and it's now 2pm",
    "Delivery slot 7-11. It's 3pm.",
    "Appointment at 10:30, still sat in reception at 1pm",
    # money still taken, or taken after the account was closed
    "Even though I closed the account, £30 was still taken",
    "They still took the monthly payment in May",
    "My direct debit still came out this month",
    "You took £40 in April after I'd closed it in March",
    "£40 went out on the 5th. I closed that account last month.",
    "I closed the account in January and they've taken two payments since",
    # the same money taken twice
    "The premium came out twice this month",
    "Two payments went out for one order",
    "so now I'm paying twice for one service",
    # thanks for what came after the customer had already acted
    "Thanks for the reminder after I'd already paid",
    "cheers for the callback when I had already fixed it myself",
    "Thank you for the email after we had already left",
    # a regulator, a consumer court or a review site as the next step
    "I'll be contacting Ofgem about this",
    "This is going straight to the financial regulator",
    "I'm writing to the state insurance commissioner about this claim",
    "I'm posting the whole thing on Trustpilot",
    "I will be approaching the consumer forum",
    "the full story goes on Facebook tonight",
    # a rhetorical question about fairness
    "How is that fair on a pensioner?",
    "how can you justify a 40% rise?",
    "Who decided a two-hour queue was acceptable?",
    "In what world does that make sense",
    "what am I even paying you for",
    "Is it too much to ask for one straight answer?",
    "What exactly is the point of the app?",
    # congratulations on a failure
    "Well done, the parcel went to the wrong house",
    "Bravo, you lost my parcel",
    "Your app was down when I tried to pay, so now there's a late fee. Genius.",
    "Good job, nobody rang like you said",
    # urgency as a sentence of its own, and new imperatives
    "Refund it. Now.",
    "Reconnect my gas. Today.",
    "Waive the fee. Immediately.",
    "Restore my line today",
    "I want a callback within the hour.",
    # exit to another firm, a lawyer
    "We're going with another company",
    "I'll be going with a different provider",
    "I've spoken to an attorney about this",
    # nobody read it
    "Did anyone even read my email?",
    "did anybody actually check the meter?",
    # another of the same
    "another 'planned maintenance' this weekend, third one this month",
    "another planned maintenance this weekend",
    "another glitch in the app today",
    "the day after ye told us it was fixed",
    # grief and fear, even after an apology
    "Sorry, I'm falling apart here",
    "Sorry, I can't cope with all this",
    "I am so afraid for my husband",
    "I can't believe he's gone",
    # silence and no-shows told as facts
    "The phone just rings out",
    "Three missed appointments so far",
    "I emailed on Monday and again on Thursday",
    # promises reported
    "we were told it would be fixed by Monday",
    "I was told someone would ring me back",
    "I was told to expect a refund within 5 days",
    "The agent said you'd call me back",
    "they said it would arrive Friday",
    # a manager demanded, not asked for
    "I want to speak to a manager",
    "Let me talk to your manager",
    # a charge or a contract the customer never made
    "I never cancelled it, so why is there an exit fee?",
    "We never opened an account with you",
    "I never asked for paper bills",
    # a promise reported with its date
    "you told me last week this was fixed",
    "Told the engineer would come Friday morning. Friday evening now.",
    # ultimatums and expectations
    "Sort it out or I'm leaving",
    "Sort this by Monday or I'm switching",
    "I expect a full refund",
    "We expect an apology",
    # an elected representative
    "I'll be contacting my MP",
    "I'm writing to my local councillor about this",
    # a home the customer has left
    "The bill arrived for a house I moved out of in January",
    "They're charging me for a flat we left in June",
    "£12.99 has come out of my account every month since I cancelled in May",
    "You've debited me £60 for a policy I cancelled in writing",
    # the days counted
    "Day 12. Nothing.",
    "day 9 of waiting for a callback",
    # sarcastic wonder against a contrast
    "Amazing how you can take my money in seconds but refunds take 6 weeks",
    "Funny how the bills arrive on time but the engineer never does",
    # theft named, the end of one's strength, the thing done again
    "This is theft",
    "You've stolen £80 from me",
    "I'm at breaking point",
    "The courier left my parcel in the rain. Again.",
    "Why am I paying more than new customers?",
    # paying for a tier and getting less
    "Paying for fibre and getting 5 Mbps",
    "so I pay for 900 meg and get 40 most nights",
    # news after the event, waits counted against what was promised
    "The repair report came after the deadline for my claim",
    "It took twelve days to get my card",
    "Your 'express' courier took eleven days",
    "The tracking says 2 to 3 days. It's been 11.",
    "Thirty days to reply to one email",
    "how kind of you to reply after three weeks",
    "thanks for getting back to me after three weeks",
    "Cheers for sorting it after a month",
    "not a single person has called",
    "Not once did they explain the excess",
    "nah, same problem",
    "You've had my claim 'under investigation' since March",
    "If by soon you mean next month then sure",
    "the renewal quote has gone up by £200",
    # British clock talk and closings told as facts
    "The plumber was due at 9. It's half 3.",
    "The delivery was 7-11. Now 2pm.",
    "£54 left my account on the 3rd. My contract ended in August.",
    "So I'm paying for a channel pack I don't have. Lovely.",
    "Oh good, another reminder for a bill I've paid",
    "Put my money back. Today.",
    "Stop taking payments from my card.",
    "I'm done being nice about this",
    "See you in court.",
    "I haven't stopped crying since the letter came",
    "It feels like nobody is listening",
    "This has ruined our holiday",
    "Mum has been without heating since Sunday",
    "How hard can it be to post a form?",
    "Do you even read my emails?",
    "I paid on the 1st and you shut my broadband off on the 5th",
    "They've turned the water off without a word",
    "I'm so over this",
    "Must be nice to take three weeks over one email",
    "Forget it, I'll go elsewhere",
    "I cancelled on 1 June (ref 55821) yet payments were taken in July and August",
    "With respect, I have explained this three times now.",
    "Sort this out today please.",
    "Cancel my account. I'm done.",
    "I was told by your agent it would be fixed today",
    # sarcasm: praise beside a failure, prizes and thanks for a harm or a wait
    "Lovely 👏 another failed delivery",
    "Another missed callback, second this week",
    "Thanks so much for the 3 hour wait",
    "cheers for the six week delay",
    "Full marks for forgetting my appointment",
    "Thanks for the letter that told us nothing",
    "Really appreciate being put on hold for the fourth time",
    "So helpful of you to cancel my booking without asking",
]

NOT_NEGATIVE = [
    # times in plain arrangements
    "Can I move my 10am appointment to 2pm?",
    "It's now 3pm here so I'll call you tomorrow",
    "We're in from 9am until 5pm, so any time works",
    # calm questions about a charge or a closing
    "Will the last payment still be taken if I close the account?",
    "Is the direct debit still active?",
    "If I close the account today, when does the last payment go out?",
    "I closed my old account and opened a new one, can you move the direct debit?",
    "Thanks for refunding the double payment",
    # genuine thanks
    "Thanks for the reminder, I've already paid",
    "Thank you for confirming, we had already booked",
    "Big thanks to Priya for sorting my meter",
    "Just wanted to say thanks, the new boiler is brilliant",
    "Thank you to the crew who fixed the line in the rain",
    # a regulator named, not threatened
    "Are you regulated by the FCA?",
    "I found your number on Trustpilot",
    "I saw your post on Facebook about the new tariff",
    # calm questions with "fair" or "point"
    "How is the fair usage limit worked out?",
    "How can I make sure the meter reading is fair?",
    "What is the point of contact for claims?",
    # sincere praise
    "Well done to your team, the new meter works a treat",
    "Bravo, it's all working now",
    "Never thought an energy company could be this quick, well done",
    "You're a genius, thank you",
    # polite requests and plans
    "Please refund it. Today would be great.",
    "Can you reconnect it today?",
    "I need to go out within the hour, can we talk tomorrow?",
    "I'm going with a different colour for the new handset",
    "We'll go with another option then",
    "Does the policy cover attorney fees?",
    "Did anyone call while I was out?",
    "Did anybody find my glasses in the waiting room?",
    # relayed instructions
    "We were told to bring the referral letter to the clinic",
    "I was told to book a follow-up within two weeks",
    "The assessor said I should send photos of the damage",
    "The agent said I need to fill in form B",
    "Can I drop it in tomorrow morning?",
    "I'll drop off the keys at reception",
    # a calm death, a polite "I'm afraid", a reading
    "My father passed away last month, I'm afraid I can't find his account number",
    "Meter reading for today: 04512 day, 01833 night.",
    "Someone rang this morning, all sorted now",
    "You visited on Tuesday and it's fine now",
    "Sorry, I wrote the wrong date on the form",
    # a manager asked for politely
    "Could I speak to a manager about a group booking?",
    "I'd like to talk to a supervisor about upgrading",
    "Can I email again on Monday with the photos?",
    # firsts, plans and own acts
    "I've never ordered from you before, how does delivery work?",
    "Can I pay monthly or will I need to cancel first?",
    "I expect a call tomorrow, is that right?",
    "Who is my local MP?",
    "My bike was stolen, how do I claim?",
    "I moved out of the flat last week, please close the account and send a final bill",
    "Day 2 of the course went really well",
    "Amazing how quick that was, thanks",
    "Funny how things work out, but thanks anyway",
    "I left my charger at the hotel again",
    # news relayed, and a solicitor on a sale
    "We've just been told it's cancer. Can we pause the policy?",
    "I was told she needs a hip replacement, does the policy cover it?",
    "My solicitor will be in touch about the house sale",
    # tiers, dates, glosses and reviews in calm messages
    "I pay for 2 lines and get 2 SIMs, is that right?",
    "The parcel arrived two days after I ordered it, thanks",
    "It took 10 days but it was worth it",
    "If by tomorrow you mean Friday, that's fine",
    "What do you mean by excess?",
    "No problem, same time next week?",
    "My review shows as 'pending', is that normal?",
    "Could you send a new quote?",
    "Not once did I have to chase, brilliant service",
    "Thanks for your help after the flood two weeks ago",
    "Thank you for checking in after a week, all good here",
    "I was told the results take two weeks, is that still right?",
    "My son broke his arm, can we get a ground floor room?",
    "We're open 9 till 5, it's gone 4 so call now",
    "Pay the deposit today and we'll book you in",
    "Put it on my account today please",
    "Have a lovely holiday",
    "Do you ever open on Sundays?",
    "Oh good, that's all sorted then",
    "Can you turn the heating off in room 4?",
    "Is it possible to go elsewhere for the scan?",
    "I closed my account last year and was refunded the balance, thank you",
    "Could you sort it out today please?",
    "I managed to sort it out myself, thanks",
    "I was told by the hospice to call you about the funeral plan",
    "The GP told us to ring 111 if it gets worse",
    "I've been waiting in for a parcel, any idea of the time?",
    "My daughter is scared of needles, can you use numbing cream?",
    "I'd like to cancel my subscription please",
    "Please close my account, I'm moving abroad",
    "Can I book another delivery slot?",
    "Could we book another appointment for next week?",
    "thanks for your time, i'll wait for your reply",
    "Thank you for your patience while we wait for the parts",
    "Really appreciate your help today",
    "Very helpful, thanks",
    "What a lovely way to spend the afternoon, the gardens were beautiful",
    "Thanks for the quick callback, the 'fix' worked",
    "Never had an insurer reply on a Sunday before, top marks.",
    "Well done for getting it sorted so fast",
    "When will the roadworks be over? Just planning my week",
    "Do you have a leaflet on coping after a bereavement?",
    "Amount debited successfully and order placed, thanks",
    "My card was declined twice, is there a limit?",
    "I'm picking up the keys tomorrow",
    "Can you get it sorted today please?",
    "It's your last chance to book the early rate, right?",
    "Great, glad it's resolved, I want it sorted the same way next time",
    "I completely forgot my appointment yesterday, my fault. Can I rebook?",
    "It's my fault, I put the wrong date",
    "I haven't visited the branch yet, can I do it online?",
    "I haven't phoned before, how does it work?",
    "No visit needed, I can read the meter myself",
    "We're afraid we can't make Tuesday, can we move it?",
    "Afraid not, I don't have the reference",
    "and now this is the last form I need to send, thanks",
    "I was in tears of joy when the cheque arrived",
]


# feelings and silences strong enough on their own to turn the tone watch (enter = -0.35)
STRONG = [
    "Nobody rang.",
    "No one phoned back",
    "I'm in tears",
    "I'm in tears over this bill",
    "The phone just rings out",
    "We lost mum in May and now this",
    # fear and grief expressed, even after an apology
    "I don't know how we're going to cope without him",
    "Sorry, I'm shaking as I write this",
    "I'm at the end of my rope",
    "I honestly don't know what to do anymore",
    "I feel so alone with all of this",
    "My hands are shaking",
    "I can't stop worrying about the bill",
    "I just want it to be over",
    "You were quick enough to take my money",
    "It's incredible that nobody can give me a straight answer",
    # money taken for nothing, calls dropped twice, nobody picking up, exasperation
    "Payment deducted but ticket not booked",
    "Money deducted twice from my card",
    "Your agent hung up on me twice",
    "No one is picking up the helpline",
    "Ye have me driven demented",
    # curt lines and demands
    "Get it sorted. Today.",
    "I need this resolved by noon today.",
    "I want my money.",
    "Do your job.",
    "I'm not asking again.",
    "This is your last chance.",
    "Thank you very much for nothing",
    "Thanks ever so much for cutting off my line while I was in hospital",
    "It's not my fault your system crashed",
]


@pytest.mark.parametrize("text", STRONG)
def test_round8_feelings_and_silences_are_clearly_negative(text):
    assert analyze(text, prior="en").compound <= -0.35


@pytest.mark.parametrize("text", NEGATIVE)
def test_round8_complaints_are_negative(text):
    assert label(text) == "negative", analyze(text, prior="en")


@pytest.mark.parametrize("text", NOT_NEGATIVE)
def test_round8_look_alikes_are_not_negative(text):
    assert label(text) != "negative", analyze(text, prior="en")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The engineer was booked for 9am and it's now 2pm", "missed time"),
        ("A direct debit of £19.99 was still taken last week", "wrong charge"),
        ("I'm posting the whole thing on Trustpilot", "escalation threat"),
        ("How is that fair on a pensioner?", "grievance question"),
        ("Thanks for the reminder after I'd already paid", "sarcastic thanks"),
        ("Refund it. Now.", "demand"),
        ("Three missed appointments so far", "repeat contact"),
    ],
)
def test_round8_cues_name_the_fact(text, rule):
    assert rule in rules_fired(text)


def test_relayed_instruction_is_no_broken_promise():
    assert "broken promise" not in rules_fired("We were told to book a scan within a fortnight")
    assert "broken promise" in rules_fired("We were told it would be sorted by Friday")


def test_sarcastic_praise_turns_round_beside_a_failure():
    # the praise turns negative, not only the total
    score = analyze("love that the text said 8am and it's now 4pm. really great service", "en")
    assert all(d.weight < 0 for d in score.drivers if d.text.lower() in {"great", "love"})
    assert analyze("Perfect, see you at 3pm", "en").label == "positive"


def test_turning_conversation_alerts_at_the_factual_complaint():
    conversation = [
        "Hi, I'm writing about account 4410-22.",
        "I closed it in August and got a letter confirming it.",
        "A payment of £18.50 was still taken on 2 November.",
        "Please confirm when it will be refunded.",
    ]
    state, alerts = ToneState(), []
    for i, message in enumerate(conversation):
        state, shift = observe(state, analyze(message, prior="en").compound)
        if shift:
            alerts.append(i)
    assert alerts[:1] == [2]


def test_calm_conversation_with_a_relayed_instruction_does_not_alert():
    conversation = [
        "Hello, my daughter was diagnosed with asthma on Friday",
        "We were told to book a review with the asthma nurse within a month",
        "Any afternoon works for us",
        "Tuesday at 3 is perfect, thanks",
    ]
    state = ToneState()
    for message in conversation:
        state, shift = observe(state, analyze(message, prior="en").compound)
        assert shift is None, message


@pytest.mark.parametrize(
    "text",
    [
        "That was quick, thank you",
        "The nurses on the ward were incredible",
        "She explained it all so patiently",
        "Got my refund today, thank you all",
        "tysm for sorting it!!",
        "broadband is flying now, cheers",
        "shout out to Priya in billing",
        "Got my parcel before you said I would, nice one",
        "customer service on chat, 10/10",
        "Thanks very much for your help today",
        "Thank you ever so much for sorting the refund",
        "Thanks Sam, you've been a star",
        "Brill, ta",
        "Couldn't fault the service",
        "Refund received, thank you",
    ],
)
def test_round8_praise_and_gratitude_are_positive(text):
    assert label(text) == "positive", analyze(text, prior="en")


@pytest.mark.parametrize(
    "text",
    [
        "ok cool, talk tomorrow",
        "Grand so, I'll wait for the engineer on Friday",
        "Nothing's wrong with the meter, I just want to add a second line",
        "I'm emailing again with the photos you asked for",
        "quick question about my bill, when is it due?",
        "hey quick q, is the app down?",
        "Please send it to 4 Mill Lane, Leeds LS6 2QT",
    ],
)
def test_round8_acknowledgements_and_data_are_neutral(text):
    assert label(text) == "neutral", analyze(text, prior="en")
