"""Numbers as a report prints them, found in a sentence: "more than $3 billion", "145 per cent", "a million".

Each phrase keeps its first and last number tokens, the token that carries its
syntax (the unit of "5%" or "145 per cent", else the last number word), its
value and its unit. Ranges ("700-1000") are left out; the figures component
decides what each remaining number counts.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .figure_context import Lexicon
from .numbers import currency_prefix, is_scale, ordinal_value, phrase_value, word_value


@dataclass
class NumberPhrase:
    """A number as printed: its first and last number tokens, the token that carries its
    syntax (the unit of "5%" or "145 per cent", else the last number word), value and unit."""

    first: Token
    last: Token
    carrier: Token
    value: float
    unit: str | None = None  # "percent" | "money" | None


def number_phrases(sent: Span, x: Lexicon) -> list[NumberPhrase]:
    """Every number phrase of a sentence, ranges and identifiers left out."""
    doc, out, i = sent.doc, [], sent.start
    while i < sent.end:
        token = doc[i]
        starts = word_value(token.text) is not None or (
            is_scale(token.text, False) and i > sent.start and doc[i - 1].lower_ in ("a", "one"))  # "a million"
        if not starts or ordinal_value(token.text) is not None:
            i += 1
            continue
        j = i + 1
        while j < sent.end and (word_value(doc[j].text) is not None or is_scale(doc[j].text, True)):
            j += 1
        phrase = _phrase(doc[i:j], sent, x)
        if phrase is not None:
            out.append(phrase)
        i = j
    return out


def _phrase(span: Span, sent: Span, x: Lexicon) -> NumberPhrase | None:
    doc = span.doc
    first, last = span[0], span[-1]
    if is_scale(first.text, False) and first.i > sent.start and doc[first.i - 1].lower_ in ("a", "one"):
        first = doc[first.i - 1]  # "more than a million": the bound stands before "a"
    before = doc[first.i - 1] if first.i > sent.start else None
    after = doc[last.i + 1] if last.i + 1 < sent.end else None
    after2 = doc[last.i + 2] if last.i + 2 < sent.end else None
    if before is not None and before.text in ("-", "–", "+", "/") and first.i - 2 >= sent.start \
            and word_value(doc[first.i - 2].text) is not None:
        return None  # the second half of "700-1000" or "5+5"
    if after is not None and after.text in ("-", "–", "+", "/") and after2 is not None \
            and word_value(after2.text) is not None:
        return None  # the first half of a range
    value = phrase_value([t.text for t in span])
    if value is None:
        return None
    halves = [c for c in last.children if c.dep_ in ("quantmod", "predet") and c.lower_ in ("half", "quarter")]
    if halves and doc[halves[0].i + 1:first.i].text.lower() in ("a", "of a", ""):
        value *= 0.5 if halves[0].lower_ == "half" else 0.25  # "half a million"
        first = min(first, halves[0], key=lambda t: t.i)
    carrier, unit = last, None
    if after is not None and (after.text == "%" or after.lower_ in x.percent_words):
        carrier, unit = after, "percent"
    elif after is not None and after.lower_ == "per" and after2 is not None and after2.lower_ == "cent":
        carrier, unit = after2, "percent"
    elif currency_prefix(first.text) or before is not None and (
            before.text.endswith("$") or before.text in x.currency_symbols):
        unit = "money"
    elif after is not None and after.lemma_.lower() in x.currency_words:
        carrier, unit = after, "money"
    elif after is not None and after2 is not None and after.pos_ in ("ADJ", "PROPN") \
            and after2.lemma_.lower() in x.currency_words:
        carrier, unit = after2, "money"  # "121,000 Canadian dollars"
    return NumberPhrase(first, last, carrier, value, unit)
