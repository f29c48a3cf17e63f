"""Party mentions found so far in one report: first come, first kept, with each party's kind."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc


class Mentions:
    """Party mentions found so far, first come first kept."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.items: list[tuple[int, int, str]] = []
        self.by_token: dict[int, str] = {}
        self.kinds: dict[str, str] = {}
        self.people: dict[str, str] = {}
        self.country_tokens: dict[int, str] = {}
        self.spellings: dict[str, str] = {}
        self.battlegrounds: set[str] = set()  # states only fought over: their army is the side

    def spelled(self, name: str) -> str:
        """One spelling per organisation: "the Canadian Union of Postal Workers" and "Canadian Union of ..."
        are the same party, named as the report first wrote it."""
        key = name.lower().removeprefix("the ")
        if key not in self.spellings:
            words = key.split()
            for known, spelled in self.spellings.items():
                shorter, longer = sorted((words, known.split()), key=len)
                if len(shorter) >= 2 and longer[:len(shorter)] == shorter:
                    return spelled  # "Canadian National" after "Canadian National Railway"
                if len(shorter) == 1 and len(longer) >= 2 and _short_of(shorter[0], longer):
                    if words is shorter:
                        return spelled  # "Hanseong" after "Hanseong Motor", "the Brigades" after "the Dawn Brigades"
                    if spelled.isupper() or self.kinds.get(spelled) == "state":
                        break  # "BMA" before "the BMA Junior Doctors Committee", "Kalindi's government" before
                        # "the Kalindi Patriotic Movement": initials and states stay themselves
                    self.rename(spelled, name)  # "the Brigades" before "the Dawn Brigades": the long name wins
                    self.spellings[known] = name
                    break
        return self.spellings.setdefault(key, name)

    def short_form(self, word: str) -> str | None:
        """The one organisation a single capitalised word begins or ends ("Hanseong" for "Hanseong Motor")."""
        named = {spelled for known, spelled in self.spellings.items()
                 if len(known.split()) >= 2 and _short_of(word.lower(), known.split())}
        return named.pop() if len(named) == 1 else None

    def add(self, start: int, end: int, canonical: str, kind: str, over_places: bool = False) -> None:
        """`over_places`: a name that holds a place named earlier ("the Armed Forces of Colombia") replaces it."""
        if over_places:
            inside = [m for m in self.items if start <= m[0] and m[1] <= end and self.kinds.get(m[2]) == "state"]
            for m in inside:
                self.items.remove(m)
                for i in range(m[0], m[1]):
                    self.by_token.pop(i, None)
        if any(i in self.by_token for i in range(start, end)):
            return
        self.items.append((start, end, canonical))
        for i in range(start, end):
            self.by_token[i] = canonical
        if kind == "state":
            self.country_tokens.update((i, canonical) for i in range(start, end))
        if kind != "person" or canonical not in self.kinds:
            self.kinds.setdefault(canonical, kind)

    def rename(self, old: str, new: str) -> None:
        """Every mention of one party now names another ("Abiy Ahmed" -> Ethiopia)."""
        self.items = [(s, e, new if c == old else c) for s, e, c in self.items]
        self.by_token = {i: new if c == old else c for i, c in self.by_token.items()}
        self.people = {k: new if v == old else v for k, v in self.people.items()}

    def learn_kind(self, party: str, kind: str) -> None:
        """"the league" said of an organisation of unknown kind: now we know what it is."""
        if self.kinds.get(party) == "organisation" and kind in ("union", "company", "group"):
            self.kinds[party] = kind

    def taken(self, i: int) -> bool:
        return i in self.by_token

    def at(self, i: int) -> str | None:
        return self.by_token.get(i)

    def country_at(self, i: int) -> str | None:
        return self.country_tokens.get(i)

    def latest(self, kind: str, before: int, loosely: bool = True, salient: bool = False) -> str | None:
        """The nearest party of a kind named before a token (then after it, for a report that starts vague);
        salient: the one named most so far, the nearest among equals ("the rebels" are the side in the talks,
        not a breakaway faction named once in passing)."""
        ordered = sorted(self.items)
        earlier = [m[2] for m in ordered if m[1] <= before and self.kinds.get(m[2]) == kind]
        later = [m[2] for m in ordered if m[0] > before and self.kinds.get(m[2]) == kind]
        loose = [m[2] for m in ordered if m[1] <= before and self.kinds.get(m[2]) == "organisation"]
        if earlier and salient:
            counts = Counter(earlier)
            return max(reversed(earlier), key=lambda name: counts[name])  # ties: the nearest
        if earlier:
            return earlier[-1]
        if loose and loosely and kind in ("company", "group"):
            return loose[-1]
        return later[0] if later else None

    def acts(self, party: str, doc: Doc) -> bool:
        """Whether a party is named as a doer (subject, possessor, modifier), not only as a place."""
        return any(c == party and doc[s:e].root.dep_ in ("nsubj", "nsubjpass", "poss", "compound", "amod", "appos",
                                                            "conj", "dobj")
                   for s, e, c in self.items)

    def main_country(self) -> str | None:
        counts = self.state_counts()
        return counts[0][0] if counts else None

    def state_counts(self) -> list[tuple[str, int]]:
        """The states named, most named first."""
        return Counter(c for _, _, c in self.items if self.kinds.get(c) == "state").most_common()


def _short_of(word: str, longer: list[str]) -> bool:
    """"brigades" of "dawn brigades", "hanseong" of "hanseong motor", "ilwu" of "ilwu canada"."""
    return word in (longer[0], longer[-1])
