"""Ingest: read one news article (an HTML or text file, an http(s) URL, stdin) into an ``Article``.

HTML goes through trafilatura once (``bare_extraction`` with metadata, on a tree parsed once);
the lines it lets through are then cleaned of page furniture (view and comment counters, share
bars, skip links, "Recent posts", footers). When the extractor keeps far less than the page's
densest block of paragraphs, the paragraphs of that block are used instead
(``extraction="fallback"``). Outbound links are collected from the article's container in the
original page, so a closing "Read the full report HERE" link survives even when the extractor
drops its paragraph. Text files: the first non-blank line is the headline, the rest the body.

Policy on bad input: raise the ``retold.errors`` exception that names the reason, in one line, in
bounded time and memory (never read more than ``max_bytes + 1`` bytes): MissingInput, EmptyInput,
BinaryInput, TooLarge, DecodeError, NoArticle, InputError (a directory), FetchError (no answer, an
HTTP error, a refused scheme, too many redirects) and BlockedAddress (a URL that resolves to a
loopback, private, link-local, reserved or multicast address, checked for every resolved address
and on every redirect, unless ``allow_private``).
"""

from __future__ import annotations

import codecs
import functools
import http.client
import ipaddress
import os
import re
import socket
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

from lxml import etree

from retold.errors import (
    BinaryInput,
    BlockedAddress,
    DecodeError,
    EmptyInput,
    FetchError,
    InputError,
    MissingInput,
    NoArticle,
    RetoldError,
    TooLarge,
)
from retold import __version__
from retold.models import Article, Link

__all__ = ["Ingestor", "decode", "fetch", "from_html", "from_text", "load"]

MAX_BYTES = 20_000_000
TIMEOUT = 15.0
MAX_REDIRECTS = 5
USER_AGENT = f"retold/{__version__} (news article analysis; python-urllib3)"

_DOMAIN_LIKE = re.compile(r"\A(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/|\Z)", re.I)
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".xht"})
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text", ".rst"})

# ---------------------------------------------------------------------------------------------
# Reading bytes, bounded
# ---------------------------------------------------------------------------------------------


def _read_path(path: str, max_bytes: int) -> bytes:
    try:
        if os.path.isdir(path):
            raise InputError("is a directory, not a file: name an article file inside it",
                             input=path)
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > max_bytes:
                raise TooLarge(_too_large(size, max_bytes), input=path)
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        hint = (" (for a web page, give the whole URL: https://...)"
                if _DOMAIN_LIKE.match(path) else "")
        raise MissingInput(f"no such file{hint}", input=path) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file: name an article file inside it",
                         input=path) from None
    except PermissionError:
        raise InputError("permission denied: the file cannot be read", input=path) from None
    except OSError as err:
        raise InputError(f"cannot be read ({err.strerror or err})", input=path) from None
    if len(data) > max_bytes:
        raise TooLarge(_too_large(None, max_bytes), input=path)
    return data


def _read_stdin(max_bytes: int) -> bytes:
    if sys.stdin is None:
        raise EmptyInput("is empty: there is no standard input", input="-")
    stream = getattr(sys.stdin, "buffer", None)
    data = stream.read(max_bytes + 1) if stream is not None else sys.stdin.read(max_bytes + 1)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > max_bytes:
        raise TooLarge(_too_large(None, max_bytes), input="-")
    return data


def _too_large(size: int | None, max_bytes: int) -> str:
    got = f"{size / 1e6:.1f} MB" if size else f"more than {max_bytes:,} bytes"
    return f"too large ({got}; the limit is {max_bytes / 1e6:g} MB, raise it with --max-bytes)"


# ---------------------------------------------------------------------------------------------
# Sniffing: binary or text, HTML or plain text
# ---------------------------------------------------------------------------------------------

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office/EPUB document)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ\x90\x00", "an executable"),
    (b"\xca\xfe\xba\xbe", "a compiled binary"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an audio or video file"),
    (b"ID3", "an MP3 file"),
    (b"fLaC", "a FLAC audio file"),
    (b"RIFF", "a media file (RIFF)"),
    (b"wOFF", "a font file"),
    (b"wOF2", "a font file"),
    (b"\x00asm", "a WebAssembly module"),
    (b"%!PS", "a PostScript document"),
    (b"{\\rtf", "an RTF document"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF = 65_536
_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html\b)",
                         re.I | re.S)
_HTML_TAGS = re.compile(r"<(?:html|head|body|p|div|article|main|title|meta|h1|span|section)\b[^>]*>",
                        re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


def _bom(data: bytes) -> str | None:
    for mark, name in _BOMS:
        if data.startswith(mark):
            return name
    return None


def _sniff_binary(data: bytes) -> str | None:
    """What binary thing ``data`` is ("a PNG image"), or None when it may be text."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    if data[4:8] == b"ftyp":
        return "an MP4/MOV media file"
    if _bom(data):
        return None
    head = data[:_SNIFF]
    if b"\x00" in head:
        if _utf16_guess(head):
            return None
        return "binary data (it contains NUL bytes)"
    return None


def _utf16_guess(head: bytes) -> str | None:
    """UTF-16 without a byte-order mark: ASCII-range text has a zero in every other byte."""
    even, odd = head[0::2], head[1::2]
    if len(head) < 8:
        return None
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _mostly_not_text(text: str) -> bool:
    sample = text[:16_384]
    if not sample:
        return False
    return len(_CONTROL.findall(sample)) > 0.05 * len(sample)


def looks_like_html(text: str) -> bool:
    """True when ``text`` opens as an HTML document, or holds several HTML tags early on."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAGS.findall(head)) >= 3


# ---------------------------------------------------------------------------------------------
# Decoding: BOM, then UTF-8, then what the page says, then charset_normalizer
# ---------------------------------------------------------------------------------------------

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{1,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_:.\-]{1,40})""", re.I)
# WHATWG: a page labelled latin-1 or ascii is read as windows-1252.
_WINDOWS = {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252"}


def _codec(label: str | bytes | None) -> str | None:
    if not label:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None
    return _WINDOWS.get(name, name)


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag or XML declaration, if any."""
    m = _META_CHARSET.search(data[:8192])
    if not m:
        return None
    return (m.group(1) or m.group(2)).decode("ascii", "ignore")


