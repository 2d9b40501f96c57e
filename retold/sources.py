"""Sources: the outlets and documents an article credits, each with its evidence.

``extract_sources(article, claims)`` reads three kinds of credit:

- a link whose anchor text or address points to a report ("Read the full BBC
  report HERE", "via Reuters", a link to bbc.co.uk whose anchor says "report")
  -> kind "link", with the url;
- an outlet named by the grammar of attribution: "according to the BBC",
  "the BBC reported", "told Reuters", "in an interview with CNN", "reported by
  Al Jazeera" -> kind "according_to" or "reported" (the claims' attributions
  are used when their speaker is an outlet-like name);
- a document: "a UN report", "a report by Amnesty International", "a study
  published in The Lancet" (the journal), "a survey by Gallup" -> kind "named".

An outlet is recognised from grammar, not from a list: a capitalised name in
one of the frames above, or an all-capitals acronym. The host of a link gives
a name when nothing else does: the registrable label, upper-cased when short
(bbc.co.uk -> "BBC", cnn.com -> "CNN") or title-cased ("reuters.com" ->
"Reuters"); a small table only spells the few hosts whose label is not the
name (nytimes -> "The New York Times"). Sources are deduplicated by name
(case-insensitive, a leading "the" ignored), the first evidence kept; a link's
url is attached to an outlet named in the text when the link's host or anchor
names it. Links to the article's own site, share buttons, social profiles and
mail links are not sources.

Policy on bad input: an article with no text and no links has no sources;
malformed urls are skipped.
"""

from __future__ import annotations

import bisect
import functools
import re
from urllib.parse import urlsplit

from retold.models import Article, Claim, Source

__all__ = ["extract_sources", "outlet_from_host"]

# Hosts whose label does not spell the outlet's name (kept small on purpose).
_HOST_NAMES = {
    "nytimes": "The New York Times", "washingtonpost": "The Washington Post", "theguardian": "The Guardian",
    "apnews": "AP", "wsj": "The Wall Street Journal", "ft": "Financial Times", "aljazeera": "Al Jazeera",
    "economist": "The Economist", "latimes": "Los Angeles Times", "theatlantic": "The Atlantic",
    "thetimes": "The Times", "telegraph": "The Telegraph", "independent": "The Independent",
    "npr": "NPR", "nbcnews": "NBC News", "cbsnews": "CBS News", "abcnews": "ABC News", "foxnews": "Fox News",
    "skynews": "Sky News", "euronews": "Euronews", "dw": "DW", "france24": "France 24", "who": "WHO",
    "un": "UN", "thelancet": "The Lancet", "nature": "Nature", "bmj": "BMJ", "nejm": "NEJM",
}
_SECOND_LEVEL = frozenset("co com org net gov ac edu gob go or ne".split())
_NOT_SOURCE_HOSTS = re.compile(
    r"(?:^|\.)(?:facebook|twitter|x|instagram|linkedin|pinterest|reddit|whatsapp|t|tiktok|youtube|"
    r"google|apple|mailto|addthis|sharethis)\.", re.I)
_SHARE_PATH = re.compile(r"/(?:share|sharer|intent|login|signin|subscribe|newsletter|account)\b", re.I)
_REPORT_ANCHOR = re.compile(
    r"\b(?:report|reports|reported|reporting|story|article|study|survey|analysis|investigation|interview|"
    r"full|original|source|via|here|read|according|published|paper|document|statement|data|findings)\b",
    re.I)

