"""Which words and constructions make a move, and who a verb's subjects are: the move finder's triggers.

Verbs, adjectives and nouns from the domain pack (`moves:`), read on the dependency parse: an act verb
and its particles, conditions ("would only agree if"), refusals and threats, red lines stated by a
speaker, a proposal's content verbs, and what is not a move (questions, intentions, the content of a
stance).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .constructions import (
    HOSTILE_NOUNS,
    MODALS,
    PUNISHING,
    WELL,
    Constructions,
    comment_on_event,
    hostile,
    only_if,
    unless,
)
from .lexicon import load_pack
from .parties import party_of
from .stances import no_intention, offer_at_its_limit, quoted_label

_STRONG = {"must", "never", "repeatedly", "long", "only"}
_NO_COMMENT = {"comment", "elaborate", "confirm", "disclose", "speculate", "say", "discuss", "specify"}
_NOT_ON_THE_TABLE = {"reality", "fact", "truth", "need", "importance", "scale", "extent", "idea", "argument",
                     "view", "logic", "evidence", "responsibility", "blame"}
# What one side says of the other, not what it puts on the table: "rejected the accusations",
# "pushed back on the criticism", "dismissed the reports" are no moves in the negotiation.
_COMMENTARY = {"accusation", "allegation", "criticism", "charge", "report", "rumour", "rumor",
               "speculation", "suggestion", "characterization", "characterisation", "comment", "remark",
               "assertion", "narrative", "portrayal", "description", "insinuation", "story"}
# "X is said / believed / understood / reported to have accepted": X is the one who accepted
_RAISING = {"say", "believe", "understand", "report", "think", "know", "expect", "see", "rumour", "rumor",
            "reckon", "consider", "suppose", "allege"}
# "giving a list of proposals", "handed over a package of offers": the things in the collection
_COLLECTIONS = {"list", "set", "series", "package", "raft", "number", "slate", "batch"}
_MEASURES = {"lockout", "ban", "sanction", "sanctions", "tariff", "tariffs", "embargo", "restriction", "restrictions",
             "duty", "duties", "siege", "closure", "curfew", "freeze"}  # kept in place as pressure
_CONDITION_MARKS = {"until", "till", "provided", "providing", "once"}  # with "whether", "if", "unless" anywhere
_INTENTIONS = {"prepare", "plan", "expect", "want", "hope", "consider", "try", "intend", "aim", "seek", "wish",
               "threaten"}


class Triggers(Constructions):
    """The pack's move words, and the rules that decide whether a token makes a move."""

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

    def classify(self, token: Token) -> str | None:
        lemma, pos = token.lemma_.lower(), token.pos_
        children = list(token.children)
        deps = {c.dep_ for c in children}
        if pos == "VERB" and token.dep_ == "amod" and lemma in self.accept_verbs | self.deal_verbs and not (
                token.i >= 1 and token.doc[token.i - 1].text in ("-", "–")):
            return None  # "the full text of the signed accord": a description, not a signing
        if token.dep_ == "xcomp" and token.head.lemma_.lower() == "fail":
            return None  # "failed to agree on the budget", "failed to make a credible offer": nothing done
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in ("have", "be") and any(
                c.lower_ == "yet" for c in token.head.children):
            return None  # "the European Parliament has yet to ratify it": not done
        if lemma in ("be", "remain") and token.dep_ == "ROOT" and any(c.dep_ == "attr" or c.dep_ == "xcomp"
                                                                    for c in token.children) \
                and self.proposal_subject(token) and any(  # a part of the deal, not "the agreement is a first sign"
                    c.dep_ == "nsubj" and (c.lemma_.lower() in _PARTS or c.lower_ == "one") for c in children):
            return "content"  # "the centrepiece of the agreement is a joint patrol", "one of its priorities is to"
        if lemma == "be" and any(c.dep_ == "expl" for c in children) and any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in children) and any(
                g.dep_ == "det" and g.lower_ == "no" for c in children if c.dep_ in ("attr", "nsubj")
                for g in c.children) and self.principal_speaker(token):
            return "speaker_insist"  # "There will be no new taxes on the salaried class this year," the minister said
        if lemma == "be" and any(c.dep_ == "expl" for c in children) and any(
                c.dep_ == "attr" and c.lemma_.lower() == "question" and any(g.lower_ == "no" for g in c.children)
                and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children) for c in children) \
                and self.principal_speaker(token):
            return "speaker_insist"  # "There is no question of redrawing the boundaries," the minister said
        if lemma == "be" and any(c.lower_ == "out" and any(g.lower_ == "of" and any(q.lower_ == "question" for q in
                                                                                   g.children) for g in c.children)
                                 for c in children) and self.principal_speaker(token):
            return "speaker_insist"  # "arbitration was out of the question", said by a side
        if lemma in ("extend", "widen", "escalate", "expand", "intensify", "step") and any(
                c.dep_ == "nsubjpass" and c.lemma_.lower() in HOSTILE_NOUNS for c in children) and any(
                c.dep_ == "aux" and c.lower_ in MODALS for c in children) and "neg" not in deps and \
                self.principal_speaker(token):
            return "speaker_insist"  # "the strike would be extended to police staff from Monday," said by a side
        if lemma == "improve" and "neg" in deps and any(  # "the offer was the best it could afford and would not
                c.dep_ in ("nsubjpass", "nsubj") and c.lemma_.lower() in self.all_offer_nouns  # be improved"
                for holder in (token, *list(token.ancestors)[:3]) for c in holder.children) and \
                self.principal_speaker(token):
            return "speaker_insist"  # "the offer was the best it could afford and would not be improved"
        if offer_at_its_limit(token, self.all_offer_nouns | {"package", "proposal"}):
            if lemma != "be" and any(party_of(c) for c in children if c.dep_ == "nsubj"):
                return "insist"  # "the ministry has described the package as the most the treasury can bear"
            if self.principal_speaker(token):
                return "speaker_insist"  # "the offer was the best it could afford," said by a side
        refused = no_intention(token)
        if refused:
            return refused  # "Madrid has no intention of doing that"
        if quoted_label(token, self.all_offer_nouns | self.all_proposal_nouns | self.all_demand_nouns,
                        self.approving_adjectives):
            return "verdict"  # "described the offer as \"dead on arrival\"": a rejection in the side's own words
        if lemma == "suggest" and any(c.dep_ == "nsubjpass" for c in children) and any(
                c.dep_ == "agent" for c in children):
            return "propose"  # "a compromise of five kilometres was suggested by the interlocutor"
        if lemma == "sign" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in children):
            return "insist" if will_not(token) else None  # "we will not sign away the right to ...": a red line
        if lemma in ("stay", "remain") and any(c.dep_ == "prep" and c.lower_ == "in" and any(
                g.lower_ in ("place", "force", "effect") for g in c.children) for c in children) and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in HOSTILE_NOUNS | _MEASURES for c in children) and any(
                c.dep_ == "aux" and c.lower_ in MODALS for c in children) and self.principal_speaker(token):
            return "speaker_insist"  # "the lockout will stay in place until the union signs," said by a side
        if lemma in ("go", "continue", "carry", "persist") and (lemma in ("continue", "persist") or any(
                c.dep_ == "prt" and c.lower_ == "on" for c in children)) and "neg" not in deps and any(
                c.dep_ == "aux" and c.lower_ in MODALS for c in children) and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in HOSTILE_NOUNS for c in children) and \
                self.principal_speaker(token):
            return "speaker_insist"  # "the stoppage would go on", "the strike will continue until ...", said by a side
        if lemma == "be" and any(c.dep_ == "neg" for c in children) and self.principal_speaker(token) and (
                any(p.lower_ == "for" and any(g.lower_ == "sale" for g in p.children) for p in children)
                or any(c.dep_ == "attr" and any(t.lower_ == "chip" for t in c.subtree) for c in children)):
            return "speaker_insist"  # "Our sanctions are not for sale", "he is not a bargaining chip"
        if pos == "VERB":
            obj = next((c for c in children if c.dep_ in ("dobj", "nsubjpass")), None)
            obj_lemma = obj.lemma_.lower() if obj is not None else ""
            present = token.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.lower_ in ("does", "do")
                                                          for c in children)
            if lemma in ("negotiate", "bargain", "talk", "deal") and "neg" in deps and (present or will_not(token)) \
                    and any(c.dep_ == "prep" and c.lower_ == "with" for c in children):
                subject = next((c for c in children if c.dep_ == "nsubj"), None)
                if subject is not None and party_of(subject):
                    return "insist"  # "Israel does not negotiate with terrorists": a principle, a red line
                return "speaker_insist" if self.principal_speaker(token) else None  # "The state does not ...", said
            if lemma in self.content_verbs and self.proposal_subject(token):
                return "content"  # "the truce commits both sides to ...": what the deal holds, not an act
            willing = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in children) and not any(
                c.dep_ == "neg" for c in children)
            refusing = will_not(token) and (lemma in ("attend", "join") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.talks_nouns | {"round", "meeting", "session"}
                for c in children) or lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part"
                                                              for c in children))
            if refusing:
                return "reject"  # "it would not take part in the next round of talks", "will not attend the talks"
            if lemma in ("set", "spell", "lay") and any(c.dep_ == "prt" and c.lower_ == "out" for c in children) and \
                    obj_lemma in self.demand_nouns | {"term", "terms"} and any(c.dep_ == "poss" for c in obj.children):
                return "demand"  # "Hamas set out its terms: a full withdrawal and an end to the war"
            if lemma == "give" and obj_lemma in ("response", "reply", "answer", "reaction") and any(
                    c.lower_ in WELL | {"positive", "favourable", "favorable", "negative"} for c in obj.children):
                return "reject" if any(c.lower_ == "negative" for c in obj.children) else "accept"  # "gave a
                # positive response to the proposal"
            if willing and lemma == "attend" and only_if(token):
                return "insist"  # "it would attend only if the detainee question had been settled": a condition
            if willing and (lemma == "attend" or lemma == "take" and any(
                    c.dep_ == "dobj" and c.lower_ == "part" for c in children) and any(
                    g.lemma_.lower() in self.talks_nouns for c in children if c.dep_ == "prep" for g in c.children)):
                return "accept"  # "officials said they would attend", "it would take part in the mediation"
            if lemma == "reserve" and obj is not None and obj_lemma == "position":
                return "insist"  # "Somaliland reserved its position on the security committee"
            if any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "unless" for g in c.children)
                   for h in (token, *(x for x in children if x.dep_ == "xcomp")) for c in h.children) and any(
                    c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in children) and any(
                    party_of(c) for c in children if c.dep_ == "nsubj" and c.pos_ != "PRON") or (
                    unless(token) and token.dep_ == "ccomp" and token.head.lemma_.lower() in ("warn", "threaten", "say")
                    and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in children)
                    and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in children)
                    and any(party_of(c) for c in token.head.children if c.dep_ == "nsubj")):
                return "insist"  # "Pretoria would ask the WTO for a panel unless the EU drops the rule", "the union
                # has warned that it will shut down four more fields unless the employers return": a threat
            if (will_not(token) or lemma in ("refuse", "decline")) and _until_or_unless(token) and any(
                    c.dep_ == "nsubj" for c in children):
                return "insist"  # "will not return to the talks until Colombia suspends its offensive", "refused
                # to sign unless the army withdrew": a red line with its condition, not a refusal of one proposal
            if lemma == "live" and any(c.dep_ == "prep" and c.lower_ == "with" for c in children) and any(
                    c.dep_ == "aux" and c.lower_ in ("could", "can", "would") for c in children) and "neg" not in deps:
                return "insist" if only_if(token) else "offer"  # "Sofia could live with a longer schedule provided
                # that the fee came down"; "could live with the date only if ...": a condition
            if lemma in ("file", "go", "take", "head") and "neg" not in deps and any(
                    c.dep_ == "aux" and c.lower_ in MODALS | {"could", "may"} for c in children) and any(
                    g.lemma_.lower() in ("arbitration", "court", "lawsuit", "litigation", "complaint")
                    for c in children for g in (c, *c.children)):
                return "insist"  # "we will file for arbitration", "would take Ecuador to court": a threat
            if lemma in PUNISHING and "neg" not in deps and any(c.dep_ == "nsubj" for c in children) and any(
                    c.dep_ == "aux" and c.lower_ in MODALS | {"could", "may"} for c in children):
                return "insist"  # "the airline would dock the wages of pilots who strike", "the fund will sue"
            if lemma in ("vow", "pledge", "promise", "threaten") and "neg" not in deps and any(
                    c.dep_ == "xcomp" and hostile(c) and not any(g.dep_ == "neg" for g in c.children)
                    for c in children):
                return "insist"  # "vowed to press on with the offensive until Hamas is destroyed"
            if lemma in ("warn", "threaten") and any(
                    c.dep_ == "ccomp" and any(g.dep_ == "aux" and g.lower_ in MODALS | {"could"} for g in c.children)
                    and not _foretold_of_another(c, token) for c in children):
                return "insist"  # "Israel warned that it would resume strikes if Hezbollah rearmed", "warned that
                # factories hit by walkouts would close": a threat, unless it foretells the other side's act
            if lemma in self.accept_verbs | {"settle"} and _nothing_less(token):
                return "insist"  # "would accept nothing less than equal access to the water"
            allowed = [obj] if obj is not None else [g for c in children if c.dep_ in ("ccomp", "xcomp")
                                                     for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
            if lemma in self.concession_verbs | self.offer_verbs and will_not(token) and any(
                    o.lower_ in ("anyone", "anybody", "anything", "any") or any(
                        c.dep_ == "det" and c.lower_ == "any" for c in o.children) for o in allowed):
                return "insist"  # "we will not free anyone with blood on his hands", "would not allow any ransom"
            if lemma in self.offer_verbs and any(c.dep_ == "neg" for c in children):
                return None  # "we cannot promise money we will not have": no offer
            if lemma in self.concession_verbs and will_not(token) and obj is not None and not (
                    self.conditional(token) or self.refusal(token) or any(c.dep_ == "advcl" for c in children)):
                able = any(c.dep_ == "aux" and c.lower_ in ("can", "ca", "could", "cannot") for c in children)
                return "reject" if able else "insist"  # "said it could not raise the retirement age across the
                # board": what it cannot give; "would not raise the tax before the harvest": a position held
            if self.holding_firm(token):
                return "insist"  # "refused to budge on wages", "would not back down"
            if lemma in ("free", "release") and token.tag_ == "VBD" and _mutual_release(token):
                return "accept"  # "Iran freed four Americans and the United States released five Iranians": a swap
            if _release_carried_out(token, obj):
                return "accept"  # "the group freed four soldiers on Sunday", "Hamas handed over three hostages"
            if lemma in ("exchange", "swap", "trade") and obj is not None and _captives(obj) and any(
                    self.collective(s) or s.conjuncts for s in self.subjects(token)):
                return "accept"  # "Russia and Ukraine exchanged 205 prisoners of war": a swap both carried out
            if token.dep_ == "xcomp" and token.head.lemma_.lower() in self.reject_verbs and self.holding_firm(
                    token.head):
                return None
            if lemma in self.accept_verbs and (_never(token) or self.conditional(token)):
                return "insist"  # "would only agree to a truce if ..."
            if lemma in self.accept_verbs and will_not(token):
                kind_of_deal = obj is not None and any(c.dep_ == "relcl" for c in obj.children) and any(
                    c.lower_ in ("a", "an") for c in obj.children)
                if obj is not None and (any(c.lower_ == "any" for c in obj.children) or kind_of_deal
                                        or obj.lower_ in ("anything", "any")):
                    return "insist"  # "would not support any budget that ...", "will not sign an annex that keeps us a
                    # captive seller": a red line against any such deal
                if obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() in _NOT_ON_THE_TABLE:
                    return None  # "would not accept the reality of the pay cuts": a complaint, not a refusal
                return "reject"  # "the union will not sign the contract"
            if _about_commentary(token):
                return None
            if token.dep_ == "relcl" and token.head.lower_ in ("everything", "anything", "all", "nothing", "much",
                                                                  "most", "some"):
                return None  # "we have not got everything we asked for": a past demand referred to, not made
            if token.dep_ == "xcomp" and token.head.lemma_.lower() in self.reject_verbs:
                return None  # "refused to accept the offer", "declined to budge": the refusal is the move
            construction = self.verb_construction(token, obj)
            if construction:
                return construction
            if lemma == "put" and any(c.lower_ == "forward" for c in children):
                return "offer" if obj_lemma in self.offer_nouns - self.proposal_nouns else "propose"
            if lemma in ("put", "lay", "place") and _on_the_table(token) and obj is not None and "neg" not in deps:
                if obj_lemma in self.proposal_nouns and "offer" not in obj.lower_:
                    return "propose"  # "laid its plan on the table"
                return "offer"  # "Ford put a new offer on the table", "put a one-off bonus on the table"
            if lemma in _GIVING_WAY and "neg" not in deps and any(
                    c.dep_ == "prep" and c.lower_ == "to" and any(
                        g.lemma_.lower() in self.act_nouns for g in c.children if g.dep_ == "pobj")
                    for c in children):
                return "accept"  # "the carmaker caved in to the strikers' demands", "bowed to the union's demand"
            if lemma in ("drop", "lift", "withdraw", "abandon", "end") and obj_lemma in _OBJECTIONS \
                    and "neg" not in deps:
                return "accept"  # "Turkey dropped its objection to the membership": it now agrees
            if lemma in ("give", "hand", "lay", "bring") and obj is not None and obj_lemma in _COLLECTIONS:
                listed = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                               for g in c.children if g.dep_ == "pobj"), None)
                obj, obj_lemma = listed, listed.lemma_.lower() if listed is not None else ""
            giving = lemma in ("give", "hand", "lay", "bring") and obj_lemma in self.proposal_nouns | self.offer_nouns
            if lemma == "float" and obj is None and any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in children):
                return "offer"  # "council negotiators had privately floated extending pay protection"
            if lemma in ("present", "submit", "table", "float", "unveil", "outline") and obj_lemma in (
                    "compromise", "formula", "solution", "option"):
                return "propose"  # "Kenya had floated a compromise", "tabled a formula"
            if lemma in ("present", "submit", "table", "make", "unveil", "outline", "float", "send", "deliver",
                         "produce") or giving:
                if obj_lemma in self.offer_nouns and obj_lemma != "deal" and "offer" in obj.lower_:
                    return "offer"
                if obj_lemma in self.proposal_nouns or any(
                        c.dep_ == "prep" and c.lower_ == "with" and any(
                            g.lemma_.lower() in self.proposal_nouns for g in c.children) for c in children):
                    return "propose"
                return None
            if lemma in _REVISING and obj is not None and obj_lemma in self.demand_nouns and any(
                    c.dep_ == "poss" or c.lower_ == "the" for c in obj.children) and "neg" not in deps:
                return "demand"  # "has since lowered the demand to $400,000", "scaled back its demands"
            if lemma in _REVISING and obj is not None and obj_lemma in self.offer_nouns and any(
                    c.dep_ == "poss" for c in obj.children) and "neg" not in deps:
                return "offer"  # "raised its offer to 9 per cent", "improved its bid"
            if lemma == "propose":
                return "propose"
            if lemma == "agree":
                if any(c.dep_ == "xcomp" and c.lemma_.lower() in ("differ", "disagree") for c in children):
                    return None  # "agreed to differ": no agreement at all
                if _never(token) or self.conditional(token):
                    return "insist"
                if any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in children) and not any(
                        c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may") for c in children):
                    return "accept"  # "Israel agreed on the terms of the truce"
                if "xcomp" in deps or "ccomp" in deps:
                    return "accept"  # "agreed to swap prisoners", "agreed that ..."
                if any(self.collective(s) or s.conjuncts for s in self.subjects(token)):
                    return "accept"  # "the two sides agreed"
                if any(c.dep_ == "prep" and c.lower_ == "to" for c in children) or "dobj" in deps:
                    return "accept"
                return None
            if token.lower_ in self.offer_adjectives and token.tag_ == "VBN" and "xcomp" in deps and not any(
                    hostile(c) for c in children if c.dep_ == "xcomp"):
                return "offer"  # "Chile had been prepared to extend the suspension"
            if lemma == "settle" and any(c.dep_ == "prep" and c.lower_ == "for" for c in children):
                if any(c.dep_ == "neg" for c in children):
                    return "insist"  # "would not settle for less than 15 per cent": a floor
                return "offer"  # "signalled it could settle for 9 per cent": what it would take
            if lemma == "come" and any(c.lower_ == "up" for c in children) and any(
                    c.dep_ == "prep" and c.lower_ == "with" and any(g.lemma_.lower() in self.offer_nouns
                                                                   for g in c.children) for c in children):
                return "offer"  # "the creditors came up with a take-it-or-leave-it offer"
            if lemma in ("promise", "pledge", "vow", "commit", "undertake") and any(
                    self.collective(s) or s.conjuncts for s in self.subjects(token)):
                return "accept"  # "both sides also pledged that no doctor would be disciplined": what they agreed
            if lemma in self.offer_verbs:
                if lemma in ("promise", "pledge", "vow") and not deps & {"xcomp", "ccomp", "dobj", "dative"}:
                    return None  # "We promised and will send them to the dustbin": no promise of terms
                return "offer"
            if lemma in self.accept_verbs:
                if _never(token) or self.conditional(token):
                    return "insist"
                return "reject" if will_not(token) else "accept"  # "we're not going to support X"
            if lemma in self.reject_verbs:
                if obj is not None and any(c.lower_ == "any" for c in obj.children):
                    return "insist"
                if obj is not None and obj.dep_ == "nsubjpass" and "agent" not in deps and obj.pos_ == "NOUN" \
                        and obj.lemma_.lower() not in self.act_nouns | self.agreement_nouns and not any(
                            m.index in {t.i for t in obj.subtree} for m in token.doc._.terms or []):
                    return None  # "46 consignments were rejected at EU ports": goods turned back, no offer refused
                if lemma == "decline" and "xcomp" not in deps and obj is None:
                    return None
                if any(c.dep_ == "xcomp" and c.lemma_.lower() in _NO_COMMENT and not (
                        lemma == "refuse" and _discussing_a_term(c)) for c in children):
                    return None  # "declined to comment" is not a rejection; "refused to discuss the fuel tax" is
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
            if lemma in ("ask", "request", "urge") and any(c.dep_ == "ccomp" and any(
                    g.dep_ == "mark" and g.lower_ == "that" for g in c.children) for c in children):
                return "demand"  # "Kavaz also asked that the Louroujina crossing open first"
            if lemma == "expect" and token.tag_ in ("VBD", "VBZ", "VBP") and any(
                    party_of(c) for c in children if c.dep_ == "nsubj") and any(
                    c.dep_ == "ccomp" and any(party_of(g) for g in c.children if g.dep_ == "nsubj")
                    or c.dep_ == "dobj" and party_of(c) and "xcomp" in deps
                    or c.dep_ == "dobj" and c.lemma_.lower() in _UNDOING for c in children):
                return "demand"  # "Tehran expected Afghanistan to honour the treaty", "expected the lifting of"
            if lemma in ("call", "summon", "bring", "invite") and obj is not None and self.collective(obj) and (
                    lemma in ("summon", "invite") or any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "in")
                                                         for c in children)):
                return "propose"  # "she would call both sides back in for talks", "invited the two sides to Geneva"
            if lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in children):
                return "content" if self.proposal_subject(token) else "demand"
            if lemma in ("press", "urge", "pressure", "push", "ask") and obj is not None and party_of(obj) and (
                    lemma != "ask" or "xcomp" in deps):  # "asked the EU to drop anti-dumping duties"
                return "demand"
            if lemma == "ask" and any(c.dep_ == "prep" and c.lower_ == "for" and any(
                    g.lemma_.lower() in ("time", "delay", "break", "recess", "adjournment") for g in c.children)
                    for c in children):
                return None  # "asked for time to consult the capital": no term asked of the other side
            holding_someone = lemma == "hold" and (obj is not None and not any(c.lower_ == "out" for c in children)
                                                   or any(c.lower_ == "off" for c in children))  # "hold off on strikes"
            if lemma in ("push", "press", "call", "hold", "ask", "lobby") and not holding_someone and any(
                    c.dep_ == "prep" and c.lower_ == "for" or c.dep_ in ("advcl", "ccomp") and any(
                        g.dep_ == "mark" and g.lower_ == "for" for g in c.children) for c in children):
                if self.proposal_subject(token):
                    return "content"  # "the UN plan also called for elections to be held by September"
                return "demand"  # "pushed for a framework", "is holding out for a decrease"
            if lemma == "want" and any(c.dep_ == "xcomp" and c.lemma_.lower() in _DELIBERATING for c in children):
                return None  # "the DUP will want to consider the detail": weighing a deal, asking nothing
            if lemma == "insist" and any(c.dep_ == "ccomp" and any(
                    g.dep_ == "aux" and g.lower_ in ("can", "could", "may", "might") for g in c.children) and not any(
                    g.dep_ == "neg" for g in c.children) for c in children):
                return None  # "Sunak insisted the settlement can open a new chapter": a claim, not a red line
            if lemma in ("want", "wish") and token.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in ("as", "if", "whenever", "while") for c in children):
                return None  # "would keep hosting the talks for as long as both parties want us to": a condition
            if lemma == "seek" and token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp", "acl") and obj is not None \
                    and self.subjects(token):
                return "demand"  # "the union would return to talks seeking full pay for ground time"
            if lemma in ("want", "seek", "request") and self.subjects(token) and (
                    "xcomp" in deps or obj is not None or lemma == "want" and "ccomp" in deps) and "neg" not in deps \
                    and not (obj is not None and any(c.lower_ == "no" for c in obj.children)) \
                    and not (lemma == "want" and obj_lemma in self.agreement_nouns):
                return "demand"  # "the lenders have been seeking cuts"; not "wants a deal, not a crisis"
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
                if lemma in ("reopen", "resume", "return", "restart", "hold", "join") and self.about_talks(token):
                    return "reject"  # "he will not reopen talks": talks refused
                return "insist"
            if self.subjects(token) and (only_if(token) and any(
                    c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "can") for c in children)
                    or will_not(token) and while_not(token)):
                return "insist"  # "would only consider a vote if ...", "we cannot sit at a table while ..."
            if self.conditional_concession(token):
                return "offer"  # "the EU could recognise its inspections for other pests if Pretoria ..."
            if self.action_called_off(token):
                return "speaker_offer"  # "the boycott would be called off, she said, if the employers reopened talks"
            if lemma == "consider" and any(c.dep_ == "aux" and c.lower_ in MODALS | {"could"} for c in children) \
                    and "neg" not in deps and obj_lemma not in self.all_proposal_nouns | self.all_offer_nouns and any(
                    c.dep_ in ("dobj", "xcomp") for c in children) and any(
                    party_of(c) or c.lower_ in ("it", "we", "they") for c in children if c.dep_ == "nsubj"):
                return "offer"  # "Sukhumi would consider reopening two smaller crossings", "could consider a quota"
            if any(c.lower_ == "only" and c.dep_ == "advmod" for c in children) and any(
                    c.dep_ == "aux" and c.lower_ in ("could", "would", "can", "will") for c in children) and any(
                    c.dep_ in ("advcl", "prep") for c in children) and not any(
                    party_of(c) for c in children if c.dep_ in ("nsubj", "nsubjpass")) and \
                    self.principal_speaker(token):
                return "speaker_insist"  # "an all-for-all exchange could only come as part of a wider settlement"
            if token.dep_ == "ccomp" and token.head.lemma_.lower() in ("signal", "indicate", "hint") and any(
                    c.dep_ == "aux" and c.lower_ in ("could", "would", "might") for c in children) and not any(
                    c.dep_ == "neg" for c in children) and not hostile(token) and lemma not in _FORCE:
                return "offer"  # "the BPP is reported to have signalled that it could keep the arrangement going"
            return None
        if pos == "ADJ":
            construction = self.adjective_construction(token) or self.verb_construction(token, None)
            if construction:
                return construction
            if lemma in ("committed", "commit") and any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to")
                                                         for c in children):
                return "accept"  # "the United States is committed to start ..."
            if lemma in ("conditional", "contingent", "dependent", "subject") and token.dep_ in ("acomp", "amod") \
                    and any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") for c in children) \
                    and self.speaker_party(token):
                return "insist"  # "the decision to extend the truce is subject to ...", said by one side
            ready_for = any(c.dep_ == "prep" and c.lower_ == "for" and any(
                g.lower_ in self.talks_nouns | self.agreement_nouns or g.lemma_.lower() in self.agreement_nouns
                for g in c.children) for c in children)
            if lemma in self.offer_adjectives and (ready_for or any(
                    c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to") for c in children)):
                if any(hostile(c) for c in children if c.dep_ == "xcomp"):
                    return None  # "prepared to go on strike": a threat, not an offer
                if any(c.dep_ == "neg" or c.lower_ == "never" for h in (token, token.head) for c in h.children):
                    return "insist"  # "had never been willing to give private creditors better terms"
                return "offer"  # "was ready to sign", "was ready for talks"
            if lemma in self.reject_adjectives and not comment_on_event(token):
                return "reject"
            return None
        if pos == "NOUN" and lemma in self.offer_stance_nouns and any(c.dep_ == "poss" for c in children) and any(
                c.dep_ in ("acl", "prep", "relcl") or c.tag_ == "VB" for c in children):
            return "offer"
        if pos == "NOUN" and lemma in self.proposal_nouns - self.offer_nouns and token.dep_ != "nsubj" and \
                self.proposer(token):
            return "proposal_by"
        if pos == "NOUN" and token.dep_ == "attr" and lemma in self.offer_nouns | self.agreement_nouns and any(
                c.dep_ == "expl" for c in token.head.children) and any(t.lower_ == "table" for t in token.subtree):
            return "speaker_offer"  # "there's a deal to be had right now on the table", one side says
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
        ended = any(c.dep_ == "dobj" and c.lemma_.lower() in HOSTILE_NOUNS for c in children)  # "suspend the strike"
        forceful = hostile(verb) or verb.lemma_.lower() in _FORCE | {"walk", "quit", "leave", "suspend", "end"} \
            and not ended
        marks = ("if", "unless") if forceful else ("unless",)  # "would call off the strike if ...": an offer
        return any(c.dep_ == "advcl" and (any(g.dep_ == "mark" and g.lower_ in marks for g in c.children)
                                          or c.i < verb.i and any(g.lower_ == "should" and g.i == c.left_edge.i
                                                                  for g in c.children)) for c in children) \
            or any(c.dep_ == "ccomp" and c.i < verb.i and any(g.lower_ == "should" and g.i == c.left_edge.i
                                                              for g in c.children) for c in children)

    def action_called_off(self, verb: Token) -> bool:
        """"The boycott would be called off if the employers reopened talks": the side that would call it off
        offers that for the other's act; said by that side."""
        children = list(verb.children)
        ended = verb.lemma_.lower() in ("suspend", "end", "lift", "halt", "stop") or verb.lemma_.lower() == "call" \
            and any(c.dep_ == "prt" and c.lower_ == "off" for c in children)
        return ended and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in HOSTILE_NOUNS for c in children) and any(
            c.dep_ == "aux" and c.lower_ in ("would", "will", "could") for c in children) and any(
            c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "provided") for g in c.children)
            for c in children) and self.principal_speaker(verb) is not None

    def conditional_concession(self, verb: Token) -> bool:
        """"X could do Y if Z does W", "the union would call off the strike if the ministry ...": what one side
        says it would give for another's act."""
        children = list(verb.children)
        if not any(c.dep_ == "aux" and c.lower_ in ("could", "would") for c in children) or any(
                c.dep_ == "neg" or c.lower_ == "have" and c.dep_ == "aux" for c in children) or hostile(verb) \
                or verb.lemma_.lower() in _FORCE:
            return False
        subject = next((c for c in children if c.dep_ == "nsubj"), None)
        actor = party_of(subject) if subject is not None and subject.pos_ != "PRON" else None
        for clause in children:
            if clause.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "provided") for g in
                                              clause.children):
                other = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                if actor and other is not None and party_of(other) and party_of(other) != actor and \
                        actor in (verb.doc._.principals or [])[:4]:
                    return True
        return False

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
        if not (negated and future) or any(c.dep_ == "aux" and c.lemma_ == "have" for c in children):
            return False  # "it would not even have matched inflation": a counterfactual, not a refusal
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
        if subject is None:  # "The offer, labeled a tentative agreement, includes": a participle taken for a clause
            subject = next((g for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.tag_ in ("VBN", "VBD")
                            for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
        if subject is not None and subject.lower_ == "one":  # "one of the pact's priorities is to ..."
            subject = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                            if g.dep_ == "pobj"), None)
        if subject is not None and subject.lemma_.lower() in _PARTS:  # "the centerpiece of the agreement is ..."
            subject = next((c for c in subject.children if c.dep_ == "poss"), None) or next(
                (g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"), None)
        truce = subject is not None and subject.lemma_.lower() in self.truce_nouns and verb.lemma_.lower() in (
            "commit", "oblige", "require")  # "the truce commits both sides to halt offensive operations"
        if subject is not None and any(c.lower_ in ("any", "every", "no") for c in subject.children):
            return None  # "any agreement must include the return of all hostages": a condition, not a deal's content
        if subject is not None and subject.lemma_.lower() in self.agreement_nouns and any(
                t.lower_ == "ago" or t.ent_type_ == "DATE" and t.like_num and len(t.text) == 4
                for c in subject.children if c.dep_ in ("acl", "nummod", "compound", "amod") for t in c.subtree):
            return None  # "The deal, signed three years ago, commits ...", "the 2015 accord requires": an old deal
        if subject is not None and (truce or subject.lemma_.lower() in self.proposal_nouns | self.offer_nouns | (
                self.agreement_nouns - self.truce_nouns)):  # "the accord calls for"
            return subject
        return None

    # ----- moves -----

    def inside_stance(self, token: Token, sent: Span) -> bool:
        """A trigger inside the content of a red line or demand is part of it, not a move."""
        node = token
        while node.head.i != node.i and node.head.i >= sent.start:
            if node.dep_ in ("conj", "relcl") and any(c.dep_ in ("nsubj", "nsubjpass") and (
                    node.dep_ == "conj" or c.pos_ != "PRON" and party_of(c)) for c in node.children):
                return False  # "... demanded X, but the US refused", "..., a condition Cameroon rejected": its own
            if node.dep_ == "advcl" and node.tag_ == "VBG" and node.i > node.head.i:
                return False  # "pushed back, giving a list of proposals": an act of its own
            node = node.head
            lemma = node.lemma_.lower()
            calling = lemma != "call" or any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in node.children)
            if node.pos_ == "VERB" and (lemma in ("insist", "maintain") or lemma in self.demand_verbs) and calling:
                return True  # "urged Hamas to accept": the content of a demand; not "called it insulting"
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
        if token.pos_ == "VERB" and token.dep_ in ("xcomp", "advcl", "conj") and any(
                c.dep_ == "neg" for c in token.children) and any(c.lower_ == "to" for c in token.children):
            return True  # "we came to negotiate, not to sign away our jobs"
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in self.offer_verbs | {"propose"}:
            return True  # "offered to accept an even split": the offer itself, read at "offered"
        if any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "whether" for g in c.children)
               and c.i < token.i for c in token.children):
            return True  # "whether the leaders can be persuaded would depend on ...": a question weighed
        holder = token.head if token.dep_ in ("acomp", "attr") else token
        if any(g.lower_ == "how" for c in holder.children if c.dep_ in ("acomp", "advmod", "npadvmod")
               for g in c.children):
            return True  # "how much Adhikari is willing to concede": a question, not an offer
        node = token
        for _ in range(3):
            if any(c.dep_ == "mark" and (c.lower_ in ("whether", "if", "unless") or c.lower_ in _CONDITION_MARKS
                                          and node.dep_ == "advcl") for c in node.children):
                return True  # "unless a comprehensive agreement is signed", "until the union signs up to a
                # contract", "provided workers could vote to scrap it": a condition, not a signing
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
            return [t for c in children if c.dep_ == "nsubj" for t in (c, *_represented(c))]
        passive = next((c for c in children if c.dep_ == "nsubjpass"), None)
        by = [c for c in children if c.dep_ == "agent" or (c.dep_ == "conj" and c.lower_ == "by")]
        agents = [g for c in by for b in (c, *c.conjuncts) for g in b.children
                  if g.dep_ == "pobj"]  # "signed by X, and by Y"
        if agents:
            return [t for agent in agents for t in (agent, *_represented(agent))]
        if passive is not None and token.lemma_.lower() in _RAISING and not agents:
            return []  # "Ukraine is said to have accepted": the subject is its clause's, read there
        if passive is not None and token.lemma_.lower() in ("commit", "prepare", "determine", "resolve", "committed",
                                                             "prepared", "determined", "resolved"):
            return [passive, *passive.conjuncts]  # "Norway is committed to ...": a stance, not a passive act
        if passive is not None:
            return []
        if token.pos_ == "ADJ" and token.dep_ in ("acomp", "oprd", "ccomp", "xcomp", "advcl"):
            return self.subjects(token.head)
        if token.pos_ == "NOUN":
            poss = next((c for c in children if c.dep_ == "poss"), None)
            return [poss] if poss is not None else []
        if (token.dep_ == "xcomp" or token.dep_ == "advcl" and token.tag_ == "VBG") and \
                token.head.lemma_.lower() in _RAISING:
            raised = next((c for c in token.head.children if c.dep_ == "nsubjpass"), None)
            if raised is not None:  # "Ukraine is said to have accepted the plan", "X is said to have turned it
                return [raised, *raised.conjuncts]  # down, insisting that ...": the raised subject does both
        if token.dep_ in ("conj", "xcomp", "advcl") and token.head.i != token.i:
            return self.subjects(token.head)
        if token.dep_ == "acl" and token.tag_ == "VBG" and token.lemma_.lower() == "seek":
            holder = token.head  # "would return to talks seeking full pay": who returns seeks it
            while holder.pos_ not in ("VERB", "AUX") and holder.head.i != holder.i:
                holder = holder.head
            return self.subjects(holder) if holder.pos_ in ("VERB", "AUX") else []
        if token.dep_ in ("acl",):
            return []
        if token.dep_ == "pcomp" and token.head.lower_ == "by" and token.head.head.pos_ == "VERB":
            return self.subjects(token.head.head)  # "the investors countered by offering to write off 15 per cent"
        if token.dep_ == "pcomp" or (token.dep_ == "advcl" and token.head.dep_ == "pobj"):
            return []
        return []


