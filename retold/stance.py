"""Stance: does the body agree with, disagree with, discuss, or ignore its headline (FNC-1)?

The model is a two-stage gradient-boosted classifier trained on the public FNC-1 train
files (``benchmarks/train_stance.py``). Stage one tells related from unrelated with lexical
evidence (TF-IDF cosines over the body and its sentences, BM25, stem/bigram/number/name
overlap, how much of the headline's IDF weight one sentence or two adjacent sentences cover,
LSA cosines of the body and of its sentences); stage two tells agree, disagree and discuss
apart among related pairs with the same evidence plus lexicons of refuting, negating, hedging,
asserting and attributing words counted in the headline, the lead, the body sentences closest
to the headline and within a few words of the headline's words in the body, and quotation.
Each stage averages boosters of several seeds. The label is the one with the highest expected
official score (:func:`decide`), not simply the most probable.

The shipped model lives in ``retold/data/``: ``stance_vocab.json`` (vocabulary and options),
``stance_arrays.npz`` (IDF weights and LSA components) and ``stance_*_trees.npz`` (the two
LightGBM ensembles as flat arrays, evaluated by :class:`Forest` with numpy, so LightGBM is
needed to train but not to predict). Arrays load with ``allow_pickle=False``: nothing on
load runs code.

Policy on bad input: an empty headline or body is classified all the same (it comes out
unrelated); missing or corrupt model files raise :class:`retold.errors.ModelError`.
"""

from __future__ import annotations

import json
import math
import re
import threading
import zipfile
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from retold.errors import ModelError
from retold.models import Stance

__all__ = ["StanceModel", "default_model", "fnc_score", "decide", "LABELS", "Featurizer", "Forest"]

LABELS = ("agree", "disagree", "discuss", "unrelated")
RELATED = ("agree", "disagree", "discuss")
DATA_DIR = Path(__file__).resolve().parent / "data"
VOCAB_FILE = "stance_vocab.json"
ARRAYS_FILE = "stance_arrays.npz"
RELATED_MODEL_FILE = "stance_related_trees.npz"
STANCE_MODEL_FILE = "stance_stance_trees.npz"
_FOREST_KEYS = ("roots", "feature", "threshold", "left", "right", "default_left", "missing",
                "leaf_value", "leaf_class", "num_class")

# One pass of one regex reads a text: words (with the apostrophe of "don't"), sentence breaks
# (after . ! ? and optional closing quotes, before a capital or a digit; or at a line break),
# double quotes, and question marks.
_TOKEN = re.compile(
    r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?"
    r"|(?<=[.!?])[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]*[A-Z0-9])|\s*\n\s*"
    r"|[\"\u201c\u201d]"
    r"|\?")
_DOUBLE_QUOTES = "\"\u201c\u201d"
WORD, BREAK, QUOTE, QMARK = 0, 1, 2, 3

STOP_WORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being below
between both but by can did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just me more most my myself
now of off on once only or other our ours ourselves out over own same she should so some such than
that the their theirs them themselves then there these they this those through to too under until up
very was we were what when where which while who whom why will with you your yours yourself
yourselves 's would also one two new says said say
""".split())

# Lexicons are matched on lower-cased surface words (before stemming).
REFUTING = frozenset("""
fake fakes faked fraud fraudulent hoax hoaxes false falsely deny denies denied denying denial
refute refutes refuted refuting debunk debunks debunked debunking bogus retract retracts retracted
retraction untrue misleading myth myths prank pranks satire satirical unfounded baseless fabricated
fabrication incorrect wrong dismiss dismisses dismissed reject rejects rejected nonsense lie lies lied
lying doubt doubts doubtful skeptical sceptical contrary nope phony hoaxer disputes disputed dispute
""".split())
NEGATING = frozenset("""
not no never nothing nobody none neither nor n't cannot without isn't wasn't aren't weren't don't
doesn't didn't won't wouldn't can't couldn't hasn't haven't hadn't shouldn't
""".split())
HEDGING = frozenset("""
reportedly allegedly alleged alleges allege purportedly purported supposedly apparently unconfirmed
unverified rumor rumors rumour rumours rumored rumoured may might could possibly perhaps possible
suggest suggests suggested appears appear appeared seems seem seemed believed speculation speculate
speculated claim claims claimed claiming according report reports reported sources source whether
likely unclear unknown if maybe potential potentially hints hinted tipped expected unnamed insider
""".split())
ASSERTING = frozenset("""
confirmed confirms confirm confirming indeed officially official announced announces announce
revealed reveals proves proved proof verified true actually definitely certainly evidence shows showed
footage video photos captured caught admitted admits
""".split())
ATTRIBUTING = frozenset("""
said says told according statement spokesman spokeswoman spokesperson quoted quote interview tweeted
wrote posted announced added explained insisted stated
""".split())
_LEXICONS = (REFUTING, NEGATING, HEDGING, ASSERTING, ATTRIBUTING)
# Every lexicon word is also a feature of its own: how often the body uses it, whether the headline does.
STANCE_WORDS = tuple(sorted(frozenset().union(*_LEXICONS) | {"?"}))
_WORD_INDEX = {w: j for j, w in enumerate(STANCE_WORDS)}

_SUFFIXES = ("ational", "ization", "ations", "ation", "ness", "ment", "ings", "ing", "ies", "ied",
             "ers", "er", "ed", "es", "ly", "s")


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """A light suffix stripper: ``denies`` and ``denied`` -> ``deni``; short words stay as they are."""
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _normal(token: str) -> str:
    return token.lower().replace("\u2019", "'")


def words(text: str) -> list[str]:
    """Lower-cased words (numbers included), with '?' kept as a token."""
    return [_normal(t) for t in _TOKEN.findall(text) if t[0].isalnum() or t == "?"]


def content_stems(tokens: list[str]) -> list[str]:
    return [stem(t) for t in tokens if t not in STOP_WORDS and t != "?" and len(t) > 1]


def terms(stems: list[str]) -> list[str]:
    """Unigrams and adjacent bigrams of content stems: the TF-IDF vocabulary's units."""
    return stems + [f"{a} {b}" for a, b in zip(stems, stems[1:])]


