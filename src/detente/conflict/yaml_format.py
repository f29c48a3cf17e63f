"""Read and write conflict models as YAML, the format analysts write by hand.

Every error names the file, line and field (see docs/model-format.md).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from ..errors import ModelError
from .expressions import Expr, ExpressionError, conj, disj, neg, parse, var
from .limits import check_option_count
from .model import DIRECTIONS, Conflict, DecisionMaker, Evidence, Infeasibility, Option, Preference, Statement

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]*$")
_DIRECTION_ALIASES = {"forward": "forward", "fwd": "forward", "backward": "backward",
                      "back": "backward", "both": "both"}
MAX_CHARS = 20 * 10**6  # a model file's text
MAX_DEPTH = 50  # nesting of mappings and lists
MAX_NODES = 300_000  # values after aliases are expanded
_TOP_KEYS = {"name", "description", "notes", "decision_makers", "irreversible", "infeasible",
             "preferences", "status_quo"}


class _Doc:
    """YAML data plus the line of every field, for error messages."""

    def __init__(self, text: str, source: str) -> None:
        self.source = source
        self.lines: dict[str, int] = {}
        self._scalars = yaml.SafeLoader("")
        self._budget = MAX_NODES
        if len(text) > MAX_CHARS:
            raise ModelError(f"a model file is at most {MAX_CHARS // 10**6} MB of text", source=source)
        try:
            node = yaml.compose(text, Loader=yaml.SafeLoader)
        except RecursionError:
            raise ModelError("YAML nested too deeply", source=source) from None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise ModelError(f"YAML syntax error: {problem}", source=source,
                             line=mark.line + 1 if mark else None) from None
        self.data = self._convert(node, "") if node is not None else None

    def _convert(self, node: yaml.Node, path: str, depth: int = 0) -> Any:
        self.lines[path] = node.start_mark.line + 1
        self._budget -= 1
        if depth > MAX_DEPTH or self._budget < 0:  # deep nesting, or aliases that multiply (a "billion laughs")
            what = f"nested more than {MAX_DEPTH} deep" if depth > MAX_DEPTH else f"over {MAX_NODES} values"
            raise ModelError(f"the model is {what}", source=self.source, line=self.lines[path], field=path)
        if isinstance(node, yaml.MappingNode):
            out: dict = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    raise ModelError("a key must be a name, not a list or mapping", source=self.source,
                                     line=key_node.start_mark.line + 1, field=path or None)
                key = key_node.value
                sub = f"{path}.{key}" if path else str(key)
                if key in out:
                    raise ModelError(f"duplicate name {key!r}", source=self.source,
                                     line=key_node.start_mark.line + 1, field=sub)
                out[key] = self._convert(value_node, sub, depth + 1)
                self.lines[sub] = key_node.start_mark.line + 1  # errors point at the key
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self._convert(v, f"{path}[{i}]", depth + 1) for i, v in enumerate(node.value)]
        return self._scalars.construct_object(node, deep=True)

    def error(self, message: str, field: str) -> ModelError:
        probe = field
        while probe and probe not in self.lines:
            shorter = re.sub(r"(\.[^.\[]*|\[\d+\])$", "", probe)
            probe = shorter if shorter != probe else ""  # a name the pattern cannot strip: the file's line
        return ModelError(message, source=self.source, line=self.lines.get(probe), field=field)


def load_yaml(path: str | Path) -> Conflict:
    """Read a YAML model file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelError(f"cannot read file: {exc}", source=str(path)) from None
    return loads_yaml(text, source=str(path), default_name=path.stem)


def loads_yaml(text: str, source: str = "<model>", default_name: str = "conflict") -> Conflict:
    doc = _Doc(text, source)
    return _Builder(doc, default_name).build()


