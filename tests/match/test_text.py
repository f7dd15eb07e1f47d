"""The text index, built or found again on disk: the same scores either way."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from xietong.match import text

DOCS = ["河北钢铁集团 钢铁 冶金 节能减排", "北京工业大学 高校 新材料 智能制造", "天津港集团 港口 物流",
        "中关村科技园区 园区 电子信息 软件", ""]
QUERIES = ["降低钢铁生产能耗", "港口物流合作", "新材料研发", "无关的话"]


def test_an_index_kept_on_disk_scores_as_the_index_built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XIETONG_CACHE", str(tmp_path))
    built = text.Index(DOCS)
    first = text.Index.of(DOCS)
    assert len(list((tmp_path / "text-index").glob("*.npz"))) == 1

    def no_segmenting(doc: str) -> None:
        raise AssertionError("the documents were segmented again")

    monkeypatch.setattr(text, "features", no_segmenting)
    again = text.Index.of(DOCS)  # found on disk: no document is segmented
    monkeypatch.undo()
    monkeypatch.setenv("XIETONG_CACHE", str(tmp_path))
    assert again.vocab == built.vocab
    for q in QUERIES:
        assert np.allclose(again.scores(q), built.scores(q)) and np.allclose(first.scores(q), built.scores(q))


def test_other_documents_are_indexed_anew(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XIETONG_CACHE", str(tmp_path))
    text.Index.of(DOCS)
    changed = [*DOCS[:-1], "雄安新区 数字经济"]
    index = text.Index.of(changed)
    assert len(list((tmp_path / "text-index").glob("*.npz"))) == 2
    assert np.allclose(index.scores("数字经济"), text.Index(changed).scores("数字经济"))
    assert index.scores("数字经济")[-1] > 0


def test_abbreviations_naming_sectors_stand_for_none_in_a_need() -> None:
    """IC, AR and LED name sectors in alliances' names (classification reads them whole, in capitals);
    in a need's letters they are parts of English words (electric, market, led)."""
    assert {"ic", "ar", "led", "ai", "vr", "eda", "pcb"}.isdisjoint(text.synonyms())
    assert text.sectors_in("a market for electric cars, led by a dealer") == text.sectors_in("a market for cars, by a dealer")


def test_an_english_term_is_found_as_a_word_of_its_own_with_or_without_an_ending() -> None:
    """"port" is in "ports" and "port operator", never in "support", "export" or "passport"; "tour"
    is in "tourism"."""
    def means(need: str) -> set[str]:
        return {e.means for e in text.expand(need)[1]}

    assert "港口" in means("a port operator") and "港口" in means("two ports")
    assert "港口" not in means("we need support for export and passport services")
    assert "旅游" in means("tourism in hebei")
