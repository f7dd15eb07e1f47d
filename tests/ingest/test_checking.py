"""Checking a table's blocks: a row that says what an earlier row of the file
said is a problem naming that earlier row, whichever block either falls in."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from xietong.ingest.checking import _DUP_FIELDS, _Duplicates
from xietong.ingest.headers import Mapping
from xietong.ingest.records import Block

VALUES = st.sampled_from(["甲", "乙", "丙", None])
KINDS = st.sampled_from(sorted(_DUP_FIELDS) + ["orgs", "alliances"])


@given(kind=KINDS, rows=st.lists(st.tuples(VALUES, VALUES, VALUES, VALUES), max_size=40),
       cuts=st.lists(st.integers(0, 40), max_size=4))
def test_a_repeat_is_a_row_whose_every_compared_field_an_earlier_row_has(kind, rows, cuts) -> None:  # type: ignore[no-untyped-def]
    """Against the rule read plainly: the first row with the same fields (a blank role a member's)."""
    fields = _DUP_FIELDS.get(kind, ("name",))
    dups = _Duplicates(Mapping(kind, {f"列{f}": f for f in fields}, []))
    numbers = list(range(2, len(rows) + 2))
    found, kept = [], []
    bounds = sorted({0, len(rows), *(c for c in cuts if c <= len(rows))})
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        block = Block(numbers[lo:hi], {f: [r[i] for r in rows[lo:hi]] for i, f in enumerate(fields)}, [])
        kept.extend(dups.remove("f.csv", block, found).rows)

    def key(r: tuple) -> tuple:  # type: ignore[type-arg]
        values = ["" if v is None else v for v in r[: len(fields)]]
        if "role" in fields:
            values[fields.index("role")] = values[fields.index("role")] or "member"
        return tuple(values)

    first: dict[tuple, int] = {}  # type: ignore[type-arg]
    expected = [(n, first[key(r)]) for n, r in zip(numbers, rows, strict=True) if first.setdefault(key(r), n) != n]
    assert [(p.row, int(p.message.rsplit(" ", 1)[1])) for p in found] == expected
    assert kept == [n for n in numbers if n not in dict(expected)]
    named = {"memberships": "org", "events": "title", "stats": "sector", "listings": "title"}.get(kind, "name")
    assert all(p.column == f"列{named}" and p.file == "f.csv" for p in found)


def test_ids_worked_out_for_the_organisations_file_serve_its_membership_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A membership file names each organisation several times: the ids worked out for the
    organisations file are looked up, not hashed again, and are the ids hashing gives, for the
    organisations it names and for those it does not."""
    from tests.helpers import write_csv
    from xietong.ids import entity_id
    from xietong.ingest.checking import check
    from xietong.ingest.headers import map_headers
    from xietong.ingest.readers import read_tables

    orgs = write_csv(tmp_path / "orgs.csv", ["名称", "机构类型"], [[f"预测机构{i}公司", "企业"] for i in range(30)])
    members = write_csv(tmp_path / "members.csv", ["联盟", "成员单位"],
                        [[("京津冀预测联盟", "京津冀另一联盟")[i // 40], f"预测机构{i % 40}公司"] for i in range(80)]
                        + [["京津冀第三联盟", "预测机构3公司"]])
    caches: dict = {}  # type: ignore[type-arg]
    predicted = []
    for f, kind in ((orgs, "orgs"), (members, "memberships")):
        t = read_tables(str(f))[0]
        predicted += [b.ids for b in check(t, map_headers(t.where, t.headers, kind, t.header), caches, "预测")]
    assert len(caches["ids"]) == 40  # 30 from the organisations file, 10 more first named by a membership row
    names = [f"预测机构{i % 40}公司" for i in range(80)] + ["预测机构3公司"]
    assert [o for ids in predicted[1:] for o in ids["orgs"]] == [entity_id("org", n) for n in names]


def test_the_cores_worked_out_for_an_alliances_file_are_those_of_each_name_and_alias(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Each name as resolution reads it (cleaned: full-width letters folded, spaces trimmed) and
    each alias as written: the texts whose cores new alliance names are matched on."""
    from tests.helpers import write_csv
    from xietong.ingest.checking import check
    from xietong.ingest.headers import map_headers
    from xietong.ingest.readers import read_tables
    from xietong.names import clean
    from xietong.text.variants import core

    rows = [["京津冀钢铁行业节能减排产业技术创新联盟", "钢铁联盟、节能减排联盟", "2014"],
            [" 京津冀ＡＩ产业联盟 ", "", "2015"], ["京津冀設計產業聯盟", "设计联盟", "2015年4月"]]
    path = write_csv(tmp_path / "alliances.csv", ["联盟名称", "简称", "成立时间"], rows)
    t = read_tables(str(path))[0]
    [block] = check(t, map_headers(t.where, t.headers, "alliances", t.header), {}, "预测")
    assert block.ids is not None
    texts = [clean(r[0]) for r in rows] + ["钢铁联盟", "节能减排联盟", "设计联盟"]
    assert block.ids["cores"] == {text: core(text) for text in texts}
