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

from .attribution import attributions_over, noun_phrase, quoted
from .constructions import HOSTILE_NOUNS as _HOSTILE
from .constructions import MODALS, PAST_DEALS, only_if, unless
from .hedging import is_hedged
from .noun_phrases import short_noun_phrase
from .paragraphs import reported_span
from .parties import party_of
from .stances import stated_position
from .terms import TermMention
from .triggers import Triggers, denied, while_not, will_not

if not Doc.has_extension("moves"):
    Doc.set_extension("moves", default=None)

_CONTENT_WINDOW = 3  # sentences after a deal or an offer that may still list its terms
_PRONOUNS = {"it", "they", "he", "she", "its", "their", "his", "her", "them", "we", "our", "us", "i"}
_APPLAUSE = {"welcome", "hail", "praise", "applaud", "commend", "celebrate"}
_RELEASE_VERBS = {"release", "free", "return", "hand", "let"}


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
        return {"start": reported_span(self.sentence)[0], "end": self.sentence.end_char, "actor": self.actor,
                "type": self.type, "addressee": self.addressee,
                "gives": [t.to_dict() for t in self.gives], "gets": [t.to_dict() for t in self.gets],
                "refers_to": self.refers_to, "source": self.source, "hedged": self.hedged,
                "negated": self.negated, "trigger": self.sentence.doc[self.trigger].text,
                "sentence": self.sentence.text}


