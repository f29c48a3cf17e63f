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
of each state examined are found by one breadth-first search per coalition.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

import numpy as np

from ..errors import ModelError
from .moves import INF
from .sequences import Sequences, Step

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
        if concept not in COALITION_CONCEPTS:
            raise ModelError(f"coalition analysis covers {', '.join(COALITION_CONCEPTS)}, not {concept!r}")
        a = self.analysis
        from .states import decimal_of

        s = decimal_of(pattern)
        names = a.dm_names
        stable_for = {d: bool(a.stability.of(concept, k)[s]) for k, d in enumerate(names)}
        moves = []
        for h in self.coalitions():
            seq = Sequences(self.graph, s, list(h), improving=False)
            reached = seq.reached()
            ci = reached.copy()
            for d in h:
                ci &= self.graph.payoffs[d] > self.graph.payoffs[d][s]
            if not ci.any():
                continue
            loose = {d: ci & (self.forced(concept, h, d) > self.graph.payoffs[d][s]) for d in h}
            breakers = [d for d in h if loose[d].any()]
            if not breakers:
                continue
            for d in breakers:
                stable_for[names[d]] = False
            targets = np.flatnonzero(np.logical_or.reduce([loose[d] for d in breakers]))
            target = int(min(targets, key=lambda t: (seq.distance(int(t)), int(t))))
            moves.append(CoalitionMove(tuple(names[d] for d in h), a.space.pattern(target),
                                       tuple(seq.path(target)),
                                       tuple(names[d] for d in breakers if loose[d][target])))
        return CoalitionVerdict(pattern, concept, stable_for, tuple(moves))

    def equilibria(self, concept: str) -> list[CoalitionVerdict]:
        """The verdict on every (individual) equilibrium under ``concept``."""
        return [self.verdict(p, concept) for p in self.analysis.equilibria(concept)]
