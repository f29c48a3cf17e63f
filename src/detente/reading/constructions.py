"""How English news reports negotiation acts beyond a bare verb: the constructions of docs/reading.md.

Phrasal verbs ("walked away from"), light verbs ("gave the green light", "made an offer"), deals
reached with someone ("struck an agreement with"), talks left or a truce let lapse, verdicts on a
proposal ("the union's demands are unaffordable"), nominalisations ("Ford's offer", "demands from
the army") and collective subjects ("both sides"). Each returns a kind for the move finder and says
who acts; the words come from the domain pack.
"""

from __future__ import annotations

from spacy.tokens import Token

from .attribution import attributions_over
from .lexicon import Pack
from .parties import party_of

_TALKS = {"talks", "negotiations", "negotiation", "dialogue", "ceasefire", "cease-fire", "truce", "process",
          "table", "discussions", "meeting", "summit"}
_ASPECTS = {"length", "term", "duration", "size", "level", "cost", "price", "scope", "pace", "timeline"}
_MORE = {"higher", "more", "bigger", "larger", "greater", "extra", "additional", "%", "percent", "per"}
_ENCOUNTERS = {"call", "meeting", "talk", "conversation", "summit", "session", "round", "conference"}
_MEETING = {"meet", "address", "satisfy", "fulfil", "fulfill", "accommodate", "answer"}
_HOSTILE = {"offensive", "attack", "strike", "operation", "action", "bombing", "fighting", "fight", "hostility", "war",
            "shelling", "raid", "assault", "walkout", "campaign", "arbitration", "lawsuit", "litigation",
            "complaint", "court", "march", "protest", "rally", "demonstration", "boycott", "blockade", "stoppage",
            "sit-in", "shutdown"}
HOSTILE_NOUNS = frozenset(_HOSTILE)
PUNISHING = frozenset({"dock", "deduct", "sue", "sack", "evict", "blacklist", "prosecute", "expel"})
_ABIDING = {"respect", "honour", "honor", "observe", "abide", "uphold", "implement", "comply", "adhere"}
_SIGNALLING = {"signal", "indicate", "say", "tell", "announce", "suggest", "hint", "confirm"}
MODALS = {"will", "would", "'ll", "wo", "shall"}  # a party's will: "will free", "would sign", "won't"


