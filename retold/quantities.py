"""Quantities: every amount in a sentence, read as an interval.

``QuantityExtractor()(sentence)`` returns the ``Quantity`` objects of one
sentence, left to right, offsets relative to the sentence. An amount is a
number (digits, number words, fractions, vague words like "dozens"), the
words that bound or blur it ("about", "more than", "between ... and ..."),
a change verb in front of it ("rose 3%" -> change "up"), its unit
("percentage", "dollar", "mile per hour"; names from quantulum3's unit list,
read from the generated file retold/data/units.json) and, when it counts
things, the thing counted ("foreign fighters").

Identifiers are not amounts: a number glued to letters ("COVID-19", "F-150"),
an ordinal ("22nd"), a number after a capitalised name or a label word with no
unit after it ("Boeing 737", "Section 427", "page 5"; but "Panadol 500mg"),
phone numbers, addresses, dates and times ("October 12", "3 p.m.") and years
("in 2017"; kept with ``keep_years=True``).

Policy on bad input: any string is accepted; text with no amount gives [];
the stage never raises on content. A missing or damaged unit file (a broken
install) raises RetoldError saying how to rebuild it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from retold.errors import RetoldError
from retold.models import Quantity
from retold.numbers import (SCALE_SUFFIXES, SCALES, TENS_WORDS, UNITS_WORDS, VAGUE,
                            parse_digits, parse_fraction, parse_words)

__all__ = ["QuantityExtractor", "extract_quantities", "implied_amounts", "unit_names", "singular"]

# --- unit data ------------------------------------------------------------------------------
#
# retold/data/units.json is generated, not written: ``python -m retold.quantities --build-units``
# reads quantulum3's unit list (names, surface words, symbols, SI prefixes) and CLDR's unit and
# currency data through Babel (long and short unit names; currency names, plurals, ISO codes and
# the symbols each currency's own countries write). Both libraries are needed only to rebuild the
# file; at run time the stage reads the file alone. What no library lists stays in the code below:
# how news writes (which unit words are ordinary English far more often, sports abbreviations).

_UNIT_DATA = Path(__file__).resolve().parent / "data" / "units.json"

# Library names respelt as the unit list NewsQuant uses (quantulum3's names, shortened).
_NAME_ALIASES = {"degree Celsius": "celsius", "degree fahrenheit": "fahrenheit", "degree angle": "degree",
                 "united states dollar": "dollar", "us dollar": "dollar", "israeli new shekel": "shekel",
                 "british pound": "pound sterling"}
_PREFIX_WORDS = {"T": "tera", "G": "giga", "M": "mega", "k": "kilo", "h": "hecto", "c": "centi",
                 "m": "milli", "µ": "micro", "n": "nano", "p": "pico"}
_CURRENCY_YEAR = 2024  # currencies in use on 1 January of this year: the file does not depend on the day it is built

# News usage no library lists: sports statistics, trade abbreviations, spellings of common units.
_NEWS_SYMBOLS = {"ppg": "point per game", "rpg": "rebound per game", "apg": "assist per game",
                 "spg": "steal per game", "bpg": "block per game", "WAR": "win above replacement",
                 "TD": "touch down", "TDs": "touch down", "m.p.h.": "mile per hour", "m.p.h": "mile per hour",
                 "bhp": "brake horsepower", "PS": "horsepower", "kmh": "kilometre per hour", "lb-ft": "foot pound-force",
                 "bpd": "barrel per day", "ppt": "percentage point", "p": "penny", "st": "stone"}
_NEWS_SURFACES = {"percentage point": "percentage point", "percentage points": "percentage point",
                  "pound-feet": "foot pound-force", "buck": "dollar", "bucks": "dollar", "sen": "sen",
                  "renminbi": "chinese yuan", "tons": "ton"}
# Unit words and symbols of the lists that are ordinary English far more often than units after a number.
_NOT_UNIT_WORDS = frozenset(
    "time times instance instances count counts set sets pair pairs dot dots point points gross score scores "
    "mil ton ace aces stone stones line lines unit units real reals won rand rands pel pels hand hands "
    "league leagues "
    # symbols of prefixed units that news writes as abbreviations: "a 55 TV", "3 MA students"
    "TV MA GA TA AT At TR Rd Da".split())
# Marks the press writes that CLDR does not give (or gives to several currencies).
_NEWS_CURRENCY_MARKS = {"NIS": "shekel", "RMB": "chinese yuan", "Rs": "indian rupee", "Rs.": "indian rupee",
                        "RM": "malaysian ringgit", "R": "south african rand", "Rp": "indonesian rupiah", "AU$": "australian dollar",
                        "S$": "singapore dollar"}
# ASCII-folded text (unidecode) writes £ as "PS" and ¥ as "Y=".
_FOLDED_MARKS = {"PS": "£", "Y=": "¥"}


@dataclass(frozen=True)
class _Units:
    surfaces: dict[str, str]  # lower-case word form ("kilometers") -> unit name
    symbols: dict[str, str]   # case-sensitive symbol ("km", "mph") -> unit name
    currencies: dict[str, str]  # a currency mark written before an amount ("HK$", "USD", "RM") -> name
    currency_names: frozenset
    max_words: int


def _plurals(word: str) -> list[str]:
    first, _, rest = word.partition(" ")
    if rest and rest.split(" ")[0] in ("per", "of", "celsius", "fahrenheit", "centigrade"):
        return _plurals_last(word) + [p + " " + rest for p in _plurals_last(first)]
    return _plurals_last(word)


def _plurals_last(word: str) -> list[str]:
    last = word.split(" ")[-1]
    head = word[: len(word) - len(last)]
    irregular = {"foot": "feet", "inch": "inches", "century": "centuries", "penny": "pence",
                 "man-hour": "man-hours", "person": "people"}
    if last in irregular:
        return [head + irregular[last]]
    if re.search(r"(s|x|z|ch|sh)$", last):
        return [head + last + "es"]
    if re.search(r"[^aeiou]y$", last):
        return [head + last[:-1] + "ies"]
    return [head + last + "s"]


@lru_cache(maxsize=1)
def unit_names() -> _Units:
    """Surface forms, symbols and currency marks of the units retold reads, from the generated
    unit file plus news usage; loaded once on first use."""
    try:
        data = json.loads(_UNIT_DATA.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RetoldError(f"retold's unit list {_UNIT_DATA} is missing or damaged ({exc}); reinstall retold, "
                          "or rebuild the file with: python -m retold.quantities --build-units") from None
    surfaces = dict(data.get("surfaces", {}))
    symbols = dict(data.get("symbols", {}))
    currencies = dict(data.get("currencies", {}))
    for w in _NOT_UNIT_WORDS:
        surfaces.pop(w, None)
        symbols.pop(w, None)
    surfaces.update({"times": "count", "time": "count"})  # "three times": a multiple
    surfaces.update(_NEWS_SURFACES)
    symbols.update(_NEWS_SYMBOLS)
    for folded, mark in _FOLDED_MARKS.items():
        if mark in currencies:
            currencies[folded] = currencies[mark]
    names = frozenset(data.get("currency_names", [])) | frozenset(currencies.values()) | {"cent", "penny", "sen"}
    max_words = max((len(s.split()) for s in surfaces), default=1)
    return _Units(surfaces, symbols, currencies, names, min(max_words, 4))


def build_unit_data() -> dict:
    """The unit file's content, from quantulum3's unit list and CLDR (Babel). Build time only."""
    import datetime
    from collections import defaultdict

    import quantulum3
    from babel import Locale, localedata
    from babel.numbers import get_territory_currencies

    root = Path(quantulum3.__file__).parent
    raw = json.loads((root / "units.json").read_text(encoding="utf-8"))
    common = {w.lower() for words in json.loads(
        (root / "_lang" / "en_US" / "common-words.json").read_text(encoding="utf-8")).values() for w in words}
    surfaces: dict[str, str] = {}
    symbols: dict[str, str] = {}

    def add(name: str, forms: list[str], syms: list[str]) -> str:
        name = _NAME_ALIASES.get(name, name)
        for s in forms + [name]:
            for form in [s] + _plurals(s):
                surfaces.setdefault(form.lower(), name)
                if "-" in form:
                    surfaces.setdefault(form.lower().replace("-", " "), name)
        for sym in syms:
            symbols.setdefault(sym, name)
            if "µ" in sym:
                symbols.setdefault(sym.replace("µ", "μ"), name)  # Greek mu as well as the micro sign
        return name

    # 1. quantulum3: every unit, its SI-prefixed forms, and prefixed forms of products ("kilowatt hour"
    # takes the prefixes of "watt": "gigawatt hour", GWh)
    prefixes_of = {name: entry.get("prefixes", []) for name, entry in raw.items()}
    entities = {_NAME_ALIASES.get(name, name): entry.get("entity", "") for name, entry in raw.items()}
    currency_names = set()
    prefixed = []  # added after every plain unit, so that "mph" stays the mile per hour
    for name, entry in raw.items():
        if name == "unk":
            continue
        forms, syms = entry.get("surfaces", []), entry.get("symbols", [])
        canonical = add(name, forms, syms)
        if entry.get("entity") == "currency":
            currency_names.add(canonical)
        for p in entry.get("prefixes", []) if " per " not in name else ():
            if p in _PREFIX_WORDS:
                word = _PREFIX_WORDS[p]
                prefixed.append((word + name, [word + s for s in forms], [p + s for s in syms]))
        for p, word in _PREFIX_WORDS.items():
            head = name.split(" ")[0].split("-")[0]
            base = head[len(word):]
            if name.startswith(word) and head != name and prefixes_of.get(base) and syms and syms[0].startswith(p):
                for q in prefixes_of[base]:
                    if q in _PREFIX_WORDS and q != p:
                        prefixed.append((_PREFIX_WORDS[q] + name[len(word):],
                                         [_PREFIX_WORDS[q] + f[len(word):] for f in forms if f.startswith(word)],
                                         [q + s[len(p):] for s in syms if s.startswith(p)]))
    for row in prefixed:
        add(*row)

    # 2. CLDR units: long names (British and American spelling) and short symbols, named by the
    # quantulum3 unit they match when there is one
    en, gb = Locale("en"), Locale.parse("en_GB")
    rows = []  # (key, long forms, short symbols, the quantulum3 unit they match)
    for key in en._data["unit_patterns"]:
        longs, shorts = [], []
        for loc in (gb, en):
            pats = loc._data["unit_patterns"].get(key)
            if not pats:
                continue
            for width, out in (("long", longs), ("short", shorts)):
                if width in pats:
                    for count in ("one", "other"):
                        text = pats[width].get(count)
                        if text and "{0}" in text:
                            out.append(text.replace("{0}", "").strip())
        longs = [f for f in longs if "us " not in f.lower() + " "] or longs  # en_GB's "mile per US gallon"
        if not longs or "[" in longs[0] or "-of" in key or key.split("-")[0] in ("concentr", "graphics", "light"):
            continue  # Japanese units; counts, pixels and light ("part", "item", "dot"): no measures in news
        category = key.split("-")[0]
        match = next((surfaces[f.lower()] for f in longs if f.lower() in surfaces), None) \
            or next((symbols[s] for s in shorts if s in symbols and len(s) > 1
                     and entities.get(symbols[s], "").startswith(category)), None)
        if match is None and " " not in longs[0] and longs[0].lower() in common:
            continue  # a new one-word unit that is an ordinary word ("night"): counted, not measured
        rows.append((key, longs, shorts, match))
    own_names = {longs[0].lower() for _, longs, _, _ in rows}
    short_claims: dict[str, set] = defaultdict(set)
    for key, longs, shorts, match in rows:
        mine = longs[0].lower()
        # CLDR keeps apart what quantulum3 merges: the millilitre is a surface of its cubic centimetre,
        # CLDR has both; a unit of its own then, with its own words and symbols
        split = match is not None and match in own_names \
            and re.sub(r"[\s-]", "", match) != re.sub(r"[\s-]", "", mine)
        name = mine.replace("-", " ") if split or match is None else match
        name = _NAME_ALIASES.get(name, name)
        for f in longs:
            for form in (f.lower(), f.lower().replace("-", " ")):
                if split:
                    surfaces[form] = name
                else:
                    surfaces.setdefault(form, name)
        for sym in shorts:
            if split and (sym in symbols or sym.lower() in symbols):
                for variant in {sym, sym.lower(), sym[:-1] + sym[-1].upper()}:
                    if symbols.get(variant) == match:
                        symbols[variant] = name  # "mL", "ml"
            short_claims[sym].add(name)
    for sym, names in short_claims.items():
        if len(names) == 1 and (len(sym) > 1 or not sym.isalpha()):
            symbols.setdefault(sym, next(iter(names)))

    # 3. CLDR currencies in use: names and plurals, ISO codes, the symbols of their own countries
    day = datetime.date(_CURRENCY_YEAR, 1, 1)
    locales_of: dict[str, list[str]] = defaultdict(list)
    for ident in localedata.locale_identifiers():
        locales_of[ident.rsplit("_", 1)[-1]].append(ident)
    in_use: dict[str, set] = defaultdict(set)  # ISO code -> territories
    for territory in en.territories:
        if len(territory) == 2 and territory.isalpha():
            for code in get_territory_currencies(territory, start_date=day, end_date=day, tender=True):
                in_use[code].add(territory)
    # the press's marks come first, then quantulum3's ("C$" is the Canadian dollar in English news,
    # not the cordoba), then a CLDR symbol that names one currency only
    quantulum_marks = {s: n for s, n in symbols.items() if n in currency_names and (not s.isalpha() or s.isupper())}
    own: dict[str, str] = {}
    mark_claims: dict[str, set] = defaultdict(set)
    last_words: dict[str, set] = defaultdict(set)
    plural_names = en._data["currency_names_plural"]

    def variants(mark: str, strict: int):
        mark = mark.strip()
        if not mark or not all(ch.isascii() and ch.isprintable() or unicodedata.category(ch) == "Sc" for ch in mark):
            return  # marks of other scripts do not occur in English text
        if strict and (mark.isdigit() or mark.isalpha() and (
                len(mark) <= 2 or mark.islower()
                or strict > 1 and len(mark) >= 3 and mark.lower() in common)):
            return  # "K", "Le", "VT", "den", "ALL", "TRY": letters, abbreviations or words before a number far more often
        yield mark
        letters = re.fullmatch(r"([A-Z]{1,3})\$", mark)
        if letters:  # "US$": also written "US $", "$US", "U.S.$"
            yield from (letters.group(1) + " $", "$" + letters.group(1), ".".join(letters.group(1)) + ".$")

    for marks, strict in ((_NEWS_CURRENCY_MARKS, 0), (quantulum_marks, 1)):
        for mark, name in marks.items():
            for v in variants(mark, strict):
                own.setdefault(v, name)

    def claim(mark: str, name: str) -> None:
        for v in variants(mark, 2):
            mark_claims[v].add(name)

    for code in sorted(in_use):
        if code not in en.currencies:
            continue
        display = re.sub(r"\s*\(.*?\)", "", en.currencies[code]).lower()  # "zimbabwean dollar (2009-2024)"
        name = quantulum_marks.get(code) or _NAME_ALIASES.get(display, display)
        currency_names.add(name)
        forms = [display, gb.currencies.get(code, "")] + list(plural_names.get(code, {}).values())
        for f in forms:
            if f:
                surfaces.setdefault(re.sub(r"\s*\(.*?\)", "", f).lower(), name)
        last_words[display.split()[-1]].add(name)
        claim(code, name)
        claim(en.currency_symbols.get(code, code), name)
        for territory in in_use[code]:
            for ident in locales_of.get(territory, []):
                claim(Locale.parse(ident).currency_symbols.get(code, code), name)
    currencies = {mark: next(iter(names)) for mark, names in mark_claims.items() if len(names) == 1}
    currencies.update(own)
    for mark, name in currencies.items():
        if not mark.isalpha() or re.fullmatch(r"[A-Z]{3}", mark):
            symbols.setdefault(mark, name)  # "50 USD", "1,200€"; not "5 KM"
    for word, names in last_words.items():  # "shekel", "ringgit": a name's last word, when only one currency has it
        if len(names) == 1 and word not in surfaces and word not in common:
            for form in [word] + _plurals(word):
                surfaces.setdefault(form, next(iter(names)))

    import babel
    return {
        "_source": f"generated by python -m retold.quantities --build-units from quantulum3 "
                   f"{getattr(quantulum3, '__version__', '?')} (units.json) and CLDR through Babel {babel.__version__}",
        "surfaces": dict(sorted(surfaces.items())),
        "symbols": dict(sorted(symbols.items())),
        "currencies": dict(sorted(currencies.items())),
        "currency_names": sorted(currency_names),
    }


# --- regexes ----------------------------------------------------------------------------

_NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_SCALE = (r"(?:(?i:hundred(?:\s+(?:thousand|million|billion))?|thousand|million|billion|trillion)|lakhs?|crores?|milliards?|"
          r"mln|mn|bln|bn|tn|trn|mil)\b")  # "3 MILLION" in a shouted headline
_SUFFIX = r"(?:k|K|m|M|b|B)\b"


@lru_cache(maxsize=1)
def _digit_core() -> re.Pattern:
    """Digits with their currency mark, scale and a second number of a range: "$1.5-2bn".
    A currency mark is any run the unit file could hold ("HK$", "$US", "RM", "USD "), checked
    against the file afterwards (``_currency``)."""
    chars = {ch for mark in unit_names().currencies for ch in mark if not ch.isalnum() and ch not in " ."}
    sym = "[" + re.escape("".join(sorted(chars)) or "$") + "]"
    cur = (rf"(?:(?:(?<![A-Za-z])[A-Z][A-Za-z.]{{0,3}}\s?)?{sym}(?:[A-Z]{{1,3}}(?=\d))?\s?"
           rf"|(?<![A-Za-z])[A-Z][A-Za-z.]{{1,3}}\s?(?=\d))")
    return re.compile(
        rf"(?P<cur>{cur})?(?P<n1>{_NUM})(?:(?P<sfx1>{_SUFFIX})|[\s-]?(?P<sc1>{_SCALE}))?"
        rf"(?:\s?(?:-|–|—)\s?(?P<cur2>{cur})?(?P<n2>{_NUM})(?:(?P<sfx2>{_SUFFIX})|\s?(?P<sc2>{_SCALE}))?)?")


_NUMBER_WORD = "|".join(sorted(list(UNITS_WORDS) + list(TENS_WORDS) + list(SCALES) + ["dozen"], key=len, reverse=True))
# "and" joins number words only after a scale ("two hundred and five"); "between seven and eleven" is two numbers
_AFTER_SCALE = "(?:" + "|".join(f"(?<={w})" for w in (*SCALES, "dozen")) + ")"
_WORD_CORE = re.compile(
    rf"\b(?:(?:a|an)\s+)?(?:{_NUMBER_WORD})(?:(?:{_AFTER_SCALE}\s+and\s+|\s+|-)(?:{_NUMBER_WORD}))*\b"
    r"(?:\s+and\s+a\s+half\b)?", re.I)
_FOLD_CORE = re.compile(rf"\b(?:(?P<w>{'|'.join(list(UNITS_WORDS) + list(TENS_WORDS))})|(?P<d>\d+(?:\.\d+)?))-?fold\b", re.I)
_FRACTION_CORE = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
    r"(?:halves|half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)|half)\b", re.I)
_VAGUE_CORE = re.compile(
    r"\b(?:(?:tens|hundreds|dozens)\s+of\s+(?:thousands|millions|billions)|dozens|hundreds|thousands|millions|"
    r"billions|trillions|scores(?=\s+of\b)|a\s+handful)\b", re.I)
_MINUS_BEFORE = re.compile(r"(?<![A-Za-z0-9])(?<!or )(?:minus[\s-]?|[-−]|\$-)$", re.I)
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*\s*$")
_PHONE = re.compile(r"(?:\(\d{3}\)\s?|\b\d{3}[-.\s])\d{3}[-.\s]\d{4}\b|\b0\d{2,4}[-\s]\d{3,4}[-\s]?\d{3,4}\b|\+\d{1,3}[\s-]\d[\d\s-]{6,}\d")
_TIME_AFTER = re.compile(r"^\s?(?:[aApP]\.?[mM]\b\.?|o'clock\b|:\d\d|(?:GMT|BST|UTC|CET|ET|EST|EDT|PST|PDT)\b|h\d\d)")
_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_MONTH_AFTER = re.compile(rf"^\s?(?:of\s+)?(?:{_MONTHS})\b\.?", re.I)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s?,?\s?$", re.I)
_PREV_WORD = re.compile(r"([A-Za-z][\w&'.]*)[\s]*$")
_GLUED_BEFORE = re.compile(r"[A-Za-z]-?$|[\d/#@:]$|\.$|\d[.,:-]$")
_LABEL_WORDS = frozenset(
    "no no. nos number page pages chapter section article route highway room flight gate platform row "
    "seat track episode season volume vol vol. version iteration level grade model type class phase stage "
    "category size "
    "interstate exit box apt suite unit lot tier window windows".split())
# Words before a number that do not make it a name even when capitalised.
_FUNCTION_WORDS = frozenset(
    "a an the about around approximately roughly nearly almost some more over above under below less fewer at "
    "up to only just than least most by of in on for from with and or but as between some its their his her our "
    "my your this that these those all each every estimated an exactly precisely another additional extra "
    "further still nearly another last next first top bottom then when while after before since during until "
    "into onto per was were is are be been being has have had will would could should may might must can did "
    "do does said says say according also even well barely scarcely some total overall almost around nearly "
    "who which whom whose where what why how there here than it he she they we you i".split())
_YEAR_PREPS = frozenset("in since by until till from through before after during circa early late mid "
                        "between and or year class spring summer autumn fall winter".split())

_APPROX = [
    # (pattern before the number, approx, change, low_inclusive, high_inclusive)
    (r"more than|over|above|greater than|in excess of|upwards of|exceeding|just over|well over|just above|"
     r"well above|north of|beyond|higher than|larger than|bigger than|longer than|older than|>", "more_than", ">"),
    (r"at least|no less than|no fewer than|a minimum of|minimum of|≥", "at_least", ">"),
    (r"less than|under|below|fewer than|just under|just below|well under|well below|shy of|short of|"
     r"lower than|smaller than|younger than|shorter than|<", "less_than", "<"),
    (r"at most|no more than|a maximum of|maximum of|up to|as many as|as much as|≤", "up_to", "<"),
    (r"about|around|approximately|approx\.?|roughly|some|circa|ca\.|an estimated|estimated|close to|"
     r"more or less|or so|in the region of|on the order of|the order of|~|≈|nearly|almost|"
     r"just about|averaging|averaged|an approximate", "about", "~"),
    (r"only|just|a mere|mere|merely|exactly|precisely|a total of|total of|fully|all of", "only", "="),
]
# One pattern, one group per row; the leftmost match wins, so "no more than" beats "more than".
_APPROX_RE = re.compile(
    r"(?:^|(?<=[\s(]))(?:" + "|".join(f"(?P<g{i}>{p})" for i, (p, _, _) in enumerate(_APPROX)) + r")\s*$", re.I)
_ONE_OF_AHEAD = re.compile(r"(?:one|each)\s+of\b", re.I)
_PLACE_PREPOSITIONS = frozenset("under below over above beyond".split())
_ALMOST = re.compile(r"(?:nearly|almost|just shy of|close to)\s*$", re.I)


def _last_words(rows) -> tuple[str, ...]:
    """The last word of each alternative of the rows' patterns ("more than" -> "than", "approx\\.?" ->
    "approx" and "approx."): text that ends with none of them has no approximator at its end."""
    words = set()
    for pattern, *_ in rows:
        for alt in pattern.split("|"):
            for form in ([alt.replace("\\.?", ""), alt.replace("\\.?", ".")] if "\\.?" in alt else [alt]):
                form = form.replace("\\.", ".")
                if not re.fullmatch(r"[a-z .~≈<>≥≤]+", form):
                    raise ValueError(f"approximator {alt!r} is not plain words")
                words.add(form.split(" ")[-1])
    return tuple(sorted(words))


_APPROX_LAST_WORDS = _last_words(_APPROX)

_UP = (r"rose|rise|rises|rising|risen|up|gained|gains|gain|gaining|increased|increase|increases|increasing|"
       r"jumped|jump|jumps|jumping|climbed|climb|climbs|climbing|advanced|advance|advances|added|"
       r"grew|grow|grows|growing|grown|surged|surge|surges|soared|soar|soars|higher|boosted|boost|raised|raise|"
       r"raises|rallied|rally|spiked|leapt|leaped|expanded|expand|firmed|edged up|ticked up|went up|"
       r"go up|goes up|gone up|upward|upwards|hiked|hike|rebounded|rebound|rebounds|recovered|recovers|recover|bounced|strengthened|appreciated|widened|swelled|doubled|tripled|improved|accelerated|added")
_DOWN = (r"fell|fall|falls|falling|fallen|down|dropped|drop|drops|dropping|declined|decline|declines|declining|"
         r"lost|lose|loses|losing|slid|slide|slides|sliding|slipped|slip|slips|decreased|decrease|decreases|"
         r"plunged|plunge|plunges|plummeted|plummet|tumbled|tumble|sank|sink|sinks|shed|sheds|shedding|cut|cuts|"
         r"cutting|lower|eased|ease|eases|dipped|dip|dips|shrank|shrink|shrinks|shrunk|slumped|slump|retreated|"
         r"contracted|reduced|reduce|reduces|slashed|lowered|edged down|ticked down|went down|go down|"
         r"goes down|gone down|downward|downwards|weakened|depreciated|narrowed|retreated|fell back|pulled back|crashed|collapsed|tanked|dived|dove|halved|trimmed|skidded|sagged|"
         r"knocked off|wiped|plummeting|plunging|tumbling|sinking|slumping|soaring|surging|jumping|climbing")
_FROM_BEFORE = re.compile(r"\bfrom\s*$", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s*$", re.I)


_PERCENT = re.compile(r"^\s?(?:%|per\s?cent\b|percent\b|pct\b\.?|percentage points?\b|pc\b)", re.I)
_AGE = re.compile(r"^(?:-|\s)?(?P<u>years?|yrs?|months?|weeks?|days?)(?:-|\s)olds?\b", re.I)
_PER = re.compile(r"^\s?(?:/|\s(?:per|a|an|each|the)\s)\s?", re.I)
_WORD_AFTER = re.compile(r"^[\s-]?([A-Za-z°µμ][\w°µμ/'’.-]*)")
_TOKEN = re.compile(r"[A-Za-z°µμ$€£¥″′][\w°µμ'’./-]*|\S")
_OF_AFTER = re.compile(r"^\s+of\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+|our\s+)?", re.I)
_RANGE_JOIN = re.compile(r"^\s*(?:to|and|-|–|—|or)\s*$", re.I)

_STOP = frozenset(
    "a an the and or but nor of in on at to for from by with without as than then that this these those which "
    "who whom whose what when where while why how is are was were be been being am has have had having do does "
    "did will would shall should can could may might must it its it's he she they we you i me him her them us "
    "his their our your my said says say told tells reported per each apiece every more less most least over "
    "under above below up down off out about around into onto after before since until during ago later "
    "earlier now so if not no yes all any some such other another only just also too very much many few "
    "there here again still even ever yet both either neither whether because though although however "
    "against among between through across behind beyond like unlike near toward towards within upon via vs "
    "per cent percent respectively alone including included include includes total combined overall "
    "away back last next first second third year years ago old whilst overnight today yesterday tonight tomorrow "
    "daily weekly monthly annually yearly worldwide nationwide abroad instead".split())
_VERB_LIKE = re.compile(r"^(?:went|came|got|made|took|gave|saw|left|won|lost|ran|sat|stood|became|began|"
                        r"cost|costs|remain|remains|die|live|work|need|needs|want|wants|get|gets|make|makes|"
                        r"take|takes|come|comes|go|goes|seem|seems|look|looks|face|faces|hold|holds|"
                        r"were|was|had|did|said|told|set|put|got|felt|kept|held|brought|bought|paid|built|"
                        # what people counted in a headline do: "40,000 flee", "3 drown", "200 protest"
                        r"flee|drown|perish|quit|resign|protest|march|rally|gather|escape|survive|vote|evacuate|"
                        r"return|strike|walk|leave)$", re.I)
_LIVE_ANIMALS_AHEAD = re.compile(r"\s+(?!in\b|on\b|at\b|with\b|near\b|under\b|there\b|here\b|below\b|abroad\b|alone\b|"
                                 r"together\b|off\b|out\b|by\b|without\b|within\b|outside\b|inside\b)[a-z]+s\b")
_PER_WORDS = frozenset("share head person piece unit kilo pound ounce barrel tonne ton gallon litre liter "
                       "passenger household customer game match".split())
_TIME_WORDS = frozenset("second seconds minute minutes hour hours day days week weeks month months year years "
                        "decade decades century centuries night nights".split())


_US_PLURAL = re.compile(r"(?:[rnp]uses|^buses)$")
_ES_PLURAL = re.compile(r"(?:ches|shes|sses|xes|zes|oes)$")


def singular(word: str) -> str:
    """A plural noun's singular, by the regular English rules plus common irregulars."""
    low = word.lower()
    irregular = {"people": "people", "men": "man", "women": "woman", "children": "child", "feet": "foot",
                 "teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life", "wives": "wife",
                 "knives": "knife", "halves": "half", "series": "series", "species": "species", "news": "news"}
    if low in irregular:
        return word[: len(word) - len(low)] + irregular[low] if low != word.lower() else irregular[low]
    if len(word) <= 3 or low.endswith(("ss", "us", "is", "ics")):
        return word
    if low.endswith("men") and len(low) > 5 and low not in ("specimen", "abdomen", "regimen"):
        return word[:-2] + "an"  # "fishermen", "policewomen"
    if _US_PLURAL.search(low):
        return word[:-2]  # "viruses", "bonuses", "campuses"
    if low.endswith("ies"):
        return word[:-3] + "y"
    if _ES_PLURAL.search(low):
        return word[:-2]
    if low.endswith("s"):
        return word[:-1]
    return word