class _Builder:
    def __init__(self, doc: _Doc, default_name: str) -> None:
        self.doc = doc
        self.default_name = default_name

    def fail(self, message: str, field: str) -> ModelError:
        return self.doc.error(message, field)

    def expect(self, value: Any, kind: type | tuple, field: str, what: str) -> Any:
        if not isinstance(value, kind):
            raise self.fail(f"must be {what}", field)
        return value

    def build(self) -> Conflict:
        data = self.doc.data
        if not isinstance(data, dict):
            raise self.fail("a model file must be a mapping with decision_makers and preferences", "")
        unknown = set(data) - _TOP_KEYS
        if unknown:
            key = sorted(unknown)[0]
            raise self.fail(f"unknown field (expected one of {', '.join(sorted(_TOP_KEYS))})", key)
        dms, options = self.decision_makers(data.get("decision_makers"))
        try:
            check_option_count(len(options), field="decision_makers")
        except ModelError as exc:
            raise self.fail(exc.message, "decision_makers") from None
        names = {o.name for o in options}
        options = self.irreversible(data.get("irreversible") or {}, options)
        infeasible = self.infeasible(data.get("infeasible") or [], names)
        dms = self.misperceptions(data["decision_makers"], dms, names)
        preferences = self.preferences(data.get("preferences"), dms, names, len(options))
        status_quo = self.status_quo(data.get("status_quo"), options)
        notes = data.get("notes") or []
        if isinstance(notes, str):
            notes = [notes]
        self.expect(notes, list, "notes", "a note or a list of notes")
        conflict = Conflict(str(data.get("name") or self.default_name), tuple(dms), tuple(options),
                            tuple(infeasible), tuple(preferences), status_quo,
                            str(data.get("description") or ""), tuple(str(n) for n in notes))
        self.check_states(conflict)
        return conflict

    def evidence(self, value: Any, field: str) -> tuple[Evidence, ...]:
        if value is None:
            return ()
        items = value if isinstance(value, list) else [value]
        out = []
        for i, item in enumerate(items):
            sub = f"{field}[{i}]" if isinstance(value, list) else field
            if isinstance(item, str):
                out.append(Evidence(item))
            elif isinstance(item, dict) and "report" in item:
                out.append(Evidence(str(item["report"]), str(item.get("sentence") or ""),
                                    str(item["date"]) if item.get("date") else None))
            else:
                raise self.fail("evidence must be a report id or {report, sentence}", sub)
        return tuple(out)

    def decision_makers(self, value: Any) -> tuple[list[DecisionMaker], list[Option]]:
        field = "decision_makers"
        if not value:
            raise self.fail("at least one decision maker is needed", field)
        self.expect(value, dict, field, "a mapping of decision maker names to their options")
        dms, options, seen = [], [], {}
        for dm_name, spec in value.items():
            sub = f"{field}.{dm_name}"
            spec = spec or {}
            self.expect(spec, dict, sub, "a mapping with 'options'")
            opts = spec.get("options")
            if not opts:
                raise self.fail(f"decision maker {dm_name!r} has no options", sub)
            self.expect(opts, dict, f"{sub}.options", "a mapping of option names to descriptions")
            for opt_name, opt_spec in opts.items():
                osub = f"{sub}.options.{opt_name}"
                if not _IDENT.match(str(opt_name)) or str(opt_name).lower() in (
                        "and", "or", "not", "if", "iff"):
                    raise self.fail(f"option name {opt_name!r} must be a word (letters, digits, _)", osub)
                if opt_name in seen:
                    raise self.fail(f"duplicate option {opt_name!r} (also under {seen[opt_name]})", osub)
                seen[opt_name] = dm_name
                options.append(self.option(str(opt_name), str(dm_name), opt_spec, osub))
            dms.append(DecisionMaker(str(dm_name), tuple(str(o) for o in opts),
                                     self.evidence(spec.get("evidence"), f"{sub}.evidence")))
        return dms, options

    def misperceptions(self, value: dict, dms: list[DecisionMaker], names: set[str]) -> list[DecisionMaker]:
        """Each DM's ``misperceives`` list: states it does not perceive, written like infeasible ones."""
        out = []
        for dm in dms:
            spec = value.get(dm.name) or {}
            rules = spec.get("misperceives") or []
            rules = self.infeasible(rules, names, f"decision_makers.{dm.name}.misperceives")
            out.append(DecisionMaker(dm.name, dm.options, dm.evidence, tuple(rules)))
        return out

    def option(self, name: str, dm: str, spec: Any, field: str) -> Option:
        if spec is None or isinstance(spec, str):
            return Option(name, dm, spec or "")
        self.expect(spec, dict, field, "a description or a mapping with description/irreversible/evidence")
        direction = self.direction(spec.get("irreversible", "both"), f"{field}.irreversible")
        return Option(name, dm, str(spec.get("description") or ""), direction,
                      self.evidence(spec.get("evidence"), f"{field}.evidence"))

    def direction(self, value: Any, field: str) -> str:
        direction = _DIRECTION_ALIASES.get(str(value).lower())
        if direction is None:
            raise self.fail(f"direction {value!r} must be one of {', '.join(DIRECTIONS)}", field)
        return direction

    def irreversible(self, value: Any, options: list[Option]) -> list[Option]:
        self.expect(value, dict, "irreversible", "a mapping of option names to forward/backward/both")
        by_name = {o.name: o for o in options}
        for name, direction in value.items():
            field = f"irreversible.{name}"
            if name not in by_name:
                raise self.fail(f"unknown option {name!r}", field)
            o = by_name[name]
            by_name[name] = Option(o.name, o.dm, o.description, self.direction(direction, field), o.evidence)
        return [by_name[o.name] for o in options]

    def expression(self, text: Any, names: set[str], field: str) -> Expr:
        try:
            return parse(text if not isinstance(text, bool) else str(text), names)
        except ExpressionError as exc:
            raise self.fail(str(exc), field) from None

    def option_list(self, value: Any, names: set[str], field: str, least: int) -> list[str]:
        if not isinstance(value, list) or len(value) < least:
            raise self.fail(f"must list at least {least} options", field)
        for i, name in enumerate(value):
            if not isinstance(name, str) or name not in names:
                raise self.fail(f"unknown option {name!r}", f"{field}[{i}]")
        return [str(v) for v in value]

    def infeasible(self, value: Any, names: set[str], where: str = "infeasible") -> list[Infeasibility]:
        self.expect(value, list, where, "a list of statements")
        out = []
        for i, item in enumerate(value):
            field = f"{where}[{i}]"
            evidence = self.evidence(item.get("evidence"), f"{field}.evidence") if isinstance(item, dict) else ()
            if isinstance(item, str):
                out.append(Infeasibility(self.expression(item, names, field), item))
            elif isinstance(item, dict) and "expression" in item:
                text = item["expression"]
                out.append(Infeasibility(self.expression(text, names, f"{field}.expression"), str(text), evidence))
            elif isinstance(item, dict) and "mutually_exclusive" in item:
                opts = self.option_list(item["mutually_exclusive"], names, f"{field}.mutually_exclusive", 2)
                pairs = [conj([var(a), var(b)]) for k, a in enumerate(opts) for b in opts[k + 1:]]
                out.append(Infeasibility(disj(pairs), "mutually exclusive: " + ", ".join(opts), evidence))
            elif isinstance(item, dict) and "at_least_one" in item:
                opts = self.option_list(item["at_least_one"], names, f"{field}.at_least_one", 1)
                out.append(Infeasibility(conj([neg(var(o)) for o in opts]),
                                         "at least one of: " + ", ".join(opts), evidence))
            elif isinstance(item, dict) and "only_if" in item:
                pair = self.option_list(item["only_if"], names, f"{field}.only_if", 2)
                if len(pair) != 2:
                    raise self.fail("only_if takes two options: [X, Y] means X only if Y", f"{field}.only_if")
                out.append(Infeasibility(conj([var(pair[0]), neg(var(pair[1]))]),
                                         f"{pair[0]} only if {pair[1]}", evidence))
            else:
                raise self.fail("each entry is a statement, or one of expression, mutually_exclusive, "
                                "at_least_one, only_if", field)
        return out

    def preferences(self, value: Any, dms: list[DecisionMaker], names: set[str], n: int) -> list[Preference]:
        field = "preferences"
        if not isinstance(value, dict):
            raise self.fail("must give, for each decision maker, a list of statements or a ranking", field)
        dm_names = [d.name for d in dms]
        for name in value:
            if name not in dm_names:
                raise self.fail(f"unknown decision maker {name!r}", f"{field}.{name}")
        out = []
        for dm in dm_names:
            sub = f"{field}.{dm}"
            if dm not in value:
                raise self.fail(f"no preferences for decision maker {dm!r}", field)
            spec = value[dm]
            evidence: tuple[Evidence, ...] = ()
            if isinstance(spec, dict):
                evidence = self.evidence(spec.get("evidence"), f"{sub}.evidence")
                if "ranking" in spec:
                    out.append(Preference(dm, ranking=self.ranking(spec["ranking"], n, f"{sub}.ranking"),
                                          evidence=evidence))
                    continue
                if "statements" not in spec:
                    raise self.fail("give 'statements' (a list) or 'ranking'", sub)
                spec, sub = spec["statements"], f"{sub}.statements"
            self.expect(spec, list, sub, "a list of statements, most important first")
            out.append(Preference(dm, tuple(self.statement(s, names, f"{sub}[{i}]") for i, s in enumerate(spec)),
                                  evidence=evidence))
        return out

    def statement(self, item: Any, names: set[str], field: str) -> Statement:
        if isinstance(item, dict):
            if "statement" not in item:
                raise self.fail("a statement entry needs 'statement'", field)
            text = item["statement"]
            return Statement(self.expression(text, names, f"{field}.statement"), str(text),
                             self.evidence(item.get("evidence"), f"{field}.evidence"))
        return Statement(self.expression(item, names, field), str(item))

    def ranking(self, value: Any, n: int, field: str) -> tuple[tuple[str, ...], ...]:
        self.expect(value, list, field, "a list of state patterns, most preferred first")
        tiers = []
        for i, tier in enumerate(value):
            patterns = tier if isinstance(tier, list) else [tier]
            for p in patterns:
                if not isinstance(p, str) or len(p) != n or set(p) - set("YN-"):
                    raise self.fail(f"pattern {p!r} must have {n} letters Y, N or -", f"{field}[{i}]")
            tiers.append(tuple(patterns))
        return tuple(tiers)

    def status_quo(self, value: Any, options: list[Option]) -> str | None:
        field = "status_quo"
        if value is None:
            return None
        n = len(options)
        if isinstance(value, str):
            if len(value) != n or set(value) - set("YN"):
                raise self.fail(f"pattern {value!r} must have {n} letters Y or N", field)
            return value
        self.expect(value, dict, field, "a pattern or a mapping of options to Y/N")
        letters = {}
        for name, v in value.items():
            if name not in {o.name for o in options}:
                raise self.fail(f"unknown option {name!r}", f"{field}.{name}")
            letter = ("Y" if v else "N") if isinstance(v, bool) else str(v).upper()[:1]
            if letter not in ("Y", "N"):
                raise self.fail(f"value {v!r} must be Y or N", f"{field}.{name}")
            letters[name] = letter
        missing = [o.name for o in options if o.name not in letters]
        if missing:
            raise self.fail(f"missing options: {', '.join(missing)}", field)
        return "".join(letters[o.name] for o in options)

    def check_states(self, conflict: Conflict) -> None:
        from .preferences import payoffs
        from .states import StateSpace, decimal_of
        try:
            space = StateSpace(conflict)
            for pref in conflict.preferences:
                payoffs(space, pref)
        except ModelError as exc:
            raise self.fail(exc.message, exc.field or "") from None
        if conflict.status_quo and not space.feasible[decimal_of(conflict.status_quo)]:
            raise self.fail(f"status quo {conflict.status_quo} is an infeasible state", "status_quo")


