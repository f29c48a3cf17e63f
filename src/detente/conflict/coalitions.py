"""Coalition analysis: can a group of DMs jointly leave a state that each of them alone would keep?

Inohara & Hipel (2008), "Coalition analysis in the graph model for conflict
resolution", Systems Engineering 11(4); Kilgour, Hipel, Fang & Peng (2001),
"Coalition analysis in group decision support", Group Decision and Negotiation 10.

A coalition H moves by a legal sequence of its members' unilateral moves
(R_H(s)); a *coalitional improvement* (CI) is a state s1 in R_H(s) that every
member prefers to s. For DM i, s is coalitionally stable under a concept when,
for every coalition H containing i (i alone included), every CI s1 of H is
sanctioned for i by the DMs outside H:

- CNash: never (H must have no CI at all);
- CGMR: the others reach s2 in R_{N-H}(s1) with P_i(s2) <= P_i(s);
- CSEQ: the same, each of the others' moves a unilateral improvement for its mover;
- CSMR: as CGMR, and no state H reaches from s2 is better for i than s.

"The least payoff of i the others can force from s1" is one vectorised
fixed point per (coalition, member), as for the individual concepts; the CIs
of the states examined are found by one breadth-first search per coalition
for 64 states at a time (batch_reach.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

import numpy as np

from ..errors import ModelError
from .batch_reach import WIDTH, BatchReach
from .moves import INF
from .sequences import Step
from .states import decimal_of

COALITION_CONCEPTS = ("nash", "gmr", "smr", "seq")


@dataclass(frozen=True)
class CoalitionMove:
    """A joint improvement by ``coalition`` to ``target`` that nobody outside deters for ``unsanctioned_for``."""

    coalition: tuple[str, ...]
    target: str
    path: tuple[Step, ...]
    unsanctioned_for: tuple[str, ...]


@dataclass(frozen=True)
class CoalitionVerdict:
    """Coalitional stability of one state under one concept."""

    state: str
    concept: str
    stable_for: dict[str, bool]  # per DM
    moves: tuple[CoalitionMove, ...]  # one per coalition of two or more that breaks it

    @property
    def stable(self) -> bool:
        return all(self.stable_for.values())


class CoalitionAnalysis:
    """Coalitional stability on top of an Analysis (its states, moves and payoffs)."""

    def __init__(self, analysis) -> None:
        self.analysis = analysis
        self.graph = analysis.graph
        self.n_dms = len(analysis.dm_names)
        self._forced: dict[tuple[str, tuple[int, ...], int], np.ndarray] = {}
        self._reaches: dict[tuple[tuple[int, ...], tuple[int, ...]], BatchReach] = {}

    def coalitions(self) -> list[tuple[int, ...]]:
        """Every coalition of two or more DMs, smallest first."""
        return [h for size in range(2, self.n_dms + 1) for h in combinations(range(self.n_dms), size)]

    def forced(self, concept: str, coalition: tuple[int, ...], member: int) -> np.ndarray:
        """Per state s1: the least payoff of ``member`` the DMs outside ``coalition`` can force
        (INF when they cannot sanction at all)."""
        key = (concept, coalition, member)
        if key not in self._forced:
            g = self.graph
            rest = [d for d in range(self.n_dms) if d not in coalition]
            p = g.payoffs[member]
            if concept == "nash" or not rest:
                out = np.full(g.size, INF, dtype=np.int32)
            elif concept == "gmr":
                out = g.coalition_min(p, rest)
            elif concept == "seq":
                out = g.coalition_min(p, rest, improving=True)
            else:  # smr: a sanction counts only if the coalition cannot escape from it
                best_back = -g.coalition_min(-np.where(g.feasible, p, -1), list(coalition)).astype(np.int64)
                escape = np.maximum(p, np.clip(best_back, -INF, INF)).astype(np.int32)
                out = g.coalition_min(escape, rest)
            self._forced[key] = out
        return self._forced[key]

    def verdict(self, pattern: str, concept: str) -> CoalitionVerdict:
        """Is ``pattern`` coalitionally stable under ``concept``, and which coalitions break it."""
        return self.verdicts([pattern], concept)[0]

    def _reach(self, coalition: tuple[int, ...], starts: tuple[int, ...]) -> BatchReach:
        key = (coalition, starts)
        if key not in self._reaches:
            self._reaches[key] = BatchReach(self.graph, list(coalition), list(starts))
        return self._reaches[key]

    def verdicts(self, patterns: list[str], concept: str) -> list[CoalitionVerdict]:
        """Verdicts on many states: each coalition's reachable sets for 64 states at a time."""
        if concept not in COALITION_CONCEPTS:
            raise ModelError(f"coalition analysis covers {', '.join(COALITION_CONCEPTS)}, not {concept!r}")
        a, g = self.analysis, self.graph
        names = a.dm_names
        decimals = [decimal_of(p) for p in patterns]
        stable_for = [{d: bool(a.stability.of(concept, k)[s]) for k, d in enumerate(names)} for s in decimals]
        moves: list[list[CoalitionMove]] = [[] for _ in decimals]
        for h in self.coalitions():
            for first in range(0, len(decimals), WIDTH):
                chunk = tuple(decimals[first:first + WIDTH])
                reach = self._reach(h, chunk)
                for b, s in enumerate(chunk):
                    ci = reach.reached(b)
                    for d in h:
                        ci &= g.payoffs[d] > g.payoffs[d][s]
                    if not ci.any():
                        continue
                    loose = {d: ci & (self.forced(concept, h, d) > g.payoffs[d][s]) for d in h}
                    breakers = [d for d in h if loose[d].any()]
                    if not breakers:
                        continue
                    for d in breakers:
                        stable_for[first + b][names[d]] = False
                    target, path = reach.nearest(b, np.logical_or.reduce([loose[d] for d in breakers]))
                    moves[first + b].append(CoalitionMove(
                        tuple(names[d] for d in h), a.space.pattern(target), tuple(path),
                        tuple(names[d] for d in breakers if loose[d][target])))
        return [CoalitionVerdict(p, concept, sf, tuple(m)) for p, sf, m in zip(patterns, stable_for, moves)]

    def equilibria(self, concept: str) -> list[CoalitionVerdict]:
        """The verdict on every (individual) equilibrium under ``concept``."""
        return self.verdicts(self.analysis.equilibria(concept), concept)
