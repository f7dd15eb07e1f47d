"""The bundled registry: the seed's 15 alliances with every initiator, count,
place and relation it states, each sourced to its passage; and the shared
reference table, each row sourced to its page."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SHARED, fingerprint
from xietong import registry
from xietong.ingest.bundled import locate, seed_text, split_founded
from xietong.store import Store
from xietong.vocab import data_path, load_yaml

SEED_ALLIANCES = {
    "京津冀产权市场发展联盟", "商会联盟", "开发区创新发展联盟", "京津冀设计产业联盟", "协同创新联盟",
    "节能低碳环保产业联盟", "园林科技创新战略联盟", "钢铁行业节能减排产业技术创新联盟", "技术转移协同创新联盟",
    "智能制造协作一体化大联盟", "气体行业协同发展联盟", "土肥水事业协同发展创新联盟", "中关村华清石墨烯产业技术联盟",
    "中医药产业创新战略联盟", "跨境电商产业联盟",
}


def test_bundled_copies_match_shared() -> None:
    if not SHARED.exists():
        pytest.skip("no ../shared beside the checkout")
    assert seed_text() == (SHARED / "seed" / "000_ec8e10c45ca19fa6.txt").read_text(encoding="utf-8")
    assert data_path("reference/alliances_reference.csv").read_bytes() == (SHARED / "data" / "alliances_reference.csv").read_bytes()


def test_every_curated_passage_is_in_the_seed() -> None:
    spec = load_yaml("seed_facts.yaml")
    passages = [p for p in spec["taxonomy_passages"].values()]
    for a in spec["alliances"]:
        passages.append(a["name"])
        passages += [f["passage"] for f in a.get("facts", []) + a.get("members", []) + a.get("counts", [])]
    for p in passages:
        s, e = locate(seed_text(), p)
        assert "".join(seed_text()[s:e].split()) == "".join(p.split())


def test_the_fifteen_seed_alliances(bundled: Store) -> None:
    by_name = {a["name"]: a for a in registry.list_entities(bundled, "alliance")}
    assert SEED_ALLIANCES <= set(by_name)
    assert len(by_name) == 15 + 9  # the reference table adds 9 the seed does not name
    design = by_name["京津冀设计产业联盟"]
    assert set(design["initiators"]) == {"北京工业设计促进中心", "工业设计促进会", "天津市工业设计协会"}
    assert design["initiator_count"] == 6
    assert set(by_name["协同创新联盟"]["initiators"]) == {"北京工业大学", "天津工业大学", "河北工业大学"}
    assert set(by_name["技术转移协同创新联盟"]["initiators"]) == {"科技部火炬中心", "北京市科委"}
    assert by_name["京津冀产权市场发展联盟"]["city"] == by_name["商会联盟"]["city"] == "110000"
    assert by_name["节能低碳环保产业联盟"]["regions"] == ["110000", "120000", "130000", "140000", "150000"]
    assert by_name["节能低碳环保产业联盟"]["regions_count"] == 6
    assert by_name["开发区创新发展联盟"]["initiators"] == ["京津冀所属国家级开发区"]


def test_steel_counts_from_both_sources_and_no_invented_members(bundled: Store) -> None:
    steel = next(a for a in registry.list_entities(bundled, "alliance") if "钢铁行业节能减排科技创新联盟" in a["aliases"])
    assert steel["name"] == "钢铁行业节能减排产业技术创新联盟"
    counts = sorted((c["count"], c["qualifier"], c["dataset"]) for c in steel["member_counts"])
    assert counts == [(69, "exact", "reference:alliances_reference.csv"), (70, "more_than", "seed:000_ec8e10c45ca19fa6")]
    assert steel["named_members"] < 69


def test_each_seed_fact_shows_its_passage(bundled: Store) -> None:
    [shown] = registry.show(bundled, "京津冀设计产业联盟")
    assert all(m["passage"] and m["locator"].startswith("chars ") for m in shown["members"])
    [count] = shown["counts"]
    assert "等六家单位联合发起" in count["passage"]
    [city] = registry.show(bundled, "商会联盟", kind="alliance")[0]["facts"]["city"]
    assert "在北京成立" in city["passage"] and city["source"]["kind"] == "seed"


def test_reference_rows_keep_their_vagueness(bundled: Store) -> None:
    by_name = {a["name"]: a for a in registry.list_entities(bundled, "alliance")}
    assert by_name["京津冀旅游直通车协作联盟"]["status"] == "planned"
    assert by_name["京津冀旅游直通车协作联盟"]["founded"] is None
    assert by_name["京津冀体育产业联盟"]["city"] == "130700"
    steel = by_name["钢铁行业节能减排产业技术创新联盟"]
    assert steel["founded"] is None and "04-11" in steel["founded_note"]  # no year invented
    assert by_name["天津市高端装备和智能制造人才创新创业联盟"]["member_counts"][0]["qualifier"] == "more_than"
    collective = registry.show(bundled, "京津冀三地多家旅行社")[0]
    assert collective["collective"] and collective["regions"] == ["110000", "120000", "130000"]


def test_an_english_name_leaves_its_bracketed_note_beside_it(bundled: Store) -> None:
    """The reference file's English names carry notes in brackets ("(planned)",
    "(three universities of technology)"): they describe, they are not the
    name, so English readers see the name alone; the cell as written is kept."""
    shown = registry.show(bundled, "京津冀文化产业协同发展联盟", kind="alliance")[0]
    [name_en] = shown["facts"]["name_en"]
    assert name_en["value"] == "Beijing-Tianjin-Hebei Cultural Industry Coordinated Development Alliance"
    assert name_en["original"].endswith("(planned)")
    by_name = {a["name"]: a for a in registry.list_entities(bundled, "alliance")}
    assert by_name["协同创新联盟"]["name_en"] == "Beijing-Tianjin-Hebei Collaborative Innovation Alliance"
    # nor does any other
    assert not any(a["name_en"] and a["name_en"].endswith(")") for a in by_name.values())


def test_hebei_university_of_technology_belongs_to_hebei_and_sits_in_tianjin(bundled: Store) -> None:
    o = registry.show(bundled, "河北工业大学", kind="org")[0]
    assert (o["province"], o["seat"], o["kind"]) == ("130000", "120000", "university")


def test_every_part_of_a_lead_org_cell_is_a_curated_role(bundled: Store) -> None:
    """lead_org is free text ("secretariat: 天津日报报业集团; first chair media: 《天津日报》"): each of its parts
    is a curated role, quoting it, so nothing the cell says is lost; the role stands in the registry."""
    import csv

    roles = load_yaml("reference_notes.yaml")["roles"]
    with data_path("reference/alliances_reference.csv").open(encoding="utf-8") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            for part in filter(None, (p.strip() for p in row["lead_org"].split(";"))):
                assert any(r["row"] == n and r["passage"] == part for r in roles), (n, part)
    [shown] = registry.show(bundled, "中国环渤海主流媒体联盟")
    offices = {(m["org"], m["role"]) for m in shown["members"] if m["role"] in ("chair", "secretariat")}
    assert offices == {("天津日报", "chair"), ("天津日报报业集团", "secretariat")}


def test_init_twice_changes_nothing(bundled: Store) -> None:
    """Whether it finds nothing to do, or is made to load and derive everything again."""
    before = fingerprint(bundled)
    for force in (False, True):
        changes = registry.init(bundled, recorded_at="2026-06-01T00:00:00.000000", force=force)
        assert changes.total() == 0
        assert fingerprint(bundled) == before


@pytest.mark.parametrize("cell, expected", [
    ("2015-06", ("2015-06", None, False)),
    ("by 2014-08 (reported as already formed)", ("2014-08", "formed by 2014-08; reported as already formed", False)),
    ("2019 (signing reported 2019-05-18 as recent)", ("2019", "signing reported 2019-05-18 as recent", False)),
    ("", (None, None, False)),
])
def test_reference_founded_cells(cell: str, expected: tuple) -> None:
    assert split_founded(cell) == expected


def test_as_of_before_init_is_empty(bundled: Store) -> None:
    assert registry.list_entities(bundled, "alliance", as_of="2025-12-31T23:59:59") == []
    assert Path  # keep import used


def test_a_rules_inference_never_shadows_a_documented_fact(bundled: Store) -> None:
    graphene = next(a for a in registry.list_entities(bundled, "alliance") if a["name"] == "中关村华清石墨烯产业技术联盟")
    assert graphene["sector"] == "石墨烯"  # the seed's; the classifier's 新材料 stands beside it
    sectors = registry.show(bundled, "中关村华清石墨烯产业技术联盟")[0]["facts"]["sector"]
    assert {f["value"] for f in sectors} == {"石墨烯", "新材料"}
