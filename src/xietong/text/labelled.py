"""Facts a document states in labelled form rather than in sentences.

Secretariats and offices publish alliances as fact sheets ("成立时间：2022年6月",
one labelled line a fact, under a title naming the alliance) and as tables pasted
into a report (a line of column names, then a row per alliance, cells apart by
spaces or tabs). The labels are the import's own column names
(``data/headers.yaml``), so a fact sheet, a pasted table and a spreadsheet read
alike, and a value is read as the import reads that column: a date keeps its
precision, a count its qualifier, a list of founders is split as a sentence's is.

Both are read from the text as written: the extractor's reading drops the spaces
between Chinese characters that set a table's cells apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from xietong import counts, dates
from xietong.ingest.headers import fold, specs
from xietong.text import facts as facts_mod

# what a labelled value can say, and the fields of headers.yaml read for it; a lead (牵头单位) is an
# initiator, as 牵头组建 is in a sentence
READ = {"name", "aliases", "founded", "city", "initiators", "leads", "initiator_count", "member_count", "regions"}
_INDEX = {"序号", "编号", "no", "no.", "#"}  # a table's running number, a column to pass over


@cache
def _label() -> str:
    """A label of a field read here, as headers.yaml writes it, with a unit in brackets after: only
    these are looked for (a news report's "记者：" lines are many)."""
    labels = {syn for f, syns in specs()["alliances"].fields.items() if f in READ for syn in (f, *syns)}
    alternation = "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True))
    return rf"(?:{alternation})(?:[（(][^（）()\n]{{1,6}}[）)])?"


@cache
def _line() -> re.Pattern[str]:
    """A labelled line, "成立时间：2022年6月"."""
    return re.compile(rf"^[ \t\u3000]*(?P<label>{_label()})[ \t\u3000]*[：:]"
                      r"[ \t\u3000]*(?P<value>\S[^\n]*?)[ \t\u3000]*$", re.M | re.I)


@cache
def _inline() -> re.Pattern[str]:
    """A semicolon or a comma before another label on the same line ("联盟名称：甲联盟；成立时间：2022年9月",
    "成立时间：2021.06.18，成立地点：北京"): a fact sheet written on one line, each fact apart by ； or ，."""
    return re.compile(rf"[；;，,](?=[ \t\u3000]*{_label()}[ \t\u3000]*[：:])", re.I)


@cache
def _bare() -> re.Pattern[str]:
    """A label with its value right after it and no colon, one of a line's facts apart by ；
    ("成立地点保定；牵头单位保定职业技术学院"): read only where a line holds two or more."""
    return re.compile(rf"(?:(?<=[；;：:\n])|^)[ \t\u3000]*(?P<label>{_label()})(?![ \t\u3000]*[：:])"
                      r"(?P<value>[^\s；;：:。][^；;\n]*?)[ \t\u3000]*(?=[；;。]|$)", re.M | re.I)


_CELLS = re.compile(r"[^\s\u3000]+")
_SPACED = re.compile(r"\S[ \t\u3000]+\S")
_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff])[ \t\u3000]+(?=[\u3400-\u9fff])")
_UNIT = re.compile(r"[（(][^（）()]{1,6}[）)]$")
MAX_HEADER = 200  # characters: a line of column names is short


@dataclass
class Labelled:
    """Facts read from labelled lines or a table's row: ``start``-``end`` in the text as written;
    ``named`` where they name the alliance they are about (a row's name cell, a sheet's 名称
    line), else None: the alliance named just before them."""

    start: int
    end: int
    facts: facts_mod.Facts
    named: tuple[int, int] | None = None
    aliases: list[str] = field(default_factory=list)  # 简称：…
    # where each fact was read, by the name extraction gives it ("founded", "initiators", "aliases" …):
    # a sheet's own line, so that each fact quotes the line that states it; a table's row is one line
    lines: dict[str, tuple[int, int]] = field(default_factory=dict)


# the facts (as extraction names them) that each field read here states
_SAYS = {"name": (), "aliases": ("aliases",), "founded": ("founded",), "city": ("city",), "initiators": ("initiators",),
         "leads": ("initiators",), "initiator_count": ("initiator_count", "initiator_count_qualifier"),
         "member_count": ("member_count", "member_count_qualifier"), "regions": ("regions",)}


def _field(label: str) -> str | None:
    """The alliance field a label names (成立时间 → founded; 成员数（家）, its unit in brackets, → member_count),
    if it is one read here."""
    field = specs()["alliances"].lookup().get(fold(_UNIT.sub("", label)))
    return field if field in READ else None


def read(text: str) -> list[Labelled]:
    """Every fact sheet and table row of ``text`` that states something of an alliance.

    >>> [r.facts.founded for r in read("某某联盟基本情况\\n成立时间：2022年6月\\n成员数量：65家")]
    ['2022-06']
    >>> [(r.facts.founded, r.facts.initiators) for r in read("联盟名称 成立时间 牵头单位\\n甲联盟 2017年3月 乙公司")]
    [('2017-03', ['乙公司'])]
    """
    return _sheets(text) + _tables(text)


