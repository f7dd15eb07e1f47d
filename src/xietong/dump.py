"""The lossless dump: every table of the registry, every column, as CSV files
in a folder, sheets of one XLSX workbook, or one JSON document.

Export, import into an empty store, export again: the two dumps are the same.
That holds because a dump carries the facts themselves (with their ids,
sources, recording times and retractions), not a flattened view of them.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Integer, Table, func, select

from xietong.ingest.problems import InputError, Problem
from xietong.ingest.readers import TableData, json_cell
from xietong.store.lookup import by_ids
from xietong.store.tables import FACT_KEYS, FACT_TABLES
from xietong.writer import Writer

FORMAT = "xietong-export"
VERSION = 1
TABLES: dict[str, Table] = {t.name: t for t in FACT_TABLES}
MANIFEST = "xietong-export.json"


@dataclass
class Dump:
    """A dump to load: its tables by name, each read as one or more parts (a
    workbook's table longer than a sheet holds continues on further sheets),
    their rows read as they are loaded."""

    path: str
    tables: dict[str, list[TableData]] = field(default_factory=dict)


# data rows a workbook sheet takes: Excel opens no sheet of more than 1,048,576 rows, the header
# one of them; a longer table continues on sheets named "membership (2)", "membership (3)" …
SHEET_ROWS = 1_048_575
_PART = re.compile(r"^(?P<name>\w+) \((?P<part>[2-9]|[1-9]\d+)\)$")


def _sheet_names(name: str) -> Iterator[str]:
    """The sheets a table's rows go to, in order."""
    yield name
    part = 2
    while True:
        yield f"{name} ({part})"
        part += 1


def _part_of(sheet: str) -> tuple[str, int]:
    """The table a dump's sheet holds rows of, and which part of them it is."""
    m = _PART.match(sheet)
    return (m["name"], int(m["part"])) if m else (sheet, 1)


def rows_of(conn: Connection, table: Table) -> Iterator[dict[str, Any]]:
    for row in conn.execute(select(table).order_by(table.c.id)):
        yield dict(row._mapping)


Progress = Callable[[str, int, int], None]  # (table, rows written, rows in all)
TICK = 10_000  # rows between two reports of progress


def _rows_told(conn: Connection, table: Table, progress: Progress | None) -> Iterator[dict[str, Any]]:
    """:func:`rows_of`, telling ``progress`` how far the table's rows have been
    written (a full-size export takes minutes)."""
    if progress is None:
        yield from rows_of(conn, table)
        return
    total = conn.execute(select(func.count()).select_from(table)).scalar_one()
    progress(table.name, 0, total)
    n = 0
    for n, row in enumerate(rows_of(conn, table), start=1):
        yield row
        if n % TICK == 0:
            progress(table.name, n, total)
    progress(table.name, n, total)


def _text(v: Any) -> str:
    return "" if v is None else str(v)


def export(conn: Connection, fmt: str, out: str, progress: Progress | None = None) -> dict[str, int]:
    """Write the dump of the whole registry to ``out``; returns rows per table.
    ``progress`` is told each table's rows written as they are."""
    counts: dict[str, int] = {}
    path = Path(out)
    if fmt == "json":
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as fh:
            counts = _write_json(conn, fh, progress)
    elif fmt == "csv":
        path.mkdir(parents=True, exist_ok=True)
        for name, table in TABLES.items():
            n = 0
            with (path / f"{name}.csv").open("w", encoding="utf-8-sig", newline="") as fh:
                w = csv.writer(fh)
                w.writerow([c.name for c in table.columns])
                for row in _rows_told(conn, table, progress):
                    w.writerow([_text(v) for v in row.values()])
                    n += 1
            counts[name] = n
        (path / MANIFEST).write_text(json.dumps({"format": FORMAT, "version": VERSION, "tables": counts}) + "\n",
                                     encoding="utf-8")
    elif fmt == "xlsx":
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.cell.cell import ERROR_CODES

        wb = Workbook(write_only=True)
        about = wb.create_sheet("about")
        about.append(["format", FORMAT])
        about.append(["version", str(VERSION)])
        for name, table in TABLES.items():
            sheets, header = _sheet_names(name), [c.name for c in table.columns]
            ws = wb.create_sheet(next(sheets))
            ws.append(header)
            n = 0
            for row in _rows_told(conn, table, progress):
                if n and n % SHEET_ROWS == 0:
                    ws = wb.create_sheet(next(sheets))
                    ws.append(header)
                cells: list[Any] = [None if v is None else str(v) for v in row.values()]
                for i, v in enumerate(cells):
                    if v is not None and (v[:1] == "=" or v in ERROR_CODES):
                        cell = WriteOnlyCell(ws, value=v)
                        cell.data_type = "s"  # text, never a formula or an error value
                        cells[i] = cell
                ws.append(cells)  # plain text otherwise: a cell object each made the export 2x slower
                n += 1
            counts[name] = n
        path.parent.mkdir(parents=True, exist_ok=True)
        wb.save(path)
    else:
        raise ValueError(f"unknown export format {fmt!r}: use csv, xlsx or json")
    return counts


def _write_json(conn: Connection, fh: Any, progress: Progress | None = None) -> dict[str, int]:
    """The dump as one JSON document, written row by row: the text
    ``json.dumps(doc, ensure_ascii=False, indent=1)`` gives for the whole
    document, without the whole document in memory (for 240,000 rows that
    held 1.8 GB)."""
    counts: dict[str, int] = {}
    fh.write('{\n "format": ' + json.dumps(FORMAT) + ',\n "version": ' + json.dumps(VERSION))
    for name, table in TABLES.items():
        fh.write(",\n " + json.dumps(name, ensure_ascii=False) + ": [")
        n = 0
        for row in _rows_told(conn, table, progress):
            text = json.dumps(row, ensure_ascii=False, indent=1).replace("\n", "\n  ")
            fh.write(("," if n else "") + "\n  " + text)
            n += 1
        fh.write("\n ]" if n else "]")
        counts[name] = n
    fh.write("\n}\n")
    return counts


def read_json(path: str) -> Dump | None:
    """A JSON dump laid out as :func:`_write_json` writes it, its tables'
    rows read as they are loaded; None for any other file (a JSON document of
    another layout is read whole, as any JSON file is).

    Held whole, a dump of 200,000 organisations and a million memberships is
    four or five times its 0.9 GB on disk. Laid out as written, each row is
    an object on lines of its own under its table's key, and a newline
    occurs in no value (JSON escapes it): so one pass finds where each
    table's rows begin and reads the first row's fields, and each table's
    rows are then read from there, one row at a time. Anything out of that
    layout (a dump edited and saved again by another program) means None."""
    p = Path(path)
    if p.suffix.lower() != ".json" or not p.is_file():
        return None
    with p.open("rb") as fh:
        if fh.read(len(_JSON_HEAD)) != _JSON_HEAD:
            return None
        fh.seek(0)
        starts = _json_tables(fh)
    if starts is None:
        return None
    tables = [TableData(path, name, headers, _json_rows(p, name, at)) for name, (at, headers) in starts.items()]
    return read_tables_dump(path, tables)


_JSON_HEAD = b'{\n "format": ' + json.dumps(FORMAT).encode() + b",\n"


def _json_tables(fh: Any) -> dict[str, tuple[int, list[str]]] | None:
    """Where each non-empty table's rows begin in a JSON dump, and the
    fields of its first row; None where the file is out of the layout or
    cut short. The top-level keys are the only lines indented by one space
    followed by a quote (a value's text holds no newline): found in the
    mapped file at C speed, each checked for an array of rows."""
    import mmap

    with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as m:
        if m[-3:].rstrip(b"\n")[-1:] != b"}":
            return None  # cut short: read whole, it is refused as broken
        starts: dict[str, tuple[int, list[str]]] = {}
        line = m.find(b'\n "')
        while line >= 0:
            after = m.find(b"\n", line + 1)
            key = _TABLE_KEY.fullmatch(m[line + 1:after + 1])
            line = m.find(b'\n "', after)
            if key is None:
                continue  # the format, the version, an empty table
            at = after + 1
            end = m.find(b"\n  }", at)
            if not m[at:at + 4] == b"  {\n" or end < 0:
                return None
            try:
                name, row = json.loads(key[1]), json.loads(m[at:end + 4])
            except ValueError:
                return None
            if not (isinstance(name, str) and isinstance(row, dict)):
                return None
            starts[name] = (at, list(row))
    return starts


_TABLE_KEY = re.compile(rb' ("[^"\n]+"): \[\n')  # a line opening a table's rows
_READ = 1 << 20  # bytes read at a time
_decode = json.JSONDecoder().decode


def _json_rows(p: Path, name: str, at: int) -> Iterator[tuple[int, dict[str, Any]]]:
    """A JSON dump's table's rows, numbered from 1, read from byte ``at`` to the table's end:
    a megabyte at a time, each row (from ``  {`` to ``  }``) found by its closing line."""
    def cut_short() -> InputError:
        return InputError([Problem(str(p), n + 1, name, "the file ends inside this table (cut short?)")])

    with p.open("rb") as fh:
        fh.seek(at)
        buf, i, n = fh.read(_READ), 0, 0
        while True:
            end = buf.find(b"\n  }", i)
            if end < 0 or len(buf) < end + 6:  # the row, and what follows it, not all read yet
                more = fh.read(_READ)
                if more:
                    buf, i = buf[i:] + more, 0
                    continue
                if end < 0:
                    raise cut_short()
            n += 1
            try:
                rec = _decode(buf[i:end + 4].decode("utf-8"))
            except ValueError as exc:  # a UnicodeDecodeError too
                raise InputError([Problem(str(p), n, name, f"broken JSON: {exc}")]) from None
            yield n, {k: v if type(v) is str else json_cell(v) for k, v in rec.items()}
            i = end + 4
            if buf.startswith(b",\n", i):
                i += 2
            elif buf.startswith(b"\n ]", i):
                return
            elif buf.startswith(b"\n}", i) or i + 1 >= len(buf):  # the document's end, or the file's
                raise cut_short()
            else:
                raise InputError([Problem(str(p), n, name, "broken JSON: expected a comma or the table's end after this row")])


def is_dump_dir(path: str) -> bool:
    return (Path(path) / MANIFEST).exists()


def is_dump(tables: list[TableData]) -> bool:
    names = {t.name for t in tables}
    return {"source", "entity", "statement"} <= names or "about" in names and "entity" in names


# columns added after the first dump format, with the value an older dump means
ADDED_LATER: dict[str, Any] = {"change_id": None, "version": 1}


def _typed(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for col in table.columns:
        v = row.get(col.name, ADDED_LATER.get(col.name))
        if isinstance(v, list):
            v = None
        if v == "" or v is None:
            out[col.name] = None
        elif isinstance(col.type, Integer):
            out[col.name] = int(v)
        else:
            out[col.name] = str(v)
    return out


def read_tables_dump(path: str, tables: list[TableData]) -> Dump:
    d = Dump(path)
    problems: list[Problem] = []
    parts: dict[str, list[tuple[int, TableData]]] = {}
    for t in tables:
        name, part = _part_of(t.name)
        if name not in TABLES:
            continue
        table = TABLES[name]
        missing = [c.name for c in table.columns if c.name not in t.headers and c.name not in ADDED_LATER]
        if missing:
            problems.append(Problem(path, 1, ", ".join(missing), f"dump table {t.name} lacks columns"))
            continue
        parts.setdefault(name, []).append((part, t))
    for name, found in parts.items():
        found.sort(key=lambda pt: pt[0])
        if [p for p, _ in found] != list(range(1, len(found) + 1)):
            problems.append(Problem(path, None, None, f"dump table {name} is missing a part: sheets "
                                    + ", ".join(t.name for _, t in found)))
        d.tables[name] = [t for _, t in found]
    if problems:
        raise InputError(problems)
    return d


def read_dir(path: str) -> Dump:
    from xietong.ingest.readers import read_tables

    manifest = json.loads((Path(path) / MANIFEST).read_text(encoding="utf-8"))
    if manifest.get("format") != FORMAT:
        raise InputError([Problem(path, None, MANIFEST, "not a xietong export")])
    tables = []
    for name in TABLES:
        f = Path(path) / f"{name}.csv"
        if f.exists() and f.stat().st_size:
            for t in read_tables(f):
                t.name = name
                tables.append(t)
    return read_tables_dump(path, tables)


def load(conn: Connection, dump: Dump, writer: Writer) -> int:
    """Add a dump's rows that the store does not have yet (ids decide), read
    and written a chunk at a time: a dump of millions of rows is never held
    in memory. Returns the rows read. Every bad value is listed, after all
    are read, in an :class:`InputError` (nothing more is written once one is
    found; the caller's transaction is rolled back, so nothing is kept)."""
    problems: list[Problem] = []
    read = 0
    for name, table in TABLES.items():
        chunk: dict[str, dict[str, Any]] = {}
        for t in dump.tables.get(name, []):
            for n, cells in t.rows:
                read += 1
                try:
                    row = _typed(table, cells)
                except ValueError as exc:
                    problems.append(Problem(dump.path, n, t.name, f"bad value: {exc}"))
                    continue
                if not problems:
                    chunk[row["id"]] = row  # an id twice in a chunk: its last row, as a later chunk finds the first
                    if len(chunk) >= CHUNK:
                        _add_new(conn, table, chunk, writer)
                        chunk = {}
        if chunk and not problems:
            _add_new(conn, table, chunk, writer)
    if problems:
        raise InputError(problems)
    return read


CHUNK = 900  # rows checked against the store and inserted together


def _add_new(conn: Connection, table: Table, chunk: dict[str, dict[str, Any]], writer: Writer) -> None:
    key = FACT_KEYS.get(table.name)
    about = None if key is None else [r[key] for r in chunk.values()]
    have = {r[0] for picked in by_ids(table, list(chunk), about) for r in conn.execute(select(table.c.id).where(picked))}
    fresh = [r for k, r in chunk.items() if k not in have]
    if fresh:
        conn.execute(table.insert(), fresh)
        writer.changes.added[table.name] += len(fresh)
