"""Reports per second: bare spaCy (`nlp.pipe`, same model) against detente's full reader.

The dev corpus is repeated to at least 200 reports. Target (issue 3): the
reader reaches 70% of bare spaCy's throughput; `--workers 2` uses both cores.

    python benchmarks/reading_speed.py [--reports 200] [--workers 2]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"


def corpus(n: int):
    from detente.reading import Article, load

    base = [a for a in load([CORPUS]) if isinstance(a, Article)]
    if not base:
        sys.exit(f"no reports found in {CORPUS}")
    return [base[k % len(base)] for k in range(max(n, len(base)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    from detente.reading.pipeline import load_bare, load_pipeline
    from detente.reading.reader import read_articles

    articles = corpus(args.reports)
    bare, full = load_bare(), load_pipeline()
    list(bare.pipe(a.text for a in articles[:5]))  # warm up both
    list(read_articles(articles[:5]))

    start = time.perf_counter()
    for _ in bare.pipe(a.text for a in articles):
        pass
    bare_rate = len(articles) / (time.perf_counter() - start)

    start = time.perf_counter()
    for _ in read_articles(articles):
        pass
    full_rate = len(articles) / (time.perf_counter() - start)

    start = time.perf_counter()
    for _ in read_articles(articles, workers=args.workers):
        pass
    parallel_rate = len(articles) / (time.perf_counter() - start)
    del full

    print(f"reports: {len(articles)}")
    print(f"bare spaCy nlp.pipe        {bare_rate:8.1f} reports/s")
    print(f"detente reader, 1 process  {full_rate:8.1f} reports/s  ({full_rate / bare_rate:.0%} of bare)")
    print(f"detente reader, {args.workers} workers  {parallel_rate:8.1f} reports/s  "
          f"({parallel_rate / bare_rate:.0%} of bare, start-up included)")


if __name__ == "__main__":
    main()
