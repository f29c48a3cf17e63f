"""Logical statements over options ("release_all & -disarm", "a iff b").

Used for preference statements and infeasible states. Grammar, loosest first:
``iff`` / ``if`` (right-assoc), ``|``/``or``, ``&``/``and``, ``-``/``not``/``!``,
parentheses, option names. ``A if B`` means B implies A (the GMCR+ reading).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

_TOKEN = re.compile(r"\s*(?:(?P<op>\(|\)|&|\||-|!|~)|(?P<word>[A-Za-z_][A-Za-z0-9_.]*))")
_KEYWORDS = {"and": "&", "or": "|", "not": "-", "if": "if", "iff": "iff"}


class ExpressionError(ValueError):
    """A statement that does not parse, or names an unknown option."""


@dataclass(frozen=True)
class Expr:
    """A parsed statement: an operator and its operands, or an option name."""

    op: str  # "var", "not", "and", "or", "if", "iff"
    args: tuple = ()
    name: str = ""

    def options(self) -> set[str]:
        """Names of the options the statement mentions."""
        if self.op == "var":
            return {self.name}
        return set().union(*(a.options() for a in self.args))

    def evaluate(self, lookup: Callable[[str], np.ndarray]) -> np.ndarray:
        """Truth value for every state, given each option's truth array."""
        if self.op == "var":
            return lookup(self.name)
        vals = [a.evaluate(lookup) for a in self.args]
        if self.op == "not":
            return ~vals[0]
        if self.op == "and":
            return vals[0] & vals[1]
        if self.op == "or":
            return vals[0] | vals[1]
        if self.op == "if":  # A if B == A or not B
            return vals[0] | ~vals[1]
        return ~(vals[0] ^ vals[1])

    def holds(self, values: Mapping[str, bool]) -> bool:
        """Truth value in one state given as option -> bool."""
        return bool(self.evaluate(lambda n: np.bool_(values[n])))

    def __str__(self) -> str:
        if self.op == "var":
            return self.name
        if self.op == "not":
            inner = str(self.args[0])
            return f"-{inner}" if self.args[0].op in ("var", "not") else f"-({inner})"
        sym = {"and": " & ", "or": " | ", "if": " if ", "iff": " iff "}[self.op]
        return sym.join(_wrap(a, self.op) for a in self.args)


_PRECEDENCE = {"iff": 0, "if": 0, "or": 1, "and": 2, "not": 3, "var": 4}


def _wrap(e: Expr, parent: str) -> str:
    s = str(e)
    return s if _PRECEDENCE[e.op] > _PRECEDENCE[parent] else f"({s})"


def var(name: str) -> Expr:
    return Expr("var", name=name)


def neg(e: Expr) -> Expr:
    return Expr("not", (e,))


def conj(items: list[Expr]) -> Expr:
    out = items[0]
    for e in items[1:]:
        out = Expr("and", (out, e))
    return out


def disj(items: list[Expr]) -> Expr:
    out = items[0]
    for e in items[1:]:
        out = Expr("or", (out, e))
    return out


def _tokenize(text: str) -> list[str]:
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise ExpressionError(f"unexpected character {text[pos:].strip()[:1]!r} in {text!r}")
        pos = m.end()
        if m.group("op"):
            tokens.append({"!": "-", "~": "-"}.get(m.group("op"), m.group("op")))
        else:
            word = m.group("word")
            tokens.append(_KEYWORDS.get(word.lower(), "$" + word))
    return tokens


class _Parser:
    def __init__(self, text: str, known: set[str] | None) -> None:
        self.text, self.known = text, known
        self.tokens = _tokenize(text)
        self.i = 0

    def peek(self) -> str | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> str:
        tok = self.peek()
        if tok is None:
            raise ExpressionError(f"statement {self.text!r} ends too early")
        self.i += 1
        return tok

    def parse(self) -> Expr:
        if not self.tokens:
            raise ExpressionError("empty statement")
        e = self.implication()
        if self.peek() is not None:
            raise ExpressionError(f"unexpected {self.peek().lstrip('$')!r} in {self.text!r}")
        return e

    def implication(self) -> Expr:
        left = self.disjunction()
        if self.peek() in ("if", "iff"):
            op = self.take()
            return Expr(op, (left, self.implication()))
        return left

    def disjunction(self) -> Expr:
        e = self.conjunction()
        while self.peek() == "|":
            self.take()
            e = Expr("or", (e, self.conjunction()))
        return e

    def conjunction(self) -> Expr:
        e = self.negation()
        while self.peek() == "&":
            self.take()
            e = Expr("and", (e, self.negation()))
        return e

    def negation(self) -> Expr:
        if self.peek() == "-":
            self.take()
            return neg(self.negation())
        return self.atom()

    def atom(self) -> Expr:
        tok = self.take()
        if tok == "(":
            e = self.implication()
            if self.peek() != ")":
                raise ExpressionError(f"missing ')' in {self.text!r}")
            if self.take() != ")":
                raise ExpressionError(f"missing ')' in {self.text!r}")
            return e
        if not tok.startswith("$"):
            raise ExpressionError(f"expected an option name, found {tok!r} in {self.text!r}")
        name = tok[1:]
        if self.known is not None and name not in self.known:
            raise ExpressionError(f"unknown option {name!r} in {self.text!r}")
        return var(name)


def parse(text: str, known: set[str] | None = None) -> Expr:
    """Parse a statement; ``known`` (option names) makes unknown names an error."""
    if not isinstance(text, str):
        raise ExpressionError(f"a statement must be text, not {type(text).__name__}")
    return _Parser(text, known).parse()
