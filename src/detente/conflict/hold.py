"""What would make a deal hold: the fewest edits to the DMs' prioritised statements that make a
target state an equilibrium.

An edit is one of: move a statement to another place in its DM's list, drop
a statement, or add a new one — an option of the model or its negation, at
any place (adding the negation of a statement the DM holds reverses it). The
search tries every single edit, then every pair of edits by two DMs, and so
on, so the first changes found are the fewest; among those, the ones that
shift priorities least come first. Each candidate is analysed by the engine
(only the changed DMs' payoffs are recomputed), so every answer is exact.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from itertools import combinations

from ..errors import ModelError
from .analysis import Analysis
from .expressions import parse
from .model import Conflict, Evidence, Preference, Statement
from .preferences import payoffs
from .stability import CONCEPTS, Stability
from .states import decimal_of

MAX_RESULTS = 10


@dataclass(frozen=True)
class Edit:
    """One change to one DM's list of statements."""

    dm: str
    kind: str  # "move", "drop", "add", or "reverse" (a statement replaced by its negation)
    statement: str
    position: int  # where it ends up (move, add) or was (drop), from 0 = most important
    anchor: str | None  # the statement it now sits above (or below, when last)
    below: bool = False
    evidence: tuple[Evidence, ...] = ()

    def words(self) -> str:
        where = (f"below `{self.anchor}`" if self.below else f"above `{self.anchor}`") if self.anchor else \
            "as its only priority"
        if self.kind == "move":
            return f"{self.dm} ranks `{self.statement}` {where}"
        if self.kind == "drop":
            return f"{self.dm} drops `{self.statement}` from its priorities"
        if self.kind == "reverse":
            opposite = self.statement[1:] if self.statement.startswith("-") else f"-{self.statement}"
            return f"{self.dm} wants `{self.statement}` instead of `{opposite}`, ranked {where}"
        return f"{self.dm} adds `{self.statement}` {where}"


@dataclass(frozen=True)
class Change:
    """A set of edits that makes the target an equilibrium, and the model it gives."""

    edits: tuple[Edit, ...]
    conflict: Conflict

    @property
    def size(self) -> int:
        return len(self.edits)

    def words(self, target: str, concept: str) -> str:
        from .stability import CONCEPT_NAMES

        return (f"{target} holds under {CONCEPT_NAMES[concept]} if " +
                "; and ".join(e.words() for e in self.edits))


def _edits_for(conflict: Conflict, dm: str) -> list[tuple[Edit, tuple[Statement, ...]]]:
    """Every single edit of one DM's statements, with the list it gives."""
    pref = conflict.preference(dm)
    if pref.ranking is not None:
        return []
    stmts = list(pref.statements)
    out = []

    def placed(lst: list[Statement], pos: int) -> tuple[str | None, bool]:
        if len(lst) == 1:
            return None, False
        return (lst[pos + 1].text, False) if pos + 1 < len(lst) else (lst[pos - 1].text, True)

    for p, st in enumerate(stmts):
        for q in range(len(stmts)):
            if q == p:
                continue
            lst = stmts[:p] + stmts[p + 1:]
            lst.insert(q, st)
            anchor, below = placed(lst, q)
            out.append((Edit(dm, "move", st.text, q, anchor, below, st.evidence), tuple(lst)))
        lst = stmts[:p] + stmts[p + 1:]
        out.append((Edit(dm, "drop", st.text, p, None, False, st.evidence), tuple(lst)))
    names = conflict.option_names
    existing = {str(s.expression) for s in stmts}
    for name in names:
        option = conflict.option(name)
        for text, opposite in ((name, f"-{name}"), (f"-{name}", name)):
            expr = parse(text, set(names))
            if str(expr) in existing:
                continue  # already a statement: moving it is a move
            st = Statement(expr, text, option.evidence)
            flipped = [k for k, s in enumerate(stmts) if str(s.expression) == str(parse(opposite, set(names)))]
            base = stmts[:flipped[0]] + stmts[flipped[0] + 1:] if flipped else stmts
            kind = "reverse" if flipped else "add"
            for q in range(len(base) + 1):
                lst = base[:q] + [st] + base[q:]
                anchor, below = placed(lst, q)
                evidence = option.evidence + (stmts[flipped[0]].evidence if flipped else ())
                out.append((Edit(dm, kind, text, q, anchor, below, evidence), tuple(lst)))
    return out