class Constructions:
    """Pack vocabulary for the constructions, and the rules that read them off the parse."""

    def __init__(self, p: Pack) -> None:
        self.reject_particles = {k: set(v) for k, v in p.section("moves", "reject", "particles").items()}
        self.insist_particles = {k: set(v) for k, v in p.section("moves", "insist", "particles").items()}
        self.talks_verbs = p.words("moves", "reject", "talks_verbs")
        self.lapse_verbs = p.words("moves", "reject", "lapse_verbs")
        self.verdict_verbs = p.words("moves", "reject", "verdict_verbs")
        self.reject_nouns = p.words("moves", "reject", "nouns")
        self.insist_adjectives = p.words("moves", "insist", "adjectives")
        self.deal_verbs = p.words("moves", "accept", "deal_verbs")
        self.truce_nouns = p.words("terms", "ceasefire", "nouns")
        self.light_objects = p.words("moves", "accept", "light_objects")
        self.accept_nouns = p.words("moves", "accept", "nouns")
        self.agreement_nouns = p.words("moves", "agreement_nouns")
        self.concession_verbs = p.words("moves", "offer", "concession_verbs")
        self.collective_nouns = p.words("moves", "collective_nouns")
        self.talks_nouns = p.words("terms", "talks", "nouns")
        self.titles = p.words("titles")
        self.collective_markers = p.words("moves", "collective_markers")
        self.all_offer_nouns = p.words("moves", "offer", "nouns")
        self.act_nouns = self.all_offer_nouns | p.words("moves", "propose", "nouns") | p.words(
            "moves", "demand", "nouns")  # "offer", "proposal", "demands": words for a move, not its terms
        self.all_proposal_nouns = p.words("moves", "propose", "nouns")
        self.all_demand_nouns = p.words("moves", "demand", "nouns")
        self.yield_verbs = p.words("moves", "insist", "yield_verbs")
        self.condition_nouns = p.words("moves", "insist", "condition_nouns")
        self.dependence_verbs = p.words("moves", "insist", "dependence_verbs")
        self.denouncing_verbs = p.words("moves", "reject", "denouncing_verbs")
        self.verdict_nouns = p.words("moves", "reject", "verdict_nouns")
        self.verdict_adjectives = p.words("moves", "reject", "adjectives")
        self.approving_adjectives = p.words("moves", "reject", "denied_adjectives")

    # ----- verbs -----

    def verb_construction(self, token: Token, obj: Token | None) -> str | None:
        lemma = token.lemma_.lower()
        idiom = _idiom(token, obj)
        if idiom:
            return idiom
        particles = {c.lower_ for c in token.children if c.dep_ in ("prt", "advmod", "prep")}
        particles |= {g.lower_ for c in token.children if c.dep_ in ("oprd", "acomp") for g in c.children
                      if g.dep_ in ("advmod", "prt") and g.i < c.i}  # "turned the plan down flat"
        if particles & self.reject_particles.get(lemma, set()):
            if any(c.dep_ == "neg" for c in token.children) and not any(
                    c.dep_ == "aux" and c.lower_ in MODALS | {"can", "ca", "could"} for c in token.children):
                return None  # "has not ruled out considering the proposal": no rejection
            holders = [token, token.head] if token.dep_ == "xcomp" and token.head.lemma_ == "go" else [token]
            if lemma in ("walk", "pull", "storm") and any(c.dep_ == "neg" for h in holders for c in h.children):
                return None  # "we are not going to walk away": staying at the table, no rejection
            if any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in token.children):
                return None  # "if the mediation fails, the workers could walk out": a prospect, not an act
            nearby = token.doc[token.i + 1:min(token.i + 5, token.sent.end)]
            if obj is not None and obj.lemma_.lower() in _HOSTILE or obj is None and any(
                    t.lemma_.lower() in _HOSTILE for t in nearby):  # "would call off the strike only if ...",
                return "insist" if only_if(token) else None  # "called off a strike hours before the match"
            if obj is None and unless(token) and any(c.dep_ == "aux" and c.lower_ in MODALS for c in token.children):
                return "insist"  # "members would walk out on October 16 unless the employers dropped the clause"
            left = next((g for c in token.children if c.dep_ in ("prep", "prt") for p in (c, *c.children)
                         if p.dep_ == "prep" and p.lower_ in ("of", "from") for g in p.children if g.dep_ == "pobj"),
                        None)
            if lemma in ("walk", "storm") and left is not None and not party_of(left) and left.lemma_.lower() not in (
                    self.agreement_nouns | self.all_proposal_nouns | self.all_offer_nouns | _TALKS | _ENCOUNTERS):
                return None  # "the three men walked out of the bush": freed, not leaving the talks
            if lemma in ("pull", "back", "walk") and obj is not None and obj.pos_ in ("NOUN", "PROPN") \
                    and obj.lemma_.lower() not in (
                    self.agreement_nouns | self.all_proposal_nouns | self.all_offer_nouns | _TALKS):
                # "would not pull its fighters out unless ...": a withdrawal refused on a condition, not talks left
                refused = any(c.dep_ == "neg" for c in token.children)
                return "insist" if refused and (unless(token) or only_if(token)) else None
            return "reject"
        if particles & self.insist_particles.get(lemma, set()):
            return "insist"
        if lemma == "make" and obj is not None and any(
                c.lemma_.lower() in self.condition_nouns and (c.head == token or c.head.head == token)
                and any(t.pos_ in ("NOUN", "PROPN") for t in token.doc[token.i + 1:c.i]) for c in token.subtree):
            return "insist"  # "the EU would make progress on the deal a condition of membership"
        if lemma in self.dependence_verbs and any(c.dep_ == "prep" and c.lower_ in ("on", "upon")
                                                  for c in token.children) \
                and any(c.dep_ == "aux" and c.lower_ in MODALS for c in token.children) \
                and not any(c.dep_ == "neg" for c in token.children):
            if self.speaker_party(token):
                return "speaker_insist"  # "the withdrawal will depend on the group keeping its word", one side says
            if self.conditioned_side(token) is not None:
                return "other_insist"  # "full withdrawal will depend on the Taliban sticking to their end": the
                # condition the other side sets
        if lemma == "vote" and any(c.dep_ == "prep" and c.lower_ in ("against", "for") and any(
                g.lemma_.lower() in self.agreement_nouns | self.all_offer_nouns | self.all_proposal_nouns
                for g in c.children) for c in token.children):
            against = any(c.dep_ == "prep" and c.lower_ == "against" for c in token.children)
            return "reject" if against else "accept"  # "members voted against the offer"
        if lemma in self.denouncing_verbs and obj is not None and obj.lemma_.lower() in (
                self.agreement_nouns | self.all_proposal_nouns | self.all_offer_nouns | self.truce_nouns):
            return "reject"  # "denounced the settlement as a betrayal", "slammed the offer"
        if lemma in self.talks_verbs and self.about_talks(token):
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            together = subject is not None and (subject.conjuncts or self.collective(subject))
            if lemma in ("end", "conclude", "close") and together:
                return None  # "the league and the union ended a session without a deal": nobody walked out
            return "reject"
        if lemma in ("let", "allow") and any(c.lemma_.lower() in self.lapse_verbs for c in token.children
                                             if c.dep_ in ("ccomp", "xcomp")):
            return "reject"  # "let the truce lapse"
        if lemma == "give" and obj is not None and obj.lemma_.lower() in self.light_objects:
            return "accept"  # "gave the green light"
        if lemma in ("exchange", "trade", "swap") and obj is not None and obj.lemma_.lower() in (
                self.all_offer_nouns | self.all_proposal_nouns):
            return "offer"  # "the sides exchanged new offers"
        if lemma in self.deal_verbs and self.deal_object(token) is not None:
            return "deal"
        if lemma in self.verdict_verbs and self.judged_proposal(token) is not None:
            return "verdict"
        if lemma in self.concession_verbs and obj is not None and any(c.lower_ == "no" for c in obj.children) \
                and any(c.dep_ == "aux" and c.lower_ in MODALS for c in token.children):
            return "insist"  # "would allow no role for foreign monitors"
        if lemma in self.concession_verbs and self.commitment(token) and unless(token):
            return "insist"  # "Orvenia will halt gas deliveries unless Halmland lifts the sanctions": a threat
        if lemma in self.concession_verbs | {"start", "begin", "resume", "return"} and not hostile(token) \
                and any(only_if(v) for v in (token, *[c for c in token.children if c.dep_ == "xcomp"])) \
                and any(c.dep_ == "aux" and c.lower_ in MODALS for c in token.children) \
                and not any(c.dep_ == "neg" for c in token.children):
            return "insist"  # "it would begin disarming only after the army had pulled back"
        if lemma in self.concession_verbs | {"establish", "continue", "hold", "resume", "start", "begin"} \
                and self.commitment(token) and not hostile(token):
            holder = token.head if token.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in token.children) \
                else token  # "the two delegations had agreed to keep talking and would return to Geneva"
            subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
            if subject is not None and self.collective(subject):
                return "accept"  # "the two countries will establish a mechanism": what both agreed
            if only_if(token):
                return "insist"  # "the doctors would return to talks only if ..."
            if lemma in self.concession_verbs | {"resume", "return"}:
                return "offer"
        if lemma in _ABIDING and self.commitment(token, any_object=True):
            return "accept"  # "the movement would respect the truce", "will abide by the agreement"
        if lemma in ("continue", "remain", "hold", "stay", "last") and self.kept_in_force(token):
            return "speaker_offer"  # "Santos said the ceasefire will continue": the speaker keeps it in force
        if lemma in ("propose", "broker", "mediate", "back", "sponsor", "draft") and token.dep_ == "amod" \
                and token.i >= 2 and token.doc[token.i - 1].text in ("-", "–") and token.doc[token.i - 2]._.party \
                and token.head.lemma_.lower() in self.truce_nouns | self.agreement_nouns | self.act_nouns | {
                    "talks", "negotiation", "dialogue", "process", "initiative", "resolution"}:
            return "hyphen_propose"  # "a US-brokered deal", "a Qatar-mediated truce"; not "US-backed forces"
        return None

    def holding_firm(self, verb: Token) -> bool:
        """"refused to budge on wages", "declined to back down", "would not bend": a position held firm."""
        if verb.lemma_.lower() in ("refuse", "decline"):
            return any(c.dep_ == "xcomp" and self.giving_ground(c) for c in verb.children)
        return self.giving_ground(verb) and any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)

    def giving_ground(self, verb: Token) -> bool:
        """"budge", "back down", "give ground", "move on pay": yielding to the other side."""
        lemma = verb.lemma_.lower()
        if lemma not in self.yield_verbs:
            return False
        particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
        objects = {c.lower_ for c in verb.children if c.dep_ == "dobj"}
        if lemma == "back":
            return bool(particles & {"down", "off"})
        if lemma == "give":
            return bool(particles & {"in", "way"} or objects & {"ground", "way", "in"})
        if lemma == "go":
            return bool(particles & {"further", "farther", "beyond"})  # "it would not go further"
        if lemma == "move":
            return any(c.dep_ == "prep" and c.lower_ in ("on", "from") for c in verb.children)
        return True

    def kept_in_force(self, verb: Token) -> bool:
        """"the ceasefire will continue", "the truce would remain in place", said by one side."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.lemma_.lower() in self.truce_nouns and any(
            c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children) and not any(
            c.dep_ == "neg" for c in verb.children) and self.speaker_party(verb) is not None

    def about_talks(self, verb: Token) -> bool:
        """"suspended the talks", "pulled out of negotiations", "the ELN froze the dialogue"."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "out")
                    for g in c.children if g.dep_ == "pobj"]
        return any(o.lower_ in _TALKS and not any(c.lower_ == "bargaining" for c in o.children) or
                   any(c.lower_ in ("talks", "negotiations", "bargaining") for c in o.children) for o in objects)

    def deal_object(self, verb: Token) -> Token | None:
        """The agreement a deal verb takes: "reached a deal", "an agreement has been reached", "signed the accord"."""
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in self.agreement_nouns:
                return child
            if child.dep_ == "prep" and child.lower_ in ("on", "to") and verb.lemma_.lower() == "agree":
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.lemma_.lower() in self.agreement_nouns:
                    return pobj
        return None

    def deal_partners(self, verb: Token, obj: Token | None = None) -> list[Token]:
        """"with China", "between Israel and Hezbollah": the other parties to a deal."""
        found = []
        obj = obj if obj is not None else self.deal_object(verb)
        holders = [verb, obj]
        holders += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "at", "after")
                    for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _ENCOUNTERS]
        for holder in holders:  # "agreed in a telephone call with Merkel and Hollande"
            if holder is None:
                continue
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ in ("with", "between", "among"):
                    for g in child.children:
                        if g.dep_ == "pobj":
                            found.extend([g, *g.conjuncts])
        return found

    def judged_proposal(self, token: Token) -> Token | None:
        """A proposal, offer or demand that is the subject of a verdict ("falls short", "is unaffordable")."""
        while token.dep_ == "conj" and token.head.pos_ == token.pos_ and token.head.i < token.i:
            token = token.head  # "unaffordable and unsustainable": one verdict on one subject
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and token.dep_ == "oprd" and token.head.pos_ == "VERB":
            subject = next((c for c in token.head.children if c.dep_ == "dobj"), None)  # "called the offer a joke"
        if subject is None and token.dep_ in ("acomp", "attr", "oprd") and token.head.pos_ in ("AUX", "VERB"):
            subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        nouns = self.all_offer_nouns | self.all_proposal_nouns | self.all_demand_nouns
        if comment_on_event(token):
            return None
        if subject is not None and subject.lower_ in ("which", "that") and subject.head.dep_ == "relcl" \
                and subject.head.head.lemma_.lower() in nouns:
            return subject.head.head  # "an offer which is in no way credible"
        if subject is not None and subject.lemma_.lower() in nouns | {"terms", "it", "that", "this"}:
            return subject
        if subject is not None and subject.lemma_.lower() in _ASPECTS:  # "the length of the agreement"
            judged = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj"), None)
            if judged is not None and judged.lemma_.lower() in nouns | self.agreement_nouns:
                return judged
        return None

    def commitment(self, verb: Token, any_object: bool = False) -> bool:
        """"China will cut tariffs", "the company would raise pay": a party committing to give a term."""
        holder = verb.head if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
        modals = MODALS | ({"could", "can"} if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SIGNALLING
                            else set())  # "signalled that it could free up to 25 detainees"
        if not any(c.dep_ == "aux" and c.lower_ in modals for c in [*verb.children, *holder.children]):
            return False  # "the company would schedule days off and pay a higher rate": "pay" shares "would"
        if any(c.dep_ == "neg" for c in verb.children) or verb.dep_ not in ("ROOT", "ccomp", "conj"):
            return False
        subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
        if subject is None or not (party_of(subject) or subject.lower_ in ("we", "it", "they")
                                   or self.collective(subject)):
            return False
        sent = verb.sent
        if any(t.lower_ == "under" and t.dep_ == "prep" for t in sent):
            return False  # "Under the deal, X will ...": the deal's terms
        if any_object:
            return any(c.lemma_.lower() in self.agreement_nouns or c.lemma_.lower() in self.truce_nouns
                       for t in verb.children if t.dep_ in ("dobj", "prep") for c in [t, *t.children])
        terms = {m.index for m in verb.doc._.terms or []}
        if any(t.i in terms for t in verb.subtree):
            return True  # "Israel will withdraw its troops": the verb is the term
        if verb.lemma_.lower() in ("return", "rejoin", "resume") and any(
                g.lemma_.lower() in self.agreement_nouns | _TALKS for c in verb.children if c.dep_ in ("dobj", "prep")
                for g in (c, *c.children)):
            return True  # "Moscow would return to the deal as soon as ...": coming back is the concession
        return any(c.dep_ == "dobj" and any(g.like_num or g.lower_ in _MORE for g in c.subtree)
                   for c in verb.children)  # a quantity given: "pay a higher rate", "raise wages by 3%"

    # ----- adjectives -----

    def adjective_construction(self, token: Token) -> str | None:
        lemma = token.lemma_.lower()
        if token.i >= 2 and token.doc[token.i - 1].text == "-" and token.doc[token.i - 2].lower_ == "non":
            lemma = "non-" + lemma  # "non - negotiable", "non - starter" as the tokenizer splits them
        if lemma in self.verdict_adjectives | self.verdict_nouns and self.judged_proposal(token) is not None:
            return "verdict"
        if any(c.lower_ == "too" and c.dep_ == "advmod" for c in token.children) and token.dep_ in (
                "acomp", "attr") and self.judged_proposal(token) is not None and self.speaker_party(token):
            return "verdict"  # "the union said the length of the agreement was too long"
        if lemma in self.approving_adjectives and _denied_quality(token) and token.dep_ in (
                "acomp", "attr", "oprd", "ROOT", "conj", "amod") and self.speaker_party(token):
            return "verdict"  # "a four-day week is not containable", "an offer in no way credible"
        if lemma in self.insist_adjectives and token.dep_ in ("acomp", "attr", "ROOT", "ccomp"):
            return "insist"
        if lemma == "acceptable" and token.dep_ in ("acomp", "attr") and not _denied_quality(token) and not any(
                c.dep_ == "nsubj" and c._.party for c in token.head.children) and self.principal_speaker(token):
            return "speaker_accept"  # "The pay increase is acceptable," the union's chairman said
        if lemma == "negotiable" and token.dep_ in ("acomp", "attr") and any(
                c.dep_ == "neg" for c in (*token.children, *token.head.children)):
            return "insist" if any(c.dep_ == "nsubj" and c._.party for c in token.head.children) else \
                "speaker_insist"  # "the unity of the republic is not negotiable," the minister said
        return None

    # ----- nouns -----

    def nominal(self, noun: Token) -> str | None:
        """"Ford's offer", "demands from the army", "their acceptance", "Israel's rejection of the plan"."""
        lemma, lower = noun.lemma_.lower(), noun.lower_
        if lemma in self.verdict_nouns and noun.dep_ in ("attr", "oprd") and self.judged_proposal(noun) is not None:
            return "verdict"  # "the offer is an insult", "their proposal was a non-starter"
        if lemma in ("word", "position", "stance") and noun.dep_ == "attr" and any(
                c.dep_ == "amod" and c.lower_ in ("last", "final") for c in noun.children) and self.noun_owners(noun):
            return "nominal_insist"  # "That is our last word on the tariff": a red line
        if lemma in self.agreement_nouns and lemma not in ("offer",):
            kind = "accept" if any(c.dep_ == "poss" for c in noun.children) and lemma == "agreement" and not any(
                c.lower_ in PAST_DEALS or c.like_num for c in noun.children) else None  # not "their last
            # agreement", "its 2011 investment agreement": a deal of the past
        elif lower in self.all_offer_nouns or lemma in self.all_offer_nouns:
            kind = "offer"
        elif lower in self.all_demand_nouns or lemma in self.all_demand_nouns:
            kind = "demand"
        elif lemma in self.all_proposal_nouns:
            kind = "propose"
        elif lemma in self.accept_nouns:
            kind = "accept"
        elif lemma in self.reject_nouns:
            kind = "reject"
        else:
            kind = None
        if kind is None or not self.noun_owners(noun):
            return None
        if kind == "reject" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in (
                "drop", "lift", "withdraw", "abandon", "end"):
            return None  # "dropped its objection": the verb makes the move, an acceptance
        if kind in ("offer", "propose", "demand") and noun.dep_ == "dobj" and noun.head.lemma_.lower() in (
                "withdraw", "rescind", "retract", "revoke", "drop", "abandon"):
            return None  # "withdrew its offer", "dropped its demand for a 32-hour week": no longer on the table
        if kind in ("demand", "offer", "propose") and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _MEETING:
            return None  # "to better meet UAW demands", "falls short of addressing its demands": a reference
        if kind in ("demand", "offer", "propose") and noun.dep_ == "pobj" and noun.head.lower_ == "from" and any(
                a.lemma_.lower() in _MOVING_AWAY for a in (noun.head.head, noun.head.head.head)):
            return None  # "unwilling to move away from their demands": the position held, read at "unwilling"
        if kind == "propose" and noun.dep_ == "pobj" and noun.head.lower_ == "with" and \
                noun.head.head.lemma_.lower() in ("counter", "respond", "reply", "answer"):
            return "nominal_offer"  # "the Treasury has countered with a package": a side's counter-offer
        if kind in ("offer", "propose") and _praised_by_its_owner(noun):
            return None  # "said its offer was responsible", "called its wage offer historic": a defence, not an offer
        if kind == "accept" and noun.dep_ == "nsubj" and any(
                c.lower_ in ("conditional", "contingent", "subject") for c in noun.head.children if c.dep_ == "acomp"):
            return "nominal_insist"  # "Kinshasa's acceptance was conditional on ..."
        return "nominal_" + kind

    def noun_owners(self, noun: Token) -> list[Token]:
        """Who the act named by a noun belongs to: its possessor, a party compound, or "by"/"from" X."""
        owners = [c for c in noun.children if c.dep_ == "poss" and (party_of(c) or c.lower_ in (
            "its", "their", "our", "his", "her", "we"))]
        owners += [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c._.party]
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                owners += [g for g in child.children if g.dep_ == "pobj" and party_of(g)]
            if child.dep_ in ("acl", "relcl"):  # "an offer made by the league", "the plan put forward by Egypt"
                owners += [g for c in child.children if c.dep_ == "agent" for g in c.children
                           if g.dep_ == "pobj" and party_of(g)]
                owners += on_behalf_of(child)  # "counteroffers that were made on behalf of SAG-AFTRA"
        answer = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else None
        if not owners and answer is not None and answer.lemma_.lower() in _ANSWERING:
            owners += [c for c in answer.children if c.dep_ == "nsubj" and party_of(c)]  # "Malawi's negotiators
        return [o for owner in owners for o in (owner, *owner.conjuncts)]  # countered with a demand for a 40% cut"

    # ----- subjects -----

    def collective(self, token: Token) -> bool:
        """"both sides", "the two parties", "the warring factions"."""
        if token.lemma_.lower() not in self.collective_nouns and token.lower_ not in self.collective_nouns:
            return False
        markers = {c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "amod", "predet", "preconj")}
        kinds = token.doc._.party_kinds or {}
        if any(c.dep_ in ("compound", "poss") and c._.party and kinds.get(c._.party) != "state" and not c.conjuncts
               and not any(m.lower_ in ("rival", "warring", "opposing") for m in token.children)
               for c in token.children):
            return False  # "the Hamas leaders": one side's, unlike "Libya's rival administrations"
        return bool(markers & self.collective_markers) and token.tag_ in ("NNS", "NNPS")

    def speaker_parties(self, token: Token) -> set[str]:
        """Every party among the speakers of a token's sentence ("The United States and Saudi Arabia said")."""
        doc = token.doc
        return {doc[i]._.party for a in attributions_over(token) for i in range(a.speaker_start, a.speaker_end)
                if doc[i]._.party}

    def conditioned_side(self, verb: Token) -> str | None:
        """The principal side whose act something is said to depend on ("on the Taliban sticking to ...")."""
        sides = (verb.doc._.principals or [])[:2]
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")):
            for t in prep.subtree:
                if party_of(t) in sides and t.dep_ in ("nsubj", "pobj", "poss") and len(sides) == 2:
                    return party_of(t)
        return None

    def speaker_party(self, token: Token) -> str | None:
        """The party of whoever says the sentence a token stands in."""
        return next((a.party for a in attributions_over(token) if a.party), None)

    def principal_speaker(self, token: Token) -> str | None:
        """The speaker's party when it is one of the report's sides, not an outsider quoted in passing."""
        party = self.speaker_party(token)
        return party if party in (token.doc._.principals or [])[:3] else None


