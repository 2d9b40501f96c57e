"""Dates: absolute and relative dates resolved against the publication date (2024-03-14, a Thursday)."""

import pytest

from retold.dates import find_dates

PUB = "2024-03-14"


def values(sentence, published=PUB):
    return [(d.text, d.value, d.granularity) for d in find_dates(sentence, published)]


@pytest.mark.parametrize("sentence, expected", [
    ("The law passed on 12 October 2017.", [("on 12 October 2017", "2017-10-12", "day")]),
    ("It took effect Oct. 12, 2017.", [("Oct. 12, 2017", "2017-10-12", "day")]),
    ("The file is dated 2017-10-12.", [("2017-10-12", "2017-10-12", "day")]),
    ("The vote was held in October 2017.", [("in October 2017", "2017-10", "month")]),
    ("Prices peaked in 2017.", [("in 2017", "2017", "year")]),
    ("The plant has been closed since mid-2019.", [("mid-2019", "2019", "year")]),
])
def test_absolute_dates(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize("sentence, value", [
    ("The dam broke on Monday.", "2024-03-11"),
    ("The dam broke on Thursday.", "2024-03-14"),  # the publication day itself
    ("He was arrested last Tuesday.", "2024-03-12"),
    ("Talks will resume on Monday.", "2024-03-18"),  # future tense: the coming Monday
    ("The minister resigned yesterday.", "2024-03-13"),
    ("The results are out today.", "2024-03-14"),
    ("The bridge fell three days ago.", "2024-03-11"),
    ("The vote was on December 20.", "2023-12-20"),  # a past month-day without a year: last December
    ("The vote is due on March 20.", "2024-03-20"),
])
def test_relative_days(sentence, value):
    [d] = find_dates(sentence, PUB)
    assert d.value == value and d.granularity == "day"


@pytest.mark.parametrize("sentence, value, granularity", [
    ("Officials met this week.", "2024-W11", "week"),
    ("Officials met last week.", "2024-W10", "week"),
    ("The plant closed earlier this month.", "2024-03", "month"),
    ("Exports fell last month.", "2024-02", "month"),
    ("Profits doubled last year.", "2023", "year"),
    ("Cases rose in October.", "2023-10", "month"),
])
def test_relative_spans(sentence, value, granularity):
    [d] = find_dates(sentence, PUB)
    assert (d.value, d.granularity) == (value, granularity)


@pytest.mark.parametrize("sentence", [
    "The 2017 budget was cut.",
    "The company built 2000 homes.",
    "She may resign.",
    "Theresa May resigned as leader.",
    "The march was peaceful.",
    "Protesters march on parliament.",
])
def test_not_dates(sentence):
    assert find_dates(sentence, PUB) == []


def test_without_a_publication_date_relative_dates_have_no_value():
    [d] = find_dates("The dam broke on Monday.")
    assert d.text == "on Monday" and d.value is None
    [d] = find_dates("The law passed on 12 October 2017.")
    assert d.value == "2017-10-12"


def test_offsets_point_into_the_sentence_and_bad_published_is_ignored():
    s = "Officials said on Monday that 12 people died."
    [d] = find_dates(s, "not a date")
    assert s[d.start:d.end] == "on Monday" and d.value is None


@pytest.mark.parametrize("sentence, value", [
    ("The vaccine could be ready by the end of the year.", "2024"),
    ("May was the wettest month on record.", "2023-05"),
    ("The summit is set for Nov. 30.", "2024-11-30"),  # scheduled: the coming one
    ("Officials said on Monday that the bridge would reopen.", "2024-03-11"),  # the saying day stays past
    ("Governor Hale said bars would close again from Friday.", "2024-03-15"),
])
def test_parts_of_periods_and_tense_per_clause(sentence, value):
    [d] = find_dates(sentence, PUB)
    assert d.value == value


@pytest.mark.parametrize("sentence, expected", [
    ("The reservoir ran dry last summer.", [("last summer", "2023-22", "season")]),
    ("The bridge will reopen in the autumn.", [("in the autumn", "2024-23", "season")]),
    ("Sales slumped in the winter of 2022.", [("in the winter of 2022", "2022-24", "season")]),
    ("Work on the line starts next spring.", [("next spring", "2025-21", "season")]),
    ("Summer is the busiest time for the ferries.", []),     # a season as a noun names no time
    ("Prices fall when the harvest comes in.", []),          # 'fall' the verb
    ("Tickets for the Winter Olympics sold out.", []),       # a season in a name
])
def test_seasons(sentence, expected):
    assert values(sentence) == expected


def test_a_stretch_of_time_is_not_a_calendar_year():
    assert values("Rents will rise over the next year and a half.") == []


def test_a_season_covers_its_three_months_and_winter_runs_into_the_next_year():
    from datetime import date

    from retold.drift import date_interval

    assert date_interval("2024-22") == (date(2024, 6, 1), date(2024, 8, 31))
    assert date_interval("2024-24") == (date(2024, 12, 1), date(2025, 2, 28))


def test_plural_subjects_speak_of_the_future_too():
    assert values("Talks resume on Monday.") == [("on Monday", "2024-03-18", "day")]


@pytest.mark.parametrize("sentence, value", [
    ("Water levels may rise further on Saturday.", "2024-03-16"),  # ahead: a modal before a plain verb
    ("He said Osei might leave the club in the summer.", "2024-22"),
    ("The suspect may have left on Saturday.", "2024-03-09"),  # "may have": back
    ("The rally could not go ahead on Saturday.", "2024-03-09"),
])
def test_a_modal_before_a_plain_verb_looks_ahead(sentence, value):
    assert [v for _, v, _ in values(sentence)] == [value]
