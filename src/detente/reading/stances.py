"""Positions a side states in its own words, with no move word: "we will not lay down our weapons", "our
troops will stay on the ridge" (red lines); "if they come with a better number, we will talk" (an offer) or
"should they violate the agreement, we will strike" (a threat); "the offer is the most we can bear" (a red
line); "described the offer as \"dead on arrival\"" and "has no intention of doing that" (refusals). Only a
principal side's own statement counts, or the report's plain statement of a named side's position; a
commentator's forecast of what a side will do is no move."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from .attribution import quoted
from .constructions import HOSTILE_NOUNS, MODALS, hostile
from .parties import party_of

_HOLDING = {"stay", "remain", "keep", "hold", "continue"}  # "our troops will stay", "the border will remain closed"
_OWN_WORDS = {"we", "i", "us", "our", "my"}
# What a side keeps as leverage or as its own: its forces, its positions, its measures
_HELD = {"troops", "forces", "soldiers", "army", "border", "borders", "penalty", "penalties", "sanction",
         "sanctions", "tariff", "tariffs", "ban", "embargo", "blockade", "lockout", "strike", "siege", "closure",
         "position", "positions", "presence", "base", "bases", "checkpoint", "checkpoints", "weapon", "weapons",
         "arms", "restriction", "restrictions", "duty", "duties", "fighter", "fighters", "occupation"}
# Verbs whose negation is already read by the move rules, or says nothing of a position
_NOT_STANCES = {"be", "have", "say", "know", "think", "want", "let", "see", "comment", "speak", "tell", "happen",
                "allow", "take", "make", "get", "go", "come", "need", "forget", "stop"}


def stated_position(sent: Span, speaker_of: Callable[[Token], str | None]) -> tuple[Token, str, str] | None:
    """The verb of a position a principal side states of itself in this sentence, the side and the move: a red
    line (insist), or what it would do if the other side moved first (offer, or insist for a threat)."""
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("ROOT", "ccomp", "conj"):
            continue
        if verb.dep_ == "conj" and verb.head.dep_ not in ("ROOT", "ccomp"):
            continue
        speaker = speaker_of(verb)
        subject = _subject(verb)
        if subject is None:
            continue
        if speaker is None:  # "But Lilongwe will keep its ban": the report states the side's position itself
            side = party_of(subject) if subject.pos_ in ("PROPN", "NOUN") else None
            if side is not None and verb.dep_ == "ROOT" and _kept_as_is(verb, subject):
                return verb, side, "insist"
            continue
        if _red_line_attribute(verb) or _own_side(subject, speaker) and (
                _refused_for_good(verb) or _kept_as_is(verb, subject)):
            return verb, speaker, "insist"
        condition = _if_clause(verb)
        if condition is not None and _own_side(subject, speaker) and not any(
                c.dep_ == "neg" for c in verb.children):
            return verb, speaker, "insist" if _a_threat(verb, condition) else "offer"
    return None


def _if_clause(verb: Token) -> Token | None:
    """"If the employers come with a better number, we will talk", "Should they violate the agreement, we will
    strike": the condition set on the other side."""
    return next((c for c in verb.children if c.dep_ == "advcl" and any(
        g.dep_ == "mark" and g.lower_ == "if" for g in c.children) or c.dep_ in ("advcl", "ccomp") and c.i < verb.i
        and _inverted(c)), None)


def _inverted(clause: Token) -> bool:
    """"Should Hezbollah violate ...", "Were they to ...": a condition told by inversion."""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in ("should", "were", "had") and first.head.i == clause.i and first.dep_ == "aux"


_BREACHES = {"reject", "refuse", "violate", "break", "attack", "fail", "renege", "ignore", "abandon", "arrest"}
_ENDING = {"end", "stop", "cease", "halt", "finish", "subside"}
_ON_THE_MARCH = {"street", "streets", "road", "picket", "barricade", "barricades"}


def _a_threat(verb: Token, condition: Token) -> bool:
    """"If they go back on the clause, we will be back on the road": a threat, not a concession."""
    if any(c.dep_ == "neg" or c.lower_ in ("no", "nothing") for c in condition.subtree) or \
            condition.lemma_.lower() in _BREACHES or any(
            c.dep_ == "prt" and c.lower_ == "back" for c in condition.children) and condition.lemma_.lower() == "go":
        return True  # "if they are not home by the deadline", "if the assembly rejects the pause"
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in HOSTILE_NOUNS for c in condition.children) \
            and condition.lemma_.lower() not in _ENDING:
        return True  # "if attacks come from Afghan soil, we will answer them", not "if the protests ended"
    own_clause = [t for c in verb.children if c.dep_ not in ("conj", "advcl", "cc") for t in c.subtree]
    return hostile(verb) or any(t.lower_ in _ON_THE_MARCH or t.lower_ == "nothing" for t in own_clause)


