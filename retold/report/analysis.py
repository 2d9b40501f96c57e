"""An Analysis as a terminal report (rich) and as one self-contained HTML page."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from retold.models import Analysis, Claim, Drift, Failure

VERDICT_STYLE = {"supported": "bold green", "overstated": "bold red", "unsupported": "bold yellow",
                 "no_headline": "dim"}


def describe_claim(claim: Claim) -> str:
    """The parts retold read out of a claim, in one line."""
    parts = []
    for q in claim.quantities:
        label = q.text + (f" [{q.counted}]" if q.counted else "")
        if q.approx not in ("exact", None):
            label += f" ({q.approx.replace('_', ' ')})"
        parts.append(label)
    parts += [f"{d.text} = {d.value}" if d.value else d.text for d in claim.dates]
    a = claim.attribution
    if a is not None:
        who = a.speaker or "?"
        if a.resolved_from:
            who += f" ({a.resolved_from})"
        parts.append(f"{who} {a.cue or ''}".strip() + (" [quote]" if a.quote else ""))
    parts += [f"hedge: {h.text}" for h in claim.hedges if h.kind != "booster"]
    if claim.negated:
        parts.append("negated")
    return "; ".join(parts)


def _drift_lines(drift: Drift, left: str, right: str) -> Text:
    t = Text()
    t.append(f"{drift.kind}", style="bold magenta")
    t.append(f"  {drift.summary}\n")
    if drift.source_text is not None:
        t.append(f"    {left}: ", style="dim")
        t.append(drift.source_text + "\n")
    if drift.retelling_text is not None:
        t.append(f"    {right}: ", style="dim")
        t.append(drift.retelling_text + "\n")
    return t


def analysis_text(analysis: Analysis, console, *, show_text: bool = True) -> None:
    art, head = analysis.article, analysis.headline
    meta = " · ".join(x for x in (art.site, art.author, art.published, art.url or art.input) if x)
    console.print(Panel(Text(art.title or "(no headline)", style="bold"),
                        subtitle=Text(meta, style="dim"), subtitle_align="left"))

    verdict = Text("Headline check: ", style="bold")
    verdict.append(head.verdict.upper().replace("_", " "), style=VERDICT_STYLE.get(head.verdict, ""))
    if head.stance is not None:
        probs = head.stance.probabilities.get(head.stance.label)
        verdict.append(f"   body stance: {head.stance.label}" + (f" ({probs:.2f})" if probs else ""),
                       style="cyan")
    console.print(verdict)
    if not head.drifts and head.verdict == "supported":
        console.print(Text("  the body supports the headline's claims", style="dim"))
    for d in head.drifts:
        # Drift fields are named for a comparison: here the body is the source and the headline the retelling.
        console.print(_drift_lines(d, "body    ", "headline"))

    claims = [c for c in analysis.claims if c.role == "body"]
    table = Table(title=f"Claims ({len(claims)})", title_justify="left", show_lines=False,
                  expand=True, pad_edge=False)
    table.add_column("id", style="dim", no_wrap=True)
    table.add_column("check", justify="right", no_wrap=True)
    table.add_column("claim", ratio=3)
    table.add_column("what retold read", ratio=2, style="cyan")
    for c in claims:
        table.add_row(c.id, f"{c.checkworthiness:.2f}", Text(c.text), Text(describe_claim(c)))
    console.print(table)

    console.print(Text(f"Sources ({len(analysis.sources)})", style="bold"))
    for s in analysis.sources:
        line = Text(f"  {s.name}", style="bold")
        if s.url:
            line.append(f"  {s.url}", style="blue")
        line.append(f"  “{s.evidence}”", style="dim")
        console.print(line)
    if not analysis.sources:
        console.print(Text("  none credited", style="dim"))

    if show_text:
        console.print(Text("Text", style="bold"))
        console.print(Text(art.text, style="dim"))
        console.print()


# --- HTML ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _env():
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("retold", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.tests["web_url"] = is_web_url
    return env


def is_web_url(url: str | None) -> bool:
    """Only http(s) URLs become links in a page: never javascript:, data: or file:."""
    return bool(url) and url.strip().lower().startswith(("http://", "https://"))


def text_segments(text: str, claims: Sequence[Claim]) -> list[list[tuple[str, str | None]]]:
    """The article text cut into paragraphs of (piece, claim id or None), for highlighting."""
    spans = sorted((c.start, c.end, c.id) for c in claims if c.role == "body" and c.end > c.start)
    pieces: list[tuple[str, str | None]] = []
    pos = 0
    for start, end, cid in spans:
        if start < pos:
            continue
        if start > pos:
            pieces.append((text[pos:start], None))
        pieces.append((text[start:end], cid))
        pos = end
    if pos < len(text):
        pieces.append((text[pos:], None))
    paragraphs: list[list[tuple[str, str | None]]] = [[]]
    for piece, cid in pieces:
        chunks = piece.split("\n")
        for i, chunk in enumerate(chunks):
            if i:
                paragraphs.append([])
            if chunk:
                paragraphs[-1].append((chunk, cid))
    return [p for p in paragraphs if p]


def analysis_html(results: Sequence[Analysis | Failure]) -> str:
    items = []
    for r in results:
        if isinstance(r, Failure):
            items.append({"failure": r})
            continue
        flagged = {d.source_claim for d in r.headline.drifts if d.source_claim}
        items.append({
            "a": r,
            "paragraphs": text_segments(r.article.text, r.claims),
            "claims": [c for c in r.claims if c.role == "body"],
            "describe": describe_claim,
            "flagged": flagged,
        })
    return _env().get_template("analysis.html").render(items=items, verdict_style=VERDICT_STYLE)
