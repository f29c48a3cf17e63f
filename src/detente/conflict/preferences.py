"""Each DM's payoff over states, from option prioritisation or a direct ranking.

Option prioritisation follows GMCR II / GMCR+ (Hipel et al. 1997; Fang et
al. 2003): statement p of c adds 2**(c-p-1) to a state's score when it holds,
so states compare lexicographically by the statements they satisfy.
"""

from __future__ import annotations

import numpy as np

from ..errors import ModelError
from .model import Preference
from .states import StateSpace

UNRANKED = -1


def statement_truths(space: StateSpace, pref: Preference) -> np.ndarray:
    """Bool matrix (statements x feasible states)."""
    rows = [np.asarray(s.expression.evaluate(space.option_true), dtype=bool)[space.decimals]
            for s in pref.statements]
    if not rows:
        return np.zeros((0, len(space)), dtype=bool)
    return np.vstack(rows)


def prioritisation_scores(space: StateSpace, pref: Preference) -> list[int]:
    """GMCR+ scores of the feasible states (Python ints: any number of statements)."""
    truths = statement_truths(space, pref)
    c = len(truths)
    scores = [0] * len(space)
    for p, row in enumerate(truths):
        weight = 1 << (c - p - 1)
        for k in np.flatnonzero(row):
            scores[k] += weight
    return scores


def _dense_rank_lex(truths: np.ndarray) -> np.ndarray:
    """Dense rank (0 = least preferred) of columns compared lexicographically."""
    if truths.shape[0] == 0:
        return np.zeros(truths.shape[1], dtype=np.int32)
    if truths.shape[0] <= 62:
        weights = np.left_shift(np.int64(1), np.arange(truths.shape[0] - 1, -1, -1, dtype=np.int64))
        score = weights @ truths.astype(np.int64)
        _, rank = np.unique(score, return_inverse=True)
        return rank.astype(np.int32)
    order = np.lexsort(truths[::-1])
    sorted_cols = truths[:, order]
    new_level = np.any(sorted_cols[:, 1:] != sorted_cols[:, :-1], axis=0)
    levels = np.concatenate([[0], np.cumsum(new_level)])
    rank = np.empty(truths.shape[1], dtype=np.int32)
    rank[order] = levels
    return rank


def ranking_levels(space: StateSpace, pref: Preference) -> np.ndarray:
    """Dense rank of feasible states from a direct ranking (tiers, most preferred first)."""
    tiers = pref.ranking or ()
    tier_of = np.full(space.size, UNRANKED, dtype=np.int64)
    field = f"preferences.{pref.dm}.ranking"
    for t, tier in enumerate(tiers):
        for pattern in tier:
            if len(pattern) != space.n or any(c not in "YN-" for c in pattern):
                raise ModelError(f"pattern {pattern!r} must have {space.n} letters Y, N or -",
                                 field=field)
            hit = space.matching(pattern) & space.feasible
            if not hit.any():
                raise ModelError(f"pattern {pattern!r} matches no feasible state", field=field)
            tier_of[hit & (tier_of == UNRANKED)] = t
    missing = space.decimals[tier_of[space.decimals] == UNRANKED]
    if len(missing):
        shown = ", ".join(space.pattern(d) for d in missing[:5])
        more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        raise ModelError(f"feasible states not ranked: {shown}{more}", field=field)
    return (len(tiers) - 1 - tier_of[space.decimals]).astype(np.int32)


def payoffs(space: StateSpace, pref: Preference) -> np.ndarray:
    """Payoff of every hypercube state for one DM (dense rank; higher is better).

    Infeasible states get -1; they are never reached.
    """
    if pref.ranking is not None:
        levels = ranking_levels(space, pref)
    else:
        levels = _dense_rank_lex(statement_truths(space, pref))
    full = np.full(space.size, -1, dtype=np.int32)
    full[space.decimals] = levels
    return full