# Which lexicons each of STANCE_WORDS belongs to: (len(STANCE_WORDS), len(_LEXICONS)).
_MEMBERSHIP = np.array([[w in lex for lex in _LEXICONS] for w in STANCE_WORDS], np.float64)
_LEXICON_NAMES = ("refuting", "negating", "hedging", "asserting", "attributing")
NEAR = 6  # a cue word this many words or fewer from a headline word is near it
_MAX_TOKENS = 200_000  # distinct surface tokens a featurizer remembers (about 11 MB of rows)
# Columns of a token's row: kind, stem id (-1: none), index in STANCE_WORDS (-1: none),
# capitalised name, number, word id, double quotes in it.
_KIND, _STEM, _CUE, _CAP, _NUM, _WORDID, _NQUOTE = range(7)
_BIGRAM_MUL = 1_000_003


def _bigram_keys(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    # int64: stem ids stay under 2**33 (CRC-32 ids of unknown stems included), so keys never wrap.
    return a * _BIGRAM_MUL + b


def feature_names(lsa_dims: int = 0, word_features: bool = True) -> list[str]:
    """Names of the features :meth:`Featurizer.features` returns, in order."""
    names = [
        "cos_body", "lsa_body", "cos_top1", "cos_top3_mean", "cos_mean", "cos_lead_max", "cos_first",
        "top_pos_frac", "top_pos", "n_sent_hit", "frac_sent_hit",
        "shared_frac", "shared_idf_frac", "lead_shared_frac", "bigram_frac", "h_tf_in_body",
        "bm25", "bm25_per_term", "h_numbers", "numbers_shared", "h_caps", "caps_shared",
        "h_stems", "h_words", "log_body_words", "n_sent", "h_question",
    ]
    for group in ("h", "b_density", "b", "top3", "lead3", "first", "hit", "near"):
        names += [f"{group}_{name}" for name in _LEXICON_NAMES]
    names += [
        "h_refneg_parity", "top_refneg_parity",
        "cov_idf_max", "cov_count_max", "cov_idf_top", "cov2_idf_max", "missing_idf_frac",
        "missing_idf_max", "first_match_frac", "repeated_frac", "match_density",
        "quote_sent_frac", "quote_top3", "h_quotes", "slsa_max", "slsa_top", "slsa_top3_mean",
    ]
    names += [f"{p}_lsa{i}" for p in ("h", "b", "hb") for i in range(lsa_dims)]
    if word_features:
        names += [f"h_word:{w}" for w in STANCE_WORDS] + [f"b_word:{w}" for w in STANCE_WORDS]
    return names


@dataclass
class _Scan:
    """A text's words after one regex pass: arrays over its words, sentences numbered from 0."""

    n_sent: int
    n_words: int
    sent: np.ndarray  # per word: its sentence
    stem: np.ndarray  # per word: stem id, -1 for a stop word
    cue: np.ndarray  # per word: index in STANCE_WORDS, -1 if none
    caps: set[int]  # word ids of capitalised names
    numbers: set[int]
    quotes: np.ndarray  # per sentence: double quotes


@dataclass
class _Headline:
    """What the features need of one headline, computed once."""

    stems: np.ndarray  # sorted distinct stem ids
    idf: np.ndarray  # their IDF
    bigrams: set[int]
    ids: np.ndarray  # sorted term ids of the l2-normalised tf-idf vector
    vals: np.ndarray
    lsa: np.ndarray
    numbers: set[int]
    caps: set[int]
    lex: np.ndarray  # counts per lexicon
    n_words: int
    word_counts: np.ndarray  # count of each of STANCE_WORDS
    question: bool
    quotes: int


@dataclass
class _Body:
    """What the features need of one body, computed once."""

    n_sent: int
    n_words: int
    n_stems: int
    stems: np.ndarray  # sorted distinct stem ids ("local" index = position here)
    stem_counts: np.ndarray
    stem_idf: np.ndarray
    lead: np.ndarray  # sorted distinct stem ids of the first three sentences
    bigrams: set[int]
    occ_local: np.ndarray  # per content word: local stem index, sentence, word position
    occ_sent: np.ndarray
    occ_pos: np.ndarray
    ids: np.ndarray  # sorted term ids of the l2-normalised body tf-idf vector
    vals: np.ndarray
    term_sent: np.ndarray  # per (sentence, term): sentence, term id, weight in the sentence's
    term_id: np.ndarray  # l2-normalised vector; sorted by sentence
    term_w: np.ndarray
    lsa: np.ndarray
    sent_lsa: np.ndarray  # (n_sent, k) l2-normalised LSA vector of each sentence
    numbers: set[int]
    caps: set[int]
    lex: np.ndarray  # (n_sent, lexicons) counts
    word_counts: np.ndarray
    cue_pos: np.ndarray  # word position of each stance word and its lexicons
    cue_lex: np.ndarray
    quotes: np.ndarray  # per sentence: double quotes


class Featurizer:
    """Turns a (headline, body) pair into the model's feature vector.

    Each distinct surface token is read once (kind, stem, lexicon entry, ...) and remembered as a
    row of integers, so a text costs one regex pass, one dict lookup per token and a few numpy
    operations over its words.
    """

    def __init__(self, vocab: dict[str, int], idf: np.ndarray, components: np.ndarray,
                 avg_body_len: float, lsa_dims: int = 0, word_features: bool = True):
        self.vocab = vocab
        self.idf = idf.astype(np.float64)
        self.components = components.astype(np.float32)  # (k, V)
        self._rows_of_terms = np.ascontiguousarray(self.components.T)  # (V, k): a term's row
        self.avg_body_len = float(avg_body_len)
        self.lsa_dims = lsa_dims
        self.word_features = word_features
        self.names = feature_names(lsa_dims, word_features)
        self.max_idf = float(self.idf.max()) if len(self.idf) else 1.0
        # Stems of the vocabulary get ids 0..n-1; any other stem an id from its CRC-32 above them.
        self._stem_id: dict[str, int] = {}
        unigram: dict[int, int] = {}
        self._bigram: dict[int, int] = {}
        stem_id = self._stem_id
        for term, i in vocab.items():
            ids = [stem_id.setdefault(s, len(stem_id)) for s in term.split(" ")]
            if len(ids) == 1:
                unigram[ids[0]] = i
            elif len(ids) == 2:
                self._bigram[ids[0] * _BIGRAM_MUL + ids[1]] = i  # _bigram_keys in Python ints
        self.n_known = n = len(stem_id)
        self._unigram = np.full(n + 1, -1, np.int64)
        self._known_idf = np.full(n + 1, self.max_idf)
        uni_stems = np.fromiter(unigram.keys(), np.int64, len(unigram))
        uni_terms = np.fromiter(unigram.values(), np.int64, len(unigram))
        self._unigram[uni_stems] = uni_terms
        self._known_idf[uni_stems] = self.idf[uni_terms]
        order = sorted(self._bigram)
        self._bigram_keys_sorted = np.array(order, np.int64)
        self._bigram_ids_sorted = np.array([self._bigram[k] for k in order], np.int64)
        self._code: dict[str, int] = {}
        self._rows = np.zeros((0, 7), np.int64)
        self._n_rows = 0
        self._lock = threading.Lock()

    # -- reading tokens ------------------------------------------------------------------------
    def _row(self, token: str) -> list[int]:
        """What the features need to know of one surface token (see the columns above)."""
        if token[0].isalnum():
            low = _normal(token)
            s = -1
            if low not in STOP_WORDS and len(low) > 1:
                stemmed = stem(low)
                s = self._stem_id.get(stemmed)
                if s is None:
                    s = self.n_known + zlib.crc32(stemmed.encode())
            cap = token[0].isupper() and len(token) > 1 and token[1].isalpha()
            return [WORD, s, _WORD_INDEX.get(low, -1), int(cap), int(token[0].isdigit()),
                    zlib.crc32(low.encode()), 0]
        if token == "?":
            return [QMARK, -1, _WORD_INDEX["?"], 0, 0, 0, 0]
        n_quotes = sum(token.count(q) for q in _DOUBLE_QUOTES)
        return [QUOTE if len(token) == 1 and n_quotes else BREAK, -1, -1, 0, 0, 0, n_quotes]

    def _token_rows(self, tokens: list[str]) -> np.ndarray:
        """(len(tokens), 7) rows; a token not seen before is read under the lock and remembered
        while the table has room (after that, read anew on each call)."""
        codes = list(map(self._code.get, tokens))
        extra: dict[int, list[int]] = {}
        if None in codes:
            with self._lock:
                for k, c in enumerate(codes):
                    if c is not None:
                        continue
                    token = tokens[k]
                    c = self._code.get(token, -1)
                    if c < 0:
                        row = self._row(token)
                        if self._n_rows < _MAX_TOKENS:
                            if self._n_rows == len(self._rows):
                                grown = np.zeros((max(1024, 2 * len(self._rows)), 7), np.int64)
                                grown[: self._n_rows] = self._rows[: self._n_rows]
                                self._rows = grown
                            self._rows[self._n_rows] = row
                            c = self._code[token] = self._n_rows
                            self._n_rows += 1
                        else:
                            extra[k] = row
                            c = 0
                    codes[k] = c
                rows = self._rows[np.array(codes, np.int64)]
        else:
            rows = self._rows[np.array(codes, np.int64)] if codes else np.zeros((0, 7), np.int64)
        for k, row in extra.items():
            rows[k] = row
        return rows

    def _scan(self, text: str) -> _Scan:
        rows = self._token_rows(_TOKEN.findall(text))
        kind = rows[:, _KIND]
        brk = kind == BREAK
        raw_sent = np.cumsum(brk) - brk  # a break belongs to the sentence it ends
        is_word = kind != BREAK
        is_word &= kind != QUOTE
        w_rows = rows[is_word]
        w_raw = raw_sent[is_word]
        if len(w_raw):
            first = np.concatenate(([True], w_raw[1:] != w_raw[:-1]))
            sent = np.cumsum(first) - 1
            n_sent = int(sent[-1]) + 1
            starts = w_raw[first]
        else:
            sent, n_sent, starts = np.zeros(0, np.int64), 1, np.zeros(1, np.int64)
        quoted = rows[:, _NQUOTE] > 0
        quotes = np.zeros(n_sent)
        if quoted.any():
            q_sent = np.minimum(np.searchsorted(starts, raw_sent[quoted], side="right") - 1, n_sent - 1)
            quotes += np.bincount(np.maximum(q_sent, 0), rows[quoted, _NQUOTE], minlength=n_sent)
        return _Scan(n_sent=n_sent, n_words=len(w_rows), sent=sent, stem=w_rows[:, _STEM],
                     cue=w_rows[:, _CUE], caps=set(w_rows[w_rows[:, _CAP] == 1, _WORDID].tolist()),
                     numbers=set(w_rows[w_rows[:, _NUM] == 1, _WORDID].tolist()), quotes=quotes)

    def _terms(self, stems: np.ndarray, sent: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Term ids (unigrams, then bigrams within a sentence) with their sentences, and the keys
        of all bigrams."""
        n = self.n_known
        known = stems < n
        uni = self._unigram[np.where(known, stems, n)]
        same = sent[1:] == sent[:-1]
        a, b = stems[:-1][same], stems[1:][same]
        keys = _bigram_keys(a, b)
        both = (a < n) & (b < n)
        bi = self._bigram_ids(keys[both])
        bi_sent = sent[1:][same][both]
        ids = np.concatenate([uni, bi])
        sents = np.concatenate([sent, bi_sent])
        keep = ids >= 0
        return ids[keep], sents[keep], keys

    def _bigram_ids(self, keys: np.ndarray) -> np.ndarray:
        """Term ids of bigram keys, -1 for a bigram not in the vocabulary."""
        known = self._bigram_keys_sorted
        if not len(known):
            return np.full(len(keys), -1, np.int64)
        k = np.minimum(np.searchsorted(known, keys), len(known) - 1)
        return np.where(known[k] == keys, self._bigram_ids_sorted[k], -1)

    def _idf_of(self, stems: np.ndarray) -> np.ndarray:
        return self._known_idf[np.minimum(stems, self.n_known)]

    def _vector(self, term_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if not len(term_ids):
            return np.zeros(0, np.int64), np.zeros(0)
        ids, counts = np.unique(term_ids, return_counts=True)
        vals = (1.0 + np.log(counts)) * self.idf[ids]
        return ids, vals / np.linalg.norm(vals)

    def _lsa(self, ids: np.ndarray, vals: np.ndarray) -> np.ndarray:
        out = vals.astype(np.float32) @ self._rows_of_terms[ids] if len(ids) else \
            np.zeros(self.components.shape[0], np.float32)
        norm = np.linalg.norm(out)
        return out / norm if norm > 0 else out

    # -- texts -----------------------------------------------------------------------------------
    def headline(self, text: str) -> _Headline:
        # A headline is a few words: plain Python over its token rows beats numpy's call overhead.
        stems: list[int] = []
        cues: list[int] = []
        caps: set[int] = set()
        numbers: set[int] = set()
        n_words = quotes = 0
        for kind, s, cue, cap, num, word, n_quotes in self._token_rows(_TOKEN.findall(text)).tolist():
            quotes += n_quotes
            if kind == BREAK or kind == QUOTE:
                continue
            n_words += 1
            if cue >= 0:
                cues.append(cue)
            if cap:
                caps.add(word)
            if num:
                numbers.add(word)
            if s >= 0:
                stems.append(s)
        n, unigram, get = self.n_known, self._unigram, self._bigram.get
        term_ids = [int(unigram[s]) for s in stems if s < n]
        keys = [a * _BIGRAM_MUL + b for a, b in zip(stems, stems[1:])]
        term_ids += [get(k, -1) for k, a, b in zip(keys, stems, stems[1:]) if a < n and b < n]
        ids, vals = self._vector(np.array([i for i in term_ids if i >= 0], np.int64))
        word_counts = np.bincount(np.array(cues, np.int64), minlength=len(STANCE_WORDS)).astype(np.float64)
        distinct = np.unique(np.array(stems, np.int64))
        return _Headline(stems=distinct, idf=self._idf_of(distinct), bigrams=set(keys), ids=ids,
                         vals=vals, lsa=self._lsa(ids, vals), numbers=numbers, caps=caps,
                         lex=word_counts @ _MEMBERSHIP, n_words=n_words, word_counts=word_counts,
                         question=bool(word_counts[_WORD_INDEX["?"]]), quotes=quotes)

    def body(self, text: str) -> _Body:
        scan = self._scan(text)
        n_sent = scan.n_sent
        content = scan.stem >= 0
        stems, sent = scan.stem[content], scan.sent[content]
        pos = np.flatnonzero(content)
        term_ids, term_sents, keys = self._terms(stems, sent)
        ids, vals = self._vector(term_ids)
        # Each sentence's tf-idf vector, as (sentence, term) rows sorted by sentence.
        n_terms = max(len(self.idf), 1)
        key, counts = np.unique(term_sents * n_terms + term_ids, return_counts=True)
        t_sent, t_id = key // n_terms, key % n_terms
        t_w = (1.0 + np.log(counts)) * self.idf[t_id]
        norms = np.sqrt(np.bincount(t_sent, t_w * t_w, minlength=n_sent))
        t_w = t_w / norms[t_sent] if len(t_w) else t_w
        sent_lsa = np.zeros((n_sent, self.components.shape[0]), np.float32)
        if len(t_w):
            starts = np.flatnonzero(np.concatenate(([True], t_sent[1:] != t_sent[:-1])))
            parts = self._rows_of_terms[t_id] * t_w.astype(np.float32)[:, None]
            sent_lsa[t_sent[starts]] = np.add.reduceat(parts, starts, axis=0)
            norm = np.linalg.norm(sent_lsa, axis=1, keepdims=True)
            sent_lsa /= np.where(norm > 0, norm, 1.0)
        distinct, local, stem_counts = np.unique(stems, return_inverse=True, return_counts=True)
        cue_mask = scan.cue >= 0
        cue = scan.cue[cue_mask]
        cue_lex = _MEMBERSHIP[cue]
        n_lex = len(_LEXICONS)
        slots = (scan.sent[cue_mask][:, None] * n_lex + np.arange(n_lex))[cue_lex > 0]
        lex = np.bincount(slots, minlength=n_sent * n_lex).reshape(n_sent, n_lex).astype(np.float64)
        return _Body(n_sent=n_sent, n_words=scan.n_words, n_stems=len(stems), stems=distinct,
                     stem_counts=stem_counts.astype(np.float64), stem_idf=self._idf_of(distinct),
                     lead=np.unique(stems[sent < 3]), bigrams=set(keys.tolist()),
                     occ_local=local.reshape(-1), occ_sent=sent, occ_pos=pos, ids=ids, vals=vals,
                     term_sent=t_sent, term_id=t_id, term_w=t_w, lsa=self._lsa(ids, vals),
                     sent_lsa=sent_lsa, numbers=scan.numbers, caps=scan.caps, lex=lex,
                     word_counts=np.bincount(cue, minlength=len(STANCE_WORDS)).astype(np.float64),
                     cue_pos=np.flatnonzero(cue_mask), cue_lex=cue_lex, quotes=scan.quotes)

    @staticmethod
    def _dot(ids: np.ndarray, vals: np.ndarray, h: _Headline) -> tuple[np.ndarray, np.ndarray]:
        """Positions in ``ids`` of the headline's terms and the products of the weights there."""
        if not len(h.ids) or not len(ids):
            return np.zeros(0, np.int64), np.zeros(0)
        k = np.minimum(np.searchsorted(h.ids, ids), len(h.ids) - 1)
        hit = np.flatnonzero(h.ids[k] == ids)
        return hit, vals[hit] * h.vals[k[hit]]

    def features(self, h: _Headline, b: _Body) -> np.ndarray:
        n_sent = b.n_sent
        hit, prod = self._dot(b.term_id, b.term_w, h)
        sent_cos = np.bincount(b.term_sent[hit], prod, minlength=n_sent)
        order = np.argsort(-sent_cos, kind="stable")
        top = order[:3]
        top_sorted = sent_cos[top]
        lead_cos = sent_cos[:3]
        _, prod_b = self._dot(b.ids, b.vals, h)

        n_h = max(len(h.stems), 1)
        # The headline's stems in the body: their local indices there (all sums in sorted order).
        k = np.minimum(np.searchsorted(b.stems, h.stems), max(len(b.stems) - 1, 0))
        found = b.stems[k] == h.stems if len(b.stems) else np.zeros(len(h.stems), bool)
        loc = k[found]
        idf_total = float(h.idf.sum()) or 1.0
        idf_shared = float(h.idf[found].sum())
        k1, bb = 1.2, 0.75
        norm_len = k1 * (1 - bb + bb * b.n_stems / max(self.avg_body_len, 1.0))
        c = b.stem_counts[loc]
        bm25 = float((h.idf[found] * c * (k1 + 1) / (c + norm_len)).sum())
        body_len = max(b.n_stems, 1)
        n_lead = len(np.intersect1d(h.stems, b.lead, assume_unique=True))
        h_lex = h.lex
        b_lex = b.lex.sum(axis=0)
        top_lex = b.lex[top].sum(axis=0)
        lead_lex = b.lex[:3].sum(axis=0)
        first_lex = b.lex[0]
        hit_lex = b.lex[sent_cos > 0.1].sum(axis=0)

        # Where the headline's words occur in the body.
        n_local = max(len(b.stems), 1)
        in_h = np.zeros(n_local, bool)
        in_h[loc] = True
        mask = in_h[b.occ_local] if len(b.occ_local) else np.zeros(0, bool)
        m_local, m_sent, m_pos = b.occ_local[mask], b.occ_sent[mask], b.occ_pos[mask]
        key = np.unique(m_sent * n_local + m_local)
        cov_idf = np.bincount(key // n_local, b.stem_idf[key % n_local], minlength=n_sent) / idf_total
        cov_count = np.bincount(key // n_local, minlength=n_sent) / n_h
        key2 = np.unique(np.concatenate([m_sent, m_sent - 1]) * n_local + np.concatenate([m_local, m_local]))
        key2 = key2[key2 >= 0]
        cov2 = np.bincount(key2 // n_local, b.stem_idf[key2 % n_local], minlength=n_sent + 1) / idf_total
        missing = h.idf[~found]
        repeated = int((c >= 2).sum())
        if len(m_pos) and len(b.cue_pos):
            j = np.searchsorted(m_pos, b.cue_pos)
            dist = np.minimum(np.abs(b.cue_pos - m_pos[np.maximum(j - 1, 0)]),
                              np.abs(m_pos[np.minimum(j, len(m_pos) - 1)] - b.cue_pos))
            near_lex = (dist <= NEAR).astype(np.float64) @ b.cue_lex
        else:
            near_lex = np.zeros(len(_LEXICONS))
        slsa = b.sent_lsa @ h.lsa
        quoted = b.quotes > 0

        d = self.lsa_dims
        lexicons = np.concatenate([h_lex, b_lex / max(b.n_words, 1) * 100, b_lex, top_lex, lead_lex,
                                   first_lex, hit_lex, near_lex])
        parts = [np.array([
            float(prod_b.sum()),
            float(h.lsa @ b.lsa),
            float(top_sorted[0]), float(top_sorted.mean()), float(sent_cos.mean()),
            float(lead_cos.max()), float(sent_cos[0]),
            float(order[0]) / n_sent, float(order[0]),
            float((sent_cos > 0.1).sum()), float((sent_cos > 0.1).mean()),
            len(loc) / n_h, idf_shared / idf_total, n_lead / n_h,
            len(h.bigrams & b.bigrams) / max(len(h.bigrams), 1),
            float(c.sum()) / body_len,
            bm25, bm25 / n_h,
            len(h.numbers), len(h.numbers & b.numbers) / max(len(h.numbers), 1),
            len(h.caps), len(h.caps & b.caps) / max(len(h.caps), 1),
            len(h.stems), h.n_words, math.log1p(b.n_words), n_sent, float(h.question)]),
            lexicons,
            np.array([
            float(h_lex[0] + h_lex[1]) % 2, float(top_lex[0] + top_lex[1]) % 2,
            float(cov_idf.max()), float(cov_count.max()), float(cov_idf[order[0]]), float(cov2.max()),
            float(missing.sum()) / idf_total, float(missing.max(initial=0.0)) / self.max_idf,
            float(m_pos[0]) / max(b.n_words, 1) if len(m_pos) else 1.0,
            repeated / n_h, len(m_pos) / body_len,
            float(quoted.mean()), float(quoted[top].sum()), float(h.quotes),
            float(slsa.max()), float(slsa[order[0]]), float(np.sort(slsa)[-3:].mean())]),
            h.lsa[:d], b.lsa[:d], h.lsa[:d] * b.lsa[:d],
        ]
        if self.word_features:
            parts += [np.minimum(h.word_counts, 1.0), b.word_counts * (100.0 / max(b.n_words, 1))]
        return np.concatenate(parts).astype(np.float64, copy=False)


class Forest:
    """A LightGBM model's trees as flat arrays, evaluated with numpy (no LightGBM at run time).

    Children are encoded as LightGBM writes them: ``>= 0`` an internal node, ``< 0`` the leaf
    ``~child``; node and leaf indices are global over all trees. Only numerical splits.
    """

    def __init__(self, arrays: dict[str, np.ndarray]):
        missing = [k for k in _FOREST_KEYS if k not in arrays]
        if missing:
            raise ValueError(f"tree arrays lack {', '.join(missing)}")
        self.a = {k: np.asarray(arrays[k]) for k in _FOREST_KEYS}
        self._tables: tuple | None = None
        self.num_class = int(self.a["num_class"])
        n_nodes, n_leaves = len(self.a["feature"]), len(self.a["leaf_value"])
        for key in ("left", "right", "roots"):
            child = self.a[key]
            if len(child) and (child.max() >= n_nodes or (~child[child < 0]).max(initial=0) >= n_leaves):
                raise ValueError(f"tree arrays: {key} points outside the tree")

    @classmethod
    def from_lightgbm_text(cls, text: str) -> "Forest":
        """Parse LightGBM's text model format (numerical splits only)."""
        header, _, body = text.partition("\nTree=")
        head = dict(line.split("=", 1) for line in header.splitlines() if "=" in line)
        num_class = int(head.get("num_tree_per_iteration", "1"))
        lists: dict[str, list] = {k: [] for k in _FOREST_KEYS if k != "num_class"}
        n_nodes = n_leaves = 0
        for t, block in enumerate(("Tree=" + body).split("\nTree=")):
            if "num_leaves=" not in block:
                continue
            kv = dict(line.split("=", 1) for line in block.splitlines() if "=" in line)
            if kv.get("num_cat", "0") != "0" or kv.get("is_linear", "0") != "0":
                raise ValueError("only numerical, non-linear trees are supported")
            leaves = [float(v) for v in kv["leaf_value"].split()] if "leaf_value" in kv else []
            if int(kv["num_leaves"]) == 1:
                lists["roots"].append(~n_leaves)
            else:
                lists["roots"].append(n_nodes)
                decision = [int(v) for v in kv["decision_type"].split()]
                lists["feature"] += [int(v) for v in kv["split_feature"].split()]
                lists["threshold"] += [float(v) for v in kv["threshold"].split()]
                lists["default_left"] += [bool(d & 2) for d in decision]
                lists["missing"] += [(d >> 2) & 3 for d in decision]
                for side in ("left", "right"):
                    lists[side] += [c + n_nodes if c >= 0 else ~(~c + n_leaves)
                                    for c in (int(v) for v in kv[f"{side}_child"].split())]
                n_nodes += len(decision)
            lists["leaf_value"] += leaves
            lists["leaf_class"] += [t % num_class] * len(leaves)
            n_leaves += len(leaves)
        arrays = {
            "roots": np.array(lists["roots"], np.int32), "feature": np.array(lists["feature"], np.int32),
            "threshold": np.array(lists["threshold"], np.float64),
            "left": np.array(lists["left"], np.int32), "right": np.array(lists["right"], np.int32),
            "default_left": np.array(lists["default_left"], bool),
            "missing": np.array(lists["missing"], np.int8),
            "leaf_value": np.array(lists["leaf_value"], np.float64),
            "leaf_class": np.array(lists["leaf_class"], np.int32), "num_class": np.array(num_class),
        }
        return cls(arrays)

    def save(self, path: Path) -> None:
        np.savez_compressed(path, **self.a)

    @classmethod
    def load(cls, path: Path) -> "Forest":
        with np.load(path, allow_pickle=False) as arrays:
            return cls({k: arrays[k] for k in arrays.files})

    @classmethod
    def join(cls, first: "Forest", second: "Forest") -> "Forest":
        """One forest holding both's trees (first's, then second's), to walk them in one pass."""
        n_nodes, n_leaves = len(first.a["feature"]), len(first.a["leaf_value"])

        def shift(child: np.ndarray) -> np.ndarray:
            return np.where(child >= 0, child + n_nodes, ~(~child + n_leaves)).astype(np.int32)

        arrays = {k: np.concatenate([first.a[k], shift(second.a[k]) if k in ("roots", "left", "right")
                                     else second.a[k]]) for k in _FOREST_KEYS if k != "num_class"}
        return cls({**arrays, "num_class": np.array(1)})

    @classmethod
    def mean(cls, forests: list["Forest"]) -> "Forest":
        """One forest whose raw score is the mean of the given forests' (boosters of one kind
        trained with different seeds)."""
        joined = forests[0]
        for other in forests[1:]:
            joined = cls.join(joined, other)
        arrays = dict(joined.a)
        arrays["leaf_value"] = arrays["leaf_value"] / len(forests)
        arrays["num_class"] = forests[0].a["num_class"]
        return cls(arrays)

    def raw(self, x: np.ndarray) -> np.ndarray:
        """Summed leaf values per class, shape (n, num_class)."""
        return self.class_sums(self.tree_values(x))

    def class_sums(self, values: np.ndarray) -> np.ndarray:
        out = np.zeros((values.shape[0], self.num_class))
        for c in range(self.num_class):  # LightGBM interleaves the classes' trees
            out[:, c] = values[:, c::self.num_class].sum(axis=1)
        return out

    def _masks(self) -> tuple:
        """The trees as bit masks (QuickScorer): number each tree's leaves left to right; a node
        whose test sends a row right rules out the leaves of its left subtree, so a row's leaf is
        the lowest bit left set after AND-ing the masks of all its right-going nodes. One pass over
        all nodes, no walk down the trees. Built once, on first use, level by level over all trees
        at once (the order of a tree's nodes does not matter: its masks are OR-ed)."""
        if self._tables is None:
            a = self.a
            left, right = a["left"].astype(np.int64), a["right"].astype(np.int64)
            roots = a["roots"].astype(np.int64)
            n_trees = len(roots)
            tree = np.full(len(left), -1, np.int64)  # per internal node: its tree (-1: unreached)
            levels = []  # internal nodes by depth, from the roots down
            nodes = np.flatnonzero(roots >= 0)
            tree[roots[nodes]] = nodes
            nodes = roots[nodes]
            while len(nodes):
                levels.append(nodes)
                children = np.concatenate([left[nodes], right[nodes]])
                owners = np.concatenate([tree[nodes], tree[nodes]])
                inner = children >= 0
                tree[children[inner]] = owners[inner]
                nodes = children[inner]
            leaves = np.zeros(len(left), np.int64)  # per internal node: the leaves under it
            for nodes in reversed(levels):
                leaves[nodes] = (np.where(left[nodes] >= 0, leaves[np.maximum(left[nodes], 0)], 1)
                                 + np.where(right[nodes] >= 0, leaves[np.maximum(right[nodes], 0)], 1))
            if len(levels) and leaves[levels[0]].max() > 64:
                raise ValueError("trees of more than 64 leaves are not supported")
            left_leaves = np.where(left >= 0, leaves[np.maximum(left, 0)], 1)
            first = np.zeros(len(left), np.int64)  # per internal node: the number of its first leaf
            leaf_at = np.zeros((n_trees, 64), np.int64)  # tree, leaf number -> leaf index
            single = roots < 0
            leaf_at[single, 0] = ~roots[single]
            for nodes in levels:
                for child, number in ((left[nodes], first[nodes]),
                                      (right[nodes], first[nodes] + left_leaves[nodes])):
                    inner = child >= 0
                    first[child[inner]] = number[inner]
                    leaf_at[tree[nodes[~inner]], number[~inner]] = ~child[~inner]
            reached = np.flatnonzero(tree >= 0)
            order_a = reached[np.argsort(tree[reached], kind="stable")]  # internal nodes, tree by tree
            # per node in `order_a`: the bits of its left subtree's leaves
            clear = (np.left_shift(np.uint64(1), left_leaves[order_a].astype(np.uint64)) - np.uint64(1)) \
                << first[order_a].astype(np.uint64)
            per_tree = np.bincount(tree[order_a], minlength=n_trees)
            starts = np.concatenate(([0], np.cumsum(per_tree)[:-1])).astype(np.int64)
            nonempty = np.flatnonzero(per_tree > 0)
            bits = np.uint32 if int(clear.max(initial=0)) < (1 << 32) else np.uint64
            self._tables = (a["feature"][order_a].astype(np.int64), a["threshold"][order_a],
                            a["missing"][order_a], a["default_left"][order_a],
                            bool((a["missing"] != 0).any()), clear.astype(bits), starts[nonempty],
                            nonempty, a["leaf_value"][leaf_at].reshape(-1), np.arange(n_trees) * 64)
        return self._tables

    def tree_values(self, x: np.ndarray) -> np.ndarray:
        """Each tree's leaf value for each row, shape (n, trees)."""
        x = np.asarray(x, np.float64)
        feature, threshold, missing, default_left, special, clear, starts, nonempty, leaf_values, \
            base = self._masks()
        out = np.empty((x.shape[0], len(base)))
        for start in range(0, x.shape[0], 16):  # 16 rows at a time
            rows = x[start:start + 16]
            v = np.take(rows, feature, axis=1)
            go_right = ~(v <= threshold)
            if special or np.isnan(rows).any():
                is_missing = ((missing == 2) & np.isnan(v)) | ((missing == 1) & (np.abs(v) <= 1e-35))
                go_right = np.where(is_missing, ~default_left, go_right)
            m = v.shape[0]
            ruled_out = np.zeros((m, len(base)), clear.dtype)  # leaves ruled out, per tree
            if len(starts):
                ruled_out[:, nonempty] = np.bitwise_or.reduceat(clear * go_right, starts, axis=1)
            kept = ~ruled_out
            lowest = kept & (ruled_out + clear.dtype.type(1))  # the lowest bit still set
            leaf = np.log2(lowest.astype(np.float64)).astype(np.int64)  # exact: powers of two
            out[start:start + m] = leaf_values[base + leaf]
        return out

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Probabilities: sigmoid for one class (P of the positive class), softmax otherwise."""
        return self.probabilities(self.raw(x))

    def probabilities(self, raw: np.ndarray) -> np.ndarray:
        if self.num_class == 1:
            return 1.0 / (1.0 + np.exp(-raw[:, 0]))
        raw = raw - raw.max(axis=1, keepdims=True)
        e = np.exp(raw)
        return e / e.sum(axis=1, keepdims=True)


def _load_featurizer(path: Path) -> Featurizer:
    meta = json.loads((path / VOCAB_FILE).read_text(encoding="utf-8"))
    with np.load(path / ARRAYS_FILE, allow_pickle=False) as arrays:
        idf = arrays["idf"]
        components = arrays["components"]
    vocab = {t: i for i, t in enumerate(meta["terms"])}
    if len(vocab) != len(idf) or components.shape[1] != len(idf):
        raise ValueError("vocabulary, IDF and LSA components disagree in size")
    return Featurizer(vocab, idf, components, meta["avg_body_len"], meta["lsa_dims"],
                      meta.get("word_features", False))


class StanceModel:
    """FNC-1 stance of a body towards its headline; loads the model files on first use."""

    def __init__(self, path: str | None = None):
        self.path = Path(path) if path is not None else DATA_DIR
        self._loaded: tuple | None = None
        self._lock = threading.Lock()

    def _load(self) -> tuple:
        if self._loaded is None:
            with self._lock:
                if self._loaded is None:
                    self._loaded = self._read()
        return self._loaded

    def _read(self) -> tuple:
        missing = [n for n in (VOCAB_FILE, ARRAYS_FILE, RELATED_MODEL_FILE, STANCE_MODEL_FILE)
                   if not (self.path / n).is_file()]
        if missing:
            raise ModelError(f"stance model files missing in {self.path}: {', '.join(missing)}; "
                             "rebuild them with: python benchmarks/train_stance.py --out retold/data/")
        try:
            featurizer = _load_featurizer(self.path)
            meta = json.loads((self.path / VOCAB_FILE).read_text(encoding="utf-8"))
            related = Forest.load(self.path / RELATED_MODEL_FILE)
            stance = Forest.load(self.path / STANCE_MODEL_FILE)
        except (OSError, ValueError, KeyError, TypeError, EOFError, zipfile.BadZipFile) as exc:
            raise ModelError(f"stance model in {self.path} is corrupt ({exc}); rebuild it with: "
                             "python benchmarks/train_stance.py --out retold/data/") from exc
        n = featurizer.features(featurizer.headline("a"), featurizer.body("a")).shape[0]
        used = max(int(f.a["feature"].max(initial=0)) for f in (related, stance))
        if used >= n or related.num_class != 1 or stance.num_class != 3:
            raise ModelError(f"stance model in {self.path} expects other features than this code "
                             "computes; rebuild it with: python benchmarks/train_stance.py --out retold/data/")
        boost = float(meta.get("disagree_boost", 1.0))
        return featurizer, related, stance, Forest.join(related, stance), meta.get("name", "fnc1"), boost

    def __call__(self, headline: str, body: str) -> Stance:
        return self.predict_many([(headline, body)])[0]

    def probabilities(self, pairs: list[tuple[str, str]]) -> np.ndarray:
        """(n, 4) probabilities in the order of :data:`LABELS`."""
        featurizer, related, stance, both = self._load()[:4]
        if not pairs:
            return np.zeros((0, len(LABELS)))
        heads: dict[str, _Headline] = {}
        bodies: dict[str, _Body] = {}
        rows = []
        for headline, body in pairs:
            h = heads.get(headline) or heads.setdefault(headline, featurizer.headline(headline))
            b = bodies.get(body) or bodies.setdefault(body, featurizer.body(body))
            rows.append(featurizer.features(h, b))
        values = both.tree_values(np.vstack(rows))
        n_related = len(related.a["roots"])
        return combine(related.probabilities(related.class_sums(values[:, :n_related])),
                       stance.probabilities(stance.class_sums(values[:, n_related:])))

    def predict_many(self, pairs: list[tuple[str, str]]) -> list[Stance]:
        """Each pair's stance: the label that :func:`decide` picks and the four probabilities."""
        name, boost = self._load()[-2:]
        out = []
        for row in self.probabilities(pairs):
            probs = {label: round(float(p), 4) for label, p in zip(LABELS, row)}
            out.append(Stance(label=LABELS[int(decide(row[None], boost)[0])], probabilities=probs,
                              model=name))
        return out


def combine(p_related: np.ndarray, p_stance: np.ndarray) -> np.ndarray:
    """Stage one's P(related) and stage two's (agree, disagree, discuss) into four probabilities."""
    p_related = np.asarray(p_related).reshape(-1, 1)
    return np.hstack([p_related * np.asarray(p_stance).reshape(-1, 3), 1.0 - p_related])


def decide(probs: np.ndarray, disagree_boost: float = 1.0) -> np.ndarray:
    """Label indices (into :data:`LABELS`) that maximise the expected FNC-1 score.

    A related label s earns 0.25 P(related) + 0.75 P(s), unrelated earns 0.25 P(unrelated), so
    a pair is called related from P(related) of about 0.2 up (the score pays more for a related
    pair). ``disagree_boost`` scales P(disagree) in that choice, trading a little of the score
    for recall of the rarest stance (the trainer picks it on validation).
    """
    p = np.asarray(probs, np.float64).reshape(-1, len(LABELS))
    related = p[:, :3].sum(axis=1, keepdims=True)
    gains = np.hstack([0.25 * related + 0.75 * p[:, :3] * np.array([1.0, disagree_boost, 1.0]),
                       0.25 * p[:, 3:]])
    return gains.argmax(axis=1)


def fnc_score(gold: list[str], predicted: list[str]) -> tuple[float, float, float]:
    """The official FNC-1 score: (points, best possible points, percentage).

    A pair earns 0.25 when related/unrelated is right; a pair whose gold stance is related earns
    0.75 more when the exact stance is right.
    """
    score = best = 0.0
    for g, p in zip(gold, predicted, strict=True):
        g_related, p_related = g != "unrelated", p != "unrelated"
        best += 1.0 if g_related else 0.25
        if g_related == p_related:
            score += 0.25
            if g_related and g == p:
                score += 0.75
    return score, best, 100.0 * score / best if best else 0.0


@lru_cache(maxsize=1)
def default_model() -> StanceModel:
    """The model shipped in ``retold/data``, shared by every caller."""
    return StanceModel()
