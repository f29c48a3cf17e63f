"""The `detente_parties` component: who the negotiating parties are and what the report calls them.

Parties are discovered from the report itself, whatever the negotiation: organisations the entity
tagger finds, countries by name, capital or demonym (a gazetteer from a maintained package), acronyms
spelled out once ("the Rapid Support Forces (RSF)"), people tied to a party by a title, possessive or
apposition ("Ford CEO Jim Farley", "Shawn Fain, UAW's president"), and descriptions that refer back
("the union", "the rebels", "the government"); sides named by their role (a civil war's army, a caucus,
"the creditors") are found in `roles.py`. A pack may add names; it is never required.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .countries import gazetteer
from .lexicon import Pack, load_pack
from .mentions import Mentions
from .paragraphs import dateline_end
from .party_forms import (
    FACILITIES,
    bodies_within,
    called_name,
    inside_name,
    mediating_states,
    merge_acronyms,
    named_place,
    parents,
    the_other_organisation,
    titled_before,
    watching,
)
from .roles import armies, caucuses, executive_at_home, government_as_employer, leaders, rival_camps, unnamed_sides
from .sides import principals

_MILITARY = frozenset({"military", "army", "junta", "regime", "forces", "troops", "generals"})
# Words that refer back only to a party whose name they end: "the council", "the board", "the committee"
_NAMED_ONLY = frozenset({"council", "board", "committee", "forum", "confederation", "assembly", "chamber",
                         "institute", "bureau", "authority", "consortium", "syndicate", "network", "platform",
                         "fund", "bank", "foundation", "mission"})
_PEOPLE_OF = frozenset({"staff", "member", "members", "employee", "employees", "workers", "membership"})
_EMPLOYING_BODIES = frozenset({"council"})  # a side even when the report never names it
_VESSELS = frozenset({"ship", "vessel", "tanker", "freighter", "trawler", "yacht", "ferry", "frigate", "warship"})
_CARGO = frozenset({"bulk", "oil", "gas", "cargo", "container", "car", "aircraft", "ore", "lng", "crude"})
_EXECUTIVE = frozenset({"government", "administration", "cabinet", "executive", "presidency"})
_LEADING = {"lead", "led", "run", "control", "controlled", "dominate", "dominated", "rule", "ruled", "command",
            "commanded"}
_DETERMINERS = {"the", "a", "an", "its", "their", "this", "that"}
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9&\-]{1,11})\)")
_ARMED_GROUPS = frozenset({"rebel", "militant", "separatist", "jihadist", "insurgent", "guerrilla", "paramilitary",
                           "armed", "islamist", "dissident"})
_OFFICE_TITLES = frozenset({"minister", "secretary", "commissioner"})
_INSURGENT_WORDS = frozenset({"liberation", "revolutionary", "resistance", "mujahideen", "jihad", "rebels",
                              "guerrillas", "militia", "insurgents"})
_LOCAL = frozenset({"provincial", "regional", "local", "municipal", "county", "city", "state", "district",
                    "devolved", "territorial"})
_COMPASS = frozenset({"Western", "Eastern", "Northern", "Southern", "Central", "West", "East", "North", "South",
                      "Upper", "Lower", "Greater"})
_NAME_GLUE = {"of", "the", "and", "for", "de", "in", "'s", "’s", "'", "’", "&", "-"}  # "Workers' Union" too
_PORTFOLIOS = {"health", "defence", "defense", "foreign", "finance", "interior", "trade", "justice", "labour",
               "labor", "education", "economy", "transport", "energy", "treasury", "home", "environment",
               "agriculture", "security", "state", "culture", "housing", "industry", "commerce"}
_SEVERAL = {"both", "two", "three", "all", "warring", "rival", "opposing", "each"}
_OUTLAWS = {"gang", "gunman", "gunmen", "pirate", "kidnapper", "captor", "abductor", "bandit", "cartel", "rebel",
            "militant", "insurgent", "guerrilla", "jihadist", "separatist", "militia", "group"}
_POPULACE = {"voter", "protester", "demonstrator", "citizen", "resident", "people", "public", "civilian", "crowd",
             "family", "relative", "electorate", "student", "consumer", "taxpayer", "farmer", "shopper", "grower",
             "exporter", "importer", "trader", "fisherman", "fishermen", "motorist", "pensioner"}

if not Token.has_extension("party"):
    Token.set_extension("party", default=None)
    Doc.set_extension("parties", default=None)
    Doc.set_extension("party_mentions", default=None)
    Doc.set_extension("known_parties", default=None)
    Doc.set_extension("principals", default=None)
    Doc.set_extension("party_kinds", default=None)


class PartyFinder:
    """Marks every token that names a party with the party's canonical name."""

    def __init__(self, nlp: Language, pack: str) -> None:
        self.pack: Pack = load_pack(pack)
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.pack_descriptions = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.countries = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.adjectives: dict[str, str] = {}
        self.kind: dict[str, str] = {}
        self.capital_heads: dict[str, set[str]] = {}
        self.plain_names: set[str] = set()
        for canonical, spec in self.pack.parties.items():
            names = [canonical, *spec.get("names", [])]
            plain = [n for n in names if not n.lower().startswith("the ")]
            described = [n for n in names if n.lower().startswith("the ")]
            self.names.add(canonical, [nlp.make_doc(n) for n in plain])
            self.plain_names.update(plain)
            if described:
                self.pack_descriptions.add(canonical, [nlp.make_doc(n) for n in described])
            for adjective in spec.get("adjectives", []):
                self.adjectives[adjective] = canonical
            self.kind[canonical] = spec.get("kind", "state")
            for name in names:
                words = name.split()
                if len(words) >= 2 and words[-1][:1].isupper():  # "the Commission" of "European Commission"
                    self.capital_heads.setdefault(words[-1], set()).add(canonical)
        world = gazetteer()
        by_country: dict[str, list[str]] = {}
        for word, country in world.names.items():
            by_country.setdefault(country, []).append(word)
        for country, words in by_country.items():
            self.countries.add(country, [nlp.make_doc(w) for w in words])
        self.demonyms = {**world.demonyms, **self.adjectives}
        self.shared_demonyms = world.shared
        self.country_names = set(world.names.values())
        self.country_names_by_word = world.names
        self.descriptions = {w: kind for kind, words in self.pack.section("descriptions").items() for w in words}
        name_kinds = dict(self.pack.section("name_kinds"))
        self.employer_words = set(name_kinds.pop("employer", []))
        self.name_kinds = {w: kind for kind, words in name_kinds.items() for w in words}
        self.titles = self.pack.words("titles")
        self.role_words = self.pack.words("role_sides")
        self.executive_seats = set(self.pack.data.get("executive_seats", []))
        self.legislatures = set(self.pack.data.get("legislatures", []))
        self.political_parties = {form: plural for plural, forms in self.pack.section("political_parties").items()
                                  for form in [plural, *forms]}
        self.agreement_words = self.pack.words("moves", "agreement_nouns") | self.pack.words(
            "moves", "propose", "nouns") | {"protocol", "framework", "agenda", "declaration", "memorandum"}

    def __call__(self, doc: Doc) -> Doc:
        found = Mentions(doc)
        for matcher in (self.pack_descriptions, self.names):
            for match_id, start, end in sorted(matcher(doc), key=lambda m: (m[1], -(m[2] - m[1]))):
                canonical = doc.vocab.strings[match_id]
                found.add(start, end, canonical, self.kind.get(canonical, "state"))
        countries = [(start, end, doc.vocab.strings[match_id]) for match_id, start, end in self.countries(doc)
                     if end > dateline_end(doc, doc[start].sent.start)  # "NAIROBI, Kenya (AP) —" is a dateline
                     and not inside_name(doc, start, end)  # "President Sofia Brandt" is no Bulgarian
                     and not (start > 0 and doc[start - 1].text in _COMPASS)]  # "Western Australia" is a region
        for start, end, country in sorted(countries, key=lambda m: m[1] - m[0]):
            found.country_tokens.update((i, country) for i in range(start, end))  # the longest name wins
        self.acronyms(doc, found)
        caucuses(self, doc, found)
        for ent in doc.ents:
            if ent.label_ in ("ORG", "NORP", "GPE"):
                ent = _with_possessive_words(ent)
                whole = all(found.country_at(t.i) for t in ent if t.text[:1].isupper())
                for part in [ent] if whole else _joined_places(ent, found):
                    self.organisation(part, found)
        self.unlabelled_names(doc, found)
        for start, end, country in sorted(countries, key=lambda m: (m[0], m[0] - m[1])):
            found.add(start, end, country, "state")  # "Democratic Republic of Congo" before "Republic of Congo"
        for token in doc[:-1]:
            following = token.nbor(1)
            if (self.demonyms.get(token.text) or token.text in self.shared_demonyms) and self.community(following):
                people = following.text if following.text.endswith("s") else following.text + "s"
                found.add(token.i, token.i + 2, f"{token.text} {people}", "organisation")  # "Greek Cypriot leaders"
        for token in doc[:-1]:
            country = self.demonyms.get(f"{token.text} {token.nbor(1).text}")
            if country and not found.taken(token.i):
                found.add(token.i, token.i + 2, country, "state")  # "the Sri Lankan side", "South Korean officials"
        for token in doc:
            country = self.demonym(token)
            if country:
                found.add(token.i, token.i + 1, country, "state")
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                self.person(ent, found)
        self.surnames(doc, found)
        leaders(self, doc, found)
        armies(self, doc, found)
        rival_camps(doc, found)
        unnamed_sides(self, doc, found)
        parents(doc, found)
        self.refer_back(doc, found)
        titled_by_owner(doc, found)
        self.initials(doc, found)
        self.last_word(doc, found)
        self.without_suffix(doc, found)
        self.named_again(doc, found)
        mentions = merge_acronyms([(s, e, found.people.get(c, c)) for s, e, c in sorted(found.items)], found.kinds)
        mentions = self.as_written(doc, mentions, found.kinds)
        mentions = executive_at_home(self, doc, mentions, found)
        mentions = government_as_employer(doc, mentions, found)
        mentions = bodies_within(mentions, found.kinds)
        parties: dict[str, list[str]] = {}
        for start, end, canonical in mentions:
            for i in range(start, end):
                doc[i]._.party = canonical
            text = doc[start:end].text
            aliases = parties.setdefault(canonical, [])
            if text.lower() != canonical.lower() and text.lower() not in {a.lower() for a in aliases}:
                aliases.append(text)
        doc._.parties = parties
        doc._.party_mentions = mentions
        doc._.known_parties = sorted(parties)
        doc._.party_kinds = {name: found.kinds.get(name, "organisation") for name in parties}
        doc._.principals = principals(doc, mentions, frozenset(found.battlegrounds))
        return doc

    # ----- kinds of mention -----

    def acronyms(self, doc: Doc, found: Mentions) -> None:
        """"the Rapid Support Forces (RSF)": the long name and every later "RSF" are one party."""
        for match in _ACRONYM.finditer(doc.text):
            short = match.group(1)
            if sum(c.isupper() for c in short) < 2 or short.lower() in self.titles:
                continue
            paren = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if paren is None or paren.start == 0:
                continue
            start = end = paren.start
            if doc[end - 1].text in ("'s", "’s"):
                start = end = end - 1  # "the Maritime Alliance's (USMX) proposal"
            while start > paren.sent.start and (doc[start - 1].text[:1].isupper() or (
                    doc[start - 1].lower_ in _NAME_GLUE and start - 2 >= paren.sent.start
                    and doc[start - 2].text[:1].isupper()) or (  # "Union for the Defence of Ituri"
                    doc[start - 1].lower_ == "the" and start - 3 >= paren.sent.start
                    and doc[start - 2].lower_ in ("for", "of", "in") and doc[start - 3].text[:1].isupper()
                    and doc[start - 3].i != paren.sent.start)):
                start -= 1
            while start < end and doc[start].lower_ in _NAME_GLUE:
                start += 1
            long_words = [t for t in doc[start:end] if t.text[:1].isupper()]
            if any(t.like_num or (t.text.isupper() and len(t) > 4) for t in doc[start:end]):
                continue  # "MANILA, March 27 (PNW)": a dateline and its agency
            if len(long_words) < 2 and not (long_words and long_words[0].text[0] == short[0]) \
                    or end - start > 12:
                continue
            long_name = doc[start:end].text
            kind = self.kind_of_name(long_name)
            found.add(start, end, short, kind, over_places=True)  # "the United States Maritime Alliance (USMX)"
            pattern = rf"(?<![\w-])(?:{re.escape(short)}|{re.escape(long_name)})(?![\w-])"
            for other in re.finditer(pattern, doc.text):
                span = doc.char_span(other.start(), other.end(), alignment_mode="expand")
                if span is not None:
                    found.add(span.start, span.end, short, kind)

    def organisation(self, ent: Span, found: Mentions) -> None:
        """An organisation, armed group or place named by the entity tagger."""
        if len(ent) == 1 and ent.root.text in self.demonyms:
            return  # "an Emirati minister" tagged as an organisation: a demonym, read as its country
        if len(ent) == 1 and ent.root.dep_ == "poss" and self.descriptions.get(ent.root.head.lemma_.lower()) == "state":
            found.add(ent.start, ent.end, found.spelled(ent.text), "state")  # "Kalindi's government": a state
            return
        if ent.label_ == "NORP" and (ent.root.pos_ == "ADJ" or self.demonym(ent.root, anywhere=True)
                                     or ent.root.text in self.demonyms or ent.root.text[:-1] in self.demonyms
                                     or not ent.text[:1].isupper() or ent.root.tag_ not in ("NNPS", "NNP")):
            return
        role = ent.root
        while role.dep_ == "conj" and role.head.i != role.i:
            role = role.head  # "Esteria and Gorvia moved closer": both act
        speaks = role.dep_ == "poss" and (role.head.lower_ in self.titles or self.descriptions.get(
            role.head.lemma_.lower()) == "state")  # "Kosovo's deputy prime minister", "Kosovo's government"
        if ent.label_ == "GPE" and not (role.dep_ in ("nsubj", "nsubjpass") and role.head.pos_ == "VERB" or speaks):
            return  # a place where things happen, unless it acts
        if named_place(ent, role):
            return  # "fighting in Ituri", "the province of Ituri", "a region to be called Bangsamoro"
        if role.dep_ in ("compound", "nmod", "amod") and role.head.lemma_.lower() in FACILITIES:
            return  # "its Ulsan and Asan plants", "the Kerem Shalom crossing": a place, not a side
        if all(found.country_at(t.i) for t in ent if t.text[:1].isupper()):
            return  # "Kinshasa", "the United States": the gazetteer names the country
        if ent.label_ == "ORG" and ent.start > 0 and ent.doc[ent.start - 1].lower_ in self.titles \
                and all(t.pos_ == "PROPN" for t in ent) and 2 <= len(ent) <= 3:
            self.person(ent, found)  # "chancellor Olaf Scholz" tagged as an organisation: a person
            return
        if ent.label_ == "ORG" and ent.root.dep_ == "appos" and ent.root.head.lower_ in self.titles \
                and all(t.pos_ == "PROPN" for t in ent) and 2 <= len(ent) <= 3:
            self.person(ent, found)  # "the group's spokeswoman, Nadia Oruba": a person, whatever the tagger says
            return
        tokens = [t for t in ent if t.text not in ("'s", "’s", "'", "’")]
        while tokens and (tokens[0].lower_ in _DETERMINERS or tokens[0].pos_ in ("SCONJ", "CCONJ", "ADP")):
            tokens = tokens[1:]  # "Unless Chile ...": the tagger took the sentence's first word into the name
        while tokens and tokens[-1].pos_ in ("ADP", "CCONJ", "DET", "PART"):
            tokens = tokens[:-1]  # "the Front for Democratic Renewal in": the tagger took a preposition along
        dateline = ent.text.isupper() and ent.start == ent.sent.start and ent.end < len(ent.doc) \
            and ent.doc[ent.end].text in (",", "-", "—", ":") or ent.end <= dateline_end(ent.doc, ent.sent.start)
        if not tokens or dateline or (ent.text.isupper() and len(ent.text) > 6 and " " not in ent.text):
            return  # "NAIROBI, Kenya", "DOHA, QATAR -": a dateline, not a party
        name = ent.doc[tokens[0].i:tokens[-1].i + 1].text
        if len(name) < 2 or not name[0].isupper() or name.lower() in self.descriptions or name.lower() in self.titles:
            return
        if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in self.titles and (
                all(t.lower_ in _PORTFOLIOS | {"cabinet", "and"} for t in ent)
                or self.name_kinds.get(ent[-1].lower_) == "state" and ent.doc[ent.end].lower_ in _OFFICE_TITLES):
            return  # "Health Secretary", "Territorial Administration Minister": part of a title
        back = ent.start - 1
        while back > 0 and ent.doc[back].lower_ in _DETERMINERS:
            back -= 1
        if len(tokens) <= 2 and back >= 1 and ent.doc[back].lower_ == "of" and ent.doc[back - 1].lower_ in self.titles:
            return  # "Secretary of State", "Secretary of the Treasury": part of a title
        if tokens[-1].lower_ in self.agreement_words:
            return  # "the Windsor Framework", "the Minsk Protocol": an agreement, not a party
        modifiers = [c for c in ent.root.children if c.dep_ in ("compound", "amod", "poss") and c.i < ent.start]
        if ent.start > 0 and ent.doc[ent.start - 1].dep_ in ("compound", "amod", "poss", "nmod"):
            modifiers.append(ent.doc[ent.start - 1])  # "US Treasury Secretary": "US" modifies the title
        of = next((t.i for t in tokens if t.lower_ == "of"), None)
        before_of = [t for t in tokens if of is None or t.i < of]
        country = next((self.demonym(t, anywhere=True) or found.country_at(t.i) for t in [*modifiers, *before_of]
                        if self.demonym(t, anywhere=True) or found.country_at(t.i)), None)
        named_after = next((found.country_at(t.i) for t in tokens if of is not None and t.i > of
                            and found.country_at(t.i)), None)
        if country and (self.descriptions.get(ent.root.lower_) == "state" or self.kind_of_name(name) == "state") \
                or named_after and self.kind_of_name(ent.doc[tokens[0].i:of].text) == "state":
            found.add(ent.start, ent.end, country or named_after, "state")  # "the Government of Sudan"
            return  # but not "the Armed Forces of Colombia"
        if not country and self.kind_of_name(name) == "state" and len(self.only_country(ent.doc)) == 1:
            found.add(ent.start, ent.end, next(iter(self.only_country(ent.doc))), "state")
            return  # "the Treasury Department" of the one state the report names
        preceded = tokens[0].i > 0 and ent.doc[tokens[0].i - 1].lower_ == "the"
        heads_its_phrase = ent.root.dep_ not in ("compound", "amod", "nmod")
        article = "the " if preceded and heads_its_phrase and not name.isupper() else ""
        found.add(tokens[0].i, tokens[-1].i + 1, found.spelled(article + name), self.described_kind(ent)
                  or self.kind_of_name(name), over_places=named_after is not None)

    def only_country(self, doc: Doc) -> set[str]:
        """The countries a report names outside its dateline (one of them makes its ministries that state's)."""
        if doc.user_data.get("detente_countries") is None:
            named = {doc.vocab.strings[m] for m, s, e in self.countries(doc)
                     if e > dateline_end(doc, doc[s].sent.start)}
            named |= {self.demonyms[t.text] for t in doc if t.text in self.demonyms and t.dep_ in ("amod", "compound")}
            doc.user_data["detente_countries"] = named
        return doc.user_data["detente_countries"]

    def described_kind(self, ent: Span) -> str | None:
        """What the report calls an organisation beside its name: "the rebel group M23", "M23 rebels",
        "the train drivers' union GDL", "the carmaker Ford"."""
        root = ent.root
        near = [c for c in root.children if c.dep_ in ("compound", "appos", "amod") and c.i not in range(
            ent.start, ent.end)]
        if root.dep_ in ("compound", "appos") and root.head.i not in range(ent.start, ent.end):
            near.append(root.head)
        if ent.start > 0:
            near.append(ent.doc[ent.start - 1])
        for token in near:
            if _a_ship(token):
                return "vessel"  # "the hijacked bulk carrier Serafina Star", "the tanker Sea Lion": a ship, not a side
            kind = self.descriptions.get(token.lower_) or self.descriptions.get(token.lemma_.lower())
            if kind and watching(token):
                return "media"  # "the monitoring group Sahel Conflict Monitor": it counts, it does not negotiate
            if kind and kind != "state":
                return kind
        return None

    def unlabelled_names(self, doc: Doc, found: Mentions) -> None:
        """Capitalised names ending in an organisation word that the tagger missed: "the Dockers Guild"."""
        for token in doc:
            kind = self.name_kinds.get(token.lower_)
            if kind is None or kind == "media" or token.pos_ != "PROPN" or found.taken(token.i) \
                    or found.country_at(token.i) \
                    or not token.text[:1].isupper() or token.i == token.sent.start:
                continue
            start = token.i
            while start > token.sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
                    and doc[start - 1].dep_ in ("compound", "amod") and not found.taken(start - 1):
                start -= 1
            if start == token.i or token.i + 1 < len(doc) and doc[token.i + 1].lower_ in self.titles and (all(
                    t.lower_ in _PORTFOLIOS for t in doc[start:token.i]) or kind == "state" and doc[
                    token.i + 1].lower_ in _OFFICE_TITLES):
                continue  # "Health Cabinet Secretary", "Territorial Administration Minister": a title
            article = "the " if start > 0 and doc[start - 1].lower_ == "the" else ""
            found.add(start, token.i + 1, found.spelled(article + doc[start:token.i + 1].text), kind)

    def initials(self, doc: Doc, found: Mentions) -> None:
        """"CTU" in a report that named "the Chicago Teachers Union": the initials stand for the name."""
        by_initials = {}
        for name in {c for _, _, c in found.items}:
            words = [w for w in re.split(r"[\s\-]+", name) if w[:1].isupper()]
            if len(words) >= 2:
                by_initials.setdefault("".join(w[0] for w in words), name)
        for token in doc:
            if token.text in by_initials and not found.taken(token.i) and token.text.isupper():
                found.add(token.i, token.i + 1, token.text, found.kinds.get(by_initials[token.text], "organisation"))

    def named_again(self, doc: Doc, found: Mentions) -> None:
        """"SNCF said it could not ..." where the tagger missed "SNCF" this time: a party's own name, written
        again, is that party wherever it stands."""
        names = {doc[s:e].text: c for s, e, c in found.items
                 if found.kinds.get(c) not in ("person", "media") and doc[s:e].text[:1].isupper()
                 and len(doc[s:e].text) >= 2 and doc[s:e].text.lower() not in self.descriptions}
        for token in doc:
            party = names.get(token.text)
            if party and not found.taken(token.i) and (token.i == 0 or token.pos_ in ("PROPN", "NOUN", "X")):
                found.add(token.i, token.i + 1, party, found.kinds.get(party, "organisation"))

    def without_suffix(self, doc: Doc, found: Mentions) -> None:
        """"Kaarna" after "Kaarna Oyj", "Canada Post" after "Canada Post Corporation": a company's name without
        its legal form is the company."""
        short: dict[tuple[str, ...], str] = {}
        for start, end, canonical in found.items:
            words = [t.text for t in doc[start:end] if t.lower_ != "the"]
            if len(words) >= 2 and words[-1].lower().rstrip(".") in _LEGAL_FORMS | _TRADES and \
                    found.kinds.get(canonical) in ("company", "organisation") and \
                    " ".join(words[:-1]) not in self.demonyms and not found.country_at(start):
                short.setdefault(tuple(words[:-1]), canonical)  # not "Ethiopian" of "Ethiopian Airlines"
        for words, party in short.items():
            if found.kinds.get(" ".join(words)) == "person":
                found.rename(" ".join(words), party)  # "Kaarna" tagged as a person: the company
            n = len(words)
            for i in range(len(doc) - n + 1):
                if tuple(t.text for t in doc[i:i + n]) == words and not any(found.taken(k) for k in range(i, i + n)):
                    found.add(i, i + n, party, found.kinds.get(party, "company"))

    def last_word(self, doc: Doc, found: Mentions) -> None:
        """"the Fund" after "the International Monetary Fund (IMF)", "the Alliance", "the Front": the capitalised
        last word of exactly one party's long name, with "the", is that party."""
        by_last: dict[str, set[str]] = {}
        for start, end, canonical in found.items:
            words = [t for t in doc[start:end] if t.text[:1].isupper()]
            if len(words) >= 2 and words[-1].text.isalpha() and not words[-1].text.isupper():
                by_last.setdefault(words[-1].text, set()).add(canonical)
        for token in doc:
            named = by_last.get(token.text)
            if named and len(named) == 1 and not found.taken(token.i) and token.i > 0 \
                    and doc[token.i - 1].lower_ == "the" and token.text[:1].isupper():
                party = next(iter(named))
                found.add(token.i, token.i + 1, party, found.kinds.get(party, "organisation"))

    def demonym(self, token: Token, anywhere: bool = False) -> str | None:
        """"the Congolese army", "Armenian Prime Minister", "the Russians": the country."""
        text = token.text
        country = self.demonyms.get(text)
        if country is None and text in self.shared_demonyms:  # "Congolese" where the report names Kinshasa
            named = [c for c in self.shared_demonyms[text] if c in self.only_country(token.doc)]
            country = named[0] if len(named) == 1 else None
        if country is None and token.dep_ == "amod" and text[:1].isupper():
            country = self.country_names_by_word.get(text + "s")  # "the Philippine government"
        if country is None and token.tag_ in ("NNPS", "NNS") and text.endswith("s"):
            country = self.demonyms.get(text[:-1])
            counted = token.dep_ == "pobj" and (token.head.head.like_num or token.head.head.lower_ in (
                "thousands", "hundreds", "millions", "dozens", "many", "tens"))
            if counted or any(c.like_num for c in token.children):
                return None  # "hundreds of thousands of Israelis": people, not their state
            if country is not None and not anywhere and not any(c.dep_ == "det" for c in token.children):
                return None  # "Colombians rejected the deal" in a vote: the people; "the Russians said": the state
        if country is None:
            return None
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if following is not None and following.text in ("-", "–") and token.i + 2 < len(token.doc) and \
                token.nbor(2).lower_ in ("born", "american", "british"):
            return None  # "Brazilian-born soybean farmer Ernesto Klassen": where he was born, not a side
        if following is not None and self.community(following):
            return None  # "the Greek Cypriot side", "Bosnian Serb leaders": a community, not the state
        if anywhere or token.dep_ in ("amod", "compound", "nsubj", "nsubjpass", "pobj", "dobj", "poss", "conj"):
            return country
        return None

    def community(self, following: Token) -> bool:
        """The second word of "Greek Cypriot", "Bosnian Serb": another people's demonym (not "Saudi Arabian", one
        country's)."""
        word = following.text
        pair = f"{following.nbor(-1).text} {word}"
        return word[:1].isupper() and (word in self.demonyms or word.removesuffix("s") in self.demonyms) \
            and pair not in self.demonyms and pair.removesuffix("n") not in self.country_names_by_word

    def person(self, ent: Span, found: Mentions) -> None:
        """A person speaks for the party their title, possessive or apposition names, else for themselves."""
        if any(found.taken(t.i) for t in ent) or not ent.text[:1].isupper():
            return  # "out of the bush" tagged as a person: no name
        if ent.end <= dateline_end(ent.doc, ent.sent.start) or ent.text.isupper() and ent.start == ent.sent.start \
                and ent.end < len(ent.doc) and ent.doc[ent.end].text in (",", "-", "—", ":"):
            return  # "DOHA —" tagged as a person: a dateline
        role = ent.root
        while role.dep_ == "conj" and role.head.i != role.i:
            role = role.head
        if named_place(ent, role):
            return  # "fighting in Ituri", "the province of Ituri", "a region to be called Bangsamoro"
        if role.dep_ in ("compound", "nmod", "amod") and role.head.lemma_.lower() in FACILITIES:
            return  # "its Ulsan and Asan plants", whatever the tagger took the names for
        if len(ent) > 1 and self.demonyms.get(ent.text):
            found.add(ent.start, ent.end, self.demonyms[ent.text], "state")  # "Sri Lankan officials" taken
            return  # for a person: a two-word demonym, the country
        described = self.descriptions.get(ent.root.head.lemma_.lower()) if ent.root.dep_ == "appos" else None
        if described and _a_ship(ent.root.head):
            found.add(ent.start, ent.end, ent.text, "vessel")  # "the hijacked bulk carrier Serafina Star"
            return
        if described and described not in ("state", "union") and ent.root.head.tag_ == "NN":
            watcher = watching(ent.root.head)  # "the monitoring group Sahel Conflict Monitor" counts, not negotiates
            found.add(ent.start, ent.end, ent.text, "media" if watcher else described)  # "the group, Jamaat Nasr
            return  # al-Sahil": no person
        if len(ent) == 1 and ent.text.isupper() and len(ent.text) >= 3:
            found.add(ent.start, ent.end, ent.text, "organisation")  # "MLBPA" tagged as a person: initials
            return
        if len(ent) > 1 and ent[-1].lower_.rstrip(".") in _LEGAL_FORMS:
            found.add(ent.start, ent.end, ent.text, "company")  # "pulp maker Kaarna Oyj" tagged as a person
            return
        party = self.affiliation(ent, found) or titled_before(ent, found) or ministry_of(ent, found)
        if party is not None:
            found.kinds.setdefault(party, "organisation")  # "Veloria's president": Veloria is a side, not a person
        if party is None:
            surname = ent[-1].text
            words = [t for t in ent if t.text not in ("'s", "’s", "'", "’")]
            if not words:
                return
            owned_state = ent.root.dep_ == "poss" and self.descriptions.get(ent.root.head.lemma_.lower()) == "state"
            party = found.people.get(surname) or (found.short_form(ent.text) if len(ent) == 1 and not owned_state
                                                  else None) \
                or ent.doc[words[0].i:words[-1].i + 1].text  # "al-Furqan" kept whole; "Hanseong" the carmaker
        found.add(ent.start, ent.end, party, found.kinds.get(party, "person"))
        found.people.setdefault(ent[-1].text, party)
        names = [t for t in ent if t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.isalpha()]
        if len(names) >= 3:  # "Rodrigo Benítez Aquino", later "Benítez": a first surname is the name in use too
            found.people.setdefault(names[1].text, party)

    def affiliation(self, ent: Span, found: Mentions) -> str | None:
        inside = set(range(ent.start, ent.end))
        root = ent.root
        near = [t for t in root.subtree if t.i not in inside and t.i < ent.start and t.dep_ in (
            "compound", "amod", "poss", "nmod")]
        near += [g for t in near for g in t.subtree if g.i not in inside]
        for t in sorted(near, key=lambda t: t.i):  # "US Treasury Secretary X": the outermost names the side
            party = found.at(t.i) or found.country_at(t.i) or self.demonym(t, anywhere=True) or self.short_name(
                t, found)
            if party:
                return party
        for person in (root, *root.conjuncts):  # "X and Y, co-chairs of the BMA committee"
            for child in person.children:
                if child.dep_ == "appos":
                    party = _party_in(child, found)
                    if party:
                        return party
        if root.dep_ == "appos":
            party = _party_in(root.head, found, skip=inside)
            if party:
                return party
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "for", "from"):
                party = _party_in(child, found)
                if party:
                    return party
            if child.dep_ == "relcl" and child.lemma_.lower() in ("head", "lead", "chair", "represent", "run"):
                led = next((c for c in child.children if c.dep_ == "dobj"), None)  # "X, who heads the Thai team"
                party = _party_in(led, found) or self.demonym_in(led) if led is not None else None
                if party:
                    return party
        return self.described_after(ent, found) or self.described_owner(ent, near, found)

    def demonym_in(self, phrase: Token) -> str | None:
        """The country a demonym inside a phrase names: "the Thai delegation"."""
        return next((self.demonym(t, anywhere=True) for t in phrase.subtree if self.demonym(t, anywhere=True)), None)

    def described_owner(self, ent: Span, near: list[Token], found: Mentions) -> str | None:
        """"the group's spokeswoman, Nadia Oruba", "the union's president X": the party that description
        refers back to."""
        root = ent.root
        around = list(near) + (list(root.head.subtree) if root.dep_ == "appos" else [])
        for t in around:
            kind = self.descriptions.get(t.lower_) or self.descriptions.get(t.lemma_.lower())
            owned = t.dep_ == "poss" and any(c.lower_ == "the" for c in t.children)  # "the group's spokeswoman"
            titled = t.dep_ in ("compound", "amod") and t.text.islower() and t.head.lower_ in self.titles
            if kind and kind != "state" and (owned or titled) and t.i not in range(ent.start, ent.end):
                party = found.latest(kind, t.i)
                if party is not None:
                    return party
        return None

    def described_after(self, ent: Span, found: Mentions) -> str | None:
        """"Dr A and Dr B, co-chairs of the BMA committee, said": the title after the names, read off the words
        where the parse went astray (the tokenizer splits "co-chairs")."""
        doc, k = ent.doc, ent.end
        limit = min(len(doc), ent.end + 8)
        while k < limit and doc[k].text != ",":  # past "and Dr B"
            if doc[k].pos_ == "VERB" or doc[k].text in (".", ";", ":"):
                return None
            k += 1
        words = doc[k + 1:min(len(doc), k + 10)]
        for i, t in enumerate(words):
            if t.text in (",", ".", ";") or t.pos_ in ("VERB", "AUX"):
                return None
            if t.lower_ in ("of", "for", "at") and i > 0 and any(w.lower_ in self.titles or w.lower_.rstrip("s") in
                                                                 self.titles for w in words[:i]):
                return next((found.at(w.i) for w in words[i + 1:] if found.at(w.i)), None)
        return None

    def short_name(self, token: Token, found: Mentions) -> str | None:
        """"League leader Sofie Dahl" after "the Agrarian League": the one party whose name ends in that word."""
        if not token.text[:1].isupper() or token.lower_ in self.titles:
            return None
        named = {c for _, _, c in found.items if len(c.split()) >= 2 and c.split()[-1] == token.text}
        return named.pop() if len(named) == 1 else None

    def surnames(self, doc: Doc, found: Mentions) -> None:
        """"Scholz" after "Chancellor Olaf Scholz", whatever the tagger made of it: the same person."""
        for token in doc:
            party = found.people.get(token.text)
            if party and token.pos_ == "PROPN" and not found.taken(token.i) and token.text[:1].isupper():
                found.add(token.i, token.i + 1, party, found.kinds.get(party, "person"))



    def named_descriptions(self, doc: Doc, found: Mentions) -> None:
        """A description given its name: "the rebel coalition, the Union for the Defence of Ituri (UDI)", "the
        gang, known as Baz Lakou Wouj", "a militia called the Lions of Tibesti", "the group, which calls itself
        ..." (named even where the tagger missed the name). Read first, so that the same description earlier in
        the report is that party too."""
        for token in doc:
            kind = self.descriptions.get(token.lower_) or self.descriptions.get(token.lemma_.lower())
            if kind is None or found.taken(token.i) or token.pos_ not in ("NOUN", "PROPN"):
                continue
            if _a_ship(token):
                continue  # "the hijacked bulk carrier Serafina Star": a ship, not a company
            party = next((found.at(c.i) for c in token.children if c.dep_ == "appos" and found.at(c.i)), None)
            called = called_name(token) if party is None else None
            if called is not None and (found.at(called.i) or called.text[:1].isupper()):
                party = found.at(called.i)
                if party is not None and found.kinds.get(party) == "person":
                    found.kinds[party] = kind  # "the group, which calls itself Ansar al-Rovuma", tagged a person
                if party is None:
                    start = called.left_edge.i + (called.left_edge.lower_ == "the")
                    party = found.spelled(doc[start:called.right_edge.i + 1].text)  # as the tagger named it later
                    found.add(start, called.right_edge.i + 1, party, kind)
            if party is not None:
                found.learn_kind(party, kind)
                found.add(token.i, token.i + 1, party, found.kinds.get(party, kind))
            elif kind == "group" and token.tag_ == "NNS":  # "fighters of Ansar al-Liptako": a group, whatever
                owner = next((found.at(g.i) for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                              for g in c.children if g.dep_ == "pobj" and found.at(g.i)), None)  # the tagger said
                if owner is not None and found.kinds.get(owner) in ("person", "organisation"):
                    found.kinds[owner] = "group"

    def refer_back(self, doc: Doc, found: Mentions) -> None:
        """"the union", "the rebels", "the government": the latest party of that kind, or the report's one."""
        self.named_descriptions(doc, found)
        mediating: set[str] | None = None
        for token in doc:
            kind = self.descriptions.get(token.lower_) or self.descriptions.get(token.lemma_.lower())
            if kind is None and token.lemma_.lower() in _NAMED_ONLY and not found.taken(token.i) and any(
                    c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" for c in token.children):
                named = self.named_for(token, found)  # "the council" after "the Caribbean Cricket Council"
                if named is None and token.lemma_.lower() in _EMPLOYING_BODIES and not any(
                        c.dep_ == "poss" for c in token.children) and not any(
                        _head_word(doc[s:e]) in (token.lower_, token.lower_ + "s") for s, e, _ in found.items):
                    named = "the " + token.lemma_.lower()  # "the city council" of a report that never names it
                    found.kinds.setdefault(named, "organisation")
                if named is not None:
                    found.add(token.i, token.i + 1, named, found.kinds.get(named, "organisation"))
                continue
            if kind is None or found.taken(token.i) or token.pos_ not in ("NOUN", "PROPN"):
                continue
            known = {c for _, _, c in found.items} & self.capital_heads.get(token.text, set())
            if token.i > token.sent.start and token.text[:1].isupper() and len(known) == 1 and any(
                    c.lower_ == "the" for c in token.children):
                found.add(token.i, token.i + 1, known.pop(), kind)  # "the Commission" where the EU is a side
                continue
            if kind == "state" and token.lemma_.lower() in ("coalition", "alliance") and any(
                    found.kinds.get(c) == "group" and s < token.i for s, _, c in found.items):
                kind = "group"  # "the coalition" in a report about a rebel coalition named before
            if kind == "state" and any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _ARMED_GROUPS and not (
                    c.lower_ == "armed" and token.lemma_.lower() in ("force", "forces")) for c in token.children):
                kind = "group"  # "the rebel coalition": an armed group, though "the armed forces" are the state
            if token.tag_ == "NNS" and any(c.lower_ in _SEVERAL for c in token.children):
                continue  # "the two countries", "both governments": every side, not the latest one
            if token.dep_ == "compound" and token.head.i == token.i + 1 and (
                    self.descriptions.get(token.head.lower_) or self.descriptions.get(token.head.lemma_.lower())):
                continue  # "the main union alliance": the alliance is the party, "union" only says what kind
            if self.titled_by_description(token, kind, found):
                continue
            leader = self.led_by(token, found)
            if leader is not None:  # "the Saudi-led coalition", "the Houthi-run government": the one leading it
                found.add(token.i, token.i + 1, leader, found.kinds.get(leader, kind))
                continue
            named_by = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == token.i - 1
                        and c.text[:1].isupper() and not found.taken(c.i) and not self.demonym(c, True)
                        and not found.country_at(c.i)
                        and c.i > max(c.sent.start, dateline_end(doc, c.sent.start))]  # not "Voice actors" opening it
            if named_by and kind != "state":  # "the M23 rebels", "the Baz Lakou gang": the name is the party
                first = named_by[0].i
                while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].pos_ == "PROPN" and \
                        doc[first - 1].text[:1].isupper() and not found.taken(first - 1):
                    first -= 1
                found.add(first, token.i, doc[first:token.i].text, kind)
            modifiers = [found.at(c.i) or self.demonym(c, True) for c in token.children
                         if c.dep_ in ("compound", "poss", "amod", "nmod") and (found.at(c.i) or self.demonym(c, True))]
            if modifiers and (kind == "state" or any(found.kinds.get(m) != "state" for m in modifiers)):
                continue  # "the UAW union", "Sudan's army": named by its modifier
            if modifiers:  # "Savaria's largest union", "the Polish carmaker": one of the country's own
                party = found.latest(kind, token.i)
                if party is not None and found.kinds.get(party) != "state":
                    found.add(token.i, token.i + 1, party, found.kinds.get(party, kind))
                continue
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
                continue  # "the government of X" names X through its object
            if any(c.dep_ in ("amod", "compound") and c.text[:1].isupper() and c.i != c.sent.start
                   for c in token.children):
                continue  # "the Congolese army": a name we cannot place is better left unresolved
            det = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
            if token.dep_ == "compound" and token.head.pos_ == "NOUN":  # "the union leadership"
                det |= {c.lower_ for c in token.head.children if c.dep_ == "det"}
            if not det and token.dep_ == "compound" and token.lemma_.lower() in _EXECUTIVE | _MILITARY:
                det = {"the"}  # "Government negotiators", "army officers": the government's, the army's
            plural_bare = not det and token.tag_ in ("NNS", "NNPS") and not any(c.like_num for c in token.children)
            collective = not det and token.lower_ == "management"  # "Management offered 6 per cent"
            owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
            if owner is not None and kind == "state":
                if owner.pos_ == "PROPN" and owner.text[:1].isupper() and not found.taken(owner.i):
                    found.add(owner.i, owner.i + 1, owner.text, "state")  # "Kalindi's government": a state
                    found.add(token.i, token.i + 1, owner.text, "state")
                continue
            if owner is not None and owner.pos_ == "NOUN" and owner.tag_ == "NNS" and token.tag_ == "NNS" \
                    and not found.at(owner.i):
                continue  # "Spanish growers' associations": the growers' own bodies, not a side named before
            possessed = owner is not None
            countries = [c for c, _ in found.state_counts() if c in self.country_names]
            if kind == "state" and countries and any(c.lower_ in ("federal", "central", "national")
                                                     for c in token.children):
                found.add(token.i, token.i + 1, countries[0], "state")  # "the federal government", not the
                continue  # "Kurdistan Regional Government" whose name also ends in "government"
            named = self.named_for(token, found)
            if named is not None and det & {"the", "its", "their"}:  # "the association" after "the West Gulf
                found.add(token.i, token.i + 1, named, found.kinds.get(named, kind))  # Terminal Operators Association"
                continue
            opening = token.sent.start == 0 or token.i < 40
            if det & {"a", "an"} and token.dep_ in ("nsubj", "nsubjpass") and opening:
                # "A union representing 9,000 dockworkers rejected ...": the party the report names later
                party = found.latest(kind, token.i, loosely=False)
                if party is not None and found.kinds.get(party) == kind:
                    found.add(token.i, token.i + 1, party, kind)
                continue
            if not (det & {"the", "its", "their"} or plural_bare or collective or possessed):
                continue
            party = found.latest(kind, token.i, loosely=not plural_bare, salient=kind in ("group", "union"))
            if party is None and kind in ("group", "union"):
                later = {c for s, _, c in found.items if s > token.i and found.kinds.get(c) == kind}
                party = later.pop() if len(later) == 1 else None  # "Insurgents in Cabo Delgado have released
                # three workers" in the lead, the group named only further on
            family = _MILITARY if token.lemma_.lower() in _MILITARY else _EXECUTIVE
            if kind == "state" and token.lemma_.lower() in family:
                party = self.owning_state(doc, token, found, family) or party  # "Myanmar's military government"
            if kind == "state" and party is not None and mediating is None:
                mediating = mediating_states(doc, found)  # once a report, when first needed
            if kind == "state" and party is not None and party in mediating:
                party = self.owning_state(doc, token, found, family) or next(  # "the government" is not the
                    (c for c, _ in found.state_counts() if c not in mediating), party)  # mediator's
            if party is None and kind == "state":
                party = found.main_country()
            if kind == "state" and party is not None and not found.acts(party, doc):
                party = "the " + token.lower_  # only a place so far: "the government" stays itself
            if party is None and kind == "union":
                party = the_other_organisation(found)  # "MLB" against "MLBPA", later "the union"
            if party is None and kind in ("union", "company") and token.lower_ in ("union", "employers", "management"):
                # "the union" of a report that never names it, named as every report writes it
                party = token.text.capitalize() if token.lower_ == "management" else "the " + token.lower_
            if party is None and kind == "group" and "the" in det and token.i < 60:
                words = [c.lower_ for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i
                         and c.text.islower()]  # a group the report never names: "the rebel coalition"
                party = " ".join(["the", *words, token.lower_])
            if party is not None and party in {found.at(c.i) for c in token.conjuncts}:
                party = _another(found, kind, token.i, party)  # "the party and the opposition alliance": two sides
            if party is None:
                continue
            if token.i + 1 < len(doc) and doc[token.i + 1].text in ("-", "–"):
                continue  # "a staff-level agreement", "union-backed": a word of a compound, no one referred to
            if token.dep_ in ("nsubj", "nsubjpass", "poss", "appos") and not (
                    token.lemma_.lower() in _PEOPLE_OF and any(c.dep_ in ("poss", "compound") for c in token.children)):
                found.learn_kind(party, kind)  # a description that acts tells the kind; not "IMF staff", nor "the
                # 2028 issue among the worst performers"
            found.add(token.i, token.i + 1, party, found.kinds.get(party, kind))

    def titled_by_description(self, token: Token, kind: str, found: Mentions) -> bool:
        """"Union president Shawn Fain", "Airline chairman Federico Arrieta": a person whose title names no
        party but a description of one speaks for the party the description refers to."""
        title = token.head
        if token.dep_ != "compound" or title.i != token.i + 1 or title.lower_ not in self.titles \
                or title.dep_ != "compound" or kind == "state":
            return False
        person = found.at(title.head.i)
        if person is None or found.kinds.get(person) != "person":
            return False
        party = self.named_for(token, found) or found.latest(kind, token.i, salient=True)
        if party is None or found.kinds.get(party) in ("person", "media"):
            return False
        found.rename(person, party)
        found.add(token.i, token.i + 1, party, found.kinds.get(party, kind))
        return True

    def owning_state(self, doc: Doc, token: Token, found: Mentions, family: frozenset[str]) -> str | None:
        """... later "the junta", "the military's delegation": the state whose military (or government) was
        named before, not the state named last (a mediator's, a guarantor's). Not in a civil war, where the
        army is a side."""
        for earlier in reversed(doc[:token.i]):
            if earlier.lemma_.lower() not in family or any(c.lower_ in _LOCAL for c in earlier.children):
                continue  # "Punjab's provincial government" is not "the government" of the talks
            for holder in (earlier, earlier.head):
                for child in holder.children:
                    if child.dep_ in ("poss", "compound", "amod") and child.i < earlier.i:
                        owner = found.at(child.i) or found.country_at(child.i)
                        if owner and found.kinds.get(owner) == "state" and owner not in found.battlegrounds:
                            return owner
        return None

    def named_for(self, token: Token, found: Mentions) -> str | None:
        """"the association", "the federation", "the commission": the one party whose name ends in that word."""
        word = token.lower_
        plurals = {word, word + "s", word[:-1] + "ies" if word.endswith("y") else word}  # "Harvest Light Ministries"
        named = {c for s, e, c in found.items if e - s >= 2 and _head_word(token.doc[s:e]) in plurals
                 and found.kinds.get(c) != "parent" and s < token.i}  # named before it, not a rival named later
        return named.pop() if len(named) == 1 else None

    def led_by(self, token: Token, found: Mentions) -> str | None:
        """"the Saudi-led coalition", "the Hamas-run ministry": the party that leads it. Not "US-backed
        forces" or "Iran-aligned militias": those are sides of their own."""
        for child in token.children:
            if child.dep_ in ("amod", "compound") and child.lemma_.lower() in _LEADING:
                for named in child.children:
                    if named.dep_ in ("npadvmod", "compound", "nmod") and named.i < child.i:
                        party = found.at(named.i) or self.demonym(named, anywhere=True)
                        if party is not None:
                            return party
        return None

    def as_written(self, doc: Doc, mentions: list[tuple[int, int, str]],
                   kinds: dict[str, str]) -> list[tuple[int, int, str]]:
        """A pack party is named as this report names it ("EU", "UN", "White House") when the report never
        writes the pack's own name; the pack's other names stay its aliases."""
        written: dict[str, Counter] = {}
        for start, end, canonical in mentions:
            if canonical in self.kind:
                text = doc[start:end].text
                if text in self.plain_names and not any(t.ent_type_ == "PERSON" for t in doc[start:end]):
                    written.setdefault(canonical, Counter())[text] += 1
        rename = {}
        for canonical, forms in written.items():
            if canonical not in forms and canonical not in self.country_names:  # "Moscow" stays Russia
                rename[canonical] = max(forms, key=lambda f: (forms[f], len(f)))
                kinds.setdefault(rename[canonical], kinds.get(canonical, "state"))
        return [(s, e, rename.get(c, c)) for s, e, c in mentions]

    def kind_of_name(self, name: str) -> str:
        words = [w.lower().strip(".,'’") for w in re.split(r"[\s\-]+", name)]
        if any(w in self.employer_words for w in words):
            return "company"  # "the BC Maritime Employers Association" bargains for the employers
        if any(w in _INSURGENT_WORDS for w in words):
            return "group"  # "the Ambazonia Liberation Alliance": an armed movement, whatever its last word
        if len(words) >= 2 and words[-1] == "union" and words[-2].endswith("an"):
            return "international"  # "the African Union", "the Eurasian Economic Union": states, not workers
        members = any(w.endswith(("s'", "s’")) for w in name.split())  # "the Resident Physicians' Council"
        for word in reversed(words):
            if word == "agency" and len(words) > 2:
                continue  # "the International Atomic Energy Agency" is no news agency, unlike "Anadolu Agency"
            if word in self.name_kinds:
                kind = self.name_kinds[word]
                return "organisation" if kind == "state" and members else kind  # a members' body, not a state's
        return "organisation"


