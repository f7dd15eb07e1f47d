"""Ids hashed in bulk are the ids hashed one by one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from xietong.ids import make_id, make_ids

cells = st.one_of(st.none(), st.text(max_size=12), st.integers(), st.floats(allow_nan=False))


@given(st.integers(min_value=1, max_value=5).flatmap(
    lambda width: st.lists(st.lists(cells, min_size=width, max_size=width), min_size=1, max_size=20)))
def test_make_ids_is_make_id_row_by_row(rows: list[list[object]]) -> None:
    columns = [list(c) for c in zip(*rows, strict=True)]
    assert make_ids("M", *columns) == [make_id("M", *row) for row in rows]
