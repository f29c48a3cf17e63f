"""The statement language: precedence, the GMCR+ reading of `if`, and errors."""

from __future__ import annotations

import itertools

import pytest

from detente.conflict.expressions import ExpressionError, parse


def truth(text: str) -> list[bool]:
    e = parse(text)
    names = sorted(e.options())
    return [e.holds(dict(zip(names, v))) for v in itertools.product([False, True], repeat=len(names))]


@pytest.mark.parametrize("left, right", [
    ("a & b | c", "(a & b) | c"),
    ("-a & b", "(not a) and b"),
    ("a if b", "a | -b"),
    ("a iff b", "(a & b) | (-a & -b)"),
    ("!a", "-a"),
    ("a | b iff c", "(a | b) iff c"),
])
def test_equivalences(left, right):
    assert truth(left) == truth(right)


def test_printing_round_trips():
    for text in ["-(a & b) | c", "a iff -b", "(a if b) & c"]:
        assert truth(str(parse(text))) == truth(text)


@pytest.mark.parametrize("text, words", [
    ("a &", "ends too early"), ("(a", "missing ')'"), ("a b", "unexpected 'b'"),
    ("a $ b", "unexpected character"), ("", "empty statement"), ("zz", "unknown option 'zz'"),
])
def test_errors(text, words):
    with pytest.raises(ExpressionError, match=words.replace("(", r"\(").replace(")", r"\)").replace("$", r"\$")):
        parse(text, known={"a", "b"})
