"""The reader's full score table on the dev corpus, by ../shared/tools/score_reading.py.

    python benchmarks/reading_accuracy.py [GOLD_DIR]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def predictions(gold_dir: Path, out: Path) -> None:
    from detente.reading import Article, load, read_articles

    articles = [a for a in load([gold_dir]) if isinstance(a, Article)]
    with out.open("w", encoding="utf-8") as f:
        for reading in read_articles(articles):
            f.write(json.dumps(reading) + "\n")


def main(argv: list[str]) -> None:
    gold_dir = Path(argv[0]) if argv else SHARED / "corpus" / "dev"
    scorer = SHARED / "tools" / "score_reading.py"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "predictions.jsonl"
        predictions(gold_dir, out)
        subprocess.run([sys.executable, str(scorer), str(gold_dir), str(out), "--per-article"], check=True)


if __name__ == "__main__":
    main(sys.argv[1:])
