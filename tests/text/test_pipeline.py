"""Extraction over documents: every document read, those that cannot be kept with why, and
the progress of a long run told as it goes."""

from __future__ import annotations

from pathlib import Path

from xietong.text.documents import documents
from xietong.text.pipeline import extract_documents


def test_a_folder_is_read_document_by_document_with_its_progress_told(tmp_path: Path) -> None:
    for i, n in enumerate("甲乙丙丁戊"):
        (tmp_path / f"{i}.txt").write_text(f"2015年4月，京津冀流水测试{n}联盟在天津成立。", encoding="utf-8")
    (tmp_path / "x.bin").write_bytes(b"\x00\x01" * 50)
    told: list[tuple[int, int]] = []
    res = extract_documents(list(documents(str(tmp_path))), progress=lambda done, total: told.append((done, total)))
    assert told == [(i, 6) for i in range(1, 7)]  # the skipped one counts as read
    assert len(res.documents) == 5 and [s.name for s in res.skipped] == [str(tmp_path / "x.bin")]
    assert sorted(r.alliance for r in res.records) == sorted(f"京津冀流水测试{n}联盟" for n in "甲乙丙丁戊")
    quiet = extract_documents(documents(str(tmp_path)), progress=lambda *_: told.append((-1, -1)))
    assert len(quiet.records) == 5 and (-1, -1) not in told  # a stream of unknown length: nothing to tell against


def test_each_page_s_relative_dates_are_read_against_the_day_it_says_it_was_published(tmp_path: Path) -> None:
    """A folder of saved pages, each printing its own date at its top (来源… 2026-05-20 09:31): 昨天
    and 5月18日 are read against it, and each record says which day that was; a date given for the
    run is read instead, and a page that prints none is read against none."""
    import datetime as dt

    (tmp_path / "a.html").write_text("<h1>华北测试甲联盟成立</h1><div>来源：某某日报 2026-05-20 09:31</div>"
                                     "<p>5月18日，华北测试甲联盟在太原成立。</p>", encoding="utf-8")
    (tmp_path / "b.txt").write_text("发布时间：2025-12-03\n华北测试乙联盟昨天在呼和浩特揭牌。", encoding="utf-8")
    (tmp_path / "c.txt").write_text("华北测试丙联盟5月18日在大同成立。", encoding="utf-8")
    found = {r.alliance: (r.founded, r.article_date) for r in extract_documents(documents(str(tmp_path))).records}
    assert found == {"华北测试甲联盟": ("2026-05-18", "2026-05-20"), "华北测试乙联盟": ("2025-12-02", "2025-12-03"),
                     "华北测试丙联盟": (None, None)}
    given = extract_documents(documents(str(tmp_path / "b.txt")), article_date=dt.date(2026, 1, 10)).records
    assert [(r.founded, r.article_date) for r in given] == [("2026-01-09", "2026-01-10")]
