"""Name resolution: a new name makes an entity whose id is its name's hash."""

from __future__ import annotations

from xietong.ids import entity_id
from xietong.resolution import Index, resolve
from xietong.store import Store
from xietong.writer import Provenance, Writer


def test_an_id_worked_out_ahead_is_used_only_for_a_name_as_stored(store: Store) -> None:
    """The process reading ahead hashes each name as written; where that is not the name as
    stored (spaces to fold), the id is the stored name's, whatever was given."""
    with store.engine.begin() as conn:
        writer = Writer(conn, "2026-11-27T00:00:00.000000")
        idx = Index.load(conn, "org")
        ahead = resolve(idx, writer, "预读甲公司", "R1", id_if_new=entity_id("org", "预读甲公司"))
        assert ahead is not None and ahead.created and ahead.id == entity_id("org", "预读甲公司")
        spaced = resolve(idx, writer, "  预读乙公司 ", "R1", id_if_new=entity_id("org", "  预读乙公司 "))
        assert spaced is not None and spaced.id == entity_id("org", "预读乙公司")
        again = resolve(idx, writer, "预读甲公司", "R1", id_if_new="O" + "0" * 32)
        assert again is not None and not again.created and again.id == ahead.id


def test_an_index_of_the_names_about_to_be_resolved_resolves_them_as_the_whole_index_does(store: Store) -> None:
    """Adding one member by hand indexes only the organisations its name can denote: by the name,
    by its key (another legal form, full width), by an alias, through a merge; what it resolves to
    is what the whole index gives."""
    now = "2026-11-27T00:00:00.000000"
    with store.engine.begin() as conn:
        writer = Writer(conn, now)
        whole = Index.load(conn, "org")
        ids = {n: resolve(whole, writer, n, "R1").id for n in ("索引甲科技有限公司", "索引乙研究院", "索引丙大学")}  # type: ignore[union-attr]
        writer.state(ids["索引乙研究院"], "org", "aliases", "乙院", Provenance("t", "R1"))
        for i in range(50):
            resolve(whole, writer, f"索引无关第{i}号公司", "R1")
        writer.flush()
        decided = {}
        for name in ("索引甲科技有限责任公司", "索引甲科技有限公司", "乙院", "乙院有限公司", "索引丙大学", "索引新来的公司"):
            part = Index.load(conn, "org", only=[name])
            assert len(part.by_name) < 10  # the fifty others are not read
            # (each decision on a writer of its own, never flushed: nothing is written)
            got, want = (resolve(i, Writer(conn, now), name, "R1") for i in (part, Index.load(conn, "org")))
            assert got and want and (got.id, got.created, got.merged_into) == (want.id, want.created, want.merged_into)
            decided[name] = got.merged_into or got.id
    assert decided["索引甲科技有限责任公司"] == decided["索引甲科技有限公司"] == ids["索引甲科技有限公司"]
    assert decided["乙院"] == decided["乙院有限公司"] == ids["索引乙研究院"] and decided["索引丙大学"] == ids["索引丙大学"]
    assert decided["索引新来的公司"] not in ids.values()
