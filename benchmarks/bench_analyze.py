"""Time `retold analyze` against trafilatura's own command line on the same pages.

    python benchmarks/bench_analyze.py                    # 300 generated pages, best of 3
    python benchmarks/bench_analyze.py --pages DIR --repeat 5 --sample 30

Side by side, whole processes (start-up included), wall time:
  batch     trafilatura --input-dir DIR --output-dir OUT (its default: one process a core), and
            the same with --with-metadata --json --links --no-comments (the equivalent of what
            retold's ingest reads), each also with --parallel 1
       vs   retold analyze PAGES... --format jsonl --out FILE (its defaults), with --no-stance,
            and with --jobs 1 (one process) when the option exists
  per page  one trafilatura process per page (page on stdin), bare and equivalent
       vs   one retold analyze process per page, default and --no-stance
Each retold row prints two ratios: "bare" against trafilatura's default command, "equiv" against
the equivalent one. The README quotes the default batch command of each ("the README's ratio").
Then, in one process (no start-up), trafilatura.bare_extraction vs retold.ingest.load vs
retold.Analyzer with and without stance on every page, and the CPU seconds of each stage of the
pipeline (ingest, claims, headline check, sources, stance, report) with the stance model's
pairs/s. Each timing is the best of --repeat runs. Last, the extracted text is scored (word
precision/recall/F1) against the gold make_pages writes beside the pages.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
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


class Timing(float):
    """Wall seconds (the float: ratios are of wall time), with ``cpu``: the CPU seconds (user +
    system, this process and its finished children) of the cheapest run. On a machine other work
    shares, wall time grows and CPU time barely does: the CPU column tells whether a wall-time
    difference is the program's or the machine's."""

    cpu: float


def _cpu() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def best_of(repeat: int, run) -> Timing | None:
    walls, cpus = [], []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), _cpu()
        if run() is False:
            return None
        walls.append(time.perf_counter() - start)
        cpus.append(_cpu() - cpu)
    best = Timing(min(walls))
    best.cpu = min(cpus)
    return best


def load_average() -> str:
    try:
        one, five, _ = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.2f} (1 min), {five:.2f} (5 min)"


def _run(cmd: list[str], **kw) -> bool:
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, **kw)
    if proc.returncode not in (0, 1):  # retold exits 1 when some input failed: still timed
        print(f"  ! {' '.join(cmd[:3])} ... exited {proc.returncode}: "
              f"{proc.stderr.decode(errors='replace').strip().splitlines()[-1:]}", file=sys.stderr)
        return False
    return True


def row(label: str, pages: int, seconds: float | None, *bases: tuple[str, float | None]) -> str:
    """One timing row; each base is (name, seconds) and adds a ratio "xR name"."""
    if seconds is None:
        return f"  {label:<64} {pages:>5}  {'n/a':>8}  {'n/a':>9}  {'n/a':>8}"
    ratios = ", ".join(f"x{seconds / b:.2f} {name}".rstrip() for name, b in bases if b)
    cpu = getattr(seconds, "cpu", None)
    cpu = f"{cpu:>7.2f}s" if cpu is not None else f"{'':>8}"
    return f"  {label:<64} {pages:>5}  {seconds:>7.2f}s  {pages / seconds:>7.1f}/s  {cpu}  {ratios}"


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


# trafilatura's command line with the options that give what retold.ingest reads: the text with
# its metadata (title, site, date, author, url) as JSON, links kept, comments left out. (ingest
# also skips htmldate's extensive search, which the command line cannot switch off.)
TRAF_EQUIVALENT = ["--with-metadata", "--json", "--links", "--no-comments"]


def has_option(cmd: list[str], option: str) -> bool:
    proc = subprocess.run(cmd + ["analyze", "--help"], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "COLUMNS": "200"})
    return option in proc.stdout


def stages(pages: list[Path], repeat: int) -> None:
    """CPU seconds (time.process_time) of each stage of `retold analyze`, in one process, best of
    ``repeat`` over all pages: what the pipeline does, stage by stage."""
    from dataclasses import replace

    from retold import ingest
    from retold.claims import ClaimExtractor
    from retold.comparing import check_headline
    from retold.report import to_json
    from retold.models import Analysis
    from retold.sources import extract_sources
    from retold.stance import default_model

    model = default_model()
    names = ("ingest.load", "claims (headline + body)", "check_headline", "sources",
             "stance (FNC-1 model)", "report (jsonl)")
    best = dict.fromkeys(names, float("inf"))
    pairs = sentences = 0
    for _ in range(repeat):
        spent = dict.fromkeys(names, 0.0)
        pairs = sentences = 0
        for page in pages:
            clock = time.process_time()
            art = ingest.load(str(page))
            now = time.process_time(); spent[names[0]] += now - clock; clock = now
            extractor = ClaimExtractor()
            head = extractor.headline(art)
            body = extractor.body(art)
            sentences += len(body)
            now = time.process_time(); spent[names[1]] += now - clock; clock = now
            check = check_headline(head[0], body) if head else None
            now = time.process_time(); spent[names[2]] += now - clock; clock = now
            sources = extract_sources(art, body)
            now = time.process_time(); spent[names[3]] += now - clock; clock = now
            if check is not None and art.text.strip():
                check = replace(check, stance=model(check.text, art.text))
                pairs += 1
            now = time.process_time(); spent[names[4]] += now - clock; clock = now
            if check is not None:
                to_json(Analysis(article=art, claims=tuple(head + body), headline=check,
                                 sources=tuple(sources)), indent=None)
            now = time.process_time(); spent[names[5]] += now - clock
        for k in names:
            best[k] = min(best[k], spent[k])
    total = sum(best.values())
    n = len(pages)
    print(f"\nstages of retold analyze, CPU seconds in one process ({n} pages, {sentences} body "
          f"sentences, best of {repeat} per stage):")
    for k in names:
        print(f"  {k:<30} {best[k]:>7.2f}s  {best[k] / n * 1000:>6.2f} ms/page  {best[k] / total:>5.1%}")
    print(f"  {'total':<30} {total:>7.2f}s  {total / n * 1000:>6.2f} ms/page")
    if pairs:
        print(f"  stance: {pairs / best[names[4]]:.1f} headline/body pairs a second")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=Path, default=HERE / "out" / "pages",
                    help="folder of .html pages (generated with make_pages.py when missing)")
    ap.add_argument("-n", type=int, default=300, help="pages to generate when --pages is empty")
    ap.add_argument("--repeat", type=int, default=3, help="runs per timing; the best is kept")
    ap.add_argument("--sample", type=int, default=30, help="pages for the one-process-per-page mode")
    ap.add_argument("--retold", help="the retold command to time (default: the retold next to "
                                     "this Python, else python -c 'from retold.cli import main')")
    ap.add_argument("--skip-batch", action="store_true", help="skip the whole-process batch rows")
    ap.add_argument("--skip-per-page", action="store_true", help="skip the one-process-per-page rows")
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
    jobs = retold is not None and has_option(retold, "--jobs")
    print(f"machine: {os.cpu_count()} cores, {cpu_model()}, Python {platform.python_version()}, "
          f"trafilatura {trafilatura.__version__}, {platform.system()} {platform.release()}")
    size = sum(p.stat().st_size for p in pages)
    print(f"pages: {n} in {args.pages} ({size / 1e6:.1f} MB); best of {args.repeat} runs; wall time, "
          f"and the CPU time of the cheapest run; load average {load_average()}")
    print("ratios: 'bare' is against trafilatura's default command (text only), 'equiv' against "
          f"trafilatura {' '.join(TRAF_EQUIVALENT)} (what retold's ingest reads)")
    if sys.dont_write_bytecode and not list((ROOT / "retold").glob("__pycache__/*.pyc")):
        print("note: PYTHONDONTWRITEBYTECODE is set and retold has no cached bytecode: every retold "
              "process compiles its sources anew (about 0.24 s a process; installed packages such as "
              "trafilatura have theirs)")
    print()
    print(f"  {'':<64} {'pages':>5}  {'seconds':>8}  {'pages/s':>9}  {'CPU':>8}  retold/trafilatura (wall)")

    results: dict[str, float | None] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)

        def traf_batch(*options):
            def run():
                out = tmp / "traf_out"
                shutil.rmtree(out, ignore_errors=True)
                return _run(traf + ["--input-dir", str(args.pages), "--output-dir", str(out), *options])
            return run

        def retold_batch(*options):
            return lambda: _run(retold + ["analyze", *map(str, pages), "--format", "jsonl",
                                          "--out", str(tmp / "retold.jsonl"), *options])

        def timed(key, run, ok=True):
            results[key] = best_of(args.repeat, run) if ok else None
            return results[key]

        if not args.skip_batch:
            # (a) batch: one process over all pages, each side, each in its default parallelism.
            print("batch, whole process (start-up included):")
            t_bare = timed("traf", traf_batch(), traf)
            print(row("trafilatura --input-dir DIR --output-dir OUT", n, t_bare))
            t_bare1 = timed("traf1", traf_batch("--parallel", "1"), traf)
            print(row("  the same, --parallel 1", n, t_bare1))
            t_eq = timed("traf_eq", traf_batch(*TRAF_EQUIVALENT), traf)
            print(row("trafilatura ... " + " ".join(TRAF_EQUIVALENT), n, t_eq))
            t_eq1 = timed("traf_eq1", traf_batch(*TRAF_EQUIVALENT, "--parallel", "1"), traf)
            print(row("  the same, --parallel 1", n, t_eq1))
            t_ret = timed("retold", retold_batch(), retold)
            print(row("retold analyze PAGES --format jsonl --out F", n, t_ret, ("bare", t_bare),
                      ("equiv", t_eq)))
            t_ret_ns = timed("retold_ns", retold_batch("--no-stance"), retold)
            print(row("  the same, --no-stance", n, t_ret_ns, ("bare", t_bare), ("equiv", t_eq)))
            if jobs:
                t_ret1 = timed("retold1", retold_batch("--jobs", "1"), retold)
                print(row("  the same, --jobs 1  (vs --parallel 1)", n, t_ret1, ("bare", t_bare1),
                          ("equiv", t_eq1)))
                t_ret1_ns = timed("retold1_ns", retold_batch("--jobs", "1", "--no-stance"), retold)
                print(row("  the same, --jobs 1 --no-stance  (vs --parallel 1)", n, t_ret1_ns,
                          ("bare", t_bare1), ("equiv", t_eq1)))
            else:
                print("    (retold analyze has no --jobs: its batch runs in one process; compare it "
                      "with --parallel 1)")
            if retold is None:
                print("    (retold analyze is not available yet)")

        if not args.skip_per_page:
            # (b) one process per page.
            def traf_each(*options):
                def run():
                    for p in sample:
                        with open(p, "rb") as fh:
                            if not _run(traf + list(options), stdin=fh):
                                return False
                    return True
                return run

            def retold_each(*options):
                def run():
                    for p in sample:
                        if not _run(retold + ["analyze", str(p), "--format", "jsonl",
                                              "--out", str(tmp / "one.jsonl"), *options]):
                            return False
                    return True
                return run

            print(f"\nper page, one process each ({len(sample)}-page sample):")
            t1 = timed("traf_each", traf_each(), traf)
            print(row("trafilatura < page.html", len(sample), t1))
            t1_eq = timed("traf_each_eq", traf_each(*TRAF_EQUIVALENT), traf)
            print(row("trafilatura " + " ".join(TRAF_EQUIVALENT) + " < page", len(sample), t1_eq))
            t = timed("retold_each", retold_each(), retold)
            print(row("retold analyze page.html --format jsonl", len(sample), t, ("bare", t1),
                      ("equiv", t1_eq)))
            t = timed("retold_each_ns", retold_each("--no-stance"), retold)
            print(row("  the same, --no-stance", len(sample), t, ("bare", t1), ("equiv", t1_eq)))

    if not args.skip_batch and results.get("retold") and results.get("traf"):
        print(f"\nthe README's ratio: `retold analyze PAGES --format jsonl --out F` with its defaults "
              f"(stance on, {'--jobs = cores' if jobs else 'one process'}) over `trafilatura "
              f"--input-dir DIR --output-dir OUT` with its defaults ({os.cpu_count()} processes, text "
              f"only): x{results['retold'] / results['traf']:.2f}")
        if results.get("traf_eq"):
            print(f"  against the equivalent extraction ({' '.join(TRAF_EQUIVALENT)}): "
                  f"x{results['retold'] / results['traf_eq']:.2f}; --no-stance: "
                  f"x{results['retold_ns'] / results['traf_eq']:.2f}" if results.get("retold_ns") else "")

    print(f"\nload average now {load_average()} on {os.cpu_count()} cores (above the cores: other work "
          "shared the machine, and wall times, parallel ones most, are longer than the program's own)")
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

    print("\nin one process (no start-up), wall time:")
    t_a = best_of(args.repeat, traf_inproc)
    print(row("trafilatura.bare_extraction(html, metadata)", n, t_a))
    t_a2 = best_of(args.repeat, traf_inproc_same)
    print(row("  the same, with ingest's date options", n, t_a2))
    t_b = best_of(args.repeat, ingest_inproc)
    print(row("retold.ingest.load(path)", n, t_b, ("", t_a)))
    words = sum(len(t.split()) for t in texts) / n
    print(f"    ingest adds {(t_b - t_a2) / n * 1000:.2f} ms a page over the same extraction "
          f"(pages of {words:.0f} whitespace-separated tokens of HTML on average)")
    try:
        import retold as pkg

        for stance in (False, True):
            analyzer = pkg.Analyzer(stance=stance)

            def analyze_inproc():
                for p in pages:
                    analyzer(str(p))

            analyze_inproc()  # warm up lazy imports and the model
            t_c = best_of(args.repeat, analyze_inproc)
            print(row(f"retold.Analyzer(stance={stance})(path)", n, t_c, ("", t_a)))
        stages(pages, args.repeat)
    except Exception as err:  # the pipeline is being written alongside: report, do not fail
        print(f"  retold.Analyzer: not available ({type(err).__name__}: {err})")
    if gold_path(args.pages).exists():
        quality(pages, gold_path(args.pages))


if __name__ == "__main__":
    main()