def decode(data: bytes, declared: str | None = None, *, input: str | None = None) -> str:
    """Bytes -> text. A byte-order mark wins, then valid UTF-8 (a page that decodes as UTF-8
    is UTF-8 whatever it claims), then the declared charset (HTTP header, then <meta>) if it
    reads the bytes strictly, then charset_normalizer's guess, then windows-1252. Bogus or
    lying charset names are ignored. Raises DecodeError only when nothing reads the bytes."""
    bom = _bom(data)
    if bom:
        try:
            return data.decode(bom)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    has_nul = b"\x00" in data[:_SNIFF]
    utf16 = _utf16_guess(data[:_SNIFF]) if has_nul else None
    for label in (utf16, declared, meta_charset(data)):
        name = _codec(label)
        if not name or name == "utf-8":
            continue
        if name.startswith(("utf-16", "utf-32")) and not has_nul:
            continue  # a UTF-16 label on 8-bit bytes is a lie (WHATWG reads it as UTF-8)
        try:
            return data.decode(name)
        except UnicodeDecodeError:
            if name == "cp1252":
                return data.decode("latin-1")
    try:
        from charset_normalizer import from_bytes

        matches = list(from_bytes(data, steps=8, chunk_size=1024))
    except Exception:  # a detector failure must not cost the input
        matches = []
    if matches:
        # On short pages the detector's first pick among equally clean single-byte codecs is
        # arbitrary: prefer windows-1252, the web's most common legacy encoding, on a tie.
        best = min(matches, key=lambda m: m.chaos)
        tied = [m for m in matches if m.chaos <= best.chaos + 0.01]
        western = next((m for m in tied if "cp1252" in m.could_be_from_charset), None)
        for name in (("cp1252",) if western is not None else ()) + (best.encoding,):
            try:
                return data.decode(name)
            except (UnicodeDecodeError, LookupError):
                pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise DecodeError("no text encoding reads it (tried UTF-8, the declared charset and "
                          "a detector); convert it to UTF-8", input=input) from None


def _text_or_raise(data: bytes, declared: str | None, input: str | None) -> str:
    if not data.strip():
        raise EmptyInput("is empty: there is nothing to read", input=input)
    what = _sniff_binary(data)
    if what:
        raise BinaryInput(f"is not text but {what}", input=input)
    text = decode(data, declared, input=input)
    if _mostly_not_text(text):
        raise BinaryInput("is not text: most of it is control characters or unreadable bytes",
                          input=input)
    if not text.strip():
        raise EmptyInput("is empty: there is nothing to read", input=input)
    return text


