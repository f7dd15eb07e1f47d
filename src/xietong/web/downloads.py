"""The directories as spreadsheets people open: every row that matches, not a
page of them; headed and worded in the reader's language (产业类, not
``industry``); and safe to open.

A secretariat or a development office downloads a filtered directory to work
on it in Excel. So the file starts with a byte-order mark (Chinese Excel then
reads it as UTF-8, not GBK) and no cell starts a formula. The API's CSV
(``/api/v1/alliances?format=csv``) stays as it is, for programs: codes, English
column names, a page at a time.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

from xietong import regions
from xietong.i18n import Labels
from xietong.vocab import taxonomy_vocab

CHUNK = 2000  # rows written out at a time: a million organisations stream, never held as one text


def cell(value: Any) -> Any:
    """A CSV cell a spreadsheet will not run: text that would start a formula
    (=, +, -, @, or a tab or carriage return before one) gets a leading
    apostrophe, as OWASP advises for CSV downloads.

    >>> cell("=1+1"), cell("-5"), cell("钢铁")
    ("'=1+1", "'-5", '钢铁')
    """
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_bytes(header: list[str], rows: Iterable[list[Any]]) -> Iterator[bytes]:
    """``header`` and ``rows`` as CSV in UTF-8 with a byte-order mark, a chunk of rows at a time.

    >>> b"".join(csv_bytes(["名称"], [["=x"]])).decode("utf-8-sig").splitlines()
    ['名称', "'=x"]
    """
    buf = io.StringIO()
    out = csv.writer(buf)
    out.writerow([cell(h) for h in header])
    yield "\ufeff".encode()
    for n, row in enumerate(rows, 1):
        out.writerow([cell(v) for v in row])
        if n % CHUNK == 0:
            yield buf.getvalue().encode("utf-8")
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue().encode("utf-8")


def alliance_table(items: list[dict[str, Any]], lang: str, words: dict[str, str]) -> tuple[list[str], Iterator[list[Any]]]:
    """The alliance directory's rows (as :func:`xietong.web.catalog.search` gives them), as a spreadsheet's."""
    lbl, types, domains = Labels(lang), taxonomy_vocab("types"), taxonomy_vocab("domains")
    sep = "、" if lang == "zh" else "; "
    header = [words["name"], words["aliases"], words["type"], words["sector"], words["domains"], words["founded"],
              words["city"], words["cluster"], words["provinces_reached"], words["named_members"], words["stated_members"],
              words["record_id"]]
    clusters = regions.clusters()

    def rows() -> Iterator[list[Any]]:
        for a in items:
            yield [a["name"], sep.join(a["aliases"]), types.label(a["type"], lang) if a["type"] else "",
                   lbl.value("alliance", "sector", a["sector"]) if a["sector"] else "",
                   sep.join(domains.label(d, lang) for d in a["domains"]),
                   lbl.value("alliance", "founded", a["founded"]) if a["founded"] else "",
                   regions.label(a["city"], lang) if a["city"] else "", _cluster_name(clusters.get(a["cluster"] or ""), lang),
                   sep.join(regions.label(p, lang) for p in a["provinces"]), a["named_members"],
                   sep.join(lbl.count(c) for c in a["stated_members"]), a["id"]]

    return header, rows()


def _cluster_name(cluster: regions.Cluster | None, lang: str) -> str:
    return "" if cluster is None else cluster.name if lang == "zh" else cluster.en


def org_table(orgs: Iterable[Any], alliances: Any, lang: str, words: dict[str, str]) -> tuple[list[str], Iterator[list[Any]]]:
    """The organisation directory's rows (snapshot :class:`~xietong.analytics.snapshot.OrgView` s, and how
    many alliances each is in, by snapshot position), as a spreadsheet's."""
    lbl = Labels(lang)
    sep = "、" if lang == "zh" else "; "
    header = [words["name"], words["kind"], words["province"], words["in_alliances"], words["record_id"]]

    def rows() -> Iterator[list[Any]]:
        for o in orgs:
            yield [o.name, lbl.org_kind(o.kind), sep.join(regions.label(p, lang) for p in o.provinces), int(alliances[o.index]), o.id]

    return header, rows()
