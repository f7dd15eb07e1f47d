"""Each indicator on a small registry computed by hand (see the comments).

Alliances: A1 钢铁 2014-03 Beijing; A2 旅游 2015-07 Tianjin; A3 卫生 2015; A4 (no date, "70余家").
Members:   A1 = 北京甲大学 (initiator, BJ, university), 天津乙公司 (TJ, enterprise),
                河北丙公司 (HB, enterprise), 北京丁银行 (BJ, financial)
           A2 = 天津乙公司 (initiator), 天津己协会 (TJ, association), 河北丙公司
           A3 = 河北戊研究院 (initiator, HB, institute), 北京甲大学
Outside:   山西庚公司 (SX, 煤炭), 天津辛公司 (TJ, 物流)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import write_csv
from xietong import registry
from xietong.analytics.run import analyze
from xietong.store import Store

BJ, TJ, HB, SX = "110000", "120000", "130000", "140000"


@pytest.fixture
def small(store: Store, tmp_path: Path) -> Store:
    write_csv(tmp_path / "alliances.csv", ["联盟名称", "成立时间", "类型", "行业", "成立地点", "成员数量"],
              [["京津冀甲钢铁联盟", "2014-03", "产业类", "钢铁", "北京", ""],
               ["京津冀乙旅游联盟", "2015-07", "服务类", "旅游", "天津", ""],
               ["京津冀丙卫生联盟", "2015", "社会事业类", "卫生", "", ""],
               ["京津冀丁联盟", "", "", "", "", "70余家"]])  # no type, and none its name tells: unclassified
    write_csv(tmp_path / "orgs.csv", ["名称", "机构类型", "所属省份", "行业"],
              [["北京甲大学", "高校", "北京", "教育"], ["天津乙公司", "企业", "天津", "钢铁"],
               ["河北丙公司", "企业", "河北", "钢铁"], ["北京丁银行", "金融机构", "北京", "金融"],
               ["河北戊研究院", "科研院所", "河北", "钢铁"], ["天津己协会", "社会团体", "天津", "旅游"],
               ["山西庚公司", "企业", "山西", "煤炭"], ["天津辛公司", "企业", "天津", "物流"]])
    write_csv(tmp_path / "members.csv", ["联盟", "成员单位", "角色"],
              [["京津冀甲钢铁联盟", "北京甲大学", "发起单位"], ["京津冀甲钢铁联盟", "天津乙公司", ""],
               ["京津冀甲钢铁联盟", "河北丙公司", ""], ["京津冀甲钢铁联盟", "北京丁银行", ""],
               ["京津冀乙旅游联盟", "天津乙公司", "发起单位"], ["京津冀乙旅游联盟", "天津己协会", ""],
               ["京津冀乙旅游联盟", "河北丙公司", ""],
               ["京津冀丙卫生联盟", "河北戊研究院", "发起单位"], ["京津冀丙卫生联盟", "北京甲大学", ""]])
    for f in ("alliances.csv", "orgs.csv", "members.csv"):
        registry.import_paths(store, [str(tmp_path / f)], recorded_at="2026-01-01T00:00:00.000000")
    return store


def test_formation(small: Store) -> None:
    f = analyze(small)["formation"]
    assert f["by_year"] == {"2014": 1, "2015": 2, "unknown": 1}
    assert f["by_quarter"] == {"2014-Q1": 1, "2015-Q3": 1, "2015-Q?": 1, "unknown": 1}
    assert f["by_initiator_province"] == {BJ: 1, TJ: 1, HB: 1}
    assert f["without_initiators"] == 1
    assert f["by_type"] == {"industry": 1, "service": 1, "social": 1, "unclassified": 1}


def test_beijing_lead_and_response(small: Store) -> None:
    lead = analyze(small)["lead"]
    assert (lead["led"], lead["led_share"], lead["with_known_leads"], lead["led_share_of_known"]) == (1, 0.25, 3, 0.3333)
    assert (lead["responded"], lead["responded_share"]) == (1, 1.0)  # A1 has Tianjin and Hebei members


def test_a_beijing_chair_leads_as_an_initiator_does(small: Store, tmp_path: Path) -> None:
    """理事长单位 heads the alliance's council: A4, chaired by 北京丁银行, is Beijing-led."""
    write_csv(tmp_path / "chair.csv", ["联盟", "成员单位", "角色"], [["京津冀丁联盟", "北京丁银行", "理事长单位"]])
    registry.import_paths(small, [str(tmp_path / "chair.csv")])
    lead = analyze(small)["lead"]
    assert (lead["led"], lead["with_known_leads"]) == (2, 4)


