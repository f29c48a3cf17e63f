"""The README's two commands stay true: the Makefile runs them, and the demo prints what it shows."""

from __future__ import annotations

import re

from click.testing import CliRunner

from detente.cli import main

from .conftest import ROOT


def test_readme_commands_match_the_makefile():
    readme = (ROOT / "README.md").read_text()
    first_screen = readme[: readme.index("## Commands")]
    assert re.findall(r"^make (\w+)", first_screen, re.M) == ["demo", "test"]
    makefile = (ROOT / "Makefile").read_text()
    assert "detente analyze examples/reports/" in makefile.split("demo:")[1].split("\n\n")[0]
    assert "pytest" in makefile.split("test:")[1].split("\n\n")[0]
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_demo_prints_what_the_readme_shows(tmp_path):
    readme = (ROOT / "README.md").read_text()
    shown = readme.split("It prints, first:\n\n```\n")[1].split("\n...")[0]
    result = CliRunner().invoke(main, ["analyze", str(ROOT / "examples" / "reports"), "--db",
                                       str(tmp_path / "demo.db")])
    assert result.exit_code == 0
    assert shown in result.stdout