# --- the stage --------------------------------------------------------------------------

@dataclass
class _Core:
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    kind: str  # digits | words | fraction | vague
    unit: str | None = None
    approx: str = "exact"
    change: str = "="
    counted: str | None = None
    low_inclusive: bool = True
    high_inclusive: bool = True
    raw: str = ""  # the digits as written, for the year test
    mod_start: int | None = None  # where modifiers are looked for, when not at ``start``


def _scale(sfx: str | None, sc: str | None, has_currency: bool) -> float | None:
    if sc:
        value = 1.0
        for s in sc.lower().split():  # "4 hundred million"
            value *= SCALES.get(s) or SCALE_SUFFIXES.get(s) or 1.0
        return value
    if sfx:
        if sfx in ("k", "K") or has_currency:
            return SCALE_SUFFIXES[sfx]
        return None
    return 1.0


_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b", re.I)


def _is_ordinal(sentence: str, end: int) -> bool:
    """Digits ending at ``end`` carry the ordinal suffix English gives their last digits."""
    m = _ORDINAL_AFTER.match(sentence, end)
    if not m:
        return False
    last = sentence[max(0, end - 2):end]
    suffix = {"1": "st", "2": "nd", "3": "rd"}.get(last[-1], "th") if last[:1] != "1" or len(last) < 2 else "th"
    return m.group(0).lower() == suffix
