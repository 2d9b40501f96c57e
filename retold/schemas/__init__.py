"""JSON Schemas of retold's output contracts, shipped in the package.

``analysis.schema.json`` (retold.analysis/1) and ``comparison.schema.json``
(retold.comparison/1) are written from :func:`build` by
``python -m retold.schemas``; a test fails when the shipped files and ``build``
differ. Fields may be added, never renamed: every object allows extra keys.
"""

from __future__ import annotations

import json
from importlib import resources

NULLABLE_STR = {"type": ["string", "null"]}
NULLABLE_NUM = {"type": ["number", "null"]}
NULLABLE_INT = {"type": ["integer", "null"]}


def _obj(required: dict, optional: dict | None = None) -> dict:
    return {"type": "object", "required": sorted(required),
            "properties": {**required, **(optional or {})}, "additionalProperties": True}


def _ref(name: str) -> dict:
    return {"$ref": f"#/$defs/{name}"}


def _nullable(name: str) -> dict:
    return {"anyOf": [_ref(name), {"type": "null"}]}


DEFS = {
    "Link": _obj({"url": {"type": "string"}, "text": {"type": "string"}}),
    "Article": _obj({
        "title": {"type": "string"}, "url": NULLABLE_STR, "site": NULLABLE_STR,
        "published": {"anyOf": [{"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?"}, {"type": "null"}]},
        "author": NULLABLE_STR, "text": {"type": "string"},
        "links": {"type": "array", "items": _ref("Link")},
    }, {"input": NULLABLE_STR, "extraction": {"type": "string"}}),
    "Quantity": _obj({
        "text": {"type": "string"}, "value": NULLABLE_NUM, "low": NULLABLE_NUM, "high": NULLABLE_NUM,
        "approx": {"type": "string"}, "counted": NULLABLE_STR,
    }, {"unit": NULLABLE_STR, "change": {"type": "string"}, "start": {"type": "integer"},
        "end": {"type": "integer"}}),
    "DateRef": _obj({"text": {"type": "string"}, "value": NULLABLE_STR}),
    "Attribution": _obj({"speaker": NULLABLE_STR, "cue": NULLABLE_STR, "quote": NULLABLE_STR},
                        {"kind": {"type": "string"}}),
    "Hedge": _obj({"text": {"type": "string"}}, {"kind": {"type": "string"}}),
    "Claim": _obj({
        "id": {"type": "string"}, "role": {"enum": ["headline", "body"]}, "text": {"type": "string"},
        "checkworthiness": {"type": "number", "minimum": 0, "maximum": 1},
        "quantities": {"type": "array", "items": _ref("Quantity")},
        "dates": {"type": "array", "items": _ref("DateRef")},
        "attribution": _nullable("Attribution"),
        "hedges": {"type": "array", "items": _ref("Hedge")},
        "negated": {"type": "boolean"},
    }, {"start": {"type": "integer"}, "end": {"type": "integer"}, "actor": NULLABLE_STR}),
    "Drift": _obj({
        "kind": {"enum": ["number_changed", "precision_changed", "date_changed", "attribution_changed",
                          "certainty_changed", "actor_changed", "negation_flipped", "quote_altered",
                          "added", "omitted"]},
        "summary": {"type": "string"}, "source_text": NULLABLE_STR, "retelling_text": NULLABLE_STR,
    }, {"direction": NULLABLE_STR, "ratio": NULLABLE_NUM, "from": {}, "to": {}}),
    "Stance": _obj({"label": {"enum": ["agree", "disagree", "discuss", "unrelated"]},
                    "probabilities": {"type": "object", "additionalProperties": {"type": "number"}}}),
    "Source": _obj({"name": {"type": "string"}, "url": NULLABLE_STR, "evidence": {"type": "string"}}),
    "Pair": _obj({"source_claim": _nullable("Claim"), "retelling_claim": _nullable("Claim"),
                  "similarity": {"type": "number"}, "drifts": {"type": "array", "items": _ref("Drift")}},
                 {"stance": _nullable("Stance")}),
}


def build(name: str) -> dict:
    """The schema ``name`` ("analysis" or "comparison") as a dict."""
    base = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$defs": DEFS}
    if name == "analysis":
        return {**base, "$id": "retold.analysis/1", "title": "retold analyze --format json",
                **_obj({"schema": {"const": "retold.analysis/1"}, "article": _ref("Article"),
                        "claims": {"type": "array", "items": _ref("Claim")},
                        "headline": _obj({"text": {"type": "string"},
                                          "drifts": {"type": "array", "items": _ref("Drift")}},
                                         {"verdict": {"type": "string"}, "stance": _nullable("Stance")}),
                        "sources": {"type": "array", "items": _ref("Source")}})}
    if name == "comparison":
        return {**base, "$id": "retold.comparison/1", "title": "retold compare --format json",
                **_obj({"schema": {"const": "retold.comparison/1"}, "source": _ref("Article"),
                        "retelling": _ref("Article"), "pairs": {"type": "array", "items": _ref("Pair")}})}
    raise ValueError(f"no schema named {name!r}")


def load(name: str) -> dict:
    """The shipped schema ``name`` ("analysis" or "comparison")."""
    return json.loads(resources.files(__package__).joinpath(f"{name}.schema.json").read_text("utf-8"))


def write() -> None:
    """Write the shipped schema files from :func:`build`."""
    from pathlib import Path

    for schema in ("analysis", "comparison"):
        path = Path(__file__).with_name(f"{schema}.schema.json")
        path.write_text(json.dumps(build(schema), indent=2) + "\n", encoding="utf-8")
        print(f"wrote {path}")
