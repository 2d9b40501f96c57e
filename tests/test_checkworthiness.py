"""Check-worthiness: checkable statements score high, opinion, questions and boilerplate low."""

import pytest

from retold.checkworthiness import checkworthiness, explain


def score(s, quantities=0, dates=0, attributed=False, hedged=False):
    return checkworthiness(s, quantities=quantities, dates=dates, attributed=attributed, hedged=hedged)


@pytest.mark.parametrize("sentence, kw", [
    ("Floods have killed 1,100 people across the country.", {"quantities": 1}),
    ("The council approved the plan on Tuesday.", {"dates": 1}),
    ("Officials said the bridge was unsafe.", {"attributed": True}),
    ("The ministry said 12 people died on Monday.", {"quantities": 1, "dates": 1, "attributed": True}),
])
def test_checkable_statements_score_high(sentence, kw):
    assert score(sentence, **kw) >= 0.6


@pytest.mark.parametrize("sentence", [
    "Subscribe to our newsletter for weekly updates.",
    "Read more: how the heist unfolded",
    "Is this really the best policy for struggling families?",
    "The government should be ashamed of itself.",
    "I think this is a wonderful idea.",
    "Click here to read our guide.",
])
def test_opinion_questions_and_boilerplate_score_low(sentence):
    assert score(sentence) < 0.4


def test_boilerplate_stays_low_even_with_a_number():
    assert score("Subscribe now and get 50% off your first year.", quantities=1, dates=1) < 0.4


def test_score_is_bounded_and_explained():
    s = "The ministry said 12 people died on Monday in Kyiv."
    assert 0.0 <= score(s, quantities=3, dates=2, attributed=True, hedged=True) <= 1.0
    fired = explain(s, quantities=1, dates=1, attributed=True, hedged=False)
    assert {"quantity", "date", "attributed"} <= set(fired)
    assert score("", quantities=0, dates=0) == 0.0
