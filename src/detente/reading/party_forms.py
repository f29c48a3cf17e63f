"""How one party is named across a whole report: initials and long names merged, bodies named after a party
(its committee, its federation), the one organisation an unnamed union must be, places inside other names,
names given to descriptions, titles named earlier, the states of the mediators, places and watchers that are
no sides."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from .mentions import Mentions

_BODIES = {"committee", "council", "board", "team", "delegation", "caucus", "leadership", "executive", "bureau",
           "wing", "panel", "office", "secretariat", "branch", "chapter", "local"}


def the_other_organisation(found: Mentions) -> str | None:
    """Against an employer the report names (a company, a league), the one organisation of unknown kind is
    the union it bargains with."""
    kinds = {c: found.kinds.get(c) for _, _, c in found.items}
    employers = [c for c, k in kinds.items() if k == "company"]
    initials = {"".join(w[0] for w in e.split() if w[:1].isupper()) for e in employers}
    unknown = [c for c, k in kinds.items() if k == "organisation" and c not in initials]  # "MLB" is the league
    if not employers or not unknown:
        return None
    counts = Counter(c for _, _, c in found.items if c in unknown).most_common(2)
    if len(counts) == 1 or counts[0][1] > counts[1][1]:
        return counts[0][0]  # the one named most, where others are named in passing ("France Info")
    return None


FACILITIES = {"plant", "factory", "port", "mine", "shipyard", "facility", "site", "terminal", "refinery", "base",
               "camp", "crossing", "airport", "border", "field", "checkpoint", "works", "hospital", "school",
               "territory", "territories", "province", "provinces", "region", "regions", "district", "districts",
               "county", "counties", "valley", "town", "city", "village", "villages", "area", "areas", "zone"}
_PARTS = {"branch", "affiliate", "arm", "unit", "chapter", "member", "wing", "subsidiary", "division", "local",
          "section"}


def parents(doc: Doc, found: Mentions) -> None:
    """"The union, a branch of the Korean Metal Workers' Union": the federation it belongs to is not the union the
    report keeps calling "the union", nor a side of its own."""
    for token in doc:
        if token.lemma_.lower() in _PARTS and token.dep_ in ("appos", "attr"):
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    parent = next((found.at(g.i) for g in prep.children if g.dep_ == "pobj" and found.at(g.i)), None)
                    if parent is not None and found.kinds.get(parent) in ("union", "company", "organisation", "group"):
                        found.kinds[parent] = "parent"


def bodies_within(mentions: list[tuple[int, int, str]], kinds: dict[str, str]) -> list[tuple[int, int, str]]:
    """"the BMA Junior Doctors Committee", "the SAG-AFTRA negotiating committee": a body named after an
    organisation the report names by its initials is part of it, and speaks for it."""
    names = {c for _, _, c in mentions}
    initials = {n for n in names if n.replace("-", "").isupper() and len(n) >= 2 and kinds.get(n) != "state"}
    rename = {}
    for name in names:
        words = name.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) >= 2 and words[0] in initials and words[0] != name and words[-1].lower() in _BODIES:
            rename[name] = words[0]
    return [(s, e, rename.get(c, c)) for s, e, c in mentions]


def inside_name(doc: Doc, start: int, end: int) -> bool:
    """A place name that is part of a longer person's name ("Sofia Brandt", "Georgia Meloni")."""
    return any(e.label_ == "PERSON" and e.start <= start and end <= e.end and len(e) > end - start
               for e in doc.ents if e.start <= start < e.end)


def merge_acronyms(mentions: list[tuple[int, int, str]], kinds: dict[str, str]) -> list[tuple[int, int, str]]:
    """"United Auto Workers" and "UAW" are one party, named by the acronym, of the kind the long name told."""
    names = {m[2] for m in mentions}
    rename = {}
    for long in names:
        words = [w for w in re.split(r"[\s\-]+", long) if w[:1].isupper()]
        initials = "".join(w[0] for w in words)
        if len(words) >= 2 and initials in names and initials.isupper():
            rename[long] = initials
            if kinds.get(initials, "organisation") == "organisation" and long in kinds:
                kinds[initials] = kinds[long]  # "Major League Baseball" was a league: so is "MLB"
    return [(s, e, rename.get(name, name)) for s, e, name in mentions]


_MEDIATING = frozenset({"mediator", "envoy", "facilitator", "broker", "mediation", "facilitation"})
_TALKS_LED = frozenset({"talk", "talks", "negotiation", "negotiations", "mediation", "contact", "contacts",
                        "discussion", "discussions", "dialogue"})
_NAME_LINKS = frozenset({"de", "la", "del", "of", "al", "el", "du", "des", "for", "the"})
_WATCHERS = frozenset({"monitoring", "research", "rights", "advocacy", "campaign", "lobby", "watchdog", "consulting",
                       "consultancy", "analysis", "polling", "humanitarian", "aid", "relief", "medical"})
