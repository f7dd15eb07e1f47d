"""The dump is lossless: export, import into an empty store, export again —
the same content, in every format, on every backend."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from tests.helpers import write_csv
from xietong import registry
from xietong.dump import TABLES
from xietong.store import Store, open_store

# text a name may hold: no control characters, nor the unassigned (Cn: U+FFFE and U+FFFF, which names refuse as
# they refuse control characters, drawn now and then as a failing example showed)
TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Cn", "Zl", "Zp")),
               min_size=1, max_size=12).filter(lambda s: s.strip() and s == " ".join(s.split()))
NAME = st.builds(lambda a, b: f"{a}{b}", st.sampled_from(["北京", "天津", "河北", "长三角", "", "京津冀"]), TEXT)


def _clear(store: Store) -> None:
    with store.engine.begin() as conn:
        for name in TABLES:
            conn.execute(text(f"DELETE FROM {name}"))


def _export_text(store: Store, fmt: str, out: Path) -> str:
    registry.export(store, fmt, str(out))
    if fmt == "csv":
        return "\n".join(p.read_text(encoding="utf-8") for p in sorted(out.iterdir()))
    if fmt == "xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(out, read_only=True)
        return json.dumps([[list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets], ensure_ascii=False)
    return out.read_text(encoding="utf-8")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    orgs=st.lists(st.tuples(NAME, st.sampled_from(["北京", "天津", "河北", "上海", ""]), TEXT), min_size=1, max_size=6,
                  unique_by=lambda t: t[0]),
    alliances=st.lists(st.tuples(NAME, st.sampled_from(["2015", "2015-04", "2016-02-29", ""]), TEXT),
                       min_size=1, max_size=4, unique_by=lambda t: t[0]),
)
def test_round_trip(store: Store, tmp_path_factory, orgs, alliances) -> None:  # type: ignore[no-untyped-def]
    tmp = tmp_path_factory.mktemp("rt")
    _clear(store)
    write_csv(tmp / "orgs.csv", ["名称", "所属省份", "行业"], [list(o) for o in orgs])
    write_csv(tmp / "alliances.csv", ["联盟名称", "成立时间", "简介", "发起单位"],
              [[a[0], a[1], a[2], orgs[i % len(orgs)][0]] for i, a in enumerate(alliances)])
    registry.import_paths(store, [str(tmp / "orgs.csv")], kind="orgs", recorded_at="2026-01-01T00:00:00.000000")
    registry.import_paths(store, [str(tmp / "alliances.csv")], kind="alliances", recorded_at="2026-01-02T00:00:00.000000")
    for fmt, name in (("json", "a.json"), ("xlsx", "a.xlsx"), ("csv", "a_csv")):
        first = _export_text(store, fmt, tmp / name)
        target = open_store(f"sqlite:///{tmp / (fmt + '_b.sqlite')}", create=True)
        target.migrate()
        registry.import_paths(target, [str(tmp / name)])
        second = _export_text(target, fmt, tmp / ("b_" + name))
        target.dispose()
        assert first == second, fmt
    # and back from SQLite into this backend (PostgreSQL in its run) gives the same again
    _clear(store)
    registry.import_paths(store, [str(tmp / "a.json")])
    assert _export_text(store, "json", tmp / "c.json") == (tmp / "a.json").read_text(encoding="utf-8")


def test_bundled_round_trip_all_formats(bundled: Store, tmp_path: Path) -> None:
    for fmt, name in (("json", "x.json"), ("xlsx", "x.xlsx"), ("csv", "x_csv")):
        first = _export_text(bundled, fmt, tmp_path / name)
        target = open_store(f"sqlite:///{tmp_path / (fmt + '.sqlite')}", create=True)
        target.migrate()
        report = registry.import_paths(target, [str(tmp_path / name)])
        assert report.changes.added["statement"] > 200
        assert _export_text(target, fmt, tmp_path / ("again_" + name)) == first
        assert registry.list_entities(target, "alliance") == registry.list_entities(bundled, "alliance")
        target.dispose()


def test_a_csv_export_opens_in_excel_as_utf8_and_imports_back(bundled: Store, tmp_path: Path) -> None:
    """Chinese Excel reads a CSV without a byte-order mark as GBK, garbling every name: each file starts with one."""
    registry.export(bundled, "csv", str(tmp_path / "out"))
    for f in (tmp_path / "out").glob("*.csv"):
        assert f.read_bytes().startswith(b"\xef\xbb\xbf"), f.name
    assert "钢铁行业节能减排产业技术创新联盟" in (tmp_path / "out" / "statement.csv").read_text(encoding="utf-8-sig")
    target = open_store(f"sqlite:///{tmp_path / 'back.sqlite'}", create=True)
    target.migrate()
    registry.import_paths(target, [str(tmp_path / "out")])
    assert registry.list_entities(target, "alliance") == registry.list_entities(bundled, "alliance")
    target.dispose()


def test_the_json_dump_is_written_row_by_row_as_the_whole_document_reads(bundled: Store, tmp_path: Path) -> None:
    """Streamed, the JSON dump is byte for byte what dumping the whole document at once gives
    (empty tables included), so a registry of millions of rows is never held in memory to export it."""
    from xietong import dump

    out = tmp_path / "dump.json"
    counts = registry.export(bundled, "json", str(out))
    with bundled.engine.connect() as conn:
        doc = {"format": dump.FORMAT, "version": dump.VERSION,
               **{name: list(dump.rows_of(conn, table)) for name, table in TABLES.items()}}
    assert out.read_text(encoding="utf-8") == json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    assert counts == {name: len(rows) for name, rows in doc.items() if name in TABLES}
    assert any(not doc[name] for name in TABLES) and any(doc[name] for name in TABLES)


def test_a_json_dump_as_exported_is_read_as_loaded_and_loads_what_it_loads_read_whole(bundled: Store,
                                                                                      tmp_path: Path) -> None:
    """xietong's own JSON dump is read a row at a time; the same document laid out otherwise (saved
    again by another program) is read whole. Either way an empty store gets the same registry."""
    from xietong import dump

    ours = tmp_path / "dump.json"
    registry.export(bundled, "json", str(ours))
    other = tmp_path / "other.json"
    other.write_text(json.dumps(json.loads(ours.read_text(encoding="utf-8")), ensure_ascii=False, indent=4),
                     encoding="utf-8")
    assert dump.read_json(str(ours)) is not None and dump.read_json(str(other)) is None
    exported = []
    for path in (ours, other):
        target = open_store(f"sqlite:///{tmp_path / (path.stem + '.sqlite')}", create=True)
        target.migrate()
        registry.import_paths(target, [str(path)])
        exported.append(_export_text(target, "json", tmp_path / f"again_{path.name}"))
        target.dispose()
    assert exported[0] == exported[1] == ours.read_text(encoding="utf-8")


def test_a_json_dump_is_read_a_row_at_a_time(bundled: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Finding the tables and reading their rows hold a read's worth of the file and a row at a
    time, not the document (here reading 8 KiB at a time, to be small beside this small dump)."""
    import tracemalloc

    from xietong import dump

    monkeypatch.setattr(dump, "_READ", 8192)

    out = tmp_path / "dump.json"
    registry.export(bundled, "json", str(out))
    tracemalloc.start()
    try:
        read = dump.read_json(str(out))
        assert read is not None
        rows = sum(1 for parts in read.tables.values() for t in parts for _ in t.rows)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert rows == sum(registry.export(bundled, "json", str(tmp_path / "count.json")).values())
    assert peak < out.stat().st_size / 4  # the document parsed whole takes several times its size