def denied(token: Token) -> bool:
    """"Hamas denied reports that it had accepted the plan": the act is denied."""
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in ("deny", "refute") and node.pos_ == "VERB":
            return True
    return False


def _mutual_release(verb: Token) -> bool:
    """Two sides each freeing people, in one sentence's joined clauses: a swap carried out."""
    others = [c for c in verb.conjuncts if c.lemma_.lower() in ("free", "release") and c.tag_ == "VBD"]
    if not others:
        return False
    mine = next((party_of(c) for c in verb.children if c.dep_ == "nsubj"), None)
    theirs = {party_of(c) for o in others for c in o.children if c.dep_ == "nsubj"}
    return bool(mine) and bool(theirs - {None, mine})


def _until_or_unless(verb: Token) -> bool:
    holders = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("until", "unless", "till")
                                         for g in c.children) for h in holders for c in h.children)


def _release_carried_out(verb: Token, obj: Token | None) -> bool:
    """A side that has freed or handed over captives has done its part of a deal: its release is the move."""
    lemma = verb.lemma_.lower()
    handing = lemma in ("hand", "turn") and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
    if not (lemma in ("free", "release") or handing) or obj is None or obj.dep_ != "dobj" or not _captives(obj):
        return False
    done = verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    head = verb
    while head.dep_ == "conj":
        head = head.head
    conditional = head.dep_ != "ROOT" and any(t.lower_ in ("if", "unless", "once", "until") for t in
                                               verb.doc[verb.sent.start:verb.i])
    if not done or conditional or head.dep_ not in ("ROOT", "ccomp") or any(
            c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in ("could", "might", "may", "would", "should", "must")
            for c in verb.children):
        return False
    return any(party_of(c) for c in verb.children if c.dep_ == "nsubj")


