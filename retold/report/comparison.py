"""A Comparison as a terminal report (rich: one verdict a pair) and as one self-contained HTML page
(the two articles side by side, every drift highlighted and linked to both of its spans)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from retold.models import Claim, Comparison, Drift, Pair

__all__ = ["comparison_text", "comparison_html", "pair_verdict", "claim_segments"]

KIND_STYLE = {
    "number_changed": "bold red", "precision_changed": "yellow", "date_changed": "bold red",
    "attribution_changed": "magenta", "certainty_changed": "magenta", "actor_changed": "bold red",
    "negation_flipped": "bold red", "quote_altered": "bold red", "added": "cyan", "omitted": "blue",
}


def pair_verdict(pair: Pair) -> str:
    """One word for a pair: faithful, added, omitted, or the drift kinds joined."""
    if not pair.drifts:
        return "faithful"
    return ", ".join(dict.fromkeys(d.kind for d in pair.drifts))


def _ordered(comparison: Comparison) -> list[Pair]:
    """Pairs in reading order: the retelling's order, each omitted source claim after the pair
    that holds the source claim before it."""
    return list(comparison.pairs)


# --- text ---------------------------------------------------------------------------------------


def comparison_text(comparison: Comparison, console) -> None:
    """Print a comparison: a header, counts of drift kinds, and one row a pair."""
    src, ret = comparison.source, comparison.retelling
    head = Text()
    head.append("source    ", style="dim")
    head.append((src.title or "(no headline)") + "\n", style="bold")
    head.append("retelling ", style="dim")
    head.append(ret.title or "(no headline)", style="bold")
    meta = " · ".join(x for x in (src.published and f"source {src.published}",
                                   ret.published and f"retelling {ret.published}") if x)
    console.print(Panel(head, subtitle=Text(meta, style="dim") if meta else None, subtitle_align="left"))

    counts = Counter(d.kind for d in comparison.drifts)
    matched = sum(1 for p in comparison.pairs if p.source_claim and p.retelling_claim)
    faithful = sum(1 for p in comparison.pairs if p.source_claim and p.retelling_claim and not p.drifts)
    summary = Text(f"{matched} matched pairs, {faithful} faithful", style="bold")
    for kind, n in counts.most_common():
        summary.append("  ·  ")
        summary.append(f"{kind} {n}", style=KIND_STYLE.get(kind, ""))
    console.print(summary)

    table = Table(show_lines=True, expand=True, pad_edge=False)
    table.add_column("#", style="dim", no_wrap=True)
    table.add_column("source", ratio=3)
    table.add_column("retelling", ratio=3)
    table.add_column("verdict", ratio=2)
    for n, pair in enumerate(_ordered(comparison), 1):
        s, r = pair.source_claim, pair.retelling_claim
        table.add_row(
            str(n),
            _claim_text(s, pair.drifts, "source") if s else Text("—", style="dim"),
            _claim_text(r, pair.drifts, "retelling") if r else Text("—", style="dim"),
            _verdict_text(pair),
        )
    console.print(table)


def _claim_text(claim: Claim, drifts: Sequence[Drift], side: str) -> Text:
    t = Text()
    if claim.role == "headline":
        t.append("[headline] ", style="dim")
    for piece, marks in claim_segments(claim, drifts, side):
        if marks:
            t.append(piece, style="underline " + KIND_STYLE.get(marks[0][1], "bold"))
        else:
            t.append(piece)
    return t


def _verdict_text(pair: Pair) -> Text:
    t = Text("faithful", style="green") if not pair.drifts else Text()
    for i, d in enumerate(pair.drifts):
        if i:
            t.append("\n")
        t.append(d.kind, style=KIND_STYLE.get(d.kind, "bold"))
        if d.kind not in ("added", "omitted"):
            t.append(f": {d.summary}")
    if pair.stance is not None:
        t.append(f"\n{stance_line(pair)}", style="dim")
    return t


def stance_line(pair: Pair) -> str:
    """'source body stance: agree (0.71)': how the source's body stands to the retelling headline."""
    stance = pair.stance
    prob = stance.probabilities.get(stance.label)
    return f"source body stance: {stance.label}" + (f" ({prob:.2f})" if prob else "")


