"""Schemas at the door: .gmcr files, YAML models, domain packs, and the size limits."""

from __future__ import annotations

import json

import pytest

from detente.conflict import load_gmcr, loads_yaml
from detente.conflict.limits import MAX_OPTIONS, check_option_count
from detente.errors import InputError, ModelError
from detente.reading.lexicon import Pack, load_pack
from detente.reading.pack_schema import check_pack

from .conftest import GMCR_REFERENCE, needs_shared

PRISONERS = {"options": [{"name": "Confess", "permittedDirection": "both"},
                         {"name": "Confess too", "permittedDirection": "both"}],
             "decisionMakers": [{"name": "A", "options": [0], "preferences": [[[1, "N"]], [[0, "Y"]]]},
                                {"name": "B", "options": [1], "preferences": [[[0, "N"]], [[1, "Y"]]]}],
             "infeasibles": [], "useManualPreferenceRanking": False}


def gmcr_error(tmp_path, change) -> str:
    data = json.loads(json.dumps(PRISONERS))
    change(data)
    path = tmp_path / "m.gmcr"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ModelError) as caught:
        load_gmcr(path)
    return str(caught.value).split("m.gmcr: ", 1)[1]


def test_the_valid_file_loads(tmp_path):
    path = tmp_path / "m.gmcr"
    path.write_text(json.dumps(PRISONERS), encoding="utf-8")
    assert [o.name for o in load_gmcr(path).options] == ["confess", "confess_too"]


@pytest.mark.parametrize("change, message", [
    (lambda d: d["options"][0].update(name=7), "options[0].name: expected a name (a string), got a number"),
    (lambda d: d["options"][1].update(permittedDirection="up"),
     "options[1].permittedDirection: expected one of both, fwd, back, got 'up'"),
    (lambda d: d["decisionMakers"][1].update(options=[5]),
     "decisionMakers[1].options[0]: option index 5 is out of range (there are 2 options, 0 to 1)"),
    (lambda d: d["decisionMakers"][0].update(preferences=[[[0, "maybe"]]]),
     "decisionMakers[0].preferences[0][0][1]: expected \"Y\" or \"N\", got a string"),
    (lambda d: d["decisionMakers"][0].update(preferences=[{"compound": True, "members": None}]),
     "decisionMakers[0].preferences[0].members: expected a list of conditions, got null"),
    (lambda d: d.update(infeasibles=[[[-1, "Y"]]]), "infeasibles[0][0][0]: option index -1 is out of range"),
    (lambda d: d["decisionMakers"].__setitem__(0, None),
     "decisionMakers[0]: expected an object with 'name', 'options' and 'preferences', got null"),
    (lambda d: d.update(useManualPreferenceRanking=True),
     "decisionMakers[0].preferenceVector: expected a list of state numbers, most preferred first, got null"),
    (lambda d: d.pop("options"), "options: expected a list of options, got null"),
    (lambda d: d["options"].extend({"name": f"o{k}"} for k in range(40)),
     "options: 42 options make 2^42 states; detente analyses at most 26 options"),
])
def test_a_bad_gmcr_field_is_named(tmp_path, change, message):
    assert gmcr_error(tmp_path, change).startswith(message)


def test_the_reference_files_pass_the_schema():
    needs_shared(GMCR_REFERENCE)
    from detente.conflict.gmcr_schema import check_gmcr

    for path in sorted((GMCR_REFERENCE / "examples").glob("*.gmcr")):
        check_gmcr(json.loads(path.read_text(encoding="utf-8")), str(path))


def test_the_memory_limit_names_the_reason(monkeypatch):
    monkeypatch.setattr("detente.conflict.limits.memory_bytes", lambda: 2**30)
    with pytest.raises(ModelError, match=r"23 options make 2\^23 states, which need about 2 GiB of memory; this "
                                         r"machine has 1 GiB"):
        check_option_count(23)
    check_option_count(20)
    with pytest.raises(ModelError, match=f"at most {MAX_OPTIONS} options"):
        check_option_count(MAX_OPTIONS + 1)


@pytest.mark.parametrize("text, message", [
    ("name: " + "[" * 60 + "]" * 60, "the model is nested more than 50 deep"),
    ("a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
     "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
     "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n",
     "the model is over 300000 values"),
    ("? [a, b]\n: c\n", "m.yaml:1: a key must be a name"),
    ("decision_makers:\n  A:\n    options:\n" + "".join(f"      o{k}: x\n" for k in range(30)),
     "m.yaml:1: decision_makers: 30 options make 2^30 states"),
])
def test_yaml_models_refused_up_front(text, message):
    with pytest.raises(ModelError, match=message.replace("^", r"\^").replace("[", r"\[")):
        loads_yaml(text, "m.yaml")


@pytest.mark.parametrize("text, message", [
    ("hedges:\n  adverbs: [reportedly, no]\n",
     "p.yaml:2: hedges.adverbs[1]: expected a word (a string; quote yes, no, on, off and numbers), got a boolean"),
    ("cue_verbs: say\n", "p.yaml:1: cue_verbs: expected a list of words, got a string"),
    ("moves:\n  offer:\n    verbs: offer\n", "p.yaml:3: moves.offer.verbs: expected a list of words, got a string"),
    ("parties:\n  Israel:\n    names: [Israel, 3]\n", "p.yaml:3: parties.Israel.names[1]: expected a word"),
    ("parties: [Israel]\n", "p.yaml:1: parties: expected a mapping, got a list"),
    ("moves:\n  reject:\n    particles: {walk: [out], shrug: null}\n",
     "p.yaml:3: moves.reject.particles.shrug: expected a list of words"),
    ("descriptions:\n  state: null\n", "p.yaml:2: descriptions.state: expected a list of words, got nothing"),
    ("name_kinds:\n  union: union\n", "p.yaml:2: name_kinds.union: expected a list of words, got a string"),
    ("legislatures: Senate\n", "p.yaml:1: legislatures: expected a list of words, got a string"),
    ("- a\n", "p.yaml:1: (pack): expected a mapping of sections"),
    ("name: [x\n", "p.yaml:2: YAML syntax error"),
])
def test_a_bad_pack_field_is_named(text, message):
    with pytest.raises(InputError) as caught:
        check_pack(text, "p.yaml")
    assert str(caught.value).startswith(message)


def test_packs_may_grow_new_sections_and_keys(tmp_path):
    text = ("name: labour\ncue_verbs: [say]\nstrike_words: [walkout]\nmoves:\n  strike:\n    verbs: [strike]\n"
            "  agreement_nouns: [deal]\nfigures:\n  bounds:\n    about: [around]\n")
    path = tmp_path / "labour.yaml"
    path.write_text(text, encoding="utf-8")
    pack = load_pack(str(path))
    assert isinstance(pack, Pack) and pack.name == "labour" and pack.words("strike_words") == {"walkout"}
    assert pack.words("moves", "agreement_nouns", "verbs") == set() and pack.section("cue_verbs") == {}


def test_the_bundled_pack_passes():
    assert load_pack("ceasefire").words("cue_verbs")
