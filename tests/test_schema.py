"""The JSON contracts: shipped schemas, built from one definition, validate real output."""

import json

import jsonschema
import pytest

from retold import schemas
from retold.models import Article


@pytest.mark.parametrize("name", ["analysis", "comparison"])
def test_shipped_schema_files_match_their_definition(name):
    assert schemas.load(name) == schemas.build(name)
    jsonschema.Draft202012Validator.check_schema(schemas.load(name))


def test_analysis_json_validates(data_dir):
    import retold

    analysis = retold.analyze(str(data_dir / "cli" / "ferry.txt"), stance=False)
    doc = json.loads(json.dumps(analysis.to_dict()))
    jsonschema.validate(doc, schemas.load("analysis"))
    assert doc["schema"] == "retold.analysis/1"


def test_a_broken_document_fails_validation(data_dir):
    import retold

    doc = retold.analyze(str(data_dir / "cli" / "ferry.txt"), stance=False).to_dict()
    del doc["claims"][0]["quantities"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, schemas.load("analysis"))


def test_comparison_json_validates(data_dir):
    import retold

    text = (data_dir / "cli" / "ferry.txt").read_text(encoding="utf-8")
    retelling = text.replace("at least 41", "more than 400").replace(" may have been", " was")
    comparison = retold.compare(Article(title="Ferry", text=text.split("\n", 2)[2]),
                                Article(title="Ferry", text=retelling.split("\n", 2)[2]))
    doc = json.loads(json.dumps(comparison.to_dict()))
    jsonschema.validate(doc, schemas.load("comparison"))
    assert {d["kind"] for p in doc["pairs"] for d in p["drifts"]} >= {"number_changed"}
