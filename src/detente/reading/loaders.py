"""Reports from files: .txt, .html, .json (our article form), .jsonl (.jsonl.gz), and folders of these.

A file that cannot be read is skipped with one warning line naming it (and
the line, for JSON Lines); the others are still read.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from .report_schema import FieldError, check_metadata, check_report, check_text, clean_line, clean_text

MAX_BYTES = 5 * 1024 * 1024
SUFFIXES = {".txt", ".text", ".html", ".htm", ".json", ".jsonl"}
_ENGLISH = set("the a an of to in and is was that for on with as by at it from has have said are be not "
               "will would this its their were which but after over".split())


@dataclass
class Article:
    """One report to read: its text and what is known about it."""

    id: str
    text: str
    path: str = ""
    line: int | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    negotiation: str | None = None
    extra: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Whoever builds an Article, no control character reaches a store (PostgreSQL refuses NUL).
        self.text = clean_text(self.text)
        for key in ("id", "url", "outlet", "title", "published", "negotiation"):
            value = getattr(self, key)
            if isinstance(value, str):
                setattr(self, key, clean_line(value))

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path

    def metadata(self) -> dict:
        return {"url": self.url, "outlet": self.outlet, "title": self.title, "published": self.published,
                "negotiation": self.negotiation}


@dataclass
class Skipped:
    where: str
    reason: str

    def __str__(self) -> str:
        return f"warning: {self.where}: {self.reason}; skipped"


def iter_files(paths: list[str | Path]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and (p.suffix.lower() in SUFFIXES
                              or is_dump(p)) and not p.name.endswith(".gold.json"))
        else:
            yield path


def load(paths: list[str | Path], published: str | None = None, outlet: str | None = None,
         negotiation: str | None = None) -> Iterator[Article | Skipped]:
    """Every article in the given files and folders, or a Skipped saying why not."""
    defaults = {"published": published, "outlet": outlet, "negotiation": negotiation}
    for path in iter_files(paths):
        yield from _load_file(path, defaults)


def _load_file(path: Path, defaults: dict) -> Iterator[Article | Skipped]:
    where = str(path)
    if not path.exists():
        yield Skipped(where, "no such file")
        return
    size = path.stat().st_size
    if size == 0:
        yield Skipped(where, "empty file")
        return
    if is_dump(path) and (size > MAX_BYTES or path.suffix.lower() == ".gz"):
        yield from load_lines(path, defaults, numbered_lines(path))
        return
    if size > MAX_BYTES:
        yield Skipped(where, f"file is {size / 1e6:.1f} MB, over the 5 MB limit")
        return
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        yield Skipped(where, "binary file, not text")
        return
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield Skipped(where, f"not valid UTF-8 (byte {exc.start})")
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from load_lines(path, defaults, enumerate(text.splitlines(), start=1))
        return
    if suffix == ".json":
        obj, problem = _parse_json(text, with_line=True)
        yield Skipped(where, problem) if problem else _from_object(obj, path, defaults, None)
        return
    if suffix in (".html", ".htm"):
        yield _from_html(text, path, defaults)
        return
    try:
        fields, warnings = check_metadata(defaults)
        yield _checked(Article(path.stem, check_text(text), where, **fields, warnings=warnings))
    except FieldError as exc:
        yield Skipped(where, str(exc))


def _from_object(obj, path: Path, defaults: dict, line: int | None) -> Article | Skipped:
    where = f"{path}:{line}" if line else str(path)
    try:
        fields = check_report(obj, defaults)
    except FieldError as exc:
        return Skipped(where, str(exc))
    ident = fields.id or (f"{path.stem}-{line}" if line else path.stem)
    return _checked(Article(ident, fields.text, str(path), line, extra=fields.extra,
                            warnings=list(fields.warnings), **fields.metadata()))


def _from_html(html: str, path: Path, defaults: dict) -> Article | Skipped:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or len(text.split()) < 20:
        return Skipped(str(path), "no article text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    known = dict(defaults)
    if meta is not None:
        known["title"] = meta.title
        known["published"] = defaults.get("published") or meta.date
        known["outlet"] = defaults.get("outlet") or meta.sitename
        known["url"] = meta.url
    try:
        fields, warnings = check_metadata(known)
        return _checked(Article(path.stem, check_text(text), str(path), **fields, warnings=warnings))
    except FieldError as exc:
        return Skipped(str(path), str(exc))


def _checked(article: Article) -> Article | Skipped:
    words = re.findall(r"[A-Za-z']+", article.text.lower())
    if len(words) < 3:
        return Skipped(article.where, "too little text to read")
    if len(words) >= 20 and sum(w in _ENGLISH for w in words) / len(words) < 0.08:
        return Skipped(article.where, "does not look like English text")
    return article


def is_dump(path: Path) -> bool:
    """A JSON Lines dump, plain or gzipped: streamed line by line, however large."""
    return path.name.lower().endswith((".jsonl", ".jsonl.gz"))


def open_dump(path: Path) -> BinaryIO:
    return gzip.open(path, "rb") if path.suffix.lower() == ".gz" else open(path, "rb")


def _parse_json(raw: str | bytes, with_line: bool = False) -> tuple[object, str | None]:
    """One JSON document, or why it cannot be read, in the words of a one-line warning."""
    try:
        return json.loads(raw), None
    except json.JSONDecodeError as exc:
        return None, f"malformed JSON at line {exc.lineno} ({exc.msg})" if with_line else f"malformed JSON ({exc.msg})"
    except UnicodeDecodeError as exc:
        return None, f"not valid UTF-8 (byte {exc.start})"
    except RecursionError:
        return None, "JSON nested too deeply"


def numbered_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    with open_dump(path) as f:
        yield from enumerate(f, start=1)


def load_lines(path: Path, defaults: dict, lines: Iterable[tuple[int, bytes]]) -> Iterator[Article | Skipped]:
    """Articles from numbered lines of a dump, one at a time: a dump of millions is never held whole."""
    try:
        for number, raw in lines:
            if not raw.strip():
                continue
            where = f"{path}:{number}"
            obj, problem = _parse_json(raw)
            yield Skipped(where, problem) if problem else _from_object(obj, path, defaults, number)
    except (OSError, EOFError) as exc:  # a truncated or corrupt .gz: keep what came before
        yield Skipped(str(path), f"cannot read on ({exc})")
