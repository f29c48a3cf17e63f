"""The `detente_terms` component: what is on the table, in the guide's term vocabulary.

Each term mention gets its qualifiers: counts in digits or words, living or
dead, all or some, permanent or temporary, durations ("60-day", "six weeks"),
full or partial withdrawal.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Token

from .lexicon import load_pack
from .noun_phrases import short_noun_phrase
from .numbers import as_number, duration_days, phrase_value

if not Doc.has_extension("terms"):
    Doc.set_extension("terms", default=None)

_PRICED = {"tax", "price", "cost", "bill", "subsidy", "inflation", "duty", "levy", "rise", "hike"}
_SETTING = {"after", "before", "during", "since", "at", "in", "following"}
_ALL = {"all", "remaining", "every", "entire", "whole", "rest"}
_SOME = {"some", "more", "half", "several", "part", "first", "few", "number", "batch", "certain"}
_LIVING = {"living", "alive", "live"}
_CAPTIVE_VERBS = {"imprison", "jail", "detain", "arrest", "abduct", "kidnap", "capture", "incarcerate",
                  "imprisoned", "jailed", "detained", "arrested", "abducted", "kidnapped", "captured"}
_TAKING_PART = {"engage", "participate", "join", "enter", "return", "take", "remain", "resume", "stay"}
_SPELLS = {"years", "months", "weeks", "days", "hours", "rounds", "round", "year", "month", "week", "decades",
           "result", "course", "sidelines", "margins"}
_HALTING = {"suspend", "halt", "stop", "cease", "pause", "end", "freeze"}
_FIGHTING = {"attack", "shelling", "bombing", "bombardment", "hostility", "hostilities", "offensive", "fighting",
             "airstrike", "operation", "assault", "incursion", "drone"}
_FREEING = {"free", "release", "liberate", "repatriate"}
_PEOPLE = {"man", "woman", "soldier", "fighter", "member", "commander", "activist", "politician", "journalist",
           "leader", "officer", "official", "civilian", "citizen", "student", "detainee", "prisoner", "militant"}
_FOREIGNERS = {"engineer", "worker", "missionary", "tourist", "crew", "sailor", "national", "foreigner", "expatriate",
               "pilgrim", "volunteer"}
_HOSTAGE_CONTEXT = {"hostage", "captive", "kidnap", "kidnapping", "abduct", "abduction", "ransom", "captor",
                    "kidnapper", "abductee"}
_DEAD = {"dead", "deceased", "bodies", "body", "remains", "fallen", "slain"}


@dataclass
class TermMention:
    """A term and its qualifiers, anchored at a token."""

    term: str
    index: int  # the token that names it
    qualifiers: dict = field(default_factory=dict)
    text: str = ""
    span: tuple[int, int] = (0, 0)  # characters of the naming word in the report

    def key(self) -> tuple:
        named = (("text", self.text.lower()),) if self.term == "other" else ()  # each unnamed item is its own term
        return (self.term, *sorted((k, v) for k, v in self.qualifiers.items() if v is not None), *named)

    def to_dict(self) -> dict:
        out = {"term": self.term, **self.qualifiers}
        if self.term == "other":
            out["text"] = self.text
        out["start"], out["end"] = self.span
        return out


class TermFinder:
    def __init__(self, nlp: Language, pack: str) -> None:
        p = load_pack(pack)
        self.pack = p
        self.nouns: dict[str, str] = {}
        self.verbs: dict[str, str] = {}
        for term, spec in p.section("terms").items():
            for word in spec.get("nouns", []):
                self.nouns[word.lower()] = term
            for word in spec.get("verbs", []):
                self.verbs[word.lower()] = term
        self.dead_nouns = p.words("terms", "hostage_release", "dead_nouns")
        self.weapons = p.words("terms", "disarmament", "weapons")
        self.giving_up = p.words("terms", "disarmament", "giving_up")
        self.permanent = p.words("terms", "ceasefire", "permanent")
        self.temporary = p.words("terms", "ceasefire", "temporary")
        self.full = p.words("terms", "withdrawal", "full")
        self.partial = p.words("terms", "withdrawal", "partial")
        self.talks_words = p.words("terms", "talks", "nouns")
        self.phrases = [ph.lower().split() for ph in p.section("terms").get("end_of_war", {}).get("phrases", [])]

    def __call__(self, doc: Doc) -> Doc:
        found: list[TermMention] = []
        for token in doc:
            mention = self.at(token)
            if mention:
                found.append(mention)
        lowers = [t.lower_ for t in doc]
        for phrase in self.phrases:
            for i in range(len(doc) - len(phrase) + 1):
                if lowers[i:i + len(phrase)] == phrase:
                    found.append(TermMention("end_of_war", i + len(phrase) - 1, {}, doc[i:i + len(phrase)].text))
        talks = self.talks_words
        found = [m for m in found if m.term != "end_of_war" or not any(
            a.lower_ in talks for a in list(doc[m.index].ancestors)[:4])]
        found = [m for m in found if m.term in ("talks", "end_of_war") or not _topic_of_talks(doc[m.index], talks)]
        for m in found:
            token = doc[m.index]
            m.span = (token.idx, token.idx + len(token.text))
        doc._.terms = sorted(found, key=lambda m: m.index)
        return doc

    def at(self, token: Token) -> TermMention | None:
        lower, lemma = token.lower_, token.lemma_.lower()
        if lower == "fire" and token.i >= 2 and token.doc[token.i - 1].text == "-" and \
                token.doc[token.i - 2].lower_ == "cease":
            return TermMention("ceasefire", token.i, self.ceasefire(token))
        if token.pos_ in ("NOUN", "PROPN", "ADJ", "X") or lower in ("ceasefire", "cease-fire"):
            term = self.nouns.get(lower) or self.nouns.get(lemma)
        elif token.pos_ == "VERB":
            term = self.verbs.get(lemma)
        else:
            term = None
        if term is None and lower in self.dead_nouns and any(c.dep_ == "prep" and c.lower_ == "of" for c in
                                                             token.children):
            victims = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                       if g.dep_ == "pobj"]
            earlier = any(self.nouns.get(t.lower_) == "hostage_release" for t in token.doc[token.sent.start:token.i])
            if victims and victims[0].lower_ in ("others", "captives", "hostages") and earlier and \
                    _has_of_hostage(token, self.nouns) is None:
                return self.people(victims[0], "hostage_release")
            return None
        if term is None and lower in self.weapons and token.dep_ == "dobj" and \
                token.head.lemma_.lower() in self.giving_up:
            return TermMention("disarmament", token.i)  # "the rebels will hand over their weapons"
        if term is None and token.pos_ in ("PROPN", "NOUN") and token.tag_ in ("NNS", "NNPS") and any(
                c.dep_ in ("acl", "amod") and c.lemma_.lower() in _CAPTIVE_VERBS for c in token.children):
            term = "prisoner_release"  # "Palestinians imprisoned in Israel", "the detained strikers"
        if term is None and token.lemma_.lower() in ("bring", "send") and any(
                c.lower_ == "home" for c in token.children) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _FORCES for c in token.children):
            return TermMention("withdrawal", token.i, {"scope": None})  # "to bring its troops home"
        if term is None and token.lemma_.lower() == "round" and token.pos_ == "NOUN" and token.dep_ in (
                "dobj", "nsubjpass", "attr", "appos", "conj") and any(
                c.lower_ in _ROUNDS for c in token.children) and not any(
                g.lemma_.lower() not in self.talks_words for c in token.children
                if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"):
            return TermMention("talks", token.i)  # "a second round in Tamanrasset", "the next round in Doha"
        if term is None and token.pos_ == "VERB" and _next_round(token):
            return TermMention("talks", token.i)  # "agreed to return to Nairobi on November 3", "reconvene in Arusha"
        if term is None and _force_halted(token):
            return TermMention("ceasefire", token.i, self.ceasefire(token))  # "suspend air strikes"
        if term is None and _released_people(token):
            sentence = {t.lemma_.lower() for t in token.sent}
            held = sentence & _HOSTAGE_CONTEXT or token.lemma_.lower() in _FOREIGNERS or (
                token.ent_type_ == "PERSON" and _kidnapping(token.doc)) or any(
                c.dep_ == "compound" and c.lemma_.lower() in _FOREIGNERS for c in token.children)  # "crew members"
            term = "hostage_release" if held else "prisoner_release"  # "agreed to free 12 of them", "demanded
            return self.people(token, term)  # the release of Faisal al-Mikhlafi", "freed three engineers"
        if term is None:
            return None
        if term == "aid" and token.dep_ in ("compound", "amod", "nmod") and token.head.lemma_.lower() in _PRICED:
            return None  # "the fuel-tax rise", "food prices": a price, not aid let in
        if term == "aid" and token.lemma_.lower() == "crossing" and not _relief_report(token.doc) and not any(
                t.lemma_.lower() in _SUPPLIES for t in token.sent):
            return TermMention("other", token.i, {}, _phrase_text(token))  # a border crossing for trade and
            # travellers; with aid, food or convoys in the sentence it lets aid in
        if term == "territory" and any(c.lower_ == "humanitarian" for c in token.children):
            term = "aid"  # "humanitarian corridors" let aid in
        if term == "hostage_release" and token.pos_ == "ADJ" and token.dep_ == "amod":
            return None  # "a captive seller", "a captive market": a figure of speech
        if term == "hostage_release" and token.tag_ == "NN" and token.head.lemma_.lower() in ("hold", "take") \
                and token.dep_ in ("oprd", "xcomp", "attr", "acomp", "advcl", "dobj") and not any(
                    c.dep_ in ("det", "nummod", "poss") for c in token.children):
            return None  # "be held hostage by one line in the budget": a figure of speech
        if term == "hostage_release":
            return self.people(token, term)
        if term == "prisoner_release":
            return self.people(token, term)
        if term == "ceasefire":
            if lower in ("pause", "calm", "halt", "lull") and not _near(
                    token, {"fighting", "war", "hostilities", "strikes", "attacks", "shelling", "bombing"}):
                return None
            return TermMention(term, token.i, self.ceasefire(token))
        if term == "withdrawal":
            scope = None
            words = {t.lower_ for t in token.subtree} | {c.lower_ for c in token.children}
            if words & self.full:
                scope = "full"
            elif words & self.partial:
                scope = "partial"
            return TermMention(term, token.i, {"scope": scope})
        if term == "exile":
            if not _near(token, {"gaza", "strip", "territory", "country", "countries", "enclave", "abroad"}):
                return None
            return TermMention(term, token.i)
        if term == "other":
            return TermMention(term, token.i, {}, _phrase_text(token))
        if term == "talks" and token.lower_ == "table" and token.dep_ == "pobj" and token.head.lower_ == "on":
            return None  # "put a new offer on the table", "everything is on the table": tabled, not talks
        if term == "talks" and (token.dep_ in ("nsubj", "nsubjpass") or (
                token.dep_ == "pobj" and token.head.lower_ in _SETTING
                and token.head.head.lemma_.lower() not in _TAKING_PART)
                or (token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in _SPELLS and not (
                    token.head.head.lower_ in ("round", "rounds") and (token.head.head.dep_ in ("dobj", "nsubjpass")
                                                                        or token.head.head.head.lower_ == "to")))):
            return None  # "the talks stalled", "after talks in Geneva", "two years of talks": the setting, but
            # "agreed to hold a second round of talks" is talks on the table
        return TermMention(term, token.i)

    def people(self, token: Token, term: str) -> TermMention:
        """Hostages or prisoners: count, scope, and (hostages) living or dead."""
        count, scope, status = None, None, None
        left = [c for c in token.children if c.i < token.i]
        words = {c.lower_ for c in left}
        number = [c for c in left if c.like_num or c.ent_type_ == "CARDINAL"]
        if number and not any(t.text == "-" for t in number[-1].subtree):
            value = phrase_value([t.text for t in number[-1].subtree if t.like_num or t.lower_ in
                                  ("million", "thousand", "hundred")])
            count = as_number(value) if value is not None else None
        head = token.head
        if token.dep_ == "pobj" and head.lower_ == "of":
            holder = head.head
            words |= {c.lower_ for c in holder.children} | {holder.lower_}
            if holder.lower_ in _DEAD:
                status = "dead"
            if holder.lower_ in ("half", "some", "most", "part", "many", "several", "dozens"):
                words = (words - _ALL) | {"some"}
            if count is None and (holder.like_num or holder.ent_type_ == "CARDINAL"):
                value = phrase_value([holder.text])
                count = as_number(value) if value is not None else None
        if words & _ALL:
            scope = "all"
        elif words & _SOME:
            scope = "some"
        if term == "hostage_release":
            if words & _LIVING:
                status = "living"
            elif words & _DEAD or token.lower_ in _DEAD:
                status = status or "dead"
            return TermMention(term, token.i, {"count": count, "scope": scope, "status": status})
        return TermMention(term, token.i, {"count": count, "scope": scope})

    def ceasefire(self, token: Token) -> dict:
        left = [t for t in token.subtree if t.i < token.i] + [c for c in token.children if c.i < token.i]
        words = {t.lower_ for t in left}
        text = " ".join(t.text for t in token.doc[max(token.sent.start, token.i - 5):token.i])
        days = duration_days(text.replace(" - ", "-"))
        kind = None
        if words & self.permanent or token.lower_ in ("armistice",):
            kind = "permanent"
        elif days or words & self.temporary or token.lower_ in ("truce", "pause", "lull"):
            kind = "temporary"
        return {"kind": kind, "days": days}


def _force_halted(token: Token) -> bool:
    """"to suspend air strikes", "halt attacks", "cease hostilities": a ceasefire in other words."""
    if token.dep_ != "dobj" or token.head.lemma_.lower() not in _HALTING or any(
            c.dep_ == "prep" and c.lower_ in ("on", "against") for c in token.children):
        return False  # "stop attacks on schools": one restraint, not a ceasefire
    lemma = token.lemma_.lower()
    if lemma in ("strike", "raid"):  # a labour strike is no fighting: "air strikes", "drone strikes" are
        return any(c.lower_ in ("air", "drone", "missile", "rocket", "artillery") for c in token.children)
    return lemma in _FIGHTING


def _released_people(token: Token) -> bool:
    """People, named or counted, whom a release frees: "free 12 of them", "the release of Faisal al-Mikhlafi"."""
    head = token.head
    freed = token.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _FREEING or (
        token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _FREEING | {"freedom"}) or (
        token.dep_ == "pobj" and head.lower_ == "of" and head.head.like_num and head.head.dep_ == "dobj"
        and head.head.head.lemma_.lower() in _FREEING)  # "released three of the five foreign workers"
    if not freed:
        return False
    if token.ent_type_ == "PERSON" and token.dep_ in ("dobj", "pobj", "nsubjpass"):
        return True  # "freed Evan Gershkovich", "we demand that Peter Otieno be released"
    if token.dep_ == "nsubjpass":
        return False  # "the ban will be lifted", "sanctions released": people only by name here
    if token.ent_type_ == "NORP" and token.tag_ in ("NNPS", "NNS"):
        return True  # "freed four Americans", "released five Iranians"
    if token.like_num and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.lower_ in ("them", "those") for g in c.children) for c in token.children):
        return True
    return token.lemma_.lower() in _PEOPLE | _FOREIGNERS


_PRISON_WORDS = frozenset({"prisoner", "detainee", "jail", "prison", "convict", "sentence", "inmate"})
_ROUNDS = frozenset({"next", "new", "another", "further", "second", "third", "fourth", "fifth", "sixth", "final",
                     "first", "last"})
_RELIEF = frozenset({"aid", "convoy", "famine", "starvation"})  # a report about aid getting in
_SUPPLIES = frozenset({"aid", "humanitarian", "relief", "food", "medicine", "fuel", "convoy", "truck", "supply",
                       "water", "medical"})  # what a crossing lets in, said in its sentence
_FORCES = frozenset({"troop", "troops", "force", "forces", "soldier", "soldiers", "army", "contingent"})


def _lemmas(doc) -> frozenset[str]:
    """The report's words, once a report: what it is about at all."""
    if "detente_lemmas" not in doc.user_data:
        doc.user_data["detente_lemmas"] = frozenset(t.lemma_.lower() for t in doc)
    return doc.user_data["detente_lemmas"]


