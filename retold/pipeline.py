"""The pipeline: input -> Article -> claims -> sources + headline check -> Analysis.

``Analyzer`` is configured once and called on many inputs (``__call__`` for one,
``pipe`` for many). ``pipe`` never stops on a bad input: it yields a ``Failure``
naming the input and the reason, and goes on with the rest.

Policy on bad input: ``Analyzer.__call__`` raises the ``retold.errors`` exception
that names the reason; ``pipe`` records it as a ``Failure``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

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

    def pipe(self, inputs: Iterable[str | Article], *, jobs: int = 1,
             then: Callable[[Analysis | Failure], Any] | None = None) -> Iterator[Any]:
        """Analyse many inputs, in order; a bad one yields a Failure and the rest go on.

        ``jobs`` > 1 analyses them in that many worker processes; the results come in the
        inputs' order and are the same as with ``jobs=1``, which keeps everything in this
        process. Standard input ("-") is always read here. ``then``, when given, is applied to
        each result where it was made, in its worker (a module-level function, e.g. one that
        renders it: only what it returns comes back), and pipe yields what it returns."""
        if jobs <= 1:
            for item in inputs:
                result = self._one(item)
                yield result if then is None else then(result)
        else:
            yield from _in_workers(self, inputs, jobs, then)

    def _one(self, item: str | Article) -> Analysis | Failure:
        try:
            return self(item)
        except RetoldError as err:
            return Failure(input=_name(item), reason=err.message, error=type(err).__name__)
        except (MemoryError, RecursionError) as err:
            return Failure(input=_name(item), reason=f"too large or too deeply nested to analyse "
                           f"({type(err).__name__})", error="InputError")
        except Exception as err:  # a bug must not cost the rest of the batch
            return Failure(input=_name(item), reason=f"internal error ({type(err).__name__}: {err}); "
                           "please report it", error="InternalError")


def _name(item: str | Article) -> str:
    return str(item.input or item.url or item.title if isinstance(item, Article) else item)


# --- many inputs in worker processes --------------------------------------------------------

_WORKER: tuple | None = None  # in a worker process: (analyzer, then)


def _worker_start(analyzer: Analyzer, then) -> None:
    import signal

    global _WORKER
    _WORKER = analyzer, then
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle


def _worker_call(item: str | Article):
    analyzer, then = _WORKER
    result = analyzer._one(item)
    return result if then is None else then(result)


def _pool(analyzer: Analyzer, jobs: int, then):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork where it is safe (Linux): the workers start with every module, and the stance
    # model, already loaded in this process. Elsewhere the platform's default (spawn).
    context = multiprocessing.get_context("fork") if sys.platform == "linux" else None
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_start,
                               initargs=(analyzer, then))


def _in_workers(analyzer: Analyzer, inputs: Iterable[str | Article], jobs: int, then
                ) -> Iterator[Any]:
    """``analyzer.pipe`` over ``jobs`` worker processes: results in input order, at most a few
    inputs ahead of the consumer. A worker that dies (a crash in a C library, the kernel's OOM
    killer) costs only the input it was on: the inputs its pool held are retried one by one, each
    in a fresh process, and one that kills its process again is recorded as failed."""
    from collections import deque
    from concurrent.futures.process import BrokenProcessPool

    _preload(analyzer)
    pending: deque = deque()  # (item, Future, None when the pool was found broken, or the result)
    items = iter(inputs)
    pool = _pool(analyzer, jobs, then)
    try:
        while True:
            while len(pending) < 4 * jobs and (item := next(items, _END)) is not _END:
                if item == "-":  # standard input belongs to this process: analyse it here
                    result = analyzer._one(item)
                    pending.append((item, _Done(result if then is None else then(result))))
                    continue
                try:
                    pending.append((item, pool.submit(_worker_call, item)))
                except BrokenProcessPool:
                    pending.append((item, None))
            if not pending:
                break
            item, task = pending.popleft()
            if isinstance(task, _Done):
                yield task.value
                continue
            try:
                if task is None:
                    raise BrokenProcessPool
                value = task.result()
            except BrokenProcessPool:
                pool.shutdown(wait=True, cancel_futures=True)
                value = _alone(analyzer, item, then)
                pending = deque((i, t if isinstance(t, _Done) else _Done(_alone(analyzer, i, then)))
                                for i, t in pending)
                pool = _pool(analyzer, jobs, then)
            yield value
        pool.shutdown(wait=True)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)  # interrupted, or the consumer stopped


@dataclass(frozen=True)
class _Done:
    value: Any  # a result known already, kept in line with the pending ones


def _alone(analyzer: Analyzer, item: str | Article, then):
    """Analyse one input in a process of its own."""
    from concurrent.futures.process import BrokenProcessPool

    with _pool(analyzer, 1, then) as pool:
        try:
            return pool.submit(_worker_call, item).result()
        except BrokenProcessPool:
            failure = Failure(input=_name(item), reason="internal error (the process analysing it "
                              "died); please report it", error="InternalError")
            return failure if then is None else then(failure)


def _preload(analyzer: Analyzer) -> None:
    """Load here what every worker needs, once: forked workers share it."""
    import trafilatura  # noqa: F401 - ingest imports it on its first page

    if analyzer.stance:
        from retold.stance import default_model

        default_model()("", "")  # reads the model files and builds what its first call builds


_END = object()


def _stance(headline: str, body: str):
    from retold.stance import default_model  # numpy and the model load only when asked for

    return default_model()(headline, body)


def analyze(input: str | Article, **options) -> Analysis:
    """Analyse one article: a path, an http(s) URL, "-" for stdin, or an Article.

    Options are those of :class:`Analyzer` (``stance``, ``allow_private``, ``timeout``,
    ``max_bytes``). Raises a :class:`retold.errors.RetoldError` for bad input."""
    return Analyzer(**options)(input)


def analyze_many(inputs: Iterable[str | Article], *, jobs: int = 1, **options
                 ) -> Iterator[Analysis | Failure]:
    """Analyse many inputs, in order; a bad one yields a Failure and the rest go on. ``jobs`` > 1
    uses that many worker processes (same results, same order)."""
    return Analyzer(**options).pipe(inputs, jobs=jobs)


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
    comparison = compare_articles(articles[0], articles[1], aligner=aligner)
    if analyzer.stance and articles[0].text.strip():
        comparison = _headline_pair_stance(comparison)
    return comparison


def _headline_pair_stance(comparison: Comparison) -> Comparison:
    """The source body's stance towards the retelling's headline, on the headline's pair: does the
    original report back what the retelling's headline says?"""
    pairs = list(comparison.pairs)
    for k, pair in enumerate(pairs):
        claim = pair.retelling_claim
        if claim is not None and claim.role == "headline":
            pairs[k] = replace(pair, stance=_stance(claim.text, comparison.source.text))
            return replace(comparison, pairs=tuple(pairs))
    return comparison
