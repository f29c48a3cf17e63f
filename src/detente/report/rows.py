"""Records out as JSON, CSV or an aligned text table: every tracking command uses these."""

from __future__ import annotations

import csv
import json
from typing import TextIO


def flat(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, list):
        return "; ".join(flat(v) if not isinstance(v, dict) else v.get("article") or json.dumps(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def write_rows(rows: list[dict], out: TextIO, fmt: str, columns: list[str] | None = None) -> None:
    """``fmt``: json (a list), csv (header + rows), text (aligned columns)."""
    if fmt == "json":
        json.dump(rows, out, indent=1, ensure_ascii=False, default=str)
        out.write("\n")
        return
    columns = columns or (list(rows[0]) if rows else [])
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([flat(row.get(c)) for c in columns])
        return
    cells = [[flat(row.get(c)) for c in columns] for row in rows]
    widths = [min(60, max([len(c)] + [len(r[i]) for r in cells])) for i, c in enumerate(columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n")
    for r in cells:
        out.write("  ".join(v[:60].ljust(w) for v, w in zip(r, widths)).rstrip() + "\n")