def _denied_quality(adjective: Token) -> bool:
    """"not acceptable", "in no way credible", "nowhere near enough": a quality said to be missing."""
    holders = [adjective] + ([adjective.head] if adjective.dep_ in ("acomp", "attr", "oprd") else [])
    if any(c.dep_ == "neg" or c.lower_ in ("never", "nowhere", "hardly") for h in holders for c in h.children):
        return True
    if adjective.dep_ in ("amod", "conj"):  # "in no way credible or even reasonable", parsed around "way"
        base = adjective.head if adjective.dep_ == "amod" else adjective.head.head
        if base.lower_ == "way" and any(c.lower_ == "no" for c in base.children):
            return True
    return any(c.dep_ == "prep" and any(g.lower_ == "no" for g in c.subtree)
               for h in holders for c in h.children)  # "an offer which is in no way credible"


_CONDITIONAL = {"conditional", "contingent", "dependent"}
PAST_DEALS = {"last", "previous", "current", "existing", "old", "former", "earlier", "original", "expired", "prior"}
_MOVING_AWAY = {"move", "away", "back", "retreat", "step", "budge", "depart", "climb", "walk"}
WELL = frozenset({"positively", "favourably", "favorably", "constructively", "warmly"})


def _idiom(verb: Token, obj: Token | None) -> str | None:
    """Idioms of the genre: "said no to the plan", "pulled the plug on the talks", "slammed the door on any truce",
    "left the door open to", "made any deal conditional on", "conditioned the release on", "reneged on the deal",
    "responded positively to the proposal", "gave Hamas until Saturday to"."""
    lemma = verb.lemma_.lower()
    obj_lower = obj.lower_ if obj is not None else ""
    preps = {c.lower_: c for c in verb.children if c.dep_ == "prep"}
    target = next((g for p in ("on", "to", "upon", "for") if p in preps for g in preps[p].children
                   if g.dep_ == "pobj"), None)
    answer = verb.doc[verb.i + 1].lower_ if verb.i + 1 < len(verb.doc) else ""
    if lemma == "say" and "to" in preps and answer in ("no", "yes"):
        return "accept" if answer == "yes" else "reject"  # "Hamas said no to the Israeli proposal"
    if lemma == "pull" and obj_lower == "plug" and "on" in preps:
        return "reject"
    if obj_lower == "door" and target is None:  # "left the door open to a longer truce"
        target = next((g for t in obj.subtree if t.dep_ == "prep" and t.lower_ in ("on", "to") for g in t.children
                       if g.dep_ == "pobj"), None)
    if obj_lower == "door" and target is not None:
        if lemma in ("slam", "close", "shut"):
            return "insist" if any(c.lower_ in ("any", "all") for c in target.children) else "reject"
        if lemma in ("leave", "keep", "hold") and any(t.lower_ == "open" for t in obj.children) or any(
                c.lower_ == "open" for c in verb.children):
            return "offer"
    if lemma == "make" and any(c.lower_ in _CONDITIONAL and c.dep_ in ("ccomp", "oprd", "xcomp", "acomp")
                               for c in verb.children):
        return "insist"  # "made any deal conditional on a full withdrawal"
    if lemma == "condition" and (target is not None or obj is not None and any(
            c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in obj.children)):
        return "insist"  # "has conditioned the release of the hostages on a permanent ceasefire"
    if lemma == "renege" and "on" in preps:
        return "reject"
    if lemma in ("respond", "react", "reply") and "to" in preps:
        manner = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
        if manner & WELL:
            return "accept"
        if manner & {"negatively", "coolly"}:
            return "reject"
    if lemma == "give" and obj is not None and party_of(obj) and "until" in preps and any(
            c.dep_ in ("advcl", "xcomp") for c in verb.children):
        return "demand"  # "Israel gave Hamas until Saturday to release the hostages": an ultimatum
    return None