class MoveFinder(Triggers):
    """Finds each sentence's moves: who acts, on what terms, reported by whom, how firmly."""

    def __call__(self, doc: Doc) -> Doc:
        moves: list[MoveMention] = []
        self.last_proposer: tuple[str, str] | None = None
        self.last_actor: str | None = None
        self.content_of: tuple[str, list[str], int] | None = None
        self.deal_done: set[str] = set()
        for sent in doc.sents:
            found = []
            if sent.text.rstrip(" \"'\u201d\u2019\n").endswith("?"):
                continue  # "Who signed it?", "will the truce hold?": a question is no move
            kinds = {t.i: self.classify(t) for t in sent}
            self.sentence_triggers = [t for t in sent if kinds[t.i] and not self.inside_stance(t, sent)
                                      and not self.hypothetical(t)]
            for token in self.sentence_triggers:
                found.extend(self.moves_at(token, sent, kinds[token.i]))
            found.extend(self.under_proposal(sent))
            continuation = self.exchange_continuation(sent)
            if continuation:  # "In exchange, Israel would release ...": the proposal's terms, not Israel's offer
                found = [m for m in found if m.type != "offer"] + continuation
            found = self.dedupe([m for m in found if m.actor and not self.commentary(m, doc)])  # a move nobody
            # we know made is no move, nor one only analysts see
            if self.content_of is not None and self.content_of[0] == "accept" and _in_return(sent):
                for m in found:  # "In exchange, the FRDT will gather its fighters", after a deal both accepted:
                    if m.type == "offer" and m.actor in self.content_of[1]:
                        m.type = "accept"  # that side's part of the deal, not a new offer
            if self.deal_done:
                for m in found:  # "Counties will pay the arrears in three instalments", after the deal was signed:
                    if m.type == "offer" and m.actor in self.deal_done and self.kept_promise(doc[m.trigger]):
                        m.type = "accept"  # that side's part of the deal, not a new offer
            listing = not found and self.content_of is not None  # a deal's or an offer's terms, one by one
            if listing:
                found = self.content_moves(sent)
            if not found and self.deal_done and _in_return(sent):
                found = self.part_of_the_deal(sent)
            if not found:
                found = self.stated_red_line(sent)
            if not listing:
                self.content_of = self.content_anchor(found)
                if self.content_of is not None and self.content_of[0] == "accept":
                    self.deal_done |= set(self.content_of[1])  # the sides of a deal concluded
            proposers = [m for m in found if m.type in ("propose", "offer")]
            if proposers:
                self.last_proposer = (proposers[0].actor, proposers[0].type)
            if found:
                self.last_actor = found[0].actor
            moves.extend(found)
        doc._.moves = moves
        return doc

    # ----- what a deal or an offer holds, sentence after sentence -----

    def commentary(self, move: MoveMention, doc: Doc) -> bool:
        """"Analysts say the government sees the dispute as a test": a commentator's reading, not a move; nor a
        general appeal to every side ("urged all Honduran actors to respect the rule of law")."""
        if any(doc[a.speaker_start:a.speaker_end].root.lemma_.lower() in _COMMENTATORS
               for a in attributions_over(doc[move.trigger])):
            return True
        trigger = doc[move.trigger]
        if move.type != "demand" or trigger.lemma_.lower() not in ("urge", "call", "appeal"):
            return False
        outsider = move.actor not in (doc._.principals or [])[:2] and move.actor not in doc.user_data.get(
            "detente_mediators", []) and (doc._.party_kinds or {}).get(move.actor) == "state"
        return outsider or any(  # "Brazil's foreign ministry called on the kidnappers to release Klassen"
            self.collective(t) or t.lower_ in ("actors", "everyone") for c in trigger.children
            if c.dep_ in ("dobj", "prep") for t in (c, *c.children) if t.pos_ in ("NOUN", "PRON"))

    def part_of_the_deal(self, sent: Span) -> list[MoveMention]:
        """"In return, Dakar will grant an amnesty", told after a deal the report said Senegal concluded, however
        many sentences before: that side's part of the deal."""
        verb = next((t for t in sent if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in t.children)), None)
        if verb is None or any(c.dep_ == "neg" for c in verb.children) or self.hypothetical(verb):
            return []
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        side = party_of(subject) if subject is not None and subject.pos_ != "PRON" else None
        return [self.build("accept", side, verb, sent, whole=True)] if side in self.deal_done else []

    def stated_red_line(self, sent: Span) -> list[MoveMention]:
        """A position a side states of itself with no move word: "we will not lay down our weapons", "if they
        come with a better number, we will talk"."""
        stated = stated_position(sent, self.principal_speaker)
        return [self.build(stated[2], stated[1], stated[0], sent)] if stated else []

    def kept_promise(self, trigger: Token) -> bool:
        """A side's "will" or promise to give, with no condition: after a deal, its part of the deal."""
        lemma = trigger.lemma_.lower()
        return (lemma in self.concession_verbs or lemma in ("pledge", "promise", "commit")) and not (
            only_if(trigger) or unless(trigger) or any(
                c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "provided", "unless")
                                          for g in c.children) for c in trigger.children))

    def content_anchor(self, found: list[MoveMention]) -> tuple[str, list[str], int] | None:
        """A deal both sides accepted, or one side's offer or proposal: the next sentences may list its terms."""
        accepting = list(dict.fromkeys(m.actor for m in found if m.type == "accept" and not m.negated))
        if len(accepting) >= 2 and len(found) == len(accepting) or (
                len(accepting) >= 2 and all(m.type in ("accept", "propose") for m in found)):
            return "accept", accepting[:2], _CONTENT_WINDOW
        offering = [m for m in found if m.type in ("offer", "propose") and not m.negated]
        if offering and len({m.actor for m in found}) == 1:
            return offering[0].type, [offering[0].actor], _CONTENT_WINDOW
        return None

    def content_moves(self, sent: Span) -> list[MoveMention]:
        """"Workers would also get a 3% raise", "Up to 5,000 prisoners will be released": in the sentences
        after a deal or an offer, what will happen under it is its content, the same parties' move."""
        kind, actors, left = self.content_of
        self.content_of = (kind, actors, left - 1) if left > 1 else None
        verb = next((t for t in sent if t.dep_ in ("ROOT", "ccomp") and t.pos_ in ("VERB", "AUX")
                     and any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in t.children)), None)
        if verb is None or any(c.dep_ == "neg" for c in verb.children) or sent.text.rstrip().endswith("?"):
            return []
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        side = party_of(subject) if subject is not None and subject.pos_ != "PRON" else None
        if side and _in_return(sent) and (side in actors or kind == "accept"):
            return [self.build(kind, side, verb, sent, whole=True)]  # "In return, Thai security forces will scale
            # back raids", "Baghdad, in turn, will transfer the salaries": that side's part of the deal or offer
        if subject is None or subject.pos_ == "PRON" or party_of(subject) or subject.lemma_.lower() in (
                self.agreement_nouns | self.truce_nouns | self.proposal_nouns | self.offer_nouns | _HOSTILE):
            return []  # "we will watch", "the agreement will take effect": no term of it
        terms = [m for m in (sent.doc._.terms or []) if m.index in {t.i for t in verb.subtree}
                 and m.term not in ("other", "talks")]
        priced = kind == "offer" and any(t.text in ("%", "$", "€", "£") or t.lower_ in ("percent", "cent")
                                         for t in verb.subtree)  # "workers would get a 3% raise"
        if not (terms or priced) or self.hypothetical(verb) or any(a.party and a.party not in actors
                                                      for a in attributions_over(verb)):
            return []
        own = self.resolve(subject) if any(c.dep_ == "poss" for c in subject.children) else None
        if own:  # "his government would respect the truce": the speaker's side only
            actors = [own] if own in actors else []
        return [self.build(kind, actor, verb, sent, whole=True) for actor in actors]

    # ----- triggers -----

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
        elif kind == "deal" and will_not(token):
            kind = "insist" if while_not(token) or only_if(token) else "reject"  # "would not conclude trade deals
            actors = self.actors_of(self.subjects(token))  # with either country while the fighting went on"
        elif kind == "deal" and token.lemma_.lower() in ("broker", "mediate", "facilitate") and any(
                t.dep_ == "relcl" for t in (token, token.head)):
            return []  # "Erdogan, who helped broker the arrangement a year ago, said ...": who he is, not a move
        elif kind == "deal":
            kind = "accept"
            if _long_ago(token):
                return []  # "several ceasefires were signed in the 1990s": background, not this negotiation
            if not self.subjects(token) and token.tag_ in ("VBG", "VB") and token.dep_ != "ROOT":
                return []  # "the importance of reaching a deal", "talks to reach an agreement"
            if token.tag_ == "VB" and token.dep_ in ("xcomp", "advcl") and any(
                    c.dep_ in ("dative", "dobj") for c in token.head.children):
                return []  # "gave his partners until Monday to reach agreement": theirs to reach, not yet reached
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
        elif kind == "speaker_offer":
            kind, actors = "offer", [self.speaker_party(token)]
        elif kind == "other_insist":
            conditioned = self.conditioned_side(token)
            kind, actors = "insist", [p for p in (token.doc._.principals or [])[:2] if p != conditioned]
        elif kind == "speaker_accept":
            kind, actors = "accept", [self.speaker_party(token)]
        elif kind == "speaker_insist":
            kind, actors = "insist", [self.speaker_party(token)]
        elif kind == "hyphen_propose":
            kind, actors = "propose", [token.doc[token.i - 2]._.party]
        elif kind == "verdict":
            kind = "reject"
            judged = self.judged_proposal(token)
            owner = party_of(judged) if judged is not None else None
            agents = [g for holder in (token, token.head) for c in holder.children
                      if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                      for g in c.children if g.dep_ == "pobj"]  # "the offer was called insulting by X"
            actors = self.actors_of(agents) + [self.speaker_party(token)] + self.actors_of(self.subjects(token))
            if token.dep_ == "oprd":  # "the smaller union called the deal a betrayal": who calls it so
                actors += self.actors_of(self.subjects(token.head))
            actors = [a for a in actors if a and a != owner][:1]
        elif kind.startswith("nominal_"):
            kind = kind.removeprefix("nominal_")
            actors = self.actors_of(self.noun_owners(token))
            if kind == "accept":  # "McCarthy's agreement with Biden"
                actors += self.actors_of(self.deal_partners(token, token))
        else:
            actors = self.actors_of(self.subjects(token))
            if kind == "accept" and token.lemma_.lower() == "agree":
                actors += self.actors_of(self.deal_partners(token))  # "X agreed with Y to ...": both agreed
            if kind == "accept" and not any(actors) and token.dep_ == "acl" \
                    and token.head.lemma_.lower() in self.agreement_nouns:
                actors = self.actors_of(self.deal_partners(token))  # "in a deal signed with the Taliban, ..."
            if not any(actors) and token.dep_ == "conj" and token.head.dep_ in ("ccomp", "xcomp"):
                actors = self.actors_of(self.subjects(token.head.head))  # "X believes ... and is giving"
            if not any(actors) and kind == "insist" and token.pos_ == "ADJ":
                actors = [self.speaker_party(token)]  # "the union stressed that X is non-negotiable"
            if not any(actors) and kind == "insist" and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in token.children) \
                    and self.principal_speaker(token):
                actors = [self.speaker_party(token)]  # "Russia said talks could resume only after ...": its terms
        out = []
        kinds = token.doc._.party_kinds or {}
        if token.lemma_.lower() in _APPLAUSE:  # "Rwanda welcomed the declaration": an outsider's applause
            actors = [a for a in actors if a in (token.doc._.principals or [])[:2]]
        acting = (a for a in actors if a and kinds.get(a) not in ("media", "court", "vessel"))  # outlets report, courts
        # rule, ships are seized
        for actor in dict.fromkeys(acting):
            out.append(self.build(self.as_bargained(kind, actor, token), actor, token, sent))
        return out

    def within_a_deal(self, token: Token) -> bool:
        """A promise made under a concluded deal ("in a deal signed with the Taliban, the US promised ...",
        "promised not to strike until the agreement expires") is part of accepting it."""
        for t in token.sent:
            if t.lemma_.lower() not in self.agreement_nouns or t.lemma_.lower() in ("offer", "proposal", "plan"):
                continue
            under = t.dep_ == "pobj" and t.head.lower_ in ("under", "in", "of") or t.dep_ == "nsubj" and any(
                c.dep_ == "mark" and c.lower_ in ("until", "till") for c in t.head.children)
            if under and any(c.lower_ in ("the", "this") for c in t.children) or any(
                    c.dep_ == "acl" and c.lemma_.lower() in self.deal_verbs for c in t.children):
                return True  # "under the deal", "until the agreement expires", "a deal signed with X"
        return False

    def as_bargained(self, kind: str, actor: str, token: Token) -> str:
        """In a labour dispute a union's proposals are what it asks, an employer's what it gives."""
        if kind == "offer" and token.lemma_.lower() in ("promise", "pledge") and self.within_a_deal(token):
            return "accept"
        party_kind = (token.doc._.party_kinds or {}).get(actor)
        if party_kind == "union" and (kind == "propose" or kind == "offer" and token.pos_ in ("NOUN", "PROPN")):
            return "demand"  # "the union's proposals", "SAG-AFTRA's offer"; "offered to", "ready to" offer
        if party_kind == "company" and kind == "propose":
            return "offer"
        kinds = token.doc._.party_kinds or {}
        labour = any(kinds.get(p) == "union" for p in (token.doc._.principals or [])[:2])
        if labour and party_kind not in ("union", "person", "media") and actor in (token.doc._.principals or [])[:2] \
                and (kind == "propose" or kind == "demand" and token.lemma_.lower() in ("want", "seek")):
            return "offer"  # the employer in a labour dispute: "the league proposed", "the owners wanted to raise"
        return kind

    def actors_of(self, subjects: list[Token]) -> list[str | None]:
        """The parties a list of subjects stands for; "both sides" stands for the negotiation's principals."""
        actors: list[str | None] = []
        for subject in subjects:
            if subject.lemma_.lower() in ("mediator", "broker", "facilitator") and subject.tag_ == "NNS" and any(
                    c.lower_ == "the" for c in subject.children):
                actors.extend(subject.doc.user_data.get("detente_mediators", [])[:3])  # "the mediators proposed"
                continue
            if subject.lower_ in ("nobody", "no-one") or (subject.lower_ == "one" and any(
                    c.lower_ == "no" for c in subject.children)):
                continue  # "Nobody walked out": no one did it
            if self.collective(subject):  # not whoever reports that "both sides agreed"
                sides = list(subject.doc._.principals or [])[:2]
                speakers = {p for p in self.speaker_parties(subject)
                            if not (p in sides and self.acts_itself(p, subject.doc))}
                actors.extend([p for p in subject.doc._.principals or [] if p not in speakers][:2])
            else:
                actors.append(self.resolve(subject))
        return actors

    def under_proposal(self, sent: Span) -> list[MoveMention]:
        """"Under the proposal, ..." / "According to the proposals, ...": the proposer's terms."""
        for token in sent:
            if token.lower_ not in ("under", "according") or token.dep_ not in ("prep", "advmod"):
                continue
            if token.head.dep_ not in ("ROOT", "ccomp"):
                continue  # "disputes over plans for the RSF to be integrated under a deal": background
            holder = token if token.lower_ == "under" else next(
                (c for c in token.children if c.lower_ == "to"), None)
            if holder is None:
                continue
            noun = next((c for c in holder.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.lemma_.lower() in ("term", "terms", "text"):
                of = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                           if g.dep_ == "pobj"), None)  # "under the terms of the deal": the deal's terms
                noun = of if of is not None else noun if any(  # "under its terms": the deal just named
                    c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children) else None
            if noun is None or noun.lemma_.lower() not in self.proposal_nouns | self.agreement_nouns | {
                    "term", "terms", "text"}:
                continue
            if any(c.ent_type_ == "DATE" and c.like_num or c.dep_ == "amod" and c.lower_ in PAST_DEALS
                   for c in noun.children):
                continue  # "Under the 1944 water treaty", "under the terms of the current plan": background
            owner, kind = self.owner(noun)
            if not owner and any(c.lower_ in ("a", "an") for c in noun.children) and not any(
                    c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS | {"must", "can", "could"}
                    for c in token.head.children):
                continue  # "soldiers deployed under a bilateral agreement with Maputo": some other deal, in force
            skip = {t.i for t in token.subtree}
            mediator = self.speaker_party(token)
            if kind == "agreement" and mediator in sent.doc.user_data.get("detente_mediators", []):
                return [self.build("propose", mediator, token.head, sent, skip=skip, whole=True)]  # the envoy:
                # "under this truce, all offensive operations will cease" is the mediator setting out its terms
            subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            bound = party_of(subject) if subject is not None and subject.pos_ != "PRON" else None
            if kind == "agreement":  # "Under the deal, Israel will withdraw": both sides' commitments, the one
                sides = [bound] if bound else []  # named first ("bondholders will accept a 27 per cent cut")
                sides += [p for p in sent.doc._.principals or [] if p != bound]
                return [self.build("accept", p, token.head, sent, skip=skip, whole=True) for p in sides[:2]]
            if not owner:
                return []
            return [self.build(kind, owner, token.head, sent, skip=skip, whole=True)]
        return []

    def exchange_continuation(self, sent: Span) -> list[MoveMention]:
        """"In exchange, X would release ...": more terms of the proposal just described."""
        words = [t.lower_ for t in sent[:3]]
        if not self.last_proposer or words[:2] not in (["in", "exchange"], ["in", "return"]):
            return []
        for token in sent:
            if token.lemma_.lower() in _RELEASE_VERBS and any(c.lower_ == "would" for c in token.children):
                actor, kind = self.last_proposer
                return [self.build(kind, actor, token, sent)]
        return []

    def resolve(self, token: Token) -> str | None:
        if token._.party:
            return token._.party  # "US" is a party, not the pronoun "us"
        if token.lower_ in ("we", "our", "us", "i"):  # in a quote: the speaker's side
            speaker = next((a.party for a in attributions_over(token) if a.party), None)
            if speaker or quoted(token):
                return speaker  # an unattributed quote's "we" is nobody we know, not the last party named
        if token.lower_ in ("who", "which", "that") and token.head.dep_ == "relcl":
            return party_of(token.head.head)  # "the presidents of six universities, who had asked for ...": them
        if token.lower_ in _PRONOUNS or token.pos_ == "PRON":
            return self.other_side_quoted(token) or self.antecedent(token)
        found = party_of(token)
        if found:
            return found
        whose = next((c for c in token.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
        if whose is not None and token.head.dep_ == "relcl":
            return party_of(token.head.head)  # "broken by Turkey, whose intelligence service proposed ...": Turkey
        owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in _PRONOUNS), None)
        if owner is not None:
            return self.other_side_quoted(owner) or self.antecedent(token)  # "his country", "their negotiators"
        if token.lemma_.lower() in self.proposal_nouns | self.offer_nouns:
            return None
        if token.ent_type_ == "PERSON" or any(c.ent_type_ == "PERSON" for c in token.children):
            return self.antecedent(token)
        return None

    def acts_itself(self, party: str, doc: Doc) -> bool:
        """Whether a party does something in the report besides speaking ("Ottawa had offered ..."): a side
        that may report the deal it is part of, unlike a president who only says that both sides agreed."""
        return any(c == party and doc[s:e].root.dep_ == "nsubj" and doc[s:e].root.head.pos_ == "VERB"
                   and doc[s:e].root.head.lemma_.lower() not in self.cue_verbs
                   for s, e, c in doc._.party_mentions or [])

    def described_by(self, noun: Token, actor: str) -> str | None:
        """"It blamed the breakdown on demands from the army": an act named by another party's words is
        reported by that party."""
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or verb.lemma_.lower() in self.accept_verbs | self.reject_verbs:
            return None  # "Israel rejected Hamas's offer": the rejection is Israel's own move, not a report
        party = self.resolve(subject)
        if party is None or party == actor:
            return None
        return party if subject.pos_ == "PRON" else noun_phrase(subject)[0]

    def other_side_quoted(self, pronoun: Token) -> str | None:
        """"They presented an offer", quoted from one side of a two-sided negotiation: the other side."""
        if pronoun.lower_ not in ("they", "them", "their") or not quoted(pronoun):
            return None
        speaker = next((a.party for a in attributions_over(pronoun) if a.party), None)
        sides = list(pronoun.doc._.principals or [])[:2]
        if speaker not in sides or len(sides) < 2:
            return None
        return sides[1] if speaker == sides[0] else sides[0]

    def titled(self, token: Token) -> bool:
        """A name in apposition to a title ("Kosovo's deputy prime minister, Arben Krasniqi"), whatever its tag."""
        root = token if token.dep_ == "appos" else token.head
        return root.dep_ == "appos" and root.head.lemma_.lower() in self.titles

    def antecedent(self, token: Token) -> str | None:
        """The party a pronoun stands for: the nearest subject naming a party before it in the
        sentence, else the nearest party named before it, else ("he", "she") the last person named with a
        side, else the last actor."""
        before = list(reversed(list(token.doc[token.sent.start:token.i])))
        for t in before:
            if t.dep_ in ("nsubj", "nsubjpass") and party_of(t):
                return party_of(t)
        for t in before:
            if t._.party and t.dep_ in ("compound", "poss", "pobj", "dobj"):
                return t._.party
        if token.lower_ == "it" and token.sent.start > 0:  # "RSF said ... . It blamed ...": the subject before
            previous = token.doc[token.sent.start - 1].sent
            subject = next((party_of(c) for t in previous if t.dep_ == "ROOT" for c in t.children
                            if c.dep_ == "nsubj" and c.pos_ != "PRON" and party_of(c)), None)
            if subject is not None:
                return subject
        if token.lower_ in ("he", "she", "his", "her"):
            start = max(0, token.sent.start - 80)
            person = next((t for t in reversed(token.doc[start:token.sent.start]) if t.pos_ == "PROPN" and (
                t.ent_type_ == "PERSON" or t.ent_type_ == "ORG" and self.titled(t))), None)
            if person is not None:  # the last person named: "..., Arben Krasniqi, said ... He also demanded ..."
                return person._.party if person._.party and person.text not in person._.party else self.last_actor
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
        if noun.lemma_.lower() in self.agreement_nouns | {"term", "terms", "text"} and noun.lemma_.lower() not in (
                "offer", "proposal"):
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
                    c.dep_ in ("nsubj", "nsubjpass") for c in other.children) or (
                    other.dep_ in ("acl", "advcl") and other.tag_ == "VBG" and not _content_of_act(other, self)):
                scope -= {t.i for t in other.subtree}  # "return to talks seeking X", but not "a plan calling for X"
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
        if kind in ("offer", "demand", "insist", "propose", "accept"):
            items = self.fallback(trigger, kind, scope)
            if not terms:
                terms = items
            elif len(items) >= 2:  # a list whose other items name no known term: "smaller classes and a 6% raise"
                named = {t.i for m in terms for t in _own_words(doc[m.index])}
                covered = [m for m in items if any(m.span[0] <= doc[k].idx < m.span[1] for k in named)
                           or named & {t.i for t in _own_words(doc[m.index])}]  # "an end to the war" covers "war"
                items = [m for m in items if doc[m.index].lemma_.lower() not in self.act_nouns | {"term"}]
                if covered:
                    terms += [m for m in items if m not in covered]
                elif all(m.term == "other" for m in terms):
                    terms = items  # "pay" inside "a cut in hours with no loss of pay, a rise and a contract"
        if kind == "accept" and not terms and _attending(trigger):
            terms = [TermMention("talks", trigger.i)]  # "both sides confirmed they would attend": the talks
        gives, gets = _both_ways(*self.split(_one_per_item(terms, doc), trigger, kind, actor), doc)
        if kind == "reject":
            gives, gets = [], []  # a rejection gives and asks nothing: what it refuses is its `refers_to`
        if kind in ("insist", "offer"):
            gets += self.trailing_condition(trigger, scope, gives + gets)
            gets += _condition_item(trigger, gives + gets)
            if not gives:
                gives = _subject_item(trigger)
        move = MoveMention(kind, actor, trigger.i, sent, gives, gets)
        refusal = kind == "reject" and (trigger.lemma_.lower() in self.accept_verbs or any(
            c.dep_ == "aux" and c.lower_ in ("will", "wo", "would") for c in trigger.children))  # "won't sign"
        move.negated = kind != "insist" and not refusal and (
            any(c.dep_ == "neg" for c in trigger.children) or denied(trigger))
        over = attributions_over(trigger)
        move.hedged = is_hedged(trigger) or any(doc[i]._.hedge for a in over
                                                for i in range(a.speaker_start, a.speaker_end))
        move.cues = frozenset(a.cue_index for a in over)
        named = [a for a in over if a.speaker.lower() not in _PRONOUNS]  # "we", "they" unresolved name nobody
        for a in named:
            if not (a.on_record and (a.party == actor or a.joint)):
                move.source = a.speaker  # who reports it, unless the actor itself on the record
                break
        if not over and trigger.pos_ == "NOUN":
            move.source = self.described_by(trigger, actor)
        if move.source is None and not over:
            move.source = _unnamed_actor(self.subjects(trigger))
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
        if trigger.pos_ in ("NOUN", "PROPN") and (target is None or target.lemma_.lower() in self.act_nouns):
            listed = _listed_content(trigger)  # "its proposals included a wage rise, a bonus and ..."
            target = listed if listed is not None else (target if target is not None else trigger)
        if target is None:
            return []
        items = [target] if target.i == trigger.i else self.content(target)
        if target.dep_ == "dobj":  # "offered a pay rise of 6.2 per cent, a one-off payment and ...", parsed as
            items += [c for c in trigger.children if c.dep_ == "dobj" and c.i > target.i]  # two objects
        if kind == "accept" and items == [target] and target.pos_ not in ("VERB", "AUX") and \
                trigger.lemma_.lower() not in self.content_verbs | {"be", "remain"} and \
                trigger.lemma_.lower() in self.accept_verbs | self.deal_verbs | {"give", "back", "endorse"}:
            return []  # "accepted the sequencing" names no new term; "agreed to a proposal to set up a hotline" does
        listed = _list_items(target, trigger) if target.i not in (trigger.i, trigger.head.i) else []
        if len(listed) > len({e.i for item in items for e in (item, *item.conjuncts)}):
            # "a cut in the working week with no loss of pay, a rise of 560 euros and a contract running for 12
            # months": three items, however the parser nests them; each spans its whole chunk, so that a known
            # term inside one ("an end to the war") covers it
            return [TermMention("other", head.i, {}, phrase.text, (chunk[0].idx, chunk[-1].idx + len(chunk[-1])))
                    for head, chunk in listed if (head.i in scope or _listed_under(head, trigger))
                    and (phrase := short_noun_phrase(head)) is not None]
        out, seen = [], set()
        for item in items:
            if item.i not in scope and item.i != trigger.i and not _listed_under(item, trigger):
                continue
            for each in (item, *item.conjuncts):  # one term per item of a list
                if each.i in seen:
                    continue
                seen.add(each.i)
                phrase = short_noun_phrase(each)
                if phrase is not None:
                    out.append(TermMention("other", each.i, {}, phrase.text, (phrase.start_char, phrase.end_char)))
        return out

    def content(self, token: Token, depth: int = 3) -> list[Token]:
        """What a verb or a named act is about, through verbs that carry it: "offered to let companies buy a
        share of its ore", "agreed to delay opening the bridge", "a proposal to set up a hotline"."""
        if depth == 0:
            return [token]
        if token.pos_ in ("VERB", "AUX"):
            out: list[Token] = []
            for verb in (token, *[c for c in token.conjuncts if c.pos_ in ("VERB", "AUX") or any(
                    g.dep_ == "dobj" for g in c.children)]):  # "and tighten rules", even when tagged a noun
                obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "nsubjpass", "oprd")), None)
                if obj is None:
                    obj = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")),
                               None)
                if obj is None:
                    obj = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in _ABOUT
                                for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    out += self.content(obj, depth - 1) if obj.pos_ in ("VERB", "AUX") or obj.i == verb.i else [obj]
                    out = [o for o in out if o.i != verb.i]
            return out
        if token.lemma_.lower() in self.act_nouns:
            inner = next((c for c in token.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                          and c.i > token.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
            if inner is None:  # "a plan calling for a truce"
                inner = next((c for c in token.children if _content_of_act(c, self)), None)
            if inner is None:
                inner = next((g for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "on", "of")
                              for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if inner is not None:
                found = self.content(inner, depth - 1) if inner.pos_ in ("VERB", "AUX") else [inner]
                return found or [token]
        return [token]

    def split(self, terms: list[TermMention], trigger: Token, kind: str, actor: str | None = None) -> tuple[list, list]:
        """What the actor gives and what it asks in return: terms after "in exchange for", "so long as", "on
        condition that"; for an offer or a red line, what it is conditional on ("would call off the strike if the
        ministry reopened talks") and what a red line requires of the other side ("insisted that Israel leave")."""
        if kind == "demand":
            return [], terms
        asked: list[TermMention] = []
        if kind in ("offer", "insist"):
            holders = [trigger, *(c for c in trigger.children if c.dep_ == "xcomp")]  # "vowed to keep fighting
            condition = {t.i for h in holders for c in h.children if c.dep_ == "advcl" and any(  # until Israel leaves"
                g.dep_ == "mark" and g.lower_ in _CONDITIONS for g in c.children) for t in c.subtree}
            if kind == "insist" and trigger.lemma_.lower() in ("condition", "make"):
                holders = [trigger] + [c for c in trigger.children if c.dep_ == "dobj" or c.lower_ in (
                    "conditional", "contingent", "dependent")]  # "conditioned the release on a ceasefire"
                condition |= {t.i for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in (
                    "on", "upon") for t in c.subtree}
            if kind == "insist":
                condition |= {t.i for c in trigger.children if c.dep_ in ("ccomp", "xcomp") and any(
                    g.dep_ in ("nsubj", "nsubjpass") and g.pos_ != "PRON" and party_of(g)
                    and party_of(g) != actor for g in c.children) for t in c.subtree}
            terms, asked = [m for m in terms if m.index not in condition], [m for m in terms if m.index in condition]
        sent = trigger.sent
        lowers = [t.lower_ for t in sent]
        cut = None
        for phrase in self.exchange_markers:
            n = len(phrase)
            for k in range(len(lowers) - n + 1):
                if lowers[k:k + n] == phrase and (cut is None or sent.start + k + n < cut):
                    cut = sent.start + k + n
        if cut is None:
            return terms, asked
        return [m for m in terms if m.index < cut], [m for m in terms if m.index >= cut] + asked

    def trailing_condition(self, trigger: Token, scope: set[int], found: list[TermMention]) -> list[TermMention]:
        """A condition after the move that the parser hung elsewhere ("said it was ready to free five hostages
        provided that Israel reopened the crossings", where "provided" hangs from "said") is still asked."""
        if trigger.pos_ in ("NOUN", "PROPN"):
            return []  # "rejected an offer from the board ... unless the board lifts": the rejecter's condition
        opening = self.condition_opening(trigger, scope)
        if opening is None:
            return []
        start, opened = opening
        end = next((t.i for t in self.sentence_triggers if t.i > start), trigger.sent.end)
        if any(start <= m.index < end for m in found):
            return []
        doc = trigger.doc
        terms = [m for m in (doc._.terms or []) if start <= m.index < end and self.belongs(m, "offer", doc)]
        if terms:
            return _one_per_item(_merge(terms), doc)
        noun = next((t for t in doc[opened:end] if t.dep_ in ("dobj", "nsubjpass", "attr", "nsubj", "pobj")
                     and t.pos_ in ("NOUN", "PROPN") and not t._.party), None)
        phrase = short_noun_phrase(noun) if noun is not None else None
        return [TermMention("other", noun.i, {}, phrase.text, (phrase.start_char, phrase.end_char))] if phrase else []

    def condition_opening(self, trigger: Token, scope: set[int]) -> tuple[int, int] | None:
        """Where the first condition after the move, outside its parse, starts and where its words start; none
        when another clause with its own subject stands between ("ready to talk, and that it would pause the
        lockout if ...": the second clause's condition), a report verb ("she said") apart."""
        sent = trigger.sent
        lowers = [t.lower_ for t in sent]
        opening = None
        for phrase in self.exchange_markers + [[w] for w in ("if", "unless", "provided", "providing")]:
            n = len(phrase)
            at = next((sent.start + k for k in range(trigger.i - sent.start + 1, len(lowers) - n + 1)
                       if lowers[k:k + n] == phrase and sent.start + k not in scope), None)
            if at is not None and (opening is None or at < opening[0]):
                opening = (at, at + n)
        if opening is None:
            return None
        cues = {a.cue_index for a in trigger.doc._.attributions or []}
        between = [t for t in trigger.doc[trigger.i + 1:opening[0]] if t.i not in scope]
        if any(t in self.sentence_triggers or t.dep_ in ("conj", "ccomp") and t.i not in cues and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in between):
            return None
        return opening

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
            if twin is None or twin.cues != move.cues and move.trigger not in twin.cues and twin.trigger not in \
                    move.cues:  # "India warned that it would withdraw the cuts unless ...": one threat
                kept.append(move)
            else:
                for term in move.gives + move.gets:
                    if all(term.key() != t.key() for t in twin.gives + twin.gets):
                        (twin.gets if term in move.gets else twin.gives).append(term)
        return kept


_ABOUT = {"for", "to", "of", "on", "over", "about", "with"}
_COMMENTATORS = {"analyst", "analysts", "expert", "experts", "observer", "observers",
                 "commentator", "commentators", "economist", "economists"}
_CONDITIONS = {"if", "provided", "unless", "once", "after", "until"}
_CONTENT = {"include", "comprise", "contain", "feature", "offer", "envisage"}


_MARKS = frozenset({"providing", "when"})  # with _CONDITIONS: the words that open a condition


def _condition_item(trigger: Token, found: list[TermMention]) -> list[TermMention]:
    """What a condition asks when it names no known term: "would return only if that equality was recognised"
    asks the equality, "only once a full month had passed" the month; the noun the condition turns on."""
    for clause in trigger.children:
        if clause.dep_ != "advcl" or not any(g.dep_ in ("mark", "advmod") and g.lower_ in _CONDITIONS | _MARKS
                                             for g in clause.children):
            continue
        inside = {t.i for t in clause.subtree}
        if any(m.index in inside for m in found):
            return []
        noun = next((c for dep in ("dobj", "nsubjpass", "attr", "nsubj") for c in clause.children
                     if c.dep_ == dep and c.pos_ in ("NOUN", "PROPN") and not c._.party), None)
        phrase = short_noun_phrase(noun) if noun is not None else None
        if phrase is not None:
            return [TermMention("other", noun.i, {}, phrase.text, (phrase.start_char, phrase.end_char))]
    return []


def _long_ago(verb: Token) -> bool:
    """"Signed in the 1990s", "reached in 2014" (a year before the latest the report names), "three years ago":
    a deal of the past told as background."""
    when = [g for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod") for g in c.subtree]
    if any(t.lower_ == "ago" for t in when):
        return True
    doc = verb.doc
    if "detente_latest_year" not in doc.user_data:
        doc.user_data["detente_latest_year"] = max((y for t in doc if (y := _year(t))), default=0)
    return any((y := _year(t)) and (t.text.endswith("s") or y < doc.user_data["detente_latest_year"]) for t in when)


def _year(token: Token) -> int | None:
    """The year a date word names: "2014", "1990s"."""
    text = token.text
    if token.ent_type_ == "DATE" and len(text) in (4, 5) and text[:4].isdigit() and text[4:] in ("", "s"):
        return int(text[:4])
    return None


def _unnamed_actor(subjects: list[Token]) -> str | None:
    """"A TMQ commander who spoke on condition of anonymity dismissed the offer", "A senior official dismissed
    the package": an unnamed member of the side does the act, and is its source."""
    subject = subjects[0] if subjects else None
    if subject is None or subject.lemma_.lower() not in _UNNAMED_DOERS or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children):
        return None
    words = [t for t in subject.subtree if t.i <= subject.i]  # "A TMQ commander", not its relative clause
    return subject.doc[words[0].i:subject.i + 1].text



_UNNAMED_DOERS = {"official", "commander", "diplomat", "negotiator", "aide", "member", "source", "delegate", "lawmaker",
                  "legislator", "adviser", "advisor", "officer",
                  "minister"}  # not a spokesman: one who speaks, read as the cue's speaker


def _attending(trigger: Token) -> bool:
    """"would attend", "would take part in the mediation", "accepted the invitation": it is the talks agreed."""
    lemma = trigger.lemma_.lower()
    return lemma == "attend" or lemma == "take" and any(c.lower_ == "part" for c in trigger.children) or any(
        c.dep_ == "dobj" and c.lemma_.lower() == "invitation" for c in trigger.children)


def _subject_item(trigger: Token) -> list[TermMention]:
    """"The crossings would reopen only once a month had passed": with no object, the thing that would change
    is the subject, when it is no party ("arbitration was out of the question", "the preservation of jobs is
    non-negotiable", "the ceasefire will continue")."""
    holder = trigger.head if trigger.pos_ == "ADJ" and trigger.dep_ in ("acomp", "attr") else trigger
    if holder.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in holder.children):
        return []
    subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or subject._.party or subject.lemma_.lower() in _PEOPLE_WORDS:
        return []
    known = [m for m in subject.doc._.terms or [] if m.index == subject.i and m.term == "ceasefire"]
    if known:
        return known  # "Santos said the ceasefire will continue": the truce itself
    phrase = short_noun_phrase(subject)
    return [TermMention("other", subject.i, {}, phrase.text, (phrase.start_char, phrase.end_char))] if phrase else []


_PEOPLE_WORDS = {"official", "officials", "government", "side", "sides", "delegation", "negotiator", "negotiators",
                 "minister", "union", "group", "members", "leader", "leaders", "company", "spokesman", "statement"}


def _content_of_act(verb: Token, finder: MoveFinder) -> bool:
    """"a proposal calling for a truce", "an offer including a bonus": the act's content, not another act."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() in finder.content_verbs \
        and verb.head.lemma_.lower() in finder.act_nouns


_ITEM_OPENERS = {"a", "an", "its", "their", "his", "her", "our"}
_CLAUSE_BREAKS = {"saying", "which", "while", "whereas", "but", "arguing", "adding", "who", "although", "though"}


def _list_items(target: Token, trigger: Token) -> list[tuple[Token, list[Token]]]:
    """The items of a list of noun phrases after a verb, by the commas and "and"s that open a new "a", "an",
    "its" phrase (or ", the ..."): a reading that does not depend on how the parser nested them."""
    doc = target.doc
    end = max(target.right_edge.i, max((c.right_edge.i for c in trigger.children if c.i > target.i
                                        and c.dep_ in ("dobj", "conj", "appos", "prep")), default=target.i))
    tokens = list(doc[target.left_edge.i:end + 1])
    chunks: list[list[Token]] = [[]]
    for k, tok in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        after_and = tokens[k + 2] if nxt is not None and nxt.lower_ == "and" and k + 2 < len(tokens) else nxt
        if tok.text in (";", "—", "–") or tok.text == "," and nxt is not None and nxt.lower_ in _CLAUSE_BREAKS:
            break
        opener = after_and is not None and (after_and.lower_ in _ITEM_OPENERS or after_and.like_num)
        if tok.text == "," and opener or tok.lower_ == "and" and nxt is not None and (
                nxt.lower_ in _ITEM_OPENERS or nxt.like_num):
            chunks.append([])
            continue
        if tok.lower_ == "and" and chunks[-1] == []:
            continue
        chunks[-1].append(tok)
    heads = []
    for chunk in chunks:
        nouns = [t for t in chunk if t.pos_ in ("NOUN", "PROPN")]
        if not nouns or any(t.ent_type_ == "PERSON" or t._.party for t in nouns):
            return []  # "offered the CRT's leader, General Barkai, a post": people named, not a list of terms
        heads.append((min(nouns, key=lambda t: (len(list(t.ancestors)), t.i)), chunk))
    return heads if len(heads) >= 2 else []


def _listed_content(noun: Token) -> Token | None:
    """What a proposal or demand is said to include: "its proposals included X, Y and Z", "demands from the
    army which included X and Y"."""
    holders = [noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else []
    holders += [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    for verb in holders:
        if verb.lemma_.lower() in _CONTENT:
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr")), None)
            if obj is not None:
                return obj
    verb = noun.head
    deps = {(c.dep_, c.lower_ in MODALS) for c in verb.children}
    if noun.dep_ == "nsubj" and verb.pos_ == "VERB" and ("aux", True) in deps and any(d == "dobj" for d, _ in deps):
        return verb  # "the offer would raise pay by 3.1 per cent and settle half the arrears": what it would do
    return None


def _listed_under(target: Token, trigger: Token) -> bool:
    return any(t.i == target.i for t in trigger.head.subtree) or any(
        t.i == target.i for c in trigger.children for t in c.subtree)
def _one_per_item(terms: list[TermMention], doc: Doc) -> list[TermMention]:
    """An unnamed item is one term however many of its words the pack knows: "pay" and "increase" in "a
    pay increase that could reach 20 percent" are one, while each item of a list stays its own."""
    others = {m.index for m in terms if m.term == "other"}

    def inside(m: TermMention) -> bool:
        token = doc[m.index]
        while token.head.i != token.i and token.dep_ not in ("conj", "appos"):
            token = token.head
            if token.i in others:
                return True
        return False

    kept = [m for m in terms if m.term != "other" or not inside(m)]
    amounts = [m for m in kept if m.term == "other" and _is_amount(doc[m.index])]
    if not amounts or len(amounts) < 2 and len(amounts) < sum(m.term == "other" for m in kept):
        return kept
    first = next((m for m in kept if m.term == "other" and not _is_amount(doc[m.index])), amounts[0])
    return [m for m in kept if m not in amounts or m is first]  # "10% this year and 9% the next": one rise


def _in_return(sent: Span) -> bool:
    """"In return, ...", "X, in turn, will ...", "In exchange, ...", "X, for its part, ...": the other half of a
    bargain."""
    words = [t.lower_ for t in sent]
    return any(words[i] == "in" and words[i + 1] in ("return", "turn", "exchange") or words[i] == "for" and words[
        i + 1] in ("its", "their", "his", "her") and i + 2 < len(words) and words[i + 2] == "part"
               for i in range(len(words) - 1))  # also "The government, for its part, will pay ..."


_SWAPS = {"swap", "exchange", "trade", "switch"}


def _both_ways(gives: list[TermMention], gets: list[TermMention], doc: Doc) -> tuple[list, list]:
    """A swap of prisoners frees some on each side: "exchanged 205 prisoners each", "the prisoner swap"."""
    releases = [m for m in gives + gets if m.term in ("prisoner_release", "hostage_release")]
    if len(releases) != 1 or releases[0].term != "prisoner_release":  # hostages go one way, for prisoners
        return gives, gets
    token = doc[releases[0].index]
    swapped = token.head.lemma_.lower() in _SWAPS and token.dep_ in ("compound", "dobj", "pobj", "nmod") or (
        token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in _SWAPS)
    if not swapped:
        return gives, gets
    twin = TermMention(releases[0].term, releases[0].index, dict(releases[0].qualifiers), releases[0].text,
                       releases[0].span)
    return (gives, [*gets, twin]) if releases[0] in gives else ([*gives, twin], gets)


def _own_words(token: Token) -> list[Token]:
    """A word and what hangs from it, but not the other items of its list."""
    out, todo = [], [token]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.dep_ not in ("conj", "cc", "appos")]
    return out


def _is_amount(token: Token) -> bool:
    return token.ent_type_ in ("PERCENT", "MONEY", "CARDINAL") or token.like_num or token.lower_ in (
        "%", "percent", "per", "cent")


def _merge(terms: list[TermMention]) -> list[TermMention]:
    """One mention per term and qualifiers; bare mentions yield to qualified ones of the same term."""
    unique: dict[tuple, TermMention] = {}
    for m in terms:
        unique.setdefault(m.key(), m)
    qualified = {m.term for m in unique.values() if len(m.key()) > 1}
    return [m for m in unique.values() if len(m.key()) > 1 or m.term not in qualified]


@Language.factory("detente_moves", default_config={"pack": "ceasefire"})
def make_move_finder(nlp: Language, name: str, pack: str) -> MoveFinder:
    return MoveFinder(pack)
