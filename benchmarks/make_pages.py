"""Generate varied news pages for the benchmarks, deterministically (seeded RNG).

    python benchmarks/make_pages.py                 # 300 pages into benchmarks/out/pages/
    python benchmarks/make_pages.py -n 50 --seed 7 --out /tmp/pages

Eight site templates (a Wix-like post with hashed class names, a blog, a news site, a wire
story, a minimal page, a page buried in boilerplate, a long feature, a short brief) around articles of 100-3,000 words built from
sentence templates with quantities, approximators, dates, attributions, hedges and quotes. The
text is synthetic; it only has to look like news to an extractor.
"""

from __future__ import annotations

import argparse
import html
import json
import random
from pathlib import Path

OUT = Path(__file__).parent / "out" / "pages"

PLACES = ["Harlow Bay", "Kessel", "Marrow Hill", "Sandvik", "Old Ferrin", "Lower Brenn", "Carrow",
          "Eastmere", "Tollgate", "Wexley", "Dunmore Cross", "Ashby Vale"]
BODIES = ["the city council", "the health ministry", "the regional water authority", "police",
          "the fire service", "the transport department", "the school board", "the port authority",
          "the energy regulator", "the national statistics office", "the army", "the university"]
COMPANIES = ["Northwind Logistics", "Valley Water", "Brightline Rail", "Kessel Hydro",
             "Aurora Foods", "Meridian Steel", "Harbour Telecom", "Cobalt Mining"]
AGENCIES = ["Reuters", "the Associated Press", "AFP", "the Continental News Agency", "Bloomberg"]
TITLES = ["Dr.", "Col.", "Prof.", "Gen.", "Sen.", "Mr.", "Ms.", "Capt."]
FIRST = ["Amara", "Jonas", "Helen", "Rupert", "Ilse", "Dmitri", "Nadia", "Tomas", "Grace", "Omar",
         "Lucia", "Felix", "Priya", "Samuel", "Ines", "Viktor"]
LAST = ["Velez", "Weber", "Okafor", "Hayes", "Marten", "Horvat", "Brandt", "Reiner", "Lindqvist",
        "Osei", "Moreau", "Tanaka", "Kowalski", "Haddad", "Novak", "Ferreira"]
ROLES = ["spokesperson for {body}", "chief engineer at {company}", "head of {body}",
         "a senior official at {body}", "chief executive of {company}", "an analyst at {company}"]
THINGS = ["homes", "residents", "workers", "students", "patients", "trucks", "flights", "jobs",
          "households", "passengers", "schools", "shops", "hectares of forest", "tonnes of grain"]
APPROX = ["about", "nearly", "more than", "at least", "almost", "up to", "roughly", "some", "over",
          "fewer than", ""]