# ---------------------------------------------------------------------------------------------
# Plain text and Markdown
# ---------------------------------------------------------------------------------------------

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+|\s+#+\s*$")
_MD_LINK = re.compile(r"(?<!!)\[([^\]\n]{0,300})\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_SETEXT = re.compile(r"^\s*(?:=+|-+)\s*$")
_BARE_URL = re.compile(r"\bhttps?://[^\s<>\"')\]]+[^\s<>\"')\].,;:!?]")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s+[A-Z\"“]")
_BLANKS = re.compile(r"\n\s*\n\s*")
_LONG_HEADLINE = 250


def _is_body_line(line: str) -> bool:
    """A first line that reads as running text (several sentences, or very long) is the body of
    a text with no headline, not a headline: headlines are one short line without a full stop."""
    if len(line) > _LONG_HEADLINE and _SENTENCE_END.search(line):
        return True
    return bool(_SENTENCE_END.search(line)) and line.rstrip("\"'”’)").endswith((".", "!", "?"))


def from_text(text: str, *, input: str | None = None, url: str | None = None) -> Article:
    """A plain-text or Markdown article: the first non-blank line is the headline, the rest
    the body (paragraphs kept, separated by a blank line). A first line that reads as running
    text (several sentences) is body, not headline: the article then has no title. A headline
    with no body is NoArticle. Markdown
    links become ``Link``s and their anchor text stays in the text."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyInput("is empty: there is nothing to read", input=input)
    links: dict[str, Link] = {}
    text = _MD_IMAGE.sub("", text)

    def _link(m: re.Match) -> str:
        anchor, href = m.group(1).strip(), m.group(2)
        href = urljoin(url, href) if url else href
        if href.startswith(("http://", "https://")) and href not in links:
            links[href] = Link(url=href, text=anchor)
        return m.group(1)

    text = _MD_LINK.sub(_link, text)
    for m in _BARE_URL.finditer(text):
        links.setdefault(m.group(0), Link(url=m.group(0), text=""))
    lines = text.split("\n")
    first = next(i for i, line in enumerate(lines) if line.strip())
    title = _MD_EMPHASIS.sub(r"\2", _MD_HEADING.sub("", lines[first])).strip()
    rest = lines[first + 1:]
    if rest and _SETEXT.match(rest[0]) and rest[0].strip():
        rest = rest[1:]
    if _is_body_line(title):
        title, rest = "", lines[first:]
    body = "\n".join(_MD_EMPHASIS.sub(r"\2", _MD_HEADING.sub("", line)).rstrip() for line in rest)
    body = _BLANKS.sub("\n\n", body).strip()
    if not body:
        raise NoArticle("holds no article text" + (" (only a headline)" if title else ""),
                        input=input)
    return Article(title=title, text=body, url=url, site=_host(url), links=tuple(links.values()),
                   input=input, extraction="text")


# ---------------------------------------------------------------------------------------------
# Page furniture: lines that are never article text
# ---------------------------------------------------------------------------------------------

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+"
_DATE = (rf"(?:{_WEEKDAY})?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?:\s+\d{{4}})?"
         rf"|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})"
         r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?")
_NETWORKS = (r"facebook|twitter|x|linkedin|whatsapp|e-?mail|pinterest|reddit|telegram|tumblr|"
             r"instagram|youtube|tiktok|threads|bluesky|mastodon|messenger|flipboard|pocket")
_FURNITURE = [
    r"top of (?:the )?page", r"bottom of (?:the )?page",
    r"skip to (?:the )?(?:main )?(?:content|navigation|menu|search|footer|article)",
    r"skip (?:navigation|links?)", r"(?:back|return|scroll|go|jump) to (?:the )?top",
    r"[\d.,]+\s*[km]?\s*(?:views?|comments?|likes?|shares?|repl(?:y|ies)|responses?|reactions?|"
    r"reads?|hearts?|claps?)",
    r"(?:no|one) (?:comments?|replies|responses)(?: yet)?",
    r"\d+\s*(?:min(?:ute)?s?|hours?)\s*(?:read|to read)",
    r"share your thoughts",
    rf"share(?: this| the)?(?: post| article| story| page| link)?(?:\s+(?:on|via|by|with|to))?"
    rf"(?:\s+(?:{_NETWORKS}))?",
    rf"(?:{_NETWORKS}|tweet|pin it|copy(?: the)? link|link copied|print(?: this)?(?: article| page)?)",
    r"(?:recent|related|popular|latest|featured|trending|more|similar)\s+(?:posts?|articles?|"
    r"stories|news|reads?)",
    r"see all", r"view all", r"read more", r"continue reading", r"read next", r"more from\b.{0,40}",
    r"you (?:may|might) also (?:like|enjoy)", r"most (?:read|popular|viewed)",
    r"in (?:this|other) news",
    r"comments?", r"add (?:a )?comment", r"write a comment\W*", r"leave a (?:reply|comment)",
    r"post a comment", r"cancel reply", r"be the first to (?:write a |leave a )?(?:comment|reply)",
    r"post not marked as liked", r"(?:un)?like(?: this)?", r"liked by",
    r"(?:posted|filed|published) (?:in|under)", r"click to",
    r"\(?opens? in (?:a )?new (?:window|tab)\)?", r"reply", r"permalink",
    r"uncategori[sz]ed", r"follow", r"scroll to continue(?: with content)?", r"report abuse",
    r"log ?in", r"log ?out", r"sign ?(?:up|in)", r"register", r"my account",
    r"subscribe(?: now)?(?: to (?:our|the) (?:newsletter|blog|channel))?", r"newsletter",
    r"follow us(?: on)?", r"all rights reserved", r"©.{0,120}", r"copyright\b.{0,120}",
    r"(?:proudly )?(?:created|made|powered|built) (?:with|by) \S+(?: \S+)?",
    r"privacy(?: policy| notice)?", r"terms(?: of (?:use|service)| (?:and|&) conditions)?",
    r"cookies?(?: policy| settings| preferences)?", r"accept(?: all)?(?: cookies)?",
    r"advertisement", r"sponsored(?: content)?", r"tags?:?", r"filed under:?",
    r"categor(?:y|ies):?",
    r"(?:you need to |please )?(?:enable|turn on) javascript(?: in your browser)?"
    r"(?: to (?:run|view|use|see) this (?:app|site|page|website|content))?",
    r"javascript is (?:disabled|required|not enabled)(?: in your browser)?",
    r"loading\W*", r"menu", r"search", r"home", r"contact(?: us)?", r"about(?: us)?",
    r"(?:previous|next)(?: post| article| story)?", r"older posts?", r"newer posts?",
    rf"(?:(?:last )?updated|published|posted|modified)(?: on)?:?(?:\s*{_DATE})?", _DATE,
    r"by\b",
]
# Boundaries are letters only: counters run into each other ("164 views0 comments").
_FURNITURE_PHRASE = r"(?<![^\W\d_])(?:" + "|".join(_FURNITURE) + r")(?![^\W\d_])"
_COUNTERS = re.compile(r"(?:\W*[\d.,]+\s*[km]?\s*(?:views?|comments?|likes?|shares?|repl(?:y|ies)|"
                       r"responses?|reactions?)(?![^\W\d_]))+\W*", re.I)
# A whole line of furniture phrases, digits and punctuation. Possessive: a line of article text
# fails at its first ordinary word, without backtracking.
_FURNITURE_LINE = re.compile(r"(?:" + _FURNITURE_PHRASE + r"|[\W\d_]+)*+", re.I)
# A heading that opens the page's tail: everything after it is furniture, not article.
_TAIL_HEADING = re.compile(
    r"(?:(?:recent|related|popular|latest|featured|trending|more|similar)\s+(?:posts?|articles?|"
    r"stories|news)|you (?:may|might) also (?:like|enjoy)|read next|more from\b.{0,40}|"
    r"(?:\d+\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?|leave a (?:reply|comment)|"
    r"(?:join|start) the (?:discussion|conversation)|most (?:read|popular))\W*",
    re.I)
# "READ MORE: Port automation plan faces fresh delay": a pointer to another story.
_PROMO = re.compile(r"(?:read more|more|related(?: story| article| content)?|see also|also read|"
                    r"read also|recommended|watch|listen|must read|don'?t miss|top stories)"
                    r"\s*[:|»›>]\s*\S", re.I)
_MAX_FURNITURE_LINE = 140
_MAX_FURNITURE_WORDS = 18


def is_furniture(line: str, extra: tuple[str, ...] = ()) -> bool:
    """True when a short line is only page furniture: counters ("164 views0 comments"), skip
    links, share buttons, "Recent posts", log-in and footer text, a bare date or byline."""
    line = line.strip()
    if not line:
        return True
    if len(line) > _MAX_FURNITURE_LINE or line.count(" ") > _MAX_FURNITURE_WORDS:
        return False
    if _PROMO.match(line):
        return True
    for name in extra:
        if name:
            line = line.replace(name, " ")
    return _FURNITURE_LINE.fullmatch(line) is not None


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def clean_lines(text: str, *, title: str = "", names: tuple[str, ...] = ()) -> list[str]:
    """The extracted text as a list of article lines: furniture lines dropped, a leading copy of
    the headline or byline dropped, and everything from a tail heading ("Recent Posts",
    "Comments", "Related articles") or a view/comment counter in the second half of the text
    cut: on blogs the counters close the post and what follows is a list of other posts."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    total = sum(len(line) for line in lines) or 1
    seen = 0
    for i, line in enumerate(lines):
        if seen > total / 2 and len(line) < 60 and (_TAIL_HEADING.fullmatch(line)
                                                    or _COUNTERS.fullmatch(line)):
            lines = lines[:i]
            break
        seen += len(line)
    ntitle = _norm(title)
    out: list[str] = []
    for line in lines:
        if not out and ntitle and _norm(line) == ntitle:
            continue
        if is_furniture(line, names if not out else ()):
            continue
        out.append(line)
    return out


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------

_DOMAIN = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.I)
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|•·»«]|::|[-–—])\s+")
_SHARE_URL = re.compile(
    r"(?:facebook\.com/(?:sharer|share|dialog)|(?:twitter|x)\.com/(?:intent|share|home\?status)|"
    r"linkedin\.com/(?:share|sharing|shareArticle|cws/share)|pinterest\.[a-z.]+/pin/create|"
    r"reddit\.com/submit|(?:api\.)?whatsapp\.com/send|wa\.me/|t(?:elegram)?\.me/share|"
    r"tumblr\.com/(?:share|widgets/share)|getpocket\.com/(?:save|edit)|addtoany\.com|"
    r"sharethis\.com|plus\.google\.com/share|vk\.com/share|flipboard\.com/bookmarklet|"
    r"news\.ycombinator\.com/submitlink|bsky\.app/intent|threads\.net/intent|mastodonshare|"
    r"[?&](?:share|replytocom)=)", re.I)
