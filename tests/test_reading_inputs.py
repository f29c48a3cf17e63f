"""Reading files: every format, and one clear warning for every kind of bad input."""

from __future__ import annotations

import json

from click.testing import CliRunner

from detente.cli import SKIPPED_EXIT, main
from detente.reading import Article, Skipped, load

REPORT = ("Hamas is ready to release ten hostages in exchange for a six-week truce, officials said. "
          "Israel rejected the offer and demanded the release of all hostages.")
HTML = f"""<html><head><title>Talks resume</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks resume in Cairo</h1><p>{REPORT}</p>
<p>Mediators said they would meet again on Thursday to discuss the remaining gaps between the two sides.</p>
</article><footer>Copyright 2025 The Example Courier</footer></body></html>"""


def write(tmp_path, name, content):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_every_format_and_folders(tmp_path):
    write(tmp_path, "a.txt", REPORT)
    write(tmp_path, "b.html", HTML)
    write(tmp_path, "c.json", json.dumps({"text": REPORT, "outlet": "Courier", "published": "2025-04-02"}))
    write(tmp_path, "d.jsonl", "\n".join(json.dumps({"id": f"r{k}", "text": REPORT}) for k in range(2)))
    items = list(load([tmp_path], outlet="Fallback"))
    assert all(isinstance(i, Article) for i in items)
    by_id = {a.id: a for a in items}
    assert set(by_id) == {"a", "b", "c", "r0", "r1"}
    assert by_id["c"].outlet == "Courier" and by_id["a"].outlet == "Fallback"
    assert "Hamas is ready" in by_id["b"].text and "Copyright" not in by_id["b"].text


def test_bad_inputs_are_named_and_skipped(tmp_path):
    write(tmp_path, "empty.txt", "")
    write(tmp_path, "binary.txt", b"\x00\x01\x02binary")
    write(tmp_path, "latin.txt", "caf\xe9 talks".encode("latin-1"))
    write(tmp_path, "big.txt", "word " * (1_100_000))
    write(tmp_path, "french.txt", "Le Hamas est prêt à libérer des otages selon des responsables du mouvement "
                                  "qui ont parlé sous couvert de l'anonymat pendant les négociations au Caire.")
    write(tmp_path, "nav.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    write(tmp_path, "lines.jsonl", json.dumps({"text": REPORT}) + "\n{broken\n")
    write(tmp_path, "good.txt", REPORT)
    items = list(load([tmp_path]))
    skipped = {str(s).split(": ")[1].rsplit("/", 1)[-1]: str(s) for s in items if isinstance(s, Skipped)}
    assert set(skipped) == {"empty.txt", "binary.txt", "latin.txt", "big.txt", "french.txt", "nav.html",
                            "lines.jsonl:2"}
    assert "empty file" in skipped["empty.txt"] and "over the 5 MB limit" in skipped["big.txt"]
    assert "not valid UTF-8" in skipped["latin.txt"] and "English" in skipped["french.txt"]
    assert "malformed JSON" in skipped["lines.jsonl:2"]
    assert {a.id for a in items if isinstance(a, Article)} == {"good", "lines-1"}


def test_cli_reads_the_rest_and_exits_with_skipped_code(tmp_path):
    write(tmp_path, "good.txt", REPORT)
    write(tmp_path, "empty.txt", "")
    result = CliRunner().invoke(main, ["read", str(tmp_path), "--json"])
    assert result.exit_code == SKIPPED_EXIT
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    (reading,) = [json.loads(line) for line in lines]
    assert reading["article"] == "good"
    assert [(m["type"], m["actor"]) for m in reading["moves"]] == [("offer", "Hamas"), ("reject", "Israel"),
                                                                   ("demand", "Israel")]
    assert "empty.txt: empty file; skipped" in result.stderr
    assert "Traceback" not in result.output


def test_cli_summary_and_flags(tmp_path):
    path = write(tmp_path, "talks.txt", REPORT)
    result = CliRunner().invoke(main, ["read", str(path), "--published", "2025-04-02", "--outlet", "Courier"])
    assert result.exit_code == 0
    assert "talks  (Courier, 2025-04-02)" in result.output
    assert "Hamas OFFER" in result.output and "[source: officials]" in result.output


def test_missing_file_is_a_warning(tmp_path):
    result = CliRunner().invoke(main, ["read", str(tmp_path / "nope.txt")])
    assert result.exit_code == SKIPPED_EXIT and "no such file" in result.stderr
