"""Claims: split an article into sentences and turn each checkable one into a Claim.

A claim is one sentence with its parts read out: quantities (``quantities``),
dates (``dates``), who says it (``attribution``), hedges and negation
(``hedges``), the acting subject (``actors``) and a check-worthiness score
(``checkworthiness``). This module only splits and assembles; each part has its
own module.

Policy on bad input: none is possible here (an Article always has text); a
sentence that no part can read still becomes a claim with empty parts, unless
it is a question, a heading or a fragment, which states nothing checkable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from retold.actors import find_actor
from retold.attribution import Attributor, find_quotes
from retold.checkworthiness import checkworthiness
from retold.dates import find_dates
from retold.hedges import find_hedges, find_negations, is_negated
from retold.models import Article, Claim
from retold.quantities import QuantityExtractor

# --- sentences ---------------------------------------------------------------

# Words that end with a full stop without ending the sentence: titles, months,
# and the abbreviations that stand before a name or a number.
_ABBREVIATIONS = frozenset(
    """mr mrs ms mx dr prof col gen lt sgt capt maj cmdr adm brig cpl pte pvt sen rep gov pres
    supt insp det cllr rev fr hon st mt ft jr sr messrs mme mlle gen adj
    jan feb mar apr jun jul aug sep sept oct nov dec
    no nos vol vols fig figs p pp ch art sec para approx est inc corp co ltd bros vs v al dept univ""".split()
)
# After one of these the next word usually starts a new sentence even after an
# abbreviation-like token ("... in the U.S. The ministry said").
_SENTENCE_STARTERS = frozenset(
    """the a an it he she they we i this that these those there but and however in on at
    meanwhile yet so his her their its our according""".split()
)
# A candidate boundary: terminal punctuation, optional closing quotes or
# brackets, white space, then something that can open a sentence.
_BOUNDARY = re.compile(r"""([.!?…]+)(["'”’»)\]]*)(\s+)(?=["'“‘«(\[]?[A-Z0-9])""")
_AFTER_TIME = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december local eastern central pacific mountain
    jan feb mar apr jun jul aug sep sept oct nov dec""".split())
_NEXT_WORD = re.compile(r"""["'“‘«(\[]?([A-Za-z]+)""")
_PARAGRAPH = re.compile(r"[^\n]+")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?$")  # J. / U.S. / U.K / e.g.


def _is_abbreviation(token: str, next_word: str) -> bool:
    """True when the full stop closing ``token`` does not end the sentence."""
    bare = token.rstrip(".").lstrip("\"'“‘(").lower()
    if bare in _ABBREVIATIONS:
        # "No. 10", "Oct. 12", "Dr. Smith": an abbreviation that introduces what follows.
        return True
    if _INITIALS.match(token.lstrip("\"'“‘(")):
        # One capital letter ("J. Smith") never ends a sentence in news prose; a dotted acronym
        # ("U.S.") ends one only when a sentence-opening word follows.
        letters = token.replace(".", "").lstrip("\"'“‘(")
        if len(letters) == 1:
            return True
        if letters.lower() in ("am", "pm"):
            # "between 11 p.m. and 6 a.m. Hospitals will ...": a time ends the sentence unless the
            # day, the month or the time zone follows ("6 a.m. Monday", "8 p.m. GMT")
            return next_word.lower() in _AFTER_TIME or (next_word.isupper() and len(next_word) > 1)
        return next_word.lower() not in _SENTENCE_STARTERS
    return False


def split_sentences(text: str) -> list[tuple[int, int, int]]:
    """Sentence spans ``(start, end, paragraph)`` over ``text``; a line break always ends one."""
    spans: list[tuple[int, int, int]] = []
    for para_no, para in enumerate(_PARAGRAPH.finditer(text)):
        base, body = para.start(), para.group()
        start = 0
        for m in _BOUNDARY.finditer(body):
            if m.group(1) == ".":
                token = _token_before(body, m.start(1))
                if token:
                    nxt = _NEXT_WORD.match(body, m.end())
                    if _is_abbreviation(token + ".", nxt.group(1) if nxt else ""):
                        continue
            end = m.end(2)
            _add_span(spans, body, base, start, end, para_no)
            start = m.end()
        _add_span(spans, body, base, start, len(body), para_no)
    return spans


def _token_before(body: str, end: int) -> str:
    """The run of non-space characters that ends at ``end`` ("" after a space)."""
    start = end
    while start and not body[start - 1].isspace():
        start -= 1
    return body[start:end]


def _add_span(spans, body, base, start, end, para_no) -> None:
    chunk = body[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    spans.append((base + start + lead, base + start + lead + len(stripped), para_no))


# --- what counts as a claim ----------------------------------------------------

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
_TERMINAL = re.compile(r"""[.!…]["'”’)\]]*$""")


# A three-word sentence states something when it ends like a sentence and has an amount or a finite
# verb: "30 people died.", "Nobody was hurt.", "Two men drowned." ("Read more here." does not).
_FINITE = frozenset("is are was were has have had will would can could may might must did does do "
                    "says said died dies fled won lost left fell rose".split())


def _short_statement(s: str, words: list[str]) -> bool:
    if not _TERMINAL.search(s):
        return False
    return any(w[0].isdigit() or w.lower() in _FINITE or (w.lower().endswith("ed") and len(w) > 4)
               for w in words)


def is_statement(sentence: str) -> bool:
    """A sentence that can state something checkable: not a question, a heading or a fragment."""
    s = sentence.strip()
    words = _WORD.findall(s)
    if len(words) < 3 or len(words) == 3 and not _short_statement(s, words):
        return False
    if s.rstrip("\"'”’)] ").endswith("?"):
        return False
    if not _TERMINAL.search(s) and len(words) < 20:
        return False  # a heading or a caption: no closing full stop
    return True


# --- assembly ------------------------------------------------------------------


@dataclass(frozen=True)
class ClaimExtractor:
    """Turn an Article into its claims: the headline (role "headline") then the body.

    ``keep_all`` keeps questions, headings and fragments as claims too (score 0)."""

    keep_all: bool = False

    def __call__(self, article: Article) -> list[Claim]:
        return self.headline(article) + self.body(article)

    def headline(self, article: Article) -> list[Claim]:
        title = (article.title or "").strip()
        if not title:
            return []
        start = (article.title or "").find(title)
        [claim] = self._claims([(title, start, start + len(title), 0)], article, role="headline", ids=["h"])
        return [claim]

    def body(self, article: Article) -> list[Claim]:
        spans = split_sentences(article.text)
        items = [(article.text[a:b], a, b, p) for a, b, p in spans]
        return self._claims(items, article, role="body", ids=[f"c{i + 1}" for i in range(len(items))])

    def _claims(self, items, article: Article, *, role: str, ids: list[str]) -> list[Claim]:
        attributions = Attributor()([s for s, *_ in items])
        quantities = QuantityExtractor()
        claims = []
        for (sentence, start, end, para), attribution, cid in zip(items, attributions, ids):
            statement = is_statement(sentence) or role == "headline"
            if not statement and not self.keep_all:
                continue
            qs = tuple(quantities(sentence))
            ds = tuple(find_dates(sentence, article.published))
            hs = tuple(find_hedges(sentence))
            score = checkworthiness(
                sentence, quantities=len(qs), dates=len(ds),
                attributed=attribution is not None, hedged=bool(hs),
            ) if statement else 0.0
            negations = tuple(find_negations(sentence))
            claims.append(Claim(
                id=cid, role=role, text=sentence, start=start, end=end,
                checkworthiness=round(float(score), 3),
                quantities=qs, dates=ds, attribution=attribution, hedges=hs,
                # a predicate is negated only by a negation cue: no cue, no look at the clauses
                negated=bool(negations) and is_negated(sentence), negations=negations,
                actor=find_actor(sentence),
                quotes=tuple(sentence[a:b] for a, b in find_quotes(sentence)),
                paragraph=para,
            ))
        return claims


_DEFAULT = ClaimExtractor()


def extract_claims(article: Article) -> list[Claim]:
    """The claims of ``article``: its headline first (when it has one), then its body sentences."""
    return _DEFAULT(article)