def _with(conflict: Conflict, lists: dict[str, tuple[Statement, ...]]) -> Conflict:
    prefs = tuple(Preference(p.dm, lists[p.dm], None, p.evidence) if p.dm in lists else p
                  for p in conflict.preferences)
    return dataclasses.replace(conflict, preferences=prefs)


class _Checker:
    """Is the target an equilibrium of a model whose statements changed? Reuses the state space and
    the unchanged DMs' payoffs, and stops at the first DM for whom the target is unstable."""

    def __init__(self, analysis: Analysis, target: int, concept: str) -> None:
        self.base, self.target, self.concept = analysis, target, concept
        self.order = sorted(range(len(analysis.dm_names)),
                            key=lambda d: bool(analysis.stability.of(concept, d)[target]))

    def holds(self, lists: dict[str, tuple[Statement, ...]]) -> bool:
        b = self.base
        pays = list(b.payoffs)
        for dm, lst in lists.items():
            pays[b.dm_names.index(dm)] = payoffs(b.space, Preference(dm, lst))
        graph = dataclasses.replace(b.graph, payoffs=pays)
        stability = Stability(graph)
        return all(stability.of(self.concept, d)[self.target] for d in self.order)


def _distance(change: Change, conflict: Conflict) -> int:
    """How far the edits move things: places shifted, how high an addition sits."""
    total = 0
    for e in change.edits:
        stmts = [s.text for s in conflict.preference(e.dm).statements]
        if e.kind == "move":
            total += abs(stmts.index(e.statement) - e.position)
        elif e.kind == "add":
            total += len(stmts) - e.position
        elif e.kind == "reverse":
            old = stmts.index(e.statement[1:] if e.statement.startswith("-") else f"-{e.statement}")
            total += abs(old - e.position) + 1
    return total


def make_hold(conflict: Conflict, target: str, concept: str = "seq", max_changes: int = 2,
              max_results: int = MAX_RESULTS) -> list[Change]:
    """The smallest sets of statement edits under which ``target`` is an equilibrium, smallest first.

    Stops at the first size that has answers (up to ``max_results`` of them); [] if the target is
    already an equilibrium or no set of up to ``max_changes`` edits works.
    """
    if concept not in CONCEPTS:
        raise ModelError(f"unknown stability concept {concept!r} (known: {', '.join(CONCEPTS)})")
    if len(target) != len(conflict.options) or set(target) - set("YN"):
        raise ModelError(f"target {target!r} must have {len(conflict.options)} letters Y or N")
    analysis = Analysis(conflict, (concept,))
    t = decimal_of(target)
    if not analysis.space.feasible[t]:
        raise ModelError(f"target {target} is an infeasible state")
    if analysis.stability.equilibria(concept)[t]:
        return []
    checker = _Checker(analysis, t, concept)
    singles = [(e, lst) for dm in conflict.dm_names for e, lst in _edits_for(conflict, dm)]
    for size in range(1, max_changes + 1):
        found: list[Change] = []
        for combo in combinations(range(len(singles)), size):
            picked = [singles[i] for i in combo]
            if len({e.dm for e, _ in picked}) != size:  # at most one edit per DM
                continue
            lists = {e.dm: lst for e, lst in picked}
            if checker.holds(lists):
                found.append(Change(tuple(e for e, _ in picked), _with(conflict, lists)))
        if found:
            found.sort(key=lambda c: _distance(c, conflict))
            kept, seen = [], set()
            for change in found:  # the same edit at several places: keep the smallest shift
                key = tuple((e.dm, e.kind, e.statement) for e in change.edits)
                if key not in seen:
                    seen.add(key)
                    kept.append(change)
            return kept[:max_results]
    return []
