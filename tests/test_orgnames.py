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


@pytest.mark.parametrize("short, full, province", [
    ("河北工大", "河北工业大学", "130000"),  # belongs to Hebei, though it sits in Tianjin
    ("天津医大", "天津医科大学", "120000"),
    ("河北师大", "河北师范大学", "130000"),
    ("上海交大", "上海交通大学", "310000"),
])
def test_a_university_s_kind_in_short_after_its_place(short: str, full: str, province: str) -> None:
    r = expand(short)
    assert (r.full_name, r.province) == (full, province)


def test_a_kind_in_short_after_no_place_is_kept_as_written() -> None:
    assert expand("东方工大").full_name == "东方工大"


@pytest.mark.parametrize("short, full", [
    ("北京市经信局", "北京市经济和信息化局"),
    ("中关村管委会", "中关村管理委员会"),
    ("天津市卫健委", "天津市卫生健康委员会"),
    ("河北省住建厅", "河北省住房和城乡建设厅"),
    ("天津市文旅局", "天津市文化和旅游局"),
    ("中国科协", "中国科学技术协会"),
    ("北京市工商联", "北京市工商业联合会"),
])
def test_government_offices_and_people_s_organisations_in_short(short: str, full: str) -> None:
    assert expand(short).full_name == full
