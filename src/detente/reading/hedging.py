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
                    token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("not", "n't", "never")) and not (
                    lower == "could" and _on_a_condition(token.head)):
                token._.hedge = True  # "may accept"; but "could not sign" is a refusal, not a guess, and "could
                # live with it provided that ..." a conditional offer, not a guess
        return doc


def is_hedged(token: Token) -> bool:
    """True when a hedge modifies ``token`` or a verb above it in the same clause."""
    node = token
    for _ in range(8):
        if node._.hedge:
            return True
        if any(c._.hedge and c.dep_ in ("advmod", "aux", "auxpass", "amod", "npadvmod") for c in node.children):
            return True
        raised = node.dep_ in ("advcl", "conj") and node.tag_ == "VBG" and node.head._.hedge  # "is said to
        if raised or node.dep_ == "ccomp" and node.head._.hedge:  # have turned it down, insisting that ...",
            return True  # "officials believe the government could find extra money": the hedge above it
        if node.dep_ == "ccomp" and node.head.tag_ == "VBN" and node.head.dep_ == "xcomp" and is_hedged(node.head):
            return True  # "the CCA is said to have signalled that it could accept ...": what it is said to have said
        if node.head.i == node.i or node.dep_ in ("relcl", "advcl", "ccomp", "parataxis") \
                or (node.dep_ == "conj" and node.pos_ in ("VERB", "AUX")):
            return False
        node = node.head
    return False


@Language.factory("detente_hedging", default_config={"pack": "ceasefire"})
def make_hedge_finder(nlp: Language, name: str, pack: str) -> HedgeFinder:
    return HedgeFinder(pack)


_CONDITIONS = {"if", "unless", "provided", "providing", "once", "when", "as long as"}


def _on_a_condition(verb: Token) -> bool:
    """"could live with a longer schedule provided that ...", "could consider the plan only if ...": a
    conditional stance, said firmly."""
    words = [t.lower_ for t in verb.subtree]
    provided = any(a in ("provided", "providing") and b == "that" for a, b in zip(words, words[1:]))
    return provided or any(c.dep_ == "advcl" and any(g.dep_ in ("mark", "advmod") and g.lower_ in _CONDITIONS
                                                     for g in c.children) for c in verb.children) or any(
        c.dep_ == "advmod" and c.lower_ == "only" for c in verb.children)
