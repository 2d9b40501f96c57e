"""The FNC-1 stance model shipped in retold/data: loading, behaviour, and a score floor."""

import csv
import pickle
import random
import shutil

import numpy as np
import pytest

from conftest import SHARED
from retold import stance as st
from retold.errors import ModelError
from retold.models import Stance

FNC = SHARED / "data" / "fnc-1"
# Measured on the fixed 2,000-pair sample below; the floor sits a little under it.
FLOOR = 83.0

BODY = (
    "The city council of Marlow voted on Tuesday to close the Eastgate bridge for eight months "
    "of repairs, after engineers found corrosion in two of its steel supports. "
    "The vote passed by seven to two. Commuters will be sent over the Riverside crossing, which "
    "the council said could add twenty minutes to a trip at rush hour. "
    "Mayor Ellen Price said the closure was regrettable but unavoidable, and that work would "
    "begin in March. Local shop owners near the bridge warned that the detour would cost them "
    "customers, and asked the council for help with lost trade. "
    "The repairs are expected to cost about 4 million pounds, paid from the transport budget."
)
LEAD_HEADLINE = "Marlow council votes to close Eastgate bridge for eight months of repairs"
OTHER_HEADLINE = "Astronomers spot icy comet heading towards Jupiter's outer moons"
DENIAL_HEADLINE = "Marlow council denies Eastgate bridge closure, says repair story is a hoax"


@pytest.fixture(scope="module")
def model():
    return st.default_model()


