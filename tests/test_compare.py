"""compare, compare_claims and check_headline on claims and articles built by hand."""

from dataclasses import replace

from retold.comparing import check_headline, compare_claims
from retold.models import Claim, Hedge, Quantity


def placed(text, parts):
    """Point every quantity, date and hedge at where its words stand in the claim text."""
    for key in ("quantities", "dates", "hedges"):
        if key in parts:
            items = []
            for x in parts[key]:
                i = text.find(x.text)
                assert i >= 0, x.text
                items.append(replace(x, start=i, end=i + len(x.text)))
            parts[key] = tuple(items)
    return parts


def q(text, value, low=None, high=None, approx="exact", counted=None, unit=None, start=0):
    low = value if low is None and approx == "exact" else low
    high = value if high is None and approx == "exact" else high
    return Quantity(text=text, value=value, low=low, high=high, approx=approx, counted=counted, unit=unit,
                    start=start, end=start + len(text))


def claim(text, cid, role="body", **parts):
    return Claim(id=cid, role=role, text=text, end=len(text), **placed(text, parts))


BODY = [
    claim("More than four months of fighting left Raqqa in ruins.", "c1",
          quantities=(q("More than four months", 4, 4, None, "more_than", "months"),)),
    claim("Eyewitnesses said the deal let about 250 fighters and almost 4,000 members of their families "
          "leave Raqqa.", "c2",
          quantities=(q("about 250 fighters", 250, 225, 275, "about", "fighters", start=32),
                      q("almost 4,000 members of their families", 4000, 3600, 4000, "almost",
                        "members of their families", start=55))),
    claim("The coalition said only a handful of fighters had left.", "c3",
          quantities=(q("a handful of fighters", None, 2, 9, "vague", "fighters", start=29),)),
]


def test_headline_with_inflated_count_is_overstated_with_both_spans():
    head = claim("Secret deal let thousands of fighters escape from Raqqa", "h", role="headline",
                 quantities=(q("thousands of fighters", None, 2000, 9999, "vague", "fighters", start=16),))
    check = check_headline(head, BODY)
    assert check.verdict == "overstated"
    [d] = [d for d in check.drifts if d.kind == "number_changed"]
    assert d.direction == "inflated"
    assert d.source_claim == "c2" and "about 250 fighters" == BODY[1].text[slice(*d.source_span)]
    assert head.text[slice(*d.retelling_span)] == "thousands of fighters"
    assert "c2" in check.matches


def test_headline_matching_its_body_is_supported():
    head = claim("Deal let about 250 fighters leave Raqqa", "h", role="headline",
                 quantities=(q("about 250 fighters", 250, 225, 275, "about", "fighters", start=9),))
    check = check_headline(head, BODY)
    assert check.verdict == "supported"
    assert check.drifts == ()


def test_headline_dropping_the_body_hedge_is_overstated():
    body = [claim("The new drug may reduce the risk of stroke, a study suggests.", "c1",
                  hedges=(Hedge("may", "modal", 13, 16),))]
    head = claim("New drug reduces the risk of stroke", "h", role="headline")
    check = check_headline(head, body)
    assert check.verdict == "overstated"
    assert [d.kind for d in check.drifts] == ["certainty_changed"]


def test_headline_about_something_else_is_unsupported_and_never_added():
    head = claim("Mayor opens new swimming pool downtown", "h", role="headline")
    check = check_headline(head, BODY)
    assert check.verdict == "unsupported"
    assert all(d.kind not in ("added", "omitted") for d in check.drifts)
    assert check_headline(head, []).verdict == "unsupported"


def test_identical_claims_are_all_faithful():
    pairs = compare_claims(BODY, BODY)
    assert len(pairs) == len(BODY)
    assert all(p.drifts == () for p in pairs)
    assert [p.source_claim.id for p in pairs] == [p.retelling_claim.id for p in pairs]


def test_empty_side_gives_added_or_omitted():
    assert [d.kind for p in compare_claims([], BODY) for d in p.drifts] == ["added"] * 3
    assert [d.kind for p in compare_claims(BODY, []) for d in p.drifts] == ["omitted"] * 3
    assert compare_claims([], []) == []


def test_retelling_headline_amount_is_checked_against_the_whole_source():
    source = [claim("Floods hit the Arven valley", "h", role="headline"),
              claim("Heavy rain flooded about 1,800 homes in the Arven valley.", "c1",
                    quantities=(q("about 1,800 homes", 1800, 1620, 1980, "about", "homes"),))]
    retelling = [claim("Floods hit 18,000 homes in the Arven valley", "h", role="headline",
                       quantities=(q("18,000 homes", 18000, counted="homes"),))]
    pairs = compare_claims(source, retelling)
    [head] = [p for p in pairs if p.retelling_claim is not None]
    assert head.source_claim.id == "h"
    [d] = [d for d in head.drifts if d.kind == "number_changed"]
    assert d.source_claim == "c1" and d.direction == "inflated" and d.ratio == 10


def test_merged_pair_reads_amounts_from_both_sources():
    source = [claim("Two giant panda cubs were born at Linden Zoo on Sunday.", "c1",
                    quantities=(q("Two giant panda cubs", 2, counted="giant panda cubs"),)),
              claim("The mother, Mei Lan, is eight years old.", "c2",
                    quantities=(q("eight years", 8, counted="years"),))]
    retelling = [claim("Two giant panda cubs were born on Sunday at Linden Zoo to nine-year-old mother Mei Lan.",
                       "c1", quantities=(q("Two giant panda cubs", 2, counted="giant panda cubs"),
                                         q("nine-year", 9, counted="year")))]
    [p] = compare_claims(source, retelling)
    assert p.also_source == ("c2",)
    [d] = p.drifts
    assert d.kind == "number_changed" and d.source_claim == "c2"
    assert source[1].text[slice(*d.source_span)] == "eight years"


def _read(text):
    from retold.claims import extract_claims
    from retold.models import Article

    return [c for c in extract_claims(Article(title="", text=text)) if c.role == "body"]


def test_a_merged_sentence_answers_for_its_own_negation():
    from retold.comparing import pair_drifts

    main, extra = _read("Three councillors voted against the budget, a party official said. "
                        "They would not be expelled, she added.")
    [r] = _read("Three councillors voted against the budget and will be expelled, a party official said.")
    assert "negation_flipped" in [d.kind for d in pair_drifts(main, r, [extra])]
    main, extra = _read("Parents said they had not been told about the leak until Friday. The school apologised for the delay in a letter to parents.")
    [r] = _read("Parents said they had not been told about the leak until Friday, and the school refused to apologise.")
    [d] = [d for d in pair_drifts(main, r, [extra]) if d.kind == "negation_flipped"]
    assert d.source_claim == extra.id
    # a merged caveat the retelling leaves out is no flip
    main, extra = _read("The agency said 37 cases had been opened this year. It did not say how many involved cyclists.")
    [r] = _read("The cycling federation says 37 cases have been opened this year.")
    assert "negation_flipped" not in [d.kind for d in pair_drifts(main, r, [extra])]


def _pairs(source_text, retelling_text, source_title="", retelling_title=""):
    from retold.claims import extract_claims
    from retold.models import Article

    return compare_claims(extract_claims(Article(title=source_title, text=source_text)),
                          extract_claims(Article(title=retelling_title, text=retelling_text)))


def _kinds_of(pairs, needle):
    return sorted(d.kind for p in pairs if p.retelling_claim is not None and needle in p.retelling_claim.text
                  for d in p.drifts)


def test_a_pronoun_speaker_named_before_is_a_speaker_and_a_body_telling_its_own_doing_keeps_its_source():
    pairs = _pairs("The weather service issued a storm warning for the coast on Monday. "
                   "It said the rain would ease on Sunday, with the coast hit hardest.",
                   "A storm warning was issued for the coast on Monday. The rain will ease on Sunday.")
    assert _kinds_of(pairs, "The rain will ease") == ["attribution_changed"]
    pairs = _pairs("Police appealed for witnesses after the break-in at the museum. "
                   "They said they were examining footage from security cameras.",
                   "Police appealed for witnesses after the museum break-in. "
                   "They are examining footage from the security cameras.")
    assert _kinds_of(pairs, "They are examining") == []


def test_a_union_announcing_its_members_strike_keeps_its_source_and_a_shouted_kicker_credits_no_one():
    body = ("Bus drivers in Kessel will walk out for two days from 3 June, the drivers' union VTU said on "
            "Monday. The union said 80 percent of its members had backed the strike.")
    pairs = _pairs(body, body, source_title="Bus drivers to strike for two days, union says",
                   retelling_title="Bus drivers to strike for two days")
    assert _kinds_of(pairs, "Bus drivers to strike") == []
    pairs = _pairs("Winds of up to 90mph are expected on Friday, the weather service said.",
                   "Winds of up to 90mph are expected on Friday, the weather service said.",
                   source_title="Storm to bring 90mph winds on Friday, forecasters say",
                   retelling_title="STORM FURY: 90mph winds on Friday")
    assert [p.retelling_claim.attribution for p in pairs if "STORM FURY" in p.retelling_claim.text] == [None]
    # (the same claim with its tag left off is how headlines run; a changed one loses its source)
    pairs = _pairs("Winds of up to 90mph are expected on Friday, the weather service said.",
                   "Winds of up to 90mph are expected on Friday, the weather service said.",
                   source_title="Storm to bring 90mph winds on Friday, forecasters say",
                   retelling_title="STORM FURY: 120mph winds on Friday")
    assert "attribution_changed" in _kinds_of(pairs, "STORM FURY")


def test_a_speaker_credited_next_door_is_a_description_that_may_name_it():
    pairs = _pairs("Local leaders have complained that new checkpoints have cut villages off from markets. "
                   "The Regional Council mediators said they were cautiously optimistic about a deal.",
                   "New checkpoints have cut villages off from markets. "
                   "The Regional Council mediators said they were cautiously optimistic about a deal.")
    assert _kinds_of(pairs, "New checkpoints") == ["attribution_changed"]


def test_a_named_body_credited_next_door_does_not_carry_another_bodys_credit():
    pairs = _pairs("Two workers were injured when a crane collapsed at the site on Wednesday, police said. "
                   "The crane's operator, Liftco, said the cause was not yet known.",
                   "Two workers were hurt when a crane crashed down at the site on Wednesday. "
                   "Liftco said a faulty cable caused the collapse.")
    assert _kinds_of(pairs, "Two workers were hurt") == ["attribution_changed"]
    assert _kinds_of(pairs, "Liftco said a faulty cable") == ["certainty_changed"]  # "not yet known" dropped


def test_compare_articles_end_to_end():
    from retold.comparing import compare
    from retold.models import Article

    text = ("Heavy rain flooded about 1,800 homes in the Arven valley on Tuesday, the regional agency said. "
            "At least 40 schools were closed as a precaution.\n\nThe council approved an emergency fund of "
            "$2 million on Wednesday.")
    source = Article(title="Floods damage 1,800 homes in Arven valley", text=text, published="2024-03-14")
    same = compare(source, source)
    assert same.pairs and all(p.drifts == () for p in same.pairs)
    retelling = Article(title="Floods wreck 18,000 homes in Arven valley",
                        text=text.replace("about 1,800", "nearly 18,000").replace("At least 40", "40"),
                        published="2024-03-15")
    kinds = sorted(d.kind for d in compare(source, retelling).drifts)
    assert kinds.count("number_changed") == 2  # headline and body
    assert "precision_changed" in kinds
    empty = compare(Article(title="", text=""), source)
    assert {d.kind for d in empty.drifts} == {"added"}


def _kinds_for(source_text, retelling_text, needle):
    from retold.comparing import compare
    from retold.models import Article

    comp = compare(Article(title="", text=source_text, published="2024-11-20"),
                   Article(title="", text=retelling_text, published="2024-11-20"))
    return sorted(d.kind for p in comp.pairs if p.retelling_claim and needle in p.retelling_claim.text
                  for d in p.drifts)


def test_the_office_said_is_the_prosecutors_office_named_before():
    source = ("The public prosecutor's office charged five people with fraud on Monday. "
              "The founder was arrested in Spain in November, the office said.")
    retelling = ("Prosecutors charged five people with fraud on Monday. "
                 "The founder was arrested in Spain in November, prosecutors said.")
    assert _kinds_for(source, retelling, "arrested") == []
    assert _kinds_for(source, retelling.replace("prosecutors said", "the police said"), "arrested") == \
        ["attribution_changed"]


def _headline_drifts(source_title, source_text, retelling_title):
    from retold.comparing import compare
    from retold.models import Article

    comp = compare(Article(title=source_title, text=source_text, published="2024-10-22"),
                   Article(title=retelling_title, text=source_text, published="2024-10-22"))
    return sorted(d.kind for p in comp.pairs if p.retelling_claim and p.retelling_claim.role == "headline"
                  for d in p.drifts)


def test_a_headline_amount_is_held_to_the_exactness_the_body_gives_it():
    body = ("Traffic at the port of Kalmar stood still on Tuesday as about 3,500 dockworkers continued a strike. "
            "Glaciers in the Kessen Alps lost about 4 percent of their ice in 2024.")
    assert _headline_drifts("Port strike halts Kalmar", body, "Kalmar paralysed as 3,500 dockers strike") == \
        ["precision_changed"]
    assert _headline_drifts("Port strike halts Kalmar", body, "Kalmar paralysed as about 3,500 dockers strike") == []
    assert _headline_drifts("Alpine glaciers lost 4 percent of their ice in 2024", body,
                            "Kessen Alps glaciers lost around 4% of their ice in 2024") == []


def test_a_speaker_credited_next_door_must_be_of_the_same_kind():
    source = "The company said air was being pumped into the section where the men were sheltering."
    moved = "Air is being pumped into the section where the men are sheltering, the operator Eastern Coal said."
    assert _kinds_for(source, moved, "Air is") == []
    other = ("Air is being pumped into the section where the men are sheltering. Teams are drilling a "
             "borehole to reach them, chief rescue engineer Irena Dvorak said.")
    assert _kinds_for(source, other, "Air is") == ["attribution_changed"]


# --- reports ------------------------------------------------------------------------------------------


def _comparison():
    from retold.models import Article, Comparison

    retelling = [claim("Secret deal let thousands of fighters escape <script>alert(1)</script>", "h",
                       role="headline",
                       quantities=(q("thousands of fighters", None, 2000, 9999, "vague", "fighters"),)),
                 claim("A new bridge <b>will</b> open.", "c1")]
    pairs = compare_claims(BODY, retelling)
    return Comparison(source=Article(title="Deal & <i>escape</i>", text="\n\n".join(c.text for c in BODY)),
                      retelling=Article(title=retelling[0].text, text=retelling[1].text), pairs=tuple(pairs))


def test_html_is_self_contained_escaped_and_links_both_spans():
    from retold.report.comparison import comparison_html

    html = comparison_html(_comparison())
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<i>escape</i>" not in html and "<b>will</b>" not in html
    assert "http://" not in html.replace('http-equiv', '') and "https://" not in html
    assert "<link" not in html and "@import" not in html
    # the number drift is linked to its two marked spans, and each span back to the drift
    assert 'id="d1-1-s"' in html and 'id="d1-1-r"' in html
    assert 'href="#d1-1-s"' in html and 'href="#d1-1-r"' in html
    assert ">about 250 fighters</a></mark>" in html and ">thousands of fighters</a></mark>" in html


def test_text_report_gives_one_verdict_a_pair():
    import io

    from rich.console import Console

    from retold.report.comparison import comparison_text

    out = io.StringIO()
    comparison_text(_comparison(), Console(file=out, width=160, no_color=True))
    text = out.getvalue()
    assert "number_changed" in text and "inflated" in text
    assert "added" in text and "omitted" in text
    assert "<script>alert(1)</script>" in text  # printed as text, never interpreted


# --- the dev set ----------------------------------------------------------------------------------

import importlib.util  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
_PARTS = ("retold.quantities", "retold.dates", "retold.attribution", "retold.hedges")


def _dev_paths():
    return sorted(p for d in (ROOT / "benchmarks" / "gold" / "compare", ROOT / "tests" / "data" / "compare",
                              ROOT / "benchmarks" / "gold" / "compare" / "fresh")
                  if d.is_dir() for p in d.glob("*.json"))


@pytest.mark.skipif(not _dev_paths() or any(importlib.util.find_spec(m) is None for m in _PARTS),
                    reason="no labeled pairs, or the claim parts are not there yet")