_WHERE = frozenset({"in", "across", "around", "throughout", "inside", "near", "outside"})


def named_place(ent: Span, role: Token) -> bool:
    """A name the tagger took for a side that the sentence shows is a place."""
    if ent.label_ != "GPE" and len(ent) == 1 and role.dep_ == "pobj" and (
            role.head.lower_ in _WHERE or role.head.lower_ == "of" and role.head.head.lemma_.lower() in FACILITIES) \
            and ent.start > 0 and ent.doc[ent.start - 1].lower_ != "the":
        return True  # "fighting in Ituri", "the province of Ituri"
    after = ent.doc[ent.end:ent.end + 2]
    if len(after) == 2 and after[0].text in ("-", "–") and after[1].lower_ in ("based", "headquartered"):
        return True  # "Piraeus-based Kallisto Maritime": where the company sits, not a side
    if role.dep_ == "pobj" and role.head.lower_ in ("at", "in") and ent[-1].lower_ in FACILITIES:
        return True  # "dockworkers at the Vistula Container Terminal": where they work, not who employs them
    namer = role.head
    return role.dep_ == "oprd" and namer.lemma_.lower() in ("call", "name", "rename", "dub") and (
        namer.head.lemma_.lower() in FACILITIES or any(
            c.dep_ == "dobj" and c.lemma_.lower() in FACILITIES for c in namer.head.children))  # "to be called X"


def mediating_states(doc: Doc, found: Mentions) -> set[str]:
    """States named as the mediators' ("Swiss mediators", "Qatar's envoy"): never "the government" of the talks."""
    out = set()
    for token in doc:
        leading = token.dep_ == "pobj" and token.head.dep_ == "agent" and token.head.head.lemma_.lower() in (
            "lead", "mediate", "broker", "facilitate", "chair", "host") and any(
            c.dep_ == "nsubjpass" and c.lemma_.lower() in _TALKS_LED for c in token.head.head.children)
        if token.lemma_.lower() in _MEDIATING or leading:  # "the talks were led by a Mauritanian scholar"
            for child in token.children:
                if child.dep_ in ("amod", "compound", "poss"):
                    state = found.at(child.i) or found.country_at(child.i)
                    if state and found.kinds.get(state) == "state":
                        out.add(state)
    return out


def watching(description: Token) -> bool:
    """"the monitoring group", "a rights group", "the research group": one that watches the conflict."""
    return any(c.lower_ in _WATCHERS for c in description.children if c.dep_ in ("amod", "compound"))


def titled_before(ent: Span, found: Mentions) -> str | None:
    """"Paraguay's foreign minister said ... . Foreign Minister Rodrigo Benítez said": the title a side's
    possessive gave earlier, now before a name, is that side's."""
    doc = ent.doc
    title = [t.lower_ for t in doc[max(ent.sent.start, ent.start - 3):ent.start] if t.text[:1].isupper()]
    if not title or title[-1] not in ("minister", "secretary", "president", "negotiator", "envoy", "spokesman",
                                      "spokeswoman", "spokesperson", "chief", "commander"):
        return None
    for token in doc[:ent.start]:
        if token.lower_ == title[-1] and [t.lower_ for t in doc[token.i - len(title) + 1:token.i + 1]] == title:
            owner = next((c for c in token.children if c.dep_ == "poss" and found.at(c.i)), None)
            if owner is not None:
                return found.at(owner.i)
    return None


def called_name(token: Token) -> Token | None:
    """The name a description is given: "known as X", "called X", "which calls itself X"."""
    for child in token.children:
        if child.dep_ == "acl" and child.lower_ in ("known", "called", "named", "dubbed"):
            for g in child.children:
                if g.dep_ == "oprd":
                    return g
                if g.dep_ == "prep" and g.lower_ == "as":
                    return next((p for p in g.children if p.dep_ == "pobj"), None)
        if child.dep_ == "relcl" and child.lemma_.lower() in ("call", "style", "name") and any(
                g.lower_ in ("itself", "themselves") for g in child.children):
            named = next((g for g in child.children if g.dep_ == "oprd"), None)
            return named if named is not None else _name_after(child)
    return None


def _name_after(verb: Token) -> Token | None:
    """"an armed group that calls itself the Clan de la Serranía", parsed astray: the capitalised words right
    after "itself", read by their place."""
    doc = verb.doc
    reflexive = next((g for g in verb.children if g.lower_ in ("itself", "themselves")), None)
    i = reflexive.i + 1 + (reflexive.i + 1 < len(doc) and doc[reflexive.i + 1].lower_ == "the")
    last = None
    while i < len(doc) and (doc[i].text[:1].isupper() or last is not None and doc[i].lower_ in _NAME_LINKS):
        last = doc[i] if doc[i].text[:1].isupper() else last
        i += 1
    return last if last is not None and last.left_edge.i > reflexive.i and last.right_edge.i == last.i else None