_SKIP_SCHEMES = ("mailto:", "javascript:", "tel:", "sms:", "data:", "#", "about:", "file:", "ftp:")
_FURNITURE_CLASS = re.compile(
    r"share|sharing|social|comment|respond|related|recent|popular|trending|breadcrumb|widget|"
    r"sidebar|newsletter|subscri|pagination|cookie|advert|sponsor|"
    r"(?:^|[\s_-])(?:tags?|nav|navigation|menu|footer|byline|author-?bio|promo|ads?|login|"
    r"jp-relatedposts|more-stories)(?:$|[\s_-])", re.I)
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "header", "form", "button", "select",
                             "script", "style", "noscript", "template", "svg"})
_PARA_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "figcaption")
_MIN_WORDS = 8
_FALLBACK_RATIO = 0.5
_ANCESTOR_CAP = 80
_TAIL_LINE = 200
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*\s*\Z")
_P_TEXT = etree.XPath("//p//text()", smart_strings=False)
# Thousands of attributes on one tag cost libxml2 quadratic time: such a tag loses them first.
_LONG_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9]{0,20})(\s[^<>]{8000,})>")
_MAX_ATTRIBUTES = 256
_FLOOD_CHECK = 200_000
_STRING = etree.XPath("string()", smart_strings=False)
_OG_TITLE = etree.XPath("//meta[@property='og:title' or @name='og:title'][@content]")
_JSONLD = etree.XPath("//script[@type='application/ld+json']")
_OWN_TEXT = etree.XPath("//*[string-length(normalize-space(text())) >= 25]")


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    return host or None


def _text_of(el) -> str:
    try:
        return " ".join(el.text_content().split())
    except (ValueError, AttributeError):
        return ""


def _depth(el) -> int:
    return sum(1 for _ in el.iterancestors())


def _paragraph_weights(tree) -> dict:
    """Each element's weight: the text of the paragraphs directly under it (and, halved,
    under its children): a container with most paragraph text is the densest block."""
    weights: dict = {}
    for p in tree.iter("p"):
        n = len(_text_of(p))
        if n < 20:
            continue
        parent = p.getparent()
        if parent is None:
            continue
        weights[parent] = weights.get(parent, 0) + n
        grand = parent.getparent()
        if grand is not None:
            weights[grand] = weights.get(grand, 0) + n / 2
    return weights


def _p_chars(tree) -> int:
    """The length of the text in the page's paragraphs (white space included: an upper bound)."""
    return sum(map(len, _P_TEXT(tree)))


def _densest_container(tree):
    """The element with the most paragraph text; a block that holds a single paragraph is
    widened to its parent (page builders wrap every paragraph in a <div> of its own)."""
    weights = _paragraph_weights(tree)
    if not weights:
        return None
    best = max(weights, key=weights.get)
    for _ in range(3):
        parent = best.getparent()
        if parent is None or len(best.findall(".//p")) > 1 or len(parent.findall(".//p")) < 2:
            break
        best = parent
    return best


def _in_furniture(el, stop) -> bool:
    """True when ``el`` sits (below ``stop``) inside navigation, a share bar, comments..."""
    node = el
    for _ in range(_ANCESTOR_CAP):
        if node is None or node is stop:
            return False
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _FURNITURE_TAGS:
            return True
        marks = f"{node.get('class', '')} {node.get('id', '')} {node.get('data-hook', '')}"
        if marks.strip() and _FURNITURE_CLASS.search(marks):
            return True
        node = node.getparent()
    return False


def _container_paragraphs(container) -> list[str]:
    """The paragraphs of a container, in order, leaving out nested furniture."""
    out: list[str] = []
    for el in container.iter(*_PARA_TAGS):
        if el.tag == "li" and el.find(".//p") is not None:
            continue
        if any(anc.tag in _PARA_TAGS for anc in _limited_ancestors(el, container)):
            continue
        if _in_furniture(el, container):
            continue
        text = _text_of(el)
        if text:
            out.append(text)
    return out


def _limited_ancestors(el, stop):
    node = el.getparent()
    for _ in range(_ANCESTOR_CAP):
        if node is None or node is stop:
            return
        yield node
        node = node.getparent()


