"""Legal sequences of unilateral moves from one state, with shortest paths.

Used for coalition reachability (which states a group of DMs can reach, no
DM moving twice in a row) and for status quo analysis (where unilateral
improvements lead from the status quo). Breadth-first over (state, last
mover), one vectorised step per frontier and DM.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .moves import MoveGraph

_CHUNK = 1 << 22


@dataclass(frozen=True)
class Step:
    """One move in a path: who moved, from which state to which (decimal numbers)."""

    dm: int
    before: int
    after: int


class Sequences:
    """Shortest legal sequences from ``start`` by ``movers`` (only UIs if ``improving``)."""

    def __init__(self, graph: MoveGraph, start: int, movers: list[int], improving: bool) -> None:
        self.graph, self.start, self.movers = graph, int(start), list(movers)
        n_dm = len(graph.dm_options)
        size = graph.size
        # row 0: reached with no move yet; row d+1: last move by DM d
        self.dist = np.full((n_dm + 1, size), -1, dtype=np.int32)
        self.parent = np.full((n_dm + 1, size), -1, dtype=np.int64)
        self.parent_row = np.full((n_dm + 1, size), -1, dtype=np.int8)
        self.dist[0, self.start] = 0
        frontier = [(np.array([self.start], dtype=np.int64), 0)]
        depth = 0
        while frontier:
            depth += 1
            new_frontier = []
            for d in self.movers:
                sources = [(xs, row) for xs, row in frontier if row != d + 1]
                reached = [self._expand(xs, row, d, improving, depth) for xs, row in sources]
                reached = [r for r in reached if len(r)]
                if reached:
                    new_frontier.append((np.unique(np.concatenate(reached)), d + 1))
            frontier = new_frontier

    def _expand(self, xs: np.ndarray, row: int, d: int, improving: bool, depth: int) -> np.ndarray:
        g = self.graph
        opts = g.dm_options[d]
        mask = sum(1 << o for o in opts)
        spread = np.zeros(1 << len(opts), dtype=np.int64)
        for t, o in enumerate(opts):
            spread |= ((np.arange(1 << len(opts)) >> t) & 1) << o
        allowed = g.allowed_combos(d)
        out = []
        step = max(1, _CHUNK // len(spread))
        for k in range(0, len(xs), step):
            x = xs[k:k + step]
            combo = np.zeros(len(x), dtype=np.int64)
            for t, o in enumerate(opts):
                combo |= ((x >> o) & 1) << t
            targets = (x & ~mask)[:, None] | spread[None, :]
            sees = g.sees(d)
            ok = allowed[combo] & sees[targets] & sees[x][:, None] & (targets != x[:, None])
            if improving:
                p = g.payoffs[d]
                ok &= p[targets] > p[x][:, None]
            src_idx, col = np.nonzero(ok)
            t = targets[src_idx, col]
            fresh = self.dist[d + 1, t] < 0
            t, src = t[fresh], x[src_idx[fresh]]
            t, first = np.unique(t, return_index=True)
            self.dist[d + 1, t] = depth
            self.parent[d + 1, t] = src[first]
            self.parent_row[d + 1, t] = row
            out.append(t)
        return np.concatenate(out) if out else np.zeros(0, dtype=np.int64)

    def reached(self, include_start: bool = False) -> np.ndarray:
        """Mask of states reached by at least one move (or the start itself)."""
        mask = (self.dist[1:] >= 0).any(axis=0)
        if include_start:
            mask[self.start] = True
        return mask

    def distance(self, state: int) -> int | None:
        """Fewest moves to ``state`` (0 for the start), None if unreachable."""
        if state == self.start:
            return 0
        d = self.dist[1:, state]
        d = d[d >= 0]
        return int(d.min()) if len(d) else None

    def path(self, state: int) -> list[Step] | None:
        """A shortest legal sequence from the start to ``state``."""
        if state == self.start:
            return []
        rows = self.dist[:, state]
        candidates = [r for r in range(1, len(rows)) if rows[r] >= 0]
        if not candidates:
            return None
        row = min(candidates, key=lambda r: rows[r])
        steps = []
        s = state
        while row != 0:
            before, prev_row = int(self.parent[row, s]), int(self.parent_row[row, s])
            steps.append(Step(row - 1, before, s))
            s, row = before, prev_row
        return steps[::-1]
