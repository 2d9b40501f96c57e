"""The pipeline: input -> Article -> claims -> sources + headline check -> Analysis.

``Analyzer`` is configured once and called on many inputs (``__call__`` for one,
``pipe`` for many). ``pipe`` never stops on a bad input: it yields a ``Failure``
naming the input and the reason, and goes on with the rest.

Policy on bad input: ``Analyzer.__call__`` raises the ``retold.errors`` exception
that names the reason; ``pipe`` records it as a ``Failure``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from retold import ingest
from retold.claims import ClaimExtractor
from retold.comparing import check_headline, compare as compare_articles
from retold.errors import RetoldError
from retold.models import Analysis, Article, Comparison, Failure, HeadlineCheck
from retold.sources import extract_sources
from retold.settings import DEFAULTS


@dataclass(frozen=True)
class Analyzer:
    """Analyse articles. Options are stored, nothing is loaded until the first call."""

    stance: bool = DEFAULTS["stance"].value
    allow_private: bool = DEFAULTS["allow_private"].value
    timeout: float = DEFAULTS["timeout"].value
    max_bytes: int = DEFAULTS["max_bytes"].value

    def load(self, input: str | Article) -> Article:
        if isinstance(input, Article):
            return input
        return ingest.load(input, allow_private=self.allow_private, timeout=self.timeout,
                           max_bytes=self.max_bytes)

    def __call__(self, input: str | Article) -> Analysis:
        article = self.load(input)
        return self.analyze_article(article)

    def analyze_article(self, article: Article) -> Analysis:
        extractor = ClaimExtractor()
        headline_claims = extractor.headline(article)
        body = extractor.body(article)
        if headline_claims:
            headline = check_headline(headline_claims[0], body)
            if self.stance and article.text.strip():
                headline = replace(headline, stance=_stance(headline.text, article.text))
        else:
            headline = HeadlineCheck(text="", verdict="no_headline")
        sources = extract_sources(article, body)
        return Analysis(article=article, claims=tuple(headline_claims + body),
                        headline=headline, sources=tuple(sources))

    def pipe(self, inputs: Iterable[str | Article]) -> Iterator[Analysis | Failure]:
        for item in inputs:
            name = item.input or item.url or item.title if isinstance(item, Article) else item
            try:
                yield self(item)
            except RetoldError as err:
                yield Failure(input=str(name), reason=err.message, error=type(err).__name__)
            except (MemoryError, RecursionError) as err:
                yield Failure(input=str(name), reason=f"too large or too deeply nested to analyse "
                              f"({type(err).__name__})", error="InputError")
            except Exception as err:  # a bug must not cost the rest of the batch
                yield Failure(input=str(name), reason=f"internal error ({type(err).__name__}: {err}); "
                              "please report it", error="InternalError")


def _stance(headline: str, body: str):
    from retold.stance import default_model  # numpy and the model load only when asked for

    return default_model()(headline, body)


def analyze(input: str | Article, **options) -> Analysis:
    """Analyse one article: a path, an http(s) URL, "-" for stdin, or an Article.

    Options are those of :class:`Analyzer` (``stance``, ``allow_private``, ``timeout``,
    ``max_bytes``). Raises a :class:`retold.errors.RetoldError` for bad input."""
    return Analyzer(**options)(input)


def analyze_many(inputs: Iterable[str | Article], **options) -> Iterator[Analysis | Failure]:
    """Analyse many inputs; a bad one yields a Failure and the rest go on."""
    return Analyzer(**options).pipe(inputs)


def compare(source: str | Article, retelling: str | Article, *, embeddings: bool = False,
            **options) -> Comparison:
    """Compare a retelling with its source (each a path, URL, "-", or Article).

    A side that cannot be read raises its RetoldError with ``side`` set to
    "source" or "retelling"."""
    analyzer = Analyzer(**options)
    articles = []
    for side, item in (("source", source), ("retelling", retelling)):
        try:
            articles.append(analyzer.load(item))
        except RetoldError as err:
            err.side = side
            raise
    aligner = None
    if embeddings:
        from retold.align import Aligner, embedder_from_settings

        aligner = Aligner(embedder=embedder_from_settings())
    return compare_articles(articles[0], articles[1], aligner=aligner)
