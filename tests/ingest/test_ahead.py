"""Reading ahead in a second process changes nothing but the speed: the same
registry, the same warnings, the same problems, the same refusals."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import fingerprint
from tests.helpers import write_csv, write_xlsx
from xietong import dump, registry
from xietong.ingest.problems import InputError
from xietong.store import Store, open_store


def _files(tmp_path: Path) -> list[str]:
    alliances = write_csv(tmp_path / "alliances.csv", ["联盟名称", "成立时间", "成立地点", "发起单位"], [
        ["京津冀预读产业联盟", "2015年4月", "北京", "预读甲公司、预读乙大学"],
        ["京津冀预读服务联盟", "2016", "天津", ""],
    ])
    orgs = write_csv(tmp_path / "orgs.csv", ["名称", "简称", "机构类型", "所属省份", "统一社会信用代码"], [
        [f"预读成员{i}公司", f"预员{i}" if i % 4 == 0 else "", ("企业", "高校", "科研院所")[i % 3],
         ("北京", "津", "河北省", "")[i % 4], "91110000MA01ABCD1M" if i in (3, 9) else ""] for i in range(30)]
        + [["预员4", "", "企业", "北京", ""], ["合计", "31", "", "", ""]])
    members = write_csv(tmp_path / "members.csv", ["联盟", "成员单位", "角色", "加入时间"], [
        [("京津冀预读产业联盟", "京津冀预读服务联盟")[i % 2], f"预读成员{i}公司", ("", "发起单位")[i // 2 % 2],
         "2015年4月" if i % 5 == 0 else ""] for i in range(5000)])
    return [str(alliances), str(orgs), str(members)]


def _rows(store: Store) -> dict[str, list[str]]:
    with store.engine.connect() as conn:
        return {name: sorted(map(repr, dump.rows_of(conn, table))) for name, table in dump.TABLES.items()}


def test_tables_read_ahead_store_what_tables_read_in_process_store(store: Store, tmp_path: Path) -> None:
    """Organisations with aliases a later row names, a shared credit code, a totals row left
    out, new organisations named first in the membership file, rows over several blocks."""
    files = _files(tmp_path)
    here = open_store(f"sqlite:///{tmp_path / 'here.sqlite'}", create=True)
    here.migrate()
    in_process = registry.import_paths(here, files, recorded_at="2026-11-27T00:00:00", read_ahead=False)
    ahead = registry.import_paths(store, files, recorded_at="2026-11-27T00:00:00", read_ahead=True)
    assert ahead.as_dict() == in_process.as_dict()
    assert any("'合计'" in w for w in ahead.warnings)
    assert ahead.changes.added["membership"] == 2 + 5000  # the first alliance's initiators, and every row
    assert _rows(store) == _rows(here)


def test_problems_found_ahead_are_the_problems_found_in_process(store: Store, tmp_path: Path) -> None:
    files = _files(tmp_path)
    bad = write_csv(tmp_path / "bad.csv", ["联盟", "成员单位", "角色"], [
        ["京津冀预读产业联盟", "预读成员1公司", "成员"], ["京津冀预读产业联盟", "预读成员2公司", "旁观者"],
        ["不存在的联盟", "预读成员3公司", ""], ["京津冀预读产业联盟", "预读成员1公司", "成员单位"]])
    registry.import_paths(store, files[:2], read_ahead=False)
    before = fingerprint(store)
    refusals = []
    for read_ahead in (False, True):
        with pytest.raises(InputError) as exc:
            registry.import_paths(store, [files[2], str(bad)], read_ahead=read_ahead)
        refusals.append([str(p) for p in exc.value.problems])
    assert refusals[0] == refusals[1]
    assert len(refusals[0]) == 3 and f"{bad}:5:成员单位: duplicate of row 2" in refusals[0]
    assert fingerprint(store) == before


def test_a_file_that_cannot_be_read_further_is_refused_alike(store: Store, tmp_path: Path) -> None:
    """Bytes that are not the file's encoding, far into the file (past what detection samples):
    the reader raises in the second process, and the import refuses as it would in this one."""
    path = tmp_path / "broken.csv"
    good = "".join(f"坏行测试{i}公司,企业\n" for i in range(6000)).encode("utf-8")
    path.write_bytes("名称,机构类型\n".encode() + good + b"\xff\xfe\xfa,x\n")
    before = fingerprint(store)
    refusals = []
    for read_ahead in (False, True):
        with pytest.raises(InputError) as exc:
            registry.import_paths(store, [str(path)], read_ahead=read_ahead)
        refusals.append([str(p) for p in exc.value.problems])
    assert refusals[0] == refusals[1] == [f"{path}:6002: not valid utf-8 text: invalid start byte"]
    assert fingerprint(store) == before


def test_a_large_import_reads_ahead_by_default(monkeypatch: pytest.MonkeyPatch, store: Store, tmp_path: Path) -> None:
    """Files this large in all are read in a second process unless told otherwise; small ones are not."""
    from xietong.ingest import ahead

    started: list[int] = []
    real = ahead.ReadAhead.__init__

    def counting(self, jobs, **kwargs):  # type: ignore[no-untyped-def]
        started.append(len(jobs))
        real(self, jobs, **kwargs)

    monkeypatch.setattr(ahead.ReadAhead, "__init__", counting)
    files = _files(tmp_path)
    registry.import_paths(store, files[:1])
    assert started == []
    monkeypatch.setattr("xietong.ingest.importer.AHEAD_BYTES", 1000)
    registry.import_paths(store, files)
    assert started == [3]


def test_an_import_reads_ahead_from_a_script_without_a_main_guard(tmp_path: Path) -> None:
    """A user's script (or code piped to python) calls the import at top level: the second
    process must not run that script again, as a multiprocessing child would."""
    import subprocess
    import sys

    files = _files(tmp_path)
    db = tmp_path / "script.sqlite"
    code = ("from xietong import registry\nfrom xietong.store import open_store\n"
            f"store = open_store('sqlite:///{db}', create=True)\nregistry.init(store)\n"
            f"report = registry.import_paths(store, {files!r}, read_ahead=True)\n"
            "print(report.changes.added['membership'])\n")
    out = subprocess.run([sys.executable, "-"], input=code, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["5002"]


def test_alliance_names_are_matched_on_cores_worked_out_ahead_and_jieba_is_not_loaded_here(tmp_path: Path) -> None:
    """A new alliance whose name differs from a stored one only in generic words is merged
    into it, read ahead or not. Matching on cores segments the names, new and stored, and
    loading the segmenter's dictionary takes seconds: read ahead, the second process does it all."""
    import json
    import subprocess
    import sys

    files = _files(tmp_path)
    variant = write_csv(tmp_path / "variant.csv", ["联盟名称", "简称", "成立时间"], [
        ["京津冀钢铁行业节能减排科技创新联盟", "钢铁预读联盟", "2014"], ["京津冀预读产业联盟", "", "2015年4月"]])
    reports = {}
    for read_ahead in (False, True):
        db = tmp_path / f"cores-{read_ahead}.sqlite"
        registry.init(open_store(f"sqlite:///{db}", create=True))  # here: init itself segments names
        code = ("import json, sys\nfrom xietong import registry\nfrom xietong.store import open_store\n"
                f"store = open_store('sqlite:///{db}')\n"
                f"report = registry.import_paths(store, {[*files, str(variant)]!r}, read_ahead={read_ahead},"
                " recorded_at='2026-11-27T00:00:00')\n"
                "print(json.dumps([report.as_dict(), 'jieba' in sys.modules]))\n")
        out = subprocess.run([sys.executable, "-"], input=code, capture_output=True, text=True, timeout=300)
        assert out.returncode == 0, out.stderr
        reports[read_ahead] = json.loads(out.stdout)
    assert reports[True][0] == reports[False][0]
    merged = [m for m in reports[True][0]["merges"] if m["name"] == "京津冀钢铁行业节能减排科技创新联盟"]
    assert len(merged) == 1 and merged[0]["reason"].startswith("name variant")
    assert reports[False][1] is True and reports[True][1] is False


