"""Reading the registry set-wise gives what the entities' views show."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.helpers import write_csv
from xietong import clock, registry, views
from xietong.store import Store
from xietong.undo import new_change, revert


def _kinds_from_views(store: Store) -> dict[str, Counter[str]]:
    """The reference: every member's kind as the alliance and organisation views show it."""
    with store.engine.connect() as conn:
        orgs = {o.id: o for o in views.load(conn, "org", with_members=False)}
        out = {a.id: Counter(k for m in a.members if m.org_id in orgs and (k := orgs[m.org_id].value("kind")))
               for a in views.load(conn, "alliance")}
    return {a: c for a, c in out.items() if c}


def _kinds_set_wise(store: Store) -> dict[str, Counter[str]]:
    with store.engine.connect() as conn:
        return {a: Counter(kinds) for a, kinds in views.member_kinds(conn).items()}


def _eventful(bundled: Store, tmp_path: Path) -> str:
    """The bundled registry through merges, alternative and superseded kinds,
    memberships stated by two files and an undone import; returns the seed
    alliance they joined."""
    names = ["北京甲乙科技有限公司", "北京甲乙科技有限责任公司", "天津丙丁研究院", "河北戊己大学", "廊坊庚辛银行"]
    write_csv(tmp_path / "orgs.csv", ["名称", "机构类型", "省份"],
              [[names[0], "企业", "北京"], [names[1], "科研院所", "北京"], [names[2], "科研院所", "天津"],
               [names[3], "高校", "河北"], [names[4], "金融机构", "河北"]])
    write_csv(tmp_path / "other.csv", ["名称", "机构类型"], [[names[2], "企业"], [names[3], "社会团体"]])
    alliance = "京津冀钢铁行业节能减排产业技术创新联盟"  # a seed alliance
    rows = [[alliance, n, "成员单位"] for n in names]
    write_csv(tmp_path / "m1.csv", ["联盟", "成员单位", "角色"], rows)
    write_csv(tmp_path / "m2.csv", ["联盟", "成员单位", "角色"], rows[:2] + [[alliance, names[2], "发起单位"]])
    registry.import_paths(bundled, [str(tmp_path / f) for f in ("orgs.csv", "other.csv", "m1.csv", "m2.csv")])
    # the same file again with one kind changed supersedes it
    write_csv(tmp_path / "orgs.csv", ["名称", "机构类型", "省份"], [[names[4], "企业", "河北"]])
    registry.import_paths(bundled, [str(tmp_path / "orgs.csv")])
    registry.merge(bundled, names[2], names[3], actor="user:a")
    # an import undone: its organisation is withdrawn, its memberships retracted
    write_csv(tmp_path / "late.csv", ["名称", "机构类型"], [["天津壬癸园区", "园区/开发区"]])
    write_csv(tmp_path / "late_m.csv", ["联盟", "成员单位"], [[alliance, "天津壬癸园区"]])
    registry.import_paths(bundled, [str(tmp_path / "late.csv"), str(tmp_path / "late_m.csv")], change=(c := new_change()))
    with bundled.engine.begin() as conn:
        revert(conn, c, now=clock.now(), by="tester")
    return alliance


def test_shown_values_are_those_the_views_show(bundled: Store, tmp_path: Path) -> None:
    _eventful(bundled, tmp_path)
    for kind, props in (("org", ("kind", "province", "collective", "name")), ("alliance", ("type", "founded", "city"))):
        with bundled.engine.connect() as conn:
            expected = [(v.id, v.name, {p: v.value(p) for p in props}) for v in views.load(conn, kind, with_members=False)]
            assert sorted(views.shown(conn, kind, props), key=str) == sorted(expected, key=str)
        if kind == "org":
            names = [name for _, name, _ in expected]
            assert "天津丙丁研究院" in names and "河北戊己大学" not in names  # merged: read once


def test_member_kinds_are_those_the_views_show(bundled: Store, tmp_path: Path) -> None:
    alliance = _eventful(bundled, tmp_path)
    expected = _kinds_from_views(bundled)
    assert _kinds_set_wise(bundled) == expected
    seed_alliance = next(a for a in registry.list_entities(bundled, "alliance") if alliance in a["aliases"])
    # the organisations above are among its members, each membership counted
    assert sum(expected[seed_alliance["id"]].values()) >= 7
    assert "park" not in expected[seed_alliance["id"]]


