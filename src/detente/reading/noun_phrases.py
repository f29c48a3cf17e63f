"""The short noun phrase that names an item on the table: a noun with its own modifiers, never a clause."""

from __future__ import annotations

from spacy.tokens import Span, Token

_MODIFIERS = {"amod", "compound", "nummod", "quantmod", "npadvmod", "nmod", "advmod", "punct"}


def short_noun_phrase(head: Token, limit: int = 6) -> Span | None:
    """A noun's own words: its adjectives, compounds and numbers, and one "of"/"for" complement when short."""
    if head.pos_ not in ("NOUN", "PROPN", "NUM") or head.ent_type_ in ("DATE", "TIME"):
        return None  # "freed on Saturday": a time is no term
    start = head.i
    for child in sorted((c for c in head.children if c.i < head.i), key=lambda c: -c.i):
        if child.dep_ in _MODIFIERS and child.i == start - 1 or (
                child.dep_ in _MODIFIERS and all(t.i < start for t in child.subtree)
                and child.right_edge.i == start - 1):
            start = child.left_edge.i
    end = head.i + 1
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "for", "on") and child.i == end:
            tail = child.right_edge.i + 1
            if tail - start <= limit:
                end = tail
    doc = head.doc
    while start < head.i and (doc[start].is_punct or doc[start].dep_ == "det"):
        start += 1
    return doc[start:end] if end - start <= limit + 2 else doc[head.i:head.i + 1]
