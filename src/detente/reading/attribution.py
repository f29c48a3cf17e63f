"""The `detente_attribution` component: who says each sentence, and through whom.

For every cue ("said", "told", "according to") it records the speaker, the
cue, the chain of sources ("a senior Palestinian official" -> "the Times of
Israel"), whether the speaker is on the record (a party or a named person)
and which tokens the cue governs.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from .lexicon import load_pack
from .paragraphs import dateline_end
from .parties import party_of

if not Doc.has_extension("attributions"):
    Doc.set_extension("attributions", default=None)

_PRONOUN_SPEAKERS = {"he", "she"}
_UNNAMED_PEOPLE = frozenset({"official", "diplomat", "commander", "negotiator", "mediator", "spokesman", "spokeswoman",
                             "aide", "minister", "envoy", "source", "delegate", "leader"})  # "he" can be one of them
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
    joint: bool = False  # "a joint statement": every party to it speaks on the record

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
        _name_pronoun_speakers(doc, found)
        found.extend(self.labelled_quotes(doc, found))
        _extend_over_quotes(doc, found)
        found.extend(_over_lists(doc, found))
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
        if token.lemma_.lower() == "post" and not any(c.dep_ == "prep" and c.lower_ == "on" for c in token.children):
            return None  # "Greece should post a surplus" reports nothing; "posted on X that ..." does
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        after_dateline = dateline_end(token.doc, sent.start)
        subject = next((c for c in subjects if c.i >= after_dateline), subjects[0] if subjects else None)
        if subject is None and token.dep_ == "pcomp" and token.head.lower_ == "as" and \
                token.head.head.lemma_.lower() in ("quote", "cite"):
            subject = next((c for c in token.head.head.children if c.dep_ == "dobj"), None)  # "the agency quoted a
            # Hamas official as saying ...": the official speaks
        if subject is None:
            return None  # "OTTAWA--Canadian National said": the railway speaks, not the dateline
        content = [c for c in token.children
                   if c.dep_ in ("ccomp", "xcomp", "dobj") and c.pos_ in ("VERB", "AUX", "ADJ")]
        if not content and any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODAL_AUX)
                               for c in token.children):
            return None  # "AI can't write literary material": a verb of saying that reports nothing
        if not content and token.dep_ == "relcl" and subject.lower_ in ("that", "which"):
            return None  # "a joint committee that would report within 60 days": no one speaks here
        if content:
            governs = frozenset(t.i for c in content for t in c.subtree)
        else:  # parenthetical: "..., the sources said, ..." governs the rest of the sentence
            governs = frozenset(t.i for t in sent if t not in set(token.subtree))
        attribution = self.build(subject, token.text, token, governs)
        for child in token.children:
            if child.dep_ in ("dative", "dobj") and child.pos_ in ("PROPN", "NOUN") and child.i not in governs:
                attribution.chain.append(noun_phrase(child)[0])
        return attribution

    def labelled_quotes(self, doc: Doc, found: list[Attribution]) -> list[Attribution]:
        """"Prime Minister Benjamin Netanyahu: \u201cThe length of the ceasefire depends on ...\u201d": a
        transcript's speaker label before a colon speaks the quote after it."""
        labelled = []
        taken = {i for a in found for i in a.governs}
        for start, end in _quotes(doc):
            colon = start - 2
            if colon < 1 or doc[colon].text != ":" or start in taken:
                continue
            first = colon
            while first > 0 and "\n" not in doc[first - 1].whitespace_ and "\n" not in doc[first - 1].text \
                    and colon - first < 8:
                first -= 1
            if first > 0 and "\n" not in doc[first - 1].whitespace_ and "\n" not in doc[first - 1].text:
                continue  # the label opens its paragraph
            label = doc[first:colon]
            if not any(t.ent_type_ == "PERSON" or t._.party for t in label) or any(
                    t.pos_ in ("VERB", "AUX") for t in label):
                continue
            labelled.append(self.build(label.root, ":", doc[colon], frozenset(range(start, end))))
        return labelled

    def build(self, speaker: Token, cue: str, cue_token: Token, governs: frozenset[int]) -> Attribution:
        text, start, end = noun_phrase(speaker)
        after_dateline = dateline_end(speaker.doc, speaker.sent.start)
        if start < after_dateline <= speaker.i:  # "JUPITER, Fla. — Commissioner Rob Manfred said"
            start = after_dateline
            text = speaker.doc[start:end].text
        named = next((c for c in speaker.children if c.dep_ == "appos" and (
            c.ent_type_ == "PERSON" or c.pos_ == "PROPN" and c.text[:1].isupper() and not c._.party)), None)
        if named is not None and speaker.ent_type_ != "PERSON":  # "Qatar's minister of state, Mohammed Al-Khulaifi"
            name, _, name_end = noun_phrase(named)
            text, end = f"{text}, {name}", max(end, name_end)
        party = party_of(speaker)
        person = next((t for t in speaker.doc[start:end] if t.ent_type_ == "PERSON" and t._.party), None)
        if party is None and person is not None:  # "X and Y, co-chairs of the committee, said": parsed astray
            party = person._.party
        if party is None and speaker.lemma_.lower() in _SPOKESPEOPLE and not any(
                c.dep_ in ("poss", "prep") for c in speaker.children):
            party = _subject_before(speaker)  # "The government said ... . A spokesperson said: ..."
        counted = speaker.tag_ == "NNS" and any(c.dep_ == "nummod" or c.lower_ in ("several", "some", "many")
                                                for c in speaker.children)  # "two NLP lawmakers": members, unnamed
        anonymous = speaker.lemma_.lower() in self.source_nouns or speaker.lower_ in self.source_nouns or _unnamed(
            speaker) or any(c.dep_ in ("compound", "appos") and c.lemma_.lower() in _OUTLETS
                            for c in speaker.children) or counted
        # "Israeli public broadcaster Kan": an outlet reports, it is no side on the record
        on_record = party is not None and not anonymous or speaker.ent_type_ == "PERSON" or person is not None
        joint = speaker.lemma_.lower() in ("statement", "communique", "communiqué", "declaration") and any(
            c.lower_ == "joint" for c in speaker.children)  # "according to a joint statement": the parties
        return Attribution(text, start, end, cue, cue_token.i, [text], party, on_record or joint, governs, joint)