def test_shipped_model_loads_without_pickle(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the stance model must not unpickle anything")

    monkeypatch.setattr(pickle, "load", refuse)
    monkeypatch.setattr(pickle, "loads", refuse)
    for path in st.DATA_DIR.glob("stance*.npz"):
        with np.load(path, allow_pickle=False) as arrays:
            assert all(arrays[k].dtype != object for k in arrays.files)
    result = st.StanceModel()(LEAD_HEADLINE, BODY)
    assert isinstance(result, Stance)
    assert result.label in st.LABELS
    assert set(result.probabilities) == set(st.LABELS)
    assert sum(result.probabilities.values()) == pytest.approx(1.0, abs=1e-3)
    assert result.model.startswith("fnc1-")


def test_shipped_model_is_small():
    size = sum(p.stat().st_size for p in st.DATA_DIR.glob("stance*"))
    assert size < 50_000_000


def test_predictions_are_deterministic(model):
    pairs = [(LEAD_HEADLINE, BODY), (OTHER_HEADLINE, BODY), (DENIAL_HEADLINE, BODY)]
    fresh = st.StanceModel()
    assert model.predict_many(pairs) == fresh.predict_many(pairs)
    assert model.predict_many(pairs) == [fresh(h, b) for h, b in pairs]


def test_headline_from_lead_sentence_is_related(model):
    result = model(LEAD_HEADLINE, BODY)
    assert result.label in ("agree", "discuss")
    assert result.probabilities["unrelated"] < 0.5


def test_headline_on_another_topic_is_unrelated(model):
    result = model(OTHER_HEADLINE, BODY)
    assert result.label == "unrelated"
    assert result.probabilities["unrelated"] > 0.9


def test_denial_headline_leans_disagree(model):
    affirmed = model(LEAD_HEADLINE, BODY).probabilities
    denied = model(DENIAL_HEADLINE, BODY).probabilities
    assert denied["unrelated"] < 0.5
    assert denied["disagree"] > affirmed["disagree"]


def test_body_that_debunks_the_headline_leans_disagree(model):
    body = ("Reports that the Marlow council will close the Eastgate bridge are false, the council "
            "said on Tuesday. A spokesman said no vote on a closure had taken place and denied that "
            "engineers had found corrosion. The story, which spread on social media, was a hoax, "
            "he said, and the bridge will stay open.")
    probs = model(LEAD_HEADLINE, body).probabilities
    assert probs["unrelated"] < 0.5
    assert probs["disagree"] > model(LEAD_HEADLINE, BODY).probabilities["disagree"]


def test_empty_input_is_classified_not_raised(model):
    assert model("", "").label == "unrelated"
    assert model(LEAD_HEADLINE, "").label == "unrelated"


def test_missing_model_files_raise_model_error(tmp_path):
    with pytest.raises(ModelError, match="missing"):
        st.StanceModel(str(tmp_path))(LEAD_HEADLINE, BODY)


@pytest.mark.parametrize("name, damage", [
    (st.STANCE_MODEL_FILE, lambda data: b"not a numpy archive"),
    (st.RELATED_MODEL_FILE, lambda data: data[: len(data) // 2]),  # truncated download
    (st.VOCAB_FILE, lambda data: data[:100]),
])
def test_corrupt_model_files_raise_model_error(tmp_path, name, damage):
    for path in st.DATA_DIR.glob("stance*"):
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / name).write_bytes(damage((tmp_path / name).read_bytes()))
    with pytest.raises(ModelError, match="corrupt"):
        st.StanceModel(str(tmp_path))(LEAD_HEADLINE, BODY)


def test_fnc_score_follows_the_official_definition():
    gold = ["agree", "disagree", "discuss", "unrelated", "unrelated"]
    # exact related (1.0), related but wrong stance (0.25), related called unrelated (0),
    # unrelated right (0.25), unrelated called related (0)
    pred = ["agree", "discuss", "unrelated", "unrelated", "agree"]
    score, best, pct = st.fnc_score(gold, pred)
    assert best == 3.5
    assert score == 1.5
    assert pct == pytest.approx(100 * 1.5 / 3.5)


def test_numpy_trees_match_lightgbm():
    lgb = pytest.importorskip("lightgbm")
    rng = np.random.RandomState(0)
    x = rng.rand(300, 4)
    y = (x[:, 0] + 0.3 * x[:, 1] > 0.6).astype(int) + (x[:, 2] > 0.7).astype(int)
    params = dict(objective="multiclass", num_class=3, num_leaves=7, verbosity=-1, num_threads=1,
                  min_data_in_leaf=5)
    booster = lgb.train(params, lgb.Dataset(x, y), num_boost_round=20)
    forest = st.Forest.from_lightgbm_text(booster.model_to_string())
    np.testing.assert_allclose(forest.predict(x), booster.predict(x), atol=1e-12)
    both = st.Forest.join(forest, forest)
    values = both.tree_values(x)
    half = values.shape[1] // 2
    np.testing.assert_array_equal(values[:, :half], values[:, half:])
    np.testing.assert_allclose(forest.probabilities(forest.class_sums(values[:, half:])),
                               booster.predict(x), atol=1e-12)


def _competition_sample(n: int = 2000) -> list[tuple[str, str, str]]:
    csv.field_size_limit(10_000_000)
    with open(FNC / "competition_test_bodies.csv", encoding="utf-8", newline="") as fh:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(fh)}
    with open(FNC / "competition_test_stances.csv", encoding="utf-8", newline="") as fh:
        rows = [(r["Headline"], bodies[r["Body ID"]], r["Stance"]) for r in csv.DictReader(fh)]
    return random.Random(5).sample(rows, n)


@pytest.mark.skipif(not (FNC / "competition_test_stances.csv").is_file(),
                    reason=f"FNC-1 data not found in {FNC} (set RETOLD_SHARED)")
def test_fnc_score_floor_on_competition_sample(model):
    sample = _competition_sample()
    predicted = [s.label for s in model.predict_many([(h, b) for h, b, _ in sample])]
    _, _, pct = st.fnc_score([g for _, _, g in sample], predicted)
    assert pct >= FLOOR, f"FNC-1 score on the 2,000-pair sample fell to {pct:.2f}% (floor {FLOOR})"
