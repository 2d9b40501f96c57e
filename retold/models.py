"""The data objects that flow between retold's stages.

Every object is small, immutable and typed, and turns itself into the JSON of the
contracts in DESIGN.md (``to_dict``). Character offsets (``start``, ``end``) point
into the text the object came from: a body claim into ``Article.text``, the
headline claim into ``Article.title``, a quantity or date into its claim's
``text`` (offsets relative to the claim), so every flag can point at its span.

Field names are part of the JSON contract: add fields freely, rename none.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields, is_dataclass
from functools import lru_cache
from typing import Any

ANALYSIS_SCHEMA = "retold.analysis/1"
COMPARISON_SCHEMA = "retold.comparison/1"
ERROR_SCHEMA = "retold.error/1"

DRIFT_KINDS = (
    "number_changed",
    "precision_changed",
    "date_changed",
    "attribution_changed",
    "certainty_changed",
    "actor_changed",
    "negation_flipped",
    "quote_altered",
    "added",
    "omitted",
)

# JSON keys that are Python keywords or clash with builtins are stored with a
# trailing underscore and written without it.
_RENAMED = {"from_": "from"}


def _jsonable(value: Any) -> Any:
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is float:
        return value if math.isfinite(value) else None  # JSON has no infinity: an open bound is null
    if kind is tuple or kind is list:
        return [v if type(v) in _PLAIN else _jsonable(v) for v in value]
    if is_dataclass(value):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


# Values written as they are, looked up by exact type (a subclass takes the general path).
_PLAIN = frozenset((str, int, bool, type(None)))


@lru_cache(maxsize=None)
def _keys(cls: type) -> tuple[tuple[str, str], ...]:
    """(attribute, JSON key) of each field a class writes, in order; read once per class."""
    return tuple((f.name, _RENAMED.get(f.name, f.name)) for f in fields(cls) if not f.metadata.get("internal"))


class _Record:
    """Mixin: dataclass -> JSON-ready dict, keys renamed per ``_RENAMED``."""

    def to_dict(self) -> dict[str, Any]:
        out = {}
        for name, key in _keys(type(self)):
            value = getattr(self, name)
            out[key] = value if type(value) in _PLAIN else _jsonable(value)
        return out


@dataclass(frozen=True)
class Link(_Record):
    """An outbound link of the article, with its anchor text."""

    url: str
    text: str = ""


@dataclass(frozen=True)
class Article(_Record):
    """One ingested article: clean main text and metadata."""

    title: str
    text: str
    url: str | None = None
    site: str | None = None
    published: str | None = None  # ISO 8601 date (YYYY-MM-DD) when known
    author: str | None = None
    links: tuple[Link, ...] = ()
    input: str | None = None  # what the user named: a path, a URL, "-"
    language: str | None = None
    extraction: str = "trafilatura"  # which extractor produced the text


@dataclass(frozen=True)
class Quantity(_Record):
    """An amount as an interval.

    ``value`` is the amount as written (the midpoint of a range, None for a
    vague word with no single value); ``low``/``high`` bound it (None: open).
    ``approx`` names the approximator or bound: "exact", "about", "almost",
    "more_than", "at_least", "less_than", "at_most", "up_to", "only",
    "range", "vague". ``change`` follows NewsQuant: "=", "~", ">", "<",
    "up", "down". ``counted`` is the thing counted ("trucks", "members of
    their families"), ``unit`` a normalised unit ("percentage", "dollar").
    """

    text: str
    value: float | None
    low: float | None
    high: float | None
    approx: str = "exact"
    counted: str | None = None
    unit: str | None = None
    change: str = "="
    start: int = 0
    end: int = 0
    low_inclusive: bool = True
    high_inclusive: bool = True


@dataclass(frozen=True)
class DateRef(_Record):
    """A date or time mentioned in a claim, normalised against the
    publication date. ``value`` is ISO 8601 at the precision written
    ("2017-10-12", "2017-10", "2017"); None when it cannot be resolved."""

    text: str
    value: str | None
    start: int = 0
    end: int = 0
    granularity: str = "day"  # day | month | year | week | season | decade | time


@dataclass(frozen=True)
class Attribution(_Record):
    """Who says the claim: speaker, cue verb and the quoted words, if any."""

    speaker: str | None
    cue: str | None
    quote: str | None = None
    kind: str = "reported"  # reported | according_to | quote
    speaker_start: int | None = None  # offsets into the claim text
    speaker_end: int | None = None
    resolved_from: str | None = None  # "he" -> the named person it stands for
    nested: tuple["Attribution", ...] = ()


@dataclass(frozen=True)
class Hedge(_Record):
    """A hedge or modality marker: "may", "reportedly", "suggests"."""

    text: str
    kind: str = "hedge"  # hedge | modal | evidential | booster
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Claim(_Record):
    """One sentence that states something checkable."""

    id: str
    role: str  # "headline" | "body"
    text: str
    start: int = 0
    end: int = 0
    checkworthiness: float = 0.0
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateRef, ...] = ()
    attribution: Attribution | None = None
    hedges: tuple[Hedge, ...] = ()
    negated: bool = False
    negations: tuple[str, ...] = ()
    actor: str | None = None  # the acting subject, when found
    quotes: tuple[str, ...] = ()  # every quoted passage in the sentence
    paragraph: int = 0


@dataclass(frozen=True)
class Source(_Record):
    """An outlet or document the article credits, with its evidence span."""

    name: str
    url: str | None = None
    evidence: str = ""
    kind: str = "link"  # link | according_to | reported | named
    start: int | None = None  # evidence offsets into Article.text, when there
    end: int | None = None


@dataclass(frozen=True)
class Drift(_Record):
    """A typed difference inside one pair, or an added/omitted claim."""

    kind: str
    summary: str
    source_text: str | None
    retelling_text: str | None
    direction: str | None = None  # number: inflated|deflated; certainty: strengthened|weakened
    ratio: float | None = None
    from_: Any = None
    to: Any = None
    source_span: tuple[int, int] | None = None  # offsets into the source claim's text
    retelling_span: tuple[int, int] | None = None
    source_claim: str | None = None  # claim ids
    retelling_claim: str | None = None
    explanation: str | None = None


@dataclass(frozen=True)
class Stance(_Record):
    """Whether a body agrees with, disagrees with, discusses or is unrelated to a headline."""

    label: str
    probabilities: dict[str, float] = field(default_factory=dict)
    model: str | None = None


@dataclass(frozen=True)
class HeadlineCheck(_Record):
    """The headline as a claim against the article's own body."""

    text: str
    drifts: tuple[Drift, ...] = ()
    verdict: str = "supported"  # supported | overstated | unsupported | no_headline
    claim: Claim | None = None
    stance: Stance | None = None
    matches: tuple[str, ...] = ()  # ids of the body claims the headline was checked against


@dataclass(frozen=True)
class Analysis(_Record):
    """What ``retold analyze`` reports for one article."""

    article: Article
    claims: tuple[Claim, ...]
    headline: HeadlineCheck
    sources: tuple[Source, ...] = ()
    schema: str = ANALYSIS_SCHEMA

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        return {"schema": out.pop("schema"), **out}


@dataclass(frozen=True)
class Pair(_Record):
    """A source claim and its counterpart in the retelling (either may be None)."""

    source_claim: Claim | None
    retelling_claim: Claim | None
    similarity: float
    drifts: tuple[Drift, ...] = ()
    also_source: tuple[str, ...] = ()  # further source claim ids merged into this retelling claim
    stance: Stance | None = None  # the headline pair: the source body's stance towards the retelling headline


@dataclass(frozen=True)
class Comparison(_Record):
    """What ``retold compare`` reports for a source and a retelling."""

    source: Article
    retelling: Article
    pairs: tuple[Pair, ...]
    schema: str = COMPARISON_SCHEMA

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        return {"schema": out.pop("schema"), **out}

    @property
    def drifts(self) -> list[Drift]:
        return [d for p in self.pairs for d in p.drifts]


@dataclass(frozen=True)
class Failure(_Record):
    """An input that could not be analysed: recorded, never dropped."""

    input: str
    reason: str
    error: str  # the exception class name, e.g. "EmptyInput"
    schema: str = ERROR_SCHEMA

    def to_dict(self) -> dict[str, Any]:
        return {"schema": self.schema, "input": self.input,
                "error": {"type": self.error, "reason": self.reason}}
