"""Stance: does the body agree with, disagree with, discuss, or ignore its headline (FNC-1)?

The model is a two-stage gradient-boosted classifier trained on the public FNC-1 train
files (``benchmarks/train_stance.py``). Stage one tells related from unrelated with lexical
evidence (TF-IDF cosines over the body and its sentences, BM25, stem/bigram/number/name
overlap, LSA cosine); stage two tells agree, disagree and discuss apart among related pairs
with the same evidence plus lexicons of refuting, hedging and asserting words counted in
the headline, the lead and the body sentences closest to the headline.

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
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from retold.errors import ModelError
from retold.models import Stance

__all__ = ["StanceModel", "default_model", "fnc_score", "LABELS", "Featurizer", "Forest"]

LABELS = ("agree", "disagree", "discuss", "unrelated")
RELATED = ("agree", "disagree", "discuss")
DATA_DIR = Path(__file__).resolve().parent / "data"
VOCAB_FILE = "stance_vocab.json"
ARRAYS_FILE = "stance_arrays.npz"
RELATED_MODEL_FILE = "stance_related_trees.npz"
STANCE_MODEL_FILE = "stance_stance_trees.npz"
_FOREST_KEYS = ("roots", "feature", "threshold", "left", "right", "default_left", "missing",
                "leaf_value", "leaf_class", "num_class")

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|\?")
_CAPS = re.compile(r"\b[A-Z][a-zA-Z]+(?:[-'][A-Za-z]+)*\b")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]*[A-Z0-9])|\s*\n\s*")
_QUOTES = (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'))


def _plain_quotes(text: str) -> str:
    for curly, plain in _QUOTES:
        text = text.replace(curly, plain)
    return text

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


def words(text: str) -> list[str]:
    """Lower-cased words (numbers included), with '?' kept as a token."""
    return _WORD.findall(_plain_quotes(text).lower())


def _plain_words(text: str) -> list[str]:
    """:func:`words` of a text whose quotes are already plain."""
    return _WORD.findall(text.lower())


def content_stems(tokens: list[str]) -> list[str]:
    return [stem(t) for t in tokens if t not in STOP_WORDS and t != "?" and len(t) > 1]


def terms(stems: list[str]) -> list[str]:
    """Unigrams and adjacent bigrams of content stems: the TF-IDF vocabulary's units."""
    return stems + [f"{a} {b}" for a, b in zip(stems, stems[1:])]


def sentences(text: str) -> list[str]:
    parts = [p.strip() for p in _SENTENCE_END.split(_plain_quotes(text))]
    return [p for p in parts if p] or [text]


_LEXICON_OF = {w: tuple(i for i, lex in enumerate(_LEXICONS) if w in lex)
               for w in frozenset().union(*_LEXICONS)}


def _lexicon_counts(tokens: list[str], word_counts: np.ndarray) -> list[int]:
    """Counts per lexicon; adds each stance word's count to ``word_counts`` in place."""
    counts = [0] * len(_LEXICONS)
    for t in tokens:
        j = _WORD_INDEX.get(t)
        if j is not None:
            word_counts[j] += 1
            for i in _LEXICON_OF.get(t, ()):
                counts[i] += 1
    return counts


@dataclass
class _Text:
    """What the features need of one headline or body, computed once."""

    stems: list[str]
    stem_set: set[str]
    bigrams: set[tuple[str, str]]
    counts: Counter
    vec: tuple[np.ndarray, np.ndarray]  # sparse l2-normalised tf-idf: (indices, values)
    lsa: np.ndarray
    numbers: set[str]
    caps: set[str]
    lex: np.ndarray  # per sentence x lexicon counts (one row for a headline)
    n_words: int
    word_counts: np.ndarray  # count of each of STANCE_WORDS
    sent_ids: list[np.ndarray] | None = None  # per sentence: term indices
    sent_vals: list[np.ndarray] | None = None
    lead_set: set[str] | None = None
    question: bool = False