HEDGES = ["may", "could", "reportedly", "is expected to", "appears to", "might", "is likely to"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
VERBS = ["closed", "evacuated", "affected", "delayed", "cancelled", "hired", "cut", "flooded",
         "inspected", "approved", "reopened", "moved"]
CUES = ["said", "told reporters", "said in a statement", "confirmed", "announced", "warned"]
EVENTS = ["the storm", "the strike", "the collapse", "the fire", "the outage", "the merger",
          "the inquiry", "the budget vote", "the heatwave", "the recall"]
QUOTES = ["We are doing everything we can to help the families affected",
          "Nobody expected the water to rise this fast",
          "The numbers speak for themselves and they are not good",
          "We will not reopen until it is safe",
          "This is the worst week we have had in thirty years",
          "There is no evidence that anyone broke the rules",
          "We are reviewing every contract, one by one",
          "It is too early to say what caused it"]


class Writer:
    """Sentences and articles from templates, driven by one seeded RNG."""

    def __init__(self, rng: random.Random):
        self.r = rng

    def c(self, seq):
        return self.r.choice(seq)

    def number(self) -> str:
        n = self.r.choice([self.r.randint(2, 99), self.r.randint(100, 9_999),
                           self.r.randint(10_000, 900_000)])
        text = f"{n:,}"
        if n > 20_000 and self.r.random() < 0.3:
            text = f"{n / 1000:.0f},000"
        approx = self.c(APPROX)
        return f"{approx} {text}".strip()

    def date(self) -> str:
        kind = self.r.randrange(4)
        if kind == 0:
            return f"on {self.c(DAYS)}"
        if kind == 1:
            return f"on {self.r.randint(1, 28)} {self.c(MONTHS)}"
        if kind == 2:
            return f"in {self.c(MONTHS)} {self.r.randint(2015, 2024)}"
        return f"on {self.c(MONTHS)} {self.r.randint(1, 28)}"

    def person(self) -> str:
        role = self.c(ROLES).format(body=self.c(BODIES), company=self.c(COMPANIES))
        return f"{self.c(TITLES)} {self.c(FIRST)} {self.c(LAST)}, {role}"

    def sentence(self) -> str:
        k = self.r.randrange(9)
        place, body, thing = self.c(PLACES), self.c(BODIES), self.c(THINGS)
        if k == 0:
            return (f"{body.capitalize()} {self.c(CUES)} {self.date()} that {self.number()} "
                    f"{thing} in {place} had been {self.c(VERBS)}.")
        if k == 1:
            return (f"According to {self.c(AGENCIES)}, {self.number()} {thing} were "
                    f"{self.c(VERBS)} after {self.c(EVENTS)} {self.date()}.")
        if k == 2:
            return f"\u201c{self.c(QUOTES)},\u201d said {self.person()}."
        if k == 3:
            return (f"{self.c(EVENTS).capitalize()} {self.c(HEDGES)} cost {self.c(COMPANIES)} "
                    f"{self.number()} million euros, officials said.")
        if k == 4:
            return (f"{self.c(COMPANIES)} did not say how many {thing} were {self.c(VERBS)}, "
                    f"but {body} put the figure at {self.number()}.")
        if k == 5:
            return (f"The {thing} in {place} rose by {self.r.randint(2, 60)} percent between "
                    f"{self.c(MONTHS)} and {self.c(MONTHS)}, figures from {body} show.")
        if k == 6:
            return (f"Residents of {place} said {self.c(EVENTS)} had not been the first warning "
                    f"sign, and that {self.number()} {thing} had complained {self.date()}.")
        if k == 7:
            return (f"{self.c(FIRST)} {self.c(LAST)}, who lives in {place}, said the {thing} "
                    f"{self.c(HEDGES)} be {self.c(VERBS)} again before the end of the year.")
        return (f"{body.capitalize()} is expected to publish a full report {self.date()}, "
                f"{self.number()} days after {self.c(EVENTS)}.")

    def article(self, words: int) -> tuple[str, list[str]]:
        place, thing = self.c(PLACES), self.c(THINGS)
        headline = (f"{self.c(EVENTS).capitalize()[4:].strip().capitalize()} in {place}: "
                    f"{self.number()} {thing} {self.c(VERBS)}")
        paras, count = [], 0
        while count < words:
            para = " ".join(self.sentence() for _ in range(self.r.randint(1, 4)))
            paras.append(para)
            count += len(para.split())
        return headline, paras


def _p(paras, cls="") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{attr}>{html.escape(p, quote=False)}</p>" for p in paras)


def _boiler(w: Writer, n: int) -> str:
    return "".join(f'<li><a href="/post/{w.r.randrange(10**6)}">{html.escape(w.article(5)[0])}'
                   f"</a> <span>{w.r.randint(1, 999)} views</span></li>" for _ in range(n))


def _meta(title, site, date, author, url) -> str:
    return (f"<title>{html.escape(title)} | {site}</title>"
            f'<meta property="og:title" content="{html.escape(title)}">'
            f'<meta property="og:site_name" content="{site}">'
            f'<meta property="og:url" content="{url}">'
            f'<meta name="author" content="{author}">'
            f'<meta property="article:published_time" content="{date}T08:00:00Z">')


def blog(w, title, paras, meta, source):
    gold = paras + ["Read the full report HERE"]
    return gold, source, f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{meta}</head><body>
<div id="SITE_CONTAINER"><a href="#main">Skip to content</a><div><span>top of page</span></div>
<header><nav><a href="/">Home</a><a href="/blog">Blog</a><a href="/about">About</a></nav></header>
<main id="main"><div class="post"><div class="meta"><span>{w.r.randint(1, 9)} min read</span></div>
<h1>{html.escape(title)}</h1><div class="content">{_p(paras)}
<p>Read the full report <a href="{source}">HERE</a></p></div>
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a>
<a href="https://twitter.com/intent/tweet?url=x">Twitter</a></div>
<div><span>{w.r.randint(1, 5000):,} views</span><span>{w.r.randint(0, 40)} comments</span></div></div>
<section><h2>Recent Posts</h2><ul>{_boiler(w, 3)}</ul></section>
<section class="comments"><h3>Comments</h3><textarea placeholder="Write a comment..."></textarea></section>
</main><footer><p>&copy; 2024 Proudly created with Wix.com</p></footer>
<div><span>bottom of page</span></div></div></body></html>"""


def news(w, title, paras, meta, source):
    mid = len(paras) // 2
    gold = paras + ["The full statement is available here."]
    return gold, source, f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{meta}</head><body>
<header class="masthead"><a href="/">The Daily Example</a><nav><ul><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="ad">Advertisement</div>
<article><h1>{html.escape(title)}</h1><p class="byline">By {w.c(FIRST)} {w.c(LAST)}</p>
<div class="article-body">{_p(paras[:mid])}<aside class="related"><h3>Related</h3><ul>{_boiler(w, 2)}</ul></aside>
{_p(paras[mid:])}<p>The full statement is <a href="{source}">available here</a>.</p></div></article>
<aside class="most-read"><h2>Most read</h2><ol>{_boiler(w, 5)}</ol></aside>
<footer><p>&copy; 2024 The Daily Example. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"""


def wire(w, title, paras, meta, source):
    dateline = f"{w.c(PLACES).upper()}, {w.r.randint(1, 28)} {w.c(MONTHS)} ({w.c(AGENCIES)}) - "
    credit = f"(Reporting by {w.c(FIRST)} {w.c(LAST)}; editing by {w.c(FIRST)} {w.c(LAST)})"
    paras = [dateline + paras[0]] + paras[1:]
    return paras + [credit], None, f"""<!DOCTYPE html><html><head><meta charset="utf-8">{meta}</head><body>
<div class="story"><h1>{html.escape(title)}</h1>{_p(paras)}
<p>{credit}</p></div>
<div class="footer">Our standards: <a href="/principles">The Trust Principles</a></div></body></html>"""


def minimal(w, title, paras, meta, source):
    return paras, None, f"<html><head><title>{html.escape(title)}</title></head><body><h1>{html.escape(title)}</h1>" \
           f"{_p(paras)}</body></html>"


def heavy(w, title, paras, meta, source):
    menus = "".join(f"<li><a href='/s/{i}'>Section {i}</a><ul>{_boiler(w, 4)}</ul></li>"
                    for i in range(8))
    return paras, None, f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{meta}
<script>{"var x=1;" * 400}</script><style>{".a{{color:red}}" * 200}</style></head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies?</p></div>
<nav class="mega-menu"><ul>{menus}</ul></nav><div class="ticker"><ul>{_boiler(w, 10)}</ul></div>
<div class="layout"><div class="sidebar"><h3>Trending</h3><ul>{_boiler(w, 10)}</ul></div>
<div class="main-col"><h1>{html.escape(title)}</h1><div class="share-top">Share Tweet Email</div>
<div class="entry">{_p(paras)}</div><div class="tags">Tags: <a href="/tag/a">news</a></div>
<div class="newsletter"><p>Subscribe to our newsletter for the latest stories every morning.</p></div>
<div id="comments"><h3>{w.r.randint(2, 90)} Comments</h3>{_p([w.sentence() for _ in range(6)], "comment")}</div>
</div></div><footer>{_boiler(w, 12)}<p>&copy; 2024 Example Media Group. All rights reserved.</p></footer>
</body></html>"""


def wix(w, title, paras, meta, source):
    """A Wix-like post: hashed class names, one wrapper per paragraph, counters after the post
    and a list of other posts (with their own counters) below it."""
    def h():
        return "".join(w.c("abcdefghijklmnopqrstuvwxyz0123456789_") for _ in range(5))

    body = "".join(f'<div class="{h()}"><p class="{h()}" dir="auto"><span class="{h()}">'
                   f"{html.escape(p, quote=False)}</span></p></div>" for p in paras)
    cards = "".join(f'<div class="{h()}"><p class="{h()}">{html.escape(w.article(5)[0])}</p>'
                    f"<span>{w.r.randint(1, 900)} views</span><span>{w.r.randint(0, 9)} comments"
                    f"</span></div>" for _ in range(3))
    return paras + ["Read the full report HERE"], source, f"""<!DOCTYPE html><html lang="en">
<head><meta charset="utf-8">{meta}</head><body><div id="SITE_CONTAINER">
<div class="{h()}"><span>top of page</span></div>
<div class="{h()}"><a href="/">Home</a><a href="/blog">Blog</a><a href="/about">About</a></div>
<div class="{h()}"><span>{w.c(FIRST)} {w.c(LAST)}</span><span>{w.r.randint(1, 9)} min read</span></div>
<h1 class="{h()}"><span>{html.escape(title)}</span></h1><div class="{h()}"><span>Updated: {w.c(MONTHS)[:3]} {w.r.randint(1, 28)}</span></div>
<div class="{h()}">{body}<div class="{h()}"><p class="{h()}"><span>Read the full report </span><a href="{source}"><span>HERE</span></a></p></div></div>
<div class="{h()}"><span>Facebook</span><span>Twitter</span><span>LinkedIn</span></div>
<div class="{h()}"><span>{w.r.randint(1, 5000):,} views</span><span>{w.r.randint(0, 40)} comments</span></div>
<div class="{h()}"><h2><span>Recent Posts</span></h2><span>See All</span>{cards}</div>
<div class="{h()}"><p>&copy; 2024 Proudly created with Wix.com</p></div>
<div class="{h()}"><span>bottom of page</span></div></div></body></html>"""


TEMPLATES = {"wix": wix, "blog": blog, "news": news, "wire": wire, "minimal": minimal, "heavy": heavy,
             "long": news, "short": blog}


def gold_path(out: Path) -> Path:
    """Where make_pages writes each page's true title, date, text and source link (JSON lines),
    beside the pages folder so that extractors reading the folder do not see it."""
    return out.with_name(out.name + "-gold.jsonl")


def make_pages(n: int = 300, seed: int = 1, out: Path = OUT) -> list[Path]:
    rng = random.Random(seed)
    w = Writer(rng)
    out.mkdir(parents=True, exist_ok=True)
    paths, gold = [], []
    names = list(TEMPLATES)
    for i in range(n):
        kind = names[i % len(names)]
        words = {"long": rng.randint(1500, 3000), "short": rng.randint(100, 250)}.get(
            kind, rng.randint(150, 1500))
        title, paras = w.article(words)
        date = f"{rng.randint(2016, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        url = f"https://site{i % 17}.example/{date.replace('-', '/')}/story-{i}"
        meta = _meta(title, f"Site {i % 17}", date, f"{w.c(FIRST)} {w.c(LAST)}", url)
        text, source, page = TEMPLATES[kind](w, title, paras, meta,
                                             f"https://source.example/report/{i}")
        path = out / f"{i:04d}_{kind}.html"
        path.write_text(page, encoding="utf-8")
        paths.append(path)
        dated = kind != "minimal"  # a minimal page carries no date
        gold.append({"page": path.name, "kind": kind, "title": title,
                     "published": date if dated else None,
                     "text": "\n\n".join(text), "source": source})
    with open(gold_path(out), "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(g) + "\n" for g in gold)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=300, help="number of pages (default 300)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    paths = make_pages(args.n, args.seed, args.out)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} pages, {size / 1e6:.1f} MB, in {args.out}")


if __name__ == "__main__":
    main()
