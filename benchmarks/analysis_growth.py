"""How coalition analysis, limited-move stability (L_1..L_4, NM) and the hold search grow with
states and DMs, on random models (the generator of conflict_speed.py).

Targets (issue 11): coalition analysis and L_h for h up to 4 on a 3-DM, 12-option model in
seconds; the hold search on examples/hostage-talks-april-2025.yaml under a second.

    python benchmarks/analysis_growth.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from conflict_speed import random_conflict  # noqa: E402
from detente.conflict import analyse, load_model  # noqa: E402
from detente.conflict.hold import make_hold  # noqa: E402

CASES = [(2, 8), (2, 12), (2, 16), (3, 9), (3, 12), (3, 15), (4, 12)]
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "hostage-talks-april-2025.yaml"


def timed(work, *args) -> tuple[float, object]:
    start = time.perf_counter()
    result = work(*args)
    return time.perf_counter() - start, result


def growth_row(n_dms: int, n_options: int) -> str:
    conflict = random_conflict(n_dms, n_options)
    analysis = analyse(conflict, ("nash", "gmr", "smr", "seq"))
    eq_time, eq = timed(lambda: {c: analysis.equilibria(c) for c in ("gmr", "seq")})
    co_time, verdicts = timed(lambda: [analysis.coalitions.equilibria(c) for c in ("gmr", "seq")])
    lh_time, _ = timed(lambda: [analysis.limited_move(h, d) for h in range(1, 5) for d in analysis.dm_names])
    nm = "-"
    if n_dms == 2:
        nm_time, _ = timed(lambda: [analysis.non_myopic(d) for d in analysis.dm_names])
        nm = f"{nm_time:.2f}"
    tested = sum(len(v) for v in verdicts)
    return (f"{n_dms:>3} {n_options:>7} {2 ** n_options:>8} {eq_time:>9.2f} {tested:>10} {co_time:>10.2f}"
            f" {lh_time:>10.2f} {nm:>7}")


def main() -> None:
    print("Coalitions (GMR and SEQ, every equilibrium) and L_1..L_4 for every DM, seconds")
    print(f"{'DMs':>3} {'options':>7} {'states':>8} {'stability':>9} {'equilibria':>10} {'coalitions':>10}"
          f" {'L_1..L_4':>10} {'NM':>7}")
    for n_dms, n_options in CASES:
        print(growth_row(n_dms, n_options), flush=True)
    conflict = load_model(EXAMPLE)
    print("\nHold search on the hostage-talks model (fewest statement edits), seconds")
    for target in ("YNYYNN", "YNNYNN", "NYNNYN"):
        for concept in ("nash", "gmr", "seq"):
            seconds, changes = timed(make_hold, conflict, target, concept)
            size = changes[0].size if changes else "-"
            print(f"  {target} {concept:<4} {seconds:6.3f}  {len(changes)} change(s) of size {size}")
    print("\nHold search on random 2-DM models (statements per DM: 8)")
    for n_options in (6, 8, 10, 12):
        conflict = random_conflict(2, n_options, seed=3)
        analysis = analyse(conflict, ("seq",))
        unstable = [p for p in analysis.patterns.tolist() if p not in analysis.equilibria("seq")]
        seconds, changes = timed(make_hold, conflict, unstable[0], "seq", 1)
        print(f"  {n_options:>2} options {2 ** n_options:>5} states  {seconds:6.2f}  {len(changes)} single edit(s)")


if __name__ == "__main__":
    main()