def _article_container(tree, text: str):
    """The element of the original page that holds most of the extracted text: the deepest
    element with at least 80% of the matched text, widened to an enclosing <article>."""
    parents: dict = {}  # the matched text, summed per parent: siblings share one walk up
    total = 0
    for el in _OWN_TEXT(tree):
        own = (el.text or "").strip()
        if len(own) < 25 or " ".join(own[:90].split())[:60] not in text:
            continue
        total += len(own)
        parent = el.getparent()
        if parent is not None:
            parents[parent] = parents.get(parent, 0) + len(own)
    scores: dict = {}
    for node, n in parents.items():
        for _ in range(_ANCESTOR_CAP):
            scores[node] = scores.get(node, 0) + n
            node = node.getparent()
            if node is None:
                break
    container = None
    if total:
        best = [el for el, s in scores.items() if s >= 0.8 * total]
        if best:
            container = max(best, key=_depth)
    if container is None:
        articles = tree.xpath("//article")
        container = articles[0] if len(articles) == 1 else _densest_container(tree)
    if container is None:
        return None
    article = next((a for a in container.iterancestors("article")), None)
    return article if article is not None else container


def _links(container, base: str | None) -> tuple[Link, ...]:
    """Outbound links of the article container, with anchor text; share, social, mailto,
    javascript and in-page links and links inside nested furniture are left out."""
    if container is None:
        return ()
    seen: dict[str, Link] = {}
    for a in container.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.lower().startswith(_SKIP_SCHEMES):
            continue
        if base:
            try:
                href = urljoin(base, href)
            except ValueError:
                continue
        if href.lower().startswith(_SKIP_SCHEMES) or _SHARE_URL.search(href):
            continue
        if base and href.split("#")[0] == base.split("#")[0]:
            continue
        anchor = _text_of(a) or (a.get("title") or "").strip()
        if not anchor:
            img = a.find(".//img")
            anchor = (img.get("alt") or "").strip() if img is not None else ""
        if not anchor or (is_furniture(anchor) and not _deep_link(href, base)):
            continue
        if _in_furniture(a, container):
            continue
        if href not in seen:
            seen[href] = Link(url=href, text=anchor)
    return tuple(seen.values())


def _deep_link(href: str, base: str | None) -> bool:
    """A link to a piece of content on another site (a post, a document), not to a profile
    page or a section of this site: "said on <a>Twitter</a>" pointing at a post is a source."""
    parts = urlsplit(href)
    if base and _host(href) == _host(base):
        return False
    return len([seg for seg in parts.path.split("/") if seg]) >= 2


def _clean_title(title: str, site: str | None, h1s: list[str] | str | None
                 ) -> tuple[str, str | None]:
    """(headline, site name) from a page title: a " | Site" suffix (or "Site - " prefix) is
    cut; an <h1> of the page wins when the title contains it and it is not the site's name."""
    title = " ".join((title or "").split())
    parts = _TITLE_SEPARATORS.split(title)
    site_n = _norm(site or "")
    kept = [p for p in parts if _norm(p) not in (site_n, site_n.replace(" ", ""))]
    dropped = next((p for p in parts if p not in kept), None)
    h1 = next((h for h in ([h1s] if isinstance(h1s, str) else h1s or [])
               if len(h) >= 10 and _norm(h) in _norm(title) and _norm(h) != site_n
               and not (len(parts) > 1 and _norm(h) == _norm(parts[-1])
                        and len(parts[0]) >= len(h))), None)
    if h1:
        rest = [p for p in parts if _norm(p) not in _norm(h1)]
        return h1, dropped or (rest[-1] if len(rest) == 1 and len(rest[0].split()) <= 5 else None)
    if len(parts) < 2:
        return title, None
    if len(kept) < len(parts):
        return (" - ".join(kept) if kept else title), dropped
    if re.search(r"\s\|\s", title):
        named = [_looks_like_a_name(p) for p in parts]
        if len(parts) == 2 and named.count(True) == 1:  # "BBC News | Dam fails": the other
            return parts[named.index(False)], parts[named.index(True)]
        head = parts[0]
        if len(head.split()) <= 3 and len(parts[-1].split()) > len(head.split()):
            head = max(parts, key=len)
        others = [p for p in parts if p is not head]
        return head, (others[-1] if others and len(others[-1].split()) <= 5 else None)
    last = parts[-1]
    if len(last.split()) <= 3 and len(parts[0].split()) >= 3 and _looks_like_a_name(last):
        return title[: title.rfind(last)].rstrip(" -–—|•·»").strip(), last
    return title, None


def _looks_like_a_name(text: str) -> bool:
    """"BBC News", "The Guardian", "nytimes.com": capitalised words or a domain, as a site's
    name is; "what we know" after a dash is part of a headline."""
    words = text.split()
    if not words:
        return False
    if _DOMAIN.fullmatch(text.strip()):
        return True
    return words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in ("of", "the", "and", "&", "for")
        for w in words)


def _jsonld_headline(tree) -> str | None:
    """The "headline" of the page's JSON-LD (schema.org NewsArticle and kin), if any."""
    import json

    for script in _JSONLD(tree):
        raw = script.text or ""
        if len(raw) > 1_000_000:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack, seen = [data], 0
        while stack and seen < 1000:
            item = stack.pop(0)
            seen += 1
            if isinstance(item, dict):
                headline = item.get("headline")
                if isinstance(headline, str) and headline.strip():
                    return " ".join(headline.split())
                stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
            elif isinstance(item, list):
                stack.extend(v for v in item if isinstance(v, (dict, list)))
    return None


def _h1s(tree) -> list[str]:
    out = []
    for h in tree.iter("h1"):
        text = _text_of(h)
        if text:
            out.append(text)
        if len(out) == 5:
            break
    return out


def _lang(tree) -> str | None:
    lang = tree.get("lang") or tree.get("xml:lang")
    if not lang:
        return None
    return lang.split("-")[0].split("_")[0].lower()[:3] or None


