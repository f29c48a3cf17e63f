"""Hypothesis strategies that damage valid inputs the way careless or hostile users do.

A valid document (a report, a model, a pack) is mutated at a few random
places: fields dropped, duplicated or retyped, indices pushed out of range,
strings made huge, empty or full of control characters, values nested
deeply; then, as bytes, made invalid UTF-8 or cut short. The fuzz tests
feed the results to every loader and command that takes them.

``DETENTE_FUZZ_SCALE`` multiplies the number of examples (default 1: a few
hundred per loader, under two minutes in all); ``DETENTE_FUZZ_SCALE=20``
runs a long session.
"""

from __future__ import annotations

import copy
import json
import os
from typing import Any

import yaml
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

SCALE = max(1, int(os.environ.get("DETENTE_FUZZ_SCALE", "1") or 1))
_DEEP = "@@deep{}@@"


def fuzz_settings(examples: int) -> settings:
    """``examples`` per run, times DETENTE_FUZZ_SCALE; no deadline (the machine may be busy)."""
    return settings(max_examples=examples * SCALE, deadline=None, derandomize=os.environ.get("CI") is not None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                           HealthCheck.data_too_large, HealthCheck.large_base_example])


JUNK = st.one_of(
    st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=False),
    st.sampled_from([-1, 0, 1, 2, 3, 7, 63, 64, 99, 2**31, 2**63]),  # indices just out of range and far out
    st.sampled_from(["", " ", "Y", "N", "yes", "both", "fwd", "forward", "2025-13-45", "2025-02-30", "0000-00-00",
                     "\x00", "a\x00b", "\x07\x1b[31m", "\ud800", "\ufeff", "-", "&", "not", "x" * 5000]),
    st.text(max_size=30),
    st.lists(st.integers(-3, 70), max_size=4),
    st.lists(st.lists(st.one_of(st.integers(-2, 70), st.sampled_from(["Y", "N"])), max_size=3), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.integers(60, 3000).map(_DEEP.format),  # nesting deeper than any loader allows
)


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += _paths(value, prefix + (i,))
    return out


@st.composite
def mutated(draw, base: Any, max_changes: int = 4) -> Any:
    """A copy of ``base`` with one to ``max_changes`` fields dropped, duplicated or retyped."""
    doc = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, max_changes))):
        paths = [p for p in _paths(doc) if p]
        if not paths:
            return draw(JUNK)
        path = draw(st.sampled_from(paths))
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        key = path[-1]
        action = draw(st.sampled_from(["drop", "duplicate", "retype", "retype", "retype"]))
        if action == "drop":
            del parent[key]
        elif action == "duplicate" and isinstance(parent, list):
            parent.insert(key, copy.deepcopy(parent[key]))
        elif action == "duplicate":
            others = [k for k in parent if k != key]
            if others:
                parent[draw(st.sampled_from(others))] = copy.deepcopy(parent[key])
        else:
            parent[key] = draw(JUNK)
    return doc


def _deepen(text: str) -> str:
    while "@@deep" in text:
        start = text.index("@@deep")
        end = text.index("@@", start + 6) + 2
        depth = int(text[start + 6:end - 2])
        left = start - (1 if text[start - 1:start] in ("'", '"') else 0)
        right = end + (1 if text[end:end + 1] in ("'", '"') else 0)
        text = text[:left] + "[" * depth + "]" * depth + text[right:]
    return text


def as_json(doc: Any) -> str:
    return _deepen(json.dumps(doc))


def as_yaml(doc: Any) -> str:
    return _deepen(yaml.safe_dump(doc, allow_unicode=True, default_flow_style=None, width=10**6))


@st.composite
def damaged_bytes(draw, text: str) -> bytes:
    """The UTF-8 bytes of ``text``, sometimes with invalid bytes inserted, a BOM, or cut short."""
    data = text.encode("utf-8", "surrogatepass")
    action = draw(st.sampled_from(["keep", "keep", "keep", "invalid", "truncate", "bom"]))
    if action == "keep" or not data:
        return data
    at = draw(st.integers(0, len(data)))
    if action == "invalid":
        return data[:at] + draw(st.sampled_from([b"\xff", b"\xc3", b"\xe2\x82", b"\xed\xa0\x80", b"\x00"])) + data[at:]
    if action == "truncate":
        return data[:at]
    return b"\xef\xbb\xbf" + data
