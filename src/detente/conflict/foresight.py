"""Foresight: limited-move stability L_h and non-myopic stability (NM).

Kilgour (1985), "Anticipation and stability in two-person noncooperative
games", in Dynamic Models of International Conflict; Fang, Hipel & Kilgour
(1993), Interactive Decision Making, sec. 4.2. A DM at s looks h moves ahead:
it moves to s' only if the state the game will end in — the others replying
in turn, each looking ahead over the moves left — is better for it than s;
otherwise it stays and the game ends at s. G_h(k, s) is that anticipated end
state when DM k is to move from s with h moves left:

    G_0(k, s) = s
    G_h(k, s) = G_{h-1}(k', s*) if P_k(G_{h-1}(k', s*)) > P_k(s), else s

where s* in R_k(s) maximises P_k(G_{h-1}(k', s')) (ties: the lowest decimal
s') and k' is the next mover. With two DMs k' is the other one, as in Kilgour;
with n DMs detente lets them move in turn in model order (k' = k+1, wrapping),
which reduces to Kilgour's alternation for two. s is L_h stable for i when
G_h(i, s) = s. NM (two DMs): L_h stable for every h large enough; the pair
(G_h(1, .), G_h(2, .)) is a function of the previous pair, so it is
eventually periodic, and NM is L_h stability at every h of that period.

Each G_h is one pass per DM over its sub-cubes: for every state, the best of
its moves by the mover's payoff of their anticipated outcomes.
"""

from __future__ import annotations

import numpy as np

from ..errors import ModelError
from .moves import MoveGraph

_CHUNK = 1 << 22
MAX_NM_HORIZON = 100_000


def best_moves(graph: MoveGraph, dm: int, score: np.ndarray) -> np.ndarray:
    """Per hypercube state s: the move s' in R_dm(s) with the highest ``score[s']``, ties to the
    lowest decimal s' (-1 where the DM has no move)."""
    gather = graph.gather(dm)  # (groups, K)
    allowed = graph.allowed_combos(dm)
    sees = graph.sees(dm)
    k = gather.shape[1]
    size = graph.size
    key = np.where(sees, score.astype(np.int64) * size + (size - 1 - np.arange(size)), -1)
    kg = key[gather]
    ok_target = sees[gather]
    out = np.full(size, -1, dtype=np.int64)
    step = max(1, _CHUNK // max(1, k * k))
    for start in range(0, gather.shape[0], step):
        rows = slice(start, start + step)
        g_rows, k_rows, ok_rows = gather[rows], kg[rows], ok_target[rows]
        for a in range(k):
            mask = allowed[a][None, :] & ok_rows
            mask[:, a] = False
            cand = np.where(mask, k_rows, -1)
            pick = cand.argmax(axis=1)
            has = cand[np.arange(len(pick)), pick] >= 0
            src = g_rows[:, a]
            out[src] = np.where(has & sees[src], g_rows[np.arange(len(pick)), pick], -1)
    return out


class Foresight:
    """Anticipated outcomes G_h for every DM to move, computed horizon by horizon."""

    def __init__(self, graph: MoveGraph) -> None:
        self.graph = graph
        self.n_dms = len(graph.dm_options)
        start = np.arange(graph.size, dtype=np.int64)
        self.levels: list[list[np.ndarray]] = [[start] * self.n_dms]  # levels[h][k] = G_h(k, .)

    def _next_level(self, previous: list[np.ndarray]) -> list[np.ndarray]:
        g = self.graph
        out = []
        for k in range(self.n_dms):
            after = previous[(k + 1) % self.n_dms]  # the next mover's anticipated outcome
            p = g.payoffs[k]
            best = best_moves(g, k, np.where(g.feasible, p[after], -1))
            here = np.arange(g.size, dtype=np.int64)
            ending = np.where(best >= 0, after[np.maximum(best, 0)], here)
            moves = (best >= 0) & (p[ending] > p)
            out.append(np.where(moves, ending, here))
        return out

    def outcome(self, h: int, dm: int) -> np.ndarray:
        """G_h(dm, s) for every hypercube state s."""
        if h < 0:
            raise ModelError(f"horizon must be 0 or more, not {h}")
        while len(self.levels) <= h:
            self.levels.append(self._next_level(self.levels[-1]))
        return self.levels[h][dm]

    def stable(self, h: int, dm: int) -> np.ndarray:
        """L_h stability of every hypercube state for ``dm`` (h = 1 is Nash)."""
        return (self.outcome(h, dm) == np.arange(self.graph.size)) & self.graph.feasible

    def non_myopic(self, dm: int) -> np.ndarray:
        """NM stability (two DMs): L_h stable at every horizon of the eventual cycle of G_h."""
        if self.n_dms != 2:
            raise ModelError("non-myopic stability is defined for two decision makers "
                             f"(Kilgour 1985); this model has {self.n_dms}")
        seen: dict[bytes, int] = {}
        h = 0
        while True:
            level = [self.outcome(h, k) for k in range(2)]
            key = b"".join(x.tobytes() for x in level)
            if key in seen:
                first = seen[key]
                break
            seen[key] = h
            h += 1
            if h > MAX_NM_HORIZON:
                raise ModelError("non-myopic stability: anticipated outcomes did not settle")
        out = self.graph.feasible.copy()
        for t in range(first, h):
            out &= self.stable(t, dm)
        return out