_SCIENTIFIC = re.compile(
    r"\s?[×x]\s?10(?:(?:\^|\*\*)\s?([−–-]?\d{1,3})|([−–-]\d{1,3})|(⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(?![\d.,])")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_PHONE_HINT = re.compile(r"[-.\s)]\d")


def _split_mark(mark: str) -> tuple[int, str | None]:
    """Where a currency mark starts in a run the digit pattern took for one, and its currency:
    "HK$" -> (0, "hong kong dollar"), "Cost $" -> (5, "dollar"), "Pro " -> (0, None)."""
    name = _currency(mark)
    if name:
        return 0, name
    for i in range(1, len(mark)):
        if mark[i].isspace():
            continue
        if mark[i - 1] == " " or not mark[i].isalnum() and mark[i - 1].isalpha():
            name = _currency(mark[i:])
            if name:
                return i, name
    return 0, None


def _currency(mark: str | None) -> str | None:
    """The currency a mark written before an amount names: "HK$" -> "hong kong dollar"; None if none."""
    if not mark:
        return None
    marks = unit_names().currencies
    mark = mark.strip()
    return marks.get(mark) or marks.get(mark.replace(" ", ""))


_LENGTH_CONTEXT = re.compile(r"^\s?(?:tall|high|long|wide|deep|away|above|below|from|in|on|at|to|and|or|off|down|up|"
                             r"under|over|of|race|sprint|hurdles|freestyle|butterfly|backstroke|breaststroke|"
                             r"relay|dash|metres|meters)\b|^\s?(?:[.,;:)]|$)", re.I)


# A currency mark the digit pattern reads before a number is at most 10 characters ("Rs. $US "),
# and the number may open with its decimal point (".5"): a match starts at most 11 characters
# before its first digit.
_MARK_REACH = 12


def _digit_matches(sentence: str):
    """The digit pattern's matches, the very ones ``finditer`` gives, each search started just
    before the next digit: the pattern opens with currency marks, so it cannot skip ahead to the
    digits by itself and would try every character of the sentence."""
    rx = _digit_core()
    pos = 0
    while (digit := _HAS_DIGIT.search(sentence, pos)) is not None:
        m = rx.search(sentence, max(pos, digit.start() - _MARK_REACH))
        if m is None:
            return
        yield m
        pos = m.end()


_SUB_BEFORE = re.compile(r"\bsub-$", re.I)
_TWO_TO_FOUR_DIGITS = re.compile(r"\d{2,4}")


def _digit_cores(sentence: str) -> list[_Core]:
    cores = []
    phones = None
    skip_to = 0
    for m in _digit_matches(sentence):
        a, b = m.span()
        n1 = m.start("n1")
        if n1 < skip_to:
            continue  # the power of ten of a number before
        if phones is not None or _PHONE_HINT.match(sentence, m.end("n1")) or sentence[n1 - 1:n1] in ("(", "+"):
            if phones is None:
                phones = [p.span() for p in _PHONE.finditer(sentence)]
            if any(pa <= n1 < pb for pa, pb in phones):
                continue
        cur = m.group("cur")
        if cur:
            cut, unit = _split_mark(cur)
            a, cur = (a + cut, cur[cut:]) if unit else (n1, None)  # "Cost $5": the mark is "$"; "Pro 16": none
        origin = max(0, a - 40)
        before = sentence[origin:a]
        sign = 1.0
        sub = False
        # The three patterns below end at the end of ``before`` (``$``: there, or before a last line break)
        # and are 6, 4 and 2 characters long at most: each is looked for in the last few characters only.
        neg = _MINUS_BEFORE.search(before, max(0, len(before) - 8)) if not cur else None
        if neg and _CAPITALISED_BEFORE.search(before[:neg.start()]) and neg.group(0) in ("-", "−"):
            continue  # "COVID -19": a name
        if neg:
            sign, before = -1.0, before[:neg.start()] + " "
            if neg.group(0) == "$-":
                cur = "$"  # "$-50.8bn"
        elif not cur and _SUB_BEFORE.search(before, max(0, len(before) - 6)):
            sub, before = True, before[:-4] + " "
        if not cur and _GLUED_BEFORE.search(before, max(0, len(before) - 3)):
            continue  # "COVID-19", "F-150", "cac40", "1.2.3"
        sfx1 = m.group("sfx1")
        money_like = bool(cur) or (sfx1 in ("m", "M", "b", "B") and "." in m.group("n1")
                                   and not _LENGTH_CONTEXT.match(sentence[m.end("sfx1"):m.end("sfx1") + 12]))
        scale1 = _scale(sfx1, m.group("sc1"), money_like)
        end_first = m.end("sc1") if m.group("sc1") else (m.end("sfx1") if sfx1 and scale1 else m.end("n1"))
        v1 = parse_digits(m.group("n1"))
        if v1 is None:
            continue
        unit = _currency(cur) if cur else None
        if m.group("n2"):
            cur2 = m.group("cur2") if _currency(m.group("cur2")) else None
            scale2 = _scale(m.group("sfx2"), m.group("sc2"), bool(cur or cur2))
            v2 = parse_digits(m.group("n2"))
            sep = sentence[m.end("n1"):m.start("n2")]
            if v2 is None or scale2 is None:
                b = end_first
            elif not sep.strip().startswith(("-", "–", "—")):
                b = end_first
            else:
                if scale1 == 1.0 and m.group("sc2"):
                    scale1 = scale2  # "1-2 million"
                if scale1 is None:
                    scale1 = 1.0
                lo, hi = v1 * scale1, v2 * scale2
                if not unit and cur2:
                    unit = _currency(cur2)
                if _FOUR_DIGITS.fullmatch(m.group("n1")) and _TWO_TO_FOUR_DIGITS.fullmatch(m.group("n2")) \
                        and 1000 <= v1 <= 2100 and not cur:
                    continue  # "2017-18", "1990-2000": years
                cores.append(_Core(a, m.end(), round((lo + hi) / 2, 6), min(lo, hi), max(lo, hi), "range",
                                   unit=unit, approx="range"))
                continue
        if scale1 is None:
            scale1 = 1.0
            b = m.end("n1")
        else:
            b = end_first
        v = sign * v1 * scale1
        sci = _SCIENTIFIC.match(sentence, m.end("n1")) if scale1 == 1.0 and b == m.end("n1") else None
        if sci:  # "1.99×10−30 kg", "3 x 10^8 m/s"
            power = (sci.group(1) or sci.group(2) or sci.group(3)).translate(_SUPERSCRIPTS)
            power = power.replace("−", "-").replace("–", "-")
            v, b, skip_to = v * 10.0 ** int(power), sci.end(), sci.end()
        cores.append(_Core(a, b, v, v, v, "digits", unit=unit))
        if sign < 0:
            cores[-1].start = origin + neg.start() + (len(neg.group(0)) - len(neg.group(0).lstrip()))
        if sub:
            cores[-1].approx, cores[-1].change, cores[-1].low, cores[-1].high_inclusive = "less_than", "<", 0.0, False
        elif sentence[a - 1:a] == "+" and not sentence[a - 2:a - 1].isalnum():
            cores[-1].start, cores[-1].change = a - 1, "up"  # "Nasdaq +0.8%": a rise
        cores[-1].raw = m.group("n1")
    return cores


_AND_A_HALF = re.compile(r"\band\s+a\s+half$", re.I)
_SPACES = re.compile(r"[\s]+")
_AND_A_HALF_TAIL = re.compile(r"\s+and\s+a\s+half$", re.I)