_GIVING_WAY = frozenset({"cave", "give", "bow", "accede", "yield", "concede", "capitulate", "submit", "relent",
                         "succumb"})
_OBJECTIONS = frozenset({"objection", "objections", "opposition", "veto", "resistance", "reservation",
                         "reservations", "blockade"})


def _on_the_table(verb: Token) -> bool:
    """"put a new offer on the table", "laid its proposal on the table": a move tabled."""
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "table" for g in c.children)
               for c in verb.children)


_UNDOING = frozenset({"lifting", "removal", "release", "withdrawal", "return"})  # "expected the lifting of ..."
_DELIBERATING = frozenset({"consider", "study", "examine", "review", "see", "read", "digest", "weigh", "assess"})
_REVISING = frozenset({"lower", "reduce", "cut", "scale", "trim", "soften", "moderate", "raise", "increase",
                        "improve", "sweeten", "revise", "boost", "enhance", "up", "better", "narrow", "halve",
                        "double", "update", "amend"})
_FORCE = frozenset({"strike", "attack", "bomb", "shell", "retaliate", "respond", "hit", "invade", "fire", "target",
                    "escalate", "punish", "sanction", "expel", "arrest"})


_PARTS = {"centerpiece", "centrepiece", "heart", "core", "crux", "cornerstone", "element", "provision", "pillar",
          "priority", "part", "highlight", "feature", "point", "clause", "component"}


