"""Name resolution: a new name makes an entity whose id is its name's hash."""

from __future__ import annotations

from xietong.ids import entity_id
from xietong.resolution import Index, resolve
from xietong.store import Store
from xietong.writer import Writer


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