def unless(verb: Token) -> bool:
    """"... unless Halmland lifts the sanctions": a condition the other side must meet."""
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "unless" for g in c.children)
               for c in verb.children)


def only_if(verb: Token) -> bool:
    return any(c.dep_ == "advcl" and any(g.dep_ in ("mark", "advmod") and g.lower_ in ("if", "unless", "after",
                                                                                       "once", "when")
                                         for g in c.children)
               and any(g.lower_ == "only" for g in c.subtree if g.i < c.i) for c in verb.children) or any(
        c.lower_ == "only" and c.dep_ == "advmod" for c in verb.children)


def on_behalf_of(verb: Token) -> list[Token]:
    """"made on behalf of SAG-AFTRA": the party an act is done for."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
            for b in c.children if b.lower_ == "behalf"
            for o in b.children if o.dep_ == "prep" and o.lower_ == "of"
            for g in o.children if g.dep_ == "pobj" and party_of(g)]


_ANSWERING = {"counter", "respond", "reply", "answer", "return", "retort", "hit"}


def _praised_by_its_owner(noun: Token) -> bool:
    """"its offer was 'the most generous in its history'", "called its wage offer 'historic'"."""
    own = any(c.dep_ == "poss" and c.lower_ in ("its", "our", "their") for c in noun.children)
    head = noun.head
    described = noun.dep_ == "nsubj" and head.lemma_.lower() in ("be", "remain") and any(
        c.dep_ in ("acomp", "attr") for c in head.children)
    called = noun.dep_ == "dobj" and head.lemma_.lower() in ("call", "describe", "defend", "hail", "tout", "praise")
    return own and (described or called)


def hostile(verb: Token) -> bool:
    """"will resume its offensive actions", "to go on strike": a threat of force, not a concession."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "prep")]
    objects += [g for c in objects if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return False  # "would call off the strike": an end to it
    if verb.lemma_.lower() in PUNISHING:
        return True  # "would dock the wages of pilots who strike", "will sue Ecuador in New York"
    return verb.lemma_.lower() not in ("halt", "end", "stop", "suspend", "cancel") and any(
        o.lemma_.lower() in _HOSTILE or any(c.lemma_.lower() in _HOSTILE for c in o.children if c.dep_ == "amod")
        for o in objects)


def comment_on_event(adjective: Token) -> bool:
    """"It is disappointing that the union declared a strike": a comment on an event, not on a proposal."""
    while adjective.dep_ == "conj" and adjective.head.pos_ == "ADJ":
        adjective = adjective.head  # "both surprising and deeply disappointing that ..."
    holder = adjective.head if adjective.dep_ in ("acomp", "attr", "oprd") else adjective
    subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ == "it" and any(
        c.dep_ == "ccomp" for h in (adjective, *adjective.conjuncts, holder) for c in h.children)
