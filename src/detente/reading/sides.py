"""The sides of a negotiation: the parties a report names most in acting roles, mediators, media and
places aside. "Both sides" and an agreement's terms resolve to the first two."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

_WITNESSES = {"expert", "analyst", "observer", "monitor", "investigator", "inspector", "agency", "medium"}
_SETTLEMENTS = {"town", "city", "village", "region", "province", "district", "port", "capital", "county",
                "municipality", "state", "territory", "enclave", "strip", "island", "oblast"}
_PLACES = {"in", "across", "at", "inside", "within", "throughout", "near", "into", "around", "over"}
_MEDIATION = {"mediate", "broker", "facilitate", "host", "sponsor", "convene"}
_ANNOUNCING = {"announce", "confirm", "declare", "say"}
_COLLECTIVE = {"side", "party", "faction", "country", "government", "belligerent"}
_AGREEING = {"agree", "accept", "sign", "reach", "approve"}
_BROKERED = {"mediate", "broker", "facilitate", "sponsor", "propose", "back"}  # "a US-brokered deal"


def principals(doc: Doc, mentions: list[tuple[int, int, str]], places: frozenset[str] = frozenset()) -> list[str]:
    """The sides of the negotiation, most named first: mediators, media and places aside (`places`: states
    that are only where a civil war is fought, their army being the side)."""
    mediators = set(places)
    for start, _end, canonical in mentions:
        token = doc[start:_end].root
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head  # "The United States and Saudi Arabia announced": both are its subjects
        head = token.head
        if token.dep_ == "nsubj" and head.lemma_.lower() in _MEDIATION:
            mediators.add(canonical)
        if token.dep_ == "nsubj" and head.lemma_.lower() in _ANNOUNCING - {"say"} and _others_agreed(head, canonical):
            mediators.add(canonical)  # "the US and Saudi Arabia announced that the warring factions agreed"
        if token.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in _MEDIATION:
            mediators.add(canonical)
        after = doc[_end:_end + 2]
        if len(after) == 2 and after[0].text in ("-", "–") and after[1].lemma_.lower() in _BROKERED:
            mediators.add(canonical)  # "a US-brokered deal"
        holders = [token, token.head] if token.dep_ in ("poss", "compound") else [token]
        if any(c.dep_ == "relcl" and c.lemma_.lower() in _MEDIATION for h in holders for c in h.children):
            mediators.add(canonical)  # "Malaysia, which has facilitated the talks", "Qatar's minister, who hosted"
        if any(t.lemma_.lower() in ("mediator", "sponsor", "host", "guarantor", "envoy") for t in
               [*token.children, token.head] if t.dep_ in ("appos", "compound", "amod") or t.i == token.head.i):
            mediators.add(canonical)
    kinds = doc._.party_kinds or {}
    acting = [doc[s:e].root for s, e, _ in mentions]
    counts = Counter(c for (_, _, c), root in zip(mentions, acting) if c not in mediators
                     and kinds.get(c) not in ("media", "person", "court", "parent", "vessel")
                     and not (root.dep_ == "pobj" and root.head.lower_ in _PLACES)
                     and not (root.dep_ == "pobj" and root.head.lower_ == "of"
                              and root.head.head.lemma_.lower() in _SETTLEMENTS)  # "the town of Namkham"
                     and not (root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_.lower() in (
                         "envoy", "ambassador", "mission", "delegation"))  # "the UN envoy to Yemen"
                     and not (root.dep_ in ("compound", "amod") and root.head.lemma_.lower() in _WITNESSES))
    named = Counter(c for _, _, c in mentions if c in mediators and c not in places)
    doc.user_data["detente_mediators"] = [c for c, _ in named.most_common()]  # for "the mediators said"
    ranked = [c for c, _ in counts.most_common()]
    sides = [c for c in ranked if kinds.get(c) != "international"]
    return sides if len(sides) >= 2 else ranked  # a body of states is a side only where there is no other


def _others_agreed(verb: Token, announcer: str) -> bool:
    """Whether what a party announces is that others agreed: a mediator's announcement."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() not in _AGREEING:
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]  # not "a deal has been reached"
        if not subjects or any(t._.party == announcer for s in subjects for t in s.subtree):
            continue
        if any(t._.party for s in subjects for t in s.subtree) or any(
                s.lemma_.lower() in _COLLECTIVE for s in subjects):
            return True
    return False
