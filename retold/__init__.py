"""retold: show how a news story changes as it is retold.

    >>> import retold
    >>> a = retold.analyze("examples/dam-blog.html")
    >>> a.headline.verdict, [d.kind for d in a.headline.drifts]
    >>> c = retold.compare("examples/dam-report.txt", "examples/dam-blog.html")
"""

from retold.errors import RetoldError
from retold.models import (
    Analysis,
    Article,
    Attribution,
    Claim,
    Comparison,
    DateRef,
    Drift,
    Failure,
    Hedge,
    HeadlineCheck,
    Link,
    Pair,
    Quantity,
    Source,
    Stance,
)

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Analyzer",
    "Article",
    "Attribution",
    "Claim",
    "Comparison",
    "DateRef",
    "Drift",
    "Failure",
    "Hedge",
    "HeadlineCheck",
    "Link",
    "Pair",
    "Quantity",
    "RetoldError",
    "Source",
    "Stance",
    "__version__",
    "analyze",
    "analyze_many",
    "compare",
]


def __getattr__(name):
    # The pipeline pulls in trafilatura; load it on first use so `import retold` stays cheap.
    if name in ("analyze", "analyze_many", "compare", "Analyzer"):
        from retold import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'retold' has no attribute {name!r}")
