"""Short forms resolve to full names; a province is given only where safe."""

import pytest

from xietong.orgnames import expand


@pytest.mark.parametrize("short, full, province", [
    ("北工大", "北京工业大学", "110000"),
    ("科技部火炬中心", "科学技术部火炬高技术产业开发中心", None),  # a national body: no province
    ("北京市科委", "北京市科学技术委员会", "110000"),
    ("河北省发改委", "河北省发展和改革委员会", "130000"),
    ("中科院", "中国科学院", None),
])
def test_known_short_forms(short: str, full: str, province: str | None) -> None:
    r = expand(short)
    assert (r.full_name, r.province) == (full, province)


def test_registry_names_resolve_in_order_and_only_when_unique() -> None:
    assert expand("北交大", ["北京交通大学"]).full_name == "北京交通大学"
    assert expand("北交大", ["北京交通大学", "北京外交学院大学"]).full_name == "北交大"  # two fit: keep as written
    assert expand("天津港", ["北京港务公司"]).full_name == "天津港"
