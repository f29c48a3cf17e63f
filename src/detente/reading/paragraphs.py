"""The `detente_paragraphs` component: a line break ends a sentence (titles, paragraphs)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("detente_paragraphs")
def split_paragraphs(doc: Doc) -> Doc:
    """Headlines and paragraphs carry no final full stop; the parser must not run them together."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc
