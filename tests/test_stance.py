"""The FNC-1 stance model shipped in retold/data: loading, behaviour, and a score floor."""

import csv
import os
import pickle
import random
import shutil
import subprocess
import sys

import numpy as np
import pytest

from conftest import SHARED
from retold import stance as st
from retold.errors import ModelError
from retold.models import Stance

FNC = SHARED / "data" / "fnc-1"
# Measured on the fixed 2,000-pair sample below; the floor sits a little under it.
FLOOR = 84.6

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


def test_body_quoting_a_denial_of_the_headline_leans_disagree(model):
    headline = "Pop star Lena Hart to quit music and move to a farm in Wales"
    confirming = ("Pop star Lena Hart is to quit music and move to a farm in Wales, her publicist "
                  "confirmed on Monday. Hart, 34, said she had bought the farm near Brecon last "
                  "spring and would leave the stage after her last tour in June. \"I want a quiet "
                  "life with my horses,\" she told the BBC.")
    denying = ("A report that pop star Lena Hart will quit music and move to a farm in Wales is "
               "untrue, her publicist said on Monday. \"Lena is not quitting, and she has no farm in "
               "Wales,\" the publicist said in a statement, calling the story a hoax. Hart is in the "
               "studio recording a new album, she added.")
    confirmed, denied = model(headline, confirming).probabilities, model(headline, denying).probabilities
    assert confirmed["unrelated"] < 0.5 and denied["unrelated"] < 0.5
    assert denied["disagree"] > 2 * confirmed["disagree"]
    assert denied["agree"] < confirmed["agree"]
    assert model(headline, denying).label == "disagree"


def test_decision_maximises_the_expected_official_score():
    # 0.45 related, all of it discuss: calling it discuss earns 0.25 * 0.45 + 0.75 * 0.45 = 0.45
    # on average, calling it unrelated 0.25 * 0.55.
    probs = np.array([[0.0, 0.0, 0.45, 0.55], [0.0, 0.0, 0.1, 0.9], [0.3, 0.25, 0.05, 0.4]])
    assert [st.LABELS[i] for i in st.decide(probs)] == ["discuss", "unrelated", "agree"]
    assert st.LABELS[st.decide(probs[2:], disagree_boost=1.5)[0]] == "disagree"


def test_label_is_the_decision_over_the_probabilities(model):
    for headline in (LEAD_HEADLINE, OTHER_HEADLINE, DENIAL_HEADLINE):
        result = model(headline, BODY)
        row = np.array([[result.probabilities[label] for label in st.LABELS]])
        boost = model._load()[-1]
        assert result.label == st.LABELS[st.decide(row, boost)[0]]


def test_features_have_names_and_read_curly_quotes_as_straight(model):
    featurizer = model._load()[0]
    straight = featurizer.features(featurizer.headline("Mayor says he didn't resign"),
                                   featurizer.body('"I didn\'t resign," the mayor said. He stays.'))
    curly = featurizer.features(featurizer.headline("Mayor says he didn\u2019t resign"),
                                featurizer.body("\u201cI didn\u2019t resign,\u201d the mayor said. He stays."))
    assert len(straight) == len(featurizer.names) == len(set(featurizer.names))
    np.testing.assert_array_equal(straight, curly)
    assert st.words("Don\u2019t panic?") == ["don't", "panic", "?"]


def test_token_memory_is_bounded_and_changes_nothing(model, monkeypatch):
    featurizer = model._load()[0]
    pair = (DENIAL_HEADLINE, BODY + " Zyxwvut qwertzuiop asdfghjkl said the 12345 Flimflam.")
    expected = featurizer.features(featurizer.headline(pair[0]), featurizer.body(pair[1]))
    fresh = st.Featurizer(featurizer.vocab, featurizer.idf, featurizer.components,
                          featurizer.avg_body_len, featurizer.lsa_dims, featurizer.word_features)
    monkeypatch.setattr(st, "_MAX_TOKENS", 5)  # the table fills at once; later tokens are read anew
    got = fresh.features(fresh.headline(pair[0]), fresh.body(pair[1]))
    assert fresh._n_rows == 5
    np.testing.assert_array_equal(got, expected)


def test_predictions_do_not_depend_on_the_hash_seed():
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from retold import stance as st; "
            "m = st.StanceModel(); print([m(h, sys.argv[3]).probabilities for h in sys.argv[2].split('|')])")
    out = set()
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", code, str(st.DATA_DIR.parent.parent),
                              "|".join((LEAD_HEADLINE, OTHER_HEADLINE, DENIAL_HEADLINE)), BODY],
                             env=env, capture_output=True, text=True, check=True)
        out.add(run.stdout)
    assert len(out) == 1


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
    other = lgb.train({**params, "seed": 7, "bagging_fraction": 0.7, "bagging_freq": 1},
                      lgb.Dataset(x, y), num_boost_round=15)
    mean = st.Forest.mean([forest, st.Forest.from_lightgbm_text(other.model_to_string())])
    np.testing.assert_allclose(mean.raw(x), (booster.predict(x, raw_score=True) +
                                             other.predict(x, raw_score=True)) / 2, atol=1e-12)
    np.testing.assert_allclose(mean.tree_values(x[:1]), mean.tree_values(x)[:1])


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