def _conditioned_refusal(clause: Token) -> bool:
    """A clause that rules something out under a condition: "unless X, there will be no deal",
    "as long as X, an agreement is not possible"."""
    if clause.lemma_ != "be":
        return False  # "X will not end the war until ..." is the refusal itself, read where it is said
    negated = any(c.dep_ == "neg" or c.lower_ in ("no", "never", "impossible", "nothing") for c in clause.children) \
        or any(c.lower_ in ("impossible",) for c in clause.subtree) or any(
            g.dep_ == "det" and g.lower_ == "no" for c in clause.children if c.dep_ in ("attr", "nsubj")
            for g in c.children)  # "there will be no deal", "there is nothing to discuss"
    condition = any(t.dep_ == "mark" and (t.lower_ in ("unless", "until", "while") or (
        t.lower_ == "as" and t.head.head.lower_ == "long")) for t in clause.subtree)
    return negated and condition


def while_not(verb: Token) -> bool:
    """"... while our soldiers are held", "until the army withdraws": the condition of a refusal."""
    for clause in verb.children:
        marks = {g.lower_ for g in clause.children if g.dep_ == "mark"}
        if clause.dep_ != "advcl" or not marks & {"while", "until", "unless"}:
            continue
        subject = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        if "while" in marks and subject is not None and party_of(subject):
            continue  # "..., while Kosovo committed to ...": a contrast between the sides, not a condition
        return True
    return False


