"""The report schema: every field of a report checked once, where it enters.

A report arrives as a JSON object (a .json file or a .jsonl line), or as text
and metadata from a .txt or .html file. Its fields are checked here, so
nothing past the loader meets a list where it expects a URL, an impossible
date, or a NUL character a store would refuse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

MAX_TEXT_BYTES = 2 * 1024 * 1024  # one report's text; larger is refused before reading
MAX_FIELD_CHARS = 2048  # one metadata string (URL, outlet, title, negotiation, id)
METADATA = ("url", "outlet", "title", "published", "negotiation")
IDENTIFIERS = ("article", "id")

# C0 and C1 control characters (tab, newline and carriage return kept in text) and lone surrogates,
# which UTF-8 cannot encode: stores refuse them (PostgreSQL any NUL).
_TEXT_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_LINE_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]+")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z ]*)?$")
YEARS = range(1900, 2101)


class FieldError(ValueError):
    """A field of the wrong type or size: the report is skipped, the message says which and why."""

    def __init__(self, name: str, expected: str, value: Any = ...) -> None:
        got = f", got {describe(value)}" if value is not ... else ""
        super().__init__(f"field {name!r}: expected {expected}{got}")
        self.field = name


@dataclass(frozen=True)
class ReportFields:
    """A report's checked fields; ``warnings`` say what was kept as unknown and why."""

    text: str
    id: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    negotiation: str | None = None
    extra: dict = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    def metadata(self) -> dict:
        return {k: getattr(self, k) for k in METADATA}


def describe(value: Any) -> str:
    """A value's JSON type in words, for error messages."""
    kinds = {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object",
             str: "a string", type(None): "null"}
    return kinds.get(type(value), type(value).__name__)


def clean_text(text: str) -> str:
    """Text without the control characters and lone surrogates a store cannot hold."""
    return _TEXT_CONTROLS.sub("", text)


def clean_line(text: str) -> str:
    """A one-line metadata string: control characters and runs of spaces become one space."""
    return " ".join(_LINE_CONTROLS.sub(" ", text).split())


def check_text(value: Any, name: str = "text") -> str:
    """The report's text, cleaned; refused when missing, empty or over the size limit."""
    if not isinstance(value, str):
        raise FieldError(name, "the report's text (a string)", value)
    text = clean_text(value).strip()
    if not text:
        raise FieldError(name, "the report's text (a string that is not empty)")
    size = len(text.encode("utf-8"))
    if size > MAX_TEXT_BYTES:
        raise FieldError(name, f"at most {MAX_TEXT_BYTES // (1024 * 1024)} MB of text, got "
                               f"{size / (1024 * 1024):.1f} MB")
    return text


def check_string(value: Any, name: str) -> str | None:
    """A metadata string, cleaned; empty means absent."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise FieldError(name, "a string", value)
    text = clean_line(value)
    if len(text) > MAX_FIELD_CHARS:
        raise FieldError(name, f"at most {MAX_FIELD_CHARS} characters, got {len(text)}")
    return text or None


def check_identifier(value: Any, name: str) -> str | None:
    """A report id: a string or a whole number."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if value is not None and not isinstance(value, str):
        raise FieldError(name, "a string or a whole number", value)
    return check_string(value, name)


def check_date(value: Any, name: str = "published") -> tuple[str | None, str | None]:
    """(YYYY-MM-DD or None, warning or None): an unknown or impossible date is kept as unknown."""
    text = check_string(value, name)
    if text is None:
        return None, None
    m = _ISO_DATE.match(text)
    if not m:
        return None, f"field {name!r}: {text[:40]!r} is not a date (YYYY-MM-DD); kept as unknown"
    year, month, day = (int(g) for g in m.groups())
    try:
        found = date(year, month, day)
    except ValueError:
        found = None
    if found is None or year not in YEARS:
        return None, f"field {name!r}: {text[:40]!r} is not a possible date; kept as unknown"
    return found.isoformat(), None


def check_report(obj: Any, defaults: dict | None = None) -> ReportFields:
    """A report object's fields, checked; raises FieldError for a field that cannot be used.

    ``defaults`` fill metadata the object does not carry (the command's --outlet and so on).
    """
    if not isinstance(obj, dict):
        raise FieldError("(report)", "a JSON object with a 'text' field", obj)
    defaults = defaults or {}
    text = check_text(obj.get("text"))
    ident = next((i for i in (check_identifier(obj.get(k), k) for k in IDENTIFIERS) if i), None)
    values, warnings = {}, []
    for key in METADATA:
        raw = obj.get(key)
        if key == "published":
            value, warning = check_date(raw)
            if warning:
                warnings.append(warning)
            elif value is None:
                value = check_date(defaults.get(key))[0]
        else:
            value = check_string(raw, key) or check_string(defaults.get(key), key)
        values[key] = value
    extra = {k: v for k, v in obj.items() if k not in METADATA and k not in IDENTIFIERS and k != "text"}
    return ReportFields(text, ident, extra=extra, warnings=tuple(warnings), **values)


def check_metadata(known: dict, name_prefix: str = "") -> tuple[dict, list[str]]:
    """Metadata found outside a JSON object (an HTML page's), checked the same way."""
    values, warnings = {}, []
    for key in METADATA:
        if key == "published":
            values[key], warning = check_date(known.get(key), name_prefix + key)
            if warning:
                warnings.append(warning)
        else:
            values[key] = check_string(known.get(key), name_prefix + key)
    return values, warnings