def test_ids_worked_out_ahead_are_used_only_where_names_resolve_as_assumed(
        monkeypatch: pytest.MonkeyPatch, store: Store, tmp_path: Path) -> None:
    """The second process hashes each block's ids assuming every name denotes the entity first
    named so. A block naming an organisation by its short name (an alias) resolves otherwise,
    and its ids are made where it is applied."""
    from xietong.writer import Writer

    given: list[bool] = []
    real = Writer.members

    def recording(self, *args, ids=None, **kwargs):  # type: ignore[no-untyped-def]
        given.append(ids is not None)
        return real(self, *args, ids=ids, **kwargs)

    monkeypatch.setattr(Writer, "members", recording)
    files = _files(tmp_path)
    rows = [["京津冀预读产业联盟", f"预读成员{i}公司"] for i in range(4500)] + [["京津冀预读服务联盟", "预员4"]]
    members = write_csv(tmp_path / "members.csv", ["联盟", "成员单位"], rows)
    registry.import_paths(store, [*files[:2], str(members)], read_ahead=True)
    assert given == [True, True, False]  # blocks of 2,000 rows: the last names 预员4


def test_a_workbook_of_several_sheets_read_ahead_stores_what_it_stores_in_process(store: Store, tmp_path: Path) -> None:
    """The second process opens the workbook again and reads the sheet each table is: a notes sheet
    left out in between, a title above a header, month-precision dates and a problem naming its sheet."""
    book = write_xlsx(tmp_path / "名录.xlsx", {
        "填表说明": [["1. 联盟名称请填写全称"]],
        "联盟": [["京津冀联盟名录（2016年）"], ["联盟名称", "成立时间"], ["京津冀工作簿预读联盟", "2015年4月"]],
        "成员": [["联盟", "成员单位", "角色"]] + [["京津冀工作簿预读联盟", f"工作簿成员{i}公司", "成员单位"] for i in range(2500)],
    })
    here = open_store(f"sqlite:///{tmp_path / 'here.sqlite'}", create=True)
    here.migrate()
    reports = [registry.import_paths(s, [str(book)], recorded_at="2026-11-27T00:00:00", read_ahead=ahead).as_dict()
               for s, ahead in ((here, False), (store, True))]
    assert reports[0] == reports[1] and reports[1]["added"]["membership"] == 2500
    assert _rows(store) == _rows(here)
    bad = write_xlsx(tmp_path / "坏.xlsx", {"联盟": [["联盟名称", "成立时间"], ["京津冀工作簿坏联盟", "2015年13月"]]})
    refusals = []
    for ahead in (False, True):
        with pytest.raises(InputError) as exc:
            registry.import_paths(store, [str(bad)], read_ahead=ahead)
        refusals.append([str(p) for p in exc.value.problems])
    assert refusals[0] == refusals[1] and "month 13 is out of range" in refusals[0][0]