def _word_cores(sentence: str) -> list[_Core]:
    cores = []
    for m in _WORD_CORE.finditer(sentence):
        text = m.group(0)
        half = 0.0
        if _AND_A_HALF.search(text):  # "two and a half years"
            text, half = _AND_A_HALF_TAIL.sub("", text), 0.5
        words = _SPACES.split(text)
        v = parse_words(words)
        if v is not None:
            v += half
        if v is None:
            continue
        low0 = words[0].lower()
        if low0 in ("a", "an") and len(words) == 1:
            continue
        if low0 in ("a", "an") and words[1].lower() not in SCALES and words[1].lower() != "dozen":
            # "a two-year deal": the article belongs to the noun
            a = m.start() + len(words[0]) + 1
            v = parse_words(words[1:])
            if v is None:
                continue
            cores.append(_Core(a, m.end(), v, v, v, "words"))
            continue
        cores.append(_Core(m.start(), m.end(), v, v, v, "words"))
    return cores


_SLASH_FRACTION = re.compile(r"(?<![\w/.,])(\d{1,3})\s?[/⁄]\s?(\d{1,4})(?=\s+of\b)")


def _slash_fraction_cores(sentence: str) -> list[_Core]:
    """ "1/16 of a pint": a written fraction, read only before "of" (else "9/11", "24/7")."""
    cores = []
    for m in _SLASH_FRACTION.finditer(sentence):
        num, den = int(m.group(1)), int(m.group(2))
        if den and num < den:
            cores.append(_Core(m.start(), m.end(), num / den, num / den, num / den, "fraction"))
    return cores


def _fold_cores(sentence: str) -> list[_Core]:
    """ "threefold", "a 10-fold rise": a multiple, counted in times."""
    cores = []
    for m in _FOLD_CORE.finditer(sentence):
        v = UNITS_WORDS.get((m.group("w") or "").lower()) or TENS_WORDS.get((m.group("w") or "").lower()) \
            or parse_digits(m.group("d") or "")
        if v:
            cores.append(_Core(m.start(), m.end(), float(v), float(v), float(v), "fold", unit="count"))
    return cores


# "half a million", "a quarter of a million": a fraction of a scale is one amount
_FRACTION_OF_SCALE = re.compile(r"\b(?P<f>half|a\s+quarter|a\s+third|three\s+quarters|two\s+thirds)\s+(?:of\s+)?an?\s+"
                                r"(?P<s>dozen|hundred|thousand|million|billion|trillion)\b", re.I)


def _fraction_cores(sentence: str) -> list[_Core]:
    cores = []
    for m in _FRACTION_OF_SCALE.finditer(sentence):
        f = parse_fraction(m.group("f"))
        scale = 12.0 if m.group("s").lower() == "dozen" else SCALES[m.group("s").lower()]
        if f is not None:
            cores.append(_Core(m.start(), m.end(), f * scale, f * scale, f * scale, "words"))
    for m in _FRACTION_CORE.finditer(sentence):
        v = parse_fraction(m.group(0))
        if v is None:
            continue
        cores.append(_Core(m.start(), m.end(), v, v, v, "fraction"))
    return cores


def _vague_cores(sentence: str) -> list[_Core]:
    cores = []
    for m in _VAGUE_CORE.finditer(sentence):
        text = m.group(0).lower()
        if text.startswith("a") and "handful" in text:
            low, high = 2.0, 9.0
        else:
            words = text.split()
            base = VAGUE[words[-1]] * (VAGUE[words[0]] if len(words) == 3 else 1)
            if len(words) == 3 and words[0] == "dozens":
                base = 12 * VAGUE[words[-1]]
            high = base * 10 - 1 if base >= 100 else base * 8 + 3  # dozens: 24..99
            low = 2 * base
        cores.append(_Core(m.start(), m.end(), None, low, high, "vague", approx="vague"))
    return cores


def _merge(groups: list[list[_Core]]) -> list[_Core]:
    """Non-overlapping cores: the longest wins ("two and a half" over "a half"), then the earlier group."""
    ranked = sorted(((c.start - c.end, g, c.start, c) for g, group in enumerate(groups) for c in group),
                    key=lambda row: row[:3])
    if len(ranked) < 2:
        return [row[-1] for row in ranked]
    taken = bytearray(max(c.end for *_, c in ranked) + 1)  # characters already in a chosen core
    chosen: list[_Core] = []
    for *_, c in ranked:
        if not any(taken[c.start:c.end]):
            chosen.append(c)
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    return sorted(chosen, key=lambda c: c.start)


_DIGITS_AT_END = re.compile(r"[\d.,]+$")


def _before_number(sentence: str, pos: int) -> str:
    """The text before the number that ends at ``pos``."""
    m = _DIGITS_AT_END.search(sentence[max(0, pos - 40):pos])
    start = pos - (len(m.group(0))) if m else pos
    return sentence[max(0, start - 20):start]


_SIGN_AFTER = re.compile(r"^\s?([^\w\s.,;:()'\"’-])")
_AGED_BEFORE = re.compile(r"\b(?:aged|age of|ages of)\s+(?:\d{1,3}\s*(?:,|and)\s+)?$")  # ("aged 51 and 63")
# "a man of 76 years", "a girl of six": a person's age told after "of"
_PERSON_OF_BEFORE = re.compile(r"\b(?:man|woman|boy|girl|child|baby|toddler|teenager|person|pensioner|patient|driver|"
                               r"motorist|cyclist|pedestrian|resident|mother|father|son|daughter|men|women|boys|girls|"
                               r"children)\s*,?\s+of\s+"
                               r"(?:(?:almost|nearly|about|around|some|over|under|more\s+than|less\s+than|just\s+over|"
                               r"just\s+under)\s+)?(?:\d{1,3}\s+and\s+)?$", re.I)  # ("Two men, of 51 and 36 years")
_YEARS_AFTER_NEXT = re.compile(r"^\s+and\s+\d{1,3}\s+years?\b", re.I)
_YEARS_AFTER = re.compile(r"^\s+(?:years?|months?)\b(?:\s+old\b|\s+of\s+age\b)?", re.I)


_DECADE_S_AFTER = re.compile(r"[s'’]s?\b")
_DECADE_DIGITS = re.compile(r"(?<![\d.,])\d{4}$|(?<![\d.,])\d0$")
_GENERATION_DIGIT = re.compile(r"(?<![\d.,])[2-6]$")
_RANGE_AHEAD = re.compile(r"^\s*(?:to|-|–|and)\s*\d")
_UNIT_START = re.compile(r"[A-Za-z°µμ″′]")
_DIGIT_AHEAD = re.compile(r"\s*\d")


def _read_unit(sentence: str, pos: int) -> tuple[str | None, int]:
    """The unit written at ``pos`` (after a number): (name, end) or (None, pos)."""
    units = unit_names()
    rest = sentence[pos:pos + 60]
    m = _PERCENT.match(rest)
    if m:
        name = "percentage point" if "point" in m.group(0).lower() else "percentage"
        return name, pos + m.end()
    m = _AGE.match(rest)
    if m:  # "34-year-old", "an 18-month-old daughter"
        word = m.group("u").lower()
        return ("year" if word.startswith("y") else singular(word)) + " of age", pos + m.end()
    m = _SIGN_AFTER.match(rest)
    if m and _currency(m.group(1)):
        return _currency(m.group(1)), pos + m.end()  # "1,200€"
    m = _YEARS_AFTER.match(rest)
    if m and _PERSON_OF_BEFORE.search(_before_number(sentence, pos)):
        return ("year" if m.group(0).split()[0].lower().startswith("y") else "month") + " of age", pos + m.end()
    if _YEARS_AFTER_NEXT.match(rest) and _PERSON_OF_BEFORE.search(_before_number(sentence, pos)):
        return "year of age", pos  # "men of 51 and 36 years": the first age shares the second's "years"
    if "age" in sentence[max(0, pos - 40):pos] and _AGED_BEFORE.search(_before_number(sentence, pos)) \
            and not (_RANGE_AHEAD.match(rest) and (not re.match(r"^\s*and\b", rest)
                                                  or re.search(r"\bbetween\s+$", _before_number(sentence, pos)))):
        return "year of age", pos
    attached = not rest[:1].isspace() and rest[:1] != "-"
    if attached and _DECADE_S_AFTER.match(rest) and _DECADE_DIGITS.search(sentence[max(0, pos - 8):pos]):
        return None, pos  # "the 1990s", "2018s results", "in their 80s"
    if attached and rest[:1] == "G" and not rest[1:2].isalpha() and _GENERATION_DIGIT.search(sentence[max(0, pos - 4):pos]):
        return "generation wireless", pos + 1  # "5G networks"
    spaced = rest.lstrip(" -")
    offset = len(rest) - len(spaced)
    if rest[:1] == "-" and not rest[1:2].isalpha():
        return None, pos
    toks = list(_TOKEN.finditer(spaced[:50]))
    words = []
    for t in toks:
        if not _UNIT_START.match(t.group(0)):
            break
        words.append(t)
    for n in range(min(len(words), units.max_words), 0, -1):
        last = words[n - 1]
        # the phrase as written, with single spaces
        phrase = " ".join(w.group(0).rstrip(".,;:-") for w in words[:n])
        trail = len(last.group(0)) - len(last.group(0).rstrip(".,;:-"))
        end = pos + offset + last.end() - trail
        name = units.surfaces.get(phrase.lower())
        if name is None and "-" in phrase and n == 1:
            name = units.surfaces.get(phrase.lower().replace("-", " "))  # "a 15,000-square-metre section"
        if name is None and n == 1:
            sym = phrase
            if sym in units.symbols and (attached or len(sym) >= 2) and sym.lower() not in _FUNCTION_WORDS \
                    and sym.lower() not in _STOP:
                name = units.symbols[sym]
            elif sym.startswith("°") and sym in units.symbols:
                name = units.symbols[sym]
            elif len(sym) >= 2 and sym.isupper() and sym.lower() in units.symbols and sym.lower() not in _STOP:
                name = units.symbols[sym.lower()]  # "784 HP"
            elif sym in _SPACED_LETTERS and not _DIGIT_AHEAD.match(spaced[last.end():]):
                name = units.symbols.get(sym)  # "12 C", "a 5 W charger"; not "5 W 42nd St"
            else:
                per = _HYPHEN_PER.fullmatch(sym)
                unit = per and (units.surfaces.get(per.group(1).lower()) or units.symbols.get(per.group(1)))
                if unit and (per.group(2).lower() in _TIME_WORDS or per.group(2).lower() in units.surfaces):
                    name = f"{unit} per {singular(per.group(2).lower())}"  # "a 52,000 barrel-a-day refinery"
        if name is None and n > 1:
            name = units.symbols.get(phrase)  # "sq m", "fl oz"
        if name is None and n == 1 and (attached or len(phrase) > 2):
            name = _powered(units, phrase)  # "32m2", "5 km2"
        if name is None and "/" in phrase and n == 1:
            num, _, den = phrase.partition("/")
            a = units.symbols.get(num) or units.surfaces.get(num.lower())
            b = units.symbols.get(den) or units.surfaces.get(den.lower()) or _powered(units, den)
            if a and b:
                name = f"{a} per {b}"  # "1.3 A/cm2"
        if name and phrase == "″" and sentence.count("“", 0, pos) > sentence.count("”", 0, pos):
            name = None  # "Dead at Age 34″ is": a closing quote typed as a double prime
        if name == "pound-mass" and phrase.lower().startswith("pound") and (
                _SCALE_BEFORE.search(sentence, 0, pos) or _MONEY_BEFORE.search(sentence[max(0, pos - 60):pos])
                and not _WEIGHT_NEAR.search(sentence[max(0, pos - 60):pos + 30])):
            name = "pound sterling"  # "5 million pounds", "worth about 180,000 pounds": money; "208 pounds": weight
        if name:
            return name, end
    return None, pos


def _powered(units: _Units, sym: str) -> str | None:
    """ "m2", "cm³": a length symbol with a power is an area or a volume ("square metre")."""
    if len(sym) < 2 or sym[-1] not in "23²³" or sym[:-1] not in units.symbols:
        return None
    name = ("square " if sym[-1] in "2²" else "cubic ") + units.symbols[sym[:-1]]
    return name if name in units.surfaces else None


# One-letter symbols read with a space before them: temperatures and the commonest electrical units.
_SPACED_LETTERS = frozenset("CFWV")
_HYPHEN_PER = re.compile(r"([A-Za-z]+)-(?:a|an|per)-([A-Za-z]+)", re.I)
_SCALE_BEFORE = re.compile(r"(?:million|billion|trillion|bn|mn|m)\s*$", re.I)
# What money is said to do just before the amount: "worth about 180,000 pounds", "fined 20,000 pounds"
_MONEY_BEFORE = re.compile(r"\b(?:worth|cost(?:s|ing)?|paid|pay(?:s|ing)?|fined?|valued|prize|price[sd]?|bill|salary|raised|"
                           r"spen[dt]|spending|funding|budget|compensation|damages|profit|revenue|grant|donat(?:ed|ion)|loan|"
                           r"debts?|fees?|sav(?:e|es|ed|ing)|earn(?:s|ed|ing)?|income|wages?|stole|stolen|haul|owed?|"
                           r"invest(?:ed|ing|ment)?|turnover|came\s+to|amount(?:ed|ing)?\s+to)\b[^.;:]{0,30}$", re.I)
