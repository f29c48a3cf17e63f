"""The reader's score per negotiation and in total, by ../shared/tools/score_reading.py.

    python benchmarks/reading_accuracy.py [GOLD_DIR ...]   (default: ../shared/corpus/dev and dev2)

A reader that is general reads every negotiation about as well: the table per negotiation shows
where it is not.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def scorer():
    spec = importlib.util.spec_from_file_location("score_reading", SHARED / "tools" / "score_reading.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predictions(gold_dir: Path, out: Path) -> None:
    from detente.reading import Article, load, read_articles

    articles = [a for a in load([gold_dir]) if isinstance(a, Article)]
    with out.open("w", encoding="utf-8") as f:
        for reading in read_articles(articles):
            f.write(json.dumps(reading) + "\n")


def by_negotiation(gold_dir: Path) -> dict[str, list[Path]]:
    groups: dict[str, list[Path]] = defaultdict(list)
    for gold in sorted(gold_dir.glob("*.gold.json")):
        article = gold.with_name(gold.name.removesuffix(".gold.json") + ".json")
        label = json.loads(article.read_text(encoding="utf-8")).get("negotiation") or article.stem
        groups[label].append(gold)
    return groups


def row(name: str, s: dict) -> str:
    m, f = s["moves"], s["facts"]
    return (f"{name[:44]:44s} {s['articles']:>3d} {m['precision']:6.2f} {m['recall']:6.2f} {m['f1']:6.2f} "
            f"{s['terms_f1']:6.2f} {s['source_accuracy']:6.2f} {s['hedge_accuracy']:6.2f} {f['f1']:6.2f}")


def report(gold_dir: Path) -> None:
    score = scorer().score
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "predictions.jsonl"
        predictions(gold_dir, out)
        print(f"\n{gold_dir}")
        print(f"{'negotiation':44s} {'n':>3s} {'mov P':>6s} {'mov R':>6s} {'mov F1':>6s} {'terms':>6s} "
              f"{'source':>6s} {'hedge':>6s} {'figs':>6s}")
        for label, golds in sorted(by_negotiation(gold_dir).items()):
            part = Path(tmp) / label.replace("/", "_")
            part.mkdir()
            for gold in golds:
                for path in (gold, gold.with_name(gold.name.removesuffix(".gold.json") + ".json")):
                    (part / path.name).symlink_to(path.resolve())
            print(row(label, score(part, out)))
        print(row("TOTAL", score(gold_dir, out)))


def main(argv: list[str]) -> None:
    dirs = [Path(a) for a in argv] or [SHARED / "corpus" / "dev", SHARED / "corpus" / "dev2"]
    for gold_dir in dirs:
        report(gold_dir)


if __name__ == "__main__":
    main(sys.argv[1:])
