"""Sectors read in the reader's language, whichever language their source wrote them in."""

from __future__ import annotations

import csv
from pathlib import Path

from xietong import sectors
from xietong.vocab import load_yaml


def test_every_sector_of_the_vocabulary_has_an_english_name() -> None:
    doc = load_yaml("sectors.yaml")
    for s in (*doc["sectors"], *doc["tails"]):
        assert sectors.label(s["sector"], "en") not in ("", s["sector"]), s["sector"]
        assert sectors.label(s["sector"], "zh") == s["sector"]


def test_every_sector_the_reference_data_states_reads_in_chinese() -> None:
    """The bundled reference table writes sectors in English; a Chinese page shows each in Chinese."""
    files = sorted((Path(__file__).resolve().parents[1] / "src" / "xietong" / "data" / "reference").glob("*.csv"))
    stated = {row["sector"] for f in files for row in csv.DictReader(f.open(encoding="utf-8")) if row.get("sector")}
    assert stated
    for value in stated:
        shown = sectors.label(value, "zh")
        assert shown != value and not any(c.isascii() and c.isalpha() for c in shown), (value, shown)
        assert sectors.label(value, "en") == value


def test_a_sector_with_a_part_not_known_is_shown_as_written() -> None:
    assert sectors.label("tourism / space tourism") == "tourism / space tourism"
    assert sectors.label("") == "" and sectors.label(None) == ""


def test_every_sector_entry_says_only_what_a_sector_has() -> None:
    """A word slipped in before ``en`` ({sector: 中医药, 南药, en: …}) is read as a key of its own and
    silently reads nothing: each entry has its name, English name, type, seed mark and words only."""
    for entry in load_yaml("sectors.yaml")["sectors"]:
        assert set(entry) <= {"sector", "en", "type", "seed", "words"}, entry["sector"]
        assert {"sector", "en", "type", "words"} <= set(entry), entry["sector"]
