"""Every command and setting is documented in the README, and the README's two
commands are the ones CI runs."""

from pathlib import Path

import typer.main

from xietong.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme() -> None:
    names = [c.name for c in typer.main.get_command(app).commands.values()]  # type: ignore[attr-defined]
    assert names
    for name in names:
        assert f"`xietong {name}" in README, name


def test_every_setting_is_in_the_readme() -> None:
    for setting in ("XIETONG_DB", "XIETONG_LANG", "XIETONG_NOW", "XIETONG_PASSWORD"):
        assert f"`{setting}`" in README


def test_ci_runs_the_readme_test_command() -> None:
    assert "scripts/test" in README and "scripts/run" in README
    assert "scripts/test" in (ROOT / ".ci" / "run").read_text()
