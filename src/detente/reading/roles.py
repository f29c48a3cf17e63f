"""Sides a report names by their role rather than by a name: a civil war's army, a party's caucus in a
chamber, a side known only as "the creditors", a leader named with no country, a state's executive seat.

Whole-report passes over the mentions `PartyFinder` has found so far; each may add or rename mentions.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from .mentions import Mentions
from .sides import principals

if TYPE_CHECKING:
    from .parties import PartyFinder

_ROLE_KINDS = {"official", "private", "commercial", "bilateral", "multilateral"}  # "its official creditors"
_SAME_ROLE = {"lender": "creditor"}  # "the creditors" and "the lenders" are one side
_LEADER_TITLES = ("prime minister", "president", "chancellor", "premier", "minister", "secretary")
_ARMY_WORDS = {"army", "military", "armed forces"}


def caucuses(finder: PartyFinder, doc: Doc, found: Mentions) -> None:
    """"House Republicans", "House Republican negotiators", "Senate Democrats": a party's caucus in a
    chamber is one side of a budget fight; the chamber and the bare party name then stand for it."""
    caucus: dict[str, str] = {}
    for token in doc[1:]:
        chamber = doc[token.i - 1]
        base = finder.political_parties.get(token.text)
        if base and chamber.text in finder.legislatures and not found.taken(chamber.i):
            name = caucus.setdefault(base, f"{chamber.text} {base}")
            found.add(chamber.i, token.i + 1, name, "organisation")
    if len(caucus) != 1:
        return
    (base, name), = caucus.items()
    for token in doc:
        if not found.taken(token.i) and (finder.political_parties.get(token.text) == base and token.tag_ in (
                "NNPS", "NNP") or token.text == name.split()[0] and token.ent_type_ == "ORG"):
            found.add(token.i, token.i + 1, name, "organisation")  # "Republicans", "the House" later


def leaders(finder: PartyFinder, doc: Doc, found: Mentions) -> None:
    """"Prime Minister Abiy Ahmed" (or "Finance Minister Imran Lodhi") with no country beside him serves the
    one state of the report that has no leader named: Ethiopia, when the other side is a rebel front;
    Greece, when Merkel is German; Pakistan, when the other side is the IMF."""
    unplaced = {c for s, e, c in found.items if found.kinds.get(c) == "person"
                and " ".join(t.lower_ for t in doc[max(0, s - 2):s]).endswith(_LEADER_TITLES)}
    if len(unplaced) != 1:
        return
    person = next(iter(unplaced))
    first_seen = min(s for s, _, c in found.items if c == person)
    led = {c for s, e, c in found.items if any(t.ent_type_ == "PERSON" for t in doc[s:e])}
    states = {c for s, _, c in found.items if c in finder.country_names and c not in found.battlegrounds
              and s < first_seen}  # named before the minister: not a foreign ministry that comments at the end
    candidates = {c for c in states - led if any(  # not "talks in Pretoria", nor "sold to Argentina and Uruguay"
        p == c and _subject_like(doc[s:e].root) for s, e, p in found.items)}
    if len(candidates) != 1:
        return
    found.rename(unplaced.pop(), candidates.pop())


def _subject_like(token) -> bool:
    """A subject or possessor, or joined to a subject: "The IMF and Pakistan reached a deal"."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass", "poss")


def rival_camps(doc: Doc, found: Mentions) -> None:
    """"Libya's rival administrations", "Yemen's warring parties": the country is where the rivals fight,
    not a side of its own."""
    for token in doc:
        if token.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ in ("rival", "warring", "opposing")
                                       for c in token.children):
            for c in token.children:
                country = found.at(c.i) if c.dep_ == "poss" else None
                if country and found.kinds.get(country) == "state":
                    found.battlegrounds.add(country)


def armies(finder: PartyFinder, doc: Doc, found: Mentions) -> None:
    """In a civil war the army is a side of its own: "Sudan's army" and "the army" fight the RSF, and
    Sudan is only where it happens. Where the state also acts otherwise (its government, its leader),
    its army stays the state."""
    if not any(kind == "group" for kind in found.kinds.values()):
        return
    armies: list[tuple[int, int, str | None]] = []
    for token in doc:
        if token.lemma_.lower() not in _ARMY_WORDS or token.pos_ != "NOUN" or found.taken(token.i):
            continue
        owners = [c for c in token.children if c.dep_ in ("poss", "amod", "compound")]
        country = next((found.country_at(c.i) or finder.demonym(c, anywhere=True) for c in owners
                        if found.country_at(c.i) or finder.demonym(c, anywhere=True)), None)
        if country is None and (any(c.text[:1].isupper() or found.at(c.i) for c in owners)
                                or not any(c.lower_ == "the" for c in token.children)):
            continue  # "the RSF's army", "an army": not the state's
        start = min([token.i, *(c.i for c in owners if c.dep_ != "compound" or c.text[:1].isupper())])
        armies.append((start, token.i + 1, country))
    countries = {c for _, _, c in armies if c} or ({found.main_country()} - {None})
    if len(countries) != 1:
        return
    country = countries.pop()
    army_tokens = {i for s, e, _ in armies for i in range(s, e)}
    if any(c == country and doc[s:e].root.dep_ in ("nsubj", "nsubjpass", "poss") and s not in army_tokens
           for s, e, c in found.items):
        return  # the state acts through its government or leader: its army is the state
    first = armies[0] if armies else None
    if first is None:
        return
    found.battlegrounds.add(country)
    name = doc[first[0]:first[1]].text
    name = "the " + name if first[0] > 0 and doc[first[0] - 1].lower_ == "the" else name
    for start, end, _ in armies:
        found.add(start, end, name, "army", over_places=True)


