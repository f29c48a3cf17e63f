"""Real dev reports and lightly edited copies of them, as syndication makes them: another outlet's
headline on top, a paragraph dropped, the outlet's boilerplate added. The copies are made here, at
run time; no article text is kept in the repository."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from detente.reading import Article, load

from .conftest import SHARED

DEV = SHARED / "corpus" / "dev"
COPIED = ("000-seed-hamas-offers-all-hostages", "003-hamas-agrees-qatar-egypt-truce", "005-egypt-proposes-60-day-truce")
HEADLINE = "Truce talks: where the mediators stand this week"
BOILERPLATE = ("This wire report was edited by our desk. Read more of our coverage of the region, and sign up "
               "for the evening briefing to get the day's main stories in your inbox.")


def originals() -> list[Article]:
    return [a for a in load([DEV]) if isinstance(a, Article)]


def edited_copies(article: Article) -> list[Article]:
    """Three copies of a report as other outlets print it."""
    paragraphs = article.text.split("\n\n")
    dropped = paragraphs[:-2] + paragraphs[-1:] if len(paragraphs) > 3 else paragraphs[:-1]
    texts = {"headline": f"{HEADLINE}\n\n{article.text}",
             "dropped": "\n\n".join(dropped),
             "boilerplate": f"{article.text}\n\n{BOILERPLATE}"}
    return [replace(article, id=f"{article.id}-{kind}", text=text, outlet=f"Example {kind.title()} Tribune",
                    url=f"https://example.org/{kind}/{article.id}", title=HEADLINE if kind == "headline" else None)
            for kind, text in texts.items()]


def corpus() -> list[Article]:
    """The dev reports followed by edited copies of three of them."""
    base = originals()
    return base + [c for a in base if a.id in COPIED for c in edited_copies(a)]


@lru_cache(maxsize=1)
def read_corpus() -> tuple[tuple[Article, dict], ...]:
    """Each report of corpus() with its reading (read once per test session)."""
    from detente.reading import read_articles

    articles = corpus()
    return tuple(zip(articles, read_articles(articles)))
