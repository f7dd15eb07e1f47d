"""Sub-networks for the explorer, on the hand-computed registry of
``test_indicators`` (A1 钢铁: 甲 乙 丙 丁; A2 旅游: 乙 己 丙; A3 卫生: 戊 甲).

Bridges are organisations in two or more alliances whose alliances reach a
province other than their own: 北京甲大学 (A1, A3), 天津乙公司 (A1, A2),
河北丙公司 (A1, A2). 北京丁银行 reaches other provinces but through one
alliance only, so it ties nothing together."""

from __future__ import annotations

from tests.analytics.test_indicators import HB, small  # noqa: F401  (the fixture)
from xietong.analytics.explore import ego, explore, partners
from xietong.analytics.snapshot import load
from xietong.store import Store


def _snap(store: Store):  # type: ignore[no-untyped-def]
    with store.engine.connect() as conn:
        return load(conn)


def _names(graph: dict, kind: str) -> set[str]:  # type: ignore[type-arg]
    return {n["name"] for n in graph["nodes"] if n["kind"] == kind}


def test_the_whole_network_and_its_bridges(small: Store) -> None:  # noqa: F811
    g = explore(_snap(small))
    assert _names(g, "alliance") == {"京津冀甲钢铁联盟", "京津冀乙旅游联盟", "京津冀丙卫生联盟"}  # 丁 has no named members
    assert len(_names(g, "org")) == 6 and len(g["links"]) == 9
    assert {n["name"] for n in g["nodes"] if n["bridge"]} == {"北京甲大学", "天津乙公司", "河北丙公司"}
    roles = {(l["source"], l["target"]): l["role"] for l in g["links"]}
    by_name = {n["name"]: n["id"] for n in g["nodes"]}
    assert roles[(by_name["京津冀丙卫生联盟"], by_name["河北戊研究院"])] == "initiator"
    assert roles[(by_name["京津冀丙卫生联盟"], by_name["北京甲大学"])] == "member"
    assert not g["truncated"] and g["total_nodes"] == 9


def test_filters_and_the_size_cut(small: Store) -> None:  # noqa: F811
    s = _snap(small)
    assert _names(explore(s, type_="service"), "alliance") == {"京津冀乙旅游联盟"}
    # alliances with a Hebei member: A1 (丙), A2 (丙), A3 (戊)
    assert len(_names(explore(s, province=HB), "alliance")) == 3
    assert _names(explore(s, province="140000"), "alliance") == set()  # no Shanxi member in any alliance
    cut = explore(s, max_nodes=4)
    assert cut["truncated"] and len(cut["nodes"]) == 4 and cut["total_nodes"] == 9
    kept = {n["id"] for n in cut["nodes"]}
    assert all(l["source"] in kept and l["target"] in kept for l in cut["links"])
    # the best-connected first: A1 (4 members), then A2 and 甲, 乙, 丙 (degree 2 or 3)
    assert "京津冀甲钢铁联盟" in _names(cut, "alliance")


def test_ego_network(small: Store) -> None:  # noqa: F811
    s = _snap(small)
    a3 = next(a for a in s.alliance_ids if s.alliances[a].name == "京津冀丙卫生联盟")
    g = ego(s, a3)
    # A3's members 戊 and 甲, and 甲's other alliance A1 (not A1's other members)
    assert _names(g, "alliance") == {"京津冀丙卫生联盟", "京津冀甲钢铁联盟"}
    assert _names(g, "org") == {"河北戊研究院", "北京甲大学"}
    assert ego(s, "A-unknown")["nodes"] == []


def test_partners_are_those_met_in_the_most_alliances(small: Store) -> None:  # noqa: F811
    """天津乙公司 is in A1 (with 甲 丙 丁) and A2 (with 己 丙): 丙 beside it twice, the others once."""
    s = _snap(small)
    of = {n: i for i, n in enumerate(s.org_names)}
    got = partners(s, of["天津乙公司"])
    assert [(p["name"], p["shared"]) for p in got] == [("河北丙公司", 2), ("北京丁银行", 1), ("北京甲大学", 1), ("天津己协会", 1)]
    assert [a["name"] for a in got[0]["alliances"]] == ["京津冀甲钢铁联盟", "京津冀乙旅游联盟"]  # by name: jiǎ < yǐ
    assert [p["name"] for p in partners(s, of["天津乙公司"], limit=2)] == ["河北丙公司", "北京丁银行"]
    assert partners(s, of["山西庚公司"]) == []  # in no alliance
