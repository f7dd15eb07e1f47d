"""The merge review's worklist: pairs that may be one organisation, proposed
for a person to judge and never merged by themselves."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import write_csv
from xietong import registry
from xietong.lookalikes import suggest
from xietong.store import Store


def _pairs(store: Store) -> dict[frozenset[str], str]:
    with store.engine.connect() as conn:
        return {frozenset((x.left, x.right)): x.reason for x in suggest(conn)}


def test_lookalikes_are_proposed_and_different_places_are_not(store: Store, tmp_path: Path) -> None:
    write_csv(tmp_path / "o.csv", ["名称", "省份"],
              [["北京工业大学", "北京"], ["北工大", "北京"], ["天津大学", "天津"], ["北京大学", "北京"],
               ["北京甲乙智能科技有限公司", "北京"], ["甲乙智能科技公司", ""], ["河北丙丁新材料研究院", "河北"]])
    registry.import_paths(store, [str(tmp_path / "o.csv")], kind="orgs")
    pairs = _pairs(store)
    assert pairs[frozenset(("北京工业大学", "北工大"))] == "short_form"
    assert pairs[frozenset(("北京甲乙智能科技有限公司", "甲乙智能科技公司"))] == "similar"
    assert frozenset(("天津大学", "北京大学")) not in pairs  # alike, but led by different places
    assert not any("河北丙丁新材料研究院" in p for p in pairs)
    assert len(registry.list_entities(store, "org")) == 7  # proposed, not merged


def test_a_pair_judged_different_or_merged_is_not_proposed_again(store: Store, tmp_path: Path) -> None:
    write_csv(tmp_path / "o.csv", ["名称", "省份"], [["北京工业大学", "北京"], ["北工大", "北京"],
                                                  ["北京甲乙智能科技有限公司", "北京"], ["甲乙智能科技公司", ""]])
    registry.import_paths(store, [str(tmp_path / "o.csv")], kind="orgs")
    registry.mark_different(store, "北京甲乙智能科技有限公司", "甲乙智能科技公司")
    registry.merge(store, "北京工业大学", "北工大")
    assert _pairs(store) == {}


def test_a_branch_written_with_and_without_its_parents_legal_form_is_proposed(store: Store, tmp_path: Path) -> None:
    """中国建设银行股份有限公司北京市分行 and 中国建设银行北京市分行: the same branch, the legal form inside
    the name written once and not the other time; proposed for a person to judge, not merged."""
    write_csv(tmp_path / "o.csv", ["名称", "省份"],
              [["中国测试银行股份有限公司北京市分行", "北京"], ["中国测试银行北京市分行", "北京"]])
    registry.import_paths(store, [str(tmp_path / "o.csv")], kind="orgs")
    pairs = _pairs(store)
    assert pairs[frozenset(("中国测试银行股份有限公司北京市分行", "中国测试银行北京市分行"))] == "legal_form"
    assert len(registry.list_entities(store, "org")) == 2


def test_branches_of_one_parent_in_different_places_are_not_proposed(store: Store, tmp_path: Path) -> None:
    """中国测试银行北京市分行 and 中国测试银行天津市分行 differ only by the place inside the name, two regions:
    two branches, as two names led by different places are two organisations. A place written with
    and without its 市 is still proposed."""
    write_csv(tmp_path / "o.csv", ["名称", "省份"],
              [["中国测试银行北京市分行", "北京"], ["中国测试银行天津市分行", "天津"],
               ["北京市测试测绘设计研究院", "北京"], ["北京测试测绘设计研究院", "北京"]])
    registry.import_paths(store, [str(tmp_path / "o.csv")], kind="orgs")
    pairs = _pairs(store)
    assert frozenset(("中国测试银行北京市分行", "中国测试银行天津市分行")) not in pairs
    assert frozenset(("北京市测试测绘设计研究院", "北京测试测绘设计研究院")) in pairs