_NAME = r"(?:the\s+)?(?P<name>(?:[A-Z](?:[\w’'&\-]|\.(?=\w))*|al|de|of|for|and|the)(?:\s+(?:[A-Z](?:[\w’'&\-]|\.(?=\w))*|al|de|of|for|and|the))*)"
_FRAMES: list[tuple[re.Pattern, str]] = [
    (re.compile(rf"\b[Aa]ccording\s+to\s+(?:a\s+report\s+(?:by|from|in)\s+)?{_NAME}"), "according_to"),
    (re.compile(rf"(?:^|[\s,;(“\"])(?:the\s+|The\s+)?(?P<name>[A-Z](?:[\w’'&\-]|\.(?=\w))*(?:\s+[A-Z](?:[\w’'&\-]|\.(?=\w))*){{0,4}})"
                rf"(?:\s+(?:newspaper|news\s+agency|agency|broadcaster|channel|outlet|network|daily|website))?"
                rf"\s+(?:has\s+|had\s+|first\s+|also\s+|earlier\s+)?(?:reported|reports|revealed|broke\s+the\s+news)\b"),
     "reported"),
    (re.compile(rf"\b(?:told|telling|tells)\s+(?:the\s+)?{_NAME}"), "reported"),
    (re.compile(rf"\b(?i:in\s+an?\s+interview\s+with|speaking\s+to|reported\s+by|first\s+reported\s+by|"
                rf"quoted\s+by|cited\s+by|via|(?:additional\s+)?reporting\s+by|"
                rf"(?:contains|includes|with)\s+(?:additional\s+)?(?:contributions|material|reporting)\s+from)\s+(?:the\s+)?{_NAME}"), "reported"),
    (re.compile(rf"\b(?:published|appeared)\s+in\s+(?:the\s+journal\s+)?(?P<name>(?:The\s+)?[A-Z](?:[\w’'&\-]|\.(?=\w))*"
                rf"(?:\s+(?:[A-Z](?:[\w’'&\-]|\.(?=\w))*|of|and|for)){{0,5}})"), "named"),
    (re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?P<name>(?:[A-Z](?:[\w’'&\-]|\.(?=\w))*\s+){{1,4}})(?:report|study|survey|"
                rf"analysis|audit|review|assessment|investigation|poll|paper|document|inquiry|dossier)\b"),
     "named_doc"),
    (re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?:new\s+|recent\s+|latest\s+|annual\s+|leaked\s+|internal\s+)?"
                rf"(?:report|study|survey|analysis|audit|review|assessment|poll|investigation)\s+"
                rf"(?:by|from|for|commissioned\s+by)\s+(?:the\s+)?{_NAME}"), "named"),
]
# Where the frames can match. Every frame's match is made of word characters, white space and
# ’ ' & - . (and, first, one of , ; ( “ " in the "X reported" frame), so it lies inside one stretch
# of text between two other characters; and it holds the frame's trigger word. A frame is run only
# over the stretches that hold its trigger: the same matches as over the whole text, in order.
_STRETCH_END = re.compile(r"[^\w\s’'&.\-]")
_DOC_WORDS = "report|study|survey|analysis|audit|review|assessment|investigation|poll|paper|document|inquiry|dossier"
_TRIGGERS: list[tuple[re.Pattern, bool]] = [  # per frame: its trigger, and whether it is read case-insensitively
    (re.compile(r"ccording"), False),
    (re.compile(r"reported|reports|revealed|broke"), False),
    (re.compile(r"told|tell"), False),
    (re.compile(r"interview|speaking|reported|quoted|cited|via|reporting|contributions|material"), True),
    (re.compile(r"published|appeared"), False),
    *[(re.compile(_DOC_WORDS), False)] * 2,  # both document frames: one trigger, looked for once
]
_DOC_WORD = re.compile(rf"({_DOC_WORDS})\b")


def _fold(text: str) -> str:
    """``text`` lower-cased character for character, so that what a re.I pattern matches is, in
    the result, a lower-case substring at the same place (re.I also reads the dotted and dotless i
    and the long s as i and s)."""
    if text.isascii():
        return text.lower()
    return text.replace("İ", "i").replace("ı", "i").replace("ſ", "s").lower()


def _frame_matches(rx: re.Pattern, triggers: list[int], text: str, ends: list[int]):
    """``rx.finditer(text)``, run only over the stretches (between two of ``ends``) that hold one
    of the ``triggers`` (positions, in order)."""
    done = -1
    for t in triggers:
        i = bisect.bisect_right(ends, t)
        a = ends[i - 1] if i else 0
        if a <= done:
            continue
        b = ends[i] if i < len(ends) else len(text)
        done = a
        yield from rx.finditer(text, a, b)


# Capitalised words that open a sentence or name no outlet.
_NOT_OUTLETS = frozenset("""He She It They We I You This That These Those There The A An In On At But And
    Police Officials Government Ministry Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December Mr Mrs Ms Dr
    Read Click Follow Subscribe Sources Source Reporters Witnesses Residents Experts Analysts Doctors
    Authorities Earlier Later Meanwhile However""".split())
_SPEAKER_ORG = re.compile(r"^(?:[A-Z]{2,}[a-z]?|(?:[A-Z](?:[\w’'&\-]|\.(?=\w))*\s+)*(?:News|Times|Post|Journal|Herald|"
                          r"Tribune|Guardian|Telegraph|Gazette|Chronicle|Agency|Press|Radio|Television|TV|Sports|Sport|Wire|"
                          r"Broadcasting|Daily|Standard|Mail|Express|Mirror|Observer|Independent|Economist|"
                          r"Reuters|Bloomberg|Politico|Axios|Lancet|Nature|Science))$")