def unnamed_sides(finder: PartyFinder, doc: Doc, found: Mentions) -> None:
    """Sides known only by their role: "the creditors", "its lenders", "the Colombian opposition". One
    party per role word, named by the word as the report first writes it ("Creditors", "Opposition", the
    short common name annotators give such sides); never the state its demonym names."""
    names: dict[str, str] = {}
    for token in doc:
        lemma = token.lemma_.lower()
        if lemma not in finder.role_words or token.pos_ != "NOUN" or found.taken(token.i):
            continue
        modifiers = [c for c in token.children if c.dep_ in ("det", "poss", "amod", "compound")]
        if not any(c.lower_ in ("the", "its", "their", "his", "her") or c.dep_ == "poss" or finder.demonym(
                c, anywhere=True) for c in modifiers):
            continue  # "some lenders", "opposition parties"
        lemma = _SAME_ROLE.get(lemma, lemma)
        if lemma not in names:
            kind = next((c.lower_ for c in token.children if c.dep_ == "amod" and c.lower_ in _ROLE_KINDS), None)
            word = f"{kind} {token.lower_}" if kind else token.lower_
            names[lemma] = word.capitalize()  # the short common name: "Creditors", "Official creditors"
        start = min([token.i, *(c.i for c in modifiers if c.dep_ == "amod")])
        found.add(start, token.i + 1, names[lemma], "organisation", over_places=True)
    private = names.get("bondholder") or (names.get("creditor") if len(names) == 1 else None)
    for token in doc:  # once "the bondholders" are a side, "bondholders will accept" and "the investors" are too
        word = _SAME_ROLE.get(token.lemma_.lower(), token.lemma_.lower())
        name = names.get(word) or (private if word in ("investor", "holder", "fund") else None)
        if name and token.pos_ == "NOUN" and token.tag_ == "NNS" and not found.taken(token.i) and not any(
                c.dep_ == "amod" and c.lower_ in _ROLE_KINDS for c in token.children):
            found.add(token.i, token.i + 1, name, "organisation")


def executive_at_home(finder: PartyFinder, doc: Doc, mentions: list[tuple[int, int, str]],
                      found: Mentions) -> list[tuple[int, int, str]]:
    """In a domestic fight ("the White House" against House Republicans) the state's side is its executive:
    named by the seat the report writes, not by the country, when no other state takes part."""
    sides = principals(doc, mentions, frozenset(found.battlegrounds))[:3]
    states = [p for p in sides if found.kinds.get(p) == "state"]
    if len(states) != 1 or len(sides) < 2:
        return mentions
    seats = Counter(doc[s:e].text.removeprefix("the ") for s, e, c in mentions
                    if c == states[0] and doc[s:e].text.removeprefix("the ") in finder.executive_seats)
    if not seats or any(found.kinds.get(p) == "state" for _, _, p in mentions if p != states[0]
                        and found.acts(p, doc)):
        return mentions
    seat = seats.most_common(1)[0][0]
    found.kinds[seat] = "state"
    return [(s, e, seat if c == states[0] else c) for s, e, c in mentions]


def government_as_employer(doc: Doc, mentions: list[tuple[int, int, str]],
                           found: Mentions) -> list[tuple[int, int, str]]:
    """A strike against the state ("the government's offer", "the union rejected the government's 5%"): the
    union's counterpart is the government the report writes, not the country, when no other state acts."""
    sides = principals(doc, mentions, frozenset(found.battlegrounds))[:2]
    states = [p for p in sides if found.kinds.get(p) == "state"]
    if len(states) != 1 or not any(found.kinds.get(p) == "union" for p in sides) or any(
            found.kinds.get(p) == "state" and found.acts(p, doc) for _, _, p in mentions if p != states[0]):
        return mentions
    if not any(doc[s:e].text.lower() in ("government", "the government") for s, e, c in mentions if c == states[0]):
        return mentions
    found.kinds["the government"] = "state"
    return [(s, e, "the government" if c == states[0] else c) for s, e, c in mentions]
