"""Cutting a corpus into partitions that workers read for themselves.

A partition is a few words, not the reports: some file paths, or a run of lines of a JSON Lines
dump (a byte range of a plain .jsonl, a line range of a .jsonl.gz). Planning streams through each
dump once without holding it; a worker then reads only its own slice. Workers need the same files
at the same paths (a shared filesystem on a real cluster).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from ..reading.loaders import Article, Skipped, is_dump, iter_files, load, load_lines, numbered_lines, open_dump

DEFAULT_SIZE = 64  # reports per partition


@dataclass(frozen=True)
class Partition:
    paths: tuple[str, ...] = ()   # files read whole (.txt, .html, .json, small .jsonl)
    dump: str | None = None       # or one dump, from first_line on
    first_line: int = 1
    lines: int = 0
    start: int = 0                # byte offset of first_line in a plain .jsonl dump

    def __str__(self) -> str:
        if self.dump:
            return f"{self.dump}:{self.first_line}-{self.first_line + self.lines - 1}"
        return self.paths[0] if len(self.paths) == 1 else f"{self.paths[0]} and {len(self.paths) - 1} more"

    @property
    def size(self) -> int:
        return self.lines if self.dump else len(self.paths)


def plan(paths: list[str | Path], size: int = DEFAULT_SIZE) -> Iterator[Partition]:
    """Partitions of at most ``size`` reports over files, folders and dumps, in input order."""
    files: list[str] = []
    for path in iter_files(paths):
        if is_dump(path) and path.exists():
            yield from _dump_partitions(path, size)
            continue
        files.append(str(path))
        if len(files) == size:
            yield Partition(paths=tuple(files))
            files = []
    if files:
        yield Partition(paths=tuple(files))


def _dump_partitions(path: Path, size: int) -> Iterator[Partition]:
    first, count, start, offset = 1, 0, 0, 0
    try:
        with open_dump(path) as f:
            for raw in f:
                count += 1
                offset += len(raw)
                if count == size:
                    yield Partition(dump=str(path), first_line=first, lines=count, start=start)
                    first, count, start = first + count, 0, offset
    except (OSError, EOFError):
        pass  # a truncated .gz: the worker that reads its last partition names it
    if count:
        yield Partition(dump=str(path), first_line=first, lines=count, start=start)


def read_partition(part: Partition, defaults: dict) -> Iterator[Article | Skipped]:
    """The partition's articles (or why not), read by whoever holds the files."""
    if not part.dump:
        yield from load(list(part.paths), **defaults)
        return
    path = Path(part.dump)
    if path.suffix.lower() == ".gz":  # no random access into gzip: stream up to the slice
        yield from load_lines(path, defaults, islice(numbered_lines(path), part.first_line - 1,
                                                     part.first_line - 1 + part.lines))
        return
    yield from load_lines(path, defaults, _byte_range(path, part))


def _byte_range(path: Path, part: Partition) -> Iterator[tuple[int, bytes]]:
    with open(path, "rb") as f:
        f.seek(part.start)
        for number in range(part.first_line, part.first_line + part.lines):
            yield number, f.readline()