class Featurizer:
    """Turns a (headline, body) pair into the model's feature vector."""

    def __init__(self, vocab: dict[str, int], idf: np.ndarray, components: np.ndarray,
                 avg_body_len: float, lsa_dims: int = 0, word_features: bool = True):
        self.vocab = vocab
        self.idf = idf.astype(np.float64)
        self.components = components.astype(np.float32)  # (k, V)
        self.avg_body_len = float(avg_body_len)
        self.lsa_dims = lsa_dims
        self.word_features = word_features
        self.stem_idf = {t: float(self.idf[i]) for t, i in vocab.items() if " " not in t}
        self.max_idf = float(self.idf.max()) if len(self.idf) else 1.0

    def _term_ids(self, stems: list[str]) -> list[int]:
        get = self.vocab.get
        ids = [get(t) for t in stems]
        ids += [get(f"{a} {b}") for a, b in zip(stems, stems[1:])]
        return [i for i in ids if i is not None]

    def _vector(self, term_ids: list[int]) -> tuple[np.ndarray, np.ndarray]:
        if not term_ids:
            return np.zeros(0, np.int64), np.zeros(0)
        counts = Counter(term_ids)
        ids = np.fromiter(counts.keys(), np.int64, len(counts))
        vals = (1.0 + np.log(np.fromiter(counts.values(), np.float64, len(counts)))) * self.idf[ids]
        return ids, vals / np.linalg.norm(vals)

    def _lsa(self, vec: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        ids, vals = vec
        out = self.components[:, ids] @ vals.astype(np.float32) if len(ids) else \
            np.zeros(self.components.shape[0], np.float32)
        norm = np.linalg.norm(out)
        return out / norm if norm > 0 else out

    def headline(self, text: str) -> _Text:
        tokens = words(text)
        stems = content_stems(tokens)
        vec = self._vector(self._term_ids(stems))
        word_counts = np.zeros(len(STANCE_WORDS))
        lex = _lexicon_counts(tokens, word_counts)
        return _Text(stems=stems, stem_set=set(stems), bigrams=set(zip(stems, stems[1:])),
                     counts=Counter(stems), vec=vec, lsa=self._lsa(vec),
                     numbers=set(_NUMBER.findall(text)), caps={c.lower() for c in _CAPS.findall(text)},
                     lex=np.array([lex], np.float64), n_words=len(tokens), word_counts=word_counts,
                     question="?" in text)

    def body(self, text: str) -> _Text:
        sents = sentences(text)
        all_stems: list[str] = []
        lex, sent_ids, sent_vals, all_ids = [], [], [], []
        lead: set[str] = set()
        n_words = 0
        word_counts = np.zeros(len(STANCE_WORDS))
        for i, sentence in enumerate(sents):
            tokens = _plain_words(sentence)
            n_words += len(tokens)
            stems = content_stems(tokens)
            all_stems.extend(stems)
            if i < 3:
                lead.update(stems)
            lex.append(_lexicon_counts(tokens, word_counts))
            term_ids = self._term_ids(stems)
            all_ids.extend(term_ids)
            ids, vals = self._vector(term_ids)
            sent_ids.append(ids)
            sent_vals.append(vals)
        vec = self._vector(all_ids)
        return _Text(stems=all_stems, stem_set=set(all_stems),
                     bigrams=set(zip(all_stems, all_stems[1:])), counts=Counter(all_stems), vec=vec,
                     lsa=self._lsa(vec), numbers=set(_NUMBER.findall(text)),
                     caps={c.lower() for c in _CAPS.findall(text)},
                     lex=np.array(lex, np.float64).reshape(-1, len(_LEXICONS)), n_words=n_words,
                     word_counts=word_counts, sent_ids=sent_ids, sent_vals=sent_vals, lead_set=lead)

    def features(self, h: _Text, b: _Text) -> np.ndarray:
        hid, hval = h.vec
        dense_h = dict(zip(hid.tolist(), hval.tolist()))

        def cos(ids: np.ndarray, vals: np.ndarray) -> float:
            return float(sum(v * dense_h.get(i, 0.0) for i, v in zip(ids.tolist(), vals.tolist())))

        sent_cos = np.array([cos(i, v) for i, v in zip(b.sent_ids, b.sent_vals)]) \
            if b.sent_ids else np.zeros(1)
        n_sent = len(sent_cos)
        order = np.argsort(-sent_cos, kind="stable")
        top = order[:3]
        top_sorted = sent_cos[top]
        lead_cos = sent_cos[:3]

        hs = h.stem_set
        n_h = max(len(hs), 1)
        shared = hs & b.stem_set
        # fsum over sets: exact, so the result does not depend on set order (string hashing).
        idf_total = math.fsum(self.stem_idf.get(t, self.max_idf) for t in hs) or 1.0
        idf_shared = math.fsum(self.stem_idf.get(t, self.max_idf) for t in shared)
        k1, bb = 1.2, 0.75
        norm_len = k1 * (1 - bb + bb * len(b.stems) / max(self.avg_body_len, 1.0))
        bm25 = math.fsum(self.stem_idf.get(t, self.max_idf) * b.counts[t] * (k1 + 1) /
                         (b.counts[t] + norm_len) for t in hs)
        body_len = max(len(b.stems), 1)
        h_lex = h.lex[0]
        b_lex = b.lex.sum(axis=0)
        top_lex = b.lex[top].sum(axis=0)
        lead_lex = b.lex[:3].sum(axis=0)
        first_lex = b.lex[0]
        hit_lex = b.lex[sent_cos > 0.1].sum(axis=0) if n_sent else np.zeros(len(_LEXICONS))
        d = self.lsa_dims
        f = [
            cos(*b.vec),
            float(h.lsa @ b.lsa),
            float(top_sorted[0]), float(top_sorted.mean()), float(sent_cos.mean()),
            float(lead_cos.max()), float(sent_cos[0]),
            float(order[0]) / n_sent, float(order[0]),
            float((sent_cos > 0.1).sum()), float((sent_cos > 0.1).mean()),
            len(shared) / n_h, idf_shared / idf_total, len(hs & b.lead_set) / n_h,
            len(h.bigrams & b.bigrams) / max(len(h.bigrams), 1),
            sum(b.counts[t] for t in hs) / body_len,
            bm25, bm25 / n_h,
            len(h.numbers), len(h.numbers & b.numbers) / max(len(h.numbers), 1),
            len(h.caps), len(h.caps & b.caps) / max(len(h.caps), 1),
            len(hs), h.n_words, math.log1p(b.n_words), n_sent, float(h.question),
            *h_lex, *(b_lex / max(b.n_words, 1) * 100), *b_lex, *top_lex, *lead_lex, *first_lex,
            *hit_lex,
            float(h_lex[0] + h_lex[1]) % 2, float(top_lex[0] + top_lex[1]) % 2,
            *h.lsa[:d], *b.lsa[:d], *(h.lsa[:d] * b.lsa[:d]),
        ]
        if self.word_features:
            f.extend(np.minimum(h.word_counts, 1.0))
            f.extend(b.word_counts * (100.0 / max(b.n_words, 1)))
        return np.asarray(f, np.float64)


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

    def raw(self, x: np.ndarray) -> np.ndarray:
        """Summed leaf values per class, shape (n, num_class)."""
        return self.class_sums(self.tree_values(x))

    def class_sums(self, values: np.ndarray) -> np.ndarray:
        out = np.zeros((values.shape[0], self.num_class))
        for c in range(self.num_class):  # LightGBM interleaves the classes' trees
            out[:, c] = values[:, c::self.num_class].sum(axis=1)
        return out

    def tree_values(self, x: np.ndarray) -> np.ndarray:
        """Each tree's leaf value for each row, shape (n, trees)."""
        a = self.a
        x = np.asarray(x, np.float64)
        n, d = x.shape
        n_trees = len(a["roots"])
        cur = np.tile(a["roots"], n)  # row-major (row, tree): each row's current node per tree
        row_of = np.repeat(np.arange(n), n_trees)
        flat = x.ravel()
        feature, threshold, left, right = a["feature"], a["threshold"], a["left"], a["right"]
        special = bool((a["missing"] != 0).any()) or bool(np.isnan(flat).any())
        todo = np.flatnonzero(cur >= 0)
        while todo.size:  # one tree level per pass, only over rows x trees not yet at a leaf
            node = cur[todo]
            v = flat[row_of[todo] * d + feature[node]]
            go_left = v <= threshold[node]
            if special:
                kind = a["missing"][node]
                is_missing = ((kind == 2) & np.isnan(v)) | ((kind == 1) & (np.abs(v) <= 1e-35))
                go_left = np.where(is_missing, a["default_left"][node], go_left)
            step = np.where(go_left, left[node], right[node])
            cur[todo] = step
            todo = todo[step >= 0]
        return a["leaf_value"][~cur.reshape(n, n_trees)]

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
        return featurizer, related, stance, Forest.join(related, stance), meta.get("name", "fnc1")

    def __call__(self, headline: str, body: str) -> Stance:
        return self.predict_many([(headline, body)])[0]

    def probabilities(self, pairs: list[tuple[str, str]]) -> np.ndarray:
        """(n, 4) probabilities in the order of :data:`LABELS`."""
        featurizer, related, stance, both, _ = self._load()
        if not pairs:
            return np.zeros((0, len(LABELS)))
        heads: dict[str, _Text] = {}
        bodies: dict[str, _Text] = {}
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
        name = self._load()[-1]
        out = []
        for row in self.probabilities(pairs):
            probs = {label: round(float(p), 4) for label, p in zip(LABELS, row)}
            out.append(Stance(label=LABELS[int(np.argmax(row))], probabilities=probs, model=name))
        return out


def combine(p_related: np.ndarray, p_stance: np.ndarray) -> np.ndarray:
    """Stage one's P(related) and stage two's (agree, disagree, discuss) into four probabilities."""
    p_related = np.asarray(p_related).reshape(-1, 1)
    return np.hstack([p_related * np.asarray(p_stance).reshape(-1, 3), 1.0 - p_related])


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