def test_dev_set_floor():
    """Pinned floors: raise them when the scores rise, never lower them silently."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_compare import evaluate

    res = evaluate(_dev_paths())
    kinds = res["kinds"]
    assert res["false_alarm_rate"] <= FLOORS["false_alarm_rate"]
    assert res["alignment_accuracy"] >= FLOORS["alignment_accuracy"]
    for kind, floor in FLOORS["recall"].items():
        if kinds[kind]["recall"] is not None:
            assert kinds[kind]["recall"] >= floor, kind
    for kind, floor in FLOORS["precision"].items():  # a false drift is worse than a miss
        if kinds[kind]["precision"] is not None:
            assert kinds[kind]["precision"] >= floor, kind


FLOORS = {  # measured 0.008 / 0.978 / number 0.93, date 1.0, precision 0.97, attribution 0.95,
    # certainty 0.93, actor 0.85, negation 0.90, quote 1.0 on 60 pairs (the 48 and 12 fresh ones; fresh2
    # and the later test sets are never part of a floor); precision (of the drifts named) 1.0 for every
    # kind but attribution (0.81). Lowered on purpose for false alarms (0.003) and attribution precision
    # (0.94): our dev labels let a neighbour's own credit cover a sentence that dropped its own, the
    # blind labelers never did (twenty of their labels against six of ours), and the rule now reads it
    # their way; the dev labels stay as written.
    "false_alarm_rate": 0.011,
    "alignment_accuracy": 0.96,
    # each floor one miss (or, for false alarms, one more) under the measure
    "recall": {"number_changed": 0.91, "date_changed": 0.97, "precision_changed": 0.94,
               "attribution_changed": 0.92, "certainty_changed": 0.91, "actor_changed": 0.81,
               "negation_flipped": 0.87, "quote_altered": 0.94},
    # one more false drift each
    "precision": {"number_changed": 0.97, "date_changed": 0.97, "precision_changed": 0.96,
                  "attribution_changed": 0.79, "certainty_changed": 0.98, "actor_changed": 0.96,
                  "negation_flipped": 0.96, "quote_altered": 0.95},
}


# --- casualties and open bounds, on extracted claims ---------------------------------------------


def _headline_check(headline, body_text):
    from retold.claims import ClaimExtractor
    from retold.models import Article

    article = Article(title=headline, text=body_text)
    extractor = ClaimExtractor()
    return check_headline(extractor.headline(article)[0], extractor.body(article))


def test_people_killed_are_the_dead_a_headline_counts():
    check = _headline_check("Bus crash leaves dozens dead on mountain road",
                            "A bus left the road in the mountains on Friday, killing nine people, police said.")
    assert check.verdict == "overstated"
    [d] = [d for d in check.drifts if d.kind == "number_changed"]
    assert d.direction == "inflated" and d.from_ == "nine"


def test_a_lower_bound_licenses_a_nearby_figure_not_any():
    body = "At least 120 homes were flooded when the river burst its banks, the council said."
    assert not [d for d in _headline_check("Floods swamp more than 150 homes", body).drifts
                if d.kind == "number_changed"]
    far = _headline_check("Floods swamp thousands of homes", body)
    assert far.verdict == "overstated"
    assert [d.direction for d in far.drifts if d.kind == "number_changed"] == ["inflated"]


def test_workers_killed_and_injured_are_the_dead_and_the_injured_a_headline_counts():
    check = _headline_check("Three dead, 11 hurt in chemical plant blast",
                            "Three workers were killed and 11 injured in an explosion at the plant on Wednesday. "
                            "It is the deadliest accident in the region since 2016, when five people died.")
    assert not [d for d in check.drifts if d.kind == "number_changed"], [d.summary for d in check.drifts]


def test_a_span_of_years_and_months_is_one_span():
    pairs = _pairs("Judge Marsh sentenced Rensen to six years and six months in prison.",
                   "Judge Marsh sentenced Rensen to six and a half years in prison.")
    assert _kinds_of(pairs, "six and a half") == []
    pairs = _pairs("Judge Marsh sentenced Rensen to six years and six months in prison.",
                   "Judge Marsh sentenced Rensen to seven years in prison.")
    assert _kinds_of(pairs, "seven years") == ["number_changed"]


def test_a_headline_may_drop_the_rate_of_an_amount():
    check = _headline_check("Minimum wage to rise 5.4 percent to 14.20 euros",
                            "The government will raise the minimum wage by 5.4 percent to 14.20 euros an hour. "
                            "Unions had demanded 15 euros.")
    assert not [d for d in check.drifts if d.kind == "number_changed"], [d.summary for d in check.drifts]
    check = _headline_check("Minimum wage to rise to 16 euros",
                            "The government will raise the minimum wage by 5.4 percent to 14.20 euros an hour.")
    assert [d.kind for d in check.drifts] == ["number_changed"]


def test_an_accusation_stated_as_fact_drops_who_made_it():
    pairs = _pairs("The army of the neighbouring republic, which the governor blamed for the attack, denied firing "
                   "on the town.",
                   "The attack was carried out by the army of the neighbouring republic. The republic denied firing on "
                   "the town.")
    assert "attribution_changed" in _kinds_of(pairs, "carried out")
    pairs = _pairs("The army of the neighbouring republic, which the governor blamed for the attack, denied firing "
                   "on the town.",
                   "The governor blamed the army of the neighbouring republic for the attack.")
    assert "attribution_changed" not in _kinds_of(pairs, "governor blamed")


def test_injured_people_are_not_counted_as_dead():
    check = _headline_check("Twelve dead in factory blast",
                            "An explosion at the factory injured 12 workers and 30 people were hurt nearby.")
    assert not [d for d in check.drifts if d.kind == "number_changed"]


def _compare_texts(source_text, retelling_text):
    from retold.claims import extract_claims
    from retold.models import Article

    return compare_claims(extract_claims(Article(title="", text=source_text)),
                          extract_claims(Article(title="", text=retelling_text)))


def test_a_finding_stated_as_fact_drops_who_reported_it():
    pairs = _compare_texts("The airline said checks last week had found no faults in the engine.",
                           "Checks last week found no faults in the engine.")
    drifts = [d for p in pairs for d in p.drifts]
    assert [d.direction for d in drifts if d.kind == "attribution_changed"] == ["dropped"]


def test_a_short_lead_sharing_only_names_is_added_not_a_split():
    source = ("Heavy rain fell for a third day on Monday. "
              "The coast road through the Marlow valley remains closed, the police said.")
    retelling = ("The Marlow valley is under water. Heavy rain fell for a third day on Monday. "
                 "The coast road through the Marlow valley remains closed, the police said.")
    pairs = _compare_texts(source, retelling)
    lead = next(p for p in pairs if p.retelling_claim is not None and p.retelling_claim.text == "The Marlow valley is under water.")
    assert lead.source_claim is None and [d.kind for d in lead.drifts] == ["added"]
    assert not [d for p in pairs if p.retelling_claim is not None and p.source_claim is not None for d in p.drifts]


def test_the_headline_pair_carries_the_source_body_stance():
    import retold
    from retold.models import Article

    source = Article(title="Council approves new bridge over the Arve",
                     text="The city council approved a new bridge over the Arve on Tuesday. "
                          "Construction will start in May and cost 40 million euros, the mayor said.")
    retelling = Article(title="Council approves Arve bridge",
                        text="The city council approved a new bridge over the Arve on Tuesday.")
    with_stance = retold.compare(source, retelling)
    [head] = [p for p in with_stance.pairs if p.retelling_claim is not None and p.retelling_claim.role == "headline"]
    assert head.stance is not None and head.stance.label in ("agree", "disagree", "discuss", "unrelated")
    assert abs(sum(head.stance.probabilities.values()) - 1) < 0.01
    assert all(p.stance is None for p in with_stance.pairs if p is not head)
    assert all(p.stance is None for p in retold.compare(source, retelling, stance=False).pairs)


# --- round 4: bounds, second negations, open possibilities, on extracted claims -----------------


def _drifts_between(source_sentence, retelling_sentence):
    from retold.comparing import pair_drifts

    from retold.claims import extract_claims
    from retold.models import Article

    [s], [r] = (extract_claims(Article(title="", text=t, published="2025-03-05")) for t in (source_sentence, retelling_sentence))
    return sorted(d.kind for d in pair_drifts(s, r, []))


def test_a_bound_read_as_a_change_or_on_a_date_is_still_a_bound():
    assert _drifts_between("Exports fell up to 8 percent in the worst-hit ports.",
                           "Exports fell 8 percent in the worst-hit ports.") == ["precision_changed"]
    assert _drifts_between("The museum will stay shut until at least Tuesday, the council said.",
                           "The museum will stay shut until Tuesday, the council said.") == ["precision_changed"]
    assert _drifts_between("The museum will stay shut until Tuesday, the council said.",
                           "The museum will stay shut until Tuesday, the council said.") == []


def test_a_count_before_a_verb_and_its_object_is_a_count_of_nobody_named():
    # "31 boarded a bus": "boarded" is what they did, not what is counted, so "dozens" is the same people
    assert _drifts_between("Most guests went home; 31 boarded a bus to the airport.",
                           "Dozens of guests boarded a bus to the airport.") == ["precision_changed"]


def test_a_second_no_in_the_main_clause_is_read_and_without_is_a_not():
    assert "negation_flipped" in _drifts_between(
        "The roof held, and there was no flooding and no sign that the chemicals had leaked, the plant said.",
        "The plant said the roof held and the chemicals had leaked, though there was no flooding.")
    assert "negation_flipped" in _drifts_between(
        "The mayor said the stadium would be rebuilt by 2028 and would be paid for without new taxes.",
        "The mayor said the stadium would be rebuilt by 2028 and would be paid for with new taxes.")
    assert "negation_flipped" not in _drifts_between(
        "It was the worst flood since a storm left some 9,000 homes without water in 2019.",
        "It was the worst flood since a storm cut off water to 9,000 homes in 2019.")


def test_a_possibility_left_open_is_a_hedge_and_ruling_it_out_is_a_flip():
    assert _drifts_between("The coach said he had not ruled out a return to the club next season.",
                           "The coach said he will return to the club next season.") == ["certainty_changed"]
    assert _drifts_between("The coach said he had not ruled out a return to the club next season.",
                           "The coach said he had ruled out a return to the club next season.") == ["negation_flipped"]
    assert _drifts_between("Two passengers were treated for suspected smoke inhalation, the airline said.",
                           "Two passengers were treated for smoke inhalation, the airline said.") == []
    assert _drifts_between("One passenger was treated for a suspected heart attack, the airline said.",
                           "One passenger was treated for a heart attack, the airline said.") == ["certainty_changed"]


def test_odds_hardened_to_a_not_and_a_thing_still_to_come_are_no_flips():
    assert _drifts_between("The new line is unlikely to open before 2031, officials said.",
                           "The new line will not open before 2031, officials said.") == ["certainty_changed"]
    assert "negation_flipped" not in _drifts_between(
        "The jury has not yet reached a verdict and is expected to return on Monday.",
        "The jury is expected to return its verdict on Monday.")
    assert "negation_flipped" in _drifts_between(
        "The jury has not yet reached a verdict, the court said.",
        "The jury has reached a verdict, the court said.")


def test_a_time_of_day_ends_a_sentence_before_a_new_subject():
    from retold.claims import split_sentences

    text = "Trains will not run between 10 p.m. and 5 a.m. Buses will replace them. The first leaves at 5 a.m. Monday."
    assert [text[a:b] for a, b, _ in split_sentences(text)] == [
        "Trains will not run between 10 p.m. and 5 a.m.", "Buses will replace them.",
        "The first leaves at 5 a.m. Monday."]


def test_a_phrase_someone_called_a_thing_swapped_is_an_altered_quote_and_an_amount_inside_it_is_told_once():
    assert _drifts_between('Coach Lena Berg said the defeat was "a learning experience" for the squad.',
                           'Coach Lena Berg called the defeat "a total disaster" for the squad.') == ["quote_altered"]
    assert _drifts_between('The mayor said the roads had been "gridlocked for days", her office said.',
                           'The mayor said the roads had been "gridlocked for weeks", her office said.') == ["quote_altered"]


def test_the_doer_of_an_act_told_in_other_words_is_compared():
    # the same act in another verb of its family, an act someone is expected to do, a deed named by its
    # doer's possessive or "from"
    assert _drifts_between("The port said the regional police had stepped up patrols along the quay.",
                           "The port said the border police had reinforced patrols along the quay.") == ["actor_changed"]
    assert _drifts_between("The city council is expected to approve the budget on Monday.",
                           "The county council approved the budget on Monday.") == ["actor_changed", "certainty_changed"]
    assert _drifts_between("The strikers accepted an offer from the transport ministry after talks.",
                           "The strikers accepted the labour ministry's offer after talks.") == ["actor_changed"]
    # one of the names the source gives its doer is no change
    assert _drifts_between("The ferry, the Norland Queen, was carrying 300 passengers when it ran aground.",
                           "The Norland Queen was carrying 300 passengers when it ran aground.") == []


def test_a_verb_and_its_noun_meet_in_alignment():
    pairs = _pairs("The mine closed on Monday. Police said they were not investigating the collapse.",
                   "Police have launched an investigation into the collapse.")
    [p] = [p for p in pairs if p.retelling_claim is not None]
    assert p.source_claim is not None and "investigating" in p.source_claim.text


def test_an_estimated_share_and_the_end_of_a_month_keep_their_bounds():
    assert _drifts_between("Leaks lose an estimated third of the town's water, the utility said.",
                           "Leaks lose a third of the town's water, the utility said.") == ["precision_changed"]
    drifts = _drifts_between("The road will stay closed until at least the end of June, the council said.",
                             "The road will stay closed until the end of June, the council said.")
    assert drifts == ["precision_changed"]


def test_a_named_body_told_as_insiders_is_a_source_unnamed():
    from retold.comparing import compare
    from retold.models import Article

    comp = compare(Article(title="", text="Hallam Museum reopened on Friday. The painting was not damaged, the museum said."),
                   Article(title="", text="Hallam Museum reopened on Friday. The painting was not damaged, insiders said."))
    kinds = [d.kind for p in comp.pairs for d in p.drifts]
    assert kinds == ["attribution_changed"]


# --- round 5: times of day, spans, portfolios, opposites, open questions, ordinals ---------------


def test_a_time_of_day_that_moved_is_a_date_change_and_one_told_roughly_is_not():
    assert _drifts_between("The lorry overturned at 4:10 a.m. on the ring road, police said.",
                           "The lorry overturned at 4:40 a.m. on the ring road, police said.") == ["date_changed"]
    assert _drifts_between("The lorry overturned at about 4 a.m. on the ring road, police said.",
                           "The lorry overturned shortly after 4 a.m. on the ring road, police said.") == []
    assert _drifts_between("The lorry overturned at 4.10am on the ring road, police said.",
                           "The lorry overturned at 4:10 a.m. on the ring road, police said.") == []


def test_next_week_is_not_next_month_though_the_week_lies_in_the_month():
    assert _drifts_between("The board will vote next month on the merger, the company said.",
                           "The board will vote next week on the merger, the company said.") == ["date_changed"]


def test_two_ministries_of_other_portfolios_are_two_speakers():
    assert _drifts_between("Four bridges were closed, the transport ministry said.",
                           "Four bridges were closed, the interior ministry said.") == ["attribution_changed"]
    assert _drifts_between("Four bridges were closed, the transport ministry said.",
                           "Four bridges were closed, the ministry said.") == []


def test_opposite_words_about_the_same_thing_are_a_flip():
    assert _drifts_between("The lift had passed a safety check in May, the council said.",
                           "The lift had failed a safety check in May, the council said.") == ["negation_flipped"]
    assert _drifts_between("The mayor said the clean-up would continue through the weekend.",
                           "The mayor said the clean-up would be suspended over the weekend.") == ["negation_flipped"]
    assert _drifts_between("Officers said the suspect was armed when he was stopped.",
                           "Officers said the suspect was unarmed when he was stopped.") == ["negation_flipped"]


def test_an_open_question_told_as_the_answer_is_a_certainty_change():
    assert _drifts_between("Inspectors are examining whether a gas leak caused the blast, the city said.",
                           "A gas leak caused the blast, the city said.") == ["certainty_changed"]
    assert _drifts_between("Inspectors are examining whether a gas leak caused the blast, the city said.",
                           "Inspectors are looking into whether a gas leak caused the blast, the city said.") == []
    assert _drifts_between("How the fire started is still not known.", "It is not yet known how the fire started.") == []


def test_could_of_time_or_ability_and_or_more_are_no_doubts_or_changes():
    assert _drifts_between("Two hikers died before the helicopter could reach them, the park said.",
                           "Two hikers died before the helicopter arrived, the park said.") == []
    assert _drifts_between("Volunteers managed to free 12 of the dolphins, the charity said.",
                           "Volunteers could free 12 of the dolphins, the charity said.") == []
    assert _drifts_between("The team must win by three goals or more to go through.",
                           "The team must win by at least three goals to go through.") == []


def test_without_and_a_less_word_say_the_same_and_a_prospect_on_both_sides_is_kept():
    assert _drifts_between("Dozens of fans arrived without tickets, the club said.",
                           "Dozens of ticketless fans arrived, the club said.") == []
    assert _drifts_between("Engineers were trying to restore the line, the operator said.",
                           "Engineers try to restore the line, the operator said.") == []


def test_a_rank_that_changed_is_a_number_change():
    assert _drifts_between("It was the club's second relegation in five years.",
                           "It was the club's third relegation in five years.") == ["number_changed"]
    assert _drifts_between("It was the club's second relegation in five years.",
                           "It was the second relegation for the club in five years.") == []


def test_staff_speak_for_their_service_and_it_has_emerged_credits_no_one():
    assert _drifts_between("Nine people were hurt, the regional ambulance service said.",
                           "Nine people were hurt, paramedics said.") == []
    assert "attribution_changed" in _drifts_between(
        "Plant managers said the leak had started in March.", "The leak had started in March, it has emerged.")


def test_inmates_are_prisoners_guards_act_and_a_cost_has_its_payer():
    assert _drifts_between("The jail, built for 400 inmates, holds nearly 700, the ministry said.",
                           "The jail is built for 400 prisoners but holds 700, the ministry said.") == ["precision_changed"]
    assert _drifts_between("Police caught the two men near the border on Friday.",
                           "Prison guards arrested the two men near the border on Friday.") == ["actor_changed"]
    from retold.actors import find_action

    assert find_action("The two-week strike cost the airline 80 million euros.") == ("The two-week strike", "cost")
    assert find_action("The total cost was 5 million euros.")[0] == "The total cost"


def test_a_short_sentence_split_off_a_long_one_is_aligned_by_a_number_it_shares():
    pairs = _pairs("Nine were taken to hospital, and two of them remained in intensive care on Tuesday. "
                   "The club said it would pay for their treatment.",
                   "Nine were rushed to hospital. Two remained in intensive care on Tuesday. "
                   "The club will pay for their treatment, it said.")
    told = {p.retelling_claim.text: p.source_claim is not None for p in pairs if p.retelling_claim is not None}
    assert told["Nine were rushed to hospital."]


def test_he_is_a_person_named_by_role_not_a_body_named_before():
    from retold.claims import extract_claims
    from retold.models import Article

    claims = extract_claims(Article(title="", text=(
        "The charity Northaid said its two workers had been freed. "
        "The release followed talks with local elders, a senior police officer said. "
        "He denied that a ransom had been paid.")))
    assert claims[-1].attribution.speaker == "a senior police officer"


# --- round 6 ---------------------------------------------------------------------------------------


def test_a_month_of_last_year_and_how_often_something_happens():
    from retold.dates import find_dates

    assert [(d.text, d.value) for d in find_dates("The record was set in March last year.", "2026-07-20")] == \
        [("in March last year", "2025-03")]
    assert _drifts_between("Inspectors visit the site twice a month, the agency said.",
                           "Inspectors visit the site once a month, the agency said.") == ["number_changed"]
    assert _drifts_between("Inspectors visit the site once a week, the agency said.",
                           "Inspectors visit the site weekly, the agency said.") == []


def test_avoid_is_a_not_and_a_second_reported_clause_is_read_on_its_own():
    assert _drifts_between("The operator asked customers to avoid using lifts during the outage.",
                           "The operator asked customers not to use lifts during the outage.") == []
    assert "negation_flipped" in _drifts_between(
        "Police said they had not found the driver and that no charges had been brought.",
        "Police said they had found the driver, though no charges have been brought.")
    assert "negation_flipped" in _drifts_between(
        "The striker was treated on the pitch but did not need to go to hospital, the club said.",
        "The striker was rushed to hospital, the club said.")


def test_the_doer_of_placing_halting_or_arresting_and_it_in_a_second_clause():
    assert _drifts_between("The municipality has put up warning signs at all nine beaches.",
                           "The police placed warning signs at all nine beaches.") == ["actor_changed"]
    assert _drifts_between("Halvik said the leak was found on Monday and that it had halted production at the plant.",
                           "Halvik said the leak was found on Monday and that inspectors had stopped production at the plant."
                           ) == ["actor_changed"]


def test_fears_are_a_hedge_and_a_thing_that_will_threaten_is_no_prospect():
    assert _headline_drifts("Dairy recalls cheese over possible listeria contamination",
                            "The dairy is recalling 4,000 cheeses over possible contamination.",
                            "Dairy recalls cheese over listeria fears") == []
    assert _drifts_between("The group warned that the debris could threaten other satellites.",
                           "The group warned that the debris will threaten other satellites.") == ["certainty_changed"]


def test_one_deed_told_in_other_verbs_with_another_doer_is_an_actor_change():
    assert _drifts_between("A keeper sedated the bear with a dart shortly after noon.",
                           "Police marksmen brought the bear down with a dart shortly after noon.") == ["actor_changed"]
    # the same person told twice, or the deed of the speaker, is not
    assert _drifts_between("Former mayor sentenced to four years for taking bribes.",
                           "Ex-mayor Kroll jailed for four years for taking bribes.") == []


def test_told_of_by_nobody_named_and_a_newspaper_is_not_a_ministry():
    assert _drifts_between("The union said managers had been warned about the faulty brakes in May.",
                           "Managers were warned about the faulty brakes in May.") == ["attribution_changed"]
    assert _drifts_between("The ship had 40 crew, according to documents seen by the Morning Ledger newspaper.",
                           "The ship had 40 crew, according to the transport ministry.") == ["attribution_changed"]


def test_attributed_to_credits_its_subject():
    from retold.attribution import attribute

    att = attribute("The agency attributed the drop to stepped-up patrols.")
    assert att is not None and att.speaker == "agency" and att.cue == "attributed"
    assert attribute("The quote was attributed to Churchill.") is None


def test_two_bodies_of_one_country_are_two_doers():
    assert _drifts_between("Norland's parliament voted on Monday to raise the retirement age from 66 to 68.",
                           "Norland's government pushed through a rise in the retirement age from 66 to 68 on Monday."
                           ) == ["actor_changed"]


# --- round 7 ---------------------------------------------------------------------------------------


def test_a_suspicion_and_a_charge_told_as_fact():
    assert _drifts_between("Two men, who are suspected of setting the fire, were arrested on Monday.",
                           "Two men, who set the fire, were arrested on Monday.") == ["certainty_changed"]
    assert _drifts_between("A former clerk has been charged with stealing 40,000 euros from the council.",
                           "A former clerk stole 40,000 euros from the council.") == ["attribution_changed"]
    assert _drifts_between("A man was arrested on suspicion of leaking the files, police said.",
                           "A man has been charged with leaking the files, police said.") == []


def test_a_not_that_reaches_across_or_and_not_since_are_the_same_fact():
    assert _drifts_between("Visitors were told not to touch the birds and not to feed them, the park said.",
                           "Visitors were told not to touch the birds or to feed them, the park said.") == []
    assert _drifts_between("The track was inspected on Monday, but it has rained since then, the club said.",
                           "The track has not been inspected since Monday, and it has rained since then, the club said.") == []


def test_a_not_meets_its_clause_told_in_a_near_synonym():
    assert "negation_flipped" in _drifts_between("The evening trains had not been affected, the operator said.",
                                                 "The evening trains had also been hit, the operator said.")
    assert "negation_flipped" in _drifts_between("The agency did not release the names of the victims.",
                                                 "The agency has named the victims.")


def test_a_soft_word_both_sides_share_is_no_hedge_and_a_tribunal_is_a_court():
    assert _drifts_between("Passengers may be entitled to a refund, the regulator said.",
                           "Passengers will be entitled to a refund, the regulator said.") == ["certainty_changed"]
    assert _drifts_between("The court found that the firm had broken the law.",
                           "The tribunal found that the firm had broken the law.") == []


def test_round_7_times_conditions_units_and_headline_bounds():
    assert _drifts_between("Residents heard a bang shortly before 6 a.m., the council said.",
                           "Residents heard a bang just after 6 a.m., the council said.") == ["date_changed"]
    assert _drifts_between("The minister said the state would release part of its grain reserve if prices kept rising.",
                           "The minister said the state will release part of its grain reserve.") == ["certainty_changed"]
    assert _drifts_between("A section of about 1,500 square metres gave way, the fire service said.",
                           "A 15,000-square-metre section gave way, the fire service said.") == ["number_changed"]
    assert _headline_drifts("Roof collapses hours after tournament",
                            "The roof collapsed hours after more than 300 children had left, the city said.",
                            "Roof caves in hours after 300 children leave") == ["precision_changed"]


def test_a_deed_by_an_audit_and_an_agent_before_will_are_read():
    assert _drifts_between("The fraud came to light after an internal audit found that some numbers came up too often.",
                           "The fraud came to light after police found that some numbers came up too often."
                           ) == ["actor_changed"]
    assert _drifts_between("A mediator appointed by the labour ministry will meet both sides on Monday.",
                           "A mediator appointed by the energy ministry will meet both sides on Monday.") == ["actor_changed"]


def test_a_pronoun_speaking_inside_a_noun_phrase_is_the_speaker():
    from retold.attribution import attribute

    att = attribute("The minister cut the fuel tax, a move she said would save drivers 40 euros a month.")
    assert att is not None and att.speaker == "she"


TUNED_FLOORS = {  # the earlier rounds' test sets fresh2 to fresh41 (483 pairs, 3137 faithful sentences), tuned on
    # after their first sight: measured false alarms 9/3137 = 0.003, number 0.951, precision 0.967, date 0.993,
    # attribution 0.903, certainty 0.941, actor 0.773, negation 0.930, quote 0.992; each floor about one miss under
    "false_alarm_rate": 0.01,
    "recall": {"number_changed": 0.949, "precision_changed": 0.964, "date_changed": 0.991, "attribution_changed": 0.900,
               "certainty_changed": 0.939, "actor_changed": 0.770, "negation_flipped": 0.928, "quote_altered": 0.987},
}
TUNED_SETS = tuple(f"fresh{k}" for k in range(2, 42))


@pytest.mark.skipif(not (ROOT / "benchmarks" / "gold" / "compare" / "fresh41").is_dir(), reason="no tuned sets")
def test_tuned_sets_floor():
    """The sets rounds 3 to 41 tuned on keep what the rounds won (the current test set is never in a floor)."""
    import json

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_compare as bc

    paths = [p for d in TUNED_SETS
             for p in sorted((ROOT / "benchmarks" / "gold" / "compare" / d).glob("*.json"))]
    res = bc._merge([bc.evaluate_pair(json.loads(p.read_text(encoding="utf-8"))) for p in paths])
    assert res["false_alarm_rate"] <= TUNED_FLOORS["false_alarm_rate"]
    for kind, floor in TUNED_FLOORS["recall"].items():
        assert res["kinds"][kind]["recall"] >= floor, kind


def test_a_speaker_named_in_apposition_and_what_could_be_heard():
    assert _drifts_between("The organiser, Kestrel Sports Club, said it was moving the final to Vaas.",
                           "Kestrel Sports Club is moving the final to Vaas.") == []
    assert _drifts_between("The blast was heard several kilometres away.",
                           "The blast could be heard several kilometres away.") == []
    assert _drifts_between("Engineers will examine whether the bridge met safety standards.",
                           "Engineers are probing whether the bridge met safety standards.") == []


def test_round_7c_doers_with_a_time_kin_and_a_second_speaker_kept():
    assert _drifts_between("The error came to light after an internal audit last spring found gaps in the accounts.",
                           "The error came to light after police found gaps in the accounts.") == ["actor_changed"]
    assert _drifts_between("The tickets were bought by two relatives of the clerk.",
                           "The tickets were bought by two friends of the clerk.") == ["actor_changed"]
    assert _drifts_between("The board said no jobs would go, but the union said many staff would not be able to move.",
                           "No jobs will go, though the union said many staff would not be able to move.") == \
        ["attribution_changed"]
    from retold.quantities import extract_quantities

    assert [q.value for q in extract_quantities("Boss pockets 3 MILLION in lottery scam")] == [3_000_000.0]


def test_a_time_after_an_apposition_is_no_part_of_the_subject():
    from retold.actors import find_action

    assert find_action("Norland's health minister, Ada Berg, on Monday unveiled a plan to cut waiting lists.") == \
        ("Norland's health minister", "unveiled")


def test_round_8_a_time_is_no_doer_and_a_trade_names_its_body():
    assert _drifts_between("Parcels sent between March and May last year arrived on average two days late.",
                           "Parcels sent between March and June last year arrived on average two days late.") == \
        ["date_changed"]
    assert _drifts_between("The plant will restart by Thursday, the operator said.",
                           "The plant will restart by Thursday, the ministry said.") == ["attribution_changed"]
    assert _drifts_between("The bank closed 30 branches in the north in March.",
                           "The lender closed 30 branches in the north in March.") == []
    assert _drifts_between("The bank closed 30 branches in the north in March.",
                           "The ministry closed 30 branches in the north in March.") == ["actor_changed"]
    from retold.actors import find_action, find_actor

    assert find_action("A storm shut the airport for six hours.") == ("A storm", "shut")
    assert find_actor("The agency said in a report to parliament that exports had fallen.") == "exports"


def test_round_8_opposites_beside_a_kept_not_and_a_first_time_told_as_never_before():
    assert _drifts_between("The mayor admitted the tender had been rushed but said officials had not broken any rule.",
                           "The mayor denied the tender had been rushed, saying officials had not broken any rule.") == \
        ["negation_flipped"]
    assert _drifts_between("The mayor did not deny the tender had been rushed.",
                           "The mayor admitted the tender had been rushed.") == []
    assert _drifts_between("It was the first time the festival had been called off since it began in 1990.",
                           "Never before had the festival been called off since it began in 1990.") == []
    assert _drifts_between("The festival had never been called off before.",
                           "The festival had been called off before.") == ["negation_flipped"]


def test_round_8_whose_credit_a_neighbour_carries():
    pairs = _pairs("\"She lied to all of us,\" Judge Anna Rolf told the court. "
                   "According to the prosecution, Berg took 40,000 euros from the fund in 2023.",
                   "\"She lied to all of us,\" a prosecutor told the court. "
                   "Berg took 40,000 euros from the fund in 2023.")
    assert _kinds_of(pairs, "lied") == ["attribution_changed"]
    assert _kinds_of(pairs, "Berg took") == ["attribution_changed"]
    # the credit closes the clause before it: what the source adds after it is nobody's word
    pairs = _pairs("Roads into the valley will stay closed, police said, but the main bridge reopened to traffic on Sunday.",
                   "Roads into the valley will stay closed, police said. The main bridge reopened to traffic on Sunday.")
    assert _kinds_of(pairs, "bridge") == []
    pairs = _pairs("Roads into the valley will stay closed and the main bridge reopened to traffic on Sunday, police said.",
                   "The main bridge reopened to traffic on Sunday.")
    assert _kinds_of(pairs, "bridge") == ["attribution_changed"]


def test_round_8_speakers_put_after_and_a_pronoun_for_a_document():
    assert _drifts_between("Clinics will stay open at weekends, officials said.",
                           "Clinics will stay open at weekends, informed the nurses' union.") == ["attribution_changed"]
    assert _drifts_between("Clinics will stay open at weekends, the health ministry said.",
                           "Clinics will stay open at weekends, informed the ministry of health.") == []
    assert _drifts_between("Sales fell by a third in May, according to a survey published on Monday.",
                           "Sales fell by a third in May, indicates a survey published on Monday.") == []
    pairs = _pairs("The review, led by outside inspectors, found that the hospital had missed its targets for two years. "
                   "It estimated that 400 operations had been delayed.",
                   "The hospital missed its targets for two years, inspectors found. 400 operations were delayed.")
    assert _kinds_of(pairs, "400 operations") == ["attribution_changed"]


def test_round_8_a_belief_a_fact_and_an_open_question():
    assert _drifts_between("The airline said it believed no passenger had been put at risk during the flight.",
                           "The airline said no passenger had been put at risk during the flight.") == ["certainty_changed"]
    assert _drifts_between("The airline said it believed no passenger had been put at risk during the flight.",
                           "The airline said it thought no passenger had been put at risk during the flight.") == []
    assert _drifts_between("Engineers are checking whether a cracked weld caused the leak, the company said.",
                           "Engineers believe a cracked weld caused the leak, the company said.") == ["certainty_changed"]
    assert _drifts_between("Police said a gas leak was the likely cause but had not ruled out arson.",
                           "Police said a gas leak was the cause and ruled out arson.") == \
        ["certainty_changed", "negation_flipped"]
    assert _drifts_between("Police said they had not ruled out arson.",
                           "Police said they had ruled out arson.") == ["negation_flipped"]


def test_round_8_who_is_asked_to_do_a_deed_and_one_body_in_two_words():
    assert _drifts_between("The council said it had asked engineers to inspect the bridge on Monday.",
                           "The council said it had asked police to inspect the bridge on Monday.") == ["actor_changed"]
    assert _drifts_between("The council said it had asked engineers to inspect the bridge on Monday.",
                           "The council said it asked engineers to inspect the bridge on Monday.") == []
    from retold.drift import actor_conflict

    assert not actor_conflict("The audit", "the city's internal auditors")
    assert not actor_conflict("The investigation", "the probe")
    assert actor_conflict("The regional prosecutor's office", "Police")
    pairs = _pairs("A cable car stopped abruptly on Sunday. The regional prosecutor's office has opened an investigation.",
                   "A cable car stopped abruptly on Sunday. Police have launched an investigation.")
    assert _kinds_of(pairs, "Police") == ["actor_changed"]


def test_round_8_years_told_in_words_things_counted_as_them_and_a_reason_given():
    assert _drifts_between("Analysts said prices would recover in the second half of next year.",
                           "Analysts said prices would recover in the second half of this year.") == ["date_changed"]
    assert _drifts_between("Inspectors visited 60 farms across the 300-kilometre valley in May and found disease at 41 of them.",
                           "Inspectors visited 60 farms across the 300-kilometre valley in May and found disease at 14 of them.") == \
        ["number_changed"]
    assert _drifts_between("Fishermen have opposed the new quota, saying it would cost hundreds of jobs in the port.",
                           "Fishermen oppose the new quota, which would cost hundreds of jobs in the port.") == \
        ["attribution_changed"]
    assert _drifts_between("Fishermen have opposed the new quota, saying it would cost hundreds of jobs in the port.",
                           "Fishermen oppose the new quota, saying it would cost hundreds of jobs in the port.") == []
    assert _headline_drifts("Survey finds half of Norland's farms short of water",
                            "About half of the farms in Norland are short of water, a survey found.",
                            "Half of the farms of Norland are short of water, finds a survey") == []


def test_round_8_a_second_deed_of_one_doer_and_a_speaker_read_by_its_full_name():
    assert _drifts_between("The guard stopped the train, which was carrying coal, and raised the alarm by radio.",
                           "A passing farmer raised the alarm by radio.") == ["actor_changed"]
    assert _drifts_between("The guard stopped the train, which was carrying coal, and raised the alarm by radio.",
                           "The guard raised the alarm by radio.") == []
    pairs = _pairs("Talvik Bank will close 40 branches. The bank said it would keep cash machines in half of the towns "
                   "and would work with post offices.",
                   "Talvik Bank will close 40 branches, leaving some towns with no bank. The bank said post offices "
                   "would keep cash machines in half of the towns.")
    assert _kinds_of(pairs, "cash machines") == ["actor_changed"]


def test_round_9_unsaid_credits_vaguer_voices_and_one_prospect_in_other_words():
    pairs = _pairs("The ministry said farmers who had lost animals would be paid within two months. "
                   "The ministry has not said how much the scheme will cost.",
                   "Farmers who lost animals will be paid within two months. "
                   "The ministry has not said how much the scheme will cost.")
    assert _kinds_of(pairs, "Farmers") == ["attribution_changed"]
    pairs = _pairs("Prosecutors in Tarn have opened an inquiry, a court official said. Cases have been linked to "
                   "two other restaurants, officials said.",
                   "Prosecutors in Tarn have opened an inquiry. Cases have been linked to two other restaurants, "
                   "officials said.")
    assert _kinds_of(pairs, "inquiry") == ["attribution_changed"]
    assert _drifts_between("The group said it was considering a legal challenge.",
                           "The group said it was weighing a legal challenge.") == []
    assert _drifts_between("The group said it was considering a legal challenge.",
                           "The group said it was launching a legal challenge.") == ["certainty_changed"]


def test_round_9_suspicion_in_other_words_opposites_and_who_was_asked():
    assert _headline_drifts("Man arrested on suspicion of starting forest fire near Lorvik",
                            "A man was arrested on Friday on suspicion of starting a forest fire near Lorvik, police said.",
                            "Forestry worker held over forest fire near Lorvik") == []
    assert _headline_drifts("Grandmaster suspended over suspected cheating at Rostral Open",
                            "The federation has suspended grandmaster Pavel Drozd over suspected cheating.",
                            "Grandmaster suspended for cheating at Rostral Open") == ["certainty_changed"]
    assert _drifts_between("The federation is investigating claims that he used a computer program.",
                           "The federation is investigating accusations that he used a computer program.") == []
    assert _drifts_between("The library will remain open during the works.",
                           "The library will stay closed during the works.") == ["negation_flipped"]
    assert _drifts_between("The health office has asked parents to check their children's records.",
                           "Parents have been asked by the health office to check their children's records.") == []


def test_round_9_doers_after_an_adverb_after_and_said_and_a_town_acting():
    assert _drifts_between("The bank also lowered its growth forecast for next year to 0.8 percent.",
                           "The government also cut its growth forecast for next year to 0.8 percent.") == ["actor_changed"]
    assert _drifts_between("The bank also lowered its growth forecast for next year to 0.8 percent.",
                           "The bank also cut its growth forecast for next year to 0.8 percent.") == []
    assert _drifts_between("The mayor thanked the volunteers and said the town would hold a fundraiser for the families.",
                           "The mayor thanked the volunteers and said the regional government would hold a fundraiser "
                           "for the families.") == ["actor_changed"]
    from retold.drift import actor_conflict

    assert not actor_conflict("the city", "the city council")
    assert _drifts_between("The government has released 20 million euros in aid and said schools would stay shut.",
                           "The army has released 20 million euros in aid and said schools would stay shut.") == \
        ["actor_changed"]


def test_round_9_an_about_told_to_its_last_digit_and_a_denial_negated():
    assert _drifts_between("His moves matched a chess engine's in about 92 percent of cases.",
                           "His moves matched a chess engine's in about 82 percent of cases.") == ["number_changed"]
    assert _drifts_between("About 3,000 people marched through the city centre.",
                           "About 3,200 people marched through the city centre.") == []
    assert _drifts_between("Her client denied any involvement in the fire.",
                           "Her client did not deny involvement in the fire.") == ["negation_flipped"]
    assert _drifts_between("Her client did not deny involvement in the fire.",
                           "Her client admitted involvement in the fire.") == []


def test_round_9_one_age_a_side_and_a_run_of_weekdays():
    assert _drifts_between("A 79-year-old woman, the bride's grandmother, was treated in intensive care.",
                           "The bride's 97-year-old grandmother was put in intensive care.") == ["number_changed"]
    assert _drifts_between("A 79-year-old woman, the bride's grandmother, was treated in intensive care.",
                           "The bride's 79-year-old grandmother was put in intensive care.") == []
    from retold.dates import find_dates

    run = find_dates("The clinic, open on Saturday and Sunday, has been set up at the school.", "2027-05-12")
    assert [d.value for d in run] == ["2027-05-08", "2027-05-09"]
    assert _drifts_between("The clinic will open on Saturday and Sunday from 9 a.m. at the school.",
                           "The clinic at the school has opened, on Saturday and Sunday from 9 a.m.") == []


def test_round_9_a_thing_seen_is_no_credit():
    assert _drifts_between("Organisers said an arbiter had noticed him leaving the hall 20 times during one game.",
                           "An arbiter observed him leaving the hall 20 times during one game.") == ["attribution_changed"]
    assert _drifts_between("Organisers said an arbiter had noticed him leaving the hall 20 times during one game.",
                           "An arbiter observed that he left the hall 20 times during one game, organisers said.") == []


def test_round_9_whose_valuation_it_was():
    assert _drifts_between("The paintings, which the insurer valued at 3 million euros, were taken from the vault.",
                           "The paintings, worth 3 million euros, were taken from the vault.") == ["attribution_changed"]
    assert _drifts_between("The paintings, which the insurer valued at 3 million euros, were taken from the vault.",
                           "The paintings, valued by the insurer at 3 million euros, were taken from the vault.") == []


def test_round_9_a_withheld_fact_told_by_someone_adds_no_speaker():
    assert "attribution_changed" not in _drifts_between(
        "The ministry has not said how long the arena will stay closed.",
        "Officials said the arena would stay closed for at least three months.")


def test_round_9_a_government_voice_and_a_charity_are_two_speakers():
    pairs = _pairs("A senior government official said talks had taken place. He denied that a ransom had been paid.",
                   "A senior government official said talks had taken place. The charity denied that a ransom had "
                   "been paid.")
    assert _kinds_of(pairs, "ransom") == ["attribution_changed"]


def test_round_10_beliefs_instructions_and_reduced_hedges():
    assert _drifts_between("Officials believe the sea wall at Selvik helped limit flooding.",
                           "The sea wall at Selvik limited flooding, officials said.") == ["certainty_changed"]
    assert _drifts_between("The university has told students to pay fees only through its online portal.",
                           "Banks have told students to pay fees only through the university's online portal.") == \
        ["actor_changed"]
    from retold.attribution import attribute

    assert attribute("The university has told students to pay fees only through its online portal.") is None
    assert attribute("Police told residents that the road was closed.").speaker == "Police"
    assert _drifts_between("The hiker was attacked by the bear, believed to be a female with cubs, on the trail.",
                           "The hiker was attacked by the bear, a female with cubs, on the trail.") == ["certainty_changed"]
    assert _drifts_between("The cooperative said it was too early to know how the storm would affect wine prices.",
                           "The cooperative said the storm would affect wine prices.") == ["certainty_changed"]


def test_round_10_not_yet_a_run_of_ranks_and_one_bare_description():
    assert _drifts_between("The cause of the fire has not been confirmed.",
                           "The cause of the fire has yet to be confirmed.") == []
    assert _drifts_between("A second group may be released in 2029 if the first is successful.",
                           "If the first group does well, a second could be released in 2029.") == []
    pairs = _pairs("The agriculture ministry said 1,300 hives were lost. The ministry said beekeepers could apply for aid.",
                   "The environment ministry is testing the bees. The ministry said beekeepers could apply for aid.")
    assert _kinds_of(pairs, "apply for aid") == []


def test_round_10_opposite_under_a_not_a_month_of_a_year_and_what_should_happen():
    assert _drifts_between("The forest will not be closed to the public.", "The forest will stay open to the public.") == []
    assert _drifts_between("The forest will not be closed to the public.", "The forest will be closed to the public.") == \
        ["negation_flipped"]
    from retold.dates import find_dates

    assert [d.value for d in find_dates("The operation began in February of 2025.", "2026-03-10")] == ["2025-02"]
    assert [d.value for d in find_dates("Most homes should be reconnected by Sunday.", "2027-06-11")] == ["2027-06-13"]
    assert _drifts_between("The company said that most homes should be reconnected by Sunday.",
                           "The company said that most homes will be reconnected by Tuesday.") == \
        ["certainty_changed", "date_changed"]


def test_round_11_a_not_said_in_other_words_and_an_open_question_answered():
    assert _drifts_between("The gallery tried to raise funds to buy the work but failed to reach its target.",
                           "The gallery tried to raise money to buy the work but fell short of its target.") == []
    assert _drifts_between("About 3,000 homes in the area lost power for two hours.",
                           "About 3,000 homes in the area remained without electricity for two hours.") == []
    assert _drifts_between("It is unclear whether the crew had been told about the storm.",
                           "The crew had not been told about the storm.") == ["certainty_changed"]
    from retold.actors import find_action

    assert find_action("The fox was found by a caretaker at the school last Thursday.") == ("a caretaker", "found")


def test_round_11_an_office_told_beside_a_name():
    assert _drifts_between("The provincial governor, Leyla Abadi, has asked the central government for emergency funds.",
                           "The agriculture minister has asked the central government for emergency funds.") == \
        ["actor_changed"]
    assert _drifts_between("The provincial governor, Leyla Abadi, has asked the central government for emergency funds.",
                           "Leyla Abadi has asked the central government for emergency funds.") == []
    assert _drifts_between("The provincial governor, Leyla Abadi, has asked the central government for emergency funds.",
                           "The governor has asked the central government for emergency funds.") == []


def test_round_11_a_means_is_no_agent_and_a_finding_is_no_own_doing():
    from retold.actors import find_action

    assert find_action("More than 600 birdwatchers had reached the island by ferry.")[0] == "More than 600 birdwatchers"
    assert find_action("The bridge has been closed by the council.") == ("the council", "closed")
    assert _drifts_between("More than 600 birdwatchers had arrived on the island by ferry, according to the ferry operator.",
                           "More than 600 birdwatchers had reached the island by ferry.") == ["attribution_changed"]
    assert _drifts_between("Police said there was no sign that any equipment had failed.",
                           "There was no sign that any equipment had failed.") == ["attribution_changed"]


def test_round_11_multiples_bans_and_a_count_opening_its_sentence():
    assert _drifts_between("The swarm could double in size within a month, the agency said.",
                           "The swarm could triple in size within a month, the agency said.") == ["number_changed"]
    assert _drifts_between("The swarm could double in size within a month, the agency said.",
                           "The swarm could double in size in a month, the agency said.") == []
    assert _drifts_between("A law passed in 2019 had barred trustees from giving away objects.",
                           "A law passed in 2019 had allowed trustees to give away objects.") == ["negation_flipped"]
    assert _drifts_between("Two of them, a man and a woman in their twenties, were in intensive care on Sunday.",
                           "Three of them, a man and two women in their twenties, were in intensive care on Sunday.") == \
        ["number_changed"]


def test_round_11_a_month_is_four_weeks():
    assert _drifts_between("The swarm could double in size within a month.",
                           "The swarm could double in size within four weeks.") == []
    assert _drifts_between("The swarm could double in size within a month.",
                           "The swarm could double in size within five weeks.") == ["number_changed"]
    assert _drifts_between("The repairs will take eleven months.", "The repairs will take twelve months.") == \
        ["number_changed"]


def test_round_12_doubt_under_a_not_a_subject_that_stays_open_and_clauses_read_as_doers():
    assert _drifts_between("His injuries are serious but not thought to be life-threatening, a spokeswoman said.",
                           "His injuries are serious and life-threatening, a spokeswoman said.") == \
        ["certainty_changed", "negation_flipped"]
    assert _drifts_between("The unit will remain open, but some women will be referred to Larchfield Hospital.",
                           "The unit will close, and some women will be referred to Larchfield Hospital.") == \
        ["negation_flipped"]
    assert _drifts_between("Most had minor burns and were treated at the scene by volunteers.",
                           "Most suffered minor burns and were patched up at the scene by volunteers.") == []
    assert _drifts_between("A nationwide outage left about 3.5 million customers without calls for most of Monday.",
                           "A nationwide outage left about 3.5 million customers unable to make calls for most of Monday.") == []
    assert _drifts_between("The fire started in the wiring, but arson has not been ruled out, the fire chief said.",
                           "The fire started in the wiring, and arson is excluded, the fire chief said.") == ["negation_flipped"]


def test_round_12_he_is_not_the_prosecutors():
    from retold.actors import find_action

    assert find_action("Prosecutors said he accepted payments from 26 families.") == ("he", "accepted")
    assert find_action("The government said it would release funds.") == ("The government", "release")
    assert _drifts_between("Prosecutors said he accepted payments totalling about 380,000 euros from 26 families.",
                           "He accepted payments totalling about 380,000 euros from 26 families.") == ["attribution_changed"]
    assert _drifts_between("The minister said she had accepted the invitation to the summit.",
                           "She accepted the invitation to the summit.") == []


def test_round_12_times_told_to_the_minute_and_the_end_of_march():
    assert _drifts_between("The display was stopped at about 9:20 p.m. after the first misfire.",
                           "The display was halted at about 9:40 p.m. after the first misfire.") == ["date_changed"]
    assert _drifts_between("The display was stopped at about 9 p.m. after the first misfire.",
                           "The display was halted at around 9:15 p.m. after the first misfire.") == []
    assert _drifts_between("The midwives would start work by the end of April.",
                           "The midwives would start by the end of March.") == ["date_changed"]


def test_round_13_people_without_an_ending_that_tells_them_are_doers():
    # staff, crews, pupils, passers-by act; two words for the workforce do not conflict
    assert _drifts_between("Hotel staff carried the guests' luggage down the stairs.",
                           "Ferry crews carried the guests' luggage down the stairs.") == ["actor_changed"]
    assert _drifts_between("Hotel staff carried the guests' luggage down the stairs.",
                           "Hotel workers carried the guests' luggage down the stairs.") == []
    assert _drifts_between("Students from three local colleges each painted a mural on the wall.",
                           "Lecturers from three local colleges each painted a mural on the wall.") == []
    assert _drifts_between("Pupils from the village school each painted a mural on the wall.",
                           "Teachers from the village school each painted a mural on the wall.") == ["actor_changed"]
    # "cut" is a verb after its subject; "The tax cut was" stays a noun
    assert _drifts_between("Paramedics cut through the seat belts to free the driver.",
                           "Bystanders ripped at the seat belts with their hands to free the driver.") == ["actor_changed"]
    from retold.actors import find_action
    assert find_action("The tax cut was approved by parliament.")[0] == "parliament"


def test_round_13_a_person_herself_a_giver_behind_a_grant_and_a_verb_that_only_starts_alike():
    assert _drifts_between("The museum had offered a reward of 5,000 euros for the painting.",
                           "Kessler himself had offered a reward of 5,000 euros for the painting.") == ["actor_changed"]
    assert _drifts_between("The survey was funded by a 90,000-pound grant from the regional arts council.",
                           "The survey was paid for by a 90,000-pound grant from a private foundation.") == ["actor_changed"]
    assert _drifts_between("The survey was funded by a grant from the regional arts council.",
                           "The survey was paid for by a grant from the regional arts council.") == []
    from retold.drift import _verb_key
    assert _verb_key("planned") == _verb_key("plans") != _verb_key("planted")
    assert _verb_key("hailed") != _verb_key("hailstorm")


def test_round_13_times_and_spans_told_in_other_units_or_on_the_other_side_of_the_hour():
    assert _drifts_between("The roads will stay shut until the end of the week.",
                           "The roads will stay shut until the end of the month.") == ["date_changed"]
    assert _drifts_between("The roads will stay shut until the end of the week.",
                           "Roads will remain shut until the week's end.") == []
    assert _drifts_between("The lorry was stopped shortly before midnight.",
                           "The lorry was stopped a little after midnight.") == ["date_changed"]
    assert _drifts_between("The lorry was stopped shortly after midnight.",
                           "The lorry was stopped a little after midnight.") == []


def test_round_13_credits_and_hedges_kept_in_other_words():
    # a document still tells it; "with the suspicion of" is "on suspicion of"; "citing" keeps the reason theirs
    assert _drifts_between("An earlier survey in the capital in 2024 found mould in a third of flats.",
                           "A 2024 survey in the capital found mould in a third of flats.") == []
    assert _drifts_between("Three men were detained on suspicion of smuggling cigarettes.",
                           "Three men have been detained with the suspicion of smuggling cigarettes.") == []
    assert _drifts_between("The airline cut its fares by a tenth on Monday, saying demand had weakened.",
                           "The airline lowered its fares by a tenth on Monday, citing demand that had weakened.") == []
    # "it" after a plural speaker is not the speaker: dropping the witnesses' credit is a drift
    assert _drifts_between("Neighbours said it collapsed shortly after a loud bang.",
                           "It collapsed shortly after a loud bang.") == ["attribution_changed"]


def test_round_13_a_rate_told_with_the():
    from retold.quantities import extract_quantities

    [q] = extract_quantities("Saffron now sells for 9,000 euros the kilogram.")
    assert q.unit == "euro per kilogram"
    [q] = extract_quantities("It paid 40 euros the company owed.")
    assert q.unit == "euro"


def test_round_14_an_expectation_told_as_a_certainty_and_a_bound_in_time():
    assert _drifts_between("The bridge will stay shut on Monday, but should reopen on Tuesday.",
                           "The bridge will stay shut on Monday and will reopen on Tuesday.") == ["certainty_changed"]
    # "should" of an appeal is no forecast
    assert _drifts_between("Anyone who saw the crash should contact police.",
                           "Anyone who saw the crash is asked to contact police.") == []
    # "would not reopen until ..." against another time is the date's change, not a "not" dropped
    assert _drifts_between("The museum said it would not reopen until the end of next month.",
                           "The museum said it would reopen at the start of next month.") == ["date_changed"]
    assert _drifts_between("The museum said it would reopen at the start of next month.",
                           "The museum said it would reopen early next month.") == []


def test_round_14_documents_credit_after_what_they_found_and_a_school_named_as_a_place():
    assert _drifts_between("A billing error overcharged about 2,000 tenants for a year, an independent audit found.",
                           "A billing error overcharged some 2,000 tenants for a year, according to an independent "
                           "audit released on Friday.") == []
    assert _drifts_between("A billing error overcharged about 2,000 tenants for a year, an independent audit found.",
                           "A billing error overcharged some 2,000 tenants for a year.") == ["attribution_changed"]
    # pupils fleeing the school do not tell what the school said; data from a firm still credit it
    assert _drifts_between("About 300 pupils were led out of Hillcrest Academy after a fire alarm, the academy said.",
                           "About 300 pupils were led out of Hillcrest Academy after a fire alarm.") == ["attribution_changed"]
    assert _drifts_between("Prices rose 4 percent in May, according to the research firm Kantal.",
                           "Prices rose 4 percent in May, figures from Kantal show.") == []


def test_round_14_months_joined_in_a_span_years_before_nouns_and_metric_units():
    from retold.dates import find_dates

    assert [d.text for d in find_dates("The count ran between November and May.")] == ["November", "May"]
    assert _drifts_between("The rules apply to wine from the 2031 vintage.",
                           "The rules apply to wine of the vintage of 2032.") == ["date_changed"]
    assert _drifts_between("The 2000 workers went home.", "The 2000 workers left.") == []
    assert _drifts_between("The count ran between November and May.",
                           "The count ran between November and March.") == ["date_changed"]
    assert _drifts_between("Homes within 800 metres were cleared.",
                           "Homes within 0.8 kilometres were cleared.") == []
    assert _drifts_between("Homes within 800 metres were cleared.",
                           "Homes within two kilometres were cleared.") == ["number_changed"]


def test_round_14_withheld_then_told_short_of_expectations_then_beating_them():
    assert _drifts_between("The police did not reveal where the raid took place.",
                           "The police revealed where the raid took place.") == ["negation_flipped"]
    assert _drifts_between("The police did not reveal where the raid took place.",
                           "The raid took place in a warehouse.") == []
    assert _drifts_between("Sales rose 3 percent, less than economists had expected.",
                           "Sales rose 3 percent, beating economists' forecasts.") == ["negation_flipped"]
    assert _drifts_between("Sales rose 3 percent, less than economists had expected.",
                           "Sales rose 3 percent, missing economists' forecasts.") == []


def test_round_14_doers_after_a_time_a_short_verb_and_a_consultancy():
    assert _drifts_between("The inspection was carried out between June and August by a private consultancy.",
                           "The city council carried out the inspection between June and August.") == ["actor_changed"]
    assert _drifts_between("Volunteers used sandbags to protect the church.",
                           "Soldiers stacked sandbags to protect the church.") == ["actor_changed"]
    from retold.align import _stem
    assert _stem("apply") == _stem("applied") and _stem("family") == _stem("families") and _stem("quickly") == "quick"


def test_round_15_times_told_as_ranks_and_parts_and_a_month_against_months():
    assert _drifts_between("The abbey was built in the 12th century.",
                           "The abbey was built in the 14th century.") == ["date_changed"]
    assert _drifts_between("The bridge should open in the first half of 2031.",
                           "The bridge should open in the second half of 2031.") == ["date_changed"]
    assert _drifts_between("The count began in early June.", "The count began at the end of June.") == ["date_changed"]
    assert _drifts_between("The count began in early June.", "The count began in June.") == []
    # "in March" is not told by "this year" when the source's own month is February
    assert _drifts_between("It was the third flood in the valley this year, after one in February.",
                           "It was the third flood in the valley this year, after one in March.") == ["date_changed"]


def test_round_15_antonyms_by_prefix_expectations_and_comparisons():
    assert _drifts_between("Staffing at the clinic was judged adequate.",
                           "Staffing at the clinic was judged inadequate.") == ["negation_flipped"]
    assert _drifts_between("The files were passed to the police and informed the inquiry.",
                           "The files were passed to the police and formed the inquiry.") == []
    assert _drifts_between("The carrier posted a loss of 40 million euros, compared with a profit of 9 million a year earlier.",
                           "The carrier posted a 40 million euro loss, against a profit of 9 million a year earlier.") == []
    assert _drifts_between("The club said it would cooperate with the league.",
                           "The club said it would resist the league.") == ["negation_flipped"]


def test_round_15_one_quoted_word_swapped_and_a_count_by_estimate():
    assert _drifts_between('The mayor said she was "appalled" by the damage.',
                           'The mayor said she was "furious" about the damage.') == ["quote_altered"]
    assert _drifts_between('The mayor said she was "appalled" by the damage.',
                           'The mayor said she was "appalled" by the damage to the park.') == []
    assert _drifts_between("Some 2,000 flamingos winter on the lake, by some estimates.",
                           "Some 2,000 flamingos winter on the lake.") == ["attribution_changed"]
    assert _drifts_between("Some 2,000 flamingos winter on the lake, by some estimates.",
                           "Some 2,000 flamingos winter on the lake, according to estimates.") == []


def test_round_15_doers_with_particles_bodies_and_forms():
    assert _drifts_between("The fee rise was approved by the board on Friday.",
                           "Chief executive Ana Ruiz signed off on the fee rise on Friday.") == ["actor_changed"]
    assert _drifts_between("A surveyor called in by the parish found cracks in the tower.",
                           "A surveyor called in by the diocese found cracks in the tower.") == ["actor_changed"]
    assert _drifts_between("Coastguard divers recovered the body from the harbour.",
                           "Navy divers brought up the body from the harbour.") == ["actor_changed"]
    assert _drifts_between("Stewards from the rowing club reached the swimmers within minutes.",
                           "The firemen of the port reached the swimmers within minutes.") == ["actor_changed"]
    assert _drifts_between("The referee had called off the match before the storm.",
                           "The league president had annulled the match before the storm.") == ["actor_changed"]
    # hoping to do it, then not doing it, is the negation's change alone
    assert _drifts_between("The match was postponed, and the club said it hoped to play it in May.",
                           "The match was scrapped, and the club said it would not be played in May.") == ["negation_flipped"]


def test_round_15_counts_of_compounds_eras_and_a_headline_plan():
    assert _drifts_between("The storm sank 12 small fishing boats in the bay.",
                           "The storm sank more than ten small fishingboats in the bay.") == ["precision_changed"]
    assert _drifts_between("The oldest coin was minted around 120 AD.",
                           "The oldest coin was minted in the year 120.") == ["precision_changed"]
    # a headline's plan told as a deed is how headlines tell an announced plan
    assert _headline_drifts("Carmaker Velo to cut 900 jobs", "Velo said it would cut 900 jobs at its plant.",
                            "Velo axes 900 jobs") == []


def test_round_15_a_name_ending_in_a_common_word_and_an_agent_under_contract():
    assert _drifts_between("Meals, supplied under contract by the caterer Norden Foods, were judged good.",
                           "Meals, which the city food office supplies, were judged good.") == ["actor_changed"]
    assert _drifts_between("Meals were supplied by the city food office.",
                           "Meals were supplied by the food office of the city.") == []


def test_round_15_a_credit_that_stayed_on_the_next_sentence_does_not_reach_back():
    # the next sentence keeps its own source's credit: the credit of this one was dropped, not moved
    source = ("About 600 people attended the rally, according to organisers. "
              "No arrests were made, police said.")
    pairs = _pairs(source, "Some 600 people attended the rally. No arrests were made, police said.")
    assert _kinds_of(pairs, "Some 600 people") == ["attribution_changed"]
    # a credit moved onto the next sentence still covers this one
    source = "About 600 people attended the rally, police said. No arrests were made."
    pairs = _pairs(source, "Some 600 people attended the rally. No arrests were made, police said.")
    assert _kinds_of(pairs, "Some 600 people") == []


def test_round_15_an_open_question_told_as_answered_is_a_flip():
    assert _drifts_between("The club did not say whether it would sell the ground.",
                           "The club said it would sell the ground.") == ["negation_flipped"]
    assert _drifts_between("The club did not say whether it would sell the ground.",
                           "The club is weighing a sale of the ground.") == []


def test_round_15_lifeguards_act():
    assert _drifts_between("Lifeguards pulled the boy from the surf near the pier.",
                           "Surfers pulled the boy from the surf near the pier.") == ["actor_changed"]


def test_round_16_comparisons_plans_and_shares_told_from_either_side():
    # "more likely than" compares how often; a plan told as what could happen keeps its doubt
    assert _drifts_between("Boys were more likely than girls to skip breakfast.",
                           "Skipping breakfast was more common among boys than girls.") == []
    assert _drifts_between("The council plans to close the library.",
                           "The library could be closed under a council plan.") == []
    assert _drifts_between("Fewer than half of the tenants said they knew their rights.",
                           "Most tenants said they did not know their rights.") == []
    assert _drifts_between("Only 40 percent of the tenants said they knew their rights.",
                           "The tenants said they did not know their rights.") == ["negation_flipped"]


def test_round_16_a_rise_told_as_a_fall_and_opposites_under_one_never():
    assert _drifts_between("Shares in the airline closed up 3.4 percent on Friday.",
                           "Shares in the airline closed 3.4% lower on Friday.") == ["negation_flipped"]
    assert _drifts_between("Shares in the airline closed up 3.4 percent on Friday.",
                           "Shares in the airline ended 3.4% higher on Friday.") == []
    assert _drifts_between("Exports fell by up to 12 percent.", "Exports fell by 12 percent.") == ["precision_changed"]
    assert _drifts_between("The owner said demand had never been so high.",
                           "The owner said demand had never been so low.") == ["negation_flipped"]


def test_round_16_bodies_named_apart_the_whole_against_a_part_and_a_sum_spread_over_years():
    assert _drifts_between("The study was funded by the Swiss National Science Foundation.",
                           "The study was funded by the German National Science Foundation.") == ["actor_changed"]
    assert _drifts_between("The study was funded by the National Science Foundation.",
                           "The study was funded by the Swiss National Science Foundation.") == []
    assert _drifts_between("The budget was approved by the council's finance committee on Monday.",
                           "The budget was signed off by the full council on Monday.") == ["actor_changed"]
    assert _drifts_between("The plan will cost 600,000 pounds over four years.",
                           "The plan will cost 600,000 pounds a year.") == ["number_changed"]
    assert _drifts_between("The plan will cost 600,000 pounds over four years.",
                           "The plan will cost 150,000 pounds a year.") == []
    assert _drifts_between("The firm said it would pay for the repairs.",
                           "The council will foot the bill for the repairs, the firm said.") == ["actor_changed"]


def test_round_16_one_quote_rewritten_after_its_opening_words():
    assert _drifts_between('The coach said: "We played well, and the result was fair."',
                           '"We played terribly, and the result was a disgrace," the coach said.') == ["quote_altered"]


def test_round_16_a_subject_after_its_age_and_a_long_relative_clause():
    from retold.actors import find_action

    assert find_action("Retired nurse Ann Bell, 79, who ran the ward in the 1980s and 1990s, opened the wing.") == \
        ("Retired nurse Ann Bell", "opened")
    assert find_action("Retired nurse Ann Bell, 79, opened the wing.") == ("Retired nurse Ann Bell", "opened")
    assert _drifts_between("Retired nurse Ann Bell, 79, who ran the ward in the 1980s, opened the new wing.",
                           "The new wing was opened by the health minister, watched by retired nurse Ann Bell, 79.") == \
        ["actor_changed"]


def test_a_word_that_starts_like_a_month_or_weekday_is_counted_not_dated():
    # "monitoring", "market", "sunflower", "decks": what a number counts, not a calendar word after it
    assert _drifts_between("Inspectors checked 14 monitoring stations across the county.",
                           "Inspectors checked more than a dozen monitoring stations across the county.") == ["precision_changed"]
    assert _drifts_between("Volunteers planted 40 sunflower beds in the park.",
                           "Volunteers planted 60 sunflower beds in the park.") == ["number_changed"]
    assert _drifts_between("Inspectors visited 14 market stalls on Saturday.",
                           "Inspectors visited 14 market stalls on Friday.") == ["date_changed"]


def test_bare_dozens_and_hundreds_are_amounts_not_doers():
    assert _drifts_between("Dozens fell ill after the wedding meal in Tarnow.",
                           "Hundreds fell ill after the wedding meal in Tarnow.") == ["number_changed"]
    assert _drifts_between("Dozens were evacuated from the flats.", "Dozens were evacuated from the flats.") == []


def test_in_the_year_is_a_year():
    assert _drifts_between("The bridge was first opened in 2031, the council said.",
                           "The bridge was first opened in the year 2013, the council said.") == ["date_changed"]
    assert _drifts_between("In the year 1998 the mill closed.", "In 1998 the mill closed.") == []


def test_between_x_and_y_in_words_is_a_range_and_x_to_y_the_same_range():
    assert _drifts_between("The children, aged between seven and eleven, were playing by the river.",
                           "The children, aged seven to eleven, were playing by the river.") == []
    assert _drifts_between("The children, aged between seven and eleven, were playing by the river.",
                           "The children, aged seven to fourteen, were playing by the river.") == ["number_changed"]


def test_a_score_does_not_state_a_count_of_points():
    assert _drifts_between("Harwick lost 3-0 to Barrow on Saturday, leaving them two points above the relegation zone.",
                           "Harwick lost 3-0 to Barrow on Saturday, leaving them three points above the relegation zone.") \
        == ["number_changed"]


def test_an_age_told_after_of_is_an_age():
    assert _drifts_between("A 67-year-old man was hurt when a tree fell on his car.",
                           "A man of 76 years was hurt when a tree fell on his car.") == ["number_changed"]
    assert _drifts_between("A 67-year-old woman was hurt when a tree fell on her car.",
                           "A woman of 67 years was hurt when a tree fell on her car.") == []


def test_a_headline_count_of_people_is_held_to_the_bodys_only_count_of_people():
    body = ("The council is reviewing its gull measures after at least 23 people were swooped on in the town centre. "
            "Most of those targeted were eating outdoors.")
    assert _headline_drifts("Council to review gull measures", body, "Fifty holidaymakers attacked by gulls") == ["number_changed"]
    assert _headline_drifts("Council to review gull measures", body, "Two dozen holidaymakers attacked by gulls") == []


def test_almost_and_about_the_same_figure_differ_in_precision_not_round_figures():
    assert _drifts_between("Construction accounted for almost half of the cases.",
                           "Construction made up about half of the cases.") == ["precision_changed"]
    assert _drifts_between("Construction accounted for almost half of the cases.",
                           "Construction made up nearly half of the cases.") == []
    assert _drifts_between("The firm will cut roughly 18 percent of its staff.",
                           "The firm will cut nearly a fifth of its staff.") == []


def test_under_one_of_is_a_place_not_a_bound():
    assert _drifts_between("Engineers found an old sewer beneath one of the foundations.",
                           "Engineers found an old sewer under one of the foundations.") == []


def test_agents_of_participles_clefts_and_money():
    assert _drifts_between("The scheme will be enforced by cameras operated by Transport for Norbridge.",
                           "Cameras run by the city council will enforce the scheme.") == ["actor_changed"]
    assert _drifts_between("The scheme will be enforced by cameras operated by Transport for Norbridge.",
                           "Cameras run by Transport for Norbridge will enforce the scheme.") == []
    assert _drifts_between("It was paid for mainly by the Greater Manchester Combined Authority.",
                           "Most of the money came from Tameside Council.") == ["actor_changed"]
    assert _drifts_between("The regional government of Valencia is paying for extra water tankers.",
                           "It is the Government of Spain which pays for extra water tankers.") == ["actor_changed"]
    assert _drifts_between("The regional government of Valencia is paying for extra water tankers.",
                           "It is the regional government of Valencia which pays for extra water tankers.") == []
    assert _drifts_between("Reid was under pressure after a 4-1 defeat by Hartley in the cup.",
                           "Reid was under pressure after a 4-1 cup defeat by Hendon.") == ["actor_changed"]


def test_gendarmes_are_people_who_act():
    assert _drifts_between("Firefighters carried out more than 800 call-outs during the night.",
                           "The gendarmes made more than 800 interventions during the night.") == ["actor_changed"]


def test_a_rule_told_as_may_not_or_as_a_bar_is_one_rule():
    assert _drifts_between("Under the rules, swimmers may not wear wetsuits or touch the boat.",
                           "The rules bar swimmers from wearing wetsuits or touching the boat.") == []
    assert _drifts_between("Under the rules, swimmers may not wear wetsuits or touch the boat.",
                           "Under the rules, swimmers may wear wetsuits or touch the boat.") == ["negation_flipped"]


def test_a_link_told_as_a_cause_is_stronger():
    assert _drifts_between("Heavy drinking is associated with a higher risk of stroke, the study found.",
                           "Heavy drinking causes a higher risk of stroke, the study found.") == ["certainty_changed"]
    assert _drifts_between("Heavy drinking causes a higher risk of stroke, the study found.",
                           "Heavy drinking is linked to a higher risk of stroke, the study found.") == ["certainty_changed"]
    assert _drifts_between("Heavy drinking is associated with a higher risk of stroke, the study found.",
                           "Heavy drinking is tied to a higher risk of stroke, the study found.") == []


def test_foreseen_and_awaited_keep_a_prospect_open():
    assert _drifts_between("Organisers expect the event to cost about 140,000 euros.",
                           "The organisers foresee that the event will cost about 140,000 euros.") == []
    assert _drifts_between("Organisers expect the event to cost about 140,000 euros.",
                           "The event will cost about 140,000 euros.") == ["certainty_changed"]
    assert _drifts_between("The prime minister is expected to visit the area on Saturday.",
                           "The prime minister is awaited in the area on Saturday.") == []


def test_a_doer_in_the_same_words_in_another_order_is_the_same_doer():
    assert _drifts_between("Residents on low incomes will be able to apply for grants to replace their cars.",
                           "Low-income residents will be able to apply for grants towards replacing their cars.") == []


def test_dropped_credits_of_advice_of_unnamed_sources_and_of_a_force_named_for_its_county():
    assert _drifts_between("Anyone who touches the plant should keep it out of the sun for 48 hours, the NHS advises.",
                           "Anyone who touches the plant should keep it out of the sun for 48 hours.") == ["attribution_changed"]
    assert _drifts_between("Labour sources said privately that the party had expected to lose.",
                           "Labour had expected to lose.") == ["attribution_changed"]
    assert _drifts_between("Thieves tore a cash machine from a shop in Elsworth, Cambridgeshire, on Wednesday, Cambridgeshire Police said.",
                           "Thieves tore a cash machine from a shop in Elsworth, Cambridgeshire, on Wednesday.") == ["attribution_changed"]
    assert _drifts_between("Thieves tore a cash machine from a shop in Elsworth on Wednesday, Cambridgeshire Police said.",
                           "Thieves tore a cash machine from a shop in Elsworth on Wednesday, police said.") == []


def test_a_credit_named_for_the_sentences_own_subject_is_not_added():
    pairs = _pairs("The council said the hogweed had spread from farmland. It was not aware of earlier incidents in the park.",
                   "The council said the hogweed had spread from farmland. The council admitted it was not aware of "
                   "earlier incidents in the park.")
    assert _kinds_of(pairs, "admitted") == []
    pairs = _pairs("The council said the hogweed had spread from farmland. It was not aware of earlier incidents in the park.",
                   "The council said the hogweed had spread from farmland. Rangers said they were not aware of "
                   "earlier incidents in the park.")
    assert "attribution_changed" in _kinds_of(pairs, "Rangers said")


def test_the_next_sentences_credit_named_in_its_own_source_does_not_reach_back():
    pairs = _pairs("The van had been taken from a farm earlier that night, a police spokesman said. "
                   "Detectives are investigating whether the raid is linked to two others.",
                   "The van had been taken from a farm earlier that night. "
                   "The raid is linked to two others, detectives said.")
    assert "attribution_changed" in _kinds_of(pairs, "The van had been taken")


def test_an_offer_to_consider_told_as_a_promise_is_stronger_a_look_at_it_is_not():
    assert _drifts_between("The minister said the government would consider compensation for growers.",
                           "The minister has promised compensation for growers.") == ["certainty_changed"]
    assert _drifts_between("The board said it would consider compensation for staff.",
                           "The board said it would look at compensating staff.") == []


def test_a_deal_told_from_the_buyers_side_keeps_its_doers():
    assert _drifts_between("Ashcombe Brewery has agreed to be bought by the drinks group Verhaal for 84 million pounds.",
                           "The drinks group Verhaal has agreed to buy Ashcombe Brewery for 84 million pounds.") == []
    assert _drifts_between("Ashcombe Brewery has agreed to be bought by the drinks group Verhaal for 84 million pounds.",
                           "The drinks group Carlsen has agreed to buy Ashcombe Brewery for 84 million pounds.") == ["actor_changed"]


def test_a_clause_misread_as_a_doer_changes_no_doer():
    assert _drifts_between("Vines usually recover and grow new shoots, but these produce fewer grapes.",
                           "The vines usually recover and make new shoots, but these give fewer grapes.") == []


def test_a_rate_read_on_average_is_still_a_rate():
    assert _drifts_between("Commuters spend 62 minutes a day travelling.",
                           "Commuters spend 62 minutes a day on average travelling.") == []
    assert _drifts_between("Commuters spend 62 minutes a day travelling.",
                           "Commuters spend 72 minutes a day on average travelling.") == ["number_changed"]


def test_free_against_pay_is_the_opposite():
    assert _drifts_between("Staff parking will remain free.", "Staff will also have to pay to park.") == ["negation_flipped"]
    assert _drifts_between("Staff parking will remain free.", "Parking for staff will stay free.") == []


def test_insisted_is_said_firmly_not_a_doubt():
    assert _drifts_between("The school said no food served to children was contaminated.",
                           "The school insisted that no food served to children had been contaminated.") == []
    assert _drifts_between("The school said no food served to children was contaminated.",
                           "The school claimed that no food served to children had been contaminated.") == ["certainty_changed"]


def test_a_second_no_does_not_cover_the_first_ones_clause():
    assert _drifts_between("No vehicles were damaged and no one was injured, police said.",
                           "Police said a car was damaged, although no one was hurt.") == ["negation_flipped"]
    assert _drifts_between("No vehicles were damaged and no one was injured, police said.",
                           "No cars were damaged and nobody was hurt, police said.") == []


def test_some_members_told_by_their_body_need_the_body_as_source():
    assert _drifts_between("Some farmers fear that rising demand could strain the rules, according to the farmers' union.",
                           "Some farmers fear that rising demand could strain the rules.") == ["attribution_changed"]


def test_it_for_the_body_named_before_is_that_body_as_doer():
    pairs = _pairs("The regional health board inspected the maternity unit in May. "
                   "It has ordered the hospital to produce an improvement plan within 28 days.",
                   "The regional health board inspected the maternity unit in May. "
                   "The health ministry has ordered the hospital to produce an improvement plan within 28 days.")
    assert _kinds_of(pairs, "The health ministry") == ["actor_changed"]
    pairs = _pairs("The regional health board inspected the maternity unit in May. "
                   "It has ordered the hospital to produce an improvement plan within 28 days.",
                   "The regional health board inspected the maternity unit in May. "
                   "The board has ordered the hospital to produce an improvement plan within 28 days.")
    assert _kinds_of(pairs, "The board has ordered") == []
    pairs = _pairs("The farmers' cooperative said it was too early to know the cost. "
                   "It will open an office in Montari on Thursday to help growers file claims.",
                   "The farmers' cooperative said it was too early to know the cost. "
                   "The municipality will open an office in Montari on Thursday to help growers file claims.")
    assert _kinds_of(pairs, "The municipality") == ["actor_changed"]


def test_a_speakers_own_deed_given_to_another_body_is_an_actor_change():
    assert _drifts_between("The authority said it would open an investigation once the ship was freed.",
                           "The authority said the government would open an investigation once the ship was freed.") \
        == ["actor_changed"]
    assert _drifts_between("Transport minister Daniel Okafor said his department would publish a plan for buses.",
                           "Transport minister Daniel Okafor said local councils would publish a plan for buses.") \
        == ["actor_changed"]
    assert _drifts_between("The company said it would cut 300 jobs.", "The company said the firm would cut 300 jobs.") == []
    assert _drifts_between("The authority said it would open an investigation.",
                           "The authority said it would launch an investigation.") == []


def test_a_plural_doer_in_the_present_and_staff_of_two_services():
    assert _drifts_between("Workers from a specialist company are carrying out the cull.",
                           "Soldiers of the army carry out the cull.") == ["actor_changed"]
    assert _drifts_between("Workers from a specialist company are carrying out the cull.",
                           "Workers of a specialist company carry out the cull.") == []
    assert _drifts_between("Firefighters from Holmstad used a ladder platform to bring the riders down.",
                           "Police officers from Holmstad used a ladder platform to bring the riders down.") == ["actor_changed"]
    assert _drifts_between("Police officers from Holmstad used a ladder platform to bring the riders down.",
                           "Holmstad police used a ladder platform to bring the riders down.") == []


def test_a_deed_before_carries_its_doers_credit_only_to_its_own_telling():
    pairs = _pairs("The education ministry paid for the study. "
                   "The education ministry said it had no plans to change national guidance on school hours.",
                   "The education ministry paid for the study. National guidance on school hours will not change.")
    assert "attribution_changed" in _kinds_of(pairs, "National guidance")
    pairs = _pairs("The agency has opened twelve clinics. More than 3,400 doses have been given, the agency said.",
                   "The agency has opened twelve clinics. More than 3,400 doses have been given.")
    assert _kinds_of(pairs, "More than 3,400 doses") == []


def test_credits_dropped_behind_a_lookalike_word_or_a_misread_cue():
    assert _drifts_between("A fire destroyed most of the church roof on Monday night, the provincial fire service said.",
                           "A fire destroyed most of the church roof on Monday night.") == ["attribution_changed"]
    assert _drifts_between("Shipping firms have added surcharges of 60 euros a tonne, according to the shipping association BVS.",
                           "Shipping firms have added surcharges of 60 euros a tonne.") == ["attribution_changed"]
    assert _drifts_between("The payments were arranged through an agency run by his brother-in-law, the court heard.",
                           "The payments were arranged through an agency run by his brother-in-law.") == ["attribution_changed"]
    assert _drifts_between("Residents heard a loud bang at about 3am.", "Residents heard a loud bang at about 3am.") == []


def test_the_outlet_told_is_not_the_one_who_spoke():
    assert _drifts_between("He survived by drinking water from a stream, his sister told the broadcaster Kanal Nord.",
                           "He survived by drinking from a stream, the broadcaster Kanal Nord reported.") == ["attribution_changed"]
    assert _drifts_between("He survived by drinking water from a stream, his sister told the broadcaster Kanal Nord.",
                           "He survived by drinking from a stream, his sister told Kanal Nord.") == []


def test_a_body_named_as_one_kind_is_not_a_body_described_as_another():
    assert _drifts_between("The fine is the largest ever imposed in the region, according to the environmental group Riverwatch.",
                           "The fine is the largest ever imposed in the region, according to the regional water authority.") \
        == ["attribution_changed"]
    assert _drifts_between("The fine is the largest ever imposed in the region, according to the environmental group Riverwatch.",
                           "The fine is the largest ever imposed in the region, according to the group.") == []


def test_states_told_in_set_phrases_against_their_opposites():
    assert _drifts_between("Two people were taken to hospital, where they were in stable condition on Sunday.",
                           "Two people were taken to hospital, where they were fighting for their lives on Sunday.") \
        == ["negation_flipped"]
    assert _drifts_between("Two of them were seen at the infirmary and later allowed home.",
                           "Two were taken to the infirmary and kept in overnight.") == ["negation_flipped"]
    assert _drifts_between("Two of them were seen at the infirmary and later allowed home.",
                           "Two were treated at the infirmary and later discharged.") == []
    assert _drifts_between("The glassworks museum next to the factory will stay open.",
                           "The museum beside the factory will also close its doors.") == ["negation_flipped"]
    assert _drifts_between("The lifts remain available.", "The lifts are out of action too.") == ["negation_flipped"]
    assert _drifts_between("Ministers have so far refused an independent review.",
                           "Ministers have agreed to an independent review.") == ["negation_flipped"]
    assert _drifts_between("He was not discharged on Monday.", "He was kept in hospital on Monday.") == []


def test_a_not_in_a_clause_after_adding_that_is_the_reported_claims():
    assert _drifts_between("A teacher was arrested, a police spokesman said, adding that he had not yet been charged.",
                           "A teacher has been charged, a police spokesman said.") == ["negation_flipped"]


def test_headline_counts_of_living_things_crowds_and_fractions_of_a_million():
    body = "A lorry carrying about 6,000 live chickens overturned on the N17 early on Wednesday."
    assert _headline_drifts("Lorry carrying chickens overturns on N17", body, "10,000 chickens flee as lorry flips") \
        == ["number_changed"]
    body = ("About 250 pupils and staff were evacuated from the school on Tuesday. "
            "Three pupils were treated for breathing problems.")
    assert _headline_drifts("Gas leak forces evacuation of school", body, "400 kids flee school in leak drama") \
        == ["number_changed"]
    assert _headline_drifts("Gas leak forces evacuation of school", body, "Three kids treated after school gas leak") == []
    assert _drifts_between("Officials said half a million birds would be culled.",
                           "Officials said 500,000 birds would be culled.") == []
    assert _drifts_between("The festival, which drew around 12,000 visitors, ran until Sunday.",
                           "The festival, which pulled in 12,000 fans, ran until Sunday.") == ["precision_changed"]


def test_a_retelling_headline_sharing_little_still_answers_the_source_headline():
    comp_kinds = _headline_drifts("Macaques escape from wildlife park enclosure",
                                  "Fourteen macaques escaped from their enclosure at the wildlife park on Saturday.",
                                  "MONKEY MAYHEM: Gang of 40 macaques run riot in village")
    assert comp_kinds == ["number_changed"]


def test_a_pointer_told_as_the_cause_and_a_reported_figure_told_as_fact():
    assert _drifts_between("A preliminary inspection pointed to a failed transformer, the director said.",
                           "A failed transformer was to blame, the director said.") == ["certainty_changed"]
    assert _drifts_between("Rovers signed Lindqvist for a reported 62 million euros.",
                           "Rovers signed Lindqvist for 62 million euros.") == ["certainty_changed"]
    assert _drifts_between("Rovers signed Lindqvist for a reported 62 million euros.",
                           "Rovers signed Lindqvist for a fee reported to be 62 million euros.") == []
    assert _drifts_between("Police reported 62 arrests.", "Police made 62 arrests.") == []


def test_the_subject_of_a_passive_with_no_agent_did_nothing():
    assert _drifts_between("Judge Alan Firth said Elsworth would be sentenced on 12 May.",
                           "Judge Alan Firth will sentence him on 12 May.") == []
    assert _drifts_between("A judge is expected to decide on Monday whether the man should stay in custody.",
                           "A prosecutor is expected to decide on Monday whether the man should stay in custody.") \
        == ["actor_changed"]
    assert _drifts_between("The survey was carried out between October and May by the consultancy Brandt.",
                           "The education authority carried out the survey between October and May.") == ["actor_changed"]


def test_agents_are_officers_and_a_company_name_is_not_a_crowd_of_hackers():
    assert _drifts_between("Officers found the truffles inside crates marked as potatoes.",
                           "The agents found the truffles inside cases marked potatoes.") == []
    assert _drifts_between("Kelvane stopped its cranes as a precaution.",
                           "The hackers then shut down every crane.") == ["actor_changed"]


def test_a_sentence_left_alone_between_matched_neighbours_retells_the_one_left_between_theirs():
    source = ("Drones were seen over the airport at 9 p.m. on Friday. "
              "Operations resumed at 10:30 p.m. "
              "About 40 flights were diverted to other airports, the operator said.")
    retelling = ("Drones were spotted over the airport at 9 p.m. on Friday. "
                 "Flights did not resume until 11.30 p.m. "
                 "About 40 flights were diverted to other airports, the operator said.")
    pairs = _pairs(source, retelling)
    p = next(p for p in pairs if p.retelling_claim is not None and "did not resume" in p.retelling_claim.text)
    assert p.source_claim is not None and "Operations resumed" in p.source_claim.text
    assert not any(p.source_claim is not None and p.retelling_claim is None for p in pairs)


def test_approximators_before_times_spans_comparisons_and_multiples():
    assert _drifts_between("The bird was first seen in his garden at about 8 a.m.",
                           "He first saw the bird in his garden at 8 a.m.") == ["precision_changed"]
    assert _drifts_between("It was spotted outside the station about an hour later.",
                           "It was spotted outside the station an hour later.") == ["precision_changed"]
    assert _drifts_between("They found a nest roughly the size of a football.",
                           "They found a nest the size of a football.") == ["precision_changed"]
    assert _drifts_between("They found a nest roughly the size of a football.",
                           "They found a nest about the size of a football.") == []
    assert _drifts_between("Cocoa futures have more than doubled over the past year.",
                           "Cocoa futures have roughly doubled over the past year.") == ["precision_changed"]
    assert _drifts_between("The attackers arrived at around 10 p.m.", "The attackers came towards 10 p.m.") == []
    assert _drifts_between("A 78-year-old woman was flown to hospital.",
                           "A woman of almost 80 years was flown to hospital.") == ["precision_changed"]


def test_the_same_deed_told_around_a_short_clause_and_people_named_with_their_body():
    assert _drifts_between("He was pulled from the water by two surfers and treated on the sand before being flown to hospital.",
                           "Two lifeguards dragged him from the water and treated him on the sand before he was flown to hospital.") \
        == ["actor_changed"]
    assert _drifts_between("He was pulled from the water by two surfers and treated on the sand before being flown to hospital.",
                           "Two surfers dragged him from the water and treated him on the sand before he was flown to hospital.") == []
    assert _drifts_between("Animal rescue officers from the Velsing Reptile Trust then captured it using a snake hook.",
                           "Police officers then wrestled it into a bag with a snake hook.") == ["actor_changed"]
    assert _drifts_between("The accident happened shortly after 10 a.m. on the lift, which carries skiers up the mountain.",
                           "The horror unfolded shortly after 10 a.m. on the lift, which carries skiers up the mountain.") == []


def test_done_against_still_awaited_and_most_against_few():
    assert _drifts_between("The cathedral roof was repaired at the same time.",
                           "The cathedral roof, however, is still awaiting repair.") == ["negation_flipped"]
    assert _drifts_between("The cathedral roof was repaired at the same time.",
                           "The cathedral roof was mended at the same time.") == []
    assert _drifts_between("Residents would be allowed home by 21:00, and most were back by that time.",
                           "Residents would be allowed home by 21:00, but few had returned by then.") == ["negation_flipped"]
    assert _drifts_between("Residents would be allowed home by 21:00, and most were back by that time.",
                           "Residents would be allowed home by 21:00, and most had returned by then.") == []


def test_parts_of_a_day_that_cannot_touch_and_the_holders_of_a_place():
    assert _drifts_between("The van had been taken from a farm earlier that night, police said.",
                           "The van had been taken from a farm the previous afternoon, police said.") == ["date_changed"]
    assert _drifts_between("The fire broke out on Friday night.", "The fire broke out late on Friday evening.") == []
    assert _drifts_between("Mr Bright came second, with the Conservatives third.",
                           "Bright finished second and the Liberal Democrats third.") == ["actor_changed"]
    assert _drifts_between("Mr Bright came second, with the Conservatives third.",
                           "Bright finished second and the Conservatives third.") == []
    assert _drifts_between("It was the second time the race had been cancelled.",
                           "It was the second time the event had been called off.") == []


def test_a_hedge_added_to_a_plain_clause_beside_a_hedged_one():
    assert _drifts_between("The authors said warmer springs were the main driver, although land use may also have played a part.",
                           "Warmer springs may have been the main driver, the authors said, with land use possibly playing a part too.") \
        == ["certainty_changed"]
    assert _drifts_between("Warmer springs may have been the main driver, the authors said, although land use may also have played a part.",
                           "Warmer springs may have been the main driver, the authors said, with land use possibly playing a part too.") \
        == []


def test_pollen_forecasts_are_a_noun_not_a_forecast():
    assert _drifts_between("The Met Office, which issues pollen forecasts, said it would consider the findings.",
                           "The Met Office, which produces pollen forecasts, said it will use the findings.") == ["certainty_changed"]


def test_an_aside_that_counts_the_doer_and_a_doer_after_of_which():
    assert _drifts_between("Shareholders, most of them members of the family, approved the sale on Tuesday.",
                           "The board, most of them family members, approved the sale on Tuesday.") == ["actor_changed"]
    assert _drifts_between("Shareholders, most of them members of the family, approved the sale on Tuesday.",
                           "Shareholders, most of them family members, approved the sale on Tuesday.") == []
    assert _drifts_between("The project is costing 56 million pounds, of which the UK government is providing 34 million.",
                           "The Welsh Government is providing 34 million pounds of the 56 million pound cost.") == ["actor_changed"]
    assert _drifts_between("The project is costing 56 million pounds, of which the UK government is providing 34 million.",
                           "The UK government is providing 34 million pounds of the 56 million pound cost.") == []


def test_local_authorities_and_the_civil_protection_are_bodies_that_act():
    assert _drifts_between("Local authorities asked the public not to open any boxes that came ashore.",
                           "Police asked the public not to open any boxes that came ashore.") == ["actor_changed"]
    assert _drifts_between("Local authorities asked the public not to open any boxes that came ashore.",
                           "The local authority asked the public not to open any boxes that came ashore.") == []
    assert _drifts_between("The national civil aviation authority has sent two inspectors.",
                           "The provincial civil protection has sent two inspectors.") == ["actor_changed"]


def test_unanimous_against_split_and_a_denial_against_an_admission():
    assert _drifts_between("The governor said the decision had been unanimous.",
                           "The governor said the board had been split over the decision.") == ["negation_flipped"]
    assert _drifts_between("The union accused the company of relying on untrained staff, a claim the company denied.",
                           "The company has admitted relying on untrained staff, the union said.") \
        == ["negation_flipped"]
    # (patients "admitted to hospital" admit nothing; what the retelling drops is the company's denial)
    assert "negation_flipped" not in _drifts_between("Two people were admitted to hospital, a claim the company denied.",
                                                     "Two people were admitted to hospital.")


def test_a_range_end_that_moved_an_age_by_decade_and_fire_engines_as_vehicles():
    assert _drifts_between("Premiums ranged from 2.1 percent in Orla to 9.8 percent in Vesso.",
                           "Premiums ranged from 2.1 percent in Orla until 8.9 percent in Vesso.") == ["number_changed"]
    assert _drifts_between("Premiums ranged from 2.1 percent to 9.8 percent.",
                           "Premiums ranged between 2.1 and 9.8 percent.") == []
    assert _drifts_between("Police said the victims were a man and a woman in their seventies.",
                           "Police said the victims were a man and a woman in their sixties.") == ["number_changed"]
    assert _drifts_between("Police said the victim was in his late seventies.",
                           "Police said the victim was in his seventies.") == []
    assert _drifts_between("Around 60 firefighters with 15 engines fought the flames.",
                           "Around 60 firefighters with 25 vehicles fought the flames.") == ["number_changed"]


def test_a_link_told_as_raising_a_risk():
    assert _drifts_between("Exposure to traffic pollution is linked to a higher dementia risk, the study found.",
                           "Living near busy roads raises your dementia risk, the study found.") == ["certainty_changed"]
    assert _drifts_between("Exposure to traffic pollution raises the dementia risk, the study found.",
                           "Traffic pollution raises the risk of dementia, the study found.") == []


def test_round_19_faithful_rewordings_raise_nothing():
    assert _drifts_between("The driver was not injured and stayed at the scene, police said.",
                           "The driver escaped unhurt and stayed at the scene, police said.") == []
    assert _drifts_between("Campaigners said they were considering asking the government to call the decision in.",
                           "Campaigners said they were thinking about asking the government to call in the decision.") == []
    assert _drifts_between("About 250,000 cubic metres of rock slid onto the road shortly before 11pm.",
                           "About 250,000 cubic metres of rock slid onto the road a little before 11pm.") == []
    assert _drifts_between("Thieves stole seven brooches from the museum.", "Raiders snatched seven brooches from the museum.") == []
    assert _drifts_between("More than 1,200 firefighters were battling the wildfire.",
                           "More than 1,200 firemen were fighting the wildfire.") == []
    assert _drifts_between("Strong winds and temperatures above 40C were making the blaze hard to contain.",
                           "The strong winds and temperatures over 40 degrees make the fire hard to contain.") == []
    assert _headline_drifts("Kenyan runner breaks course record in Edinburgh",
                            "Kenyan runner David Kiprono broke the course record on Sunday.",
                            "Kiprono breaks Edinburgh course record") == []


def test_round_19_claimed_without_that_and_a_speaker_telling_its_own_deed():
    assert _drifts_between("Network Rail said bridge strikes cost the railway about 23 million pounds a year.",
                           "Network Rail claimed bridge strikes cost the railway about 23 million pounds a year.") \
        == ["certainty_changed"]
    assert _drifts_between("The club claimed the title on Sunday.", "The club won the title on Sunday.") == []
    assert _drifts_between("Stockton Council has said it will consider fitting a height detector next year.",
                           "Network Rail has said it will consider fitting a height detector next year.") \
        == ["actor_changed", "attribution_changed"]
    assert _drifts_between("The ministry said the dam held.", "The army said the dam held.") == ["attribution_changed"]


def test_odds_of_likely_against_could_and_no_plans_against_considering():
    assert _drifts_between("Dr Shah said the fall in admissions was likely to be real.",
                           "Dr Shah said the fall in admissions could be real.") == ["certainty_changed"]
    assert _drifts_between("Dr Shah said the fall in admissions could be real.",
                           "Dr Shah said the fall in admissions may be real.") == []
    assert _drifts_between("The Treasury said it had no plans to introduce a legal right to a local branch.",
                           "The Treasury said it was considering a legal right to a local branch.") == ["negation_flipped"]
    assert _drifts_between("The Treasury said it had no plans to introduce a legal right to a local branch.",
                           "The Treasury said it did not plan to introduce a legal right to a local branch.") == []


def test_finders_pounds_and_builders():
    assert _drifts_between("The brooches, found by a metal detectorist near Clee Hill in 2019, went on show in January.",
                           "The brooches, dug up by archaeologists near Clee Hill in 2019, went on show in January.") \
        == ["actor_changed"]
    assert _drifts_between("Residents were evacuated after construction workers uncovered an unexploded bomb.",
                           "Residents had to leave after builders dug up an unexploded bomb.") == []
    assert _headline_drifts("Gold brooches stolen from museum",
                            "The museum estimates their value at around 350,000 pounds.",
                            "Gang grabs 3.5 million pounds of gold treasure in museum raid") == ["number_changed"]


def test_round_20_faithful_rewordings_raise_nothing():
    assert _drifts_between("Work was due to start in the spring.", "Repairs had been due to begin in the spring.") == []
    assert _drifts_between("Services will run at weekends until October.", "Trains will run at weekends until October.") == []
    assert _drifts_between("South Wales Police closed the esplanade for several hours on Sunday.",
                           "Cops closed the esplanade for hours on Sunday.") == []
    assert _drifts_between("The company said it had tried to find a new tenant for more than a year without success.",
                           "The company said it had spent more than a year trying, and failing, to find a new tenant.") == []
    assert _drifts_between("Police believe the thieves used a trailer, because the pumpkin was too heavy to carry.",
                           "Police think the crooks used a trailer, as the pumpkin was far too heavy to carry off.") == []
    assert _drifts_between("Show organisers said they would allow Mr Whitby to enter next year.",
                           "Show bosses said Mr Whitby would be allowed to enter next year.") == []
    assert _drifts_between("The festival was due to run from 24 to 26 July.",
                           "The festival was due to run from 25 to 27 July.") == ["date_changed"]
    assert _drifts_between("The wait averaged 14 weeks, the report said.",
                           "The wait was 14 weeks on average, the report said.") == []
    pairs = _pairs("Grower Alan Whitby had tended the pumpkin for months. Mr Whitby said he would grow another one next year.",
                   "Grower Alan Whitby had tended the pumpkin for months. Alan said he would grow another one next year.")
    assert _kinds_of(pairs, "Alan said") == []


def test_round_20_doers_found():
    assert _drifts_between("Pritchard averaged 101.4 in the final.", "Pritchard averaged 110.4 in the final.") == ["number_changed"]
    assert _drifts_between("The council will review the scheme after the first summer.",
                           "The province will re-examine the scheme after the first summer.") == ["actor_changed"]
    assert _drifts_between("The deal must still be approved by national governments, which is expected in January.",
                           "The regional parliament is expected to approve the deal in January.") == ["actor_changed"]


def test_crews_of_two_services_from_one_place_and_expected_against_could():
    assert _drifts_between("Coastguard teams from Barry were sent to check that no boats had been damaged.",
                           "RNLI crews from Barry were sent out to check that no boats had been damaged.") == ["actor_changed"]
    assert _drifts_between("Coastguard teams from Barry were sent to check that no boats had been damaged.",
                           "Coastguard crews from Barry were sent out to check that no boats had been damaged.") == []
    assert _drifts_between("Resorts at higher altitude are expected to stay open until Easter.",
                           "Resorts at higher altitude could perhaps remain open until Easter.") == ["certainty_changed"]
    assert _drifts_between("Resorts at higher altitude are expected to stay open until Easter.",
                           "Resorts at higher altitude are likely to stay open until Easter.") == []


def test_he_for_the_one_named_before_is_that_person_as_doer():
    pairs = _pairs("Pritchard was not seeded for the tournament. Earlier in the day he knocked out the champion in the semi-finals.",
                   "Pritchard was not seeded for the tournament. Earlier in the day Smit knocked out the champion in the semi-finals.")
    assert _kinds_of(pairs, "Smit knocked") == ["actor_changed"]
    pairs = _pairs("Pritchard was not seeded for the tournament. Earlier in the day he knocked out the champion in the semi-finals.",
                   "Pritchard was not seeded for the tournament. Earlier in the day Pritchard knocked out the champion in the semi-finals.")
    assert _kinds_of(pairs, "Pritchard knocked") == []
    pairs = _pairs("Police said the shop was closed. He said the raiders fled in a car.",
                   "Police said the shop was closed. Officers said the raiders fled in a car.")
    assert "actor_changed" not in _kinds_of(pairs, "Officers said")


def test_a_body_is_not_he_nor_named_by_its_country():
    assert _drifts_between("He is the youngest winner of the event since it began in 2012, the PDC said.",
                           "He is the youngest winner since the event began in 2012.") == ["attribution_changed"]
    assert _drifts_between("The British record for a pumpkin is more than 1,200 kilograms, according to the UK Giant Vegetable Association.",
                           "The British record for a pumpkin is more than 1,200 kilograms.") == ["attribution_changed"]
    assert _drifts_between("The British record for a pumpkin is more than 1,200 kilograms, according to the UK Giant Vegetable Association.",
                           "The British record for a pumpkin is more than 1,200 kilograms, the Giant Vegetable Association says.") == []


def test_nearly_forty_years_is_round_in_years_though_read_in_days():
    assert _headline_drifts("Devon town votes to end 38-year twinning with Breton town",
                            "The town council voted to end its 38-year twinning with Plouzec.",
                            "Devon town dumps its French twin after nearly 40 years") == ["precision_changed"]
    assert _headline_drifts("Devon town votes to end 38-year twinning with Breton town",
                            "The town council voted to end its 38-year twinning with Plouzec.",
                            "Devon town dumps its French twin after nearly 30 years") == ["number_changed"]


def test_an_open_question_a_tip_and_a_thing_not_excluded():
    assert _drifts_between("Detectives are looking at whether the van was stolen in Derby, police said.",
                           "The van was stolen in Derby, police said.") == ["certainty_changed"]
    assert _drifts_between("The council said the road was likely to reopen in June.",
                           "According to the council, it is not excluded that the road reopens in June.") == ["certainty_changed"]
    assert _drifts_between("The council said the road could reopen in June.",
                           "The council said it could not be ruled out that the road reopens in June.") == []
    assert _drifts_between("The Welsh side, which was not expected to reach the final, lost 2-1.",
                           "The Welsh side, which had been tipped to reach the final, lost 2-1.") == ["negation_flipped"]
    assert _drifts_between("The Welsh side, which was not expected to reach the final, lost 2-1.",
                           "The Welsh side, which was not tipped to reach the final, lost 2-1.") == []
    assert _drifts_between("The horse was tipped to win the race.", "The horse will win the race.") == ["certainty_changed"]


def test_hours_told_in_words_and_one_share_under_two_names():
    assert _drifts_between("The bridge will be closed between 7am and 10pm on Sunday.",
                           "The bridge will be closed from 7 in the morning to 11 in the evening on Sunday.") == ["date_changed"]
    assert _drifts_between("The bridge will be closed between 7am and 10pm on Sunday.",
                           "The bridge will be closed from seven in the morning to ten at night on Sunday.") == []
    assert _drifts_between("Farmers said they could lose up to a third of their harvest.",
                           "Farmers said they could lose a third of their crop.") == ["precision_changed"]
    assert _drifts_between("Farmers said they could lose up to a third of their harvest.",
                           "Farmers said they could lose as much as a third of their crop.") == []


def test_estimates_two_last_digits_apart_and_credits_after_an_opener():
    assert _drifts_between("The herd grew to about 4.2 million head, the ministry said.",
                           "The herd grew to about 4.5 million head, the ministry said.") == ["number_changed"]
    assert _drifts_between("The herd grew to about 4.2 million head, the ministry said.",
                           "The herd grew to around 4.3 million head, the ministry said.") == []
    assert _drifts_between("About 300 people attended, the organisers said.",
                           "Around 320 people attended, the organisers said.") == []
    assert _drifts_between("Across Wales, bus use fell by a fifth, Transport Wales said.",
                           "Across Wales, bus use fell by a fifth.") == ["attribution_changed"]
    assert _drifts_between("Nationally, rents rose for a tenth month, Statistics Norway said.",
                           "Nationally, rents rose for a tenth month, Statistics Norway figures show.") == []
    pairs = _pairs("The trust said the fall was due to extra weekend clinics. It said waits would stay long into next year.",
                   "The trust put the fall down to extra weekend clinics. Waits will stay long into next year.")
    assert "attribution_changed" in _kinds_of(pairs, "Waits will")
    pairs = _pairs("Fairway said it had been unaware of any cracks in the floor.",
                   "Fairway said it had known about cracks in the floor.")
    assert _kinds_of(pairs, "Fairway") == ["negation_flipped"]


def test_doers_of_lending_collecting_and_one_of_two():
    assert _drifts_between("Ambulances are being borrowed from the trust's station in Leek for the weekend.",
                           "Ambulances are being lent by a rival trust for the weekend.") == ["actor_changed"]
    assert _drifts_between("Ambulances are being borrowed from the trust's station in Leek for the weekend.",
                           "Ambulances are being lent by the trust for the weekend.") == []
    assert _drifts_between("The climbers were picked up from a ledge by a coastguard helicopter.",
                           "The climbers were collected from a ledge by a lifeboat.") == ["actor_changed"]
    assert _drifts_between("The climbers were picked up from a ledge by a coastguard helicopter.",
                           "The climbers were collected from a ledge by the coastguard helicopter.") == []
    assert _drifts_between("Council staff and volunteers from the Canal Trust spent a day clearing the towpath.",
                           "Soldiers and volunteers from the Canal Trust spent a day clearing the towpath.") == ["actor_changed"]
    assert _drifts_between("Council staff and volunteers from the Canal Trust spent a day clearing the towpath.",
                           "Council workers and volunteers from the Canal Trust spent a day clearing the towpath.") == []
    assert _drifts_between("The production company has agreed to pay for the repairs.",
                           "The Commune has agreed to pay for the repairs.") == ["actor_changed"]
    assert _drifts_between("Most of the group said they would keep working.",
                           "Most of the crew said they would keep working.") == []


def test_counted_doers_a_headline_kind_and_an_expectation_ruled_out():
    assert _drifts_between("Fog meant the helicopter could not land, and 12 volunteers walked up the fell.",
                           "Because the fog was thick the helicopter was unable to land, so 12 soldiers walked up the fell.") == ["actor_changed"]
    assert _drifts_between("Fog meant the helicopter could not land, and 12 volunteers walked up the fell.",
                           "Because the fog was thick the helicopter was unable to land, so 12 volunteers walked up the fell.") == []
    assert _drifts_between("Around 40 firefighters with 8 engines fought the fire for six hours.",
                           "Around 40 firefighters with 10 engines fought the fire for six hours.") == ["number_changed"]
    assert _headline_drifts("Geese rescued from frozen lake", "Twenty-eight geese were rescued from the lake at Rudyard.",
                            "Dozens of birds saved from icy lake") == ["precision_changed"]
    assert _headline_drifts("Geese rescued from frozen lake", "Twenty-eight geese were rescued from the lake at Rudyard.",
                            "28 birds saved from icy lake") == []
    assert _drifts_between("The minister said the government expected more refugees to arrive next year.",
                           "The minister has ruled out that more refugees arrive next year.") == ["negation_flipped"]


def test_a_sentence_between_matched_neighbours_is_not_merged_into_the_next():
    pairs = _pairs("The festival will close the centre to cars for a week. Trams will be diverted, and the council said the "
                   "number 3 route would not stop in the old town. Stallholders in the old town have complained that they "
                   "were not consulted. The organisers have agreed to pay for extra cleaning.",
                   "The festival will close the centre to cars for a week. The trams will be deviated, and the line 3 will "
                   "not stop in the old town. The merchants of the historic centre lament not having been consulted. The "
                   "organisers have accepted to pay for extra cleaning.")
    merchants = next(p for p in pairs if p.retelling_claim is not None and "merchants" in p.retelling_claim.text)
    assert merchants.source_claim is not None and "Stallholders" in merchants.source_claim.text
    assert not merchants.drifts


def test_round_22_faithful_rewordings():
    assert _drifts_between("It is the first flood in the village since 1968.", "The village has not flooded since 1968.") == []
    assert _drifts_between("The fish, which can grow to 2 metres, feed on squid.", "The fish, up to 2 metres long, feed on squid.") == []
    assert _drifts_between("The fish, which can grow to 2 metres, feed on squid.", "The fish, up to 3 metres long, feed on squid.") == ["number_changed"]
    assert _drifts_between("Farmer Alun Price said he found the gate open.", "Devastated farmer Alun Price said he found the gate open.") == []
    assert _drifts_between("Thieves took 40 lambs from the farm.", "Callous rustlers took 40 lambs from the farm.") == []
    assert _drifts_between("Demonstrators blocked the road to the quarry.", "Campaigners blocked the road to the quarry.") == []
    assert "actor_changed" not in _drifts_between("The fire service said crews freed two drivers.", "Firefighters freed two drivers.")
    assert _drifts_between("The thieves struck at about 9.15am.", "The thieves struck at around 10.15 of the morning.") == ["date_changed"]


def test_round_22_found():
    assert _drifts_between("The director, Ana Sousa, said the fund was likely to run dry by June.",
                           "The director, Ana Sousa, has said that it is possible that the fund runs dry by June.") == ["certainty_changed"]
    assert _drifts_between("Police have opened an inquiry, according to the newspaper Diario Norte.",
                           "Police opened an inquiry, according to the newspaper Gazeta Sul.") == ["attribution_changed"]
    assert _drifts_between("The public prosecutor's office has charged the driver.", "The Public Ministry charged the driver.") == []
    assert _drifts_between("The rash usually fades between three and 10 days after the bite.",
                           "The rash usually fades 10 days after the bite.") == ["precision_changed"]
    assert _drifts_between("The rash usually fades between three and 10 days after the bite.",
                           "The rash usually fades three to 10 days after the bite.") == []


def test_round_22_doers_and_a_shared_avoid():
    assert _drifts_between("Members of the Usk Rowing Club spent the day clearing the bank.",
                           "Off-duty soldiers spent the day clearing the bank.") == ["actor_changed"]
    assert _drifts_between("Members of the Usk Rowing Club spent the day clearing the bank.",
                           "Members of the rowing club spent the day clearing the bank.") == []
    assert _drifts_between("The new pitch will be paid for by the Football Foundation.",
                           "The new pitch will be funded by the club itself.") == ["actor_changed"]
    assert _drifts_between("The repairs are being paid for out of the city council's roads budget.",
                           "The repairs are being paid for by the county council.") == ["actor_changed"]
    assert _drifts_between("The repairs are being paid for out of the city council's roads budget.",
                           "The repairs are being funded by the city council.") == []
    assert _drifts_between("Wolves are wary animals that avoid people, and there has never been an attack on a hiker here.",
                           "Wolves are wary animals that avoid people, although attacks on hikers have happened here.") == ["negation_flipped"]
    assert _drifts_between("Three Green councillors abstained, the council's elections office said.",
                           "Three Green councillors abstained.") == ["attribution_changed"]


def test_round_22_ranks_ratios_and_a_deed_after_and():
    assert _drifts_between("It is the second theft of bikes in the town since May.",
                           "It is the fourth bike theft in the town since May.") == ["number_changed"]
    assert _drifts_between("It is the second theft of bikes in the town since May.",
                           "It is the second bike theft in the town since May.") == []
    assert _drifts_between("The firm said it would hire three apprentices for every two jobs cut.",
                           "The firm said it would hire an apprentice for every two jobs cut.") == ["number_changed"]
    assert _drifts_between("The firm said it would hire three apprentices for every two jobs cut.",
                           "The firm said it would take on three apprentices for every two jobs cut.") == []
    assert _drifts_between("Mr Hale said he accepted the plan had failed and had ordered a review.",
                           "Mr Hale said he accepted the plan had failed and that the auditors had ordered a review.") == ["actor_changed"]
    assert _drifts_between("Mr Hale said he accepted the plan had failed and had ordered a review.",
                           "Mr Hale said he accepted the plan had failed and that he had ordered a review.") == []


def test_round_23_bodies_deeds_and_documents():
    assert _drifts_between("Rates are below the target, according to NHS figures.",
                           "Rates are below the target, according to council figures.") == ["attribution_changed"]
    assert _drifts_between("Rates are below the target, according to NHS figures.",
                           "Rates are below the target, according to figures from the NHS.") == []
    assert _drifts_between("The council's licensing committee voted to refuse the bar's licence.",
                           "Councillors on the licensing committee voted to refuse the bar's licence.") == []
    assert _drifts_between("A local charity, Hope Paws, has offered a reward of 500 pounds.",
                           "Police have put up a 500 pound reward.") == ["actor_changed"]
    assert _drifts_between("The coastguard briefly issued a flood warning.", "The police emitted briefly a flood warning.") == ["actor_changed"]
    assert _drifts_between("The regional assembly approved the budget.", "The regional assembly passed the budget.") == []


def test_round_23_faithful_rewordings():
    assert _drifts_between("The sighting was on 7 July, the society said.", "The sighting was on Tuesday 7 July, the society said.") == []
    assert _drifts_between("Tenants said they had not been kept informed.", "Tenants said they had been kept in the dark.") == []
    assert _drifts_between("Tenants said they had not been kept informed.", "Tenants said they had been kept informed.") == ["negation_flipped"]
    assert _drifts_between("Police said they did not expect to find many more bodies.", "Police said they expected to find few more bodies.") == []
    assert _drifts_between("The union said losses could run to more than 2 million pounds.", "The union said losses could top 2 million pounds.") == []
    assert _drifts_between("Polls said the party could pass 20 percent.", "Polls said the party could top 20 percent.") == []


def test_round_23_doers_of_joined_clauses():
    assert _drifts_between("The fire service said crews had cleared 4 roads and rescued a cyclist trapped by the water.",
                           "The fire service said crews cleared 4 roads, while police rescued a cyclist trapped by the water.") == ["actor_changed"]
    assert _drifts_between("The fire service said crews had cleared 4 roads and rescued a cyclist trapped by the water.",
                           "The fire service said crews cleared 4 roads and rescued a cyclist trapped by the water.") == []
    assert _drifts_between("A mission of Red Cross staff and church officials collected the children from the school.",
                           "A mission of United Nations staff and church officials collected the children from the school.") == ["actor_changed"]
    assert _drifts_between("A mission of Red Cross staff and church officials collected the children from the school.",
                           "A mission of Red Cross workers and church officials collected the children from the school.") == []


def test_round_23_credits():
    assert _drifts_between("The Cats Trust said reported cat thefts had risen by a fifth.",
                           "Reported cat thefts have risen by a fifth.") == ["attribution_changed"]
    assert _drifts_between("None of the other injuries reported were serious.", "None of the other injuries were serious.") == []
    assert _drifts_between("The two councillors resigned after a council meeting, the municipality said.",
                           "The two councillors resigned after a council meeting, reports the regional broadcaster Radio Noord.") \
        == ["attribution_changed"]
    assert _drifts_between("The two councillors resigned after a council meeting, the municipality said.",
                           "The two councillors resigned after a council meeting, the council said.") == []


def test_ruled_out_in_a_rendering():
    assert _drifts_between("Officials said a second eruption could not be ruled out.",
                           "The officials discarded a second eruption.") == ["negation_flipped"]
    assert _drifts_between("Officials said a second eruption could not be ruled out.",
                           "Officials said a second eruption could not be excluded.") == []


def test_verb_final_renderings():
    assert _drifts_between("The budget was approved by the regional parliament in May.",
                           "The budget was in May by the national government approved.") == ["actor_changed"]
    assert _drifts_between("The budget was approved by the regional parliament in May.",
                           "The budget was in May by the regional parliament approved.") == []
    assert _drifts_between("The union said it welcomed the decision of the court.",
                           "The union let know that it the decision of the court welcomed.") == []


def test_a_headline_bare_vague_count_of_the_body_people():
    assert _headline_drifts("Walkers stranded on fell after storm", "About 150 walkers were stranded on the fell overnight.",
                            "Hundreds stranded on fell after storm") == ["number_changed"]
    assert _headline_drifts("Walkers stranded on fell after storm", "About 250 walkers were stranded on the fell overnight.",
                            "Hundreds stranded on fell after storm") == ["precision_changed"]


def test_round_24_negation_in_a_main_clause_after_a_relative_or_a_placed_subject():
    # the main clause resumes after a relative clause's own verb: its "no" negates the main clause
    assert _drifts_between("Drivers who missed the deadline would be given a second chance in May.",
                           "Drivers who missed the deadline will be given no second chance.") == ["negation_flipped"]
    assert _drifts_between("Drivers who missed the deadline will be given no second chance.",
                           "Drivers who missed the deadline would not be given a second chance.") == []
    # "The valley's farmers had" / "The farmers of the valley had": one subject, the "not" dropped
    assert _drifts_between("The valley's farmers had not sold any cattle since March because of the drought.",
                           "The farmers of the valley had kept selling cattle since March, despite the drought.") \
        == ["negation_flipped"]
    # a question left open, told as answered, with its number
    assert _drifts_between("The club has not yet said whether it will sell about 300 season tickets.",
                           "The club has said it will offer about 300 season tickets.") == ["negation_flipped"]


def test_round_24_credits():
    # the deed told in a passive with no doer: the teller's credit and the doer are both gone
    assert _drifts_between("The water board said it had received about 40 complaints about the taste.",
                           "About 40 complaints about the taste have been received.") == ["attribution_changed"]
    assert _drifts_between("The water board said it had received about 40 complaints about the taste.",
                           "The water board has received about 40 complaints about the taste.") == []
    # told to do something, by no one named: no credit kept
    assert _drifts_between("Drivers are being advised to avoid the bridge until Friday, the police said.",
                           "Drivers are being advised to avoid the bridge until Friday.") == ["attribution_changed"]
    # a stilted inverted cue
    assert _drifts_between("Two hikers were rescued from the ridge on Monday, the mountain rescue service said.",
                           "Two hikers have been rescued from the ridge on Monday, has made known the mountain rescue service.") == []
    # a credit opened after ", but" covers its own clause only
    assert _drifts_between("Pupils were sent home early because of the snow, but the council said schools would open on Monday.",
                           "Pupils were sent home early because of the snow.") == []
    # two named societies sharing only a stem and a nation
    assert _drifts_between("It is the oldest fossil found in the county, according to the Royal Society of Geologists.",
                           "It is the oldest fossil found in the county, according to the British Geological Association.") \
        == ["attribution_changed"]


def test_round_24_certainty_counts_and_doers():
    assert _drifts_between("It is the worst flood in the valley this century.",
                           "It would be the worst flood in the valley of this century.") == ["certainty_changed"]
    assert _drifts_between("The council expects the scheme to cut about 2,000 car journeys a day.",
                           "Council bosses reckon the scheme will cut about 2,000 car journeys a day.") == []
    assert _drifts_between("Inspectors found 12 violations at the plant last year.",
                           "Inspectors found 21 breaches at the plant last year.") == ["number_changed"]
    assert _drifts_between("The coach dropped five senior players for the cup tie.",
                           "The coach dropped nine senior stars for the cup tie.") == ["number_changed"]
    assert _drifts_between("The winner was lifted onto the podium by spectators after the race.",
                           "The winner was lifted onto the podium by her teammates after the race.") == ["actor_changed"]
    # "it" is never the titled person who says it
    assert _drifts_between("The bridge will not reopen before June, said Dr Anna Weller of the county council.",
                           "Dr Anna Weller of the county council said it would reopen before June.") == ["negation_flipped"]


def test_round_24_second_pass():
    # what someone is urged to do is no credit: the police's credit is gone
    assert _drifts_between("Anyone who saw the crash is being asked to report it to the police, the council said.",
                           "Anyone who saw the crash is being asked to report it to the police.") == ["attribution_changed"]
    # signatures are counted by the people who sign
    assert _drifts_between("The petition has collected 2,300 signatures, its organisers said.",
                           "The petition has been signed by 3,200 people, its organisers said.") == ["number_changed"]
    # each predicate keeps its own "not"
    assert _drifts_between("She said she backed the plan and would not stand against it.",
                           "She said she did not back the plan and would consider standing against it.") == ["negation_flipped"]
    # "led by" / "run by" one body or another
    assert _drifts_between("The festival is being led by the Harbour Arts Trust this year.",
                           "The festival is being run by the city council this year.") == ["actor_changed"]
    assert _drifts_between("The festival is being led by the Harbour Arts Trust this year.",
                           "The festival is being run by the Harbour Arts Trust this year.") == []
    # the agent of a participle inside the subject
    assert _drifts_between("Divers from the coastguard took photographs that showed the wreck.",
                           "Photographs taken by navy divers showed the wreck.") == ["actor_changed"]


def test_a_body_sentence_that_merges_two_source_sentences_takes_both_before_the_headline():
    pairs = _pairs("Corran is to close its Elm Vale bakery with the loss of 90 jobs, the firm said on Monday. "
                   "Its bread and cake lines, including the Golden Crust loaf, will move to a new site in Leeds by the end "
                   "of next year.",
                   "Corran's Golden Crust loaf and its other bread and cake lines will move to a new site in Leeds by the "
                   "end of next year, the firm said on Monday, as the Elm Vale bakery closes.",
                   source_title="Bakery closure announced", retelling_title="Corran to close Elm Vale bakery with loss of 90 jobs")
    body = next(p for p in pairs if p.retelling_claim is not None and p.retelling_claim.role == "body")
    assert len(body.also_source) == 1 and body.drifts == ()  # the firm's credit is the merged sentence's own


def test_a_sentence_told_in_other_words_in_its_place_is_aligned_even_at_the_end_or_with_no_content_word_shared():
    src = ("Two climbers fell from the north face of the Pike on Sunday. Rescuers reached them after four hours. "
           "Both have since been discharged. The route has been closed until further notice. "
           "The club had not been warned that the ledge was loose.")
    ret = ("Two climbers fell from the north face of the Pike on Sunday. Rescuers reached them after four hours. "
           "Both have since been sent home. The route has been closed until further notice. "
           "Nobody had told the club the ledge might give way.")
    pairs = _pairs(src, ret)
    assert not [p for p in pairs if p.source_claim is None or p.retelling_claim is None]
    assert _kinds_of(pairs, "sent home") == []


def test_round_25_opposites_hedges_and_cues():
    assert _drifts_between("Pensioners are not charged for the bus.", "Pensioners are exempt from bus fares.") == []
    assert _drifts_between("The new rules would make the drug hard to buy online, officials said.",
                           "The new rules would make the drug easy to buy online, officials said.") == ["negation_flipped"]
    # a hedge dropped though the retelling keeps its verb in another form
    assert _drifts_between("The drought could force the mill to close within months.",
                           "The drought forces the mill to close within months.") == ["certainty_changed"]
    # the belief was told already: no change of cue
    assert _drifts_between("Detectives said they did not believe the fire had been started deliberately.",
                           "Detectives believe that the fire had been started deliberately.") == ["negation_flipped"]
    assert _drifts_between("The club is hoping to sign a new striker before the deadline.",
                           "The club is praying for a new striker before the deadline.") == []


def test_round_25_doers():
    assert _drifts_between("The winner was mobbed by fans at the final whistle.",
                           "The winner was mobbed by supporters at the final whistle.") == []
    assert _drifts_between("The theft was discovered in 2031 by a new bookkeeper, who noticed missing payments.",
                           "The theft came to light in 2031 when a tax inspector spotted missing payments.") == ["actor_changed"]
    assert _drifts_between("The shelling was carried out by the Narvian army on Tuesday night.",
                           "The shelling was carried out by Soltan tanks on Tuesday night.") == ["actor_changed"]
    assert _drifts_between("He will be questioned by the Home Affairs Committee of MPs on 3 May.",
                           "He will be questioned by the House of Lords Justice Committee on 3 May.") == ["actor_changed"]
    assert _drifts_between("The relic would be examined by experts from the Royal Museum of Scottish History in Edinburgh.",
                           "The relic will be examined by experts of the British Museum in London.") == ["actor_changed"]
    assert _drifts_between("The town scored just before half-time when their captain, Tom Bell, headed in a corner.",
                           "The town scored just before half-time when striker Sam Rudd headed in a corner.") == ["actor_changed"]
    # "police" and a named insurer are never one speaker
    assert _drifts_between("It is the biggest theft of tractors this year, according to the farm insurer Agri Mutual.",
                           "It is the biggest theft of tractors this year, according to police.") == ["attribution_changed"]


def test_round_25_ages_told_together():
    assert _drifts_between("Two women, aged 44 and 58, were arrested.", "Two women, of 44 and 85 years, have been arrested.") \
        == ["number_changed"]
    assert _drifts_between("Two women, aged 44 and 58, were arrested.", "Two women, aged 44 and 58, have been arrested.") == []


def test_a_headline_vague_amount_the_source_headline_has_too():
    from retold.comparing import compare
    from retold.models import Article

    body = "At least 14,000 people have fled the town since Friday, the UN said."
    comp = compare(Article(title="Rebels take town as thousands flee", text=body, published="2024-10-22"),
                   Article(title="Thousands on the move as rebels seize town", text=body, published="2024-10-22"))
    assert [d.kind for p in comp.pairs if p.retelling_claim and p.retelling_claim.role == "headline" for d in p.drifts] == []


def test_a_deed_named_by_its_noun_in_sport():
    assert _drifts_between("The keeper saved a penalty from Moreno in the second half.",
                           "The keeper saved a second-half penalty from their captain Luis Vidal.") == ["actor_changed"]
    assert _drifts_between("The keeper saved a penalty from Moreno in the second half.",
                           "The keeper saved a second-half penalty from Moreno.") == []


def test_round_26_rewordings_that_are_no_drift():
    assert _drifts_between("Owners were advised not to leave the heaters on overnight.",
                           "The council advises against leaving the heaters on overnight.") == []
    assert _drifts_between("Jury service would be voluntary for those over 70.",
                           "Those over 70 would not be obliged to do jury service.") == []
    assert _drifts_between("The firm is recalling 20,000 kettles after reports of the handles melting.",
                           "The firm is recalling 20,000 kettles after reports that the handles had melted.") == []
    assert _drifts_between("The theft happened at about 2am and lasted under ten minutes, according to the force.",
                           "The theft came at about 2am and was over in under ten minutes, cops said.") == []
    assert _drifts_between("Ferry services to the island were suspended on Monday morning but resumed by midday.",
                           "Ferries to the island were halted on Monday morning before sailing again by midday.") == []
    assert _drifts_between("The board said it was not planning to sell the stadium.",
                           "The board has declared, it plans not, the stadium to sell.") == []
    assert _drifts_between("She said the council had not been aware of the leak until a resident complained in March.",
                           "She said the council first heard of the leak from a resident's complaint in March.") == []


def test_round_26_drifts():
    assert _drifts_between("Two of the passengers were in a critical condition, the hospital said.",
                           "Two of the passengers were out of danger, the hospital said.") == ["negation_flipped"]
    assert _drifts_between("The council has two years to act, but the court did not say what it should do.",
                           "The council has two years to act, and the court has also laid down what it must do.") == ["negation_flipped"]
    assert _drifts_between("It is the fourth burglary in the street since May, police figures show.",
                           "It is the fourth burglary in the street since May.") == ["attribution_changed"]
    assert _drifts_between("About 3,000 pupils would be affected, according to the Welsh Examinations Board.",
                           "About 3,000 pupils would be affected, the English Examinations Board said.") == ["attribution_changed"]
    assert _drifts_between("The county has voted to close the library, making it the first in the region to do so, if the "
                           "plan is approved.",
                           "The county has voted to close the library, making it the first in the region to do so.") \
        == ["certainty_changed"]


def test_round_26_amounts():
    assert _drifts_between("A gas blast destroyed two homes and injured at least six people, police said.",
                           "Two homes were destroyed and six people were injured in a gas blast, police said.") \
        == ["precision_changed"]
    assert _drifts_between("Rents in the city centre have roughly doubled since 2020, according to the agency.",
                           "The rents in the city centre have themselves since 2020 roughly tripled, according to the agency.") \
        == ["number_changed"]
    from retold.quantities import extract_quantities

    assert [q.unit for q in extract_quantities("They took jewellery worth about 180,000 pounds.")] == ["pound sterling"]
    assert [q.unit for q in extract_quantities("He was fined 5,000 pounds.")] == ["pound sterling"]
    assert [q.unit for q in extract_quantities("The fish weighed 208 pounds.")] == ["pound-mass"]
    assert _headline_drifts("Jeweller's shop raided", "Thieves escaped with rings worth about 180,000 pounds.",
                            "Gang grabs 250k in jewellery raid") == ["number_changed"]


def test_round_26_certainty():
    # "plans to" as a noun is no softener of the other side
    assert _drifts_between("The mayor said the city would speed up plans to widen the bridge.",
                           "The mayor said, the city could the plans for a widening of the bridge accelerate.") \
        == ["certainty_changed"]
    # a plan is no mere possibility, unless the plan is told too
    assert _drifts_between("The club plans to open a new stand in 2031.", "The club may open a new stand in 2031.") \
        == ["certainty_changed"]
    assert _drifts_between("The council plans to sell the depot for housing.",
                           "The depot could be sold for housing under a council plan.") == []
    assert _drifts_between("Detectives believe two men were involved.", "Detectives are certain that two men were involved.") \
        == ["certainty_changed"]


def test_round_26_swaps_adverbs_and_the_state():
    assert _drifts_between("The survey found 38 percent of voters in favour and 52 percent against.",
                           "The survey found 52 percent of voters in favour and 38 percent against.") == ["number_changed"]
    assert _drifts_between("Inspectors checked 40 bridges and found that in 12 of them the bolts had rusted.",
                           "Inspectors found that in 12 of the 40 bridges they checked, the bolts had rusted.") == []
    assert _drifts_between("If approved, the tax would probably not take effect before 2030.",
                           "If approved, the tax would probably come in before 2030.") == ["negation_flipped"]
    # "the state" is no credit
    assert _drifts_between("Since 2020, the state has spent about 2 billion euros on flood walls, according to the ministry.",
                           "Since 2020 has the state around 2 billion euros on flood walls spent.") == ["attribution_changed"]


def test_a_name_that_says_its_office_against_another_office():
    assert _drifts_between("Harbour ward councillor Ann Pike said she would meet the port's owners on Friday.",
                           "Harbour ward councillor Ann Pike said the transport minister would meet the port's owners on Friday.") \
        == ["actor_changed"]
    assert _drifts_between("Harbour ward councillor Ann Pike said she would meet the port's owners on Friday.",
                           "Councillor Ann Pike said she would meet the port's owners on Friday.") == []


def test_round_27():
    assert _drifts_between("She said more flooding could still follow because the ground can take weeks to dry.",
                           "She said more flooding would follow because the ground can take weeks to dry.") == ["certainty_changed"]
    assert _drifts_between("She won the final but missed the qualifying time for the Olympics by a second.",
                           "She won the final and also beat the qualifying time for the Olympics by a second.") == ["negation_flipped"]
    assert _drifts_between("He was sacked for repeatedly missing his sales targets, the firm said.",
                           "He was sacked for repeatedly failing to hit his sales targets, the firm said.") == []
    assert _drifts_between("Local clubs said they supported the plan but were worried about the cost.",
                           "Local clubs withheld their support from the plan, saying they were worried about the cost.") \
        == ["negation_flipped"]
    assert _drifts_between("He was taken to hospital, where he was said to be in a stable condition.",
                           "He was taken to hospital where, it was said, he finds himself in stable state.") == []


def test_round_27_credits():
    assert _drifts_between("The drugs had an estimated street value of about 90,000 pounds, police said.",
                           "The drugs had an estimated street value of about 90,000 pounds.") == ["attribution_changed"]
    assert _drifts_between("Officials warned that more floods were possible in the valley.",
                           "More floods are possible in the valley, where the warnings are maintained until Sunday.") \
        == ["attribution_changed"]
    assert _drifts_between("Prosecutors said the pair had stolen cables worth more than 5,000 pounds.",
                           "Cops said the pair had stolen cables worth more than 5,000 pounds.") == ["attribution_changed"]
    assert _drifts_between("Police said the pair had stolen cables worth more than 5,000 pounds.",
                           "Cops said the pair had stolen cables worth more than 5,000 pounds.") == []


def test_one_of_a_unit_told_with_an_article():
    assert _drifts_between("Passengers faced delays of up to an hour on Friday.", "Passengers faced delays of an hour on Friday.") \
        == ["precision_changed"]
    assert _drifts_between("Most of the cases live within a mile of the plant.",
                           "Most of the cases live within about a mile of the plant.") == ["precision_changed"]
    assert _drifts_between("The river rose by two metres in under an hour.",
                           "The river rose by two metres in less than an hour.") == []
    assert _drifts_between("He runs a mile every morning.", "He runs a mile each morning.") == []


def test_a_soft_word_both_sides_have_softens_neither():
    assert _drifts_between("She said the charity hoped to open a second shelter in May if funding could be found.",
                           "She said a second shelter would be opened in May if funding could be found.") == ["certainty_changed"]
    assert _drifts_between("Some residents have raised concerns that the new road could bring more traffic.",
                           "Some residents worry that the new road could bring more traffic.") == []
    from retold.actors import find_action

    assert find_action("The site was inspected by the Health and Safety Executive last week.")[0] == "the Health and Safety Executive"


def test_a_body_s_own_staff_as_doers():
    assert _drifts_between("The water company said its engineers had stopped the leak by noon.",
                           "The water company said firefighters had plugged the leak by noon.") == ["actor_changed"]
    assert _drifts_between("The water company said its engineers had stopped the leak by noon.",
                           "The water company said its engineers had plugged the leak by noon.") == []


def test_round_28_credits():
    # a credit opening a concessive clause covers that clause, and dropping it is a change
    assert _drifts_between("The storm cut power to thousands of homes, although the utility said most supplies would "
                           "be back by Friday.",
                           "The storm cut power to thousands of homes, although most supplies should be back by Friday.") \
        == ["attribution_changed"]
    # ... and a credit opening the second clause does not cover the first
    assert _drifts_between("The mayor said the pool would reopen in June, though the union said staff had not been "
                           "consulted.",
                           "The pool will reopen in June, though the union said staff had not been consulted.") \
        == ["attribution_changed"]
    # what people are asked to do, in two infinitives, credits no one: the named body the sentence
    # mentions is not a speaker
    pairs = _pairs("Ash from the fire probably caused the rash, the health board said. Anyone affected is asked not "
                   "to scratch and to report it to the health board helpline.",
                   "Ash from the fire probably caused the rash. Anyone affected is asked not to scratch and to report it to "
                   "the health board helpline.")
    assert _kinds_of(pairs, "caused the rash") == ["attribution_changed"]
    # "calls" as a noun ("999 calls", "emergency calls") is no verb of saying
    assert _drifts_between("Most 999 calls were answered within ten seconds, the ambulance service said.",
                           "Most 999 calls were answered within ten seconds.") == ["attribution_changed"]
    assert _drifts_between("The council has called for an inquiry into the closure.",
                           "The council called for an inquiry into the closure.") == []


def test_round_28_negation():
    # a relative clause's own "no" ("which found no ...")
    assert _drifts_between("It was checked by the county laboratory, which found no trace of lead in the water.",
                           "It was checked by the county laboratory, which found traces of lead in the water.") \
        == ["negation_flipped"]
    # "none of" and "nobody" are one "no one"
    assert _drifts_between("None of the 30 passengers on the bus was hurt.",
                           "Of the 30 passengers on the bus, nobody was hurt.") == []
    # words of opposite sense
    assert _drifts_between("Pensioners will be exempt from the charge.", "Pensioners will not have to pay the charge.") == []
    assert _drifts_between("He said the striker had not been given a new contract.",
                           "He said the striker had missed out on a new contract.") == []
    # a permission against a bar on the same verb is the negation's flip, not a doubt added
    assert _drifts_between("Walkers have been asked not to camp on the dunes.",
                           "Walkers have been told they may camp on the dunes.") == ["negation_flipped"]


def test_round_28_certainty():
    # a reduced relative ("a skull thought to be") is as hedged as "that is thought to be"
    assert _drifts_between("Divers found a wreck off Lundy that is thought to date from the 1600s.",
                           "Divers found a wreck off Lundy thought to date from the 1600s.") == []
    assert _drifts_between("Divers found a wreck off Lundy thought to date from the 1600s.",
                           "Divers found a wreck off Lundy that dates from the 1600s.") == ["certainty_changed"]
    # "were feared trapped" is a fear, as "believed to be trapped" is
    assert _drifts_between("Rescuers were searching for six miners believed to be trapped.",
                           "Rescuers were searching for six miners feared trapped.") == []
    assert _drifts_between("Six miners were feared trapped.", "Six miners were trapped.") == ["certainty_changed"]
    # a search is an attempt: "are hunting" keeps "are trying to trace" open
    assert _drifts_between("Detectives are trying to trace the driver of the van.",
                           "Detectives are hunting the driver of the van.") == []
    assert _drifts_between("Detectives are trying to trace the driver of the van.",
                           "Detectives have traced the driver of the van.") == ["certainty_changed"]


def test_round_28_speakers():
    # what follows "told" is who heard it: the speaker is the name before it
    pairs = _pairs("The shop lost a third of its trade, his barrister, Anna Frith, told the court on Monday. "
                   "The judge found that the article was false.",
                   "The shop lost half of its trade. The judge found that the article was false.")
    assert _kinds_of(pairs, "lost half") == ["attribution_changed", "number_changed"]
    # two bodies named as two kinds are two, however alike their names ("Health")
    from retold.drift import same_entity

    assert same_entity("The Royal College of Nursing and Public Health", "the UK Health Security Agency") is False
    assert same_entity("the UK Health Security Agency", "UK Health Security Agency") is True
    # "expects numbers to" credits the agency; "expect to be" is the doers' own prospect
    assert _drifts_between("Cases peak in May, and the agency expects numbers to keep rising.",
                           "Cases peak in May, and the agency said numbers could keep rising.") == ["certainty_changed"]
    # a deed in a passive with no doer ("is being investigated") drops the teller's credit
    assert _drifts_between("Police said they were not investigating anyone over the crash.",
                           "Nobody is being investigated over the crash.") == ["attribution_changed"]


def test_round_28_doers():
    assert _drifts_between("Mr Justice Hale awarded her 40,000 pounds in damages.",
                           "A jury awarded her 40,000 pounds in damages.") == ["actor_changed"]
    assert _drifts_between("The Advertising Standards Authority had declined to rule on the complaint.",
                           "Ofcom had declined to rule on the complaint.") == ["actor_changed"]
    assert _drifts_between("The International Coffee Organization expects a fall in supply.",
                           "The ICCO expects a fall in supply.") == []
    assert _drifts_between("Local health protection teams are contacting the schools.",
                           "Local GPs are contacting the schools.") == ["actor_changed"]
    assert _drifts_between("Her mother travelled from Leeds with about 20 friends.",
                           "Her father travelled from Leeds with about 20 friends.") == ["actor_changed"]
    assert _drifts_between("Her mum travelled from Leeds with about 20 friends.",
                           "Her mother travelled from Leeds with about 20 friends.") == []
    # a passive's agent read past a relative clause with no commas
    assert _drifts_between("Buoys that mark the channel are being replaced by the harbour authority.",
                           "Buoys that mark the channel are being replaced by the coastguard.") == ["actor_changed"]
    # tabloid words for what is counted: "fags" are cigarettes
    assert _drifts_between("Officers found 14 million cigarettes in the lorry.",
                           "Officers found 20 million fags in the lorry.") == ["number_changed"]


def test_round_28_deeds_and_doers():
    # one deed in two words
    assert _drifts_between("The chapel has since been sold by the diocese.",
                           "The chapel has since been flogged by the council.") == ["actor_changed"]
    assert _drifts_between("Police were alerted by a postman who saw smoke.",
                           "Police were tipped off by a neighbour who saw smoke.") == ["actor_changed"]
    assert _drifts_between("The governor said air defences had shot down nine of the drones.",
                           "The governor said fighter jets had brought down nine of the drones.") == ["actor_changed"]
    assert _drifts_between("The governor said air defences had shot down nine of the drones.",
                           "The governor said air defences had brought down nine of the drones.") == []
    # a name with an "and" in it is one doer
    assert _drifts_between("The county council's food safety team inspected the kitchen on Monday.",
                           "The kitchen was inspected by the Food and Drink Standards Agency on Monday.") \
        == ["actor_changed"]
    # a hobby or a past trade is no other person than the trade told now
    assert _headline_drifts("Amateur astronomer in Kent discovers comet",
                            "A retired teacher who watches the sky from his garden in Kent has found a comet.",
                            "Retired Kentish teacher discovers comet") == []


def test_round_28_more_opposites_and_counts():
    # a concession's own "none" ("though none closed") and words of opposite sense ("lose" / "keep")
    assert _drifts_between("Shops reported fewer customers, though none closed.",
                           "Shops were deserted and several were forced to shut.") == ["negation_flipped"]
    assert _drifts_between("About 80 staff will lose their jobs in March.",
                           "About 80 staff will keep their jobs in March.") == ["negation_flipped"]
    # a body named as the owner of the people counted is not the body telling the count
    assert _drifts_between("The teachers' union said about 1,200 of its members had joined the strike.",
                           "About 1,200 members of the teachers' union joined the strike.") == ["attribution_changed"]



def test_round_29_faithful_rewordings():
    # "without checks" / "unless staff check it": one condition
    assert _drifts_between("Councils should not rely on automated tools to give advice without checks by a lawyer.",
                           "Councils should not rely on automated tools to give advice unless a lawyer checks it.") == []
    # "could no longer find" is what they were unable to do, not a doubt
    assert _drifts_between("Campaigners argued that the parishes could no longer find enough volunteers for their schools.",
                           "The campaigners argued that the parishes no longer arrived to find enough volunteers for "
                           "their schools.") == []
    # one size in two words
    assert _drifts_between("A larger council would get better terms.", "A bigger council would get better terms.") == []
    # an acronym that keeps a capitals word whole
    assert _drifts_between("The UK Health Security Agency said the risk remained very low.",
                           "The UKHSA said the risk remained very low.") == []
    # "now" and "today" are both the present
    assert _drifts_between("The county had 80 libraries in 2000 and now has about 50.",
                           "The county counted 80 libraries in 2000 and counts today about 50.") == []


def test_round_29_drifts_found():
    assert _drifts_between("Officers said they would seek to recover the money.",
                           "Officers said they would claw back the money.") == ["certainty_changed"]
    assert _drifts_between("She could not work for a fortnight after the crash.",
                           "She could not work for a month after the crash.") == ["number_changed"]
    assert _drifts_between("The fire broke out a month after the inspection.",
                           "The fire broke out a month after the inspection.") == []
    assert _drifts_between("Divers said the wreck showed no sign of having been looted.",
                           "Divers said the wreck bore traces of looting.") == ["negation_flipped"]
    assert _drifts_between("Residents were consulted before work began and have not objected to the plan.",
                           "Residents were consulted before the work began, and some have objected to the plan.") \
        == ["negation_flipped"]
    assert _drifts_between("Officials said they expected the talks to be finished by Friday.",
                           "Officials said the talks could be wrapped up by Friday.") == ["certainty_changed"]
    # one kind of people from two bodies; a passive's agent after "cut off by"
    assert _drifts_between("Officers from the regional organised crime unit traced the money.",
                           "Officers from the National Crime Agency traced the money.") == ["actor_changed"]
    assert _drifts_between("A padlock fitted to the gate in May was cut off by council workers last week.",
                           "A padlock fitted to the gate in May was cut off by members of the Ramblers last week.") \
        == ["actor_changed"]
    # a credit both sides give ("has confirmed") does not keep the one the retelling dropped
    assert _drifts_between("DNA analysis has confirmed that at least six of the cases are linked, the agency said.",
                           "DNA analysis has confirmed that six of the cases are linked.") \
        == ["attribution_changed", "precision_changed"]
    # a perfect is no passive: "The tool had answered" does not go on with the deed told before it
    pairs = _pairs("The council said the tool had answered 4,000 questions since it went live. Council staff spotted "
                   "the errors after tenants got in touch.",
                   "Council staff spotted the errors after tenants got in touch. The tool had answered 4,000 questions "
                   "since it went live.")
    assert _kinds_of(pairs, "The tool had answered") == ["attribution_changed"]


def test_a_headline_that_tells_the_same_claim_may_leave_its_tag_credit_off():
    body = "A swarm of locusts has destroyed crops across 6,500 hectares in the province, the ministry said."
    assert _headline_drifts("Locust swarm ravages crops in Kharan province, ministry says", body,
                            "Locusts destroy crops across Kharan province") == []
    assert _headline_drifts("Locust swarm ravages crops in Kharan province, say ministry officials", body,
                            "Locusts destroy crops across Kharan province") == []
    # ... but a headline that changes the claim leaves the change unsourced
    assert _headline_drifts("Locusts destroy 6,500 hectares of crops, ministry says", body,
                            "Locusts destroy 9,000 hectares of crops") == ["attribution_changed", "number_changed"]


def test_round_30():
    # a court's aside ("the court said, he ...") tells of him, not of its own doing
    pairs = _pairs("Kaleva District Court jailed a former planning official for three years on Friday. In return, the "
                   "court said, he helped two developers win planning permission for flats.",
                   "Kaleva District Court jailed a former planning official for three years on Friday. In exchange he "
                   "helped two builders to get building permits for flats.")
    assert _kinds_of(pairs, "In exchange") == ["attribution_changed"]
    # years told with their era are dates
    assert _drifts_between("Dating suggests the tree was felled between 1150 and 1000 BC.",
                           "Dating suggests the tree was felled between 1350 and 1200 BC.") == ["date_changed"]
    # an attempt in a hurry is still an attempt; checking is inspecting
    assert _drifts_between("The site crashed as fans tried to buy tickets for the tour.",
                           "The site crashed as fans rushed to buy tickets for the tour.") == []
    assert _drifts_between("Engineers from the district council inspected the building on Monday.",
                           "Engineers from the county council checked the building on Monday.") == ["actor_changed"]
    # people named by what they hold
    assert _drifts_between("Passengers with tickets will be able to use the ferry at no extra charge.",
                           "Ticket holders will be able to use the ferry at no extra charge.") == []
    # a headline's count told in the body of people, under another noun
    assert _headline_drifts("Ticket site crashes as millions queue for tour",
                            "About 2.4 million people joined an online queue. Thousands of fans complained.",
                            "Ticket site crashes as 2.4 million fans queue for tour") == []


def test_a_neighbours_own_credit_does_not_cover_a_sentence_that_dropped_its_own():
    # the sentence before keeps the credit its own source sentence gave it: this one's is dropped
    pairs = _pairs("The Bronze Age boat was found in a quarry near Ely in May, the archaeology unit said. Marks on "
                   "its hull show it was shaped with bronze axes, the unit said.",
                   "The Bronze Age boat was found in a quarry near Ely in May, the archaeology unit said. Marks on "
                   "its hull show it was shaped with bronze axes.")
    assert _kinds_of(pairs, "Marks on") == ["attribution_changed"]
    # a credit the retelling moved to the sentence before still covers it
    pairs = _pairs("The boat was found in a quarry near Ely in May. Marks on its hull show it was shaped with bronze "
                   "axes, the archaeology unit said.",
                   "The boat was found in a quarry near Ely in May, the archaeology unit said. Marks on its hull show "
                   "it was shaped with bronze axes.")
    assert _kinds_of(pairs, "Marks on") == []
    # a credit of a sentence merged in (not of the one retold) is the neighbour's to carry
    pairs = _pairs("A wildfire forced 3,000 people from their homes, the regional agency said. Firefighters were "
                   "battling the blaze with eight aircraft. Strong winds were hampering their efforts, the agency said.",
                   "A wildfire forced 3,000 people from their homes, the regional agency said. Firefighters battled "
                   "the blaze with eight aircraft while strong winds hampered their efforts.")
    assert _kinds_of(pairs, "Firefighters") == []


def test_how_a_quote_was_said_is_a_credit_only_right_after_the_quote():
    from retold.attribution import attribute

    pairs = _pairs('Mayor Ingrid Sallow told local radio the city had been warned. "People deserve to know why '
                   'this happened," she said. Engineers were on site.',
                   'Engineers were on site. "People deserve answers," she fumed.')
    assert _kinds_of(pairs, "People deserve") == ["quote_altered"]
    pairs = _pairs('Detective Inspector Karen Walsh said officers were investigating. "This was a reckless attack," '
                   'she said. Engineers checked the building.',
                   'Detective Inspector Karen Walsh said officers were investigating. "This was a sickening '
                   'attack," thundered the detective. Engineers checked the building.')
    assert _kinds_of(pairs, "This was") == ["quote_altered"]
    # the same verbs telling a deed credit nobody
    assert attribute("The fire raged for three days.") is None
    assert attribute("She blasted the agency for its failures.") is None


def test_a_doer_read_whole_and_without_what_it_was_doing():
    # a noun naming the noun after it is no verb ("Trading standards officers"), nor is "so far" the verb
    assert _drifts_between("Trading standards officers have so far seized about 300 bottles from shops.",
                           "Environmental health officers have so far seized about 300 bottles from shops.") \
        == ["actor_changed"]
    # what the doer was doing when it did the deed is not the doer
    assert _drifts_between("The hoard was found in May by a farmer walking his dog near the village.",
                           "The hoard was found in May by metal detectorists searching the field near the village.") \
        == ["actor_changed"]
    assert _drifts_between("The hoard was found in May by a farmer walking his dog near the village.",
                           "A farmer out walking his dog found the hoard near the village in May.") == []
    # removing is pulling, taking down
    assert _drifts_between("Council staff removed the posters from bus shelters on Friday.",
                           "Police officers pulled the posters from bus shelters on Friday.") == ["actor_changed"]
    assert _drifts_between("Council staff removed the posters from bus shelters on Friday.",
                           "The posters were taken down from bus shelters by council staff on Friday.") == []


def test_round_31():
    from retold.attribution import attribute

    # an amount that changed is not also told more or less exactly
    body = "At least 14 people were killed when a dust storm hit Rajasthan on Monday, officials said."
    assert _headline_drifts("Dust storm kills 14 in Rajasthan", body,
                            "Dozens dead as dust storm batters Rajasthan") == ["number_changed"]
    # a warning of what could happen keeps it open, as a worry does
    assert _drifts_between("The college said it was worried that waiting lists could grow if the alert lasted weeks.",
                           "The college warned that waiting lists could grow if the alert lasted weeks.") == []
    # "within" a distance is that distance or less
    assert _drifts_between("Two schools lie within a kilometre of the site, the judge said.",
                           "Two schools lie less than a kilometre from the site, the judge said.") == []
    assert _drifts_between("Most patients live within a mile of the hotel, officials said.",
                           "Most patients live within about a mile of the hotel, officials said.") == ["precision_changed"]
    # an estimate told in a reduced clause is still an estimate
    assert _drifts_between("Road traffic, which is estimated to kill up to 100,000 hedgehogs a year, also plays a part.",
                           "Road traffic, estimated to kill up to 100,000 hedgehogs a year, also plays a part.") == []
    assert _drifts_between("Road traffic, estimated to kill up to 100,000 hedgehogs a year, also plays a part.",
                           "Road traffic kills up to 100,000 hedgehogs a year and also plays a part.") == ["certainty_changed"]
    # a belief with no "that" is a credit, and what is believed said as told is stronger ...
    assert _drifts_between("Officers believe the gang used electronic devices to copy the signal from key fobs.",
                           "Police said the gang used electronic devices to copy the signal from key fobs.") \
        == ["certainty_changed"]
    # ... but "according to" keeps its distance
    assert _drifts_between("Experts believe warmer summers are making such slides more frequent.",
                           "According to experts, warmer summers are making such slides more frequent.") == []
    # findings that add to evidence say nothing
    assert _drifts_between("The findings add to evidence that art developed as early in Asia.",
                           "The discovery adds to evidence that art developed as early in Asia.") == []
    # a trailing credit with the one it was told to still wraps the sentence
    told = attribute("Investigators believe the two shipments were organised by one gang, a police source told this agency.")
    assert told.speaker == "a police source"
    # a government acts through its ministers
    assert _drifts_between("The government is not expected to intervene in the dispute.",
                           "Ministers are not expected to step in to the dispute.") == []
    assert _drifts_between("The council is not expected to intervene in the dispute.",
                           "Ministers are not expected to step in to the dispute.") == ["actor_changed"]


def test_a_headline_may_name_who_says_it_when_the_body_does():
    body = ("A painting of a wild cow in a cave in Borneo is at least 48,000 years old, researchers said on Wednesday. "
            "The team published its findings in the journal Nature.")
    assert _headline_drifts("Cave painting in Borneo dated to at least 48,000 years ago", body,
                            "Borneo cave painting is at least 48,000 years old, scientists say") == []
    assert _headline_drifts("Cave painting in Borneo dated to at least 48,000 years ago", body,
                            "Borneo cave painting is at least 48,000 years old, police say") == ["attribution_changed"]


def test_round_31_speakers_scores_and_what_did_not_change():
    # two voices of one office named for two bodies
    assert _drifts_between("A Conservative Party spokesperson said the MP should resign if he wanted to represent "
                           "another party.",
                           "The MP should resign if he wanted to represent another party, according to a Labour "
                           "spokesperson.") == ["attribution_changed"]
    assert _drifts_between("A Labour Party spokesperson said the MP should resign if he wanted to represent "
                           "another party.",
                           "The MP should resign if he wanted to represent another party, according to a Labour "
                           "spokesperson.") == []
    # going on is the opposite of stopping; no change is the opposite of a fall or a rise
    assert _drifts_between("The company said work on the site would continue.",
                           "The company said work on the site will be stopped.") == ["negation_flipped"]
    assert _drifts_between("The review found that speeds had fallen by 2mph, but that serious collisions had not "
                           "changed significantly.",
                           "The review found that speeds had dropped by 2mph, while serious collisions had fallen "
                           "sharply.") == ["negation_flipped"]
    assert _drifts_between("The review found that serious collisions had not changed significantly.",
                           "The review found that serious collisions were unchanged.") == []
    # a match's score
    assert _drifts_between("He went on to lose the match 10-8 after his rival won four frames in a row.",
                           "He went on to lose the match 10-6 after his rival won four frames in a row.") == ["number_changed"]
    assert _drifts_between("He went on to lose the match 10-8 after his rival won four frames in a row.",
                           "He lost the match 10-8 after his rival won four frames in a row.") == []
    # a name is not told by another name that shares its first words
    assert _drifts_between("Pryce made a maximum break at the World Snooker Championship on Wednesday, the World "
                           "Snooker Tour said.",
                           "Pryce made a maximum break at the World Snooker Championship on Wednesday.") \
        == ["attribution_changed"]
    # a short clause after its credit, told by most of its words, is told without it
    assert _drifts_between("Dust storms are common before the monsoon, but meteorologists said this one was "
                           "unusually strong.",
                           "Dust storms are common before the monsoon, but this one was unusually violent.") \
        == ["attribution_changed"]
    # a bare description crediting a sentence is the body that sentence is about
    pairs = _pairs("Blood service issues amber alert. NHS Blood and Transplant has issued an amber alert after "
                   "stocks fell, the service announced on Wednesday.",
                   "NHS Blood and Transplant issued an amber alert on Wednesday after stocks fell.")
    assert _kinds_of(pairs, "NHS Blood") == []


def test_round_32():
    # groups named by their kind are a doer; two ties of one family are two people, whatever their names
    assert _drifts_between("Opposition MPs called for the rollout to be paused.",
                           "Consumer groups called for the rollout to be paused.") == ["actor_changed"]
    assert _drifts_between("His older brother, Jamie, caddied for him all week.",
                           "His dad, Alan, caddied for him all week.") == ["actor_changed"]
    assert _drifts_between("His older brother, Jamie, caddied for him all week.",
                           "His brother Jamie caddied for him all week.") == []
    # an acronym is a name, not a relative pronoun
    assert _drifts_between("The health ministry said it would send a team of surgeons on Saturday.",
                           "The ministry added that the WHO will send a team of surgeons on Saturday.") == ["actor_changed"]
    # two bodies named in full, of two kinds, are two bodies however many words they share
    assert _drifts_between("Officers raided the farm on Sunday, supported by the National Vehicle Crime Intelligence Service.",
                           "Officers raided the farm on Sunday, backed up by the National Crime Agency.") == ["actor_changed"]
    # words both sides tell do not name the speaker; a name with an ampersand is a speaker
    assert _drifts_between("Whisky exports fell by 4 percent last year, according to the Scotch Whisky Association.",
                           "Scotch whisky exports fell by 4 percent last year, according to HM Revenue and Customs.") \
        == ["attribution_changed"]
    assert _drifts_between("Scottish Golf said Baird was the first Scottish amateur to finish in the top ten.",
                           "The R&A said Baird is the first Scottish amateur to finish in the top ten.") == ["attribution_changed"]
    # what neither side told is no flip; a "not" after the opposite is no part of it
    assert _drifts_between("The company has not said how much of the cost will be borrowed.",
                           "The company has not disclosed how much of the cost will be borrowed.") == []
    assert _drifts_between("He denied the charges and claimed he had not known about the conditions.",
                           "He admitted the charges but claimed he had been unaware of the conditions.") == ["negation_flipped"]
    assert _drifts_between("He did not deny the charges.", "He admitted the charges.") == []
    # a cut is the opposite of a rise; ruling out the opposite of being open to it, of the thing both tell
    assert _drifts_between("Prosecutors said he had cut staffing to save money.",
                           "Prosecutors said he had increased staffing to save money.") == ["negation_flipped"]
    assert _drifts_between("She ruled out a formal coalition with Labour but said she was open to agreements on policies.",
                           "She said she was open to a formal coalition with Labour as well as to agreements on policies.") \
        == ["negation_flipped"]
    # an exchange of accusations is still a charge
    assert _drifts_between("The army and the RSF blamed each other for the attack.",
                           "The army and the Rapid Support Forces exchanged accusations over the attack.") == []


def test_round_32_credits_merges_and_funding():
    # a neighbour credited by a description of the one its own source names keeps its own credit
    pairs = _pairs("The distillery is to spend 90 million pounds on an expansion, its owner, Hebridean Spirits, announced. "
                   "The company said annual capacity would rise to 5 million litres.",
                   "Hebridean Spirits will spend 90 million pounds expanding the distillery, the company announced. "
                   "Annual capacity will rise to 5 million litres.")
    assert _kinds_of(pairs, "Annual capacity") == ["attribution_changed"]
    # a headline's doer described another way still does what the source headline said it announced
    assert _headline_drifts("Islay distillery announces 90 million pound expansion",
                            "The Laggan Bay distillery on Islay is to spend 90 million pounds on an expansion.",
                            "Islay whisky maker plans 90 million pound expansion") == []
    # a long source sentence that shares only names and a word with a retelling sentence is not merged into it
    pairs = _pairs("The Care Quality Commission, which inspected the home, closed it in March 2036, and its 27 residents "
                   "were moved elsewhere. Lancashire County Council said it had since changed the way it monitors the "
                   "homes it pays for.",
                   "Lancashire County Council closed the home in March 2036, and its 27 residents were moved elsewhere.")
    assert _kinds_of(pairs, "closed the home") == ["actor_changed"]
    assert any(p.retelling_claim is None and "monitors" in p.source_claim.text for p in pairs)
    # money that came from a body named with an "and" in it
    assert _drifts_between("The experiment was partly funded by the UK Atomic Energy Authority.",
                           "Part of the funding for the experiment came from the Engineering and Physical Sciences "
                           "Research Council.") == ["actor_changed"]
    # a speaker whose deed the retelling gives, aside, to another: the credit is gone and the doer changed
    assert _drifts_between("The Department of Health said it was funding a campaign to recruit donors.",
                           "A campaign to recruit donors, paid for by NHS Blood and Transplant, starts soon.") \
        == ["actor_changed", "attribution_changed"]


def test_slamming_a_button_is_a_deed_not_a_criticism():
    assert _drifts_between("Security guards pressed the emergency stop button within seconds.",
                           "Shop workers slammed the emergency stop button within seconds.") == ["actor_changed"]
    assert _drifts_between("Unions criticised the decision to close the plant.",
                           "Unions slammed the decision to close the plant.") == []


def test_round_33():
    # "as per" credits as "according to" does; "almost certainly" is a hedge
    assert _drifts_between("Farmers' groups said the rice crop had been badly damaged in low-lying areas.",
                           "As per farmers' organisations, the paddy crop had been badly damaged in low-lying areas.") == []
    assert _drifts_between("NHS England will almost certainly negotiate a confidential discount, analysts said.",
                           "NHS England will negotiate a confidential discount, analysts said.") == ["certainty_changed"]
    # the same thing falling on one side and rising on the other, with no amount to set them by
    assert _drifts_between("Petrol prices fell slightly between April and May, which partly offset the rise.",
                           "Petrol prices rose slightly between April and May, adding to the pressure.") == ["negation_flipped"]
    assert _drifts_between("Exports fell but imports rose in May.", "Imports rose while exports fell in May.") == []
    # ruling out is the opposite of considering; a denial of acknowledging; "not reopened" in a clause joined on
    assert _drifts_between("The minister ruled out any change to the law.",
                           "The minister said she would consider a change to the law.") == ["negation_flipped"]
    assert _drifts_between("The guards said the tanker hit a fishing boat, a claim the company denied.",
                           "The guards said the tanker hit a fishing boat, which the company has acknowledged.") \
        == ["negation_flipped"]
    assert _drifts_between("The airport was closed for 14 hours but reopened on Wednesday afternoon.",
                           "The airport remained closed for 14 hours, and till now it has not been reopened.") \
        == ["negation_flipped"]
    # "first" is no part of the doer; a name the source describes is not the other side's description
    assert _drifts_between("The islands council first voted in 2020 to explore options for self-government.",
                           "The Scottish Parliament first voted in 2020 to explore options for self-government.") \
        == ["actor_changed"]
    assert _drifts_between("The forestry company, Skogsbolaget Norr, must also pay the legal costs.",
                           "The state must also pay the legal costs.") == ["actor_changed"]
    assert _drifts_between("The forestry company, Skogsbolaget Norr, must also pay the legal costs.",
                           "The company must also pay the legal costs.") == []
    # two who say whose people they are; two bodies named in full apart; clearing trees is removing them
    assert _drifts_between("Teams from the National Disaster Response Force cleared fallen trees from roads overnight.",
                           "Overnight, soldiers of the Indian Army removed the fallen trees from the roads.") == ["actor_changed"]
    assert _drifts_between("World Athletics will strike from the record the results he has achieved since May, "
                           "including fourth place at the Diamond League final.",
                           "UK Athletics will wipe from the record every result he has posted since May, including "
                           "fourth place at the Diamond League final.") == ["actor_changed"]
    # a sentence opening on "But" has its doer after it, and the one giving a reason is that doer
    assert _drifts_between("An independent tribunal rejected that explanation, saying he had not provided any evidence.",
                           "But UK Anti-Doping threw out his excuse, saying he had provided no evidence at all.") \
        == ["actor_changed"]


def test_round_33_headline_amounts_and_topic_words():
    # a headline that gives the amount as the source headline gives it is not held to the body's bound
    assert _headline_drifts("Cholera outbreak in Zambian capital kills 38",
                            "At least 38 people have died in a cholera outbreak in Lusaka, the health ministry said.",
                            "Zambia cholera outbreak leaves 38 dead in Lusaka") == []
    # a speaker "named" only in the words its own sentence is about is not named
    assert _drifts_between("Sickle cell disease affects about 17,000 people in the UK, the Sickle Cell Society said.",
                           "Sickle cell disease affects about 17,000 people in the UK.") == ["attribution_changed"]
    assert _drifts_between("The Sickle Cell Society said it had opened 12 clinics.",
                           "The Sickle Cell Society has opened 12 clinics.") == []


def test_a_thing_a_body_is_named_for_is_not_its_members():
    assert _drifts_between("The Swedish Forest Agency said lichen-rich forest in Norrbotten had shrunk by a third.",
                           "Lichen-rich forest in Norrbotten has shrunk by a third.") == ["attribution_changed"]
    assert _drifts_between("The Aldrian Nurses' Union said nurses would strike on Monday.",
                           "Nurses will strike on Monday.") == []


def test_round_34():
    # "next May" is a month, the first May after the article; "next April" after an April article is a year on
    assert _drifts_between("The top division will be held in Helsinki and Stockholm next May.",
                           "The top division will be staged in Helsinki and Stockholm next April.") == ["date_changed"]
    # what is not yet said keeps a prospect open; "supposed to" is "should"
    assert _drifts_between("The agency has not said when it expects waiting times to return to six weeks.",
                           "The agency has not said when waits will return to six weeks.") == []
    assert _drifts_between("He said the records showed the brake should have been checked every month.",
                           "He said the records showed the brake was supposed to be checked monthly.") == []
    # cleared is the opposite of convicted; a takeover is a purchase, by a group of another country
    assert _drifts_between("A third man, a lorry driver from Chesterfield, was cleared of all charges.",
                           "A third man, a lorry driver from Chesterfield, was also convicted.") == ["negation_flipped"]
    assert _drifts_between("The company was bought by a Norwegian energy group last year.",
                           "The company was taken over last year by a Swedish energy group.") == ["actor_changed"]
    assert _drifts_between("The company was bought by a Norwegian energy group last year.",
                           "The company was taken over last year by a Norwegian energy group.") == []
    # a milliard is a billion; where a figure "appears from" is its source, no doubt; "according to plan" credits no one
    assert _drifts_between("Sales rose by 4 percent last year to 1.9 billion kroner, according to its annual report.",
                           "Sales rose last year with 4 percent to 1.9 milliard kroner, it appears from the annual report.") \
        == []
    assert _drifts_between("The new factory is expected to open in the autumn of 2037.",
                           "The new factory shall according to the plan open in the autumn of 2037.") == []


def test_round_34_concessions_quotes_and_names_swapped():
    # a "no" in a clause of concession is still said; failing is the opposite of succeeding
    assert _drifts_between("Oil leaked into a stream, although tests found no lasting harm to fish, the agency said.",
                           "Oil oozed into a stream, and tests found lasting harm to fish, the agency said.") == ["negation_flipped"]
    assert _drifts_between("Engineers used explosives to try to break up the ice, but the attempt failed, officials said.",
                           "Engineers used explosives to try to break the ice, and the attempt succeeded, officials said.") \
        == ["negation_flipped"]
    # going after the profits is seeking them; a label of a few words swapped for others is altered
    assert _drifts_between("The agency is seeking to recover the profits, with a hearing due in February.",
                           "The agency is now going after their profits, with a hearing set for February.") == []
    assert _drifts_between('The union called the plan "a betrayal of a loyal workforce" and said it would seek talks.',
                           'The union calls the plan "a treachery against a faithful staff" and will seek talks.') \
        == ["quote_altered"]
    # a man's name and his post swapped round in apposition are one man
    assert _drifts_between("The attack was led by a former army intelligence chief, Colonel Tiago Mendes, who fled.",
                           "The attack was led by Colonel Tiago Mendes, a former army intelligence chief, who fled.") == []
    # the present told beside a span's start is no other date
    assert _headline_drifts("Antarctic ozone hole smallest since 1988, scientists say",
                            "The ozone hole over Antarctica this year was the smallest since 1988, scientists said.",
                            "This year's Antarctic ozone hole was the smallest since 1988") == []


def test_round_34_places_that_act_and_rescues():
    # a park (its owner) closes things; rescuing is saving; an agent after where the deed took place
    assert _drifts_between("She said the park had closed the zip wire after the accident.",
                           "She said the county council had closed the zip wire after the accident.") == ["actor_changed"]
    assert _drifts_between("Visitors walked through the park.", "Visitors strolled through the park.") == []
    assert _drifts_between("A man was taken to hospital after being rescued from the roof of his house by firefighters.",
                           "A man was taken to hospital after he was saved from the roof of the house by gendarmes.") \
        == ["actor_changed"]
    assert _drifts_between("A man was taken to hospital after being rescued from the roof of his house by firefighters.",
                           "A man went to hospital after firefighters rescued him from the roof of his house.") == []


def test_round_35():
    # investigating "if" is investigating "whether"; a matter under discussion is still open
    assert _drifts_between("Police will investigate whether safety rules were broken, the commander said.",
                           "Police will investigate if the safety rules were broken, the commander said.") == []
    assert _drifts_between("The company is in talks about a second route, which could open in 2039.",
                           "A second route is under discussion and could open in 2039.") == []
    # "the first time since" is "no one had since"
    assert _drifts_between("It is the first time a New Mexico governor has been impeached since statehood in 1912.",
                           "No New Mexico governor had been impeached since statehood in 1912.") == []
    # a body named only before the one who leads it is not its voice
    assert _drifts_between("A fake video appearing to show the leader of Swindon Borough Council was viewed about 400,000 "
                           "times before it was taken down, the council said on Wednesday.",
                           "A fake video appearing to show Swindon's council leader was watched around 400,000 times "
                           "before it was pulled.") == ["attribution_changed"]


def test_round_36():
    # worry and concern keep a prospect open, as a fear does
    assert _drifts_between("The council said it was concerned about the effect on commuters.",
                           "The council said it was worried about the impact on commuters.") == []
    assert _drifts_between("The union said it was worried that suppliers would bear the cost.",
                           "The union said it feared suppliers would bear the cost.") == []
    # a hedge put into quoted words is the quote's change, told once
    assert _drifts_between('"It is hard to believe anyone would do this to a place that old," he said.',
                           '"It is hard to believe anybody could do this to a place that old," he said.') == ["quote_altered"]
    # "not yet vaccinated" said of the women, not of the clause
    assert _drifts_between('Dr Aisha Rahman said: "The vaccine is safe, and it is the best way to protect a newborn baby."',
                           '"The vaccine is safe, and it is the best way to protect a newborn baby," said Dr Aisha Rahman, '
                           'adding that surgeries had been asked to contact every pregnant woman not yet vaccinated.') == []


def test_round_36_doers_hospital_and_too_early():
    # a doer told by one definite noun is named by that noun, not by a word of its kind
    assert _drifts_between("He said the company would compensate small businesses for lost trade.",
                           "He said the Government would compensate small businesses for lost trade.") == ["actor_changed"]
    # "none of them needed to go to hospital" is the opposite of "all of them were rushed to hospital"
    assert _drifts_between("Three firefighters were treated, and none of them needed to go to hospital.",
                           "Three firefighters were treated, and all of them were rushed to hospital.") == ["negation_flipped"]
    assert _drifts_between("Three firefighters were treated, and none of them needed to go to hospital.",
                           "Three firefighters were treated; none had to go to hospital.") == []
    # "too early to tell" credits no one
    assert _drifts_between("The agency said it was too early to say how far the invaders had spread.",
                           "It was too early to tell how far the invaders had spread.") == ["attribution_changed"]
    assert _drifts_between("The agency said it was too early to say how far the invaders had spread.",
                           "The agency said it was too early to tell how far the invaders had spread.") == []


def test_a_year_told_roughly_is_told_less_exactly():
    assert _drifts_between("The ozone layer was on course to recover by about 2066, the organisation said.",
                           "The ozone layer was on course to recover by 2066, the organisation said.") == ["precision_changed"]
    assert _drifts_between("The bridge opened around 1890.", "The bridge opened in about 1890.") == []
    assert _drifts_between("The bridge opened in about 1890.", "The bridge opened in 1895.") == ["date_changed"]


def test_round_37():
    # a body's acronym on one side is its name on the other
    assert _drifts_between("At least 15 people were killed, according to the United Nations mission in the country.",
                           "At least 15 people were killed, according to the UN mission in that country.") == []
    # a cause "still a mystery" is one "not yet known"
    assert _drifts_between("The cause is not yet known, and inspectors have opened an investigation.",
                           "The cause is still a mystery, and inspectors have launched a probe.") == []
    # "not enough" is "too little"; rare is the opposite of common; bail the opposite of behind bars
    assert _drifts_between("It said many service stations did not have enough secure parking.",
                           "It said many service stations had too little secure parking.") == []
    assert _drifts_between("He said he would seek compensation, although such payments are rare.",
                           "He said he would claim compensation, though such payments are common.") == ["negation_flipped"]
    assert _drifts_between("They have been released on bail while inquiries continue.",
                           "All three are still behind bars while inquiries continue.") == ["negation_flipped"]


def test_a_doubt_that_loses_its_not_is_a_flip():
    assert _drifts_between("The driver was taken to hospital with injuries that were not thought to be life-threatening.",
                           "The driver was taken to hospital with injuries that were thought to be life-threatening.") \
        == ["negation_flipped"]
    assert _drifts_between("The driver had injuries that were not thought to be serious.",
                           "The driver had injuries that were not believed to be serious.") == []


def test_round_38_readings_that_are_no_change():
    # "what looked like" is the hedge "what appeared to be" in other words
    assert _drifts_between("Two men threatened the cashier with what appeared to be a knife before fleeing on foot.",
                           "Two men threatened the cashier with what looked like a knife before running off.") == []
    # "fear the X could" keeps a prospect as open as "fear that X could"
    assert _drifts_between("Farmers fear the harvest could fail if the drought goes on.",
                           "Farmers fear that if the drought goes on, the harvest could fail.") == []
    # "the fall of the water table" is a drop, not the autumn
    assert _drifts_between("The well had been dry since 2030 because of falling groundwater.",
                           "The well since the year 2030 had been dry because of the fall of the groundwater level.") == []
    # the winner is the winning side; staff are colleagues
    assert _drifts_between("The winner takes a place in next year's Champions Cup.",
                           "The winning club takes a place in the Champions Cup of next year.") == []
    assert _drifts_between("The school said staff had raised 4,000 pounds for the appeal by Friday.",
                           "The school said colleagues had raised 4,000 pounds for the appeal by Friday.") == []
    # a doer named in an apposition at the sentence's end is the doer the other side names
    assert _drifts_between("The old bridge was designed in 1890 by a Scottish engineer, John Barr.",
                           "The old bridge was designed in 1890 by Scottish engineer John Barr.") == []
    # "did not stop" is "kept on"
    assert _drifts_between("The driver was hit by a stone on the second lap but did not stop racing.",
                           "The driver was hit by a stone on the second lap but kept on racing.") == []


def test_round_38_drifts_named():
    # not expecting a thing against being sure of it is the opposite, not a booster
    assert _drifts_between("The coach said he had not expected his team to reach the semi-finals this season.",
                           "The coach said he was sure that his team would reach the semi-finals this season.") \
        == ["negation_flipped"]
    assert _drifts_between("She said she had not expected to finish the first stage.",
                           "She said she had never doubted she would finish the first stage.") == ["negation_flipped"]
    # what is believed or expected is likely; "could" only allows it
    assert _drifts_between("The attackers are believed to be linked to a gang from the north.",
                           "The attackers could be linked to a gang from the north.") == ["certainty_changed"]
    assert _drifts_between("The road is now expected to reopen on 3 June.",
                           "The road could now reopen on 3 June.") == ["certainty_changed"]
    # "twice as likely" and "three times as likely" are two multiples
    assert _drifts_between("Night workers were twice as likely to report poor sleep, the survey found.",
                           "Night workers were three times as likely to report poor sleep, the survey found.") \
        == ["number_changed"]
    # a decade is a date
    assert _drifts_between("The mill employed about 900 people in the 1950s.",
                           "The mill employed about 900 people in the 1970s.") == ["date_changed"]
    # a headline's bare "2 MILLION" is the source's sum without its currency
    assert _headline_drifts("Thieves steal 1.5 million euros from depot",
                            "Thieves stole 1.5 million euros from a depot near Lyon on Monday, police said.",
                            "THIEVES GRAB 3 MILLION: depot raid shock") == ["number_changed"]
    # a doer flown in "by X from Y" is X
    assert _drifts_between("The World Health Organization is flying in medical supplies from the capital.",
                           "Medical supplies are being flown in by Unicef from the capital.") == ["actor_changed"]
    # a doer joined to another's name: "Environment Agency officers and Kent Police" is not "Environment
    # Agency" doing "officers"
    assert _drifts_between("RSPCA inspectors and Kent Police raided the kennels near Ashford in May.",
                           "Environment Agency officers and Kent Police raided the kennels near Ashford in May.") \
        == ["actor_changed"]
    # the doer of a reported clause with no "that"
    assert _drifts_between("The mayor of Leith, Tom Baird, said the city would hold a street party on Sunday.",
                           "The head of the town of Leith, Tom Baird, announced that the club will hold a street party "
                           "on Sunday.") == ["actor_changed"]


def test_round_39_readings_that_are_no_change():
    # a headline's figure the body gives, counted in words the extractor did not tie to it
    assert _headline_drifts("Survey finds shortage of care beds in Norfolk",
                            "Norfolk has about 1,800 fewer care beds than it needs, a survey found. "
                            "The council said it planned to open 200 new beds by May.",
                            "Norfolk about 1,800 care beds short, survey says") == []
    # "would not change its plans to" is "would still ... as planned"
    assert _drifts_between("The band said it would not change its plans to play in Leeds next month.",
                           "The band said it would still play in Leeds next month as planned.") == []
    # a reason given with "because" is still theirs
    assert _drifts_between("Residents oppose the new runway, saying it would double night flights.",
                           "Residents reject the new runway because it would double night flights.") == []
    # "Rights groups" opening a sentence are the "human rights groups" of the other
    assert _drifts_between("Human rights groups have estimated that about 900 people are held.",
                           "Rights groups have estimated that roughly 900 people are held.") == []


def test_round_39_drifts_named():
    # pounds a week, a month: a fee or a rent, whatever comes after the rate
    assert _drifts_between("The average rent for a flat in the town is now 950 pounds a month, the agency said.",
                           "A flat in the town now rents for an average of 990 pounds a month in the centre, the agency said.") \
        == ["number_changed"]
    # a surname that is also a verb ("Fell", "Hunt") does not hide the credit
    assert _drifts_between("Councillor Ann Fell said the bridge would stay shut until the spring.",
                           "The bridge will stay shut until the spring.") == ["attribution_changed"]
    # planning documents are a source, not the body's own statement
    assert _drifts_between("The depot is due to become a site for 80 homes, according to planning documents.",
                           "The depot is due to become a site for 80 homes.") == ["attribution_changed"]
    # "the park said", dropped: the park the claim is about names the place, not the voice
    assert _drifts_between("A Chilean flamingo that escaped from a wildlife park in Kent has been seen on mudflats near "
                           "Whitstable, the park said on Monday.",
                           "A runaway Chilean flamingo that broke out of a Kent wildlife park has been seen on mudflats "
                           "near Whitstable.") == ["attribution_changed"]
    # one clause keeps a soft word, the other is told plainly
    assert _drifts_between("The plants could survive a mild frost but were likely to die in a hard winter.",
                           "The plants can survive a mild frost but will die in a hard winter.") == ["certainty_changed"]
    # many bodies of a kind are not one named body; "-ing" before a plural is its modifier
    assert _drifts_between("Sailing clubs in the area run free lessons for children each summer.",
                           "The RYA runs free lessons for children each summer.") == ["actor_changed"]
    # a plural speaker's present is a credit: "Analysts estimate that ..." dropped
    assert _drifts_between("Analysts at Loxley Marine estimate that the closure is costing 20 million dollars a day.",
                           "The closure is costing 20 million dollars a day.") == ["attribution_changed"]
    assert _drifts_between("Economists warn that the closure is costing 20 million dollars a day.",
                           "The closure is costing 20 million dollars a day.") == ["attribution_changed"]
    # a speaker named only by its place is not named: "the office of the Mayor of Leeds" is not "Leeds"
    assert _drifts_between("Schools in Bradford and Leeds were closed, the Department for Education said.",
                           "Closed were the schools of Bradford and Leeds, according to the office of the Mayor of Leeds.") \
        == ["attribution_changed"]


def test_round_40_readings_that_are_no_change():
    # "had been able to" is the "could" of ability, no hedge
    assert _drifts_between("Fans had been able to watch the rehearsals from a gallery above the stage.",
                           "Fans could watch the rehearsals from a gallery above the stage.") == []
    # "not yet made up its mind" is "not yet decided whether"
    assert _drifts_between("The council said it had not yet decided whether to sell the hall.",
                           "The council said it had not yet made up its mind about selling the hall.") == []
    # "It said it refused to ..." / "It has ...": the one named before, telling of its own doing
    pairs = _pairs("The union represents 900 staff at the depot. It said it refused to rule out strike action.",
                   "The union represents 900 depot staff. It has not ruled out strike action.")
    assert _kinds_of(pairs, "It has not ruled out") == []  # ("refused to rule out" is "not ruled out")
    pairs = _pairs("The union represents 900 staff at the depot. It said it refused to rule out strike action.",
                   "The union represents 900 depot staff. It has ruled out strike action.")
    assert _kinds_of(pairs, "It has ruled out") == ["negation_flipped"]  # the opposite, and its credit kept
    # "said she to the broadcaster": the one who heard it is not the speaker
    from retold.claims import extract_claims
    from retold.models import Article

    told = extract_claims(Article(title="", text='"We are ready," said she to the broadcaster NRK.'))
    assert told[0].attribution.speaker == "she"


def test_round_40_drifts_named():
    # records, documents and papers that show a thing are its source
    assert _drifts_between("The firm was fined 8,000 euros in 2031 after a worker fell from a ladder, court records show.",
                           "The firm was fined 8,000 euros in 2031 after a worker fell from a ladder.") == ["attribution_changed"]
    # good and poor, declined and accepted are opposites
    assert _drifts_between("The inspector said the school had a good record on attendance.",
                           "The inspector said the school had a poor record on attendance.") == ["negation_flipped"]
    assert _drifts_between("The club offered him a new contract, which the striker declined.",
                           "The club offered him a new contract, which the striker accepted.") == ["negation_flipped"]
    # "refused to rule out" leaves it open: "has ruled out" says the opposite
    assert _drifts_between("The airline refused to rule out further cancellations.",
                           "The airline has ruled out further cancellations.") == ["negation_flipped"]
    # bystanders are not a rescue service; two trades told in "man" are two people
    assert _drifts_between("The boy was pulled from the river by a lifeboat crew and taken to hospital.",
                           "The boy was pulled out of the river by members of the public and taken to hospital.") \
        == ["actor_changed"]
    assert _drifts_between("The wallet was found on Monday under a bench by a postman on his round.",
                           "The wallet was found on Monday under a bench by a bin man on his round.") == ["actor_changed"]
    # a body of the one it belongs to is a doer ("Her school's music department")
    assert _drifts_between("Her school's music department trained her for the contest after lessons.",
                           "A private tutor trained her for the contest after lessons.") == ["actor_changed"]
    # a headline that shares no word with anything still retells the source's headline
    from retold.comparing import compare
    from retold.models import Article

    comp = compare(Article(title="Ferry stranded off Mull after engine failure",
                           text="A ferry carrying 120 passengers was stranded off Mull on Monday after an engine failed. "
                                "Tugs towed it to Oban, the operator said."),
                   Article(title="NIGHTMARE AT SEA: holidaymakers left adrift",
                           text="A ferry carrying 120 passengers was stranded off Mull on Monday after an engine failed. "
                                "Tugs towed it to Oban, the operator said."))
    heads = [p for p in comp.pairs if p.retelling_claim is not None and p.retelling_claim.role == "headline"]
    assert heads and heads[0].source_claim is not None and heads[0].source_claim.role == "headline"


def test_round_41_readings_that_are_no_change():
    # "if there are any" restates "any", it sets no condition
    assert _drifts_between("The net catches any stones that fall.",
                           "The net catches the stones that fall, if there are any.") == []
    # a noun in -ings is no verb: "Crocodile sightings" / "Croc sightings" are no doers "Crocodile" / "Croc"
    assert _drifts_between("Crocodile sightings in Darwin have risen by about 10 percent, figures show.",
                           "Croc sightings in Darwin have soared by about 10 percent, figures show.") == []
    # a country's things and its people's things are one doer
    assert _drifts_between("Norway's fishermen landed about 2 million tonnes of cod last year.",
                           "Norwegian fishermen landed about 2 million tonnes of cod last year.") == []
    # what rises or falls is an amount, no doer
    assert _drifts_between("Exports to the United Arab Emirates rose slightly despite higher costs.",
                           "Sales to the UAE edged up despite higher costs.") == []
    # the body's first claim credited to the very speaker the headline names
    assert _headline_drifts("Ontario pharmacies run short of flu vaccine",
                            "Pharmacies across Ontario are running short of flu vaccine, the Ontario Pharmacists "
                            "Association said on Monday.",
                            "Ontario faces flu vaccine shortage, pharmacists say") == []


def test_round_41_drifts_named():
    # a change in percent over a span is no yearly rate: "about 15 percent" / "15 percent" is its exactness
    assert _drifts_between("Bookings have risen by about 20 percent over the past four years.",
                           "Bookings have soared by 20 percent in four years.") == ["precision_changed"]
    # a credit with its short form in brackets
    assert _drifts_between("Wind supplied 41 percent of the country's power in May, the Danish Energy Agency (DEA) said.",
                           "Wind supplied 41 percent of the country's power in May.") == ["attribution_changed"]
    # "no plans to" is the negation's change, told once
    assert _drifts_between("The council said it would repair the bridge next year.",
                           "The council said it had no plans to repair the bridge.") == ["negation_flipped"]
    # a nationality before a plural noun is no verb ("African penguins", not "African" doing "penguins")
    from retold.actors import find_action

    assert find_action("The number of African penguins breeding at the colony fell by about 12 percent.")[1] != "penguins"
    # what moved told after its verb ("increased its exports") or inside "seen its exports fall"
    assert _drifts_between("Chile has also increased its exports sharply.",
                           "Chile, by contrast, has seen its exports fall sharply.") == ["negation_flipped"]
