"""Quantity extraction: one test per phrasing class, on sentences written for the tests,
plus a floor on NewsQuant (skipped when the data is absent)."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

from retold.models import Quantity
from retold.quantities import QuantityExtractor, extract_quantities

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data" / "newsquant" / "NewsQuant.json"


def one(sentence: str) -> Quantity:
    qs = extract_quantities(sentence)
    assert len(qs) == 1, qs
    q = qs[0]
    assert sentence[q.start:q.end] == q.text
    return q


# --- approximators and bounds ---------------------------------------------------------------

def test_about_is_an_interval_around_the_value():
    q = one("About 250 volunteers cleared the beach on Sunday.")
    assert q.value == 250 and q.approx == "about" and q.change == "~"
    assert q.low == pytest.approx(225) and q.high == pytest.approx(275)
    assert q.text == "About 250"


def test_almost_is_below_and_excludes_the_value():
    q = one("The pantry handed out almost 50 parcels.")
    assert q.approx == "almost" and q.high == 50 and not q.high_inclusive
    assert q.low == pytest.approx(45)


def test_more_than_is_open_above():
    q = one("Police said more than 100 cars were towed.")
    assert (q.low, q.high, q.low_inclusive) == (100, None, False)
    assert q.approx == "more_than" and q.change == ">"


def test_at_least_includes_its_bound():
    q = one("At least 40 flights were cancelled.")
    assert (q.low, q.high, q.low_inclusive, q.approx) == (40, None, True, "at_least")


def test_up_to_and_less_than_are_bounded_above():
    q = one("The plant will hire up to 30 technicians.")
    assert q.high == 30 and q.low in (0, None) and q.change == "<" and q.approx == "up_to"
    q = one("Fewer than 12 seats remain.")
    assert q.high == 12 and q.approx == "less_than" and not q.high_inclusive


def test_only_marks_a_small_exact_number():
    q = one("Only four lifeboats were launched.")
    assert q.value == 4 and q.approx == "only" and q.change == "="


# --- ranges -----------------------------------------------------------------------------

def test_between_and_is_a_range_with_its_midpoint():
    q = one("Between 20 and 30 students were stranded.")
    assert (q.value, q.low, q.high, q.approx) == (25, 20, 30, "range")
    assert q.text.startswith("Between")


def test_range_with_units_and_a_shared_scale():
    q = one("Repairs will cost $1 to $2 million.")
    assert (q.low, q.high, q.unit) == (1e6, 2e6, "dollar")
    q = one("The tank holds 5-10 litres.")
    assert (q.low, q.high) == (5, 10)


def test_a_tally_running_high_to_low_is_two_numbers_not_a_range():
    qs = extract_quantities("The bill was approved 121 to 97, with six abstentions.")
    assert [(q.value, q.approx) for q in qs] == [(121, "exact"), (97, "exact"), (6, "exact")]
    q = one("Prices fell from 45 to 25 euros.")  # a "from" says where it started
    assert (q.low, q.high) == (25, 45)
    q = one("Rises range from 2.1 percent in Orla until 8.9 percent in Vesso.")
    assert (q.low, q.high, q.approx) == (2.1, 8.9, "range")


def test_different_units_are_not_a_range():
    qs = extract_quantities("Shares fell 7% to $2.30.")
    assert [(q.value, q.unit) for q in qs] == [(7, "percentage"), (2.3, "dollar")]


# --- changes ----------------------------------------------------------------------------

def test_change_verbs_label_the_amount_of_change():
    qs = extract_quantities("Exports rose by 3% while imports dropped 4.5% to $12 billion.")
    assert [(q.value, q.change) for q in qs] == [(3, "up"), (4.5, "down"), (12e9, "=")]


def test_the_level_after_to_is_not_a_change():
    # NewsQuant labels the level reached ("fell to 4.2%") as "=", the change itself as up/down
    q = one("Inflation fell to 4.2% in May.")
    assert q.value == 4.2 and q.change == "="


# --- number words, fractions, vague amounts ------------------------------------------------

@pytest.mark.parametrize("sentence,value", [
    ("Four trucks were stopped at the border.", 4),
    ("The council hired twenty-five wardens.", 25),
    ("They planted three hundred trees.", 300),
    ("A dozen journalists waited outside.", 12),
    ("The city has 1.4 million residents.", 1.4e6),
])
def test_number_words_and_scales(sentence, value):
    assert one(sentence).value == pytest.approx(value)


def test_fractions():
    assert one("Two-thirds of the members voted yes.").value == pytest.approx(2 / 3, rel=1e-3)
    assert one("Half of the staff went home.").value == 0.5


@pytest.mark.parametrize("sentence,low,high", [
    ("Dozens of residents were evacuated.", 24, 99),
    ("Hundreds of homes lost power.", 200, 999),
    ("Thousands of runners took part.", 2000, 9999),
    ("A handful of shops stayed open.", 2, 9),
])
def test_vague_amounts_have_no_single_value(sentence, low, high):
    q = one(sentence)
    assert q.value is None and (q.low, q.high) == (low, high) and q.approx == "vague"


def test_one_counts_only_before_a_noun():
    assert one("One suspect was arrested.").value == 1
    assert extract_quantities("No one was hurt and they helped one another.") == []


# --- units ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,value,unit", [
    ("The fund is worth $6bn.", 6e9, "dollar"),
    ("Rents rose 12% last year.", 12, "percentage"),
    ("Turnout was 61 per cent.", 61, "percentage"),
    ("Tickets cost €40.", 40, "euro"),
    ("The storm brought winds of 90 mph.", 90, "mile per hour"),
    ("The trail is 12 kilometres long.", 12, "kilometre"),
    ("The bridge is 300 feet high.", 300, "foot"),
    ("Diesel sells at $3.10 per gallon.", 3.1, "dollar per gallon"),
    ("The driver, a 34-year-old man, was unhurt.", 34, "year of age"),
    ("Temperatures dropped to minus 12 degrees Celsius.", -12, "celsius"),
])
def test_units_are_normalised(sentence, value, unit):
    q = one(sentence)
    assert q.value == pytest.approx(value) and q.unit == unit


def test_counted_thing_keeps_modifiers_and_drops_determiners():
    assert one("More than 300 foreign fighters crossed the border.").counted == "foreign fighters"
    assert one("The storm destroyed 40 homes overnight.").counted == "homes"
    q = one("Police arrested 12 members of their families.")
    assert q.counted == "members of their families"
    assert one("The agency vaccinated 5000 older adults.").counted == "older adults"
    assert one("VOLCANO HELL: 40,000 flee as the mountain erupts").counted is None  # a verb, not the thing
    assert one("Three drown as a ferry capsizes").counted is None


# --- identifiers, dates, times, years -------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Fans sat in Section 427 Row 21 near the tunnel.",
    "A Boeing 737 landed safely.",
    "The laptop runs Windows 10.",
    "COVID-19 cases are falling.",
    "Call 555-123-4567 for details.",
    "The 22nd amendment limits presidents.",
    "The talks resumed on October 12.",
    "The plant opened on 12 October 2017.",
    "The vote closes at 3 p.m. on Friday.",
    "In 2017 the mill closed.",
    "See page 5 of the report.",
])
def test_identifiers_dates_and_times_are_not_quantities(sentence):
    assert extract_quantities(sentence) == []


def test_years_are_kept_on_request():
    qs = QuantityExtractor(keep_years=True)("In 2017 the mill closed.")
    assert [q.value for q in qs] == [2017]


def test_a_count_that_looks_like_a_year_is_kept():
    assert one("The firm employs 2000 workers.").value == 2000


def test_bracketed_restatement_shares_the_bound():
    qs = extract_quantities("The moths fly more than 100 kilometres (60 miles).")
    assert [(q.value, q.unit, q.change) for q in qs] == [(100, "kilometre", ">"), (60, "mile", ">")]


def test_no_quantities_and_empty_input():
    assert extract_quantities("") == []
    assert extract_quantities("The minister denied the report.") == []


def test_offsets_point_into_the_sentence():
    s = "Officials said about 1,200 people and 35 trucks were involved."
    for q in extract_quantities(s):
        assert s[q.start:q.end] == q.text
        assert math.isfinite(q.value)


# --- benchmark floor --------------------------------------------------------------------

# Measured on all 590 sentences: value 95.4, value+unit 83.7, value+change 90.1 (F1); the odd-indexed
# half, never looked at while tuning: 93.9, 80.8, 88.9 (benchmarks/bench_quantities.py --split halves).
FLOORS = {"value": 95.0, "value+unit": 83.3, "value+change": 89.7}


def test_newsquant_floor():
    if not DATA.exists():
        pytest.skip(f"NewsQuant data not found at {DATA}")
    sys.path.insert(0, str(REPO / "benchmarks"))
    from bench_quantities import load, retold_predict, score

    result = score(retold_predict(), load(DATA))
    for key, floor in FLOORS.items():
        assert result[key]["f1"] >= floor, (key, result[key])


# --- later phrasing classes ---------------------------------------------------------------

def test_one_in_n_is_a_proportion():
    q = one("Roughly one in four renters moved last year.")
    assert q.value == pytest.approx(0.25) and q.counted == "renters"


def test_an_amount_handled_is_not_a_change_of_level():
    assert one("The start-up raised $150 million from investors.").change == "="
    assert one("The chain cut 1,200 jobs in Ohio.").change == "="
    assert one("The bank cut its rate by 0.25 percentage points.").change == "down"


def test_or_restates_the_change_in_another_unit():
    qs = extract_quantities("The index lost 190 points, or 0.6%, on Friday.")
    assert [q.change for q in qs] == ["down", "down"]


def test_by_then_to_is_a_change_then_a_level():
    qs = extract_quantities("The deficit grew by $5bn to $40bn.")
    assert [(q.value, q.change) for q in qs] == [(5e9, "up"), (40e9, "=")]


def test_compound_adjectives_and_decades_are_not_amounts():
    assert extract_quantities("She signed a five-year deal in the 1990s.") == []


def test_approximators_after_the_number():
    q = one("The firm has 20-odd engineers.")
    assert q.approx == "about" and q.value == 20
    q = one("She has 40-plus years of service.")
    assert q.approx == "at_least" and q.high is None and q.unit == "year"


def test_fraction_of_a_unit_and_and_a_half():
    q = one("Rates rose by a quarter of a percentage point.")
    assert q.value == 0.25 and q.unit == "percentage point" and q.change == "up"
    q = one("He served two and a half years in prison.")
    assert q.value == 2.5 and q.unit == "year"


def test_multiples_and_south_asian_scales():
    assert one("Profits grew threefold last year.").value == 3
    q = one("The state will spend Rs 500 crore on roads.")
    assert q.value == 5e9 and q.unit == "indian rupee"


@pytest.mark.parametrize("sentence", [
    "The attacks of 9/11 changed the city.",
    "The shop is open 24/7.",
    "Savers moved money into 401(k) plans.",
    "Call 0800 123 4567 for help.",
    "She lives at 10 Downing Street.",
    "Apollo 11 landed on the Moon.",
])
def test_codes_addresses_and_names_are_not_quantities(sentence):
    assert extract_quantities(sentence) == []


def test_written_fraction_before_of():
    assert one("A cup is 1/16 of a gallon.").value == pytest.approx(1 / 16)


# --- the unit list: generated from library data, shipped with the package ---------------------

@pytest.mark.parametrize("sentence,value,unit", [
    ("The flat sold for HK$8.2 million.", 8.2e6, "hong kong dollar"),
    ("Fares rose to RM4.50 a ride.", 4.5, "malaysian ringgit"),
    ("Tickets cost ₪120 at the door.", 120, "shekel"),
    ("The grid stored 12 GWh last winter.", 12, "gigawatt hour"),
    ("The studio measures 48 sq m.", 48, "square metre"),
    ("The hatchback returns 52 miles per gallon.", 52, "mile per gallon"),
    ("The bar bill came to 1,200 baht.", 1200, "thai baht"),
])
def test_units_and_currencies_from_the_libraries(sentence, value, unit):
    q = one(sentence)
    assert q.value == pytest.approx(value) and q.unit == unit


def test_a_word_before_a_currency_mark_is_not_part_of_it():
    q = one("The Base Model Will Cost $499 In Stores")
    assert q.text == "$499" and q.unit == "dollar"


def test_pounds_of_weight_and_pounds_of_money():
    assert one("The sturgeon weighed 410 pounds.").unit == "pound-mass"
    assert one("The club paid 40 million pounds for him.").unit == "pound sterling"


def test_unit_file_is_what_the_libraries_give():
    """retold/data/units.json is generated; rebuilding it from the installed libraries changes nothing."""
    pytest.importorskip("quantulum3")
    pytest.importorskip("babel")
    import json

    from retold.quantities import _UNIT_DATA, build_unit_data

    shipped = json.loads(_UNIT_DATA.read_text(encoding="utf-8"))
    built = build_unit_data()
    if shipped["_source"] != built["_source"]:
        pytest.skip(f"installed library versions differ from the file's: {built['_source']}")
    assert built == shipped, "rebuild with: python -m retold.quantities --build-units"


# --- changes: signs, left-out verbs, levels, phrasal verbs ------------------------------------

def test_a_plus_sign_is_a_rise():
    qs = extract_quantities("At noon: FTSE +0.4%, DAX +1.2%.")
    assert [(q.value, q.change) for q in qs] == [(0.4, "up"), (1.2, "up")]


def test_a_left_out_verb_carries_the_change_over():
    qs = extract_quantities("Wheat fell 2.1%, corn by 1.4% and soy was flat.")
    assert [(q.value, q.change) for q in qs] == [(2.1, "down"), (1.4, "down")]


def test_the_level_after_at_is_not_a_change():
    assert one("The shares closed higher at 41.80 euros.").change == "="
    assert one("The dollar was up at 108.20 yen.").change == "="


def test_up_after_a_phrasal_verb_is_no_rise():
    assert one("The defence gave up 412 passing yards.").change == "="
    assert one("Women make up 48% of the workforce.").change == "="


def test_an_amount_added_to_reach_a_level_is_a_change():
    qs = extract_quantities("The stock added 12 cents to $4.35.")
    assert [(q.value, q.unit, q.change) for q in qs] == [(12, "cent", "up"), (4.35, "dollar", "=")]


def test_a_restatement_keeps_its_own_approximator():
    qs = extract_quantities("The firm will cut more than 1,800 posts, or about 4% of its staff.")
    assert [(q.change, q.approx) for q in qs] == [(">", "more_than"), ("~", "about")]


def test_a_restated_range_shares_the_change():
    qs = extract_quantities("Night temperatures dropped by 2 to 3 degrees Celsius (3.6 to 5.4 Fahrenheit).")
    assert [(q.low, q.high, q.change) for q in qs] == [(2, 3, "down"), (3.6, 5.4, "down")]


# --- ranges, ages, names and ordinals ------------------------------------------------------------

def test_from_to_with_words_between_the_ends():
    q = one("Bus fares went from $2.50 in the spring to $3.10 this month.")
    assert (q.low, q.high, q.unit, q.approx) == (2.5, 3.1, "dollar", "range")
    q = one("The fleet shrank from 40 planes at its peak to 26.")
    assert (q.low, q.high, q.counted) == (26, 40, "planes")


def test_ages_in_months_and_weeks():
    assert one("Her 18-month-old son was unhurt.").unit == "month of age"
    assert one("The zoo named its six-week-old cub.").unit == "week of age"


def test_a_unit_after_a_name_makes_it_a_measure():
    assert one("Nurses handed out Panadol 500mg tablets.").unit == "milligram"
    assert one("The Dell XPS 15 inch model costs more.").value == 15
    assert extract_quantities("Viewers of Channel 4s late news complained.") == []


def test_ordinals_are_not_amounts_but_stones_are():
    assert extract_quantities("It was the 21st time and the 102nd game.") == []
    assert one("The angler landed a 23st carp.").unit == "stone"


# --- more units: symbols, appositive ages, shared units ----------------------------------------

@pytest.mark.parametrize("sentence,value,unit", [
    ("The monitor has a 27″ screen.", 27, "inch"),
    ("Overnight lows reached 4 C in the valleys.", 4, "celsius"),
    ("The kit ships with a 65 W charger.", 65, "watt"),
    ("Give the child 5mL of the syrup.", 5, "millilitre"),
    ("The port handles a 90,000 barrel-a-day pipeline.", 90000, "barrel per day"),
    ("The sports car makes 510bhp.", 510, "brake horsepower"),
])
def test_more_unit_symbols(sentence, value, unit):
    q = one(sentence)
    assert q.value == pytest.approx(value) and q.unit == unit


def test_a_closing_quote_typed_as_a_double_prime_is_no_inch():
    assert extract_quantities("“Singer Dies at 34″ was a hoax.")[0].unit is None


def test_a_number_between_commas_after_a_name_is_an_age():
    q = one("Priya Nair, 29, won the race.")
    assert q.value == 29 and q.unit == "year of age"
    assert one("On Monday, 14, people queued.").unit is None


def test_a_part_of_an_amount_shares_its_unit():
    qs = extract_quantities("So far the city has spent 40 million of the 95 million euros.")
    assert [q.unit for q in qs] == ["euro", "euro"]


def test_a_fraction_of_a_qualified_unit():
    assert one("A teaspoon is 1/6 of a US fluid ounce.").unit == "fluid ounce"


def test_a_bare_number_after_a_range_shares_its_unit():
    qs = extract_quantities("Mileage rose from about 30-34 mpg to 41 in the new model.")
    assert [q.unit for q in qs] == ["mile per gallon"] * len(qs)


def test_digits_with_two_scale_words():
    assert one("The survey reached 3 hundred thousand homes.").value == 3e5


def test_powers_of_ten():
    q = one("A proton weighs about 1.67×10−27 kilograms.")
    assert q.value == pytest.approx(1.67e-27) and q.unit == "kilogram" and q.approx == "about"
    assert one("Radio waves travel at 3 x 10^8 m/s.").value == pytest.approx(3e8)
    assert [q.value for q in extract_quantities("She ran the 4 x 100m relay.")] == [4, 100]


def test_areas_and_volumes_written_with_a_power():
    assert one("The flat has 54m2 of floor space.").unit == "square metre"
    assert one("The cell delivers 2.4 A/cm2 at peak.").unit == "ampere per square centimetre"


@pytest.mark.parametrize("sentence", [
    "The shop opens at 12 W 57th St next month.",
    "Their office is at 8 Rue Cambon, Paris.",
    "Homes in the 10013 ZIP code sold fast.",
])
def test_more_addresses_are_not_quantities(sentence):
    assert extract_quantities(sentence) == []


def test_a_far_future_year_after_a_preposition():
    assert extract_quantities("Seas could rise sharply by 2150, the study says.") == []


def test_a_change_in_percent_carries_to_a_bare_number_after_by():
    qs = extract_quantities("Exports rose by 3 percent and imports fell by 2.")
    assert [(q.unit, q.change) for q in qs] == [("percentage", "up"), ("percentage", "down")]


@pytest.mark.parametrize("sentence", [
    "The lab bought 3-D printers.",
    "3) Regulators Approve The Merger",
])
def test_dimensions_and_list_numbers_are_not_amounts(sentence):
    assert extract_quantities(sentence) == []


def test_a_screen_is_no_teravolt():
    assert one("He bought a 65 TV for the den.").unit is None


def test_a_long_run_of_numbers():
    # every number is kept; (the merge used to compare each find with every other: minutes on such input)
    assert len(extract_quantities("7 " * 4000)) == 4000


# --- amounts said without a number (read for comparisons, not by the extractor) -------------------


def _implied(sentence):
    from retold.quantities import implied_amounts

    return [(q.text, q.value, q.low, q.high, q.approx, q.unit) for q in implied_amounts(sentence)]


def test_a_span_of_time_with_an_article_or_a_bare_plural_is_an_amount():
    assert _implied("The ferry service will be suspended for a week.") == [("a week", 1.0, 1.0, 1.0, "exact", "week")]
    assert _implied("Repairs should be done within a fortnight.") == [("a fortnight", 2.0, 2.0, 2.0, "exact", "week")]
    assert _implied("The mill has been idle for nearly a decade.")[0][:5] == ("nearly a decade", 1.0, 0.9, 1.0, "almost")
    [(text, value, low, high, approx, unit)] = _implied("The bridge has been closed for months.")
    assert (text, value, approx, unit) == ("months", None, "vague", "month") and low >= 2 and high < 12
    assert _implied("She served several years on the board.")[0][0] == "several years"
    assert _implied("The miners face a five-year ban from the site.") == [("five-year", 5.0, 5.0, 5.0, "exact", "year")]


def test_a_rate_or_a_time_reference_is_no_span():
    assert _implied("The closure costs the port 2 million euros a day.") == []
    assert _implied("A year ago the rate was lower.") == []
    assert _implied("The 54-year-old driver was arrested.") == []
    assert extract_quantities("The ferry service will be suspended for a week.") == []  # not the extractor's


def test_fractions_shares_and_bounded_units_said_with_an_article():
    assert _implied("Rents rose by almost a quarter between 2019 and 2024.")[0][:5] == ("almost a quarter", 0.25, 0.225, 0.25, "almost")
    assert _implied("It is a third term for the mayor.") == []  # an ordinal, not a fraction
    [(text, value, low, high, approx, unit)] = _implied("Turnout fell in most districts.")
    assert (text, low, high, approx) == ("most", 0.5, 1.0, "vague")
    assert _implied("The glacier retreated by over a kilometre.") == [("over a kilometre", 1.0, 1.0, None, "more_than", "kilometre")]


def test_a_ratio_with_its_counted_thing_between_the_numbers():
    [q] = extract_quantities("The airline will fly only one plane in four on Monday.")
    assert q.value == 0.25 and q.counted == "plane" and q.approx == "only"
    qs = extract_quantities("The striker scored 14 goals in 20 games.")
    assert [q.value for q in qs] == [14, 20]  # figures in digits are counts, not a ratio


def test_a_number_after_a_month_and_a_comma_is_no_day():
    qs = extract_quantities("In a poll taken between 3 and 7 March, 64 percent backed the plan.")
    assert [q.text for q in qs][-1] == "64 percent"


def test_younger_than_is_an_upper_bound():
    [q] = extract_quantities("Most patients are children younger than five.")
    assert q.approx == "less_than" and q.high == 5
