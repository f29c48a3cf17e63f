"""The `detente_moves` component: offers, proposals, demands, acceptances, rejections, red lines.

Rules over the dependency parse, with the trigger words from the domain pack:
who acts (the subject, a passive agent, the owner of a proposal), what is
given and what is asked in return ("in exchange for", "so long as", "on
condition that"), what an accept or reject refers to, negation, the source
and the hedge that govern the move.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .attribution import attributions_over, noun_phrase
from .constructions import Constructions
from .hedging import is_hedged
from .lexicon import load_pack
from .parties import party_of
from .terms import TermMention

if not Doc.has_extension("moves"):
    Doc.set_extension("moves", default=None)

_PRONOUNS = {"it", "they", "he", "she", "its", "their", "his", "her", "them", "we", "our", "us", "i"}
_EXCHANGE_HEADS = {"exchange", "return", "condition", "long", "provided", "if", "unless", "after"}
_STRONG = {"must", "never", "repeatedly", "long", "only"}
_NO_COMMENT = {"comment", "elaborate", "confirm", "disclose", "speculate", "say", "discuss", "specify"}
_RELEASE_VERBS = {"release", "free", "return", "hand", "let"}
_INTENTIONS = {"prepare", "plan", "expect", "want", "hope", "consider", "try", "intend", "aim", "seek", "wish",
               "threaten"}


@dataclass
class MoveMention:
    """One party's act in one sentence."""

    type: str
    actor: str
    trigger: int
    sentence: Span
    gives: list[TermMention] = field(default_factory=list)
    gets: list[TermMention] = field(default_factory=list)
    addressee: str | None = None
    refers_to: str | None = None
    source: str | None = None
    hedged: bool = False
    negated: bool = False
    cues: frozenset[int] = frozenset()

    def to_dict(self) -> dict:
        return {"start": self.sentence.start_char, "end": self.sentence.end_char, "actor": self.actor,
                "type": self.type, "addressee": self.addressee,
                "gives": [t.to_dict() for t in self.gives], "gets": [t.to_dict() for t in self.gets],
                "refers_to": self.refers_to, "source": self.source, "hedged": self.hedged,
                "negated": self.negated, "trigger": self.sentence.doc[self.trigger].text,
                "sentence": self.sentence.text}


