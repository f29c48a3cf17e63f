"""Stability of every state for every DM: Nash, GMR, SMR, SEQ, SIM and SEQ+SIM.

n-DM definitions of Fang, Hipel & Kilgour (1993), in the sanction form of
Xu, Hipel & Kilgour (2009): a unilateral improvement (UI) s1 of DM i from s is
sanctioned when the other DMs, by a legal sequence of moves from s1, can reach
a state i does not prefer to s. Each test reduces to "the least payoff of i
the opponents can force from s1", one coalition fixed point per DM, then "is
there a UI whose forced payoff still beats s", one max-transform.

SIM and SEQ+SIM follow the existing open-source tool (gmcr-py): a UI of i is
SIM-sanctioned when one other DM has a UI from s which, made at the same
time, ends in a feasible state i does not prefer to s; SEQ+SIM holds for a DM
when SEQ or SIM does.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np

from .moves import INF, MoveGraph

CONCEPTS = ("nash", "gmr", "smr", "seq", "sim", "seqsim")
CONCEPT_NAMES = {"nash": "Nash (R)", "gmr": "GMR", "smr": "SMR", "seq": "SEQ",
                 "sim": "SIM", "seqsim": "SEQ+SIM"}

_CHUNK = 1 << 22  # elements per block in the SIM computation


class Stability:
    """Per-DM stability arrays over the hypercube (True = stable), computed on demand."""

    def __init__(self, graph: MoveGraph) -> None:
        self.graph = graph
        self.n_dms = len(graph.dm_options)
        self._cache: dict[tuple[str, int], np.ndarray] = {}

    def of(self, concept: str, dm: int) -> np.ndarray:
        key = (concept, dm)
        if key not in self._cache:
            self._cache[key] = getattr(self, f"_{concept}")(dm) & self.graph.feasible
        return self._cache[key]

    def equilibria(self, concept: str) -> np.ndarray:
        out = self.graph.feasible.copy()
        for dm in range(self.n_dms):
            out &= self.of(concept, dm)
        return out

    def _opponents(self, dm: int) -> list[int]:
        return [d for d in range(self.n_dms) if d != dm]

    def _payoff(self, dm: int) -> np.ndarray:
        return self.graph.payoffs[dm]

    @cached_property
    def _best_move(self) -> list[np.ndarray]:
        return [self.graph.max_over_moves(self._payoff(d), d) for d in range(self.n_dms)]

    def has_improvement(self, dm: int) -> np.ndarray:
        """States from which ``dm`` has at least one unilateral improvement."""
        return self._best_move[dm] > self._payoff(dm)

    def _unsanctioned(self, dm: int, forced: np.ndarray) -> np.ndarray:
        """States where some UI of ``dm`` leads to s1 with min(P(s1), forced(s1)) > P(s)."""
        p = self._payoff(dm)
        worst = np.minimum(p, forced)
        return self.graph.max_over_moves(worst, dm) > p

    def _nash(self, dm: int) -> np.ndarray:
        return ~self.has_improvement(dm)

    def _gmr(self, dm: int) -> np.ndarray:
        forced = self.graph.coalition_min(self._payoff(dm), self._opponents(dm))
        return ~self._unsanctioned(dm, forced)

    def _seq(self, dm: int) -> np.ndarray:
        forced = self.graph.coalition_min(self._payoff(dm), self._opponents(dm), improving=True)
        return ~self._unsanctioned(dm, forced)

    def _smr(self, dm: int) -> np.ndarray:
        p = self._payoff(dm)
        escape = self.graph.max_over_moves(p, dm, include_self=True)  # best i can reach from s2
        forced = self.graph.coalition_min(escape, self._opponents(dm))
        return ~self._unsanctioned(dm, forced)

    def _seqsim(self, dm: int) -> np.ndarray:
        return self.of("seq", dm) | self.of("sim", dm)

    def _sim(self, dm: int) -> np.ndarray:
        """For each combo a' of i's options: the least payoff of i that one opponent's simultaneous
        UI can force, then "is there a UI of i that no such answer brings back to P_i(s) or below"."""
        g = self.graph
        p = self._payoff(dm)
        own = g.dm_options[dm]
        mask_i = sum(1 << o for o in own)
        spread_i = _spread(own)
        p_inf = np.where(g.feasible, p, INF).astype(np.int32)
        states = np.arange(g.size, dtype=np.int64)
        combo_i = _combo(states, own)
        allowed_i = g.allowed_combos(dm)
        opponents = self._opponents(dm)
        candidates = np.flatnonzero(g.feasible & self.has_improvement(dm))
        if g.perceived is not None or not all(g.reversible(j) for j in opponents):
            return ~self._sim_dense(dm, p, p_inf, mask_i, spread_i, allowed_i, candidates, opponents)
        unstable = np.zeros(g.size, dtype=bool)
        rest = states & ~mask_i
        for a in range(len(spread_i)):
            target = rest | spread_i[a]
            improves = allowed_i[combo_i, a] & (p[target] > p) & g.feasible
            if not improves[candidates].any():
                continue
            forced = np.full(g.size, INF, dtype=np.int32)
            for j in opponents:  # j's UIs from s: the states above s in j's sorted sub-cube
                order, nxt = g.sorted_groups(j)
                values = p_inf[(order & ~mask_i) | spread_i[a]]
                suffix = np.empty((values.shape[0], values.shape[1] + 1), dtype=np.int32)
                suffix[:, -1] = INF
                suffix[:, :-1] = np.minimum.accumulate(values[:, ::-1], axis=1)[:, ::-1]
                best = np.empty(g.size, dtype=np.int32)
                best[order] = np.take_along_axis(suffix, nxt, axis=1)
                forced = np.minimum(forced, best)
            unstable |= improves & (forced > p)
        return ~unstable

    def _sim_dense(self, dm, p, p_inf, mask_i, spread_i, allowed_i, candidates, opponents):
        """SIM when some opponent's options are irreversible: its UIs are not a suffix of its ranking."""
        g = self.graph
        own = g.dm_options[dm]
        unstable = np.zeros(g.size, dtype=bool)
        step = max(1, _CHUNK // len(spread_i))
        forced_by = [self._sim_forced(dm, j, p_inf, mask_i, spread_i) for j in opponents]
        for start in range(0, len(candidates), step):
            x = candidates[start:start + step]
            targets = (x & ~mask_i)[:, None] | spread_i[None, :]
            improves = allowed_i[_combo(x, own)] & (p[targets] > p[x][:, None]) & g.sees(dm)[targets]
            sanction = np.full(targets.shape, INF, dtype=np.int32)
            for forced in forced_by:
                sanction = np.minimum(sanction, forced(x))
            unstable[x] = np.any(improves & (sanction > p[x][:, None]), axis=1)
        return unstable

    def _sim_forced(self, dm: int, j: int, p_inf: np.ndarray, mask_i: int, spread_i: np.ndarray):
        """Function x -> (len(x), K_i): least payoff of ``dm`` when it switches to combo a'
        while DM ``j`` makes one of its own UIs from x at the same time (INF if none)."""
        g = self.graph
        opts_j = g.dm_options[j]
        mask_j = sum(1 << o for o in opts_j)
        spread_j = _spread(opts_j)
        p_j = g.payoffs[j]
        allowed_j = g.allowed_combos(j)

        def forced(x: np.ndarray) -> np.ndarray:
            rest = x & ~mask_i & ~mask_j
            combo_j = _combo(x, opts_j)
            ki, kj = len(spread_i), len(spread_j)
            out = np.full((len(x), ki), INF, dtype=np.int32)
            targets_j = (x & ~mask_j)[:, None] | spread_j[None, :]
            sees_j = g.sees(j)
            ui_j = (allowed_j[combo_j] & (p_j[targets_j] > p_j[x][:, None])  # (len, kj)
                    & sees_j[targets_j] & sees_j[x][:, None])
            for b in range(kj):
                rows = np.flatnonzero(ui_j[:, b])
                if len(rows) == 0:
                    continue
                joint = (rest[rows] | spread_j[b])[:, None] | spread_i[None, :]
                out[rows] = np.minimum(out[rows], p_inf[joint])
            return out

        return forced


def _spread(options: list[int]) -> np.ndarray:
    """Hypercube bits set by each combo of a DM's options."""
    k = 1 << len(options)
    combos = np.arange(k, dtype=np.int64)
    out = np.zeros(k, dtype=np.int64)
    for t, opt in enumerate(options):
        out |= ((combos >> t) & 1) << opt
    return out


def _combo(x: np.ndarray, options: list[int]) -> np.ndarray:
    """Each state's combo index of the given options."""
    out = np.zeros(len(x), dtype=np.int64)
    for t, opt in enumerate(options):
        out |= ((x >> opt) & 1) << t
    return out
