"""Domain packs: the reader's vocabulary as data (cue verbs, hedges, move and term words, parties)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import DetenteError
from .pack_schema import check_pack


@dataclass(frozen=True)
class Pack:
    """A domain pack loaded from YAML; see packs/ceasefire.yaml for the keys."""

    name: str
    data: dict = field(repr=False)

    def words(self, *path: str) -> set[str]:
        node = self.data
        for key in path:
            node = node.get(key, {}) if isinstance(node, dict) else {}
        return {str(w).lower() for w in node} if isinstance(node, list) else set()

    def section(self, *path: str) -> dict:
        node = self.data
        for key in path:
            node = node.get(key, {}) if isinstance(node, dict) else {}
        return node if isinstance(node, dict) else {}

    @property
    def parties(self) -> dict[str, dict]:
        return self.data.get("parties", {})


@lru_cache(maxsize=8)
def load_pack(name_or_path: str = "ceasefire") -> Pack:
    """A pack by name (bundled) or by path to a YAML file."""
    path = Path(name_or_path)
    if path.suffix in (".yaml", ".yml") and path.exists():
        source = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise DetenteError(f"{path}: cannot read the pack ({exc})") from None
    else:
        resource = resources.files("detente.reading") / "packs" / f"{name_or_path}.yaml"
        if not resource.is_file():
            raise DetenteError(f"unknown domain pack {name_or_path!r}")
        source, text = f"pack {name_or_path}", resource.read_text(encoding="utf-8")
    data = check_pack(text, source)
    return Pack(str(data.get("name", path.stem)), data)
