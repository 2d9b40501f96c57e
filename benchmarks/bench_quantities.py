"""Quantity extraction on NewsQuant: retold vs quantulum3 vs CQE's published numbers.

Scoring follows the README shipped with the data (the CQE authors' protocol): for
each gold quantity, the first unused predicted quantity of the same sentence with
the same value (relative tolerance 1e-5; a range "low-high" must match both ends)
is a value hit; a value hit whose normalised unit matches too counts for
value+unit, one whose change label matches for value+change.
P = hits / predicted, R = hits / gold.

Predictions are mapped to the gold's conventions: a vague amount ("dozens",
"thousands") is written as the range [base, 10 * base]; a quantity without a
unit takes the singular of its counted thing as its unit, as the gold does
("13000 workers" -> "worker"). Units are compared case-insensitively and range
ends in either order.

    python benchmarks/bench_quantities.py [--data PATH] [--split all|even|odd|halves|dev|heldout]

Tuning looks at errors on the even-indexed sentences only ("even"); the odd-indexed
half ("odd") is the held-out check. "halves" prints the whole set and both halves.
The older split "heldout" is every 5th item (index % 5 == 4), "dev" the rest.
Speed is CPU time (process time), so other processes on the machine do not move it.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from retold.quantities import QuantityExtractor, singular  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "data" / "newsquant" / "NewsQuant.json"
CQE = {"value": 92.0, "value+unit": 85.6, "value+change": 88.1}


def load(path: Path, split: str = "all") -> list[dict]:
    items = json.loads(Path(path).read_text(encoding="utf-8"))
    if split == "even":
        return items[0::2]
    if split == "odd":
        return items[1::2]
    if split == "dev":
        return [it for i, it in enumerate(items) if i % 5 != 4]
    if split == "heldout":
        return [it for i, it in enumerate(items) if i % 5 == 4]
    return items


# --- the gold's side ----------------------------------------------------------------------

def _gold_value(text: str) -> tuple[float, ...]:
    """ "12.5" -> (12.5,), "1000-10000" -> (1000.0, 10000.0), "-3" -> (-3.0,)."""
    text = text.strip()
    head, sep, tail = text[1:].partition("-")
    if sep:
        try:
            return (float(text[0] + head), float(tail))
        except ValueError:
            pass
    try:
        return (float(text),)
    except ValueError:
        return ()


def _same_value(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    if not a or len(a) != len(b):
        return False
    if len(a) == 2:
        return (_close(a[0], b[0]) and _close(a[1], b[1])) or (_close(a[0], b[1]) and _close(a[1], b[0]))
    return _close(a[0], b[0])


def _close(x: float, y: float) -> bool:
    return math.isclose(x, y, rel_tol=1e-5, abs_tol=1e-9)


def _norm_unit(u: str | None) -> str:
    u = (u or "-").strip().lower()
    return u or "-"


# --- retold's side ------------------------------------------------------------------------

def retold_predict(extractor=None):
    """A predict function: sentence -> [(value tuple, normalised unit, change)]."""
    ex = extractor or QuantityExtractor()

    def predict(sentence: str):
        out = []
        for q in ex(sentence):
            if q.approx == "vague":
                base = q.low / 2 if q.low else 1.0
                value = (base, base * 10)
            elif q.approx == "range" or (q.value is None and q.low is not None and q.high is not None):
                value = (q.low, q.high)
            elif q.value is not None:
                value = (q.value,)
            else:
                continue
            unit = q.unit
            if not unit and q.counted:
                words = [w for w in q.counted.split(" of ")[0].split() if w.lower() != "and"]
                unit = " ".join(words[:-1] + [singular(words[-1])])
            out.append((value, _norm_unit(unit), q.change))
        return out

    return predict


def quantulum_predict():
    from quantulum3 import parser

    def predict(sentence: str):
        out = []
        try:
            qs = parser.parse(sentence)
        except Exception:  # quantulum3 raises on some inputs; count as nothing found
            return out
        for q in qs:
            if q.uncertainty is not None or getattr(q, "value", None) is None:
                pass
            name = q.unit.name if q.unit and q.unit.name != "dimensionless" else "-"
            out.append(((float(q.value),), _norm_unit(name), "="))
        return out

    return predict


def score(predict_fn, items) -> dict:
    """Precision, recall and F1 (percent) for value, value+unit, value+change.

    ``predict_fn(sentence)`` returns [(value tuple, unit, change)] as above."""
    n_pred = n_gold = 0
    hits = {"value": 0, "value+unit": 0, "value+change": 0}
    for it in items:
        preds = list(predict_fn(it["text"]))
        n_pred += len(preds)
        used = [False] * len(preds)
        for g in it["quantities"]:
            n_gold += 1
            gv = _gold_value(str(g["value"]))
            for i, (pv, pu, pc) in enumerate(preds):
                if used[i] or not _same_value(gv, tuple(pv)):
                    continue
                used[i] = True
                hits["value"] += 1
                hits["value+unit"] += _norm_unit(g.get("normalized_unit")) == pu
                hits["value+change"] += g.get("change", "=") == pc
                break
    out = {"predicted": n_pred, "gold": n_gold}
    for k, h in hits.items():
        p = h / n_pred if n_pred else 0.0
        r = h / n_gold if n_gold else 0.0
        out[k] = {"p": 100 * p, "r": 100 * r, "f1": 100 * (2 * p * r / (p + r) if p + r else 0.0)}
    return out


def errors(predict_fn, items, limit: int = 80) -> None:
    """Print the sentences where retold and the gold disagree (for error analysis)."""
    shown = 0
    for it in items:
        preds = list(predict_fn(it["text"]))
        gold = [(_gold_value(str(g["value"])), _norm_unit(g["normalized_unit"]), g["change"])
                for g in it["quantities"]]
        used = [False] * len(preds)
        miss, bad = [], []
        for g in gold:
            for i, p in enumerate(preds):
                if not used[i] and _same_value(g[0], tuple(p[0])):
                    used[i] = True
                    if p[1] != g[1] or p[2] != g[2]:
                        bad.append((g, p))
                    break
            else:
                miss.append(g)
        extra = [p for i, p in enumerate(preds) if not used[i]]
        if miss or extra or bad:
            print(it["text"])
            for g in miss:
                print("   MISS", g)
            for p in extra:
                print("   EXTRA", p)
            for g, p in bad:
                print("   DIFF gold", g[1:], "pred", p[1:])
            shown += 1
            if shown >= limit:
                return


def _speed(extractor, items, rounds: int = 3) -> float:
    """Sentences per CPU second (process time: other processes do not count)."""
    t = time.process_time()
    for _ in range(rounds):
        for it in items:
            extractor(it["text"])
    return rounds * len(items) / max(time.process_time() - t, 1e-9)


def _table(title: str, rows) -> None:
    print(title)
    print(f"{'system':<12} {'value P/R/F1':>20} {'value+unit P/R/F1':>20} {'value+change P/R/F1':>22}")
    for name, s in rows:
        cells = [f"{s[k]['p']:5.1f}/{s[k]['r']:5.1f}/{s[k]['f1']:5.1f}" for k in ("value", "value+unit", "value+change")]
        print(f"{name:<12} {cells[0]:>20} {cells[1]:>20} {cells[2]:>22}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", choices=("all", "even", "odd", "halves", "dev", "heldout"), default="all")
    ap.add_argument("--errors", type=int, default=0, help="print this many disagreeing sentences")
    ap.add_argument("--no-quantulum", action="store_true")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"no data at {args.data}; pass --data", file=sys.stderr)
        return 2
    splits = ("all", "even", "odd") if args.split == "halves" else (args.split,)
    predict = retold_predict()
    if args.errors:
        errors(predict, load(args.data, splits[-1] if args.split != "halves" else "even"), args.errors)
        return 0
    for n, split in enumerate(splits):
        items = load(args.data, split)
        rows = [("retold", score(predict, items))]
        if not args.no_quantulum:
            rows.append(("quantulum3", score(quantulum_predict(), items)))
        if n:
            print()
        _table(f"NewsQuant ({split}: {len(items)} sentences, {sum(len(i['quantities']) for i in items)} quantities)",
               rows)
        if split == "all":
            print(f"{'CQE (publ.)':<12} {'F1 ' + str(CQE['value']):>20} {'F1 ' + str(CQE['value+unit']):>20} "
                  f"{'F1 ' + str(CQE['value+change']):>22}")
    print(f"retold speed: {_speed(QuantityExtractor(), load(args.data)):,.0f} sentences/s (CPU time)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
