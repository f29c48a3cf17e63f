"""Reading reports: articles in, attributed moves and figures out (the `read` verb)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from .loaders import Article
from .paragraphs import reported_span

_CHUNK = 8


def reading_of(doc, article: Article) -> dict:
    """The records found in one report, in the JSON form of `detente read --json`."""
    sentences = []
    for a in doc._.attributions or []:
        sent = doc[a.cue_index].sent
        sentences.append({"start": reported_span(sent)[0], "end": sent.end_char, "sentence": sent.text, **a.to_dict(),
                          "speaker_start": doc[a.speaker_start].idx,
                          "speaker_end": doc[a.speaker_end - 1].idx + len(doc[a.speaker_end - 1].text)})
    known = set(doc._.known_parties or ())
    acting = {m.actor for m in doc._.moves or []} | {m.addressee for m in doc._.moves or [] if m.addressee}
    parties = {p: a for p, a in (doc._.parties or {}).items() if p in acting or p in known}
    return {
        "article": article.id,
        **{k: v for k, v in article.metadata().items()},
        "parties": parties,
        "moves": [m.to_dict() for m in doc._.moves or []],
        "facts": [f.to_dict() for f in doc._.figures or []],
        "sources": sentences,
    }


def _read_chunk(args: tuple[str, list[Article]]) -> list[dict]:
    from .pipeline import load_pipeline

    pack, articles = args
    nlp = load_pipeline(pack)
    docs = nlp.pipe(a.text for a in articles)
    return [reading_of(doc, a) for doc, a in zip(docs, articles)]


def read_articles(articles: Iterable[Article], pack: str = "ceasefire", workers: int = 1) -> Iterator[dict]:
    """Read articles in order; ``workers`` > 1 spreads them over processes."""
    articles = list(articles)
    if workers <= 1 or len(articles) <= _CHUNK:
        yield from _read_chunk((pack, articles))
        return
    chunks = [(pack, articles[i:i + _CHUNK]) for i in range(0, len(articles), _CHUNK)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for result in pool.map(_read_chunk, chunks):
            yield from result


def read_text(text: str, pack: str = "ceasefire", article_id: str = "text") -> dict:
    """Read one text (the Python API for a quick look)."""
    return next(read_articles([Article(article_id, text)], pack))