class MoveFinder(Constructions):
    def __init__(self, pack: str) -> None:
        p = load_pack(pack)
        super().__init__(p)
        self.offer_verbs = p.words("moves", "offer", "verbs")
        self.offer_adjectives = p.words("moves", "offer", "adjectives")
        self.offer_nouns = p.words("moves", "offer", "nouns")
        self.offer_stance_nouns = p.words("moves", "offer", "stance_nouns")
        self.propose_verbs = p.words("moves", "propose", "verbs")
        self.proposal_nouns = p.words("moves", "propose", "nouns")
        self.content_verbs = p.words("moves", "propose", "content_verbs")
        self.demand_verbs = p.words("moves", "demand", "verbs")
        self.demand_nouns = p.words("moves", "demand", "nouns")
        self.accept_verbs = p.words("moves", "accept", "verbs")
        self.reject_verbs = p.words("moves", "reject", "verbs")
        self.reject_adjectives = p.words("moves", "reject", "adjectives")
        self.insist_verbs = p.words("moves", "insist", "verbs")
        self.cue_verbs = p.words("cue_verbs")
        self.exchange_markers = [m.lower().split() for m in p.data.get("exchange_markers", [])]

    # ----- the component -----

    def __call__(self, doc: Doc) -> Doc:
        moves: list[MoveMention] = []
        self.last_proposer: tuple[str, str] | None = None
        self.last_actor: str | None = None
        for sent in doc.sents:
            found = []
            kinds = {t.i: self.classify(t) for t in sent}
            self.sentence_triggers = [t for t in sent if kinds[t.i] and not self.inside_stance(t, sent)
                                      and not self.hypothetical(t)]
            for token in self.sentence_triggers:
                found.extend(self.moves_at(token, sent, kinds[token.i]))
            found.extend(self.under_proposal(sent))
            found.extend(self.exchange_continuation(sent, found))
            found = self.dedupe(found)
            proposers = [m for m in found if m.type in ("propose", "offer")]
            if proposers:
                self.last_proposer = (proposers[0].actor, proposers[0].type)
            if found:
                self.last_actor = found[0].actor
            moves.extend(found)
        doc._.moves = moves
        return doc

    # ----- triggers -----

    def classify(self, token: Token) -> str | None:
        lemma, pos = token.lemma_.lower(), token.pos_
        children = list(token.children)
        deps = {c.dep_ for c in children}
        if pos == "VERB":
            obj = next((c for c in children if c.dep_ in ("dobj", "nsubjpass")), None)
            obj_lemma = obj.lemma_.lower() if obj is not None else ""
            if lemma in self.accept_verbs and (_never(token) or self.conditional(token)):
                return "insist"  # "would only agree to a truce if ..."
            if lemma in self.accept_verbs and _will_not(token):
                return "reject"  # "the union will not sign the contract"
            construction = self.verb_construction(token, obj)
            if construction:
                return construction
            if lemma == "put" and any(c.lower_ == "forward" for c in children):
                return "offer" if obj_lemma in self.offer_nouns - self.proposal_nouns else "propose"
            if lemma in ("present", "submit", "table", "make", "unveil", "outline", "float", "send", "deliver"):
                if obj_lemma in self.offer_nouns and obj_lemma != "deal" and "offer" in obj.lower_:
                    return "offer"
                if obj_lemma in self.proposal_nouns or any(
                        c.dep_ == "prep" and c.lower_ == "with" and any(
                            g.lemma_.lower() in self.proposal_nouns for g in c.children) for c in children):
                    return "propose"
                return None
            if lemma == "propose":
                return "propose"
            if lemma == "agree":
                if _never(token) or self.conditional(token):
                    return "insist"
                if "xcomp" in deps or "ccomp" in deps:
                    return "accept"  # "agreed to swap prisoners", "agreed that ..."
                if any(self.collective(s) or s.conjuncts for s in self.subjects(token)):
                    return "accept"  # "the two sides agreed"
                if any(c.dep_ == "prep" and c.lower_ == "to" for c in children) or "dobj" in deps:
                    return "accept"
                return None
            if lemma in self.offer_verbs:
                return "offer"
            if lemma in self.accept_verbs:
                if _never(token) or self.conditional(token):
                    return "insist"
                return "reject" if _will_not(token) else "accept"  # "we're not going to support X"
            if lemma in self.reject_verbs:
                if obj is not None and any(c.lower_ == "any" for c in obj.children):
                    return "insist"
                if lemma == "decline" and "xcomp" not in deps and obj is None:
                    return None
                if any(c.dep_ == "xcomp" and c.lemma_.lower() in _NO_COMMENT for c in children):
                    return None  # "declined to comment" is not a rejection
                return "reject"
            if lemma == "turn" and any(c.dep_ == "prt" and c.lower_ == "down" for c in children):
                return "reject"
            if lemma == "give" and obj is not None and obj.lower_ == "thumbs" and any(
                    t.lower_ == "down" for t in token.subtree):
                return "reject"
            if lemma in self.insist_verbs and (lemma == "insist" or "ccomp" in deps or (
                    lemma == "threaten" and "xcomp" in deps)):
                return "insist"
            if lemma == "demand":
                return "demand"
            if lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in children):
                return "content" if self.proposal_subject(token) else "demand"
            if lemma in ("press", "urge", "pressure", "push") and obj is not None and party_of(obj):
                return "demand"
            if lemma in ("push", "press", "call", "hold", "ask", "lobby") and any(
                    c.dep_ == "prep" and c.lower_ == "for" for c in children):
                return "demand"  # "pushed for a framework", "is holding out for a decrease"
            if lemma in ("want", "seek", "request") and self.subjects(token) and ("xcomp" in deps or obj is not None) \
                    and not (obj is not None and any(c.lower_ == "no" for c in obj.children)):
                return "demand"  # "the lenders have been seeking cuts"
            if lemma in ("appeal", "call", "implore") and any(
                    c.dep_ == "prep" and c.lower_ in ("to", "on") and any(party_of(g) for g in c.children)
                    for c in children):
                return "demand"  # "appealed to Scholz to release", "calling on the AMPTP to regulate"
            if lemma == "suggest" and any(c.dep_ == "ccomp" and any(
                    g.lower_ in ("should", "must") for g in c.children) for c in children):
                return "propose"  # "the creditors suggest that Greece should post a surplus"
            if self.threat(token):
                return "insist"
            if lemma in self.cue_verbs and self.red_line(token):
                return "insist"
            if lemma == "receive" and obj_lemma in self.proposal_nouns:
                return "propose"
            if lemma in self.content_verbs and self.proposal_subject(token):
                return "content"
            if self.refusal(token):
                return "insist"
            return None
        if pos == "ADJ":
            construction = self.adjective_construction(token) or self.verb_construction(token, None)
            if construction:
                return construction
            if lemma in ("committed", "commit") and any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to")
                                                         for c in children):
                return "accept"  # "the United States is committed to start ..."
            if lemma in self.offer_adjectives and any(
                    c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to") for c in children):
                return "offer"
            if lemma in self.reject_adjectives:
                return "reject"
            return None
        if pos == "NOUN" and lemma in self.offer_stance_nouns and any(c.dep_ == "poss" for c in children) and any(
                c.dep_ in ("acl", "prep", "relcl") or c.tag_ == "VB" for c in children):
            return "offer"
        if pos == "NOUN" and lemma in self.proposal_nouns - self.offer_nouns and token.dep_ != "nsubj" and \
                self.proposer(token):
            return "proposal_by"
        if pos in ("NOUN", "PROPN"):
            return self.nominal(token)
        return None

    def threat(self, verb: Token) -> bool:
        """"Should Hezbollah rearm, we will strike", "we will respond if ...": a party's conditional warning."""
        children = list(verb.children)
        if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in children):
            return False
        subject = next((c for c in children if c.dep_ == "nsubj"), None)
        if subject is None or not (party_of(subject) or subject.lower_ == "we"):
            return False
        return any(c.dep_ == "advcl" and (any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
                                          or c.i < verb.i and any(g.lower_ == "should" and g.i == c.left_edge.i
                                                                  for g in c.children)) for c in children)

    def conditional(self, verb: Token) -> bool:
        """"would only agree to a truce if ...": a condition stated, not an acceptance."""
        children = list(verb.children)
        would = any(c.dep_ == "aux" and c.lower_ in ("would", "will") for c in children)
        only = any(c.lower_ == "only" for c in children)
        condition = any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
                        for c in children)
        return would and (only or condition)

    def refusal(self, verb: Token) -> bool:
        """A party saying it will not give something: "Israel will not end the war until ..."."""
        children = list(verb.children)
        negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in children)
        future = any(c.lower_ in ("will", "would", "wo") and c.dep_ == "aux" for c in children)
        if not (negated and future):
            return False
        terms = {m.index for m in verb.doc._.terms or []}
        return any(t.i in terms for t in verb.subtree)

    def proposer(self, noun: Token) -> list[Token]:
        """"a proposal by US envoy Steve Witkoff", "the plan from Qatar and Egypt"."""
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and party_of(pobj):
                    return [pobj, *pobj.conjuncts]
        return []

    def red_line(self, cue: Token) -> bool:
        """A party stating a standing condition: "X has repeatedly said Y must ..."."""
        content = [c for c in cue.children if c.dep_ == "ccomp"]
        if not content:
            return False
        words = {t.lower_ for c in content for t in c.subtree}
        emphasis = {c.lower_ for c in cue.children if c.dep_ == "advmod"}
        if any(_conditioned_refusal(c) for c in content):
            return True  # "as long as the claims stand, a peace agreement is not possible"
        return bool(words & {"must", "never"}) and (bool(emphasis & _STRONG) or "must" in words)

    def proposal_subject(self, verb: Token) -> Token | None:
        """The proposal a clause describes: "the plan calls for ...", "the offer ... would entail ..."."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj" and not any(c.dep_ == "nsubjpass" for c in verb.children):
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lemma_.lower() in self.proposal_nouns | self.offer_nouns:
            return subject
        return None

    # ----- moves -----

    def moves_at(self, token: Token, sent: Span, kind: str) -> list[MoveMention]:
        if kind == "content":
            owner, kind = self.owner(self.proposal_subject(token))
            actors = [owner] if owner else []
            if kind == "agreement":  # "the agreement calls for ...": what both sides signed up to
                kind, actors = "accept", list(token.doc._.principals or [])[:2]
        elif kind == "proposal_by":
            kind = "propose"
            actors = [party_of(t) for t in self.proposer(token)]
        elif kind == "propose" and token.lemma_.lower() == "receive":
            actors = [party_of(g) for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
                      for g in c.children if g.dep_ == "pobj"]
        elif kind == "deal":
            kind = "accept"
            if not self.subjects(token) and token.tag_ in ("VBG", "VB") and token.dep_ != "ROOT":
                return []  # "the importance of reaching a deal", "talks to reach an agreement"
            actors = self.actors_of(self.subjects(token)) + self.actors_of(self.deal_partners(token))
            passive = any(c.dep_ == "nsubjpass" for c in token.children) and not any(
                c.dep_ == "agent" for c in token.children)
            if passive and actors:  # "an agreement has been reached with X", the minister said
                actors = actors + [self.speaker_party(token)]
            if not actors or token.lemma_.lower() in ("announce", "broker"):
                announcer = actors[:1] if token.lemma_.lower() in ("announce", "broker") else []
                partners = self.actors_of(self.deal_partners(token)) or list(token.doc._.principals or [])[:2]
                if not self.subjects(token):
                    partners = partners + [self.speaker_party(token)]
                out = [self.build("propose", a, token, sent) for a in announcer if a not in partners]
                return out + [self.build("accept", a, token, sent) for a in dict.fromkeys(partners) if a]
        elif kind == "hyphen_propose":
            kind, actors = "propose", [token.doc[token.i - 2]._.party]
        elif kind == "verdict":
            kind = "reject"
            judged = self.judged_proposal(token)
            owner = party_of(judged) if judged is not None else None
            actors = [self.speaker_party(token)] + self.actors_of(self.subjects(token))
            actors = [a for a in actors if a and a != owner][:1]
        elif kind.startswith("nominal_"):
            kind = kind.removeprefix("nominal_")
            actors = self.actors_of(self.noun_owners(token))
            if kind == "accept":  # "McCarthy's agreement with Biden"
                actors += self.actors_of(self.deal_partners(token, token))
        else:
            actors = self.actors_of(self.subjects(token))
            if not any(actors) and token.dep_ == "conj" and token.head.dep_ in ("ccomp", "xcomp"):
                actors = self.actors_of(self.subjects(token.head.head))  # "X believes ... and is giving"
            if not any(actors) and kind == "insist" and token.pos_ == "ADJ":
                actors = [self.speaker_party(token)]  # "the union stressed that X is non-negotiable"
        out = []
        kinds = token.doc._.party_kinds or {}
        for actor in dict.fromkeys(a for a in actors if a and kinds.get(a) != "media"):  # outlets report, never act
            out.append(self.build(self.as_bargained(kind, actor, token), actor, token, sent))
        return out

    def within_a_deal(self, token: Token) -> bool:
        """A promise made under a concluded deal ("in a deal signed with the Taliban, the US promised ...",
        "promised not to strike until the agreement expires") is part of accepting it."""
        for t in token.sent:
            if t.lemma_.lower() not in self.agreement_nouns or t.lemma_.lower() in ("offer", "proposal", "plan"):
                continue
            if any(c.lower_ in ("the", "this") for c in t.children) or any(
                    c.dep_ == "acl" and c.lemma_.lower() in self.deal_verbs for c in t.children):
                return True
        return False

    def as_bargained(self, kind: str, actor: str, token: Token) -> str:
        """In a labour dispute a union's proposals are what it asks, an employer's what it gives."""
        if kind == "offer" and token.lemma_.lower() in ("promise", "pledge") and self.within_a_deal(token):
            return "accept"
        party_kind = (token.doc._.party_kinds or {}).get(actor)
        if party_kind == "union" and (kind == "propose" or kind == "offer" and token.pos_ != "VERB"):
            return "demand"  # "the union's proposals", "SAG-AFTRA's offer"; but "the union offered to ..." offers
        if party_kind == "company" and kind == "propose":
            return "offer"
        return kind

    def actors_of(self, subjects: list[Token]) -> list[str | None]:
        """The parties a list of subjects stands for; "both sides" stands for the negotiation's principals."""
        actors: list[str | None] = []
        for subject in subjects:
            if self.collective(subject):  # not whoever reports that "both sides agreed"
                speakers = self.speaker_parties(subject)
                actors.extend([p for p in subject.doc._.principals or [] if p not in speakers][:2])
            else:
                actors.append(self.resolve(subject))
        return actors

    def under_proposal(self, sent: Span) -> list[MoveMention]:
        """"Under the proposal, ..." / "According to the proposals, ...": the proposer's terms."""
        for token in sent:
            if token.lower_ not in ("under", "according") or token.dep_ not in ("prep", "advmod"):
                continue
            holder = token if token.lower_ == "under" else next(
                (c for c in token.children if c.lower_ == "to"), None)
            if holder is None:
                continue
            noun = next((c for c in holder.children if c.dep_ == "pobj"), None)
            if noun is None or noun.lemma_.lower() not in self.proposal_nouns | self.agreement_nouns:
                continue
            owner, kind = self.owner(noun)
            skip = {t.i for t in token.subtree}
            if kind == "agreement":  # "Under the deal, Israel will withdraw": both sides' commitments
                return [self.build("accept", p, token.head, sent, skip=skip, whole=True)
                        for p in (sent.doc._.principals or [])[:2]]
            if not owner:
                return []
            return [self.build(kind, owner, token.head, sent, skip=skip, whole=True)]
        return []

    def exchange_continuation(self, sent: Span, found: list[MoveMention]) -> list[MoveMention]:
        """"In exchange, X would release ...": more terms of the proposal just described."""
        words = [t.lower_ for t in sent[:3]]
        if found or not self.last_proposer or words[:2] not in (["in", "exchange"], ["in", "return"]):
            return []
        for token in sent:
            if token.lemma_.lower() in _RELEASE_VERBS and any(c.lower_ == "would" for c in token.children):
                actor, kind = self.last_proposer
                return [self.build(kind, actor, token, sent)]
        return []

    def inside_stance(self, token: Token, sent: Span) -> bool:
        """A trigger inside the content of a red line or demand is part of it, not a move."""
        node = token
        while node.head.i != node.i and node.head.i >= sent.start:
            if node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
                return False  # "... demanded X, but the US refused": a clause of its own
            node = node.head
            lemma = node.lemma_.lower()
            if node.pos_ == "VERB" and (lemma in ("insist", "maintain") or lemma in self.demand_verbs):
                return True  # "urged Hamas to accept": the content of a demand, not an acceptance
            if lemma in self.offer_adjectives and node.pos_ == "ADJ":
                return True  # "willing to accept ..." is the offer itself
            if lemma in self.cue_verbs and node.pos_ == "VERB" and not self.red_line(node):
                return False
        return False

    def hypothetical(self, token: Token) -> bool:
        """Questions and intentions are not moves: "whether Israel has received ...",
        "preparing to approve ..."."""
        if token.pos_ == "VERB" and token.dep_ == "xcomp" and token.head.lemma_.lower() in _INTENTIONS:
            return True
        node = token
        for _ in range(3):
            if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in node.children):
                return True
            if node.head.i == node.i or node.dep_ not in ("ccomp", "xcomp", "conj", "acomp"):
                break
            node = node.head
        return False

    def subjects(self, token: Token) -> list[Token]:
        children = list(token.children)
        subject = next((c for c in children if c.dep_ == "nsubj"), None)
        if subject is not None and token.pos_ == "ADJ" and subject.lemma_.lower() in self.proposal_nouns | {
                "terms", "offer", "counter-proposal"} and token.head.i != token.i:
            return self.subjects(token.head)  # "found [the counter-proposal unacceptable]"
        if subject is not None:  # a misparsed dateline can be a second subject: keep them all
            return [t for c in children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]
        passive = next((c for c in children if c.dep_ == "nsubjpass"), None)
        agent = next((g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is not None:
            return [agent, *agent.conjuncts]
        if passive is not None and token.lemma_.lower() in ("commit", "prepare", "determine", "resolve"):
            return [passive, *passive.conjuncts]  # "Norway is committed to ...": a stance, not a passive act
        if passive is not None:
            return []
        if token.pos_ == "ADJ" and token.dep_ in ("acomp", "oprd", "ccomp", "xcomp", "advcl"):
            return self.subjects(token.head)
        if token.pos_ == "NOUN":
            poss = next((c for c in children if c.dep_ == "poss"), None)
            return [poss] if poss is not None else []
        if token.dep_ in ("conj", "xcomp", "advcl") and token.head.i != token.i:
            return self.subjects(token.head)
        if token.dep_ in ("acl",):
            return []
        if token.dep_ == "pcomp" or (token.dep_ == "advcl" and token.head.dep_ == "pobj"):
            return []
        return []

    def resolve(self, token: Token) -> str | None:
        if token._.party:
            return token._.party  # "US" is a party, not the pronoun "us"
        if token.lower_ in ("we", "our", "us", "i"):  # in a quote: the speaker's side
            speaker = next((a.party for a in attributions_over(token) if a.party), None)
            if speaker:
                return speaker
        if token.lower_ in _PRONOUNS or token.pos_ == "PRON":
            return self.antecedent(token)
        found = party_of(token)
        if found:
            return found
        if any(c.dep_ == "poss" and c.lower_ in _PRONOUNS for c in token.children):
            return self.antecedent(token)  # "his country", "their negotiators"
        if token.lemma_.lower() in self.proposal_nouns | self.offer_nouns:
            return None
        if token.ent_type_ == "PERSON" or any(c.ent_type_ == "PERSON" for c in token.children):
            return self.antecedent(token)
        return None

    def antecedent(self, token: Token) -> str | None:
        """The party a pronoun stands for: the nearest subject naming a party before it in the
        sentence, else the nearest party named before it, else the last actor."""
        before = list(reversed(list(token.doc[token.sent.start:token.i])))
        for t in before:
            if t.dep_ in ("nsubj", "nsubjpass") and party_of(t):
                return party_of(t)
        for t in before:
            if t._.party and t.dep_ in ("compound", "poss", "pobj", "dobj"):
                return t._.party
        return self.last_actor

    def owner(self, noun: Token | None) -> tuple[str | None, str]:
        """Who put a proposal forward, and whether it was their offer or a proposal."""
        if noun is None:
            return None, "propose"
        found = party_of(noun)
        if not found:
            for child in noun.children:
                if child.dep_ in ("acl", "prep"):
                    for g in child.subtree:
                        if g.dep_ == "pobj" and g.head.lower_ in ("by", "from") and g._.party:
                            found = g._.party
                            break
        if found:
            return found, "propose"
        if noun.lemma_.lower() in self.agreement_nouns and noun.lemma_.lower() not in ("offer", "proposal"):
            return None, "agreement"
        if self.last_proposer:
            return self.last_proposer
        return None, "propose"

    def build(self, kind: str, actor: str, trigger: Token, sent: Span, skip: set[int] | None = None,
              whole: bool = False) -> MoveMention:
        doc = trigger.doc
        base = sent if whole else (trigger.head.subtree if trigger.dep_ == "acl" else trigger.subtree)
        scope = {t.i for t in base} - set(skip or ())
        for other in self.sentence_triggers:
            if other.i == trigger.i or other.i not in scope:
                continue
            if other.dep_ == "conj" and other.head.i == trigger.i or any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in other.children):
                scope -= {t.i for t in other.subtree}
        for a in doc._.attributions or []:
            if not sent.start <= a.cue_index < sent.end:
                continue
            scope -= set(range(a.speaker_start, a.speaker_end))
            if a.cue_index in scope and a.cue_index != trigger.i and trigger.i not in a.governs:
                scope -= {t.i for t in doc[a.cue_index].subtree}
        for subject in self.subjects(trigger):
            scope -= {t.i for t in subject.subtree}
        terms = [m for m in (doc._.terms or []) if m.index in scope and self.belongs(m, kind, doc)]
        terms = _merge(terms)
        if not terms and (kind in ("offer", "demand", "insist", "propose") or (
                kind == "accept" and any(c.dep_ == "xcomp" for c in trigger.children))):
            terms = self.fallback(trigger, kind, scope)
        gives, gets = self.split(terms, trigger, kind)
        move = MoveMention(kind, actor, trigger.i, sent, gives, gets)
        refusal = kind == "reject" and trigger.lemma_.lower() in self.accept_verbs  # "won't sign" is not negated
        move.negated = kind != "insist" and not refusal and (
            any(c.dep_ == "neg" for c in trigger.children) or _denied(trigger))
        over = attributions_over(trigger)
        move.hedged = is_hedged(trigger) or any(doc[i]._.hedge for a in over
                                                for i in range(a.speaker_start, a.speaker_end))
        move.cues = frozenset(a.cue_index for a in over)
        for a in over:
            if not (a.on_record and a.party == actor):
                move.source = a.speaker  # who reports it, unless the actor itself on the record
                break
        if kind in ("accept", "reject"):
            obj = next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")
                        or (trigger.pos_ == "ADJ" and c.dep_ == "nsubj")), None)
            if obj is None:
                obj = next((g for c in trigger.children if c.dep_ == "prep" for g in c.children
                            if g.dep_ == "pobj"), None)
            if obj is not None:
                move.refers_to = noun_phrase(obj)[0]
        move.addressee = self.addressee(trigger, actor)
        return move

    def belongs(self, mention: TermMention, kind: str, doc: Doc) -> bool:
        """Leave out words that only name a proposal ("the ceasefire proposal") from a stance on it."""
        token = doc[mention.index]
        if mention.term == "other" and kind == "reject":
            return False
        if mention.term == "talks" and kind == "reject":
            return False  # walking out of talks rejects them; they are not a term on the table
        if kind in ("offer", "demand", "insist") and token.dep_ in ("compound", "amod") and \
                token.head.lemma_.lower() in self.proposal_nouns:
            return False
        return True

    def fallback(self, trigger: Token, kind: str, scope: set[int]) -> list[TermMention]:
        """A move with no known term still says what it is about: the short noun phrase of its object
        ("a four-day work week"), never a clause; a named act ("Ford's offer") is about itself."""
        target = next((c for dep in ("xcomp", "ccomp", "dobj", "attr") for c in trigger.children if c.dep_ == dep),
                      None)
        if target is None:  # "demanded a say over pay", not "demanded at the eleventh hour"
            target = next((g for c in trigger.children if c.dep_ == "prep" and c.lower_ in _ABOUT
                           for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
        if target is not None and target.pos_ in ("VERB", "AUX"):
            target = next((c for c in target.children if c.dep_ in ("dobj", "attr", "nsubjpass")), None)
        if target is None and trigger.pos_ in ("NOUN", "PROPN"):
            target = trigger
        if target is None or (target.i not in scope and target.i != trigger.i):
            return []
        phrase = short_noun_phrase(target)
        if phrase is None:
            return []
        return [TermMention("other", target.i, {}, phrase.text, (phrase.start_char, phrase.end_char))]

    def split(self, terms: list[TermMention], trigger: Token, kind: str) -> tuple[list, list]:
        """Terms after "in exchange for", "so long as", "on condition that" are asked in return."""
        if kind == "demand":
            return [], terms
        sent = trigger.sent
        lowers = [t.lower_ for t in sent]
        cut = None
        for phrase in self.exchange_markers:
            n = len(phrase)
            for k in range(len(lowers) - n + 1):
                if lowers[k:k + n] == phrase and (cut is None or sent.start + k + n < cut):
                    cut = sent.start + k + n
        if cut is None:
            return terms, []
        return [m for m in terms if m.index < cut], [m for m in terms if m.index >= cut]

    def addressee(self, trigger: Token, actor: str) -> str | None:
        for child in trigger.children:
            target = None
            if child.dep_ in ("dative", "dobj") and party_of(child):
                target = party_of(child)
            elif child.dep_ == "prep" and child.lower_ in ("to", "on"):
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                target = party_of(pobj) if pobj is not None else None
            if target and target != actor:
                return target
        return None

    def dedupe(self, moves: list[MoveMention]) -> list[MoveMention]:
        """One move per type and actor in a sentence, unless different speakers report them."""
        kept: list[MoveMention] = []
        for move in moves:
            twin = next((k for k in kept if k.type == move.type and k.actor == move.actor), None)
            if twin is None or twin.cues != move.cues:
                kept.append(move)
            else:
                for term in move.gives + move.gets:
                    if all(term.key() != t.key() for t in twin.gives + twin.gets):
                        (twin.gets if term in move.gets else twin.gives).append(term)
        return kept


_ABOUT = {"for", "to", "of", "on", "over", "about", "with"}
_MODIFIERS = {"amod", "compound", "nummod", "quantmod", "npadvmod", "nmod", "advmod", "punct"}


def short_noun_phrase(head: Token, limit: int = 6) -> Span | None:
    """A noun's own words: its adjectives, compounds and numbers, and one "of"/"for" complement when short."""
    if head.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    start = head.i
    for child in sorted((c for c in head.children if c.i < head.i), key=lambda c: -c.i):
        if child.dep_ in _MODIFIERS and child.i == start - 1 or (
                child.dep_ in _MODIFIERS and all(t.i < start for t in child.subtree)
                and child.right_edge.i == start - 1):
            start = child.left_edge.i
    end = head.i + 1
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "for", "on") and child.i == end:
            tail = child.right_edge.i + 1
            if tail - start <= limit:
                end = tail
    doc = head.doc
    while start < head.i and (doc[start].is_punct or doc[start].dep_ == "det"):
        start += 1
    return doc[start:end] if end - start <= limit + 2 else doc[head.i:head.i + 1]


def _merge(terms: list[TermMention]) -> list[TermMention]:
    """One mention per term and qualifiers; bare mentions yield to qualified ones of the same term."""
    unique: dict[tuple, TermMention] = {}
    for m in terms:
        unique.setdefault(m.key(), m)
    qualified = {m.term for m in unique.values() if len(m.key()) > 1}
    return [m for m in unique.values() if len(m.key()) > 1 or m.term not in qualified]


def _denied(token: Token) -> bool:
    """"Hamas denied reports that it had accepted the plan": the act is denied."""
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in ("deny", "refute") and node.pos_ == "VERB":
            return True
    return False


def _conditioned_refusal(clause: Token) -> bool:
    """A clause that rules something out under a condition: "unless X, there will be no deal",
    "as long as X, an agreement is not possible"."""
    if clause.lemma_ != "be":
        return False  # "X will not end the war until ..." is the refusal itself, read where it is said
    negated = any(c.dep_ == "neg" or c.lower_ in ("no", "never", "impossible") for c in clause.children) or any(
        c.lower_ in ("impossible",) for c in clause.subtree)
    condition = any(t.dep_ == "mark" and (t.lower_ in ("unless", "until") or (
        t.lower_ == "as" and t.head.head.lower_ == "long")) for t in clause.subtree)
    return negated and condition


def _will_not(verb: Token) -> bool:
    """"will not accept", "won't sign", "is not going to support": a refusal announced, not a denial."""
    holders = [verb] + ([verb.head] if verb.dep_ == "xcomp" and verb.head.lemma_ == "go" else [])
    negated = any(c.dep_ == "neg" for h in holders for c in h.children)
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "wo", "shall") for c in verb.children) or len(holders) > 1
    return negated and future


def _never(token: Token) -> bool:
    return any(c.lower_ == "never" for c in token.children) or any(
        c.lower_ == "never" for a in token.ancestors for c in a.children if a.pos_ in ("AUX",))


@Language.factory("detente_moves", default_config={"pack": "ceasefire"})
def make_move_finder(nlp: Language, name: str, pack: str) -> MoveFinder:
    return MoveFinder(pack)
