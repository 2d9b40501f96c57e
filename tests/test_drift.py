"""Drift inside one pair of claims, one kind at a time, on claims built by hand."""

from dataclasses import replace

from retold.drift import claim_drifts, same_counted
from retold.models import Attribution, Claim, DateRef, Hedge, Quantity


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


def claim(text, cid="c1", role="body", **parts):
    return Claim(id=cid, role=role, text=text, end=len(text), **placed(text, parts))


def kinds(drifts):
    return sorted(d.kind for d in drifts)


# --- what is counted -------------------------------------------------------------------------


def test_same_counted_accepts_synonyms_plural_and_partitives():
    assert same_counted("relatives", "family members")
    assert same_counted("members of their families", "relatives")
    assert same_counted("trucks", "lorries")
    assert same_counted("homes", "house")
    assert same_counted("ISIS fighters", "fighters")


def test_same_counted_rejects_different_things_and_unknowns():
    assert not same_counted("fighters", "family members")
    assert not same_counted("fighters", "members of their families")
    assert not same_counted("schools", "hospitals")
    assert not same_counted(None, "fighters")
    assert not same_counted("", "")


# --- numbers ------------------------------------------------------------------------------------


def test_inflated_number_is_number_changed_with_ratio_and_both_spans():
    s = claim("The floods damaged 1,800 homes.",
              quantities=(q("1,800 homes", 1800, counted="homes", start=19),))
    r = claim("The floods damaged nearly 18,000 houses.", cid="r1",
              quantities=(q("nearly 18,000 houses", 18000, 16200, 18000, approx="almost", counted="houses",
                            start=19),))
    [d] = claim_drifts(s, r)
    assert d.kind == "number_changed"
    assert d.direction == "inflated"
    assert abs(d.ratio - 10) < 0.01
    assert s.text[slice(*d.source_span)] == "1,800 homes"
    assert r.text[slice(*d.retelling_span)] == "nearly 18,000 houses"
    assert "x10" in d.summary and "inflated" in d.summary


def test_family_count_from_seed_is_inflated_but_fighters_are_not_compared():
    s = claim("The deal let about 250 fighters and 3,500 relatives leave.",
              quantities=(q("about 250 fighters", 250, 225, 275, "about", "fighters", start=13),
                          q("3,500 relatives", 3500, counted="relatives", start=36)))
    r = claim("Almost 4,000 family members and 250 fighters left.", cid="r1",
              quantities=(q("Almost 4,000 family members", 4000, 3600, 4000, "almost", "family members"),
                          q("250 fighters", 250, counted="fighters", start=32)))
    drifts = claim_drifts(s, r)
    numbers = [d for d in drifts if d.kind == "number_changed"]
    assert len(numbers) == 1
    assert numbers[0].direction == "inflated" and numbers[0].ratio == 1.14
    assert "3,500" in numbers[0].summary and "4,000" in numbers[0].summary
    # "about 250" -> "250": same amount, the approximator dropped
    assert [d.kind for d in drifts if d.kind == "precision_changed"] == ["precision_changed"]


def test_overlapping_approximate_amounts_are_no_number_drift():
    s = claim("Almost 50 trucks left.", quantities=(q("Almost 50 trucks", 50, 45, 50, "almost", "trucks"),))
    r = claim("Nearly 50 lorries left.", quantities=(q("Nearly 50 lorries", 50, 45, 50, "almost", "lorries"),))
    assert claim_drifts(s, r) == []


def test_deflated_number():
    s = claim("At least 40 people died.", quantities=(q("At least 40 people", 40, 40, None, "at_least", "people"),))
    r = claim("Twelve people died.", quantities=(q("Twelve people", 12, counted="people"),))
    [d] = claim_drifts(s, r)
    assert d.kind == "number_changed" and d.direction == "deflated"


def test_precision_changed_when_a_bound_or_vagueness_changes():
    s = claim("At least 40 schools closed.", quantities=(q("At least 40 schools", 40, 40, None, "at_least", "schools"),))
    r = claim("40 schools closed.", quantities=(q("40 schools", 40, counted="schools"),))
    assert kinds(claim_drifts(s, r)) == ["precision_changed"]
    s = claim("73 schools closed.", quantities=(q("73 schools", 73, counted="schools"),))
    r = claim("Dozens of schools closed.", quantities=(q("Dozens of schools", None, 24, 99, "vague", "schools"),))
    assert kinds(claim_drifts(s, r)) == ["precision_changed"]


def test_amounts_of_different_things_are_never_compared():
    s = claim("About 250 fighters left.", quantities=(q("About 250 fighters", 250, 225, 275, "about", "fighters"),))
    r = claim("4,000 family members left.", quantities=(q("4,000 family members", 4000, counted="family members"),))
    assert claim_drifts(s, r) == []


def test_money_compared_by_unit():
    s = claim("The plan costs $5m.", quantities=(q("$5m", 5e6, unit="dollar"),))
    r = claim("The plan costs $50 million.", quantities=(q("$50 million", 5e7, unit="dollar"),))
    [d] = claim_drifts(s, r)
    assert d.kind == "number_changed" and d.ratio == 10
