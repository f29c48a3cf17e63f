"""One object that answers everything about a conflict: states, rankings, stability,
equilibria, and where the status quo can lead."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from ..errors import ModelError
from .coalitions import CoalitionAnalysis
from .foresight import Foresight
from .model import Conflict
from .moves import MoveGraph
from .preferences import payoffs, prioritisation_scores
from .sequences import Sequences, Step
from .stability import CONCEPTS, Stability
from .states import StateSpace, decimal_of

MAX_PATHS = 50


@dataclass(frozen=True)
class StatusQuoResult:
    """Equilibria reachable from the status quo by unilateral improvements."""

    state: str
    stable: dict[str, bool]  # concept -> is the status quo an equilibrium
    reachable: dict[str, list[str]]  # concept -> reachable equilibria (patterns)
    paths: dict[str, list[Step]]  # pattern -> shortest path
    story: dict[str, str]  # pattern -> the path told in words


class Analysis:
    """The stability analysis of a conflict (Fang, Hipel & Kilgour 1993)."""

    def __init__(self, conflict: Conflict, concepts: tuple[str, ...] = CONCEPTS,
                 status_quo: str | None = None) -> None:
        unknown = [c for c in concepts if c not in CONCEPTS]
        if unknown:
            raise ModelError(f"unknown stability concept {unknown[0]!r} (known: {', '.join(CONCEPTS)})")
        self.conflict = conflict
        self.concepts = tuple(concepts)
        self.space = StateSpace(conflict)
        self.status_quo = status_quo or conflict.status_quo
        if self.status_quo is not None:
            if len(self.status_quo) != self.space.n or set(self.status_quo) - set("YN"):
                raise ModelError(f"status quo {self.status_quo!r} must have {self.space.n} letters Y or N")
            if not self.space.feasible[decimal_of(self.status_quo)]:
                raise ModelError(f"status quo {self.status_quo} is an infeasible state")
        self.payoffs = [payoffs(self.space, conflict.preference(d)) for d in conflict.dm_names]
        self.graph = MoveGraph(self.space.n, self.space.feasible,
                               [conflict.dm_option_indices(d) for d in conflict.dm_names],
                               [o.direction for o in conflict.options], self.payoffs,
                               [self.space.perceived(d) for d in conflict.dm_names]
                               if conflict.has_misperceptions else None)
        self.stability = Stability(self.graph)

    # ----- states and preferences -----

    @property
    def dm_names(self) -> list[str]:
        return self.conflict.dm_names

    @cached_property
    def patterns(self) -> np.ndarray:
        """Y/N patterns of the feasible states, in ordinal order (NumPy strings)."""
        bits = (self.space.decimals[:, None] >> np.arange(self.space.n)) & 1
        letters = np.where(bits == 1, "Y", "N").astype("U1")
        return np.ascontiguousarray(letters).view(f"U{self.space.n}").reshape(-1)

    def states(self) -> list[dict]:
        return [{"decimal": int(d), "ordinal": k + 1, "pattern": str(p), "ordered": k + 1, "yn": str(p)}
                for k, (d, p) in enumerate(zip(self.space.decimals, self.patterns))]

    def payoff(self, dm: str) -> np.ndarray:
        """Payoff (dense rank, higher is better) of each feasible state, ordinal order."""
        return self.payoffs[self.dm_names.index(dm)][self.space.decimals]

    def scores(self, dm: str) -> list[int] | None:
        """GMCR+ option-prioritisation scores, or None for a direct ranking."""
        pref = self.conflict.preference(dm)
        if pref.ranking is not None:
            return None
        return prioritisation_scores(self.space, pref)

    def ranking(self, dm: str) -> list[list[str]]:
        """Feasible states, most preferred first; each inner list is a tie."""
        pay = self.payoff(dm)
        order = np.argsort(-pay, kind="stable")
        tiers: list[list[str]] = []
        last = None
        for k in order:
            if pay[k] != last:
                tiers.append([])
                last = pay[k]
            tiers[-1].append(str(self.patterns[k]))
        return tiers

    # ----- stability -----

    def stable(self, concept: str, dm: str) -> np.ndarray:
        """Bool per feasible state (ordinal order): is it stable for ``dm``."""
        return self.stability.of(concept, self.dm_names.index(dm))[self.space.decimals]

    def equilibrium_mask(self, concept: str) -> np.ndarray:
        return self.stability.equilibria(concept)[self.space.decimals]

    def equilibria(self, concept: str) -> list[str]:
        return [str(p) for p in self.patterns[self.equilibrium_mask(concept)]]

    @cached_property
    def foresight(self) -> Foresight:
        return Foresight(self.graph)

    def limited_move(self, horizon: int, dm: str) -> np.ndarray:
        """L_h stability (Kilgour 1985) per feasible state, ordinal order."""
        return self.foresight.stable(horizon, self.dm_names.index(dm))[self.space.decimals]

    def non_myopic(self, dm: str) -> np.ndarray:
        """Non-myopic stability (two DMs) per feasible state, ordinal order."""
        return self.foresight.non_myopic(self.dm_names.index(dm))[self.space.decimals]

    @cached_property
    def coalitions(self) -> CoalitionAnalysis:
        """Coalition analysis: ``analysis.coalitions.verdict(pattern, "gmr")``."""
        return CoalitionAnalysis(self)

    def _repr_html_(self) -> str:
        """Shown by Jupyter: counts, equilibria, the status quo and (for small models) the stability table."""
        from ..report.analysis_html import analysis_html

        return analysis_html(self)

    # ----- moves and reachability -----

    def moves(self, dm: str, pattern: str, improving: bool = False) -> list[str]:
        """States ``dm`` can reach in one move from ``pattern`` (only UIs if ``improving``)."""
        seq = Sequences(self.graph, decimal_of(pattern), [self.dm_names.index(dm)], improving)
        return [self.space.pattern(int(d)) for d in np.flatnonzero(seq.dist[1:].max(axis=0) == 1)]

    def reachable(self, coalition: list[str], pattern: str, improving: bool = False) -> list[str]:
        """States a coalition reaches from ``pattern`` by legal sequences of moves
        (no DM twice in a row; only unilateral improvements if ``improving``)."""
        seq = self.sequences(pattern, coalition, improving)
        return [self.space.pattern(int(d)) for d in np.flatnonzero(seq.reached())]

    def sequences(self, pattern: str, coalition: list[str] | None = None,
                  improving: bool = True) -> Sequences:
        movers = [self.dm_names.index(d) for d in (coalition or self.dm_names)]
        return Sequences(self.graph, decimal_of(pattern), movers, improving)

    def describe_step(self, step: Step) -> str:
        """A move told in words: "Israel moves: agree to a permanent ceasefire"."""
        dm = self.conflict.decision_makers[step.dm]
        changes = []
        for name in dm.options:
            k = self.space.index[name]
            was, now = (step.before >> k) & 1, (step.after >> k) & 1
            if was != now:
                label = self.conflict.option(name).label
                label = label[0].lower() + label[1:] if label[:2] != label[:2].upper() else label
                changes.append(label if now else f"no longer {label}")
        return f"{dm.name} moves: " + ", ".join(changes)

    def story(self, steps: list[Step]) -> str:
        if not steps:
            return "already there"
        return "; then ".join(self.describe_step(s) for s in steps)

    def explain(self, pattern: str, dm: str, max_moves: int = 8) -> list[str]:
        """Why ``pattern`` is or is not stable for ``dm``: its improvements and their sanctions.

        A sanction is the shortest legal sequence of the other DMs' moves (GMR)
        from the improved state to one ``dm`` likes no more than ``pattern``.
        """
        i = self.dm_names.index(dm)
        start = decimal_of(pattern)
        pay = self.payoffs[i]
        improvements = self.moves(dm, pattern, improving=True)
        if not improvements:
            return [f"{dm} cannot improve on it alone: every move it could make leaves it worse off or no better."]
        lines = []
        others = [self.dm_names[d] for d in range(len(self.dm_names)) if d != i]
        for target in improvements[:max_moves]:
            move = self.describe_step(Step(i, start, decimal_of(target)))
            seq = self.sequences(target, others, improving=False) if others else None
            answers = [] if seq is None else [int(d) for d in np.flatnonzero(seq.reached())
                                              if pay[d] <= pay[start]]
            if not answers:
                lines.append(f"{move} -> {target}: nothing the others can do in reply leaves {dm} worse off.")
                continue
            best = min(answers, key=lambda d: (seq.distance(d), d))
            lines.append(f"{move} -> {target}: answered by {self.story(seq.path(best))} -> "
                         f"{self.space.pattern(best)}, which {dm} likes no better.")
        if len(improvements) > max_moves:
            lines.append(f"... and {len(improvements) - max_moves} more improvements.")
        return lines

    @cached_property
    def status_quo_result(self) -> StatusQuoResult | None:
        if self.status_quo is None:
            return None
        sq = decimal_of(self.status_quo)
        seq = Sequences(self.graph, sq, list(range(len(self.dm_names))), improving=True)
        reach = seq.reached(include_start=True)
        stable, reachable, targets = {}, {}, []
        for c in self.concepts:
            eq = self.stability.equilibria(c)
            stable[c] = bool(eq[sq])
            hits = np.flatnonzero(eq & reach)
            reachable[c] = [self.space.pattern(int(d)) for d in hits]
            targets.extend(int(d) for d in hits)
        paths, story = {}, {}
        for d in sorted(set(targets), key=lambda d: (seq.distance(d), d))[:MAX_PATHS]:
            pattern = self.space.pattern(d)
            paths[pattern] = seq.path(d)
            story[pattern] = self.story(paths[pattern])
        return StatusQuoResult(self.status_quo, stable, reachable, paths, story)


def analyse(conflict: Conflict, concepts: tuple[str, ...] = CONCEPTS,
            status_quo: str | None = None) -> Analysis:
    """Analyse a conflict model (the Python API's verb)."""
    return Analysis(conflict, concepts, status_quo)
