"""The fast paths give what the plain code they replace gives (no timing here: see benchmarks/)."""

from __future__ import annotations

import math
from dataclasses import fields, is_dataclass

from retold.models import (Analysis, Article, Attribution, Claim, DateRef, Drift, Hedge, HeadlineCheck, Link,
                           Pair, Quantity, Source, Stance)


def _plain_jsonable(value):
    if is_dataclass(value):
        return _plain_to_dict(value)
    if isinstance(value, (list, tuple)):
        return [_plain_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain_jsonable(v) for k, v in value.items()}
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _plain_to_dict(obj):
    """models._Record.to_dict as first written: dataclasses.fields() and a type check per value."""
    out = {f.name.rstrip("_") if f.name == "from_" else f.name: _plain_jsonable(getattr(obj, f.name))
           for f in fields(obj) if not f.metadata.get("internal")}
    if "schema" in out and isinstance(obj, Analysis):
        out = {"schema": out.pop("schema"), **out}
    return out


def _analysis() -> Analysis:
    q = Quantity(text="more than 400", value=400.0, low=400.0, high=math.inf, approx="more_than",
                 counted="fighters", start=3, end=16, low_inclusive=False)
    claim = Claim(id="c1", role="body", text="About 400 fighters left, officials said.", quantities=(q,),
                  dates=(DateRef(text="on Tuesday", value="2024-03-12"),),
                  attribution=Attribution(speaker="officials", cue="said", nested=(
                      Attribution(speaker="he", cue="told", resolved_from="he"),)),
                  hedges=(Hedge(text="may", kind="modal", start=1, end=4),), negations=("not",),
                  quotes=("we left",), checkworthiness=0.85)
    drift = Drift(kind="number_changed", summary="400 -> 500", source_text="a", retelling_text="b",
                  ratio=1.25, from_=q, to=[1, 2.5, float("nan")], source_span=(0, 3))
    head = HeadlineCheck(text="400 fighters leave", drifts=(drift,), claim=claim,
                         stance=Stance(label="agree", probabilities={"agree": 0.9, "unrelated": 0.1}),
                         matches=("c1",))
    art = Article(title="T", text="x", links=(Link(url="https://e.org", text="e"),), published="2024-03-14")
    return Analysis(article=art, claims=(claim,), headline=head,
                    sources=(Source(name="Reuters", kind="named", start=None),))


def test_to_dict_equals_the_plain_one():
    a = _analysis()
    assert a.to_dict() == _plain_to_dict(a)
    assert list(a.to_dict()) == list(_plain_to_dict(a))  # key order too
    pair = Pair(source_claim=a.claims[0], retelling_claim=None, similarity=0.5, drifts=a.headline.drifts)
    assert pair.to_dict() == _plain_to_dict(pair)
    d = a.to_dict()["headline"]["drifts"][0]
    assert d["from"]["high"] is None and d["to"][2] is None  # open bounds and NaN are null
