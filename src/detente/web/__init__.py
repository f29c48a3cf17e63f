"""The web workbench (`detente serve`): pages and a JSON API over the same library the CLI calls."""

from .app import create_app

__all__ = ["create_app"]
