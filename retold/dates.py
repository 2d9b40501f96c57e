"""Dates: find the dates a sentence mentions and resolve them against the publication date.

``find_dates("The dam broke on Monday.", "2024-03-14")`` gives
``DateRef(text="on Monday", value="2024-03-11", granularity="day")``. The value is
ISO 8601 at the precision written: a day "YYYY-MM-DD", a month "YYYY-MM", a year
"YYYY", a week "YYYY-Www", a season "YYYY-21" .. "YYYY-24" (spring, summer, autumn,
winter: EDTF's season codes; meteorological seasons of the northern hemisphere, winter
"YYYY-24" running from December of YYYY into February), a decade "YYYX" (EDTF: "196X" for
"the 1960s").

What is read, with one precompiled regex per family (no date parser runs over
the text; everything here is arithmetic on the matched parts):

- absolute dates: "12 October 2017", "October 12", "Oct. 12, 2017", "2017-10-12",
  "12/10/2017" is left out (day/month order is unknowable);
- months and years: "in October", "October 2017", "in 2017", "since 2017", "mid-2017";
- weekdays: "on Monday", "last Tuesday", "Monday night", "next Friday";
- relative words: "yesterday", "today", "tomorrow", "last night", "this week",
  "last month", "earlier this month", "next year", "three days ago" ("the next year and a
  half" is a stretch of time, not a calendar year);
- seasons: "last spring", "this summer", "in the autumn", "by next winter", "summer 2023";
- decades: "in the 1960s", "since the late 1990s".

Policy, for news prose: a weekday or a month without a year is the most recent
one on or before the publication date (a report tells what happened), unless
the sentence speaks of the future ("will", "is due to", "next", "from Monday"),
then it is the next one on or after it. "last Tuesday" is strictly before the
publication day. A year counts as a date after a preposition or a month
("in 2017", "October 2017", "since 2017", "by 2030"), never as part of a name
("the 2017 budget", "the 2024 Olympics") or as a plain number. Without a
publication date, relative dates are found with value None.

Policy on bad input: an unreadable ``published`` is treated as unknown; any
sentence is read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
import functools
import re

from retold.models import DateRef

__all__ = ["find_dates"]

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
             "sunday": 6}
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
          r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_DAYNUM = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d|2100)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"

# Each family: (regex, handler name). Case-sensitive for names (May vs may).
_ISO = re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])")
_DAY_MONTH = re.compile(  # 12 October 2017 / 12 Oct / 12th of October
    rf"(?<![\w-])(?:(?i:on|from|since|until|by)\s+)?(?:(?:the\s+)?{_DAYNUM}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?)(?![\w-])"
)
_MONTH_DAY = re.compile(  # October 12, 2017 / Oct. 12
    rf"(?<![\w-])(?:(?i:on|from|since|until|by)\s+)?{_MONTH}\s+{_DAYNUM}(?!\d)(?:,?\s+{_YEAR})?(?![\w-])"
)
_WHICH_BEFORE = re.compile(r"\b(next|last|this)\s+$", re.I)
_MONTH_YEAR = re.compile(rf"(?<![\w-])(?:(?i:(?:the\s+)?(?:end|start|beginning|middle)\s+of|in|since|until|by|from|during|of|early|late|mid-?)\s+)?(?:(?i:mid-|early\s+|late\s+))?{_MONTH}(?:,?\s+(?:of\s+)?{_YEAR})?(?![\w-])")
_YEAR_ONLY = re.compile(
    rf"(?<![\w$£€-])(?P<prep>(?i:(?:in\s+)?the\s+year|in|since|by|from|until|till|through|throughout|during|before|after|of|for|"
    rf"between|and|to|early|late|mid|end\s+of|start\s+of|spring|summer|autumn|fall|winter|around|circa)(?:\s+|-)"
    rf"(?:(?i:about|around|circa|roughly|approximately)\s+)?){_YEAR}"  # ("by about 2066", "in about 1890", "around 1890")
    rf"(?![\w%-]|,\d|\.\d)"
)
_YEAR_START = re.compile(rf"^{_YEAR}(?=\s+(?:was|is|has|had|saw|will|marked)\b)")
_WEEKDAY_RX = re.compile(
    rf"(?<![\w-])(?:(?P<rel>(?i:on|last|this|next|since|by|from|until|late|early|late\s+on|early\s+on))\s+)?{_WEEKDAY}{_PART}(?![\w-])"
)
_RELATIVE_DAY = re.compile(
    r"(?<![\w-])(?P<word>yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))"
    r"(?:\s+(?:morning|afternoon|evening|night))?(?![\w-])", re.I)
_RELATIVE_SPAN = re.compile(
    r"(?<![\w-])(?P<lead>(?:earlier|later)\s+)?(?P<which>this|last|next|the\s+past|the\s+previous|the\s+coming)\s+"
    r"(?P<unit>week|month|year|weekend)(?![\w-])(?!\s+(?:and\s+a\s+half|or\s+(?:so|two)|and\s+beyond)\b)", re.I)
_PART_OF = re.compile(
    r"(?<![\w-])(?P<lead>(?:by|at|until|before|from|since|in|towards?)\s+)?the\s+(?P<part>end|start|beginning|middle|turn)\s+"
    r"of\s+(?P<which>the|this|next|last)\s+(?P<unit>week|month|year)(?![\w-])", re.I)
_SEASONS = {"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}
# A season is a date after a determiner or a preposition ("last summer", "in the spring", "by
# winter") or with its year ("summer 2023", "the winter of 2022"); never before a name ("the Winter
# Olympics"). "fall" counts only after "this/last/next/the" or before a year (else it is the verb).
_SEASON = re.compile(
    r"(?<![\w-])(?P<lead>(?:(?i:in|during|over|by|before|after|until|till|since|through|throughout|from|"
    r"early|late|mid-?)\s+)?(?:(?i:the)\s+)?(?:(?P<which>(?i:this|last|next|coming|past))\s+)?(?:(?i:early|late|mid-)\s*)?)"
    r"(?P<season>spring|summer|autumn|winter|fall|Spring|Summer|Autumn|Winter|Fall)"
    r"(?:(?:\s+of)?\s+(?P<year>1[89]\d\d|20\d\d|2100))?(?![\w-])(?![’']s\s+[A-Z]|\s+[A-Z])")
# A decade after "the" ("in the 1960s", "since the late 1990s"), valued as EDTF's "196X"; not a decade
# said of a thing ("1960s Britain") or an age ("in their 60s").
_DECADE = re.compile(r"(?<![\w-])(?:(?i:in|during|since|from|by|through|throughout|until|till|of|before|after)\s+)?"
                     r"(?i:the)\s+(?:(?i:early|mid|late)[\s-]+)?(?P<dec>1[5-9]\d|20\d)0s(?![\w-])")
_WHICH_YEAR = re.compile(r"\s+(last|this|next)\s+year\b", re.I)
_MONTH_START = re.compile(r"^(?P<month>May|March)(?=\s+(?:was|is|has|had|saw|brought|marked|will|also)\b)")
_AGO = re.compile(
    r"(?<![\w-])(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<unit>day|week|month|year)s?\s+ago(?![\w-])", re.I)
_FUTURE = re.compile(r"\b(?:will|won[’']t|shall|would|[’']ll|is\s+due|are\s+due|is\s+set\s+to|are\s+set\s+to|"
                     r"is\s+scheduled|are\s+scheduled|(?:is|are|was|were)\s+set\s+for|scheduled\s+for|is\s+expected|are\s+expected|plans?\s+to|planned\s+for|"
                     r"is\s+to|are\s+to|(?:un)?likely\s+to|poised\s+to|about\s+to|next|upcoming|coming|no\s+earlier\s+than|takes\s+effect|comes\s+into\s+force|"
                     r"resumes?|starts|begins|opens|kicks\s+off|expires|goes\s+on\s+sale|deadline|"
                     # a modal before a plain verb looks ahead ("may rise on Saturday", "might leave in the
                     # summer"); one before "have" looks back ("may have left on Friday")
                     r"(?:may|might|could|should|must)\s+(?!have\b|had\b|been\b|not\b|the\b|this\b|last\b|and\b|\d)[a-z]+)\b",
                     re.I)
# The same words, case-sensitive, for a lower-cased ASCII sentence: a case-sensitive alternation
# skips a word whose first letter starts none of its branches, which re.I cannot.
_FUTURE_LOW = re.compile(_FUTURE.pattern)
_CLAUSE_START = re.compile(r"[,;:—–(]\s*|\b(?:said|says|told|announced|added)\s+")
# Cheap first looks, each implied by the families it guards (a substring test is much cheaper
# than a regex over the sentence): no digit, month, weekday or time word means no date.
_DIGIT = re.compile(r"\d")
_YEARISH = re.compile(_YEAR)
_MONTH_STEM = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")  # each month name starts so
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_TIME_WORDS = ("day", "night", "week", "month", "year", "morning", "afternoon", "evening", "ago")
_SEASON_WORDS = ("spring", "summer", "autumn", "winter", "fall")
_DAY_WORDS = ("yesterday", "today", "tomorrow", "tonight", "night", "morning", "afternoon", "evening")
_COUNT_BEFORE = re.compile(r"\s+[a-z]+s\b")
_YEAR_GOES_ON = re.compile(r"\s+(?:was|has|is|saw|as|so|he|she|it|its|this|after|before|when|and|but|or|to|the|a|as|"
                           r"amid|because|while|until|for|from|in|on|at|by|with|alone|onwards|levels|figures|rates|"
                           r"prices)\b")
_SPAN_WORDS = re.compile(r"(?P<which>this|last|next)\s+(?P<unit>\w+)")
# A year that names something: "the 2017 budget", "a 2024 report".
_NAME_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|that|whose)\s+$", re.I)


def _fold(text: str) -> str:
    """``text`` lower-cased so that a word the regexes match case-insensitively is a substring
    (re.I also matches the dotted and dotless i and the long s to i and s)."""
    if text.isascii():
        return text.lower()
    return text.replace("İ", "i").replace("ı", "i").replace("ſ", "s").lower()


@functools.lru_cache(maxsize=64)
def _parse_published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _month_no(name: str) -> int:
    return _MONTHS[name.rstrip(".").lower()]


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, day: int | None, pub: dt.date | None, future: bool) -> int | None:
    """The year of a month (and day) written without one: the latest on or before ``pub``, or the next
    on or after it for the future."""
    if pub is None:
        return None
    key, pkey = (month, day or 1), (pub.month, pub.day if day else 1)
    if future:
        return pub.year if key >= pkey else pub.year + 1
    return pub.year if key <= pkey else pub.year - 1


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(d: dt.date, n: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1


def _absolute(m: re.Match, pub: dt.date | None, future: bool) -> tuple[str | None, str]:
    gd = m.groupdict()
    month = _month_no(gd["month"])
    day = int(gd["day"]) if gd.get("day") else None
    year = int(gd["year"]) if gd.get("year") else _year_for(month, day, pub, future)
    if day is not None:
        if year is None:
            return None, "day"
        d = _safe_date(year, month, day)
        return (d.isoformat() if d else None), "day"
    if year is None:
        return None, "month"
    return f"{year:04d}-{month:02d}", "month"


def _weekday(m: re.Match, pub: dt.date | None, future: bool) -> str | None:
    if pub is None:
        return None
    target = _WEEKDAYS[m.group("weekday").lower()]
    rel = (m.group("rel") or "").lower()
    back = (pub.weekday() - target) % 7
    if rel == "last":
        return (pub - dt.timedelta(days=back or 7)).isoformat()
    if rel == "next":
        ahead = (target - pub.weekday()) % 7 or 7
        return (pub + dt.timedelta(days=ahead)).isoformat()
    if future:
        ahead = (target - pub.weekday()) % 7
        return (pub + dt.timedelta(days=ahead)).isoformat()
    return (pub - dt.timedelta(days=back)).isoformat()


def _relative_day(word: str, pub: dt.date | None) -> str | None:
    if pub is None:
        return None
    word = " ".join(word.lower().split())
    offset = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)
    return (pub + dt.timedelta(days=offset)).isoformat()


def _relative_span(m: re.Match, pub: dt.date | None) -> tuple[str | None, str]:
    unit = m.group("unit").lower()
    which = " ".join(m.group("which").lower().split())
    step = {"this": 0, "last": -1, "next": 1, "the past": -1, "the previous": -1, "the coming": 1}[which]
    if unit == "weekend":
        unit = "week"
    if pub is None:
        return None, unit
    if which == "the past" or which == "the previous" and unit != "week":
        # "the past week" is a stretch up to now, not a calendar unit: leave it open.
        pass
    if unit == "week":
        return _iso_week(pub + dt.timedelta(weeks=step)), "week"
    if unit == "month":
        y, mo = _add_months(pub, step)
        return f"{y:04d}-{mo:02d}", "month"
    return f"{pub.year + step:04d}", "year"


def _season(m: re.Match, pub: dt.date | None, future: bool) -> str | None:
    """EDTF season code of a season word: the named year's, or the one ``which`` ("last", "this",
    "next") picks, else the latest begun by ``pub`` (the next one for the future)."""
    season = _SEASONS[m.group("season").lower()]
    code = 20 + season
    if m.group("year"):
        return f"{int(m.group('year')):04d}-{code}"
    if pub is None:
        return None
    # the season (year, number) publication falls in: December is the start of that year's winter
    cur_season = {12: 4, 1: 4, 2: 4}.get(pub.month) or (pub.month - 3) // 3 + 1
    cur = (pub.year - (pub.month <= 2), cur_season)
    # the latest season of this kind begun by now, and the next one of this kind
    last_year = cur[0] if season <= cur[1] else cur[0] - 1
    which = (m.group("which") or "").lower()
    if which in ("last", "past"):
        year = last_year if (last_year, season) != cur else last_year - 1
    elif which in ("next", "coming"):
        year = last_year + 1
    elif which == "this":  # the one of the publication's calendar year (the winter it is in, in Jan-Feb)
        year = cur[0] if season == 4 and cur[1] == 4 else pub.year
    else:
        year = last_year if not future or (last_year, season) == cur else last_year + 1
    return f"{year:04d}-{code}"


def _ago(m: re.Match, pub: dt.date | None) -> tuple[str | None, str]:
    n_raw = m.group("n").lower()
    n = int(n_raw) if n_raw.isdigit() else _NUMBER_WORDS[n_raw]
    unit = m.group("unit").lower()
    if pub is None:
        return None, unit
    if unit == "day":
        return (pub - dt.timedelta(days=n)).isoformat(), "day"
    if unit == "week":
        return (pub - dt.timedelta(weeks=n)).isoformat(), "day"
    if unit == "month":
        y, mo = _add_months(pub, -n)
        return f"{y:04d}-{mo:02d}", "month"
    return f"{pub.year - n:04d}", "year"


def find_dates(sentence: str, published: str | None = None) -> list[DateRef]:
    """The dates in ``sentence``, in order, resolved against ``published`` (an ISO date)."""
    digit = _DIGIT.search(sentence) is not None
    month = _MONTH_STEM.search(sentence) is not None
    low = _fold(sentence)
    if not (digit or month or any(w in low for w in _TIME_WORDS) or any(w in low for w in _SEASON_WORDS)):
        return []
    pub = _parse_published(published)
    ascii_low = low if sentence.isascii() else None
    future_words: list[bool] = []  # whether the sentence has a future word, looked at once, when needed

    def future_at(pos: int) -> bool:
        if not future_words:
            rx, text = (_FUTURE, sentence) if ascii_low is None else (_FUTURE_LOW, ascii_low)
            future_words.append(rx.search(text) is not None)
        return future_words[0] and _future_at(sentence, pos, ascii_low)

    found: list[DateRef] = []
    taken: list[tuple[int, int]] = []

    def add(a: int, b: int, value: str | None, gran: str) -> None:
        if any(a < y and x < b for x, y in taken):
            return
        taken.append((a, b))
        found.append(DateRef(text=sentence[a:b], value=value, start=a, end=b, granularity=gran))

    if digit and "-" in sentence:
        for m in _ISO.finditer(sentence):
            d = _safe_date(int(m.group("year")), int(m.group("m")), int(m.group("d")))
            if d:
                add(m.start(), m.end(), d.isoformat(), "day")
    if month and digit:
        for rx in (_DAY_MONTH, _MONTH_DAY):
            for m in rx.finditer(sentence):
                if not 1 <= int(m.group("day")) <= 31:
                    continue
                value, gran = _absolute(m, pub, future_at(m.start()))
                add(m.start(), m.end(), value, gran)
    if month:
        for m in _MONTH_YEAR.finditer(sentence):
            if not _is_month_name(sentence, m):
                continue
            which = _WHICH_YEAR.match(sentence, m.end()) if m.group("year") is None else None
            if which and pub is not None:  # "in January last year": the month of that year
                year = pub.year + {"last": -1, "this": 0, "next": 1}[which.group(1).lower()]
                add(m.start(), which.end(), f"{year}-{_MONTHS[m.group('month').lower().rstrip('.')]:02d}", "month")
                continue
            before = _WHICH_BEFORE.search(sentence, 0, m.start()) if m.group("year") is None else None
            if before and pub is not None and m.group().split()[0].lower() not in ("in", "since", "until", "by", "from"):
                # "next May" is the first May after the article, "last March" the last one before it
                month_no = _MONTHS[m.group("month").lower().rstrip(".")]
                which = before.group(1).lower()
                if which == "next":
                    year = pub.year + 1 if month_no <= pub.month else pub.year
                elif which == "last":
                    year = pub.year - 1 if month_no >= pub.month else pub.year
                else:
                    year = pub.year
                add(before.start(), m.end(), f"{year}-{month_no:02d}", "month")
                continue
            value, gran = _absolute(m, pub, future_at(m.start()))
            add(m.start(), m.end(), value, gran)
    if "day" in sentence and any(w in sentence for w in _WEEKDAY_NAMES):
        for m in _WEEKDAY_RX.finditer(sentence):
            add(m.start(), m.end(), _weekday(m, pub, future_at(m.start())), "day")
    if any(w in low for w in _DAY_WORDS):
        for m in _RELATIVE_DAY.finditer(sentence):
            add(m.start(), m.end(), _relative_day(m.group("word"), pub), "day")
    if "week" in low or "month" in low or "year" in low:
        for m in _RELATIVE_SPAN.finditer(sentence):
            value, gran = _relative_span(m, pub)
            add(m.start(), m.end(), value, gran)
        if "of" in low:
            for m in _PART_OF.finditer(sentence):
                which = m.group("which").lower()
                fake = _SPAN_WORDS.match(f"{'this' if which == 'the' else which} {m.group('unit').lower()}")
                value, gran = _relative_span(fake, pub)
                add(m.start(), m.end(), value, gran)
    if sentence.startswith(("May", "March")):
        for m in _MONTH_START.finditer(sentence):
            value, gran = _absolute(m, pub, False)
            add(m.start(), m.end(), value, gran)
    if any(w in low for w in _SEASON_WORDS):
        for m in _SEASON.finditer(sentence):
            word = m.group("season").lower()
            lead = m.group("lead").lower().split()
            if word == "fall" and not (m.group("year") or m.group("which") or "the" in lead):
                continue  # "prices fall in May": the verb
            if word == "fall" and not (m.group("year") or m.group("which")) \
                    and re.match(r"\s+(?:of|in)\b", sentence[m.end():]):
                continue  # "the fall of the water table", "the fall in prices": the noun
            if not (lead or m.group("year")):
                continue  # a bare season word is a noun, not a date ("summer is busy")
            start = m.start() if m.group("which") or (lead and lead[0] not in ("the",)) else m.start("season")
            add(start, m.end(), _season(m, pub, future_at(m.start())), "season")
    if digit and "0s" in sentence:
        for m in _DECADE.finditer(sentence):
            add(m.start(), m.end(), m.group("dec") + "X", "decade")
    if "ago" in low:
        for m in _AGO.finditer(sentence):
            value, gran = _ago(m, pub)
            add(m.start(), m.end(), value, gran)
    if digit and _YEARISH.search(sentence):
        for m in _YEAR_ONLY.finditer(sentence):
            prep = m.group("prep").strip().lower()
            if prep in ("and", "to") and _NAME_BEFORE.search(sentence, 0, m.start("year")):
                continue
            if prep in ("in", "of", "for", "and", "to", "between", "from") and _COUNT_BEFORE.match(
                    sentence, m.end()) and not _YEAR_GOES_ON.match(sentence, m.end()):
                continue  # "in 2000 homes": a count, not a year
            start = m.start() if prep in ("in", "since", "by", "until", "from", "during", "early", "late", "mid",
                                          "mid-") else m.start("year")
            add(start, m.end(), m.group("year"), "year")
        for m in _YEAR_START.finditer(sentence):
            add(m.start(), m.end(), m.group("year"), "year")

    found.sort(key=lambda d: d.start)
    return _weekday_of_date(sentence, _weekday_runs(sentence, found))


def _weekday_of_date(sentence: str, found: list[DateRef]) -> list[DateRef]:
    """"on Tuesday 7 July", "Friday, 6 June": a weekday told with its date is that date, whatever the
    published date makes of the weekday alone."""
    out = list(found)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.granularity == b.granularity == "day" and _WEEKDAY_NAME.match(a.text) and b.value \
                and re.fullmatch(r",?\s*(?:the\s+)?", sentence[a.end:b.start]) and not _WEEKDAY_NAME.match(b.text):
            out[k] = replace(a, value=b.value)
    return out


_WEEKDAY_NAME = re.compile(r"^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$", re.I)
_RUN_GAP = re.compile(r"^\s*(?:and|or|to|through|until|-|–|,)\s*$", re.I)


def _weekday_runs(sentence: str, found: list[DateRef]) -> list[DateRef]:
    """"on Saturday and Sunday", "Monday to Wednesday": a weekday after another in one run falls after
    it, whatever the tense read each on its own."""
    out = list(found)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if a.granularity == b.granularity == "day" and _WEEKDAY_NAME.match(a.text) and _WEEKDAY_NAME.match(b.text) \
                and _RUN_GAP.match(sentence[a.end:b.start]) and a.value and b.value and b.value < a.value:
            first, then = dt.date.fromisoformat(a.value), dt.date.fromisoformat(b.value)
            later = first + dt.timedelta(days=(then.weekday() - first.weekday()) % 7 or 7)
            out[k] = replace(b, value=later.isoformat())
    return out


def _future_at(sentence: str, pos: int, low: str | None = None) -> bool:
    """True when the clause leading up to ``pos`` speaks of the future ("will meet on Monday", "takes
    effect on 1 August"); the saying date of "officials said on Monday it would ..." stays past.
    ``low``: the sentence lower-cased, when it is ASCII (then the faster case-sensitive regex reads it)."""
    start = max(0, pos - 90)
    for m in _CLAUSE_START.finditer(sentence, start, pos):
        start = m.end()
    if low is not None:
        return _FUTURE_LOW.search(low, start, pos) is not None
    return bool(_FUTURE.search(sentence, start, pos))


_MONTH_BEFORE = re.compile(r"\b(?:January|February|March|April|June|July|August|September|October|November|"
                           r"December)\s*$")


def _is_month_name(sentence: str, m: re.Match) -> bool:
    """False for "May" the modal or the name, "March" the verb or the noun, "Jan" a name."""
    word = m.group("month")
    if m.group("year"):
        return True
    lead = m.group().split()[0].lower() if " " in m.group() else ""
    before = sentence[:m.start()].split()
    joined = not lead and before and before[-1].lower() in ("and", "to", "or", "through", "until", "till")
    if joined:
        lead = before[-1].lower()  # "between October and May": the joining word is not in the match
    if re.match(r"(?:the\s+)?(?:end|start|beginning|middle)\s+of\s", m.group(), re.I):
        return True  # "by the end of March": a month
    if not lead and _WHICH_BEFORE.search(sentence, 0, m.start()):
        return True  # "next May", "last March": a month
    if word in ("May", "March") or word.rstrip(".") in ("Jan", "Mar", "Sep", "Nov", "Dec", "Jun", "Jul", "Aug",
                                                       "Apr", "Oct", "Feb", "Sept"):
        # Ambiguous words count as months only after a preposition ("in May", "since March"), or
        # closing a span of months ("between March and May", "from January to May last year").
        if re.match(r"\s+(?:last|this|next)\s+year\b|,?\s+(?:19|20)\d\d\b", sentence[m.end():]):
            return True
        head = sentence[:m.start()].rstrip()
        head = head[:len(head) - len(lead)] if joined else head
        if lead in ("and", "to", "or", "through", "until", "till") and _MONTH_BEFORE.search(head):
            return True
        return lead in ("in", "since", "until", "by", "from", "during", "of", "early", "late") or lead.startswith("mid")
    if not lead:
        # A bare month name mid-sentence with no preposition: still a month ("a report published last
        # October" is caught by the relative families; "October's figures" here).
        return True
    return True
