"""``python -m detente``."""

from .cli import main

main()