def _registrable_label(url: str) -> str | None:
    """The name part of a URL's registrable domain: bbc.co.uk -> "bbc", www.reuters.com -> "reuters"."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    parts = [p for p in host.split(".") if p and p != "www"]
    if len(parts) < 2:
        return None
    parts = parts[:-1]  # drop the top-level domain
    if len(parts) >= 2 and parts[-1] in _SECOND_LEVEL:
        parts = parts[:-1]
    return parts[-1]


def outlet_from_host(url: str) -> str | None:
    """The outlet a URL's host names: "https://www.bbc.co.uk/news/x" -> "BBC"."""
    label = _registrable_label(url)
    if not label:
        return None
    if label in _HOST_NAMES:
        return _HOST_NAMES[label]
    if len(label) <= 4:
        return label.upper()
    return label.replace("-", " ").title()


_LEADING_THE = re.compile(r"^the\s+", re.I)
_NOT_KEY = re.compile(r"[^a-z0-9]+")
_WORDS = re.compile(r"[A-Za-z0-9]+")


@functools.lru_cache(maxsize=4096)
def _key(name: str) -> str:
    name = _LEADING_THE.sub("", name.strip())
    return _NOT_KEY.sub("", name.lower())


def _clean(name: str) -> str | None:
    name = name.strip(" .,’'")
    words = name.split()
    while words and words[-1].lower() in ("of", "for", "and", "the", "al", "de"):
        words.pop()
    while words and words[0] in _NOT_OUTLETS and words[0] not in ("The",):
        words = words[1:]
    if words and words[0] == "The" and len(words) == 1:
        return None
    if not words:
        return None
    name = " ".join(words)
    if words[0] == "The" and not _SPEAKER_ORG.match(" ".join(words[1:])):
        name = " ".join(words[1:])  # "the BBC" -> "BBC"; "The Lancet" keeps its article
    return name or None


def _link_parts(link) -> tuple[str, str]:
    if isinstance(link, (tuple, list)):
        return str(link[0]), str(link[1] if len(link) > 1 else "")
    return link.url, link.text or ""


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower().removeprefix("www.")
    except ValueError:
        return ""


@functools.lru_cache(maxsize=4096)
def _names_host(name: str, url: str) -> bool:
    """True when ``url``'s host plausibly belongs to the outlet ``name``."""
    host_name = outlet_from_host(url)
    if host_name and _key(host_name) == _key(name):
        return True
    label = _host(url).split(".")[0]
    words = [w for w in _WORDS.findall(name) if w.lower() != "the"]
    initials = "".join(w[0] for w in words).lower()
    squashed = "".join(words).lower()
    return bool(label) and (label == squashed or label == initials or (len(squashed) > 3 and squashed in label))


def _text_sources(text: str, hosts: frozenset[str] = frozenset()) -> list[Source]:
    found: list[tuple[int, Source]] = []
    ends = [m.start() for m in _STRETCH_END.finditer(text)]
    folded = None
    triggers: dict[re.Pattern, list[int]] = {}
    for (rx, kind), (trigger, insensitive) in zip(_FRAMES, _TRIGGERS):
        if trigger not in triggers:
            if insensitive and folded is None:
                folded = _fold(text)
            triggers[trigger] = [t.start() for t in trigger.finditer(folded if insensitive else text)]
        for m in _frame_matches(rx, triggers[trigger], text, ends):
            raw = m.group("name")
            if kind == "named_doc":
                doc = _DOC_WORD.search(text[m.end("name"):m.end() + 1])
                issuer = _clean(raw)
                if not issuer or issuer.lower() in ("new", "latest"):
                    continue
                name, k = f"{issuer} {doc.group(1) if doc else 'report'}", "named"
            else:
                name, k = _clean(raw), kind
            if not name or not _plausible(name, kind, hosts):
                continue
            a, b = _sentence_around(text, m.start("name"), m.end())
            found.append((m.start(), Source(name=name, evidence=text[a:b], kind=k, start=a, end=b)))
    found.sort(key=lambda x: x[0])
    return [s for _, s in found]


