"""Time `retold analyze` against trafilatura's own command line on the same pages.

    python benchmarks/bench_analyze.py                    # 300 generated pages, best of 3
    python benchmarks/bench_analyze.py --pages DIR --repeat 5 --sample 30

Side by side, whole processes (start-up included):
  batch     trafilatura --input-dir DIR --output-dir OUT   vs   retold analyze PAGES... --format jsonl --out FILE
  per page  one trafilatura process per page (page on stdin) vs   one retold analyze process per page
then, in one process (no start-up), trafilatura.bare_extraction vs retold.ingest.load vs retold.analyze
on every page. Each timing is the best of --repeat runs. Prints pages, seconds, pages/s, the
ratio retold/trafilatura, and the machine (cores, CPU model, Python). When `retold analyze` is
not available yet its rows say so and the rest still runs. Last, the extracted text is scored
(word precision/recall/F1) against the gold make_pages writes beside the pages.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))


def _bin(name: str) -> list[str] | None:
    local = Path(sys.executable).parent / name
    if local.exists():
        return [str(local)]
    found = shutil.which(name)
    return [found] if found else None


def retold_cmd() -> list[str] | None:
    cmd = _bin("retold")
    if cmd:
        return cmd
    probe = subprocess.run([sys.executable, "-c", "import retold.cli"], capture_output=True, cwd=ROOT)
    if probe.returncode == 0:
        return [sys.executable, "-c", "import sys; from retold.cli import main; sys.exit(main())"]
    return None


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def best_of(repeat: int, run) -> float | None:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        if run() is False:
            return None
        times.append(time.perf_counter() - start)
    return min(times)


def _run(cmd: list[str], **kw) -> bool:
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, **kw)
    if proc.returncode not in (0, 1):  # retold exits 1 when some input failed: still timed
        print(f"  ! {' '.join(cmd[:3])} ... exited {proc.returncode}: "
              f"{proc.stderr.decode(errors='replace').strip().splitlines()[-1:]}", file=sys.stderr)
        return False
    return True


def row(label: str, pages: int, seconds: float | None, base: float | None = None) -> str:
    if seconds is None:
        return f"  {label:<44} {pages:>5}  {'n/a':>8}  {'n/a':>9}"
    ratio = f"  x{seconds / base:.2f}" if base else ""
    return f"  {label:<44} {pages:>5}  {seconds:>7.2f}s  {pages / seconds:>7.1f}/s{ratio}"


_WORD = re.compile(r"\w+(?:[.,']\w+)*")


def word_scores(predicted: str, gold: str) -> tuple[int, int, int]:
    """(words in both, words predicted, words in gold), counted as multisets."""
    p, g = Counter(_WORD.findall(predicted.lower())), Counter(_WORD.findall(gold.lower()))
    return sum((p & g).values()), sum(p.values()), sum(g.values())


def quality(pages: list[Path], gold_file: Path) -> None:
    """Text precision/recall/F1 (words) against make_pages' gold, for retold.ingest and for
    trafilatura with the same options; and how often title, date and source link are right."""
    import trafilatura
    from trafilatura.settings import set_date_params

    from retold import ingest

    gold = {}
    for line in gold_file.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold[record["page"]] = record
    tallies = {"retold.ingest.load": [0, 0, 0], "trafilatura.bare_extraction": [0, 0, 0]}
    titles = dates = sources = wanted_sources = n = 0
    for page in pages:
        g = gold.get(page.name)
        if g is None:
            continue
        n += 1
        art = ingest.load(str(page))
        doc = trafilatura.bare_extraction(page.read_text(encoding="utf-8"), with_metadata=True,
                                          include_comments=False,
                                          date_extraction_params=set_date_params(False))
        for name, text in (("retold.ingest.load", art.text),
                           ("trafilatura.bare_extraction", doc.text if doc else "")):
            for i, v in enumerate(word_scores(text, g["text"])):
                tallies[name][i] += v
        titles += art.title == g["title"]
        dates += art.published == g["published"]
        if g["source"]:
            wanted_sources += 1
            sources += any(link.url == g["source"] for link in art.links)
    print(f"\nextraction quality on {n} pages with gold text (words, micro-averaged):")
    for name, (both, pred, true) in tallies.items():
        p, r = both / max(pred, 1), both / max(true, 1)
        print(f"  {name:<30} precision {p:.3f}  recall {r:.3f}  F1 {2 * p * r / max(p + r, 1e-9):.3f}")
    print(f"  retold: title exact {titles / n:.3f}, published date {dates / n:.3f}, "
          f"source link found {sources / max(wanted_sources, 1):.3f} ({wanted_sources} pages "
          "have one)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=Path, default=HERE / "out" / "pages",
                    help="folder of .html pages (generated with make_pages.py when missing)")
    ap.add_argument("-n", type=int, default=300, help="pages to generate when --pages is empty")
    ap.add_argument("--repeat", type=int, default=3, help="runs per timing; the best is kept")
    ap.add_argument("--sample", type=int, default=30, help="pages for the one-process-per-page mode")
    ap.add_argument("--retold", help="the retold command to time (default: the retold next to "
                                     "this Python, else python -c 'from retold.cli import main')")
    ap.add_argument("--skip-inprocess", action="store_true")
    ap.add_argument("--quality-only", action="store_true",
                    help="only score the extracted text against the generated pages' gold")
    args = ap.parse_args()

    from make_pages import gold_path, make_pages

    pages = sorted(args.pages.glob("*.htm*")) if args.pages.exists() else []
    if not pages:
        pages = make_pages(args.n, out=args.pages)
    if args.quality_only:
        if gold_path(args.pages).exists():
            quality(pages, gold_path(args.pages))
        return
    n = len(pages)
    rng = random.Random(0)
    sample = sorted(rng.sample(pages, min(args.sample, n)))

    import trafilatura

    traf = _bin("trafilatura")
    retold = shlex.split(args.retold) if args.retold else retold_cmd()
    print(f"machine: {os.cpu_count()} cores, {cpu_model()}, Python {platform.python_version()}, "
          f"trafilatura {trafilatura.__version__}, {platform.system()} {platform.release()}")
    size = sum(p.stat().st_size for p in pages)
    print(f"pages: {n} in {args.pages} ({size / 1e6:.1f} MB); best of {args.repeat} runs\n")
    print(f"  {'':<44} {'pages':>5}  {'seconds':>8}  {'pages/s':>9}  retold/trafilatura")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # (a) batch: one process over all pages, each side.
        def traf_batch():
            out = tmp / "traf_out"
            shutil.rmtree(out, ignore_errors=True)
            return _run(traf + ["--input-dir", str(args.pages), "--output-dir", str(out)])

        def retold_batch():
            return _run(retold + ["analyze", *map(str, pages), "--format", "jsonl",
                                  "--out", str(tmp / "retold.jsonl")])

        def traf_batch1():
            out = tmp / "traf_out1"
            shutil.rmtree(out, ignore_errors=True)
            return _run(traf + ["--input-dir", str(args.pages), "--output-dir", str(out),
                                "--parallel", "1"])

        t_traf = best_of(args.repeat, traf_batch) if traf else None
        print("batch, whole process (start-up included):")
        print(row("trafilatura --input-dir DIR --output-dir OUT", n, t_traf))
        t_traf1p = best_of(args.repeat, traf_batch1) if traf else None
        print(row("  the same with --parallel 1", n, t_traf1p))
        t_ret = best_of(args.repeat, retold_batch) if retold else None
        print(row("retold analyze PAGES --format jsonl --out F", n, t_ret, t_traf))
        if t_ret and t_traf1p:
            print(f"    retold / trafilatura --parallel 1: x{t_ret / t_traf1p:.2f}")
        if retold is None:
            print("    (retold analyze is not available yet)")

        # (b) one process per page.
        def traf_each():
            for p in sample:
                with open(p, "rb") as fh:
                    if not _run(traf, stdin=fh):
                        return False
            return True

        def retold_each():
            for p in sample:
                if not _run(retold + ["analyze", str(p), "--format", "jsonl",
                                      "--out", str(tmp / "one.jsonl")]):
                    return False
            return True

        print(f"\nper page, one process each ({len(sample)}-page sample):")
        t_traf1 = best_of(args.repeat, traf_each) if traf else None
        print(row("trafilatura < page.html", len(sample), t_traf1))
        t_ret1 = best_of(args.repeat, retold_each) if retold else None
        print(row("retold analyze page.html --format jsonl", len(sample), t_ret1, t_traf1))

    if args.skip_inprocess:
        return
    # (c) in one Python process: the extraction floor and what retold adds on top.
    from retold import ingest

    texts = [p.read_text(encoding="utf-8", errors="replace") for p in pages]

    def traf_inproc():
        for html in texts:
            trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)

    def ingest_inproc():
        for p in pages:
            ingest.load(str(p))

    from trafilatura.settings import set_date_params

    def traf_inproc_same():  # the options ingest uses: htmldate without its extensive search
        for html in texts:
            trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                        date_extraction_params=set_date_params(False))

    print("\nin one process (no start-up):")
    t_a = best_of(args.repeat, traf_inproc)
    print(row("trafilatura.bare_extraction(html, metadata)", n, t_a))
    t_a2 = best_of(args.repeat, traf_inproc_same)
    print(row("  the same, with ingest's date options", n, t_a2))
    t_b = best_of(args.repeat, ingest_inproc)
    print(row("retold.ingest.load(path)", n, t_b, t_a))
    words = sum(len(t.split()) for t in texts) / n
    print(f"    ingest adds {(t_b - t_a2) / n * 1000:.2f} ms a page over the same extraction "
          f"(pages of {words:.0f} whitespace-separated tokens of HTML on average)")
    try:
        import retold as pkg

        analyzer = pkg.Analyzer(stance=False)

        def analyze_inproc():
            for p in pages:
                analyzer(str(p))

        analyze_inproc()  # warm up lazy imports
        t_c = best_of(args.repeat, analyze_inproc)
        print(row("retold.Analyzer(stance=False)(path)", n, t_c, t_a))
    except Exception as err:  # the pipeline is being written alongside: report, do not fail
        print(f"  retold.Analyzer: not available ({type(err).__name__}: {err})")
    if gold_path(args.pages).exists():
        quality(pages, gold_path(args.pages))


if __name__ == "__main__":
    main()