def test_three_province_coverage(small: Store) -> None:
    c = analyze(small)["coverage"]
    assert (c["full"], c["partial"], c["unknown"], c["full_share_of_known"]) == (1, 2, 1, 0.3333)


def test_province_pair_ties(small: Store) -> None:
    p = analyze(small)["province_pairs"]
    assert p["alliances_per_province"] == {HB: 3, BJ: 2, TJ: 2}
    pairs = {(x["a"], x["b"]): (x["raw"], x["normalised"]) for x in p["pairs"]}
    # raw / sqrt(A_p · A_q): 1/sqrt(4), 2/sqrt(6), 2/sqrt(6)
    assert pairs == {(BJ, TJ): (1, 0.5), (BJ, HB): (2, 0.8165), (TJ, HB): (2, 0.8165)}


def test_ei_index(small: Store) -> None:
    ei = analyze(small)["ei_index"]
    # BJ: E = 2·2 (A1) + 1 (A3) = 5, I = 1 (A1)  → 4/6
    assert ei["by_province"][BJ] == {"external": 5, "internal": 1, "ei": 0.6667}
    assert ei["by_province"][TJ] == {"external": 5, "internal": 1, "ei": 0.6667}
    assert ei["by_province"][HB] == {"external": 6, "internal": 0, "ei": 1.0}
    # ties: A1 5 external, 1 internal; A2 2, 1; A3 1, 0
    assert ei["overall"] == {"external": 8, "internal": 2, "ei": 0.6}


def test_initiator_to_member_flows(small: Store) -> None:
    flows = {(f["from"], f["to"]): f["count"] for f in analyze(small)["flows"]["flows"]}
    assert flows == {(BJ, TJ): 1, (BJ, HB): 1, (BJ, BJ): 1, (TJ, TJ): 1, (TJ, HB): 1, (HB, BJ): 1}


def test_chain_coverage(small: Store) -> None:
    c = analyze(small)["chain_coverage"]
    top = {x["alliance"]: x["coverage"] for x in c["top"]}
    assert top == {"京津冀甲钢铁联盟": 0.4444, "京津冀乙旅游联盟": 0.3333, "京津冀丙卫生联盟": 0.2222}
    assert c["mean"] == 0.3333


def test_location_quotients(small: Store) -> None:
    lq = {(x["region"], x["industry"]): x["lq"] for x in analyze(small)["specialisation"]["lq"]}
    # (E_rk/E_r)/(E_k/E) with E = 8 organisations
    assert lq[(HB, "钢铁")] == round((2 / 2) / (3 / 8), 4)
    assert lq[(TJ, "钢铁")] == round((1 / 3) / (3 / 8), 4)
    assert lq[(SX, "煤炭")] == 8.0


def test_gaps(small: Store) -> None:
    g = analyze(small)["gaps"]
    assert g["industries_without_cross_provincial_alliance"] == [{"industry": "物流", "orgs": {TJ: 1}}]
    assert g["industries_with_organisations"] == 3  # 钢铁, 旅游 and 物流 in Tianjin or Hebei: a gap can be told
    assert (g["orgs_in_no_alliance"], g["orgs_in_no_alliance_by_province"]) == (2, {SX: 1, TJ: 1})


def test_network(small: Store) -> None:
    n = analyze(small)["network"]
    assert n["bipartite"] == {"alliances": 3, "organisations": 6, "memberships": 9, "density": 0.5}
    assert n["projection"] == {"alliances": 3, "ties": 2, "components": 1}
    assert n["betweenness"]["top"][0] == {"alliance": "京津冀甲钢铁联盟", "betweenness": 1.0}  # the middle of a path
    bridges = {b["organisation"]: b["other_provinces"] for b in n["bridges"]}
    assert bridges == {"北京甲大学": 2, "天津乙公司": 2, "河北丙公司": 2, "北京丁银行": 2, "河北戊研究院": 1, "天津己协会": 1}


