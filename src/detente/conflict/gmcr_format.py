"""Import and export the ``.gmcr`` save files of gmcr-py (the open-source GMCR+ tool).

So analysts can move models both ways. Misperceptions (states a DM does
not perceive) are read and written; features detente does not model (fixed
coalitions of several DMs, indistinguishable states) are refused, never misread.
"""

from __future__ import annotations

import json
import re
from itertools import product
from pathlib import Path

from ..errors import ModelError
from .expressions import Expr, conj, disj, neg, var
from .gmcr_schema import check_gmcr
from .model import Conflict, DecisionMaker, Infeasibility, Option, Preference, Statement
from .preferences import payoffs
from .states import StateSpace, decimal_of, pattern_of

_TO_DIRECTION = {"both": "both", "fwd": "forward", "back": "backward"}
_FROM_DIRECTION = {v: k for k, v in _TO_DIRECTION.items()}


def option_id(name: str, taken: set[str]) -> str:
    """A readable identifier for an option name, unique among ``taken``."""
    base = re.sub(r"[^0-9a-zA-Z]+", "_", name.strip()).strip("_").lower() or "option"
    if base[0].isdigit():
        base = "o_" + base
    ident, k = base, 2
    while ident in taken:
        ident, k = f"{base}_{k}", k + 1
    taken.add(ident)
    return ident


