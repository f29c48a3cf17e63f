"""The `detente_figures` component: the quantities a report gives, with bound, source and hedge.

Hostages held, alive, dead or released; deaths, injured, displaced; shares
of territory; aid trucks; other counts of people. Each with its value (words
become numbers), its bound (exact, at least, at most, about), who gives it
and whether it is hedged.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .attribution import attributions_over, noun_phrase
from .hedging import is_hedged
from .lexicon import load_pack
from .numbers import as_number, phrase_value

if not Doc.has_extension("figures"):
    Doc.set_extension("figures", default=None)

_SCALE_WORDS = {"million", "thousand", "hundred", "billion"}
_UNITS_OF_TIME = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
                  "minute", "minutes", "stage", "stages", "phase", "phases", "time", "times"}
_RELEASE = {"release", "free", "return", "swap", "exchange", "hand", "liberate", "freeing", "releasing"}


@dataclass
class FigureMention:
    quantity: str
    value: float
    bound: str
    sentence: Span
    index: int
    source: str | None = None
    hedged: bool = False
    text: str = ""

    def to_dict(self) -> dict:
        out = {"start": self.sentence.start_char, "end": self.sentence.end_char, "quantity": self.quantity,
               "value": as_number(self.value), "bound": self.bound, "source": self.source,
               "hedged": self.hedged, "sentence": self.sentence.text}
        if self.quantity == "other":
            out["text"] = self.text
        return out


class FigureFinder:
    def __init__(self, pack: str) -> None:
        p = load_pack(pack)
        self.p = p
        self.hostages = p.words("figures", "hostages")
        self.dead = p.words("figures", "dead_words")
        self.alive = p.words("figures", "alive_words")
        self.held = p.words("figures", "held_words")
        self.released = p.words("figures", "released_words")
        self.deaths = p.words("figures", "deaths")
        self.injured = p.words("figures", "injured")
        self.displaced = p.words("figures", "displaced")
        self.territory_context = p.words("figures", "territory_context")
        self.trucks = p.words("figures", "aid_trucks")
        self.people = p.words("figures", "people")
        bounds = p.section("figures", "bounds")
        self.bounds = {kind: sorted((w.lower() for w in words), key=len, reverse=True)
                       for kind, words in bounds.items()}

    def __call__(self, doc: Doc) -> Doc:
        found: list[FigureMention] = []
        seen = set()
        for sent in doc.sents:
            for token in sent:
                figure = self.at(token, sent)
                if figure is None:
                    continue
                key = (sent.start, figure.quantity, figure.value)
                if key not in seen:
                    seen.add(key)
                    found.append(figure)
        doc._.figures = found
        return doc

    def at(self, token: Token, sent: Span) -> FigureMention | None:
        if not (token.like_num or token.ent_type_ in ("CARDINAL", "PERCENT", "QUANTITY")) or token.pos_ != "NUM":
            return None
        if token.ent_type_ in ("DATE", "TIME", "ORDINAL", "MONEY"):
            return None
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if nxt is not None and (nxt.like_num or nxt.lower_ in _SCALE_WORDS) and nxt.pos_ == "NUM":
            return None  # the last word of "1.5 million" carries the figure
        words = [token.text]
        k = token.i - 1
        while k >= sent.start and (token.doc[k].like_num or token.doc[k].lower_ in _SCALE_WORDS) and \
                token.doc[k].pos_ == "NUM":
            words.insert(0, token.doc[k].text)
            k -= 1
        first = token.doc[k + 1]
        quantmods = [c for c in token.children if c.dep_ == "quantmod" and c.lower_ in ("half", "quarter")]
        value = phrase_value(words)
        if value is not None and quantmods:
            value *= 0.5 if quantmods[0].lower_ == "half" else 0.25
            first = min([first, *quantmods], key=lambda t: t.i)
        if value is None or "-" in token.text[1:]:
            return None
        percent = nxt is not None and nxt.lower_ in ("%", "percent", "per")
        noun = token.head if token.dep_ in ("nummod", "quantmod", "compound") else token
        if noun.lower_ in _UNITS_OF_TIME or (nxt is not None and nxt.lower_ in _UNITS_OF_TIME):
            return None
        if nxt is not None and nxt.text == "-":
            return None
        quantity, text = self.quantity(token, noun, sent, percent, value)
        if quantity is None:
            return None
        figure = FigureMention(quantity, value, self.bound(first, token), sent, token.i, text=text)
        figure.hedged = is_hedged(token) or any(t._.hedge for t in token.doc[max(sent.start, first.i - 2):first.i]) \
            or (token.dep_ == "appos" and any(t._.hedge for t in token.doc[token.i + 1:min(token.i + 3, sent.end)]))
        moves_here = [m for m in token.doc._.moves or [] if m.sentence.start == sent.start]
        actors = {m.actor for m in moves_here}
        for a in attributions_over(token):
            if a.cue == "according to" and not (a.party and a.party in actors):
                figure.source = a.speaker
                break
            if a.cue != "according to" and not moves_here and not a.on_record:
                figure.source = a.speaker  # a sentence that only reports figures: "..., officials said"
                break
        return figure

    def quantity(self, number: Token, noun: Token, sent: Span, percent: bool, value: float):
        lower = noun.lower_
        near = {w for t in _local(noun) for w in (t.lower_, t.lemma_.lower())}
        clause = noun.head if noun.dep_ not in ("ROOT",) else noun
        around = near | {t.lower_ for t in clause.children} | {clause.lemma_.lower(), clause.lower_}
        if number.dep_ in ("nsubj", "nsubjpass", "dobj") or lower in ("whom", "others", "them"):
            around |= {t.lower_ for t in _local(number.head)}
        verb = _clause_verb(noun)
        if verb is not None:
            around |= {w for t in _local(verb) for w in (t.lower_, t.lemma_.lower())}
        antecedent = self.hostage_antecedent(number, noun)
        if lower in self.hostages or antecedent or (lower in ("others",) and noun.head.lower_ == "of"
                                                     and noun.head.head.lower_ in self.dead):
            return self.hostage_quantity(number, noun, around), ""
        if lower in ("prisoner", "prisoners", "detainees", "detainee", "palestinians"):
            release = next((a for a in list(noun.ancestors)[:5] if a.lemma_.lower() in _RELEASE), None)
            if release is not None and _done(release):
                return "prisoners_released", ""
        if percent:
            if around & self.territory_context or {t.lower_ for t in sent} & {"occupy", "control"}:
                return "territory_share", ""
            return None, ""
        share = noun.head.lower_ == "of" and noun.head.head.lower_ in (
            "most", "half", "many", "some", "all", "much", "part", "majority", "most")
        if share:
            return ("other", noun_phrase(noun)[0]) if lower in self.people and value >= 100 else (None, "")
        if around & self.injured:
            return "injured", ""
        if around & self.deaths or noun.head.lower_ in ("toll",):
            if lower in self.people or lower in ("toll",) or noun.i == number.i or "toll" in around:
                return "deaths", ""
        if around & self.displaced and (lower in self.people or noun.i == number.i):
            return "displaced", ""
        if lower in self.trucks:
            return "aid_trucks", ""
        if lower in self.people and value >= 100:
            return "other", noun_phrase(noun)[0]
        return None, ""

    def hostage_antecedent(self, number: Token, noun: Token) -> bool:
        """"24 of whom" / "20 of them" / "the 50 hostages—20 believed alive": a count of the
        hostages named just before."""
        if number.dep_ == "appos" and any(t.lower_ in self.hostages and t.i < number.i for t in number.head.subtree):
            return True
        doc = number.doc
        if number.i > 0 and doc[number.i - 1].text in ("—", "–", "-", ",", "(") and noun.i == number.i and any(
                t.lower_ in self.hostages for t in doc[max(number.sent.start, number.i - 6):number.i]):
            return True  # "the 50 hostages—20 believed to be alive"
        for child in number.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for g in child.children:
                    if g.lower_ in ("whom", "them", "those", "these"):
                        before = number.doc[number.sent.start:number.i]
                        return any(t.lower_ in self.hostages for t in before)
        return False

    def hostage_quantity(self, number: Token, noun: Token, around: set[str]) -> str | None:
        mods = {c.lower_ for c in noun.children} | {c.lower_ for c in number.children}
        holder = noun.head.head if noun.head.lower_ == "of" else None
        release = next((a for a in list(noun.ancestors)[:7] if a.lemma_.lower() in _RELEASE), None)
        if release is None and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _RELEASE:
            release = noun.head.head
        if release is not None and _done(release):
            return "hostages_released"  # "Hamas released three hostages on Saturday"
        releasing = release is not None and noun.i != number.i  # "20 of them" describes the held, not a release
        if releasing and not mods & {"all", "remaining"}:
            return None
        if holder is not None and holder.lower_ in self.dead or mods & {"dead", "deceased"}:
            return "hostages_dead"
        after = {t.lower_ for t in number.doc[number.i + 1:min(number.i + 6, number.sent.end)]}
        if mods & self.alive or ({"alive"} & around and noun.i == number.i) or (
                noun.i == number.i and after & self.alive):
            return "hostages_alive"
        if around & self.released and not releasing:
            return "hostages_released"
        return "hostages_held"

    def bound(self, first: Token, number: Token) -> str:
        doc = first.doc
        before = " ".join(t.lower_ for t in doc[max(0, first.i - 4):first.i])
        for kind in ("at_least", "at_most", "about"):
            for phrase in self.bounds.get(kind, []):
                if before.endswith(" " + phrase) or before == phrase:
                    return kind
        head = number.head
        if number.dep_ == "pobj" and head.lower_ in ("above", "over", "beyond"):
            return "at_least"
        if number.dep_ == "dobj" and head.lemma_.lower() in ("pass", "surpass", "exceed", "top"):
            return "at_least"
        return "exact"


def _done(verb: Token) -> bool:
    """A release that happened (past tense, no modal, not an infinitive or a noun)."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "could", "may", "might", "to",
                                                                 "should", "must") for c in verb.children)


def _local(token: Token) -> list[Token]:
    """A phrase without its relative clauses, appositions and coordinated clauses."""
    out, stack = [], [token]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "appos", "advcl", "ccomp", "parataxis")
                     and not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")))
    return out


def _clause_verb(token: Token) -> Token | None:
    node = token
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


@Language.factory("detente_figures", default_config={"pack": "ceasefire"})
def make_figure_finder(nlp: Language, name: str, pack: str) -> FigureFinder:
    return FigureFinder(pack)
