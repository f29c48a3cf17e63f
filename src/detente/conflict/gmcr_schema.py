"""The schema of a gmcr-py ``.gmcr`` save file, checked once before the model is built.

Every field the loader uses is checked for type and range here (option
indices inside the option list, Y/N letters, whole-number rankings), so a
damaged or hand-edited file gets one line naming the field, never a
traceback from deep inside the loader. Keys gmcr-py writes that detente does
not use are left alone.
"""

from __future__ import annotations

from typing import Any

from ..errors import ModelError
from .limits import check_option_count

DIRECTIONS = ("both", "fwd", "back")


def _kind(value: Any) -> str:
    kinds = {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object",
             str: "a string", type(None): "null"}
    return kinds.get(type(value), type(value).__name__)


class _Checker:
    def __init__(self, n_options: int = 0) -> None:
        self.n = n_options

    def fail(self, field: str, expected: str, value: Any = ...) -> ModelError:
        got = f", got {_kind(value)}" if value is not ... else ""
        return ModelError(f"expected {expected}{got}", field=field)

    def typed(self, value: Any, kind: type, field: str, expected: str) -> Any:
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(field, expected, value)
        return value

    def name(self, value: Any, field: str) -> str:
        self.typed(value, str, field, "a name (a string)")
        if not value.strip():
            raise self.fail(field, "a name that is not empty")
        return value

    def index(self, value: Any, field: str) -> int:
        self.typed(value, int, field, "an option index (a whole number)")
        if not 0 <= value < self.n:
            raise ModelError(f"option index {value} is out of range (there are {self.n} options, "
                             f"0 to {self.n - 1})", field=field)
        return value

    def literal(self, value: Any, field: str) -> None:
        if not isinstance(value, list) or len(value) != 2:
            raise self.fail(field, "a pair [option index, \"Y\" or \"N\"]", value)
        self.index(value[0], f"{field}[0]")
        if value[1] not in ("Y", "N"):
            raise self.fail(f"{field}[1]", "\"Y\" or \"N\"", value[1])

    def conjunction(self, value: Any, field: str) -> None:
        self.typed(value, list, field, "a list of [option index, \"Y\"/\"N\"] pairs")
        for i, item in enumerate(value):
            self.literal(item, f"{field}[{i}]")

    def condition(self, value: Any, field: str) -> None:
        if isinstance(value, dict):
            members = value.get("members")
            self.typed(members, list, f"{field}.members", "a list of conditions")
            for i, member in enumerate(members):
                self.conjunction(member, f"{field}.members[{i}]")
        else:
            self.conjunction(value, field)

    def conditions(self, value: Any, field: str) -> None:
        if value is None:
            return
        self.typed(value, list, field, "a list of conditions")
        for i, item in enumerate(value):
            self.condition(item, f"{field}[{i}]")

    def conjunctions(self, value: Any, field: str) -> None:
        if value is None:
            return
        self.typed(value, list, field, "a list of conditions")
        for i, item in enumerate(value):
            self.conjunction(item, f"{field}[{i}]")

    def ranking(self, value: Any, field: str) -> None:
        self.typed(value, list, field, "a list of state numbers, most preferred first")
        for i, entry in enumerate(value):
            for k, state in enumerate(entry if isinstance(entry, list) else [entry]):
                sub = f"{field}[{i}][{k}]" if isinstance(entry, list) else f"{field}[{i}]"
                self.typed(state, int, sub, "a state number (a whole number from 1)")

    def option(self, value: Any, field: str) -> None:
        self.typed(value, dict, field, "an object with 'name' and 'permittedDirection'")
        self.name(value.get("name"), f"{field}.name")
        direction = value.get("permittedDirection", "both")
        if direction not in DIRECTIONS:
            shown = repr(direction[:40]) if isinstance(direction, str) else _kind(direction)
            raise ModelError(f"expected one of {', '.join(DIRECTIONS)}, got {shown}",
                             field=f"{field}.permittedDirection")

    def decision_maker(self, value: Any, field: str, manual: bool) -> None:
        self.typed(value, dict, field, "an object with 'name', 'options' and 'preferences'")
        self.name(value.get("name"), f"{field}.name")
        options = value.get("options")
        self.typed(options, list, f"{field}.options", "a list of option indices")
        for i, item in enumerate(options):
            self.index(item, f"{field}.options[{i}]")
        if manual:
            key = "preferenceRanking" if value.get("preferenceRanking") else "preferenceVector"
            self.ranking(value.get(key), f"{field}.{key}")
        else:
            self.conditions(value.get("preferences", []), f"{field}.preferences")
        self.conjunctions(value.get("misperceptions"), f"{field}.misperceptions")


def check_gmcr(data: Any, source: str | None = None) -> None:
    """Raise a ModelError naming the field of the first thing in ``data`` the loader could not use."""
    checker = _Checker()
    try:
        checker.typed(data, dict, "", "a gmcr-py save file (a JSON object with options and decisionMakers)")
        options = checker.typed(data.get("options"), list, "options", "a list of options")
        if not options:
            raise ModelError("not a gmcr-py save file: it lists no options", field="options")
        check_option_count(len(options), field="options")
        checker.n = len(options)
        for i, item in enumerate(options):
            checker.option(item, f"options[{i}]")
        if data.get("name") is not None:
            checker.typed(data["name"], str, "name", "a string")
        for flag in ("useManualPreferenceRanking", "useManualPreferenceVectors"):
            if data.get(flag) is not None:
                checker.typed(data[flag], bool, flag, "true or false")
        manual = bool(data.get("useManualPreferenceRanking") or data.get("useManualPreferenceVectors"))
        dms = checker.typed(data.get("decisionMakers"), list, "decisionMakers", "a list of decision makers")
        for i, dm in enumerate(dms):
            checker.decision_maker(dm, f"decisionMakers[{i}]", manual)
        checker.conjunctions(data.get("infeasibles", []), "infeasibles")
        coalitions = data.get("coalitions")
        if coalitions is not None:
            checker.typed(coalitions, list, "coalitions", "a list of decision maker indices")
    except ModelError as exc:
        raise ModelError(exc.message, source=source, field=exc.field or None) from None
