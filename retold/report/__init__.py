"""Reports: an Analysis or a Comparison as text (rich), JSON, JSON Lines or one HTML page.

``render`` writes to a text stream; HTML pages are self-contained (inline CSS, no
script, no fetch) and every piece of article text is escaped by jinja2.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TextIO

from retold.models import Analysis, Comparison, Failure

FORMATS = ("text", "json", "jsonl", "html")


def to_json(obj, *, indent: int | None = 2) -> str:
    return json.dumps(obj.to_dict(), ensure_ascii=False, indent=indent, allow_nan=False)


def render(results: Sequence[Analysis | Comparison | Failure], fmt: str, out: TextIO, *,
           color: bool | None = None, width: int | None = None) -> None:
    """Write ``results`` to ``out`` in ``fmt``. Failures are kept: a line in jsonl and json,
    a notice in text and html."""
    if fmt == "jsonl":
        for r in results:
            out.write(to_json(r, indent=None) + "\n")
    elif fmt == "json":
        if len(results) == 1:
            out.write(to_json(results[0]) + "\n")
        else:
            out.write(json.dumps([r.to_dict() for r in results], ensure_ascii=False, indent=2,
                                 allow_nan=False) + "\n")
    elif fmt == "text":
        from rich.console import Console

        console = Console(file=out, force_terminal=color, no_color=color is False,
                          width=width, highlight=False, soft_wrap=False)
        for r in results:
            _text(r, console)
    elif fmt == "html":
        out.write(html_page(results))
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _text(result, console) -> None:
    if isinstance(result, Analysis):
        from retold.report.analysis import analysis_text

        analysis_text(result, console)
    elif isinstance(result, Comparison):
        from retold.report.comparison import comparison_text

        comparison_text(result, console)
    else:
        console.print(f"[bold red]failed[/] {result.input}: {result.reason}", markup=True)


def html_page(results: Sequence[Analysis | Comparison | Failure]) -> str:
    if len(results) == 1 and isinstance(results[0], Comparison):
        from retold.report.comparison import comparison_html

        return comparison_html(results[0])
    from retold.report.analysis import analysis_html

    return analysis_html(results)
