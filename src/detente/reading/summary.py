"""A reading told for people: parties, moves in order, figures."""

from __future__ import annotations

from typing import TextIO


def term_text(term: dict) -> str:
    name = term["term"]
    if name == "other":
        return f"other: {term.get('text', '')}"
    quals = [str(v) if k != "days" else f"{v} days" for k, v in term.items()
             if k not in ("term", "text", "start", "end") and v is not None]
    return f"{name} ({', '.join(quals)})" if quals else name


def write_summary(reading: dict, out: TextIO) -> None:
    meta = ", ".join(str(reading[k]) for k in ("outlet", "published") if reading.get(k))
    out.write(f"{reading['article']}" + (f"  ({meta})" if meta else "") + "\n")
    parties = reading.get("parties") or {}
    if parties:
        out.write("  Parties: " + "; ".join(f"{p}" + (f" ({', '.join(a)})" if a else "")
                                             for p, a in parties.items()) + "\n")
    out.write("  Moves:\n" if reading["moves"] else "  Moves: none found\n")
    for k, move in enumerate(reading["moves"], start=1):
        flags = [f for f, on in (("hedged", move["hedged"]), ("negated", move["negated"])) if on]
        line = f"    {k}. {move['actor']} {move['type'].upper()}"
        if move["gives"]:
            line += "  gives: " + "; ".join(term_text(t) for t in move["gives"])
        if move["gets"]:
            line += "  gets: " + "; ".join(term_text(t) for t in move["gets"])
        if move.get("refers_to"):
            line += f"  re: {move['refers_to']}"
        if move["source"]:
            line += f"  [source: {move['source']}]"
        if flags:
            line += f"  [{', '.join(flags)}]"
        out.write(line + "\n")
        sentence = move["sentence"].replace("\n", " ")
        out.write(f"       \"{sentence[:140]}{'...' if len(sentence) > 140 else ''}\"\n")
    if reading["facts"]:
        out.write("  Figures:\n")
    for fact in reading["facts"]:
        bound = {"exact": "", "at_least": "at least ", "at_most": "at most ", "about": "about "}[fact["bound"]]
        label = fact["quantity"] + (f" ({fact['text']})" if fact.get("text") else "")
        line = f"    {label}: {bound}{fact['value']:,}"
        if fact["source"]:
            line += f"  [source: {fact['source']}]"
        if fact["hedged"]:
            line += "  [hedged]"
        out.write(line + "\n")
    out.write("\n")