def test_count_only_facts_are_counts_not_nodes(small: Store) -> None:
    result = analyze(small)
    sizes = {r["alliance"]: r for r in result["sizes"]["by_alliance"]}
    assert sizes["京津冀丁联盟"]["stated"] == [{"count": 70, "qualifier": "more_than", "kind": None}]
    assert sizes["京津冀丁联盟"]["named_members"] == 0
    assert result["network"]["bipartite"]["organisations"] == 6


def test_as_of_sees_only_what_was_recorded(small: Store) -> None:
    assert analyze(small, as_of="2025-12-31T00:00:00")["formation"]["total"] == 0


def test_a_large_projection_uses_the_backbone_and_says_so(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from xietong.analytics import network
    from xietong.analytics.snapshot import load
    from xietong.synth import generate

    generate(store, alliances=300, organisations=3000, memberships=30000, seed=3)
    with store.engine.connect() as conn:
        snap = load(conn)
    exact = network.metrics(snap)
    monkeypatch.setattr(network, "EXACT_TIES", 100)
    estimated = network.metrics(snap)
    assert exact["betweenness"]["exact"] and not estimated["betweenness"]["exact"]
    assert estimated["betweenness"]["estimated_from"] == network.SAMPLES
    assert estimated["betweenness"]["backbone_top_k"] == network.TOP_K
    assert estimated["projection"]["ties"] == exact["projection"]["ties"] > 100  # ties counted on the full projection
    assert estimated["bipartite"] == exact["bipartite"] and exact["bipartite"]["memberships"] == 30000


def test_synthetic_data_is_marked_synthetic(store: Store) -> None:
    from xietong.synth import generate

    generate(store, alliances=5, organisations=50, memberships=100, seed=1)
    shown = registry.show(store, "合成机构0000001", kind="org")[0]
    assert all(f["source"]["kind"] == "synthetic" for fs in shown["facts"].values() for f in fs)
    assert "not real data" in shown["facts"]["name"][0]["source"]["title"]


def test_activity_in_three_dimensions_from_recorded_events(small: Store, tmp_path: Path) -> None:
    import math

    assert analyze(small)["activity"]["available"] is False  # no events yet: said, not guessed
    write_csv(tmp_path / "events.csv", ["联盟", "日期", "活动类型", "标题"],
              [["京津冀甲钢铁联盟", "2015-01", "理事会", "第一次理事会"], ["京津冀甲钢铁联盟", "2015-03", "联合攻关", "低碳冶炼"],
               ["京津冀甲钢铁联盟", "2015-05", "签约", "与某市签约"], ["京津冀甲钢铁联盟", "2016", "合作协议", "第二份协议"],
               ["京津冀乙旅游联盟", "2016-02", "年会", "年会"]])
    registry.import_paths(small, [str(tmp_path / "events.csv")], recorded_at="2026-01-02T00:00:00.000000")
    act = analyze(small)["activity"]
    rows = {r["alliance"]: r for r in act["alliances"]}
    one, two = round(1 - math.exp(-1 / 3), 4), round(1 - math.exp(-2 / 3), 4)
    assert rows["京津冀甲钢铁联盟"]["events"] == {"organisation": 1, "innovation": 1, "industry": 2}
    assert rows["京津冀甲钢铁联盟"]["scores"] == {"organisation": one, "innovation": one, "industry": two}
    assert rows["京津冀甲钢铁联盟"]["activity"] == round((one + one + two) / 3, 4)
    assert rows["京津冀乙旅游联盟"]["activity"] == round(one / 3, 4)
    assert (act["scored"], act["without_events"]) == (2, 2)


def test_events_with_an_unknown_kind_are_refused(small: Store, tmp_path: Path) -> None:
    from tests.conftest import fingerprint
    from xietong.ingest.problems import InputError

    f = write_csv(tmp_path / "events.csv", ["联盟", "日期", "活动类型"], [["京津冀甲钢铁联盟", "2015-01", "聚餐"]])
    before = fingerprint(small)
    with pytest.raises(InputError) as exc:
        registry.import_paths(small, [str(f)], kind="events")
    assert str(exc.value.problems[0]).startswith(f"{f}:2:活动类型: unknown event kind '聚餐'")
    assert fingerprint(small) == before


def test_location_quotients_from_imported_regional_statistics(small: Store, tmp_path: Path) -> None:
    write_csv(tmp_path / "stats.csv", ["地区", "行业", "指标", "年份", "数值", "单位"],
              [["北京", "钢铁", "employment", "2014", "999", "人"],  # an older year: not used
               ["北京", "钢铁", "employment", "2015", "10", "人"], ["北京", "软件", "employment", "2015", "90", "人"],
               ["河北", "钢铁", "employment", "2015", "60", "人"], ["河北", "软件", "employment", "2015", "40", "人"]])
    registry.import_paths(small, [str(tmp_path / "stats.csv")], recorded_at="2026-01-02T00:00:00.000000")
    spec = analyze(small)["specialisation"]
    assert spec["basis"] == "regional statistics" and spec["measures"][0]["year"] == "2015"
    lq = {(x["region"], x["industry"]): x["lq"] for x in spec["lq"]}
    # E = 200; Hebei steel: (60/100) / (70/200)
    assert lq[(HB, "钢铁")] == round((60 / 100) / (70 / 200), 4)
    assert lq[(BJ, "软件")] == round((90 / 100) / (130 / 200), 4)


def test_bad_statistics_are_refused(small: Store, tmp_path: Path) -> None:
    from tests.conftest import fingerprint
    from xietong.ingest.problems import InputError

    f = write_csv(tmp_path / "stats.csv", ["地区", "行业", "数值", "年份"], [["北京", "钢铁", "十个", "2015"], ["火星", "钢铁", "3", "15"]])
    before = fingerprint(small)
    with pytest.raises(InputError) as exc:
        registry.import_paths(small, [str(f)])
    assert [str(p).split(": ", 1)[0] for p in exc.value.problems] == [f"{f}:2:数值", f"{f}:3:地区", f"{f}:3:年份"]
    assert fingerprint(small) == before


def test_a_revised_statistics_file_supersedes_its_old_value(store: Store, tmp_path: Path) -> None:
    f = tmp_path / "stats.csv"
    write_csv(f, ["地区", "行业", "指标", "年份", "数值"], [["北京", "钢铁", "employment", "2015", "10"]])
    first = registry.import_paths(store, [str(f)], recorded_at="2026-01-01T00:00:00.000000")
    assert first.changes.superseded.get("regional_stat", 0) == 0
    write_csv(f, ["地区", "行业", "指标", "年份", "数值"], [["北京", "钢铁", "employment", "2015", "12"]])
    second = registry.import_paths(store, [str(f)], recorded_at="2026-02-01T00:00:00.000000")
    assert second.changes.superseded["regional_stat"] == 1
    [row] = analyze(store)["specialisation"]["lq"]
    assert row["orgs"] == 12.0


def test_chain_coverage_of_a_collective_in_a_late_alliance_does_not_overflow() -> None:
    """A collective member (no province of its own, spanning several) of the
    5,000th alliance: its cell numbers pass 32,767 and must not wrap."""
    import numpy as np

    from xietong.analytics.indicators import chain_coverage
    from xietong.analytics.snapshot import KINDS, Alliance, Snapshot

    n = 5000
    ids = [f"A{i:05d}" for i in range(n)]
    provinces = [BJ, TJ, HB]
    s = Snapshot(alliances={a: Alliance(a, a) for a in ids}, alliance_ids=ids, org_ids=["O1"], org_names=["三地多家企业"],
                 org_kind=np.array([KINDS.index("enterprise")], dtype=np.int8), org_prov=np.array([-1], dtype=np.int16),
                 org_collective=np.array([True]), org_spans={0: [0, 1, 2]}, org_industries={},
                 m_alliance=np.array([n - 1], dtype=np.int32), m_org=np.array([0], dtype=np.int32),
                 m_role=np.array([0], dtype=np.int8), provinces=provinces)
    c = chain_coverage(s)
    # production × three provinces = 3 of the 9 cells
    assert c["alliances_with_data"] == 1 and c["top"] == [{"alliance": ids[-1], "coverage": round(3 / 9, 4)}]
