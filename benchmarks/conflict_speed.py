"""Time and peak memory of the stability analysis on large random models.

Each case runs in its own process so that peak memory is its own. Targets
(issue 2): 2 DMs x 16 options under 5 s; 3 DMs x 20 options under 60 s and
4 GB; whole `detente analyze` runs on 13 and 14 options far below gmcr-py's
47 s and 266 s.

    python benchmarks/conflict_speed.py            # all cases
    python benchmarks/conflict_speed.py 2x16       # one case
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CASES = {"2x16": (2, 16), "3x20": (3, 20), "3x20-irrev": (3, 20)}
CLI_CASES = {"cli-2x13": (2, 13), "cli-2x14": (2, 14), "cli-3x14": (3, 14)}
CORE = ("nash", "gmr", "smr", "seq")


def random_conflict(n_dms: int, n_options: int, seed: int = 1, irreversible: bool = False):
    """Options split evenly; 8 random prioritisation statements per DM; no infeasibility.

    With ``irreversible`` every third option may only go N->Y (the slower, general path)."""
    from detente.conflict.expressions import conj, disj, neg, var
    from detente.conflict.model import Conflict, DecisionMaker, Option, Preference, Statement

    rng = random.Random(seed)
    names = [f"o{k}" for k in range(n_options)]
    owners = [k * n_dms // n_options for k in range(n_options)]
    dms = [DecisionMaker(f"DM{d}", tuple(n for n, o in zip(names, owners) if o == d)) for d in range(n_dms)]
    options = tuple(Option(n, f"DM{o}", direction="forward" if irreversible and k % 3 == 0 else "both")
                    for k, (n, o) in enumerate(zip(names, owners)))

    def literal():
        v = var(rng.choice(names))
        return v if rng.random() < 0.5 else neg(v)

    def statement():
        kind = rng.random()
        if kind < 0.4:
            return literal()
        if kind < 0.7:
            return conj([literal(), literal()])
        return disj([literal(), conj([literal(), literal()])])

    prefs = tuple(Preference(d.name, tuple(Statement(e, str(e)) for e in (statement() for _ in range(8))))
                  for d in dms)
    status_quo = "N" * n_options
    return Conflict(f"random {n_dms}x{n_options}", tuple(dms), options, (), prefs, status_quo)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_case(name: str) -> dict:
    from detente.conflict import Analysis

    n_dms, n_options = CASES[name]
    conflict = random_conflict(n_dms, n_options, irreversible=name.endswith("irrev"))
    start = time.perf_counter()
    analysis = Analysis(conflict, CORE)
    counts = {c: int(analysis.equilibrium_mask(c).sum()) for c in CORE}
    elapsed = time.perf_counter() - start
    return {"case": name, "states": len(analysis.space), "seconds": round(elapsed, 2),
            "peak_mb": round(peak_mb()), "equilibria": counts}


def run_cli_case(name: str) -> dict:
    """Whole process, start-up included: `detente analyze FILE.gmcr --json > /dev/null`."""
    from detente.conflict import dump_gmcr

    n_dms, n_options = CLI_CASES[name]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{name}.gmcr"
        dump_gmcr(random_conflict(n_dms, n_options), path)
        detente = Path(sys.executable).with_name("detente")
        start = time.perf_counter()
        subprocess.run([str(detente), "analyze", str(path), "--json"], check=True, stdout=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
        child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"case": name, "states": 2 ** n_options, "seconds": round(elapsed, 2), "peak_mb": round(child),
            "concepts": "all six, full JSON"}


def main(argv: list[str]) -> None:
    if len(argv) == 2 and argv[0] == "--child":
        result = run_cli_case(argv[1]) if argv[1] in CLI_CASES else run_case(argv[1])
        print(json.dumps(result))
        return
    names = argv or [*CASES, *CLI_CASES]
    print(f"{'case':<10} {'states':>9} {'seconds':>8} {'peak MB':>8}  notes")
    for name in names:
        out = subprocess.run([sys.executable, __file__, "--child", name], check=True,
                             capture_output=True, text=True).stdout
        r = json.loads(out)
        notes = r.get("concepts") or "Nash, GMR, SMR, SEQ; equilibria " + json.dumps(r["equilibria"])
        print(f"{r['case']:<10} {r['states']:>9} {r['seconds']:>8} {r['peak_mb']:>8}  {notes}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
