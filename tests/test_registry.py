"""The registry's summaries read a large registry in a fixed number of queries."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event

from tests.helpers import write_csv
from xietong import registry
from xietong.store import Store


def _queries(store: Store, run) -> int:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def count(*args) -> None:  # type: ignore[no-untyped-def]
        seen.append(args[2])

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        run()
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    return len(seen)


def test_stats_reads_as_many_queries_whatever_the_number_of_organisations(store: Store, tmp_path: Path) -> None:
    """Reading which organisations are merged once per organisation made a summary of
    40,000 organisations take minutes; it is read once."""
    registry.init(store)
    before = _queries(store, lambda: registry.stats(store))
    orgs = write_csv(tmp_path / "orgs.csv", ["名称", "机构类型"], [[f"汇总测试{i}公司", "企业"] for i in range(300)])
    registry.import_paths(store, [str(orgs)])
    assert _queries(store, lambda: registry.stats(store)) == before
    assert registry.stats(store)["organisations"] >= 300