_WEIGHT_NEAR = re.compile(r"\b(?:weigh(?:s|ed|ing|t)?|heavy|heavier|lbs?)\b", re.I)


# ("a week in, the talks stalled", "a year on from the fire": a time gone by; not "286 pounds a week in the
# county" or "1.4 million pounds a year on energy": a rate, then what it is for)
_RELATIVE_TIME_AFTER = re.compile(r"^\s+(?:earlier|ago|later|before|after|on(?=\s*(?:[,.;:]|$)|\s+from\b)|in(?=\s*(?:[,.;:]|$)))\b")


def _read_per(sentence: str, pos: int, unit: str) -> tuple[str, int]:
    """ "$10 per gram", "5 percent a year": the unit's denominator, if any."""
    rest = sentence[pos:pos + 40]
    m = _PER.match(rest)
    if not m:
        return unit, pos
    den, end = _read_unit(sentence, pos + m.end())
    if den is None and m.group(0).strip().lower() == "the":
        return unit, pos  # "6,000 euros the kilogram" is a rate; "euros the company paid" is not
    w = _WORD_AFTER.match(rest[m.end():])
    if w and _RELATIVE_TIME_AFTER.match(rest[m.end() + w.end():]):
        return unit, pos  # "a year earlier": no rate
    if den is None and w:
        word = w.group(1).lower().rstrip(".,;:")
        rate_word = m.group(0).strip().lower() in ("per", "/", "each")
        if word in _TIME_WORDS or word in _PER_WORDS or (rate_word and word not in _STOP and word.isalpha()):
            den, end = singular(word), pos + m.end() + len(w.group(0).rstrip(".,;:"))
    if den is None or den in ("percentage",) or den in unit_names().currency_names:
        return unit, pos  # "$7/$9" is two prices, not a rate
    if unit == "pound-mass" and den in _TIME_WORDS and not _WEIGHT_NEAR.search(sentence[max(0, pos - 60):pos + 30]):
        unit = "pound sterling"  # "is now 268 pounds a week", "900 pounds a month": a fee or a rent, not a weight
    return f"{unit} per {den}", end


_COUNTED_TOKEN = re.compile(r"[^\s,;:()\"“”]+")
_OF_COMPLEMENT = re.compile(r"^\s+of\s+((?:their|his|her|its|our|the)\s+)?([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?)")
_THAN_AHEAD = re.compile(r"^\s+than\b")
_COUNTED_WORD = re.compile(r"[A-Za-z][A-Za-z'’&-]*")
_VERB_OBJECT_AHEAD = re.compile(r"^\s+(?:the|a|an|their|its|his|her|to|up|out|in|on|at|by|for|from|with|of|that|and)\b", re.I)


_ERAS = frozenset("AD BC BCE CE".split())


def _read_counted(sentence: str, pos: int) -> str | None:
    """The noun phrase after a bare number: "foreign fighters", "members of their families"."""
    rest = sentence[pos:pos + 80]
    m = _OF_AFTER.match(rest)
    partitive = False
    if m:  # "one of the students", "millions of Americans"
        rest = rest[m.end():]
        partitive = True
    elif rest[:1] not in (" ", "-"):
        return None
    words = []
    for t in _COUNTED_TOKEN.finditer(rest):
        w = t.group(0).rstrip(".!?").lstrip("-")
        if not _COUNTED_WORD.fullmatch(w):
            break
        low = w.lower()
        if low == "and" and words and _PLURAL_AHEAD.match(rest[t.end():]):
            words.append(w)  # "Kia and Hyundai vehicles", "digital and physical sales"
            continue
        if partitive and low.endswith(("'s", "’s")) and len(low) > 3 and _LOWER_WORD_AHEAD.match(rest[t.end():]):
            words = []  # "half of Corvina reef's corals": the corals, not their owner
            continue
        if low == "live" and not words and _LIVE_ANIMALS_AHEAD.match(rest[t.end():]):
            words.append(w)  # "6,000 live chickens": living things, not "6,000 live in poverty"
            continue
        if low in _STOP or _VERB_LIKE.match(w) or low.endswith(("'s", "’s")):
            break
        if words and (low.endswith("ed") or low.endswith("ly")) or low in _ADJ_AFTER:
            break
        if not words and low.endswith("ed") and not _LOWER_WORD_AHEAD.match(rest[t.end():]) \
                or not words and low.endswith("ed") and _STOP_RX_AHEAD.match(rest[t.end():]):
            break  # "another 4,500 delayed", "dozens injured when": a participle, not a modifier
        if low.endswith("ing") and len(low) > 5 and _VERB_OBJECT_AHEAD.match(rest[t.end():]):
            break  # "around 73 raising the prospect": a verb, not a modifier
        if _THAN_AHEAD.match(rest[t.end():]):
            break  # "40k cheaper than"
        if not words and not _looks_plural(low) and _DETERMINER_AHEAD.match(rest[t.end():]):
            break  # "46 spent the night", "12 boarded a bus": a verb taking its object, not a thing counted
        words.append(w)
        if len(words) == 5 or w != t.group(0) or (_looks_plural(low) and words[0].lower() != "and"):
            break  # a plural noun ends the phrase: "members bound", "fouls prove"
    while words and words[-1].lower() in ("and", "new"):
        words.pop()  # "two new 737 jets": "new" alone is no thing counted
    if not words:
        return None
    if words[0].lower().endswith("ly") or words[0] in _ERAS:
        return None  # "around 260 AD": the era of a year, not a thing counted
    phrase = " ".join(words).lstrip("-")
    # "members of their families": a relational head takes its complement
    tail = rest[rest.find(words[-1]) + len(words[-1]):] if not partitive else ""
    of = _OF_COMPLEMENT.match(tail)
    if of and words[-1].lower() in _RELATIONAL:
        extra = [w for w in of.group(2).split() if w.lower() not in _STOP][:2]
        if extra:
            det = of.group(1) or ""
            det = "" if det.strip().lower() == "the" else det
            phrase = f"{phrase} of {det}{' '.join(extra)}"
    return phrase or None


_STOP_RX = ("when", "as", "in", "on", "at", "by", "and", "or", "after", "before", "while", "during", "from", "to",
            "the", "a", "an", "with", "for", "since", "last", "this")
_STOP_RX_AHEAD = re.compile(r"^\s+(?:" + "|".join(_STOP_RX) + r")\b")
_PLURAL_AHEAD = re.compile(r"^\s+(?:[A-Za-z][\w'-]*\s+)?[A-Za-z][\w'-]*[^s\W]s\b")


def _looks_plural(low: str) -> bool:
    if low in ("people", "men", "women", "children", "police", "staff", "personnel", "cattle", "crew"):
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ics", "'s", "’s"))


_ADJ_AFTER = frozenset("available remaining left total combined overall apiece each altogether alone "
                       "respectively ahead behind earlier later ago old more fewer less".split())
_RELATIONAL = frozenset("members member relatives friends parts pieces kinds types sorts residents citizens "
                        "employees workers staff students fans supporters units percent cases rounds bottles "
                        "cups loads pairs sets groups bags boxes".split())


def _is_date_or_time(sentence: str, c: _Core) -> bool:
    after = sentence[c.end:c.end + 12]
    before = sentence[max(0, c.start - 12):c.start]
    if _TIME_AFTER.match(after):
        return True
    if c.kind in ("digits", "words") and (_MONTH_AFTER.match(after) or _MONTH_BEFORE.search(before)):
        if _MONTH_BEFORE.search(before) and not _MONTH_AFTER.match(after) and "," in before[-3:] \
                and (_PERCENT.match(after) or c.kind == "words"):
            return False  # "between 8 and 12 January, 71 percent said", "to 12 January, seven in ten"
        if c.kind == "digits" and c.value is not None and c.value <= 31 or _MONTH_BEFORE.search(before):
            return True
    return False


_FOUR_DIGITS = re.compile(r"\d{4}")


def _is_year(sentence: str, c: _Core, raw: str) -> bool:
    if c.kind != "digits" or c.unit or not _FOUR_DIGITS.fullmatch(raw) or not 1000 <= (c.value or 0) <= 2300:
        return False
    v = c.value or 0
    prev = _PREV_WORD.search(sentence, max(0, c.start - 40), c.start)
    if prev and prev.group(1).lower() in _YEAR_PREPS and 1900 <= v <= 2100:
        return True  # "from 2005 levels", "in 2019"
    if c.counted and _looks_plural(c.counted.split()[0].lower()) and c.counted.lower() not in _TIME_WORDS \
            and not c.counted[0].isupper():
        return False  # "2000 workers", but "the 2020 Olympics"
    prev_word = prev.group(1).lower().rstrip(".") if prev else ""
    if v < 1500:  # "in 1066": an old year only after a word that introduces one
        return prev_word in ("in", "since", "circa", "year", "of")
    if prev_word in _YEAR_PREPS:
        return True  # "by 2120"
    return 1800 <= v <= 2100


_SCALE_WORD_AFTER = re.compile(rf"{_NUM}[\s-]?(?i:thousand|million|billion|trillion)\b")


def _is_name_number(sentence: str, c: _Core, unit_text: str = "") -> bool:
    """ "Boeing 737", "Section 427", "Row 21": a number that names rather than counts.
    A number with a unit written after it measures ("Tylenol 500mg"), unless the "unit" is one
    letter ("Channel 5s", "Model 3s")."""
    if c.kind not in ("digits", "range") or sentence[c.start:c.start + 1] in "+-−":
        return False  # "Dow +0.2%": signed, not a name
    if c.unit and (len(unit_text) != 1 or not unit_text.isalpha()):
        return False
    if _SCALE_WORD_AFTER.match(sentence, c.start):
        return False  # "GUNMEN GRAB 2 MILLION": a scale word counts; no name runs to millions
    before = sentence[max(0, c.start - 40):c.start]
    prev = _PREV_WORD.search(before)
    if not prev:
        return before.rstrip().endswith("#")
    word = prev.group(1)
    low = word.lower()
    if low in _LABEL_WORDS or low.rstrip(".") in _LABEL_WORDS:
        return True
    if low in _FUNCTION_WORDS or low.rstrip(".,") in _FUNCTION_WORDS:
        return False
    if any(ch.isupper() for ch in word[1:]) and not word.isupper():
        return True  # "iPhone 11", "McLaren 720"
    return word[0].isupper()  # "Apollo 11", "Boeing 737", "Row 21"


_TO_AT_BEFORE = re.compile(r"\b(?:to|at)\s*$", re.I)
_UP_TO_BEFORE = re.compile(r"\bup\s+to\s*$", re.I)


def _modifiers(sentence: str, c: _Core) -> None:
    """Approximators, bounds and change words before the number, in place."""
    at = c.start if c.mod_start is None else c.mod_start
    origin = max(0, at - 50)
    before = sentence[origin:at]
    tail = before.rstrip()
    if tail.isascii() and not tail.lower().endswith(_APPROX_LAST_WORDS):
        m = None  # no approximator's last word at the end: the long pattern cannot match
    else:
        m = _APPROX_RE.search(before, max(0, len(before) - 30))
    for _ in (1,) if m else ():
        approx, change = next((a, ch) for i, (_, a, ch) in enumerate(_APPROX) if m.group(f"g{i}"))
        if approx == "up_to" and _find_change(before[:m.start()]) and \
                _UP_TO_BEFORE.search(before):
            break  # "rose up to": a change, not a bound
        if approx in ("less_than", "more_than") and _ONE_OF_AHEAD.match(sentence, c.start) \
                and m.group(0).strip().lower() in _PLACE_PREPOSITIONS:
            break  # "under one of the foundations", "over one of the pitches": a place, not a bound
        c.start = min(c.start, origin + m.start())  # the quantity's text takes its modifier: "about 250"
        word = m.group(0).strip().lower()
        if approx == "only" and c.kind == "vague":
            break
        if c.kind == "range":  # a range keeps its ends; the modifier only labels it
            c.change = change
            before = before[:m.start()]
            if approx != "only":
                return
            break
        if approx == "about" and _ALMOST.search(before):
            c.approx = "almost"
            if c.value is not None and c.kind != "range":
                c.low, c.high, c.high_inclusive = c.value * 0.9, c.value, False
        elif approx == "about":
            c.approx = "about"
            if c.value is not None and c.kind != "range":
                c.low, c.high = c.value * 0.9, c.value * 1.1
        elif approx in ("more_than", "at_least"):
            c.approx = approx
            c.high, c.low_inclusive = None, approx == "at_least"
            if c.kind == "range":
                c.low = c.low
        elif approx in ("less_than", "up_to"):
            c.approx = "less_than" if approx == "less_than" else ("at_most" if word in ("at most", "no more than")
                                                                  else "up_to")
            c.low = 0.0 if c.value is not None and c.value >= 0 else None
            c.high_inclusive = approx == "up_to"
        else:
            c.approx = "only" if word in ("only", "just", "a mere", "mere", "merely") else "exact"
        c.change = change
        before = before[:m.start()]
        break
    if c.approx in ("about", "more_than", "at_least", "less_than", "up_to", "at_most") \
            or _TO_AT_BEFORE.search(before):
        return  # "up about 19%": the approximation is the label; "fell to 4%", "closed higher at 96": a level
    found = _find_change(before)
    if found:
        direction, word, by = found
        if word in _AMBIGUOUS_CHANGE and not _is_rate(c) and not by and not _TO_LEVEL.match(sentence, c.end):
            return  # "raised $150 million", "cut 1,200 jobs": an amount; "added 15 cents to $2.70": a change
        c.change = direction


_BY_BEFORE = re.compile(r"(?<![\w-])by\s*$", re.I)
_TO_LEVEL = re.compile(r"\s+to\s+\S{0,4}\d")
_WORDS_BACK = re.compile(r"[\w'’]+|,")
_UP_WORDS = frozenset(w for w in _UP.split("|"))
_DOWN_WORDS = frozenset(w for w in _DOWN.split("|"))
_ADVERB_WORDS = frozenset("just only sharply slightly steeply nearly almost about around roughly some another a "
                          "further an additional by to more than over less as much many up at least under "
                          "approximately , marginally modestly".split())


# Verbs whose "up"/"down" is a particle, not a change: "gave up 517 yards", "make up 40% of".
_PARTICLE_VERBS = frozenset("give gives gave given giving make makes made making take takes took taken taking "
                            "pick picks picked picking sign signs signed signing set sets setting put puts "
                            "putting rack racks racked racking pile piles piled piling sum sums summed add adds "
                            "added adding write writes wrote written writing show "
                            "shows showed shown showing break breaks broke broken "
                            "breaking use used uses using back backs backed shut shuts turn turns turned "
                            "turning".split())


def _find_change(before: str) -> tuple[str, str, bool] | None:
    """The change verb right before a number, skipping adverbs and bounds ("rose by just",
    "fell more than"), or before "by" after a short object ("cut its rate by"):
    (direction, verb, whether "by" was seen)."""
    tokens = [t.lower() for t in _WORDS_BACK.findall(before[-60:])]
    by = False
    skipped_object = 0
    i = len(tokens) - 1
    while i >= 0:
        tok = tokens[i]
        pair = f"{tokens[i - 1]} {tok}" if i > 0 else ""
        for phrase in (pair, tok):
            if phrase in _UP_WORDS or phrase in _DOWN_WORDS:
                if phrase in ("up", "down") and tokens[i + 1:i + 2] == ["to"] and not by:
                    pass  # "up to" is a bound, "down to" a level
                elif phrase in ("up", "down") and i > 0 and tokens[i - 1] in _PARTICLE_VERBS:
                    return None  # "gave up 517 yards", "make up 40%", "wrote down $2bn": a phrasal verb
                else:
                    return ("up" if phrase in _UP_WORDS else "down"), phrase.split()[-1], by
        if tok == "by" and not by and skipped_object == 0:
            by = True
        elif tok in _ADVERB_WORDS and skipped_object == 0:
            pass
        elif by and skipped_object < 3 and tok != ",":
            skipped_object += 1  # "cut [its rate] by"
        else:
            return None
        i -= 1
    return None


def _is_rate(c: _Core) -> bool:
    return c.unit in ("percentage", "percentage point", "basis point") or (c.counted or "").lower() in ("points", "point")


# Verbs that move a level with a rate ("cut 2%") but also just handle an amount ("cut 1,200 jobs").
_AMBIGUOUS_CHANGE = frozenset("raised raise raises raising cut cuts cutting added adds adding shed sheds shedding "
                              "boosted boost reduced reduce reduces slashed lowered hiked hike expanded expand "
                              "improved trimmed lost lose loses losing wiped".split())


_OF_A_AFTER = re.compile(r"\s+(?:of\s+)?an?\s+(?:(?:US|U\.S\.|imperial|metric)\s+)?")
_HYPHEN_WORD_AFTER = re.compile(r"-[A-Za-z]")


class QuantityExtractor:
    """Finds the quantities of one sentence. Options only in ``__init__``."""

    def __init__(self, *, keep_years: bool = False):
        self.keep_years = keep_years

    def __call__(self, sentence: str) -> list[Quantity]:
        if not sentence:
            return []
        digits = _HAS_DIGIT.search(sentence) is not None
        low = sentence.lower()
        tokens = _NUMBER_TOKENS.intersection(_LOWER_WORD.findall(low))  # a set lookup, not a regex of words
        words = bool(tokens) or "fold" in low
        if not digits and not words:
            return []
        # each finder runs only when its trigger is there: most sentences have one kind of number or none
        cores = _merge([
            _slash_fraction_cores(sentence) if digits and ("/" in sentence or "⁄" in sentence) else [],
            _fold_cores(sentence) if "fold" in low else [],
            _digit_cores(sentence) if digits else [],
            _vague_cores(sentence) if not tokens.isdisjoint(_VAGUE_TRIGGERS) else [],
            _fraction_cores(sentence) if not tokens.isdisjoint(_FRACTION_TRIGGERS) else [],
            _word_cores(sentence) if not tokens.isdisjoint(_CARDINAL_TOKENS) else []])
        kept = []
        for c in cores:
            raw = c.raw
            if _is_date_or_time(sentence, c):
                continue
            if c.kind == "words" and not _word_number_counts(sentence, c):
                continue
            if c.kind == "fraction" and sentence[c.end:c.end + 1] == "-":
                continue  # "half-staff", "third-party"
            if c.kind in ("words", "fraction") and _HYPHEN_WORD_AFTER.match(sentence[c.end:c.end + 2]) \
                    and not _AGE.match(sentence[c.end:c.end + 16]):
                continue  # "a five-year plan", "six-speed gearbox": a compound adjective, not an amount
            if c.kind == "fraction" and not _fraction_counts(sentence, c):
                continue
            if c.kind == "digits" and _is_jersey_number(sentence, c):
                continue
            bare_end = c.end
            if c.kind in ("digits", "range") and _is_ordinal(sentence, c.end):
                continue  # "22nd", "71st": an ordinal ("22st" is 22 stone)
            self._unit_and_counted(sentence, c)
            if _is_name_number(sentence, c, sentence[bare_end:c.end].strip()):
                continue  # after the unit: "Tylenol 500mg", "MacBook Pro 16 inch" measure, "Boeing 737" names
            if c.kind in ("digits", "range") and c.end == bare_end and sentence[c.end:c.end + 1].isalpha():
                continue  # "22nd", "10th", "737MAX": glued letters that are no unit
            if c.kind == "digits" and _is_code(sentence, c, raw):
                continue
            if c.kind == "digits" and not c.unit and not c.counted and _is_appositive_age(sentence, c, raw):
                c.unit = "year of age"  # "Maddon, 66, has"
            if not self.keep_years and _is_year(sentence, c, raw):
                continue
            if c.kind == "range" and _is_score(sentence, c):
                continue
            kept.append(c)
        kept = _join_ranges(sentence, kept)
        for a, b in zip(kept, kept[1:]):
            if a.unit is None and a.counted is None and b.unit and a.kind in ("digits", "words") \
                    and _PARTITIVE_GAP.fullmatch(sentence, a.end, b.start):
                a.unit = b.unit  # "raised 280 million of the 1.5 billion shekels"
        out: list[Quantity] = []
        prev: _Core | None = None
        done: list[_Core] = []
        for c in kept:
            _modifiers(sentence, c)
            own = c.approx not in ("exact", "range") or c.change != "="
            if prev is not None and (not own or c.approx == "range") and _is_restatement(sentence, prev, c):
                # "87 mph (140 km/h)" shares its bound, a restated range its change;
                # "more than 1,800 posts, or about 4%" keeps its own
                c.change = prev.change
                if c.approx == "exact":
                    c.approx, c.low_inclusive, c.high_inclusive = prev.approx, prev.low_inclusive, prev.high_inclusive
                    if prev.high is None:
                        c.high = None
            _inherit_unit(sentence, done, c)
            if c.change == "=" and c.approx == "exact" and _BY_BEFORE.search(sentence, max(0, c.start - 6), c.start):
                # "Ross was down 2.3%, Burlington by 2.6%": the verb is left out, the change carries over
                c.change = next((p.change for p in reversed(done[-4:]) if p.unit == c.unit
                                 and p.change in ("up", "down")), "=")
            out.append(_to_quantity(sentence, c))
            done.append(c)
            prev = c
        return out

    def pipe(self, sentences) -> list[list[Quantity]]:
        return [self(s) for s in sentences]

    @staticmethod
    def _unit_and_counted(sentence: str, c: _Core) -> None:
        post = _POST_APPROX.match(sentence, c.end)
        if post and c.kind in ("digits", "words") and c.value is not None:  # "20-odd", "40-plus"
            c.end = post.end()
            if post.group("about"):
                c.approx, c.change, c.low, c.high = "about", "~", c.value * 0.9, c.value * 1.1
            else:
                c.approx, c.change, c.high = "at_least", ">", None
        if c.unit is None:
            unit, end = _read_unit(sentence, c.end)
            if unit:
                c.unit, c.end = unit, end
        if c.unit is None and c.kind == "fraction":  # "a quarter of a percentage point", "half a mile"
            of = _OF_A_AFTER.match(sentence[c.end:c.end + 20])
            if of:
                unit, end = _read_unit(sentence, c.end + of.end() - 1)
                if unit:
                    c.unit, c.end = unit, end
        if c.unit:
            c.unit, c.end = _read_per(sentence, c.end, c.unit)
            if c.unit.endswith(" of age"):
                c.counted = _read_counted(sentence, c.end)
            return
        # "tens of millions of dollars": the unit after "of"
        of = _OF_AFTER.match(sentence[c.end:c.end + 20])
        if of and c.kind in ("vague", "digits", "words"):
            unit, end = _read_unit(sentence, c.end + of.end())
            if unit and unit in unit_names().currency_names:
                c.unit, c.end = unit, end
                return
        c.counted = _read_counted(sentence, c.end)


_HAS_DIGIT = re.compile(r"\d")
_VAGUE_TRIGGERS = frozenset("dozens hundreds thousands millions billions trillions tens scores handful".split())
_FRACTION_TRIGGERS = frozenset("half halves third thirds quarter quarters fourth fourths fifth fifths sixth sixths "
                               "seventh sevenths eighth eighths ninth ninths tenth tenths".split())
_POST_APPROX = re.compile(r"(?:-|\s)(?:(?P<about>odd|or\s+so|-?ish)|(?P<plus>plus|\+))(?![\w])|(?P<sym>\+)(?![\w\d])", re.I)
_LOWER_WORD = re.compile(r"[a-z]+")
_CARDINAL_TOKENS = frozenset(list(UNITS_WORDS) + list(TENS_WORDS) + list(SCALES) + ["dozen"])
_NUMBER_TOKENS = _CARDINAL_TOKENS | _VAGUE_TRIGGERS | _FRACTION_TRIGGERS


_HALF_DETERMINER_BEFORE = re.compile(r"\b(?:this|the|that|first|second|other|each|a|an|and|by|in)\s+$")
_FRACTION_OBJECT_AHEAD = re.compile(r"^\s+(?:of|the|a|an|their|its|his|her|our|all|[\d$€£])", re.I)
_LOWER_WORD_AHEAD = re.compile(r"^\s+[a-z]+")
_DETERMINER_AHEAD = re.compile(r"^\s+(?:the|a|an|their|his|her|its|our|my|your)\s", re.I)


def _fraction_counts(sentence: str, c: _Core) -> bool:
    """ "half of the staff", "half the condos", "two-thirds of voters"; not "this half", "second half"."""
    after = sentence[c.end:c.end + 12]
    if sentence[c.start:c.end].lower() != "half":
        return bool(_FRACTION_OBJECT_AHEAD.match(after)) \
            or bool(_LOWER_WORD_AHEAD.match(after))
    before = sentence[max(0, c.start - 12):c.start].lower()
    if _HALF_DETERMINER_BEFORE.search(before):
        return False
    return bool(_FRACTION_OBJECT_AHEAD.match(after))


_NAME_BRACKET_BEFORE = re.compile(r"[A-Z][a-z]+\s*\($")


def _is_jersey_number(sentence: str, c: _Core) -> bool:
    """ "Dak Prescott (4) celebrates": a player's number in brackets after a name."""
    return bool(_NAME_BRACKET_BEFORE.search(sentence[max(0, c.start - 30):c.start])) and sentence[c.end:c.end + 1] == ")" \
        and c.value is not None and c.value < 100 and not c.unit


_ONE_TO_NUMBER_AHEAD = re.compile(rf"^\s+(?:to|or|in|out\s+of)\s+(?:{_NUMBER_WORD}|\d)", re.I)
_ONE_IDIOM_AHEAD = re.compile(r"^\s+(?:another|more|day|time|way|thing|point|side|or\s+(?:two|other)|another|"
                              r"else|by\s+one|and\s+only)\b")
_NEXT_WORD_AHEAD = re.compile(r"^\s+([A-Za-z][\w'-]*)")
_OF_PRONOUN_AHEAD = re.compile(r"^\s+of\s+(?:the\s+)?(?:few|many|those|these|them|us|its|his|her)\b")
_ONE_DETERMINER_BEFORE = re.compile(r"\b(?:no|any|every|some|someone|the|this|that|which|each|same|"
                                    r"on|at|in|big|little|last|new|old|other|such|like|the\s+only)\s+$")


