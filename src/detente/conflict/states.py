"""The state space: every Y/N combination of the options, and which are feasible.

States live on the full hypercube (index = decimal number, sum of 2**k over
options k that are Y), so a DM's moves are changes along its own option bits.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np

from ..errors import ModelError
from .model import Conflict

MAX_OPTIONS = 26


def pattern_of(decimal: int, n: int) -> str:
    """Y/N pattern of a state, one letter per option in model order."""
    return "".join("Y" if (decimal >> k) & 1 else "N" for k in range(n))


def decimal_of(pattern: str) -> int:
    """Decimal number of a full Y/N pattern."""
    return sum(1 << k for k, c in enumerate(pattern) if c == "Y")


def pattern_mask(pattern: str) -> tuple[int, int]:
    """(care bits, required values) of a pattern whose ``-`` letters match either."""
    care = sum(1 << k for k, c in enumerate(pattern) if c in "YN")
    return care, decimal_of(pattern)


class StateSpace:
    """Feasible states of a conflict, with decimal and ordinal numbering."""

    def __init__(self, conflict: Conflict) -> None:
        n = len(conflict.options)
        if n > MAX_OPTIONS:
            raise ModelError(f"{n} options is more than the {MAX_OPTIONS} this engine handles",
                             field="options")
        self.conflict = conflict
        self.n = n
        self.size = 1 << n
        self.index = {name: k for k, name in enumerate(conflict.option_names)}
        feasible = np.ones(self.size, dtype=bool)
        for rule in conflict.infeasible:
            feasible &= ~np.asarray(rule.expression.evaluate(self.option_true), dtype=bool)
        if not feasible.any():
            raise ModelError("no state is feasible: the infeasibility rules exclude every state",
                             field="infeasible")
        self.feasible = feasible
        self.decimals = np.flatnonzero(feasible)  # ordinal k+1 -> decimal
        self.ordinal = np.zeros(self.size, dtype=np.int64)
        self.ordinal[self.decimals] = np.arange(1, len(self.decimals) + 1)

    @cached_property
    def _all(self) -> np.ndarray:
        return np.arange(self.size, dtype=np.int64)

    def option_true(self, name: str) -> np.ndarray:
        """Truth of option ``name`` in every state of the hypercube."""
        return ((self._all >> self.index[name]) & 1).astype(bool)

    def perceived(self, dm: str) -> np.ndarray:
        """Mask of feasible states ``dm`` perceives (all of them unless it misperceives some)."""
        mask = self.feasible.copy()
        for rule in self.conflict.decision_maker(dm).misperceives:
            mask &= ~np.asarray(rule.expression.evaluate(self.option_true), dtype=bool)
        return mask

    def __len__(self) -> int:
        return len(self.decimals)

    def pattern(self, decimal: int) -> str:
        return pattern_of(int(decimal), self.n)

    def patterns(self) -> list[str]:
        """Patterns of the feasible states, in ordinal order."""
        return [pattern_of(int(d), self.n) for d in self.decimals]

    def matching(self, pattern: str) -> np.ndarray:
        """Mask of hypercube states matching a pattern with ``-`` wildcards."""
        care, value = pattern_mask(pattern)
        return (self._all & care) == value

    def tableau(self) -> list[tuple[str, str, list[str]]]:
        """Rows (DM, option, Y/N per feasible state) in the literature's tableau form."""
        rows = []
        for dm in self.conflict.decision_makers:
            for name in dm.options:
                k = self.index[name]
                bits = (self.decimals >> k) & 1
                rows.append((dm.name, name, ["Y" if b else "N" for b in bits]))
        return rows
