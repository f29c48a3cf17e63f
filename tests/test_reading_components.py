"""detente's components are spaCy factories: anyone can add them to their own pipeline."""

from __future__ import annotations

import spacy

import detente.reading.attribution  # noqa: F401  (registers the factories)
import detente.reading.hedging  # noqa: F401
import detente.reading.parties  # noqa: F401
from detente.reading.lexicon import load_pack
from detente.reading.pipeline import MODEL, load_pipeline


def test_components_in_a_users_pipeline():
    nlp = spacy.load(MODEL)
    nlp.add_pipe("detente_parties")
    nlp.add_pipe("detente_attribution")
    nlp.add_pipe("detente_hedging")
    doc = nlp("The terror group allegedly refused the plan, a diplomat told reporters. Netanyahu said no.")
    assert "Hamas" in doc._.parties and "Israel" in doc._.parties
    assert any(t._.hedge for t in doc if t.lower_ == "allegedly")
    speakers = [a.speaker for a in doc._.attributions]
    assert "a diplomat" in speakers and "Netanyahu" in speakers


def test_a_pack_from_a_file(tmp_path):
    pack = tmp_path / "trade.yaml"
    pack.write_text("name: trade\nparties:\n  Freedonia: {names: [Freedonia], adjectives: [Freedonian]}\n")
    nlp = spacy.load(MODEL)
    nlp.add_pipe("detente_parties", config={"pack": str(pack)})
    doc = nlp("Freedonian negotiators met their counterparts.")
    assert doc._.parties == {"Freedonia": ["Freedonian"]}
    assert load_pack(str(pack)).name == "trade"


def test_a_condition_hung_on_the_report_verb_is_moved_to_what_is_reported():
    nlp = load_pipeline()
    doc = nlp("The union would suspend the strike at once, its chairman added, if the company presented an offer.")
    suspend = next(t for t in doc if t.lower_ == "suspend")
    assert any(c.dep_ == "advcl" and any(g.lower_ == "if" for g in c.children) for c in suspend.children)
    doc = nlp("Hamas said it was ready to release five hostages provided that Israel reopened the crossings.")
    was = next(t for t in doc if t.lower_ == "was")
    condition = next(c for c in was.children if c.dep_ == "advcl")
    assert condition.lower_ == "reopened" and any(g.lower_ == "provided" for g in condition.children)
