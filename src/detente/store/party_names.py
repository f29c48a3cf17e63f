"""The names each negotiation already knows its parties by: what a new report's names are matched against."""

from __future__ import annotations

from sqlalchemy import Connection, select

from .schema import parties, party_aliases, report_parties, reports


def known_names(conn: Connection, negotiation: str) -> dict[str, set[str]]:
    """Each party named in the negotiation's current reports, with every alias stored for it."""
    query = (select(parties.c.name, party_aliases.c.alias)
             .select_from(parties.join(report_parties, report_parties.c.party_id == parties.c.id)
                          .join(reports, reports.c.id == report_parties.c.report_id)
                          .outerjoin(party_aliases, party_aliases.c.party_id == parties.c.id))
             .where(reports.c.negotiation == negotiation, reports.c.superseded.is_(False)))
    found: dict[str, set[str]] = {}
    for name, alias in conn.execute(query):
        found.setdefault(name, {name})
        if alias:
            found[name].add(alias)
    return found
