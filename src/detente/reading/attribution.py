"""The `detente_attribution` component: who says each sentence, and through whom.

For every cue ("said", "told", "according to") it records the speaker, the
cue, the chain of sources ("a senior Palestinian official" -> "the Times of
Israel"), whether the speaker is on the record (a party or a named person)
and which tokens the cue governs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Token

from .lexicon import load_pack
from .parties import party_of

if not Doc.has_extension("attributions"):
    Doc.set_extension("attributions", default=None)

_TRIM_DEPS = {"relcl", "acl", "appos", "punct", "cc", "advcl"}


@dataclass
class Attribution:
    """One cue in a sentence and the words it governs."""

    speaker: str
    speaker_start: int
    speaker_end: int
    cue: str
    cue_index: int
    chain: list[str] = field(default_factory=list)
    party: str | None = None
    on_record: bool = False
    governs: frozenset[int] = frozenset()

    def to_dict(self) -> dict:
        return {"speaker": self.speaker, "cue": self.cue, "chain": self.chain, "party": self.party,
                "on_record": self.on_record}


def noun_phrase(token: Token) -> tuple[str, int, int]:
    """Text and token span of a noun phrase without its relative clauses and appositions."""
    keep = [token]
    stack = [c for c in token.children if c.dep_ not in _TRIM_DEPS]
    while stack:
        t = stack.pop()
        keep.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "appos", "advcl"))
    indices = sorted(t.i for t in keep)
    start, end = indices[0], indices[-1] + 1
    doc = token.doc
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    while start < end - 1 and (doc[start].is_punct or doc[start].lower_ in ("by",)):
        start += 1
    return doc[start:end].text, start, end


class AttributionFinder:
    def __init__(self, pack: str) -> None:
        p = load_pack(pack)
        self.cues = p.words("cue_verbs")
        self.source_nouns = p.words("source_nouns")
        self.proposal_nouns = p.words("moves", "propose", "nouns")

    def __call__(self, doc: Doc) -> Doc:
        found: list[Attribution] = []
        for sent in doc.sents:
            for token in sent:
                attribution = self.from_token(token, sent)
                if attribution:
                    found.append(attribution)
        doc._.attributions = found
        return doc

    def from_token(self, token: Token, sent) -> Attribution | None:
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            to = next(c for c in token.children if c.lower_ == "to")
            target = next((c for c in to.children if c.dep_ == "pobj"), None)
            if target is None or target.lemma_.lower() in self.proposal_nouns:
                return None
            governs = frozenset(t.i for t in sent if t not in set(token.subtree))
            return self.build(target, "according to", token, governs)
        if token.pos_ != "VERB" or token.lemma_.lower() not in self.cues:
            return None
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        content = [c for c in token.children
                   if c.dep_ in ("ccomp", "xcomp", "dobj") and c.pos_ in ("VERB", "AUX", "ADJ")]
        if content:
            governs = frozenset(t.i for c in content for t in c.subtree)
        else:  # parenthetical: "..., the sources said, ..." governs the rest of the sentence
            governs = frozenset(t.i for t in sent if t not in set(token.subtree))
        attribution = self.build(subject, token.text, token, governs)
        for child in token.children:
            if child.dep_ in ("dative", "dobj") and child.pos_ in ("PROPN", "NOUN") and child.i not in governs:
                attribution.chain.append(noun_phrase(child)[0])
        return attribution

    def build(self, speaker: Token, cue: str, cue_token: Token, governs: frozenset[int]) -> Attribution:
        text, start, end = noun_phrase(speaker)
        party = party_of(speaker)
        anonymous = speaker.lemma_.lower() in self.source_nouns or speaker.lower_ in self.source_nouns
        on_record = party is not None and not anonymous or speaker.ent_type_ == "PERSON"
        return Attribution(text, start, end, cue, cue_token.i, [text], party, on_record, governs)


def attributions_over(token: Token) -> list[Attribution]:
    """The cues whose words include ``token``, outermost first."""
    found = [a for a in (token.doc._.attributions or []) if token.i in a.governs
             and a.cue_index != token.i and not (a.speaker_start <= token.i < a.speaker_end)]
    return sorted(found, key=lambda a: -len(a.governs))


@Language.factory("detente_attribution", default_config={"pack": "ceasefire"})
def make_attribution_finder(nlp: Language, name: str, pack: str) -> AttributionFinder:
    return AttributionFinder(pack)
