"""Shared fixtures: where the reference data lives, and skips when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GMCR_REFERENCE = SHARED / "reference" / "gmcr"
EXAMPLE_MODEL = ROOT / "examples" / "hostage-talks-april-2025.yaml"


def needs_shared(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} is not present")