@pytest.mark.parametrize("damage", ["cut", "row", "unclosed"])
def test_a_damaged_json_dump_is_refused_and_changes_nothing(bundled: Store, tmp_path: Path, damage: str) -> None:
    """Cut short (read whole, and refused as broken JSON), a row broken (refused at that row of its
    table, after the rows before it were loaded), or a table left unclosed, the tables after it lost
    (refused at its end): the store is as it was."""
    from tests.conftest import fingerprint
    from xietong.ingest.problems import InputError

    out = tmp_path / "dump.json"
    registry.export(bundled, "json", str(out))
    text = out.read_text(encoding="utf-8")
    lines = text.split("\n")
    start = lines.index(' "statement": [')
    if damage == "cut":
        text = text[: len(text) * 2 // 3]
    elif damage == "row":
        at = next(i for i in range(start + 40, len(lines)) if lines[i].startswith('   "value"'))
        lines[at] = lines[at].replace('": ', '" ', 1)
        text = "\n".join(lines)
    else:
        end = lines.index(" ],", start)
        text = "\n".join([*lines[:end], "}", ""])
    out.write_text(text, encoding="utf-8")
    target = open_store(f"sqlite:///{tmp_path / 'target.sqlite'}", create=True)
    registry.init(target, bundled=False)
    before = fingerprint(target)
    with pytest.raises(InputError) as exc:
        registry.import_paths(target, [str(out)])
    [problem] = exc.value.problems
    if damage == "cut":
        assert problem.row is not None and "broken JSON" in problem.message
    else:
        assert problem.column == "statement" and problem.row is not None and problem.row > 1
        assert ("broken JSON" if damage == "row" else "the file ends inside this table") in problem.message
    assert fingerprint(target) == before


def test_a_dump_with_a_bad_value_is_refused_whole_after_its_rows_are_read(bundled: Store, tmp_path: Path) -> None:
    """A dump is loaded a chunk at a time; a bad value found after earlier chunks were written
    still leaves the store exactly as it was, and every bad value is named."""
    import csv

    from tests.conftest import fingerprint
    from xietong.ingest.problems import InputError

    folder = tmp_path / "dump_csv"
    registry.export(bundled, "csv", str(folder))
    rows = list(csv.reader((folder / "count_fact.csv").open(encoding="utf-8")))
    at = rows[0].index("count")
    rows[1][at], rows[-1][at] = "七十", "x"
    with (folder / "count_fact.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    target = open_store(f"sqlite:///{tmp_path / 'target.sqlite'}", create=True)
    registry.init(target, bundled=False)
    before = fingerprint(target)
    with pytest.raises(InputError) as exc:
        registry.import_paths(target, [str(folder)])
    assert [(p.row, p.column) for p in exc.value.problems] == [(2, "count_fact"), (len(rows), "count_fact")]
    assert all("bad value" in p.message for p in exc.value.problems)
    assert fingerprint(target) == before


def test_a_table_longer_than_a_sheet_continues_on_further_sheets(bundled: Store, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Excel opens no sheet of more than 1,048,576 rows, and a registry can hold more memberships
    than that. A table continues on sheets "statement (2)", "statement (3)" …, each under the header,
    and is read back whole: here with sheets of 100 rows, the round trip is the same."""
    from openpyxl import load_workbook

    from xietong import dump

    monkeypatch.setattr(dump, "SHEET_ROWS", 100)
    out = tmp_path / "x.xlsx"
    counts = registry.export(bundled, "xlsx", str(out))
    assert counts["statement"] > 250
    wb = load_workbook(out, read_only=True)
    parts = [ws.title for ws in wb.worksheets if ws.title.startswith("statement")]
    assert parts == ["statement"] + [f"statement ({i})" for i in range(2, len(parts) + 1)]
    assert len(parts) == -(-counts["statement"] // 100)
    sizes = [sum(1 for _ in ws.iter_rows(values_only=True)) for ws in wb.worksheets if ws.title.startswith("statement")]
    assert max(sizes) == 101 and sum(sizes) == counts["statement"] + len(parts)
    assert [ws.title for ws in wb.worksheets if ws.title.startswith("judgement")] == ["judgement"]  # empty: one sheet
    wb.close()
    target = open_store(f"sqlite:///{tmp_path / 'target.sqlite'}", create=True)
    target.migrate()
    registry.import_paths(target, [str(out)])
    assert _export_text(target, "xlsx", tmp_path / "again.xlsx") == _export_text(bundled, "xlsx", tmp_path / "first.xlsx")
    target.dispose()


def test_a_workbook_dump_missing_a_part_of_a_table_is_refused(bundled: Store, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import load_workbook

    from tests.conftest import fingerprint
    from xietong import dump
    from xietong.ingest.problems import InputError

    monkeypatch.setattr(dump, "SHEET_ROWS", 100)
    out = tmp_path / "x.xlsx"
    registry.export(bundled, "xlsx", str(out))
    wb = load_workbook(out)
    del wb["statement (2)"]
    wb.save(out)
    target = open_store(f"sqlite:///{tmp_path / 'target.sqlite'}", create=True)
    registry.init(target, bundled=False)
    before = fingerprint(target)
    with pytest.raises(InputError, match=r"dump table statement is missing a part: sheets statement, statement \(3\)"):
        registry.import_paths(target, [str(out)])
    assert fingerprint(target) == before


@pytest.mark.parametrize("value", ["=HYPERLINK(\"http://x\")", "=1+1", "#N/A", "#REF!", "=", "+1", "-2", "0012", "TRUE"])
def test_a_workbook_dump_keeps_every_value_as_text(store: Store, tmp_path: Path, value: str) -> None:
    """Nothing in an exported workbook is a formula or an error value for a spreadsheet to act on,
    and each value reads back exactly as stored."""
    from openpyxl import load_workbook

    f = write_csv(tmp_path / "a.csv", ["联盟名称", "简介"], [["京津冀导出文本联盟", value]])
    registry.import_paths(store, [str(f)], kind="alliances")
    out = tmp_path / "x.xlsx"
    registry.export(store, "xlsx", str(out))
    ws = load_workbook(out)["statement"]
    at = [c.value for c in ws[1]].index("value")
    cells = [row[at] for row in ws.iter_rows(min_row=2) if row[at].value == value]
    assert cells and all(c.data_type == "s" for c in cells)
    target = open_store(f"sqlite:///{tmp_path / 'target.sqlite'}", create=True)
    target.migrate()
    registry.import_paths(target, [str(out)])
    assert registry.show(target, "京津冀导出文本联盟")[0]["description"] == value
    target.dispose()


@pytest.mark.parametrize("fmt", ["json", "csv", "xlsx"])
def test_an_export_tells_how_far_each_table_is_written_and_writes_the_same(bundled: Store, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch,
                                                                          fmt: str) -> None:
    from xietong import dump

    monkeypatch.setattr(dump, "TICK", 50)
    told: dict[str, list[tuple[int, int]]] = {}
    counts = registry.export(bundled, fmt, str(tmp_path / "told"),
                             lambda name, done, total: told.setdefault(name, []).append((done, total)))
    assert counts == registry.export(bundled, fmt, str(tmp_path / "quiet"))
    assert set(told) == set(TABLES)
    for name, steps in told.items():
        assert steps[0] == (0, counts[name]) and steps[-1] == (counts[name], counts[name])
        assert [d for d, _ in steps] == sorted(d for d, _ in steps)
    assert len(told["statement"]) > 3  # more than a start and an end: every 50 rows
    written = sorted(p.relative_to(tmp_path / "told") for p in (tmp_path / "told").rglob("*")) if fmt == "csv" else None
    if fmt == "json":
        assert (tmp_path / "told").read_bytes() == (tmp_path / "quiet").read_bytes()
    elif fmt == "csv":
        assert written and all((tmp_path / "told" / f).read_bytes() == (tmp_path / "quiet" / f).read_bytes() for f in written)