_SPOKESPEOPLE = {"spokesperson", "spokesman", "spokeswoman"}


def _subject_before(token: Token) -> str | None:
    """The side the sentence before is about: its main subject's party."""
    start = token.sent.start
    for _ in range(2):  # a paragraph break or a closing quotation mark may stand alone between them
        if start == 0:
            return None
        previous = token.doc[start - 1].sent
        found = next((party_of(c) for t in previous if t.dep_ == "ROOT" for c in t.children
                      if c.dep_ in ("nsubj", "nsubjpass") and party_of(c)), None)
        if found or any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in previous):
            return found
        start = previous.start
    return None


def _name_pronoun_speakers(doc: Doc, found: list[Attribution]) -> None:
    """"he said", "she told reporters": the person named last before it, and the side they speak for."""
    people = [e for e in doc.ents if e.label_ == "PERSON" and (e.root.dep_ in ("nsubj", "nsubjpass") or (
        e.root.dep_ == "appos" and e.root.head.dep_ in ("nsubj", "nsubjpass")))]  # who acts, not who is met
    people += [doc[t.i:t.i + 1] for t in doc if t.tag_ == "NN" and t.lemma_.lower() in _UNNAMED_PEOPLE
               and t.dep_ in ("nsubj", "nsubjpass") and not t.ent_type_]  # "a local official told ..."
    people += [doc[t.left_edge.i:t.i + 1] for t in doc if t.dep_ == "appos" and t.pos_ == "PROPN"
               and t.ent_type_ != "PERSON" and t.head.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ == "NOUN"
               and t.head.lemma_.lower() in _ROLES]  # "The head of the Russian delegation, Vadim Orlov,"
    people += [doc[t.i:t.i + 1] for t in doc if t.dep_ == "nsubj" and t.pos_ == "PROPN" and t._.party
               and t.ent_type_ not in ("ORG", "GPE", "NORP", "LOC") and t.text not in t._.party
               and t.head.pos_ in ("AUX", "VERB")]  # "Faye was just as blunt": a side's person named again
    people.sort(key=lambda e: e.start)
    named: Attribution | None = None
    gender: dict[int, str] = {}  # a named speaker's pronoun, once a pronoun has stood for them
    for a in found:
        if a.speaker.lower() == "they" and named is not None and " and " in named.speaker \
                and a.speaker_start - named.speaker_end < 200:
            a.speaker, a.chain = named.speaker, [named.speaker, *a.chain[1:]]  # "X and Y said ... They said"
            a.party, a.on_record = a.party or named.party, a.on_record or named.on_record
            continue
        if a.speaker.lower() not in _PRONOUN_SPEAKERS:
            if any(t.ent_type_ == "PERSON" for t in doc[a.speaker_start:a.speaker_end]):
                named = a
            continue
        before = [e for e in people if e.end <= a.speaker_start and a.speaker_start - e.end < 80]
        later = before and named is not None and before[-1].start > named.speaker_end and \
            before[-1].sent.start < doc[a.speaker_start].sent.start  # "Faye was just as blunt. '...,' she said"
        pronoun = a.speaker.lower()
        other_sex = named is not None and gender.get(named.speaker_start, pronoun) != pronoun
        if named is not None and a.speaker_start - named.speaker_end < 200 and not later and not other_sex:
            gender[named.speaker_start] = pronoun  # "she told ABN": later, "he said" is someone else
            a.speaker, a.chain = named.speaker, [named.speaker, *a.chain[1:]]
            a.party = a.party or named.party
            a.on_record = a.on_record or named.on_record
            continue
        if not before:
            continue
        person = before[-1].root
        name = noun_phrase(person)[0]
        a.speaker, a.chain = name, [name, *a.chain[1:]]
        titled = person.dep_ == "appos" and person.head.lemma_.lower() in _ROLES
        a.party = a.party or (_role_of(person.head) if titled else None) or party_of(person)
        a.on_record = not _unnamed(person)  # "A commander who spoke on condition of anonymity ... . '...,' he said"


