"""Numbers as news writes them: "59", "50,000", "1.5 million", "$5bn", "16 1/2", "five", "twenty-four"."""

from __future__ import annotations

import re

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i > 1}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
_SUFFIX_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
                  "tn": 1_000_000_000_000, "trn": 1_000_000_000_000}
_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")
_SUFFIXED = re.compile(r"^(\d+(?:\.\d+)?)(k|m|mn|bn|b|tn|trn)$")
_FRACTION = re.compile(r"^(\d+)/(\d+)$")
_ORDINAL = re.compile(r"^(\d+)(st|nd|rd|th)$")
_ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
DURATION_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30}


_CURRENCY_PREFIX = re.compile(r"^([A-Za-z]{0,3}[$€£¥₹₦])(?=\d)")


def currency_prefix(word: str) -> str | None:
    """The currency sign printed onto a number: "NZ$" in "NZ$50", "€" in "€3bn"."""
    m = _CURRENCY_PREFIX.match(word)
    return m.group(1) if m else None


def word_value(word: str) -> float | None:
    """Value of one token: digits, "5bn", "1/2", "NZ$50", a number word, or a hyphenated one ("twenty-four")."""
    prefix = currency_prefix(word)
    w = word[len(prefix or ""):].lower().strip().rstrip("%")
    if _DIGITS.match(w):
        return float(w.replace(",", ""))
    if m := _SUFFIXED.match(w):
        return float(m.group(1)) * _SUFFIX_SCALES[m.group(2)]
    if (m := _FRACTION.match(w)) and int(m.group(2)) in (2, 3, 4) and int(m.group(1)) < int(m.group(2)):
        return int(m.group(1)) / int(m.group(2))  # "16 1/2 hours"; not a date like "9/11"
    if w in _UNITS:
        return float(_UNITS[w])
    if w in _TENS:
        return float(_TENS[w])
    if "-" in w:
        parts = w.split("-")
        if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS:
            return float(_TENS[parts[0]] + _UNITS[parts[1]])
    return None


def ordinal_value(word: str) -> int | None:
    """Value of an ordinal: "27th" -> 27, "sixth" -> 6."""
    w = word.lower()
    if m := _ORDINAL.match(w):
        return int(m.group(1))
    return _ORDINAL_WORDS.get(w)


def is_scale(word: str, after_number: bool) -> bool:
    """ "million"; "m" and "bn" only straight after a number, as printed in "€3 m"."""
    w = word.lower()
    return w in SCALES or (after_number and w in _SUFFIX_SCALES)


def phrase_value(words: list[str]) -> float | None:
    """Value of consecutive number tokens: ["1.5", "million"], ["two", "hundred"], ["16", "1/2"]."""
    total, current, seen = 0.0, 0.0, False
    for word in words:
        w = word.lower()
        scale = SCALES.get(w) or (_SUFFIX_SCALES.get(w) if seen else None)  # "3 m" as printed "3m"
        if scale:
            current = (current or 1.0) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
            seen = True
            continue
        value = word_value(w)
        if value is None:
            if w in ("and", "a"):
                continue
            return None
        current += value
        seen = True
    return total + current if seen else None


def as_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 6)


def duration_days(text: str) -> int | None:
    """Days in "60-day", "two-month", "six weeks", "45 days"."""
    m = re.search(r"([\w.]+)[-\s](day|days|week|weeks|month|months)\b", text.lower())
    if not m:
        return None
    value = word_value(m.group(1))
    return int(value * DURATION_DAYS[m.group(2)]) if value else None