def ministry_of(ent: Span, found: Mentions) -> str | None:
    """"Education Minister Rosa Huaman" where the report names "the Education Ministry": the minister is that
    ministry's side."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ != "minister":
        return None
    portfolio = doc[ent.start - 2].text
    if not portfolio[:1].isupper() or portfolio.lower() in ("prime", "foreign", "deputy"):
        return None  # "Prime Minister X" heads a government, not a ministry; "Foreign Minister" of any state
    names = {f"{portfolio} Ministry".lower(), f"Ministry of {portfolio}".lower()}
    owners = {c for s, e, c in found.items if any(n in doc[s:e].text.lower() for n in names)}
    return owners.pop() if len(owners) == 1 else None


def titled_by_owner(doc: Doc, found: Mentions) -> None:
    """"The council's deputy leader, Sanjay Mistry": a person whose title's owner became a party only when
    descriptions were read ("the council") speaks for that party, not for themselves."""
    for ent in doc.ents:
        party = found.at(ent.start)
        if ent.label_ != "PERSON" or party is None or found.kinds.get(party) != "person":
            continue
        root = ent.root
        title = root.head if root.dep_ == "appos" else next((c for c in root.children if c.dep_ == "appos"), None)
        owner = next((c for c in title.children if c.dep_ == "poss"), None) if title is not None else None
        side = found.at(owner.i) if owner is not None else None
        if side is not None and side != party and found.kinds.get(side) != "person":
            found.people[party] = side


def _another(found: Mentions, kind: str, at: int, besides: str) -> str | None:
    """The nearest other party of a kind, named before a token or else after it."""
    ordered = [(s, c) for s, _, c in sorted(found.items) if found.kinds.get(c) == kind and c != besides]
    earlier = [c for s, c in ordered if s < at]
    later = [c for s, c in ordered if s > at]
    return earlier[-1] if earlier else (later[0] if later else None)


def _head_word(name: Span) -> str:
    """The word a name is "the ..." by: its last, or the one before its first "for" or "of" ("the Civic
    Alliance for Change" is "the alliance", "the Front for Democratic Renewal" "the front")."""
    joint = next((t.i for t in name[1:] if t.lower_ in ("for", "of")), None)
    return name.doc[joint - 1].lower_ if joint is not None else name[-1].lower_


def _a_ship(description: Token) -> bool:
    return description.lemma_.lower() in _VESSELS or description.lower_ == "carrier" and any(
        c.lower_ in _CARGO for c in description.children)


def _party_in(token: Token, found: Mentions, skip: set[int] | None = None) -> str | None:
    for t in token.subtree:
        if skip and t.i in skip:
            continue
        party = found.at(t.i)
        if party:
            return party
    return None


_NAMED_PEOPLE = frozenset({"women", "men", "people", "workers", "players", "teachers", "nurses", "doctors", "children",
                           "farmers", "pilots", "employees", "miners", "dockers", "drivers", "writers", "actors"})
_TRADES = frozenset({"resources", "holdings", "group", "industries", "minerals", "mining", "motors", "electronics",
                     "airlines", "airways", "maritime", "shipping", "petroleum", "steel", "logistics"})
_LEGAL_FORMS = frozenset({"ab", "ag", "oyj", "oy", "asa", "as", "sa", "spa", "nv", "bv", "plc", "inc", "ltd", "llc",
                          "corp", "corporation", "gmbh", "co", "kk", "bhd", "pty", "srl", "sas", "limited"})


def _with_possessive_words(ent: Span) -> Span:
    """"the Premier Women's Basketball League" tagged as "Basketball League": a name whose words include a
    plural possessive ("Women's", "Players'") and the capitalised words before it."""
    doc, start = ent.doc, ent.start
    while start >= 2 and doc[start - 1].text in ("'s", "’s", "'", "’") and doc[start - 2].text[:1].isupper() \
            and doc[start - 2].lower_ in _NAMED_PEOPLE:
        start -= 2
        while start >= 1 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN") \
                and doc[start - 1].i > doc[start - 1].sent.start:
            start -= 1
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_)


