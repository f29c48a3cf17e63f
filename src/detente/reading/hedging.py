"""The `detente_hedging` component: words that make a claim uncertain, and what they govern.

A hedge ("allegedly", "is believed to", "appears to", "may") marks the move
or figure in its own clause — the verb it modifies and what hangs below it —
not the whole sentence or article.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from .lexicon import load_pack

if not Token.has_extension("hedge"):
    Token.set_extension("hedge", default=False)


class HedgeFinder:
    def __init__(self, pack: str) -> None:
        p = load_pack(pack)
        self.adverbs = p.words("hedges", "adverbs")
        self.verbs = p.words("hedges", "verbs")
        self.passive = p.words("hedges", "passive_report")
        self.modals = p.words("hedges", "modals")

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            lower, lemma = token.lower_, token.lemma_.lower()
            if lower in self.adverbs:
                token._.hedge = True
            elif token.pos_ in ("VERB", "AUX") and lemma in self.verbs and (
                    any(c.dep_ in ("xcomp", "ccomp") for c in token.children) or token.tag_ == "VBN"):
                token._.hedge = True
            elif lemma in self.passive and token.tag_ == "VBN" and any(c.dep_ == "xcomp" for c in token.children) \
                    and any(c.dep_ == "auxpass" for c in token.children):
                token._.hedge = True
            elif lower in self.modals and token.tag_ == "MD" and not (
                    token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("not", "n't", "never")):
                token._.hedge = True  # "may accept"; but "could not sign" is a refusal, not a guess
        return doc


def is_hedged(token: Token) -> bool:
    """True when a hedge modifies ``token`` or a verb above it in the same clause."""
    node = token
    for _ in range(8):
        if node._.hedge:
            return True
        if any(c._.hedge and c.dep_ in ("advmod", "aux", "auxpass", "amod", "npadvmod") for c in node.children):
            return True
        if node.head.i == node.i or node.dep_ in ("relcl", "advcl", "ccomp", "parataxis") \
                or (node.dep_ == "conj" and node.pos_ in ("VERB", "AUX")):
            return False
        node = node.head
    return False


@Language.factory("detente_hedging", default_config={"pack": "ceasefire"})
def make_hedge_finder(nlp: Language, name: str, pack: str) -> HedgeFinder:
    return HedgeFinder(pack)
