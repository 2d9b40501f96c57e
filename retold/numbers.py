"""Number words and digit strings to values, for the quantities stage.

Pure functions over short strings: ``parse_digits("1,400.5")`` -> 1400.5,
``parse_words(["twenty", "five"])`` -> 25.0, ``parse_fraction("two-thirds")``
-> 0.6667. They return None on anything they do not read, never raise.
"""

from __future__ import annotations

import re

__all__ = ["UNITS_WORDS", "TENS_WORDS", "SCALES", "SCALE_SUFFIXES", "FRACTION_DENOMINATORS",
           "VAGUE", "parse_digits", "parse_words", "parse_fraction", "is_number_word"]

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
    "milliard": 1e9, "milliards": 1e9,  # the billion of a text translated from Danish, Romanian, Russian ...
}
# attached or abbreviated scale marks: "$6bn", "25k", "$13.6M", "2 mln"
SCALE_SUFFIXES = {
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "b": 1e9, "B": 1e9,
    "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "T": 1e12,
}
FRACTION_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}
# Vague amounts: word -> the order of magnitude it names. "dozens" are several
# dozens, "hundreds" several hundreds: [2 * base, 10 * base) with the word's base.
VAGUE = {
    "dozens": 12, "scores": 20, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6,
    "billions": 1e9, "trillions": 1e12, "tens": 10,
}

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d*\.?\d+$")


def parse_digits(text: str) -> float | None:
    """ "1,400.5" -> 1400.5; None when the string is not a plain number."""
    text = text.strip()
    if not _DIGITS.match(text):
        return None
    return float(text.replace(",", ""))


def is_number_word(word: str) -> bool:
    w = word.lower()
    return w in UNITS_WORDS or w in TENS_WORDS or w in SCALES


def parse_words(words: list[str]) -> float | None:
    """["two", "hundred", "and", "five"] -> 205.0, ["twenty-five"] -> 25.0.

    Hyphenated compounds are split; "and" is allowed after a scale word. Returns
    None when a word is not a cardinal number word."""
    parts: list[str] = []
    for w in words:
        parts.extend(p for p in w.lower().split("-") if p)
    if not parts:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for i, p in enumerate(parts):
        if p == "and" and seen:
            if parts[i - 1] not in SCALES:
                return None  # "seven and eleven": two numbers, not one
            continue
        if p == "a" and not seen:
            current = 1.0
            continue
        if p in UNITS_WORDS:
            current += UNITS_WORDS[p]
        elif p in TENS_WORDS:
            current += TENS_WORDS[p]
        elif p == "hundred":
            current = (current or 1.0) * 100
        elif p in SCALES:
            total += (current or 1.0) * SCALES[p]
            current = 0.0
        elif p == "dozen":
            current = (current or 1.0) * 12
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_fraction(text: str) -> float | None:
    """ "two-thirds" -> 0.666..., "a quarter" -> 0.25, "half" -> 0.5, "3/4" -> 0.75."""
    t = text.lower().replace("-", " ").split()
    if len(t) == 1 and "/" in t[0]:
        num, _, den = t[0].partition("/")
        if num.isdigit() and den.isdigit() and int(den):
            return int(num) / int(den)
        return None
    if len(t) == 1 and t[0] == "half":
        return 0.5
    if len(t) == 2 and t[1] in FRACTION_DENOMINATORS:
        num = 1 if t[0] in ("a", "an", "one") else UNITS_WORDS.get(t[0])
        if num is None:
            return None
        return num / FRACTION_DENOMINATORS[t[1]]
    return None
