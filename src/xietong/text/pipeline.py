"""Extraction over documents: read each, extract, and (on request) store the
proposals as review candidates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from xietong.text.documents import Document, Skipped, documents, published
from xietong.text.extract import Record, extract


@dataclass
class Results:
    documents: list[Document] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def extract_path(target: str, *, article_date: dt.date | None = None, context_cluster: str | None = None) -> Results:
    return extract_documents(documents(target), article_date=article_date, context_cluster=context_cluster)


def extract_documents(docs: Iterable[Document | Skipped], *, article_date: dt.date | None = None,
                      context_cluster: str | None = None,
                      progress: Callable[[int, int], None] | None = None) -> Results:
    """The alliances ``docs`` report (a file, a folder, a page submitted on the platform); those that
    cannot be read are kept as skipped, with why. Relative dates are read against ``article_date``,
    else against the day each document says it was published (:func:`published`), which each
    record keeps as its ``article_date``. ``progress(done, total)`` is told after each
    document, when ``docs`` is a list (a folder of a news archive takes minutes)."""
    res = Results()
    total = len(docs) if isinstance(docs, list) else 0
    for i, doc in enumerate(docs, 1):
        if isinstance(doc, Skipped):
            res.skipped.append(doc)
        else:
            res.documents.append(doc)
            dated = article_date or published(doc.text)  # else the day the page says it was published
            found = extract(doc.text, article_date=dated, source=doc.name, context_cluster=context_cluster)
            for rec in found:
                rec.article_date = None if dated is None else dated.isoformat()
            res.records.extend(found)
        if progress is not None and total:
            progress(i, total)
    return res


def record_json(rec: Record) -> dict[str, Any]:
    """The JSON Lines object for one extracted alliance (the ``extract --json`` contract)."""
    d = rec.as_dict()
    d["evidence"] = None if rec.evidence is None else {"start": rec.evidence.start, "end": rec.evidence.end,
                                                       "text": rec.evidence.text}
    return d


def commit(store: Any, results: Results) -> int:
    from xietong.review import add_candidates

    return add_candidates(store, results)
