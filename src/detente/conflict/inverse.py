"""Inverse analysis for ranked preferences: on what rankings is a chosen state an equilibrium?

The classical inverse question of the graph model (Kinsara, Kilgour & Hipel
2015, "Inverse approach to the graph model for conflict resolution", IEEE
Trans. SMC: Systems 45(5); gmcr-py's inverse solver): fix the moves (and,
for SEQ, the other DMs' preferences) and ask which rankings of DM i make s
stable for i. By the definitions, s is stable for i exactly when, for every
move s1 in R_i(s), either i ranks s at least as high as s1 (s1 is no
improvement), or some sanction exists: a state s2 the others can reach from
s1 (by legal sequences; for SEQ each move an improvement for its mover) that
i ranks no higher than s — and, for SMR, so is every state i can move to from
s2. Nash has no sanctions. So each condition is a list of requirements, one
per move, each an OR over alternatives of ANDs of "s at least as high as t".
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import ModelError
from .states import decimal_of

RANKING_CONCEPTS = ("nash", "gmr", "smr", "seq")


@dataclass(frozen=True)
class Requirement:
    """i must rank the target at least as high as ``move`` or as every state of one ``sanctions`` entry."""

    move: str
    sanctions: tuple[tuple[str, ...], ...]

    def holds(self, rank: dict[str, int], target: str) -> bool:
        """``rank``: higher is more preferred."""
        top = rank[target]
        if top >= rank[self.move]:
            return True
        return any(all(top >= rank[t] for t in alt) for alt in self.sanctions)

    def words(self, dm: str, target: str) -> str:
        text = f"{dm} ranks {target} at least as high as {self.move}"
        if not self.sanctions:
            return text
        alts = []
        for alt in self.sanctions:
            alts.append(alt[0] if len(alt) == 1 else f"{alt[0]} and every state it can move to from there "
                                                      f"({', '.join(alt[1:])})")
        return text + ", or at least as high as one of: " + "; ".join(alts)


def ranking_conditions(analysis, target: str, concept: str) -> dict[str, list[Requirement]]:
    """Per DM, the requirements on its ranking under which ``target`` is stable for it."""
    if concept not in RANKING_CONCEPTS:
        raise ModelError(f"the inverse question covers {', '.join(RANKING_CONCEPTS)}, not {concept!r}")
    s = decimal_of(target)
    if len(target) != analysis.space.n or not analysis.space.feasible[s]:
        raise ModelError(f"{target} is not a feasible state of this model")
    out = {}
    for dm in analysis.dm_names:
        others = [d for d in analysis.dm_names if d != dm]
        reqs = []
        for s1 in analysis.moves(dm, target):
            alts: list[tuple[str, ...]] = []
            if concept != "nash" and others:
                answers = analysis.reachable(others, s1, improving=concept == "seq")
                for s2 in answers:
                    escape = tuple(analysis.moves(dm, s2)) if concept == "smr" else ()
                    alts.append((s2, *escape))
            reqs.append(Requirement(s1, tuple(alts)))
        out[dm] = reqs
    return out


def conditions_hold(requirements: list[Requirement], ranking: dict[str, int], target: str) -> bool:
    return all(r.holds(ranking, target) for r in requirements)


def payoff_by_pattern(analysis, dm: str) -> dict[str, int]:
    pay = analysis.payoff(dm)
    return {str(p): int(v) for p, v in zip(analysis.patterns, np.asarray(pay))}