def _rule(rule: Infeasibility) -> str | dict:
    text = str(rule.expression)
    return {"expression": text, "evidence": [e.to_dict() for e in rule.evidence]} if rule.evidence else text


def to_yaml_dict(conflict: Conflict) -> dict:
    """The YAML form of a Conflict (for ``detente convert``)."""

    def ev(items):
        return [e.to_dict() for e in items]

    dms = {}
    for dm in conflict.decision_makers:
        opts = {}
        for name in dm.options:
            o = conflict.option(name)
            spec: dict = {"description": o.description} if o.description else {}
            if o.direction != "both":
                spec["irreversible"] = o.direction
            if o.evidence:
                spec["evidence"] = ev(o.evidence)
            opts[name] = spec if set(spec) - {"description"} else (o.description or None)
        dms[dm.name] = {"options": opts, **({"evidence": ev(dm.evidence)} if dm.evidence else {})}
        if dm.misperceives:
            dms[dm.name]["misperceives"] = [_rule(r) for r in dm.misperceives]
    out: dict = {"name": conflict.name}
    if conflict.description:
        out["description"] = conflict.description
    if conflict.notes:
        out["notes"] = list(conflict.notes)
    out["decision_makers"] = dms
    out["infeasible"] = [_rule(r) for r in conflict.infeasible]
    prefs = {}
    for p in conflict.preferences:
        if p.ranking is not None:
            prefs[p.dm] = {"ranking": [list(t) if len(t) > 1 else t[0] for t in p.ranking]}
        else:
            prefs[p.dm] = [({"statement": s.text, "evidence": ev(s.evidence)} if s.evidence else s.text)
                           for s in p.statements]
    out["preferences"] = prefs
    if conflict.status_quo:
        out["status_quo"] = conflict.status_quo
    return out


def dumps_yaml(conflict: Conflict) -> str:
    """The model as YAML text."""
    return yaml.safe_dump(to_yaml_dict(conflict), sort_keys=False, allow_unicode=True, width=100)


def dump_yaml(conflict: Conflict, path: str | Path) -> None:
    Path(path).write_text(dumps_yaml(conflict), encoding="utf-8")
