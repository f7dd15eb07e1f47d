"""Count-only facts keep the number, its qualifier and what is counted."""

import pytest

from xietong import counts


@pytest.mark.parametrize(
    "text, count, qualifier, kind",
    [("70余家钢铁企业", 70, "more_than", "钢铁企业"), ("160+", 160, "more_than", None), ("六家单位", 6, "exact", "单位"),
     ("3", 3, "exact", None), ("约50家", 50, "about", None), ("100家以上企业", 100, "at_least", "企业"),
     ("四十多家", 40, "more_than", None), ("超过200家", 200, "more_than", None)],
)
def test_counts(text: str, count: int, qualifier: str, kind: str | None) -> None:
    assert counts.parse(text) == counts.Count(count, qualifier, kind)


@pytest.mark.parametrize("bad", ["很多", "", "余家", "数百家"])  # 数百: several hundred, no number
def test_unreadable_counts_are_refused(bad: str) -> None:
    with pytest.raises(counts.CountError):
        counts.parse(bad)


def test_a_hundred_or_a_thousand_said_without_its_one() -> None:
    """Registers write 百余家 and 逾百家 as often as 100余家."""
    assert [(c.count, c.qualifier) for c in map(counts.parse, ["百余家", "逾百家", "近千家", "千余家企业"])] == [
        (100, "more_than"), (100, "more_than"), (1000, "about"), (1000, "more_than")]


def test_upwards_of_a_hundred_is_at_least_a_hundred() -> None:
    """上百家 and 上千家 say a hundred or a thousand at least; 上 before any other number is no count."""
    assert [(c.count, c.qualifier, c.kind) for c in map(counts.parse, ["上百家", "上千家企业"])] == [
        (100, "at_least", None), (1000, "at_least", "企业")]
    with pytest.raises(counts.CountError):
        counts.parse("上20家")
