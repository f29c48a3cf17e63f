"""One name per party across a negotiation's reports, whatever order the reports were stored in."""

from __future__ import annotations

from detente.ingestion import store_reading
from detente.reading.loaders import Article
from detente.store import open_store
from detente.tracking import positions, timeline
from detente.tracking.names import canonical_names

TALKS = "harbour-talks"
PAY = {"term": "other", "text": "a 6% raise"}


def article(ident: str, text: str, published: str) -> Article:
    return Article(ident, text, outlet="Harbour Courier", published=published, negotiation=TALKS)


def move(actor: str, kind: str, sentence: str, gets=()) -> dict:
    return {"start": 0, "end": len(sentence), "actor": actor, "type": kind, "addressee": None, "gives": [],
            "gets": list(gets), "refers_to": None, "source": None, "hedged": False, "negated": False,
            "sentence": sentence}


# Three reports of one dispute: two spell the union's initials out, one never does; the port authority is
# "the Port Authority" in one report and "Port Authority" in another. "the union" is every report's
# description of the union and joins nothing.
DEMAND = "The Harbour Workers Union (HWU) demanded a 6% raise."
REPORTS = [
    (article("a", DEMAND, "2025-03-03"),
     {"moves": [move("HWU", "demand", DEMAND, [PAY])], "facts": [], "sources": [],
      "parties": {"HWU": ["the Harbour Workers Union", "the union"], "the Port Authority": []}}),
    (article("b", "The Harbour Workers Union demanded a 6% raise from Port Authority.", "2025-03-04"),
     {"moves": [move("the Harbour Workers Union", "demand", "The Harbour Workers Union demanded a 6% raise.",
                     [PAY])], "facts": [], "sources": [],
      "parties": {"the Harbour Workers Union": ["Harbour Workers Union", "the union"], "Port Authority": []}}),
    (article("c", "Port Authority rejected the HWU's demand.", "2025-03-10"),
     {"moves": [move("Port Authority", "reject", "Port Authority rejected the HWU's demand.")], "facts": [],
      "sources": [], "parties": {"HWU": ["the union"], "Port Authority": ["the port"]}}),
]


def _stored(db_url: str, order: list[int]):
    engine = open_store(db_url)
    for k in order:
        store_reading(engine, *REPORTS[k])
    return engine


def test_names_one_report_gives_as_anothers_alias_are_one_party(db_url):
    names = canonical_names(_stored(db_url, [0, 1, 2]), TALKS)
    assert names["the Harbour Workers Union"] == "HWU" and names["HWU"] == "HWU"
    assert names["the Port Authority"] == names["Port Authority"] == "Port Authority"


def test_the_same_move_under_two_names_is_one_timeline_line(db_url):
    entries = timeline(_stored(db_url, [0, 1, 2]), TALKS)
    demands = [e for e in entries if e.type == "demand"]
    assert [(e.actor, e.report_count) for e in demands] == [("HWU", 2)]
    assert {p.party for p in positions(_stored(db_url, [2, 1, 0]), TALKS)} <= {"HWU", "Port Authority"}


def test_the_names_do_not_depend_on_the_order_reports_were_stored(db_url, tmp_path):
    first = _stored(db_url, [0, 1, 2])
    other = open_store(f"sqlite:///{tmp_path / 'reversed.db'}")
    for k in [2, 1, 0]:
        store_reading(other, *REPORTS[k])
    assert canonical_names(first, TALKS) == canonical_names(other, TALKS)
    assert [(e.actor, e.type, e.report_count) for e in timeline(first, TALKS)] == \
        [(e.actor, e.type, e.report_count) for e in timeline(other, TALKS)]


def test_descriptions_never_join_parties(db_url):
    engine = open_store(db_url)
    one = "The Dockers Guild rejected the offer."
    two = "The Pilots Guild rejected the offer."
    store_reading(engine, article("d1", one, "2025-03-01"),
                  {"moves": [move("the Dockers Guild", "reject", one)], "facts": [], "sources": [],
                   "parties": {"the Dockers Guild": ["the union"]}})
    store_reading(engine, article("d2", two, "2025-03-01"),
                  {"moves": [move("the Pilots Guild", "reject", two)], "facts": [], "sources": [],
                   "parties": {"the Pilots Guild": ["the union"]}})
    assert {e.actor for e in timeline(engine, TALKS)} == {"the Dockers Guild", "the Pilots Guild"}
