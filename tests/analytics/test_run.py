"""Every indicator at once: a long command's progress is told step by step, and telling it
changes nothing computed."""

from __future__ import annotations

from pathlib import Path

from xietong.analytics.run import analyze
from xietong.brief import report
from xietong.store import Store


def test_reading_and_each_indicator_are_told_as_they_are_done(bundled: Store) -> None:
    told: list[tuple[str, int, int]] = []
    result = analyze(bundled, progress=lambda what, done, total: told.append((what, done, total)))
    indicators = [t for t in told if t[0] == "indicators"]
    assert told[:2] == [("registry", 0, 1), ("registry", 1, 1)]
    total = indicators[0][2]
    assert [done for _, done, _ in indicators] == list(range(total + 1)) and total == len(result) - 2  # but as_of, cluster
    result.pop("as_of"), (quiet := analyze(bundled)).pop("as_of")
    assert result == quiet


def test_the_brief_tells_its_reading_its_indicators_and_its_writing(bundled: Store, tmp_path: Path) -> None:
    told: list[str] = []
    report(bundled, "md", tmp_path / "brief.md", progress=lambda what, done, total: told.append(what))
    assert told[0] == "registry" and "indicators" in told and told[-2:] == ["writing", "writing"]
    assert (tmp_path / "brief.md").read_text(encoding="utf-8").startswith("#")
