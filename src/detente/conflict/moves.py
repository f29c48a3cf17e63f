"""Unilateral moves in option form, computed as vectorised transforms.

A DM's move changes only its own options, so the states it can reach from x
form the sub-cube through x along its option axes, cut by irreversibility and
feasibility. Rather than store a states-by-states reachability matrix (the
existing tools' approach, memory quadratic in states), each query here is an
aggregate over that sub-cube — "the least value of f among the states DM d
can move to" — computed with one pass per option axis, linear in states.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

INF = np.int32(np.iinfo(np.int32).max)

_DIRECTION_CODE = {"both": 0, "forward": 1, "backward": 2}


@dataclass
class MoveGraph:
    """The unilateral-move structure of a conflict: who controls which bits, and how."""

    n: int
    feasible: np.ndarray  # bool over the hypercube
    dm_options: list[list[int]]  # option bit indices per DM
    directions: list[str]  # per option bit
    payoffs: list[np.ndarray]  # per DM, over the hypercube; higher is better
    perceived: list[np.ndarray] | None = None  # per DM: states it perceives (misperceptions)

    def sees(self, dm: int) -> np.ndarray:
        """States DM ``dm`` can move from and to: feasible, and perceived by it."""
        return self.feasible if self.perceived is None else self.perceived[dm]

    @property
    def size(self) -> int:
        return 1 << self.n

    def allowed_combos(self, dm: int) -> np.ndarray:
        """Bool (K x K): may DM ``dm`` switch its own options from combo a to combo b."""
        opts = self.dm_options[dm]
        k = 1 << len(opts)
        a = np.arange(k)[:, None]
        b = np.arange(k)[None, :]
        ok = np.ones((k, k), dtype=bool)
        for t, opt in enumerate(opts):
            at, bt = (a >> t) & 1, (b >> t) & 1
            if self.directions[opt] == "forward":
                ok &= ~((at == 1) & (bt == 0))
            elif self.directions[opt] == "backward":
                ok &= ~((at == 0) & (bt == 1))
        return ok

    def reversible(self, dm: int) -> bool:
        return all(self.directions[o] == "both" for o in self.dm_options[dm])

    # ----- groups: the sub-cubes one DM moves within -----

    def gather(self, dm: int) -> np.ndarray:
        """Hypercube index of (group, own combo): shape (G, K)."""
        return self._gathers[dm]

    @cached_property
    def _gathers(self) -> list[np.ndarray]:
        out = []
        idx = np.arange(self.size, dtype=np.int64)
        for opts in self.dm_options:
            own = np.zeros(self.size, dtype=np.int64)
            for t, opt in enumerate(opts):
                own |= ((idx >> opt) & 1) << t
            mask = sum(1 << o for o in opts)
            base = idx & ~mask
            order = np.lexsort((own, base))  # group by the other DMs' options
            out.append(order.reshape(-1, 1 << len(opts)).astype(np.int64))
        return out

    # ----- aggregates over one DM's moves -----

    def min_over_moves(self, values: np.ndarray, dm: int, include_self: bool = False) -> np.ndarray:
        """For each state x: min of ``values`` over feasible y in R_dm(x) (INF if none).

        Infeasible source states get INF. ``include_self`` adds x itself.
        """
        n = self.n
        shape = (2,) * n
        sees = self.sees(dm)
        v = np.where(sees, values, INF).astype(np.int32)
        best = v.reshape(shape).copy()
        track = not include_self
        if track:
            idx = np.arange(self.size, dtype=np.int32).reshape(shape)
            second = np.full(shape, INF, dtype=np.int32)
        for opt in self.dm_options[dm]:
            ax = n - 1 - opt
            s0 = (slice(None),) * ax + (0,)
            s1 = (slice(None),) * ax + (1,)
            b0, b1 = best[s0], best[s1]
            take0 = b0 <= b1
            new_best = np.where(take0, b0, b1)
            if track:
                i0, i1 = idx[s0], idx[s1]
                new_idx = np.where(take0, i0, i1)
                new_second = np.minimum(np.where(take0, b1, b0), np.minimum(second[s0], second[s1]))
            direction = self.directions[opt]
            targets = [s0, s1] if direction == "both" else [s0] if direction == "forward" else [s1]
            for s in targets:
                best[s] = new_best
                if track:
                    idx[s] = new_idx
                    second[s] = new_second
        result = best.reshape(-1)
        if track:
            own = idx.reshape(-1) == np.arange(self.size, dtype=np.int32)
            result = np.where(own, second.reshape(-1), result)
        if include_self:  # a DM that cannot move from x still has x itself
            return np.where(sees, result, np.where(self.feasible, values, INF))
        return np.where(sees, result, INF)

    def max_over_moves(self, values: np.ndarray, dm: int, include_self: bool = False) -> np.ndarray:
        """For each state x: max of ``values`` over R_dm(x) (-INF if none)."""
        return -self.min_over_moves(-np.where(self.feasible, values, -INF), dm, include_self)

    def min_over_improvements(self, values: np.ndarray, dm: int) -> np.ndarray:
        """For each x: min of ``values`` over y in R+_dm(x), the DM's unilateral improvements."""
        sees = self.sees(dm)
        v = np.where(sees, values, INF).astype(np.int32)
        if self.reversible(dm):
            order, nxt = self.sorted_groups(dm)
            vs = v[order]
            g = vs.shape[0]
            suffix = np.empty((g, vs.shape[1] + 1), dtype=np.int32)
            suffix[:, -1] = INF
            suffix[:, :-1] = np.minimum.accumulate(vs[:, ::-1], axis=1)[:, ::-1]
            out = np.empty(self.size, dtype=np.int32)
            out[order] = np.take_along_axis(suffix, nxt, axis=1)
        else:
            gather = self.gather(dm)
            vg, pg = v[gather], np.where(sees, self.payoffs[dm], -1)[gather]
            allowed = self.allowed_combos(dm)
            res = np.empty(vg.shape, dtype=np.int32)
            for a in range(vg.shape[1]):
                ok = allowed[a][None, :] & (pg > pg[:, a:a + 1])
                res[:, a] = np.where(ok, vg, INF).min(axis=1)
            out = np.empty(self.size, dtype=np.int32)
            out[gather] = res
        return np.where(sees, out, INF)

    def sorted_groups(self, dm: int) -> tuple[np.ndarray, np.ndarray]:
        """Per group, states sorted by the DM's payoff and each one's first strictly better position."""
        cache = self.__dict__.setdefault("_sort_cache", {})
        if dm not in cache:
            gather = self.gather(dm)
            pg = np.where(self.sees(dm), self.payoffs[dm], -1)[gather]
            perm = np.argsort(pg, axis=1, kind="stable")
            ps = np.take_along_axis(pg, perm, axis=1)
            k = ps.shape[1]
            last = np.ones(ps.shape, dtype=bool)
            last[:, :-1] = ps[:, 1:] != ps[:, :-1]
            cand = np.where(last, np.arange(1, k + 1), k)
            nxt = np.minimum.accumulate(cand[:, ::-1], axis=1)[:, ::-1]
            cache[dm] = (np.take_along_axis(gather, perm, axis=1), nxt)
        return cache[dm]

    def coalition_min(self, values: np.ndarray, movers: list[int], improving: bool = False) -> np.ndarray:
        """Min of ``values`` over states reachable from x by a legal sequence of moves.

        A legal sequence (Fang, Hipel & Kilgour 1993; Xu, Hipel & Kilgour 2009)
        has at least one move, each by a member of ``movers``, and no DM moves
        twice in a row; with ``improving`` every move is a unilateral improvement
        for the DM making it. Computed as a fixed point over (state, last mover).
        """
        if not movers:
            return np.full(self.size, INF, dtype=np.int32)

        def step(d: int, f: np.ndarray) -> np.ndarray:
            if improving:
                return self.min_over_improvements(f, d)
            return self.min_over_moves(f, d)

        w = np.where(self.feasible, values, INF).astype(np.int32)
        if len(movers) == 1:
            return step(movers[0], w)
        arrive = {d: w for d in movers}
        while True:
            onward = {d: step(d, arrive[d]) for d in movers}
            changed = False
            for d in movers:
                others = [onward[e] for e in movers if e != d]
                new = np.minimum(w, np.minimum.reduce(others) if len(others) > 1 else others[0])
                if not np.array_equal(new, arrive[d]):
                    changed = True
                arrive[d] = new
            if not changed:
                return np.minimum.reduce([onward[d] for d in movers])