def test_where_no_second_process_can_start_the_tables_are_read_here(monkeypatch: pytest.MonkeyPatch, store: Store,
                                                                   tmp_path: Path) -> None:
    """Embedded somewhere with no Python executable to run, a large import still imports, in one process."""
    import sys

    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-such-python"))
    files = _files(tmp_path)
    report = registry.import_paths(store, files, read_ahead=True)
    assert report.changes.added["membership"] == 2 + 5000


def _jobs_and_blocks(tmp_path: Path) -> tuple[list, list[list[bytes]]]:  # type: ignore[type-arg]
    """The three files' tables as jobs for the second process, and each table's blocks checked here, pickled."""
    import pickle

    from xietong.ingest.checking import check
    from xietong.ingest.headers import map_headers
    from xietong.ingest.readers import read_tables

    files = _files(tmp_path)
    tables = [read_tables(f)[0] for f in files]
    jobs = [(f, 0, map_headers(t.where, t.headers, kind, t.header), "预读", t.headers)
            for f, t, kind in zip(files, tables, ("alliances", "orgs", "memberships"), strict=True)]
    caches: dict[str, dict[str, object]] = {}
    here = [[pickle.dumps(b) for b in check(t, m, caches, ds)] for t, (_, _, m, ds, _) in zip(tables, jobs, strict=True)]
    return jobs, here


def test_the_second_process_checks_every_table_before_any_block_is_taken(monkeypatch: pytest.MonkeyPatch,
                                                                         tmp_path: Path) -> None:
    """The checked blocks wait in a spool file, not in a pipe a block fills: the second process
    runs to the end while the importing process is busy elsewhere (applying organisations, say),
    and the blocks it then takes are those it would have checked itself, in order. The spool
    has no name in the temporary folder, so nothing is left there however the import ends."""
    import pickle
    import tempfile

    from xietong.ingest.ahead import ReadAhead

    jobs, here = _jobs_and_blocks(tmp_path)
    assert sum(map(len, map(b"".join, here))) > 1 << 17  # more than a pipe holds
    spools = tmp_path / "spools"
    spools.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spools))
    with ReadAhead(jobs) as ahead:
        assert ahead._process.wait(timeout=120) == 0  # finished, though nothing was taken yet
        assert list(spools.iterdir()) == []
        there = [[pickle.dumps(b) for b in ahead.blocks(i)] for i in range(len(jobs))]
    assert there == here


def test_the_second_process_waits_while_its_untaken_blocks_fill_the_spool(tmp_path: Path) -> None:
    """Where the temporary folder is held in memory the spool is memory: past a limit of blocks
    not yet taken the second process waits, and goes on as they are taken, to the same blocks."""
    import pickle
    import time

    from xietong.ingest.ahead import ReadAhead

    jobs, here = _jobs_and_blocks(tmp_path)
    largest = max(len(b) for blocks in here for b in blocks)
    with ReadAhead(jobs, limit=1000) as ahead:
        time.sleep(3)
        assert ahead._process.poll() is None  # waiting, not finished
        spooled = os.fstat(ahead._spool.fileno()).st_size
        assert spooled <= 1000 + 2 * largest
        there = [[pickle.dumps(b) for b in ahead.blocks(i)] for i in range(len(jobs))]
        assert ahead._process.wait(timeout=60) == 0
    assert there == here