def _role_of(role: Token) -> str | None:
    """"the head of the Russian delegation", "Norway's chief negotiator": the side the role serves."""
    for child in role.children:
        if child.dep_ == "poss" and party_of(child):
            return party_of(child)
        if child.dep_ in ("amod", "compound") and child._.party:
            return child._.party
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            found = next((party_of(g) for g in child.children if g.dep_ == "pobj" and party_of(g)), None)
            if found:
                return found
    return None


def _quotes(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges inside quotation marks, paragraph by paragraph (an unclosed quote ends with its paragraph)."""
    regions, start = [], None
    for token in doc:
        if start is not None and ("\n" in token.text or "\n" in doc[token.i - 1].whitespace_):
            regions.append((start, token.i))
            start = None
        if token.text in ("“", "”", '"'):
            if start is None and token.text != "”":
                start = token.i + 1
            elif start is not None and token.text != "“":
                regions.append((start, token.i))
                start = None
    if start is not None:
        regions.append((start, len(doc)))
    return regions


_MODAL_AUX = {"can", "ca", "cannot", "could", "must", "should", "may", "might"}


def quoted(token: Token) -> bool:
    """Whether a token stands inside quotation marks."""
    doc = token.doc
    if "detente_quoted" not in doc.user_data:
        doc.user_data["detente_quoted"] = frozenset(i for start, end in _quotes(doc) for i in range(start, end))
    return token.i in doc.user_data["detente_quoted"]


def _extend_over_quotes(doc: Doc, found: list[Attribution]) -> None:
    """A quote of several sentences is all the speaker's: "A spokesperson said: \"... . Unfortunately, ...\"";
    so is a quote carried on over paragraphs, each opening with a quotation mark and only the last closing."""
    carried: Attribution | None = None
    for start, end in _quotes(doc):
        opens_paragraph = start >= 2 and ("\n" in doc[start - 2].whitespace_ or "\n" in doc[start - 2].text)
        speaker = carried if carried is not None and opens_paragraph else None
        if speaker is None and not (end - start < 3 or doc[start].sent.start == doc[end - 1].sent.start
                                    and end < len(doc) and doc[end].text in _QUOTE_MARKS):
            edges = {doc[start].sent.start, doc[end - 1].sent.start, doc[min(end, len(doc) - 1)].sent.start}
            cues = [a for a in found if not start <= a.cue_index < end and doc[a.cue_index].sent.start in edges]
            speaker = cues[0] if cues else None
        if speaker is None:
            speaker = _cue_beside(doc, found, start, end) or _quoted_before(doc, found, start, end)
        if speaker is not None:
            speaker.governs = speaker.governs | frozenset(range(start, end))
        closed = end < len(doc) and doc[end].text in _QUOTE_MARKS
        carried = speaker if not closed else None


_QUOTE_MARKS = ("“", "”", '"')
_ROLES = frozenset({"head", "leader", "chief", "minister", "negotiator", "envoy", "spokesman", "spokeswoman",
                    "spokesperson", "commander", "president", "chairman", "chairwoman", "secretary", "director"})


def _cue_beside(doc: Doc, found: list[Attribution], start: int, end: int) -> Attribution | None:
    """"\"Lift the ban, and we are ready to sign,\" the negotiator told television": the parse hung the quote on
    the cue as an adverbial clause, not as what was said; the quote is still the cue's."""
    sentence = doc[start].sent
    if doc[end - 1].sent.start != sentence.start or start > sentence.start + 1:
        return None  # the quote opens the sentence: "\"...,\" X said", not a phrase quoted inside it
    cues = [a for a in found if sentence.start <= a.cue_index < sentence.end and not start <= a.cue_index < end
            and doc[a.cue_index].dep_ == "ROOT"]
    if len(cues) != 1 or any(start <= i < end for i in cues[0].governs):
        return None
    return cues[0]


def _quoted_before(doc: Doc, found: list[Attribution], start: int, end: int) -> Attribution | None:
    """A quote with no cue of its own, right after a quoted sentence whose speaker the same paragraph names:
    "\"We are ready to be generous,\" the minister said. \"But we will not ...\"" is still the minister."""
    first = doc[start].sent
    if any(first.start <= a.cue_index < doc[end - 1].sent.end for a in found) or first.start < 2:
        return None
    before = doc[first.start - 1].sent
    if any("\n" in t.whitespace_ or "\n" in t.text for t in doc[before.end - 1:start]):
        return None  # another paragraph
    cues = [a for a in found if before.start <= a.cue_index < before.end and any(
        quoted(doc[i]) for i in a.governs)]
    return cues[0] if len(cues) == 1 else None


_BULLETS = ("-", "•", "*", "–", "—", "·")


def _over_lists(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """"According to the AP, the league's proposal included:" and the bulleted list below it: the list's items
    are reported by the same source, until a paragraph that is not an item."""
    extra = []
    sentences = list(doc.sents)
    for k, sent in enumerate(sentences):
        if not sent.text.rstrip().endswith(":"):
            continue
        here = [a for a in found if sent.start <= a.cue_index < sent.end]
        if not here:
            continue
        item_paragraph = False
        for following in sentences[k + 1:]:
            gap = doc.text[max(0, following.start_char - 2):following.start_char]
            starts_paragraph = "\n" in gap or following.text.lstrip()[:1] in _BULLETS
            if starts_paragraph:
                item_paragraph = following.text.lstrip()[:1] in _BULLETS
            if not item_paragraph:
                break
            governs = frozenset(range(following.start, following.end))
            extra.extend(replace(a, governs=governs) for a in here)
    return extra


def attributions_over(token: Token) -> list[Attribution]:
    """The cues whose words include ``token``, outermost first."""
    found = [a for a in (token.doc._.attributions or []) if token.i in a.governs
             and a.cue_index != token.i and not (a.speaker_start <= token.i < a.speaker_end)]
    return sorted(found, key=lambda a: -len(a.governs))


@Language.factory("detente_attribution", default_config={"pack": "ceasefire"})
def make_attribution_finder(nlp: Language, name: str, pack: str) -> AttributionFinder:
    return AttributionFinder(pack)


_OUTLETS = {"broadcaster", "newspaper", "agency", "outlet", "channel", "television", "radio", "daily", "network",
            "website", "tabloid", "magazine", "paper"}


def _unnamed(speaker: Token) -> bool:
    """"a member of the delegation who spoke on condition of anonymity", "..., who asked not to be named": a
    source, not a side speaking on the record."""
    words = " ".join(t.lower_ for t in speaker.subtree)
    return "anonymity" in words or "not to be named" in words or "not be named" in words or (
        "not authori" in words) or "not to be identified" in words