def _joined_places(ent: Span, found: Mentions) -> list[Span]:
    """"Chisinau and Tiraspol" tagged as one place or organisation: two names, each read on its own."""
    joint = next((t for t in ent if t.lower_ == "and" and t.i > ent.start), None)
    if joint is None or joint.i + 1 >= ent.end or len(ent) > 5 or not ent.doc[joint.i + 1].text[:1].isupper():
        return [ent]
    if ent.label_ != "GPE" and not any(found.country_at(t.i) for t in ent):
        return [ent]  # "Procter and Gamble"; "Bosnia and Herzegovina" is one country, which the gazetteer names
    return [Span(ent.doc, ent.start, joint.i, label=ent.label_), Span(ent.doc, joint.i + 1, ent.end, label=ent.label_)]


def party_of(token: Token, depth: int = 2) -> str | None:
    """The party a noun phrase stands for: the token itself, or its modifiers
    ("Qatar's prime minister", "Hamas officials", "the office of Netanyahu")."""
    if token._.party:
        return token._.party
    if depth == 0 or token.lemma_.lower() in _POPULACE:
        return None  # "Colombian voters", "Israeli protesters": people, not their side
    if any(c.dep_ == "amod" and c.lower_ in ("close", "familiar", "briefed", "knowledgeable") for c in token.children):
        return None  # "officials close to the talks on Ethiopia's war": sources, not a side
    if token.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ in ("rival", "warring", "opposing")
                                   for c in token.children):
        return None  # "Libya's rival administrations": the sides within it, not Libya
    for child in token.children:
        if child.dep_ in ("compound", "poss", "amod", "nmod", "appos", "flat") and child._.party:
            if child.dep_ in ("amod", "compound") and token.lemma_.lower() in _OUTLAWS and \
                    token.doc._.party_kinds.get(child._.party) == "state":
                continue  # "a Haitian gang", "Somali pirates": of that country, not its side
            return child._.party
    for child in token.children:
        if child.dep_ in ("compound", "poss", "appos", "nmod"):
            found = party_of(child, depth - 1)
            if found:
                return found
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() == "represent":
            represented = next((g for g in child.children if g.dep_ == "dobj"), None)
            found = party_of(represented, depth - 1) if represented is not None else None
            if found:  # "the committee representing the bondholders": them
                return found
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    found = party_of(grandchild, depth - 1)
                    if found:
                        return found
    return None


@Language.factory("detente_parties", default_config={"pack": "ceasefire"})
def make_party_finder(nlp: Language, name: str, pack: str) -> PartyFinder:
    return PartyFinder(nlp, pack)