def _words(lines: list[str]) -> int:
    return sum(line.count(" ") + 1 for line in lines)  # lines are already white-space normalised


def from_html(html: str | bytes, *, url: str | None = None, input: str | None = None,
              charset: str | None = None) -> Article:
    """An HTML page -> Article: trafilatura's main text and metadata, cleaned of furniture,
    with a fallback to the densest block of paragraphs when the extractor keeps far less.
    Raises NoArticle when the page holds no article text."""
    import trafilatura
    from trafilatura.metadata import extract_metadata

    if isinstance(html, bytes):
        html = _text_or_raise(html, charset, input)
    if not html.strip():
        raise EmptyInput("is empty: there is nothing to read", input=input)
    if len(html) > _FLOOD_CHECK:
        html = _LONG_TAG.sub(_tame_tag, html)
    try:
        tree = trafilatura.load_html(html)
    except (ValueError, TypeError):
        tree = None
    if tree is None:
        raise NoArticle("is not readable HTML (the parser found no document)", input=input)
    # One call for text and metadata (htmldate runs inside it once); it works on its own copy
    # of the tree. Only when it gives up is the metadata asked for on its own.
    try:
        doc = trafilatura.bare_extraction(tree, url=url, with_metadata=True,
                                          include_comments=False, include_tables=True,
                                          date_extraction_params=_date_params())
    except Exception:  # noqa: BLE001 - an extractor bug must not cost the article
        doc = None
    meta = doc
    if doc is None:
        try:
            meta = extract_metadata(tree, url, _date_params())
        except Exception:  # noqa: BLE001
            meta = None
    author = getattr(meta, "author", None) or None
    page_url = url or getattr(meta, "url", None) or None
    site = getattr(meta, "sitename", None) or None
    h1 = _h1s(tree)
    raw_title = getattr(meta, "title", None) or ""
    if not h1 and not _OG_TITLE(tree):
        headline = _jsonld_headline(tree)  # a page built by script: the structured headline
        if headline and len(headline) > len(raw_title):
            raw_title = headline
    title, suffix = _clean_title(raw_title, site, h1)
    if not site and not suffix:
        tag = tree.find(".//title")
        suffix = _clean_title(_text_of(tag), None, h1)[1] if tag is not None else None
    site = site or suffix or _host(page_url)
    names = tuple(n.strip() for n in (author or "").split(";") if n.strip())

    lines = clean_lines(doc.text or "", title=title, names=names) if doc is not None else []
    container = _article_container(tree, "\n".join(lines)) if lines else None
    lines = _trim_tail(lines, container)
    extraction = "trafilatura"
    chars = sum(len(line) for line in lines)
    # The densest block is looked at only when the extraction is short of the page's paragraphs.
    dense = _densest_container(tree) if chars < _FALLBACK_RATIO * _p_chars(tree) else None
    dense_lines = clean_lines("\n".join(_container_paragraphs(dense)), title=title,
                              names=names) if dense is not None else []
    dense_chars = sum(len(line) for line in dense_lines)
    # A block inside furniture (comments, a sidebar) replaces the extraction only when the
    # extractor found nothing at all.
    usable = _words(lines) >= _MIN_WORDS
    if (not usable or chars < _FALLBACK_RATIO * dense_chars) \
            and _words(dense_lines) >= _words(lines) \
            and not (usable and _in_furniture(dense, None)):
        if dense_lines:
            lines, extraction, container = dense_lines, "fallback", dense
    if _words(lines) < _MIN_WORDS:
        lines = _baseline_lines(tree, title, names)
        extraction, container = "fallback", None
    if _words(lines) < _MIN_WORDS:
        raise NoArticle("holds no article text (an index page, a log-in wall, or a page built "
                        "by JavaScript?)", input=input)
    text = "\n\n".join(lines)
    if container is None:
        container = _article_container(tree, text)
    base = _base_url(tree, page_url)
    return Article(
        title=title,
        text=text,
        url=page_url,
        site=site,
        published=_published(getattr(meta, "date", None), html),
        author=author,
        links=_links(container, base),
        input=input,
        language=_lang(tree),
        extraction=extraction,
    )


def _baseline_lines(tree, title: str, names: tuple[str, ...]) -> list[str]:
    """Last resort: trafilatura's baseline (JSON-LD article body, <article>, or every
    paragraph-like block) on a copy of the tree, cleaned of furniture."""
    from copy import deepcopy

    from trafilatura import baseline

    try:
        _, text, _ = baseline(deepcopy(tree))
    except Exception:  # noqa: BLE001 - an extractor bug must not cost the article
        return []
    return clean_lines(text or "", title=title, names=names)


def _trim_tail(lines: list[str], container) -> list[str]:
    """Drop short lines at the end of the text that come from outside the article container
    and do not end a sentence: the titles of a list of other posts, a footer the extractor let
    through. (A closing paragraph in a sibling block ends with a full stop and stays.)"""
    if container is None or not lines or len(lines[-1]) >= _TAIL_LINE:
        return lines
    inside = None
    end = len(lines)
    while end > 1:
        line = lines[end - 1]
        if len(line) >= _TAIL_LINE or _ENDS_SENTENCE.search(line):
            break
        if inside is None:
            inside = _STRING(container)
        if re.search(r"\s+".join(map(re.escape, line.split())), inside):
            break
        end -= 1
    return lines[:end]


def _date_params() -> dict:
    """htmldate without its extensive search: the date comes from the page's markup (meta tags,
    JSON-LD, <time>, the URL), not from the first date-like string in the text, which is as
    often a linked document's date, an event in the story or a copyright year."""
    return dict(_date_params_of(time.strftime("%Y-%m-%d")))


@functools.lru_cache(maxsize=2)
def _date_params_of(day: str) -> tuple:
    from trafilatura.settings import set_date_params

    return tuple(set_date_params(False).items())