def _sheets(text: str) -> list[Labelled]:
    """Runs of labelled lines ("成立时间：2022年6月"), each run one alliance's; a run may be written
    on one line, its facts apart by ；, and then without colons.

    >>> [(r.facts.founded, r.facts.initiators) for r in _sheets("联盟名称：甲联盟；成立时间：2022年9月；发起单位：乙大学、丙大学。")]
    [('2022-09', ['乙大学', '丙大学'])]
    """
    found: list[Labelled] = []
    run: list[tuple[str, re.Match[str]]] = []  # each line's field, and the line

    def close() -> None:
        if run:
            named = next(((m.start("value"), m.end("value")) for field, m in run if field == "name"), None)
            values = {field: m["value"] for field, m in run}
            f, aliases = _facts(values), _aliases(values)
            if f is not None or named or aliases:
                lines = {said: m.span() for field, m in run for said in _SAYS[field]}
                found.append(Labelled(run[0][1].start(), run[-1][1].end(), f or facts_mod.Facts(), named, aliases, lines))
            run.clear()

    # a sheet on one line reads as one of lines: each ； before a label ends a line (offsets kept)
    lines = _inline().sub("\n", text)
    for m in sorted([*_line().finditer(lines), *_bare_facts(lines)], key=lambda m: m.start()):
        field = _field(m["label"])
        if field is None:
            close()
            continue
        if run and lines[run[-1][1].end():m.start()].strip(" \t\u3000\n；;"):  # something else between: a new run
            close()
        run.append((field, m))
    close()
    return found


def _bare_facts(lines: str) -> list[re.Match[str]]:
    """Labels with their values and no colons (:func:`_bare`), on lines that hold two or more of
    them whose labels name different fields: a fact sheet written without colons
    ("X：成立时间2018年5月；成立地点保定；牵头单位保定职业技术学院"), not a sentence that happens to begin
    with a label's words."""
    found: list[re.Match[str]] = []
    for line in re.finditer(r"[^\n]+", lines):
        ms = [m for m in _bare().finditer(lines, line.start(), line.end()) if _field(m["label"])]
        if len({_field(m["label"]) for m in ms}) >= 2:
            found += ms
    return found


def _tables(text: str) -> list[Labelled]:
    """Rows under a line of column names with one of an alliance's name, each row one alliance's."""
    found: list[Labelled] = []
    lines = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    i = 0
    while i < len(lines):
        if len(lines[i][2]) > MAX_HEADER or not _SPACED.search(lines[i][2]):  # prose: no header of columns
            i += 1
            continue
        # cells apart by tabs (a table from a page or a document) or by | (one pasted as text) may hold spaces
        sep = next((c for c in ("\t", "|") if c in lines[i][2]), None)
        cells = [lines[i][2][a:b] for a, b in _cells(lines[i][2], sep)]
        fields = [None if fold(c) in _INDEX else _field(c) for c in cells]
        if len(cells) < 2 or "name" not in fields or sum(f is not None for f in fields) < 2:
            i += 1
            continue
        i += 1
        while i < len(lines):
            start, _, line = lines[i]
            if sep == "|" and re.fullmatch(r"[\s|:：\-—]+", line):  # "|---|---|" under a header: a rule
                i += 1
                continue
            row = _cells(line, sep)
            if len(row) != len(cells):
                break
            values = {f: line[a:b] for f, (a, b) in zip(fields, row, strict=True) if f is not None and b > a}
            a, b = row[fields.index("name")]
            f = _facts(values) or facts_mod.Facts()
            found.append(Labelled(start, lines[i][1], f, (start + a, start + b), _aliases(values)))
            i += 1
    return found


def _cells(line: str, sep: str | None) -> list[tuple[int, int]]:
    """Where each cell of a row is in ``line``: apart by ``sep`` (a tab, or | with the outer ones
    of "| a | b |" left out), or by any white space."""
    if sep is None:
        return [c.span() for c in _CELLS.finditer(line)]
    spans, at = [], 0
    for cell in line.split(sep):
        lead = len(cell) - len(cell.lstrip())
        spans.append((at + lead, at + len(cell.rstrip())))
        at += len(cell) + 1
    if sep == "|":
        while spans and spans[0][0] >= spans[0][1]:
            spans.pop(0)
        while spans and spans[-1][0] >= spans[-1][1]:
            spans.pop()
    return spans


def _facts(values: dict[str, str]) -> facts_mod.Facts | None:
    """The facts labelled values state, each read as the import reads its column; None if none.
    Spaces between Chinese characters in a cell ("河北 保定") are a layout's, not the value's, and
    the mark ending a sentence after the last value is no part of it."""
    values = {k: _CJK_GAP.sub("", v).rstrip("。；;，,") for k, v in values.items()}  # a sheet's last line may end a sentence
    f = facts_mod.Facts()
    if v := values.get("founded"):
        try:
            f.founded = str(dates.parse(v))
        except dates.DateError:
            pass
    if v := values.get("city"):
        f.city = facts_mod.place(v)
    for key in ("initiators", "leads"):
        if v := values.get(key):
            f.initiators += [n for n in facts_mod.founders(v) if n not in f.initiators]
    for key in ("initiator_count", "member_count"):
        if v := values.get(key):
            try:
                c = counts.parse(v)
            except counts.CountError:
                continue
            setattr(f, key, c.count)
            setattr(f, f"{key}_qualifier", c.qualifier)
    if v := values.get("regions"):
        codes = [facts_mod.province(p) for p in re.split(r"[、，,和及与\s]+", v) if p]
        if codes and None not in codes:
            f.regions = list(dict.fromkeys(c for c in codes if c))
    return None if f == facts_mod.Facts() else f


def _aliases(values: dict[str, str]) -> list[str]:
    return [a for a in re.split(r"[、，,；;]", values.get("aliases") or "") if a.strip()]