# --- spans --------------------------------------------------------------------------------------


def claim_segments(claim: Claim, drifts: Sequence[Drift], side: str,
                   ids: dict[int, str] | None = None) -> list[tuple[str, list[tuple[str, str]]]]:
    """The claim text cut into (piece, marks): marks are (drift id, kind) of every drift whose
    span on ``side`` ("source" or "retelling") covers the piece. added/omitted mark nothing."""
    text = claim.text
    spans = []
    for k, d in enumerate(drifts):
        if d.kind in ("added", "omitted"):
            continue
        owner = d.source_claim if side == "source" else d.retelling_claim
        if owner is not None and owner != claim.id:
            continue
        span = d.source_span if side == "source" else d.retelling_span
        if not span:
            continue
        a, b = max(0, span[0]), min(len(text), span[1])
        if a < b:
            spans.append((a, b, (ids or {}).get(id(d), str(k)), d.kind))
    cuts = sorted({0, len(text), *[a for a, *_ in spans], *[b for _, b, *_ in spans]})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        marks = [(did, kind) for s, e, did, kind in spans if s <= a and b <= e]
        out.append((text[a:b], marks))
    return out


# --- HTML ---------------------------------------------------------------------------------------


def comparison_html(comparison: Comparison) -> str:
    """One self-contained page: no script, no fetch, inline CSS; jinja2 escapes every text."""
    from retold.report.analysis import _env

    pairs = _ordered(comparison)
    drift_ids: dict[int, str] = {}
    rows = []
    for n, pair in enumerate(pairs, 1):
        for k, d in enumerate(pair.drifts, 1):
            drift_ids[id(d)] = f"d{n}-{k}"
    first_pair_of: dict[tuple[str, str], str] = {}
    for n, pair in enumerate(pairs, 1):
        for side, claim in (("s", pair.source_claim), ("r", pair.retelling_claim)):
            if claim is not None:
                first_pair_of.setdefault((side, claim.id), f"p{n}")
        rows.append({
            "id": f"p{n}",
            "pair": pair,
            "verdict": pair_verdict(pair),
            "source": _segments(pair.source_claim, pair.drifts, "source", drift_ids),
            "retelling": _segments(pair.retelling_claim, pair.drifts, "retelling", drift_ids),
            "drifts": [(drift_ids[id(d)], d) for d in pair.drifts],
            "stance": stance_line(pair) if pair.stance is not None else None,
        })
    flagged = {("s", d.source_claim) for d in comparison.drifts if d.source_claim} | {
        ("r", d.retelling_claim) for d in comparison.drifts if d.retelling_claim}
    src_claims = _claims_of(pairs, "source")
    ret_claims = _claims_of(pairs, "retelling")
    counts = Counter(d.kind for d in comparison.drifts)
    return _env().get_template("comparison.html").render(
        c=comparison, rows=rows, counts=counts.most_common(),
        source_paragraphs=_paragraphs(comparison.source.text, src_claims),
        retelling_paragraphs=_paragraphs(comparison.retelling.text, ret_claims),
        first_pair_of=first_pair_of, flagged=flagged,
        matched=sum(1 for p in pairs if p.source_claim and p.retelling_claim),
        faithful=sum(1 for p in pairs if p.source_claim and p.retelling_claim and not p.drifts),
    )


def _segments(claim: Claim | None, drifts, side: str, ids) -> list[dict] | None:
    if claim is None:
        return None
    return [{"text": piece, "marks": marks} for piece, marks in claim_segments(claim, drifts, side, ids)]


def _claims_of(pairs: Sequence[Pair], side: str) -> list[Claim]:
    seen, out = set(), []
    for p in pairs:
        c = p.source_claim if side == "source" else p.retelling_claim
        if c is not None and c.id not in seen and c.role == "body":
            seen.add(c.id)
            out.append(c)
    return out


def _paragraphs(text: str, claims: Sequence[Claim]):
    from retold.report.analysis import text_segments

    return text_segments(text, claims)
