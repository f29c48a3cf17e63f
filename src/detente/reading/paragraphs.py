"""The `detente_paragraphs` component: a line break ends a sentence (titles, paragraphs), and so does a dateline.

Wire copy opens with a dateline ("NAIROBI, Kenya (AP) —", "Geneva:"). The parser reads it apart, or it
takes the city for the subject of the sentence ("KORVEN said"); but it belongs to the sentence it
introduces, so a record's span (`reported_span`) starts at the dateline.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

_DASHES = {"—", "–", "-", "--"}
_DATELINE_LENGTH = 12


@Language.component("detente_paragraphs")
def split_paragraphs(doc: Doc) -> Doc:
    """Headlines and paragraphs carry no final full stop; the parser must not run them together."""
    starts = [0]
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
            starts.append(token.i)
    for start in starts:
        end = dateline_end(doc, start)
        for i in range(start + 1, end):
            doc[i].is_sent_start = False
        if start < end < len(doc):
            doc[end].is_sent_start = True
    return doc


def reported_span(sentence: Span) -> tuple[int, int]:
    """The characters a record cites: its sentence, with the dateline that opens it."""
    doc = sentence.doc
    start = sentence.start
    if start > 0:
        opening = doc[start - 1].sent
        if dateline_end(doc, opening.start) == start:
            return opening.start_char, sentence.end_char
    return sentence.start_char, sentence.end_char


def dateline_end(doc: Doc, start: int) -> int:
    """The index of the first word after a dateline at ``start``, or ``start`` if there is none."""
    if start >= len(doc) or not doc[start].text[:1].isupper():
        return start
    for i in range(start + 1, min(start + _DATELINE_LENGTH, len(doc) - 1)):
        text = doc[i].text
        if "\n" in text or "\n" in doc[i - 1].whitespace_:
            return start
        if text in _DASHES and (doc[start].text.isupper() and len(doc[start].text) > 2 or (
                i - start >= 4 and doc[i - 1].text == ")" and doc[i - 3].text == "("
                and doc[i - 2].text[:1].isupper())):
            return i + 1  # "NAIROBI, Kenya (AP) — Officials ...", "Quetta (Pakistan) (AIP) - Pakistan and ..."
        if text == ":" and i - start <= 3 and doc[i + 1].text[:1].isupper():
            return i + 1  # "Geneva: US Treasury Secretary ..."
        if text == ":" and i - start <= 6 and doc[i + 1].text[:1].isupper() and not any(
                t.tag_ in ("VBD", "VBZ") for t in doc[start:i]):
            return i + 1  # "What they're saying: White House Press Secretary ...": a label, not a speaker
        if text in (".", "!", "?"):
            return start
    return start
