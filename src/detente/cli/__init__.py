"""The `detente` command: parses arguments, calls the library, prints results.

One module per family of commands; this package only assembles them.
"""

from . import analyze, reading, serve, tracking  # noqa: F401  (registers the commands)
from .group import SKIPPED_EXIT, main

__all__ = ["main", "SKIPPED_EXIT"]
