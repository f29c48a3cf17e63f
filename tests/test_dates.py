"""Relative dates resolved against the publication date, with their precision."""

from datetime import date

import pytest

from detente.tracking.dates import resolve

FRIDAY = date(2025, 4, 4)


@pytest.mark.parametrize("sentence, expected, precision", [
    ("Hamas refused to respond on Wednesday.", date(2025, 4, 2), "day"),
    ("The offer was made yesterday.", date(2025, 4, 3), "day"),
    ("The death toll rose above 50,000 last week.", date(2025, 3, 24), "week"),
    ("Israel returned to war last month.", date(2025, 3, 1), "month"),
    ("The deal agreed in January collapsed.", date(2025, 1, 1), "month"),
    ("Talks began in November.", date(2024, 11, 1), "month"),
    ("Hamas previously agreed to a deal.", FRIDAY, "before"),
    ("The plan was tabled on March 18.", date(2025, 3, 18), "day"),
    ("The plan was tabled on 2 May 2024.", date(2024, 5, 2), "day"),
    ("Hamas offered to free all hostages.", FRIDAY, "report"),
])
def test_resolve(sentence, expected, precision):
    assert resolve(sentence, FRIDAY) == (expected, precision)


def test_no_publication_date():
    assert resolve("on Wednesday", None) == (None, "report")
