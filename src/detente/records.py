"""Keys over the reader's records (moves and terms in their JSON form), shared by store and tracking."""

from __future__ import annotations

QUALIFIERS = ("count", "scope", "status", "kind", "days")


def term_key(term: dict) -> str:
    """A term with its qualifiers, as text: "hostage_release(count=11,status=living)"."""
    quals = [f"{k}={term[k]}" for k in QUALIFIERS if term.get(k) is not None]
    return term["term"] + (f"({','.join(quals)})" if quals else "")


def move_signature(move: dict) -> str:
    """What makes two reports of a move the same move (their dates are compared separately)."""
    keys = sorted(term_key(t) + (f":{t['text']}" if t["term"] == "other" and t.get("text") else "")
                  for t in move["gives"] + move["gets"])
    return "|".join([move["actor"], move["type"], "not" if move["negated"] else "", ";".join(keys)])[:400]
