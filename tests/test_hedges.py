"""Hedges, boosters and negation."""

import pytest

from retold.hedges import find_hedges, find_negations, is_negated, main_negation


def hedges(s):
    return [(h.text, h.kind) for h in find_hedges(s)]


@pytest.mark.parametrize("sentence, expected", [
    ("The strike may have killed 12 people.", [("may", "modal")]),
    ("The dam might fail.", [("might", "modal")]),
    ("The fire could spread overnight.", [("could", "modal")]),
    ("Inflation would likely fall.", [("would likely", "modal")]),
    ("The minister reportedly resigned.", [("reportedly", "evidential")]),
    ("The gang allegedly entered through a skylight.", [("allegedly", "evidential")]),
    ("The soldiers are believed to have fled.", [("are believed to", "evidential")]),
    ("The layoffs appear to be part of a shift.", [("appear to", "evidential")]),
    ("A study suggests that two doses work.", [("suggests", "evidential")]),
    ("She claimed that the vote was rigged.", [("claimed", "evidential")]),
    ("He claimed the plan would add £30bn to the debt.", [("claimed", "evidential")]),
    ("It is unclear whether the ceasefire will hold.", [("It is unclear", "hedge")]),
    ("The outbreak is probably driven by flooding.", [("probably", "hedge")]),
    ("Talks are unlikely to resume.", [("unlikely", "hedge")]),
    ("The Greens are the likeliest partner.", [("likeliest", "hedge")]),
    ("A deal looks likelier after the vote.", [("likelier", "hedge")]),
    ("The firm is estimated to hold a fifth of the market.", [("is estimated to", "evidential")]),
    ("Police confirmed the death.", [("confirmed", "booster")]),
    ("The plan will clearly fail.", [("clearly", "booster")]),
])
def test_hedges_and_their_kind(sentence, expected):
    assert hedges(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The law took effect in May.",
    "Prices rose on May 12.",
    "Theresa May resigned as prime minister.",
    "The military might of the state was on show.",
    "Rescuers could not reach the village.",
    "The team claimed the title on Sunday.",
    "The suggestion was rejected by the board.",
    "The council approved the plan on Tuesday.",
])
def test_look_alikes_are_not_hedges(sentence):
    assert hedges(sentence) == []


def test_hedge_offsets_point_into_the_sentence():
    s = "Officials said the toll could rise."
    [h] = find_hedges(s)
    assert s[h.start:h.end] == "could"


def test_unconfirmed_is_a_hedge_not_a_booster():
    assert hedges("Unconfirmed reports said the bridge fell.") == [("Unconfirmed", "evidential")]


@pytest.mark.parametrize("sentence", [
    "The council did not approve the plan.",
    "The dam was never inspected.",
    "No one was hurt, police said.",
    "There were no casualties.",
    "“We will not retreat,” the general said.",
    "Officials said the bridge wasn't safe.",
    "The bill failed to pass.",
    "Neither side has released figures.",
    "Kovac said the injury had troubled her since the semi-final but would not blame it.",
    "Police said they had questioned the owner, but that the staff were not suspects.",
    "The ministry said the bridge was safe and that no repairs were needed.",
])
def test_negated(sentence):
    assert is_negated(sentence)


@pytest.mark.parametrize("sentence", [
    "Not only did he win, he also scored twice.",
    "There is no doubt the dam held.",
    "The report must be filed no later than Friday.",
    "The man, who was not named, was arrested.",
    "If it does not rain, the crops will fail.",
    "They left without their passports.",
    "The fire destroyed nothing but a shed.",
    "It is not clear whether the map will change.",
    "The staff did exactly the right thing by not resisting.",
])
def test_not_negated(sentence):
    assert not is_negated(sentence)


def test_find_negations_lists_cues_and_skips_idioms():
    assert find_negations("No one was hurt and the dam did not break.") == ["No one", "not"]
    assert find_negations("He couldn't say.") == ["n't"]
    assert find_negations("Not only that, there is no doubt.") == []


def test_may_the_month_at_the_start_of_a_sentence_is_not_a_hedge():
    assert hedges("May was the wettest month on record.") == []


def test_main_negation_points_at_the_cue_of_the_main_clause():
    s = "An official, who was not authorised to speak, said troops would not withdraw before a settlement."
    a, b = main_negation(s)
    assert s[a:b] == "not" and s[b:].startswith(" withdraw")
    assert main_negation("If it does not rain, the crops will fail.") is None