def _published(date: str | None, html: str) -> str | None:
    """The publication date, unless it is only the year of a copyright notice (htmldate's
    extensive search turns "© 2024" into 2024-01-01 when a page has no date of its own)."""
    if not date or not date.endswith("-01-01"):
        return date or None
    year = date[:4]
    if re.search(rf"(?:©|&copy;|&#169;|copyright)\s*(?:\d{{4}}\s*[-–]\s*)?{year}", html, re.I) \
            and not re.search(rf"{year}-01-01|1 jan\w*\.? {year}|jan\w*\.? 1(?:st)?,? {year}",
                              html, re.I):
        return None
    return date


def _tame_tag(m: re.Match) -> str:
    if m.group(2).count("=") + m.group(2).count(" ") // 2 > 2 * _MAX_ATTRIBUTES:
        return f"<{m.group(1)}>"
    return m.group(0)


def _base_url(tree, page_url: str | None) -> str | None:
    for b in tree.iter("base"):
        href = (b.get("href") or "").strip()
        if href.startswith(("http://", "https://")):
            return urljoin(page_url, href) if page_url else href
    return page_url


# ---------------------------------------------------------------------------------------------
# Fetching, safely
# ---------------------------------------------------------------------------------------------

_PATH_SAFE = "/%:@!$&'()*+,;=~-._[]?"
_NET_ERRORS = (http.client.HTTPException, OSError, ValueError, UnicodeError)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([^\s;\"']+)", re.I)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


def _blocked_reason(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None:
        ip = mapped
    for flag, what in (("is_loopback", "a loopback"), ("is_link_local", "a link-local"),
                       ("is_multicast", "a multicast"), ("is_unspecified", "an unspecified"),
                       ("is_reserved", "a reserved"), ("is_private", "a private")):
        if getattr(ip, flag):
            return what
    if not ip.is_global:
        return "a non-public"
    return None


def _resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (an IP literal resolves to itself)."""
    try:
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as err:
        raise FetchError(f"the host {host} could not be found ({err})") from None
    addrs: list[str] = []
    for info in infos:
        addr = info[4][0].split("%")[0]
        if addr not in addrs:
            addrs.append(addr)
    if not addrs:
        raise FetchError(f"the host {host} could not be found")
    return addrs


def check_url(url: str, *, allow_private: bool = False) -> tuple[str, str, int, list[str]]:
    """Refuse a URL retold must not fetch; return (scheme, host, port, addresses).

    Only http and https; every address the host resolves to must be public unless
    ``allow_private`` (a host with one public and one private address is refused)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise FetchError(f"not a valid URL: {url}") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs are fetched, not {scheme or 'this'}: "
                         f"{url}")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise FetchError(f"the URL names no host: {url}")
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            raise FetchError(f"not a valid host name: {host}") from None
    port = port or (443 if scheme == "https" else 80)
    addrs = _resolve(host, port)
    if not allow_private:
        for addr in addrs:
            try:
                reason = _blocked_reason(ipaddress.ip_address(addr))
            except ValueError:
                reason = "an unparseable"
            if reason:
                what = f"{addr} is" if addr == host else f"{host} resolves to {addr},"
                raise BlockedAddress(
                    f"refused: {what} {reason} address (retold does not fetch from your own "
                    f"network; pass --allow-private to override)")
    return scheme, host, port, addrs


def _open(scheme: str, host: str, addr: str, port: int, target: str, headers: dict,
          timeout: float):
    """One GET to a checked address (no redirect following), streaming: the connection goes
    to ``addr`` itself, so the host cannot resolve to another address between check and use."""
    import urllib3

    kw = dict(timeout=urllib3.Timeout(connect=timeout, read=timeout), retries=False, maxsize=1)
    if scheme == "https":
        pool = urllib3.HTTPSConnectionPool(addr, port, server_hostname=host, assert_hostname=host,
                                           cert_reqs="CERT_REQUIRED", **kw)
    else:
        pool = urllib3.HTTPConnectionPool(addr, port, **kw)
    return pool.urlopen("GET", target, headers=headers, redirect=False, retries=False,
                        preload_content=False, assert_same_host=False)


def _fetch(url: str, *, allow_private: bool = False, timeout: float = TIMEOUT,
           max_bytes: int = MAX_BYTES) -> tuple[bytes, str, str]:
    """(body, final URL, content type). See :func:`fetch`."""
    try:
        return _fetch_hops(url, allow_private, timeout, max_bytes)
    except RetoldError as err:
        if err.input is None:
            err.input = url
        raise


def _fetch_hops(url: str, allow_private: bool, timeout: float,
                max_bytes: int) -> tuple[bytes, str, str]:
    import urllib3

    errors = _NET_ERRORS + (urllib3.exceptions.HTTPError,)
    original = url
    deadline = time.monotonic() + 2 * timeout
    for _ in range(MAX_REDIRECTS + 1):
        scheme, host, port, addrs = check_url(url, allow_private=allow_private)
        parts = urlsplit(url)
        target = quote(parts.path or "/", safe=_PATH_SAFE)
        if parts.query:
            target += "?" + quote(parts.query, safe=_PATH_SAFE)
        host_header = f"[{host}]" if ":" in host else host
        if parts.port:
            host_header += f":{parts.port}"
        headers = {"Host": host_header, "User-Agent": USER_AGENT,
                   "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
                   "Accept-Encoding": "gzip, deflate"}
        resp, last = None, None
        for addr in addrs:
            if time.monotonic() > deadline:
                break
            try:
                resp = _open(scheme, host, addr, port, target, headers, timeout)
                break
            except errors as err:
                last = err
        if resp is None:
            why = _why(last, timeout)
            verb = "could not be fetched safely" if "certificate" in why else "did not answer"
            raise FetchError(f"{_where(url, original)}{verb} ({why})")
        try:
            status = resp.status
            if status in _REDIRECTS:
                location = resp.headers.get("Location")  # the body is not read: it may be endless
                if not location:
                    raise FetchError(f"{_where(url, original)}redirects (HTTP {status}) "
                                     "without saying where")
                url = urljoin(url, location)
                continue
            if status >= 400:
                raise FetchError(f"{_where(url, original)}the server answered HTTP {status} "
                                 f"{getattr(resp, 'reason', '') or ''}".rstrip())
            length = resp.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise TooLarge(_too_large(int(length), max_bytes))
            chunks, size = [], 0
            for chunk in _chunks(resp):
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    raise TooLarge(_too_large(None, max_bytes))
                if time.monotonic() > deadline:
                    raise FetchError(f"{_where(url, original)}was still sending after "
                                     f"{2 * timeout:g} s")
            return b"".join(chunks), url, resp.headers.get("Content-Type", "")
        except errors as err:
            raise FetchError(f"{_where(url, original)}failed ({_why(err, timeout)})") from None
        finally:
            resp.release_conn()
            resp.close()
    raise FetchError(f"too many redirects (more than {MAX_REDIRECTS})")


def _chunks(resp, size: int = 65_536):
    """The body as it arrives: one socket read per chunk (``read1``), so a server that sends a
    byte at a time cannot hold a read open for long; the caller checks the deadline."""
    read1 = getattr(resp, "read1", None)
    if read1 is None:
        yield from resp.stream(size)
        return
    while True:
        chunk = read1(size)
        if not chunk:
            return
        yield chunk


def _where(url: str, original: str) -> str:
    return "" if url == original else f"the redirect to {url} "


def _why(err: Exception | None, timeout: float) -> str:
    import urllib3

    if err is None:
        return "no address"
    reason = getattr(err, "reason", None) or err
    text = str(reason).splitlines()[0] if str(reason) else type(err).__name__
    if "refused" in text.lower():  # (urllib3's NewConnectionError is also a TimeoutError)
        return "connection refused"
    if isinstance(err, urllib3.exceptions.TimeoutError) or "timed out" in text.lower():
        return f"no answer within {timeout:g} s"
    if "certificate" in text.lower() or isinstance(err, urllib3.exceptions.SSLError):
        return "its TLS certificate could not be verified"
    return text.split(": ", 1)[-1][:160]


def fetch(url: str, *, allow_private: bool = False, timeout: float = TIMEOUT,
          max_bytes: int = MAX_BYTES) -> tuple[bytes, str]:
    """GET an http(s) URL: (body, final URL). Follows at most 5 redirects, re-checking each
    target; refuses loopback/private/link-local/reserved/multicast addresses unless
    ``allow_private``; reads at most ``max_bytes + 1`` bytes; gives up after ``timeout``
    seconds without an answer. Raises FetchError, BlockedAddress or TooLarge."""
    body, final, _ = _fetch(url, allow_private=allow_private, timeout=timeout,
                            max_bytes=max_bytes)
    return body, final


# ---------------------------------------------------------------------------------------------
# The stage
# ---------------------------------------------------------------------------------------------

_URL = re.compile(r"\A[a-zA-Z][a-zA-Z0-9+.\-]*://")
_OTHER_SCHEME = re.compile(r"\A(?:file|ftp|ftps|sftp|gopher|data|javascript|mailto|ws|wss):", re.I)


@dataclass(frozen=True)
class Ingestor:
    """Read inputs into Articles. Options are stored; each call reads one input."""

    allow_private: bool = False
    timeout: float = TIMEOUT
    max_bytes: int = MAX_BYTES

    def __call__(self, input: str) -> Article:
        try:
            return self._load(input)
        except RetoldError as err:
            if err.input is None:
                err.input = input
            raise
        except RecursionError:
            raise InputError("is nested too deeply to read", input=input) from None
        except MemoryError:
            raise TooLarge("too large to read in memory", input=input) from None

    def pipe(self, inputs: Iterable[str]) -> Iterator[Article | RetoldError]:
        """Read many inputs: each yields its Article, or the RetoldError that names why it
        could not be read (the batch goes on)."""
        for item in inputs:
            try:
                yield self(item)
            except RetoldError as err:
                yield err

    def _load(self, input: str) -> Article:
        if input == "-":
            return self._from_bytes(_read_stdin(self.max_bytes), input=input)
        if _URL.match(input) or _OTHER_SCHEME.match(input):
            if not input.lower().startswith(("http://", "https://")):
                scheme = input.split(":", 1)[0]
                raise FetchError(f"only http and https URLs are fetched, not {scheme}:")
            body, final, ctype = _fetch(input, allow_private=self.allow_private,
                                        timeout=self.timeout, max_bytes=self.max_bytes)
            mime = ctype.split(";")[0].strip().lower()
            if mime.split("/")[0] in ("image", "audio", "video", "font", "model"):
                raise BinaryInput(f"is not a web page: the server sent {mime}")
            m = _CHARSET.search(ctype)
            kind = "text" if mime == "text/plain" else None
            return self._from_bytes(body, input=input, url=final, charset=m and m.group(1),
                                    kind=kind)
        data = _read_path(input, self.max_bytes)
        suffix = os.path.splitext(input)[1].lower()
        kind = "html" if suffix in HTML_SUFFIXES else "text" if suffix in TEXT_SUFFIXES else None
        return self._from_bytes(data, input=input, kind=kind)

    def _from_bytes(self, data: bytes, *, input: str, url: str | None = None,
                    charset: str | None = None, kind: str | None = None) -> Article:
        text = _text_or_raise(data, charset, input)
        if kind == "html" and "<" not in text[:65_536]:
            kind = "text"  # named .html, but plain text inside
        if kind == "html" or (kind is None and looks_like_html(text)) or \
                (kind == "text" and _HTML_START.match(text[:4096])):
            return from_html(text, url=url, input=input)
        return from_text(text, input=input, url=url)


def load(input: str, *, allow_private: bool = False, timeout: float = TIMEOUT,
         max_bytes: int = MAX_BYTES) -> Article:
    """Read one article: a path to an HTML or text file, an http(s) URL, or "-" for stdin.
    Raises a ``retold.errors`` exception naming the reason when the input cannot be read."""
    return Ingestor(allow_private=allow_private, timeout=timeout, max_bytes=max_bytes)(input)