def _subject(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject


def _own_side(subject: Token, speaker: str) -> bool:
    """"we", "our troops", "his government", or the speaking side named: the side speaks of itself."""
    if subject.lower_ in _OWN_WORDS:
        return True
    if any(c.dep_ == "poss" and c.lower_ in _OWN_WORDS | {"his", "her", "its", "their"} for c in subject.children):
        return subject.lemma_.lower() not in ("view", "opinion", "hope", "concern")
    if subject.lower_ in _HELD and not any(c.dep_ == "poss" for c in subject.children):
        return party_of(subject) in (None, speaker)  # "the penalty will stay in place", said by its side
    return party_of(subject) == speaker


def _refused_for_good(verb: Token) -> bool:
    """"we will not lay them down", "Israel will never withdraw": what a side says it will not do."""
    if verb.lemma_.lower() in _NOT_STANCES:
        return False
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    negated = any(c.dep_ == "neg" for c in verb.children)
    never = any(c.lower_ == "never" for c in verb.children)
    future = any(a.lower_ in MODALS for a in auxes)
    return future and (negated or never) and not any(c.dep_ == "advcl" and any(
        g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children) for c in verb.children)


def _kept_as_is(verb: Token, subject: Token) -> bool:
    """"our troops will stay on the summit", "the penalty will remain in place until ...": held as it is."""
    if verb.lemma_.lower() not in _HOLDING or any(c.dep_ == "neg" for c in verb.children):
        return False
    until = any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("until", "unless") for g in c.children)
                for c in verb.children)  # "our export ban stays in place until ..."
    if not until and not any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return False
    held = subject.lower_ in _HELD or subject.lemma_.lower() in _HELD or any(
        c.dep_ == "dobj" and c.lemma_.lower() in _HELD for c in verb.children)
    return held


def _red_line_attribute(verb: Token) -> bool:
    """"They are a red line for us": a red line named as such."""
    return verb.lemma_ == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() == "line" and any(g.lower_ == "red" for g in c.children)
        for c in verb.children) and not any(c.dep_ == "neg" for c in verb.children)


_LIMITS = {"best", "most", "limit", "maximum", "ceiling", "furthest", "farthest", "utmost"}
_FINAL = {"final", "last"}
_DESCRIBING = {"describe", "call", "characterise", "characterize", "present", "bill"}


def offer_at_its_limit(verb: Token, offer_nouns: frozenset[str] | set[str]) -> bool:
    """"the offer was the best it could afford", "described the package as the most the treasury can bear",
    "this is our final offer": a side saying its offer will not grow, a red line."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if lemma == "be":
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        verdicts = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    elif lemma in _DESCRIBING:
        subjects = [c for c in verb.children if c.dep_ == "dobj"]
        verdicts = [c for c in verb.children if c.dep_ == "oprd"] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    else:
        return False
    offered = any(s.lemma_.lower() in offer_nouns or s.lower_ in ("it", "this") for s in subjects)
    return offered and any(_a_limit(v, offer_nouns) for v in verdicts)


def _a_limit(verdict: Token, offer_nouns: frozenset[str] | set[str]) -> bool:
    if verdict.lemma_.lower() in offer_nouns and any(c.lower_ in _FINAL for c in verdict.children):
        return True  # "our final offer", "the last offer"
    if verdict.lower_ not in _LIMITS:
        return False
    return any(t.lower_ in ("can", "could", "ca") for t in verdict.subtree)  # "the most the sector can afford"


_LABELLING = {"describe", "call", "brand", "label", "characterise", "characterize", "dismiss", "deride", "denounce"}
_FAIR_WORDS = {"step", "progress", "basis", "breakthrough", "welcome", "start", "beginning", "improvement", "advance"}


def quoted_label(verb: Token, judged_nouns: frozenset[str] | set[str], approving: frozenset[str] | set[str]) -> bool:
    """"described the offer as \"dead on arrival\"", "called the gas offer \"unrelated to the question\"": a
    side labels the other's offer in words of its own, quoted; unless the words praise it, that is a rejection."""
    if verb.lemma_.lower() not in _LABELLING or any(c.dep_ == "neg" for c in verb.children):
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in judged_nouns for c in verb.children):
        return False
    labels = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp")] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    labels += [g for c in verb.children if c.dep_ == "dobj" for g in c.children
               if g.dep_ in ("amod", "appos") and g.i > c.i]  # parsed as "the offer \"unrelated to ...\""
    for label in labels:
        words = list(label.subtree)
        doc = label.doc
        opened = words[0].i > 0 and doc[words[0].i - 1].text in ("\"", "“", "'", "‘")
        if (opened or quoted(words[0])) and not any(
                t.lemma_.lower() in approving | _FAIR_WORDS for t in words):
            return True
    return False


def no_intention(verb: Token) -> str | None:
    """"Madrid has no intention of doing that" (a demand refused: reject); "Israel has no intention of ending
    the war" (a position held: insist)."""
    if verb.lemma_.lower() != "have":
        return None
    intention = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ("intention", "plan")
                      and any(g.lower_ == "no" for g in c.children)), None)
    if intention is None:
        return None
    act = next((g for c in intention.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                if g.dep_ == "pcomp"), None)
    if act is None:
        return None
    objects = [c for c in act.children if c.dep_ == "dobj"]
    return "reject" if not objects or all(o.lower_ in ("that", "this", "it", "so") for o in objects) else "insist"
