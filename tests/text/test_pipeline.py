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
