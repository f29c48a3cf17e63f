"""What the words around a number say about it: a casualty count, a measurement, or a term on the table.

The figures component asks three questions of a number's clause, with the
pack's `figures` words: which casualty word governs it ("killed", "missing"),
whether it is a term of an offer or a demand rather than a measurement
("offered 11.5 per cent", "a 5% pay rise" still to be agreed), and whether a
verb of counting names who gives it ("authorities estimate ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from .attribution import noun_phrase
from .lexicon import load_pack

_SUBJECTS = ("nsubj", "nsubjpass")
_NOUN_LINKS = ("nummod", "compound", "amod", "nmod", "quantmod")
_MODALS = {"will", "would", "could", "may", "might", "should", "must", "shall", "can", "'ll", "wo", "ca"}


class Lexicon:
    """The pack's `figures` words, and the questions asked with them."""

    def __init__(self, pack: str) -> None:
        p = load_pack(pack)

        def words(key: str) -> set[str]:
            return p.words("figures", key)

        self.hostages, self.dead, self.alive = words("hostages"), words("dead_words"), words("alive_words")
        self.held, self.released = words("held_words"), words("released_words")
        self.kinds = {"deaths": words("deaths"), "injured": words("injured"), "displaced": words("displaced"),
                      "other": words("other_casualties")}
        self.territory_context, self.trucks, self.people = (words("territory_context"), words("aid_trucks"),
                                                            words("people"))
        self.percent_words, self.currency_words = words("percent_words"), words("currency_words")
        symbols = p.section("figures", "currency_symbols")
        self.currency_symbols = {str(s) for s in symbols} if isinstance(symbols, list) else set()
        self.time_units, self.stoppages = words("time_units"), words("stoppages")
        self.term_words, self.change_words = words("term_words"), words("change_words")
        self.move_verbs, self.measure_verbs = words("move_verbs"), words("measure_verbs")
        self.commit_verbs = words("commit_verbs")
        self.source_verbs, self.source_hedges = words("source_verbs"), p.words("hedges", "verbs")
        self.counters = words("counters")
        self.bounds = _longest_first(p.section("figures", "bounds"))
        self.bounds_after = _longest_first(p.section("figures", "bounds_after"))

    def casualty_kind(self, token: Token) -> str | None:
        """ "killed" -> deaths, "wounded" -> injured, "fled" -> displaced, "missing" -> other."""
        forms = {token.lower_, token.lemma_.lower()}
        return next((kind for kind, words in self.kinds.items() if forms & words), None)

    def stoppage(self, token: Token | None) -> bool:
        """A strike, walkout or the talks themselves: what a length of time can measure."""
        return token is not None and bool({token.lower_, token.lemma_.lower()} & self.stoppages)

    def is_term(self, carrier: Token) -> bool:
        """True when the number is what a side offers, asks or would agree to, not a measurement.

        Terms: the clause is an offer, proposal or demand ("offered 11.5 per cent", "wanted
        $238 million", "its demands total 19 per cent"), or the number sizes a pay change that is
        agreed, rejected or still to come ("rejected a 5% pay rise", "would get raises of 3%").
        Costs and earnings are measurements even in a proposal's clause ("would cost $3 billion").
        """
        path = clause_path(carrier)
        if any(n.lemma_.lower() in self.measure_verbs for n in path):
            return False
        subjects = [c for n in path for c in n.children if c.dep_ in _SUBJECTS and c.i != carrier.i]
        if self.offered(carrier, path, subjects):
            return True
        described = [n.head for n in path if n.dep_ in ("acl", "relcl")]  # "raises totaling 25%"
        measured = {t.lemma_.lower() for t in measured_nouns(carrier) + subjects + described
                    for t in [t, *[c for c in t.children if c.dep_ in ("compound", "amod")]]}
        if not measured & self.change_words:
            return False
        verbs = [n for n in path if n.pos_ in ("VERB", "AUX")]
        return not verbs or any(v.lemma_.lower() in self.move_verbs for v in verbs) or not any(map(_past, verbs))

    def offered(self, carrier: Token, path: list[Token], subjects: list[Token]) -> bool:
        """An offer, proposal or demand above the number, or as the subject of its clause. A
        recipient is not the content: "presented its offer to the 33,000 employees"."""
        below = carrier
        words = {t.lemma_.lower() for t in subjects}
        for node in path:
            lemma = node.lemma_.lower()
            if not (node.pos_ == "NOUN" and below.dep_ == "prep" and below.lower_ in ("to", "by", "from")):
                words.add(lemma)
            if lemma in self.commit_verbs and below.dep_ == "xcomp":
                return True  # "agreed to buy $200 billion of goods"; not "agreed on 80 per cent of the text"
            if below.dep_ == "prep" and below.lower_ in ("to", "by") and lemma in self.change_words:
                words.update(c.lemma_.lower() for c in node.children if c.dep_ == "dobj")  # "raised its offer to 6.5%"
            for c in node.children:
                if c.dep_ == "acomp":  # "is willing to invest $35 million"
                    words.add(c.lemma_.lower())
                if c.dep_ == "dobj" and below.dep_ == "prep" and below.lower_ in ("for", "of") and c.i < below.i:
                    words.add(c.lemma_.lower())  # "renewed its demand | for a 10% raise", attached to the verb
                if node.lemma_ == "be" and c.dep_ == "prep" and c.lower_ == "among":
                    words.update(g.lemma_.lower() for g in c.children)  # "among the proposals are ..."
            below = node
        return bool(words & self.term_words)

    def counted_by(self, token: Token) -> tuple[str, bool] | None:
        """ "Colombian authorities estimate the war has left 260,000 dead": the one who counts, and
        whether the verb hedges ("estimate", "believe")."""
        for node in list(token.ancestors)[:10]:
            lemma = node.lemma_.lower()
            if node.pos_ != "VERB" or lemma not in self.source_verbs:
                continue
            subject = next((c for c in node.children if c.dep_ in _SUBJECTS), None)
            if subject is not None and (subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                        or subject.lemma_.lower() in self.counters):
                return noun_phrase(subject)[0], lemma in self.source_hedges
        return None


