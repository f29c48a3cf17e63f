"""The schema of a domain pack: the known sections' types, checked once when the pack is loaded.

A pack is vocabulary as data, so the check is about shapes: word lists are
lists of words (a bare ``no`` or ``on`` in YAML is a boolean, not a word),
sections are mappings. Keys the reader does not know yet are allowed and
left alone, so a pack can grow before the code that uses it.
"""

from __future__ import annotations

import yaml

from ..errors import InputError

STR = "tag:yaml.org,2002:str"
WORD_LISTS = ("cue_verbs", "cue_phrases", "source_nouns", "exchange_markers", "release_verbs",
              "organisation_words", "titles", "role_sides", "executive_seats", "legislatures")
# section -> depth of mappings above its word lists (hedges.adverbs: 1; moves.offer.verbs: 2)
NESTED = {"hedges": 1, "role_nouns": 1, "moves": 2, "descriptions": 1, "name_kinds": 1, "political_parties": 1}
MAX_BYTES = 2 * 1024 * 1024


class _Checker:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, node: yaml.Node, field: str, expected: str) -> InputError:
        return InputError(f"expected {expected}, got {_kind(node)}", source=self.source,
                          line=node.start_mark.line + 1, field=field)

    def mapping(self, node: yaml.Node, field: str, expected: str = "a mapping") -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, field, expected)
        out = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode):
                raise self.fail(key, field, "names as keys")
            out[key.value] = value
        return out

    def words(self, node: yaml.Node, field: str) -> None:
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, field, "a list of words")
        for i, item in enumerate(node.value):
            if not isinstance(item, yaml.ScalarNode) or item.tag != STR or not item.value.strip():
                raise self.fail(item, f"{field}[{i}]", "a word (a string; quote yes, no, on, off and numbers)")

    def nested(self, node: yaml.Node, field: str, depth: int) -> None:
        """Mappings up to ``depth`` deep whose leaves are word lists (deeper mappings are left alone)."""
        expected = "a mapping of word lists" if depth == 1 else "a mapping of word lists or sections"
        for key, value in self.mapping(node, field, expected).items():
            sub = f"{field}.{key}"
            if isinstance(value, yaml.SequenceNode):
                self.words(value, sub)
            elif depth > 1:
                self.nested(value, sub, depth - 1)
            elif isinstance(value, yaml.MappingNode):  # "particles: {walk: [away, out]}": a word's word lists
                for word, words in self.mapping(value, sub).items():
                    self.words(words, f"{sub}.{word}")
            else:
                raise self.fail(value, sub, "a list of words")

    def parties(self, node: yaml.Node) -> None:
        for name, spec in self.mapping(node, "parties").items():
            sub = f"parties.{name}"
            for key, value in self.mapping(spec, sub, "a mapping with names and adjectives").items():
                if key in ("names", "adjectives"):
                    self.words(value, f"{sub}.{key}")
                elif key == "kind" and not (isinstance(value, yaml.ScalarNode) and value.tag == STR):
                    raise self.fail(value, f"{sub}.kind", "a word (a string)")

    def terms(self, node: yaml.Node) -> None:
        """Each term is a mapping of word lists (nouns, verbs, qualifiers)."""
        for term, spec in self.mapping(node, "terms").items():
            self.nested(spec, f"terms.{term}", 1)

    def figures(self, node: yaml.Node) -> None:
        for key, value in self.mapping(node, "figures").items():
            if isinstance(value, yaml.MappingNode):
                self.nested(value, f"figures.{key}", 1)
            else:
                self.words(value, f"figures.{key}")


def _kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    kinds = {"bool": "a boolean", "int": "a number", "float": "a number", "null": "nothing", "str": "a string"}
    return kinds.get(node.tag.rsplit(":", 1)[-1], node.tag)


def check_pack(text: str, source: str) -> dict:
    """The pack's data, after checking its known sections; raises InputError naming file, line and field."""
    if len(text) > MAX_BYTES:
        raise InputError(f"a pack is at most {MAX_BYTES // (1024 * 1024)} MB", source=source)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"YAML syntax error: {problem}", source=source,
                         line=mark.line + 1 if mark else None) from None
    except RecursionError:
        raise InputError("YAML nested too deeply", source=source) from None
    if root is None:
        return {}
    checker = _Checker(source)
    sections = checker.mapping(root, "(pack)", "a mapping of sections (cue_verbs, moves, terms, parties, ...)")
    for key, node in sections.items():
        if key == "name" and not (isinstance(node, yaml.ScalarNode) and node.tag == STR):
            raise checker.fail(node, "name", "a name (a string)")
        if key in WORD_LISTS:
            checker.words(node, key)
        elif key in NESTED:
            checker.nested(node, key, NESTED[key])
        elif key == "parties":
            checker.parties(node)
        elif key == "terms":
            checker.terms(node)
        elif key == "figures":
            checker.figures(node)
    return yaml.SafeLoader("").construct_document(root) or {}
