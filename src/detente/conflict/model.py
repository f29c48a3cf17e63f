"""The conflict model: decision makers, options, infeasible states, preferences.

A plain, immutable description in option form (Fang, Hipel & Kilgour 1993,
ch. 3); files are parsed into it and the engine computes from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .expressions import Expr

DIRECTIONS = ("both", "forward", "backward")


@dataclass(frozen=True)
class Evidence:
    """Where a modelling choice comes from: a report and the words that support it."""

    report: str
    sentence: str = ""
    date: str | None = None

    def to_dict(self) -> dict:
        out = {"report": self.report, "sentence": self.sentence}
        if self.date:
            out["date"] = self.date
        return out


@dataclass(frozen=True)
class Option:
    """A binary choice controlled by one decision maker."""

    name: str
    dm: str
    description: str = ""
    direction: str = "both"  # forward: N->Y only; backward: Y->N only
    evidence: tuple[Evidence, ...] = ()

    @property
    def label(self) -> str:
        return self.description or self.name.replace("_", " ")


@dataclass(frozen=True)
class Infeasibility:
    """States where ``expression`` holds are removed; ``text`` is what the analyst wrote."""

    expression: Expr
    text: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class DecisionMaker:
    """A DM, its options, and the states it does not perceive (a hypergame, as gmcr-py models it)."""

    name: str
    options: tuple[str, ...]
    evidence: tuple[Evidence, ...] = ()
    misperceives: tuple[Infeasibility, ...] = ()  # the DM cannot move to or from these states


@dataclass(frozen=True)
class Statement:
    """One option-prioritisation statement, most important first in its list."""

    expression: Expr
    text: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Preference:
    """A DM's preferences: prioritised statements, or a direct ranking of state patterns.

    ``ranking`` holds tiers, most preferred first; each tier is a tuple of
    patterns (one letter per option, Y/N or ``-`` for either), tied states.
    """

    dm: str
    statements: tuple[Statement, ...] = ()
    ranking: tuple[tuple[str, ...], ...] | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Conflict:
    """A whole graph model in option form."""

    name: str
    decision_makers: tuple[DecisionMaker, ...]
    options: tuple[Option, ...]
    infeasible: tuple[Infeasibility, ...] = ()
    preferences: tuple[Preference, ...] = ()
    status_quo: str | None = None  # Y/N pattern in option order
    description: str = ""
    notes: tuple[str, ...] = field(default=())

    @property
    def option_names(self) -> list[str]:
        return [o.name for o in self.options]

    @property
    def dm_names(self) -> list[str]:
        return [d.name for d in self.decision_makers]

    def option(self, name: str) -> Option:
        return next(o for o in self.options if o.name == name)

    def option_index(self, name: str) -> int:
        return self.option_names.index(name)

    def preference(self, dm: str) -> Preference:
        return next(p for p in self.preferences if p.dm == dm)

    def decision_maker(self, name: str) -> DecisionMaker:
        return next(d for d in self.decision_makers if d.name == name)

    @property
    def has_misperceptions(self) -> bool:
        return any(d.misperceives for d in self.decision_makers)

    def dm_option_indices(self, dm: str) -> list[int]:
        names = self.option_names
        return [names.index(o) for o in next(d for d in self.decision_makers if d.name == dm).options]