def _word_number_counts(sentence: str, c: _Core) -> bool:
    """A number word names an amount when something is counted or measured:
    "four trucks", "one of the students"; not "no one", "one another", "one day"."""
    text = sentence[c.start:c.end].lower()
    before = sentence[max(0, c.start - 12):c.start].lower()
    after = sentence[c.end:c.end + 24].lower()
    if text in ("one", "a dozen") or text.startswith("a "):
        if text == "one" and _ONE_DETERMINER_BEFORE.search(before):
            return False
        if _ONE_TO_NUMBER_AHEAD.match(after):
            return True  # "one to two years"
        if _ONE_IDIOM_AHEAD.match(after):
            return False
        nxt = _NEXT_WORD_AHEAD.match(after)
        if not nxt or (nxt.group(1).lower() in _STOP and nxt.group(1).lower() != "of"
                       and _read_unit(sentence, c.end)[0] is None):
            return False
        if _OF_PRONOUN_AHEAD.match(after):
            return False
    if text in SCALES or text == "dozen":  # a bare "hundred", "a baker's dozen"
        return False
    return True


_LOOSE_TO = re.compile(r"\s+[^,;:()]{1,40}?\s+(?:to|until|till)\s+", re.I)


_RATIO_GAP = re.compile(r"\s+(?:in|out\s+of)\s+(?:every\s+)?", re.I)
_NOUN_RATIO_GAP = re.compile(r"\s+([a-z][\w'-]*)\s+(?:in|out\s+of)\s+(?:every\s+)?")


_RANGE_LEAD_BEFORE = re.compile(r"\b(?:between|from)\s*$", re.I)
_BY_AT_END = re.compile(r"\bby\s*$", re.I)


def _join_ranges(sentence: str, cores: list[_Core]) -> list[_Core]:
    """ "between 20 and 30", "from 5 to 10 km", "1 to 1.5 degrees", "one to two years"."""
    out: list[_Core] = []
    i = 0
    while i < len(cores):
        a = cores[i]
        if i + 1 < len(cores) and a.kind not in ("vague", "range") and cores[i + 1].kind not in ("vague", "range"):
            b = cores[i + 1]
            gap = sentence[a.end:b.start]
            before = sentence[max(0, a.start - 30):a.start]
            between = bool(_BETWEEN_BEFORE.search(before))
            frm = bool(_FROM_BEFORE.search(before))
            ratio = _RATIO_GAP.fullmatch(gap)
            # "one train in five", "one household in four": the counted thing between the two numbers
            noun_ratio = _NOUN_RATIO_GAP.fullmatch(gap) if a.kind == "words" and a.counted else None
            if noun_ratio and a.kind == "words" and a.counted and a.counted.lower() == noun_ratio.group(1).lower() \
                    and a.unit is None and b.unit is None:  # in words: "32 goals in 36 games" is no ratio
                ratio, a.counted, b.counted = noun_ratio, None, None
            if ratio and a.unit is None and a.counted is None and a.kind in ("digits", "words") \
                    and b.kind in ("digits", "words") and a.value and b.value and a.value < b.value:
                v = a.value / b.value  # "one in three adults": a proportion
                out.append(_Core(a.start, b.end, v, v, v, "fraction", counted=b.counted or
                                 (noun_ratio.group(1) if noun_ratio else None)))
                i += 2
                continue
            # "from $36,040 at 10.45pm last night to $34,935": words between the two ends of a "from ... to"
            loose = frm and not _RANGE_JOIN.match(gap) and _LOOSE_TO.fullmatch(gap) and " and " not in gap
            if _RANGE_JOIN.match(gap) or loose:
                joiner = "to" if loose else gap.strip().lower()
                bare_a = a.unit is None and a.counted is None
                same = a.unit == b.unit or (bare_a and (b.unit is not None or b.counted is not None))
                if frm and a.unit and b.unit is None and b.counted is None:
                    same = True  # "from 208 pounds to 193"
                changed = (_find_change(before) is not None or bool(_BY_AT_END.search(before))) \
                    and not frm and a.unit is not None  # "rose by $5bn to $40bn": a change, then a level
                if a.unit and b.unit and b.unit.startswith(a.unit + " per "):
                    same = True  # "from $500,000 to $1 million a year"
                # "approved 121 to 97", "won 3-1": a tally or a score runs high to low; a range runs low to
                # high unless a "from" says where it started ("from 45 minutes to 25") or it measures
                # something ("a current density of 1.3 A/cm2 to 0.03 A/cm2")
                tally = joiner in ("to", "-", "–", "—") and not frm and not between \
                    and a.unit is None and b.unit is None \
                    and a.value is not None and b.value is not None and a.value > b.value
                ok = (between and joiner == "and") or (joiner in ("to", "-", "–", "—") and same and not changed
                                                       and not tally) \
                    or (joiner == "or" and bare_a and same and a.kind == b.kind == "words")
                if ok and a.value is not None and b.value is not None:
                    scale_a = a.value
                    base_b = _base_value(sentence, b)
                    if b.value != base_b and a.value <= base_b and a.value == _base_value(sentence, a):
                        scale_a = a.value * (b.value / base_b)  # "1 to 2 million", "four to five thousand"
                    lo, hi = scale_a, b.value
                    merged = _Core(a.start, b.end, round((lo + hi) / 2, 6), min(lo, hi), max(lo, hi), "range",
                                   unit=b.unit or a.unit, approx="range", counted=b.counted or a.counted)
                    lead = _RANGE_LEAD_BEFORE.search(before)
                    if lead and (between or frm):
                        merged.start = a.start - (len(before) - lead.start())
                        merged.mod_start = a.start
                    out.append(merged)
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


_LETTERS_AHEAD = re.compile(r"^\s*([A-Za-z]+)?")
_TO_AT_BEFORE_CASED = re.compile(r"\b(?:to|at)\s*$")


def _inherit_unit(sentence: str, earlier: list[_Core], c: _Core) -> None:
    """ "435 homes by sale and 187 by tender", "84.75 cents, while the lowest is 74.07": a bare
    number of the same size as an amount before it counts the same thing. Index points carry
    over whatever the size: "rose 64.06 points to 4,577.10"."""
    if c.unit or c.counted or c.kind not in ("digits", "words") or not c.value:
        return
    nxt = _LETTERS_AHEAD.match(sentence[c.end:c.end + 20])
    word = (nxt.group(1) or "").lower() if nxt else ""
    if word and word not in _STOP and not word.endswith("ed"):
        return  # a noun follows: its own thing
    of_them = _OF_PRONOUN_AHEAD.match(sentence[c.end:c.end + 20]) is not None
    for prev in reversed(earlier):
        if c.start - prev.end > (120 if of_them else 60):
            return  # too far back to be the same thing: "7.5 years ... (35, 36, 37)"
        if not (prev.unit or prev.counted) or (prev.unit or "").endswith(" of age"):
            continue
        if of_them and not prev.counted:
            continue  # "112 sites along the 240-kilometre reef ... at 97 of them": things, not a measure
        if prev.unit in ("percentage", "percentage point") and not (
                prev.change in ("up", "down") and _BY_BEFORE.search(sentence, max(0, c.start - 6), c.start)):
            continue  # "rose 5% to 300" is no percentage; "DAX rose by 2 percent, the CAC by 1" is
        size = prev.high if prev.kind == "range" else prev.value  # "14-18 mpg to 24", "minus 1.4 degrees and 2.1"
        if prev.kind not in ("digits", "words", "range") or not size:
            continue
        points = (prev.counted or "").lower() == "points" and _TO_AT_BEFORE_CASED.search(sentence[max(0, c.start - 10):c.start])
        if points or 0.1 <= abs(c.value / size) <= 10:
            c.unit, c.counted = prev.unit, prev.counted
            return


_STREET = r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Dr|Way|Place|Pl|Square|Sq|Court|Ct|" \
          r"Terrace|Crescent|Close|Highway|Parkway)"
# "10 Downing Street", "9 E 71st St", "22 Ave Foch", "the 90049 ZIP code"
_ADDRESS = re.compile(rf"^\s+(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+)?"
                      rf"(?:(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))\s+){{1,3}}{_STREET}\b|^\s+(?:Ave|Avenue|Rue|Via|Calle)\s+[A-Z]"
                      r"|^\s+(?:ZIP|zip|postal|post|area)\s*[Cc]odes?\b")


_PARTITIVE_GAP = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|our|this|that)\s+)?", re.I)
_APPOSITION_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’.-]+),\s*$")


_COMMA_AHEAD = re.compile(r"\s*,")


def _is_appositive_age(sentence: str, c: _Core, raw: str) -> bool:
    """ "Tom Haines, 43, said": a whole number set off by commas after a name is an age."""
    if not raw.isdigit() or not 1 <= int(raw) <= 119 or not _COMMA_AHEAD.match(sentence[c.end:c.end + 3]):
        return False
    m = _APPOSITION_BEFORE.search(sentence, max(0, c.start - 30), c.start)
    return bool(m) and not (_MONTH_BEFORE.search(m.group(1) + " ") or m.group(1).lower() in _WEEKDAYS)


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


_LETTER_BRACKET_AHEAD = re.compile(r"^\([a-z]\)")
_SLASH_DIGIT_AHEAD = re.compile(r"^[/⁄]\d")
_LETTER_CODE_AHEAD = re.compile(r"^-?[A-Z](?![\w-])")
_LIST_ITEM_AHEAD = re.compile(r"^[.)]\s+[A-Z]")
_SLASH_OF_AHEAD = re.compile(r"^[/⁄]\d+\s+of\b")


def _is_code(sentence: str, c: _Core, raw: str) -> bool:
    """ "9/11", "24/7", "401(k)", "0800 ...", "10 Downing Street": numbers that name, not count."""
    after = sentence[c.end:c.end + 40]
    if _SLASH_DIGIT_AHEAD.match(after) and not _SLASH_OF_AHEAD.match(after):
        return True
    if _LETTER_BRACKET_AHEAD.match(after):
        return True
    if len(raw) > 1 and raw.startswith("0") and not raw.startswith("0."):
        return True
    if _LETTER_CODE_AHEAD.match(after) and not c.unit:
        return True  # "3-D printing", "a 4K screen" read as a name
    if not sentence[:c.start].strip() and _LIST_ITEM_AHEAD.match(after) and not c.unit:
        return True  # "5) Glyphosate ...": a list item's number
    return not c.unit and bool(_ADDRESS.match(after))


_RESTATEMENT_GAP = re.compile(r"\s*[(\[]\s*(?:or\s+|about\s+|around\s+|roughly\s+)?|\s*,?\s+or\s+")


def _is_restatement(sentence: str, a: _Core, b: _Core) -> bool:
    """ "87 mph (140 km/h)", "$1.4bn (£1.1bn)": the bracketed amount restates the one before."""
    gap = sentence[a.end:b.start]
    if a.counted and gap.lstrip().startswith(a.counted):
        gap = gap.lstrip()[len(a.counted):]  # "190 points, or 0.6%"
    return bool(_RESTATEMENT_GAP.fullmatch(gap))


_SCORE = re.compile(r"\d{1,2}\s?[-–]\s?\d{1,2}")


def _is_score(sentence: str, c: _Core) -> bool:
    """ "beat Charlton 2-1", "ended 2-2": a score, not a range."""
    text = sentence[c.start:c.end]
    if c.unit or c.counted and c.counted.lower().endswith("s") and c.counted.lower() != "thanks":
        return False
    return bool(_SCORE.fullmatch(text))


_NUMBER = re.compile(_NUM)
_SPACES_HYPHENS = re.compile(r"[\s-]+")


def _base_value(sentence: str, c: _Core) -> float:
    """The number before its scale word: "$4 million" -> 4, "five thousand" -> 5."""
    text = sentence[c.start:c.end]
    m = _NUMBER.search(text)
    if m:
        v = parse_digits(m.group(0))
        return v if v is not None else (c.value or 1.0)
    words = [w for w in _SPACES_HYPHENS.split(text.lower()) if w in UNITS_WORDS or w in TENS_WORDS]
    v = parse_words(words) if words else None
    return v if v is not None else (c.value or 1.0)


def _to_quantity(sentence: str, c: _Core) -> Quantity:
    def r(x):
        return None if x is None else float(f"{float(x):.12g}")
    return Quantity(
        text=sentence[c.start:c.end], value=r(c.value), low=r(c.low), high=r(c.high), approx=c.approx,
        counted=c.counted, unit=c.unit, change=c.change, start=c.start, end=c.end,
        low_inclusive=c.low_inclusive, high_inclusive=c.high_inclusive)


_DEFAULT = QuantityExtractor()


# --- amounts said without a number --------------------------------------------------------------
#
# News tells some amounts with no number in them: a span of time with an article ("for a week",
# "within a fortnight", "nearly a decade"), a bare plural of a time unit ("grounded for months",
# "several years"), a fraction with an article ("rose by almost a fifth"), a share word ("most
# regions", "the majority of voters"). The extractor leaves them out (the NewsQuant convention:
# "a decade" is no quantity); a comparison needs them, so they are read here, on request.