def test_classifying_the_registry_reads_member_kinds(bundled: Store, tmp_path: Path) -> None:
    """An alliance whose name decides nothing is typed by its members: universities with firms are 产学研."""
    write_csv(tmp_path / "a.csv", ["联盟名称"], [["京津冀甲乙联盟"]])
    write_csv(tmp_path / "o.csv", ["名称", "机构类型"], [["河北戊己大学", "高校"], ["北京甲乙科技有限公司", "企业"]])
    write_csv(tmp_path / "m.csv", ["联盟", "成员单位"], [["京津冀甲乙联盟", "河北戊己大学"], ["京津冀甲乙联盟", "北京甲乙科技有限公司"]])
    registry.import_paths(bundled, [str(tmp_path / "a.csv")], kind="alliances")
    registry.import_paths(bundled, [str(tmp_path / f) for f in ("o.csv", "m.csv")])
    result = next(r for r in registry.classify_registry(bundled) if r["name"] == "京津冀甲乙联盟")
    assert result["type"] == "comprehensive"
    assert "industry_academia" in result["relations"]


def test_a_page_of_an_alliances_members_is_that_slice_of_them_and_the_summary_is_the_whole(bundled: Store,
                                                                                           tmp_path: Path) -> None:
    """Roles first, as the whole list orders them; the alliance's summary
    (initiators, named members, datasets) is of all its members whatever the page."""
    _eventful(bundled, tmp_path)
    with bundled.engine.connect() as conn:
        [whole] = [v for v in views.load(conn, "alliance") if "钢铁行业节能减排" in v.name]
        assert len(whole.members) > 5 and whole.as_dict()["initiators"]
        for page in (slice(0, 2), slice(2, 5), slice(5, 1000), slice(1000, 1003)):
            [paged] = views.load(conn, "alliance", ids=[whole.id], page=page)
            assert [m.id for m in paged.members] == [m.id for m in whole.members][page]
            assert paged.paged is not None and paged.paged.total == len(whole.members)
            assert paged.as_dict() == whole.as_dict()


def test_a_page_the_database_sorts_is_the_page_worked_out_from_every_entity(bundled: Store, tmp_path: Path) -> None:
    """Through merges, a withdrawn organisation and past dates, every window of the listing is the
    same read either way; a merge whose canonical entity is itself withdrawn is left to the whole reading."""
    from xietong.resolution import canonical_map

    _eventful(bundled, tmp_path)

    def both(kind: str, as_of: str | None, limit: int, offset: int) -> tuple[list[str], list[str] | None]:
        with bundled.engine.connect() as conn:
            canon = canonical_map(conn, kind, as_of)
            return (views._page_whole(conn, kind, as_of, canon, limit, offset),
                    views._page_sorted_by_the_database(conn, kind, as_of, canon, limit, offset))

    for kind in ("org", "alliance"):
        for as_of in (None, "2016", clock.now()):
            whole = both(kind, as_of, 10_000, 0)[0]
            for limit, offset in ((1, 0), (7, 0), (7, 3), (20, 11), (5, len(whole) - 2), (5, len(whole) + 4)):
                reference, sorted_there = both(kind, as_of, limit, offset)
                assert sorted_there == reference, (kind, as_of, limit, offset)
    # the canonical entity of a merge withdrawn: no quick answer, and page still gives the whole reading's
    write_csv(tmp_path / "w.csv", ["名称"], [["北京壬癸科技有限公司"]])
    registry.import_paths(bundled, [str(tmp_path / "w.csv")], kind="orgs", change=(c := new_change()))
    registry.merge(bundled, "北京壬癸科技有限公司", "北京甲乙科技有限公司", actor="user:a")
    with bundled.engine.begin() as conn:
        revert(conn, c, now=clock.now(), by="tester")
    with bundled.engine.connect() as conn:
        canon = canonical_map(conn, "org")
        roots = {r for e, r in canon.items() if e != r}
        assert roots & views.withdrawn(conn)  # the case this holds to
        assert views._page_sorted_by_the_database(conn, "org", None, canon, 10, 0) is None
        assert views.page(conn, "org", limit=10) == views._page_whole(conn, "org", None, canon, 10, 0)