def clause_path(token: Token, limit: int = 12) -> list[Token]:
    """The heads above ``token`` up to its clause's verb: through infinitives and participles to
    the finite verb, and out of a relative clause to the noun it describes ("a raise that would
    reach 5%" belongs to the raise; the union "which represents 45,000 dockworkers" is not what
    the union then does). Stops at a participle that modifies a noun ("a vote involving 13 million
    voters")."""
    out, node = [], token
    for _ in range(limit):
        if node.head.i == node.i:
            break
        node = node.head
        out.append(node)
        if node.pos_ in ("VERB", "AUX"):
            if node.dep_ == "acl":
                break
            if _finite(node) and node.dep_ == "relcl":
                out.append(node.head)  # "a raise that would reach 5%" is about the raise, and stops there
                break
            if _finite(node):
                break
    return out


def measured_nouns(carrier: Token) -> list[Token]:
    """What a number sizes: "a 5% pay [rise]", "[raises] of 3%", "the [increase] percentage ... be 10%"."""
    out, node = [carrier], carrier
    while (node.dep_ in _NOUN_LINKS or node.dep_ == "conj") and node.head.i != node.i:
        node = node.head
        out.append(node)
    if node.dep_ == "pobj" and node.head.lower_ == "of":
        out.append(node.head.head)
    return out


def clause_verb(token: Token) -> Token | None:
    """The nearest verb above a token, within six steps."""
    node = token
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def local_phrase(token: Token) -> list[Token]:
    """A phrase without its relative clauses, appositions and coordinated clauses."""
    out, stack = [], [token]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "appos", "advcl", "ccomp", "parataxis")
                     and not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")))
    return out


def _finite(verb: Token) -> bool:
    if verb.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in verb.children)


def _past(verb: Token) -> bool:
    """Said to have happened: "imposed", "has cut"; not "will cut", "would cost", "to raise"."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _MODALS or a.tag_ == "TO" for a in auxes):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(auxes)) or any(a.tag_ == "VBD" for a in auxes)


def _longest_first(section: object) -> dict[str, list[str]]:
    """Bound phrases by kind, longest first; a damaged section (a list, a bare word) gives none."""
    if not isinstance(section, dict):
        return {}
    return {str(kind): sorted((str(w).lower() for w in words), key=len, reverse=True)
            for kind, words in section.items() if isinstance(words, list)}
