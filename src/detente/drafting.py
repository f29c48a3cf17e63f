"""From tracked positions to a conflict model: a first draft the analyst edits.

Every decision maker, option, infeasibility and preference statement cites
the moves it comes from, and records the rule that produced it (`--explain`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .conflict.expressions import conj, parse, var
from .conflict.model import Conflict, DecisionMaker, Evidence, Infeasibility, Option, Preference, Statement
from .tracking.timeline import TimelineEntry

MAX_OPTIONS_PER_DM = 6
MAX_DMS = 3
ACTING = {"offer", "demand", "accept", "reject", "insist"}
# options that cannot be taken back once given
IRREVERSIBLE = {"release_all", "release_some", "release_prisoners", "disarm", "leave_territory"}
EXCLUSIVE = [("permanent_ceasefire", "temporary_truce"), ("release_all", "release_some"),
             ("full_withdrawal", "partial_withdrawal")]
LABELS = {
    "release_all": "Release all remaining hostages", "release_some": "Release some hostages",
    "release_prisoners": "Release prisoners", "permanent_ceasefire": "Agree to a permanent ceasefire",
    "temporary_truce": "Agree to a temporary truce", "ceasefire": "Agree to a ceasefire",
    "full_withdrawal": "Withdraw all forces", "partial_withdrawal": "Withdraw some forces",
    "withdrawal": "Withdraw forces", "disarm": "Disarm", "leave_territory": "Leaders or fighters leave the territory",
    "allow_aid": "Let aid in", "open_talks": "Negotiate a lasting settlement", "give_guarantees": "Give guarantees",
    "cede_territory": "Cede control of territory", "lift_sanctions": "Lift sanctions",
    "governance": "Concede on governance or statehood", "end_war": "End the war",
}


def option_of(term: dict) -> str:
    """One option per term, merged across reports and qualifiers."""
    name = term["term"]
    if name == "hostage_release":
        return "release_all" if term.get("scope") == "all" else "release_some"
    if name == "prisoner_release":
        return "release_prisoners"
    if name == "ceasefire":
        kind = term.get("kind")
        return "permanent_ceasefire" if kind == "permanent" else "temporary_truce" if kind == "temporary" else \
            "ceasefire"
    if name == "withdrawal":
        return {"full": "full_withdrawal", "partial": "partial_withdrawal"}.get(term.get("scope"), "withdrawal")
    if name == "other":
        words = re.findall(r"[a-z0-9]+", str(term.get("text", "")).lower())[:4]
        return "_".join(words) or "other"
    return {"disarmament": "disarm", "exile": "leave_territory", "aid": "allow_aid", "talks": "open_talks",
            "guarantees": "give_guarantees", "territory": "cede_territory", "sanctions": "lift_sanctions",
            "end_of_war": "end_war"}.get(name, name)


@dataclass
class Rule:
    """Why a statement is in the draft."""

    dm: str
    statement: str
    rule: str
    evidence: list[Evidence] = field(default_factory=list)
    weak: bool = False  # hedged or from a single source
    when: str = ""


@dataclass
class Draft:
    conflict: Conflict
    rules: list[Rule]
    mediators: list[str]
    reports: int

    def explain(self) -> str:
        lines = []
        for r in self.rules:
            cites = "; ".join(f"{e.report} ({e.date})" for e in r.evidence[:3])
            lines.append(f"{r.dm}: {r.statement:<42} <- {r.rule}{' [weak]' if r.weak else ''}  [{cites}]")
        return "\n".join(lines)


def _evidence(entry: TimelineEntry) -> list[Evidence]:
    return [Evidence(r["article"], (r.get("sentence") or "").strip()[:240], r.get("published"))
            for r in entry.reports[:3]]


def _weak(entry: TimelineEntry) -> bool:
    return entry.hedged or (entry.stories <= 1 and bool(entry.sources))


def decision_makers(entries: list[TimelineEntry]) -> tuple[list[str], list[str]]:
    """Principal parties (those who offer, demand, accept, reject, insist) and mediators (who only propose)."""
    acting = Counter(e.actor for e in entries if e.type in ACTING)
    proposing = {e.actor for e in entries if e.type == "propose"}
    ranked = acting.most_common(MAX_DMS)
    principals = [p for i, (p, n) in enumerate(ranked) if i < 2 or 2 * n >= ranked[1][1]]  # a third side only
    # when it acts about as much as the second: not a faction outside the talks named once or twice
    mediators = sorted(proposing - set(principals))
    return principals, mediators


GIVEN_BY_FIGURES = {"hostages_released": "release_some", "prisoners_released": "release_prisoners"}


def status_quo_of(options: list[Option], figures: dict | None) -> tuple[str, list[str]]:
    """What has been given so far: releases reported as done set their options to Y."""
    given = {}
    for quantity, option in GIVEN_BY_FIGURES.items():
        points = [f for f in (figures or {}).get(quantity, []) if f.value > 0]
        if points and option in {o.name for o in options}:
            given[option] = f"{quantity} reported ({points[-1].value:,.0f}, {points[-1].date})"
    pattern = "".join("Y" if o.name in given else "N" for o in options)
    return pattern, [f"Status quo: {o} is Y because {why}." for o, why in given.items()]


def draft(entries: list[TimelineEntry], name: str = "Drafted conflict", exclude_weak: bool = False,
          figures: dict | None = None) -> Draft:
    """A conflict model from a negotiation's timeline (see the rules in docs/drafting.md).

    ``figures`` (quantity -> stored figures) sets the status quo: releases reported as done."""
    if exclude_weak:
        entries = [e for e in entries if not _weak(e)]
    dms, mediators = decision_makers(entries)
    if len(dms) < 2:
        from .errors import DetenteError

        raise DetenteError("cannot draft a conflict: fewer than two parties make offers, demands or replies")
    other = {d: [x for x in dms if x != d] for d in dms}

    owner_votes: dict[str, Counter] = defaultdict(Counter)
    option_evidence: dict[str, list[Evidence]] = defaultdict(list)
    for e in entries:
        if e.actor not in dms or e.negated or e.type not in ("offer", "accept", "demand", "insist"):
            continue
        counterpart = e.addressee if e.addressee in dms and e.addressee != e.actor else other[e.actor][0]
        for side, terms in (("gives", e.gives), ("gets", e.gets)):
            for t in terms:
                opt = option_of(t)
                if e.type in ("offer", "accept"):  # what it gives is the actor's; what it asks, the other's
                    owner_votes[opt][e.actor if side == "gives" else counterpart] += 2 if e.type == "offer" else 1
                elif e.type == "demand":
                    owner_votes[opt][counterpart] += 2
                else:  # a red line: what it will not give (or gives only on condition) is its own, its conditions
                    owner_votes[opt][e.actor if side == "gives" else counterpart] += 1  # are the other side's
                option_evidence[opt] += _evidence(e)
    unmodelled = sorted({t.get("text") or t["term"] for e in entries for t in e.gives + e.gets
                         if option_of(t) not in LABELS})
    for opt in [o for o in owner_votes if o not in LABELS]:
        del owner_votes[opt]  # a free-text term is a phrase, not yet an option: the analyst decides
    owner = {opt: votes.most_common(1)[0][0] for opt, votes in owner_votes.items()}
    if "ceasefire" in owner and {"permanent_ceasefire", "temporary_truce"} & set(owner):
        del owner["ceasefire"]
    ranked = sorted(owner, key=lambda o: -sum(owner_votes[o].values()))
    options_by_dm = {d: [o for o in ranked if owner[o] == d][:MAX_OPTIONS_PER_DM] for d in dms}
    labels: dict[str, str] = dict(LABELS)
    concessions = _concessions(entries, dms, options_by_dm, owner, option_evidence, labels)
    dms = [d for d in dms if options_by_dm[d]]
    if len(dms) < 2:
        from .errors import DetenteError

        hint = f" (not modelled: {'; '.join(unmodelled[:5])})" if unmodelled else ""
        raise DetenteError(f"cannot draft a conflict: the moves name too few terms each side could give{hint}")
    kept = {o for d in dms for o in options_by_dm[d]}

    options = [Option(o, d, labels.get(o) or o.replace("_", " ").capitalize(),
                      "forward" if o in IRREVERSIBLE else "both", tuple(_dedupe(option_evidence[o])[:3]))
               for d in dms for o in options_by_dm[d]]
    infeasible = [Infeasibility(conj([var(a), var(b)]), f"{a} & {b}",
                                tuple(_dedupe(option_evidence[a][:1] + option_evidence[b][:1])))
                  for a, b in EXCLUSIVE if a in kept and b in kept]
    rules = _with_concessions(_preferences(entries, dms, options_by_dm, owner, kept, option_evidence), concessions)
    preferences = []
    for d in dms:
        stmts = [Statement(parse(r.statement, kept), r.statement, tuple(r.evidence[:3])) for r in rules if r.dm == d]
        preferences.append(Preference(d, tuple(stmts)))
    dm_records = [DecisionMaker(d, tuple(options_by_dm[d]),
                                tuple(ev for e in entries if e.actor == d for ev in _evidence(e))[:3]) for d in dms]
    notes = [f"Mediators (propose only, control no option): {', '.join(mediators)}"] if mediators else []
    if unmodelled:
        notes.append("Not modelled (terms outside the pack's vocabulary; add them as options by hand if they "
                     f"matter): {'; '.join(unmodelled[:12])}")
    status_quo, reasons = status_quo_of(options, figures)
    notes += reasons or ["Status quo: no release reported as done; every other option is N until the analyst "
                         "sets what has already been given."]
    conflict = Conflict(name, tuple(dm_records), tuple(options), tuple(infeasible), tuple(preferences),
                        status_quo, "Drafted by detente from tracked positions: a starting point to edit.",
                        tuple(notes))
    return Draft(conflict, rules, mediators, len({r["article"] for e in entries for r in e.reports}))


def _dedupe(items: list[Evidence]) -> list[Evidence]:
    seen, out = set(), []
    for e in items:
        if (e.report, e.sentence) not in seen:
            seen.add((e.report, e.sentence))
            out.append(e)
    return out


def _preferences(entries, dms, options_by_dm, owner, kept, option_evidence) -> list[Rule]:
    """Red lines, then demands of the other side, then offered exchanges, then not giving."""
    groups: dict[str, dict[str, list[Rule]]] = {d: defaultdict(list) for d in dms}

    def add(group: str, dm: str, statement: str, rule: str, entry: TimelineEntry) -> None:
        for r in groups[dm][group]:
            if r.statement == statement:
                r.evidence = _dedupe(r.evidence + _evidence(entry))
                r.weak = r.weak and _weak(entry)
                r.when = max(r.when, entry.date.isoformat())
                return
        groups[dm][group].append(Rule(dm, statement, rule, _evidence(entry), _weak(entry), entry.date.isoformat()))

    for e in entries:
        if e.actor not in dms or e.negated:
            continue
        d = e.actor
        own = [option_of(t) for t in e.gives + e.gets if option_of(t) in kept and owner[option_of(t)] == d]
        theirs = [option_of(t) for t in e.gives + e.gets if option_of(t) in kept and owner[option_of(t)] != d]
        own, theirs = list(dict.fromkeys(own)), list(dict.fromkeys(theirs))
        if e.type == "insist":
            for o in theirs:
                add("1 red line", d, o, f"insists on it from the other side ({e.type} {e.date})", e)
            if own and theirs:
                for o in own:
                    add("3 exchange", d, f"{o} iff {_any(theirs)}", f"gives {o} only for {', '.join(theirs)}", e)
            else:
                for o in own:
                    add("1 red line", d, f"-{o}", f"red line: will not give {o} ({e.date})", e)
        elif e.type == "demand":
            for o in theirs:
                add("2 demand", d, o, f"demands it ({e.date})", e)
        elif e.type in ("offer", "accept") and own:
            if theirs:
                for o in own:
                    add("3 exchange", d, f"{o} iff {_any(theirs)}", f"offers {o} in exchange ({e.type} {e.date})", e)
            for o in theirs:
                add("2 demand", d, o, f"asks for it in exchange ({e.type} {e.date})", e)
    rules: list[Rule] = []
    for d in dms:
        ordered = []
        for group in sorted(groups[d]):
            ordered += sorted(groups[d][group], key=lambda r: (r.weak, -len(r.evidence), _neg_date(r.when)))
        for o in options_by_dm[d]:
            if f"-{o}" not in {r.statement for r in ordered}:
                ordered.append(Rule(d, f"-{o}", "prefers not to give what it controls",
                                    _dedupe(option_evidence[o])[:2], False, ""))
        rules += ordered
    return rules


def _concessions(entries, dms, options_by_dm, owner, option_evidence, labels) -> list[Rule]:
    """A side that controls no term on the table can still give way: its option is to accept the other
    side's terms (a wage offer, a tariff demand the pack has no word for), preferred as its moves say."""
    rules: dict[tuple[str, str], Rule] = {}

    def add(dm: str, statement: str, why: str, entry: TimelineEntry) -> None:
        rule = rules.setdefault((dm, statement), Rule(dm, statement, why, [], True, ""))
        rule.evidence = _dedupe(rule.evidence + _evidence(entry))
        rule.weak = rule.weak and _weak(entry)
        rule.when = max(rule.when, entry.date.isoformat())

    for d in dms:
        other = next((o for o in dms if o != d and any(
            e.actor == o and e.type in ("offer", "demand", "insist", "propose") for e in entries)), None)
        if options_by_dm[d] or other is None:
            continue
        name = f"{_slug(d)}_accepts_{_slug(other)}_terms"
        options_by_dm[d], owner[name] = [name], d
        labels[name] = f"Accept {other}'s terms"
        for e in entries:
            if e.negated:
                continue
            if e.actor == other and e.type in ("offer", "demand", "insist", "propose"):
                option_evidence[name] += _evidence(e)
                add(other, name, f"wants its terms accepted ({e.type} {e.date})", e)
            elif e.actor == d and e.type in ("reject", "insist"):
                add(d, f"-{name}", f"refuses {other}'s terms ({e.type} {e.date})", e)
            elif e.actor == d and e.type == "accept":
                add(d, name, f"accepts {other}'s terms ({e.date})", e)
    latest: dict[tuple[str, str], Rule] = {}  # a side that both refused and accepted: its latest stance
    for rule in rules.values():
        key = (rule.dm, rule.statement.lstrip("-"))
        if key not in latest or rule.when > latest[key].when:
            latest[key] = rule
    return list(latest.values())


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "_".join(w for w in re.findall(r"[a-z0-9]+", ascii_name.lower()) if w != "the")


def _with_concessions(rules: list[Rule], concessions: list[Rule]) -> list[Rule]:
    """A DM's stated stance on conceding comes first and replaces the default "prefers not to give"."""
    stated = {(r.dm, r.statement) for r in concessions} | {(r.dm, r.statement.lstrip("-")) for r in concessions}
    kept = [r for r in rules if (r.dm, r.statement) not in stated]
    return concessions + kept


def _neg_date(when: str) -> str:
    return "".join(chr(255 - ord(c)) for c in when)


def _any(options: list[str]) -> str:
    return options[0] if len(options) == 1 else "(" + " | ".join(options) + ")"


__all__ = ["Draft", "Rule", "draft", "option_of", "decision_makers", "status_quo_of"]
