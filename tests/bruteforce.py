"""Plain, slow implementations of the textbook definitions, to check the engine against.

Written to be read, not to be fast: explicit sets of states, Python loops.
Fang, Hipel & Kilgour (1993), Interactive Decision Making, ch. 3-4 (n-DM forms).
"""

from __future__ import annotations

from detente.conflict.model import Conflict


def feasible_states(c: Conflict) -> list[int]:
    names = c.option_names
    out = []
    for s in range(2 ** len(names)):
        values = {n: bool((s >> k) & 1) for k, n in enumerate(names)}
        if not any(rule.expression.holds(values) for rule in c.infeasible):
            out.append(s)
    return out


def payoff_table(c: Conflict, states: list[int]) -> dict[str, dict[int, float]]:
    """Score per DM and state; a direct ranking gives minus the tier index."""
    names = c.option_names
    table = {}
    for pref in c.preferences:
        scores = {}
        for s in states:
            letters = "".join("Y" if (s >> k) & 1 else "N" for k in range(len(names)))
            if pref.ranking is not None:
                tier = next(t for t, patterns in enumerate(pref.ranking)
                            if any(all(p in "-" or p == x for p, x in zip(pat, letters)) for pat in patterns))
                scores[s] = -tier
            else:
                values = {n: bool((s >> k) & 1) for k, n in enumerate(names)}
                count = len(pref.statements)
                scores[s] = sum(2 ** (count - p - 1) for p, st in enumerate(pref.statements)
                                if st.expression.holds(values))
        table[pref.dm] = scores
    return table


def unilateral_moves(c: Conflict, dm: str, s: int, states: list[int]) -> list[int]:
    """R_i(s): states that differ from s only in dm's options, each change allowed by its direction,
    both perceived by dm (a DM cannot move to or from a state it misperceives, as in gmcr-py)."""
    own = set(c.dm_option_indices(dm))
    unseen = [rule.expression for rule in c.decision_maker(dm).misperceives]
    names = c.option_names

    def perceived(x: int) -> bool:
        values = {n: bool((x >> k) & 1) for k, n in enumerate(names)}
        return not any(e.holds(values) for e in unseen)

    if not perceived(s):
        return []
    out = []
    for t in states:
        if t == s or not perceived(t):
            continue
        ok = True
        for k, option in enumerate(c.options):
            before, after = (s >> k) & 1, (t >> k) & 1
            if before == after:
                continue
            if k not in own:
                ok = False
            elif option.direction == "forward" and before == 1:
                ok = False
            elif option.direction == "backward" and before == 0:
                ok = False
        if ok:
            out.append(t)
    return out


def improvements(c, dm, s, states, pay):
    return [t for t in unilateral_moves(c, dm, s, states) if pay[dm][t] > pay[dm][s]]


def coalition_reach(c, coalition, s, states, pay, improving):
    return _coalition_reach(c, coalition, s, states, pay, improving)


def _coalition_reach(c, coalition, s, states, pay, improving):
    """R_H(s) or R+_H(s): legal sequences, no DM moving twice in a row."""
    reached = set()
    seen = set()
    todo = [(s, None)]
    while todo:
        x, last = todo.pop()
        for dm in coalition:
            if dm == last:
                continue
            nexts = improvements(c, dm, x, states, pay) if improving else unilateral_moves(c, dm, x, states)
            for y in nexts:
                reached.add(y)
                if (y, dm) not in seen:
                    seen.add((y, dm))
                    todo.append((y, dm))
    return reached


def stable(c: Conflict, concept: str, dm: str, s: int, states, pay) -> bool:
    others = [d for d in c.dm_names if d != dm]
    p = pay[dm]
    uis = improvements(c, dm, s, states, pay)
    if concept == "nash":
        return not uis
    if concept == "seqsim":
        return stable(c, "seq", dm, s, states, pay) or stable(c, "sim", dm, s, states, pay)
    if concept == "sim":
        other_uis = [t for o in others for t in improvements(c, o, s, states, pay)]
        if uis and not other_uis:
            return False
        for s1 in uis:
            sanctioned = False
            for s2 in other_uis:
                joint = s1 + s2 - s
                if joint in states and p[joint] <= p[s]:
                    sanctioned = True
            if not sanctioned:
                return False
        return True
    for s1 in uis:
        sanctioned = False
        for s2 in coalition_reach(c, others, s1, states, pay, improving=(concept == "seq")):
            if p[s2] <= p[s]:
                if concept == "smr":
                    if all(p[s3] <= p[s] for s3 in unilateral_moves(c, dm, s2, states)):
                        sanctioned = True
                else:
                    sanctioned = True
        if not sanctioned:
            return False
    return True


def coalition_stable(c: Conflict, concept: str, dm: str, s: int, states, pay, memo=None) -> bool:
    """Inohara & Hipel (2008): for every coalition H containing dm, every coalitional improvement
    (a state H reaches that every member prefers) is sanctioned for dm by the DMs outside H.
    ``memo`` (a dict) only remembers reachable sets between calls on the same model."""
    from itertools import combinations

    memo = {} if memo is None else memo

    def coalition_reach(c, group, x, states, pay, improving):
        key = (tuple(group), x, improving)
        if key not in memo:
            memo[key] = _coalition_reach(c, group, x, states, pay, improving)
        return memo[key]

    p = pay[dm]
    for size in range(1, len(c.dm_names) + 1):
        for h in combinations(c.dm_names, size):
            if dm not in h:
                continue
            rest = [d for d in c.dm_names if d not in h]
            cis = [t for t in coalition_reach(c, list(h), s, states, pay, improving=False)
                   if all(pay[m][t] > pay[m][s] for m in h)]
            for s1 in cis:
                if concept == "nash" or not rest:
                    return False
                answers = coalition_reach(c, rest, s1, states, pay, improving=concept == "seq")
                sanctions = [s2 for s2 in answers if p[s2] <= p[s]]
                if concept == "smr":
                    sanctions = [s2 for s2 in sanctions
                                 if all(p[s3] <= p[s] for s3 in coalition_reach(c, list(h), s2, states, pay,
                                                                                 improving=False))]
                if not sanctions:
                    return False
    return True


def anticipated(c: Conflict, h: int, mover: int, s: int, states, pay, memo=None) -> int:
    """G_h(mover, s) of limited-move stability, by plain recursion (Kilgour 1985; DMs in turn in
    model order, ties to the lowest decimal move). ``memo`` remembers answers on one model."""
    if h == 0:
        return s
    memo = {} if memo is None else memo
    if (h, mover, s) in memo:
        return memo[h, mover, s]
    dm = c.dm_names[mover]
    nxt = (mover + 1) % len(c.dm_names)
    best, best_end = None, None
    for s1 in sorted(unilateral_moves(c, dm, s, states)):
        end = anticipated(c, h - 1, nxt, s1, states, pay, memo)
        if best is None or pay[dm][end] > pay[dm][best_end]:
            best, best_end = s1, end
    memo[h, mover, s] = best_end if best is not None and pay[dm][best_end] > pay[dm][s] else s
    return memo[h, mover, s]


def limited_move_stable(c: Conflict, h: int, dm: str, s: int, states, pay, memo=None) -> bool:
    return anticipated(c, h, c.dm_names.index(dm), s, states, pay, memo) == s
