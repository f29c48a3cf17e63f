"""One name per party per negotiation: a report that writes "Kyiv" or "the Ukrainian delegation" for a
party an earlier report of the same negotiation called "Ukraine" is stored under "Ukraine"."""

from __future__ import annotations

import re


def normal(name: str) -> str:
    """"The Canadian Union of Postal Workers'" and "Canadian Union of Postal Workers" are one name."""
    name = re.sub(r"['’]s?$", "", name.strip().lower().replace("’", "'"))
    return " ".join(name.removeprefix("the ").split())


def _proper(name: str) -> bool:
    """Names match parties; descriptions ("the union", "the group") could stand for anyone."""
    return any(c.isupper() for c in name.removeprefix("The ").removeprefix("the "))


def renames(found: dict[str, list[str]], known: dict[str, set[str]]) -> dict[str, str]:
    """The known party each of a report's parties is, when one of its names is already one of that party's."""
    index: dict[str, str] = {}
    for name, aliases in known.items():
        for alias in aliases:
            if _proper(alias):
                index.setdefault(normal(alias), name)
    out = {}
    for name, aliases in found.items():
        names = [n for n in (name, *aliases) if _proper(n)]
        match = next((index[normal(n)] for n in names if normal(n) in index), None)
        if match and match != name:
            out[name] = match
    return out


def renamed(reading: dict, rename: dict[str, str]) -> dict:
    """The reading with its parties, actors, addressees and speakers' parties under their known names."""
    if not rename:
        return reading
    parties: dict[str, list[str]] = {}
    for name, aliases in (reading.get("parties") or {}).items():
        target = rename.get(name, name)
        merged = parties.setdefault(target, [])
        for alias in [name, *aliases] if target != name else aliases:
            if alias != target and alias not in merged:
                merged.append(alias)

    def moved(move: dict) -> dict:
        return {**move, "actor": rename.get(move["actor"], move["actor"]),
                "addressee": rename.get(move.get("addressee"), move.get("addressee"))}

    return {**reading, "parties": parties, "moves": [moved(m) for m in reading.get("moves", [])],
            "sources": [{**s, "party": rename.get(s.get("party"), s.get("party"))} for s in reading.get("sources", [])]}
