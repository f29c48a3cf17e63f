"""The `detente_parties` component: who the negotiating parties are and what the report calls them.

Known parties and their names come from the domain pack; the report itself
adds organisations it names (a union, a company) and people tied to a party
by a title ("Hamas spokesman X", "Qatar's prime minister").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .lexicon import Pack, load_pack

_DETERMINERS = {"the", "a", "an", "its", "their"}
_LABOUR_WORDS = {"union", "workers", "employees", "federation", "association", "guild", "teamsters", "syndicate"}

if not Token.has_extension("party"):
    Token.set_extension("party", default=None)
    Doc.set_extension("parties", default=None)
    Doc.set_extension("party_mentions", default=None)
    Doc.set_extension("known_parties", default=None)


class PartyFinder:
    """Marks every token that names a party with the party's canonical name."""

    def __init__(self, nlp: Language, pack: str) -> None:
        self.pack: Pack = load_pack(pack)
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.descriptions = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.adjectives: dict[str, str] = {}
        self.kind: dict[str, str] = {}
        for canonical, spec in self.pack.parties.items():
            names = [canonical, *spec.get("names", [])]
            plain = [n for n in names if not n.lower().startswith("the ")]
            described = [n for n in names if n.lower().startswith("the ")]
            self.names.add(canonical, [nlp.make_doc(n) for n in plain])
            if described:
                self.descriptions.add(canonical, [nlp.make_doc(n) for n in described])
            for adjective in spec.get("adjectives", []):
                self.adjectives[adjective] = canonical
            self.kind[canonical] = spec.get("kind", "state")
        self.roles = {word: role for role, words in self.pack.section("role_nouns").items() for word in words}

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[tuple[int, int, str]] = []
        taken = set()
        matches = [(s, e, self.pack_label(m)) for m, s, e in self.descriptions(doc)]
        matches += [(s, e, self.pack_label(m)) for m, s, e in self.names(doc)]
        for start, end, canonical in sorted(matches, key=lambda m: (m[0], -(m[1] - m[0]))):
            if any(i in taken for i in range(start, end)):
                continue
            mentions.append((start, end, canonical))
            taken.update(range(start, end))
        for token in doc:
            if token.i not in taken and token.text in self.adjectives:
                mentions.append((token.i, token.i + 1, self.adjectives[token.text]))
                taken.add(token.i)
        known = {m[2] for m in mentions}
        doc._.known_parties = sorted(known)
        suffixes = self.pack.words("organisation_words")
        for ent in doc.ents:
            organisation = ent.label_ == "ORG" or (ent.label_ in ("PERSON", "GPE") and ent[-1].lower_ in suffixes) \
                or (ent.label_ == "GPE" and ent.root.dep_ in ("nsubj", "nsubjpass", "pobj") and ent.root.head.pos_ in (
                    "VERB", "ADP"))
            if organisation and not any(i in taken for i in range(ent.start, ent.end)):
                name = _strip_determiner(ent)
                if name and name[0].isupper() and name.lower() not in self.roles and len(name) > 1:
                    mentions.append((ent.start, ent.end, name))
                    taken.update(range(ent.start, ent.end))
        mentions = _merge_acronyms(mentions)
        mentions.sort()
        for start, end, canonical in mentions:
            for i in range(start, end):
                doc[i]._.party = canonical
        self._resolve_roles(doc, mentions, taken, known)
        mentions.sort()
        parties: dict[str, list[str]] = {}
        for start, end, canonical in mentions:
            for i in range(start, end):
                doc[i]._.party = canonical
            text = doc[start:end].text
            aliases = parties.setdefault(canonical, [])
            if text.lower() != canonical.lower() and text.lower() not in {a.lower() for a in aliases}:
                aliases.append(text)
        doc._.parties = parties
        doc._.party_mentions = mentions
        return doc

    def pack_label(self, match_id: int) -> str:
        return self.names.vocab.strings[match_id]

    def _resolve_roles(self, doc: Doc, mentions: list, taken: set, known: set) -> None:
        """"the union", "the company", "the group": the most recent party of that kind, or a new one."""
        for token in doc:
            role = self.roles.get(token.lower_)
            if token.i in taken or role is None or token.pos_ not in ("NOUN", "PROPN"):
                continue
            if any(c.dep_ in ("compound", "poss") and c._.party for c in token.children):
                continue
            earlier = [m for m in mentions if m[1] <= token.i]
            if role == "group":
                groups = [m for m in earlier if self.kind.get(m[2]) == "group"]
                if groups:
                    mentions.append((token.i, token.i + 1, groups[-1][2]))
                    taken.add(token.i)
                continue
            if role == "employer" and token.tag_ == "NN":
                organisations = [m for m in earlier if m[2] not in self.kind and "union" not in m[2].lower()]
                if organisations:
                    mentions.append((token.i, token.i + 1, organisations[-1][2]))
                    taken.add(token.i)
                    continue
            if role == "union":
                unions = [m for m in earlier if m[2] not in self.kind]
                if unions and token.lower_ == "members":
                    continue
                named = [m for m in unions if _LABOUR_WORDS & {w.lower() for w in doc[m[0]:m[1]].text.split()}
                         or "union" in m[2].lower()]
                if named:
                    mentions.append((token.i, token.i + 1, named[-1][2]))
                    taken.add(token.i)
                    continue
                if token.lower_ not in ("union", "unions"):
                    continue
            if role in ("union", "employer") and token.lower_ in ("union", "employers", "unions"):
                name = token.lemma_.capitalize() if token.lower_ != "employers" else "Employers"
                mentions.append((token.i, token.i + 1, name))
                taken.add(token.i)


def _merge_acronyms(mentions: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"United Auto Workers" and "UAW" are one party, named by the acronym."""
    names = {m[2] for m in mentions}
    rename = {}
    for long in names:
        words = [w for w in long.split() if w[:1].isupper()]
        initials = "".join(w[0] for w in words)
        if len(words) >= 2 and initials in names and initials.isupper():
            rename[long] = initials
    return [(s, e, rename.get(name, name)) for s, e, name in mentions]


def _strip_determiner(span: Span) -> str:
    words = [t.text for t in span]
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    while words and words[-1] in ("'s", "’s", "'", "’"):
        words = words[:-1]
    return " ".join(words)


def party_of(token: Token, depth: int = 2) -> str | None:
    """The party a noun phrase stands for: the token itself, or its modifiers
    ("Qatar's prime minister", "Hamas officials", "the office of Netanyahu")."""
    if token._.party:
        return token._.party
    if depth == 0:
        return None
    for child in token.children:
        if child.dep_ in ("compound", "poss", "amod", "nmod", "appos", "flat") and child._.party:
            return child._.party
    for child in token.children:
        if child.dep_ in ("compound", "poss", "appos", "nmod"):
            found = party_of(child, depth - 1)
            if found:
                return found
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    found = party_of(grandchild, depth - 1)
                    if found:
                        return found
    return None


@Language.factory("detente_parties", default_config={"pack": "ceasefire"})
def make_party_finder(nlp: Language, name: str, pack: str) -> PartyFinder:
    return PartyFinder(nlp, pack)
