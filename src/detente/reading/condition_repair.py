"""Conditions hung on the report verb, moved to what is reported.

The small English model often attaches a condition that follows a report to the reporting verb:
"the union would suspend the strike, its chairman added, if the company presented an offer" and "Hamas
said it was ready to free five hostages provided that Israel reopened the crossings" both come out with
"if" or "provided" under "added" or "said". Nobody says something on a condition; the condition belongs
to the clause reported, and every rule that looks for "if", "unless" or "provided" under a verb relies
on finding it there.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

_REPORTING = frozenset({"say", "add", "tell", "note", "explain", "stress", "insist", "warn", "reply", "write",
                        "state", "argue", "announce", "confirm", "indicate", "signal", "maintain", "declare"})
_MARKS = frozenset({"if", "unless", "provided", "providing", "once", "until"})
_OPENING = frozenset({"provided", "providing"})  # "provided that ...", parsed as a verb


@Language.component("detente_conditions")
def repair_conditions(doc: Doc) -> Doc:
    for cue in doc:
        if cue.lemma_.lower() not in _REPORTING or cue.pos_ not in ("VERB", "AUX"):
            continue
        reported = next((c for c in cue.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")),
                        None)
        if reported is None:
            continue
        for clause in [c for c in cue.children if c.i > reported.right_edge.i and c.dep_ in ("advcl", "ccomp")]:
            _move(clause, reported)
    return doc


def _move(clause: Token, reported: Token) -> None:
    """Hang the condition on the reported verb: "if X" keeps its shape; "provided that X" becomes a
    condition "X" marked by "provided", as the parser reads "provided X" when it gets it right."""
    if any(c.dep_ == "mark" and c.lower_ in _MARKS for c in clause.children):
        clause.head, clause.dep_ = reported, "advcl"
        return
    inner = next((c for c in clause.children if c.dep_ in ("ccomp", "advcl") and c.pos_ in ("VERB", "AUX")), None)
    if clause.lower_ in _OPENING and inner is not None:
        inner.head, inner.dep_ = reported, "advcl"
        clause.head, clause.dep_ = inner, "mark"