def _plausible(name: str, kind: str, hosts: frozenset[str] = frozenset()) -> bool:
    """A name that can be an outlet or an issuer. "X reported" needs an outlet-like X: a media word
    ("Sky News", "The Times"), an acronym ("BBC"), a name of two or more words ("Le Monde"), or the
    host of one of the article's links; a single word ("China reported", "Apple reported") is not one."""
    words = name.split()
    if len(words) > 6 or not words[0][:1].isupper():
        return False
    if kind == "reported":
        bare = re.sub(r"^The\s+", "", name)
        squashed = re.sub(r"[^a-z0-9]", "", bare.lower())
        if not (_SPEAKER_ORG.match(bare) or len(bare.split()) >= 2 or squashed in hosts or
                any(h and (h == squashed or len(squashed) > 3 and squashed in h) for h in hosts)):
            return False
    return True


def _sentence_around(text: str, a: int, b: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, a), text.rfind("\n", 0, a))
    start = left + 1 if left >= 0 else 0
    while start < len(text) and text[start] in " \n":
        start += 1
    stop, nl = text.find(". ", b), text.find("\n", b)
    ends = [i for i in (stop + 1 if stop >= 0 else -1, nl) if i >= 0]
    end = min(ends) if ends else len(text)
    return start, len(text[:end].rstrip()) if end > start else end


def _is_outlet_speaker(name: str) -> bool:
    return bool(_SPEAKER_ORG.match(re.sub(r"^The\s+", "", name)))


def extract_sources(article: Article, claims: list[Claim]) -> list[Source]:
    """The sources ``article`` credits, deduplicated by name, in order of first evidence."""
    text = article.text or ""
    own = _host(article.url or "")
    sources: list[Source] = []

    # Outlets named in the text (attribution frames and documents).
    hosts = frozenset(_host(_link_parts(link)[0]).split(".")[0] for link in article.links or ())
    sources.extend(_text_sources(text, hosts))
    for claim in claims:
        att = claim.attribution
        if att is not None and att.speaker and claim.role == "body" and (
                _is_outlet_speaker(att.speaker) and not att.speaker.isupper() or
                att.speaker.isupper() and att.cue in ("reported", "reports", "according to")):
            kind = "according_to" if att.kind == "according_to" else "reported"
            sources.append(Source(name=_clean(att.speaker) or att.speaker, evidence=claim.text, kind=kind,
                                  start=claim.start, end=claim.end))

    # Links that credit a report.
    link_sources: list[Source] = []
    for link in article.links or ():
        url, anchor = _link_parts(link)
        host = _host(url)
        if not host or url.lower().startswith("mailto:") or _NOT_SOURCE_HOSTS.search(host + ".") or \
                _SHARE_PATH.search(urlsplit(url).path or ""):
            continue
        if own and (host == own or host.endswith("." + own) or own.endswith("." + host)):
            continue
        named = [s for s in sources if _names_host(s.name, url) or _key(s.name) and _key(s.name) in _key(anchor)]
        anchor_names = [n for n in (_clean(m.group()) for m in re.finditer(
            r"(?:[A-Z](?:[\w’'&\-]|\.(?=\w))*)(?:\s+[A-Z](?:[\w’'&\-]|\.(?=\w))*)*", anchor)) if n and _names_host(n, url)]
        if named:
            link_sources.append(Source(name=named[0].name, url=url, evidence=anchor or url, kind="link"))
        elif anchor_names:
            # A host whose outlet the table spells ("nytimes" -> "The New York Times") names it best.
            label = _registrable_label(url)
            name = _HOST_NAMES.get(label, anchor_names[0]) if label else anchor_names[0]
            link_sources.append(Source(name=name, url=url, evidence=anchor, kind="link"))
        elif _REPORT_ANCHOR.search(anchor):
            name = outlet_from_host(url)
            if name:
                link_sources.append(Source(name=name, url=url, evidence=anchor, kind="link"))

    return _dedupe(sources, link_sources)


def _dedupe(text_sources: list[Source], link_sources: list[Source]) -> list[Source]:
    out: dict[str, Source] = {}
    for s in text_sources:
        k = _key(s.name)
        if k and k not in out:
            out[k] = s
    for s in link_sources:
        k = _key(s.name)
        if not k:
            continue
        if k in out:
            if out[k].url is None:
                prev = out[k]
                out[k] = Source(name=prev.name, url=s.url, evidence=prev.evidence, kind=prev.kind,
                                start=prev.start, end=prev.end)
        else:
            out[k] = s
    return list(out.values())
