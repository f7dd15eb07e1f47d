"""Reading the registry into a snapshot.

Organisations' facts and memberships are read as 64-bit keys (fast); the
row-by-row reading is the reference. Whatever the registry holds — merges,
several values for one fact, withdrawn imports, past moments, ids of another
shape — the two readings give the same snapshot.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import insert

from tests.helpers import write_csv
from xietong import registry, undo
from xietong.analytics.snapshot import ROLES, Snapshot, load
from xietong.ids import make_id
from xietong.store import Store
from xietong.store.tables import entity, membership, statement
from xietong.synth import generate
from xietong.vocab import taxonomy_vocab

FIELDS = ("alliance_ids", "org_ids", "org_names", "org_spans", "org_industries", "provinces", "stats", "alliances")
COLUMNS = ("org_kind", "org_prov", "org_collective", "m_alliance", "m_org", "m_role")


def both(store: Store, as_of: str | None = None) -> tuple[Snapshot, Snapshot]:
    with store.engine.connect() as conn:
        return load(conn, as_of), load(conn, as_of, keyed=False)


def assert_same(keyed: Snapshot, rows: Snapshot) -> None:
    assert rows.read_as == "rows"
    for f in FIELDS:
        assert getattr(keyed, f) == getattr(rows, f), f
    for c in COLUMNS:
        assert np.array_equal(getattr(keyed, c), getattr(rows, c)), c


def test_the_bundled_registry_reads_the_same_by_keys_and_by_rows(bundled: Store) -> None:
    keyed, rows = both(bundled)
    assert keyed.read_as == "keys"
    assert len(keyed.m_org) > 0 and (keyed.org_prov >= 0).sum() > 0
    assert_same(keyed, rows)


def test_a_synthetic_registry_reads_the_same(store: Store) -> None:
    generate(store, alliances=30, organisations=400, memberships=1500, seed=3)
    keyed, rows = both(store)
    assert keyed.read_as == "keys"
    assert len(keyed.m_org) == 1500
    assert_same(keyed, rows)


def test_every_role_is_read_as_itself(bundled: Store, tmp_path: Path) -> None:
    """One organisation in each role the taxonomy knows, read back by keys and by rows."""
    from tests.helpers import write_csv
    from xietong import registry

    labels = [taxonomy_vocab("roles").label(r) for r in ROLES]
    path = write_csv(tmp_path / "roles.csv", ["联盟", "成员单位", "角色"],
                     [["京津冀设计产业联盟", f"角色测试机构{i}", label] for i, label in enumerate(labels)])
    registry.import_paths(bundled, [str(path)])
    keyed, rows = both(bundled)
    assert_same(keyed, rows)
    read = {}
    for a, o, r in zip(keyed.m_alliance.tolist(), keyed.m_org.tolist(), keyed.m_role.tolist(), strict=True):
        if keyed.org_names[o].startswith("角色测试机构"):
            read[keyed.org_names[o]] = ROLES[r]
    assert read == {f"角色测试机构{i}": role for i, role in enumerate(ROLES)}


@pytest.fixture
def eventful(store: Store, tmp_path: Path) -> tuple[Store, str]:
    """Two imports stating different provinces and kinds for one organisation,
    a merge of two organisations (and of two alliances) whose facts differ,
    and a later import undone. Returns the store and a moment between."""
    write_csv(tmp_path / "a.csv", ["联盟名称", "成立时间", "类型"],
              [["京津冀甲联盟", "2014-03", "产业类"], ["京津冀乙联盟", "2015", "服务类"]])
    write_csv(tmp_path / "o1.csv", ["名称", "机构类型", "所属省份", "行业"],
              [["北京甲公司", "企业", "北京", "钢铁"], ["天津乙大学", "高校", "天津", "教育"],
               ["河北丙研究院", "科研院所", "河北", "钢铁"]])
    write_csv(tmp_path / "o2.csv", ["名称", "机构类型", "所属省份", "行业"],
              [["北京甲公司", "金融机构", "河北", "金融"], ["甲公司", "企业", "天津", "物流"]])
    write_csv(tmp_path / "m.csv", ["联盟", "成员单位", "角色"],
              [["京津冀甲联盟", "北京甲公司", "发起单位"], ["京津冀甲联盟", "天津乙大学", ""],
               ["京津冀乙联盟", "甲公司", "秘书处"], ["京津冀乙联盟", "河北丙研究院", "牵头单位"]])
    for f, at in (("a.csv", "2026-01-01"), ("o1.csv", "2026-01-02"), ("o2.csv", "2026-01-03"), ("m.csv", "2026-01-04")):
        registry.import_paths(store, [str(tmp_path / f)], recorded_at=f"{at}T00:00:00.000000")
    registry.merge(store, "北京甲公司", "甲公司")
    registry.merge(store, "京津冀甲联盟", "京津冀乙联盟")
    write_csv(tmp_path / "late.csv", ["名称", "机构类型", "所属省份"], [["廊坊丁公司", "企业", "廊坊"]])
    registry.import_paths(store, [str(tmp_path / "late.csv")], change="Cundo-me")
    with store.engine.begin() as conn:
        undo.revert(conn, "Cundo-me", now="2099-01-01T00:00:00.000000", by="test")
    return store, "2026-01-03T12:00:00.000000"


def test_merges_contested_facts_and_withdrawn_entities_read_the_same(eventful: tuple[Store, str]) -> None:
    store, _ = eventful
    keyed, rows = both(store)
    assert keyed.read_as == "keys"
    assert "廊坊丁公司" not in keyed.org_names  # its import was undone
    merged = keyed.org_names.index("北京甲公司")
    assert "甲公司" not in keyed.org_names
    assert keyed.org_industries[merged] == ["物流", "金融", "钢铁"]
    assert len(keyed.alliance_ids) == 1
    assert {ROLES[r] for r in keyed.m_role.tolist()} == {"initiator", "lead", "secretariat", "member"}
    assert_same(keyed, rows)


def test_a_past_moment_reads_the_same(eventful: tuple[Store, str]) -> None:
    store, moment = eventful
    keyed, rows = both(store, moment)
    assert keyed.read_as == "keys" and len(keyed.m_org) == 0  # before the memberships were imported
    assert_same(keyed, rows)


def _add(store: Store, eid: str, kind: str, name: str) -> None:
    fact = {"dataset": "t", "source_id": "Rt", "recorded_at": "2026-01-01T00:00:00.000000"}
    with store.engine.begin() as conn:
        conn.execute(insert(entity).values(id=eid, kind=kind, name=name, name_key=name, **{
            "created_at": fact["recorded_at"], "source_id": "Rt"}))
        conn.execute(insert(statement).values(id=make_id("S", eid), entity_id=eid, prop="name", value=name, **fact))
        conn.execute(insert(statement).values(id=make_id("S", eid, "p"), entity_id=eid, prop="province", value="120000",
                                              **fact))


def _member(store: Store, aid: str, oid: str) -> None:
    fact = {"dataset": "t", "source_id": "Rt", "recorded_at": "2026-01-01T00:00:00.000000"}
    with store.engine.begin() as conn:
        conn.execute(insert(membership).values(id=make_id("M", aid, oid), alliance_id=aid, org_id=oid, role="member", **fact))


@pytest.mark.parametrize("odd_id", ["org-7", "O" + "z" * 32, "O天津" + "0" * 30])
def test_ids_of_another_shape_are_read_as_rows(bundled: Store, odd_id: str) -> None:
    _add(bundled, odd_id, "org", "天津某公司")
    with bundled.engine.connect() as conn:
        aid = conn.execute(entity.select().where(entity.c.kind == "alliance")).first().id  # type: ignore[union-attr]
    _member(bundled, aid, odd_id)
    keyed, rows = both(bundled)
    assert keyed.read_as == "rows"
    assert_same(keyed, rows)
    o = keyed.org_names.index("天津某公司")
    assert keyed.provinces[keyed.org_prov[o]] == "120000" and o in keyed.m_org


def test_two_ids_sharing_a_key_are_read_as_rows(bundled: Store) -> None:
    _add(bundled, "O" + "ab" * 8 + "0" * 16, "org", "天津甲某公司")
    _add(bundled, "O" + "ab" * 8 + "1" * 16, "org", "天津乙某公司")
    keyed, rows = both(bundled)
    assert keyed.read_as == "rows"
    assert_same(keyed, rows)


def test_an_alliance_and_an_organisation_may_share_a_key(bundled: Store) -> None:
    """The hash behind an id need not include its prefix letter (synthetic
    ids do not): keys are kept per kind and the letter is compared."""
    _add(bundled, "A" + "cd" * 16, "alliance", "测试某联盟")
    _add(bundled, "O" + "cd" * 16, "org", "天津丙某公司")
    _member(bundled, "A" + "cd" * 16, "O" + "cd" * 16)
    _member(bundled, "O" + "cd" * 16, "O" + "cd" * 16)  # nonsense: an organisation as the alliance; not read
    keyed, rows = both(bundled)
    assert keyed.read_as == "keys"
    assert_same(keyed, rows)
    a = keyed.alliance_ids.index("A" + "cd" * 16)
    assert keyed.m_org[keyed.m_alliance == a].tolist() == [keyed.org_ids.index("O" + "cd" * 16)]
