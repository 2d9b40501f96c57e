"""Defaults, in one place, as data with help text: the CLI's options and the docs read them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    value: Any  # None: worked out at run time, as the help says
    help: str


DEFAULTS: dict[str, Setting] = {s.name: s for s in (
    Setting("stance", True,
            "Classify the body's stance towards the headline (agree, disagree, discuss, unrelated) "
            "with the FNC-1 model shipped in the package."),
    Setting("compare_stance", True,
            "Classify the source body's stance towards the retelling's headline (agree, disagree, "
            "discuss, unrelated) with the FNC-1 model shipped in the package."),
    Setting("allow_private", False,
            "Fetch URLs that resolve to loopback, private or link-local addresses. Off by default: a "
            "tool that fetches URLs must not be turned against the user's own network."),
    Setting("timeout", 15.0, "Seconds to wait for a URL to answer."),
    Setting("max_bytes", 20_000_000, "Largest input read, in bytes; a larger one is refused."),
    Setting("jobs", None,
            "Worker processes for a batch. Default: one per core when there are several inputs "
            "(never more than the inputs); 1 analyses everything in this process. The output is the "
            "same, in the same order, whatever the number."),
    Setting("embeddings", False,
            "Align claims with a sentence-embedding model as well as words, names and numbers "
            "(needs the 'embeddings' extra: pip install 'retold[embeddings]')."),
)}
