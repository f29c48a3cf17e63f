"""The `detente_figures` component: the figures a report measures the conflict and the talks in.

Hostages held, alive, dead or released; prisoners released; deaths, injured,
displaced; shares of territory; aid trucks; and, as `other` with the words
that name them, every other measurement: people missing or detained, workers
on strike, troops, votes, costs, tariffs, the length of a strike or of the
talks. Numbers that are the terms of an offer or a demand ("offered a 5%
raise") are terms, not figures. Each figure has its value, its bound (exact,
at least, at most, about), who gives it and whether it is hedged.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .attribution import attributions_over, noun_phrase
from .figure_context import Lexicon, clause_path, clause_verb, local_phrase
from .hedging import is_hedged
from .number_phrases import NumberPhrase, number_phrases
from .numbers import as_number, ordinal_value
from .paragraphs import reported_span

if not Doc.has_extension("figures"):
    Doc.set_extension("figures", default=None)

_RELEASE = {"release", "free", "return", "swap", "exchange", "hand", "liberate", "freeing", "releasing"}
_OUTCOMES = {"result", "lead", "secure", "complete", "win", "mark", "welcome", "celebrate", "follow", "confirm",
             "bring", "obtain", "achieve", "see"}  # "... the release of": it happened (not "called for")


_PERSON_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents", "men",
                   "ees", "ives", "ages", "ren", "ries", "ots")
_CAPTIVITY = {"hold", "held", "holding", "hijacked", "detain", "detained", "captive", "captivity", "kidnap",
              "kidnapped", "abduct", "abducted", "hostage", "hostages", "prisoner", "prisoners", "jail", "jailed",
              "custody", "arrest", "arrested", "seize", "seized", "capture", "captured", "imprison", "imprisoned"}


def _people(noun: Token, people: set[str]) -> bool:
    """Whether the counted things are people: a word for people, a person's ending ("engineers", "activists",
    "Americans", "fishermen"), or captivity spoken of in the sentence; not "40 games", "86,000 tonnes"."""
    lower = noun.lower_
    return lower in _PEOPLE_FOR_RELEASE | people or noun.tag_ == "NNPS" or lower.endswith(_PERSON_ENDINGS) \
        or bool({t.lower_ for t in noun.sent} & _CAPTIVITY)


_HOMES = {"home", "village", "town", "city", "house", "area", "region", "district", "neighbourhood",
          "neighborhood", "land", "farm"}
_CAPTORS = {"rebel", "rebels", "militant", "militants", "insurgent", "insurgents", "guerrilla", "guerrillas",
            "gang", "gangs", "pirate", "pirates", "kidnapper", "kidnappers", "captor", "captors", "group", "militia",
            "jihadist", "jihadists", "gunmen", "abductors", "front", "movement"}


def _held_by_a_group(noun: Token) -> bool:
    """"The rebels are believed to be holding at least 11 civilians", "the FLA is still holding five soldiers",
    "pirates holding the 19 crew": people an armed group holds are its hostages (a state holds prisoners)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() != "hold" or any(c.dep_ == "prt" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ in ("acl", "relcl"):
        subjects = [verb.head]  # "Somali pirates holding the 19 crew"
    if not subjects and verb.dep_ == "xcomp":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "believed to be holding"
    for subject in subjects:
        kinds = subject.doc._.party_kinds or {}
        if subject.lower_ in _CAPTORS or subject.lemma_.lower() in _CAPTORS or kinds.get(subject._.party) == "group":
            return True
    return False


_COUNTED_FROM = 10  # counts of people or things from ten up are figures ("42 of its cadres"), not "two sides"
_PEOPLE_FOR_RELEASE = {"prisoner", "prisoners", "detainee", "detainees", "palestinians", "others", "people",
                       "captives", "inmates", "civilians", "soldiers", "fighters", "members", "persons"}


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
        out = {"start": reported_span(self.sentence)[0], "end": self.sentence.end_char, "quantity": self.quantity,
               "value": as_number(self.value), "bound": self.bound, "source": self.source,
               "hedged": self.hedged, "sentence": self.sentence.text}
        if self.quantity == "other":
            out["text"] = self.text
        return out


class FigureFinder:
    def __init__(self, pack: str) -> None:
        self.x = Lexicon(pack)

    def __call__(self, doc: Doc) -> Doc:
        found: list[FigureMention] = []
        seen = set()
        for sent in doc.sents:
            for figure in [*map(self.figure, number_phrases(sent, self.x)), *map(self.ordinal, sent)]:
                if figure is None:
                    continue
                key = (sent.start, figure.quantity, figure.value)
                if key not in seen:
                    seen.add(key)
                    found.append(figure)
        doc._.figures = found
        return doc

    # -- what a number counts -----------------------------------------------------------------

    def figure(self, ph: NumberPhrase) -> FigureMention | None:
        number, sent = ph.last, ph.last.sent
        noun = _counted(ph.carrier)
        if noun is None:
            return None  # "Steps 14", "Resolution 2334": a number that names something
        counts_things = noun.i != number.i and noun.tag_ == "NNS" and noun.lemma_.lower() not in self.x.time_units
        if ph.unit is None and number.ent_type_ in ("DATE", "TIME", "ORDINAL") and not counts_things:
            return self.duration(ph)  # the tagger's dates, unless they count something: "87 aid trucks"
        if ph.unit is None and _year_like(number):
            return None
        nxt = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
        if ph.unit is None and nxt is not None and nxt.text == "-":
            return self.duration(ph)
        quantity, text = self.quantity(ph, noun)
        if quantity is None:
            return None
        value = ph.value + (1 if quantity != "other" and _named_before(noun) else 0)
        first = ph.first
        if ph.unit == "money" and first.i > sent.start and first.nbor(-1).pos_ == "SYM":
            first = first.nbor(-1)  # "more than $3 billion": the bound stands before the currency sign
        figure = FigureMention(quantity, value, self.bound(first, ph.carrier, noun), sent, number.i, text=text)
        self.attribute(figure, ph, release_term=quantity.startswith(("hostages", "prisoners")))
        return figure

    def quantity(self, ph: NumberPhrase, noun: Token) -> tuple[str | None, str]:
        number, x = ph.last, self.x
        lower = noun.lower_
        if ph.unit is None:
            if lower in x.hostages or self.hostage_antecedent(number, noun) or (
                    lower == "others" and noun.head.lower_ == "of" and noun.head.head.lower_ in x.dead):
                return self.hostage_quantity(number, noun), ""
            if _share_of(noun) and ph.value >= 100:
                return "other", noun_phrase(noun)[0]  # "displaced most of the territory's 2.1 million residents"
            release = _release_of(noun)
            if release is not None and (lower in _PEOPLE_FOR_RELEASE | x.people or (
                    noun.tag_ == "NNS" or noun.tag_ == "NNPS" and not any(c.dep_ in ("conj", "appos") for c in
                                                                           noun.children)) and  # not "two Germans, a"
                                        release.lemma_.lower() not in ("hand", "return")  # not "handed over rifles"
                                        and _people(noun, x.people)):  # not "40 games were released"
                if not _done(release):
                    return None, ""
                return ("hostages_released" if _taken_hostage(release, noun) else "prisoners_released"), ""
            if _held_by_a_group(noun) and _people(noun, x.people):
                return "hostages_held", ""  # "the rebels are believed to be holding at least 11 civilians"
            casualty = self.casualty(number, noun)
            if casualty is not None:
                return casualty
            if lower in x.trucks:
                return "aid_trucks", ""
        if ph.unit == "percent":
            if self.territorial(ph.carrier):
                return "territory_share", ""
            if x.is_term(ph.carrier):
                return None, ""
            return "other", _text(ph, noun)
        if ph.unit == "money":
            return (None, "") if x.is_term(ph.carrier) else ("other", _text(ph, noun))
        if noun.i == number.i:  # "1,200 of its fighters"
            noun = next((g for c in number.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj" and g.tag_ == "NNS"), noun)
        counts = noun.i != number.i and noun.tag_ in ("NNS", "NNPS") and noun.lemma_.lower() not in x.time_units
        if counts and ph.value >= _COUNTED_FROM:
            return "other", noun_phrase(noun)[0]
        return None, ""

    def casualty(self, number: Token, noun: Token) -> tuple[str, str] | None:
        """Killed, wounded, displaced, missing or detained: the nearest word that says which."""
        x = self.x
        person = noun.i == number.i or noun.lower_ in x.people or noun.tag_ in ("NNS", "NNPS")
        if not person or noun.i == number.i and _one_of(number):
            return None
        doc = number.doc
        candidates = [noun, *[c for c in noun.children if c.dep_ in ("amod", "compound") and c.i != number.i]]
        candidates += [c for c in noun.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"
                       and x.casualty_kind(c) == "displaced"]  # "80,000 people who fled the valley"
        end = max(t.i for t in noun.subtree if t.i >= noun.i and t.dep_ not in ("relcl", "acl", "prep", "punct"))
        if end + 1 < number.sent.end and doc[end + 1].pos_ in ("ADJ", "VERB"):
            candidates.append(doc[end + 1])  # "260,000 people dead", "45,000 missing"
        for node in clause_path(noun, limit=5):
            candidates.append(node)
            candidates.extend(c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != noun.i)
            candidates.extend(c for c in node.children if c.dep_ in ("compound", "acomp", "oprd"))  # "remain
            # displaced"
            if node.lemma_.lower() == "leave" and any(c.dep_ == "dobj" and c.lemma_.lower() in _HOMES
                                                      for c in node.children):
                return "displaced", ""  # "60,000 people have left villages around Zabol"
            if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("xcomp", "prep"):  # past "including"
                candidates.extend(c for c in node.children if c.dep_ == "dobj" and c.i != noun.i)  # "sought shelter"
                candidates.extend(c for c in node.children if c.dep_ in ("xcomp", "ccomp") and c.i > noun.i
                                  and noun.dep_ == "dobj")  # "forced 22,000 villagers to flee"
                if any(g.lemma_.lower() == "home" for c in node.children if c.lower_ == "from" for g in c.children):
                    return "displaced", ""  # "forced four million people from their homes"
                break
        for word in candidates:
            kind = x.casualty_kind(word)
            if kind == "other":
                return "other", f"{noun_phrase(noun)[0] if noun.i != number.i else 'people'} {word.text}"
            if kind is not None:
                return kind, ""
        return None

    def territorial(self, carrier: Token) -> bool:
        """ "occupies 20% of the country", "holds a quarter of the territory"."""
        path = {t.lemma_.lower() for t in clause_path(carrier, limit=4)}
        of = [g for c in carrier.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if of:  # "holds 60 per cent of the bonds" is no territory; "of the country", "of Ukraine" is
            return any(g.lemma_.lower() in self.x.territory_context or g.ent_type_ in ("GPE", "LOC")
                       or g.lemma_.lower() in ("country", "territory") for g in of)
        return bool(path & self.x.territory_context)

    def hostage_antecedent(self, number: Token, noun: Token) -> bool:
        """ "24 of whom" / "20 of them" / "the 50 hostages—20 believed alive": a count of the
        hostages named just before."""
        if number.dep_ == "appos" and any(t.lower_ in self.x.hostages and t.i < number.i
                                          for t in number.head.subtree):
            return True
        doc = number.doc
        if number.i > 0 and doc[number.i - 1].text in ("—", "–", "-", ",", "(") and noun.i == number.i and any(
                t.lower_ in self.x.hostages for t in doc[max(number.sent.start, number.i - 6):number.i]):
            return True  # "the 50 hostages—20 believed to be alive"
        for child in number.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for g in child.children:
                    if g.lower_ in ("whom", "them", "those", "these"):
                        before = number.doc[number.sent.start:number.i]
                        return any(t.lower_ in self.x.hostages for t in before)
        return False

    def hostage_quantity(self, number: Token, noun: Token) -> str | None:
        x = self.x
        around = _around(number, noun)
        mods = {c.lower_ for c in noun.children} | {c.lower_ for c in number.children}
        holder = noun.head.head if noun.head.lower_ == "of" else None
        release = next((a for a in list(noun.ancestors)[:7] if a.lemma_.lower() in _RELEASE), None)
        if release is None and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _RELEASE:
            release = noun.head.head
        if release is None:  # "33 hostages released": a participle after the noun
            release = next((c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _RELEASE), None)
        if release is not None and _done(release):
            return "hostages_released"  # "Hamas released three hostages on Saturday"
        releasing = release is not None and noun.i != number.i  # "20 of them" describes the held, not a release
        if releasing and not mods & {"all", "remaining"}:
            return None
        if holder is not None and holder.lower_ in x.dead or mods & {"dead", "deceased"}:
            return "hostages_dead"
        after = {t.lower_ for t in number.doc[number.i + 1:min(number.i + 6, number.sent.end)]}
        if mods & x.alive or ({"alive"} & around and noun.i == number.i) or (
                noun.i == number.i and after & x.alive):
            return "hostages_alive"
        if around & x.released and not releasing:
            return "hostages_released"
        return "hostages_held"

    # -- the length of a strike or of the talks -----------------------------------------------

    def duration(self, ph: NumberPhrase) -> FigureMention | None:
        """ "a 72-hour walkout", "16 1/2 hours of bargaining", "four months of talks"."""
        number, doc = ph.last, ph.last.doc
        unit = None
        if number.i + 2 < len(doc) and doc[number.i + 1].text == "-" and \
                doc[number.i + 2].lemma_.lower() in self.x.time_units:
            unit = doc[number.i + 2]
            measured = unit.head if unit.dep_ in ("compound", "amod", "nmod", "npadvmod") else None
        elif number.head.lemma_.lower() in self.x.time_units and number.dep_ in ("nummod", "compound"):
            unit = number.head
            measured = next((g for c in unit.children if c.lower_ == "of" for g in c.children
                             if g.dep_ == "pobj"), None) or self.lasting(unit)
        if unit is None or not self.x.stoppage(measured):
            return None
        start = min(ph.first.i, unit.i)
        text = doc[start:max(unit.i, measured.i) + 1].text
        figure = FigureMention("other", ph.value, self.bound(ph.first, unit, unit), number.sent, number.i, text=text)
        self.attribute(figure, ph, release_term=False)
        return figure

    def lasting(self, unit: Token) -> Token | None:
        """ "a strike that will keep pupils home for at least 10 days", "the talks lasted 16 hours",
        "workers have been on strike for six weeks": the stoppage a verb's duration belongs to."""
        verb = unit.head.head if unit.dep_ == "pobj" and unit.head.lower_ == "for" else unit.head
        if unit.dep_ == "pobj" and unit.head.lower_ != "for" or verb.pos_ not in ("VERB", "AUX"):
            return None
        if unit.dep_ in ("dobj", "npadvmod") and verb.lemma_.lower() not in ("last", "stretch", "drag", "run"):
            return None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
            subject = verb.head  # "a strike that will keep ..."
        if subject is not None and not self.x.stoppage(subject):  # "the last round of talks lasted ..."
            subject = next((g for c in subject.children if c.lower_ == "of" for g in c.children
                            if g.dep_ == "pobj"), subject)
        on = next((g for c in verb.children if c.lower_ == "on" for g in c.children if g.dep_ == "pobj"), None)
        return subject if self.x.stoppage(subject) else on

    def ordinal(self, token: Token) -> FigureMention | None:
        """ "the strike is on its 27th day", "the 10th week of the walkout": how long it has lasted."""
        value = ordinal_value(token.text)
        unit = token.head
        if value is None or value < 2 or token.dep_ != "amod" or unit.lemma_.lower() not in self.x.time_units:
            return None
        of = next((g for c in unit.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
        measured = of
        if measured is None and unit.head.dep_ == "prep" and self.x.stoppage(unit.head.head):
            measured = unit.head.head  # "the talks, now in their fifth day, ..."
        if measured is None:
            verb = next((a for a in unit.ancestors if a.pos_ in ("VERB", "AUX")), None)
            measured = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if not self.x.stoppage(measured):
            return None
        figure = FigureMention("other", float(value), "exact", token.sent, token.i,
                               text=f"{unit.lemma_}s of the {measured.lemma_}")
        figure.source = None
        return figure

    # -- bound, source and hedge --------------------------------------------------------------

    def bound(self, first: Token, carrier: Token, noun: Token) -> str:
        doc = first.doc
        before = " ".join(t.lower_ for t in doc[max(first.sent.start, first.i - 4):first.i])
        for kind in ("at_least", "at_most", "about"):
            for phrase in self.x.bounds.get(kind, []):
                if before.endswith(" " + phrase) or before == phrase:
                    return kind
        tail = max(carrier.i, noun.i) + 1
        after = " ".join(t.lower_ for t in doc[tail:min(tail + 3, first.sent.end)])
        for kind, phrases in self.x.bounds_after.items():
            if any(after == p or after.startswith(p + " ") for p in phrases):
                return kind
        head = carrier.head
        if carrier.dep_ == "pobj" and head.lower_ in ("above", "over", "beyond"):
            return "at_least"
        if carrier.dep_ == "dobj" and head.lemma_.lower() in ("pass", "surpass", "exceed", "top"):
            return "at_least"
        return "exact"

    def attribute(self, figure: FigureMention, ph: NumberPhrase, release_term: bool) -> None:
        """Who gives the figure, and whether it is hedged."""
        token, first = ph.last, ph.first
        doc, sent = token.doc, token.sent
        figure.hedged = is_hedged(token) or any(t._.hedge for t in doc[max(sent.start, first.i - 2):first.i]) \
            or (token.dep_ == "appos" and any(t._.hedge for t in doc[token.i + 1:min(token.i + 3, sent.end)]))
        moves_here = [m for m in doc._.moves or [] if m.sentence.start == sent.start]
        actors = {m.actor for m in moves_here}
        for a in attributions_over(token):
            if a.cue == "according to" and not (a.party and a.party in actors):
                figure.source = a.speaker
                return
        if not release_term:
            counted = self.x.counted_by(token)  # "authorities estimate the war has left 260,000 dead"
            if counted is not None:
                speaker, hedge = counted
                figure.source = speaker
                figure.hedged = figure.hedged or hedge
                return
        for a in attributions_over(token):
            if a.cue != "according to" and not moves_here and not a.on_record:
                figure.source = a.speaker  # a sentence that only reports figures: "..., officials said"
                return


def _counted(carrier: Token) -> Token | None:
    """The noun a number counts: "55,000 [workers]", "25% [tariffs]"; the number itself when bare;
    None when the number follows a noun it names ("Article 5")."""
    if carrier.dep_ in ("nummod", "compound", "quantmod", "amod", "nmod", "appos") and carrier.head.i < carrier.i \
            and carrier.head.pos_ in ("NOUN", "PROPN") and carrier.dep_ != "appos":
        return None
    if carrier.dep_ in ("nummod", "compound", "amod", "nmod") and carrier.head.pos_ in ("NOUN", "PROPN") \
            and carrier.head.i > carrier.i:
        return carrier.head
    return carrier


def _text(ph: NumberPhrase, noun: Token) -> str:
    """A short name for an `other` figure: its noun phrase, or the number and its verb."""
    doc = ph.last.doc
    if noun.i != ph.carrier.i and noun.pos_ == "NOUN":
        return noun_phrase(noun)[0]
    printed = doc[ph.first.i - (1 if ph.unit == "money" and ph.first.i > 0 and
                                doc[ph.first.i - 1].pos_ == "SYM" else 0):ph.carrier.i + 1].text
    head = ph.carrier.head
    return f"{head.text} {printed}" if head.i != ph.carrier.i else printed


def _year_like(number: Token) -> bool:
    """ "2024 spending", "since 2023": a year, unless it counts a plural noun ("2000 prisoners")."""
    text = number.text
    if not (len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100):
        return False
    return number.ent_type_ == "DATE" or not (number.dep_ == "nummod" and number.head.tag_ == "NNS")


def _one_of(number: Token) -> bool:
    """ "one of Asia's longest wars", "one of the sources": a bare number that picks, not counts."""
    if number.lower_ == "one":
        return True
    return any(g.lower_ not in ("whom", "them", "those", "these") and g.tag_ != "NNS"
               for c in number.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def _share_of(noun: Token) -> bool:
    """ "most of the 2.1 million residents": the count is the whole the share is taken from."""
    return noun.head.lower_ == "of" and noun.head.head.lower_ in (
        "most", "half", "many", "some", "all", "much", "part", "majority", "bulk", "share", "third", "quarter")


def _named_before(noun: Token) -> bool:
    """ "Evan Gershkovich and 15 others": the named person makes one more."""
    return noun.lower_ == "others" and noun.dep_ == "conj" and noun.head.pos_ == "PROPN"


def _release_of(noun: Token) -> Token | None:
    """The release a count of people belongs to: "released 40 prisoners", "the release of X and 15 others"."""
    node = noun
    for _ in range(5):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.lower() in _RELEASE:
            if node.pos_ == "NOUN":  # "resulted in the release of ...": done if its verb tells an outcome
                verb = next((a for a in node.ancestors if a.pos_ == "VERB"), None)
                return verb if verb is not None and verb.lemma_.lower() in _OUTCOMES else node
            return node
    return None


def _taken_hostage(release: Token, noun: Token) -> bool:
    """People an armed group or gang frees, or freed where the sentence speaks of kidnapping or ransom:
    hostages ("An armed group freed 27 schoolchildren", "freed three of the 11 missionaries it kidnapped")."""
    if noun.lemma_.lower() in ("soldier", "troop", "fighter", "officer", "policeman", "guard", "combatant",
                               "prisoner", "detainee", "inmate"):
        return False  # "the ANF freed 11 soldiers it had captured": prisoners of war; prisoners said in so many words
    if {t.lemma_.lower() for t in noun.sent} & _HOSTAGE_TALK:
        return True
    subject = next((c for c in release.children if c.dep_ == "nsubj"), None)
    kinds = noun.doc._.party_kinds or {}
    if subject is not None and subject._.party and kinds.get(subject._.party) == "group":
        return True
    return subject is not None and subject.lemma_.lower() in _CAPTORS


_HOSTAGE_TALK = {"kidnap", "kidnapped", "abduct", "abducted", "hostage", "ransom", "captivity", "captor", "abduction"}
_CAPTORS = {"group", "gang", "kidnapper", "militant", "gunman", "gunmen", "captor", "abductor", "rebel", "militia",
            "jihadist", "insurgent"}


def _done(verb: Token) -> bool:
    """A release that happened: past tense, and no modal over it ("would see 33 hostages released")."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
        return False
    node = verb
    for _ in range(4):
        auxes = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in ("will", "would", "could", "may", "might", "to", "should", "must", "'ll", "wo")
               for a in auxes):
            return False
        above = node.head.head if node.dep_ == "acl" else node.head  # "would see 33 hostages [released]"
        if auxes or node.tag_ == "VBD" or node.dep_ not in ("ccomp", "xcomp", "oprd", "acl", "advcl") \
                or above.pos_ not in ("VERB", "AUX") or above.i == node.i:
            return True
        node = above  # a bare participle: its tense is the governing verb's
    return True


def _around(number: Token, noun: Token) -> set[str]:
    """Words near a hostage count that say whether they are alive, dead or released."""
    near = {w for t in local_phrase(noun) for w in (t.lower_, t.lemma_.lower())}
    clause = noun.head if noun.dep_ != "ROOT" else noun
    around = near | {t.lower_ for t in clause.children} | {clause.lemma_.lower(), clause.lower_}
    if number.dep_ in ("nsubj", "nsubjpass", "dobj") or noun.lower_ in ("whom", "others", "them"):
        around |= {t.lower_ for t in local_phrase(number.head)}
    verb = clause_verb(noun)
    if verb is not None:
        around |= {w for t in local_phrase(verb) for w in (t.lower_, t.lemma_.lower())}
    return around


@Language.factory("detente_figures", default_config={"pack": "ceasefire"})
def make_figure_finder(nlp: Language, name: str, pack: str) -> FigureFinder:
    return FigureFinder(pack)