_TIME_UNITS = {"second": 1, "minute": 1, "hour": 1, "day": 1, "night": 1, "week": 1, "fortnight": 2,
               "month": 1, "year": 1, "decade": 1, "century": 1}
_TIME_UNIT_NAME = {"fortnight": "week", "night": "day"}
_SPAN_BEFORE = (r"for|within|over|in|after|lasting|lasted|lasts|last|took|takes|take|taking|spent|spend|spends|"
                r"spanning|nearly|almost|about|around|roughly|more\s+than|"
                r"less\s+than|at\s+least|up\s+to|under|just|only|barely|the\s+past|the\s+last|the\s+next|"
                r"another|a\s+full|by")
_ONE_SPAN = re.compile(
    rf"\b(?P<pre>(?:(?:{_SPAN_BEFORE})\s+)+)(?P<amount>(?:a|an|one)\s+(?:(?:full|whole|single)\s+)?"
    rf"(?P<unit>second|minute|hour|day|night|week|fortnight|month|year|decade|century))\b"
    r"(?!\s*(?:-|ago\b|earlier\b|later\b|from\s+now\b|previously\b|old\b))", re.I)
# "a month after the fire" is when, not how long ("for a month after the fire" is how long)
_WHEN_AFTER = re.compile(r"\s*(?:before|after|since)\b", re.I)
_HOW_LONG = re.compile(r"\b(?:for|lasting|lasted|lasts|spent|spend|spends|took|takes|take|taking|spanning)\s", re.I)
_SOME_SPANS = re.compile(
    rf"\b(?:(?P<pre>(?:(?:{_SPAN_BEFORE})\s+)+)(?P<amount>(?:(?:several|a\s+few|many)\s+)?{{unit}})|"
    rf"(?P<amount2>(?:several|a\s+few|many)\s+{{unit}}))\b"
    r"(?!\s*(?:ago\b|earlier\b|later\b|before\b|after\b|old\b|-))".replace(
        "{unit}", "(?:seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries)"), re.I)
_PLURAL_UNIT = re.compile(r"(?:seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries)$", re.I)
# "over a kilometre", "nearly a mile", "more than a tonne": one of a unit, bounded
_ONE_UNIT = re.compile(r"\b(?P<pre>(?:nearly|almost|about|around|roughly|more\s+than|less\s+than|over|under|"
                       r"at\s+least|up\s+to|just\s+over|just\s+under)\s+)(?:a|an|one)(?=\s+[a-z])", re.I)
# "a four-year ban", "18-month suspended sentences", "a two-day strike": a span told as an adjective
_SPAN_ADJECTIVE = re.compile(r"(?<![\w.-])(?P<n>\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)-(?P<unit>second|minute|hour|"
                             r"day|night|week|month|year|decade)(?:-long)?(?=\s+[a-z])", re.I)
# A few of a unit, as news uses the plural alone: "for months" is at least two and fewer than a year.
_SOME_OF = {"second": (2, 59), "minute": (2, 59), "hour": (2, 23), "day": (2, 13), "night": (2, 13),
            "week": (2, 8), "month": (2, 11), "year": (2, 20), "decade": (2, 9), "century": (2, 9)}
_A_FRACTION = re.compile(
    r"\b(?P<pre>(?:(?:nearly|almost|about|around|roughly|more\s+than|less\s+than|over|under|at\s+least|"
    r"just|only|an\s+estimated)\s+)?)(?P<amount>(?:(?:a|one)\s+|(?<=estimated\s))(?P<unit>half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth))\b"
    r"(?=\s*(?:$|[,.;:)]|of\b|between\b|since\b|in\b|on\b|over\b|from\b|to\b|than\b|compared\b|last\b|"
    r"this\b|year\b|a\s+year\b|after\b|by\b|and\b|or\b))", re.I)
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "sixth": 1 / 6, "seventh": 1 / 7,
              "eighth": 0.125, "ninth": 1 / 9, "tenth": 0.1}
_SHARE = re.compile(r"\b(?P<amount>(?:(?:almost|nearly)\s+all|most|the\s+majority|a\s+majority|a\s+minority|"
                    r"the\s+bulk))(?:\s+of)?(?:\s+(?:the|its|their|our|these|those))?\s+(?P<counted>[a-z][\w-]*)",
                    re.I)
_SHARES = {"all": (0.8, 1.0), "most": (0.5, 1.0), "majority": (0.5, 1.0), "minority": (0.0, 0.5), "bulk": (0.5, 1.0)}
_SPAN_TRIGGERS = frozenset("""second minute hour day night week fortnight month year decade century seconds minutes
    hours days nights weeks months years decades centuries""".split())
_FRACTION_WORDS = frozenset("half third quarter fifth sixth seventh eighth ninth tenth".split())
_BOUND_TRIGGERS = frozenset("nearly almost about around roughly than over under least to".split())
_SPAN_SINGULAR = frozenset("second minute hour day night week fortnight month year decade century".split())
_SPAN_PLURAL = _SPAN_TRIGGERS - _SPAN_SINGULAR
_ONE_WORDS = frozenset("a an one full whole single".split())
_SHARE_STRICT = frozenset("most majority minority bulk".split())
_PUNCT_TO_SPACE = str.maketrans({c: " " for c in ",.;:!?()[]{}\"“”‘’'/"})
_RATE_BEFORE = re.compile(r"(?:\d|%|\bcent|\btimes|\bonce|\btwice|\bper)[\w.,]*\s+$", re.I)


_MORE_AT_END = re.compile(r"(?:more than|over|at least)$")
_LESS_AT_END = re.compile(r"(?:less than|under|up to|barely)$")
_ALMOST_AT_END = re.compile(r"(?:nearly|almost)$")
_ABOUT_AT_END = re.compile(r"(?:about|around|roughly|estimated)$")
_ONLY_AT_END = re.compile(r"(?:just|only)$")


def _approx_of(pre: str) -> tuple[str, float | None, float | None, bool, bool]:
    """The bound the words before an amount put on it: (approx, low factor, high factor, incl, incl)."""
    pre = " ".join(pre.lower().split())
    if _MORE_AT_END.search(pre):
        return ("more_than" if not pre.endswith("at least") else "at_least", 1.0, None, pre.endswith("at least"), True)
    if _LESS_AT_END.search(pre):
        return ("up_to" if pre.endswith("up to") else "less_than", 0.0, 1.0, True, pre.endswith("up to"))
    if _ALMOST_AT_END.search(pre):
        return ("almost", 0.9, 1.0, True, False)
    if _ABOUT_AT_END.search(pre):
        return ("about", 0.9, 1.1, True, True)
    if _ONLY_AT_END.search(pre):
        return ("only", 1.0, 1.0, True, True)
    return ("exact", 1.0, 1.0, True, True)


@lru_cache(maxsize=4096)
def implied_amounts(sentence: str) -> tuple[Quantity, ...]:
    """Amounts told without a number: "for a week" (1 week), "within a fortnight" (2 weeks), "for
    months" (2 to 11 months), "several years", "by almost a fifth" (0.2, almost), "most regions"
    (a share of 0.5 to 1 of the regions). Offsets relative to the sentence; none overlaps another."""
    if not sentence:
        return ()
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    low = sentence.lower().translate(_PUNCT_TO_SPACE)
    words = set(low.split())
    # each reading runs only when the words it needs are there (a regular expression over the whole
    # sentence costs more than the set operations that rule most sentences out)
    kinds = set()
    ones = words & _ONE_WORDS
    units = words & _SPAN_SINGULAR
    if units and ones and any(f"{a} {u}" in low for u in units for a in ones):
        kinds.add("one_span")
    if not words.isdisjoint(_SPAN_PLURAL):
        kinds.add("spans")
    if "-" in low and any(w.rsplit("-", 1)[-1] in _SPAN_SINGULAR for w in words if "-" in w):
        kinds.add("adjective")
    bounds = words & _BOUND_TRIGGERS
    if bounds and ones and any(f"{b} {a} " in low for b in bounds for a in ones):
        kinds.add("one_unit")
    if ones and not words.isdisjoint(_FRACTION_WORDS):
        kinds.add("fraction")
    if not words.isdisjoint(_SHARE_STRICT) or ("all" in words and not words.isdisjoint(("almost", "nearly"))):
        kinds.add("share")
    if not kinds:
        return ()

    def scan(rx: re.Pattern, kind: str):
        return rx.finditer(sentence) if kind in kinds else ()

    def add(q: Quantity) -> None:
        if not any(q.start < b and a < q.end for a, b in taken):
            out.append(q)
            taken.append((q.start, q.end))

    for m in scan(_ONE_SPAN, "one_span"):
        if _RATE_BEFORE.search(sentence, 0, m.start("amount")) and not m.group("pre").strip():
            continue  # "30 million euros a day", "twice a week": a rate
        if _WHEN_AFTER.match(sentence, m.end()) and not _HOW_LONG.search(m.group("pre")):
            continue
        word = m.group("unit").lower()
        n = float(_TIME_UNITS[word])
        approx, lo, hi, li, hi_inc = _approx_of(m.group("pre"))
        start = m.start("amount") if approx == "exact" else _bound_start(sentence, m)
        add(Quantity(text=sentence[start:m.end("amount")], value=n, low=None if lo is None else n * lo,
                     high=None if hi is None else n * hi, approx=approx, unit=_TIME_UNIT_NAME.get(word, word),
                     start=start, end=m.end("amount"), low_inclusive=li, high_inclusive=hi_inc))
    for m in scan(_SOME_SPANS, "spans"):
        group = "amount" if m.group("amount") else "amount2"
        text = m.group(group)
        word = singular(_PLURAL_UNIT.search(text).group().lower())
        low, high = _SOME_OF.get(word, (2, 9))
        add(Quantity(text=text, value=None, low=float(low), high=float(high), approx="vague",
                     unit=_TIME_UNIT_NAME.get(word, word), start=m.start(group), end=m.end(group)))
    for m in scan(_SPAN_ADJECTIVE, "adjective"):
        n = m.group("n")
        value = float(n) if n[0].isdigit() else parse_words(n.lower().replace("-", " ").split())
        if not value:
            continue
        word = m.group("unit").lower()
        add(Quantity(text=m.group(), value=float(value), low=float(value), high=float(value), approx="exact",
                     unit=_TIME_UNIT_NAME.get(word, word), start=m.start(), end=m.end()))
    for m in scan(_ONE_UNIT, "one_unit"):
        unit, end = _read_unit(sentence, m.end())
        if not unit or unit in _TIME_UNITS or " of age" in unit \
                or sentence[m.end():end].strip().lower() in _FRACTIONS:
            continue  # "almost a quarter" is a fraction
        approx, lo, hi, li, hi_inc = _approx_of(m.group("pre"))
        add(Quantity(text=sentence[m.start():end], value=1.0, low=None if lo is None else lo,
                     high=None if hi is None else hi, approx=approx, unit=unit, start=m.start(), end=end,
                     low_inclusive=li, high_inclusive=hi_inc))
    for m in scan(_A_FRACTION, "fraction"):
        v = _FRACTIONS[m.group("unit").lower()]
        approx, lo, hi, li, hi_inc = _approx_of(m.group("pre"))
        start = m.start("amount") if approx == "exact" else m.start("pre")
        add(Quantity(text=sentence[start:m.end("amount")], value=v, low=None if lo is None else v * lo,
                     high=None if hi is None else v * hi, approx=approx, start=start, end=m.end("amount"),
                     low_inclusive=li, high_inclusive=hi_inc))
    for m in scan(_SHARE, "share"):
        key = m.group("amount").lower().split()[-1]
        low, high = _SHARES.get(key, _SHARES["all"])
        add(Quantity(text=m.group("amount"), value=None, low=low, high=high, approx="vague",
                     counted=m.group("counted"), start=m.start("amount"), end=m.end("amount"),
                     low_inclusive=key in ("all",), high_inclusive=True))
    return tuple(sorted(out, key=lambda q: q.start))


_BOUND_WORDS_AT_END = re.compile(r"(?:nearly|almost|about|around|roughly|more\s+than|less\s+than|at\s+least|up\s+to|"
                                 r"under|over|just|only|barely)\s+$", re.I)


def _bound_start(sentence: str, m: re.Match) -> int:
    """Where the bound words of a span begin ("nearly a decade", "more than a year")."""
    pre = m.group("pre")
    words = _BOUND_WORDS_AT_END.finditer(pre)
    last = None
    for w in words:
        last = w
    return m.start("pre") + last.start() if last else m.start("amount")


def extract_quantities(sentence: str) -> list[Quantity]:
    """The quantities of one sentence, with the default options."""
    return _DEFAULT(sentence)


if __name__ == "__main__":
    import sys
    if sys.argv[1:] != ["--build-units"]:
        raise SystemExit("usage: python -m retold.quantities --build-units   (rewrites retold/data/units.json)")
    _UNIT_DATA.write_text(json.dumps(build_unit_data(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {_UNIT_DATA}")
