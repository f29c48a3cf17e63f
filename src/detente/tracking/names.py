"""One name per party across a negotiation's reports, decided when the timeline is read.

Each report names its parties on its own: one spells out "the Canadian Union of Postal Workers (CUPW)"
and is read as CUPW, another never gives the initials and is read as "the Canadian Union of Postal
Workers". The store keeps every report's names and the words each report used for them (the party's
aliases). Names that one report gives as another's alias are one party; the group is called by the
name most reports of the negotiation use (then the shortest, then the first in alphabetical order).

The rule depends only on the set of stored reports, never on the order they were stored in, so four
writers ingesting at once leave the same names as one clean ingest. Only proper names join parties:
descriptions ("the union", "the army") and pronouns never do, since they name different parties in
different reports.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import Engine, select

from ..store.schema import parties, party_aliases, report_parties, reports
from .timeline import TimelineEntry, joins


def _key(name: str) -> str:
    """"The Canadian Union of Postal Workers" and "the Canadian Union of Postal Workers" are one spelling."""
    text = " ".join(name.replace("\u2019", "'").split())
    return text[4:].lower() if text.lower().startswith("the ") else text.lower()


def _proper(alias: str) -> bool:
    """A name, not a description: its first word after "the" is capitalised ("CUPW", "the Kivu Front")."""
    words = alias.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and words[0][:1].isupper() and len(alias) > 1


def canonical_names(engine: Engine, negotiation: str) -> dict[str, str]:
    """Each party name used in a negotiation's current reports -> the name the negotiation knows it by."""
    with engine.connect() as conn:
        used = conn.execute(
            select(parties.c.id, parties.c.name, report_parties.c.report_id)
            .join(report_parties, report_parties.c.party_id == parties.c.id)
            .join(reports, reports.c.id == report_parties.c.report_id)
            .where(reports.c.negotiation == negotiation, reports.c.superseded.is_(False))).all()
        ids = sorted({row.id for row in used})
        aliases = conn.execute(select(party_aliases.c.party_id, party_aliases.c.alias)
                               .where(party_aliases.c.party_id.in_(ids))).all() if ids else []
    reports_using = Counter(row.name for row in used)
    name_of = {row.id: row.name for row in used}
    by_key: dict[str, set[str]] = {}
    for name in reports_using:
        by_key.setdefault(_key(name), set()).add(name)
    group = {name: name for name in reports_using}

    def root(name: str) -> str:
        while group[name] != name:
            group[name] = group[group[name]]
            name = group[name]
        return name

    def join(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            group[max(ra, rb)] = min(ra, rb)

    for names in by_key.values():
        first, *rest = sorted(names)
        for other in rest:
            join(first, other)
    for party_id, alias in aliases:
        if _proper(alias):
            for other in by_key.get(_key(alias), ()):
                join(name_of[party_id], other)
    members: dict[str, list[str]] = {}
    for name in reports_using:
        members.setdefault(root(name), []).append(name)
    described = Counter(name_of[party_id] for party_id, alias in aliases if _proper(alias))
    out = {}
    for names in members.values():  # most reports, then the most words for it ("House Republicans", not "House")
        chosen = min(names, key=lambda n: (-reports_using[n], -described[n], len(n), n))
        out.update({n: chosen for n in names})
    return out


def unify(entries: list[TimelineEntry], names: dict[str, str]) -> list[TimelineEntry]:
    """Rename the actors and addressees of timeline entries, and merge entries that become one move."""
    if all(names.get(e.actor, e.actor) == e.actor for e in entries):
        for e in entries:
            e.addressee = names.get(e.addressee, e.addressee) if e.addressee else e.addressee
        return entries
    out: list[TimelineEntry] = []
    by_signature: dict[str, list[TimelineEntry]] = {}
    for e in sorted(entries, key=lambda e: e.date):
        actor = names.get(e.actor, e.actor)
        e.signature = actor + e.signature[len(e.actor):] if e.signature.startswith(e.actor) else e.signature
        e.actor = actor
        e.addressee = names.get(e.addressee, e.addressee) if e.addressee else e.addressee
        near = [k for k in by_signature.get(e.signature, []) if joins(k.date, e.date)]
        if not near:
            by_signature.setdefault(e.signature, []).append(e)
            out.append(e)
            continue
        kept = min(near, key=lambda k: (abs((k.date - e.date).days), k.date))
        kept.hedged = kept.hedged and e.hedged
        kept.sources += [s for s in e.sources if s not in kept.sources]
        seen = {r.get("move_id") for r in kept.reports}
        kept.reports += [r for r in e.reports if r.get("move_id") is None or r.get("move_id") not in seen]
        if all("report_id" in r for r in kept.reports):  # every report cited: count them afresh
            kept.report_count = len(kept.reports)
            kept.stories = len({r.get("story") or r["report_id"] for r in kept.reports})
        else:  # the fast timeline cites one report per entry: add up the counts
            kept.report_count += e.report_count
            kept.stories += e.stories
    return sorted(out, key=lambda e: e.date)