_HELD_PEOPLE = frozenset({"soldier", "troop", "officer", "policeman", "guardsman", "sailor", "seafarer", "crew",
                          "fisherman", "civilian", "journalist", "reporter", "worker", "engineer", "doctor", "nurse",
                          "pilot", "missionary", "tourist", "national", "citizen", "fighter", "member"})


def _captives(noun: Token) -> bool:
    """Whether a noun phrase names prisoners, hostages or their bodies (a term the terms component found), or
    people a side held and now frees or hands over ("handed over six Angolan soldiers they had held")."""
    found = {m.index for m in noun.doc._.terms or [] if m.term in ("prisoner_release", "hostage_release")}
    return any(t.i in found for t in noun.subtree) or noun.lemma_.lower() in _HELD_PEOPLE and any(
        c.like_num or c.dep_ == "nummod" for c in noun.children)


def _nothing_less(verb: Token) -> bool:
    """"accept nothing less than", "settle for nothing short of": a floor stated, not an acceptance."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(o.lower_ in ("nothing", "anything") and any(g.lower_ in ("less", "short", "but") for g in o.subtree)
               for o in objects)


def will_not(verb: Token) -> bool:
    """"will not accept", "won't sign", "is not going to support": a refusal announced, not a denial."""
    holders = [verb] + ([verb.head] if verb.dep_ == "xcomp" and verb.head.lemma_ == "go" else [])
    negated = any(c.dep_ == "neg" for h in holders for c in h.children)
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "wo", "shall", "would", "could", "can", "ca", "cannot")
                 for c in verb.children) or len(holders) > 1
    return negated and future  # also "could not agree to it", "would not support", "cannot sign"


_ENVOYS = {"official", "representative", "delegate", "delegation", "negotiator", "envoy", "leader", "member",
           "minister", "team", "emissary"}


def _represented(subject: Token) -> list[Token]:
    """The subject's conjuncts, and for "officials of the ministry and the alliance" the sides they stand for."""
    if subject.lemma_.lower() not in _ENVOYS or subject.conjuncts:
        return list(subject.conjuncts)
    of = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"), None)
    return list(of.conjuncts) if of is not None else []


