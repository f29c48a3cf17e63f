"""Coalition reachability from up to 64 start states at once, one bit per start.

R_H(s) — the states a coalition H reaches from s by legal sequences of its
members' unilateral moves, no DM twice in a row — for many s at the same time:
each hypercube state holds a 64-bit word whose bit b says "reached from start
b". One move of DM d is the image of those words under R_d, computed axis by
axis over d's sub-cubes like the aggregates in moves.py (OR in place of min,
with an "at least two" word so that a state is never its own move).
Breadth first over (state, last mover); first-reach layers are kept, so a
shortest path to any reached state can be read back.
"""

from __future__ import annotations

import numpy as np

from .moves import MoveGraph
from .sequences import Step

WIDTH = 64
_ONE = np.uint64(1)


def image(graph: MoveGraph, dm: int, words: np.ndarray) -> np.ndarray:
    """Per state y: the bits of the words of states x with y in R_dm(x) (x, y seen by ``dm``)."""
    n = graph.n
    shape = (2,) * n
    sees = graph.sees(dm)
    own = np.where(sees, words, np.uint64(0)).astype(np.uint64)
    one = own.reshape(shape).copy()
    two = np.zeros(shape, dtype=np.uint64)
    for opt in graph.dm_options[dm]:
        ax = n - 1 - opt
        s0 = (slice(None),) * ax + (0,)
        s1 = (slice(None),) * ax + (1,)
        a1, a2, b1, b2 = one[s0], two[s0], one[s1], two[s1]
        new_one, new_two = a1 | b1, a2 | b2 | (a1 & b1)
        direction = graph.directions[opt]
        # y receives from x: y with the bit set reaches back to both halves when the move N->Y is allowed
        targets = [s0, s1] if direction == "both" else [s1] if direction == "forward" else [s0]
        for s in targets:
            one[s] = new_one
            two[s] = new_two
    one, two = one.reshape(-1), two.reshape(-1)
    out = (one & ~own) | (two & own)  # a start state is never its own move: it needs another x
    return np.where(sees, out, np.uint64(0))


class BatchReach:
    """R_H from each of ``starts`` (at most 64 hypercube states), with first-reach layers."""

    def __init__(self, graph: MoveGraph, movers: list[int], starts: list[int]) -> None:
        if len(starts) > WIDTH:
            raise ValueError(f"at most {WIDTH} start states at once")
        self.graph, self.movers, self.starts = graph, list(movers), [int(s) for s in starts]
        start = np.zeros(graph.size, dtype=np.uint64)
        for b, s in enumerate(self.starts):
            start[s] |= _ONE << np.uint64(b)
        self.start = start
        self.layers: list[dict[int, np.ndarray]] = [{}]  # layers[k][d]: first reached at depth k, last mover d
        arrived = {d: np.zeros(graph.size, dtype=np.uint64) for d in self.movers}
        sources = {d: start for d in self.movers}
        while True:
            layer = {}
            for d in self.movers:
                new = image(graph, d, sources[d]) & ~arrived[d]
                arrived[d] |= new
                layer[d] = new
            if not any(x.any() for x in layer.values()):
                break
            self.layers.append(layer)
            sources = {d: np.bitwise_or.reduce([layer[e] for e in self.movers if e != d])
                       if len(self.movers) > 1 else np.zeros(graph.size, dtype=np.uint64)
                       for d in self.movers}
        self.reached_words = np.bitwise_or.reduce(list(arrived.values())) if arrived else start * 0

    def reached(self, b: int) -> np.ndarray:
        """Bool over the hypercube: states reached from start b by at least one move."""
        return ((self.reached_words >> np.uint64(b)) & _ONE).astype(bool)

    def nearest(self, b: int, wanted: np.ndarray) -> tuple[int, list[Step]] | None:
        """The wanted state fewest moves from start b (then the lowest decimal), and a path to it."""
        for k in range(1, len(self.layers)):
            for d in self.movers:
                hit = np.flatnonzero(wanted & (((self.layers[k][d] >> np.uint64(b)) & _ONE) == 1))
                if len(hit):
                    target = int(hit[0])
                    return target, self._path(b, target, d, k)
        return None

    def _path(self, b: int, y: int, d: int, k: int) -> list[Step]:
        g = self.graph
        steps: list[Step] = []
        bit = np.uint64(b)
        while k >= 1:
            opts = g.dm_options[d]
            mask = sum(1 << o for o in opts)
            allowed = g.allowed_combos(d)
            combo_y = sum(((y >> o) & 1) << t for t, o in enumerate(opts))
            if k == 1:
                before, mover_before = self.starts[b], None
            else:
                before, mover_before = None, None
                for a in range(1 << len(opts)):
                    x = (y & ~mask) | sum(((a >> t) & 1) << o for t, o in enumerate(opts))
                    if x == y or not allowed[a, combo_y] or not g.sees(d)[x]:
                        continue
                    for e in self.movers:
                        if e != d and (self.layers[k - 1][e][x] >> bit) & _ONE:
                            before, mover_before = x, e
                            break
                    if before is not None:
                        break
            steps.append(Step(d, int(before), y))
            y, d, k = int(before), mover_before, k - 1
        return steps[::-1]
