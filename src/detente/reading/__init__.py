"""Reading reports: spaCy components for parties, attribution, hedging, terms, moves, figures."""

from .loaders import Article, Skipped, load
from .reader import read_articles, read_text

__all__ = ["Article", "Skipped", "load", "read_articles", "read_text"]