_UNSAID = {"detail", "details", "matter", "specific", "specifics", "content", "contents", "talks", "negotiation",
           "negotiations", "it", "this", "that", "them", "report", "reports", "case", "figure", "figures", "term",
           "terms", "amount", "sum", "number", "numbers"}


def _discussing_a_term(verb: Token) -> bool:
    """"refused to discuss the gasoline tax": a subject put on the table, not a question from reporters."""
    return verb.lemma_.lower() == "discuss" and any(
        c.dep_ == "dobj" and c.lower_ not in _UNSAID and c.lemma_.lower() not in _UNSAID for c in verb.children)


def _never(token: Token) -> bool:
    return any(c.lower_ == "never" for c in token.children) or any(
        c.lower_ == "never" for a in token.ancestors for c in a.children if a.pos_ in ("AUX",))



def _about_commentary(verb: Token) -> bool:
    """"rejected the accusations", "pushed back on Canada Post's criticism": a reply to words, not to terms."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "at")
                for g in c.children if g.dep_ == "pobj"]
    return bool(objects) and all(o.lemma_.lower() in _COMMENTARY for o in objects)


def _foretold_of_another(clause: Token, warning: Token) -> bool:
    """"The union warned that the company would try to break the strike": what another side would do."""
    holder = warning.head if warning.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in warning.children) \
        else warning  # "described the package as ..., and warned that ..."
    warner = next((party_of(c) for c in holder.children if c.dep_ == "nsubj"), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject._.party is not None and subject._.party != warner