def load_gmcr(path: str | Path) -> Conflict:
    """Read a gmcr-py save file into a Conflict."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelError(f"cannot read file: {exc}", source=str(path)) from None
    except json.JSONDecodeError as exc:
        raise ModelError(f"not valid JSON: {exc.msg}", source=str(path), line=exc.lineno) from None
    except RecursionError:
        raise ModelError("not a gmcr-py save file: JSON nested too deeply", source=str(path)) from None
    check_gmcr(data, str(path))
    try:
        return _from_dict(data, path.stem)
    except ModelError as exc:
        raise ModelError(exc.message, source=str(path), field=exc.field) from None
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        raise ModelError(f"not a gmcr-py save file ({type(exc).__name__}: {exc})",
                         source=str(path)) from None


def _refuse_unsupported(data: dict) -> None:
    for co in data.get("coalitions", []) or []:
        if isinstance(co, list) and len(co) > 1:
            raise ModelError("uses coalitions of several decision makers, which detente does not "
                             "model yet", field="coalitions")
    if data.get("indistinguishables"):
        raise ModelError("uses indistinguishable states, which detente does not model yet",
                         field="indistinguishables")


def _conjunction(items: list, ids: list[str]) -> Expr:
    if not items:
        raise ModelError("empty condition", field="preferences")
    return conj([var(ids[i]) if yn == "Y" else neg(var(ids[i])) for i, yn in items])


def _condition(item, ids: list[str]) -> Expr:
    if isinstance(item, dict):
        if not item["members"]:  # an empty OR never holds
            return conj([var(ids[0]), neg(var(ids[0]))])
        return disj([_conjunction(m, ids) for m in item["members"]])
    return _conjunction(item, ids)


def _from_dict(data: dict, default_name: str) -> Conflict:
    _refuse_unsupported(data)
    taken: set[str] = set()
    raw_options = data["options"]
    ids = [option_id(o["name"], taken) for o in raw_options]
    owner: dict[int, str] = {}
    dms = []
    for dm in data["decisionMakers"]:
        if not dm["options"]:
            raise ModelError(f"decision maker {dm['name']!r} has no options", field="decisionMakers")
        for i in dm["options"]:
            if i in owner:
                raise ModelError(f"option {raw_options[i]['name']!r} belongs to two decision makers",
                                 field="decisionMakers")
            owner[i] = dm["name"]
        unseen = tuple(Infeasibility(e, str(e)) for e in
                       (_conjunction(c, ids) for c in dm.get("misperceptions") or []))
        dms.append(DecisionMaker(dm["name"], tuple(ids[i] for i in dm["options"]), (), unseen))
    if len({d.name for d in dms}) != len(dms):
        raise ModelError("two decision makers share a name", field="decisionMakers")
    options = []
    for i, o in enumerate(raw_options):
        if i not in owner:
            raise ModelError(f"option {o['name']!r} is controlled by no decision maker", field="options")
        direction = _TO_DIRECTION.get(o.get("permittedDirection", "both"))
        if direction is None:
            raise ModelError(f"unknown permittedDirection {o['permittedDirection']!r}", field="options")
        options.append(Option(ids[i], owner[i], o["name"], direction))
    infeasible = tuple(Infeasibility(e, str(e)) for e in
                       (_conjunction(c, ids) for c in data.get("infeasibles", [])))
    base = Conflict(data.get("name") or default_name, tuple(dms), tuple(options), infeasible)
    manual = data.get("useManualPreferenceRanking") or data.get("useManualPreferenceVectors")
    space = StateSpace(base) if manual else None
    prefs = []
    for dm in data["decisionMakers"]:
        if manual:
            ranking = dm.get("preferenceRanking") or dm.get("preferenceVector")
            prefs.append(Preference(dm["name"], ranking=_ranking_patterns(ranking, space)))
            payoffs(space, prefs[-1])  # every feasible state ranked: refused here, as `analyze` would
        else:
            statements = tuple(Statement(e, str(e)) for e in
                               (_condition(c, ids) for c in dm.get("preferences", [])))
            prefs.append(Preference(dm["name"], statements=statements))
    return Conflict(base.name, base.decision_makers, base.options, base.infeasible, tuple(prefs))


def _ranking_patterns(ranking: list, space: StateSpace) -> tuple[tuple[str, ...], ...]:
    tiers = []
    for entry in ranking:
        ordinals = entry if isinstance(entry, list) else [entry]
        tier = []
        for k in ordinals:
            if not 1 <= k <= len(space):
                raise ModelError(f"ranking names state {k}, but there are {len(space)} feasible states",
                                 field="preferenceRanking")
            tier.append(space.pattern(space.decimals[k - 1]))
        tiers.append(tuple(tier))
    return tuple(tiers)


def _minterms(expr: Expr, names: list[str], positions: dict[str, int]) -> list[list]:
    """The expression as a disjunction of full conjunctions over the options it names."""
    involved = sorted(expr.options(), key=positions.get)
    terms = []
    for values in product([False, True], repeat=len(involved)):
        assignment = dict(zip(involved, values))
        if expr.holds(assignment):
            terms.append([[positions[n], "Y" if assignment[n] else "N"] for n in involved])
    return terms


def to_gmcr(conflict: Conflict) -> dict:
    """A gmcr-py save file (as a dict) for a Conflict."""
    names = conflict.option_names
    positions = {n: k for k, n in enumerate(names)}
    space = StateSpace(conflict)
    options = [{"name": o.description or o.name, "permittedDirection": _FROM_DIRECTION[o.direction]}
               for o in conflict.options]
    infeasibles = [t for rule in conflict.infeasible for t in _minterms(rule.expression, names, positions)]
    manual = any(p.ranking is not None for p in conflict.preferences)
    dms = []
    for dm in conflict.decision_makers:
        pref = conflict.preference(dm.name)
        entry: dict = {"name": dm.name, "options": [positions[o] for o in dm.options]}
        if dm.misperceives:
            entry["misperceptions"] = [t for rule in dm.misperceives
                                       for t in _minterms(rule.expression, names, positions)]
        if manual:
            entry["preferences"] = []
            entry["preferenceRanking"] = _ordinal_ranking(space, payoffs(space, pref))
        else:
            entry["preferences"] = [_statement_json(s.expression, names, positions)
                                    for s in pref.statements]
        dms.append(entry)
    return {"program": "gmcr-py", "version": "0.3.12", "options": options,
            "infeasibles": infeasibles, "decisionMakers": dms,
            "useManualPreferenceRanking": manual, "useManualPreferenceVectors": False}


def _statement_json(expr: Expr, names: list[str], positions: dict[str, int]):
    terms = _minterms(expr, names, positions)
    if not terms:  # never holds: a contradiction gmcr-py can read
        k = positions[min(expr.options(), key=positions.get)]
        return [[k, "Y"], [k, "N"]]
    if len(terms) == 1:
        return terms[0]
    return {"compound": True, "members": terms}


def _ordinal_ranking(space: StateSpace, payoff) -> list:
    levels: dict[int, list[int]] = {}
    for ordinal, decimal in enumerate(space.decimals, start=1):
        levels.setdefault(int(payoff[decimal]), []).append(ordinal)
    return [v[0] if len(v) == 1 else v for _, v in sorted(levels.items(), reverse=True)]


def dump_gmcr(conflict: Conflict, path: str | Path) -> None:
    Path(path).write_text(json.dumps(to_gmcr(conflict), indent=1), encoding="utf-8")


__all__ = ["load_gmcr", "to_gmcr", "dump_gmcr", "option_id", "decimal_of", "pattern_of"]