def _relief_report(doc) -> bool:
    """Whether the report speaks of aid getting in at all: then its crossings let aid in."""
    return bool(_lemmas(doc) & _RELIEF)


def _topic_of_talks(token: Token, talks: set[str]) -> bool:
    """"further talks on detainees still held by both sides": what the talks are about, not a term of its own."""
    node = token
    for _ in range(3):
        if node.head.i == node.i:
            return False
        if node.dep_ == "pobj" and node.head.lower_ in ("on", "about", "over") and node.head.head.lower_ in talks:
            return True
        node = node.head
    return False


def _kidnapping(doc) -> bool:
    """A report about people held by kidnappers, not about prisoners: a named person freed is a hostage."""
    lemmas = _lemmas(doc)
    return bool(lemmas & _HOSTAGE_CONTEXT) and not lemmas & _PRISON_WORDS


def _next_round(verb: Token) -> bool:
    """Going back to a city, or meeting again there, is another round of talks."""
    lemma = verb.lemma_.lower()
    if lemma == "reconvene":
        return True
    sides = (verb.doc._.principals or [])[:2]  # "the delegation returned to Kyiv": home, not a round
    return lemma in ("return", "go", "come", "head") and any(
        (g.ent_type_ in ("GPE", "LOC", "FAC") or g.pos_ == "PROPN") and g._.party not in sides
        for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "in") for g in c.children if g.dep_ == "pobj")


def _near(token: Token, words: set[str]) -> bool:
    return any(t.lower_ in words for t in token.subtree) or any(t.lower_ in words for t in token.head.subtree
                                                                if abs(t.i - token.i) < 6)


def _has_of_hostage(token: Token, nouns: dict) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                if nouns.get(grandchild.lower_) == "hostage_release":
                    return grandchild
    return None


def _phrase_text(token: Token) -> str:
    phrase = short_noun_phrase(token)
    return phrase.text if phrase is not None else token.text


@Language.factory("detente_terms", default_config={"pack": "ceasefire"})
def make_term_finder(nlp: Language, name: str, pack: str) -> TermFinder:
    return TermFinder(nlp, pack)
